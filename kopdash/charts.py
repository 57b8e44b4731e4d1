"""Chart builders: pure functions from a query's frame to a Plotly figure, in one status palette.

Every label, hover and axis is formatted here for the reader's language (fmt, i18n), so the browser's
locale never decides how a number looks.
"""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from kopdash import fmt
from kopdash.i18n import status_label, t
from kopdash.schema import REGISTERED_STATUSES, STATUSES

# Paul Tol's "muted" scheme: distinguishable with the common colour-vision deficiencies. Patterns
# and text labels carry the same information for print and for readers who cannot tell colours apart.
STATUS_COLORS = {
    "aktif": "#117733",
    "kurang_aktif": "#DDCC77",
    "tidak_aktif": "#882255",
    "belum_beroperasi": "#88CCEE",
    "dibubarkan": "#BBBBBB",
}
STATUS_TEXT_COLORS = {
    "aktif": "#FFFFFF",
    "kurang_aktif": "#222222",
    "tidak_aktif": "#FFFFFF",
    "belum_beroperasi": "#222222",
    "dibubarkan": "#222222",
}
STATUS_PATTERNS = {
    "aktif": "",
    "kurang_aktif": "/",
    "tidak_aktif": "x",
    "belum_beroperasi": ".",
    "dibubarkan": "-",
}
assert set(STATUS_COLORS) == set(STATUSES) == set(STATUS_PATTERNS)

REGION_COLORS = ("#332288", "#44AA99", "#AA4499", "#999933", "#CC6677", "#6699CC", "#117733", "#882255")
FONT = dict(family="Source Sans Pro, Segoe UI, Arial, sans-serif", size=14)
SEPARATORS = {"id": ",.", "en": ".,"}  # decimal mark, then thousands separator


def _layout(figure: go.Figure, lang: str, **extra) -> go.Figure:
    figure.update_layout(
        font=FONT,
        separators=SEPARATORS.get(lang, SEPARATORS["id"]),
        margin=dict(l=10, r=10, t=30, b=10),
        legend=dict(orientation="h", yanchor="bottom", y=1.02, xanchor="left", x=0, traceorder="normal"),
        hoverlabel=dict(font_size=14),
        **extra,
    )
    return figure


def as_text(value) -> str:
    """Data shown in a chart stays text: Plotly would otherwise read tags such as <a> or <b> in it."""
    return html.escape(str(value), quote=False)


def region_label(row, lang: str) -> str:
    """A region's name with the date of the snapshot it is shown at."""
    return f"{as_text(row.region_name)} ({fmt.date_short(row.snapshot_date, lang)})"


def status_bars(regions: pd.DataFrame, lang: str) -> go.Figure:
    """Stacked horizontal bars: registered cooperatives per region by status (region_status_as_of)."""
    labels = [region_label(row, lang) for row in regions.itertuples()]
    figure = go.Figure()
    for status in REGISTERED_STATUSES:
        counts = regions[f"{status}_count"].astype(int)
        if not counts.any():
            continue
        shares = 100 * counts / regions["registered_count"].where(regions["registered_count"] > 0)
        name = status_label(status, lang)
        figure.add_bar(
            y=labels,
            x=counts,
            orientation="h",
            name=name,
            marker=dict(
                color=STATUS_COLORS[status],
                pattern=dict(
                    shape=STATUS_PATTERNS[status], fillmode="overlay", fgcolor="rgba(0,0,0,0.3)", size=8
                ),
                line=dict(color="#FFFFFF", width=1),
            ),
            text=[fmt.number(c, lang) for c in counts],
            textposition="inside",
            insidetextanchor="middle",
            textfont=dict(color=STATUS_TEXT_COLORS[status], size=14),
            customdata=[
                [label, fmt.number(c, lang), fmt.percent(s, lang)]
                for label, c, s in zip(labels, counts, shares, strict=True)
            ],
            hovertemplate=(
                f"%{{customdata[0]}}<br>{name}: %{{customdata[1]}} (%{{customdata[2]}})<extra></extra>"
            ),
        )
    return _layout(
        figure,
        lang,
        barmode="stack",
        height=90 + 56 * max(len(labels), 1),
        uniformtext=dict(minsize=11, mode="hide"),
        xaxis=dict(title=t("metric.cooperatives", lang), tickformat=",d"),
        yaxis=dict(autorange="reversed", automargin=True),
    )


def pct_aktif_trend(trend: pd.DataFrame, lang: str) -> go.Figure:
    """One line per region: % aktif at every snapshot (status_trend)."""
    figure = go.Figure()
    for index, (region_name, rows) in enumerate(trend.groupby("region_name", sort=True)):
        name = as_text(region_name)
        figure.add_scatter(
            x=rows["snapshot_date"],
            y=rows["pct_aktif"],
            mode="lines+markers",
            name=name,
            line=dict(color=REGION_COLORS[index % len(REGION_COLORS)], width=3),
            marker=dict(size=8, symbol=index % 8),
            customdata=[
                [name, fmt.date_long(d, lang), fmt.percent(p, lang), fmt.number(a, lang), fmt.number(r, lang)]
                for d, p, a, r in zip(
                    rows["snapshot_date"],
                    rows["pct_aktif"],
                    rows["aktif_count"],
                    rows["registered_count"],
                    strict=True,
                )
            ],
            hovertemplate=(
                f"<b>%{{customdata[0]}}</b><br>%{{customdata[1]}}<br>{t('metric.pct_aktif', lang)}: "
                f"%{{customdata[2]}}<br>{status_label('aktif', lang)}: %{{customdata[3]}} / "
                "%{customdata[4]}<extra></extra>"
            ),
        )
    # Year-end ticks, labelled with the date itself: a 31 December snapshot must not read as next year.
    year_ends = [
        pd.Timestamp(y, 12, 31) for y in sorted({d.year for d in pd.to_datetime(trend["snapshot_date"])})
    ]
    return _layout(
        figure,
        lang,
        height=420,
        yaxis=dict(title=t("metric.pct_aktif", lang), range=[0, 100], ticksuffix="%"),
        xaxis=dict(
            tickvals=year_ends,
            ticktext=[fmt.date_short(d, lang) for d in year_ends],
            showgrid=True,
        ),
    )
