"""The harmonised status rule (docs/store.md: "The harmonised status rule") and the rule profiles it reads."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class RuleProfile:
    """Thresholds, in missed RATs, that one region's office applies, and whether tidak aktif also needs
    the business to have stopped (the ministry's ODS definition)."""

    rule_profile: str
    less_active_after: int = 1
    inactive_after: int = 2
    dissolution_after: int = 3
    basis: str = ""
    inactive_requires_not_operating: bool = False

    @property
    def thresholds(self) -> str:
        """The thresholds as each stored status records them (`rule_thresholds`): 1/2/3, or 1/3/3+usaha
        when tidak aktif also needs a stopped business; a profile edited later is told apart by them."""
        return f"{self.less_active_after}/{self.inactive_after}/{self.dissolution_after}" + (
            "+usaha" if self.inactive_requires_not_operating else ""
        )

    def as_recorded(self, thresholds) -> RuleProfile:
        """This profile with the thresholds a stored status recorded (`rule_thresholds`), where they are
        readable: the rule that gave that status, even after the profile was edited."""
        found = re.fullmatch(r"(\d+)/(\d+)/(\d+)(\+usaha)?", str(thresholds or ""))
        if not found:
            return self
        less, inactive, dissolution = (int(n) for n in found.groups()[:3])
        return replace(self, less_active_after=less, inactive_after=inactive, dissolution_after=dissolution,
                       inactive_requires_not_operating=bool(found.group(4)))  # fmt: skip

    @classmethod
    def of(cls, row, name: str = "rule_profile", basis: str = "basis") -> RuleProfile:
        """The profile a table row carries (a rule_profiles row, or a query row that joined one in under
        other column names); the one place a profile is built from data."""
        text = row[basis] if basis in row else ""
        flag = row[REQUIRES_NOT_OPERATING] if REQUIRES_NOT_OPERATING in row else False
        return cls(
            str(row[name]),
            int(row["less_active_after"]),
            int(row["inactive_after"]),
            int(row["dissolution_after"]),
            "" if text is None or pd.isna(text) else str(text),
            False if flag is None or pd.isna(flag) else bool(flag),
        )


REQUIRES_NOT_OPERATING = "inactive_requires_not_operating"  # the profile's column, in rule_profiles.csv

# Permenkop 9/2018 and seed 000 (Kabupaten Serang): 1 missed RAT = kurang aktif, 2 = tidak aktif,
# 3 = candidate for dissolution. Used when a region names no profile of its own.
DEFAULT_PROFILE = RuleProfile(
    "permenkop_9_2018", 1, 2, 3, "Permenkop 9/2018; Diskoperindag Kabupaten Serang (2021)"
)
# The ministry's own definition in its national registry (ODS): tidak aktif = no RAT held in the last
# three fiscal years *and* no business serving members. A missed RAT alone is kurang aktif.
ODS_PROFILE = RuleProfile(
    "ods_kemenkop",
    1,
    3,
    3,
    "Kementerian Koperasi dan UKM, ODS: tidak aktif bila tidak ada RAT dalam 3 tahun buku terakhir dan "
    "tidak ada usaha yang melayani anggota",
    inactive_requires_not_operating=True,
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
    when present, dissolved_on and programme. Returns a frame on the same index.
    """
    due = due_year(snapshot_date)
    established_year = pd.to_datetime(registry["established_on"]).dt.year.astype("Int64")
    last_rat = pd.array(registry["last_rat_year"], dtype="Int64")
    # Never held a RAT: count from the establishment year (its first RAT is for that fiscal year).
    missed = (due - pd.Series(last_rat, index=registry.index).fillna(established_year - 1)).astype("Int64")
    no_dates = (established_year.isna() & pd.isna(last_rat)).to_numpy(bool, copy=True)
    owes_no_rat = (established_year > due).fillna(False).to_numpy(bool, copy=True)
    if "programme" in registry:
        # A programme roster's cooperative with no founding date and no RAT on record is in formation:
        # it owes no RAT yet (a Koperasi Merah Putih listed before its deed is dated).
        in_formation = registry["programme"].notna().to_numpy(bool) & no_dates
        owes_no_rat |= in_formation
        no_dates &= ~in_formation
    # Only an explicit True or False counts: an unknown `operating` never lowers a status with RAT
    # evidence, and never makes a cooperative that owes no RAT yet aktif.
    operating = pd.array(registry["operating"], dtype="boolean")
    not_operating = (~operating).fillna(False).to_numpy(bool)
    shown_operating = operating.fillna(False).to_numpy(bool)
    dissolved = _dissolved(registry, snapshot_date)
    missed_np = missed.fillna(0).to_numpy(int)
    inactive = missed_np >= profile.inactive_after
    if profile.inactive_requires_not_operating:
        inactive &= not_operating

    status = np.select(
        [
            dissolved,
            no_dates & ~not_operating,  # no founding date, no RAT year: no evidence either way
            owes_no_rat & not_operating,
            owes_no_rat & shown_operating,
            owes_no_rat,  # owes no RAT yet, operating unknown
            inactive,
            (missed_np >= profile.less_active_after) | not_operating,
        ],
        [
            "dibubarkan",
            "belum_diketahui",
            "belum_beroperasi",
            "aktif",
            "belum_diketahui",
            "tidak_aktif",
            "kurang_aktif",
        ],  # fmt: skip
        default="aktif",
    )
    candidate = ~dissolved & ~owes_no_rat & ~no_dates & (missed_np >= profile.dissolution_after)
    if profile.inactive_requires_not_operating:
        candidate &= not_operating
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
