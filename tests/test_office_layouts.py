"""Files no one on the project wrote, in the layouts offices and portals use (tests/office_layouts.py):
each is read right, or refused in words with nothing stored."""

from __future__ import annotations

import office_exports as ox
import office_layouts as ol
import pytest

from kopdash.ingest import published, registry
from kopdash.ingest.office_files import ImportRefused, delimiter_of


@pytest.mark.parametrize("sep_line", [False, True], ids=["plain", "sep_line"])
def test_indonesian_excels_semicolon_csv_imports_whole(tmp_path, sep_line):
    root = ox.scratch_store(tmp_path / "store")
    data = ol.excel_semicolon_csv(sep_line)
    assert data.count(b",") > data.count(b";"), "the file holds more commas than separators"
    plan = registry.plan_import(data, "koperasi.csv", ol.KAB_SERANG, ol.EXCEL_SNAPSHOT, root)
    assert (len(plan.accepted), len(plan.quarantined)) == (20, 0), plan.quarantined["reason"].tolist()
    rows = plan.accepted.set_index("nik")
    first = rows.loc["3604000000000001"]
    assert first["address"] == ol.excel_rows()[0][3]
    assert (first["assets_idr"], first["own_capital_idr"], first["members"]) == (12346.5, 1000.25, 1037)
    assert rows.loc["3604000000000005", "address"] == "Jl. Ciruas, No. 5,\nBlok A, RT 01"
    assert rows.loc["3604000000000007", "name"] == "KSP Maju; Bersama 7"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NIK;Nama;Alamat\n1;A;Jl. X, No. 1, RT 2\n2;B;Jl. Y, 3\n", ";"),
        ('NIK,Nama,Alamat\n1,"A;B;C","x;y;z"\n2,"D;E","z;w"\n', ","),
        ("NIK\tNama\tAlamat\n1\tA, B\tC; D\n", "\t"),
        ("sep=,\nNIK;Nama\n", ","),
        ("NIK;Aset\n1;12,5\n2;1.234,75\n3;7\n", ";"),
    ],
    ids=["semicolon_with_commas", "comma_with_semicolons", "tab", "excel_sep_line", "decimal_comma"],
)
def test_the_separator_is_the_one_that_splits_rows_alike(text, expected):
    assert delimiter_of(text) == expected


def test_published_figures_in_excels_semicolon_csv_are_read():
    data = (
        "kode_wilayah;nama_wilayah;judul;satuan;tahun;periode;data\r\n"
        "3604;Kabupaten Serang;Jumlah Koperasi Aktif (KUD, KSP, dan Kopwan);Unit;2021;Tahunan;612\r\n"
        "3604;Kabupaten Serang;Jumlah Koperasi Tidak Aktif, per Desember;Unit;2021;Tahunan;109\r\n"
    ).encode("cp1252")
    read = published.read_published_file(data, {ol.KAB_SERANG})
    assert sorted(zip(read.figures["metric"], read.figures["value"], strict=True)) == [
        ("aktif", 612),
        ("tidak_aktif", 109),
    ]


def test_a_saved_web_page_is_refused_with_what_to_do(tmp_path):
    root = ox.scratch_store(tmp_path / "store")
    page = b"<!DOCTYPE html><html><body><table><tr><th>NIK</th><th>Nama</th></tr></table></body></html>"
    for name in ("tabel.html", "tabel.xls"):  # portals also save a page under an Excel name
        with pytest.raises(ImportRefused, match="simpan tabel sebagai CSV atau Excel"):
            registry.plan_import(page, name, ol.KAB_SERANG, ol.EXCEL_SNAPSHOT, root)
    with pytest.raises(ImportRefused, match="simpan tabel sebagai CSV atau Excel"):
        published.read_published_file(page, {ol.KAB_SERANG}, filename="tabel.xls")


def test_english_headers_are_recognised_with_simkopdes_meanings(tmp_path):
    root = ox.scratch_store(tmp_path / "store")
    data = (
        b"legal_entity_number,name,province,district,subdistrict,village,established\n"
        b"12/BH/XI/2019,Koperasi Tani Maju,BANTEN,KAB. SERANG,Kramatwatu,Pejaten,2019-11-02\n"
    )
    plan = registry.plan_import(data, "pull.csv", ol.KAB_SERANG, ol.EXCEL_SNAPSHOT, root)
    assert plan.unused_headers == []
    row = plan.accepted.iloc[0]
    assert (row["name"], row["district"], row["village"], str(row["established_on"])) == (
        "Koperasi Tani Maju",
        "Kramatwatu",
        "Pejaten",
        "2019-11-02",
    )
    assert row["district_code"] == "36.04.05", "the kecamatan (subdistrict) matched its official code"
