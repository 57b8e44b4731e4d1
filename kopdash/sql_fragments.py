"""SQL fragments every query shares, written once: the status counts and % aktif."""

from __future__ import annotations

from kopdash.schema import REPORTED_STATUS_MEANS, STATUSES


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


STATUS_ORDER = "CASE status " + " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(STATUSES)) + " END"


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


# The office's own status word read as the harmonised status it means (NULL: a word not compared), and
# whether the two disagree. Generated from schema.REPORTED_STATUS_MEANS, the one list of those words.
REPORTED_STATUS_CODE = (
    "CASE lower(trim(reported_status)) "
    + " ".join(f"WHEN '{word}' THEN '{code}'" for word, code in REPORTED_STATUS_MEANS.items())
    + " END"
)
REPORTED_STATUS_DISAGREES = f"(({REPORTED_STATUS_CODE}) IS NOT NULL AND ({REPORTED_STATUS_CODE}) <> status)"
