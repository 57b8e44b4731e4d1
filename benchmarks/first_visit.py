"""A phone's first visit: bytes transferred and the time to the key number, with an empty cache, under the
mobile profile Lighthouse uses (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, 4x CPU slowdown),
in Debian's Chromium at 390x844, on the bundled demo served as `make run` serves it (serve.py).

    python benchmarks/first_visit.py [--runs 3]

Not a test: times depend on the machine; docs/performance.md keeps the latest figures. The key number
is the page's first KPI value or headline sentence, the first thing a mayor reads.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browser import KPI_VALUE, chromium_page, streamlit_server  # noqa: E402

# page -> (address, whether it opens on a Plotly chart: then its drawing is timed too)
PAGES = {
    "overview": ("/", False),
    "programme": ("/program?programme=koperasi_merah_putih&region=36.73", True),
    "early warning": ("/pantauan?region=36.04", False),
}
# Lighthouse's mobile profile (slow 4G): bytes per second and milliseconds of latency.
PROFILE = {"downloadThroughput": 1_600_000 / 8, "uploadThroughput": 750_000 / 8, "latency": 150}
# In the page itself: a KPI card's value, the headline sentence (the programme page's "5 dari 67 koperasi
# sudah beroperasi", a heading of its own), or the first cell of a table of figures (the early warning).
KEY_NUMBER = ", ".join(
    f"[data-testid=stMain] {part}"
    for part in (KPI_VALUE, "h2", "h3", "table td", "[data-testid=stDataFrame]")
)


def visit(base: str, path: str, chart: bool = False) -> tuple[int, float, float | None]:
    """(bytes transferred, seconds to the key number, seconds to the chart drawn) of one first visit with
    an empty cache."""
    with chromium_page(390, 844) as page:
        cdp = page.context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        cdp.send("Network.emulateNetworkConditions", {"offline": False, **PROFILE})
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
        received = []
        cdp.on("Network.loadingFinished", lambda event: received.append(event["encodedDataLength"]))
        started = time.perf_counter()
        page.goto(base + path, wait_until="commit", timeout=180_000)
        page.locator(KEY_NUMBER).filter(visible=True).first.wait_for(state="visible", timeout=180_000)
        seconds = time.perf_counter() - started
        drawn = None
        if chart:
            page.locator(".js-plotly-plot .main-svg").first.wait_for(state="visible", timeout=180_000)
            drawn = time.perf_counter() - started
        # What is still loading (chart code) counts in the bytes: wait until nothing arrives for 5 s.
        quiet_since, count = time.perf_counter(), len(received)
        while time.perf_counter() - quiet_since < 5 and time.perf_counter() - started < 120:
            page.wait_for_timeout(500)
            if len(received) != count:
                quiet_since, count = time.perf_counter(), len(received)
        return int(sum(received)), seconds, drawn


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with streamlit_server() as base:
        visit(base, "/")  # the server's first session opens the store; not what a phone waits for
        print(f"medians of {args.runs} first visits")
        print(f"{'page':16s} {'transferred':>12s} {'key number':>12s} {'chart drawn':>12s}")
        for name, (path, chart) in PAGES.items():
            runs = [visit(base, path, chart) for _ in range(args.runs)]
            sent = statistics.median(run[0] for run in runs)
            key = statistics.median(run[1] for run in runs)
            drawn = f"{statistics.median(run[2] for run in runs):.1f} s" if chart else "–"
            print(f"{name:16s} {sent / 1e6:>9.2f} MB {key:>10.1f} s {drawn:>12s}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
