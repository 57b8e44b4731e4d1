"""The status rule in words, for one cooperative on one date: why it is what it is.

Example: "RAT terakhir tahun buku 2019; RAT tahun buku 2020 dan 2021 belum dilaksanakan, jadi tidak aktif."
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from kopdash.domain.rules import RuleProfile, due_year
from kopdash.present import fmt
from kopdash.present.i18n import status_label, t


def year_list(years: list[int], lang: str) -> str:
    """2020 · 2020 dan 2021 · 2019, 2020 dan 2021 · 2012 sampai 2020 (9 tahun buku)."""
    words = [str(y) for y in years]
    if len(words) > 4:
        return t("explain.year_range", lang, first=words[0], last=words[-1], n=len(words))
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + t("explain.and", lang) + words[-1]


def _known(value):
    return None if value is None or pd.isna(value) else value


def explain_status(row, profile: RuleProfile, lang: str) -> str:
    """Why `row` (one cooperative in one snapshot) has its stored status, in one or two sentences."""
    on = pd.Timestamp(row["snapshot_date"]).date()
    status = str(row["status"])
    label = status_label(status, lang).lower()
    dissolved = _known(row.get("dissolved_on"))
    if status == "dibubarkan":
        when = fmt.date_long(pd.Timestamp(dissolved).date(), lang) if dissolved else fmt.MISSING
        return t("explain.dissolved", lang, date=when)
    due = due_year(on)
    deadline = t("explain.deadline", lang, year=due, deadline=fmt.date_long(dt.date(due + 1, 6, 30), lang))
    established = _known(row.get("established_on"))
    founded = pd.Timestamp(established).date() if established is not None else None
    last = _known(row.get("last_rat_year"))
    operating = _known(row.get("operating"))
    business = t(
        {True: "explain.operating", False: "explain.not_operating", None: "explain.operating_unknown"}[
            None if operating is None else bool(operating)
        ],
        lang,
    )
    if founded and founded.year > due:
        return t(
            "explain.owes_none",
            lang,
            date=fmt.date_long(founded, lang),
            due=due,
            business=business,
            status=label,
        )
    if last is None:
        missing = list(range(founded.year, due + 1)) if founded else []
        text = t(
            "explain.never",
            lang,
            year=founded.year if founded else fmt.MISSING,
            years=year_list(missing, lang),
            status=label,
        )
    elif int(last) >= due:
        text = t(
            "explain.up_to_date", lang, last=int(last), deadline=deadline, business=business, status=label
        )
    else:
        missing = list(range(int(last) + 1, due + 1))
        text = t("explain.missed", lang, last=int(last), years=year_list(missing, lang), status=label)
    missed = due - (int(last) if last is not None else (founded.year - 1 if founded else due))
    if bool(row.get("dissolution_candidate")):
        text += " " + t(
            "explain.candidate",
            lang,
            n=missed,
            profile=profile.rule_profile,
            threshold=profile.dissolution_after,
        )
    return (
        text
        + " "
        + t(
            "explain.thresholds",
            lang,
            profile=profile.rule_profile,
            less=profile.less_active_after,
            inactive=profile.inactive_after,
        )
    )
