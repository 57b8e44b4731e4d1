"""What the programme page shows: formed vs operating, the funnel, new operators, and who to summon."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from kopdash.present import fmt
from kopdash.present.charts import STATUS_COLORS, as_text, base_layout, status_marker
from kopdash.present.i18n import headers_of, status_label, t
from kopdash.present.region import place
from kopdash.present.tables import CONTACT_WIDTH, contact_cells


def figures(cooperatives: pd.DataFrame) -> dict[str, int]:
    """Formed, operating (shown to operate: no word is not "operating"), with no word on operating, RAT
    held and newly operating since the previous snapshot."""
    operating = cooperatives["operating"].fillna(False).astype(bool)
    return {
        "formed": len(cooperatives),
        "operating": int(operating.sum()),
        "operating_unknown": int(cooperatives["operating"].isna().sum()),
        "rat_held": int(cooperatives["last_rat_year"].notna().sum()),
        "new_operating": int((operating & ~cooperatives["operating_before"].astype(bool)).sum()),
    }


def headline(counts: dict[str, int], snapshot: dt.date, lang: str) -> str:
    """The mayor's sentence: "5 dari 67 … sudah beroperasi (7,5%) pada 5 November 2025"."""
    share = 100 * counts["operating"] / counts["formed"] if counts["formed"] else None
    formed = fmt.number(counts["formed"], lang)
    sentence = t(
        "programme.headline",
        lang,
        operating=fmt.number(counts["operating"], lang),
        formed=formed,
        pct=fmt.percent(share, lang),
        date=fmt.date_long(snapshot, lang),
    )
    if counts.get("operating_unknown"):
        unknown = fmt.number(counts["operating_unknown"], lang)
        sentence += " " + t("programme.headline_unknown", lang, unknown=unknown, formed=formed)
    return sentence


def where_not_operating(cooperatives: pd.DataFrame, lang: str, shown: int = 3) -> str:
    """The places behind the headline, in one sentence: "62 belum beroperasi; terbanyak di Taktakan 12,
    Walantaka 12, Serang 11." (kecamatan with the most, ties by name); empty when all operate."""
    waiting = cooperatives[~cooperatives["operating"].fillna(False).astype(bool)]
    if waiting.empty:
        return ""
    per_place = (
        waiting["district"]
        .map(lambda value: place(value, lang))
        .value_counts()
        .rename_axis("place")
        .reset_index()
    )
    per_place = per_place.sort_values(["count", "place"], ascending=[False, True]).head(shown)
    places = ", ".join(
        f"{name} {fmt.number(count, lang)}" for name, count in per_place.itertuples(index=False)
    )
    return t("programme.where_waiting", lang, waiting=fmt.number(len(waiting), lang), places=places)


def funnel(counts: dict[str, int], lang: str) -> go.Figure:
    """Formed, then operating, then RAT held, as a funnel with the counts written on it."""
    stages = [t("programme.formed", lang), t("programme.operating", lang), t("programme.rat_held", lang)]
    values = [counts["formed"], counts["operating"], counts["rat_held"]]
    figure = go.Figure(
        go.Funnel(
            y=stages,
            x=values,
            text=[fmt.number(v, lang) for v in values],
            textinfo="text",
            # A stage of 0 has no bar to write in: its count goes beside it, so the row still says 0.
            textposition=["inside" if value else "outside" for value in values],
            cliponaxis=False,
            marker=dict(color=[STATUS_COLORS["belum_beroperasi"], STATUS_COLORS["aktif"], "#332288"]),
            hovertemplate="%{y}: %{text}<extra></extra>",
        )
    )
    return base_layout(figure, lang, height=300, showlegend=False)


def by_district(cooperatives: pd.DataFrame, lang: str) -> go.Figure:
    """Operating, not operating and (where any) no word on operating, per kecamatan, stacked."""
    known = pd.array(cooperatives["operating"], dtype="boolean")
    grouped = (
        pd.DataFrame(
            {
                "district": cooperatives["district"].map(lambda d: place(d, lang)),
                "operating": known.fillna(False),
                "not_operating": (~known).fillna(False),
                "unknown": known.isna(),
            }
        )
        .groupby("district")[["operating", "not_operating", "unknown"]]
        .sum()
        .sort_values("operating")
    )
    names = [as_text(d) for d in grouped.index]
    figure = go.Figure()
    for label, values, status in (
        (t("programme.operating", lang), grouped["operating"], "aktif"),
        (t("programme.not_operating", lang), grouped["not_operating"], "belum_beroperasi"),
        (t("programme.operating_unknown", lang), grouped["unknown"], "belum_diketahui"),
    ):
        if status == "belum_diketahui" and not values.any():
            continue
        figure.add_bar(
            y=names,
            x=values,
            orientation="h",
            name=label,
            marker=status_marker(status),
            text=[fmt.number(v, lang) for v in values],
            textposition="inside",
            hovertemplate=f"%{{y}}: %{{x}} {as_text(label).lower()}<extra></extra>",
        )
    return base_layout(
        figure,
        lang,
        barmode="stack",
        height=90 + 40 * max(len(names), 1),
        xaxis=dict(tickformat=",d"),
        yaxis=dict(type="category", automargin=True),
    )


def months_waiting(cooperatives: pd.DataFrame, lang: str) -> go.Figure:
    """How many cooperatives have waited how many months since formation without operating."""
    waiting = cooperatives[~cooperatives["operating"].fillna(False).astype(bool)]
    counts = waiting["months_since_formation"].value_counts().sort_index()
    figure = go.Figure(
        go.Bar(
            x=[str(int(m)) for m in counts.index],
            y=counts.values,
            marker=status_marker("belum_beroperasi"),
            text=[fmt.number(v, lang) for v in counts.values],
            textposition="outside",
            hovertemplate="%{x}: %{y}<extra></extra>",
        )
    )
    return base_layout(
        figure,
        lang,
        height=300,
        showlegend=False,
        xaxis=dict(title=t("programme.months_axis", lang), type="category"),
        yaxis=dict(title=t("metric.cooperatives", lang), tickformat=",d"),
    )


def cooperative_table(cooperatives: pd.DataFrame, lang: str, personal: bool = False) -> pd.DataFrame:
    """The programme's cooperatives: name, place, formation, months since, status, operating; with
    `personal`, how to reach the board too (chair, telephone, address: for roles that may see them)."""
    headers = headers_of("programme.list_columns", lang)
    yes_no = {True: t("value.yes", lang), False: t("value.no", lang)}
    columns = [
        list(cooperatives["name"]),
        [place(d, lang) for d in cooperatives["district"]],
        [place(v, lang) for v in cooperatives["village"]],
        [fmt.date_short(d, lang) if pd.notna(d) else fmt.MISSING for d in cooperatives["established_on"]],
        [fmt.number(m, lang) if pd.notna(m) else fmt.MISSING for m in cooperatives["months_since_formation"]],
        [status_label(s, lang) for s in cooperatives["status"]],
        [yes_no[bool(o)] if pd.notna(o) else fmt.MISSING for o in cooperatives["operating"]],
    ]
    contacts = [contact_cells(record) for record in cooperatives.to_dict("records")]
    columns += [[cells[i] for cells in contacts] for i in range(CONTACT_WIDTH)]
    table = pd.DataFrame(dict(zip(headers, columns, strict=True)))
    return table if personal else table.iloc[:, :-CONTACT_WIDTH]
