"""What a page shows as text: KPI cards and display tables, formatted for the reader's language."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from kopdash.domain import contact
from kopdash.present import fmt
from kopdash.present.i18n import code_label, headers_of, status_label, t

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def as_markdown_text(value) -> str:
    """Data placed in a Markdown context (table cells, messages) shown literally: every special escaped."""
    return _MARKDOWN_SPECIALS.sub(r"\\\1", str(value))


# A cell that is a number as pages write them: 1.236 · 79,0 · −3,1 · +12 · 45,2%
_NUMBER_CELL = re.compile(r"^[+\-\u2212]?\d[\d.,]*\s?%?$")


def markdown_table(table: pd.DataFrame, total_row: bool = False) -> str:
    """A display table as a Markdown table whose cells are text: every cell and header escaped, line
    breaks made spaces, missing cells empty, columns of numbers right-aligned so digits line up.

    Pages draw static tables as Markdown, not st.table: Streamlit's browser code draws Markdown at once,
    while st.table's code is fetched on demand and React holds the whole first screen (the KPI cards
    too) until every such element is ready. `total_row`: the last row is a total, its label in bold."""
    if table.columns.empty:
        return ""
    # Plain lists, not DataFrame.map: this runs on every page load, for every table on the page.
    text = [[_one_line(cell) for cell in row] for row in table.itertuples(index=False, name=None)]
    cells = [[as_markdown_text(cell) for cell in row] for row in text]
    if total_row and cells and text[-1][0]:
        cells[-1][0] = f"**{cells[-1][0]}**"
    aligned = ["---:" if _numbers_only([row[i] for row in text]) else "---" for i in range(table.shape[1])]
    headers = [as_markdown_text(_one_line(column)) for column in table.columns]
    return "\n".join(_markdown_row(line) for line in [headers, aligned, *cells])


def _one_line(value) -> str:
    """A cell or header as text on one line: a line break would end the Markdown table's row."""
    return text_or_blank(value).replace("\r", " ").replace("\n", " ")


def _numbers_only(column: list[str]) -> bool:
    """Every cell a number or blank ("–" is a blank as pages write it), and at least one number."""
    written = [cell for cell in column if cell not in ("", "–")]
    return bool(written) and all(_NUMBER_CELL.match(cell) for cell in written)


def _markdown_row(cells) -> str:
    return "| " + " | ".join(cells) + " |"


@dataclass(frozen=True)
class Kpi:
    label: str
    value: str
    delta: str | None = None  # formatted change, None when there is no earlier snapshot
    direction: str = "off"  # up | down | off: the arrow, from the sign of the change
    tone: str = "neutral"  # good | bad | neutral: whether this change is welcome news


COUNTED = ("registered", "aktif", "kurang_aktif", "tidak_aktif")
# Counted beside COUNTED wherever shares are: cooperatives in formation, and those whose status is unknown.
OUTSIDE_SHARE = ("belum_beroperasi", "belum_diketahui")


def _shares(counts: dict[str, int]) -> dict[str, float | None]:
    """% aktif of the registered whose status is known (a cooperative with no founding date and no RAT
    year is no evidence either way), and of those that owe a RAT already: without the belum beroperasi
    (programme cooperatives in formation), whose arrival alone would make % aktif fall."""
    known = counts["registered"] - counts.get("belum_diketahui", 0)
    return {
        "pct_aktif": _pct(counts["aktif"], known),
        "pct_aktif_established": _pct(counts["aktif"], known - counts.get("belum_beroperasi", 0)),
    }


def unknown_note(registered: int, unknown: int, lang: str) -> str | None:
    """How many registered cooperatives are left out of % aktif, and why; None when none are."""
    if not unknown:
        return None
    return t(
        "unknown.note",
        lang,
        registered=fmt.number(registered, lang),
        unknown=fmt.number(unknown, lang),
    )


def changes(regions: pd.DataFrame, against: str = "previous", counted=COUNTED) -> dict[str, float | None]:
    """Change of each count, and of both % aktif in points, against the `previous` or `year_ago` snapshots.

    Only regions that have such a snapshot are compared, so a region's first snapshot never shows up
    as growth.
    """
    counted = (*counted, *OUTSIDE_SHARE)
    compared = regions[regions[f"{against}_snapshot_date"].notna()]
    if compared.empty:
        return {f"change_{key}": None for key in (*counted, "pct_aktif", "pct_aktif_established")}
    now = {key: int(compared[f"{key}_count"].sum()) for key in counted}
    before = {
        key: int(compared[f"{against}_{key}_count"].sum()) if f"{against}_{key}_count" in compared else 0
        for key in counted
    }
    result: dict[str, float | None] = {f"change_{key}": now[key] - before[key] for key in counted}
    shares_now, shares_before = _shares(now), _shares(before)
    for key, share in shares_now.items():
        earlier = shares_before[key]
        result[f"change_{key}"] = None if share is None or earlier is None else share - earlier
    return result


