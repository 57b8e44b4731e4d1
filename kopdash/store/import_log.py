"""The import log: every write into the store, kept so an office can see what changed and undo it.

Each write (a registry snapshot, events, published figures, regions, rule profiles, targets, an undo)
leaves one JSON file `imports/log/<time>_<id>.json` that is never rewritten: the log only grows, on a
disk or in a bucket, with no file two writers would both have to update. The files a write replaced
are kept as they were in `imports/undo/<id>/<their path>`, so `undo` can put them back. Derived files
(rollups, the NIK index, `version`) are not kept: an undo rebuilds them from the registry files.
A store written before the log existed simply has no entries: it opens, and its older imports cannot
be undone.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from kopdash.store.location import Location, OutsideStore, as_location, checked_relative

LOG_DIR = "imports/log"
ID_TIME = "%Y%m%dT%H%M%S%fZ"  # an entry id starts with its time (UTC), so ids sort as the writes landed
UNDO_DIR = "imports/undo"
ACTIONS = (
    "registry",
    "events",
    "contact",
    "published",
    "regions",
    "rules",
    "targets",
    "rederive",
    "rollup",
    "undo",
)


@dataclass(frozen=True)
class Origin:
    """Who wrote, and from where: a command line or a page of the app."""

    via: str  # "kopdash ingest", "halaman /impor" …
    who: str | None = None  # the signed-in official's address, or the account that ran the command

    @classmethod
    def command(cls, name: str) -> Origin:
        try:
            who = getpass.getuser()
        except (KeyError, OSError):  # a container's user may have no name
            who = None
        return cls(f"kopdash {name}", who)


def sha256(data: bytes | None) -> str | None:
    return None if data is None else hashlib.sha256(data).hexdigest()


def new_entry(action: str, origin: Origin, **facts) -> dict:
    """A log entry that has not been written yet: what `with_log` completes and commits. Made by
    changes.apply under the write's locks: its id is its time, and the log is read in id order as the
    order writes landed."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    now = dt.datetime.now(dt.UTC)
    return {
        "id": now.strftime(ID_TIME) + "-" + uuid.uuid4().hex[:8],
        "at": now.isoformat(timespec="seconds"),
        "who": origin.who,
        "via": origin.via,
        "action": action,
        **facts,
    }


def entry_path(entry: dict) -> str:
    return f"{LOG_DIR}/{entry['id']}.json"


def backup_path(entry_id: str, relative: str) -> str:
    return f"{UNDO_DIR}/{entry_id}/{relative}"


def with_log(
    location: Location, entry: dict, files: Mapping[str, bytes | None], derived: tuple[str, ...] = ()
) -> dict[str, bytes | None]:
    """`files` of one write, with what the log needs besides: the entry, and a copy of each file it
    replaces (`derived` files are listed in the entry but not kept). Commit them all together."""
    listed, kept = [], {}
    for relative, data in files.items():
        if relative not in derived:  # derived files are rebuilt by an undo: neither read nor kept
            before = location.read_bytes(relative) if location.exists(relative) else None
            listed.append({"path": relative, "before_sha256": sha256(before), "after_sha256": sha256(data)})
            if before is not None:
                kept[backup_path(entry["id"], relative)] = before
    entry = {**entry, "files": listed, "derived": list(derived)}
    log = {entry_path(entry): json.dumps(entry, ensure_ascii=False, indent=1).encode("utf-8")}
    # The copies first and the entry before the files it describes: on a bucket, where objects land
    # one by one, a write that stopped half-way is still in the log and can be undone.
    return {**kept, **log, **files}


# An entry's id as new_entry makes it: the time, then eight hex digits. Ids name files and folders.
_ENTRY_ID = re.compile(r"\d{8}T\d{6}\d{0,6}Z-[0-9a-f]{8}")


@dataclass(frozen=True)
class Log:
    """The log as read: its entries, oldest first, and the files that are not entries (truncated, not a
    JSON object, an id or path that is not kopdash's), named so a page or a command can say so."""

    entries: list[dict]
    damaged: list[str]


