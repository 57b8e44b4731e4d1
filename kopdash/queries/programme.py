"""Queries behind the programme page (Koperasi Merah Putih, or any `programme` value in the store)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from kopdash.store import Store

PROGRAMME_REGIONS = """
    SELECT r.programme, r.region_code, coalesce(g.name, r.region_code) AS region_name,
           sum(r.cooperatives)::BIGINT AS row_count, min(r.snapshot_date) AS first_snapshot
    FROM status_counts r LEFT JOIN regions g USING (region_code)
    WHERE r.programme IS NOT NULL
    GROUP BY ALL
    ORDER BY r.programme, row_count DESC
"""


def programme_regions(store: Store) -> pd.DataFrame:
    """Every programme in the store and the regions that have its cooperatives, with the date of each
    region's first roster of it."""
    return store.query(PROGRAMME_REGIONS)


_SNAPSHOTS = """
    SELECT DISTINCT snapshot_date FROM status_counts
    WHERE region_code = $region AND programme = $programme AND snapshot_date <= $as_of
    ORDER BY snapshot_date DESC LIMIT 2
"""

PROGRAMME_COOPERATIVES = """
    WITH now AS (SELECT * FROM unit_rows WHERE programme = $programme AND snapshot_date = $now),
    before AS (SELECT nik, operating FROM unit_rows WHERE programme = $programme AND snapshot_date = $before)
    SELECT now.snapshot_date, $before::DATE AS previous_snapshot_date,
           now.nik, now.name, now.district, now.village, now.established_on, now.status, now.operating,
           now.last_rat_year, now.members, now.chair_name, now.phone, now.address,
           coalesce(before.operating, false) AS operating_before,
           before.nik IS NOT NULL AS existed_before,
           datediff('month', now.established_on, now.snapshot_date) AS months_since_formation
    FROM now LEFT JOIN before USING (nik)
    WHERE now.status <> 'dibubarkan'
    ORDER BY now.operating NULLS FIRST, months_since_formation DESC, now.district, now.village, now.name
"""


def programme_cooperatives(store: Store, programme: str, region: str, as_of: dt.date) -> pd.DataFrame:
    """The programme's cooperatives in one region at its latest snapshot on or before `as_of`, each with
    whether it operated at the previous snapshot and the months since its formation."""
    dates = [
        d.date()
        for d in store.query(_SNAPSHOTS, region=region, programme=programme, as_of=as_of)["snapshot_date"]
    ]
    if not dates:
        return store.query(PROGRAMME_COOPERATIVES, units={}, programme=programme, now=None, before=None)
    now, before = dates[0], (dates[1] if len(dates) > 1 else None)
    return store.query(
        PROGRAMME_COOPERATIVES, units={region: dates}, programme=programme, now=now, before=before
    )
