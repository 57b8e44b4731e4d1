"""Ringkasan (overview): every region at its latest snapshot on or before the as-of date."""

import streamlit as st

from kopdash import queries
from kopdash.domain.pages import BY_NAME
from kopdash.present import charts, fmt, tables
from kopdash.present import comparison as comparison_view
from kopdash.present.i18n import t
from kopdash.ui import cache, widgets
from kopdash.ui.state import view_state

state = view_state()
lang = state.lang

st.title(t("overview.title", lang))
widgets.app_link(t("meeting.open", lang), "meeting", icon=BY_NAME["meeting"].icon, mode="rapat")
widgets.demo_banner(lang)

regions = cache.frame(queries.region_status_as_of, as_of=state.as_of, regions=state.regions)
calendar = cache.frame(queries.snapshot_calendar)
if calendar.empty:
    widgets.empty_store_notice(lang)
if regions.empty:
    first = fmt.date_long(calendar["first_snapshot"].min(), lang)
    st.warning(t("overview.no_data", lang, date=fmt.date_long(state.as_of, lang), first=first))
    st.stop()

st.subheader(t("overview.as_of", lang, date=fmt.date_long(state.as_of, lang)))
st.caption(t("overview.dates_differ", lang, date=fmt.date_long(state.as_of, lang)))
wanted = set(state.regions or calendar["region_code"])
missing = calendar[calendar["region_code"].isin(wanted - set(regions["region_code"]))]
if not missing.empty:
    st.caption(
        t(
            "overview.missing_regions",
            lang,
            regions=", ".join(map(tables.as_markdown_text, missing["region_name"])),
        )
    )

st.markdown(f"**{t('overview.totals', lang, n=len(regions))}**")
widgets.kpi_row(tables.kpi_cards(regions, lang))
widgets.kpi_notes(tables.kpi_notes(regions, lang))
st.caption(t("kpi.delta_note", lang))
widgets.text_table(tables.change_table(regions, lang))

many = len(regions) > widgets.MANY_REGIONS


def bars() -> None:
    # With many regions (a province, the ministry) a chart shows the lowest few, and the trend the total.
    charted = regions.nsmallest(widgets.MANY_REGIONS, "pct_aktif") if many else regions
    st.subheader(t("overview.bars_lowest" if many else "overview.bars", lang, n=len(charted)))
    labels = [charts.region_label(row, lang) for row in charted.itertuples()]
    clicked = widgets.chart_click(cache.figure(charts.status_bars, charted, labels, lang), "overview_bars")
    if clicked is not None:
        widgets.open_page("region", region=charted.iloc[clicked]["region_code"])
    st.caption(t("overview.click_hint", lang))
    rules = [tables.as_markdown_text(rule) for rule in tables.rule_summaries(regions, lang)]
    shown = rules if len(rules) <= widgets.MANY_REGIONS else rules[:1]
    st.caption(t("rule.caption", lang) + "  \n" + "  \n".join(shown))


def region_table() -> None:
    st.subheader(t("overview.table", lang))
    widgets.text_table(tables.region_table(regions, lang))
    names = dict(zip(regions["region_code"], regions["region_name"], strict=True))
    chosen = widgets.open_choice(names, t("overview.open_region", lang), "overview_open_region", lang)
    if chosen:
        widgets.open_page("region", region=chosen)


def trend() -> None:
    st.subheader(t("overview.trend_total" if many else "overview.trend", lang))
    if many:
        total = cache.frame(queries.total_trend, until=state.as_of, regions=state.regions)
        total = total.assign(region_code="*", region_name=t("overview.all_shown", lang, n=len(regions)))
        widgets.chart(cache.figure(charts.pct_aktif_trend, total, lang))
    else:
        trend = cache.frame(queries.status_trend, until=state.as_of, regions=state.regions)
        targets = cache.frame(queries.region_targets, regions=state.regions)
        published = cache.frame(queries.published_figures, until=state.as_of)
        only = cache.frame(queries.published_only_regions) if state.regions is None else None
        without = tuple(only["region_code"]) if only is not None else ()
        widgets.chart(cache.figure(charts.pct_aktif_trend, trend, lang, published, targets, without))
        if only is not None and (note := comparison_view.published_only_note(only, lang)):
            st.caption(note)
    st.caption(t("overview.trend_note", lang))


# The parts below the key numbers, one at a time (the chosen one is in the URL as `bagian`). The page
# opens on the table: the same figures as the chart, exact, and drawn with the first screen, where the
# chart's code would be fetched and drawn after it; the chart is a click away.
widgets.sections(
    {
        "tabel": (t("overview.part_table", lang), region_table),
        "grafik": (t("overview.part_bars", lang), bars),
        "tren": (t("overview.part_trend", lang), trend),
    },
    lang,
)
