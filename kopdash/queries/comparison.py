"""Queries behind the comparison page that read unit rows: what the regions' own registries say beyond
the harmonised counts (the counts themselves come from the overview's region_status_as_of)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from kopdash.sql_fragments import REPORTED_STATUS_DISAGREES
from kopdash.store import Store

REPORTED_STATUS_DIFFERENCES = f"""
    SELECT region_code,
           count(*) FILTER (WHERE reported_status IS NOT NULL) AS reported_status_count,
           count(*) FILTER (WHERE {REPORTED_STATUS_DISAGREES}) AS reported_status_differs_count
    FROM unit_rows WHERE status <> 'dibubarkan'
    GROUP BY region_code ORDER BY region_code
"""


def reported_status_differences(store: Store, snapshots: list[tuple[str, dt.date]]) -> pd.DataFrame:
    """Per region, at its given snapshot (region, date): cooperatives whose office recorded a status of its
    own, and those whose recorded status disagrees with the harmonised one."""
    return store.query(REPORTED_STATUS_DIFFERENCES, units={region: [day] for region, day in snapshots})
