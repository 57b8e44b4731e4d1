"""The view state every page reads: language, as-of date and regions, from the URL, drawn in the sidebar."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from kopdash.domain.access import Access
from kopdash.present import fmt
from kopdash.present.i18n import DEFAULT_LANGUAGE, LANGUAGES, t
from kopdash.ui import urlstate


# -- view state ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ViewState:
    lang: str
    as_of: dt.date
    regions: tuple[str, ...] | None  # None = every region
    problems: tuple[str, ...] = ()  # URL values that could not be used, in words
    access: Access = Access("publik")  # who is looking (fail closed: aggregates only)
    newest: dt.date | None = None  # the store's newest snapshot date: an as-of date before it looks back


def frame_language(problems: list[str]) -> str:
    """The language from the URL or the person's choice, before anything is drawn (the navigation's titles
    need it); a language the URL names that we do not have goes to `problems`."""
    urlstate.seed(
        "lang",
        lambda text: text if text in LANGUAGES else None,
        DEFAULT_LANGUAGE,
        lambda text: t("error.bad_language", DEFAULT_LANGUAGE, value=text),
        problems,
    )
    return st.session_state["lang"]


def sidebar_state(
    calendar: pd.DataFrame,
    snapshot_dates: pd.DataFrame,
    access: Access,
    problems: list[str],
    regions_field: bool,
) -> ViewState:
    """Language, as-of date and regions: from the URL, drawn in the sidebar, written back to the URL.
    `problems` holds frame_language's; without `regions_field` the regions are read and kept, not drawn."""
    lang = st.session_state["lang"]
    stored = list(pd.to_datetime(snapshot_dates["snapshot_date"]).dt.date)  # newest first
    latest = stored[0] if stored else dt.date.today()
    lower, upper = min(stored[-1] if stored else latest, dt.date(2000, 1, 1)), max(latest, dt.date.today())

    def in_range(text: str) -> dt.date | None:
        parsed = urlstate.parse_date(text)
        return parsed if parsed and lower <= parsed <= upper else None

    urlstate.seed("date", in_range, latest, lambda text: t("error.bad_date", lang, value=text), problems)
    codes = list(calendar["region_code"])
    names = dict(zip(calendar["region_code"], calendar["region_name"], strict=True))

    lang = st.sidebar.selectbox(
        t("sidebar.language", lang),
        LANGUAGES,
        placeholder=t("widget.choose", lang),
        format_func=lambda code: t(f"language.{code}", code),
        key="lang",
    )
    urlstate.publish("lang", None if lang == DEFAULT_LANGUAGE else lang)
    # The dates with data, not a calendar: any other date shows the figures of the snapshot date before
    # it, and a list needs none of the calendar field's code in the browser. A date from a link (an
    # article's date) is offered too, in its place, so the link's view stays as it was.
    as_of_dates = sorted({*stored, st.session_state["date"]}, reverse=True)
    who = {
        day: name if count == 1 else t("sidebar.as_of_regions", lang, n=count)
        for day, count, name in zip(
            stored, snapshot_dates["region_count"], snapshot_dates["region_name"], strict=True
        )
    }
    as_of = st.sidebar.selectbox(
        t("sidebar.as_of", lang),
        as_of_dates,
        key="date",
        format_func=lambda day: " · ".join(filter(None, [fmt.date_long(day, lang), who.get(day)])),
        help=t("sidebar.as_of_help", lang),
        placeholder=t("widget.choose", lang),
    )
    urlstate.publish("date", as_of.isoformat())
    chosen = urlstate.multiselect(
        "regions",
        t("sidebar.regions", lang),
        codes,
        lang,
        problems,
        format_func=lambda c: names.get(c, c),
        bad_key="error.bad_region",
        container=st.sidebar,
        placeholder=t("sidebar.regions_placeholder" if codes else "sidebar.no_regions", lang),
        drawn=regions_field,
        as_buttons=True,
    )
    return ViewState(
        lang,
        as_of,
        tuple(chosen) if chosen and set(chosen) != set(codes) else None,
        tuple(problems),
        access,
        stored[0] if stored else None,
    )


def use_navigation_only() -> None:
    """Switch off Streamlit's legacy multipage mode, in which a `pages/` folder beside the main script is
    listed and routed by itself (by file name: /overview, while kopdash's addresses are /, /wilayah …).
    kopdash routes with st.navigation from the page registry, but Streamlit decides on the legacy mode at
    the first session, before any script ran st.navigation: a fresh server's first deep link then says
    "Page not found" or runs a page without the frame. This sets Streamlit's own class flag
    (PagesManager.uses_pages_directory, an internal); tests/test_browser.py fails the day a Streamlit
    release changes it."""
    from streamlit.runtime.pages_manager import PagesManager

    PagesManager.uses_pages_directory = False


def view_state() -> ViewState:
    """The view state the frame (app.py) read for this run."""
    if "view_state" not in st.session_state:
        # A page run without the frame (`streamlit run app.py` on a fresh server, where serve.py did not
        # switch the legacy mode off first): switch it off now and rerun, so the frame routes.
        use_navigation_only()
        st.rerun()
    return st.session_state["view_state"]
