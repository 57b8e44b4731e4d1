"""Importing a registry export as one snapshot: validated, nothing lost, atomic, idempotent.

`plan_import` reads and checks a file without writing anything (the import page previews it);
`commit_import` writes the snapshot, its quarantined rows and an import record together.
Every non-blank data row ends up either accepted or quarantined with a reason in words.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd
import pyarrow as pa

from kopdash.domain import schema, wilayah
from kopdash.domain.rules import DEFAULT_PROFILE, RuleProfile, derive
from kopdash.domain.schema import LEGAL_ENTITY_KEY_PREFIX
from kopdash.ingest import parse, region_check, scope
from kopdash.ingest.office_files import ImportRefused, Sheet, read_export, read_mapping
from kopdash.ingest.parse_fast import FAST_PATHS
from kopdash.ingest.scope import Scope
from kopdash.store import changes, reference, rollup, writer
from kopdash.store.import_log import Origin
from kopdash.store.location import Location, table_bytes

PARSERS: dict[str, Callable] = {
    "nik": parse.optional_nik,  # blank: the legal-entity number keys the row (see _complete)
    "legal_entity_number": parse.legal_entity_number,
    "name": parse.text,
    "district": parse.text,
    "village": parse.text,
    "established_on": parse.date,
    "kind": parse.kind,
    "segment": parse.segment,
    "programme": parse.programme,
    "last_rat_year": parse.rat_year,
    "rat_reported": parse.boolean,
    "operating": parse.boolean,
    "members": parse.integer,
    "assets_idr": parse.number,
    "own_capital_idr": parse.number,
    "business_volume_idr": parse.number,
    "shu_idr": parse.number,
    "dissolved_on": parse.date,
    "chair_name": parse.text,
    "phone": parse.text,
    "address": parse.text,
    "regency": parse.text,
    "province": parse.text,
    "legal_form": parse.text,
    "business_sector": parse.text,
    "last_rat_on": parse.date,
    "reported_status": parse.text,
    "members_male": parse.integer,
    "members_female": parse.integer,
    "nik_status": parse.text,
    "certificate_valid_until": parse.date,
    "grade": parse.text,
}
# Filled from other columns as each sheet is checked (_complete), not read from a header of their own.
COMPLETED = ("segment_text", "district_code", "village_code")
STORED = [c for c in (*PARSERS, *COMPLETED) if c in schema.REQUIRED_COLUMNS or c in schema.OPTIONAL_COLUMNS]
TOTAL_WORDS = ("jumlah", "total", "grand total", "sub total", "subtotal")
PROGRESS_EVERY = 50_000

# Why a row was quarantined: a stable code (counted, translated on screen) and the words stored with it.
REASONS = {
    "total_row": "baris jumlah/total, bukan satu koperasi",
    "nik": "NIK tidak dapat dipakai",
    "duplicate_nik": "NIK yang sama muncul lebih dari sekali dalam file",
    "duplicate_legal_entity": "nomor badan hukum yang sama muncul lebih dari sekali dalam file (tanpa NIK)",
    "value": "isi sel tidak dapat dibaca",
    "established_after_snapshot": "tanggal badan hukum sesudah tanggal snapshot",
    "rat_after_snapshot": "tahun RAT terakhir sesudah tahun snapshot",
    "rat_before_established": "tahun RAT terakhir sebelum tahun badan hukum",
    "negative_members": "jumlah anggota negatif",
    "dissolved_after_snapshot": "tanggal pembubaran sesudah tanggal snapshot",
    "no_key": "NIK kosong dan Nomor Badan Hukum kosong: koperasi tidak dapat dikenali",
}


@dataclass
class ImportPlan:
    """A checked file, ready to become one region's snapshot."""

    region_code: str
    region_name: str
    snapshot_date: dt.date
    profile: RuleProfile
    source_name: str
    source_sha256: str
    sheets: list[Sheet]
    rows_read: int
    accepted: pd.DataFrame
    quarantined: pd.DataFrame
    replaces_rows: int | None  # rows of the snapshot this import would replace, None if it is new
    unused_headers: list[str] = field(default_factory=list)
    new_region: wilayah.Region | None = None  # from the official list: added to regions.csv on commit
    programme: str | None = None  # the programme a roster was named as (--programme)

    @property
    def status_counts(self) -> dict[str, int]:
        counts = self.accepted["status"].value_counts()
        return {status: int(counts.get(status, 0)) for status in schema.STATUSES}

    @property
    def quarantined_by_reason(self) -> dict[str, int]:
        return dict(Counter(self.quarantined["reason_code"]).most_common())

    def record(self) -> dict:
        """What the import record (imports/<region>/<date>.json) says about this snapshot."""
        return {
            "region_code": self.region_code,
            "snapshot_date": self.snapshot_date.isoformat(),
            "source_file": self.source_name,
            "source_sha256": self.source_sha256,
            "imported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "rows_read": self.rows_read,
            "accepted": len(self.accepted),
            "quarantined": len(self.quarantined),
            "quarantined_by_reason": self.quarantined_by_reason,
            "status_counts": self.status_counts,
            "rule_profile": vars(self.profile),
            "sheets": [
                {
                    "sheet": s.name,
                    "header_row": s.header_row,
                    "columns": {s.headers[i]: c for i, c in s.columns.items()},
                }
                for s in self.sheets
            ],
        }