def read_log(root) -> Log:
    """Every readable log entry, oldest first, each with `undone_by` filled in, and the damaged ones."""
    location = as_location(root)
    found, damaged = [], []
    for relative in location.files(LOG_DIR, suffix=".json"):
        try:
            entry = json.loads(location.read_bytes(relative))
        except (OSError, ValueError):
            entry = None
        if _well_formed(entry) and relative == entry_path(entry):
            found.append(entry)
        else:  # never trusted: its paths could lead anywhere, and undo reads them
            damaged.append(relative)
    found.sort(key=lambda e: e["id"])
    undone = {e["undoes"]: e["id"] for e in found if e.get("action") == "undo" and e.get("undoes")}
    for entry in found:
        entry["undone_by"] = undone.get(entry["id"])
    return Log(found, damaged)


def _well_formed(entry) -> bool:
    """An entry as kopdash writes it: an object with a valid id and a list of files inside the store."""
    if (
        not isinstance(entry, dict)
        or not isinstance(entry.get("id"), str)
        or not _ENTRY_ID.fullmatch(entry["id"])
    ):
        return False
    files = entry.get("files", [])
    if not isinstance(files, list):
        return False
    try:
        for listed in files:
            checked_relative(listed["path"])
    except (OutsideStore, TypeError, KeyError):
        return False
    return True


def entries(root, region_code: str | None = None) -> list[dict]:
    """Every readable log entry, oldest first (of one region, when given), each with `undone_by`."""
    found = read_log(root).entries
    if region_code is not None:
        found = [e for e in found if e.get("region_code") == region_code]
    return found


class CannotUndo(ValueError):
    """Why an undo was refused: a message code (present/words/importing.py, `undo.*`) and its parameters."""

    def __init__(self, message: str, /, **params):
        super().__init__(message, params)
        self.code, self.params = message, params


def latest_import(root, region_code: str, snapshot_date: dt.date) -> dict:
    """The newest registry import of this region and date that has not been undone."""
    candidates = [
        e
        for e in entries(root, region_code)
        if e.get("action") == "registry"
        and e.get("snapshot_date") == snapshot_date.isoformat()
        and not e.get("undone_by")
    ]
    if not candidates:
        raise CannotUndo("undo.no_entry", region=region_code, date=snapshot_date.isoformat())
    return candidates[-1]


def find(root, entry_id: str, listed: list[dict] | None = None) -> dict:
    """The entry with this id, from the log (or from `listed`, the log already read)."""
    for entry in entries(root) if listed is None else listed:
        if entry.get("id") == entry_id:
            return entry
    raise CannotUndo("undo.unknown_entry", entry=entry_id)


def restoring(location: Location, entry: dict) -> dict[str, bytes | None]:
    """The files that put the store back as it was before `entry`: each file it wrote, as it was then
    (None: it did not exist). Refused when a later write changed one of them since: undo that first."""
    if entry.get("action") == "undo":
        raise CannotUndo("undo.is_undo", entry=entry["id"])
    if entry.get("undone_by"):
        raise CannotUndo("undo.already", entry=entry["id"], by=entry["undone_by"])
    files: dict[str, bytes | None] = {}
    for listed in entry.get("files", []):
        relative = listed["path"]
        now = location.read_bytes(relative) if location.exists(relative) else None
        if sha256(now) != listed["after_sha256"]:
            later = _later_writer(location, entry, relative)
            raise CannotUndo("undo.changed_since", path=relative, entry=entry["id"], later=later or "?")
        if listed["before_sha256"] is None:
            files[relative] = None
        else:
            kept = backup_path(entry["id"], relative)
            if not location.exists(kept):
                raise CannotUndo("undo.copy_missing", path=kept)
            data = location.read_bytes(kept)
            if sha256(data) != listed["before_sha256"]:
                raise CannotUndo("undo.copy_missing", path=kept)
            files[relative] = data
    return files


def _later_writer(location: Location, entry: dict, relative: str) -> str | None:
    """The id of the newest entry after `entry` that wrote `relative`, if the log knows one."""
    later = [
        e["id"]
        for e in entries(location)
        if e.get("id", "") > entry["id"] and any(f["path"] == relative for f in e.get("files", []))
    ]
    return later[-1] if later else None
