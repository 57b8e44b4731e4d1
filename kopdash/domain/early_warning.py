"""Who to call before the next RAT deadline: statuses that will drop on 1 July unless a RAT is held,
new dissolution candidates, and programme cooperatives still not operating months after formation.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from kopdash.domain.rules import RuleProfile, derive, due_year

# Most urgent first: what a phone call must prevent.
WARNINGS = ("becomes_candidate", "becomes_tidak_aktif", "becomes_kurang_aktif", "programme_not_operating")


def next_deadline(on: dt.date) -> dt.date:
    """The next 30 June on or after `on`: the day the next fiscal year's RAT falls due."""
    this_year = dt.date(on.year, 6, 30)
    return this_year if on <= this_year else dt.date(on.year + 1, 6, 30)


def months_between(start: dt.date, end: dt.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)


def early_warning(
    candidates: pd.DataFrame, snapshot_date: dt.date, months_not_operating: int = 3
) -> pd.DataFrame:
    """The cooperatives of one snapshot (early_warning_candidates) that need a call, most urgent first.

    Each gets `warning` (one of WARNINGS), `status_after` (its status on 1 July if nothing is done),
    `rat_fiscal_year` (the RAT that would prevent it) and `deadline`.
    """
    deadline = next_deadline(snapshot_date)
    after = deadline + dt.timedelta(days=1)
    frame = candidates.copy()
    frame["status_after"], frame["candidate_after"] = None, False
    for _, rows in frame.groupby("profile_id"):
        profile = RuleProfile.of(rows.iloc[0], name="profile_id", basis="profile_basis")
        later = derive(rows, after, profile)  # the same registry, one deadline later, no new RAT
        frame.loc[rows.index, "status_after"] = later["status"]
        frame.loc[rows.index, "candidate_after"] = later["dissolution_candidate"]
    established = pd.to_datetime(frame["established_on"])
    frame["months_since_formation"] = [
        months_between(d.date(), snapshot_date) if pd.notna(d) else None for d in established
    ]
    not_operating = pd.array(frame["operating"], dtype="boolean").fillna(True).to_numpy() == False  # noqa: E712
    conditions = {
        "becomes_candidate": frame["candidate_after"].astype(bool)
        & ~frame["dissolution_candidate"].astype(bool),
        "becomes_tidak_aktif": (frame["status_after"] == "tidak_aktif") & (frame["status"] != "tidak_aktif"),
        "becomes_kurang_aktif": (frame["status_after"] == "kurang_aktif")
        & frame["status"].isin(["aktif", "belum_beroperasi", "belum_diketahui"]),
        "programme_not_operating": frame["programme"].notna()
        & not_operating
        & (frame["months_since_formation"].fillna(0) >= months_not_operating),
    }
    frame["warning"] = None
    for warning in reversed(WARNINGS):  # the most urgent condition names the row
        frame.loc[conditions[warning], "warning"] = warning
    # ... and a programme cooperative idle for months says so too, whatever else it faces
    frame["also_not_operating"] = conditions["programme_not_operating"] & (
        frame["warning"] != "programme_not_operating"
    )
    flagged = frame[frame["warning"].notna()].copy()
    flagged["urgency"] = flagged["warning"].map(WARNINGS.index)
    flagged["rat_fiscal_year"] = due_year(after)
    flagged["deadline"] = deadline
    return flagged.sort_values(
        ["urgency", "last_rat_year", "months_since_formation", "members", "name"],
        ascending=[True, True, False, False, True],
        na_position="first",
    ).reset_index(drop=True)


# What raises a cooperative's risk of slipping, from its own record, and by how much (RISK_WEIGHTS):
# each reason is said in words on the call list (present/early_warning.py).
RISK_WEIGHTS = {
    "behind_before": 2,  # per earlier snapshot at which it was kurang or tidak aktif (RAT late or missed)
    "rat_not_reported": 2,  # its last RAT's report never reached the office
    "not_operating": 3,  # its business is not running
    "operating_unknown": 1,  # nobody knows whether its business is running
    "members_falling": 2,  # a tenth or more of its members gone since about a year before
}
SHORT_LIST = 20  # the call list a page opens on, of the region or the open kecamatan; the rest on request


def rank(warnings: pd.DataFrame, history: pd.DataFrame) -> pd.DataFrame:
    """The warnings ordered by urgency, then by risk from each cooperative's own record, each with
    `risk` (a score) and `risk_reasons` (codes with what to say: [(code, {…}), …])."""
    ranked = warnings.merge(history, on="nik", how="left")
    reasons, scores = [], []
    for row in ranked.to_dict("records"):
        found: list[tuple[str, dict]] = []
        behind = _known(row.get("times_behind"))
        if behind:
            found.append(("behind_before", {"n": int(behind)}))
        if _known(row.get("last_rat_year")) is not None and _known(row.get("rat_reported")) is False:
            found.append(("rat_not_reported", {}))
        operating = _known(row.get("operating"))
        if operating is None:
            found.append(("operating_unknown", {}))
        elif not operating:
            found.append(("not_operating", {}))
        before, now = _known(row.get("members_year_ago")), _known(row.get("members"))
        if before is not None and now is not None and now < 0.9 * before:  # a tenth or more gone
            found.append(("members_falling", {"before": int(before), "now": int(now)}))
        reasons.append(found)
        scores.append(sum(RISK_WEIGHTS[code] * params.get("n", 1) for code, params in found))
    ranked["risk_reasons"], ranked["risk"] = reasons, scores
    return ranked.sort_values(
        ["urgency", "risk", "name"], ascending=[True, False, True], kind="stable"
    ).reset_index(drop=True)


def short_list(ranked: pd.DataFrame, size: int = SHORT_LIST) -> pd.DataFrame:
    """The first `size` of the ranked list: the most urgent, and of those the most at risk."""
    return ranked.head(size).reset_index(drop=True)


def never_behind(ranked: pd.DataFrame) -> int:
    """How many of these show no sign of risk in their own record (rank's `risk` 0): no late RAT before,
    reports in, business running, members steady; the ones a call can wait for."""
    return int((ranked["risk"] == 0).sum())


def _known(value):
    """A value, or None where it is missing (None, NaN, pd.NA); booleans as Python bools."""
    if value is None or pd.isna(value):
        return None
    return bool(value) if isinstance(value, (bool, np.bool_)) else value
