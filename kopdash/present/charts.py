"""Chart builders: pure functions from a query's frame to a Plotly figure, in one status palette.

Every label, hover and axis is formatted here for the reader's language (fmt, i18n), so the browser's
locale never decides how a number looks.
"""

from __future__ import annotations

import html
import math

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from kopdash.domain.schema import REGISTERED_STATUSES, STATUSES
from kopdash.present import fmt
from kopdash.present.i18n import status_label, t

# Paul Tol's "muted" scheme: distinguishable with the common colour-vision deficiencies. Patterns
# and text labels carry the same information for print and for readers who cannot tell colours apart.
STATUS_COLORS = {
    "aktif": "#117733",
    "kurang_aktif": "#DDCC77",
    "tidak_aktif": "#882255",
    "belum_beroperasi": "#88CCEE",
    "belum_diketahui": "#DDDDDD",  # Tol's own colour for "no data"
    "dibubarkan": "#BBBBBB",
}
STATUS_TEXT_COLORS = {
    "aktif": "#FFFFFF",
    "kurang_aktif": "#222222",
    "tidak_aktif": "#FFFFFF",
    "belum_beroperasi": "#222222",
    "belum_diketahui": "#222222",
    "dibubarkan": "#222222",
}
STATUS_PATTERNS = {
    "aktif": "",
    "kurang_aktif": "/",
    "tidak_aktif": "x",
    "belum_beroperasi": ".",
    "belum_diketahui": "+",
    "dibubarkan": "-",
}
assert set(STATUS_COLORS) == set(STATUSES) == set(STATUS_PATTERNS)

REGION_COLORS = ("#332288", "#44AA99", "#AA4499", "#999933", "#CC6677", "#6699CC", "#117733", "#882255")
# Dark 16 px type on white: readable on a projector from the back of a room (Streamlit's own chart theme
# sets 12 px grey, so pages draw these figures with their own template).
# No Plotly template: every figure would deep-copy one (about 0.1 s a chart); the few styles we want are
# set in base_layout instead.
pio.templates.default = "none"
FONT = dict(family="Source Sans Pro, Segoe UI, Arial, sans-serif", size=16, color="#222222")
AXIS_FONT_SIZE = 15
SEPARATORS = {"id": ",.", "en": ".,"}  # decimal mark, then thousands separator


def base_layout(figure: go.Figure, lang: str, **extra) -> go.Figure:
    figure.update_layout(
        font=FONT,
        separators=SEPARATORS.get(lang, SEPARATORS["id"]),
        margin=extra.pop("margin", dict(l=10, r=10, t=30, b=10)),  # automargin widens them as needed
        legend=dict(orientation="h", yanchor="bottom", y=1.02, xanchor="left", x=0, traceorder="normal"),
        hoverlabel=dict(font_size=16),
        paper_bgcolor="#FFFFFF",
        plot_bgcolor="#FFFFFF",
        **extra,
    )
    axes = dict(
        tickfont=dict(size=AXIS_FONT_SIZE, color="#222222"),
        automargin=True,
        gridcolor="#E5E5E5",
        zeroline=False,
    )
    figure.update_xaxes(**axes)
    figure.update_yaxes(showgrid=True, **axes)
    return figure


def room_for_labels(labels: list[str]) -> dict:
    """Margins wide enough beforehand for a horizontal bar chart's labels (left), axis and title (below)
    and one row of legend (above). Plotly's automargin widens a margin that is too narrow by drawing the
    chart a second time (80 ms against 46 ms for a region's chart in Chromium); a guess on the wide
    side leaves 8-18 px of space instead (the demo's region and kecamatan labels, measured)."""
    widest = max((sum(glyph_em(c) for c in str(label)) for label in labels), default=0)
    return dict(l=20 + math.ceil(widest * AXIS_FONT_SIZE), r=10, t=64, b=50)


