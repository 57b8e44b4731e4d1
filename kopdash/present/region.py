"""What the region page shows as text: RAT compliance, data quality and the cooperative list."""

from __future__ import annotations

import pandas as pd

from kopdash.domain.schema import REGISTERED_STATUSES
from kopdash.present import fmt
from kopdash.present.i18n import code_label, headers_of, programme_label, status_label, t


def place(value, lang: str) -> str:
    """A kecamatan or village name, or "(kosong)" where the registry left it blank."""
    return t("region.blank", lang) if value is None or pd.isna(value) else str(value)


def status_table(counts: pd.DataFrame, place_header: str, lang: str) -> pd.DataFrame:
    """Registered cooperatives by status per kecamatan or village (queries.status_by), in its order:
    the figures of the status bars as text. `place_header` names the first column."""
    table = {
        place_header: [place(v, lang) for v in counts["value"]],
        t("metric.registered", lang): [fmt.number(v, lang) for v in counts["registered_count"]],
    }
    for status in REGISTERED_STATUSES:
        if status == "belum_diketahui" and not counts[f"{status}_count"].any():
            continue  # a column of zeros for a status most registries never have
        table[status_label(status, lang)] = [fmt.number(v, lang) for v in counts[f"{status}_count"]]
    table[t("metric.pct_aktif", lang)] = [fmt.percent(v, lang) for v in counts["pct_aktif"]]
    return pd.DataFrame(table)


def _district_cells(frame: pd.DataFrame, lang: str) -> list[str]:
    """Kecamatan names for a ROLLUP result: its last row is the whole region (a total row)."""
    names = [place(v, lang) for v in frame["district"]]
    if names:
        names[-1] = t("region.whole", lang)
    return names


def rat_table(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """RAT held and reported per kecamatan (rat_compliance), counts with shares."""
    headers = headers_of("region.rat_columns", lang)

    def share(part: str) -> list[str]:
        return [
            fmt.percent(100 * p / r if r else None, lang)
            for p, r in zip(frame[part], frame["registered_count"], strict=True)
        ]

    columns = [
        _district_cells(frame, lang),
        [fmt.number(v, lang) for v in frame["registered_count"]],
        [fmt.number(v, lang) for v in frame["rat_held_count"]],
        share("rat_held_count"),
        [fmt.number(v, lang) for v in frame["rat_reported_count"]],
        share("rat_reported_count"),
        [fmt.number(v, lang) for v in frame["aktif_count"]],
        [fmt.number(v, lang) for v in frame["aktif_rat_reported_count"]],
    ]
    return pd.DataFrame(dict(zip(headers, columns, strict=True)))


QUALITY_COLUMNS = (
    "registered_count",
    "village_missing_count",
    "established_missing_count",
    "kind_or_segment_missing_count",
    "operating_unknown_count",
    "members_missing_count",
    "members_below_nine_count",
    "rat_not_reported_count",
    "district_unmatched_count",
    "village_unmatched_count",
    "reported_status_differs_count",
)


def quality_table(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Blank or doubtful fields per kecamatan (data_quality)."""
    headers = headers_of("region.quality_columns", lang)
    columns = [_district_cells(frame, lang)] + [
        [fmt.number(v, lang) for v in frame[c]] for c in QUALITY_COLUMNS
    ]
    return pd.DataFrame(dict(zip(headers, columns, strict=True)))


LIST_COLUMNS = (
    "nik",
    "name",
    "district",
    "village",
    "status",
    "last_rat_year",
    "rat_reported",
    "operating",
    "members",
    "established_on",
    "kind",
    "segment",
    "programme",
    "dissolution_candidate",
)


def cooperative_table(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The cooperative list with headers and values in `lang` (shown as data, never as Markdown)."""
    yes_no = {True: t("value.yes", lang), False: t("value.no", lang)}

    def show(column: str, value):
        if value is None or (not isinstance(value, str) and pd.isna(value)):
            return None
        if column == "status":
            return status_label(value, lang)
        if column in ("rat_reported", "operating", "dissolution_candidate"):
            return yes_no[bool(value)]
        if column == "established_on":
            return fmt.date_short(value, lang)
        if column in ("members", "last_rat_year"):
            return int(value)
        if column == "programme":
            return programme_label(value, lang)
        if column in ("kind", "segment"):
            return code_label(column, value, lang)
        return value

    table = pd.DataFrame(
        {t(f"column.{c}", lang): [show(c, v) for v in frame[c]] for c in LIST_COLUMNS if c in frame.columns}
    )
    for column in ("members", "last_rat_year"):  # numbers stay numbers, so the list sorts them right
        table[t(f"column.{column}", lang)] = table[t(f"column.{column}", lang)].astype("Int64")
    return table
