"""Reading what offices send: CSV (; or ,, UTF-8 or Windows-1252) and Excel workbooks with title blocks
above the header row and several sheets. Cells come back as the file holds them; parse.py reads values.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import pickle
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import PurePath

from kopdash.domain.messages import ImportRefused

# A cell may be long (a pasted document); parse.text quarantines its row, which is no reason to refuse
# the file. Python's csv stops at 131,072 characters per cell unless told otherwise.
csv.field_size_limit(64 * 1024 * 1024)

# Store column -> the headers offices use for it (matched ignoring case, spaces and punctuation).
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "nik": ("NIK", "Nomor Induk Koperasi", "No Induk Koperasi", "NIK Koperasi", "nikKoperasi"),
    "legal_entity_number": (
        "Nomor Badan Hukum",
        "No Badan Hukum",
        "Nomor BH",
        "No BH",
        "nomorBadanHukum",
        "Nomor Badan Hukum Pendirian",
        "No Badan Hukum Pendirian",
        "legal_entity_number",
    ),
    # English headers as SIMKOPDES and national pulls write them: there `district` is the kabupaten/kota
    # ("KAB. SITUBONDO") and `subdistrict` the kecamatan.
    "name": ("Nama", "Nama Koperasi", "namaKoperasi", "name", "cooperative_name"),
    "district": ("Kecamatan", "Kec", "subdistrict"),
    "village": (
        "Desa",
        "Kelurahan",
        "Desa/Kelurahan",
        "Kelurahan/Desa",
        "Desa Kelurahan",
        "Keluarahan/Desa",  # as one registry spells it
        "Desa/Keluarahan",
        "Keluarahan",
        "village",
    ),
    "regency": (
        "Kabupaten",
        "Kabupaten/Kota",
        "Kab/Kota",
        "kabupatenKota",
        "district",
        "regency",
    ),  # not stored
    "province": ("Provinsi", "Propinsi", "province"),  # recognised, not stored
    "established_on": (
        "Tanggal Badan Hukum",
        "Tgl BH",
        "Tanggal BH",
        "Tgl Badan Hukum",
        "Tanggal Berdiri",
        "tglBadanHukumPendirian",
        "Tanggal Badan Hukum Pendirian",
        "Tgl Badan Hukum Pendirian",
        "established",
        "established_on",
    ),
    "legal_form": ("Bentuk", "Bentuk Koperasi", "bentukKoperasi"),
    "kind": ("Jenis", "Jenis Koperasi", "jenisKoperasi"),
    "segment": ("Kelompok", "Kelompok Koperasi", "kelompokKoperasi"),
    "business_sector": ("Sektor Usaha", "sektorUsaha"),
    "programme": ("Program",),
    "last_rat_year": ("Tahun RAT Terakhir", "RAT Terakhir", "Tahun RAT"),
    "last_rat_on": ("Tanggal RAT Terakhir", "Tgl RAT Terakhir", "tglRAT_terakhir", "Tanggal RAT"),
    "rat_reported": ("RAT Dilaporkan", "Laporan RAT"),
    "operating": ("Status Usaha", "Beroperasi", "Status Operasional", "Sudah Beroperasi"),
    "reported_status": ("Status Aktif", "statusAktif", "Status Koperasi", "Status Keaktifan"),
    "members": ("Jumlah Anggota", "Anggota", "Total Anggota", "totalAnggota"),
    "members_male": ("Jumlah Anggota Pria", "jmlAnggota_pria", "Anggota Pria", "Anggota Laki-laki"),
    "members_female": ("Jumlah Anggota Wanita", "jmlAnggota_wanita", "Anggota Wanita", "Anggota Perempuan"),
    "nik_status": ("Status NIK", "statusNIK"),
    "certificate_valid_until": (
        "Tanggal Berlaku Sertifikat",
        "tglBerlaku_sertifikat",
        "Tgl Berlaku Sertifikat",
        "Berlaku Sertifikat",
    ),
    "grade": ("Grade", "statusGrade", "Status Grade", "Klasifikasi"),
    "assets_idr": ("Aset", "Jumlah Aset", "Total Aset"),
    "own_capital_idr": ("Modal Sendiri",),
    "business_volume_idr": ("Volume Usaha",),
    "shu_idr": ("SHU", "Sisa Hasil Usaha"),
    "dissolved_on": ("Tanggal Pembubaran", "Tgl Pembubaran", "Tanggal Bubar"),
    "chair_name": ("Nama Ketua", "Ketua", "Ketua Pengurus"),
    "phone": ("No HP", "No. HP", "Nomor HP", "Telepon", "No Telp", "No Telepon", "HP"),
    "address": ("Alamat", "Alamat Koperasi", "Alamat Kantor"),
}
# The columns that identify a cooperative: a table's header row must name one of them (and another).
KEY_COLUMNS = ("nik", "legal_entity_number")
HEADER_SCAN_ROWS = 30  # how far below the top a header row may sit under a title block
ZIP_SUFFIXES = (".xlsx", ".xlsm", ".ods")  # workbooks that are zip archives of XML

# What one file may hold. The largest real registry exports are a province's (tens of thousands of
# rows); the bounds leave room for a national extract while keeping the reading process under its
# memory limit (kopdash/ingest/isolated.py). Beyond them a file is refused in words, before it is read.
MAX_ROWS = 300_000  # rows of one sheet or CSV file
MAX_CELLS = 10_000_000  # rows x columns of one sheet or CSV file
MAX_UNCOMPRESSED_BYTES = 600 * 1024 * 1024  # a workbook's XML once unzipped (a zip bomb is small)


def normalise_header(header) -> str:
    return re.sub(r"[^a-z0-9]", "", str(header).lower())


ALIAS_INDEX = {normalise_header(a): column for column, aliases in COLUMN_ALIASES.items() for a in aliases}


# Headers offices use, beyond the registry's (NIK, Nama Koperasi …): header -> event column.
EVENT_ALIASES = {
    normalise_header(alias): column
    for column, aliases in {
        "event_date": ("Tanggal", "Tanggal Kegiatan", "Tgl Kegiatan", "Tgl"),
        "kind": ("Kegiatan", "Jenis Kegiatan", "Jenis Intervensi", "Jenis"),
        "channel": ("Saluran", "Media", "Tatap Muka/Daring"),
        "outcome": ("Hasil", "Hasil Kegiatan"),
        "obstacle": ("Kendala", "Kendala Utama"),
        "note": ("Catatan", "Keterangan"),
    }.items()
    for alias in aliases
}


@dataclass
class Sheet:
    """One table found in the file: where its header is, how headers map, and its data rows.

    A row keeps its mapped cells as they are, and the rest of its cells packed into one bytes object:
    a wide export then costs one object per row for the columns kopdash does not read, not one per
    cell, while a quarantined row can still show every cell it had (`cells`).
    """

    name: str | None  # None for CSV
    header_row: int  # 1-based, as a spreadsheet shows it
    headers: list[str]
    columns: dict[int, str]  # cell index -> store column
    rows: list[list] = field(default_factory=list)  # mapped cells of each non-blank row, by `mapped`
    rest: list[bytes | None] = field(default_factory=list)  # the row's other non-blank cells, packed
    row_numbers: list[int] = field(default_factory=list)  # each row's number in the file (1-based)
    blank_rows: int = 0
    data_rows: int = 0  # non-blank rows below the header (kept when `rows` is released)
    _mapped: list[int] | None = field(default=None, repr=False)  # computed on the first `add`
    _unmapped: list[int] = field(default_factory=list, repr=False)

    @property
    def mapped(self) -> list[int]:
        return sorted(self.columns)

    def add(self, number: int, cells: list) -> None:
        if self._mapped is None:
            self._mapped = self.mapped
            self._unmapped = [i for i in range(len(self.headers)) if i not in self.columns]
        width = len(cells)
        self.rows.append([cells[i] if i < width else None for i in self._mapped])
        others = {
            i: cells[i] for i in self._unmapped if i < width and cells[i] != "" and not _blank(cells[i])
        }
        if width > len(self.headers):  # cells beyond the header row
            others.update((i, cells[i]) for i in range(len(self.headers), width) if not _blank(cells[i]))
        self.rest.append(pickle.dumps(others, protocol=pickle.HIGHEST_PROTOCOL) if others else None)
        self.row_numbers.append(number)

    def cells(self, position: int) -> list:
        """Every cell of one data row, as the file held it."""
        cells = dict(zip(self.mapped, self.rows[position], strict=True))
        packed = self.rest[position]
        if packed is not None:
            cells.update(pickle.loads(packed))
        width = max([len(self.headers), *(i + 1 for i, cell in cells.items() if not _blank(cell))])
        return [cells.get(i) for i in range(width)]

    def release(self) -> None:
        """Drop the cells (the plan keeps the mapping and counts between clicks, not the data)."""
        self.rows, self.rest, self.row_numbers = [], [], []

    def original_names(self) -> list[str]:
        """A distinct name for every header cell, for keeping a row's cells as the office sent them."""
        names: list[str] = []
        seen: Counter[str] = Counter()
        for i, header in enumerate(self.headers):
            name = header or f"kolom {i + 1}"
            seen[name] += 1
            names.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
        return names

    def column_cells(self) -> dict[int, tuple]:
        """The mapped cells column by column (cell index -> one value per row), to read a column at once."""
        columns = list(zip(*self.rows, strict=True)) if self.rows else [() for _ in self.mapped]
        return dict(zip(self.mapped, columns, strict=True))


