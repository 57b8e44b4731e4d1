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
    FROM registry r
    LEFT JOIN regions g USING (region_code)
    LEFT JOIN rule_profiles p ON p.rule_profile = coalesce(r.rule_profile, g.rule_profile)
    WHERE r.nik = $nik
    ORDER BY r.snapshot_date
"""


def cooperative_history(store: Store, nik: str) -> pd.DataFrame:
    """Every snapshot row of one cooperative (by NIK), oldest first, with its region's rule profile."""
    return store.query(COOPERATIVE_HISTORY, nik=nik)
