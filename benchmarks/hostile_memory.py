"""Benchmark: peak memory of the reading process for every file of the hostile corpus at full size, and for
the largest honest files the limits allow.

    python benchmarks/hostile_memory.py

For each file it prints its size, the outcome (imported: rows accepted/quarantined; or refused, with the
words), seconds, and the reading process's peak resident memory, measured by the kernel (wait4). Exits 1
if any file ends other than expected, or any reading process passed its cap (1.5 GiB). Not a test: the
files are large (up to the 50 MB upload limit), so it runs on demand and its figures go in
docs/security.md.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

import hostile_files  # noqa: E402
import import_200k  # noqa: E402

from kopdash.ingest import isolated  # noqa: E402
from kopdash.ingest.office_files import MAX_CELLS, MAX_ROWS, ImportRefused  # noqa: E402

UPLOAD_LIMIT = 50 * 1024 * 1024
SNAPSHOT = dt.date(2024, 12, 31)


def honest_files(folder: Path) -> list[tuple[str, bytes, tuple]]:
    """The largest files the limits let through: the most rows, and the most cells, under 50 MB."""
    most_rows = folder / "baris_maksimum.csv"
    import_200k.write_csv(most_rows, MAX_ROWS - 10)
    widest = folder / "sel_maksimum.csv"
    columns = MAX_CELLS // (MAX_ROWS // 2) - 4
    with widest.open("w", encoding="utf-8") as handle:
        handle.write(";".join(hostile_files.HEADER[:4] + [f"Kolom {i}" for i in range(columns)]) + "\n")
        for i in range(MAX_ROWS // 2 - 10):
            cells = [f"3604{i:012d}", f"Koperasi {i}", "Cikande", "01/01/2010"]
            handle.write(";".join(cells + [str(10 + (i * 7 + c) % 90) for c in range(columns)]) + "\n")
    excel = folder / "excel_200k.xlsx"
    import_200k.write_xlsx(excel, 200_000)
    return [
        (most_rows.name, most_rows.read_bytes(), ("imported",)),
        (widest.name, widest.read_bytes(), ("imported",)),
        (excel.name, excel.read_bytes(), ("imported",)),
    ]


def measure(folder: Path, store: Path, name: str, data: bytes, region: str) -> tuple[str, float, int]:
    path = folder / name
    path.write_bytes(data)
    started = time.perf_counter()
    arguments = dict(filename=name, region_code=region, snapshot_date=SNAPSHOT, root=store)
    with isolated.Reading("registry", path, **arguments) as reading:
        try:
            plan = reading.result()
            outcome = f"imported: {len(plan.accepted):,} accepted, {len(plan.quarantined):,} quarantined"
        except ImportRefused as refusal:
            outcome = f"refused: {refusal}"
        peak = reading.peak_bytes
    path.unlink()
    return outcome, time.perf_counter() - started, peak


def main() -> int:
    failures = 0
    with tempfile.TemporaryDirectory(prefix="kopdash-hostile-") as scratch:
        folder, store = Path(scratch), Path(scratch) / "store"
        store.mkdir()
        for reference in ("regions.csv", "rule_profiles.csv"):
            (store / reference).write_bytes((ROOT / "data" / reference).read_bytes())
        # The corpus's cooperatives are Kabupaten Tangerang's (NIK 3603…), the honest files Serang's.
        files = [(*file, "36.03") for file in hostile_files.corpus(full=True)]
        files += [(*file, "36.04") for file in honest_files(folder)]
        print(f"{'file':<26} {'MB':>6} {'s':>6} {'peak MB':>8}  outcome")
        for name, data, expected, region in files:
            outcome, seconds, peak = measure(folder, store, name, data, region)
            fits = len(data) <= UPLOAD_LIMIT
            right = outcome.startswith(expected[0]) and (expected[0] != "refused" or expected[1] in outcome)
            over = peak > isolated.MEMORY_LIMIT_BYTES
            failures += (not right) + over
            flag = "" if right and not over else "  <-- UNEXPECTED"
            size = f"{len(data) / 1e6:.1f}" + ("" if fits else "!")
            print(f"{name:<26} {size:>6} {seconds:>6.1f} {peak / 1024 / 1024:>8.0f}  {outcome[:110]}{flag}")
    cap = f"{isolated.MEMORY_LIMIT_BYTES // 1024**2} MB"
    print(f"all within {cap} and as expected" if not failures else f"{failures} unexpected")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
