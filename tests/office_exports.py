"""Realistic registry exports as offices send them, written by the tests, with their expected outcome.

One list of rows (header -> cell text) is written as a ';' Windows-1252 CSV, a ',' UTF-8 CSV with a
byte-order mark, and an Excel workbook with a notes sheet, a title block and two data sheets.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
from pathlib import Path

from conftest import ROOT

HEADERS = [
    "No",
    "Nomor Induk Koperasi",
    "Nama Koperasi",
    "Kec",
    "Desa/Kelurahan",
    "Tanggal Badan Hukum",
    "Jenis Koperasi",
    "Kelompok Koperasi",
    "RAT Terakhir",
    "RAT Dilaporkan",
    "Status Usaha",
    "Jumlah Anggota",
    "Aset",
    "SHU",
]
MARKUP_NAME = '<img src=x onerror="alert(1)"> **Koperasi** [klik](javascript:alert(2))'
SNAPSHOT = dt.date(2024, 12, 31)  # due year 2023
REGION = "36.03"  # Kabupaten Tangerang: dissolution candidate after 5 missed RATs


def _row(no, nik, name, date, rat, operating="Berjalan", members="25", **extra):
    return {
        "No": str(no),
        "Nomor Induk Koperasi": nik,
        "Nama Koperasi": name,
        "Kec": extra.get("kec", "Cikupa"),
        "Desa/Kelurahan": "Bitung Jaya",
        "Tanggal Badan Hukum": date,
        "Jenis Koperasi": extra.get("jenis", "Simpan Pinjam"),
        "Kelompok Koperasi": "Masyarakat",
        "RAT Terakhir": rat,
        "RAT Dilaporkan": extra.get("reported", "Ya"),
        "Status Usaha": operating,
        "Jumlah Anggota": members,
        "Aset": extra.get("aset", "Rp 12.500.000,00"),
        "SHU": extra.get("shu", "-"),
    }


# (row, expected) where expected is a status for accepted rows or a reason code for quarantined ones.
ROWS = [
    (_row(1, "3603 0000 0000 0001", "KSP Sejahtera", "12/03/2009", "2023", members="1.234"), "aktif"),
    (
        _row(2, "3603000000000002", "Kopwan Melati", "12 Maret 2009", "TB 2022", "tidak berjalan"),
        "kurang_aktif",
    ),
    (
        _row(3, "3603000000000003", "KUD Tani Makmur", "2015-01-01", "Belum RAT", jenis="Produsen"),
        "tidak_aktif",
    ),
    (_row(4, "3603000000000004", "Koperasi Baru", "2024-05-01", "-", "Tidak Berjalan"), "belum_beroperasi"),
    (_row(5, "360300000000005", "NIK Pendek", "01/01/2010", "2023"), "nik"),
    (_row(6, "3603000000000006", "Kembar A", "01/01/2010", "2023"), "duplicate_nik"),
    (_row(7, "3603000000000006", "Kembar B", "01/01/2011", "2023"), "duplicate_nik"),
    (_row(8, "3603000000000008", "Tanggal Mustahil", "31/02/2009", "2023"), "value"),
    (_row(9, "3603000000000009", "RAT Masa Depan", "01/01/2010", "2025"), "rat_after_snapshot"),
    (_row(10, "3603000000000010", "Belum Berdiri", "2025-03-01", "-"), "established_after_snapshot"),
    (_row(11, "3603000000000011", "Anggota Minus", "01/01/2010", "2023", members="-5"), "negative_members"),
    (_row(12, "3603000000000012", MARKUP_NAME, "01/01/2012", "2023", shu="(1.500.000)"), "aktif"),
    (
        _row(13, "3603000000000013", "Koperasi Karya – Bhakti Émas", "01-06-2016", "2023", jenis="Jasa"),
        "aktif",
    ),
]
TOTALS = {"No": "JUMLAH", "Jumlah Anggota": "1.500"}
ACCEPTED = [
    row for row, expected in ROWS if expected in ("aktif", "kurang_aktif", "tidak_aktif", "belum_beroperasi")
]
QUARANTINED_REASONS = sorted([expected for _, expected in ROWS if _ not in ACCEPTED] + ["total_row"])


def _lines() -> list[list[str]]:
    """Title block, header, data with one blank row in the middle and a totals row at the end."""
    data = [[row[h] for h in HEADERS] for row, _ in ROWS]
    blank = [""] * len(HEADERS)
    totals = [TOTALS.get(h, "") for h in HEADERS]
    title = [
        ["DATA KOPERASI KABUPATEN TANGERANG"] + [""] * (len(HEADERS) - 1),
        ["Keadaan 31 Desember 2024"],
        [],
    ]
    return title + [HEADERS] + data[:6] + [blank] + data[6:] + [totals]


HEADER_LINE = 4  # the header's line number in every file


def csv_bytes(delimiter: str = ";", encoding: str = "cp1252") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(_lines())
    return buffer.getvalue().encode(encoding)


def xlsx_bytes() -> bytes:
    """A notes sheet, then the rows split over two sheets, the second with real date and number cells."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    notes = book.add_worksheet("Catatan")
    notes.write_string(0, 0, "Sumber: Dinas Koperasi dan UKM Kabupaten Tangerang")
    lines = _lines()
    first, second = lines[: HEADER_LINE + 7], [HEADERS] + lines[HEADER_LINE + 7 :]
    sheet = book.add_worksheet("Cikupa")
    for r, line in enumerate(first):
        for c, cell in enumerate(line):
            sheet.write_string(r, c, cell)
    other = book.add_worksheet("Lainnya")
    date_format = book.add_format({"num_format": "dd/mm/yyyy"})
    for r, line in enumerate(second):
        for c, cell in enumerate(line):
            header = HEADERS[c]
            if r and header == "Jumlah Anggota" and cell.lstrip("-").isdigit():
                other.write_number(r, c, int(cell))
            elif r and header == "Tanggal Badan Hukum" and cell == "01/01/2012":
                other.write_datetime(r, c, dt.datetime(2012, 1, 1), date_format)
            else:
                other.write_string(r, c, cell)
    book.close()
    return buffer.getvalue()


def scratch_store(root: Path) -> Path:
    """An empty store that knows the demo's regions and rule profiles."""
    root.mkdir(parents=True, exist_ok=True)
    for name in ("regions.csv", "rule_profiles.csv"):
        shutil.copy(ROOT / "data" / name, root / name)
    return root
