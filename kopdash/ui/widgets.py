"""Shared pieces of pages: charts, clickable lists, links, downloads, KPI cards, tables, pickers."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import streamlit as st

from kopdash import queries
from kopdash.domain.pages import BY_NAME
from kopdash.domain.rules import latest_on_or_before
from kopdash.present import fmt
from kopdash.present.i18n import DEFAULT_LANGUAGE, programme_label, t
from kopdash.present.tables import Kpi, as_markdown_text, markdown_table
from kopdash.ui import urlstate
from kopdash.ui.cache import frame, store, store_location
from kopdash.ui.state import view_state

ASSETS = Path(__file__).resolve().parent.parent / "assets"  # CSS and the small scripts of our own
MANY_REGIONS = 15  # beyond this, charts show the lowest few and totals, tables still list every region

# -- shared pieces of pages ---------------------------------------------------------------------------
DRAWN = "elements_drawn"  # how many charts and KPI cards this run drew: reset by the frame every run

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
    # Streamlit's chart theme would shrink the type to 12 px grey: every chart keeps its own.
    st.plotly_chart(figure, config=CHART_CONFIG, theme=None, key=_numbered("chart"))


def finger_behaviour() -> None:
    """What a finger does differently from a mouse (assets/phone.html): a tap on a map's area drills as a
    click does, and on a phone a page chosen in the sidebar closes the sidebar. Drawn by the frame, in
    the sidebar where it takes no room."""
    st.sidebar.html(ASSETS / "phone.html", unsafe_allow_javascript=True, width="content")


def date_field(container, label: str, **options) -> dt.date | None:
    """A date field (DD/MM/YYYY) where Enter applies a typed date. Streamlit's field takes a typed date
    on a click elsewhere, not on Enter; people confirm with Enter, so a small script of our own
    (assets/enter_applies.html, in the sidebar where it takes no room) makes Enter do what the click does."""
    st.sidebar.html(ASSETS / "enter_applies.html", unsafe_allow_javascript=True, width="content")
    return container.date_input(label, format="DD/MM/YYYY", **options)


def _numbered(kind: str) -> str:
    """A key for the next element of a kind in this run: chart1, chart2, kpi1…"""
    drawn = st.session_state.setdefault(DRAWN, {})
    drawn[kind] = drawn.get(kind, 0) + 1
    return f"{kind}{drawn[kind]}"


def chart_click(figure, key: str, curve: int | None = None, map_: bool = False) -> int | None:
    """Draw a chart whose bars can be clicked; return the clicked row's position once per new click.
    With `curve`, only clicks on that trace count (a map's centre markers, not its shapes). A map has
    no toolbar: nothing to zoom or select, and its legend stays clear of it."""
    config = {**CHART_CONFIG, "displayModeBar": False} if map_ else CHART_CONFIG
    event = st.plotly_chart(
        figure, on_select="rerun", selection_mode="points", key=key, config=config, theme=None
    )
    points = event.selection.points if event else []
    handled = f"{key}:handled"
    if not points:
        st.session_state.pop(handled, None)
        return None
    point = points[0]
    if curve is not None and point.get("curve_number") != curve:
        return None
    marker = (point.get("curve_number"), point.get("point_index"))
    if st.session_state.get(handled) == marker:  # the selection outlives the rerun it caused
        return None
    st.session_state[handled] = marker
    return point.get("point_index")


def _with_frame_parameters(params: dict) -> dict[str, str]:
    """A page's own URL parameters with the frame's date and language (the default language left out)."""
    state = view_state()
    wanted = {
        "date": state.as_of.isoformat(),
        "lang": None if state.lang == DEFAULT_LANGUAGE else state.lang,
        **params,
    }
    return {k: str(v) for k, v in wanted.items() if v is not None}


def kecamatan_map(
    figures: pd.DataFrame, region: str, name: str, measure: str, lang: str, hint: str | None = None
) -> str | None:
    """The map of a region's kecamatan (district_status) coloured by `measure`, with `hint` above it, or
    in words why there is none; returns the kecamatan whose dot was clicked, once per click."""
    clicked = area_map(figures, "kecamatan", region, name, measure, lang, hint)
    return None if clicked is None else clicked["district"]


def area_map(
    figures: pd.DataFrame,
    level: str,
    region: str,
    name: str,
    measure: str,
    lang: str,
    hint: str | None = None,
    within: str | None = None,
) -> pd.Series | None:
    """The map of a region's kecamatan (district_status) or desa/kelurahan (village_status) coloured by
    `measure`, with `hint` above it, or in words why there is none; returns the row of the area clicked
    or tapped, once per click. `within`: the code of the kecamatan whose villages alone are drawn."""
    from kopdash.present import map as map_view

    code_column, _ = map_view.AREA_COLUMNS[level]
    coded = figures[figures[code_column].isin(map_view.level_boundaries(level, region))]
    if coded.empty:
        st.info(as_markdown_text(t("map.no_boundaries", lang, region=name)))
        return None
    if hint:
        st.caption(hint)
    figure = map_view.choropleth(coded, measure, level, lang, region=region, within=within or region)
    dot = chart_click(
        figure, f"map:{region}:{level}:{within}:{measure}", curve=len(figure.data) - 1, map_=True
    )
    if dot is None:
        return None
    return coded.set_index(code_column).loc[map_view.centre_codes(figure)[dot]]


def open_page(page: str, **params) -> None:
    """Drill down: switch to another page (its family name in the page registry) with its own parameters
    and the frame's date and language."""
    st.switch_page(BY_NAME[page].script, query_params=_with_frame_parameters(params))


def _link_columns(table: pd.DataFrame) -> dict:
    """Columns of WhatsApp and tap-to-call links (present.tables.contact_cells) drawn as links a phone
    opens: WhatsApp's as a label, a call's as the number itself."""
    config = {}
    for column in table.columns:
        values = [v for v in table[column] if isinstance(v, str) and v not in ("", fmt.MISSING)]
        if values and all(v.startswith("https://wa.me/") for v in values):
            config[column] = st.column_config.LinkColumn(
                column, display_text=t("links.whatsapp", view_state().lang)
            )
        elif values and all(v.startswith("tel:") for v in values):
            config[column] = st.column_config.LinkColumn(column, display_text=r"tel:(.*)")
    return config


def _dash_for_empty(column: pd.Series) -> pd.Series:
    """A text column's empty cells as a dash (Streamlit would print "None"); the column stays text."""
    is_text = column.dtype == object or pd.api.types.is_string_dtype(column.dtype)
    if not is_text or not column.isna().any():
        return column
    return column.map(lambda cell: fmt.MISSING if fmt.is_missing(cell) else str(cell))


def grid(table: pd.DataFrame) -> None:
    """A table that scrolls inside itself (a preview, a quarantine, a long list of figures): empty cells
    read as a dash, never "None"."""
    st.dataframe(table.apply(_dash_for_empty), hide_index=True)


def list_click(table: pd.DataFrame, key: str, **options) -> int | None:
    """Show a list whose rows open with a click on any cell (or the row's checkbox); return the clicked
    row's position once per new click. Empty cells read as a dash, never "None"."""
    shown = table.apply(_dash_for_empty)
    event = st.dataframe(
        shown,
        key=key,
        on_select="rerun",
        selection_mode=["single-row", "single-cell"],
        hide_index=True,
        column_config=_link_columns(shown),
        **options,
    )
    selection = event.selection if event else None
    rows = list(selection.rows) if selection else []
    # A clicked cell is (row position, column name).
    rows += [cell[0] for cell in (selection.get("cells", []) if selection else [])]
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
    from kopdash.reports import brief

    opened = store()
    stem = f"ringkasan_rapat_{region}_{as_of.isoformat()}"
    left, right = st.columns(2)
    left.download_button(
        t("brief.download_html", lang),
        lambda: brief.build_html(opened, region, as_of, lang, with_calls=with_calls).encode("utf-8"),
        f"{stem}.html",
        "text/html",
        key=f"brief.html.{region}",
        on_click="ignore",  # no rerun on a click: it would redo the page and could swap the file in flight
    )
    if brief.CHROMIUM.exists():
        right.download_button(
            t("brief.download_pdf", lang),
            lambda: brief.to_pdf(brief.build_html(opened, region, as_of, lang, with_calls=with_calls)) or b"",
            f"{stem}.pdf",
            "application/pdf",
            key=f"brief.pdf.{region}",
            on_click="ignore",
        )
    else:
        right.caption(t("brief.no_pdf", lang))


def app_link(label: str, page: str = "overview", icon: str | None = None, **params) -> None:
    """A link to a page of the app (its family name), in the same tab, keeping the frame's date and
    language. With an icon it is drawn as a button, so it does not pass for plain text."""
    query = _with_frame_parameters(params)
    script = BY_NAME[page].script
    if icon is None:
        st.page_link(script, label=label, query_params=query)
        return
    with st.container(border=True, width="content"):
        st.page_link(script, label=label, icon=icon, query_params=query)


def open_choice(options: dict[str, str], label: str, key: str, lang: str) -> str | None:
    """A drill-down in one click beside a table: a button per option (names as text), or a list to
    search beyond urlstate.FEW options. Returns the chosen code for the page to open; nothing is kept,
    so coming back shows none chosen."""
    if len(options) <= urlstate.FEW:  # a button's label is Markdown: names are escaped to stay text
        labels = {code: as_markdown_text(name) for code, name in options.items()}
        return st.pills(label, list(labels), key=key, format_func=lambda code: labels[code])
    return st.selectbox(
        label,
        list(options),
        index=None,
        key=key,
        format_func=lambda code: options[code],
        placeholder=t("widget.choose", lang),
    )


SECTION_KEY = "bagian"  # in the URL: /wilayah?region=36.04&bagian=tren


def sections(parts: dict[str, tuple[str, Callable[[], None]]], lang: str, default: str | None = None) -> None:
    """Draw one part of a long page, chosen on a row of buttons and kept in the URL as `bagian`.
    Only the chosen part runs its queries and sends its charts and tables: the browser holds back a page's
    charts and widgets until every one of them is ready, so a page that sends everything is drawn last.
    `parts`: code -> (label, function drawing it), in order; `default`: the part a link without `bagian`
    opens (the first unless given)."""
    codes = list(parts)
    problems: list[str] = []
    chosen = urlstate.segmented_control(
        SECTION_KEY,
        t("section.label", lang),
        codes,
        lang,
        problems,
        lambda code: parts[code][0],
        default if default in codes else codes[0],
    )
    problems_box(problems, lang)
    parts[chosen][1]()


def problems_box(problems: list[str], lang: str) -> None:
    """URL values that could not be used, said in words, with the way back."""
    if problems:
        for problem in problems:
            st.warning(problem)
        app_link(t("back.overview", lang))


def download_buttons(
    table: pd.DataFrame | Callable[[], pd.DataFrame], stem: str, lang: str, sheet: str = "Data"
) -> None:
    """CSV (for Excel in an Indonesian locale) and XLSX of a display table, side by side.

    The files are made when clicked, from the table of the latest run, and the buttons keep one key
    whatever the date: a click right after the date changed gets the new date's file, not the old one's.
    `table` may be a function that makes it, for a long table only a click should pay for.
    """
    from kopdash.present import downloads

    made = table if callable(table) else lambda: table

    key = "download." + re.sub(r"\d{4}-\d{2}-\d{2}", "", stem)
    left, right = st.columns(2)
    left.download_button(
        t("download.csv", lang),
        lambda: downloads.csv_bytes(made(), lang),
        f"{stem}.csv",
        "text/csv",
        key=f"{key}.csv",
        on_click="ignore",
    )
    right.download_button(
        t("download.xlsx", lang),
        lambda: downloads.xlsx_bytes(made(), sheet, lang),
        f"{stem}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key=f"{key}.xlsx",
        on_click="ignore",
    )


def kpi_notes(sentences: list[str]) -> None:
    """Under KPI cards: what their changes compare with, and who is left out of % aktif (tables.kpi_notes)."""
    for sentence in sentences:
        st.caption(as_markdown_text(sentence))


_TONE_COLOUR = {"good": "green", "bad": "red", "neutral": "gray"}
_ARROW = {"up": "↑ ", "down": "↓ ", "off": ""}


def kpi_row(cards: list[Kpi]) -> None:
    """Key numbers as cards in a row: label, value, and the change since the snapshot compared with.

    Drawn with Markdown and a heading, not st.metric: Streamlit's browser code draws those at once,
    while st.metric's is fetched on demand and React holds the cards back until every such element on
    the first screen is ready. Each card is a container keyed kpi<n> (class st-key-kpi<n>), which the
    presentation stylesheet enlarges."""
    for column, card in zip(st.columns(len(cards)), cards, strict=True):
        with column.container(border=True, height="stretch", gap=None, key=_numbered("kpi")):
            st.markdown(as_markdown_text(card.label))
            st.header(as_markdown_text(card.value), anchor=False)
            if card.delta:
                # Coloured by whether the change is welcome, not by its sign: more tidak aktif is bad.
                change = _ARROW[card.direction] + as_markdown_text(card.delta)
                st.markdown(f":{_TONE_COLOUR[card.tone]}[{change}]")


def headline(sentence: str) -> None:
    """A page's key figures in one sentence ("5 of 67 operate", "45 changed status"), as a heading:
    drawn at once, like the KPI cards. Keyed `headline`: the browser benchmark times it."""
    with st.container(key="headline"):
        st.subheader(sentence, anchor=False)


def text_table(table: pd.DataFrame, total_row: bool = False) -> None:
    """A static table whose cells are DOM text: findable with Ctrl+F, readable aloud, checkable.

    Drawn as Markdown (see tables.markdown_table: it shows with the first screen); views hand over raw
    text and every cell is escaped there, once. `total_row`: the last row is a total, set in bold."""
    st.markdown(markdown_table(table, total_row))


def empty_store_notice(lang: str) -> None:
    """An empty store, said in words; only an admin is told the folder (it describes the server)."""
    if view_state().access.role == "admin":
        st.warning(as_markdown_text(t("overview.empty_store", lang, root=store_location())))
    else:
        st.warning(t("overview.empty_store_public", lang))
    st.stop()


def working_days_note(state, deadline: dt.date, lang: str) -> None:
    """The RAT deadline in Indonesian working days, from today, or from the as-of date when the person
    looks back (present/freshness.py)."""
    from kopdash.present.freshness import deadline_words

    st.caption(deadline_words(deadline, state.as_of, state.newest, dt.date.today(), lang))


def data_age_notice(state, calendar: pd.DataFrame, one_region: bool) -> None:
    """On every page: the newest snapshot of the regions in view, when it is months old (`one_region`:
    a page of one region, the one in the address or chosen last; else the regions chosen, else all)."""
    from kopdash.present.freshness import age_note

    region = (st.query_params.get("region") or st.session_state.get("region")) if one_region else None
    if region in set(calendar["region_code"]):
        shown = calendar[calendar["region_code"] == region]
    elif state.regions:
        shown = calendar[calendar["region_code"].isin(state.regions)]
    else:
        shown = calendar
    note = age_note(shown, state.as_of, dt.date.today(), state.lang)
    if note:
        st.warning(as_markdown_text(note))


def demo_note(lang: str) -> None:
    """One line for presentation slides: a projected demo number must not pass for a real one."""
    if store().info().get("kind") == "demo":
        st.caption("⚠️ " + t("demo.note", lang))


def demo_banner(lang: str) -> None:
    """Say plainly when the numbers are the calibrated demo, and name the articles behind them."""
    if store().info().get("kind") != "demo":
        return
    st.info(t("demo.banner", lang))
    # Written only once opened: on every page, most people never open it.
    sources = st.expander(t("demo.sources", lang), key="demo_sources", on_change="rerun")
    if not sources.open:
        return
    published = frame(queries.published_figures)
    with sources:
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


# -- the pickers pages share --------------------------------------------------------------------------
def region_choice(
    names: dict[str, str], lang: str, problems: list[str], container, label_key="region.choose"
):
    """The region, kept in the URL as `region` (an unknown code there is named in `problems`)."""
    return urlstate.selectbox(
        "region",
        t(label_key, lang),
        list(names),
        lang,
        problems,
        lambda code: names.get(code, code),
        bad_key="error.bad_region",
        container=container,
        carried=True,
    )


def snapshot_as_of(region: str, name: str, lang: str, problems: list[str]) -> dt.date:
    """The region's latest snapshot on or before the as-of date; when there is none, say so and stop."""
    as_of = view_state().as_of
    dates = pd.to_datetime(frame(queries.region_snapshots, region=region)["snapshot_date"]).dt.date
    snapshot = latest_on_or_before(dates, as_of)
    if snapshot is None:
        problems_box(problems, lang)
        first = fmt.date_long(dates.min(), lang) if len(dates) else fmt.MISSING
        st.warning(
            as_markdown_text(
                t("region.no_snapshot", lang, region=name, date=fmt.date_long(as_of, lang), first=first)
            )
        )
        st.stop()
    return snapshot


def kecamatan_choice(region: str, snapshot: dt.date, lang: str, problems: list[str], container) -> str | None:
    """A kecamatan of the region's snapshot, or None for all of them, kept in the URL as `kecamatan`."""
    values = frame(queries.status_by, region=region, snapshot_date=snapshot, dimension="district")["value"]
    chosen = urlstate.selectbox(
        "kecamatan",
        t("region.kecamatan", lang),
        [""] + sorted(value for value in values if isinstance(value, str)),
        lang,
        problems,
        lambda value: value or t("region.all_kecamatan", lang),
        container=container,
        carried=True,
    )
    return chosen or None
