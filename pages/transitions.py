"""Perubahan status (transitions): who revived, who declined, who is new, who was dissolved between any
two snapshots of a region or programme. /perubahan?region=36.03&dari=2018-03-31&sampai=2018-09-04"""

import pandas as pd
import streamlit as st

from kopdash import queries
from kopdash.domain.rules import latest_on_or_before
from kopdash.present import charts, fmt, tables
from kopdash.present import transitions as transitions_view
from kopdash.present.i18n import programme_label, status_label, t
from kopdash.ui import cache, sign_in, urlstate, widgets
from kopdash.ui.state import view_state

state = view_state()
lang = state.lang
problems: list[str] = []
calendar = cache.frame(queries.snapshot_calendar)
if calendar.empty:
    widgets.empty_store_notice(lang)
names = dict(zip(calendar["region_code"], calendar["region_name"], strict=True))
top = st.columns(4)
region = widgets.region_choice(names, lang, problems, top[0])
programmes = cache.frame(queries.programme_regions)
options = [""] + list(programmes[programmes["region_code"] == region]["programme"])
programme = (
    urlstate.selectbox(
        "programme",
        t("transitions.programme", lang),
        options,
        lang,
        problems,
        lambda p: programme_label(p, lang) if p else t("transitions.all", lang),
        container=top[1],
    )
    or None
)
days = list(pd.to_datetime(cache.frame(queries.region_snapshots, region=region)["snapshot_date"]).dt.date)
dates = [d.isoformat() for d in days]  # as the URL keeps them
st.title(tables.as_markdown_text(t("transitions.title", lang, region=names[region])))
if len(dates) < 2:
    widgets.problems_box(problems, lang)
    st.info(tables.as_markdown_text(t("transitions.need_two", lang, region=names[region])))
    st.stop()
shown = latest_on_or_before(days, state.as_of)  # compared as dates, not as text
upto = [shown.isoformat() if shown else dates[1]]
label = lambda d: fmt.date_short(pd.Timestamp(d), lang)  # noqa: E731
end = urlstate.selectbox(
    "sampai", t("transitions.to", lang), dates, lang, problems, label, default=upto[-1], container=top[3]
)
earlier = [d.isoformat() for d in days if d < pd.Timestamp(end).date()] or dates[:1]
start = urlstate.selectbox(
    "dari", t("transitions.from", lang), dates, lang, problems, label, default=earlier[-1], container=top[2]
)
widgets.problems_box(problems, lang)
if start == end:
    st.warning(t("transitions.same", lang))
    st.stop()
start_date, end_date = (pd.Timestamp(d).date() for d in sorted([start, end]))
counts = cache.frame(
    queries.transition_counts, region=region, start=start_date, end=end_date, programme=programme
)
widgets.headline(transitions_view.summary(counts, start_date, end_date, lang))
st.subheader(t("transitions.sankey", lang))
since, until = fmt.date_short(start_date, lang), fmt.date_short(end_date, lang)
widgets.chart(cache.figure(charts.transition_sankey, counts, lang, since, until))
st.subheader(t("transitions.table", lang))
st.caption(t("transitions.table_hint", lang))
shown = transitions_view.count_table(counts, lang)
row = widgets.list_click(shown, f"moves:{region}:{start}:{end}:{programme}")
if row is not None:
    urlstate.publish("pindah", f"{counts.iloc[row]['from_status']}.{counts.iloc[row]['to_status']}")
moves = {f"{a}.{b}" for a, b in zip(counts["from_status"], counts["to_status"], strict=True)}
urlstate.seed(
    "pindah",
    lambda text: text if text in moves else None,
    None,
    lambda text: t("error.bad_choice", lang, value=text),
    problems,
)
chosen = st.session_state.get("pindah")
widgets.problems_box(problems[-1:] if chosen is None and st.query_params.get("pindah") else [], lang)
if chosen and not state.access.sees_units(region):
    sign_in.units_hidden_note(lang)
elif chosen:
    from_status, to_status = chosen.split(".")
    behind = cache.frame(
        queries.transition_list,
        region=region,
        start=start_date,
        end=end_date,
        from_status=from_status,
        to_status=to_status,
        programme=programme,
    )
    st.subheader(
        t(
            "transitions.list",
            lang,
            from_status=status_label(from_status, lang),
            to_status=status_label(to_status, lang),
            n=fmt.number(len(behind), lang),
        )
    )
    listed = transitions_view.list_table(behind, lang)
    picked = widgets.list_click(listed, f"behind:{region}:{start}:{end}:{chosen}")
    if picked is not None:
        widgets.open_page("cooperative", nik=behind.iloc[picked]["nik"], region=region)
    widgets.download_buttons(listed, f"perubahan_{region}_{start}_{end}_{from_status}_{to_status}", lang)
