"""The meeting brief: one self-contained HTML file per region (opens offline, charts embedded, prints on
A4), and a PDF of it printed by headless Chromium where that is installed.
"""

from __future__ import annotations

import datetime as dt
import html
import subprocess
import tempfile
from pathlib import Path

import pandas as pd

from kopdash import queries
from kopdash.domain.early_warning import early_warning
from kopdash.domain.rules import due_year
from kopdash.present import charts, fmt, tables
from kopdash.present import early_warning as early_warning_view
from kopdash.present.i18n import t
from kopdash.present.region import status_table
from kopdash.store import Store

CHROMIUM = Path("/usr/bin/chromium")
# Flags that keep Chromium from reaching for the network and let it run as root (office servers often
# run services so); the browser tests start it with the same ones.
CHROMIUM_FLAGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
STYLE = """
@page { size: A4; margin: 14mm 12mm 16mm;
        @bottom-right { content: PAGE_NUMBER; font-size: 9pt; color: #555; } }
body { font-family: "Source Sans Pro", "Segoe UI", Arial, sans-serif; color: #222; font-size: 11pt;
       margin: 0 auto; max-width: 190mm; }
h1 { font-size: 20pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1px solid #ccc; }
p.meta { color: #555; margin: 0 0 3mm; } p.note { color: #555; font-size: 9.5pt; }
table { border-collapse: collapse; width: 100%; font-size: 10pt; margin-bottom: 2mm; }
tr { page-break-inside: avoid; } th, td { border: 1px solid #ccc; padding: 1.2mm 2mm; text-align: left; }
th { background: #E8EEF4; } td.n { text-align: right; white-space: nowrap; }
.demo { background: #EAF2FB; border: 1px solid #9CC3EA; padding: 2mm 3mm; margin: 2mm 0; }
.chart { page-break-inside: avoid; }
table.calls td:last-child { width: 45%; }
@media screen and (max-width: 700px) {  /* a phone: the page's width, tables and the chart scroll sideways */
  body { padding: 0 3mm; } table, .chart { display: block; overflow-x: auto; }
}
"""


def _style(lang: str) -> str:
    """The style sheet, with each printed page numbered in `lang` ("Halaman 2 dari 3")."""
    words = t("brief.page", lang).replace('"', "")
    counters = words.replace("{page}", '" counter(page) "').replace("{pages}", '" counter(pages) "')
    content = f'"{counters}"'
    return STYLE.replace("PAGE_NUMBER", content)


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def _p(kind: str, text: str) -> str:
    return f"<p class='{kind}'>{_e(text)}</p>"


def _h2(text: str) -> str:
    return f"<h2>{_e(text)}</h2>"


