"""Deriving a region's stored statuses again under the rule profile it uses now: after a rule change, old
snapshots keep the statuses of the rule that gave them (each row records it: `rule_profile`,
`rule_thresholds`) until an office chooses to apply the new rule to them too. Logged and undoable as any
write: the snapshots it rewrites are kept as they were. Also the plainer rebuild: a region's rollup and
NIK index summed again from its snapshot files as they are (a store filled by hand or by another tool)."""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

from kopdash.domain import schema
from kopdash.domain.messages import ImportRefused
from kopdash.domain.rules import derive
from kopdash.store import changes, reference, rollup, writer
from kopdash.store.import_log import Origin
from kopdash.store.location import as_location, table_bytes

_RULE_COLUMNS = ("status", "dissolution_candidate", "rule_profile", "rule_thresholds")


@dataclass(frozen=True)
class Rederived:
    """What a re-derivation did: the profile, snapshots read and rewritten, statuses changed, the files
    it could not read (left as they are), and its log entry."""

    profile: str
    thresholds: str
    snapshots: int
    rewritten: int
    changed: int
    unreadable: tuple[str, ...]
    entry_id: str


def rederive(root, region_code: str, origin: Origin | None = None) -> Rederived:
    """Derive every stored snapshot of a region again under its current profile; rewrite those whose
    statuses (or recorded rule) change, with the region's rollup, NIK index and version, logged."""
    location = as_location(root)
    profile = reference.load(location).profile_of(region_code)
    if profile is None:
        raise ImportRefused("refused.profile_unusable", profile="?", code=region_code)

    def build(location) -> changes.Built:
        frames, files, changed = {}, {}, 0
        unreadable: list[str] = []
        for path, day, frame in _snapshots(location, region_code, unreadable):
            try:
                derived = derive(frame, day, profile)
            except (KeyError, ValueError):  # another tool's file: left as it is, named
                unreadable.append(path)
                continue
            new = frame.assign(
                status=derived["status"],
                dissolution_candidate=derived["dissolution_candidate"],
                rule_profile=profile.rule_profile,
                rule_thresholds=profile.thresholds,
            )
            changed += int((new["status"] != frame["status"]).sum())
            if not new[list(_RULE_COLUMNS)].equals(frame.reindex(columns=list(_RULE_COLUMNS))):
                files[path] = table_bytes(writer.registry_table(new, region_code, day))
            frames[day] = new
        rewritten = len(files)
        if frames:
            files.update(rollup.summary_files(region_code, *rollup.region_summaries(region_code, frames)))
        facts = {"snapshots": len(frames), "rewritten": rewritten, "changed_statuses": changed}
        done = (len(frames), rewritten, changed, tuple(unreadable))
        return changes.Built(files, facts=facts, derived=rollup.derived_files(region_code), result=done)

    change = changes.Change(
        "rederive",
        origin or Origin.command("rederive"),
        build,
        facts={
            "region_code": region_code,
            "rule_profile": profile.rule_profile,
            "rule_thresholds": profile.thresholds,
        },
        region=region_code,
        name=f"rederive_{region_code}",
    )
    applied = changes.apply(location, change)
    snapshots, rewritten, changed, unreadable = applied.result
    return Rederived(
        profile.rule_profile,
        profile.thresholds,
        snapshots,
        rewritten,
        changed,
        unreadable,
        applied.entry["id"],
    )


def rebuild_summaries(root, region_code: str, origin: Origin | None = None) -> tuple[int, tuple[str, ...]]:
    """Sum a region's rollup and NIK index again from its snapshot files, under the region's lock, with a
    new version and a log entry; return the snapshots read and the files that could not be (left out)."""

    def build(location) -> changes.Built:
        unreadable: list[str] = []
        frames = {day: frame for _, day, frame in _snapshots(location, region_code, unreadable)}
        files = (
            rollup.summary_files(region_code, *rollup.region_summaries(region_code, frames)) if frames else {}
        )
        facts = {"snapshots": len(frames), "unreadable": unreadable}
        done = (len(frames), tuple(unreadable))
        return changes.Built(files, facts=facts, derived=rollup.derived_files(region_code), result=done)

    change = changes.Change(
        "rollup",
        origin or Origin.command("rollup"),
        build,
        facts={"region_code": region_code},
        region=region_code,
        name=f"rollup_{region_code}",
    )
    return changes.apply(root, change).result


def _snapshots(location, region_code: str, unreadable: list[str]):
    """(path, date, typed frame) of each snapshot file of a region; a file that cannot be read (damaged,
    another tool's) is added to `unreadable` and left out."""
    for path in location.files(f"{schema.REGISTRY_DIR}/{region_code}"):
        held = schema.snapshot_of(path)
        if held is None:
            continue
        try:
            frame = writer.registry_frame(location.read_table([path]))
        except (pa.ArrowException, OSError, KeyError, ValueError):
            unreadable.append(path)
            continue
        yield path, held[1], frame
