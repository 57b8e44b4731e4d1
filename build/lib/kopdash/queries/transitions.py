"""Queries behind the transitions page: who moved from which status to which between two snapshots."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from kopdash.store import Store

# Two pseudo-statuses: not in the earlier snapshot (a new registration), not in the later one.
NEW, GONE = "baru", "tidak_tercatat"

_PAIRS = f"""
    WITH earlier AS (
        SELECT nik, status, name, district, village, last_rat_year, members FROM unit_rows
        WHERE snapshot_date = $start
          AND ($programme IS NULL OR programme IS NOT DISTINCT FROM $programme)
    ), later AS (
        SELECT nik, status, name, district, village, last_rat_year, members FROM unit_rows
        WHERE snapshot_date = $end
          AND ($programme IS NULL OR programme IS NOT DISTINCT FROM $programme)
    )
    SELECT coalesce(later.nik, earlier.nik) AS nik,
           coalesce(later.name, earlier.name) AS name,
           coalesce(later.district, earlier.district) AS district,
           coalesce(later.village, earlier.village) AS village,
           coalesce(earlier.status, '{NEW}') AS from_status,
           coalesce(later.status, '{GONE}') AS to_status,
           earlier.last_rat_year AS last_rat_year_before, later.last_rat_year AS last_rat_year_after,
           later.members
    FROM earlier FULL OUTER JOIN later USING (nik)
    -- already dissolved at both dates: history, not a movement
    WHERE NOT (earlier.status = 'dibubarkan' AND coalesce(later.status, 'dibubarkan') = 'dibubarkan')
"""

TRANSITION_COUNTS = f"""
    SELECT from_status, to_status, count(*)::BIGINT AS cooperative_count
    FROM ({_PAIRS}) GROUP BY ALL ORDER BY ALL
"""


def transition_counts(
    store: Store, region: str, start: dt.date, end: dt.date, programme: str | None = None
) -> pd.DataFrame:
    """How many cooperatives went from each status to each status between two snapshots of a region."""
    return store.query(
        TRANSITION_COUNTS, units={region: [start, end]}, start=start, end=end, programme=programme
    )


TRANSITION_LIST = f"""
    SELECT * FROM ({_PAIRS})
    WHERE from_status = $from_status AND to_status = $to_status
    ORDER BY district, village, name
"""


def transition_list(
    store: Store,
    region: str,
    start: dt.date,
    end: dt.date,
    from_status: str,
    to_status: str,
    programme: str | None = None,
) -> pd.DataFrame:
    """The cooperatives behind one transition count."""
    return store.query(
        TRANSITION_LIST,
        units={region: [start, end]},
        start=start,
        end=end,
        from_status=from_status,
        to_status=to_status,
        programme=programme,
    )
