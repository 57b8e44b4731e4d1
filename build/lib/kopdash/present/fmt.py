"""How people read numbers and dates: Indonesian formats (1.234.567, 61,2%, 18 Juli 2021) by default."""

from __future__ import annotations

import datetime as dt
import math
from decimal import ROUND_HALF_UP, Decimal

import pandas as pd
from babel.dates import format_date
from babel.numbers import format_decimal

LOCALES = {"id": "id_ID", "en": "en_GB"}
MISSING = "–"
MINUS = "−"  # a real minus sign: a hyphen reads as a dash on a projector


def _locale(lang: str) -> str:
    return LOCALES.get(lang, LOCALES["id"])


def is_missing(value) -> bool:
    """None, pandas' NA or a float NaN."""
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def number(value, lang: str = "id", digits: int = 0) -> str:
    """1.234.567 (id) or 1,234,567 (en); `digits` decimals, always shown."""
    if is_missing(value):
        return MISSING
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    # Half up, as officials round by hand (61,25 -> 61,3), not babel's half-to-even.
    rounded = Decimal(str(value)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    return format_decimal(rounded, format=pattern, locale=_locale(lang)).replace("-", MINUS)


def percent(value, lang: str = "id", digits: int = 1) -> str:
    """A 0–100 share as 61,2% (id) or 61.2% (en)."""
    if is_missing(value):
        return MISSING
    return number(value, lang, digits) + "%"


def signed(value, lang: str = "id", digits: int = 0, suffix: str = "") -> str:
    """A change with its sign: +12, −3, ±0."""
    if is_missing(value):
        return MISSING
    if round(value, digits) == 0:
        return "±" + number(0, lang, digits) + suffix
    sign = "+" if value > 0 else MINUS
    return sign + number(abs(value), lang, digits) + suffix


MONEY_UNITS = {
    "id": ((1e12, "T"), (1e9, "M"), (1e6, "jt"), (1e3, "rb")),
    "en": ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")),
}


def money(value, lang: str = "id") -> str:
    """Rupiah as officials say it: Rp 1,2 M (miliar), Rp 350 jt (juta), Rp 12,5 rb; exact below a thousand."""
    if is_missing(value):
        return MISSING
    sign = MINUS if value < 0 else ""
    amount = abs(value)
    for size, unit in MONEY_UNITS.get(lang, MONEY_UNITS["id"]):
        if amount >= size:
            scaled = amount / size
            return f"{sign}Rp {number(scaled, lang, 0 if scaled >= 100 else 1)} {unit}"
    return f"{sign}Rp {number(amount, lang)}"


def date_long(value: dt.date | None, lang: str = "id") -> str:
    """18 Juli 2021 (id) or 18 July 2021 (en)."""
    if value is None:
        return MISSING
    return format_date(_as_date(value), format="d MMMM y", locale=_locale(lang))


def date_short(value: dt.date | None, lang: str = "id") -> str:
    """18 Jul 2021: for axes and narrow table cells."""
    if value is None:
        return MISSING
    return format_date(_as_date(value), format="d MMM y", locale=_locale(lang))


def month(value: dt.date | None, lang: str = "id") -> str:
    """Juli 2021 (id) or July 2021 (en): for figures counted per month."""
    if value is None:
        return MISSING
    return format_date(_as_date(value), format="LLLL y", locale=_locale(lang))


def _as_date(value) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value