def _region(location: Location, region_code: str) -> tuple[str, RuleProfile, wilayah.Region | None]:
    """The region's name and rule profile, from the reference files (the store itself is not opened);
    a kabupaten/kota not there yet comes from the official Kemendagri list, with the default profile,
    and is returned third, to be added to regions.csv when the import is saved."""
    checked = reference.load(location)
    match = checked.regions[checked.regions["region_code"] == region_code]
    if match.empty:
        official = wilayah.region(region_code)
        if official is None:
            province = wilayah.province(region_code)
            if province is not None:  # a registry is kept per kabupaten/kota, never per province
                raise ImportRefused("refused.province_code", code=region_code, province=province)
            raise ImportRefused("refused.region_not_official", code=region_code)
        return official.name, DEFAULT_PROFILE, official
    profile = checked.profile_of(region_code)
    if profile is None:  # never derive statuses with a rule nobody can vouch for
        named = match["rule_profile"].iloc[0]
        raise ImportRefused("refused.profile_unusable", profile=named, code=region_code)
    return str(match["name"].iloc[0]), profile, None


@contextlib.contextmanager
def _without_cycle_collection():
    """Reading a file makes millions of small objects and no cycles; Python's cycle collector would
    walk them again and again (a quarter of a 200,000-row import). Plain reference counting still
    frees everything."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def plan_import(
    data: bytes,
    filename: str,
    region_code: str | None,
    snapshot_date: dt.date,
    root: Path,
    mapping: bytes | None = None,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] = lambda done, total: None,
    sheets: list[Sheet] | None = None,
    programme: str | None = None,
    operating: dict[str, bool | None] | None = None,
) -> ImportPlan:
    """Read and check one export; raise ImportRefused when the file as a whole cannot be used.
    `sheets`: the file already read by exports.read_export (the isolated reader does that first).
    `programme`: a programme roster: rows without a programme get this one (koperasi_merah_putih).
    `operating`: NIK -> operating from a separate file (operating_file); it wins over the roster's own
    column, as the newer word of the office.
    `region_code` None: no region chosen yet; refused, naming the region the file points to if any."""
    today = today or dt.date.today()
    if snapshot_date > today:
        raise ImportRefused("refused.future_date", date=snapshot_date.isoformat(), today=today.isoformat())
    location = Location(root)
    if region_code is not None:
        region_code = wilayah.region_code(region_code)  # 3314 as well as 33.14
        region_name, profile, new_region = _region(location, region_code)
    with _without_cycle_collection():
        if sheets is None:
            sheets = read_export(data, filename, read_mapping(mapping) if mapping else None)
        accepted, quarantined, evidence = _check_rows(
            sheets, snapshot_date, progress, region_code or "", programme
        )
    if region_code is None:
        proposed = region_check.proposal(evidence)
        named = wilayah.region(proposed) if proposed else None
        if named is None:
            raise ImportRefused("refused.choose_region")
        raise ImportRefused("refused.choose_region_named", named=named.name, named_code=named.code)
    region_check.check(evidence, region_code)
    frame = pd.DataFrame(accepted, columns=STORED)
    if operating:
        told = frame["nik"].map(lambda nik: operating.get(nik, "absent"))
        frame["operating"] = [
            value if value != "absent" else own for value, own in zip(told, frame["operating"], strict=True)
        ]
    for column, dtype in (("last_rat_year", "Int64"), ("members", "Int64"), ("operating", "boolean")):
        frame[column] = pd.array(frame[column], dtype=dtype)
    frame["rat_reported"] = pd.array(frame["rat_reported"], dtype="boolean")
    derived = derive(frame, snapshot_date, profile)
    frame["status"] = derived["status"]
    frame["dissolution_candidate"] = derived["dissolution_candidate"]
    frame["rule_profile"] = profile.rule_profile
    frame["rule_thresholds"] = profile.thresholds
    quarantine = pd.DataFrame(quarantined, columns=QUARANTINE_ROW_COLUMNS)
    existing = schema.snapshot_path(region_code, snapshot_date)
    used = {s.headers[i] for s in sheets for i in s.columns}
    return ImportPlan(
        region_code=region_code,
        region_name=region_name,
        snapshot_date=snapshot_date,
        profile=profile,
        source_name=Path(filename).name,
        source_sha256=hashlib.sha256(data).hexdigest(),
        sheets=sheets,
        rows_read=sum(s.data_rows for s in sheets),
        accepted=frame,
        quarantined=quarantine,
        replaces_rows=_rows_of(location, existing),
        unused_headers=sorted({h for s in sheets for h in s.headers if h and h not in used}),
        new_region=new_region,
        programme=programme,
    )


def _rows_of(location: Location, relative: str) -> int | None:
    """How many rows a stored snapshot holds; None when there is none, or it cannot be read."""
    try:
        return location.read_table([relative]).num_rows if location.exists(relative) else None
    except (pa.ArrowException, OSError):
        return None


def _check_rows(
    sheets: list[Sheet], snapshot_date: dt.date, progress, region_code: str, programme: str | None
) -> tuple[dict[str, list], list[list], Counter]:
    """Parse every cell and apply every row check; return accepted rows (by column), quarantined rows,
    and the rows per (kabupaten/kota, provinsi, NIK, kecamatan) that say which region the file is of.

    Work is column by column, and each distinct cell text of a column is read once, which keeps a
    200,000-row export within seconds. A quarantined row lists all its problems, not only the first,
    so one round of corrections is enough.
    """
    total, done = sum(len(s.rows) for s in sheets), 0
    tables = []  # (sheet, parsed columns, problems by row position)
    evidence: Counter = Counter()
    for sheet in sheets:
        problems: dict[int, list[tuple[str, str]]] = {}
        cells_by_column = sheet.column_cells()
        parsed = {
            column: _parse_column(
                cells_by_column[index], PARSERS[column], column, sheet.headers[index], problems
            )
            for index, column in sheet.columns.items()
        }
        segment = next((i for i, c in sheet.columns.items() if c == "segment"), None)
        if segment is not None:  # the kelompok as written, beside its code
            parsed["segment_text"] = _parse_column(
                cells_by_column[segment], parse.text, "segment_text", "", {}
            )
        del cells_by_column
        empty = [None] * len(sheet.rows)
        evidence.update(
            region_check.evidence(
                parsed.get("regency", empty),
                parsed.get("province", empty),
                parsed.get("nik", empty),
                parsed.get("district", empty),
            )
        )
        _complete(parsed, problems, len(sheet.rows), region_code, programme)
        for position in [p for p, found in problems.items() if found[0][0] == "nik"]:
            if _is_total_row(sheet, sheet.cells(position)):
                problems[position] = [("total_row", REASONS["total_row"])]
        tables.append((sheet, parsed, problems))
        done += len(sheet.rows)
        if total >= PROGRESS_EVERY:
            progress(done, total)
    # Every readable NIK counts, even on a row quarantined for another reason: a twin is never accepted.
    counts = Counter(nik for _, parsed, _ in tables for nik in parsed["nik"] if nik)
    accepted: dict[str, list] = {column: [] for column in STORED}
    quarantined = []
    for sheet, parsed, problems in tables:
        for position, found in _logical_problems(sheet, parsed, snapshot_date, counts).items():
            if problems.get(position, [("", "")])[0][0] != "total_row":
                problems[position] = problems.get(position, []) + found
        for position in sorted(problems):
            quarantined.append(
                quarantine_row(sheet, sheet.row_numbers[position], sheet.cells(position), problems[position])
            )
        keep = [position for position in range(len(sheet.rows)) if position not in problems]
        for column in STORED:
            values = parsed.get(column)
            accepted[column].extend([values[p] for p in keep] if values else [None] * len(keep))
        sheet.release()
    return accepted, quarantined, evidence


def _complete(parsed: dict, problems: dict, rows: int, region_code: str, programme: str | None) -> None:
    """What a row's own columns imply, in place: its key, its RAT year from a RAT date, its members from
    men and women, its programme, and the official codes of its kecamatan and village."""
    empty = [None] * rows
    niks = parsed.setdefault("nik", list(empty))
    legal = parsed.get("legal_entity_number", empty)
    for position, (nik, number) in enumerate(zip(niks, legal, strict=True)):
        if nik is None and not any(code == "nik" for code, _ in problems.get(position, [])):
            if number:
                niks[position] = parse.legal_entity_key(number)
            else:
                problems.setdefault(position, []).append(("nik", REASONS["no_key"]))
    if "last_rat_on" in parsed:  # a RAT held in year Y approves the books of year Y-1
        years = parsed.setdefault("last_rat_year", list(empty))
        founded = parsed.get("established_on", empty)
        for position, (year, held, start) in enumerate(
            zip(years, parsed["last_rat_on"], founded, strict=True)
        ):
            if year is None and held is not None:
                # A RAT held in the founding year can only be for that year (a first, short year).
                years[position] = max(held.year - 1, start.year) if start else held.year - 1
    if "members_male" in parsed and "members_female" in parsed:
        members = parsed.setdefault("members", list(empty))
        for position, (total, men, women) in enumerate(
            zip(members, parsed["members_male"], parsed["members_female"], strict=True)
        ):
            if total is None and men is not None and women is not None:
                members[position] = men + women
    if programme:
        parsed["programme"] = [value or programme for value in parsed.get("programme", empty)]
    districts = parsed.get("district", empty)
    district_codes = {name: wilayah.district_code(region_code, name) for name in set(districts) if name}
    parsed["district_code"] = [district_codes.get(name) for name in districts]
    villages = parsed.get("village", empty)
    pairs = set(zip(parsed["district_code"], villages, strict=True))
    village_codes = {pair: wilayah.village_code(*pair) for pair in pairs if all(pair)}
    parsed["village_code"] = [
        village_codes.get(pair) for pair in zip(parsed["district_code"], villages, strict=True)
    ]


def _logical_problems(sheet: Sheet, parsed: dict, snapshot_date: dt.date, counts: Counter) -> dict[int, list]:
    """What the values of each row say together (twins, dates after the snapshot …), by row position."""
    empty = [None] * len(sheet.rows)
    columns = ("nik", "established_on", "last_rat_year", "members", "dissolved_on", "last_rat_on")
    niks, established, last_rat, members, dissolved, held = (parsed.get(c, empty) for c in columns)
    year, found = snapshot_date.year, {}
    for position, (nik, founded, rat, count, ended, held_on) in enumerate(
        zip(niks, established, last_rat, members, dissolved, held, strict=True)
    ):
        problems = []
        if nik and counts[nik] > 1:
            twice = "duplicate_legal_entity" if nik.startswith(LEGAL_ENTITY_KEY_PREFIX) else "duplicate_nik"
            problems.append((twice, f"{REASONS[twice]} ({counts[nik]} kali)"))
        if founded is not None and founded > snapshot_date:
            problems.append(
                ("established_after_snapshot", f"{REASONS['established_after_snapshot']} ({founded})")
            )
        if held_on is not None and held_on > snapshot_date:
            problems.append(("rat_after_snapshot", f"{REASONS['rat_after_snapshot']} ({held_on})"))
        elif rat is not None and rat > year:
            problems.append(("rat_after_snapshot", f"{REASONS['rat_after_snapshot']} ({rat})"))
        if rat is not None and founded is not None and rat < founded.year:
            problems.append(("rat_before_established", f"{REASONS['rat_before_established']} ({rat})"))
        if count is not None and count < 0:
            problems.append(("negative_members", f"{REASONS['negative_members']} ({count})"))
        if ended is not None and ended > snapshot_date:
            problems.append(("dissolved_after_snapshot", f"{REASONS['dissolved_after_snapshot']} ({ended})"))
        if problems:
            found[position] = problems
    return found


def _parse_column(raws: tuple, parser: Callable, column: str, header: str, problems: dict) -> list:
    """One column's values; cells the fast path left, or could not read, go through `parser` once each."""
    fast = FAST_PATHS.get(column)
    values, left = fast(raws) if fast else ([None] * len(raws), range(len(raws)))
    code = "nik" if column == "nik" else "value"
    cache: dict = {}
    for position in left:
        raw = raws[position]
        key = raw if type(raw) is str else (type(raw), raw)  # 1, 1.0 and True must not share a slot
        parsed = cache.get(key, cache)
        if parsed is cache:
            try:
                parsed = parser(raw)
            except parse.Unreadable as problem:
                parsed = parse.Unreadable(f"kolom {header!r}: {problem}")
            cache[key] = parsed
        if isinstance(parsed, parse.Unreadable):
            problems.setdefault(position, []).append((code, str(parsed)))
            parsed = None
        values[position] = parsed
    return values


