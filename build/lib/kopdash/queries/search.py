"""The sidebar's search: cooperatives by part of their name or NIK, in the regions a person may see."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from kopdash.store import Store

LATEST_SNAPSHOTS = """
    SELECT region_code, max(snapshot_date) AS snapshot_date
    FROM snapshot_totals
    WHERE snapshot_date <= $as_of AND list_contains($regions, region_code)
    GROUP BY region_code
"""

SEARCH = """
    SELECT r.nik, r.name, r.region_code, coalesce(g.name, r.region_code) AS region_name, r.district,
           r.village, r.status, r.snapshot_date
    FROM unit_rows r
    LEFT JOIN regions g USING (region_code)
    WHERE contains(lower(r.name), lower($text)) OR starts_with(r.nik, $text)
    ORDER BY NOT starts_with(lower(r.name), lower($text)), r.name, r.region_code
    LIMIT $limit
"""


def cooperative_search(
    store: Store, text: str, as_of: dt.date, regions: list[str], limit: int = 25
) -> pd.DataFrame:
    """Up to `limit` cooperatives whose name contains `text` (any case) or whose NIK starts with it, at
    each region's latest snapshot on or before `as_of`; names starting with the text first.

    The text is a parameter, matched with contains/starts_with (no LIKE: % and _ in it are plain text).
    """
    if not regions or not text.strip():
        return store.query(SEARCH, units={}, text="\x00", limit=0)
    latest = store.query(LATEST_SNAPSHOTS, as_of=as_of, regions=list(regions))
    units = {row.region_code: [row.snapshot_date.date()] for row in latest.itertuples()}
    return store.query(SEARCH, units=units, text=text.strip(), limit=limit)