def read_pairs(data: bytes, header: tuple[str, str], allowed, refused: str) -> dict[str, str]:
    """A two-column mapping file (CSV, its header `header`): what offices write (matched ignoring case and
    punctuation) -> one of `allowed`. `refused` names the messages (`<refused>_header`, `<refused>_row`)."""
    text = decode_text(data)
    rows = [r for r in csv_rows(io.StringIO(text, newline=""), text[:40000]) if any(c.strip() for c in r)]
    if not rows or [normalise_header(c) for c in rows[0][:2]] != [normalise_header(h) for h in header]:
        raise ImportRefused(f"{refused}_header")
    pairs = {}
    for row in rows[1:]:
        if len(row) < 2 or row[1].strip() not in allowed:
            raise ImportRefused(f"{refused}_row", row=repr(row), known=", ".join(allowed))
        pairs[normalise_header(row[0])] = row[1].strip()
    return pairs


def read_mapping(data: bytes) -> dict[str, str]:
    """A mapping file (CSV: kolom_file,kolom_kopdash) for headers the aliases do not know."""
    return read_pairs(data, ("kolom_file", "kolom_kopdash"), tuple(COLUMN_ALIASES), "refused.mapping")


@dataclass(frozen=True)
class Reader:
    """One kind of file kopdash reads: its name, the suffixes it goes by, whether it holds several sheets,
    and how its tables are read (each sheet's name and rows, within the limits)."""

    name: str
    suffixes: tuple[str, ...]
    workbook: bool
    tables: Callable[[bytes, str], Iterable[tuple[str | None, Iterator[list]]]]


