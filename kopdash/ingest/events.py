"""Interventions as events in the store: what an office did with which cooperative, and when.

    <data root>/events/<region_code>.parquet
      event_date DATE, region_code VARCHAR, nik VARCHAR, kind VARCHAR, channel VARCHAR,
      outcome VARCHAR, obstacle VARCHAR, note VARCHAR

Imported from CSV or Excel (`python -m kopdash events FILE --region CODE`) with the registry's care:
each row is accepted or quarantined with its source row and a reason in words; re-importing a file
replaces its events (same date, NIK and kind), never doubles them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from kopdash.domain import schema
from kopdash.domain.schema import EVENT_KINDS, EVENT_SCHEMA, EVENTS_DIR
from kopdash.ingest import parse
from kopdash.ingest.office_files import EVENT_ALIASES as ALIASES
from kopdash.ingest.office_files import ImportRefused, read_export
from kopdash.ingest.registry import QUARANTINE_ROW_COLUMNS, quarantine_row, quarantine_table
from kopdash.store import changes
from kopdash.store.import_log import Origin
from kopdash.store.location import Location, table_bytes

CHANNELS = ("offline", "online", "telepon", "whatsapp")
# What came of a contact recorded from a call list (other outcomes in imported files stay as written).
CONTACT_KINDS = ("pemanggilan", "konsultasi")
CONTACT_OUTCOMES = ("dihubungi", "tersambung", "tidak_tersambung", "janji_rat")
OBSTACLES = (
    "pemahaman",
    "manajemen",
    "permodalan",
    "sdm",
    "simpanan_wajib_tidak_dibayar",
    "pengurus_tidak_transparan",
    "pandemi",
    "lainnya",
)
KEY = ["event_date", "nik", "kind"]
SYNONYMS = {  # words offices write for the codes (other words become codes as they are: uji_kompetensi)
    "tatap muka": "offline",
    "luring": "offline",
    "daring": "online",
    "sumber daya manusia": "sdm",
    "anggota tidak membayar simpanan wajib": "simpanan_wajib_tidak_dibayar",
    "laporan keuangan triwulan": "laporan_keuangan_triwulanan",
    "bimbingan": "pendampingan",
    "telp": "telepon",
    "wa": "whatsapp",
}


def events_path(region_code: str) -> str:
    return f"{EVENTS_DIR}/{region_code}.parquet"


def quarantine_path(region_code: str, day: dt.date) -> str:
    return f"{schema.QUARANTINE_DIR}/{EVENTS_DIR}/{region_code}/{day.isoformat()}.parquet"


@dataclass
class EventPlan:
    region_code: str
    source_name: str
    accepted: pd.DataFrame
    quarantined: pd.DataFrame
    rows_read: int


def plan_events(
    data: bytes,
    filename: str,
    region_code: str,
    known_regions: set[str],
    today: dt.date | None = None,
    progress: Callable[[int, int], None] = lambda done, total: None,
    sheets: list | None = None,
) -> EventPlan:
    """Read and check an events file; raise ImportRefused when the file as a whole cannot be used.
    (Events files are small; `progress` is accepted so every import runs the same way.)"""
    today = today or dt.date.today()
    if region_code not in known_regions:
        raise ImportRefused("refused.region_unknown", code=region_code)
    if sheets is None:
        sheets = read_export(data, filename, ALIASES)
    if not any("event_date" in s.columns.values() and "kind" in s.columns.values() for s in sheets):
        raise ImportRefused("refused.no_event_columns")
    accepted: list[dict] = []
    quarantined: list[list] = []
    seen: dict[tuple, int] = {}
    for sheet in sheets:
        for position, number in enumerate(sheet.row_numbers):
            cells = sheet.cells(position)
            values = {column: cells[i] if i < len(cells) else None for i, column in sheet.columns.items()}
            row, problems = _check_row(values, region_code, today)
            key = (row.get("event_date"), row.get("nik"), row.get("kind"))
            if not problems and key in seen:
                problems.append(("duplicate_event", f"kegiatan yang sama sudah ada di baris {seen[key]}"))
            if problems:
                quarantined.append(quarantine_row(sheet, number, cells, problems))
            else:
                seen[key] = number
                accepted.append(row)
    return EventPlan(
        region_code,
        Path(filename).name,
        pd.DataFrame(accepted, columns=EVENT_SCHEMA.names),
        pd.DataFrame(quarantined, columns=QUARANTINE_ROW_COLUMNS),
        sum(s.data_rows for s in sheets),
    )


def _check_row(values: dict, region_code: str, today: dt.date) -> tuple[dict, list[tuple[str, str]]]:
    """One row's event and what is wrong with it (reason code, words)."""
    problems: list[tuple[str, str]] = []
    row: dict[str, Any] = {"region_code": region_code}
    try:
        row["nik"] = parse.nik(values.get("nik"))
    except parse.Unreadable as problem:
        problems.append(("nik", f"NIK: {problem}"))
    try:
        row["event_date"] = parse.date(values.get("event_date"))
        if row["event_date"] is None:
            problems.append(("value", "tanggal kegiatan kosong"))
        elif row["event_date"] > today:
            problems.append(("date_in_future", f"tanggal {row['event_date']} ada di masa depan"))
    except parse.Unreadable as problem:
        problems.append(("value", f"tanggal: {problem}"))
    for column, allowed, words in (
        ("kind", EVENT_KINDS, "kegiatan"),
        ("channel", CHANNELS, "saluran"),
        ("obstacle", OBSTACLES, "kendala"),
    ):
        row[column] = parse.code(values.get(column), SYNONYMS)
        if (row[column] is not None or column == "kind") and row[column] not in allowed:
            problems.append(
                (column, f"{words} {values.get(column)!r} tidak dikenal (yang ada: {', '.join(allowed)})")
            )
    row["outcome"] = parse.code(values.get("outcome"), SYNONYMS)
    try:
        row["note"] = parse.text(values.get("note"))
    except parse.Unreadable as problem:
        problems.append(("value", f"catatan: {problem}"))
    return row, problems


