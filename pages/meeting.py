"""Rapat (presentation mode, ?mode=rapat): one screen per slide, large type, no sidebar. The totals, then
one region per screen, then one programme per screen. /?mode=rapat&slide=2&date=…&lang=…"""

import pandas as pd
import streamlit as st

from kopdash import queries
from kopdash.present import charts, fmt, tables
from kopdash.present import programme as programme_view
from kopdash.present.i18n import programme_label, t
from kopdash.ui import cache, urlstate, widgets
from kopdash.ui.state import view_state

state = view_state()
lang = state.lang
problems: list[str] = []
st.html(widgets.ASSETS / "rapat.css")

regions = cache.frame(queries.region_status_as_of, as_of=state.as_of, regions=state.regions)
programmes = cache.frame(queries.programme_regions)
programmes = programmes[programmes["region_code"].isin(regions["region_code"])]
slides = [("total", None)] + [("region", code) for code in regions["region_code"]]
slides += [
    ("programme", (p, r)) for p, r in zip(programmes["programme"], programmes["region_code"], strict=True)
]

urlstate.seed(
    "slide",
    lambda text: urlstate.parse_whole(text, 1, len(slides)),
    1,
    lambda text: t("error.bad_choice", lang, value=text),
    problems,
)


def turn(step: int) -> None:
    """Move before the buttons are drawn again, so each is enabled for the slide it is drawn on."""
    st.session_state["slide"] = min(max(st.session_state["slide"] + step, 1), len(slides))


number = st.session_state["slide"]
back, where, forward, leave = st.columns([1, 2, 1, 1])
back.button(t("meeting.previous", lang), disabled=number <= 1, key="slide_back", on_click=turn, args=(-1,))
forward.button(
    t("meeting.next", lang), disabled=number >= len(slides), key="slide_next", on_click=turn, args=(1,)
)
urlstate.publish("slide", str(number))
where.markdown(
    t("meeting.position", lang, n=number, total=len(slides), date=fmt.date_long(state.as_of, lang))
)
with leave:
    widgets.app_link(t("meeting.leave", lang))
widgets.demo_note(lang)
widgets.problems_box(problems, lang)
if regions.empty:
    st.warning(t("overview.no_data", lang, date=fmt.date_long(state.as_of, lang), first=fmt.MISSING))
    st.stop()

kind, subject = slides[number - 1]
if kind == "total":
    st.title(t("meeting.total", lang, n=len(regions)))
    widgets.kpi_row(tables.kpi_cards(regions, lang))
    widgets.kpi_notes(tables.kpi_notes(regions, lang))
    labels = [charts.region_label(r, lang) for r in regions.itertuples()]
    widgets.chart(cache.figure(charts.status_bars, regions, labels, lang), big=True)
elif kind == "region":
    one = regions[regions["region_code"] == subject]
    row = one.iloc[0]
    st.title(tables.as_markdown_text(row["region_name"]))
    st.markdown(t("meeting.snapshot", lang, date=fmt.date_long(row["snapshot_date"], lang)))
    widgets.kpi_row(tables.kpi_cards(one, lang))
    widgets.kpi_notes(tables.kpi_notes(one, lang))
    trend = cache.frame(queries.status_trend, until=state.as_of, regions=[subject])
    published = cache.frame(queries.published_figures, until=state.as_of)
    mine = published[published["region_code"] == subject]
    widgets.chart(cache.figure(charts.status_over_time, trend, lang, mine), big=True)
else:
    programme, region = subject
    cooperatives = cache.frame(
        queries.programme_cooperatives, programme=programme, region=region, as_of=state.as_of
    )
    name = regions.set_index("region_code").loc[region, "region_name"]
    st.title(
        tables.as_markdown_text(
            t("programme.title", lang, programme=programme_label(programme, lang), region=name)
        )
    )
    counts = programme_view.figures(cooperatives)
    snapshot = (
        pd.Timestamp(cooperatives["snapshot_date"].iloc[0]).date() if len(cooperatives) else state.as_of
    )
    st.header(programme_view.headline(counts, snapshot, lang), anchor=False)
    widgets.chart(cache.figure(programme_view.funnel, counts, lang), big=True)
