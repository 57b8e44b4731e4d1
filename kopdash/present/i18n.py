"""Every visible string, in Bahasa Indonesia (default) and English. Pages never hold literal text."""

from __future__ import annotations

import importlib

from kopdash.domain.messages import MESSAGES
from kopdash.domain.pages import PAGES

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

# Each entry has its text in every language; an English count may add `en_one`, its singular form. The
# entries live with their page family in present/words/<family>.py (WORDS); a key in two is an error.
# Every page family of the registry has its words; `common` and `command` are shared by several.
FAMILIES = ("common", "command", *(page.name for page in PAGES))
CATALOGUE: dict[str, dict[str, str]] = {}
for _name in FAMILIES:
    _words = importlib.import_module(f"kopdash.present.words.{_name}").WORDS
    if _twice := CATALOGUE.keys() & _words.keys():
        raise ValueError(f"catalogue keys in two families: {sorted(_twice)}")
    CATALOGUE |= _words
# Why a file is refused: raised below the catalogue (ingest), kept with the domain, said here too.
CATALOGUE |= MESSAGES


def headers_of(table: str, lang: str = DEFAULT_LANGUAGE) -> list[str]:
    """The headers of one table, in order: each header is a key of its own, `<table>.<column>`."""
    prefix = table + "."
    return [t(key, lang) for key in CATALOGUE if key.startswith(prefix)]


def t(key: str, lang: str = DEFAULT_LANGUAGE, **values) -> str:
    """The text for `key` in `lang`, with {placeholders} filled in."""
    entry = CATALOGUE[key]
    text = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    if str(values.get("n")) == "1" and f"{lang}_one" in entry:  # English counts: "1 region", "2 regions"
        text = entry[f"{lang}_one"]
    return text.format(**values) if values else text


def status_label(status: str, lang: str = DEFAULT_LANGUAGE) -> str:
    return t(f"status.{status}", lang)


def code_label(group: str, code, lang: str = DEFAULT_LANGUAGE) -> str:
    """A kind, segment or programme code in words: from the catalogue when known, else made readable."""
    if code is None or code != code:
        return t("region.blank", lang)
    key = f"{group}.{code}"
    return t(key, lang) if key in CATALOGUE else str(code).replace("_", " ").capitalize()


def programme_label(programme: str, lang: str = DEFAULT_LANGUAGE) -> str:
    key = f"programme.{programme}"
    return t(key, lang) if key in CATALOGUE else programme.replace("_", " ").title()