QUARANTINE_ROW_COLUMNS = ["source_sheet", "source_row", "reason_code", "reason", "original_values"]


def quarantine_row(sheet: Sheet, source_row: int, cells: list, found: list[tuple[str, str]]) -> list:
    """A quarantined row with every cell it had, under its header: a header used twice gets "(2)",
    and cells beyond the header row (or under a blank header) are named by their column number."""
    original, names = {}, sheet.original_names()
    for i, cell in enumerate(cells):
        if i < len(names) or cell not in (None, ""):
            original[names[i] if i < len(names) else f"kolom {i + 1}"] = _json_cell(cell)
    reason = "; ".join(message for _, message in found)
    return [sheet.name, source_row, found[0][0], reason, json.dumps(original, ensure_ascii=False)]


def _is_total_row(sheet: Sheet, cells: list) -> bool:
    leading = [cells[i] for i in sorted(sheet.columns)[:3] if i < len(cells)] + cells[:2]
    return any(str(cell).strip().lower().startswith(TOTAL_WORDS) for cell in leading if cell is not None)


def _json_cell(cell):
    if isinstance(cell, (dt.date, dt.datetime)):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return int(cell)
    return cell


def quarantine_table(
    quarantined: pd.DataFrame, snapshot_date: dt.date, region_code: str, source_file: str
) -> pa.Table:
    """Quarantined rows (QUARANTINE_ROW_COLUMNS) as the store keeps them, with where they came from."""
    frame = quarantined.assign(snapshot_date=snapshot_date, region_code=region_code, source_file=source_file)
    target = pa.schema(list(schema.QUARANTINE_COLUMNS.items()))
    return pa.Table.from_pandas(frame.reindex(columns=target.names), schema=target, preserve_index=False)