# The one list of the files kopdash reads: the uploaders' accepted types, the refusal of any other file,
# the guide's list and the hostile-file corpus all come from it. A new format is one reader and one line.
READERS = (
    Reader("CSV", (".csv", ".txt", ""), False, lambda data, filename: [(None, _csv_rows(data))]),
    Reader(
        "Excel / OpenDocument", (".xlsx", ".xlsm", ".xls", ".ods"), True, lambda d, f: _excel_tables(d, f)
    ),
)


def reader_for(filename: str) -> Reader:
    """The reader of a file by its name; ImportRefused, naming the formats read, for any other."""
    suffix = PurePath(filename).suffix.lower()
    for reader in READERS:
        if suffix in reader.suffixes:
            return reader
    raise ImportRefused("refused.file_type", suffix=suffix, formats=formats_read())


def formats_read() -> str:
    """The formats kopdash reads, in words: CSV (.csv, .txt), Excel / OpenDocument (.xlsx, …)."""
    return ", ".join(f"{r.name} ({', '.join(s for s in r.suffixes if s)})" for r in READERS)


def upload_types() -> list[str]:
    """The suffixes an uploader accepts (without the dot), from READERS."""
    return [suffix.lstrip(".") for reader in READERS for suffix in reader.suffixes if suffix]


def read_export(data: bytes, filename: str, mapping: dict[str, str] | None = None) -> list[Sheet]:
    """Every table in the file that has a NIK column; ImportRefused when there is none."""
    if not data:
        raise ImportRefused("refused.empty_file", file=filename)
    refuse_web_page(data, filename)
    reader = reader_for(filename)
    index = {**ALIAS_INDEX, **(mapping or {})}
    sheets = [
        sheet for name, rows in reader.tables(data, filename) if (sheet := _find_table(name, rows, index))
    ]
    if not sheets:
        raise ImportRefused("refused.no_header_sheets" if reader.workbook else "refused.no_header_file")
    if not any(sheet.data_rows for sheet in sheets):
        rows = ", ".join(str(sheet.header_row) for sheet in sheets)
        raise ImportRefused("refused.no_data_rows", rows=rows)
    return sheets


