"""Figures offices published (published/figures.csv): checked before they join the store, and shown
beside what the registry says.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

import pandas as pd

from kopdash.domain import schema, wilayah
from kopdash.ingest import parse, portal_tables
from kopdash.ingest.office_files import (
    ImportRefused,
    csv_rows,
    decode_text,
    normalise_header,
    read_pairs,
    refuse_web_page,
)
from kopdash.store import changes, import_log, reference
from kopdash.store.import_log import Origin
from kopdash.store.location import csv_bytes

REQUIRED = ("region_code", "as_of", "metric", "value", "source_title")
KEY = ["region_code", "as_of", "programme", "metric"]


@dataclass
class PublishedFile:
    """A checked file of published figures: the figures, rows left out (with why) and regions they name
    that the store does not list yet (from the official list, added when the figures are saved)."""

    figures: pd.DataFrame
    left_out: list[str] = field(default_factory=list)
    new_regions: list = field(default_factory=list)
    layout: str = "kopdash"
    notes: list[str] = field(default_factory=list)  # what figures rest on: parts not filled, rows summed


def read_published(data: bytes, known_regions: set[str], today: dt.date | None = None) -> pd.DataFrame:
    """Rows of a published-figures CSV in kopdash's own columns, every one checked."""
    return read_published_file(data, known_regions, today).figures


def read_published_file(
    data: bytes,
    known_regions: set[str],
    today: dt.date | None = None,
    mapping: dict[str, str] | None = None,
    region: str | None = None,
    source: dict | None = None,
    filename: str = "",
    as_of: dt.date | None = None,
) -> PublishedFile:
    """A published-figures file in kopdash's columns or in a data portal's layout (portal_tables), every
    row checked; ImportRefused lists every row that is wrong, and nothing is kept then."""
    today = today or dt.date.today()
    refuse_web_page(data, filename)
    text = decode_text(data)
    rows = [row for row in csv_rows(io.StringIO(text, newline=""), text[:40000]) if any(row)]
    if not rows:
        raise ImportRefused("refused.published_empty")
    columns = {normalise_header(name): name for name in schema.PUBLISHED_COLUMNS}
    header = [columns.get(normalise_header(cell)) for cell in rows[0]]
    missing = [name for name in REQUIRED if name not in header]
    left_out, layout, notes = [], "kopdash", []
    if missing and portal_tables.layout_of(rows[0]):
        table = portal_tables.read(rows, mapping or {}, region, source or {}, as_of)
        layout, left_out, notes = table.layout, table.left_out, table.notes
        if table.not_filled:  # portals write n/a, 0 or nothing for a year not filled in yet
            left_out.append(
                f"{table.not_filled} angka tahun tidak terisi (n/a, 0 atau kosong) dilewati: tahun yang "
                "belum diisi, bukan angka"
            )
        header = list(schema.PUBLISHED_COLUMNS)
        rows = [header] + [[row[name] for name in header] for row in table.rows]
    elif missing:
        known = ", ".join(schema.PUBLISHED_COLUMNS)
        raise ImportRefused("refused.published_columns", missing=", ".join(missing), columns=known)
    records, problems, new_regions = [], [], {}
    for number, cells in enumerate(rows[1:], start=2):
        record = {name: (cells[i].strip() if i < len(cells) else "") for i, name in enumerate(header) if name}
        code = record.get("region_code", "")
        if code not in known_regions and code not in new_regions and (official := wilayah.region(code)):
            new_regions[code] = official
        found = _problems(record, known_regions | set(new_regions), today)
        if found:
            problems.append(f"baris {number}: " + "; ".join(found))
            continue
        value, approximate = parse.approximate_count(record["value"])
        records.append(
            {
                "region_code": code,
                "as_of": parse.date(record["as_of"]),
                "programme": parse.programme(record.get("programme", "")),
                "metric": record["metric"],
                "value": value,
                "approximate": approximate or bool(parse.boolean(record.get("approximate", "")) or False),
                "source_title": record["source_title"],
                "source_publisher": record.get("source_publisher") or None,
                "source_url": record.get("source_url") or None,
            }
        )
    if problems:
        raise ImportRefused("refused.published_rows", problems=" | ".join(problems))
    if not records:  # said, never an exit 0 that stored nothing
        raise ImportRefused("refused.published_none", left_out=" | ".join(left_out[:20]) or "-")
    figures = _one_per_key(pd.DataFrame(records, columns=list(schema.PUBLISHED_COLUMNS)))
    used = set(figures["region_code"])
    return PublishedFile(figures, left_out, [r for c, r in new_regions.items() if c in used], layout, notes)