@dataclass
class Committed:
    """What an import wrote: the snapshot's path (or the refused file's quarantine), the scope it had,
    and its entry in the import log."""

    path: str
    scope: Scope | None  # None when no row was accepted and no snapshot was written
    entry_id: str


def preview_scope(plan: ImportPlan, root, said: str | None = None, districts: tuple[str, ...] = ()) -> Scope:
    """The snapshot this import would make, against the store as it is now (ImportRefused when the
    officer must first say whether the file is whole or partial); the import page shows it."""
    location = Location(root)
    base = scope.base_snapshot(location, plan.region_code, plan.snapshot_date)
    return scope.decide(
        plan.accepted, base, plan.snapshot_date, plan.profile, said, districts, plan.programme
    )


def commit_import(
    plan: ImportPlan,
    root,
    said: str | None = None,
    districts: tuple[str, ...] = (),
    origin: Origin | None = None,
) -> Committed:
    """Write the new snapshot (the file's rows, with those carried from the base: see ingest/scope.py)
    with its quarantine, import record, the region's rollup and NIK index, a new store version and the
    import log's entry, together; replace any earlier import of the same snapshot. ImportRefused (and
    nothing written) when the officer must first say whether the file is whole or partial.

    A file with no acceptable row writes no snapshot and changes nothing the dashboard reads: only its
    quarantine is kept (schema.refused_quarantine_path), and that path is returned."""
    region, day = plan.region_code, plan.snapshot_date

    def build(location: Location) -> changes.Built:
        added_region = reference.with_regions(location, [plan.new_region]) if plan.new_region else None
        regions = {schema.REGIONS_FILE: added_region} if added_region else {}
        quarantine = table_bytes(quarantine_table(plan.quarantined, day, region, plan.source_name))
        if plan.accepted.empty:  # only the quarantine is kept: nothing the dashboard reads changes
            refused = schema.refused_quarantine_path(region, day)
            facts: dict = {"snapshot_written": None}
            kept = Committed(location.path(refused), None, "")
            return changes.Built({refused: quarantine, **regions}, facts=facts, version=False, result=kept)
        made = preview_scope(plan, root, said, districts)  # read again under the lock: the store now
        snapshot = made.rows
        record = {**plan.record(), "scope": made.record()}
        files = {
            schema.quarantine_path(region, day): quarantine,
            schema.import_record_path(region, day): json.dumps(record, ensure_ascii=False, indent=2).encode(),
            schema.snapshot_path(region, day): table_bytes(writer.registry_table(snapshot, region, day)),
            **regions,
            **_summaries(location, snapshot, region, day),
        }
        facts = {
            "snapshot_written": schema.snapshot_path(region, day),
            "replaced_rows": plan.replaces_rows,
            "scope": made.record(),
        }
        written = Committed(location.path(schema.snapshot_path(region, day)), made, "")
        return changes.Built(files, facts=facts, derived=rollup.derived_files(region), result=written)

    # One import per region at a time (they share its rollup), and one writer of regions.csv.
    change = changes.Change(
        "registry",
        origin or Origin.command("ingest"),
        build,
        facts={
            "region_code": region,
            "snapshot_date": day.isoformat(),
            "source_file": plan.source_name,
            "source_sha256": plan.source_sha256,
            "rows_read": plan.rows_read,
            "accepted": len(plan.accepted),
            "quarantined": len(plan.quarantined),
        },
        region=region,
        regions=plan.new_region is not None,
        name=f"{region}_{day.isoformat()}",
    )
    applied = changes.apply(root, change)
    return replace(applied.result, entry_id=applied.entry["id"])


