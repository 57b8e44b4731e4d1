"""What the interventions page shows, as figures and text tables in the reader's language (pure)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from kopdash.domain.schema import EVENT_KINDS
from kopdash.present import fmt
from kopdash.present.charts import as_text, base_layout, date_axis
from kopdash.present.i18n import code_label, headers_of, status_label, t

# Kinds are categories, not statuses: colours of their own, so the status palette keeps its meaning.
PALETTE = ["#1F4E79", "#2E75B6", "#9DC3E6", "#7F6000", "#BF9000", "#548235", "#A9D18E"]
KIND_COLORS = dict(zip(EVENT_KINDS, PALETTE, strict=True))


def headline(counts: pd.DataFrame, lang: str) -> str:
    """The region's events in one sentence: how many, over which months, how many in the latest month.
    `counts`: event_counts of one region (month, kind, event_count)."""
    months = pd.to_datetime(counts["month"])
    latest = months.max()
    return t(
        "interventions.headline",
        lang,
        total=fmt.number(counts["event_count"].sum(), lang),
        first=fmt.month(months.min(), lang),
        last=fmt.month(latest, lang),
        latest=fmt.number(counts.loc[months == latest, "event_count"].sum(), lang),
    )


def events_chart(counts: pd.DataFrame, lang: str) -> go.Figure:
    """Events per month, stacked by kind."""
    figure = go.Figure()
    for kind in EVENT_KINDS:
        rows = counts[counts["kind"] == kind].groupby("month", as_index=False)["event_count"].sum()
        if rows.empty:
            continue
        label = t(f"event.{kind}", lang)
        figure.add_bar(
            x=rows["month"],
            y=rows["event_count"],
            name=label,
            marker_color=KIND_COLORS[kind],
            customdata=[
                [fmt.date_long(m, lang), fmt.number(n, lang)]
                for m, n in zip(rows["month"], rows["event_count"], strict=True)
            ],
            hovertemplate=f"{as_text(label)}, %{{customdata[0]}}: %{{customdata[1]}}<extra></extra>",
        )
    return base_layout(
        figure,
        lang,
        barmode="stack",
        height=360,
        xaxis=date_axis(counts["month"], lang),
        yaxis=dict(title=t("interventions.count_axis", lang)),
    )


def obstacles_chart(obstacles: pd.DataFrame, lang: str) -> go.Figure:
    """How often each obstacle was reported, most frequent on top, with the count written on the bar."""
    rows = obstacles.iloc[::-1]
    labels = [t(f"obstacle.{o}", lang) for o in rows["obstacle"]]
    figure = go.Figure(
        go.Bar(
            x=rows["event_count"],
            y=labels,
            orientation="h",
            marker_color="#2E75B6",
            text=[fmt.number(n, lang) for n in rows["event_count"]],
            textposition="outside",
            hoverinfo="skip",
        )
    )
    return base_layout(figure, lang, height=max(220, 40 * len(rows) + 80), showlegend=False)


def quarterly_table(reports: pd.DataFrame, lang: str) -> pd.DataFrame:
    headers = headers_of("interventions.quarterly_columns", lang)
    rows = [
        [
            f"T{(q.month - 1) // 3 + 1} {q.year}",
            fmt.number(r, lang),
            fmt.number(a, lang) if pd.notna(a) else fmt.MISSING,
            fmt.percent(p, lang),
        ]
        for q, r, a, p in zip(
            pd.to_datetime(reports["quarter"]),
            reports["reported_count"],
            reports["aktif_count"],
            reports["pct_of_aktif"],
            strict=True,
        )
    ]
    return pd.DataFrame(rows, columns=headers)


def outcome_summary(outcomes: pd.DataFrame) -> pd.DataFrame:
    """Per status before: treated and comparison counts, how many were aktif afterwards, and the shares."""
    aktif_after = outcomes["status_after"].eq("aktif")
    summary = (
        outcomes.assign(aktif_after=aktif_after)
        .groupby(["status_before", "group"])["aktif_after"]
        .agg(["count", "sum"])
        .unstack("group", fill_value=0)
    )
    found = pd.DataFrame(index=summary.index)
    for group in ("treated", "comparison"):
        count = summary["count"][group] if group in summary["count"] else 0
        aktif = summary["sum"][group] if group in summary["sum"] else 0
        found[f"{group}_count"], found[f"{group}_aktif"] = count, aktif
        found[f"{group}_pct"] = (
            100 * found[f"{group}_aktif"] / found[f"{group}_count"].where(found[f"{group}_count"] > 0)
        ).round(1)
    found = found[found["treated_count"] > 0]
    return found.reset_index()


def outcome_table(summary: pd.DataFrame, lang: str) -> pd.DataFrame:
    headers = headers_of("interventions.outcome_columns", lang)
    rows = []
    for row in summary.itertuples():
        difference = row.treated_pct - row.comparison_pct if pd.notna(row.comparison_pct) else None
        rows.append(
            [
                status_label(row.status_before, lang),
                fmt.number(row.treated_count, lang),
                fmt.number(row.treated_aktif, lang),
                fmt.percent(row.treated_pct, lang),
                fmt.number(row.comparison_count, lang),
                fmt.number(row.comparison_aktif, lang),
                fmt.percent(row.comparison_pct, lang),
                fmt.signed(difference, lang, digits=1) if difference is not None else fmt.MISSING,
            ]
        )
    return pd.DataFrame(rows, columns=headers)


def outcome_list(outcomes: pd.DataFrame, lang: str) -> pd.DataFrame:
    headers = headers_of("interventions.list_columns", lang)
    return pd.DataFrame(
        [
            [
                row.nik,
                row.name,
                fmt.date_short(row.before_snapshot, lang),
                status_label(row.status_before, lang),
                fmt.date_short(row.after_snapshot, lang),
                status_label(row.status_after, lang)
                if isinstance(row.status_after, str)
                else t("interventions.gone", lang),
            ]
            for row in outcomes.itertuples()
        ],
        columns=headers,
    )


def cooperative_events_table(events: pd.DataFrame, lang: str) -> pd.DataFrame:
    headers = headers_of("cooperative.events_columns", lang)
    return pd.DataFrame(
        [
            [
                fmt.date_long(row.event_date, lang),
                t(f"event.{row.kind}", lang),
                code_label("channel", row.channel, lang) if isinstance(row.channel, str) else "",
                code_label("outcome", row.outcome, lang) if isinstance(row.outcome, str) else "",
                t(f"obstacle.{row.obstacle}", lang) if isinstance(row.obstacle, str) else "",
                row.note if isinstance(row.note, str) else "",
            ]
            for row in events.itertuples()
        ],
        columns=headers,
    )
