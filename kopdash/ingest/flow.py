"""One import, the same for the command and the pages: the file is read and checked in the isolated
reader (a plan), the officer says whether a registry file is whole or partial (its scope), the store
applies the change, and a Report says what was done. `kopdash ingest|events|published` print the
report; /impor and /impor_kegiatan draw it.

    Request ──read()──▶ plan ──preview()──▶ scope ──apply()──▶ Report

Nothing here writes by itself: `apply` hands the plan to its writer (ingest/registry.py, events.py,
published.py), which describes a change that store/changes.py alone carries out.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kopdash.ingest import isolated
from kopdash.store.import_log import Origin
from kopdash.store.location import as_location

KINDS = ("registry", "events", "published")
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Request:
    """What the officer asked: a file of one kind, for a store, with the choices that go with it.
    `path` is a file on disk (the command); `data` an upload's bytes (a page), handed to the reader
    through a pipe, never written to disk."""

    kind: str
    filename: str
    root: str
    path: Path | None = None
    data: bytes | None = None
    arguments: dict[str, Any] = field(default_factory=dict)  # region_code, snapshot_date, mapping, …

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown import kind {self.kind!r}")
        if (self.path is None) == (self.data is None):
            raise ValueError("an import reads either a path or an upload's bytes")


@dataclass(frozen=True)
class Report:
    """What an applied import did. `written` is the full path written, as the store names it (a snapshot,
    a region's events, the published figures, or only a refused file's quarantine); `scope` what a
    registry snapshot holds (None when no row was accepted); `total` the region's events after an events
    import; `added` and `replaced` the published figures' counts."""

    kind: str
    plan: Any
    written: str
    entry_id: str = ""
    scope: Any = None
    total: int | None = None
    added: int | None = None
    replaced: int | None = None

    @property
    def nothing_accepted(self) -> bool:
        return bool(self.plan.accepted.empty) if self.kind != "published" else self.plan.figures.empty


@contextlib.contextmanager
def reading(request: Request) -> Iterator[isolated.Reading]:
    """The file being read in the isolated reader, so the caller can do its own work meanwhile (the child
    has a core); `.result(progress)` waits for the plan or an ImportRefused in words."""
    arguments = {**request.arguments, "filename": request.filename}
    if request.kind == "registry":
        arguments["root"] = request.root
    elif "known_regions" not in arguments:  # events and figures name regions the store must list
        arguments["known_regions"] = _store_regions(request.root)
    with isolated.Reading(request.kind, request.path, request.data, **arguments) as child:
        yield child


def read(request: Request, progress: Progress = lambda done, total: None):
    """The checked plan of the request's file; ImportRefused in words when it cannot be used."""
    with reading(request) as child:
        return child.result(progress)


def read_operating(path: Path):
    """A separate file of NIK and Beroperasi (ya/tidak) that goes with a roster, read as carefully as the
    roster itself."""
    return isolated.run("operating", path, filename=str(path))


def preview(plan, root, said: str | None = None, districts: tuple[str, ...] = ()):
    """The snapshot a registry import would make against the store as it is now; ImportRefused (a
    question, not a refusal) while the officer must still say whether the file is whole or partial."""
    from kopdash.ingest import registry

    return registry.preview_scope(plan, root, said, districts)


def apply(
    request: Request,
    plan,
    origin: Origin,
    said: str | None = None,
    districts: tuple[str, ...] = (),
    today: dt.date | None = None,
) -> Report:
    """Save a checked plan through its writer and report what was done. ImportRefused (nothing written)
    when the store changed under a question, or is busy; OSError when it cannot be written."""
    if request.kind == "registry":
        from kopdash.ingest import registry

        committed = registry.commit_import(plan, request.root, said, districts, origin)
        return Report("registry", plan, str(committed.path), committed.entry_id, committed.scope)
    if request.kind == "events":
        from kopdash.ingest import events

        total = events.commit_events(plan, request.root, today, origin=origin)
        region, day = plan.region_code, today or dt.date.today()
        written = events.quarantine_path(region, day) if plan.accepted.empty else events.events_path(region)
        return Report("events", plan, as_location(request.root).path(written), total=total)
    from kopdash.domain import schema
    from kopdash.ingest import published

    added, replaced = published.merge_published(
        request.root, plan.figures, plan.new_regions, origin, source=(request.filename, _bytes_of(request))
    )
    written = as_location(request.root).path(schema.PUBLISHED_FILE)
    return Report("published", plan, written, added=added, replaced=replaced)


def _store_regions(root: str) -> set[str]:
    from kopdash.store import reference

    return set(reference.load(as_location(root)).regions["region_code"])


def _bytes_of(request: Request) -> bytes:
    if request.data is not None:
        return request.data
    assert request.path is not None
    return request.path.read_bytes()
