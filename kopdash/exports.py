"""Reading what offices send: CSV (; or ,, UTF-8 or Windows-1252) and Excel workbooks with title blocks
above the header row and several sheets. Cells come back as the file holds them; parse.py reads values.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import PurePath

# A cell may be long (a pasted document); parse.text quarantines its row, which is no reason to refuse
# the file. Python's csv stops at 131,072 characters per cell unless told otherwise.
csv.field_size_limit(64 * 1024 * 1024)

# Store column -> the headers offices use for it (matched ignoring case, spaces and punctuation).
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "nik": ("NIK", "Nomor Induk Koperasi", "No Induk Koperasi", "NIK Koperasi"),
    "name": ("Nama", "Nama Koperasi"),
    "district": ("Kecamatan", "Kec"),
    "village": ("Desa", "Kelurahan", "Desa/Kelurahan", "Kelurahan/Desa", "Desa Kelurahan"),
    "established_on": ("Tanggal Badan Hukum", "Tgl BH", "Tanggal BH", "Tgl Badan Hukum", "Tanggal Berdiri"),
    "kind": ("Jenis", "Jenis Koperasi"),
    "segment": ("Kelompok", "Kelompok Koperasi"),
    "programme": ("Program",),
    "last_rat_year": ("Tahun RAT Terakhir", "RAT Terakhir", "Tahun RAT"),
    "rat_reported": ("RAT Dilaporkan", "Laporan RAT"),
    "operating": ("Status Usaha", "Beroperasi"),
    "members": ("Jumlah Anggota", "Anggota"),
    "assets_idr": ("Aset", "Jumlah Aset", "Total Aset"),
    "own_capital_idr": ("Modal Sendiri",),
    "business_volume_idr": ("Volume Usaha",),
    "shu_idr": ("SHU", "Sisa Hasil Usaha"),
    "dissolved_on": ("Tanggal Pembubaran", "Tgl Pembubaran", "Tanggal Bubar"),
    "chair_name": ("Nama Ketua", "Ketua", "Ketua Pengurus"),
    "phone": ("No HP", "No. HP", "Nomor HP", "Telepon", "No Telp", "No Telepon", "HP"),
    "address": ("Alamat", "Alamat Koperasi", "Alamat Kantor"),
}
HEADER_SCAN_ROWS = 30  # how far below the top a header row may sit under a title block
EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


def normalise_header(header) -> str:
    return re.sub(r"[^a-z0-9]", "", str(header).lower())


ALIAS_INDEX = {normalise_header(a): column for column, aliases in COLUMN_ALIASES.items() for a in aliases}


class ImportRefused(ValueError):
    """The file as a whole cannot be used; the message says why in one line of words."""


@dataclass
class Sheet:
    """One table found in the file: where its header is, how headers map, and its data rows."""

    name: str | None  # None for CSV
    header_row: int  # 1-based, as a spreadsheet shows it
    headers: list[str]
    columns: dict[int, str]  # cell index -> store column
    rows: list[list] = field(default_factory=list)  # cells of each non-blank row below the header
    row_numbers: list[int] = field(default_factory=list)  # each row's number in the file (1-based)
    blank_rows: int = 0
    data_rows: int = 0  # non-blank rows below the header (kept when `rows` is released)

    def columns_of_cells(self) -> list[tuple]:
        """The cells column by column (short rows padded with None), for reading a column at once."""
        width = len(self.headers)
        padded = [
            cells if len(cells) >= width else list(cells) + [None] * (width - len(cells))
            for cells in self.rows
        ]
        return list(zip(*padded, strict=False)) if padded else [() for _ in range(width)]


def read_mapping(data: bytes) -> dict[str, str]:
    """A mapping file (CSV: kolom_file,kolom_kopdash) for headers the aliases do not know."""
    text = decode_text(data)
    rows = [
        r for r in csv.reader(io.StringIO(text), delimiter=delimiter_of(text)) if any(c.strip() for c in r)
    ]
    if not rows or [normalise_header(c) for c in rows[0][:2]] != ["kolomfile", "kolomkopdash"]:
        raise ImportRefused("file pemetaan harus berkolom kolom_file,kolom_kopdash")
    mapping = {}
    for row in rows[1:]:
        if len(row) < 2:
            raise ImportRefused(f"file pemetaan: baris tidak lengkap: {row!r}")
        source, column = row[0].strip(), row[1].strip()
        if column not in COLUMN_ALIASES:
            known = ", ".join(COLUMN_ALIASES)
            raise ImportRefused(f"file pemetaan: kolom kopdash {column!r} tidak dikenal (pilihan: {known})")
        mapping[normalise_header(source)] = column
    return mapping


def read_export(data: bytes, filename: str, mapping: dict[str, str] | None = None) -> list[Sheet]:
    """Every table in the file that has a NIK column; ImportRefused when there is none."""
    suffix = PurePath(filename).suffix.lower()
    if not data:
        raise ImportRefused(f"file {filename!r} kosong")
    if suffix in EXCEL_SUFFIXES:
        tables = _excel_tables(data, filename)
    elif suffix in (".csv", ".txt", ""):
        tables = [(None, _csv_rows(data))]
    else:
        raise ImportRefused(f"jenis file {suffix!r} tidak didukung: kirim CSV atau Excel (.xlsx)")
    index = {**ALIAS_INDEX, **(mapping or {})}
    sheets = [sheet for name, rows in tables if (sheet := _find_table(name, rows, index))]
    if not sheets:
        raise ImportRefused(
            "tidak ditemukan baris judul dengan kolom NIK (Nomor Induk Koperasi) di "
            + ("lembar mana pun" if suffix in EXCEL_SUFFIXES else "file ini")
        )
    if not any(sheet.data_rows for sheet in sheets):
        where = ", ".join(f"baris {sheet.header_row}" for sheet in sheets)
        raise ImportRefused(f"tidak ada satu pun baris data di bawah baris judul ({where}): berkas kosong")
    return sheets


def decode_text(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportRefused("teks file bukan UTF-8 atau Windows-1252: simpan ulang sebagai CSV UTF-8")


def delimiter_of(text: str) -> str:
    head = text[:20000]
    counts = {d: head.count(d) for d in (";", ",", "\t")}
    return max(counts, key=counts.get) if any(counts.values()) else ","


def _csv_rows(data: bytes) -> list[list]:
    text = decode_text(data)
    if "\x00" in text[:4096]:
        raise ImportRefused("file ini bukan teks CSV (berisi data biner); kirim CSV atau Excel (.xlsx)")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter_of(text)))


def _excel_tables(data: bytes, filename: str) -> list[tuple[str, list[list]]]:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        return [
            (name, book.get_sheet_by_name(name).to_python(skip_empty_area=False)) for name in book.sheet_names
        ]
    except Exception as error:  # calamine reports corrupt workbooks with several exception types
        raise ImportRefused(f"file Excel {filename!r} tidak dapat dibaca ({error})") from None


def _find_table(name: str | None, rows: list[list], index: dict[str, str]) -> Sheet | None:
    for position, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        found = {
            i: index[normalise_header(cell)] for i, cell in enumerate(row) if normalise_header(cell) in index
        }
        if "nik" in found.values() and len(found) >= 2:
            columns: dict[int, str] = {}
            for i, column in found.items():  # the first of two headers for one column wins
                if column not in columns.values():
                    columns[i] = column
            sheet = Sheet(name, position + 1, [str(c).strip() for c in row], columns)
            for number, cells in enumerate(rows[position + 1 :], start=position + 2):
                if _blank_row(cells):
                    sheet.blank_rows += 1
                else:
                    sheet.rows.append(cells)
                    sheet.row_numbers.append(number)
            sheet.data_rows = len(sheet.rows)
            return sheet
    return None


def _blank_row(cells: list) -> bool:
    try:
        return not "".join(cells).strip()  # the CSV case: every cell is text
    except TypeError:
        return all(c is None or (isinstance(c, str) and not c.strip()) or c != c for c in cells)
