"""The capacity benchmark's own client speaks Streamlit's websocket protocol correctly: a short run of
benchmarks/capacity.py (the full run is `python benchmarks/capacity.py`; its figures are in
docs/performance.md) draws every page it asks for, titled and without an exception."""

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import capacity  # noqa: E402

pytestmark = pytest.mark.slow


def test_websocket_sessions_draw_each_page_and_the_server_s_memory_is_read():
    result = capacity.run([3], seconds=4, think=0.2, settle=0, data_dir=None, closed=4)
    (level,) = result["levels"]
    assert level["errors"] == [] and level["error_count"] == 0, level["errors"]
    assert level["views"] >= len(capacity.PAGES), level  # every session viewed at least one page
    assert 0 < level["p50_s"] <= level["p95_s"] <= level["max_s"] < capacity.PAGE_TIMEOUT
    assert result["rss_start_mb"] > 100, "the server's RSS, with DuckDB and pandas loaded"
    assert result["rss_after_those_closed_mb"] > 100 and result["more_sessions_opened_and_closed"] == 4
