"""Rollups kept beside the registry, so no overview, trend or comparison ever scans unit rows.

Per region, two small files follow every change of its snapshots:
  rollups/<region_code>.parquet   counts by snapshot x programme x kind x segment x status
  niks/<region_code>.parquet      each NIK with its first and last snapshot (finds a cooperative fast)
and `version` changes with every write, so readers know their cached numbers are stale.
"""

from __future__ import annotations

import datetime as dt
import uuid

import numpy as np
import pandas as pd
import pyarrow as pa

from kopdash.store.location import table_bytes

ROLLUP_DIR, NIK_DIR, VERSION_FILE = "rollups", "niks", "version"
ROLLUP_SCHEMA = pa.schema(
    [
        ("region_code", pa.string()),
        ("snapshot_date", pa.date32()),
        ("programme", pa.string()),
        ("kind", pa.string()),
        ("segment", pa.string()),
        ("status", pa.string()),
        ("cooperatives", pa.int64()),
        ("rat_reported_count", pa.int64()),
        ("dissolution_candidates", pa.int64()),
    ]
)
NIK_SCHEMA = pa.schema(
    [
        ("nik", pa.string()),
        ("region_code", pa.string()),
        ("first_snapshot", pa.date32()),
        ("last_snapshot", pa.date32()),
    ]
)
GROUPS = ["programme", "kind", "segment", "status"]


def rollup_path(region_code: str) -> str:
    return f"{ROLLUP_DIR}/{region_code}.parquet"


def nik_path(region_code: str) -> str:
    return f"{NIK_DIR}/{region_code}.parquet"


def counts(rows: pd.DataFrame, region_code: str) -> pd.DataFrame:
    """Rollup rows of unit rows with a derived status and a snapshot_date, one or many snapshots at once."""
    table = pa.table(
        {
            "snapshot_date": pa.array(pd.to_datetime(rows["snapshot_date"]).dt.date, pa.date32()),
            **{
                column: pa.array(rows[column].astype(object).where(rows[column].notna(), None), pa.string())
                for column in GROUPS
            },
            "cooperatives": pa.array(np.ones(len(rows), dtype=np.int64)),
            "rat_reported_count": pa.array(
                pd.array(rows["rat_reported"], dtype="boolean").fillna(False).to_numpy(np.int64)
            ),
            "dissolution_candidates": pa.array(
                rows["dissolution_candidate"].fillna(False).to_numpy(np.int64)
            ),
        }
    )
    measures = ["cooperatives", "rat_reported_count", "dissolution_candidates"]
    grouped = table.group_by(["snapshot_date", *GROUPS], use_threads=False).aggregate(
        [(m, "sum") for m in measures]
    )
    frame = grouped.to_pandas().rename(columns={f"{m}_sum": m for m in measures})
    frame.insert(0, "region_code", region_code)
    frame = frame[[field.name for field in ROLLUP_SCHEMA]]
    return frame.sort_values(["snapshot_date", *GROUPS], na_position="first", kind="stable").reset_index(
        drop=True
    )


def region_summaries(region_code: str, snapshots: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A region's rollup rows and NIK index (nik, first_snapshot, last_snapshot), from all of its
    snapshot frames (date -> unit rows with a derived status)."""
    every = pd.concat([f.assign(snapshot_date=d) for d, f in sorted(snapshots.items())], ignore_index=True)
    seen = pd.concat([pd.DataFrame({"nik": f["nik"], "day": d}) for d, f in snapshots.items()])
    niks = seen.groupby("nik", as_index=False)["day"].agg(first_snapshot="min", last_snapshot="max")
    return counts(every, region_code), niks


def summary_files(region_code: str, counts: pd.DataFrame, niks: pd.DataFrame) -> dict[str, bytes]:
    """A region's rollup and NIK index as the files that hold them (path -> Parquet bytes)."""
    index = niks.assign(region_code=region_code)[NIK_SCHEMA.names]
    return {
        rollup_path(region_code): table_bytes(
            pa.Table.from_pandas(counts, schema=ROLLUP_SCHEMA, preserve_index=False)
        ),
        nik_path(region_code): table_bytes(
            pa.Table.from_pandas(index, schema=NIK_SCHEMA, preserve_index=False)
        ),
    }


def snapshot_counts(rows: pd.DataFrame, region_code: str, snapshot_date: dt.date) -> pd.DataFrame:
    """The rollup rows of one snapshot (its unit rows with a derived status)."""
    return counts(rows.assign(snapshot_date=snapshot_date), region_code)


def replace_snapshot(
    existing: pd.DataFrame | None, counts: pd.DataFrame, snapshot_date: dt.date
) -> pd.DataFrame:
    """A region's rollup with one snapshot's rows replaced by `counts` (idempotent re-imports)."""
    if existing is None or existing.empty:
        merged = counts
    else:
        dates = pd.to_datetime(existing["snapshot_date"]).dt.date
        merged = pd.concat([existing[dates != snapshot_date], counts], ignore_index=True)
    merged["snapshot_date"] = pd.to_datetime(merged["snapshot_date"]).dt.date
    return merged.sort_values(["snapshot_date", *GROUPS], na_position="first", kind="stable").reset_index(
        drop=True
    )


def replace_niks(
    existing: pd.DataFrame | None, niks: list[str], region_code: str, snapshot_date: dt.date
) -> pd.DataFrame:
    """A region's NIK index after one snapshot was written: first and last snapshot per NIK.

    A NIK seen only in a replaced snapshot keeps its entry until the index is rebuilt (`python -m
    kopdash rollup`); that is harmless: a lookup reads its region and finds nothing there.
    """
    day = pa.scalar(snapshot_date, pa.date32())
    fresh = pa.table(
        {
            "nik": pa.array(niks, pa.string()),
            "region_code": pa.array([region_code] * len(niks), pa.string()),
            "first_snapshot": pa.array([day] * len(niks), pa.date32()),
            "last_snapshot": pa.array([day] * len(niks), pa.date32()),
        },
        schema=NIK_SCHEMA,
    )
    if existing is not None and len(existing):
        # Arrow's hash aggregate: pandas falls back to a Python loop for min/max of dates (40 s at 200k).
        both = pa.concat_tables(
            [pa.Table.from_pandas(existing, schema=NIK_SCHEMA, preserve_index=False), fresh]
        )
        fresh = both.group_by(["nik", "region_code"], use_threads=False).aggregate(
            [("first_snapshot", "min"), ("last_snapshot", "max")]
        )
        fresh = pa.table(
            [fresh["nik"], fresh["region_code"], fresh["first_snapshot_min"], fresh["last_snapshot_max"]],
            schema=NIK_SCHEMA,
        )
    return fresh.sort_by("nik").to_pandas(date_as_object=True)


def derived_files(region_code: str) -> tuple[str, str, str]:
    """The files a region's snapshots are summarised in: rebuilt from them, never restored by an undo."""
    return rollup_path(region_code), nik_path(region_code), VERSION_FILE


def new_version() -> str:
    return uuid.uuid4().hex
