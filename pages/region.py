"""Wilayah (region): one region's snapshot by kecamatan and village, kind and segment, RAT compliance,
data quality, trend and its cooperatives. /wilayah?region=36.04&kecamatan=Cikande&desa=…&q=…"""

from functools import partial

import streamlit as st

from kopdash import queries
from kopdash.domain.pages import BY_NAME
from kopdash.domain.rules import due_year
from kopdash.domain.schema import STATUSES
from kopdash.present import charts, fmt, tables
from kopdash.present import region as region_view
from kopdash.present.cards import region_cards
from kopdash.present.i18n import code_label, programme_label, status_label, t
from kopdash.ui import cache, sign_in, urlstate, widgets
from kopdash.ui.call_cards import call_cards
from kopdash.ui.state import view_state

state = view_state()
lang = state.lang
problems: list[str] = []
calendar = cache.frame(queries.snapshot_calendar)
if calendar.empty:
    widgets.empty_store_notice(lang)
names = dict(zip(calendar["region_code"], calendar["region_name"], strict=True))
top = st.columns(3)
region = widgets.region_choice(names, lang, problems, top[0])
snapshot = widgets.snapshot_as_of(region, names[region], lang, problems)
by_district = cache.frame(queries.status_by, region=region, snapshot_date=snapshot, dimension="district")
kecamatan = widgets.kecamatan_choice(region, snapshot, lang, problems, top[1])
villages = []
if kecamatan:
    by_village = cache.frame(
        queries.status_by, region=region, snapshot_date=snapshot, dimension="village", district=kecamatan
    )
    villages = [v for v in by_village["value"] if isinstance(v, str)]
# The village field only once a kecamatan is open: before that it has no villages to offer.
desa = (
    urlstate.selectbox(
        "desa",
        t("region.village", lang),
        [""] + sorted(villages),
        lang,
        problems,
        lambda v: v or t("region.all_villages", lang),
        container=top[2],
    )
    if kecamatan or st.query_params.get("desa")  # a village without its kecamatan is reported
    else None
) or None
widgets.problems_box(problems, lang)

overview = cache.frame(queries.region_status_as_of, as_of=state.as_of, regions=[region])
st.title(tables.as_markdown_text(names[region]))
rule = tables.rule_summaries(overview, lang)[0]
st.caption(
    tables.as_markdown_text(
        t(
            "region.snapshot",
            lang,
            date=fmt.date_long(snapshot, lang),
            as_of=fmt.date_long(state.as_of, lang),
            rule=rule,
        )
    )
)
# A kecamatan's KPIs and trend when one is open: the figures follow the drill-down.
shown = overview
if kecamatan:
    district = cache.frame(queries.district_totals, region=region, district=kecamatan, until=snapshot)
    shown = district[district["snapshot_date"].dt.date == snapshot]
    st.subheader(tables.as_markdown_text(t("region.kecamatan_figures", lang, kecamatan=kecamatan)))
widgets.kpi_row(tables.kpi_cards(shown, lang))
widgets.kpi_notes(tables.kpi_notes(shown, lang))
if not kecamatan:  # an office's target is for the whole region
    gap = tables.target_gap(shown, cache.frame(queries.region_targets, regions=[region]), lang)
    if gap:
        st.caption(tables.as_markdown_text(gap))
widgets.text_table(tables.change_table(shown, lang))
widgets.brief_buttons(region, state.as_of, lang, with_calls=state.access.sees_units(region))
programmes = cache.frame(queries.programme_regions)
for programme in programmes[programmes["region_code"] == region]["programme"]:
    widgets.app_link(
        t("region.open_programme", lang, programme=programme_label(programme, lang)),
        "programme",
        icon=BY_NAME["programme"].icon,
        programme=programme,
        region=region,
    )


place_counts = by_village if kecamatan else by_district  # what the table and the chart of places show


def place_heading() -> None:
    if kecamatan:
        st.subheader(tables.as_markdown_text(t("region.by_village", lang, kecamatan=kecamatan)))
    else:
        st.subheader(t("region.by_kecamatan", lang))


def place_table() -> None:
    """Status by kecamatan, or by village once a kecamatan is open, as a table (the page opens on it: it
    is drawn with the first screen); the fields above drill down, as a click on the chart's bar does."""
    place_heading()
    header = t("region.village" if kecamatan else "region.kecamatan", lang)
    widgets.text_table(region_view.status_table(place_counts, header, lang))
    st.caption(t("region.table_hint_village" if kecamatan else "region.table_hint_kecamatan", lang))
    if not kecamatan:
        kecamatan_map()


def places() -> None:
    """The same as a chart, where a click on a bar drills one level down."""
    place_heading()
    hint = t("region.hint_village" if kecamatan else "region.hint_kecamatan", lang)
    labels = [region_view.place(v, lang) for v in place_counts["value"]]
    clicked = widgets.chart_click(
        cache.figure(charts.status_bars, place_counts, labels, lang), f"bars:{region}:{kecamatan}"
    )
    st.caption(t("region.click_hint", lang, target=hint))
    if clicked is not None and isinstance(place_counts.iloc[clicked]["value"], str):
        st.query_params["desa" if kecamatan else "kecamatan"] = place_counts.iloc[clicked]["value"]
        st.rerun()


