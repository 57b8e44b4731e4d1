"""Browser benchmark: how long each kopdash page takes to show its first key number and to be fully drawn
in Chromium, against a bare Streamlit page (one st.metric, one Plotly bar) timed in the same run.

    python benchmarks/browser.py [--runs 5] [--width 1920 --height 1080] [--pages wilayah,program]

Both apps run as `streamlit run` on loopback at once, kopdash as `make run` starts it (serve.py); each
round loads the bare page and then every kopdash page, so a busier moment of the machine slows both alike.
The first round warms the caches and is not counted; the medians of the other rounds are printed with
their ratio to the bare page.
Each timed load follows a load from the same server: the bare page's timed load comes after an untimed
one of its own, and so does the first kopdash page's. Chromium keeps what it compiled for the previous
page's scripts of the same server, so a page that follows another server's page starts from less: in an
A/A test (the same bare page, or the same kopdash page from two servers), the load after a switch of
server was fully drawn 0.2 s later. Before 1 December 2026 only the kopdash pages had that advantage.
Times are read inside the page, from the start of navigation (performance.now), by a watcher that checks
every animation frame: "first number" is the first KPI value or headline sentence (a page's key figures
in words) drawn, or on a page with neither its first table cell, chart, data grid or uploader; "fully
drawn" is the script finished, no element still loading, and every Plotly chart with its SVG.
Goal: ratios at most 1.2 and 1.3.
Not a test: times depend on the machine; docs/performance.md keeps the latest figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from kopdash.domain.pages import PAGES  # noqa: E402

from browser import IDLE, KPI_VALUE, TEXT_TABLE, chromium_page, streamlit_server  # noqa: E402

BARE_APP = """
import plotly.graph_objects as go
import streamlit as st

st.title("Bare page")
st.metric("Terdaftar", "819")
st.plotly_chart(go.Figure(go.Bar(x=["Aktif", "Kurang aktif", "Tidak aktif"], y=[612, 98, 109])))
"""
# The view each page opens on: a region with a programme, a date with a year before it.
PARAMETERS = {
    "": "date=2025-11-05",
    "wilayah": "region=36.73&date=2025-11-05",
    "program": "programme=koperasi_merah_putih&region=36.73&date=2025-11-05",
    "koperasi": None,  # needs a NIK: filled from the store
    "perubahan": "region=36.73&date=2025-11-05",
    "pantauan": "region=36.73&date=2025-11-05",
    "intervensi": "region=36.03&date=2025-11-05",
    "banding": "date=2025-11-05",
    "impor": "",
    "impor_kegiatan": "",
    "aturan": "",
    "tentang": "",
    "rapat": "mode=rapat&slide=2&date=2025-11-05",
    "peta": "region=36.73&date=2025-11-05",
}
FIRST_NUMBER = (
    f"[data-testid=stMain] {KPI_VALUE}, [data-testid=stMain] [class*=st-key-headline] h3, "
    f"[data-testid=stMain] {TEXT_TABLE} td, "
    "[data-testid=stMain] .js-plotly-plot .main-svg, [data-testid=stMain] [data-testid=stDataFrame], "
    "[data-testid=stMain] [data-testid=stFileUploader]"
)
# Runs in the page before Streamlit's own scripts: notes the two moments, checking every frame.
WATCHER = """
(() => {
  const FIRST = FIRST_SELECTOR, IDLE = IDLE_SELECTOR;
  const times = (window.__kopdashTimes = {});
  const drawn = () =>
    document.querySelector('[data-testid=stMain] h1') && document.querySelector(IDLE) &&
    !document.querySelector('[data-testid=stMain] [data-testid=stSkeleton]') &&
    [...document.querySelectorAll('[data-testid=stPlotlyChart]')].every(c => c.querySelector('.main-svg'));
  let settled = 0;  // "fully drawn" must hold for 10 frames: the script can pause between elements
  const check = () => {
    const now = performance.now();
    if (times.first === undefined && document.querySelector(FIRST)) times.first = now;
    if (times.first !== undefined && drawn()) {
      if (settled === 0) times.candidate = now;
      if (++settled >= 10) times.drawn = times.candidate;
    } else settled = 0;
    if (times.drawn === undefined) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();
""".replace("FIRST_SELECTOR", repr(FIRST_NUMBER)).replace("IDLE_SELECTOR", repr(IDLE))


def a_nik() -> str:
    from kopdash import queries
    from kopdash.store import Store

    found = queries.programme_cooperatives(Store(), "koperasi_merah_putih", "36.73", dt.date(2025, 11, 5))
    return f"nik={found['nik'].iloc[0]}&region=36.73&date=2025-11-05"


def time_page(page, url: str) -> tuple[float, float]:
    """Seconds from the start of navigation to the first key number, and to the page fully drawn."""
    page.goto(url)
    page.wait_for_function("() => window.__kopdashTimes && window.__kopdashTimes.drawn", timeout=120_000)
    times = page.evaluate("window.__kopdashTimes")
    return times["first"] / 1000, times["drawn"] / 1000


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--width", type=int, default=1920)
    parser.add_argument("--height", type=int, default=1080)
    parser.add_argument("--pages", help="comma-separated addresses (default: every page)")
    args = parser.parse_args()
    addresses = [page.address for page in PAGES]
    if args.pages:
        addresses = [address for address in addresses if address in args.pages.split(",")]
    queries = {
        address: a_nik() if address == "koperasi" else PARAMETERS.get(address, "") for address in addresses
    }
    times: dict[str, list[tuple[float, float]]] = {"bare page": []}
    with tempfile.TemporaryDirectory() as folder:
        bare = Path(folder) / "bare.py"
        bare.write_text(BARE_APP)
        with (
            streamlit_server(bare) as bare_url,
            streamlit_server() as app_url,
            chromium_page(args.width, args.height) as page,
        ):
            page.add_init_script(WATCHER)
            kopdash_urls = {
                address or "(ringkasan)": f"{app_url}/{address}?{queries[address]}" for address in addresses
            }
            for round_number in range(args.runs + 1):  # round 0 warms caches and compiled scripts
                # Every timed load follows a load from the same server: see the docstring.
                for urls in ({"bare page": bare_url + "/"}, kopdash_urls):
                    time_page(page, next(iter(urls.values())))  # untimed
                    for name, url in urls.items():
                        measured = time_page(page, url)
                        if round_number:
                            times.setdefault(name, []).append(measured)
    medians = {
        name: (statistics.median(t[0] for t in runs), statistics.median(t[1] for t in runs))
        for name, runs in times.items()
    }
    bare_first, bare_drawn = medians["bare page"]
    print(f"Chromium {args.width}x{args.height}, warm, medians of {args.runs} interleaved rounds")
    print(f"{'page':<16}{'first number':>14}{'ratio':>7}{'fully drawn':>13}{'ratio':>7}")
    for name, (first, drawn) in medians.items():
        print(f"{name:<16}{first:>13.2f}s{first / bare_first:>7.2f}{drawn:>12.2f}s{drawn / bare_drawn:>7.2f}")


if __name__ == "__main__":
    main()
