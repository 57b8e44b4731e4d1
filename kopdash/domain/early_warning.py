"""Who to call before the next RAT deadline: statuses that will drop on 1 July unless a RAT is held,
new dissolution candidates, and programme cooperatives still not operating months after formation.
"""

from __future__ import annotations

import datetime as dt

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
        & frame["status"].isin(["aktif", "belum_beroperasi"]),
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
