"""Queries behind the comparison page (banding): published figures beside the registry, and what the regions'
the harmonised counts (the counts themselves come from the overview's region_status_as_of)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from kopdash.queries.fragments import REPORTED_STATUS_DISAGREES
from kopdash.store import Store
from kopdash.store.sql import status_count_columns

REPORTED_STATUS_DIFFERENCES = f"""
    SELECT region_code,
           count(*) FILTER (WHERE reported_status IS NOT NULL) AS reported_status_count,
           count(*) FILTER (WHERE {REPORTED_STATUS_DISAGREES}) AS reported_status_differs_count
    FROM unit_rows WHERE status <> 'dibubarkan'
    GROUP BY region_code ORDER BY region_code
"""


def reported_status_differences(store: Store, snapshots: list[tuple[str, dt.date]]) -> pd.DataFrame:
    """Per region, at its given snapshot (region, date): cooperatives whose office recorded a status of its
    own, and those whose recorded status disagrees with the harmonised one."""
    return store.query(REPORTED_STATUS_DIFFERENCES, units={region: [day] for region, day in snapshots})


PUBLISHED_VS_REGISTRY = f"""
    WITH wanted AS (SELECT * FROM published WHERE $regions IS NULL OR list_contains($regions, region_code)),
    counts AS (
        -- every programme together: the region's totals
        SELECT region_code, snapshot_date, NULL::VARCHAR AS programme, registered_count, aktif_count,
               kurang_aktif_count, tidak_aktif_count, dissolution_candidate_count, aktif_rat_reported_count
        FROM snapshot_totals WHERE region_code IN (SELECT region_code FROM wanted)
        UNION ALL
        -- each programme a figure was published for, on its own
        SELECT region_code, snapshot_date, programme, registered_count, aktif_count, kurang_aktif_count,
               tidak_aktif_count, dissolution_candidate_count, aktif_rat_reported_count
        FROM (
            SELECT region_code, snapshot_date, programme, {status_count_columns("cooperatives")},
                   coalesce(sum(dissolution_candidates) FILTER (WHERE status <> 'dibubarkan'), 0)::BIGINT
                       AS dissolution_candidate_count,
                   coalesce(sum(rat_reported_count) FILTER (WHERE status = 'aktif'), 0)::BIGINT
                       AS aktif_rat_reported_count
            FROM status_counts
            WHERE (region_code, programme) IN
                  (SELECT region_code, programme FROM wanted WHERE programme IS NOT NULL)
            GROUP BY region_code, snapshot_date, programme
        )
    ), matched AS (
        SELECT p.*, c.snapshot_date,
               CASE p.metric
                   WHEN 'registered' THEN c.registered_count
                   WHEN 'aktif' THEN c.aktif_count
                   WHEN 'kurang_aktif' THEN c.kurang_aktif_count
                   WHEN 'tidak_aktif' THEN c.tidak_aktif_count
                   WHEN 'not_aktif' THEN c.registered_count - c.aktif_count
                   WHEN 'dissolution_candidates' THEN c.dissolution_candidate_count
                   WHEN 'aktif_rat_reported' THEN c.aktif_rat_reported_count
               END AS registry_value
        FROM wanted p
        LEFT JOIN counts c ON c.region_code = p.region_code AND c.programme IS NOT DISTINCT FROM p.programme
             AND c.snapshot_date <= p.as_of
        QUALIFY row_number() OVER (PARTITION BY p.region_code, p.as_of, p.programme, p.metric
                                   ORDER BY c.snapshot_date DESC NULLS LAST) = 1
    )
    SELECT m.*, coalesce(g.name, m.region_code) AS region_name,
           m.registry_value - m.value AS difference
    FROM matched m LEFT JOIN regions g USING (region_code)
    ORDER BY region_name, m.as_of, m.programme NULLS FIRST, m.metric
"""


def published_vs_registry(store: Store, regions: list[str] | None = None) -> pd.DataFrame:
    """Each published figure beside what the registry says at the region's snapshot on or before its date."""
    return store.query(PUBLISHED_VS_REGISTRY, regions=regions)


PROGRAMME_LADDER = """
    SELECT p.region_code, coalesce(g.name, p.region_code) AS region_name,
           split_part(p.region_code, '.', 1) AS province_code, p.metric, p.value, p.as_of
    FROM published p LEFT JOIN regions g USING (region_code)
    WHERE p.programme = $programme AND p.as_of <= $as_of AND list_contains($metrics, p.metric)
    QUALIFY row_number() OVER (PARTITION BY p.region_code, p.metric ORDER BY p.as_of DESC) = 1
    ORDER BY p.region_code, p.metric
"""


def programme_ladder(store: Store, programme: str, as_of: dt.date, metrics: list[str]) -> pd.DataFrame:
    """Per kabupaten/kota, the newest published figure on or before `as_of` of each of a programme's
    `metrics` (SIMKOPDES's ladder: formed, account, NPWP, NIB, RAT), with its province's code."""
    return store.query(PROGRAMME_LADDER, programme=programme, as_of=as_of, metrics=metrics)
