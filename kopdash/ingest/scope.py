"""What an import speaks for: the whole registry, one programme's cooperatives, or a part of the region.

A registry export is compared with the region's latest snapshot on or before its date (the base):

- a **programme roster** (`--programme`, or a file whose every cooperative is of one programme) speaks
  for that programme only: its cooperatives are added or updated by NIK, and every other cooperative of
  the base is carried into the new snapshot;
- a **partial** file (the officer says so) updates the cooperatives it names and carries the others; one
  that names kecamatan replaces those kecamatan whole;
- a **whole** registry replaces the base; the cooperatives it lacks are no longer listed.

A file that lacks more than a quarter of what it would speak for is refused, with the numbers, until the
officer says whether it is whole or partial: a part of the registry saved as the whole is the picture
an office cannot see is wrong. Carried cooperatives keep every fact as the base recorded it; their
status is derived again for the new date (the rule depends on the date), and the changes are counted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd
import pyarrow as pa

from kopdash.domain import schema, wilayah
from kopdash.domain.rules import RuleProfile, derive
from kopdash.ingest.office_files import ImportRefused
from kopdash.store import writer
from kopdash.store.location import Location

WHOLE, PARTIAL = "whole", "partial"  # what the officer may say a file is
MISSING_SHARE_LIMIT = 0.25  # lacking more than this share of the base is asked about, never assumed


@dataclass(frozen=True)
class Base:
    """The snapshot an import is compared with and carries cooperatives from, and the newer snapshots
    on or before the import's date that could not be read (damaged, empty, another schema): left out."""

    snapshot_date: dt.date | None
    rows: pd.DataFrame  # as stored
    unreadable: tuple[str, ...] = ()


@dataclass
class Scope:
    """What an import does to the region's picture, counted, and the snapshot it makes."""

    kind: str  # first | whole | programme | partial
    rows: pd.DataFrame  # the new snapshot: the file's accepted rows and the carried ones
    base_date: dt.date | None = None
    base_rows: int = 0
    speaks_for: int = 0  # cooperatives of the base the file speaks for (the whole base, a programme …)
    no_longer_listed: int = 0  # of those, the ones the file lacks: not in the new snapshot
    carried: int = 0  # cooperatives of the base outside the file's scope, kept
    carried_status_changed: int = 0  # of those, whose status the new date changes
    updated: int = 0  # the file's cooperatives already in the base
    added: int = 0  # the file's cooperatives new to the region
    programme: str | None = None
    districts: tuple[str, ...] = ()
    unreadable: tuple[str, ...] = ()  # snapshots the base skipped because they could not be read

    @property
    def status_counts(self) -> dict[str, int]:
        """The new snapshot's cooperatives per status (the carried ones with the file's)."""
        counts = self.rows["status"].value_counts()
        return {status: int(counts.get(status, 0)) for status in schema.STATUSES}

    def record(self) -> dict:
        """What the import record and the log say about it."""
        return {
            "kind": self.kind,
            "status_counts": self.status_counts,
            "base_snapshot": self.base_date.isoformat() if self.base_date else None,
            "base_rows": self.base_rows,
            "no_longer_listed": self.no_longer_listed,
            "carried": self.carried,
            "carried_status_changed": self.carried_status_changed,
            "updated": self.updated,
            "added": self.added,
            "programme": self.programme,
            "districts": list(self.districts),
            "rows": len(self.rows),
            "unreadable_snapshots": list(self.unreadable),
        }


def snapshot_dates(location: Location, region_code: str) -> list[dt.date]:
    """The dates of a region's snapshot files in kopdash's own layout, oldest first."""
    held = [schema.snapshot_of(path) for path in location.files(f"{schema.REGISTRY_DIR}/{region_code}")]
    return sorted(found[1] for found in held if found is not None)


# What a base must hold to be compared and carried from: a file without them is another tool's, or broken.
_BASE_COLUMNS = ("nik", "status", "established_on", "last_rat_year", "operating", "programme", "district")


def base_snapshot(location: Location, region_code: str, day: dt.date) -> Base | None:
    """The region's latest readable snapshot on or before `day` (that day's own, when there is one);
    newer ones that cannot be read are named in `unreadable` and left out, never a reason to stop."""
    unreadable: list[str] = []
    for found in reversed([d for d in snapshot_dates(location, region_code) if d <= day]):
        path = schema.snapshot_path(region_code, found)
        try:
            table = location.read_table([path])
        except (pa.ArrowException, OSError, ValueError):
            unreadable.append(path)
            continue
        if not set(_BASE_COLUMNS) <= set(table.column_names):
            unreadable.append(path)
            continue
        rows = writer.registry_frame(table)
        return Base(found, rows, tuple(unreadable))
    return Base(None, pd.DataFrame(), tuple(unreadable)) if unreadable else None


