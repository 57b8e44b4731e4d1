"""Every write the app makes to the store (an import, a contact, rules, an undo) goes through `attempt`:
what stops it is put in words on the page, and nothing is written."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Literal, TypeVar

import streamlit as st

from kopdash.domain.messages import ImportRefused
from kopdash.present.i18n import t
from kopdash.present.tables import as_markdown_text
from kopdash.store.import_log import CannotUndo

T = TypeVar("T")


class _Outcome(enum.Enum):
    NOT_WRITTEN = "not written"


NOT_WRITTEN = _Outcome.NOT_WRITTEN  # what `attempt` returns once it has said why on the page


def attempt(lang: str, write: Callable[[], T]) -> T | Literal[_Outcome.NOT_WRITTEN]:
    """Run `write` and return what it returns; a full disk, a bucket another office keeps locked
    (StoreBusy), a store changed since the preview (ImportRefused) or a refused undo is said in words
    instead, and NOT_WRITTEN returned."""
    try:
        return write()
    except OSError as error:
        st.error(t("store.write_failed", lang, reason=as_markdown_text(error.strerror or str(error))))
    except ImportRefused as refusal:
        st.error(as_markdown_text(refusal.words(lang)))
    except CannotUndo as refusal:
        st.error(as_markdown_text(t(refusal.code, lang, **refusal.params)))
    return NOT_WRITTEN
