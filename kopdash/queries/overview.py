"""Queries behind the overview (Ringkasan), the about page and the frame's filters."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from kopdash.queries.common import status_count_columns
from kopdash.store import Store

# Status counts of every region at every snapshot: the base of the overview and the trends.
_STATUS_COUNTS = f"""
    SELECT region_code, snapshot_date,
           {status_count_columns("cooperatives")},
           coalesce(sum(dissolution_candidates) FILTER (WHERE status <> 'dibubarkan'), 0)::BIGINT
               AS dissolution_candidate_count,
           coalesce(sum(rat_reported_count) FILTER (WHERE status = 'aktif'), 0)::BIGINT
               AS aktif_rat_reported_count
    FROM status_counts
    GROUP BY region_code, snapshot_date
"""

REGION_STATUS_AS_OF = f"""
    WITH counts AS ({_STATUS_COUNTS}),
    dated AS (
        SELECT *, lag(snapshot_date) OVER w AS previous_snapshot_date,
               lag(registered_count) OVER w AS previous_registered_count,
               lag(aktif_count) OVER w AS previous_aktif_count,
               lag(kurang_aktif_count) OVER w AS previous_kurang_aktif_count,
               lag(tidak_aktif_count) OVER w AS previous_tidak_aktif_count
        FROM counts
        WINDOW w AS (PARTITION BY region_code ORDER BY snapshot_date)
    ),
    current AS (
        SELECT * FROM dated
        WHERE snapshot_date <= $as_of
        QUALIFY row_number() OVER (PARTITION BY region_code ORDER BY snapshot_date DESC) = 1
    )
    SELECT c.*,
           coalesce(r.name, c.region_code) AS region_name, r.province,
           coalesce(p.rule_profile, 'permenkop_9_2018') AS rule_profile,
           coalesce(p.less_active_after, 1) AS less_active_after,
           coalesce(p.inactive_after, 2) AS inactive_after,
           coalesce(p.dissolution_after, 3) AS dissolution_after,
           round(100.0 * c.previous_aktif_count / nullif(c.previous_registered_count, 0), 1)
               AS previous_pct_aktif,
           y.snapshot_date AS year_ago_snapshot_date,
           y.registered_count AS year_ago_registered_count,
           y.aktif_count AS year_ago_aktif_count
    FROM current c
    -- a year earlier: the region's latest snapshot on or before the same date one year before
    ASOF LEFT JOIN counts y ON y.region_code = c.region_code
        AND y.snapshot_date <= c.snapshot_date - INTERVAL 1 YEAR
    LEFT JOIN regions r ON r.region_code = c.region_code
    LEFT JOIN rule_profiles p ON p.rule_profile = r.rule_profile
    WHERE $regions IS NULL OR list_contains($regions, c.region_code)
    ORDER BY region_name
"""


def region_status_as_of(store: Store, as_of: dt.date, regions: list[str] | None = None) -> pd.DataFrame:
    """One row per region: status counts at its latest snapshot on or before `as_of`, at the snapshot
    before it, and at its snapshot on or before the same date a year earlier."""
    return store.query(REGION_STATUS_AS_OF, as_of=as_of, regions=regions)


STATUS_TREND = f"""
    SELECT c.*, coalesce(r.name, c.region_code) AS region_name
    FROM ({_STATUS_COUNTS}) c
    LEFT JOIN regions r USING (region_code)
    WHERE ($regions IS NULL OR list_contains($regions, c.region_code))
      AND c.snapshot_date <= $until
    ORDER BY region_name, snapshot_date
"""


def status_trend(store: Store, until: dt.date, regions: list[str] | None = None) -> pd.DataFrame:
    """Status counts and % aktif of each region at every snapshot up to `until`."""
    return store.query(STATUS_TREND, until=until, regions=regions)


SNAPSHOT_CALENDAR = """
    SELECT r.region_code, coalesce(g.name, r.region_code) AS region_name,
           min(r.snapshot_date) AS first_snapshot, max(r.snapshot_date) AS last_snapshot,
           count(DISTINCT r.snapshot_date) AS snapshot_count,
           sum(r.cooperatives)::BIGINT AS row_count
    FROM status_counts r
    LEFT JOIN regions g USING (region_code)
    GROUP BY ALL
    ORDER BY region_name
"""


def snapshot_calendar(store: Store) -> pd.DataFrame:
    """Per region: first and last snapshot date, number of snapshots and of rows."""
    return store.query(SNAPSHOT_CALENDAR)


REGION_RULES = """
    SELECT g.region_code, g.name AS region_name, g.province, p.*
    FROM regions g
    LEFT JOIN rule_profiles p ON p.rule_profile = g.rule_profile
    ORDER BY g.name
"""


def region_rules(store: Store) -> pd.DataFrame:
    """Every region in the reference table with the rule profile its office applies."""
    return store.query(REGION_RULES)


PUBLISHED_FIGURES = """
    SELECT p.*, coalesce(g.name, p.region_code) AS region_name
    FROM published p
    LEFT JOIN regions g USING (region_code)
    ORDER BY p.as_of, region_name
"""


def published_figures(store: Store) -> pd.DataFrame:
    """Figures offices published, with their sources (the published table)."""
    return store.query(PUBLISHED_FIGURES)
