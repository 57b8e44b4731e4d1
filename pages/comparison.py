"""Perbandingan (comparison): regions side by side at the as-of date, counts and per 100 registered,
each with its snapshot date and status rule. /banding?regions=36.04,33.14&date=…"""

import pandas as pd
import streamlit as st

from kopdash import queries
from kopdash.present import charts, fmt, freshness, tables
from kopdash.present import comparison as comparison_view
from kopdash.present.i18n import t
from kopdash.ui import cache, widgets
from kopdash.ui.state import view_state

state = view_state()
lang = state.lang
st.title(t("comparison.title", lang))
st.caption(t("comparison.caption", lang))
regions = cache.frame(queries.region_status_as_of, as_of=state.as_of, regions=state.regions)
only_published = comparison_view.published_only_note(cache.frame(queries.published_only_regions), lang)
if only_published and state.regions is None:
    st.info(only_published)
if regions.empty:
    st.warning(t("overview.no_data", lang, date=fmt.date_long(state.as_of, lang), first=fmt.MISSING))
    st.stop()
dates = pd.to_datetime(regions["snapshot_date"])
if (dates.max() - dates.min()).days > 365:
    st.warning(
        t(
            "comparison.spread",
            lang,
            first=fmt.date_long(dates.min(), lang),
            last=fmt.date_long(dates.max(), lang),
        )
    )
far = freshness.far_note(regions, state.as_of, lang)
if far:
    st.warning(tables.as_markdown_text(far))
snapshots = [(row.region_code, pd.Timestamp(row.snapshot_date).date()) for row in regions.itertuples()]
differences = cache.frame(queries.reported_status_differences, snapshots=snapshots)
regions = regions.merge(differences, on="region_code", how="left")
table = comparison_view.comparison_table(regions, lang)
widgets.text_table(table)
st.caption(t("comparison.rule_note", lang))
widgets.download_buttons(table, f"perbandingan_{state.as_of.isoformat()}", lang)


def per_100() -> None:
    st.subheader(t("comparison.chart", lang))
    many = len(regions) > widgets.MANY_REGIONS
    if many:
        st.caption(t("comparison.chart_lowest", lang, n=widgets.MANY_REGIONS))
    charted = regions.nsmallest(widgets.MANY_REGIONS, "pct_aktif") if many else regions
    widgets.chart(cache.figure(charts.per_100_bars, charted, lang))
    st.caption(t("rule.caption", lang))


def published() -> None:
    st.subheader(t("comparison.published", lang))
    matched = cache.frame(
        queries.published_vs_registry, regions=list(state.regions) if state.regions else None
    )
    if matched.empty:
        st.info(t("comparison.published_none", lang))
        return
    shown = matched
    if len(matched) > comparison_view.LATEST_ONLY_ABOVE:  # thousands of figures: the newest of each
        shown = comparison_view.latest_published(matched)
        st.caption(
            t(
                "comparison.published_latest",
                lang,
                shown=fmt.number(len(shown), lang),
                total=fmt.number(len(matched), lang),
            )
        )
    table = comparison_view.published_table(shown, lang, every=matched)
    if len(table) > comparison_view.LATEST_ONLY_ABOVE:
        widgets.grid(table)  # scrolls inside itself; a long text table would not
    else:
        widgets.text_table(table)
    st.caption(t("comparison.published_caption", lang))
    widgets.download_buttons(
        lambda: comparison_view.published_table(matched, lang), "angka_publikasi_vs_registri", lang
    )


def ladder() -> None:
    """Each chosen region's Merah Putih stages (SIMKOPDES) beside its province's kabupaten/kota."""
    figures = cache.frame(
        queries.programme_ladder,
        programme="koperasi_merah_putih",
        as_of=state.as_of,
        metrics=list(comparison_view.LADDER),
    )
    shown = 0
    for row in regions.itertuples():
        table = comparison_view.ladder_against_province(figures, row.region_code, lang)
        if table is None:
            continue
        province = row.province if isinstance(row.province, str) else fmt.MISSING
        st.subheader(
            tables.as_markdown_text(t("comparison.ladder", lang, region=row.region_name, province=province))
        )
        widgets.text_table(table)
        shown += 1
    st.caption(t("comparison.ladder_caption", lang) if shown else t("comparison.ladder_none", lang))


# One part at a time below the table (the chosen one is in the URL as `bagian`).
widgets.sections(
    {
        "per100": (t("comparison.part_chart", lang), per_100),
        "publikasi": (t("comparison.part_published", lang), published),
        "tahapan": (t("comparison.part_ladder", lang), ladder),
    },
    lang,
)
