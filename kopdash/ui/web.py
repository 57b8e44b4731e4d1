"""Streamlit glue: the cached store, cached query results, view state from the URL, shared widgets.

The only module of the library that imports Streamlit; pages call it, the core never does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

from kopdash import queries
from kopdash.domain.access import Access
from kopdash.present import fmt
from kopdash.present.i18n import DEFAULT_LANGUAGE, LANGUAGES, programme_label, t
from kopdash.present.tables import Kpi, as_markdown_text
from kopdash.store import Store, data_root, writer
from kopdash.store.location import Location
from kopdash.ui import urlstate

# The queries pages may run through `frame`: an allowlist, so cache keys are names, not callables.
QUERIES = {name: getattr(queries, name) for name in queries.__all__}
FRAME_TTL_SECONDS = 600
MANY_REGIONS = 15  # beyond this, charts show the lowest few and totals, tables still list every region


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
    result = _cached_frame(query.__name__, str(opened.root), opened.version, frozen)
    if len(opened.damaged) > known_damage:  # this query met an unreadable file: say so here
        damaged_notice()
    return result


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


# -- view state ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ViewState:
    lang: str
    as_of: dt.date
    regions: tuple[str, ...] | None  # None = every region
    problems: tuple[str, ...] = ()  # URL values that could not be used, in words
    access: Access = Access("publik")  # who is looking (fail closed: aggregates only)


def sidebar_state(calendar: pd.DataFrame, access: Access) -> ViewState:
    """Language, as-of date and regions: from the URL, drawn in the sidebar, written back to the URL."""
    problems: list[str] = []
    urlstate.seed(
        "lang",
        lambda text: text if text in LANGUAGES else None,
        DEFAULT_LANGUAGE,
        lambda text: t("error.bad_language", DEFAULT_LANGUAGE, value=text),
        problems,
    )
    lang = st.session_state["lang"]
    latest = pd.to_datetime(calendar["last_snapshot"]).max().date() if len(calendar) else dt.date.today()
    earliest = pd.to_datetime(calendar["first_snapshot"]).min().date() if len(calendar) else latest
    lower, upper = min(earliest, dt.date(2000, 1, 1)), max(latest, dt.date.today())

    def in_range(text: str) -> dt.date | None:
        parsed = urlstate.parse_date(text)
        return parsed if parsed and lower <= parsed <= upper else None

    urlstate.seed("date", in_range, latest, lambda text: t("error.bad_date", lang, value=text), problems)
    codes = list(calendar["region_code"])
    names = dict(zip(calendar["region_code"], calendar["region_name"], strict=True))

    lang = st.sidebar.selectbox(
        t("sidebar.language", lang),
        LANGUAGES,
        placeholder=t("widget.choose", lang),
        format_func=lambda code: t(f"language.{code}", code),
        key="lang",
    )
    urlstate.publish("lang", None if lang == DEFAULT_LANGUAGE else lang)
    as_of = st.sidebar.date_input(
        t("sidebar.as_of", lang),
        key="date",
        min_value=lower,
        max_value=upper,
        format="DD/MM/YYYY",
        help=t("sidebar.as_of_help", lang),
    )
    urlstate.publish("date", as_of.isoformat())
    chosen = urlstate.multiselect(
        "regions",
        t("sidebar.regions", lang),
        codes,
        lang,
        problems,
        format_func=lambda c: names.get(c, c),
        bad_key="error.bad_region",
        container=st.sidebar,
        placeholder=t("sidebar.regions_placeholder" if codes else "sidebar.no_regions", lang),
    )
    return ViewState(
        lang, as_of, tuple(chosen) if chosen and set(chosen) != set(codes) else None, tuple(problems), access
    )


def view_state() -> ViewState:
    """The view state the frame (app.py) read for this run."""
    if "view_state" not in st.session_state:
        # A request for /tentang that reaches a freshly started server before any session ran the
        # frame's st.navigation makes Streamlit run pages/*.py directly (its legacy multipage mode).
        # Switch that mode off and rerun, so the frame runs and routes to the same page.
        from streamlit.runtime.pages_manager import PagesManager

        PagesManager.uses_pages_directory = False
        st.rerun()
    return st.session_state["view_state"]


# -- shared pieces of pages ---------------------------------------------------------------------------
CHART_COUNTER = "charts_drawn"  # reset by the frame at the start of every run
CHART_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["select2d", "lasso2d"]}


def chart(figure, big: bool = False) -> None:
    """A chart; `big` for presentation mode: type a projector shows from the back of the room."""
    if big:
        figure.update_layout(
            font=dict(size=24), hoverlabel=dict(font_size=24), height=max(figure.layout.height or 0, 560)
        )
        figure.update_traces(textfont_size=24, selector=dict(type="bar"))
        figure.update_xaxes(tickfont_size=22, title_font_size=24)
        figure.update_yaxes(tickfont_size=22, title_font_size=24)
        figure.update_layout(legend_font_size=24, margin=dict(l=110, r=20, t=60, b=150))
        figure.update_xaxes(automargin=True)
        figure.update_yaxes(automargin=True)
    # Two charts can be identical (a region whose kinds and segments are all blank): Streamlit would
    # take them for one element, so each chart of a run gets its own key, in drawing order.
    number = st.session_state.get(CHART_COUNTER, 0) + 1
    st.session_state[CHART_COUNTER] = number
    # Streamlit's chart theme would shrink the type again, so a big chart keeps its own.
    st.plotly_chart(figure, config=CHART_CONFIG, theme=None if big else "streamlit", key=f"chart{number}")


def chart_click(figure, key: str) -> int | None:
    """Draw a chart whose bars can be clicked; return the clicked row's position once per new click."""
    event = st.plotly_chart(figure, on_select="rerun", selection_mode="points", key=key, config=CHART_CONFIG)
    points = event.selection.points if event else []
    handled = f"{key}:handled"
    if not points:
        st.session_state.pop(handled, None)
        return None
    point = points[0]
    marker = (point.get("curve_number"), point.get("point_index"))
    if st.session_state.get(handled) == marker:  # the selection outlives the rerun it caused
        return None
    st.session_state[handled] = marker
    return point.get("point_index")