def totals(regions: pd.DataFrame) -> dict[str, float | None]:
    """Sums over the regions shown (each at its own snapshot) and their change since the previous ones."""
    current: dict = {key: int(regions[f"{key}_count"].sum()) for key in (*COUNTED, *OUTSIDE_SHARE)}
    return current | _shares(current) | changes(regions)


def change_table(regions: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Meeting KPIs: change in aktif and in % aktif since the previous snapshot and since about a year
    earlier, each with the date it is compared with and, for the year, how many months back that is."""
    headers = headers_of("change.columns", lang)
    rows = []
    for against in ("previous", "year_ago"):
        change = changes(regions, against, counted=("registered", "aktif"))
        dates = regions[f"{against}_snapshot_date"].dropna()
        if len(regions) == 1 and len(dates):
            when = fmt.date_long(dates.iloc[0], lang)
            if against == "year_ago":
                when = t("change.months_back", lang, date=when, n=int(regions["year_ago_months"].iloc[0]))
        else:
            when = t("change.each_region", lang) if len(dates) else fmt.MISSING
        aktif, points = change["change_aktif"], change["change_pct_aktif"]
        rows.append(
            [
                t(f"change.{against}", lang),
                fmt.signed(aktif, lang) if aktif is not None else fmt.MISSING,
                fmt.signed(points, lang, 1, t("kpi.points", lang)) if points is not None else fmt.MISSING,
                when,
            ]
        )
    return pd.DataFrame(rows, columns=headers)


def _pct(part: int, whole: int) -> float | None:
    return 100 * part / whole if whole else None


def kpi_cards(regions: pd.DataFrame, lang: str) -> list[Kpi]:
    """Registered, aktif, kurang aktif, tidak aktif and % aktif, each with its change; where cooperatives
    in formation (belum beroperasi) are counted, % aktif without them too."""
    total = totals(regions)
    shown = [
        ("registered", t("metric.registered", lang), None),
        ("aktif", status_label("aktif", lang), True),
        ("kurang_aktif", status_label("kurang_aktif", lang), False),
        ("tidak_aktif", status_label("tidak_aktif", lang), False),
        ("pct_aktif", t("metric.pct_aktif", lang), True),
    ]
    if total["belum_beroperasi"]:
        shown.append(("pct_aktif_established", t("metric.pct_aktif_established", lang), True))
    if total["belum_diketahui"]:
        shown.insert(4, ("belum_diketahui", status_label("belum_diketahui", lang), None))
    cards = []
    for key, label, rising_is_good in shown:
        change = total[f"change_{key}"]
        if key.startswith("pct_"):
            value = fmt.percent(total[key], lang)
            delta = fmt.signed(change, lang, 1, t("kpi.points", lang)) if change is not None else None
        else:
            value = fmt.number(total[key], lang)
            delta = fmt.signed(change, lang) if change is not None else None
        direction = "off" if not change else ("up" if change > 0 else "down")
        tone = (
            "neutral"
            if rising_is_good is None or direction == "off"
            else ("good" if (direction == "up") == rising_is_good else "bad")
        )
        cards.append(Kpi(label, value, delta, direction, tone))
    return cards


def delta_basis(regions: pd.DataFrame, lang: str) -> str | None:
    """What the KPI cards' changes compare with, in one sentence: the previous snapshot (one region), or
    each region's own previous snapshot, named (several); None when no region has one."""
    if "previous_snapshot_date" not in regions:
        return None
    earlier = regions.dropna(subset=["previous_snapshot_date"])
    if earlier.empty:
        return None
    if len(regions) == 1:
        row = earlier.iloc[0]
        return t(
            "kpi.against",
            lang,
            date=fmt.date_long(row["previous_snapshot_date"], lang),
            now=fmt.date_long(row["snapshot_date"], lang),
        )
    # Grouped by date, so 520 regions of a national store make a few dates, not a page of them.
    groups = []
    for day, rows in earlier.groupby("previous_snapshot_date", sort=True):
        names = list(rows["region_name"])
        who = ", ".join(names) if len(names) <= 3 else t("kpi.regions", lang, n=fmt.number(len(names), lang))
        groups.append(f"{fmt.date_short(day, lang)}: {who}")
    dates = "; ".join(groups)
    return t("kpi.against_each", lang, dates=dates)


def kpi_notes(regions: pd.DataFrame, lang: str) -> list[str]:
    """The sentences under the KPI cards: what their changes compare with, and how many registered
    cooperatives % aktif leaves out because their status is unknown."""
    unknown = int(regions["belum_diketahui_count"].sum()) if len(regions) else 0
    notes = [delta_basis(regions, lang), unknown_note(int(regions["registered_count"].sum()), unknown, lang)]
    return [note for note in notes if note]


def region_table(regions: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One row per region, every figure as formatted text, headers in `lang`."""
    rows = []
    unknown = bool(regions["belum_diketahui_count"].gt(0).any()) if len(regions) else False
    for row in regions.itertuples():
        has_previous = pd.notna(row.previous_snapshot_date)
        change = row.aktif_count - row.previous_aktif_count if has_previous else None
        rows.append(
            {
                t("metric.region", lang): row.region_name,
                t("metric.snapshot_date", lang): fmt.date_short(row.snapshot_date, lang),
                t("metric.registered", lang): fmt.number(row.registered_count, lang),
                status_label("aktif", lang): fmt.number(row.aktif_count, lang),
                status_label("kurang_aktif", lang): fmt.number(row.kurang_aktif_count, lang),
                status_label("tidak_aktif", lang): fmt.number(row.tidak_aktif_count, lang),
                status_label("belum_beroperasi", lang): fmt.number(row.belum_beroperasi_count, lang),
                **(
                    {status_label("belum_diketahui", lang): fmt.number(row.belum_diketahui_count, lang)}
                    if unknown
                    else {}
                ),
                t("metric.pct_aktif", lang): fmt.percent(row.pct_aktif, lang),
                t("metric.change_aktif", lang): fmt.signed(change, lang) if has_previous else fmt.MISSING,
                t("metric.previous_snapshot", lang): (
                    fmt.date_short(row.previous_snapshot_date, lang) if has_previous else fmt.MISSING
                ),
            }
        )
    return pd.DataFrame(rows)


_SUMMARY = {False: "rule.summary", True: "rule.summary_business"}


def rule_summaries(regions: pd.DataFrame, lang: str) -> list[str]:
    """The thresholds each shown region's office applies, one sentence per region."""
    needs = ["region_name", "less_active_after", "inactive_after", "dissolution_after"]
    if "inactive_requires_not_operating" in regions:
        needs.append("inactive_requires_not_operating")
    return [
        t(
            "rule.summary_business"
            if getattr(row, "inactive_requires_not_operating", False)
            else "rule.summary",
            lang,
            region=row.region_name,
            less=row.less_active_after,
            inactive=row.inactive_after,
            dissolution=row.dissolution_after,
        )
        # Only the columns it needs: itertuples builds a tuple type over every column it is given.
        for row in regions[needs].itertuples()
    ]


def rule_profile_table(rules: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Each region's rule profile and thresholds (region_rules), in words: the profile by name, each
    threshold as missed RATs ("2 RAT terlewat"), the regulation or office decision behind it."""

    def missed(counts: pd.Series) -> list[str]:
        return [t("about.missed_rats", lang, n=fmt.number(n, lang)) if pd.notna(n) else "" for n in counts]

    cells = [
        rules["region_name"],
        rules["province"],
        [code_label("profile", code, lang) for code in rules["rule_profile"]],
        missed(rules["less_active_after"]),
        missed(rules["inactive_after"]),
        missed(rules["dissolution_after"]),
        rules["basis"],
    ]
    headers = headers_of("about.profile_columns", lang)
    return pd.DataFrame({header: list(column) for header, column in zip(headers, cells, strict=True)})


def text_or_blank(value) -> str:
    """A cell as text; missing (None, NA, NaN) as an empty cell."""
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


CONTACT_WIDTH = 5  # board chair, telephone, address, WhatsApp link, tap-to-call link


def contact_cells(record: dict) -> list[str]:
    """How to reach a cooperative's board, for roles that may see it: the chair, the telephone
    normalised (0812-3456-7890; kept as written when it is not a number), the address, and the links
    a phone opens (https://wa.me/62…, tel:+62…); empty cells stay empty."""

    number = contact.phone(record.get("phone"))
    return [
        text_or_blank(record.get("chair_name")),
        number.shown if number else "",
        text_or_blank(record.get("address")),
        (number.whatsapp_link or "") if number else "",
        (number.call_link or "") if number else "",
    ]


def target_gap(region: pd.DataFrame, targets: pd.DataFrame, lang: str) -> str | None:
    """How far the region's % aktif at its snapshot is from the target set for that year, in words;
    None when no target is set for the year."""
    if region.empty or targets.empty:
        return None
    row = region.iloc[0]
    year = pd.Timestamp(row["snapshot_date"]).year
    wanted = targets[(targets["region_code"] == row["region_code"]) & (targets["year"] == year)]
    if wanted.empty or pd.isna(row["pct_aktif"]):
        return None
    target = wanted.iloc[0]
    gap = float(row["pct_aktif"]) - float(target["target_pct_aktif"])
    source = target["source"] if isinstance(target["source"], str) else "targets.csv"
    return t(
        "target.gap_met" if gap >= 0 else "target.gap_below",
        lang,
        year=year,
        target=fmt.percent(target["target_pct_aktif"], lang),
        source=source,
        actual=fmt.percent(row["pct_aktif"], lang),
        gap=fmt.number(abs(gap), lang, 1),
    )
