"""Peta (map): % aktif, counts by status and cooperatives not yet operating, per kecamatan of a region
or per kabupaten/kota, on bundled official boundaries. /peta?region=36.73&ukuran=pct_aktif"""

import streamlit as st

from kopdash import queries
from kopdash.present import fmt, tables
from kopdash.present import map as map_view
from kopdash.present.i18n import t
from kopdash.ui import cache, urlstate, widgets
from kopdash.ui.state import view_state

state = view_state()
lang = state.lang
problems: list[str] = []
st.title(t("map.title", lang))
calendar = cache.frame(queries.snapshot_calendar)
if calendar.empty:
    widgets.empty_store_notice(lang)
names = {"": t("map.all_regions", lang)} | dict(
    zip(calendar["region_code"], calendar["region_name"], strict=True)
)
top = st.columns(2)
region = widgets.region_choice(names, lang, problems, top[0], "map.region")
measure = urlstate.selectbox(
    "ukuran",
    t("map.measure", lang),
    list(map_view.MEASURES),
    lang,
    problems,
    lambda m: t(f"map.measure.{m}", lang),
    container=top[1],
)
widgets.problems_box(problems, lang)

if region:
    snapshot = widgets.snapshot_as_of(region, names[region], lang, problems)
    figures = cache.frame(queries.district_status, region=region, snapshot_date=snapshot)
    st.subheader(
        tables.as_markdown_text(
            t("map.heading_region", lang, region=names[region], date=fmt.date_long(snapshot, lang))
        )
    )
    hint = t("map.click_kecamatan", lang)
    kecamatan = widgets.kecamatan_map(figures, region, names[region], measure, lang, hint)
    if kecamatan is not None:
        widgets.open_page("region", region=region, kecamatan=kecamatan)
    unmatched = figures[figures["district_code"].isna()]["registered_count"].sum()
    if unmatched:
        st.caption(t("map.unmatched", lang, n=fmt.number(unmatched, lang)))
    widgets.text_table(
        map_view.area_table(figures.fillna({"district": fmt.MISSING}), "district_code", "district", lang)
    )
else:
    regions = cache.frame(queries.region_status_as_of, as_of=state.as_of, regions=state.regions)
    st.subheader(t("map.heading_all", lang, date=fmt.date_long(state.as_of, lang)))
    if not regions.empty:
        st.caption(t("map.click_region", lang))
        figure = map_view.choropleth(regions, "region_code", "region_name", measure, "kabupaten_kota", lang)
        clicked = widgets.chart_click(figure, f"map:all:{measure}", curve=len(figure.data) - 1)
        if clicked is not None:
            code = map_view.centre_codes(figure)[clicked]
            if code in names:
                widgets.open_page("map", region=code, ukuran=measure)
        widgets.text_table(map_view.area_table(regions, "region_code", "region_name", lang))
st.caption(t("map.source", lang))