def open_page(page: str, **params) -> None:
    """Drill down: switch to another page with its own parameters and the frame's date and language."""
    state = view_state()
    frame = {"date": state.as_of.isoformat(), "lang": None if state.lang == DEFAULT_LANGUAGE else state.lang}
    wanted = {**frame, **params}
    st.switch_page(page, query_params={k: str(v) for k, v in wanted.items() if v is not None})


def list_click(table: pd.DataFrame, key: str, **options) -> int | None:
    """Show a list whose rows can be clicked; return the clicked row's position once per new click."""
    event = st.dataframe(
        table, key=key, on_select="rerun", selection_mode="single-row", hide_index=True, **options
    )
    rows = event.selection.rows if event else []
    handled = f"{key}:handled"
    if not rows:
        st.session_state.pop(handled, None)
        return None
    if st.session_state.get(handled) == rows[0]:
        return None
    st.session_state[handled] = rows[0]
    return rows[0]


def brief_buttons(region: str, as_of: dt.date, lang: str, with_calls: bool) -> None:
    """The meeting brief of a region: HTML always, PDF where Chromium is installed; made when clicked.
    `with_calls`: include the top of the call list (names of cooperatives)."""
    from kopdash.present import brief

    opened = store()
    stem = f"ringkasan_rapat_{region}_{as_of.isoformat()}"
    left, right = st.columns(2)
    left.download_button(
        t("brief.download_html", lang),
        lambda: brief.build_html(opened, region, as_of, lang, with_calls=with_calls).encode("utf-8"),
        f"{stem}.html",
        "text/html",
        key=f"brief.html.{region}",
    )
    if brief.CHROMIUM.exists():
        right.download_button(
            t("brief.download_pdf", lang),
            lambda: brief.to_pdf(brief.build_html(opened, region, as_of, lang, with_calls=with_calls)) or b"",
            f"{stem}.pdf",
            "application/pdf",
            key=f"brief.pdf.{region}",
        )
    else:
        right.caption(t("brief.no_pdf", lang))


def app_link(label: str, **params) -> None:
    """A plain link into the app (a full reload): works from every page and in presentation mode."""
    state = view_state()
    wanted = {
        "date": state.as_of.isoformat(),
        "lang": None if state.lang == DEFAULT_LANGUAGE else state.lang,
        **params,
    }
    query = "&".join(f"{k}={v}" for k, v in wanted.items() if v is not None)  # values are dates and codes
    st.markdown(f"[{as_markdown_text(label)}](/?{query})")


def problems_box(problems: list[str], lang: str) -> None:
    """URL values that could not be used, said in words, with the way back."""
    if problems:
        for problem in problems:
            st.warning(problem)
        app_link(t("back.overview", lang))


def download_buttons(table: pd.DataFrame, stem: str, lang: str, sheet: str = "Data") -> None:
    """CSV (for Excel in an Indonesian locale) and XLSX of a display table, side by side."""
    from kopdash.present import downloads

    left, right = st.columns(2)
    left.download_button(
        t("download.csv", lang), downloads.csv_bytes(table), f"{stem}.csv", "text/csv", key=f"{stem}.csv"
    )
    right.download_button(
        t("download.xlsx", lang),
        downloads.xlsx_bytes(table, sheet),
        f"{stem}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key=f"{stem}.xlsx",
    )


def kpi_row(cards: list[Kpi]) -> None:
    for column, card in zip(st.columns(len(cards)), cards, strict=True):
        column.metric(
            card.label,
            card.value,
            delta=card.delta,
            delta_arrow=card.direction,
            # Our minus sign is U+2212, which Streamlit's own sign test does not see: colour explicitly.
            delta_color={"good": "green", "bad": "red"}.get(card.tone, "gray"),
            border=True,
        )


