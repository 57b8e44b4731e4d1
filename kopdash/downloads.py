"""Files people take away: CSV that Excel in an Indonesian locale opens as columns, and XLSX.

Text cells never become formulas in either (a cell starting with = stays text).
"""

from __future__ import annotations

import io
import re

import pandas as pd

_FORMULA_START = re.compile(r"^(=|@|[+\-](?![\d.,\s]*$))")  # -3 and +62 812… stay numbers/phones


def _inert(value):
    if isinstance(value, str) and _FORMULA_START.match(value):
        return "'" + value
    return value


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """';'-separated UTF-8 with a byte-order mark: Excel with Indonesian settings splits it into columns."""
    safe = frame.map(_inert)
    return safe.to_csv(index=False, sep=";").encode("utf-8-sig")


def xlsx_bytes(frame: pd.DataFrame, sheet_name: str = "Data") -> bytes:
    """One sheet with a bold, frozen header row and columns wide enough to read."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    sheet = book.add_worksheet(sheet_name[:31])
    bold = book.add_format({"bold": True, "bg_color": "#E8EEF4", "border": 1})
    for column, header in enumerate(frame.columns):
        sheet.write_string(0, column, str(header), bold)
        values = frame.iloc[:, column]
        width = max([len(str(header))] + [len(str(v)) for v in values.head(500)])
        sheet.set_column(column, column, min(max(width + 2, 8), 60))
        for row, value in enumerate(values, start=1):
            if value is None or (isinstance(value, float) and value != value):
                continue
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                sheet.write_number(row, column, value)
            else:
                sheet.write_string(row, column, str(value))
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, len(frame), max(len(frame.columns) - 1, 0))
    book.close()
    return buffer.getvalue()
