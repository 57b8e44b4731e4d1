"""The harmonised status rule (docs/store.md: "The harmonised status rule") and the rule profiles it reads."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class RuleProfile:
    """Thresholds, in missed RATs, that one region's office applies."""

    rule_profile: str
    less_active_after: int = 1
    inactive_after: int = 2
    dissolution_after: int = 3
    basis: str = ""

    @classmethod
    def of(cls, row, name: str = "rule_profile", basis: str = "basis") -> RuleProfile:
        """The profile a table row carries (a rule_profiles row, or a query row that joined one in under
        other column names); the one place a profile is built from data."""
        text = row[basis] if basis in row else ""
        return cls(
            str(row[name]),
            int(row["less_active_after"]),
            int(row["inactive_after"]),
            int(row["dissolution_after"]),
            "" if text is None or pd.isna(text) else str(text),
        )


# Permenkop 9/2018 and seed 000 (Kabupaten Serang): 1 missed RAT = kurang aktif, 2 = tidak aktif,
# 3 = candidate for dissolution. Used when a region names no profile of its own.
DEFAULT_PROFILE = RuleProfile(
    "permenkop_9_2018", 1, 2, 3, "Permenkop 9/2018; Diskoperindag Kabupaten Serang (2021)"
)


def due_year(snapshot_date: dt.date) -> int:
    """Latest fiscal year whose RAT is already due on this date (due by 30 June of the next year)."""
    if (snapshot_date.month, snapshot_date.day) >= (7, 1):
        return snapshot_date.year - 1
    return snapshot_date.year - 2


def latest_on_or_before(dates, day: dt.date):
    """The latest of `dates` on or before `day` (the snapshot a view shows for an as-of date), or None."""
    earlier = [d for d in dates if d <= day]
    return max(earlier) if earlier else None


def derive(
    registry: pd.DataFrame, snapshot_date: dt.date, profile: RuleProfile = DEFAULT_PROFILE
) -> pd.DataFrame:
    """Status, dissolution_candidate and missed RATs for each row of one snapshot.

    Reads columns established_on, last_rat_year (NULL = never held), operating (NULL = unknown) and,
    when present, dissolved_on. Returns a frame on the same index.
    """
    due = due_year(snapshot_date)
    established_year = pd.to_datetime(registry["established_on"]).dt.year.astype("Int64")
    last_rat = pd.array(registry["last_rat_year"], dtype="Int64")
    # Never held a RAT: count from the establishment year (its first RAT is for that fiscal year).
    missed = (due - pd.Series(last_rat, index=registry.index).fillna(established_year - 1)).astype("Int64")
    owes_no_rat = (established_year > due).fillna(False).to_numpy(bool)
    if "programme" in registry:
        # A programme roster's cooperative with no founding date and no RAT on record is in formation:
        # it owes no RAT yet (a Koperasi Merah Putih listed before its deed is dated).
        in_formation = registry["programme"].notna() & established_year.isna() & pd.isna(last_rat)
        owes_no_rat |= in_formation.to_numpy(bool)
    # An unknown `operating` never downgrades a status: only an explicit False counts.
    operating = pd.array(registry["operating"], dtype="boolean")
    not_operating = (~operating).fillna(False).to_numpy(bool)
    dissolved = _dissolved(registry, snapshot_date)
    missed_np = missed.fillna(0).to_numpy(int)

    status = np.select(
        [
            dissolved,
            owes_no_rat & not_operating,
            owes_no_rat,
            missed_np >= profile.inactive_after,
            (missed_np >= profile.less_active_after) | not_operating,
        ],
        ["dibubarkan", "belum_beroperasi", "aktif", "tidak_aktif", "kurang_aktif"],
        default="aktif",
    )
    candidate = ~dissolved & ~owes_no_rat & (missed_np >= profile.dissolution_after)
    return pd.DataFrame(
        {"status": status, "dissolution_candidate": candidate, "missed_rats": missed},
        index=registry.index,
    )


def _dissolved(registry: pd.DataFrame, snapshot_date: dt.date) -> np.ndarray:
    if "dissolved_on" not in registry:
        return np.zeros(len(registry), dtype=bool)
    dissolved_on = pd.to_datetime(registry["dissolved_on"])
    return (dissolved_on <= pd.Timestamp(snapshot_date)).fillna(False).to_numpy(bool)


def status_of(
    snapshot_date: dt.date,
    established_on: dt.date,
    last_rat_year: int | None,
    operating: bool | None = True,
    dissolved_on: dt.date | None = None,
    profile: RuleProfile = DEFAULT_PROFILE,
) -> tuple[str, bool]:
    """(status, dissolution_candidate) of one cooperative: a one-row call of `derive`."""
    row = pd.DataFrame(
        {
            "established_on": [established_on],
            "last_rat_year": pd.array([last_rat_year], dtype="Int64"),
            "operating": pd.array([operating], dtype="boolean"),
            "dissolved_on": [dissolved_on],
        }
    )
    result = derive(row, snapshot_date, profile).iloc[0]
    return str(result["status"]), bool(result["dissolution_candidate"])


def profiles_from_frame(frame: pd.DataFrame) -> dict[str, RuleProfile]:
    """Rule profiles keyed by id, from a rule_profiles table."""
    return {row["rule_profile"]: RuleProfile.of(row) for _, row in frame.iterrows()}