def _one_per_key(figures: pd.DataFrame) -> pd.DataFrame:
    """One figure per region, date, programme and metric: a repeated row is kept once; two different
    values for one key are refused, naming the keys (nothing is stored side by side)."""
    keyed = figures.assign(_key=_keys(figures))
    values = keyed.groupby("_key", sort=False)["value"].nunique()
    twice = list(values[values > 1].index)
    if twice:
        shown = "; ".join(
            f"{region} {day} {programme or '-'} {metric} ("
            + ", ".join(str(v) for v in keyed.loc[keyed["_key"] == key, "value"])
            + ")"
            for key in twice[:10]
            for region, day, programme, metric in [key]
        )
        raise ImportRefused("refused.published_twice", keys=shown)
    return keyed.drop_duplicates("_key").drop(columns="_key").reset_index(drop=True)


def read_mapping(data: bytes) -> dict[str, str]:
    """A mapping file for portal tables (CSV: teks,metric): a row title -> a published metric."""
    return read_pairs(data, ("teks", "metric"), schema.PUBLISHED_METRICS, "refused.published_mapping")


def _problems(record: dict, known_regions: set[str], today: dt.date) -> list[str]:
    found = []
    if record.get("region_code") not in known_regions:
        found.append(
            f"kode wilayah {record.get('region_code')!r} tidak ada di regions.csv maupun daftar Kemendagri"
        )
    try:
        as_of = parse.date(record.get("as_of", ""))
        if as_of is None or as_of > today:
            found.append(f"tanggal {record.get('as_of')!r} kosong atau di masa depan")
    except parse.Unreadable as problem:
        found.append(str(problem))
    if record.get("metric") not in schema.PUBLISHED_METRICS:
        found.append(
            f"metric {record.get('metric')!r} tidak dikenal (pilihan: {', '.join(schema.PUBLISHED_METRICS)})"
        )
    try:
        value, _ = parse.approximate_count(record.get("value", ""))
        if value is None or value < 0:
            found.append(f"nilai {record.get('value')!r} harus bilangan bulat 0 atau lebih")
    except parse.Unreadable as problem:
        found.append(str(problem))
    if not record.get("source_title"):
        found.append("judul sumber (source_title) kosong")
    url = record.get("source_url", "")
    if url and not url.startswith(("http://", "https://")):
        found.append(f"alamat sumber {url!r} harus diawali http:// atau https://")
    try:
        parse.boolean(record.get("approximate", ""))
    except parse.Unreadable as problem:
        found.append(str(problem))
    return found


def _keys(frame: pd.DataFrame) -> list[tuple]:
    """Region, date, programme and metric of each row, comparable whether read from CSV or just checked."""
    return [
        (
            str(region),
            pd.Timestamp(as_of).date().isoformat(),
            "" if pd.isna(programme) else str(programme),
            metric,
        )
        for region, as_of, programme, metric in frame[KEY].itertuples(index=False)
    ]


def merge_published(
    root, new: pd.DataFrame, new_regions: list | None = None, origin: Origin | None = None, source=None
) -> tuple[int, int]:
    """Add checked figures to the store, replacing any with the same region, date, programme and metric;
    add the regions they name from the official list (`new_regions`) to regions.csv with them, and log
    the write (`source`: the file's name and bytes, for the log).

    Returns (added, replaced).
    """
    name, data = source or (None, None)

    def build(location) -> changes.Built:
        files: dict[str, bytes] = {}
        added = reference.with_regions(location, new_regions or [])
        if added is not None:
            files[schema.REGIONS_FILE] = added
        existing = (
            pd.read_csv(
                io.BytesIO(location.read_bytes(schema.PUBLISHED_FILE)),
                dtype={"region_code": str},
                parse_dates=["as_of"],
            )
            if location.exists(schema.PUBLISHED_FILE)
            else None
        )
        if existing is None or existing.empty:
            combined, replaced = new, 0
        else:
            existing["as_of"] = existing["as_of"].dt.date
            keys = set(_keys(new))
            kept = existing[[key not in keys for key in _keys(existing)]]
            replaced = len(existing) - len(kept)
            combined = pd.concat([kept, new], ignore_index=True)
        combined = combined.sort_values(["as_of", "region_code", "metric"], kind="stable")
        files[schema.PUBLISHED_FILE] = csv_bytes(combined[list(schema.PUBLISHED_COLUMNS)])
        return changes.Built(files, facts={"replaced": replaced}, result=(len(new) - replaced, replaced))

    change = changes.Change(
        "published",
        origin or Origin.command("published"),
        build,
        facts={
            "source_file": name,
            "source_sha256": import_log.sha256(data),
            "accepted": len(new),
            "regions": sorted(set(new["region_code"])),
        },
        reference=True,
        regions=True,
    )
    return changes.apply(root, change).result
