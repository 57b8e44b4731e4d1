"""Real office data into an empty store: a national-registry (ODS) dump, a Koperasi Merah Putih roster and
published tables in the portals' own layouts, each with one command; every row accounted for, and the
office's own status words shown where they disagree with the harmonised rule."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
import real_exports as rx

from kopdash import queries
from kopdash.domain import schema
from kopdash.ingest import parse, published, registry
from kopdash.store import Store

from conftest import app_at, kopdash_command, text_tables

# One worker builds the office's store once.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("office_store")]


@pytest.fixture(scope="module")
def office_store(tmp_path_factory):
    """An empty folder that receives the three files, one command each, as an office would send them."""
    folder = tmp_path_factory.mktemp("office")
    root = folder / "store"
    root.mkdir()
    files = {"ods.xlsx": rx.ods_dump(), "kmp.csv": rx.kmp_roster(), "provinsi.csv": rx.provincial()}
    for name, data in files.items():
        (folder / name).write_bytes(data)
    results = [
        kopdash_command(root, "ingest", folder / "ods.xlsx", "--region", "3314", "--date", rx.ODS_SNAPSHOT),
        kopdash_command(
            root,
            "ingest",
            folder / "kmp.csv",
            "--region",
            "36.73",
            "--date",
            "2025-11-05",
            "--programme",
            "koperasi_merah_putih",
        ),  # fmt: skip
        kopdash_command(root, "published", folder / "provinsi.csv"),
    ]
    for result in results:
        assert result.returncode == 0, result.stderr
    return root, results


def test_an_ods_dump_goes_into_an_empty_store_with_every_row_accounted_for(office_store):
    root, (ods, _, _) = office_store
    assert "Wilayah ditambahkan dari daftar Kemendagri: Kabupaten Sragen (33.14)" in ods.stdout
    assert (
        "Baris data dibaca: 6" in ods.stdout
        and "Diterima: 4" in ods.stdout
        and "Dikarantina: 2" in ods.stdout
    )
    assert "Kolom tidak dipakai: no" in ods.stdout, "every ODS column but the row number is recognised"
    stored = pd.read_parquet(root / schema.snapshot_path("33.14", rx.ODS_SNAPSHOT)).set_index("nik")
    for _row, expected in rx.ODS_ROWS:
        if isinstance(expected, str):
            continue
        status, key, district_code, disagrees = expected
        found = stored.loc[key]
        assert (found["status"], found["district_code"] if pd.notna(found["district_code"]) else None) == (
            status,
            district_code,
        ), key
        means = schema.reported_status_means(found["reported_status"])
        assert (means != found["status"]) == disagrees, key
    kpri = stored.loc["3314010020001"]
    assert (kpri["segment"], kpri["segment_text"], kpri["members"]) == (
        "pegawai",
        "Kop. Pegawai Negeri (KPRI)",
        50,
    )
    assert (kpri["last_rat_on"], kpri["last_rat_year"]) == (dt.date(2022, 3, 15), 2021), (
        "RAT held 2022: books of 2021"
    )
    no_nik = stored.loc["BH:006385/BH/M.KUKM.2/XI/2017"]
    assert no_nik["legal_entity_number"] == "006385/BH/M.KUKM.2/XI/2017" and no_nik["last_rat_year"] == 2019
    assert pd.isna(stored.loc["3314130000000002", "last_rat_year"]), "0000-00-00 is no RAT, not a bad date"
    quarantined = pd.read_parquet(root / schema.quarantine_path("33.14", rx.ODS_SNAPSHOT))
    assert sorted(quarantined["source_row"]) == [7, 8]
    assert "Nomor Badan Hukum kosong" in " ".join(quarantined["reason"])
    assert "13 atau 16 digit" in " ".join(quarantined["reason"])


def test_a_merah_putih_roster_imports_without_founding_dates_or_rats(office_store):
    root, (_, roster, _) = office_store
    assert "Diterima: 3" in roster.stdout and "Dikarantina: 0" in roster.stdout
    stored = pd.read_parquet(root / schema.snapshot_path("36.73", dt.date(2025, 11, 5))).set_index("nik")
    for nik, village, _, _, status in rx.ROSTER:
        assert (stored.loc[nik, "status"], stored.loc[nik, "programme"]) == (status, "koperasi_merah_putih")
        assert stored.loc[nik, "village_code"] is not None, village


def test_a_provincial_table_with_bps_codes_and_approximate_values(office_store):
    root, (_, _, provincial) = office_store
    figures = Store(root).query("SELECT * FROM published ORDER BY region_code")
    assert list(figures["region_code"]) == ["33.11", "33.14", "33.72"]
    assert list(figures["value"]) == [300, 228, 189] and list(figures["approximate"]) == [True, False, False]
    assert set(figures["as_of"].astype(str)) == {"2022-12-31", "2020-12-31"}
    assert "Kabupaten Sukoharjo (33.11)" in provincial.stdout, "regions it names come from the official list"


def test_the_pages_show_where_the_offices_status_disagrees(office_store, monkeypatch):
    root, _ = office_store
    store = Store(root)
    quality = queries.data_quality(store, "33.14", rx.ODS_SNAPSHOT)
    whole = quality.iloc[-1]
    assert (whole["reported_status_differs_count"], whole["district_unmatched_count"]) == (2, 1)
    compared = queries.reported_status_differences(store, [("33.14", rx.ODS_SNAPSHOT)])
    assert compared[["reported_status_count", "reported_status_differs_count"]].values.tolist() == [[4, 2]]

    monkeypatch.setenv("KOPDASH_DATA_DIR", str(root))
    app = app_at("cooperative", {"nik": "3314130000000002", "region": "33.14", "date": "2022-10-20"})
    assert any("Dinas mencatat status “Aktif”" in w.value for w in app.warning), [
        w.value for w in app.warning
    ]
    app = app_at("comparison", {"regions": "33.14", "date": "2022-10-20"})
    assert "2 dari 4" in str(text_tables(app)[0].to_dict())


@pytest.mark.parametrize(
    ("data", "options", "expected", "left_out"),
    [
        (
            rx.satu_data(),
            {},
            {("33.14", "2022-12-31", "aktif", 228, False), ("33.14", "2022-12-31", "dissolution_recommended", 37, False),
             ("33.14", "2023-06-30", "sehat", 150, True)},
            ["'Jumlah Anggota Koperasi' bersatuan 'orang'"],
        ),
        (
            rx.year_columns(),
            {"region": "33.14"},
            {("33.14", "2023-12-31", "registered", 1236, False), ("33.14", "2024-12-31", "registered", 1200, True),
             ("33.14", "2023-12-31", "aktif", 240, False), ("33.14", "2024-12-31", "aktif", 251, False)},
            ["'Volume usaha koperasi' bersatuan 'rupiah'"],
        ),
    ],
    ids=["satu_data", "year_columns"],
)  # fmt: skip
def test_portal_tables_become_checked_figures(data, options, expected, left_out):
    checked = published.read_published_file(data, {"33.14"}, today=dt.date(2026, 11, 1), **options)
    got = {
        (r.region_code, r.as_of.isoformat(), r.metric, r.value, bool(r.approximate))
        for r in checked.figures.itertuples()
    }
    assert got == expected
    assert len(checked.left_out) == len(left_out) and all(
        w in line for w, line in zip(left_out, checked.left_out, strict=False)
    )


def test_a_mapping_names_titles_the_words_do_not():
    data = b"kode_wilayah;nama_wilayah;judul;satuan;tahun;periode;data\n3314;Sragen;Koperasi Bina Serasi;unit;2023;Semester I;12\n"
    mapping = published.read_mapping(b"teks,metric\nKoperasi Bina Serasi,kurang_aktif\n")
    checked = published.read_published_file(data, {"33.14"}, mapping=mapping)
    assert checked.figures[["metric", "value"]].values.tolist() == [["kurang_aktif", 12]]
    assert checked.figures["as_of"].iloc[0] == dt.date(2023, 6, 30)


@pytest.mark.parametrize(
    ("written", "held", "founded", "year"),
    [
        ("2020-01-18", dt.date(2020, 1, 18), "2010-01-01", 2019),  # the usual: books of the year before
        ("31/12/2020", dt.date(2020, 12, 31), "2010-01-01", 2019),  # late in the year: still the year before
        ("2019-12-20", dt.date(2019, 12, 20), "2019-03-01", 2019),  # in its founding year: that year
        ("0000-00-00", None, "2010-01-01", None),
        ("00/00/0000", None, "2010-01-01", None),
    ],
)
def test_a_rat_date_is_read_as_the_fiscal_year_it_approves(tmp_path, written, held, founded, year):
    root = tmp_path / "store"
    root.mkdir()
    data = f"NIK;Nama;Tgl BH;Tanggal RAT Terakhir\n3314010020001;K;{founded};{written}\n".encode()
    plan = registry.plan_import(data, "x.csv", "33.14", dt.date(2021, 12, 31), root)
    assert plan.quarantined.empty, plan.quarantined["reason"].tolist()
    row = plan.accepted.iloc[0]
    assert (row["last_rat_on"], None if pd.isna(row["last_rat_year"]) else row["last_rat_year"]) == (
        held,
        year,
    )


def test_a_rat_held_after_the_snapshot_is_quarantined(tmp_path):
    (tmp_path / "s").mkdir()
    data = b"NIK;Nama;Tgl BH;Tanggal RAT Terakhir\n3314010020001;K;2010-01-01;2022-03-01\n"
    plan = registry.plan_import(data, "x.csv", "33.14", dt.date(2021, 12, 31), tmp_path / "s")
    assert plan.quarantined["reason_code"].tolist() == ["rat_after_snapshot"]


@pytest.mark.parametrize(
    "header", ["Keluarahan/Desa", "kelurahan", "Desa/Kelurahan", "KELURAHAN / DESA", "Kelurahan_Desa"]
)
def test_village_headers_as_offices_spell_them(tmp_path, header):
    (tmp_path / "s").mkdir()
    data = f"nikKoperasi;namaKoperasi;tglBadanHukumPendirian;{header};kecamatan\n3314010020001;K;2010-01-01;Keden;Kalijambe\n"
    plan = registry.plan_import(data.encode(), "x.csv", "33.14", dt.date(2021, 12, 31), tmp_path / "s")
    assert plan.accepted[["village", "village_code"]].values.tolist() == [["Keden", "33.14.01.2001"]]


def test_a_legal_entity_key_is_stable_whatever_the_spacing():
    assert parse.legal_entity_key(" 006385/BH/M.KUKM.2/XI/2017") == parse.legal_entity_key(
        "006385 /bh/ M.KUKM.2/XI/2017"
    )
    assert schema.is_cooperative_key("BH:006385/BH/M.KUKM.2/XI/2017") and schema.is_cooperative_key(
        "3314010020001"
    )
    assert not schema.is_cooperative_key("331401002000")


def test_a_roster_takes_its_operating_status_from_a_separate_file(tmp_path):
    from office_exports import scratch_store

    root = scratch_store(tmp_path / "store")
    roster, told = tmp_path / "kmp.csv", tmp_path / "beroperasi.csv"
    roster.write_bytes(rx.kmp_roster())
    told.write_text(
        "NIK;Beroperasi\n"
        "3673011002000002;Ya\n"  # the roster says Belum Beroperasi: the newer file wins
        "3673999999999999;Ya\n"  # not in the roster: said, not lost
        "3673021002000003;mungkin\n",  # no yes/no: counted as unreadable, the roster's word stays
        encoding="utf-8",
    )
    done = kopdash_command(
        root, "ingest", roster, "--region", "36.73", "--date", "2025-11-05",
        "--programme", "koperasi_merah_putih", "--operating", told,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Status beroperasi dari beroperasi.csv: 2 koperasi (1 baris tanpa NIK atau ya/tidak" in done.stdout
    assert "1 NIK di file status beroperasi tidak ada di roster ini" in done.stdout
    stored = pd.read_parquet(root / schema.snapshot_path("36.73", dt.date(2025, 11, 5))).set_index("nik")
    assert stored.loc["3673011002000002", "status"] == "aktif"
    assert stored.loc["3673021002000003", "status"] == "belum_beroperasi"
    assert stored.loc["3673011002000001", "status"] == "aktif"
    # A file without an operating column is refused in words, and nothing is written.
    told.write_text("NIK;Nama\n3673011002000002;X\n", encoding="utf-8")
    again = kopdash_command(
        root, "ingest", roster, "--region", "36.73", "--date", "2025-11-06",
        "--programme", "koperasi_merah_putih", "--operating", told,
    )  # fmt: skip
    assert again.returncode == 2 and "kolom Beroperasi" in again.stderr
    assert not (root / schema.snapshot_path("36.73", dt.date(2025, 11, 6))).exists()
