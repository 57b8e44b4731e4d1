"""Targets: an office's % aktif target per region and year, checked like every reference file, drawn on
the trend, and said on the region page as a gap."""

import datetime as dt
import shutil

import pandas as pd
import pytest
from test_app import run_app

from kopdash import queries
from kopdash.present import charts
from kopdash.store import Store, reference, rule_admin
from kopdash.store.location import Location

from conftest import ROOT, page_script


def test_targets_are_checked_in_words_and_nothing_wrong_is_used():
    raw = pd.DataFrame(
        {
            "region_code": ["36.04", "36.04", "99.99", "33.14", "33.14"],
            "year": ["2025", "2025", "2025", "20x5", "2025"],
            "target_pct_aktif": ["78,5", "80", "50", "40", "140"],
            "source": ["RPJMD", "lagi", None, None, None],
        }
    )
    kept, problems = reference.check_targets(raw, {"36.04", "33.14"})
    assert kept.to_dict("records") == [
        {"region_code": "36.04", "year": 2025, "target_pct_aktif": 78.5, "source": "RPJMD"}
    ]
    assert problems == [
        "targets.csv baris 3: target 36.04 tahun 2025 sudah ada (yang pertama dipakai)",
        "targets.csv baris 4: wilayah 99.99 tidak ada di regions.csv",
        "targets.csv baris 5: tahun 20x5 bukan tahun 2000–2100",
        "targets.csv baris 6: target 140 bukan persen 0–100",
    ]


def test_the_region_page_says_how_far_off_the_target_is():
    app = run_app({"region": "36.73", "date": "2025-11-05"}, page=page_script("region"))
    said = [c.value.replace("\\", "") for c in app.caption if "Target % aktif 2025" in c.value]
    assert said == [
        "Target % aktif 2025: 45,0% (Contoh untuk demo, bukan target resmi). Saat ini 37,1%: 7,9 poin di "
        "bawah target."
    ]
    # A kecamatan has no target of its own: nothing is said there.
    inside = run_app(
        {"region": "36.73", "date": "2025-11-05", "kecamatan": "Curug"}, page=page_script("region")
    )
    assert not [c for c in inside.caption if "Target % aktif" in c.value]


def test_the_trend_draws_the_target_and_the_rat_deadlines():
    store = Store()
    trend = queries.status_trend(store, dt.date(2025, 11, 5), ["36.04"])
    figure = charts.pct_aktif_trend(trend, "id", None, queries.region_targets(store, ["36.04"]))
    target = next(trace for trace in figure.data if trace.name.endswith("· target"))
    assert [y for y in target.y if y is not None] == [75.0, 75.0, 78.0, 78.0]
    assert target.line.dash == "dot"
    deadlines = next(trace for trace in figure.data if trace.name == "Tenggat RAT (30 Juni)")
    marked = {x.year for x in deadlines.x if x is not None}
    first, last = pd.to_datetime(trend["snapshot_date"]).min(), pd.to_datetime(trend["snapshot_date"]).max()
    assert marked == {y for y in range(first.year, last.year + 1) if first <= pd.Timestamp(y, 6, 30) <= last}


def test_an_admin_saves_targets_and_the_store_reads_them(tmp_path):
    root = tmp_path / "demo"
    shutil.copytree(ROOT / "data", root)
    location = Location(str(root))
    raw, _ = reference.read_targets(location)
    (_, regions), _ = reference.read_raw(location)
    edited = pd.concat(
        [raw, pd.DataFrame([{"region_code": "33.72", "year": "2025", "target_pct_aktif": "55"}])]
    )
    bad = pd.concat(
        [edited, pd.DataFrame([{"region_code": "33.72", "year": "2025", "target_pct_aktif": "60"}])]
    )
    with pytest.raises(ValueError):
        rule_admin.save_targets(root, bad, regions)
    rule_admin.save_targets(root, edited, regions)
    saved = queries.region_targets(Store(root), ["33.72"])
    assert saved[["year", "target_pct_aktif"]].values.tolist() == [[2025, 55.0]]
