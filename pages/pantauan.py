"""Pantauan (early warning): who will drop at the next RAT deadline unless they hold their RAT, new
dissolution candidates, programme cooperatives idle for months; a call list to download.
/pantauan?region=36.04&kecamatan=…&bulan=3&peringatan=…"""

import pandas as pd
import streamlit as st

from kopdash import queries
from kopdash.domain.early_warning import WARNINGS, early_warning, next_deadline
from kopdash.present import early_warning_view, fmt
from kopdash.present.i18n import t
from kopdash.ui import cache, state, urlstate, widgets

state = state.view_state()
lang, problems = state.lang, []
calendar = cache.frame(queries.snapshot_calendar)
if calendar.empty:
    st.warning(t("overview.empty_store", lang, root=cache.store_location()))
    st.stop()
names = {  # the regions whose cooperatives this person may call
    code: name
    for code, name in zip(calendar["region_code"], calendar["region_name"], strict=True)
    if state.access.sees_units(code)
}
if not names:
    st.title(t("watch.title", lang))
    st.info(t("access.no_unit_regions", lang))
    st.stop()
top = st.columns([2, 2, 2])
region = urlstate.selectbox(
    "region",
    t("region.choose", lang),
    list(names),
    lang,
    problems,
    lambda c: names[c],
    bad_key="error.bad_region",
    container=top[0],
)
dates = pd.to_datetime(cache.frame(queries.region_snapshots, region=region)["snapshot_date"]).dt.date
available = [d for d in dates if d <= state.as_of]
st.title(t("watch.title", lang))
if not available:
    widgets.problems_box(problems, lang)
    st.warning(
        t(
            "region.no_snapshot",
            lang,
            region=names[region],
            date=fmt.date_long(state.as_of, lang),
            first=fmt.date_long(dates.min(), lang),
        )
    )
    st.stop()
snapshot = max(available)
districts = cache.frame(queries.status_by, region=region, snapshot_date=snapshot, dimension="district")[
    "value"
]
kecamatan = (
    urlstate.selectbox(
        "kecamatan",
        t("region.kecamatan", lang),
        [""] + sorted(d for d in districts if isinstance(d, str)),
        lang,
        problems,
        lambda d: d or t("region.all_kecamatan", lang),
        container=top[1],
    )
    or None
)
kinds = urlstate.multiselect(
    "peringatan",
    t("watch.kinds", lang),
    list(WARNINGS),
    lang,
    problems,
    lambda w: t(f"warning.{w}", lang),
    container=top[2],
)
urlstate.seed(
    "bulan",
    lambda text: urlstate.parse_whole(text, 0, 60),
    3,
    lambda text: t("error.bad_choice", lang, value=text),
    problems,
)
months = st.number_input(t("watch.months", lang), min_value=0, max_value=60, step=1, key="bulan")
urlstate.publish("bulan", str(months))
widgets.problems_box(problems, lang)

deadline = next_deadline(snapshot)
st.caption(
    t(
        "watch.caption",
        lang,
        date=fmt.date_long(snapshot, lang),
        year=deadline.year,
        deadline=fmt.date_long(deadline, lang),
    )
)
candidates = cache.frame(
    queries.early_warning_candidates, region=region, snapshot_date=snapshot, district=kecamatan
)
warnings = early_warning(candidates, snapshot, int(months))
if kinds:
    warnings = warnings[warnings["warning"].isin(kinds)].reset_index(drop=True)
if warnings.empty:
    st.success(t("watch.none", lang))
    st.stop()
widgets.text_table(early_warning_view.summary_table(warnings, lang))
calls = early_warning_view.call_list(warnings, lang, personal=state.access.sees_personal(region))
row = widgets.list_click(calls, f"calls:{region}:{snapshot}:{kecamatan}")
if row is not None:
    widgets.open_page("pages/koperasi.py", nik=warnings.iloc[row]["nik"], region=region)
widgets.download_buttons(
    calls, f"daftar_panggilan_{region}_{snapshot.isoformat()}", lang, sheet="Daftar panggilan"
)
