"""Refresh docs/screenshot.png: the overview on the Kabupaten Serang article date, as a browser shows it,
tall enough for the first rows of its table by region (819 registered, 612 aktif)."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests")]

from browser import chromium_page, open_and_wait, streamlit_server  # noqa: E402

with streamlit_server() as base, chromium_page(1366, 1280) as page:
    open_and_wait(page, base + "/?date=2021-07-18")
    page.wait_for_timeout(1500)
    page.screenshot(path=str(ROOT / "docs" / "screenshot.png"))
    print("wrote docs/screenshot.png")
