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
    figure = map_view.choropleth(figures, "pct_aktif", "kecamatan", "id")
    assert figure.layout.xaxis.visible is False and not figure.layout.geo.to_plotly_json()  # no geo subplot
    bands = {trace.name: trace.fillcolor for trace in figure.data if trace.fill == "toself"}
    # Kota Serang: Kasemen 27,8% and Curug 23,7% in the 20–40% band, the others 40–60%.
    assert set(bands) == {"20–40%", "40–60%"}
    codes = map_view.centre_codes(figure)
    assert sorted(codes) == sorted(figures["district_code"])
    hover = dict(zip(codes, figure.data[-1].hovertext, strict=True))
    assert hover["36.73.02"] == "Kasemen<br>% aktif: 27,8%"
    json.dumps(figure.to_plotly_json(), default=str)  # serialisable as sent


def labels(figure) -> list[str]:
    return [text for trace in figure.data if trace.mode == "text" for text in trace.text]


def test_the_village_map_writes_each_village_value_readable_on_its_fill(store):
    villages = queries.village_status(store, "36.73", LATEST, district_code="36.73.02")  # Kasemen
    assert (
        villages["district"].eq("Kasemen").all() and villages["village_code"].str.startswith("36.73.02").all()
    )
    region = queries.district_status(store, "36.73", LATEST).set_index("district_code")
    assert villages["registered_count"].sum() == region.at["36.73.02", "registered_count"]
    whole = queries.village_status(store, "36.73", LATEST)
    assert whole["registered_count"].sum() == region["registered_count"].sum()  # no cooperative lost
    figure = map_view.choropleth(villages, "pct_aktif", "kelurahan", "id", region="36.73", within="36.73.02")
    assert sorted(map_view.centre_codes(figure)) == sorted(villages["village_code"])
    written = labels(figure)
    values = {map_view.value_text("pct_aktif", v, "id") for v in villages["pct_aktif"]}
    assert len(written) == len(villages)  # each of Kasemen's 10 villages has its value on it
    assert {text.split("<br>")[-1] for text in written} <= values
    for trace in figure.data:
        if trace.mode == "text":  # white on the dark bands, near-black on the light ones
            assert trace.textfont.color in {"#FFFFFF", "#111111"} and trace.textfont.shadow
    palette = [color for _, _, color in map_view.SHARE_BANDS] + list(map_view.COUNT_COLORS)
    white = {color for color in palette if map_view._letters_for(color) == "#FFFFFF"}
    assert white == {"#882255", "#117733", "#336699", "#1B3F66"}  # the darkest ends of both palettes


def test_labels_never_overlap_and_fall_back_to_the_value():
    far = [dict(name="Kasemen", value="27,8%", x=float(i), y=0.0, size=1.0) for i in range(3)]
    assert map_view.place_labels(far, (0, 2, -1, 1)) == ["Kasemen<br>27,8%"] * 3
    # Two areas on one spot: the larger one is labelled, the other left to its tooltip.
    same = [dict(name="A", value="1", x=0.5, y=0.5, size=s) for s in (1.0, 2.0)]
    assert map_view.place_labels(same, (0, 1, 0, 1)) == ["", "A<br>1"]
    # A long name that reaches its neighbour: the value alone fits.
    near = [
        dict(name=name, value="50%", x=x, y=0.5, size=s)
        for name, x, s in (("Cipocok Jaya", 0.0, 2), ("B", 0.1, 1))
    ]
    written = map_view.place_labels(near, (0, 1, 0, 1))
    assert written[0] == "Cipocok Jaya<br>50%" and written[1] in {"", "50%"}


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
    figure = map_view.choropleth(table, "aktif_count", "kecamatan", "en")
    (label,) = labels(figure)
    assert "<img" not in label and "&lt;img" in label
    assert "<img" not in figure.data[-1].hovertext[0]


def test_the_map_page_shows_a_region_and_the_whole_country():
    app = run_app({"region": "36.73", "date": "2025-11-05"}, page=page_script("map"))
    assert not app.exception
    table = text_tables(app)[0].map(lambda cell: str(cell).replace("\\", ""))  # Markdown escapes off
    assert list(table["Kode"]) == [f"36.73.0{i}" for i in range(1, 7)]
    assert table.set_index("Kecamatan").at["Kasemen", "% aktif"] == "27,8%"
    every = run_app({"date": "2025-11-05", "ukuran": "belum_beroperasi_count"}, page=page_script("map"))
    assert not every.exception and len(text_tables(every)[0]) == 5
    wrong = run_app({"date": "2025-11-05", "ukuran": "DROP TABLE"}, page=page_script("map"))
    assert any("DROP TABLE" in w.value for w in wrong.warning)


def test_the_map_page_goes_down_to_the_villages_of_a_kecamatan():
    params = {"region": "36.73", "date": "2025-11-05", "tingkat": "kelurahan", "kecamatan": "Kasemen"}
    app = run_app(params, page=page_script("map"))
    assert not app.exception
    table = text_tables(app)[0].map(lambda cell: str(cell).replace("\\", ""))
    assert list(table.columns[:3]) == ["Desa/kelurahan", "Kecamatan", "Kode"]
    assert set(table["Kecamatan"]) == {"Kasemen"} and len(table) == 10
    assert any("per desa/kelurahan" in header.value for header in app.subheader)
    whole = run_app({k: v for k, v in params.items() if k != "kecamatan"}, page=page_script("map"))
    assert not whole.exception and len(text_tables(whole)[0]) >= 66