def glyph_em(character: str) -> float:
    """A character's width in em, on the wide side for common sans-serif fonts."""
    if character in "iljtfrI.,:;()[]' |!-":
        return 0.32
    return 0.72 if character.isupper() or character in "mw" else 0.56


def date_axis(dates, lang: str, most: int = 12) -> dict:
    """Date ticks written in the reader's language (Plotly would print English month names): at most
    `most`, the latest always among them, none closer to the next than half an even spacing (an
    intervention five days after a snapshot would print its date over the snapshot's)."""
    unique = sorted(pd.to_datetime(pd.Series(list(dates))).dropna().unique())
    step = max(1, -(-len(unique) // most))
    closest = (unique[-1] - unique[0]) / (2 * most) if unique else None
    shown: list = []
    for day in reversed(unique[::-1][::step]):  # every step-th date counted from the latest
        if shown and day - shown[-1] < closest:
            shown[-1] = day  # the later of two close dates
        else:
            shown.append(day)
    return dict(tickvals=shown, ticktext=[fmt.date_short(pd.Timestamp(d).date(), lang) for d in shown])


def as_text(value) -> str:
    """Data shown in a chart stays text: Plotly would otherwise read tags such as <a> or <b> in it."""
    return html.escape(str(value), quote=False)


def region_label(row, lang: str) -> str:
    """A region's name with the date of the snapshot it is shown at (plain text)."""
    return f"{row.region_name} ({fmt.date_short(row.snapshot_date, lang)})"


def status_marker(status: str) -> dict:
    """The one look of a status in every chart: its colour, its pattern, a white edge."""
    return dict(
        color=STATUS_COLORS[status],
        pattern=dict(shape=STATUS_PATTERNS[status], fillmode="overlay", fgcolor="rgba(0,0,0,0.3)", size=8),
        line=dict(color="#FFFFFF", width=1),
    )


def status_bars(counts: pd.DataFrame, labels: list[str], lang: str) -> go.Figure:
    """Stacked horizontal bars of registered cooperatives by status, one bar per row of `counts`.

    `counts` has registered_count and <status>_count columns; `labels` names its rows (plain text).
    A click on a bar reports the row's position as the point index.
    """
    shown = [as_text(label) for label in labels]
    figure = go.Figure()
    for status in REGISTERED_STATUSES:
        values = counts[f"{status}_count"].astype(int)
        if not values.any():
            continue
        shares = 100 * values / counts["registered_count"].where(counts["registered_count"] > 0)
        name = status_label(status, lang)
        figure.add_bar(
            y=shown,
            x=values,
            orientation="h",
            name=name,
            marker=status_marker(status),
            text=[fmt.number(v, lang) for v in values],
            textposition="inside",
            insidetextanchor="middle",
            textfont=dict(color=STATUS_TEXT_COLORS[status], size=14),
            customdata=[
                [label, fmt.number(v, lang), fmt.percent(p, lang)]
                for label, v, p in zip(shown, values, shares, strict=True)
            ],
            hovertemplate=(
                f"%{{customdata[0]}}<br>{name}: %{{customdata[1]}} (%{{customdata[2]}})<extra></extra>"
            ),
        )
    per_bar = 56 if len(shown) <= 8 else 30
    return base_layout(
        figure,
        lang,
        margin=room_for_labels(labels),
        barmode="stack",
        height=90 + per_bar * max(len(shown), 1),
        uniformtext=dict(minsize=11, mode="hide"),
        xaxis=dict(title=t("metric.cooperatives", lang), tickformat=",d"),
        yaxis=dict(autorange="reversed", automargin=True, type="category"),
    )


def status_over_time(trend: pd.DataFrame, lang: str, published: pd.DataFrame | None = None) -> go.Figure:
    """Stacked bars of one region's status counts at every snapshot (status_trend for one region), with
    the aktif figures an office published as diamonds at their own dates (the caller leaves out those
    after the view's date). The axis is time: snapshots a year apart stand a year apart."""
    figure = go.Figure()
    when = list(pd.to_datetime(trend["snapshot_date"]))
    dates = [fmt.date_short(d, lang) for d in trend["snapshot_date"]]
    for status in REGISTERED_STATUSES:
        values = trend[f"{status}_count"].astype(int)
        if not values.any():
            continue
        name = status_label(status, lang)
        figure.add_bar(
            x=when,
            y=values,
            name=name,
            marker=status_marker(status),
            customdata=[[d, fmt.number(v, lang)] for d, v in zip(dates, values, strict=True)],
            hovertemplate=f"%{{customdata[0]}}<br>{name}: %{{customdata[1]}}<extra></extra>",
        )
    aktif = (
        pd.DataFrame(columns=["as_of"])
        if published is None
        else published[published["programme"].isna() & (published["metric"] == "aktif")]
    )
    # Each figure at its own date, never moved onto a bar: a projected chart shows no hover, and a figure
    # drawn on a bar reads as that snapshot's (Sragen's 228 of 20 Oct 2022 is not 31 Dec 2020's).
    points = [(pd.Timestamp(row.as_of), row) for row in aktif.itertuples()]
    if points:
        figure.add_scatter(
            x=[x for x, _ in points],
            y=[row.value for _, row in points],
            mode="markers",
            name=t("published.marker_aktif", lang),
            marker=dict(symbol="diamond-open", size=16, color="#111111", line=dict(width=2)),
            customdata=[[fmt.number(row.value, lang), _source_line(row, lang)] for _, row in points],
            hovertemplate=(
                t("published.marker_aktif", lang) + ": %{customdata[0]}<br>%{customdata[1]}<extra></extra>"
            ),
        )
    return base_layout(
        figure,
        lang,
        barmode="stack",
        height=380,
        xaxis=dict(**date_axis([*when, *aktif["as_of"]], lang), type="date", tickangle=-45),
        yaxis=dict(title=t("metric.cooperatives", lang), tickformat=",d"),
    )


def per_100_bars(regions: pd.DataFrame, lang: str) -> go.Figure:
    """Grouped bars: aktif, kurang aktif, tidak aktif and (where any region has them) belum beroperasi and
    belum diketahui per 100 registered, one group per region: a region's bars add up to 100."""
    labels = [as_text(region_label(row, lang)) for row in regions.itertuples()]
    figure = go.Figure()
    statuses = ["aktif", "kurang_aktif", "tidak_aktif"]
    statuses += [s for s in ("belum_beroperasi", "belum_diketahui") if (regions[f"{s}_count"] > 0).any()]
    for status in statuses:
        per_100 = (
            100
            * regions[f"{status}_count"]
            / regions["registered_count"].where(regions["registered_count"] > 0)
        )
        name = status_label(status, lang)
        figure.add_bar(
            x=labels,
            y=per_100.round(1),
            name=name,
            marker=status_marker(status),
            text=[fmt.number(v, lang, 1) for v in per_100],
            textposition="outside",
            customdata=[[label, fmt.number(v, lang, 1)] for label, v in zip(labels, per_100, strict=True)],
            hovertemplate=(
                f"%{{customdata[0]}}<br>{name}: %{{customdata[1]}} "
                f"{t('comparison.per100', lang)}<extra></extra>"
            ),
        )
    return base_layout(
        figure,
        lang,
        barmode="group",
        height=420,
        yaxis=dict(title=t("comparison.chart", lang), range=[0, 105]),
        xaxis=dict(type="category"),
    )


def published_shares(published: pd.DataFrame) -> pd.DataFrame:
    """Published % aktif wherever an office published both aktif and the registered total (or the rest)."""
    regional = published[published["programme"].isna()]
    wide = regional.pivot_table(
        index=["region_code", "as_of"], columns="metric", values="value", aggfunc="first"
    )
    if "aktif" not in wide:
        return pd.DataFrame(columns=["region_code", "as_of", "aktif", "registered", "pct_aktif"])
    registered = wide["registered"] if "registered" in wide else pd.Series(float("nan"), index=wide.index)
    if "not_aktif" in wide:
        registered = registered.fillna(wide["aktif"] + wide["not_aktif"])
    shares = pd.DataFrame({"aktif": wide["aktif"], "registered": registered}).dropna().reset_index()
    shares["pct_aktif"] = 100 * shares["aktif"] / shares["registered"]
    sources = regional.drop_duplicates(["region_code", "as_of"])[
        ["region_code", "as_of", "source_title", "source_publisher", "approximate"]
    ]
    return shares.merge(sources, on=["region_code", "as_of"], how="left")


def _source_line(row, lang: str) -> str:
    publisher = as_text(row.source_publisher) if isinstance(row.source_publisher, str) else ""
    return (
        f"{publisher}, {fmt.date_long(pd.Timestamp(row.as_of).date(), lang)}<br>“{as_text(row.source_title)}”"
    )


def _published_diamonds(figure: go.Figure, shares: pd.DataFrame, names: dict, label: str, colour: str, lang):
    """Published % aktif (published_shares) as open diamonds, each with its region and source."""
    if shares.empty:
        return
    figure.add_scatter(
        x=pd.to_datetime(shares["as_of"]),
        y=shares["pct_aktif"],
        mode="markers",
        name=label,
        marker=dict(symbol="diamond-open", size=16, color=colour, line=dict(width=2)),
        customdata=[
            [
                as_text(names.get(row.region_code, row.region_code)),
                fmt.percent(row.pct_aktif, lang),
                fmt.number(row.aktif, lang),
                fmt.number(row.registered, lang),
                _source_line(row, lang),
            ]
            for row in shares.itertuples()
        ],
        hovertemplate=(
            f"<b>%{{customdata[0]}}</b><br>{label}: %{{customdata[1]}}"
            " (%{customdata[2]} / %{customdata[3]})<br>%{customdata[4]}<extra></extra>"
        ),
    )


def pct_aktif_trend(
    trend: pd.DataFrame,
    lang: str,
    published: pd.DataFrame | None = None,
    targets: pd.DataFrame | None = None,
    without_registry: tuple[str, ...] = (),
) -> go.Figure:
    """One line per region: % aktif at every snapshot (status_trend); published figures as diamonds;
    an office's target per year (region_targets) as a dotted step in the region's colour; each 30 June
    RAT deadline as a faint vertical line. `without_registry`: regions with published figures only,
    drawn as grey diamonds of their own (published_only_regions)."""
    figure = go.Figure()
    for index, (region_name, rows) in enumerate(trend.groupby("region_name", sort=True)):
        name = as_text(region_name)
        _target_steps(figure, rows, targets, REGION_COLORS[index % len(REGION_COLORS)], name, lang)
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
        # Where cooperatives in formation are counted, % aktif without them too, dashed: a fall that
        # only their arrival causes is then seen as such.
        if "pct_aktif_established" in rows and (rows["belum_beroperasi_count"] > 0).any():
            figure.add_scatter(
                x=rows["snapshot_date"],
                y=rows["pct_aktif_established"],
                mode="lines",
                name=f"{name} · {t('metric.pct_aktif_established', lang)}",
                line=dict(color=REGION_COLORS[index % len(REGION_COLORS)], width=2, dash="dash"),
                hovertemplate=(
                    f"<b>{name}</b><br>%{{x|%d/%m/%Y}}<br>{t('metric.pct_aktif_established', lang)}: "
                    "%{y:.1f}%<extra></extra>"
                ),
            )
    if published is not None and len(published):
        shares = published_shares(published)
        shown_until = pd.to_datetime(trend["snapshot_date"]).max()
        shares = shares[pd.to_datetime(shares["as_of"]) <= shown_until]
        names = dict(zip(trend["region_code"], trend["region_name"], strict=False))
        if "region_name" in published:  # regions without a registry are named from the published table
            names = {**dict(zip(published["region_code"], published["region_name"], strict=False)), **names}
        for label, codes, colour in (
            (t("published.marker", lang), set(trend["region_code"]), "#111111"),
            (t("published.marker_no_registry", lang), set(without_registry), "#6b6b6b"),
        ):
            _published_diamonds(figure, shares[shares["region_code"].isin(codes)], names, label, colour, lang)
    _deadlines(figure, trend["snapshot_date"], lang)
    # Year-end ticks, labelled with the date itself: a 31 December snapshot must not read as next year.
    year_ends = [
        pd.Timestamp(y, 12, 31) for y in sorted({d.year for d in pd.to_datetime(trend["snapshot_date"])})
    ]
    return base_layout(
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


def _target_steps(figure: go.Figure, rows: pd.DataFrame, targets, color: str, name: str, lang: str) -> None:
    """The region's target % aktif, one flat segment per year, across the years the trend shows."""
    if targets is None or targets.empty or rows.empty:
        return
    mine = targets[targets["region_code"] == rows["region_code"].iloc[0]]
    dates = pd.to_datetime(rows["snapshot_date"])
    xs: list = []
    ys: list = []
    hover: list = []
    for target in mine.itertuples():
        start = max(pd.Timestamp(target.year, 1, 1), dates.min())
        end = min(pd.Timestamp(target.year, 12, 31), dates.max() + pd.Timedelta(days=31))
        if start > end:
            continue
        said = t("target.hover", lang, year=target.year, target=fmt.percent(target.target_pct_aktif, lang))
        xs += [start, end, None]
        ys += [target.target_pct_aktif] * 2 + [None]
        hover += [said, said, None]
    if xs:
        figure.add_scatter(
            x=xs,
            y=ys,
            mode="lines",
            name=f"{name} · {t('target.legend', lang)}",
            line=dict(color=color, width=2, dash="dot"),
            hovertext=hover,
            hoverinfo="text",
        )


def _deadlines(figure: go.Figure, dates: pd.Series, lang: str) -> None:
    """30 June of every year shown: the RAT deadline, as faint vertical lines with one legend entry."""
    shown = pd.to_datetime(dates)
    if shown.empty:
        return
    years = range(shown.min().year, shown.max().year + 1)
    marks = [pd.Timestamp(y, 6, 30) for y in years if shown.min() <= pd.Timestamp(y, 6, 30) <= shown.max()]
    if not marks:
        return
    xs: list = []
    for mark in marks:
        xs += [mark, mark, None]
    figure.add_scatter(
        x=xs,
        y=[0, 100, None] * len(marks),
        mode="lines",
        name=t("target.deadline", lang),
        line=dict(color="#999999", width=1, dash="dot"),
        hoverinfo="skip",
    )


def status_timeline(history: pd.DataFrame, lang: str, events: pd.DataFrame | None = None) -> go.Figure:
    """One cooperative's status at every snapshot: a marker per snapshot on its status's row; its
    interventions (events) as stars on a row of their own, labelled."""
    order = [s for s in STATUSES]
    figure = go.Figure()
    events_row = t("cooperative.events_row", lang)
    if events is not None and len(events):
        labels = [t(f"event.{kind}", lang) for kind in events["kind"]]
        figure.add_scatter(
            x=events["event_date"],
            y=[events_row] * len(events),
            mode="markers",
            name=events_row,
            marker=dict(color="#444444", size=14, symbol="star"),
            customdata=[
                [fmt.date_long(d, lang), as_text(k)]
                for d, k in zip(events["event_date"], labels, strict=True)
            ],
            hovertemplate="%{customdata[0]}: %{customdata[1]}<extra></extra>",
        )
    for status in order:
        rows = history[history["status"] == status]
        if rows.empty:
            continue
        name = status_label(status, lang)
        figure.add_scatter(
            x=rows["snapshot_date"],
            y=[name] * len(rows),
            mode="markers",
            name=name,
            marker=dict(
                color=STATUS_COLORS[status],
                size=16,
                symbol=order.index(status),
                line=dict(color="#222222", width=1),
            ),
            customdata=[[fmt.date_long(d, lang)] for d in rows["snapshot_date"]],
            hovertemplate=f"%{{customdata[0]}}: {name}<extra></extra>",
        )
    return base_layout(
        figure,
        lang,
        height=300,
        showlegend=False,
        yaxis=dict(
            categoryorder="array",
            categoryarray=[status_label(s, lang) for s in reversed(order)]
            + ([events_row] if events is not None and len(events) else []),
            type="category",
        ),
        # Ticks at the snapshots, where the status markers are; an intervention's date is in its hover.
        xaxis=dict(**date_axis(history["snapshot_date"], lang), tickangle=-45),
    )


def members_over_time(history: pd.DataFrame, lang: str) -> go.Figure:
    """One cooperative's members at every snapshot where the registry knows them."""
    known = history[history["members"].notna()]
    figure = go.Figure()
    figure.add_scatter(
        x=known["snapshot_date"],
        y=known["members"].astype(int),
        mode="lines+markers",
        line=dict(color=REGION_COLORS[0], width=3),
        customdata=[
            [fmt.date_long(d, lang), fmt.number(m, lang)]
            for d, m in zip(known["snapshot_date"], known["members"], strict=True)
        ],
        hovertemplate="%{customdata[0]}: %{customdata[1]}<extra></extra>",
        name=t("cooperative.members", lang),
    )
    return base_layout(
        figure,
        lang,
        height=300,
        showlegend=False,
        xaxis=dict(**date_axis(known["snapshot_date"], lang), tickangle=-45),
        yaxis=dict(title=t("cooperative.members", lang), rangemode="tozero", tickformat=",d"),
    )


FLOW_COLORS = {"baru": "#6699CC", "tidak_tercatat": "#777777"}


def transition_sankey(counts: pd.DataFrame, lang: str, start_label: str, end_label: str) -> go.Figure:
    """Flows from each status at the first snapshot to each status at the second (transition_counts)."""
    order = ["baru", *STATUSES, "tidak_tercatat"]
    left = [s for s in order if s in set(counts["from_status"])]
    right = [s for s in order if s in set(counts["to_status"])]
    leaving = counts.groupby("from_status")["cooperative_count"].sum()
    arriving = counts.groupby("to_status")["cooperative_count"].sum()
    # Each node says its count: a flow's width alone cannot be read off a projected screen.
    labels = [f"{status_label(s, lang)} ({start_label}): {fmt.number(leaving[s], lang)}" for s in left] + [
        f"{status_label(s, lang)} ({end_label}): {fmt.number(arriving[s], lang)}" for s in right
    ]
    colors = [STATUS_COLORS.get(s, FLOW_COLORS.get(s, "#999999")) for s in left + right]

    def faded(color: str) -> str:
        red, green, blue = (int(color[i : i + 2], 16) for i in (1, 3, 5))
        return f"rgba({red},{green},{blue},0.45)"

    figure = go.Figure(
        go.Sankey(
            arrangement="snap",
            node=dict(label=[as_text(label) for label in labels], color=colors, pad=18, thickness=18),
            link=dict(
                source=[left.index(s) for s in counts["from_status"]],
                target=[len(left) + right.index(s) for s in counts["to_status"]],
                value=list(counts["cooperative_count"]),
                color=[faded(colors[left.index(s)]) for s in counts["from_status"]],
                customdata=[fmt.number(v, lang) for v in counts["cooperative_count"]],
                hovertemplate="%{source.label} → %{target.label}: %{customdata}<extra></extra>",
            ),
            valueformat=",d",
            # Plotly draws node labels in the font colour with a white halo; dark and larger here.
            textfont=dict(size=17, color="#111111"),
        )
    )
    return base_layout(figure, lang, height=460)