WEB_SUFFIXES = (".html", ".htm", ".mhtml", ".mht")
# How a saved web page begins; portals also save one under an Excel name (tabel.xls).
_WEB_PAGE = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html|table|meta|head|body)\b", re.IGNORECASE
)


def refuse_web_page(data: bytes, filename: str) -> None:
    """Refuse a saved web page in words that say how to get the table out of it."""
    if PurePath(filename).suffix.lower() in WEB_SUFFIXES or _WEB_PAGE.match(data[:1024]):
        raise ImportRefused("refused.web_page", file=PurePath(filename).name)


def decode_text(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportRefused("refused.encoding")


DELIMITERS = (";", ",", "\t")
SNIFF_ROWS = 60  # the rows the dialect is judged on: a title block, the header and the first data rows
# Excel's first line naming the separator ("sep=;"), which it writes and reads back itself.
_EXCEL_SEP_LINE = re.compile(r"\A\ufeff?sep=(.)[ \t]*\r?\n", re.IGNORECASE)


def excel_separator(head: str) -> str | None:
    """The separator Excel named on the file's first line (``sep=;``), if it did."""
    found = _EXCEL_SEP_LINE.match(head)
    return found.group(1) if found and found.group(1) in DELIMITERS else None


def delimiter_of(head: str) -> str:
    """The field separator of a CSV file, judged on its first rows read as CSV (quotes, quoted line breaks
    and all) with each of ; , and tab: the one that splits the most rows into the same number of fields,
    two or more. Counting characters is not enough: Indonesian Excel writes ``;`` between fields whose
    addresses and decimal commas hold more commas than the file has semicolons."""
    if named := excel_separator(head):
        return named
    head = head[: head.rfind("\n") + 1] or head  # the last line may be cut off mid-row
    scores = {}
    for delimiter in DELIMITERS:
        try:
            widths = [
                len(row)
                for row in itertools.islice(
                    csv.reader(io.StringIO(head, newline=""), delimiter=delimiter), SNIFF_ROWS
                )
                if any(cell.strip() for cell in row)
            ]
        except csv.Error:
            continue
        width, rows = Counter(widths).most_common(1)[0] if widths else (0, 0)
        scores[delimiter] = (rows if width > 1 else 0, width)
    return max(DELIMITERS, key=lambda d: scores.get(d, (0, 0)))


def csv_rows(text: Iterable[str] | io.TextIOBase, head: str) -> Iterator[list[str]]:
    """The rows of CSV text in its dialect (`head`: its first characters), Excel's ``sep=`` line left out."""
    rows = csv.reader(text, delimiter=delimiter_of(head))
    if excel_separator(head):
        next(rows, None)
    return rows


def _csv_encoding(data: bytes) -> str:
    """UTF-16 when the file says so (Excel's "Unicode text"), else UTF-8, else Windows-1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in data[:4096]:
        raise ImportRefused("refused.binary")
    for encoding in ("utf-8-sig", "cp1252"):
        if _decodes(data, encoding):
            return encoding
    raise ImportRefused("refused.encoding")


def _decodes(data: bytes, encoding: str, chunk: int = 1 << 20) -> bool:
    """Whether the whole file decodes, checked piece by piece (no decoded copy of the whole file)."""
    decoder, view = codecs.getincrementaldecoder(encoding)(), memoryview(data)
    try:
        for start in range(0, len(data), chunk):
            decoder.decode(view[start : start + chunk])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _csv_rows(data: bytes) -> Iterator[list]:
    """The rows of a CSV file, read as a stream (no decoded copy of the whole file), within the limits."""
    encoding = _csv_encoding(data)
    head = data[:40000].decode(encoding, errors="ignore")
    text = io.TextIOWrapper(io.BytesIO(data), encoding=encoding, newline="")
    rows = cells = 0
    try:
        for row in csv_rows(text, head):
            rows, cells = rows + 1, cells + len(row)
            _within_limits(rows, cells, "file CSV ini")
            yield row
    except csv.Error as error:
        raise ImportRefused("refused.csv_row", row=rows + 1, error=str(error)) from None


def _within_limits(rows: int, cells: int, what: str) -> None:
    if rows > MAX_ROWS + HEADER_SCAN_ROWS:
        raise ImportRefused("refused.too_many_rows", what=what, limit=f"{MAX_ROWS:,}".replace(",", "."))
    if cells > MAX_CELLS:
        raise ImportRefused("refused.too_many_cells", what=what, limit=f"{MAX_CELLS:,}".replace(",", "."))


def _excel_tables(data: bytes, filename: str) -> Iterator[tuple[str, Iterator[list]]]:
    """Each sheet's name and its rows (one sheet in memory at a time), after the workbook's checks."""
    from python_calamine import CalamineWorkbook

    if PurePath(filename).suffix.lower() in (".xlsx", ".xlsm"):
        check_xlsx(data, filename)
    elif PurePath(filename).suffix.lower() == ".ods":
        _unzipped_size(data, filename)
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        for name in book.sheet_names:
            sheet = book.get_sheet_by_name(name)
            # Rows are read from A1 to the last cell: check that area's size before reading it.
            rows, columns = sheet.total_height + 1, sheet.total_width + 1
            _within_limits(rows, rows * columns, f"lembar {name!r}")
            yield name, _padded_rows(sheet)
    except ImportRefused:
        raise
    except Exception as error:  # calamine reports corrupt workbooks with several exception types
        raise ImportRefused("refused.excel_unreadable", file=filename, error=str(error)) from None


def _padded_rows(sheet) -> Iterator[list]:
    """A sheet's rows with their cells from column A (calamine starts at the first column that holds
    something, so a table starting in column B keeps its cell positions)."""
    left = [None] * (sheet.start[1] if sheet.start else 0)
    for row in sheet.iter_rows():
        yield left + row if left else row


def _unzipped_size(data: bytes, filename: str) -> zipfile.ZipFile:
    """The workbook's zip archive, refused when it would unpack to more than the limit (a zip bomb)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ImportRefused("refused.excel_damaged", file=filename, error="bukan arsip yang utuh") from None
    unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > MAX_UNCOMPRESSED_BYTES:
        size = f"{unpacked // 1024 // 1024:,}".replace(",", ".")
        raise ImportRefused(
            "refused.unzipped_too_big", size=size, limit=MAX_UNCOMPRESSED_BYTES // 1024 // 1024
        )
    return archive


