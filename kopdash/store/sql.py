"""SQL the store builds its tables with, and the status-count columns every query shares: written once."""

from __future__ import annotations

from kopdash.domain.schema import STATUSES


def status_count_columns(measure: str = "1") -> str:
    """registered_count, one <status>_count per status and pct_aktif, summing `measure` per row.

    `measure` is `1` over unit rows, or a count column over `registry_counts`; it is never user text.
    """
    columns = [
        f"coalesce(sum({measure}) FILTER (WHERE status <> 'dibubarkan'), 0)::BIGINT AS registered_count"
    ]
    columns += [
        f"coalesce(sum({measure}) FILTER (WHERE status = '{status}'), 0)::BIGINT AS {status}_count"
        for status in STATUSES
    ]
    columns.append(
        f"round(100.0 * coalesce(sum({measure}) FILTER (WHERE status = 'aktif'), 0)"
        f" / nullif(sum({measure}) FILTER (WHERE status <> 'dibubarkan'), 0), 1) AS pct_aktif"
    )
    return ",\n           ".join(columns)


# One row per region and snapshot, with the snapshot before it and the one a year earlier: what the
# overview, trends and comparisons read. Built once per store version (Store.refresh) from the rollups.
SNAPSHOT_TOTALS = f"""
    WITH counts AS (
        SELECT region_code, snapshot_date, {status_count_columns("cooperatives")},
               coalesce(sum(dissolution_candidates) FILTER (WHERE status <> 'dibubarkan'), 0)::BIGINT
                   AS dissolution_candidate_count,
               coalesce(sum(rat_reported_count) FILTER (WHERE status = 'aktif'), 0)::BIGINT
                   AS aktif_rat_reported_count
        FROM status_counts GROUP BY region_code, snapshot_date
    ), dated AS (
        SELECT *, lag(snapshot_date) OVER w AS previous_snapshot_date,
               lag(registered_count) OVER w AS previous_registered_count,
               lag(aktif_count) OVER w AS previous_aktif_count,
               lag(kurang_aktif_count) OVER w AS previous_kurang_aktif_count,
               lag(tidak_aktif_count) OVER w AS previous_tidak_aktif_count
        FROM counts WINDOW w AS (PARTITION BY region_code ORDER BY snapshot_date)
    )
    SELECT d.*,
           round(100.0 * d.previous_aktif_count / nullif(d.previous_registered_count, 0), 1)
               AS previous_pct_aktif,
           y.snapshot_date AS year_ago_snapshot_date,
           y.registered_count AS year_ago_registered_count,
           y.aktif_count AS year_ago_aktif_count
    FROM dated d
    -- a year earlier: the region's latest snapshot on or before the same date one year before
    ASOF LEFT JOIN counts y
        ON y.region_code = d.region_code AND y.snapshot_date <= d.snapshot_date - INTERVAL 1 YEAR
    ORDER BY d.region_code, d.snapshot_date
"""
