"""The map: bundled official boundaries cover every kecamatan of the demo, areas join by code, the
figure is drawn offline, and the figures on the map are the store's."""

import datetime as dt
import json

import pytest
from test_app import run_app

from kopdash import queries
from kopdash.present import map as map_view
from kopdash.store import Store

from conftest import ROOT, page_script, text_tables

LATEST = dt.date(2025, 11, 5)


@pytest.fixture(scope="module")
def store():
    return Store()


def test_the_boundaries_cover_every_kecamatan_and_region_of_the_demo(store):
    regions = queries.region_status_as_of(store, LATEST)
    kecamatan = map_view.boundaries("kecamatan")
    every_region = map_view.boundaries("kabupaten_kota")
    assert set(regions["region_code"]) <= set(every_region)
    for region, snapshot in zip(regions["region_code"], regions["snapshot_date"], strict=True):
        codes = queries.district_status(store, region, snapshot.date())["district_code"]
        assert codes.notna().all(), region  # the demo's kecamatan all carry official codes
        assert set(codes) <= set(kecamatan), region
    # Small enough for an office intranet, with the licence travelling with the data.
    folder = ROOT / "kopdash" / "assets" / "boundaries"
    assert (folder / "kecamatan.geojson").stat().st_size < 100_000
    assert (folder / "kabupaten_kota.geojson").stat().st_size < 1_000_000
    assert "MIT License" in (folder / "LICENSE-wilayah_boundaries.txt").read_text()
    assert "cahyadsn/wilayah_boundaries" in (folder / "README.md").read_text()


def test_the_map_colours_each_kecamatan_by_its_share_and_clicks_by_code(store):
    figures = queries.district_status(store, "36.73", LATEST)
    figure = map_view.choropleth(figures, "district_code", "district", "pct_aktif", "kecamatan", "id")
    assert figure.layout.xaxis.visible is False and not figure.layout.geo.to_plotly_json()  # no geo subplot
    bands = {trace.name: trace.fillcolor for trace in figure.data[:-1]}
    # Kota Serang: Kasemen 27,8% and Curug 23,7% in the 20–40% band, the others 40–60%.
    assert set(bands) == {"20–40%", "40–60%"}
    codes = map_view.centre_codes(figure)
    assert sorted(codes) == sorted(figures["district_code"])
    hover = dict(zip(codes, figure.data[-1].hovertext, strict=True))
    assert hover["36.73.02"] == "Kasemen<br>% aktif: 27,8%"
    json.dumps(figure.to_plotly_json(), default=str)  # serialisable as sent


def test_a_name_from_the_data_stays_text_on_the_map():
    import pandas as pd

    table = pd.DataFrame(
        {
            "district_code": ["36.73.01"],
            "district": ["<img src=x onerror=alert(1)>"],
            "pct_aktif": [50.0],
            "aktif_count": [1],
            "kurang_aktif_count": [0],
            "tidak_aktif_count": [1],
            "belum_beroperasi_count": [0],
        }
    )
    figure = map_view.choropleth(table, "district_code", "district", "aktif_count", "kecamatan", "en")
    assert "<img" not in figure.data[-1].text[0] and "&lt;img" in figure.data[-1].text[0]


def test_the_map_page_shows_a_region_and_the_whole_country():
    app = run_app({"region": "36.73", "date": "2025-11-05"}, page=page_script("map"))
    assert not app.exception
    table = text_tables(app)[0].map(lambda cell: str(cell).replace("\\", ""))  # Markdown escapes off
    assert list(table["Kode"]) == [f"36.73.0{i}" for i in range(1, 7)]
    assert table.set_index("Wilayah").at["Kasemen", "% aktif"] == "27,8%"
    every = run_app({"date": "2025-11-05", "ukuran": "belum_beroperasi_count"}, page=page_script("map"))
    assert not every.exception and len(text_tables(every)[0]) == 5
    wrong = run_app({"date": "2025-11-05", "ukuran": "DROP TABLE"}, page=page_script("map"))
    assert any("DROP TABLE" in w.value for w in wrong.warning)
