"""Queries behind the early-warning list (the page pantauan): who drops at the next RAT deadline."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from kopdash.queries.fragments import profile_columns
from kopdash.store import Store

EARLY_WARNING_CANDIDATES = f"""
    SELECT r.*, {profile_columns("p", "profile_id")}
    FROM unit_rows r
    LEFT JOIN regions g USING (region_code)
    LEFT JOIN rule_profiles p ON p.rule_profile = coalesce(r.rule_profile, g.rule_profile)
    WHERE r.status <> 'dibubarkan'
      AND ($district IS NULL OR r.district IS NOT DISTINCT FROM $district)
"""


def early_warning_candidates(
    store: Store, region: str, snapshot_date: dt.date, district: str | None = None
) -> pd.DataFrame:
    """Every registered cooperative of one snapshot, with its region's rule profile, for the early warning."""
    return store.query(EARLY_WARNING_CANDIDATES, units={region: [snapshot_date]}, district=district)


EARLY_WARNING_HISTORY = """
    SELECT nik,
           count(*) FILTER (WHERE snapshot_date < $snapshot AND status IN ('kurang_aktif', 'tidak_aktif'))
               AS times_behind,
           arg_max(members, snapshot_date) FILTER (WHERE snapshot_date <= $year_ago) AS members_year_ago
    FROM unit_rows
    WHERE ($district IS NULL OR district IS NOT DISTINCT FROM $district)
    GROUP BY nik
"""


def early_warning_history(
    store: Store, region: str, snapshot_date: dt.date, district: str | None = None
) -> pd.DataFrame:
    """Per cooperative of a region, from its earlier snapshots: how often it was behind with its RAT
    (kurang or tidak aktif), and its members at its latest snapshot at least half a year back (for the
    risk ranking)."""
    from kopdash.queries.region import region_snapshots

    days = [d.date() for d in region_snapshots(store, region)["snapshot_date"] if d.date() <= snapshot_date]
    year_ago = snapshot_date - dt.timedelta(days=183)  # the latest snapshot at least half a year back
    return store.query(
        EARLY_WARNING_HISTORY,
        units={region: days},
        snapshot=snapshot_date,
        year_ago=year_ago,
        district=district,
    )


RECENT_CONTACTS = """
    SELECT nik, max(event_date) AS last_contact, count(*) AS contact_count,
           arg_max(outcome, event_date) AS last_outcome, arg_max(kind, event_date) AS last_kind
    FROM events
    WHERE region_code = $region AND kind IN ('pemanggilan', 'konsultasi')
      AND event_date > $since AND event_date <= $until
    GROUP BY nik
"""


def recent_contacts(store: Store, region: str, since: dt.date, until: dt.date) -> pd.DataFrame:
    """Per cooperative of a region, the summons and consultations after `since` up to `until`: how many,
    the last one's date, kind and outcome (the early-warning list says who was already contacted)."""
    return store.query(RECENT_CONTACTS, region=region, since=since, until=until)
