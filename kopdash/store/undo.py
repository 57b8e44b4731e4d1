"""Undoing one logged write: the files it wrote go back to what they were, the region's rollup and NIK
index are rebuilt from its registry files as they then are, and the undo is itself logged."""

from __future__ import annotations

import datetime as dt
import io

import pyarrow as pa
import pyarrow.parquet as pq

from kopdash.domain import schema
from kopdash.store import changes, import_log, rollup
from kopdash.store.import_log import CannotUndo, Origin
from kopdash.store.location import Location, OutsideStore, as_location

# Opening a snapshot of another tool's making (its statuses derived the same way) is all a rollup needs.
_ROLLUP_COLUMNS = ["nik", "programme", "kind", "segment", "status", "rat_reported", "dissolution_candidate"]


def undo(root, entry: dict, origin: Origin) -> dict:
    """Put the store back as it was before `entry` (a log entry); return the undo's own entry.
    CannotUndo, with nothing changed, when a later write changed the same files (undo that first)."""
    location = as_location(root)
    region = entry.get("region_code")

    def build(location: Location) -> changes.Built:
        listed = import_log.entries(location)  # the log as it is now, under the locks
        fresh = import_log.find(location, entry["id"], listed)
        _refuse_when_built_upon(listed, fresh)
        try:
            files = import_log.restoring(location, fresh)
        except OutsideStore as outside:  # a log entry is data: it never reaches beyond the store
            raise CannotUndo("undo.outside_store", entry=fresh["id"], path=str(outside.relative)) from None
        if fresh.get("action") in ("registry", "rederive", "rollup") and region:
            files.update(_region_summaries(location, region, files))
        facts = {
            "undone_action": fresh.get("action"),
            "snapshot_date": fresh.get("snapshot_date"),
            "source_file": fresh.get("source_file"),
        }
        return changes.Built(files, facts=facts, derived=rollup.derived_files(region) if region else ())

    change = changes.Change(
        "undo",
        origin,
        build,
        facts={"undoes": entry["id"], "region_code": region},
        region=region,
        reference=not region,
        regions=any(f.get("path") == schema.REGIONS_FILE for f in entry.get("files", [])),
        name=f"undo_{entry['id']}",
    )
    return changes.apply(location, change).entry


def _refuse_when_built_upon(listed: list[dict], entry: dict) -> None:
    """CannotUndo when a later import of the region carried cooperatives from this snapshot (a partial
    file, a roster): undoing this one alone would leave them in the later snapshot, and the store would
    not be back as it was."""
    if entry.get("action") != "registry":
        return
    for later in (e for e in listed if e.get("region_code") == entry.get("region_code")):
        found = later.get("scope")
        scope: dict = found if isinstance(found, dict) else {}
        if (
            later.get("action") == "registry"
            and later["id"] > entry["id"]
            and not later.get("undone_by")
            and scope.get("base_snapshot") == entry.get("snapshot_date")
            and (scope.get("carried") or 0) > 0
        ):
            raise CannotUndo(
                "undo.built_upon",
                entry=entry["id"],
                later=later["id"],
                date=str(later.get("snapshot_date")),
                carried=scope["carried"],
            )


def _region_summaries(location: Location, region: str, restored: dict[str, bytes | None]) -> dict:
    """The region's rollup and NIK index once `restored` is in place, from its registry files."""
    prefix = f"{schema.REGISTRY_DIR}/{region}/"
    snapshots: dict[dt.date, pa.Table] = {}
    listed = set(location.files(prefix.rstrip("/"))) | {p for p in restored if p.startswith(prefix)}
    for relative in sorted(listed):
        held = schema.snapshot_of(relative)
        if held is None:  # not a snapshot of kopdash's layout: no rollup counts it
            continue
        day = held[1]
        if relative in restored:
            data = restored[relative]
            if data is not None:
                snapshots[day] = pq.read_table(io.BytesIO(data), columns=_ROLLUP_COLUMNS)
        else:
            snapshots[day] = location.read_table([relative], columns=_ROLLUP_COLUMNS)
    if not snapshots:
        return {rollup.rollup_path(region): None, rollup.nik_path(region): None}
    counts, niks = rollup.region_summaries(region, {day: t.to_pandas() for day, t in snapshots.items()})
    return dict(rollup.summary_files(region, counts, niks))


__all__ = ["CannotUndo", "undo"]