def kecamatan_map() -> None:
    # The same kecamatan on the map, drawn only once opened; a click on a dot drills as a bar does.
    folded = st.expander(
        t("map.on_region", lang), icon=BY_NAME["map"].icon, key="region_map", on_change="rerun"
    )
    if folded.open:
        with folded:
            figures = cache.frame(queries.district_status, region=region, snapshot_date=snapshot)
            clicked_kecamatan = widgets.kecamatan_map(figures, region, names[region], "pct_aktif", lang)
            if clicked_kecamatan is not None:
                st.query_params["kecamatan"] = clicked_kecamatan
                st.rerun()
            widgets.app_link(t("map.open", lang), "map", region=region)


def kinds() -> None:
    left, right = st.columns(2)
    for column, dimension in ((left, "kind"), (right, "segment")):
        grouped = cache.frame(
            queries.status_by, region=region, snapshot_date=snapshot, dimension=dimension, district=kecamatan
        )
        column.subheader(t(f"region.by_{dimension}", lang))
        with column:
            labels = [code_label(dimension, v, lang) for v in grouped["value"]]
            widgets.chart(cache.figure(charts.status_bars, grouped, labels, lang))


def rat_and_quality() -> None:
    due = due_year(snapshot)
    st.subheader(t("region.rat", lang, year=due))
    rat = cache.frame(
        queries.rat_compliance, region=region, snapshot_date=snapshot, due_year=due, district=kecamatan
    )
    widgets.text_table(region_view.rat_table(rat, lang), total_row=True)
    st.caption(t("region.rat_caption", lang, year=due))
    st.subheader(t("region.quality", lang))
    quality = cache.frame(queries.data_quality, region=region, snapshot_date=snapshot, district=kecamatan)
    widgets.text_table(region_view.quality_table(quality, lang), total_row=True)
    st.caption(t("region.quality_caption", lang))


def trend() -> None:
    st.subheader(tables.as_markdown_text(t("region.trend", lang, region=kecamatan or names[region])))
    if kecamatan:  # the office publishes figures for the whole region, not for one kecamatan
        widgets.chart(cache.figure(charts.status_over_time, district, lang))
        return
    published = cache.frame(queries.published_figures, until=state.as_of)
    trend = cache.frame(queries.status_trend, until=state.as_of, regions=[region])
    mine = published[published["region_code"] == region]
    widgets.chart(cache.figure(charts.status_over_time, trend, lang, mine))


def cooperatives() -> None:
    filters = st.columns([2, 2, 1])
    list_problems: list[str] = []
    search = urlstate.text_input("q", t("region.search", lang), lang, container=filters[0])
    chosen = urlstate.multiselect(
        "status",
        t("region.status_filter", lang),
        list(STATUSES),
        lang,
        list_problems,
        lambda s: status_label(s, lang),
        container=filters[1],
    )
    sort = urlstate.selectbox(
        "sort",
        t("region.sort", lang),
        list(queries.region.SORTS),
        lang,
        list_problems,
        lambda s: t(f"sort.{s}", lang),
        container=filters[2],
    )
    widgets.problems_box(list_problems, lang)
    listing = cache.frame(
        queries.cooperative_list,
        region=region,
        snapshot_date=snapshot,
        district=kecamatan,
        village=desa,
        statuses=chosen or None,
        search=search or None,
        sort=sort,
    )
    table = region_view.cooperative_table(listing, lang)
    dissolved = int((listing["status"] == "dibubarkan").sum()) if len(listing) else 0
    if dissolved:  # the list shows the dissolved too; the KPIs count the registered: say how the two meet
        st.caption(
            t(
                "region.list_count_dissolved",
                lang,
                n=fmt.number(len(table), lang),
                registered=fmt.number(len(table) - dissolved, lang),
                dissolved=fmt.number(dissolved, lang),
            )
        )
    else:
        st.caption(t("region.list_count", lang, n=fmt.number(len(table), lang)))
    if len(listing) >= 5000:
        st.info(t("region.list_limited", lang, n=fmt.number(len(listing), lang)))
    with st.container(key="wide-list"):  # a screen: the grid, a click on a row opens the cooperative
        row = widgets.list_click(table, f"list:{region}:{snapshot}")
    if row is not None:
        widgets.open_page("cooperative", nik=listing.iloc[row]["nik"], region=region)
    with st.container(key="narrow-list"):  # a phone: cards with call and WhatsApp, 20 at a time
        personal = state.access.sees_personal(region)
        cards = partial(region_cards, lang=lang, personal=personal)
        call_cards(listing, cards, region, lang, f"cards:list:{region}:{snapshot}")
    widgets.download_buttons(table, f"koperasi_{region}_{snapshot.isoformat()}", lang)


# The parts below the key numbers, one at a time (the chosen one is in the URL as `bagian`).
parts = {
    "tempat": (t("region.part_villages" if kecamatan else "region.part_kecamatan", lang), place_table),
    "grafik": (t("region.part_chart_villages" if kecamatan else "region.part_chart_kecamatan", lang), places),
    "jenis": (t("region.part_kinds", lang), kinds),
    "rat": (t("region.part_rat", lang), rat_and_quality),
    "tren": (t("region.part_trend", lang), trend),
}
if state.access.sees_units(region):
    parts["daftar"] = (t("region.list", lang), cooperatives)
else:
    sign_in.units_hidden_note(lang)
# A link that filters the list (?q=…) opens on the list.
widgets.sections(parts, lang, "daftar" if {"q", "status", "sort"} & set(st.query_params) else None)
