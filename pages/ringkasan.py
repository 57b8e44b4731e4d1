"""Ringkasan (overview): every region at its latest snapshot on or before the as-of date."""

import streamlit as st

from kopdash import queries
from kopdash.present import charts, fmt, tables
from kopdash.present.i18n import t
from kopdash.ui import web

state = web.view_state()
lang = state.lang

st.title(t("overview.title", lang))
web.app_link(t("rapat.open", lang), mode="rapat")
web.demo_banner(lang)

regions = web.frame(queries.region_status_as_of, as_of=state.as_of, regions=state.regions)
calendar = web.frame(queries.snapshot_calendar)
if calendar.empty:
    st.warning(t("overview.empty_store", lang, root=web.store_location()))
    st.stop()
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
web.kpi_row(tables.kpi_cards(regions, lang))
st.caption(t("kpi.delta_note", lang))
web.text_table(tables.change_table(regions, lang))

st.subheader(t("overview.table", lang))
web.text_table(tables.region_table(regions, lang))

# With many regions (a province, the ministry) a chart shows the lowest few, and the trend the total.
many = len(regions) > web.MANY_REGIONS
charted = regions.nsmallest(web.MANY_REGIONS, "pct_aktif") if many else regions
st.subheader(t("overview.bars_lowest" if many else "overview.bars", lang, n=len(charted)))
labels = [charts.region_label(row, lang) for row in charted.itertuples()]
clicked = web.chart_click(charts.status_bars(charted, labels, lang), "overview_bars")
if clicked is not None:
    web.open_page("pages/wilayah.py", region=charted.iloc[clicked]["region_code"])
st.caption(t("overview.click_hint", lang))
rules = tables.rule_summaries(regions, lang)
st.caption(
    t("rule.caption", lang) + "  \n" + "  \n".join(rules if len(rules) <= web.MANY_REGIONS else rules[:1])
)

st.subheader(t("overview.trend_total" if many else "overview.trend", lang))
if many:
    trend = web.frame(queries.total_trend, until=state.as_of, regions=state.regions)
    trend = trend.assign(region_code="*", region_name=t("overview.all_shown", lang, n=len(regions)))
    web.chart(charts.pct_aktif_trend(trend, lang))
else:
    trend = web.frame(queries.status_trend, until=state.as_of, regions=state.regions)
    web.chart(charts.pct_aktif_trend(trend, lang, web.frame(queries.published_figures)))
st.caption(t("overview.trend_note", lang))
