"""Queries behind the drill-down pages, with exact counts on a hand-built region."""

import datetime as dt

import pandas as pd
import pytest

from kopdash import queries
from kopdash.domain import schema
from kopdash.present import comparison as comparison_view
from kopdash.present.explain import explain_status
from kopdash.store import Store, writer

from conftest import TINY_PROFILES, TINY_REGIONS, coop, write_rows

D = dt.date
KMP = "koperasi_merah_putih"
NOW, BEFORE = D(2022, 12, 31), D(2021, 12, 31)  # due years 2021 and 2020


def nik(n: int) -> str:
    return f"110100000000{n:04d}"


NOW_ROWS = [
    coop(nik(1), D(2000, 1, 1), 2021, district="Kec Satu", village="Desa A", members=50),
    coop(nik(2), D(2000, 1, 1), 2021, district="Kec Satu", village="Desa A", members=5, rat_reported=False),
    coop(nik(3), D(2000, 1, 1), 2020, district="Kec Satu", village="Desa B"),
    coop(nik(4), D(2000, 1, 1), 2018, operating=None, district="Kec Dua", village=None, members=None),
    coop(nik(5), D(2022, 6, 1), None, operating=False, district="Kec Dua", village="Desa C"),
    coop(nik(6), D(2000, 1, 1), 2015, district="Kec Dua", village="Desa C", dissolved_on=D(2022, 3, 1)),
    coop(nik(7), D(2022, 2, 1), None, district="Kec Dua", village="Desa C", programme=KMP, kind="jasa"),
]
BEFORE_ROWS = [row | {} for row in NOW_ROWS if row["nik"] not in (nik(5),)]
BEFORE_ROWS[-1] = BEFORE_ROWS[-1] | {"operating": False}  # the KMP did not operate a year earlier
BEFORE_ROWS[2] = BEFORE_ROWS[2] | {"last_rat_year": 2019}
BEFORE_ROWS[4] = BEFORE_ROWS[4] | {"dissolved_on": None}


@pytest.fixture
def store(tmp_path):
    root = tmp_path / "store"
    write_rows(root, "11.01", NOW, NOW_ROWS, "permenkop_9_2018")
    write_rows(root, "11.01", BEFORE, BEFORE_ROWS, "permenkop_9_2018")
    writer.write_csv(root, schema.REGIONS_FILE, TINY_REGIONS)
    writer.write_csv(root, schema.RULE_PROFILES_FILE, pd.DataFrame([vars(p) for p in TINY_PROFILES.values()]))
    return Store(root)


def rows_by(frame, key):
    return {row[key]: row for row in frame.to_dict("records")}


def test_status_by_kecamatan_worst_first(store):
    grouped = queries.status_by(store, "11.01", NOW, "district")
    assert list(grouped["value"]) == ["Kec Dua", "Kec Satu"]
    dua, satu = grouped.iloc[0], grouped.iloc[1]
    assert (dua.registered_count, dua.aktif_count, dua.tidak_aktif_count, dua.belum_beroperasi_count) == (
        3,
        1,
        1,
        1,
    )
    assert (dua.dibubarkan_count, dua.pct_aktif) == (1, 33.3)
    assert (satu.registered_count, satu.aktif_count, satu.kurang_aktif_count, satu.pct_aktif) == (
        3,
        2,
        1,
        66.7,
    )


def test_status_by_village_within_a_kecamatan_and_by_kind(store):
    villages = queries.status_by(store, "11.01", NOW, "village", district="Kec Dua")
    assert len(villages) == 2 and villages["value"].isna().sum() == 1  # one cooperative has no village
    desa_c = villages[villages["value"] == "Desa C"].iloc[0]
    assert (desa_c["registered_count"], desa_c["dibubarkan_count"]) == (2, 1)
    kinds = rows_by(queries.status_by(store, "11.01", NOW, "kind"), "value")
    assert kinds["jasa"]["aktif_count"] == 1 and kinds["konsumen"]["registered_count"] == 5
    with pytest.raises(ValueError):
        queries.status_by(store, "11.01", NOW, "name; DROP TABLE registry")


