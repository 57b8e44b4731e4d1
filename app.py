"""kopdash: the frame. Who is looking, the pages their role may open, shared sidebar filters,
navigation. No queries of its own but the calendar that bounds the filters."""

import streamlit as st

from kopdash import queries
from kopdash.present.i18n import t
from kopdash.ui import sign_in, web

st.set_page_config(page_title="kopdash", layout="wide", initial_sidebar_state="expanded")

access = sign_in.current_access()
state = web.sidebar_state(web.frame(queries.snapshot_calendar), access)
st.session_state["view_state"] = state
st.session_state[web.CHART_COUNTER] = 0
sign_in.account_box(access, state.lang)

PAGES = [  # (file, title key, url path); a role's pages are the ones access.PAGES gives it
    ("ringkasan", "nav.overview", ""),
    ("wilayah", "nav.region", "wilayah"),
    ("program", "nav.programme", "program"),
    ("koperasi", "nav.cooperative", "koperasi"),
    ("perubahan", "nav.transitions", "perubahan"),
    ("pantauan", "nav.watch", "pantauan"),
    ("intervensi", "nav.interventions", "intervensi"),
    ("banding", "nav.compare", "banding"),
    ("impor", "nav.import", "impor"),
    ("impor_kegiatan", "nav.events_import", "impor_kegiatan"),
    ("aturan", "nav.rules", "aturan"),
    ("tentang", "nav.about", "tentang"),
]
pages = [
    st.Page(f"pages/{name}.py", title=t(title, state.lang), url_path=path, default=not path)
    for name, title, path in PAGES
    if access.may_open(name)
]
if st.query_params.get("mode") == "rapat":  # presentation mode: one screen per slide, no sidebar
    pages = [st.Page("pages/rapat.py", title=t("nav.rapat", state.lang), url_path="rapat", default=True)]
    page = st.navigation(pages, position="hidden")
else:
    # reached by the link on the overview, which adds ?mode=rapat; not a page of the sidebar
    pages.append(
        st.Page("pages/rapat.py", title=t("nav.rapat", state.lang), url_path="rapat", visibility="hidden")
    )
    page = st.navigation(pages)
for problem in state.problems:
    st.warning(problem)
web.damaged_notice()
web.reference_notice(state.lang)
page.run()
