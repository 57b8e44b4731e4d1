"""Importing exports: nothing lost, every reason in words, statuses by the region's rule, idempotent."""

import datetime as dt
import json

import office_exports as ox
import pandas as pd
import pyarrow.parquet as pq
import pytest

from kopdash import queries
from kopdash.domain import schema
from kopdash.ingest import registry
from kopdash.ingest.office_files import ImportRefused
from kopdash.store import Store


@pytest.fixture
def store_root(tmp_path):
    return ox.scratch_store(tmp_path / "store")


def plan(store_root, data, name, **kwargs):
    arguments = {"region_code": ox.REGION, "snapshot_date": ox.SNAPSHOT, "root": store_root} | kwargs
    return registry.plan_import(data, name, today=dt.date(2026, 1, 1), **arguments)


FILES = {
    "semicolon_cp1252.csv": lambda: ox.csv_bytes(";", "cp1252"),
    "comma_utf8_bom.csv": lambda: ox.csv_bytes(",", "utf-8-sig"),
    "two_sheets_and_notes.xlsx": ox.xlsx_bytes,
}


@pytest.mark.parametrize("name", FILES)
def test_every_data_row_is_accepted_or_quarantined_with_its_reason(store_root, name):
    result = plan(store_root, FILES[name](), name)
    assert result.rows_read == len(ox.ROWS) + 1  # the totals row is a data row too; the blank one is not
    assert len(result.accepted) + len(result.quarantined) == result.rows_read
    assert sorted(result.quarantined["reason_code"]) == ox.QUARANTINED_REASONS
    expected = {
        row["Nomor Induk Koperasi"].replace(" ", ""): status for row, status in ox.ROWS if row in ox.ACCEPTED
    }
    assert dict(zip(result.accepted["nik"], result.accepted["status"], strict=True)) == expected


def test_quarantined_rows_keep_their_source_row_original_values_and_reason(store_root):
    result = plan(store_root, ox.csv_bytes(), "export.csv")
    rows = result.quarantined.set_index("source_row")
    # Header on line 4; data from line 5; a blank line after the sixth data row.
    impossible = rows.loc[ox.HEADER_LINE + 9]
    assert impossible["reason_code"] == "value"
    assert "31/02/2009" in impossible["reason"] and "kalender" in impossible["reason"]
    original = json.loads(impossible["original_values"])
    assert original["Nama Koperasi"] == "Tanggal Mustahil" and original["Tanggal Badan Hukum"] == "31/02/2009"
    assert "2 kali" in rows.loc[ox.HEADER_LINE + 6]["reason"]  # the first twin, before the blank line
    assert rows.loc[ox.HEADER_LINE + 15]["reason_code"] == "total_row"
    assert set(result.quarantined["source_sheet"].isna()) == {True}


def test_excel_rows_are_numbered_per_sheet_and_real_cells_are_read(store_root):
    result = plan(store_root, ox.xlsx_bytes(), "export.xlsx")
    assert [(s.name, s.header_row) for s in result.sheets] == [("Cikupa", 4), ("Lainnya", 1)]
    markup = result.accepted.set_index("nik").loc["3603000000000012"]
    assert markup["established_on"] == dt.date(2012, 1, 1)  # a real Excel date cell
    assert set(result.quarantined["source_sheet"]) == {"Cikupa", "Lainnya"}


def test_values_are_read_the_indonesian_way_and_text_is_verbatim(store_root):
    accepted = plan(store_root, ox.csv_bytes(), "export.csv").accepted.set_index("nik")
    first = accepted.loc["3603000000000001"]
    assert (first["members"], first["assets_idr"], first["established_on"]) == (
        1234,
        12_500_000.0,
        dt.date(2009, 3, 12),
    )
    assert (first["kind"], first["segment"], first["operating"], first["rat_reported"]) == (
        "simpan_pinjam",
        "masyarakat",
        True,
        True,
    )
    assert accepted.loc["3603000000000012", "name"] == ox.MARKUP_NAME
    assert accepted.loc["3603000000000012", "shu_idr"] == -1_500_000.0
    assert (
        accepted.loc["3603000000000013", "name"] == "Koperasi Karya – Bhakti Émas"
    )  # Windows-1252 read right
    assert pd.isna(accepted.loc["3603000000000003", "last_rat_year"])  # "Belum RAT"


def test_statuses_use_the_regions_rule_profile(store_root):
    result = plan(store_root, ox.csv_bytes(), "export.csv")
    assert result.profile.rule_profile == "tangerang_5_tahun"
    never = result.accepted.set_index("nik").loc["3603000000000003"]
    # Founded 2015, never a RAT: nine missed by the FY2023 deadline, past Tangerang's five.
    assert never["dissolution_candidate"] and never["status"] == "tidak_aktif"
    assert set(result.accepted["rule_profile"]) == {"tangerang_5_tahun"}


