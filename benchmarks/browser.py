"""Browser benchmark: how long each kopdash page takes to show its first key number and to be fully drawn
in Chromium, against a bare Streamlit page (one st.metric, one Plotly bar) timed in the same run.

    python benchmarks/browser.py [--runs 3] [--width 1920 --height 1080] [--store DIR]

Both apps run as `streamlit run` on loopback, each page is loaded once to warm the caches, then `runs`
times; the medians are printed with their ratio to the bare page. "First number": the first KPI value
(or, on a page without KPI cards, its first table cell or chart) is visible. "Fully drawn": the script
has finished and every Plotly chart on the page has its SVG. Goal: ratios at most 1.2 and 1.3.
Not a test: times depend on the machine; the README keeps the latest figures.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from kopdash.domain.pages import PAGES  # noqa: E402

from browser import IDLE, chromium_page, streamlit_server  # noqa: E402

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
    "[data-testid=stMain] [data-testid=stMetricValue], [data-testid=stMain] [data-testid=stTable] td, "
    "[data-testid=stMain] .js-plotly-plot .main-svg, [data-testid=stMain] [data-testid=stDataFrame], "
    "[data-testid=stMain] [data-testid=stFileUploader]"
)
CHARTS_DRAWN = """() => {
    const charts = document.querySelectorAll('[data-testid=stPlotlyChart]');
    return [...charts].every(chart => chart.querySelector('.main-svg'));
}"""


def a_nik() -> str:
    from kopdash import queries
    from kopdash.store import Store

    store = Store()
    found = queries.programme_cooperatives(
        store, "koperasi_merah_putih", "36.73", __import__("datetime").date(2025, 11, 5)
    )
    return f"nik={found['nik'].iloc[0]}&region=36.73&date=2025-11-05"


def time_page(page, url: str) -> tuple[float, float]:
    """Seconds from navigation to the first key number, and to the page fully drawn."""
    started = time.perf_counter()
    page.goto(url)
    page.wait_for_selector(FIRST_NUMBER, timeout=120_000)
    first = time.perf_counter() - started
    page.wait_for_selector("[data-testid=stMain] h1", timeout=120_000)
    page.wait_for_selector(IDLE, timeout=120_000)
    page.wait_for_function(CHARTS_DRAWN, timeout=120_000)
    return first, time.perf_counter() - started


def measure(page, url: str, runs: int) -> tuple[float, float]:
    time_page(page, url)  # warm: caches filled, page script compiled
    times = [time_page(page, url) for _ in range(runs)]
    return statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--width", type=int, default=1920)
    parser.add_argument("--height", type=int, default=1080)
    args = parser.parse_args()
    addresses = {page.address: page for page in PAGES}
    with tempfile.TemporaryDirectory() as folder:
        bare = Path(folder) / "bare.py"
        bare.write_text(BARE_APP)
        rows = []
        with streamlit_server(bare) as bare_url, chromium_page(args.width, args.height) as page:
            bare_first, bare_drawn = measure(page, bare_url + "/", args.runs)
        with streamlit_server(ROOT / "app.py") as app_url, chromium_page(args.width, args.height) as page:
            for address in addresses:
                query = PARAMETERS.get(address, "")
                if address == "koperasi":
                    query = a_nik()
                first, drawn = measure(page, f"{app_url}/{address}?{query}", args.runs)
                rows.append((address or "(ringkasan)", first, drawn))
    print(f"Chromium {args.width}x{args.height}, warm, medians of {args.runs}")
    print(f"{'page':<16}{'first number':>14}{'ratio':>7}{'fully drawn':>13}{'ratio':>7}")
    print(f"{'bare page':<16}{bare_first:>13.2f}s{1:>7.2f}{bare_drawn:>12.2f}s{1:>7.2f}")
    for name, first, drawn in rows:
        print(f"{name:<16}{first:>13.2f}s{first / bare_first:>7.2f}{drawn:>12.2f}s{drawn / bare_drawn:>7.2f}")


if __name__ == "__main__":
    main()
