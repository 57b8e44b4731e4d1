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


def _catalogue_problem(entry: dict) -> str | None:
    """What is wrong with one catalogue entry, in words; None when nothing is."""
    if set(entry) - {"en_one"} != set(LANGUAGES):  # en_one: an English count's singular
        return f"languages {sorted(entry)}"
    if not all(entry[lang].strip() for lang in LANGUAGES):
        return "an empty text"
    if _placeholders(entry["id"]) != _placeholders(entry["en"]):
        return f"placeholders {_placeholders(entry['id'])} vs {_placeholders(entry['en'])}"
    if "en_one" in entry and _placeholders(entry["en_one"]) != _placeholders(entry["en"]) - {"n"}:
        return "en_one's placeholders"
    return None


def test_every_key_has_every_language_with_the_same_placeholders():
    # One test over the whole catalogue, naming every key that is wrong (not one test item per key).
    wrong = {key: problem for key, entry in CATALOGUE.items() if (problem := _catalogue_problem(entry))}
    assert len(CATALOGUE) > 500 and not wrong, wrong


def test_the_catalogue_check_finds_what_it_should():
    assert _catalogue_problem({"id": "a {x}", "en": "b"}) == "placeholders {'x'} vs set()"
    assert _catalogue_problem({"id": "a"}) is not None
    assert _catalogue_problem({"id": " ", "en": "b"}) == "an empty text"
    assert _catalogue_problem({"id": "{n} x", "en": "{n} x", "en_one": "1 x"}) is None


def test_english_counts_read_right_in_the_singular():
    assert (
        t("overview.all_shown", "en", n=1) == "1 region" and t("overview.all_shown", "en", n=2) == "2 regions"
    )
    assert t("region.list_count", "en", n="1").startswith("1 cooperative.")
    assert t("overview.all_shown", "id", n=1) == "1 wilayah"


CODE = [ROOT / "app.py", *(ROOT / "pages").glob("*.py"), *(ROOT / "kopdash").rglob("*.py")]


def test_every_key_the_code_asks_for_exists():
    used = set()
    for path in CODE:
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+(?:\.[a-z_]+)+)["']""", path.read_text()))
    used |= {f"status.{s}" for s in STATUSES} | {f"published.{m}" for m in PUBLISHED_METRICS}
    assert used - set(CATALOGUE) == set()
    assert len(used) > 250


def test_every_key_of_the_catalogue_is_used():
    """A key no code names (as a string, or under a prefix the code completes: t(f"status.{s}"),
    headers_of("table"), code_label("kind", …)) is dead text to translate and keep."""
    named, prefixes = set(), set()
    for path in CODE:
        if path.name == "i18n.py" or path.parent.name == "words":  # the catalogue itself
            continue
        text = path.read_text()
        named |= set(re.findall(r"""["']([a-z_]+(?:\.[a-z0-9_]+)+)["']""", text))
        prefixes |= set(re.findall(r"""f["']([a-z_]+\.[a-z_.]*)\{""", text))
        prefixes |= {f"{table}." for table in re.findall(r"""headers_of\(\s*["']([a-z_.]+)["']""", text)}
        prefixes |= {f"{group}." for group in re.findall(r"""code_label\(\s*["']([a-z_]+)["']""", text)}
    prefixes |= {"status.", "published.", "programme.", "language."}
    unused = [key for key in CATALOGUE if key not in named and not key.startswith(tuple(prefixes))]
    assert unused == []


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
