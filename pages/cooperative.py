"""Koperasi (cooperative): one cooperative's identity, status across snapshots, RAT record, members, and
the rule that gives today's status, in words. /koperasi?nik=3604…"""

import pandas as pd
import streamlit as st

from kopdash import queries
from kopdash.domain import schema
from kopdash.domain.rules import RuleProfile, latest_on_or_before
from kopdash.present import charts, fmt, tables
from kopdash.present import cooperative as cooperative_view
from kopdash.present import interventions as interventions_view
from kopdash.present.explain import explain_status
from kopdash.present.i18n import status_label, t
from kopdash.ui import cache, urlstate, widgets
from kopdash.ui.contact_form import contact_form
from kopdash.ui.state import view_state

state = view_state()
lang = state.lang
nik = (
    urlstate.text_input("nik", t("cooperative.nik", lang), lang, placeholder="3604…").strip().replace(" ", "")
)
names = dict(cache.frame(queries.region_rules)[["region_code", "region_name"]].itertuples(index=False))
asked = st.query_params.get("region")
problems = [t("error.bad_region", lang, value=asked)] if asked and asked not in names else []
if not nik or not schema.is_cooperative_key(nik):
    st.title(t("nav.cooperative", lang))
    widgets.problems_box(([t("cooperative.bad_nik", lang, value=nik)] if nik else []) + problems, lang)
    st.info(t("cooperative.ask_nik", lang))
    st.stop()
# A cooperative is a region and a NIK: the same NIK in two registries is two cooperatives, and a person
# sees only those of the regions they may see.
holding = cache.frame(queries.nik_regions, nik=nik)["region_code"].tolist()
visible = state.access.unit_regions(holding)
if not problems and not holding:
    problems = [t("cooperative.unknown_nik", lang, value=nik)]
elif not problems and asked and asked not in holding:
    problems = [t("cooperative.not_in_region", lang, value=nik, region=asked)]
elif not problems and (not visible or (asked and asked not in visible)):
    problems = [t("access.not_your_region", lang, region=asked or holding[0])]
if problems:
    st.title(t("nav.cooperative", lang))
    widgets.problems_box(problems, lang)
    st.stop()
if len(visible) == 1:
    home = visible[0]
    urlstate.publish("region", home)
else:  # one NIK in several of this person's regions: say so, and let them choose
    st.info(t("cooperative.several_regions", lang, nik=nik, n=len(visible)))
    home = urlstate.selectbox(
        "region",
        t("cooperative.region", lang),
        visible,
        lang,
        [],
        format_func=lambda code: f"{names.get(code, code)} ({code})",
        default=asked or visible[0],
    )
history = cache.frame(queries.cooperative_history, nik=nik, region=home)
days = list(pd.to_datetime(history["snapshot_date"]).dt.date)
shown = latest_on_or_before(days, state.as_of) or days[-1]  # none before: the latest, as before
current = history.iloc[days.index(shown)]
# The rule that gave the stored status: its profile, with the thresholds recorded beside the status (a
# profile edited since is not the rule that gave an older status).
profile = RuleProfile.of(current, name="profile_id", basis="profile_basis").as_recorded(
    current.get("rule_thresholds")
)

st.title(tables.as_markdown_text(current["name"]), anchor=False)
when = fmt.date_long(pd.Timestamp(current["snapshot_date"]).date(), lang)
widgets.headline(t("cooperative.status_now", lang, date=when, status=status_label(current["status"], lang)))
st.markdown(f"**{t('cooperative.why', lang)}:** " + explain_status(current, profile, lang))
if note := cooperative_view.reported_status_note(current, lang):
    st.warning(tables.as_markdown_text(note))

left, right = st.columns([2, 3])
with left:
    st.subheader(t("cooperative.identity", lang))
    widgets.text_table(cooperative_view.identity_table(current, lang))
with right:
    st.subheader(t("cooperative.timeline", lang))
    events = cache.frame(queries.cooperative_events, nik=nik, region=home)
    widgets.chart(cache.figure(charts.status_timeline, history, lang, events))
    st.subheader(t("cooperative.members", lang))
    widgets.chart(cache.figure(charts.members_over_time, history, lang))

# A call list's row opens this page: the call is recorded here, the cooperative already chosen.
contact_form(
    pd.DataFrame({"nik": [nik], "name": [current["name"]], "district": [current["district"]]}),
    home,
    lang,
    f"contact:{home}:{nik}",
)
if len(events):
    st.subheader(t("cooperative.events", lang))
    widgets.text_table(interventions_view.cooperative_events_table(events, lang))

st.subheader(t("cooperative.rat", lang))
for line in cooperative_view.rat_record(history, lang):
    st.markdown(f"- {line}")
st.subheader(t("cooperative.timeline", lang))
widgets.text_table(cooperative_view.history_table(history, lang))
