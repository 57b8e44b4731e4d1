"""The one write path. A writer (a registry import, events, a contact, published figures, rules, targets,
an undo, a re-derivation) describes a change: what the log says of it, which locks it needs, and how its
files are built from the store as it is under those locks. `apply` alone carries it out, always in one
order: take the locks (reference, then the region's, then regions.csv: one order everywhere, so two
writers never wait on each other in a circle), finish a commit a crash interrupted, stamp the log entry
(its id is its time, so the log's order is the order the writes landed), build the files, renew the
store's version, keep the copies an undo needs, and commit them all together.

    writer ──(Change)──▶ changes.apply ──▶ locks ▸ recover ▸ log entry ▸ build ▸ version ▸ journal ▸ commit
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kopdash.store import import_log, rollup, writer
from kopdash.store.import_log import Origin
from kopdash.store.location import Location, as_location


@dataclass(frozen=True)
class Built:
    """What a change writes, built under its locks: files (None removes one), more facts for its log
    entry, the files derived from others (listed in the log, not kept for undo: an undo rebuilds them),
    whether the store's version is renewed (every page reads the store again), and what the writer
    hands back to its caller."""

    files: Mapping[str, bytes | None]
    facts: dict = field(default_factory=dict)
    derived: tuple[str, ...] = ()
    version: bool = True
    result: Any = None


@dataclass(frozen=True)
class Change:
    """A write, described: its log action and facts, the locks it needs, its journal's name, and how its
    files are built from the store (a Location) once those locks are held."""

    action: str
    origin: Origin
    build: Callable[[Location], Built]
    facts: dict = field(default_factory=dict)
    region: str | None = None  # the region whose snapshots, rollup and events it changes
    reference: bool = False  # published figures, rule profiles, targets
    regions: bool = False  # regions.csv
    name: str | None = None  # the journal's name; unique among writes that may run at once


@dataclass(frozen=True)
class Applied:
    """A change as it landed: its log entry and what its writer returns."""

    entry: dict
    result: Any


def locks(change: Change) -> list[str]:
    """The lock names a change takes, in the one order every writer takes them."""
    names = ["reference"] if change.reference else []
    names += [f"region_{change.region}"] if change.region else []
    return names + (["regions"] if change.regions else [])


def apply(root, change: Change) -> Applied:
    """Carry out `change`; nothing is written when its build raises (a refusal, a store that changed)."""
    location = as_location(root)
    with contextlib.ExitStack() as held:
        for name in locks(change):
            held.enter_context(writer.locked_store(location, name))
        if location.local is not None:
            writer.recover(location.local)
        entry = import_log.new_entry(change.action, change.origin, **change.facts)  # under the locks
        built = change.build(location)
        files, derived = dict(built.files), tuple(built.derived)
        if built.version:
            files[rollup.VERSION_FILE] = rollup.new_version().encode()
            derived = tuple(dict.fromkeys((*derived, rollup.VERSION_FILE)))
        entry = {**entry, **built.facts}
        logged = import_log.with_log(location, entry, files, derived=derived)
        writer.commit_files(location, change.name or f"{change.action}_{entry['id']}", logged)
    return Applied(entry, built.result)
