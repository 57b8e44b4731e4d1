"""Whole-column fast paths for the commonest cell texts, read with Arrow kernels instead of Python.

A fast path only claims a cell when its text has the one plain shape whose meaning parse.py gives
without doubt (16 digits; 1.234.567,50; 12/03/2009 …); every other cell, and every cell that is not
text, is left to parse.py. Tests hold the two to the same answers.
"""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pyarrow.compute as pc

from kopdash.ingest.parse import BLANKS, FIRST_DATE, LAST_DATE, MAX_TEXT

_EPOCH = dt.date(1970, 1, 1)
_PLAIN_NUMBER = r"^(Rp\.? ?)?-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$"
_PLAIN_WHOLE = r"^-?(\d{1,3}(\.\d{3})+|\d+)$"


def _texts(raws) -> pa.Array:
    return pa.array([raw if type(raw) is str else None for raw in raws], pa.string())


def _claim(claimed: pa.Array, values: pa.Array) -> tuple[list, list[int]]:
    """The claimed cells' values (None elsewhere) and the positions left for parse.py."""
    left = pc.indices_nonzero(pc.invert(claimed)).to_pylist()
    return pc.if_else(claimed, values, pa.scalar(None, values.type)).to_pylist(), left


def _number(raws: list, pattern: str) -> tuple[list, list[int]]:
    texts = _texts(raws)
    claimed = pc.fill_null(pc.match_substring_regex(texts, pattern), False)
    digits = pc.replace_substring_regex(texts, r"^Rp\.? ?", "")
    digits = pc.replace_substring(pc.replace_substring(digits, ".", ""), ",", ".")
    numbers = pc.cast(pc.if_else(claimed, digits, pa.scalar(None, pa.string())), pa.float64())
    return _claim(claimed, numbers)


def numbers(raws) -> tuple[list, list[int]]:
    return _number(raws, _PLAIN_NUMBER)


def integers(raws) -> tuple[list, list[int]]:
    values, left = _number(raws, _PLAIN_WHOLE)
    return [None if v is None else int(v) for v in values], left


def dates(raws) -> tuple[list, list[int]]:
    texts = _texts(raws)
    result: list = [None] * len(raws)
    claimed = [False] * len(raws)
    for pattern, fmt in ((r"^\d{2}/\d{2}/\d{4}$", "%d/%m/%Y"), (r"^\d{4}-\d{2}-\d{2}$", "%Y-%m-%d")):
        shaped = pc.fill_null(pc.match_substring_regex(texts, pattern), False)
        parsed = pc.strptime(
            pc.if_else(shaped, texts, pa.scalar(None, pa.string())), format=fmt, unit="s", error_is_null=True
        )
        # strptime rolls 31/02 over into March: keep only dates that print back as they were written.
        exact = pc.fill_null(pc.equal(pc.strftime(parsed, format=fmt), texts), False)
        parsed = pc.if_else(exact, parsed, pa.scalar(None, parsed.type))
        days = pc.cast(pc.cast(parsed, pa.date32()), pa.int32()).to_pylist()
        for position, day in enumerate(days):
            if day is not None:
                value = _EPOCH + dt.timedelta(days=day)
                if FIRST_DATE <= value <= LAST_DATE:  # the range parse.date accepts
                    result[position] = value
                    claimed[position] = True
    return result, [position for position, ok in enumerate(claimed) if not ok]


def niks(raws) -> tuple[list, list[int]]:
    texts = _texts(raws)
    return _claim(pc.fill_null(pc.match_substring_regex(texts, r"^([0-9]{13}|[0-9]{16})$"), False), texts)


# Text that starts and ends with a letter, digit, punctuation or symbol: nothing for strip() to remove.
_TRIMMED = r"^[\p{L}\p{N}\p{P}\p{S}](?s:.*[\p{L}\p{N}\p{P}\p{S}\p{M}])?$"
_CONTROL = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"  # parse.CONTROL_CHARACTERS


def texts(raws) -> tuple[list, list[int]]:
    values = _texts(raws)
    blank = pc.is_in(pc.utf8_lower(values), value_set=pa.array(sorted(BLANKS)))
    plain = pc.and_(pc.match_substring_regex(values, _TRIMMED), pc.invert(blank))
    plain = pc.and_(plain, pc.invert(pc.match_substring_regex(values, _CONTROL)))  # parse.text says why
    short = pc.less_equal(pc.utf8_length(values), MAX_TEXT)  # longer ones: parse.text says why
    return _claim(pc.fill_null(pc.and_(plain, short), False), values)


FAST_PATHS = {
    "nik": niks,
    "name": texts,
    "district": texts,
    "village": texts,
    "chair_name": texts,
    "phone": texts,
    "address": texts,
    "established_on": dates,
    "dissolved_on": dates,
    "members": integers,
    "assets_idr": numbers,
    "own_capital_idr": numbers,
    "business_volume_idr": numbers,
    "shu_idr": numbers,
}
