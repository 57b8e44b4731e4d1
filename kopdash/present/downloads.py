"""Files people take away: CSV that Excel in an Indonesian locale opens as columns, and XLSX.

Text cells never become formulas in either (a cell starting with = stays text).
"""

from __future__ import annotations

import io
import re

import pandas as pd

# What a spreadsheet may read as the start of a formula: = + - @ and their fullwidth forms (an IME,
# or Excel in an East Asian locale, turns ＝ into =), also after leading spaces or control characters.
_FORMULA_START = re.compile(r"^[\s\x00-\x1f]*([=@\uff1d\uff20]|[+\-\uff0b\uff0d](?![\d.,\s]*$))")
# -3 and +62 812 3456 stay numbers and phones: a sign followed only by digits is no formula.


def inert(value):
    """A cell a spreadsheet shows as the text it is: one that could start a formula gets a leading '."""
    if isinstance(value, str) and _FORMULA_START.match(value):
        return "'" + value
    return value


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """';'-separated UTF-8 with a byte-order mark: Excel with Indonesian settings splits it into columns.

    Headers are cells too. A cell holding a line break (CR or LF) is quoted, so a spreadsheet keeps it in
    one cell instead of starting a new row with whatever follows the break.
    """
    safe = frame.map(inert)
    safe.columns = [inert(str(column)) for column in frame.columns]
    return safe.to_csv(index=False, sep=";", lineterminator="\r\n").encode("utf-8-sig")


def xlsx_bytes(frame: pd.DataFrame, sheet_name: str = "Data") -> bytes:
    """One sheet with a bold, frozen header row and columns wide enough to read."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    sheet = book.add_worksheet(sheet_name[:31])
    header_style = {"bold": True, "bg_color": "#E8EEF4", "border": 1}
    bold, bold_text = book.add_format(header_style), book.add_format({**header_style, "quote_prefix": True})
    # A string cell is never evaluated, but editing one that starts like a formula would make it one:
    # Excel's quote prefix keeps it text then too, without showing an apostrophe.
    as_text = book.add_format({"quote_prefix": True})
    for column, header in enumerate(frame.columns):
        sheet.write_string(0, column, str(header), bold if inert(str(header)) == str(header) else bold_text)
        values = frame.iloc[:, column]
        width = max([len(str(header))] + [len(str(v)) for v in values.head(500)])
        sheet.set_column(column, column, min(max(width + 2, 8), 60))
        for row, value in enumerate(values, start=1):
            if value is None or (isinstance(value, float) and value != value):
                continue
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                sheet.write_number(row, column, value)
            else:
                text = str(value)
                sheet.write_string(row, column, text, as_text if inert(text) != text else None)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, len(frame), max(len(frame.columns) - 1, 0))
    book.close()
    return buffer.getvalue()
