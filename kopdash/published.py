"""Figures offices published (published/figures.csv): checked before they join the store, and shown
beside what the registry says.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import pandas as pd

from kopdash import parse, schema, writer
from kopdash.exports import ImportRefused, decode_text, delimiter_of, normalise_header
from kopdash.location import as_location

REQUIRED = ("region_code", "as_of", "metric", "value", "source_title")
KEY = ["region_code", "as_of", "programme", "metric"]


def read_published(data: bytes, known_regions: set[str], today: dt.date | None = None) -> pd.DataFrame:
    """Rows of a published-figures CSV, every one checked; ImportRefused lists every row that is wrong."""
    today = today or dt.date.today()
    text = decode_text(data)
    rows = [
        row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter_of(text)) if any(row)
    ]
    if not rows:
        raise ImportRefused("file angka publikasi kosong")
    columns = {normalise_header(name): name for name in schema.PUBLISHED_COLUMNS}
    header = [columns.get(normalise_header(cell)) for cell in rows[0]]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise ImportRefused(
            f"kolom wajib tidak ada: {', '.join(missing)} (kolom: {', '.join(schema.PUBLISHED_COLUMNS)})"
        )
    records, problems = [], []
    for number, cells in enumerate(rows[1:], start=2):
        record = {name: (cells[i].strip() if i < len(cells) else "") for i, name in enumerate(header) if name}
        found = _problems(record, known_regions, today)
        if found:
            problems.append(f"baris {number}: " + "; ".join(found))
            continue
        records.append(
            {
                "region_code": record["region_code"],
                "as_of": parse.date(record["as_of"]),
                "programme": parse.programme(record.get("programme", "")),
                "metric": record["metric"],
                "value": parse.integer(record["value"]),
                "approximate": bool(parse.boolean(record.get("approximate", "")) or False),
                "source_title": record["source_title"],
                "source_publisher": record.get("source_publisher") or None,
                "source_url": record.get("source_url") or None,
            }
        )
    if problems:
        raise ImportRefused("angka publikasi tidak disimpan; perbaiki dulu: " + " | ".join(problems))
    return pd.DataFrame(records, columns=list(schema.PUBLISHED_COLUMNS))


def _problems(record: dict, known_regions: set[str], today: dt.date) -> list[str]:
    found = []
    if record.get("region_code") not in known_regions:
        found.append(f"kode wilayah {record.get('region_code')!r} tidak ada di regions.csv")
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
        value = parse.integer(record.get("value", ""))
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


def merge_published(root, new: pd.DataFrame) -> tuple[int, int]:
    """Add checked figures to the store, replacing any with the same region, date, programme and metric.

    Returns (added, replaced).
    """
    location = as_location(root)
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
    writer.write_csv(location, schema.PUBLISHED_FILE, combined[list(schema.PUBLISHED_COLUMNS)])
    return len(new) - replaced, replaced
