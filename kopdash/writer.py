"""Writing into the store: snapshot files and reference tables, each replaced atomically."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from kopdash import schema


def _replace_atomically(target: Path, write) -> None:
    """Write beside the target, flush to disk, then rename over it: readers see old or new, never half."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        write(temp)
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_snapshot(root: Path, region_code: str, snapshot_date: dt.date, rows: pd.DataFrame) -> Path:
    """Write (or replace) one region's snapshot file, typed and ordered as the public format says."""
    frame = rows.assign(snapshot_date=snapshot_date, region_code=region_code)
    frame = frame.reindex(columns=schema.REGISTRY_SCHEMA.names).sort_values("nik", kind="stable")
    table = pa.Table.from_pandas(frame, schema=schema.REGISTRY_SCHEMA, preserve_index=False)
    target = Path(root) / schema.snapshot_path(region_code, snapshot_date)
    _replace_atomically(target, lambda temp: pq.write_table(table, temp, compression="zstd"))
    return target


def write_csv(root: Path, relative: str, frame: pd.DataFrame) -> Path:
    """Write a small reference table (regions, rule profiles, published figures) as UTF-8 CSV."""
    target = Path(root) / relative
    _replace_atomically(target, lambda temp: frame.to_csv(temp, index=False, encoding="utf-8"))
    return target


def write_text(root: Path, relative: str, text: str) -> Path:
    """Write a small text file (store.json) atomically."""
    target = Path(root) / relative
    _replace_atomically(target, lambda temp: Path(temp).write_text(text, encoding="utf-8"))
    return target