def test_commit_writes_snapshot_quarantine_and_record_that_the_dashboard_reads(store_root):
    result = plan(store_root, ox.csv_bytes(), "export.csv")
    registry.commit_import(result, store_root)
    store = Store(store_root)
    counts = queries.region_status_as_of(store, ox.SNAPSHOT).iloc[0]
    assert (counts["registered_count"], counts["aktif_count"], counts["belum_beroperasi_count"]) == (6, 3, 1)
    quarantine = pq.read_table(store_root / schema.quarantine_path(ox.REGION, ox.SNAPSHOT)).to_pandas()
    assert list(quarantine.columns) == list(schema.QUARANTINE_COLUMNS)
    assert len(quarantine) == 8 and set(quarantine["source_file"]) == {"export.csv"}
    record = json.loads((store_root / schema.import_record_path(ox.REGION, ox.SNAPSHOT)).read_text())
    assert record["rule_profile"]["dissolution_after"] == 5
    assert (record["rows_read"], record["accepted"], record["quarantined"]) == (14, 6, 8)
    assert record["source_sha256"] == result.source_sha256


def test_importing_the_same_file_again_replaces_and_never_duplicates(store_root):
    data = ox.csv_bytes()
    registry.commit_import(plan(store_root, data, "export.csv"), store_root)
    snapshot = store_root / schema.snapshot_path(ox.REGION, ox.SNAPSHOT)
    first = pq.read_table(snapshot)
    again = plan(store_root, data, "export.csv")
    assert again.replaces_rows == 6
    registry.commit_import(again, store_root)
    assert pq.read_table(snapshot).equals(first)
    assert len(list((store_root / "registry").rglob("*.parquet"))) == 1
    assert queries.region_status_as_of(Store(store_root), ox.SNAPSHOT).iloc[0]["registered_count"] == 6
    # A corrected file for the same date replaces the snapshot and its quarantine.
    fixed = ox.csv_bytes().replace(b"31/02/2009", b"28/02/2009")
    registry.commit_import(plan(store_root, fixed, "export.csv"), store_root)
    assert queries.region_status_as_of(Store(store_root), ox.SNAPSHOT).iloc[0]["registered_count"] == 7
    quarantine = pq.read_table(store_root / schema.quarantine_path(ox.REGION, ox.SNAPSHOT))
    assert quarantine.num_rows == 7


def test_a_mapping_file_names_headers_the_aliases_do_not_know(store_root):
    data = ox.csv_bytes().replace(b"Jumlah Anggota", b"Banyaknya Anggota")
    without = plan(store_root, data, "export.csv")
    assert "Banyaknya Anggota" in without.unused_headers
    assert without.accepted["members"].isna().all()
    mapping = b"kolom_file,kolom_kopdash\nBanyaknya Anggota,members\n"
    with_mapping = plan(store_root, data, "export.csv", mapping=mapping)
    assert with_mapping.accepted.set_index("nik").loc["3603000000000001", "members"] == 1234


@pytest.mark.parametrize(
    "data, name, kwargs, words",
    [
        (b"", "kosong.csv", {}, "kosong"),
        (b"\x00\x01\x02binary\xff" * 50, "rusak.csv", {}, "biner"),
        (b"PK\x03\x04 not really a workbook", "rusak.xlsx", {}, "tidak dapat dibaca"),
        (b"Nama;Kecamatan\nKoperasi A;Cikupa\n", "tanpa_nik.csv", {}, "kolom NIK"),
        (ox.csv_bytes(), "export.pdf", {}, "tidak didukung"),
        (ox.csv_bytes(), "export.csv", {"region_code": "99.99"}, "99.99"),
        (ox.csv_bytes(), "export.csv", {"snapshot_date": dt.date(2026, 6, 1)}, "masa depan"),
        (ox.csv_bytes(), "export.csv", {"mapping": b"kolom_file,kolom_kopdash\nX,nonsense\n"}, "nonsense"),
    ],
)
def test_a_file_that_cannot_be_used_is_refused_in_one_line_of_words(store_root, data, name, kwargs, words):
    with pytest.raises(ImportRefused) as refusal:
        plan(store_root, data, name, **kwargs)
    assert words in str(refusal.value) and "\n" not in str(refusal.value)
    assert not (store_root / "registry").exists()


def test_quarantined_rows_download_as_the_office_sent_them(store_root):
    from kopdash.present import downloads
    from kopdash.present.importing import quarantine_download

    result = plan(store_root, ox.csv_bytes(), "export.csv")
    office = quarantine_download(result.quarantined, "id")
    assert list(office.columns[:4]) == ["Lembar", "Baris", "Alasan", "No"]
    assert list(office.columns[3:]) == ox.HEADERS
    text = downloads.csv_bytes(office).decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Lembar;Baris;Alasan;No;Nomor Induk Koperasi")
    assert "31/02/2009" in text
    workbook = pd.read_excel(__import__("io").BytesIO(downloads.xlsx_bytes(office)), engine="calamine")
    assert len(workbook) == len(result.quarantined)


def test_downloads_never_turn_cells_into_formulas():
    from kopdash.present import downloads

    frame = pd.DataFrame({"a": ['=HYPERLINK("http://x")', "-5", "+62 812 3456", "@SUM(A1)", "biasa"]})
    text = downloads.csv_bytes(frame).decode("utf-8-sig")
    cells = [row[0] for row in __import__("csv").reader(text.splitlines()[1:], delimiter=";")]
    assert cells == ['\'=HYPERLINK("http://x")', "-5", "+62 812 3456", "'@SUM(A1)", "biasa"]
