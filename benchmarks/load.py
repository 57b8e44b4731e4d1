"""Load test: N concurrent headless Chromium sessions click through the pages of one kopdash server on
loopback for S seconds, while an importer replaces one snapshot again and again.

    python benchmarks/load.py [--sessions 20] [--seconds 120] [--replicas 2]

Prints page times (p50, p95, max) and every error; exits 1 on any error. An error is a navigation that
did not finish, a Streamlit exception on a page, a JavaScript error, or a reader who saw a count that
is neither the snapshot before an import nor the one after (a half-written snapshot). Runs on a copy of
the bundled demo in a temporary folder, with Debian's Chromium. Sessions are spread over `replicas`
Streamlit servers sharing the one store, as a deployment would run them (one Python process uses about
one core). On a 2-core machine the browsers themselves take most of the CPU: page times here are what
20 people would see if they all sat at this one machine, a harsh upper bound.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))  # first: tests/browser.py, not the browser benchmark of the same name

import import_200k  # noqa: E402

from browser import CHROMIUM, CHROMIUM_ARGS, IDLE, streamlit_server  # noqa: E402

REGION, SNAPSHOT = "36.04", dt.date(2025, 12, 31)  # a new snapshot of Kabupaten Serang, imported in turns
PAGE_TIMEOUT_MS = 180_000  # a page not drawn within 3 minutes counts as an error
PAUSE_BETWEEN_IMPORTS = 3.0  # seconds: an office imports now and then, not without pause
WATCHED = f"/wilayah?region={REGION}&date={SNAPSHOT.isoformat()}"
PAGES = [  # what a meeting clicks through; the watched page comes round often
    "/?date=2021-07-18",
    WATCHED,
    "/wilayah?region=36.03&date=2018-09-04",
    "/program?programme=koperasi_merah_putih&region=36.73",
    "/banding?date=2022-10-20",
    WATCHED,
    "/perubahan?region=36.03&dari=2018-03-31&sampai=2018-09-04",
    "/pantauan?region=33.14",
    "/koperasi?nik=3604000893078707",
    "/tentang",
]


def registered_counts(root: Path, exports: list[Path]) -> set[int]:
    """Every count the watched page may honestly show: the snapshot before any import, and each file's."""
    from kopdash import queries
    from kopdash.ingest import registry
    from kopdash.store import Store

    before = queries.region_status_as_of(Store(root), SNAPSHOT, [REGION])["registered_count"]
    allowed = {int(before.iloc[0])}
    for export in exports:
        plan = registry.plan_import(export.read_bytes(), export.name, REGION, SNAPSHOT, root)
        counts = plan.status_counts
        allowed.add(sum(n for status, n in counts.items() if status != "dibubarkan"))
    return allowed


def importer(root: Path, exports: list[Path], stop: threading.Event, done: list[float]) -> None:
    """Import the files in turns, each as the same region and date, until told to stop."""
    env = {**os.environ, "KOPDASH_DATA_DIR": str(root)}
    turn = 0
    while not stop.is_set():
        export = exports[turn % len(exports)]
        started = time.perf_counter()
        # A copy of the demo, on purpose; each file is the region's whole registry of that date.
        command = [
            sys.executable,
            "-m",
            "kopdash",
            "ingest",
            str(export),
            "--region",
            REGION,
            "--into-demo",
            "--whole",
        ]
        result = subprocess.run(
            [*command, "--date", SNAPSHOT.isoformat()], cwd=ROOT, env=env, capture_output=True, text=True
        )
        if result.returncode:
            raise RuntimeError(result.stderr)
        done.append(time.perf_counter() - started)
        turn += 1
        stop.wait(PAUSE_BETWEEN_IMPORTS)


async def registered_shown(page) -> int:
    """The 'Terdaftar' KPI of the region page, as a number."""
    card = page.locator("[class*=st-key-kpi]", has_text="Terdaftar").first
    return int(re.sub(r"\D", "", await card.locator("h2").inner_text(timeout=30_000)))


async def page_text(page) -> str:
    try:
        return await page.locator("[data-testid=stMain]").inner_text(timeout=5_000)
    except Exception:
        return ""


async def session(browser, base: str, number: int, deadline: float, report: dict, allowed: set[int]) -> None:
    """One person: open the app, then visit the pages in turn (offset by `number`) until the deadline."""
    context = await browser.new_context(viewport={"width": 1366, "height": 768})
    page = await context.new_page()
    page.on("pageerror", lambda error: report["errors"].append(f"session {number}: JavaScript: {error}"))
    visit = number
    while time.monotonic() < deadline:
        path = PAGES[visit % len(PAGES)]
        visit += 1
        started = time.perf_counter()
        try:
            await page.goto(base + path)
            await page.wait_for_selector("[data-testid=stMain] h1", timeout=PAGE_TIMEOUT_MS)
            await page.wait_for_selector(IDLE, timeout=PAGE_TIMEOUT_MS)
            report["times"].append(time.perf_counter() - started)
            if await page.locator("[data-testid=stException]").count():
                raise RuntimeError("a Streamlit exception on the page")
            if path == WATCHED:
                shown = await registered_shown(page)
                report["reads"] += 1
                if shown not in allowed:
                    raise RuntimeError(f"saw {shown} registered, not one of {sorted(allowed)}")
        except Exception as error:  # whatever went wrong is an error of this visit; the session goes on
            main = await page_text(page)
            report["errors"].append(f"session {number}: {path}: {error} | page: {main[:300]!r}")
    await context.close()


async def drive(bases: list[str], sessions: int, seconds: float, allowed: set[int]) -> dict:
    from playwright.async_api import async_playwright

    report = {"times": [], "errors": [], "reads": 0}
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        deadline = time.monotonic() + seconds
        await asyncio.gather(
            *(session(browser, bases[n % len(bases)], n, deadline, report, allowed) for n in range(sessions))
        )
        await browser.close()
    return report


def run(sessions: int, seconds: float, replicas: int = 2) -> dict:
    """Run the load test; return page times, errors, reads of the watched page and imports finished."""
    scratch = Path(tempfile.mkdtemp(prefix="kopdash-load-"))
    try:
        root = scratch / "store"
        shutil.copytree(ROOT / "data", root)
        exports = [scratch / "a.csv", scratch / "b.csv"]
        import_200k.write_csv(exports[0], 3000)
        import_200k.write_csv(exports[1], 4500)
        allowed = registered_counts(root, exports)
        stop, imports = threading.Event(), []
        with contextlib.ExitStack() as servers:
            env = {"KOPDASH_DATA_DIR": str(root)}
            bases = [servers.enter_context(streamlit_server(env=env)) for _ in range(replicas)]
            worker = threading.Thread(target=importer, args=(root, exports, stop, imports), daemon=True)
            worker.start()
            try:
                report = asyncio.run(drive(bases, sessions, seconds, allowed))
            finally:
                stop.set()
                worker.join(timeout=120)
        times = sorted(report["times"])
        return {
            "sessions": sessions,
            "replicas": replicas,
            "seconds": seconds,
            "pages": len(times),
            "p50_s": round(statistics.median(times), 2) if times else None,
            "p95_s": round(times[math.ceil(0.95 * len(times)) - 1], 2) if times else None,  # nearest rank
            "max_s": round(times[-1], 2) if times else None,
            "reads_of_imported_snapshot": report["reads"],
            "imports_finished": len(imports),
            "errors": report["errors"],
        }
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--replicas", type=int, default=2)
    args = parser.parse_args()
    result = run(args.sessions, args.seconds, args.replicas)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
