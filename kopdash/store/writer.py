"""Writing into the store: every file lands whole, and files that belong together land together.

A file is written beside its final place, flushed to disk, then renamed over it: readers see the old
file or the new one, never half of one. Several files (a snapshot, its quarantine, its import record)
are committed through a journal: once the journal is on disk the commit is decided, and `recover`
finishes it after a crash; before that, the store is exactly as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from kopdash.domain import schema
from kopdash.store.atomic import fsync_dir, replace_atomically, stage
from kopdash.store.location import as_location, csv_bytes

JOURNAL_DIR = ".journal"
LOCK_DIR = ".locks"
STALE_TEMP_SECONDS = 24 * 3600


def crash_point(name: str) -> None:
    """A moment of a commit a power cut could fall on (staged, journaled, renamed_one): nothing happens
    here; the kill tests replace this function in the process they start, and kill it there."""


@contextlib.contextmanager
def locked(root: Path, name: str, wait: bool = True) -> Iterator[bool]:
    """An exclusive lock on one name in this store (one snapshot, say) across processes."""
    directory = Path(root) / LOCK_DIR
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / f"{name}.lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextlib.contextmanager
def locked_store(location, name: str) -> Iterator[None]:
    """Serialise writes to one file or group of files of a store, across processes: a lock file on disk,
    a lock object in a bucket (store/bucket_lock.py: StoreBusy when another office keeps it)."""
    if location.is_s3:
        from kopdash.store import bucket_lock

        with bucket_lock.held(location, name):
            yield
        return
    with locked(Path(location.local), name):
        yield


def locked_region(location, region_code: str):
    """Serialise writes to one region's files (its snapshots, rollup and NIK index)."""
    return locked_store(location, f"region_{region_code}")


def commit_files(location, name: str, files: dict[str, bytes | None]) -> None:
    """Write several files of one change (None: remove that file, as an undo does): on disk all land or
    none does (a journal; call under `locked`); on S3 each object lands whole, in the order given,
    `version` last."""
    if location.is_s3:
        for relative, data in files.items():
            if data is None:
                location.remove(relative)
            else:
                location.write_bytes(relative, data)
        return
    root = Path(location.local)
    # location.path checks each path stays inside the store (an undo's come from the log).
    commit(
        root,
        name,
        {
            Path(location.path(rel)): None if data is None else _bytes_writer(data)
            for rel, data in files.items()
        },
    )


def _bytes_writer(data: bytes) -> Callable[[str], object]:
    return lambda temp: Path(temp).write_bytes(data)


def commit(root: Path, name: str, files: dict[Path, Callable[[str], object] | None]) -> None:
    """Write several files so that either all of them land or none does (call under `locked`); a file
    whose writer is None is removed with the others' landing."""
    root = Path(root)
    # The journal's own lock tells `recover` (run by every other import and app start) that this
    # commit is alive: without it, an import of another region would finish this journal at the same
    # time as we do, and one of the two would find its files already moved.
    with locked(root, name):
        staged: dict[Path, Path | None] = {}
        try:
            for target, write in files.items():
                staged[target] = None if write is None else stage(target, write)
        except BaseException:  # disk full, file too large …: leave no half-staged files behind
            for temp in staged.values():
                if temp is not None:
                    temp.unlink(missing_ok=True)
            raise
        crash_point("staged")
        journal = root / JOURNAL_DIR / f"{name}.json"
        plan = [["" if temp is None else str(temp), str(target)] for target, temp in staged.items()]
        replace_atomically(journal, lambda temp: Path(temp).write_text(json.dumps(plan), encoding="utf-8"))
        crash_point("journaled")
        _finish(journal)


def _plan(journal: Path, root: Path) -> list | None:
    """A journal's plan ([temporary file, target] pairs), or None when it is not one kopdash wrote: not
    readable, or naming a file outside the store. A journal is data: it never moves a file elsewhere."""
    try:
        plan = json.loads(journal.read_text(encoding="utf-8"))
        inside = Path(root).resolve()
        for pair in plan:
            for path in pair:
                if path and not Path(os.path.realpath(path)).is_relative_to(inside):
                    return None
        return [(str(temp), str(target)) for temp, target in plan]
    except (OSError, ValueError, TypeError):
        return None