def _table(frame: pd.DataFrame, numeric_from: int = 1) -> str:
    head = "".join(f"<th>{_e(c)}</th>" for c in frame.columns)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="n">{_e(v)}</td>' if i >= numeric_from else f"<td>{_e(v)}</td>"
            for i, v in enumerate(row)
        )
        + "</tr>"
        for row in frame.itertuples(index=False)
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def build_html(
    store: Store, region: str, as_of: dt.date, lang: str, top_calls: int = 15, with_calls: bool = True
) -> str:
    """The brief for one region at its latest snapshot on or before `as_of`, in `lang`; `with_calls`
    False leaves out the call list (names of cooperatives), for readers who see aggregates only."""
    overview = queries.region_status_as_of(store, as_of, [region])
    if overview.empty:
        raise ValueError(f"no snapshot of {region} on or before {as_of}")
    row = overview.iloc[0]
    snapshot = pd.Timestamp(row["snapshot_date"]).date()
    kpis = pd.DataFrame(
        {
            card.label: [card.value + (f" ({card.delta})" if card.delta else "")]
            for card in tables.kpi_cards(overview, lang)
        }
    )
    trend = queries.status_trend(store, as_of, [region])
    published = queries.published_figures(store, until=as_of)
    trend_chart = charts.status_over_time(trend, lang, published[published["region_code"] == region])
    by_district = queries.status_by(store, region, snapshot, "district")
    calls = early_warning_view.call_list(
        early_warning(queries.early_warning_candidates(store, region, snapshot), snapshot), lang
    )
    # Who, where, since when, what happens: contact details stay in the app, out of forwarded files. A
    # blank a spreadsheet needs (no RAT yet, members unknown) is said in words on paper.
    shown_calls = calls.iloc[:top_calls, [0, 1, 2, 5, 6, 7]].copy()
    last_rat, members = shown_calls.columns[3], shown_calls.columns[4]
    shown_calls[last_rat] = shown_calls[last_rat].replace("", t("brief.no_rat", lang))
    shown_calls[members] = shown_calls[members].replace("", fmt.MISSING)
    demo = store.info().get("kind") == "demo"
    generated = dt.datetime.now().replace(microsecond=0)
    title = t("brief.title", lang, region=row["region_name"])
    meta = t("brief.meta", lang, as_of=fmt.date_long(as_of, lang), date=fmt.date_long(snapshot, lang))
    rule = tables.rule_summaries(overview, lang)[0]
    calls_title = t("brief.calls", lang, n=min(top_calls, len(calls)), total=fmt.number(len(calls), lang))
    calls_table = _table(shown_calls, numeric_from=99).replace("<table>", "<table class='calls'>", 1)
    made = t(
        "brief.generated", lang, when=fmt.date_long(generated.date(), lang), time=generated.strftime("%H:%M")
    )
    parts = [
        f"<h1>{_e(title)}</h1>",
        _p("meta", meta),
        f"<div class='demo'>{_e(t('demo.banner', lang))}</div>" if demo else "",
        _h2(t("brief.kpis", lang)),
        _table(kpis, numeric_from=0),
        *(_p("note", note) for note in tables.kpi_notes(overview, lang)),
        _table(tables.change_table(overview, lang)),
        _h2(t("region.trend", lang, region=row["region_name"])),
        "<div class='chart'>" + _chart_html(trend_chart) + "</div>",
        _h2(t("region.by_kecamatan", lang)),
        _table(status_table(by_district, t("region.kecamatan", lang), lang)),
        _h2(calls_title) if with_calls else "",
        (calls_table if len(calls) else _p("note", t("early_warning.none", lang))) if with_calls else "",
        _h2(t("brief.source", lang)),
        _p("note", t("brief.source_text", lang, date=fmt.date_long(snapshot, lang))),
        _p("note", f"{t('about.rule_text', lang)} {rule} {t('brief.due', lang, year=due_year(snapshot))}"),
        _p("note", made),
    ]
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{_e(title)}</title><style>{_style(lang)}</style></head>"
        f"<body>{''.join(parts)}</body></html>"
    )


def _chart_html(figure) -> str:
    """The chart with plotly.js inlined (no network), drawn at a size that fits A4, not interactive."""
    figure.update_layout(width=700, height=380)
    return figure.to_html(
        full_html=False, include_plotlyjs=True, config={"staticPlot": True, "displayModeBar": False}
    )


def to_pdf(html_text: str, timeout: int = 90) -> bytes | None:
    """The brief printed to PDF by headless Chromium, or None where Chromium is not installed."""
    if not CHROMIUM.exists():
        return None
    with tempfile.TemporaryDirectory() as folder:
        page, pdf = Path(folder) / "brief.html", Path(folder) / "brief.pdf"
        page.write_text(html_text, encoding="utf-8")
        subprocess.run(
            [
                str(CHROMIUM),
                "--headless",
                *CHROMIUM_FLAGS,
                f"--user-data-dir={folder}/profile",
                "--no-pdf-header-footer",
                "--virtual-time-budget=10000",
                f"--print-to-pdf={pdf}",
                page.as_uri(),
            ],
            capture_output=True,
            timeout=timeout,
            check=False,
        )
        return pdf.read_bytes() if pdf.exists() else None