# Patterns cheap enough for a 200 MB sheet: a row's number, and a cell reference in column AAA or beyond.
_ROW_NUMBER = re.compile(rb"row\b[^>]*?\br=\"(\d+)\"")
_WIDE_CELL = re.compile(rb" r=\"([A-Z]{3})[0-9]")


def check_xlsx(data: bytes, filename: str) -> None:
    """Refuse, before the workbook is read, a sheet whose rows or cells exceed the limits: the reader
    would otherwise fill the whole area up to its last cell (one cell at XFD1048576 is 17 billion)."""
    archive = _unzipped_size(data, filename)
    for info in archive.infolist():
        if not (info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")):
            continue
        last_row = last_column = 0
        tail = b""
        try:
            with archive.open(info) as stream:
                while chunk := stream.read(4 * 1024 * 1024):
                    text = tail + chunk
                    last_row = max([last_row, *(int(n) for n in _ROW_NUMBER.findall(text))])
                    last_column = max([last_column, *(_column_number(c) for c in _WIDE_CELL.findall(text))])
                    tail = text[-64:]
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as error:
            raise ImportRefused("refused.excel_damaged", file=filename, error=str(error)) from None
        _within_limits(last_row, last_row * max(last_column, 1), f"lembar {PurePath(info.filename).name}")


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - ord("A") + 1
    return number


def _find_table(name: str | None, rows: Iterable[list], index: dict[str, str]) -> Sheet | None:
    """The table under the first header row (within HEADER_SCAN_ROWS) that has a NIK column, its rows
    read as they stream past; None when there is no such header."""
    rows = iter(rows)
    for position, row in enumerate(itertools.islice(rows, HEADER_SCAN_ROWS)):
        found = {
            i: index[normalise_header(cell)] for i, cell in enumerate(row) if normalise_header(cell) in index
        }
        if set(KEY_COLUMNS) & set(found.values()) and len(found) >= 2:
            columns: dict[int, str] = {}
            for i, column in found.items():  # the first of two headers for one column wins
                if column not in columns.values():
                    columns[i] = column
            sheet = Sheet(name, position + 1, ["" if c is None else str(c).strip() for c in row], columns)
            for number, cells in enumerate(rows, start=position + 2):  # the rows after the header
                if _blank_row(cells):
                    sheet.blank_rows += 1
                else:
                    sheet.add(number, cells)
            sheet.data_rows = len(sheet.rows)
            return sheet
    return None


def _blank(cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip()) or cell != cell


def _blank_row(cells: list) -> bool:
    try:
        return not "".join(cells).strip()  # the CSV case: every cell is text
    except TypeError:
        return all(_blank(c) for c in cells)