def _finish(journal: Path) -> bool:
    """Carry out a journal's plan; False when it is not one kopdash wrote (then set aside, untouched)."""
    plan = _plan(journal, journal.parent.parent)  # <root>/.journal/<name>.json
    if plan is None:  # set aside, named by its suffix, for a person to look at; never acted on
        journal.rename(journal.with_suffix(".refused"))
        return False
    for index, (temp, target) in enumerate(plan):
        if not temp:  # a removal: done once the file is gone, however often this runs
            if Path(target).exists():
                Path(target).unlink()
                fsync_dir(Path(target).parent)
        elif Path(temp).exists():
            os.replace(temp, target)
            fsync_dir(Path(target).parent)
        if index == 0:
            crash_point("renamed_one")
    journal.unlink()
    return True


def recover(root: Path) -> int:
    """Finish commits a crash interrupted and remove abandoned temporary files; return commits finished."""
    root = Path(root)
    finished = 0
    for journal in sorted((root / JOURNAL_DIR).glob("*.json")) if (root / JOURNAL_DIR).exists() else []:
        with locked(root, journal.stem, wait=False) as mine:
            if mine and journal.exists() and _finish(journal):  # a live import holds its journal's lock
                finished += 1
    cutoff = time.time() - STALE_TEMP_SECONDS
    for temp in root.rglob(".*.tmp"):
        with contextlib.suppress(FileNotFoundError):  # a live commit may rename it in meanwhile
            if temp.stat().st_mtime < cutoff:
                temp.unlink(missing_ok=True)
    return finished


# -- what goes into files ----------------------------------------------------------------------------
def registry_table(rows: pd.DataFrame, region_code: str, snapshot_date: dt.date) -> pa.Table:
    """One region's snapshot as the public format says: every documented column (blank where unknown),
    so every file kopdash writes has one schema and many files read as one table."""
    frame = rows.assign(snapshot_date=snapshot_date, region_code=region_code)
    missing = [name for name in schema.REGISTRY_SCHEMA.names if name not in frame]
    frame = frame.assign(
        **{name: pd.Series([None] * len(frame), dtype=object, index=frame.index) for name in missing}
    )
    frame = frame[schema.REGISTRY_SCHEMA.names].sort_values("nik", kind="stable")
    return pa.Table.from_pandas(frame, schema=schema.REGISTRY_SCHEMA, preserve_index=False)


# Stored types as the checked rows of a new file hold them, so stored and new rows derive alike.
_PANDAS_TYPES = {pa.int32(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype()}


def registry_frame(table: pa.Table) -> pd.DataFrame:
    """A stored snapshot's rows as a frame typed as a new file's checked rows (registry_table's inverse):
    nullable integers and booleans, dates as dates."""
    return table.to_pandas(types_mapper=_PANDAS_TYPES.get, date_as_object=True)


def parquet_writer(table: pa.Table) -> Callable[[str], object]:
    return lambda temp: pq.write_table(table, temp, compression="zstd")


def write_snapshot(root: Path, region_code: str, snapshot_date: dt.date, rows: pd.DataFrame) -> Path:
    """Write (or replace) one region's snapshot file on its own."""
    target = Path(root) / schema.snapshot_path(region_code, snapshot_date)
    replace_atomically(target, parquet_writer(registry_table(rows, region_code, snapshot_date)))
    return target


def write_csv(root, relative: str, frame: pd.DataFrame) -> str:
    """Write a small reference table (regions, rule profiles, published figures) as UTF-8 CSV, on disk or
    in a bucket (`root` is a folder, an s3:// URI or a Location)."""
    location = as_location(root)
    location.write_bytes(relative, csv_bytes(frame))
    return location.path(relative)


def write_region_summaries(root, region_code: str, snapshots: dict[dt.date, pd.DataFrame]) -> None:
    """The rollup and the NIK index of a region, from all of its snapshot frames (generation, rebuilds)."""
    from kopdash.store import rollup

    write_region_index(root, region_code, *rollup.region_summaries(region_code, snapshots))


def write_region_index(root, region_code: str, counts: pd.DataFrame, niks: pd.DataFrame) -> None:
    """Write a region's rollup rows and its NIK index (nik, first_snapshot, last_snapshot)."""
    from kopdash.store import rollup

    location = as_location(root)
    for relative, data in rollup.summary_files(region_code, counts, niks).items():
        location.write_bytes(relative, data)


def write_text(root, relative: str, text: str) -> str:
    """Write a small text file (store.json, version) whole."""
    location = as_location(root)
    location.write_bytes(relative, text.encode("utf-8"))
    return location.path(relative)
