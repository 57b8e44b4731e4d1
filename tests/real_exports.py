"""Files in the layouts offices and portals really use, built by the tests: a national-registry (ODS)
dump of a kabupaten's cooperatives, a Koperasi Merah Putih roster, and published tables as Satu Data, a
provincial open-data portal and a year-per-column table lay them out. Each comes with what must come of
every row."""

from __future__ import annotations

import datetime as dt
import io

SRAGEN, KOTA_SERANG = "33.14", "36.73"
ODS_SNAPSHOT = dt.date(2022, 10, 20)  # due year 2021
ODS_HEADERS = [
    "no", "nikKoperasi", "namaKoperasi", "nomorBadanHukum", "tglBadanHukumPendirian", "alamat", "kelurahan",
    "kecamatan", "kabupaten", "provinsi", "bentukKoperasi", "jenisKoperasi", "kelompokKoperasi",
    "sektorUsaha", "jmlAnggota_pria", "jmlAnggota_wanita", "totalAnggota", "tglRAT_terakhir", "statusNIK",
    "tglBerlaku_sertifikat", "statusGrade", "statusAktif",
]  # fmt: skip


def _ods_row(no, nik, name, bh, founded, village, district, kelompok, men, women, total, rat, status):
    return [
        str(no), nik, name, bh, founded, f"Jl. Raya {no}", village, district, "KAB. SRAGEN", "JAWA TENGAH",
        "Primer", "Simpan Pinjam", kelompok, "Jasa Keuangan", men, women, total, rat,
        "Sudah Bersertifikat" if nik else "Belum Bersertifikat", "2025-12-31" if nik else "0000-00-00",
        "B", status,
    ]  # fmt: skip


# (row, expected): expected is (status, key, district_code, reported status disagrees) or a reason code.
ODS_ROWS = [
    (
        _ods_row(
            1,
            "3314010020001",
            "KSP Maju Bersama",
            "112/BH/XIV/2005",
            "2005-04-11",
            "Keden",
            "Kalijambe",
            "Kop. Pegawai Negeri (KPRI)",
            "30",
            "20",
            "",
            "2022-03-15",
            "Aktif",
        ),
        ("aktif", "3314010020001", "33.14.01", False),
    ),
    (
        _ods_row(
            2,
            "3314130000000002",
            "Koperasi Sumber Rejeki",
            "5/BH/1999",
            "1999-02-01",
            "Gemolong",
            "Kec. Gemolong",
            "Koperasi Serba Usaha",
            "",
            "",
            "45",
            "0000-00-00",
            "Aktif",
        ),
        ("tidak_aktif", "3314130000000002", "33.14.13", True),
    ),
    (
        _ods_row(
            3,
            "",
            "KSU Tani Rukun",
            "006385/BH/M.KUKM.2/XI/2017",
            "2017-11-20",
            "Plupuh",
            "PLUPUH",
            "Kop. Simpan Pinjam",
            "12",
            "9",
            "21",
            "2020-01-18",
            "Pasif",
        ),
        ("tidak_aktif", "BH:006385/BH/M.KUKM.2/XI/2017", "33.14.02", False),
    ),
    (
        _ods_row(
            4,
            "",
            "Koperasi Tanpa Nomor",
            "",
            "2015-05-05",
            "Keden",
            "Kalijambe",
            "Kopkar",
            "5",
            "5",
            "10",
            "2022-01-05",
            "Aktif",
        ),
        "nik",
    ),
    (
        _ods_row(
            5,
            "331401002000",
            "NIK Dua Belas Digit",
            "9/BH/2010",
            "2010-01-01",
            "Keden",
            "Kalijambe",
            "KUD",
            "",
            "",
            "30",
            "2022-02-02",
            "Aktif",
        ),
        "nik",
    ),
    (
        _ods_row(
            6,
            "3314990000000006",
            "Koperasi Wanita Melati",
            "77/BH/2012",
            "00/00/0000",
            "Sukosari",
            "Xyz Tidak Ada",
            "Koperasi Wanita",
            "0",
            "40",
            "",
            "2021-06-30",
            "Mati Suri",
        ),
        ("kurang_aktif", "3314990000000006", None, True),  # RAT of 2021 is for 2020; 2021's is missed
    ),
]


