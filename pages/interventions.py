"""Intervensi: what the offices did (training, tests, consultations, summons, capital aid, quarterly
reports), the obstacles boards report, and what happened to cooperatives' status afterwards beside similar
cooperatives without it. /intervensi?region=33.14&kind=konsultasi"""

import streamlit as st

from kopdash import queries
from kopdash.present import interventions as interventions_view
from kopdash.present.i18n import headers_of, status_label, t
from kopdash.ui import cache, sign_in, urlstate, widgets
from kopdash.ui.state import view_state

state = view_state()
lang = state.lang
problems: list[str] = []
st.title(t("interventions.title", lang))
counts = cache.frame(queries.event_counts, regions=list(state.regions) if state.regions else None)
if counts.empty:
    st.info(t("interventions.none", lang))
    st.stop()
calendar = cache.frame(queries.snapshot_calendar)
names = dict(zip(calendar["region_code"], calendar["region_name"], strict=True))
top = st.columns(2)
regions = {code: names.get(code, code) for code in sorted(set(counts["region_code"]))}
region = widgets.region_choice(regions, lang, problems, top[0], "interventions.region")
mine = counts[counts["region_code"] == region]
kind = urlstate.selectbox(
    "kind",
    t("interventions.kind", lang),
    [k for k in interventions_view.EVENT_KINDS if k in set(mine["kind"])],
    lang,
    problems,
    lambda k: t(f"event.{k}", lang),
    container=top[1],
)
widgets.problems_box(problems, lang)
widgets.headline(interventions_view.headline(mine, lang))

reports = cache.frame(queries.quarterly_reports, region=region)


def activities() -> None:
    st.subheader(t("interventions.over_time", lang))
    widgets.chart(cache.figure(interventions_view.events_chart, mine, lang))
    obstacles = cache.frame(queries.obstacle_counts, regions=[region])
    if len(obstacles):
        st.subheader(t("interventions.obstacles", lang))
        widgets.chart(cache.figure(interventions_view.obstacles_chart, obstacles, lang))


def quarterly() -> None:
    st.subheader(t("interventions.quarterly", lang))
    widgets.text_table(interventions_view.quarterly_table(reports, lang))


def outcomes_after() -> None:
    label = t(f"event.{kind}", lang).lower()
    st.subheader(t("interventions.outcomes", lang, kind=label))
    outcomes = cache.frame(queries.intervention_outcomes, region=region, kind=kind)
    summary = interventions_view.outcome_summary(outcomes) if len(outcomes) else outcomes
    if summary.empty:
        st.info(t("interventions.no_outcomes", lang, kind=label))
        return
    widgets.text_table(interventions_view.outcome_table(summary, lang))
    st.caption(t("interventions.caveat", lang))

    st.subheader(t("interventions.list", lang))
    if not state.access.sees_units(region):
        sign_in.units_hidden_note(lang)
        return
    pick = st.columns(2)
    group = pick[0].selectbox(
        t("interventions.group", lang),
        ["treated", "comparison"],
        format_func=lambda g: t(f"interventions.{g}", lang),
        key="outcome_group",
    )
    before = pick[1].selectbox(
        headers_of("interventions.outcome_columns", lang)[0],
        list(summary["status_before"]),
        format_func=lambda s: status_label(s, lang),
        key="outcome_status",
    )
    behind = outcomes[(outcomes["group"] == group) & (outcomes["status_before"] == before)]
    listed = interventions_view.outcome_list(behind, lang)
    row = widgets.list_click(listed, f"outcomes:{region}:{kind}:{group}:{before}")
    if row is not None:
        widgets.open_page("cooperative", nik=behind.iloc[row]["nik"], region=region)
    widgets.download_buttons(listed, f"intervensi_{region}_{kind}_{group}_{before}", lang)


# One part at a time (the chosen one is in the URL as `bagian`): a page that sends everything is drawn
# last, as the browser holds back its charts and widgets until every one of them is ready.
parts = {"kegiatan": (t("interventions.part_events", lang), activities)}
if len(reports):
    parts["laporan"] = (t("interventions.part_reports", lang), quarterly)
parts["hasil"] = (t("interventions.part_outcomes", lang), outcomes_after)
widgets.sections(parts, lang)
