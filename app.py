"""kopdash: the frame. Page list, shared sidebar filters, navigation. No queries of its own but the
calendar that bounds the filters."""

import streamlit as st

from kopdash import queries, web
from kopdash.i18n import t

st.set_page_config(page_title="kopdash", layout="wide", initial_sidebar_state="expanded")

state = web.sidebar_state(web.frame(queries.snapshot_calendar))
st.session_state["view_state"] = state

pages = [
    st.Page("pages/ringkasan.py", title=t("nav.overview", state.lang), url_path="", default=True),
    st.Page("pages/wilayah.py", title=t("nav.region", state.lang), url_path="wilayah"),
    st.Page("pages/program.py", title=t("nav.programme", state.lang), url_path="program"),
    st.Page("pages/koperasi.py", title=t("nav.cooperative", state.lang), url_path="koperasi"),
    st.Page("pages/perubahan.py", title=t("nav.transitions", state.lang), url_path="perubahan"),
    st.Page("pages/pantauan.py", title=t("nav.watch", state.lang), url_path="pantauan"),
    st.Page("pages/banding.py", title=t("nav.compare", state.lang), url_path="banding"),
    st.Page("pages/impor.py", title=t("nav.import", state.lang), url_path="impor"),
    st.Page("pages/tentang.py", title=t("nav.about", state.lang), url_path="tentang"),
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
page.run()
