"""Queries of the map (/peta): status counts per kecamatan by official code, for a choropleth."""

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


def district_status(store: Store, region: str, snapshot_date: dt.date) -> pd.DataFrame:
    """One row per official kecamatan code of a region's snapshot (the map joins by code, never by
    spelling); a last row with a null code counts the cooperatives whose kecamatan matched no code."""
    return store.query(DISTRICT_STATUS, units={region: [snapshot_date]})
