"""Interventions: events over time, the obstacles boards report, quarterly-report compliance, and what
happened to cooperatives' status in the months after an intervention, beside comparable ones without it."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from kopdash.queries.region import region_snapshots
from kopdash.store import Store

EVENT_COUNTS = """
    SELECT date_trunc('month', event_date)::DATE AS month, region_code, kind, count(*) AS event_count
    FROM events WHERE $regions IS NULL OR list_contains($regions, region_code)
    GROUP BY ALL ORDER BY month, region_code, kind
"""
OBSTACLE_COUNTS = """
    SELECT obstacle, count(*) AS event_count, count(DISTINCT nik) AS cooperative_count
    FROM events
    WHERE obstacle IS NOT NULL AND ($regions IS NULL OR list_contains($regions, region_code))
    GROUP BY obstacle ORDER BY event_count DESC, obstacle
"""
QUARTERLY_REPORTS = """
    WITH quarters AS (
        SELECT date_trunc('quarter', event_date)::DATE AS quarter, count(DISTINCT nik) AS reported_count
        FROM events WHERE region_code = $region AND kind = 'laporan_keuangan_triwulanan' GROUP BY 1
    )
    SELECT q.quarter, q.reported_count, t.snapshot_date, t.aktif_count,
           round(100.0 * q.reported_count / nullif(t.aktif_count, 0), 1) AS pct_of_aktif
    FROM quarters q
    ASOF LEFT JOIN (SELECT * FROM snapshot_totals WHERE region_code = $region) t
      ON (q.quarter + INTERVAL 3 MONTH - INTERVAL 1 DAY)::DATE >= t.snapshot_date
    ORDER BY q.quarter
"""
FIRST_EVENTS = """
    SELECT nik, min(event_date) AS first_event FROM events
    WHERE region_code = $region AND kind = $kind GROUP BY nik
"""
COOPERATIVE_EVENTS = """
    SELECT event_date, kind, channel, outcome, obstacle, note FROM events
    WHERE nik = $nik AND region_code = $region ORDER BY event_date
"""


def event_counts(store: Store, regions: list[str] | None = None) -> pd.DataFrame:
    """Events per month, region and kind."""
    return store.query(EVENT_COUNTS, regions=regions)


def obstacle_counts(store: Store, regions: list[str] | None = None) -> pd.DataFrame:
    """How often each obstacle (kendala) was reported, and by how many cooperatives."""
    return store.query(OBSTACLE_COUNTS, regions=regions)


def quarterly_reports(store: Store, region: str) -> pd.DataFrame:
    """Per quarter: cooperatives that sent a quarterly financial report, against the aktif cooperatives
    of the region's latest snapshot on or before the quarter's end."""
    return store.query(QUARTERLY_REPORTS, region=region)


def cooperative_events(store: Store, nik: str, region: str) -> pd.DataFrame:
    """One cooperative's events (by region and NIK), oldest first."""
    return store.query(COOPERATIVE_EVENTS, nik=nik, region=region)


def intervention_outcomes(store: Store, region: str, kind: str, months: int = 12) -> pd.DataFrame:
    """Every cooperative of `region` that had a `kind` event, and every comparable one that did not, with
    its status before and `months` after.

    A treated cooperative counts from its first such event: `before` is the region's latest snapshot on
    or before it, `after` the latest on or before the event plus `months`, and at least half of `months`
    after the event (snapshots are monthly in some regions, yearly in others).
    Its comparison group: the region's cooperatives in the same `before` snapshot with the same status
    then, with no `kind` event up to `after`. Columns: group (treated | comparison), nik, name,
    before_snapshot, after_snapshot, status_before, status_after (None: no longer in the registry).
    Cooperatives not yet followed for half of `months` are left out.
    """
    columns = ["group", "nik", "name", "before_snapshot", "after_snapshot", "status_before", "status_after"]
    first = store.query(FIRST_EVENTS, region=region, kind=kind)
    dates = sorted(pd.to_datetime(region_snapshots(store, region)["snapshot_date"]).dt.date)
    if first.empty or not dates:
        return pd.DataFrame(columns=columns)

    def latest_on_or_before(day: dt.date) -> dt.date | None:
        earlier = [d for d in dates if d <= day]
        return earlier[-1] if earlier else None

    had_event = dict(zip(first["nik"], pd.to_datetime(first["first_event"]).dt.date, strict=True))
    treated = {}
    for nik, day in had_event.items():
        before = latest_on_or_before(day)
        horizon = (pd.Timestamp(day) + pd.DateOffset(months=months)).date()
        halfway = (pd.Timestamp(day) + pd.DateOffset(months=months // 2)).date()
        after = latest_on_or_before(horizon)
        if before is not None and after is not None and after >= halfway:  # followed long enough
            treated[nik] = (before, after)
    if not treated:
        return pd.DataFrame(columns=columns)
    pairs = sorted(set(treated.values()))
    needed = sorted({d for pair in pairs for d in pair})
    rows = store.query(
        "SELECT nik, name, snapshot_date, status FROM unit_rows", units={region: needed}
    ).assign(snapshot_date=lambda f: pd.to_datetime(f["snapshot_date"]).dt.date)
    status = {(n, d): s for n, d, s in zip(rows["nik"], rows["snapshot_date"], rows["status"], strict=True)}
    names = dict(zip(rows["nik"], rows["name"], strict=True))
    found = []
    for before, after in pairs:
        present = rows[rows["snapshot_date"] == before]["nik"]
        for nik in present:
            if treated.get(nik) == (before, after):
                group = "treated"
            elif nik in had_event and had_event[nik] <= after:
                continue  # had the intervention by then: neither treated here nor a comparison
            else:
                group = "comparison"
            if status[(nik, before)] == "dibubarkan":
                continue  # a dissolved cooperative cannot revive: no outcome to compare
            found.append(
                [group, nik, names.get(nik), before, after, status[(nik, before)], status.get((nik, after))]
            )
    return pd.DataFrame(found, columns=columns)
