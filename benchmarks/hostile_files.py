"""A corpus of hostile and careless files, made by code: what an attacker or a hurried office could send.

Each entry is (file name, bytes, expected): `expected` is ("refused", words the refusal contains) or
("imported", accepted rows, quarantined rows). `corpus(full=False)` keeps the big ones small enough for
the test suite; `full=True` makes them as big as the upload limit allows (the memory benchmark).
"""

from __future__ import annotations

import codecs
import io
import zipfile

HEADER = ["NIK", "Nama Koperasi", "Kecamatan", "Tanggal Badan Hukum", "RAT Terakhir"]
GOOD = ["3603000000000001", "Koperasi Baik", "Cikupa", "01/01/2010", "2023"]
ROWS_WORDS = "lebih dari 300.000 baris"

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
    'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
    '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
    '2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
    '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)


def _cell(reference: str, text: str) -> str:
    return f'<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>'


def workbook(sheet_rows) -> bytes:
    """A minimal .xlsx whose one sheet holds `sheet_rows`: XML <row> strings, written as they come
    (no <dimension> element: a hostile file need not say how big it is)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(
                b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                b'spreadsheetml/2006/main"><sheetData>'
            )
            for row in sheet_rows:
                sheet.write(row.encode())
            sheet.write(b"</sheetData></worksheet>")
    return buffer.getvalue()


def _header_row() -> str:
    letters = "ABCDE"
    return '<row r="1">' + "".join(_cell(f"{c}1", h) for c, h in zip(letters, HEADER, strict=True)) + "</row>"


def sparse_cell() -> bytes:
    """The only cell at XFD1048576: a reader that fills the sheet from A1 needs about 512 GiB."""
    return workbook([f'<row r="1048576">{_cell("XFD1048576", "x")}</row>'])


def sparse_two_cells() -> bytes:
    """A header in A1 and one cell at XFD1048576, no size declared."""
    return workbook([_header_row(), f'<row r="1048576">{_cell("XFD1048576", "x")}</row>'])


def wide_cells(rows: int = 700) -> bytes:
    """Every row reaches column XFD: 700 rows x 16,384 columns, 11.5 million cells from 1,400 written."""
    return workbook(
        [_header_row()]
        + [f'<row r="{r}">{_cell(f"A{r}", "1")}{_cell(f"XFD{r}", "x")}</row>' for r in range(2, rows)]
    )


def zip_bomb(rows: int) -> bytes:
    """Millions of one-cell rows that compress to a few megabytes."""
    return workbook(
        (f'<row r="{r}"><c r="A{r}"><v>1</v></c></row>' if r > 1 else _header_row())
        for r in range(1, rows + 1)
    )


def good_rows(count: int) -> list[list[str]]:
    return [[f"3603{i:012d}", f"Koperasi {i}", "Cikupa", "01/01/2010", "2023"] for i in range(1, count + 1)]


def csv_text(rows: list[list[str]], separator: str = ";") -> str:
    return "\r\n".join(separator.join(row) for row in rows) + "\r\n"


def many_rows(rows: int) -> bytes:
    """More rows than one import takes, each short."""
    lines = [";".join(HEADER)] + [f"3603{i:012d};K{i};Cikupa;01/01/2010;2023" for i in range(rows)]
    return ("\n".join(lines) + "\n").encode()


def formula_cells() -> bytes:
    """Real formula cells and text that looks like formulas, in an Excel workbook."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False})
    sheet = book.add_worksheet("Data")
    for column, header in enumerate(HEADER):
        sheet.write_string(0, column, header)
    sheet.write_row(
        1, 0, ["3603000000000001", '=HYPERLINK("http://x.example")', "Cikupa", "01/01/2010", "2023"]
    )
    sheet.write_string(2, 0, "3603000000000002")
    sheet.write_formula(2, 1, '="Koperasi "&"Rumus"', None, "Koperasi Rumus")
    sheet.write_row(2, 2, ["@SUM(A1)", "01/01/2011", "2023"])
    book.close()
    return buffer.getvalue()


def corpus(full: bool = False) -> list[tuple[str, bytes, tuple]]:
    """The hostile files with what must come of each."""
    many = 1_000_000 if full else 300_100
    bomb = 5_000_000 if full else 300_100
    huge = "K" * (2_000_000 if full else 200_000)
    return [
        ("sel_jauh.xlsx", sparse_cell(), ("refused", ROWS_WORDS)),
        ("dua_sel_jauh.xlsx", sparse_two_cells(), ("refused", ROWS_WORDS)),
        ("kolom_xfd.xlsx", wide_cells(), ("refused", "sel (baris x kolom)")),
        ("bom_zip.xlsx", zip_bomb(bomb), ("refused", ROWS_WORDS)),
        ("baris_sangat_banyak.csv", many_rows(many), ("refused", ROWS_WORDS)),
        ("bukan_excel.xlsx", b"PK\x03\x04" + bytes(range(256)) * 40, ("refused", "tidak dapat dibaca")),
        ("biner.csv", b"NIK;Nama\x00\x00\x01\x02" + bytes(range(256)) * 20, ("refused", "data biner")),
        (  # a portal's "Excel" export that is a web page
            "halaman_portal.xls",
            b"<html><body><table><tr><th>NIK</th><th>Nama Koperasi</th></tr></table></body></html>",
            ("refused", "simpan tabel sebagai CSV atau Excel"),
        ),
        (
            "nul_di_tengah.csv",  # past the first 4 KB, where a quick look for binary data does not see it
            csv_text(
                [
                    HEADER,
                    *good_rows(200),
                    ["3603000000009999", "Kop\x00erasi", "Cikupa", "01/01/2010", "2023"],
                ]
            ).encode(),
            ("imported", 200, 1),
        ),
        (
            "utf16.csv",
            codecs.BOM_UTF16_LE + csv_text([HEADER, GOOD], "\t").encode("utf-16-le"),
            ("imported", 1, 0),
        ),
        (
            "sel_raksasa.csv",
            csv_text([HEADER, GOOD, ["3603000000000002", huge, "Cikupa", "01/01/2010", "2023"]]).encode(),
            ("imported", 1, 1),
        ),
        (
            "baris_baru_dalam_sel.csv",
            (
                csv_text([HEADER, GOOD])
                + '3603000000000002;"Koperasi\r\n=1+1";"Cikupa\r=2+2";01/01/2010;2023\r\n'
            ).encode(),
            ("imported", 2, 0),
        ),
        (
            "judul_ganda.csv",
            csv_text(
                [
                    HEADER + ["Nama Koperasi"],
                    GOOD + ["Nama Lain"],
                    ["123", "A", "B", "x", "2023", "C", "lebih"],
                ]
            ).encode(),
            ("imported", 1, 1),
        ),
        ("rumus.xlsx", formula_cells(), ("imported", 2, 0)),
        ("kosong.csv", b"", ("refused", "kosong")),
        ("hanya_judul.csv", csv_text([HEADER]).encode(), ("refused", "tidak ada satu pun baris data")),
    ]
