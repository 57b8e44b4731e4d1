"""Timing pages as the server renders them, for the bench (kopdash/bench.py runs this in a process of its
own): Streamlit's AppTest, so it sits with the other Streamlit code."""

from __future__ import annotations

import resource
import statistics
import time
from typing import Any

import streamlit as st
from streamlit.testing.v1 import AppTest

from kopdash.config import CHECKOUT as ROOT
from kopdash.domain.pages import BY_NAME

# Parts of a page heavy enough to time on their own: the comparison page's published figures (thousands
# on the national store).
PARTS = {"comparison": "publikasi"}


def _page_seconds(runs: int, page: str, params: dict, part: str | None = None) -> float:
    """Median server-side render of `page` (or, with `part`, of the click that opens that part), with a
    cold data cache; the first of runs + 1 also warms the store."""
    samples = []
    for _ in range(runs + 1):
        st.cache_data.clear()  # a cold data cache every time
        app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        for key, value in params.items():
            if value not in (None, "None"):
                app.query_params[key] = value
        app.run()
        app.switch_page(page)
        timed: Any = app  # the run to time: the page, or the click on one of its parts
        if part is not None:
            app.run()
            timed = app.button_group(key="bagian").set_value(part)
            st.cache_data.clear()  # the part's own queries, cold
        started = time.perf_counter()
        timed.run()
        samples.append(time.perf_counter() - started)
        if app.exception:
            raise RuntimeError(f"{page} {part or ''}: {app.exception[0].value}")
    return round(statistics.median(samples[1:]), 3)


def render_pages(runs: int, pages: dict[str, dict]) -> dict:
    """Each page's median render (bench.page_parameters: name -> its URL), the parts that are a click
    away, and this process's peak memory."""
    timings = {name: _page_seconds(runs, BY_NAME[name].script, params) for name, params in pages.items()}
    for name, part in PARTS.items():  # parts that are a click away, timed as that click's rerun
        timings[f"{name}:{part}"] = _page_seconds(runs, BY_NAME[name].script, pages[name], part)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"pages_s": timings, "rss_mb": round(rss_mb)}
