"""View state that lives in the address bar, so a copied link reopens exactly the same view.

Each bound widget has one key, used both in the URL and in Streamlit's session state. Before the
widget is drawn, `seed` takes the URL's value when the URL brings a new one (a pasted link, a
drill-down); after it is drawn, `publish` writes the widget's value back. A URL value that cannot be
used is reported in words and replaced by the default, never silently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

from kopdash.present.i18n import t
from kopdash.present.tables import as_markdown_text

_WRITTEN = "_url_written"  # what this session last wrote for each key
_CARRIED = "_carried_choice"  # the last region and kecamatan chosen, for the next page that asks
FEW = 8  # the most options a choice of several shows as buttons (see multiselect)


def seed(
    key: str, parse: Callable[[str], Any], default: Any, bad: Callable[[str], str], problems: list[str]
) -> None:
    """Set session_state[key] from the URL when it brings a new value; else keep the person's choice.

    `parse` returns the value, or None when the text cannot be used (then `bad(text)` is reported).
    """
    written = st.session_state.setdefault(_WRITTEN, {})
    raw = st.query_params.get(key)
    if key in st.session_state and (raw is None or raw == written.get(key)):
        return  # nothing new in the URL (a page switch drops page parameters: keep the choice)
    value = default
    if raw not in (None, ""):
        parsed = parse(raw)
        if parsed is None:  # named in words; a pasted value can be thousands of characters long
            problems.append(bad(raw if len(raw) <= 80 else raw[:80] + "…"))
        else:
            value = parsed
    st.session_state[key] = value


def publish(key: str, text: str | None) -> None:
    """Put a widget's value in the URL (None removes it) and remember that this session wrote it."""
    if text is None:
        if key in st.query_params:
            del st.query_params[key]
    elif st.query_params.get(key) != text:
        st.query_params[key] = text
    st.session_state.setdefault(_WRITTEN, {})[key] = text


def forget(*keys: str) -> None:
    """Remove page parameters that no longer apply (a kecamatan after the region changed)."""
    for key in keys:
        st.session_state.pop(key, None)
        publish(key, None)


def parse_whole(text: str, lowest: int, highest: int) -> int | None:
    """A whole number in [lowest, highest] written in ASCII digits, else None (never an exception:
    int() refuses strings of over 4,300 digits and reads superscript or Arabic-Indic digits)."""
    if not (text.isascii() and text.isdigit()) or len(text) > len(str(highest)):
        return None
    number = int(text)
    return number if lowest <= number <= highest else None


def parse_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


def selectbox(
    key: str,
    label: str,
    options: Sequence,
    lang: str,
    problems: list[str],
    format_func: Callable = str,
    default: Any = None,
    bad_key: str = "error.bad_choice",
    container=st,
    carried: bool = False,
) -> Any:
    """A selectbox whose choice lives in the URL under `key`; unknown URL values are reported.

    A `carried` choice (the region, the kecamatan) follows the person from page to page: a page that asks
    for it opens on the one last chosen anywhere, unless its URL names another. The value is set on
    every run: another page's selectbox is another widget, which would otherwise start on its default."""
    default = options[0] if default is None and options else default
    remembered = st.session_state.setdefault(_CARRIED, {})
    if carried and remembered.get(key) in options and key not in st.query_params:
        default = remembered[key]
    seed(
        key,
        lambda text: text if text in options else None,
        default,
        lambda text: t(bad_key, lang, value=text),
        problems,
    )
    if st.session_state.get(key) not in options:
        st.session_state[key] = default
    elif carried:
        st.session_state[key] = st.session_state[key]
    value = container.selectbox(
        label, options, format_func=format_func, key=key, placeholder=t("widget.choose", lang)
    )
    publish(key, None if value in (None, "") else str(value))
    if carried:
        remembered[key] = value
    return value


def segmented_control(
    key: str,
    label: str,
    options: Sequence[str],
    lang: str,
    problems: list[str],
    format_func: Callable,
    default: str,
) -> str:
    """A row of buttons (one always chosen) kept in the URL under `key`; unknown URL values are reported.

    The key may be shared by several pages (`bagian`): its value is set on every run, because another
    page's buttons are another widget, which would otherwise start empty."""
    seed(
        key,
        lambda text: text if text in options else None,
        default,
        lambda text: t("error.bad_choice", lang, value=text),
        problems,
    )
    current = st.session_state.get(key)
    st.session_state[key] = current if current in options else default
    chosen = st.segmented_control(
        label,
        options,
        format_func=format_func,
        key=key,
        required=True,
        label_visibility="collapsed",
        width="stretch",
    )
    chosen = chosen if chosen is not None else default  # required=True: never None, said for mypy
    publish(key, chosen)
    return chosen


def multiselect(
    key: str,
    label: str,
    options: Sequence[str],
    lang: str,
    problems: list[str],
    format_func: Callable = str,
    bad_key: str = "error.bad_choice",
    container=st,
    placeholder: str | None = None,
    drawn: bool = True,
    as_buttons: bool = False,
) -> list[str]:
    """A choice of several kept in the URL as a comma-separated list; an empty choice means everything.
    With `as_buttons` and at most FEW options, buttons to switch on and off, one per line where names
    are long (the sidebar): each one click, all in view, and the same browser code as the part
    buttons. In a page's narrow column they would not fit. Not `drawn`, the choice is still read and kept
    in the URL, for the pages that draw the field."""

    def parse(text: str) -> list[str]:
        chosen = [part for part in text.split(",") if part]
        problems.extend(t(bad_key, lang, value=part) for part in chosen if part not in options)
        return [part for part in chosen if part in options]

    seed(key, parse, [], lambda text: t(bad_key, lang, value=text), problems)
    st.session_state[key] = [value for value in st.session_state[key] if value in options]
    chosen = st.session_state[key]
    everything = placeholder or t("widget.all", lang)
    if drawn and as_buttons and len(options) <= FEW:
        chosen = container.pills(  # a button's label is Markdown: names are escaped to stay text
            label,
            options,
            selection_mode="multi",
            key=key,
            format_func=lambda o: as_markdown_text(format_func(o)),
        )
        if not chosen:
            container.caption(everything)  # what no button chosen means
    elif drawn:
        chosen = container.multiselect(
            label, options, key=key, format_func=format_func, placeholder=everything
        )
    publish(key, ",".join(chosen) if chosen else None)
    return chosen


def text_input(key: str, label: str, lang: str, container=st, placeholder: str = "") -> str:
    """Free text (a search) kept in the URL; any text is allowed, it only ever travels as a parameter."""
    seed(key, lambda text: text[:100], "", lambda text: "", [])
    value = container.text_input(label, key=key, placeholder=placeholder, max_chars=100)
    publish(key, value or None)
    return value
