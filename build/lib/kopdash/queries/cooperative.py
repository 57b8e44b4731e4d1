"""Queries behind the cooperative page: one cooperative's story across every snapshot."""

from __future__ import annotations

import pandas as pd

from kopdash.queries.fragments import profile_columns
from kopdash.store import Store

COOPERATIVE_HISTORY = f"""
    SELECT r.*, coalesce(g.name, r.region_code) AS region_name,
           {profile_columns("p", "profile_id")}
    FROM unit_rows r
    LEFT JOIN regions g USING (region_code)
    LEFT JOIN rule_profiles p ON p.rule_profile = coalesce(r.rule_profile, g.rule_profile)
    WHERE r.nik = $nik
    ORDER BY r.snapshot_date
"""


NIK_SNAPSHOTS = """
    SELECT s.region_code, s.snapshot_date
    FROM nik_regions n
    JOIN snapshot_totals s
      ON s.region_code = n.region_code AND s.snapshot_date BETWEEN n.first_snapshot AND n.last_snapshot
    WHERE n.nik = $nik AND n.region_code = $region
"""


def cooperative_history(store: Store, nik: str, region: str) -> pd.DataFrame:
    """Every snapshot row of one cooperative (by region and NIK), oldest first, with its rule profile.

    A NIK is unique within a region's registry, not across regions (a typing slip, a cooperative that
    moved): what one region's official may see is that region's rows, never another's under the same
    NIK. The NIK index says which snapshots hold it, so only those files are read.
    """
    days = [
        row.snapshot_date.date() for row in store.query(NIK_SNAPSHOTS, nik=nik, region=region).itertuples()
    ]
    return store.query(COOPERATIVE_HISTORY, units={region: days} if days else {}, nik=nik)


NIK_REGIONS = "SELECT DISTINCT region_code FROM nik_regions WHERE nik = $nik ORDER BY region_code"


def nik_regions(store: Store, nik: str) -> pd.DataFrame:
    """The regions whose registry holds this NIK (usually one)."""
    return store.query(NIK_REGIONS, nik=nik)
