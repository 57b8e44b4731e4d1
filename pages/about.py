"""Tentang data (about the data): where the numbers come from and the rule that makes the statuses."""

import streamlit as st

from kopdash import queries
from kopdash.present import fmt, tables
from kopdash.present.i18n import t
from kopdash.ui import cache, widgets
from kopdash.ui.state import view_state

lang = view_state().lang

st.title(t("about.title", lang))
widgets.demo_banner(lang)

st.subheader(t("about.store", lang))
calendar = cache.frame(queries.snapshot_calendar)
if not calendar.empty:
    st.markdown(
        t(
            "about.store_counts",
            lang,
            rows=fmt.number(calendar["row_count"].sum(), lang),
            regions=fmt.number(len(calendar), lang),
            snapshots=fmt.number(calendar["snapshot_count"].sum(), lang),
            first=fmt.date_long(calendar["first_snapshot"].min(), lang),
            last=fmt.date_long(calendar["last_snapshot"].max(), lang),
        )
    )
st.caption(t("about.format", lang))

st.subheader(t("about.rule", lang))
st.markdown(t("about.rule_text", lang))

st.subheader(t("about.profiles", lang))
widgets.text_table(tables.rule_profile_table(cache.frame(queries.region_rules), lang))
