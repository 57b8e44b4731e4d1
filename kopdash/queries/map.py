"""Queries of the map (/peta): status counts per kecamatan or desa/kelurahan by official code, for a
choropleth."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from kopdash.store import Store
from kopdash.store.sql import status_count_columns

DISTRICT_STATUS = f"""
    SELECT district_code, min(district) AS district, {status_count_columns()}
    FROM unit_rows
    GROUP BY district_code
    ORDER BY district_code NULLS LAST
"""

# Villages of one kecamatan (by code) or of the whole region ($district NULL); a village is only known
# within its kecamatan, so one without a kecamatan code cannot be placed and falls in the null row.
VILLAGE_STATUS = f"""
    SELECT village_code, min(village) AS village, min(district) AS district, {status_count_columns()}
    FROM unit_rows
    WHERE $district IS NULL OR district_code = $district
    GROUP BY village_code
    ORDER BY village_code NULLS LAST
"""


def district_status(store: Store, region: str, snapshot_date: dt.date) -> pd.DataFrame:
    """One row per official kecamatan code of a region's snapshot (the map joins by code, never by
    spelling); a last row with a null code counts the cooperatives whose kecamatan matched no code."""
    return store.query(DISTRICT_STATUS, units={region: [snapshot_date]})


def village_status(
    store: Store, region: str, snapshot_date: dt.date, district_code: str | None = None
) -> pd.DataFrame:
    """One row per official desa/kelurahan code of a region's snapshot, or of one kecamatan (its code);
    a last row with a null code counts the cooperatives whose village matched no code."""
    return store.query(VILLAGE_STATUS, units={region: [snapshot_date]}, district=district_code)
