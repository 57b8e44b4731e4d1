"""The status rule in words, for one cooperative on one date: why it is what it is.

Example: "RAT terakhir tahun buku 2019; RAT tahun buku 2020 dan 2021 belum dilaksanakan, jadi tidak aktif."
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from kopdash.domain.rules import RuleProfile, due_year
from kopdash.present import fmt
from kopdash.present.i18n import code_label, status_label, t


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
    """Why `row` (one cooperative in one snapshot) has its stored status, in one or two sentences. Never
    raises on a row an import accepts: any of founding date, RAT year, operating or programme may be blank."""
    on = pd.Timestamp(row["snapshot_date"]).date()
    status = str(row["status"])
    label = status_label(status, lang).lower()
    dissolved = _known(row.get("dissolved_on"))
    if status == "dibubarkan":
        when = fmt.date_long(pd.Timestamp(dissolved).date(), lang) if dissolved else fmt.MISSING
        return t("explain.dissolved", lang, date=when)
    due = due_year(on)
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
    rule = _rule_sentence(profile, lang)
    if founded is None and last is None:  # nothing to count missed RATs from
        key = "explain.in_formation" if _known(row.get("programme")) is not None else "explain.no_dates"
        return t(key, lang, business=business, status=label) + " " + rule
    if founded and founded.year > due:
        return t(
            "explain.owes_none",
            lang,
            date=fmt.date_long(founded, lang),
            due=due,
            business=business,
            status=label,
        )
    deadline = t("explain.deadline", lang, year=due, deadline=fmt.date_long(dt.date(due + 1, 6, 30), lang))
    if last is None:  # founded is known here
        assert founded is not None
        missed = due - founded.year + 1
        text = t(
            "explain.never",
            lang,
            year=founded.year,
            years=year_list(list(range(founded.year, due + 1)), lang),
            status=label,
        )
    elif int(last) >= due:
        missed = 0
        text = t(
            "explain.up_to_date", lang, last=int(last), deadline=deadline, business=business, status=label
        )
    else:
        missed = due - int(last)
        years = year_list(list(range(int(last) + 1, due + 1)), lang)
        text = t("explain.missed", lang, last=int(last), years=years, status=label)
    if (
        profile.inactive_requires_not_operating
        and status != "tidak_aktif"
        and missed >= profile.inactive_after
    ):
        text += " " + t("explain.needs_stopped_business", lang, business=business)
    if bool(row.get("dissolution_candidate")):
        text += " " + t(
            "explain.candidate",
            lang,
            n=missed,
            profile=code_label("profile", profile.rule_profile, lang),
            threshold=profile.dissolution_after,
        )
    return text + " " + rule


def _rule_sentence(profile: RuleProfile, lang: str) -> str:
    """The profile that gave the status, by name, with its thresholds."""
    key = "explain.thresholds_business" if profile.inactive_requires_not_operating else "explain.thresholds"
    return t(
        key,
        lang,
        profile=code_label("profile", profile.rule_profile, lang),
        less=profile.less_active_after,
        inactive=profile.inactive_after,
    )
