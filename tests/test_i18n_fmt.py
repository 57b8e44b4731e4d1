"""The catalogue is complete in both languages; numbers and dates read as Indonesians write them."""

import datetime as dt
import re
import string

import pandas as pd
import pytest

from kopdash.domain.schema import PUBLISHED_METRICS, STATUSES
from kopdash.present import fmt
from kopdash.present.i18n import CATALOGUE, LANGUAGES, programme_label, t

from conftest import ROOT


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_key_has_every_language_with_the_same_placeholders(key):
    entry = CATALOGUE[key]
    assert set(entry) == set(LANGUAGES), key
    assert all(entry[lang].strip() for lang in LANGUAGES), key
    assert _placeholders(entry["id"]) == _placeholders(entry["en"]), key


def test_every_key_the_code_asks_for_exists():
    used = set()
    for path in [ROOT / "app.py", *(ROOT / "pages").glob("*.py"), *(ROOT / "kopdash").glob("*.py")]:
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+(?:\.[a-z_]+)+)["']""", path.read_text()))
    used |= {f"status.{s}" for s in STATUSES} | {f"published.{m}" for m in PUBLISHED_METRICS}
    assert used - set(CATALOGUE) == set()
    assert len(used) > 30


def test_programme_labels_fall_back_to_a_readable_code():
    assert programme_label("koperasi_merah_putih", "en") == "Koperasi Merah Putih"
    assert programme_label("desa_mandiri_baru", "id") == "Desa Mandiri Baru"


def test_t_fills_placeholders():
    assert t("overview.as_of", "id", date="18 Juli 2021") == "Per 18 Juli 2021"
    assert t("overview.as_of", "en", date="18 July 2021") == "As of 18 July 2021"


@pytest.mark.parametrize(
    "call, expected",
    [
        (lambda: fmt.number(1234567), "1.234.567"),
        (lambda: fmt.number(1234567, "en"), "1,234,567"),
        (lambda: fmt.number(1234.5, digits=1), "1.234,5"),
        (lambda: fmt.percent(61.234), "61,2%"),
        (lambda: fmt.percent(61.25, "en"), "61.3%"),
        (lambda: fmt.signed(12), "+12"),
        (lambda: fmt.signed(-1234), "−1.234"),
        (lambda: fmt.signed(0.04, digits=1, suffix=" poin"), "±0,0 poin"),
        (lambda: fmt.date_long(dt.date(2021, 7, 18)), "18 Juli 2021"),
        (lambda: fmt.date_long(dt.date(2021, 7, 18), "en"), "18 July 2021"),
        (lambda: fmt.date_short(pd.Timestamp("2025-12-31")), "31 Des 2025"),
        (lambda: fmt.number(None), "–"),
        (lambda: fmt.number(pd.NA), "–"),
        (lambda: fmt.percent(float("nan")), "–"),
    ],
)
def test_formats(call, expected):
    assert call() == expected
