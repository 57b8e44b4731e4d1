"""kopdash: the frame. Who is looking, the pages their role may open, shared sidebar filters,
navigation. No queries of its own but the calendar that bounds the filters."""

import streamlit as st

from kopdash import queries
from kopdash.domain.pages import BY_NAME, PAGES
from kopdash.present.i18n import t
from kopdash.ui import cache, sign_in, widgets
from kopdash.ui.state import sidebar_state

st.set_page_config(page_title="kopdash", layout="wide", initial_sidebar_state="expanded")

access = sign_in.current_access()
state = sidebar_state(cache.frame(queries.snapshot_calendar), access)
st.session_state["view_state"] = state
st.session_state[widgets.CHART_COUNTER] = 0
sign_in.account_box(access, state.lang)

navigable = [
    st.Page(
        page.script,
        title=t(page.title_key, state.lang),
        icon=page.icon,
        url_path=page.address,
        default=not page.address,
    )
    for page in PAGES
    if page.in_navigation and access.may_open(page.name)
]
presentation = BY_NAME["rapat"]
if st.query_params.get("mode") == "rapat":  # presentation mode: one screen per slide, no sidebar
    slides = st.Page(
        presentation.script, title=t(presentation.title_key, state.lang), url_path="rapat", default=True
    )
    page = st.navigation([slides], position="hidden")
else:
    # reached by the link on the overview, which adds ?mode=rapat; not a page of the sidebar
    hidden = st.Page(
        presentation.script,
        title=t(presentation.title_key, state.lang),
        url_path="rapat",
        visibility="hidden",
    )
    page = st.navigation([*navigable, hidden])
for problem in state.problems:
    st.warning(problem)
cache.damaged_notice()
cache.reference_notice(state.lang)
page.run()