def merge(existing: pd.DataFrame | None, new: pd.DataFrame) -> pd.DataFrame:
    """The region's events with `new` added; an event with the same date, NIK and kind is replaced."""
    if existing is None or existing.empty:
        merged = new
    else:
        existing = existing.assign(event_date=pd.to_datetime(existing["event_date"]).dt.date)
        keys = set(map(tuple, new[KEY].itertuples(index=False)))
        kept = existing[[tuple(k) not in keys for k in existing[KEY].itertuples(index=False)]]
        merged = pd.concat([kept, new], ignore_index=True)
    return merged.sort_values(KEY, kind="stable").reset_index(drop=True)


def commit_events(
    plan: EventPlan,
    root,
    today: dt.date | None = None,
    from_file: bool = True,
    origin: Origin | None = None,
) -> int:
    """Write the region's events (merged) and, for an imported file, its quarantine (the record of what
    the file held that could not be used), with a new store version and an entry in the import log. A
    contact recorded in the app (`from_file` False) has no file and writes no quarantine: it must not
    replace the day's record of an import."""
    region, day = plan.region_code, today or dt.date.today()
    quarantine = {}
    if from_file:
        table = quarantine_table(plan.quarantined, day, region, plan.source_name)
        quarantine[quarantine_path(region, day)] = table_bytes(table)

    def build(location) -> changes.Built:
        path = events_path(region)
        existing = location.read_table([path]).to_pandas() if location.exists(path) else None
        if plan.accepted.empty:  # nothing to add: keep the quarantine, leave the events as they are
            return changes.Built(quarantine, version=False, result=0 if existing is None else len(existing))
        merged = merge(existing, plan.accepted)
        events = table_bytes(pa.Table.from_pandas(merged, schema=EVENT_SCHEMA, preserve_index=False))
        return changes.Built(
            {path: events, **quarantine}, facts={"events_total": len(merged)}, result=len(merged)
        )

    if plan.accepted.empty and not quarantine:  # a contact that records nothing: no write at all
        location = Location(str(root))
        path = events_path(region)
        return location.read_table([path]).num_rows if location.exists(path) else 0
    name = "events_" + region + "_" + hashlib.sha1(plan.source_name.encode()).hexdigest()[:8]
    change = changes.Change(
        "events" if from_file else "contact",
        origin or Origin.command("events"),
        build,
        facts={
            "region_code": region,
            "source_file": plan.source_name if from_file else None,
            "rows_read": plan.rows_read,
            "accepted": len(plan.accepted),
            "quarantined": len(plan.quarantined),
        },
        region=region,
        name=name if not plan.accepted.empty else f"events_{region}_quarantine",
    )
    return changes.apply(root, change).result


def record_contact(
    root,
    region_code: str,
    nik: str,
    kind: str,
    channel: str,
    outcome: str,
    note: str | None = None,
    promised_rat_by: dt.date | None = None,
    day: dt.date | None = None,
    origin: Origin | None = None,
) -> None:
    """One contact an official made from a call list, stored as an event with the imported ones.

    A second record of the same cooperative, kind and day replaces the first (the day's last word).
    A promised RAT date is kept in the note, written the same way every time ("RAT dijanjikan
    sebelum 2026-03-15"), so the public event columns stay as they are.
    """
    day = day or dt.date.today()
    if kind not in CONTACT_KINDS or channel not in CHANNELS or outcome not in CONTACT_OUTCOMES:
        raise ValueError(f"not a contact: {kind}/{channel}/{outcome}")
    words = [text for text in (note.strip() if note else None,) if text]
    if promised_rat_by is not None:
        words.insert(0, f"RAT dijanjikan sebelum {promised_rat_by.isoformat()}")
    row = {
        "event_date": day,
        "region_code": region_code,
        "nik": parse.nik(nik),
        "kind": kind,
        "channel": channel,
        "outcome": outcome,
        "obstacle": None,
        "note": parse.text("; ".join(words)) if words else None,
    }
    plan = EventPlan(
        region_code,
        "kopdash",  # recorded in the app, not imported from a file
        pd.DataFrame([row], columns=EVENT_SCHEMA.names),
        pd.DataFrame([], columns=QUARANTINE_ROW_COLUMNS),
        1,
    )
    commit_events(plan, root, today=day, from_file=False, origin=origin or Origin("app"))
