"""Queries behind the early-warning list (the page pantauan): who drops at the next RAT deadline."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from kopdash.queries.fragments import profile_columns
from kopdash.store import Store

EARLY_WARNING_CANDIDATES = f"""
    SELECT r.*, {profile_columns("p", "profile_id")}
    FROM unit_rows r
    LEFT JOIN regions g USING (region_code)
    LEFT JOIN rule_profiles p ON p.rule_profile = coalesce(r.rule_profile, g.rule_profile)
    WHERE r.status <> 'dibubarkan'
      AND ($district IS NULL OR r.district IS NOT DISTINCT FROM $district)
"""


def early_warning_candidates(
    store: Store, region: str, snapshot_date: dt.date, district: str | None = None
) -> pd.DataFrame:
    """Every registered cooperative of one snapshot, with its region's rule profile, for the early warning."""
    return store.query(EARLY_WARNING_CANDIDATES, units={region: [snapshot_date]}, district=district)
