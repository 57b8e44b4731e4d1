"""What the early-warning page shows: counts per warning and the call list, in the reader's language."""

from __future__ import annotations

import pandas as pd

from kopdash.domain.early_warning import WARNINGS
from kopdash.present import fmt
from kopdash.present.i18n import code_label, headers_of, status_label, t
from kopdash.present.region import place
from kopdash.present.tables import CONTACT_WIDTH, contact_cells, text_or_blank


def summary_table(warnings: pd.DataFrame, lang: str) -> pd.DataFrame:
    warning, count = headers_of("early_warning.summary_columns", lang)
    counts = warnings["warning"].value_counts()
    return pd.DataFrame(
        {
            warning: [t(f"early_warning.{w}", lang) for w in WARNINGS if counts.get(w)],
            count: [fmt.number(counts[w], lang) for w in WARNINGS if counts.get(w)],
        }
    )


def consequence(row, lang: str) -> str:
    """What happens if nothing is done, in one or two sentences."""
    deadline = row["deadline"]
    said = []
    if row["warning"] != "programme_not_operating":
        said.append(
            t(
                f"consequence.{row['warning']}",
                lang,
                year=deadline.year,
                fy=row["rat_fiscal_year"],
                deadline=fmt.date_long(deadline, lang),
                status=status_label(row["status"], lang).lower(),
            )
        )
    if row["warning"] == "programme_not_operating" or row.get("also_not_operating"):
        said.append(t("consequence.programme_not_operating", lang, months=row["months_since_formation"]))
    return " ".join(said)


def call_list(warnings: pd.DataFrame, lang: str, personal: bool = True) -> pd.DataFrame:
    """The call list: who, where, last RAT, members, what happens if nothing is done, and how to reach
    them (board chair, telephone, address) when `personal` data may be shown."""
    headers = headers_of("early_warning.columns", lang)

    rows = [
        [
            t(f"early_warning.{row['warning']}", lang),
            row["name"],
            place(row["district"], lang),
            place(row["village"], lang),
            status_label(row["status"], lang),
            text_or_blank(None if pd.isna(row["last_rat_year"]) else int(row["last_rat_year"])),
            text_or_blank(None if pd.isna(row["members"]) else fmt.number(row["members"], lang)),
            consequence(row, lang),
            risk_in_words(row.get("risk_reasons"), lang),
            contacted(row, lang),
            *contact_cells(row),
        ]
        for row in warnings.to_dict("records")
    ]
    listed = pd.DataFrame(rows, columns=headers)
    return listed if personal else listed.iloc[:, :-CONTACT_WIDTH]


def contacted(row: dict, lang: str) -> str:
    """The last summons or consultation of this RAT cycle (queries.recent_contacts), or empty."""
    last = row.get("last_contact")
    if last is None or (not isinstance(last, str) and pd.isna(last)):
        return ""
    return t(
        "contact.already_line",
        lang,
        date=fmt.date_short(pd.Timestamp(last).date(), lang),
        outcome=code_label("outcome", row.get("last_outcome"), lang),
        n=int(row.get("contact_count") or 1),
    )


def risk_in_words(reasons, lang: str) -> str:
    """The signs of risk in a cooperative's own record (domain.early_warning.rank), as one sentence."""
    if not isinstance(reasons, list):
        return ""
    if not reasons:
        return t("risk.none", lang)
    said = [
        t(f"risk.{code}", lang, **{k: fmt.number(v, lang) for k, v in params.items()})
        for code, params in reasons
    ]
    return "; ".join(said)