def ods_dump() -> bytes:
    """The national registry's dump as an office saves it to Excel: a title row, then the database's names."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("Sheet1")
    sheet.write_string(0, 0, "DATA KOPERASI KABUPATEN SRAGEN (ODS)")
    for column, header in enumerate(ODS_HEADERS):
        sheet.write_string(2, column, header)
    for number, (row, _) in enumerate(ODS_ROWS, start=3):
        for column, cell in enumerate(row):
            sheet.write_string(number, column, cell)
    book.close()
    return buffer.getvalue()


ROSTER_HEADERS = [
    "No",
    "NIK",
    "Nama Koperasi",
    "Desa/Kelurahan",
    "Kecamatan",
    "Kabupaten/Kota",
    "Batch",
    "Status Operasional",
]
ROSTER = [  # (nik, kelurahan, kecamatan, operating) -> status
    ("3673011002000001", "Cipare", "Serang", "Sudah Beroperasi", "aktif"),
    ("3673011002000002", "Sumur Pecung", "Serang", "Belum Beroperasi", "belum_beroperasi"),
    ("3673021002000003", "Kasemen", "Kasemen", "Belum Beroperasi", "belum_beroperasi"),
]


def kmp_roster() -> bytes:
    """A Koperasi Merah Putih roster: one row per kelurahan, no founding date, no RAT yet."""
    lines = [";".join(ROSTER_HEADERS)] + [
        ";".join([str(i), nik, f"Koperasi Kelurahan Merah Putih {village}", village, district, "Kota Serang",
                  "Batch 1", operating])
        for i, (nik, village, district, operating, _) in enumerate(ROSTER, start=1)
    ]  # fmt: skip
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def satu_data() -> bytes:
    """Satu Data Indonesia's layout: one figure per row; BPS four-digit codes; a member count left out."""
    rows = [
        "kode_wilayah;nama_wilayah;judul;satuan;tahun;periode;data",
        "3314;Kabupaten Sragen;Jumlah Koperasi Aktif;Unit;2022;Tahunan;228",
        "3314;Kabupaten Sragen;Jumlah Koperasi Direkomendasikan Dibubarkan;Unit;2022;Tahunan;37",
        "3314;Kabupaten Sragen;Jumlah Koperasi Sehat;Unit;2023;Triwulan II;150 lebih",
        "3314;Kabupaten Sragen;Jumlah Anggota Koperasi;Orang;2022;Tahunan;61.003",
    ]
    return ("\n".join(rows) + "\n").encode("utf-8")


def provincial() -> bytes:
    """A provincial open-data portal's layout: one measure column, every kabupaten/kota of the province."""
    rows = [
        "kode_provinsi,nama_provinsi,kode_kabupaten_kota,nama_kabupaten_kota,jumlah_koperasi_aktif,satuan,tahun",
        "33,JAWA TENGAH,3314,KABUPATEN SRAGEN,228,UNIT,2022",
        "33,JAWA TENGAH,3372,KOTA SURAKARTA,189,UNIT,2020",
        '33,JAWA TENGAH,3311,KABUPATEN SUKOHARJO,"300 lebih",UNIT,2022',
    ]
    return ("\n".join(rows) + "\n").encode("utf-8")


def year_columns() -> bytes:
    """A sectoral table with one column per year (the region is named by the command)."""
    rows = [
        "kodefikasi;komponendata;satuan;sumberdata;2023;2024",
        "2.17.1;Jumlah koperasi;unit;Diskumindag;1.236;1.200-an",
        "2.17.2;Jumlah koperasi aktif;unit;Diskumindag;240;251",
        "2.17.3;Volume usaha koperasi;rupiah;Diskumindag;12.000.000;13.000.000",
    ]
    return ("\n".join(rows) + "\n").encode("utf-8")
