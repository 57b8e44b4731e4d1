"""Files people take away: CSV that Excel in an Indonesian locale opens as columns, and XLSX.

Text cells never become formulas in either (a cell starting with = stays text).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from functools import cache

import pandas as pd
from babel.dates import get_month_names

from kopdash.present import fmt

# What a spreadsheet may read as the start of a formula: = + - @ and their fullwidth forms (an IME,
# or Excel in an East Asian locale, turns ＝ into =), also after leading spaces or control characters.
_FORMULA_START = re.compile(r"^[\s\x00-\x1f]*([=@\uff1d\uff20]|[+\-\uff0b\uff0d](?![\d.,\s]*$))")
# -3 and +62 812 3456 stay numbers and phones: a sign followed only by digits is no formula.


def inert(value):
    """A cell a spreadsheet shows as the text it is: one that could start a formula gets a leading '."""
    if isinstance(value, str) and _FORMULA_START.match(value):
        return "'" + value
    return value


def csv_bytes(frame: pd.DataFrame, lang: str = "id") -> bytes:
    """UTF-8 with a byte-order mark, separated as Excel in the reader's language splits it into columns:
    ';' in Indonesian (whose Excel writes 1.234,5), ',' in English (1,234.5, such cells quoted).

    Headers are cells too. A cell holding a line break (CR or LF) is quoted, so a spreadsheet keeps it in
    one cell instead of starting a new row with whatever follows the break.
    """
    safe = frame.map(inert)
    safe.columns = [inert(str(column)) for column in frame.columns]
    separator = "," if lang == "en" else ";"
    return safe.to_csv(index=False, sep=separator, lineterminator="\r\n").encode("utf-8-sig")


# Columns that hold identifiers, never quantities, however numeric they look (36.04 is a region, not 36,04).
_IDENTIFIER_HEADER = re.compile(r"kode|code|nik|nomor|number|telepon|phone|whatsapp|\bno\b", re.IGNORECASE)
# Excel formats that read as Indonesian in any Excel: separators follow the reader's Excel, and the
# [$-421] locale tag gives Indonesian month names.
_YEAR_HEADER = re.compile(r"tahun|year", re.IGNORECASE)  # 2019, not 2.019
EXCEL_FORMATS = {
    "integer": "#,##0",
    "date": "[$-421]d mmmm yyyy",
}


@cache
def _number_pattern(lang: str) -> re.Pattern:
    group, decimal = (",", ".") if lang == "en" else (".", ",")
    return re.compile(
        rf"^([+\-{fmt.MINUS}]?)(\d{{1,3}}(?:{re.escape(group)}\d{{3}})+|\d{{1,9}})"
        rf"(?:{re.escape(decimal)}(\d+))?(%?)$"
    )


@cache
def _months(lang: str) -> dict[str, int]:
    locale = "en_GB" if lang == "en" else "id_ID"
    names = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_month_names(width, locale=locale).items():
            names[name.lower().rstrip(".")] = number
    return names


def _typed(text: str, lang: str):
    """(kind, value, decimals) of a display string written by fmt, or None when it is text."""
    found = _number_pattern(lang).match(text)
    if found:
        sign, whole, fraction, percent = found.groups()
        if len(whole) > 1 and whole.startswith("0") and not fraction:
            return None  # 0812…: a code or a phone, not a number
        value = float(whole.replace(".", "").replace(",", "") + ("." + fraction if fraction else ""))
        value = -value if sign in ("-", fmt.MINUS) else value
        decimals = len(fraction or "")
        if percent:
            return "percent", value / 100, decimals
        return ("integer" if not decimals else "decimal"), value, decimals
    parts = text.split(" ")
    if len(parts) == 3 and parts[0].isdigit() and parts[2].isdigit() and len(parts[2]) == 4:
        month = _months(lang).get(parts[1].lower().rstrip("."))
        if month:
            try:
                return "date", dt.date(int(parts[2]), month, int(parts[0])), 0
            except ValueError:
                return None
    return None


def typed_column(header: str, values: pd.Series, lang: str) -> tuple[str, list] | None:
    """A display column whose every filled cell is a number, a percentage or a date, as (format, values);
    None for a text column (one cell of text keeps the whole column text, as the screen shows it)."""
    if _IDENTIFIER_HEADER.search(str(header)):
        return None
    kinds, decimals = set(), 0
    typed: list[object] = []
    for value in values:
        if value is None or value is pd.NA or (isinstance(value, float) and value != value):
            typed.append(None)
            continue
        if isinstance(value, str) and value in (fmt.MISSING, ""):
            typed.append(None)
            continue
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            kinds.add("decimal" if isinstance(value, float) and not float(value).is_integer() else "integer")
            typed.append(value)
            continue
        reading = _typed(str(value), lang)
        if reading is None:
            return None
        kind, number, places = reading
        kinds.add(kind)
        decimals = max(decimals, places)
        typed.append(number)
    if not kinds or (len(kinds) > 1 and not kinds <= {"integer", "decimal"}):
        return None  # empty, or numbers mixed with dates or percentages
    kind = "decimal" if len(kinds) > 1 else kinds.pop()
    if kind == "decimal":
        return "#,##0." + "0" * max(decimals, 1), typed
    if kind == "percent":
        return "0." + "0" * decimals + "%" if decimals else "0%", typed
    if kind == "integer" and _YEAR_HEADER.search(str(header)):
        return "0", typed
    return EXCEL_FORMATS[kind], typed


def xlsx_bytes(frame: pd.DataFrame, sheet_name: str = "Data", lang: str | None = None) -> bytes:
    """One sheet with a bold, frozen header row and columns wide enough to read.

    With `lang`, the frame is a display table: cells fmt wrote as numbers, percentages and dates (1.236,
    79,0%, 5 November 2025) are written as real numbers and dates with Indonesian display formats, so Excel
    can add and filter them in any locale. Without it (an office's own cells) every cell stays as it came.
    """
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
    formats: dict[str, object] = {}
    for column, header in enumerate(frame.columns):
        sheet.write_string(0, column, str(header), bold if inert(str(header)) == str(header) else bold_text)
        values = frame.iloc[:, column]
        width = max([len(str(header))] + [len(str(v)) for v in values.head(500)])
        sheet.set_column(column, column, min(max(width + 2, 8), 60))
        typed = typed_column(str(header), values, lang) if lang else None
        if typed is not None:
            pattern, numbers = typed
            style = formats.setdefault(pattern, book.add_format({"num_format": pattern}))
            for row, number in enumerate(numbers, start=1):
                if isinstance(number, dt.date):
                    sheet.write_datetime(row, column, dt.datetime.combine(number, dt.time()), style)
                elif number is not None:
                    sheet.write_number(row, column, number, style)
            continue
        for row, value in enumerate(values, start=1):
            if value is None or value is pd.NA or (isinstance(value, float) and value != value):
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
