"""Queries behind the cooperative page: one cooperative's story across every snapshot."""

from __future__ import annotations

import pandas as pd

from kopdash.store import Store

COOPERATIVE_HISTORY = """
    SELECT r.*, coalesce(g.name, r.region_code) AS region_name,
           coalesce(p.rule_profile, 'permenkop_9_2018') AS profile_id,
           coalesce(p.less_active_after, 1) AS less_active_after,
           coalesce(p.inactive_after, 2) AS inactive_after,
           coalesce(p.dissolution_after, 3) AS dissolution_after,
           coalesce(p.basis, '') AS profile_basis
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
    WHERE n.nik = $nik
"""


def cooperative_history(store: Store, nik: str) -> pd.DataFrame:
    """Every snapshot row of one cooperative (by NIK), oldest first, with its region's rule profile.

    The NIK index says which region's snapshots hold it, so only those files are read.
    """
    units: dict = {}
    for row in store.query(NIK_SNAPSHOTS, nik=nik).itertuples():
        units.setdefault(row.region_code, []).append(row.snapshot_date.date())
    return store.query(COOPERATIVE_HISTORY, units=units, nik=nik)