def test_rat_compliance_held_versus_reported(store):
    compliance = queries.rat_compliance(store, "11.01", NOW, 2021)
    whole = compliance.iloc[-1]
    by_district = rows_by(compliance.iloc[:2], "district")
    assert {
        k: (v["registered_count"], v["rat_held_count"], v["rat_reported_count"])
        for k, v in by_district.items()
    } == {
        "Kec Dua": (3, 0, 0),
        "Kec Satu": (3, 2, 1),
    }
    assert pd.isna(whole["district"])
    assert (whole["registered_count"], whole["rat_held_count"], whole["rat_reported_count"]) == (6, 2, 1)
    assert (whole["aktif_count"], whole["aktif_rat_reported_count"]) == (3, 1)


def test_data_quality_counts_blank_and_doubtful_fields(store):
    quality = queries.data_quality(store, "11.01", NOW)
    by_district = rows_by(quality.iloc[:2], "district")
    dua, satu = by_district["Kec Dua"], by_district["Kec Satu"]
    assert (dua["village_missing_count"], dua["operating_unknown_count"], dua["members_missing_count"]) == (
        1,
        1,
        1,
    )
    assert (satu["members_below_nine_count"], satu["rat_not_reported_count"]) == (1, 1)
    assert quality.iloc[-1]["registered_count"] == 6


def test_cooperative_list_filters_and_sorts_by_allowlist(store):
    everyone = queries.cooperative_list(store, "11.01", NOW)
    assert len(everyone) == 7
    aktif = queries.cooperative_list(store, "11.01", NOW, statuses=["aktif"])
    assert sorted(aktif["nik"]) == [nik(1), nik(2), nik(7)]
    village = queries.cooperative_list(store, "11.01", NOW, district="Kec Satu", village="Desa A")
    assert sorted(village["nik"]) == [nik(1), nik(2)]
    found = queries.cooperative_list(store, "11.01", NOW, search="koperasi 110100000000000")
    assert len(found) == 7
    by_nik = queries.cooperative_list(store, "11.01", NOW, search=nik(3))
    assert list(by_nik["nik"]) == [nik(3)]
    worst = queries.cooperative_list(store, "11.01", NOW, sort="status")
    assert list(worst["status"][:2]) == ["dibubarkan", "belum_beroperasi"]
    hostile = queries.cooperative_list(store, "11.01", NOW, search="%' OR 1=1 --")
    assert hostile.empty
    with pytest.raises(KeyError):
        queries.cooperative_list(store, "11.01", NOW, sort="name; DROP TABLE registry")


def test_cooperative_history_and_its_rule_in_words(store):
    history = queries.cooperative_history(store, nik(3), "11.01")
    assert list(history["snapshot_date"].dt.date) == [BEFORE, NOW]
    assert list(history["status"]) == ["kurang_aktif", "kurang_aktif"]
    assert set(history["profile_id"]) == {"permenkop_9_2018"}
    words = explain_status(history.iloc[-1], TINY_PROFILES["permenkop_9_2018"], "id")
    assert words.startswith(
        "RAT terakhir tahun buku 2020; RAT tahun buku 2021 belum dilaksanakan, jadi kurang aktif."
    )
    assert queries.cooperative_history(store, "0000000000000000", "11.01").empty


def test_programme_cooperatives_newly_operating_and_months_waiting(store):
    assert list(queries.programme_regions(store)["region_code"]) == ["11.01"]
    kmp = queries.programme_cooperatives(store, KMP, "11.01", D(2023, 1, 1))
    assert len(kmp) == 1
    row = kmp.iloc[0]
    assert row["operating"] and not row["operating_before"] and row["existed_before"]
    assert row["months_since_formation"] == 10
    assert row["previous_snapshot_date"].date() == BEFORE
    earlier = queries.programme_cooperatives(store, KMP, "11.01", D(2022, 1, 1)).iloc[0]
    assert not earlier["operating"] and pd.isna(earlier["previous_snapshot_date"])


def test_comparison_table_per_100_registered(store):
    regions = queries.region_status_as_of(store, NOW)
    table = comparison_view.comparison_table(regions, "id")
    row = table.iloc[0]
    assert (row["Terdaftar"], row["Aktif"], row["Aktif per 100"], row["Tidak aktif per 100"]) == (
        "6",
        "3",
        "50,0",
        "16,7",
    )
    assert row["Aturan status"] == "Permenkop 9/2018 (1/2/3)"  # the profile by name, not its code
