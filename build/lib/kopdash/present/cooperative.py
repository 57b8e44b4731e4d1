"""What the cooperative page shows as text: identity, the snapshot history and the RAT record."""

from __future__ import annotations

import pandas as pd

from kopdash.domain.schema import reported_status_means
from kopdash.present import fmt
from kopdash.present.i18n import code_label, headers_of, programme_label, status_label, t
from kopdash.present.region import place


def identity_table(row: pd.Series, lang: str) -> pd.DataFrame:
    """Name, NIK, place, kind, segment, programme, founding and members of the latest snapshot."""
    field, value = headers_of("cooperative.identity_columns", lang)
    facts = [
        (t("column.name", lang), row["name"]),
        (t("column.nik", lang), row["nik"]),
        (t("cooperative.region", lang), f"{row['region_name']} ({row['region_code']})"),
        (t("column.district", lang), place(row["district"], lang)),
        (t("column.village", lang), place(row["village"], lang)),
        (t("column.kind", lang), code_label("kind", row["kind"], lang)),
        (t("column.segment", lang), code_label("segment", row["segment"], lang)),
        (
            t("column.programme", lang),
            programme_label(row["programme"], lang) if isinstance(row["programme"], str) else fmt.MISSING,
        ),
        (
            t("column.established_on", lang),
            fmt.date_long(pd.Timestamp(row["established_on"]).date(), lang)
            if pd.notna(row["established_on"])
            else fmt.MISSING,
        ),
        (t("column.members", lang), fmt.number(row["members"], lang)),
    ]
    # What real registry exports add, shown only when the registry has it.
    for column in (
        "legal_entity_number",
        "reported_status",
        "legal_form",
        "business_sector",
        "grade",
        "nik_status",
    ):
        if isinstance(row.get(column), str):
            facts.append((t(f"column.{column}", lang), row[column]))
    if pd.notna(row.get("certificate_valid_until")):
        valid = fmt.date_long(pd.Timestamp(row["certificate_valid_until"]).date(), lang)
        facts.append((t("column.certificate_valid_until", lang), valid))
    return pd.DataFrame({field: [f for f, _ in facts], value: [v for _, v in facts]})


def history_table(history: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One row per snapshot, newest first: status, last RAT, reported, operating, members, candidacy."""
    headers = headers_of("cooperative.history_columns", lang)
    yes_no = {True: t("value.yes", lang), False: t("value.no", lang)}

    def flag(value) -> str:
        return fmt.MISSING if value is None or pd.isna(value) else yes_no[bool(value)]

    newest = history.iloc[::-1]
    columns = [
        [fmt.date_short(d, lang) for d in newest["snapshot_date"]],
        [status_label(s, lang) for s in newest["status"]],
        [fmt.MISSING if pd.isna(y) else str(int(y)) for y in newest["last_rat_year"]],
        [flag(v) for v in newest["rat_reported"]],
        [flag(v) for v in newest["operating"]],
        [fmt.number(m, lang) for m in newest["members"]],
        [flag(v) for v in newest["dissolution_candidate"]],
    ]
    return pd.DataFrame(dict(zip(headers, columns, strict=True)))


def rat_record(history: pd.DataFrame, lang: str) -> list[str]:
    """Each RAT on record: the fiscal year, the first snapshot that showed it, whether it was reported."""
    lines = []
    seen = history[history["last_rat_year"].notna()].drop_duplicates("last_rat_year", keep="last")
    first_seen = history[history["last_rat_year"].notna()].drop_duplicates("last_rat_year", keep="first")
    for year, first, reported in zip(
        first_seen["last_rat_year"], first_seen["snapshot_date"], seen["rat_reported"], strict=True
    ):
        if pd.isna(reported):  # the export had no "RAT Dilaporkan" column
            said = t("cooperative.rat_report_unknown", lang)
        else:
            said = t("cooperative.rat_reported" if reported else "cooperative.rat_not_reported", lang)
        lines.append(
            t("cooperative.rat_line", lang, year=int(year), date=fmt.date_long(first, lang), reported=said)
        )
    return lines or [t("cooperative.rat_none", lang)]


def reported_status_note(row: pd.Series, lang: str) -> str | None:
    """A sentence when the office's own status word disagrees with the harmonised status, else None."""
    means = reported_status_means(row.get("reported_status"))
    if means is None or means == row["status"]:
        return None
    return t(
        "cooperative.reported_differs",
        lang,
        word=row["reported_status"],
        means=status_label(means, lang),
        status=status_label(row["status"], lang),
    )
