"""Peta (map): % aktif, counts by status and cooperatives not yet operating, per kecamatan or
desa/kelurahan of a region or per kabupaten/kota, on bundled official boundaries.
/peta?region=36.73&ukuran=pct_aktif&tingkat=kelurahan&kecamatan=Kasemen"""

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
level = kecamatan = None
if region:
    snapshot = widgets.snapshot_as_of(region, names[region], lang, problems)
    figures = cache.frame(queries.district_status, region=region, snapshot_date=snapshot)
    below = st.columns(2)
    level = urlstate.selectbox(
        "tingkat",
        t("map.level", lang),
        list(map_view.LEVELS),
        lang,
        problems,
        lambda chosen: t(f"map.level.{chosen}", lang),
        container=below[0],
    )
    if level == "kelurahan":
        kecamatan = widgets.kecamatan_choice(region, snapshot, lang, problems, below[1])
widgets.problems_box(problems, lang)

if region and level == "kelurahan":
    district = dict(zip(figures["district"], figures["district_code"], strict=True)).get(kecamatan)
    villages = cache.frame(
        queries.village_status, region=region, snapshot_date=snapshot, district_code=district
    )
    place = tables.as_markdown_text(kecamatan or names[region])
    st.subheader(t("map.heading_villages", lang, place=place, date=fmt.date_long(snapshot, lang)))
    clicked = widgets.area_map(
        villages, "kelurahan", region, names[region], measure, lang, t("map.click_village", lang), district
    )
    if clicked is not None:
        widgets.open_page("region", region=region, kecamatan=clicked["district"], desa=clicked["village"])
    unmatched = villages[villages["village_code"].isna()]["registered_count"].sum()
    if unmatched:
        st.caption(t("map.unmatched_village", lang, n=fmt.number(unmatched, lang)))
    shown = villages.fillna({"village": fmt.MISSING, "district": fmt.MISSING})
    widgets.text_table(map_view.area_table(shown, "kelurahan", lang))
elif region:
    st.subheader(
        tables.as_markdown_text(
            t("map.heading_region", lang, region=names[region], date=fmt.date_long(snapshot, lang))
        )
    )
    hint = t("map.click_kecamatan", lang)
    clicked = widgets.kecamatan_map(figures, region, names[region], measure, lang, hint)
    if clicked is not None:
        widgets.open_page("region", region=region, kecamatan=clicked)
    unmatched = figures[figures["district_code"].isna()]["registered_count"].sum()
    if unmatched:
        st.caption(t("map.unmatched", lang, n=fmt.number(unmatched, lang)))
    shown = figures.fillna({"district": fmt.MISSING})
    widgets.text_table(map_view.area_table(shown, "kecamatan", lang))
else:
    regions = cache.frame(queries.region_status_as_of, as_of=state.as_of, regions=state.regions)
    st.subheader(t("map.heading_all", lang, date=fmt.date_long(state.as_of, lang)))
    if not regions.empty:
        st.caption(t("map.click_region", lang))
        figure = map_view.choropleth(regions, measure, "kabupaten_kota", lang)
        clicked = widgets.chart_click(figure, f"map:all:{measure}", curve=len(figure.data) - 1, map_=True)
        if clicked is not None:
            code = map_view.centre_codes(figure)[clicked]
            if code in names:
                widgets.open_page("map", region=code, ukuran=measure)
        widgets.text_table(map_view.area_table(regions, "kabupaten_kota", lang))
st.caption(t("map.source", lang))
