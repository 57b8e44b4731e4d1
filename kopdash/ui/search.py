"""The sidebar's search box: part of a name or a NIK, choose, open the cooperative's page."""

from __future__ import annotations

import streamlit as st

from kopdash import queries
from kopdash.present import fmt
from kopdash.present.i18n import status_label, t
from kopdash.ui.cache import frame
from kopdash.ui.state import ViewState

SHORTEST = 3  # characters: fewer would match half a region
_CHOSEN = "search_chosen"


def _remember(key: str, found) -> None:
    """The choice, kept for the run that follows; the box is emptied so the choice fires once."""
    position = st.session_state.get(key)
    if position is not None:
        row = found.iloc[position]
        st.session_state[_CHOSEN] = (row["nik"], row["region_code"])
        st.session_state[key] = None


def search_box(state: ViewState) -> None:
    """For people who may open a cooperative's page: search the regions whose units they may see."""
    if not state.access.may_open("cooperative"):
        return
    chosen = st.session_state.pop(_CHOSEN, None)
    if chosen is not None:
        from kopdash.ui.widgets import open_page

        open_page("cooperative", nik=chosen[0], region=chosen[1])
    lang = state.lang
    text = st.sidebar.text_input(
        t("search.label", lang), key="search_text", placeholder=t("search.placeholder", lang)
    ).strip()
    if not text:
        return
    if len(text) < SHORTEST:
        st.sidebar.caption(t("search.too_short", lang, n=SHORTEST))
        return
    codes = list(frame(queries.snapshot_calendar)["region_code"])
    found = frame(
        queries.cooperative_search, text=text, as_of=state.as_of, regions=state.access.unit_regions(codes)
    )
    if found.empty:
        st.sidebar.caption(t("search.none", lang, text=text))
        return
    key = f"search_pick:{text}:{state.as_of}"
    st.sidebar.selectbox(
        t("search.results", lang, n=fmt.number(len(found), lang)),
        range(len(found)),
        index=None,
        placeholder=t("search.choose", lang),
        format_func=lambda i: t(
            "search.line",
            lang,
            name=found.iloc[i]["name"],
            place=found.iloc[i]["district"] or fmt.MISSING,
            region=found.iloc[i]["region_name"],
            status=status_label(found.iloc[i]["status"], lang),
        ),
        key=key,
        on_change=_remember,
        args=(key, found),
    )
