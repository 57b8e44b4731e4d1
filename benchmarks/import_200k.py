"""Benchmark: import a 200,000-row registry export (CSV and XLSX) into a scratch store.

    python benchmarks/import_200k.py [--rows 200000] [--xlsx]

Prints seconds for reading+checking and for writing, rows accepted and quarantined, and the peak
resident memory of this process. Not a test: run it on the target machine and record the figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kopdash.demo.regions import KABUPATEN_SERANG  # noqa: E402
from kopdash.domain import wilayah  # noqa: E402
from kopdash.ingest import registry
from kopdash.store import writer  # noqa: E402

HEADERS = [
    "No",
    "NIK",
    "Nama Koperasi",
    "Kecamatan",
    "Desa/Kelurahan",
    "Tgl BH",
    "Jenis Koperasi",
    "Kelompok Koperasi",
    "Tahun RAT Terakhir",
    "RAT Dilaporkan",
    "Status Usaha",
    "Jumlah Anggota",
    "Aset",
    "Volume Usaha",
    "SHU",
]


def export_rows(count: int, seed: int = 7, region: str = "36.04"):
    """Rows as `region`'s office exports them (its kecamatan, NIKs with its code, so the import's region
    check passes): Indonesian numbers and dates, a few bad cells."""
    rng = random.Random(seed)
    districts = list(KABUPATEN_SERANG.districts) if region == "36.04" else wilayah.district_names(region)
    prefix = region.replace(".", "")
    for i in range(count):
        established = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randint(0, 19000))
        date_text = rng.choice(
            [
                established.strftime("%d/%m/%Y"),
                established.isoformat(),
                f"{established.day} Maret {established.year}",
            ]
        )
        rat = rng.choice(["2023", "2022", "TB 2021", "Belum RAT", "-", "2019"])
        members = f"{rng.randint(5, 5000):,}".replace(",", ".")
        if i % 997 == 0:
            date_text = "31/02/2009"  # an impossible date: quarantined
        yield [
            str(i + 1),
            f"{prefix}{i:012d}",
            f"Koperasi Uji {i}",
            rng.choice(districts),
            f"Desa {i % 300}",
            date_text,
            rng.choice(["Simpan Pinjam", "Konsumen", "Produsen"]),
            rng.choice(["Masyarakat", "Pegawai", "KUD"]),
            rat,
            rng.choice(["Ya", "Tidak", ""]),
            rng.choice(["Berjalan", "Tidak Berjalan", ""]),
            members,
            f"Rp {rng.randint(0, 10**9):,}".replace(",", ".") + ",00",
            str(rng.randint(0, 10**8)),
            "",
        ]


def write_csv(path: Path, count: int, region: str = "36.04") -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("DATA KOPERASI\n\n")
        handle.write(";".join(HEADERS) + "\n")
        for row in export_rows(count, region=region):
            handle.write(";".join(row) + "\n")


def write_xlsx(path: Path, count: int) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Data")
    sheet.write_string(0, 0, "DATA KOPERASI KABUPATEN SERANG")
    for column, header in enumerate(HEADERS):
        sheet.write_string(2, column, header)
    for number, row in enumerate(export_rows(count), start=3):
        for column, value in enumerate(row):
            sheet.write_string(number, column, value)
    book.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--xlsx", action="store_true", help="benchmark an Excel export instead of CSV")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="kopdash-bench-"))
    try:
        shutil.copy(ROOT / "data" / "regions.csv", scratch / "regions.csv")
        shutil.copy(ROOT / "data" / "rule_profiles.csv", scratch / "rule_profiles.csv")
        export = scratch / ("export.xlsx" if args.xlsx else "export.csv")
        (write_xlsx if args.xlsx else write_csv)(export, args.rows)
        size_mb = export.stat().st_size / 1e6
        started = time.perf_counter()
        plan = registry.plan_import(export.read_bytes(), export.name, "36.04", dt.date(2024, 12, 31), scratch)
        checked = time.perf_counter()
        registry.commit_import(plan, scratch)
        done = time.perf_counter()
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"file: {export.name}, {args.rows} rows, {size_mb:.1f} MB")
        print(
            f"read + check: {checked - started:.2f} s; write: {done - checked:.2f} s; "
            f"total: {done - started:.2f} s"
        )
        print(
            f"accepted: {len(plan.accepted)}, quarantined: {len(plan.quarantined)}; "
            f"peak RSS: {peak_mb:.0f} MB"
        )
        writer.recover(scratch)
    finally:
        shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
