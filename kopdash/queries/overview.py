"""Queries behind the overview (Ringkasan), the about page and the frame's filters."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from kopdash.queries.fragments import profile_columns
from kopdash.store import Store
from kopdash.store.sql import pct_aktif

# Status counts of every region at every snapshot: the base of the overview and the trends.
REGION_STATUS_AS_OF = f"""
    WITH current AS (
        SELECT * FROM snapshot_totals
        WHERE snapshot_date <= $as_of AND ($regions IS NULL OR list_contains($regions, region_code))
        QUALIFY row_number() OVER (PARTITION BY region_code ORDER BY snapshot_date DESC) = 1
    )
    SELECT c.*,
           coalesce(r.name, c.region_code) AS region_name, r.province,
           {profile_columns("p", "rule_profile")}
    FROM current c
    LEFT JOIN regions r ON r.region_code = c.region_code
    LEFT JOIN rule_profiles p ON p.rule_profile = r.rule_profile
    ORDER BY region_name
"""


def region_status_as_of(store: Store, as_of: dt.date, regions: list[str] | None = None) -> pd.DataFrame:
    """One row per region: status counts at its latest snapshot on or before `as_of`, at the snapshot
    before it, and at its snapshot on or before the same date a year earlier."""
    return store.query(REGION_STATUS_AS_OF, as_of=as_of, regions=regions)


STATUS_TREND = """
    SELECT c.*, coalesce(r.name, c.region_code) AS region_name
    FROM snapshot_totals c
    LEFT JOIN regions r USING (region_code)
    WHERE ($regions IS NULL OR list_contains($regions, c.region_code))
      AND c.snapshot_date <= $until
    ORDER BY region_name, snapshot_date
"""


TOTAL_TREND = f"""
    SELECT snapshot_date, count(*) AS region_count, sum(registered_count)::BIGINT AS registered_count,
           sum(aktif_count)::BIGINT AS aktif_count,
           sum(belum_diketahui_count)::BIGINT AS belum_diketahui_count,
           {pct_aktif("sum(aktif_count)", "sum(registered_count)", "sum(belum_diketahui_count)")} AS pct_aktif
    FROM snapshot_totals
    WHERE ($regions IS NULL OR list_contains($regions, region_code)) AND snapshot_date <= $until
    GROUP BY snapshot_date ORDER BY snapshot_date
"""


def total_trend(store: Store, until: dt.date, regions: list[str] | None = None) -> pd.DataFrame:
    """% aktif of the regions together at each snapshot date (where many regions report on one date)."""
    return store.query(TOTAL_TREND, until=until, regions=regions)


def status_trend(store: Store, until: dt.date, regions: list[str] | None = None) -> pd.DataFrame:
    """Status counts and % aktif of each region at every snapshot up to `until`."""
    return store.query(STATUS_TREND, until=until, regions=regions)


SNAPSHOT_CALENDAR = """
    SELECT r.region_code, coalesce(g.name, r.region_code) AS region_name,
           min(r.snapshot_date) AS first_snapshot, max(r.snapshot_date) AS last_snapshot,
           count(DISTINCT r.snapshot_date) AS snapshot_count,
           sum(r.cooperatives)::BIGINT AS row_count
    FROM (SELECT region_code, snapshot_date, registered_count + dibubarkan_count AS cooperatives
          FROM snapshot_totals) r
    LEFT JOIN regions g USING (region_code)
    GROUP BY ALL
    ORDER BY region_name
"""


def snapshot_calendar(store: Store) -> pd.DataFrame:
    """Per region: first and last snapshot date, number of snapshots and of rows."""
    return store.query(SNAPSHOT_CALENDAR)


SNAPSHOT_DATES = """
    SELECT t.snapshot_date, count(*) AS region_count, min(coalesce(g.name, t.region_code)) AS region_name
    FROM snapshot_totals t
    LEFT JOIN regions g USING (region_code)
    GROUP BY t.snapshot_date
    ORDER BY t.snapshot_date DESC
"""


def snapshot_dates(store: Store) -> pd.DataFrame:
    """Every date some region has a snapshot of, newest first: how many regions, and the first one's name
    (the as-of field offers these dates: any other date shows the same figures as the one before it)."""
    return store.query(SNAPSHOT_DATES)


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
    WHERE $until IS NULL OR p.as_of <= $until
    ORDER BY p.as_of, region_name
"""


def published_figures(store: Store, until: dt.date | None = None) -> pd.DataFrame:
    """Figures offices published, with their sources (the published table); with `until`, only those
    published on or before it (a view of an earlier date never shows what was not known then)."""
    return store.query(PUBLISHED_FIGURES, until=until)


PUBLISHED_ONLY_REGIONS = """
    SELECT p.region_code, coalesce(any_value(g.name), p.region_code) AS region_name,
           count(*)::BIGINT AS figures, max(p.as_of) AS latest
    FROM published p
    LEFT JOIN regions g USING (region_code)
    WHERE p.region_code NOT IN (SELECT DISTINCT region_code FROM snapshot_totals)
    GROUP BY p.region_code ORDER BY region_name
"""


def published_only_regions(store: Store) -> pd.DataFrame:
    """Regions that have published figures but no registry snapshot yet."""
    return store.query(PUBLISHED_ONLY_REGIONS)


REGION_TARGETS = """
    SELECT region_code, year, target_pct_aktif, source FROM targets
    WHERE $regions IS NULL OR list_contains($regions, region_code)
    ORDER BY region_code, year
"""


def region_targets(store: Store, regions: list[str] | None = None) -> pd.DataFrame:
    """The target % aktif an office set per region and year (targets.csv; none when it set none)."""
    return store.query(REGION_TARGETS, regions=list(regions) if regions else None)
