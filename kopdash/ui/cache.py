"""The cached store of this server process and cached query results, keyed by the store's version."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from kopdash import queries
from kopdash.present import fmt
from kopdash.present.i18n import DEFAULT_LANGUAGE, t
from kopdash.present.tables import as_markdown_text
from kopdash.store import Store, data_root, writer
from kopdash.store.database import QueryTooSlow
from kopdash.store.location import Location

# The queries pages may run through `frame`: an allowlist, so cache keys are names, not callables.
QUERIES = {name: getattr(queries, name) for name in queries.__all__}

FRAME_TTL_SECONDS = 600


@st.cache_resource(show_spinner=False)
def _open_store(root: str) -> Store:
    location = Location(root)
    if location.local is not None:  # a bucket has no journal: each object lands whole
        # An import a crash interrupted after its commit record is finished before anything is read.
        writer.recover(location.local)
    return Store(location.text)


def store() -> Store:
    """The one Store of this server process, with its views rebuilt when the files changed."""
    opened = _open_store(str(data_root()))
    opened.refresh_if_changed()
    return opened


@st.cache_data(ttl=FRAME_TTL_SECONDS, max_entries=512, show_spinner=False)
def _cached_frame(name: str, root: str, fingerprint: str, params: tuple) -> pd.DataFrame:
    # `root` and `fingerprint` are part of the cache key only: another store, or a new or replaced
    # snapshot file, means new results (two copies of one store can share a fingerprint).
    arguments = {key: list(value) if isinstance(value, tuple) else value for key, value in params}
    return QUERIES[name](store(), **arguments)


def frame(query, **params) -> pd.DataFrame:
    """The result of a named query, cached until the store's files change (or the TTL passes)."""
    opened = store()
    known_damage = len(opened.damaged)
    frozen = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in params.items()))
    try:
        result = _cached_frame(query.__name__, str(opened.root), opened.version, frozen)
    except QueryTooSlow as slow:  # said in words; the other sessions went on meanwhile
        lang = st.session_state.get("lang", DEFAULT_LANGUAGE)
        st.error(t("store.query_too_slow", lang, seconds=fmt.number(slow.seconds, lang)))
        st.stop()
    if len(opened.damaged) > known_damage:  # this query met an unreadable file: say so here
        damaged_notice()
    return result


@st.cache_data(ttl=FRAME_TTL_SECONDS, max_entries=256, show_spinner=False)
def _figure_dict(name: str, _builder, args: tuple, kwargs: dict) -> dict:
    # `name` (module and function) is the cache key of the builder; the arguments are hashed whole.
    return _builder(*args, **kwargs).to_dict()


def figure(builder, *args, **kwargs) -> go.Figure:
    """A chart from a pure builder (present.charts and the views), built and checked by Plotly once per
    input: checking every property takes a tenth of a second for a bar chart, and every page load is a new
    session. The copy handed back is not checked again (it is the checked figure, as a dict)."""
    built = _figure_dict(f"{builder.__module__}.{builder.__qualname__}", builder, args, kwargs)
    return go.Figure(built, _validate=False)


def damaged_notice() -> None:
    """Name the store's files that cannot be read (and were left out), so someone can replace them."""
    damaged = store().damaged
    if damaged:
        lang = st.session_state.get("lang", DEFAULT_LANGUAGE)
        st.error(
            t("store.damaged", lang, files=", ".join(as_markdown_text(path) for path in sorted(damaged)))
        )


def reference_notice(lang: str) -> None:
    """Say what is wrong in regions.csv or rule_profiles.csv (and that those rows were left out or counted
    once), so the numbers on the page are read with that in mind and someone fixes the file."""
    problems = store().reference_problems
    if problems:
        lines = "\n".join(f"- {as_markdown_text(problem)}" for problem in problems)
        st.warning(t("store.reference_problems", lang) + "\n\n" + lines)


def store_location() -> str:
    return str(data_root())
