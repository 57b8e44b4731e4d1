"""Queries behind the region page: one region's snapshot by kecamatan, village, kind and segment,
its RAT compliance, its data quality and its cooperative list. They read one snapshot's unit rows.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from kopdash.queries.fragments import REPORTED_STATUS_DISAGREES, STATUS_ORDER
from kopdash.store import Store
from kopdash.store.sql import status_count_columns, totals_sql

# Unit-row queries read `unit_rows`: the one snapshot file the Store was asked for (units=...).
_ONE_SNAPSHOT = "($district IS NULL OR district IS NOT DISTINCT FROM $district)"

REGION_SNAPSHOTS = """
    SELECT snapshot_date FROM snapshot_totals WHERE region_code = $region ORDER BY snapshot_date
"""


def region_snapshots(store: Store, region: str) -> pd.DataFrame:
    """Every snapshot date of one region, oldest first."""
    return store.query(REGION_SNAPSHOTS, region=region)


# One kecamatan's counts at each of the region's snapshots, with the snapshot before and the one nearest a
# year back, as the region's own totals are built (store/sql.totals_sql), from the unit rows.
DISTRICT_TOTALS = totals_sql(
    f"""
    SELECT region_code, snapshot_date, {status_count_columns()},
           count(*) FILTER (WHERE dissolution_candidate AND status <> 'dibubarkan')
               AS dissolution_candidate_count,
           count(*) FILTER (WHERE rat_reported AND status = 'aktif') AS aktif_rat_reported_count
    FROM unit_rows WHERE district IS NOT DISTINCT FROM $district
    GROUP BY region_code, snapshot_date
    """
)


def district_totals(store: Store, region: str, district: str, until: dt.date) -> pd.DataFrame:
    """A kecamatan's status counts at every snapshot of its region up to `until` (KPIs and trend of a
    drill-down), shaped as the region's totals; region_name is the kecamatan."""
    days = [d.date() for d in region_snapshots(store, region)["snapshot_date"] if d.date() <= until]
    found = store.query(DISTRICT_TOTALS, units={region: days}, district=district)
    return found.assign(region_name=district)


# What a region's cooperatives may be grouped by: the allowlist of identifiers.
DIMENSIONS = ("district", "village", "kind", "segment")


def status_by(
    store: Store, region: str, snapshot_date: dt.date, dimension: str, district: str | None = None
) -> pd.DataFrame:
    """Status counts of one snapshot grouped by kecamatan, village, kind or segment (`value` column)."""
    if dimension not in DIMENSIONS:
        raise ValueError(f"cannot group by {dimension!r}")
    sql = f"""
        SELECT {dimension} AS value, {status_count_columns()}
        FROM unit_rows WHERE {_ONE_SNAPSHOT}
        GROUP BY 1 ORDER BY pct_aktif NULLS LAST, value
    """
    return store.query(sql, units={region: [snapshot_date]}, district=district)


RAT_COMPLIANCE = f"""
    SELECT district,
           count(*) AS registered_count,
           count(*) FILTER (WHERE last_rat_year >= $due_year) AS rat_held_count,
           count(*) FILTER (WHERE last_rat_year >= $due_year AND rat_reported) AS rat_reported_count,
           count(*) FILTER (WHERE status = 'aktif') AS aktif_count,
           count(*) FILTER (WHERE status = 'aktif' AND rat_reported) AS aktif_rat_reported_count
    FROM unit_rows WHERE {_ONE_SNAPSHOT} AND status <> 'dibubarkan'
    GROUP BY ROLLUP (district)
    ORDER BY grouping(district), district
"""


def rat_compliance(
    store: Store, region: str, snapshot_date: dt.date, due_year: int, district: str | None = None
) -> pd.DataFrame:
    """Per kecamatan (last row: the whole region): RAT for the due year held, and reported to the office."""
    return store.query(RAT_COMPLIANCE, units={region: [snapshot_date]}, due_year=due_year, district=district)


DATA_QUALITY = f"""
    SELECT district,
           count(*) AS registered_count,
           count(*) FILTER (WHERE village IS NULL) AS village_missing_count,
           count(*) FILTER (WHERE established_on IS NULL) AS established_missing_count,
           count(*) FILTER (WHERE kind IS NULL OR segment IS NULL) AS kind_or_segment_missing_count,
           count(*) FILTER (WHERE operating IS NULL) AS operating_unknown_count,
           count(*) FILTER (WHERE members IS NULL) AS members_missing_count,
           count(*) FILTER (WHERE members < 9) AS members_below_nine_count,
           count(*) FILTER (WHERE last_rat_year IS NOT NULL AND NOT coalesce(rat_reported, false))
               AS rat_not_reported_count,
           count(*) FILTER (WHERE district IS NOT NULL AND district_code IS NULL) AS district_unmatched_count,
           count(*) FILTER (WHERE village IS NOT NULL AND village_code IS NULL) AS village_unmatched_count,
           count(*) FILTER (WHERE {REPORTED_STATUS_DISAGREES}) AS reported_status_differs_count
    FROM unit_rows WHERE {_ONE_SNAPSHOT} AND status <> 'dibubarkan'
    GROUP BY ROLLUP (district)
    ORDER BY grouping(district), district
"""


def data_quality(
    store: Store, region: str, snapshot_date: dt.date, district: str | None = None
) -> pd.DataFrame:
    """Per kecamatan (last row: the whole region): fields left blank or doubtful in the registry."""
    return store.query(DATA_QUALITY, units={region: [snapshot_date]}, district=district)


# How the list may be sorted: the allowlist of ORDER BY clauses.
SORTS = {
    "name": "name, nik",
    "status": f"{STATUS_ORDER} DESC, last_rat_year NULLS FIRST, name",
    "last_rat": "last_rat_year NULLS FIRST, name",
    "members": "members DESC NULLS LAST, name",
    "established": "established_on DESC NULLS LAST, name",
}


def cooperative_list(
    store: Store,
    region: str,
    snapshot_date: dt.date,
    district: str | None = None,
    village: str | None = None,
    statuses: list[str] | None = None,
    search: str | None = None,
    sort: str = "name",
    limit: int = 5000,
) -> pd.DataFrame:
    """The cooperatives of one snapshot, filtered and sorted, at most `limit` of them."""
    sql = f"""
        SELECT nik, name, district, village, status, last_rat_year, rat_reported, operating, members,
               established_on, kind, segment, programme, dissolution_candidate,
               chair_name, phone, address  -- for the phone's cards, shown to roles that may see them
        FROM unit_rows
        WHERE {_ONE_SNAPSHOT}
          AND ($village IS NULL OR village IS NOT DISTINCT FROM $village)
          AND ($statuses IS NULL OR list_contains($statuses, status))
          AND ($search IS NULL OR name ILIKE '%' || $search || '%' OR nik LIKE $search || '%')
        ORDER BY {SORTS[sort]}
        LIMIT $limit
    """
    return store.query(
        sql,
        units={region: [snapshot_date]},
        district=district,
        village=village,
        statuses=statuses or None,
        search=search or None,
        limit=limit,
    )