def _summaries(location: Location, snapshot: pd.DataFrame, region: str, day: dt.date) -> dict[str, bytes]:
    """The region's rollup and NIK index with this snapshot in place of any earlier one of its date."""
    counts = rollup.snapshot_counts(snapshot, region, day)
    existing = (
        location.read_table([rollup.rollup_path(region)]).to_pandas()
        if location.exists(rollup.rollup_path(region))
        else None
    )
    summary = rollup.replace_snapshot(existing, counts, day)
    known = (
        location.read_table([rollup.nik_path(region)]).to_pandas()
        if location.exists(rollup.nik_path(region))
        else None
    )
    niks = rollup.replace_niks(known, list(snapshot["nik"]), region, day)
    return rollup.summary_files(region, summary, niks)


@dataclass
class OperatingFile:
    """A separate file of which programme cooperatives operate: NIK -> operating, and what it could not
    use, counted (rows without a readable NIK or a yes/no), so nothing goes unmentioned."""

    operating: dict[str, bool | None]
    rows_read: int
    unreadable: int


def operating_file(sheets: list[Sheet]) -> OperatingFile:
    """Read NIK and operating (Beroperasi, Status Usaha …: ya/tidak) from every table of the file."""
    found: dict[str, bool | None] = {}
    rows = unreadable = 0
    for sheet in sheets:
        where = {column: index for index, column in sheet.columns.items()}
        if "operating" not in where:
            raise ImportRefused("refused.no_operating_column")
        for position, _ in enumerate(sheet.row_numbers):
            cells = sheet.cells(position)
            rows += 1
            try:
                nik = parse.optional_nik(cells[where["nik"]] if where["nik"] < len(cells) else None)
                value = parse.boolean(cells[where["operating"]] if where["operating"] < len(cells) else None)
            except parse.Unreadable:
                unreadable += 1
                continue
            if nik is None or value is None:
                unreadable += 1
                continue
            found[nik] = value
    return OperatingFile(found, rows, unreadable)
