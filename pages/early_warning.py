"""Pantauan (early warning): who will drop at the next RAT deadline unless they hold their RAT, new
dissolution candidates, programme cooperatives idle for months; a call list to download.
/pantauan?region=36.04&kecamatan=…&bulan=3&peringatan=…"""

from functools import partial

import streamlit as st

from kopdash import queries
from kopdash.domain.early_warning import (
    WARNINGS,
    early_warning,
    never_behind,
    next_deadline,
    rank,
    short_list,
)
from kopdash.present import early_warning as early_warning_view
from kopdash.present import fmt
from kopdash.present.cards import early_warning_cards
from kopdash.present.i18n import t
from kopdash.ui import cache, urlstate, widgets
from kopdash.ui.call_cards import call_cards
from kopdash.ui.contact_form import contact_form
from kopdash.ui.state import view_state

state = view_state()
lang = state.lang
problems: list[str] = []
calendar = cache.frame(queries.snapshot_calendar)
if calendar.empty:
    widgets.empty_store_notice(lang)
names = {  # the regions whose cooperatives this person may call
    code: name
    for code, name in zip(calendar["region_code"], calendar["region_name"], strict=True)
    if state.access.sees_units(code)
}
if not names:
    st.title(t("early_warning.title", lang))
    st.info(t("access.no_unit_regions", lang))
    st.stop()
top = st.columns([2, 2, 2])
region = widgets.region_choice(names, lang, problems, top[0])
st.title(t("early_warning.title", lang))
snapshot = widgets.snapshot_as_of(region, names[region], lang, problems)
kecamatan = widgets.kecamatan_choice(region, snapshot, lang, problems, top[1])
kinds = urlstate.multiselect(
    "peringatan",
    t("early_warning.kinds", lang),
    list(WARNINGS),
    lang,
    problems,
    lambda w: t(f"early_warning.{w}", lang),
    container=top[2],
)
candidates = cache.frame(
    queries.early_warning_candidates, region=region, snapshot_date=snapshot, district=kecamatan
)
urlstate.seed(
    "bulan",
    lambda text: urlstate.parse_whole(text, 0, 60),
    3,
    lambda text: t("error.bad_choice", lang, value=text),
    problems,
)
if candidates["programme"].notna().any():  # the months field only where programme cooperatives are
    months = st.number_input(t("early_warning.months", lang), min_value=0, max_value=60, step=1, key="bulan")
    urlstate.publish("bulan", str(months))
else:
    months = int(st.session_state["bulan"])
widgets.problems_box(problems, lang)

deadline = next_deadline(snapshot)
st.caption(
    t(
        "early_warning.caption",
        lang,
        date=fmt.date_long(snapshot, lang),
        year=deadline.year,
        deadline=fmt.date_long(deadline, lang),
    )
)
widgets.working_days_note(state, deadline, lang)
warnings = early_warning(candidates, snapshot, int(months))
if kinds:
    warnings = warnings[warnings["warning"].isin(kinds)].reset_index(drop=True)
if warnings.empty:
    st.success(t("early_warning.none", lang))
    st.stop()
widgets.text_table(early_warning_view.summary_table(warnings, lang))
history = cache.frame(
    queries.early_warning_history, region=region, snapshot_date=snapshot, district=kecamatan
)
ranked = rank(warnings, history)
# Who was already summoned or consulted in this RAT cycle (since the last 30 June), up to the date seen.
cycle_start = deadline.replace(year=deadline.year - 1)
contacts = cache.frame(
    queries.recent_contacts, region=region, since=cycle_start, until=max(state.as_of, snapshot)
)
ranked = ranked.merge(contacts, on="nik", how="left")
personal = state.access.sees_personal(region)
# The page opens on the most urgent few of the region (or kecamatan); everyone flagged is one tap away
# and in the download.
shown = short_list(ranked)
if len(shown) < len(ranked):
    rest = ranked.iloc[len(shown) :]
    st.caption(
        t(
            "early_warning.short_list",
            lang,
            shown=len(shown),
            n=fmt.number(len(ranked), lang),
            rest=fmt.number(len(rest), lang),
            never=fmt.number(never_behind(rest), lang),
            fy=int(ranked["rat_fiscal_year"].iloc[0]),
            deadline=fmt.date_long(deadline, lang),
        )
    )
    if st.toggle(t("early_warning.show_all", lang, n=fmt.number(len(ranked), lang)), key="semua"):
        shown = ranked
with st.container(key="wide-calls"):  # a screen: the grid, a click on a row opens the cooperative
    row = widgets.list_click(
        early_warning_view.call_list(shown, lang, personal),
        f"calls:{region}:{snapshot}:{kecamatan}:{len(shown)}",
    )
if row is not None:
    widgets.open_page("cooperative", nik=shown.iloc[row]["nik"], region=region)
with st.container(key="narrow-calls"):  # a phone: cards with call, WhatsApp and the contact form
    cards = partial(early_warning_cards, lang=lang, personal=personal)
    call_cards(shown, cards, region, lang, f"cards:{region}:{snapshot}")
contact_form(ranked[["nik", "name", "district"]], region, lang, f"contact:{region}")
widgets.download_buttons(
    early_warning_view.call_list(ranked, lang, personal),
    f"daftar_panggilan_{region}_{snapshot.isoformat()}",
    lang,
    sheet="Daftar panggilan",
)