def roster_programme(accepted: pd.DataFrame, named: str | None) -> str | None:
    """The programme a file is a roster of: the one named, or the one every accepted row has."""
    if named:
        return named
    programmes = accepted["programme"].dropna().unique() if len(accepted) else []
    return str(programmes[0]) if len(programmes) == 1 and accepted["programme"].notna().all() else None


def decide(
    accepted: pd.DataFrame,
    base: Base | None,
    day: dt.date,
    profile: RuleProfile,
    said: str | None = None,
    districts: tuple[str, ...] = (),
    programme: str | None = None,
) -> Scope:
    """The new snapshot of an import whose checked rows are `accepted`; ImportRefused when the file
    lacks much of what it would replace and the officer did not say whether it is whole or partial."""
    if said not in (None, WHOLE, PARTIAL):
        raise ValueError(f"unknown scope {said!r}")
    if districts and said != PARTIAL:
        raise ValueError("kecamatan are named with a partial import only")
    if base is None or base.rows.empty:
        return Scope("first", accepted, unreadable=base.unreadable if base else ())
    rows = base.rows
    in_file = rows["nik"].isin(set(accepted["nik"]))
    # A roster named as one (--programme) speaks for its programme, and --whole then says the roster is
    # complete; a file that only happens to hold one programme's cooperatives is the whole registry
    # when the officer says so.
    roster = roster_programme(accepted, programme) if programme or said != WHOLE else None
    if said == PARTIAL:
        kind, scope = PARTIAL, _in_districts(rows, accepted, districts)
    elif roster is not None:
        kind, scope = "programme", (rows["programme"] == roster).fillna(False)
    else:
        kind, scope = WHOLE, pd.Series(True, index=rows.index)
    lacking = int((scope & ~in_file).sum())
    if said is None and lacking > MISSING_SHARE_LIMIT * int(scope.sum()):
        raise ImportRefused(
            "refused.whole_or_partial" if kind == WHOLE else "refused.roster_lacks",
            file=len(accepted),
            base=int(scope.sum()),
            missing=lacking,
            date=base.snapshot_date.isoformat() if base.snapshot_date else "",
            programme=roster or "",
        )
    carried = rows[~scope & ~in_file].copy()
    changed = 0
    if len(carried):
        derived = derive(carried, day, profile)
        changed = int((derived["status"] != carried["status"]).sum())
        carried["status"] = derived["status"]
        carried["dissolution_candidate"] = derived["dissolution_candidate"]
        carried["rule_profile"] = profile.rule_profile
        carried["rule_thresholds"] = profile.thresholds
    carried = carried.drop(columns=["snapshot_date", "region_code"], errors="ignore")
    merged = pd.concat([carried, accepted], ignore_index=True) if len(carried) else accepted
    return Scope(
        kind,
        merged,
        base_date=base.snapshot_date,
        base_rows=len(rows),
        speaks_for=int(scope.sum()),
        no_longer_listed=lacking,
        carried=len(carried),
        carried_status_changed=changed,
        updated=int(in_file.sum()),
        added=len(accepted) - int(in_file.sum()),
        programme=roster if kind == "programme" else None,
        districts=districts,
        unreadable=base.unreadable,
    )


def _in_districts(rows: pd.DataFrame, accepted: pd.DataFrame, districts: tuple[str, ...]) -> pd.Series:
    """Which of the base's rows are in the named kecamatan (matched as place names are); a name that is
    in neither the base nor the file is a typing slip, refused before anything is replaced."""
    keys = {wilayah.name_key(name): name for name in districts}
    base_keys = rows["district"].map(lambda n: wilayah.name_key(n) if isinstance(n, str) else "")
    known = set(base_keys) | {wilayah.name_key(n) for n in accepted["district"].dropna()}
    for key, name in keys.items():
        if key not in known:
            shown = sorted({n for n in rows["district"].dropna()})
            raise ImportRefused("refused.partial_district", name=name, known=", ".join(shown[:30]))
    return base_keys.isin(set(keys))