def text_table(table: pd.DataFrame) -> None:
    """A static table whose cells are DOM text: findable with Ctrl+F, readable aloud, checkable.

    Cells must already be Markdown-safe text (tables.as_markdown_text), since st.table renders Markdown.
    """
    st.table(table, hide_index=True)


def demo_banner(lang: str) -> None:
    """Say plainly when the numbers are the calibrated demo, and name the articles behind them."""
    if store().info().get("kind") != "demo":
        return
    st.info(t("demo.banner", lang))
    published = frame(queries.published_figures)
    with st.expander(t("demo.sources", lang)):
        for (title, publisher, as_of), figures in published.groupby(
            ["source_title", "source_publisher", "as_of"], sort=False
        ):
            line = t("source.line", lang, publisher=publisher, date=fmt.date_long(as_of, lang), title=title)
            values = ", ".join(
                (t("source.approx", lang) + " " if row.approximate else "")
                + f"{fmt.number(row.value, lang)} {t('published.' + row.metric, lang)}"
                for row in figures.itertuples()
            )
            region = figures["region_name"].iloc[0]
            programme = figures["programme"].iloc[0]
            if isinstance(programme, str):
                region += " · " + programme_label(programme, lang)
            st.markdown(
                f"- **{as_markdown_text(region)}**: {as_markdown_text(line)}  \n"
                f"  {as_markdown_text(t('source.figures', lang, figures=values))}"
            )


def upload_fits(data: bytes, lang: str) -> bool:
    """Whether an upload is within the configured limit; if not, say so. The browser enforces the limit
    too, but a script talking to the server need not."""
    limit_mb = st.get_option("server.maxUploadSize")
    if len(data) <= limit_mb * 1024 * 1024:
        return True
    st.error(t("import.too_large", lang, size=fmt.number(len(data) / 1024 / 1024, lang), limit=limit_mb))
    return False


def import_counts(rows_read: int, accepted: int, quarantined: int, lang: str) -> None:
    """The three numbers of a checked file: data rows, accepted, quarantined."""
    for column, label, value in zip(
        st.columns(3),
        ("import.rows_read", "import.accepted", "import.quarantined"),
        (rows_read, accepted, quarantined),
        strict=True,
    ):
        column.metric(t(label, lang), fmt.number(value, lang), border=True)


def checked_import(
    upload, mapping_upload, region_code: str, snapshot_date: dt.date, lang: str, programme: str | None = None
):
    """The ImportPlan of an uploaded file, checked once per file/region/date and kept for the confirm step."""
    from kopdash.ingest.office_files import ImportRefused

    data = upload.getvalue()
    if not upload_fits(data, lang):
        return None
    mapping = mapping_upload.getvalue() if mapping_upload else None
    key = (hash(data), hash(mapping), region_code, snapshot_date, programme)
    kept = st.session_state.get("import_plan")
    if kept and kept[0] == key:
        return kept[1]
    name = as_markdown_text(upload.name)  # a file name is the sender's text, shown as text
    with st.status(t("import.checking", lang, file=name), expanded=True) as status:
        bar = st.progress(0.0)
        try:
            plan = read_isolated(
                "registry",
                data,
                lambda done, total: bar.progress(done / max(total, 1)),
                filename=upload.name,
                region_code=region_code,
                snapshot_date=snapshot_date,
                root=data_root(),
                mapping=mapping,
                programme=programme,
            )
        except ImportRefused as refusal:
            said = as_markdown_text(t("import.refused_named", lang, file=upload.name, reason=str(refusal)))
            status.update(label=said, state="error")
            st.error(said)
            return None
        bar.progress(1.0)
        status.update(label=t("import.checked", lang, file=name), state="complete", expanded=False)
    st.session_state["import_plan"] = (key, plan)
    return plan


def read_isolated(task: str, data: bytes, progress=lambda done, total: None, **arguments):
    """Read and check an upload in a child process with a memory and time limit (kopdash/ingest/isolated.py):
    a hostile file can end that child, never this server. Raises ImportRefused in words."""
    import tempfile

    from kopdash.ingest import isolated

    with tempfile.NamedTemporaryFile(prefix="kopdash-upload-") as held:
        held.write(data)
        held.flush()
        return isolated.run(task, Path(held.name), progress, **arguments)


def save_import(plan) -> str:
    """Commit a checked import (the next read sees it: the store's fingerprint changed); return the path
    written, relative to the store."""
    from kopdash.ingest import registry

    try:
        written = registry.commit_import(plan, data_root())
    except OSError as error:
        lang = st.session_state.get("lang", DEFAULT_LANGUAGE)
        st.error(t("store.write_failed", lang, reason=as_markdown_text(error.strerror or str(error))))
        st.stop()
    st.session_state.pop("import_plan", None)
    return str(written).removeprefix(str(Location(str(data_root())).path()) + "/")


def store_location() -> str:
    return str(data_root())
