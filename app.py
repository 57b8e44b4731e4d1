"""kopdash: the frame. Who is looking, the pages their role may open, shared sidebar filters,
navigation. No queries of its own but the calendar that bounds the filters."""

from pathlib import Path

import streamlit as st

from kopdash import queries
from kopdash.domain.pages import BY_ADDRESS, BY_NAME, PAGES
from kopdash.present.i18n import t
from kopdash.ui import cache, search, sign_in, widgets
from kopdash.ui.state import frame_language, sidebar_state

# "auto": the sidebar starts open on a wide screen and closed on a phone, where it would cover the page.
# The tab's icon is a file of ours: the pages' Material icons would make Streamlit fetch it from Google.
st.set_page_config(
    page_title="kopdash",
    page_icon=str(Path(__file__).with_name("kopdash") / "assets" / "favicon.png"),
    layout="wide",
    initial_sidebar_state="auto",
)

access = sign_in.current_access()
problems: list[str] = []
lang = frame_language(problems)
navigable = [
    st.Page(
        page.script,
        title=t(page.title_key, lang),
        icon=page.icon,
        url_path=page.address,
        default=not page.address,
    )
    for page in PAGES
    if page.in_navigation and access.may_open(page.name)
]
presentation = BY_NAME["meeting"]
# Presentation mode is a hidden page, reached by a link that adds ?mode=rapat. In that mode the navigation
# is hidden but keeps every page, so the links in and out are page links in the same tab.
slides = st.Page(
    presentation.script,
    title=t(presentation.title_key, lang),
    url_path=presentation.address,
    visibility="hidden",
)
if st.query_params.get("mode") == "rapat":
    page = st.navigation([*navigable, slides], position="hidden")
    if page.url_path == "":  # /?mode=rapat (an older link): the slides, not the overview
        st.switch_page(slides, query_params=st.query_params.to_dict())
else:
    # expanded: every page listed (Streamlit would fold all but ten under "View more")
    page = st.navigation([*navigable, slides], expanded=True)
# The sidebar's fields after the navigation (Streamlit draws it at the top all the same): the regions
# field only on the pages that show several regions.
calendar = cache.frame(queries.snapshot_calendar)
state = sidebar_state(
    calendar,
    cache.frame(queries.snapshot_dates),
    access,
    problems,
    BY_ADDRESS[page.url_path].regions_field,
)
st.session_state["view_state"] = state
widgets.finger_behaviour()
st.session_state[widgets.DRAWN] = {}
sign_in.account_box(access, state.lang)
for problem in state.problems:
    st.warning(problem)
cache.damaged_notice()
cache.reference_notice(state.lang)
search.search_box(state)  # after the navigation: a choice switches to the cooperative's page
widgets.data_age_notice(state, calendar, one_region=not BY_ADDRESS[page.url_path].regions_field)
page.run()
