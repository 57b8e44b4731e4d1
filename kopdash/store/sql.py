"""SQL the store builds its tables with, and the status-count columns every query shares: written once."""

from __future__ import annotations

from kopdash.domain.schema import STATUSES


def pct_aktif(aktif: str, registered: str, unknown: str) -> str:
    """% aktif of counts summed elsewhere: aktif among the registered whose status is known (a cooperative
    with no founding date and no RAT year is no evidence either way). Arguments are SQL, never user text."""
    return f"round(100.0 * {aktif} / nullif({registered} - {unknown}, 0), 1)"


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
    # A cooperative whose status is unknown (no founding date, no RAT year) is registered, but is no
    # evidence for or against being aktif: it is left out of the share, and the pages say how many were.
    registered = f"sum({measure}) FILTER (WHERE status <> 'dibubarkan')"
    unknown = f"coalesce(sum({measure}) FILTER (WHERE status = 'belum_diketahui'), 0)"
    aktif = f"coalesce(sum({measure}) FILTER (WHERE status = 'aktif'), 0)"
    columns.append(f"{pct_aktif(aktif, registered, unknown)} AS pct_aktif")
    return ",\n           ".join(columns)


# The counts of each region and snapshot, summed from the rollups' status_counts.
ROLLUP_COUNTS = f"""
    SELECT region_code, snapshot_date, {status_count_columns("cooperatives")},
           coalesce(sum(dissolution_candidates) FILTER (WHERE status <> 'dibubarkan'), 0)::BIGINT
               AS dissolution_candidate_count,
           coalesce(sum(rat_reported_count) FILTER (WHERE status = 'aktif'), 0)::BIGINT
               AS aktif_rat_reported_count
    FROM status_counts GROUP BY region_code, snapshot_date
"""


_NOT_ESTABLISHED = "c.belum_beroperasi_count + c.belum_diketahui_count"  # not yet operating, or unknown
_PREVIOUS_UNKNOWN = "c.previous_belum_diketahui_count"


def totals_sql(counts: str) -> str:
    """One row per region and snapshot from `counts` (a SELECT of region_code, snapshot_date and the status
    count columns), with the snapshot before it and the one nearest a year back: what the overview, trends,
    comparisons and a kecamatan's KPIs read.

    "A year back" is the snapshot nearest the same date a year earlier, between 6 and 18 months back; its
    distance in months goes with it, so a page never calls 22 months "a year".
    """
    return f"""
    WITH counts AS ({counts}),
    dated AS (
        SELECT *, lag(snapshot_date) OVER w AS previous_snapshot_date,
               lag(registered_count) OVER w AS previous_registered_count,
               lag(aktif_count) OVER w AS previous_aktif_count,
               lag(kurang_aktif_count) OVER w AS previous_kurang_aktif_count,
               lag(tidak_aktif_count) OVER w AS previous_tidak_aktif_count,
               lag(belum_beroperasi_count) OVER w AS previous_belum_beroperasi_count,
               lag(belum_diketahui_count) OVER w AS previous_belum_diketahui_count
        FROM counts WINDOW w AS (PARTITION BY region_code ORDER BY snapshot_date)
    ), around AS (
        SELECT d.*, b.snapshot_date AS before_date, a.snapshot_date AS after_date,
               d.snapshot_date - INTERVAL 1 YEAR AS target
        FROM dated d
        ASOF LEFT JOIN counts b
            ON b.region_code = d.region_code AND b.snapshot_date <= d.snapshot_date - INTERVAL 1 YEAR
        ASOF LEFT JOIN counts a
            ON a.region_code = d.region_code AND a.snapshot_date >= d.snapshot_date - INTERVAL 1 YEAR
    ), chosen AS (
        SELECT *, CASE
            WHEN after_date IS NOT NULL AND after_date <= snapshot_date - INTERVAL 6 MONTH
                 AND (before_date IS NULL OR after_date - target < target - before_date) THEN after_date
            WHEN before_date >= snapshot_date - INTERVAL 18 MONTH THEN before_date
        END AS year_ago_snapshot_date
        FROM around
    )
    SELECT c.* EXCLUDE (before_date, after_date, target),
           {pct_aktif("c.aktif_count", "c.registered_count", _NOT_ESTABLISHED)} AS pct_aktif_established,
           {pct_aktif("c.previous_aktif_count", "c.previous_registered_count", _PREVIOUS_UNKNOWN)}
               AS previous_pct_aktif,
           date_diff('month', y.snapshot_date, c.snapshot_date) AS year_ago_months,
           y.registered_count AS year_ago_registered_count,
           y.aktif_count AS year_ago_aktif_count,
           y.belum_beroperasi_count AS year_ago_belum_beroperasi_count
    FROM chosen c
    LEFT JOIN counts y ON y.region_code = c.region_code AND y.snapshot_date = c.year_ago_snapshot_date
    ORDER BY c.region_code, c.snapshot_date
    """


# Built once per store version (Store.refresh) from the rollups.
SNAPSHOT_TOTALS = totals_sql(ROLLUP_COUNTS)
