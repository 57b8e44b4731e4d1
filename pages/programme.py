"""Program: a mayor's view of one programme in one region (5 of 67 Koperasi Merah Putih operate, and whose
boards to summon). /program?programme=koperasi_merah_putih&region=36.73"""

from functools import partial

import pandas as pd
import streamlit as st

from kopdash import queries
from kopdash.domain.early_warning import next_deadline
from kopdash.present import fmt, tables
from kopdash.present import programme as programme_view
from kopdash.present.cards import summon_cards
from kopdash.present.i18n import programme_label, t
from kopdash.ui import cache, sign_in, urlstate, widgets
from kopdash.ui.call_cards import call_cards
from kopdash.ui.contact_form import contact_form
from kopdash.ui.state import view_state

state = view_state()
lang = state.lang
problems: list[str] = []
available = cache.frame(queries.programme_regions)
if available.empty:
    st.info(t("programme.none", lang))
    st.stop()
top = st.columns(2)
programme = urlstate.selectbox(
    "programme",
    t("programme.choose", lang),
    list(dict.fromkeys(available["programme"])),
    lang,
    problems,
    lambda p: programme_label(p, lang),
    container=top[0],
)
regions = available[available["programme"] == programme]
names = dict(zip(regions["region_code"], regions["region_name"], strict=True))
region = widgets.region_choice(names, lang, problems, top[1], "programme.region")
widgets.problems_box(problems, lang)

cooperatives = cache.frame(
    queries.programme_cooperatives, programme=programme, region=region, as_of=state.as_of
)
label = programme_label(programme, lang)
st.title(tables.as_markdown_text(t("programme.title", lang, programme=label, region=names[region])))
if cooperatives.empty:  # a date before the region's first list of this programme
    first = pd.Timestamp(regions.set_index("region_code").loc[region, "first_snapshot"]).date()
    first_said = fmt.date_long(first, lang)
    st.warning(
        t(
            "programme.no_roster",
            lang,
            region=names[region],
            programme=label,
            date=fmt.date_long(state.as_of, lang),
            first=first_said,
        )
    )
    if st.button(t("programme.open_first", lang, first=first_said), key="open_first"):
        widgets.open_page("programme", programme=programme, region=region, date=first.isoformat())
    st.stop()
snapshot = pd.Timestamp(cooperatives["snapshot_date"].iloc[0]).date()
previous = cooperatives["previous_snapshot_date"].iloc[0]
counts = programme_view.figures(cooperatives)
widgets.headline(programme_view.headline(counts, snapshot, lang))
since = fmt.date_short(previous, lang) if pd.notna(previous) else fmt.MISSING
unknown = [("programme.operating_unknown", "operating_unknown")] if counts["operating_unknown"] else []
widgets.kpi_row(
    [
        tables.Kpi(t("programme.formed", lang), fmt.number(counts["formed"], lang)),
        tables.Kpi(t("programme.operating", lang), fmt.number(counts["operating"], lang)),
        tables.Kpi(t("programme.rat_held", lang), fmt.number(counts["rat_held"], lang)),
        tables.Kpi(t("programme.new_operating", lang, date=since), fmt.number(counts["new_operating"], lang)),
        *(
            [
                tables.Kpi(
                    t("programme.operating_unknown", lang), fmt.number(counts["operating_unknown"], lang)
                )
            ]
            if counts["operating_unknown"]
            else []
        ),
    ]
)

# The places behind the number, under the cards: the cards stay above the fold on a phone.
if waiting := programme_view.where_not_operating(cooperatives, lang):
    st.markdown(tables.as_markdown_text(waiting))

operating_now = cooperatives["operating"].fillna(False).astype(bool)


def overview_charts() -> None:
    left, right = st.columns(2)
    with left:
        st.subheader(t("programme.funnel", lang))
        widgets.chart(cache.figure(programme_view.funnel, counts, lang))
    with right:
        st.subheader(t("programme.months", lang))
        widgets.chart(cache.figure(programme_view.months_waiting, cooperatives, lang))


def by_kecamatan() -> None:
    st.subheader(t("programme.by_kecamatan", lang))
    widgets.chart(cache.figure(programme_view.by_district, cooperatives, lang))


def summon_list() -> None:
    """Boards to call: those not operating yet; first those that started operating since the last snapshot."""
    new = cooperatives[operating_now & ~cooperatives["operating_before"].astype(bool)]
    if pd.notna(previous):
        st.subheader(t("programme.new_operating", lang, date=fmt.date_long(previous, lang)))
        if new.empty:
            st.markdown(t("programme.new_none", lang, date=fmt.date_long(previous, lang)))
        else:
            widgets.text_table(programme_view.cooperative_table(new, lang))
    summon = cooperatives[~operating_now]
    st.subheader(t("programme.summon_count", lang, n=fmt.number(len(summon), lang)))
    st.caption(t("programme.summon_caption", lang))
    widgets.working_days_note(state, next_deadline(snapshot), lang)
    personal = state.access.sees_personal(region)
    summon_table = programme_view.cooperative_table(summon, lang, personal=personal)
    with st.container(key="wide-summon"):
        row = widgets.list_click(summon_table, f"summon:{programme}:{region}")
    with st.container(key="narrow-summon"):
        cards = partial(summon_cards, lang=lang, personal=personal)
        call_cards(summon, cards, region, lang, f"cards:{programme}:{region}")
    if row is not None:
        widgets.open_page("cooperative", nik=summon.iloc[row]["nik"], region=region)
    contact_form(summon[["nik", "name", "district"]], region, lang, f"contact:{programme}:{region}")
    widgets.download_buttons(
        summon_table, f"panggil_pengurus_{programme}_{region}_{snapshot.isoformat()}", lang
    )


def every_village() -> None:
    st.subheader(t("programme.villages", lang))
    every = programme_view.cooperative_table(cooperatives, lang)
    row = widgets.list_click(every, f"villages:{programme}:{region}")
    if row is not None:
        widgets.open_page("cooperative", nik=cooperatives.iloc[row]["nik"], region=region)


# The parts below the key numbers, one at a time (the chosen one is in the URL as `bagian`).
# Per kecamatan is a part of its own: a third chart in the first view made it the last page to be drawn.
parts = {
    "grafik": (t("programme.part_charts", lang), overview_charts),
    "kecamatan": (t("region.part_kecamatan", lang), by_kecamatan),
}
if state.access.sees_units(region):
    parts["panggil"] = (t("programme.summon", lang), summon_list)
    parts["desa"] = (t("programme.villages", lang), every_village)
else:
    sign_in.units_hidden_note(lang)
widgets.sections(parts, lang)
