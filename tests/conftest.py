"""Shared fixtures: a tiny hand-built store whose every count is known, and the repository paths."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import settings

# No time limit per generated example: speed is measured by benchmarks, and a loaded CI machine must not
# fail a property test for being slow (one did, at Hypothesis's default 200 ms).
settings.register_profile("kopdash", deadline=None)
settings.load_profile("kopdash")

from kopdash.domain import schema
from kopdash.domain.rules import RuleProfile, derive
from kopdash.store import writer

ROOT = Path(__file__).resolve().parent.parent
D = dt.date

TINY_PROFILES = {
    "permenkop_9_2018": RuleProfile("permenkop_9_2018", 1, 2, 3, "default"),
    "lima_tahun": RuleProfile("lima_tahun", 1, 2, 5, "five years"),
}
TINY_REGIONS = pd.DataFrame(
    [
        ("11.01", "Kabupaten Alpha", "kabupaten", "Aceh", "permenkop_9_2018"),
        ("11.02", "Kota <b>Beta</b>", "kota", "Aceh", "lima_tahun"),
    ],
    columns=list(schema.REGION_COLUMNS),
)


@pytest.fixture(autouse=True, scope="module")
def _one_browser_per_module():
    """The shared Chromium (tests/browser.py) ends with the module that started it: Playwright's sync API
    holds an event loop on this thread while it runs, and a later module may run its own (asyncio.run)."""
    yield
    import sys

    if "browser" in sys.modules:
        sys.modules["browser"].close_shared_browser()


def app_at(page: str | None = None, params: dict | None = None, timeout: int = 60):
    """The app opened as a link opens it: the frame with `params` in the URL on its first run, then `page`
    (a family name of the page registry, or its script; None: the overview, where the first run lands);
    `bagian` in `params` chooses a part of the page once it is open. Checked for exceptions. The role is
    the roles file's (KOPDASH_ROLES; test_access.py's as_role fixture sets one)."""
    from streamlit.testing.v1 import AppTest

    params = dict(params or {})
    part = params.pop("bagian", None) if page else None
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
    for key, value in params.items():
        app.query_params[key] = value
    app.run()
    if page:
        app.switch_page(page if page.endswith(".py") else page_script(page))
        app.run()
    assert not app.exception, [e.value for e in app.exception]
    choose_part(app, part)
    return app


def page_script(family: str) -> str:
    """The script of a page, by its family name in the page registry (what AppTest switches to)."""
    from kopdash.domain.pages import BY_NAME

    return BY_NAME[family].script


def coop(nik, established, last_rat=None, operating=True, **extra) -> dict:
    row = {
        "nik": nik,
        "name": f"Koperasi {nik}",
        "district": extra.pop("district", "Kec Satu"),
        "village": extra.pop("village", "Desa Satu"),
        "established_on": established,
        "kind": extra.pop("kind", "konsumen"),
        "segment": extra.pop("segment", "masyarakat"),
        "programme": extra.pop("programme", None),
        "last_rat_year": last_rat,
        "rat_reported": extra.pop("rat_reported", last_rat is not None),
        "operating": operating,
        "members": extra.pop("members", 25),
        "dissolved_on": extra.pop("dissolved_on", None),
    }
    assert not extra, extra
    return row


# Region 11.01 at 2020-12-31 (due 2019): 3 aktif, 1 kurang aktif, 1 tidak aktif (a candidate).
ALPHA_2020 = [
    coop("1101000000000001", D(2001, 1, 1), 2019),
    coop("1101000000000002", D(2005, 1, 1), 2019, rat_reported=False),
    coop("1101000000000003", D(2010, 1, 1), 2018),  # one missed: kurang aktif
    coop("1101000000000004", D(2000, 1, 1), 2015, operating=False),  # four missed: tidak, candidate
    coop("1101000000000005", D(2020, 3, 1), None),  # owes no RAT yet, operating: aktif
]
# ... at 2021-12-31 (due 2020): 2 aktif, 2 kurang aktif, 0 tidak aktif, 1 belum beroperasi, 1 dibubarkan.
ALPHA_2021 = [
    coop("1101000000000001", D(2001, 1, 1), 2020),
    coop("1101000000000002", D(2005, 1, 1), 2019),  # now one missed: kurang aktif
    coop("1101000000000003", D(2010, 1, 1), 2020),  # revived: aktif
    coop("1101000000000004", D(2000, 1, 1), 2015, operating=False, dissolved_on=D(2021, 9, 1)),
    coop("1101000000000005", D(2020, 3, 1), None),  # owed its FY2020 RAT, held none: kurang aktif
    coop("1101000000000006", D(2021, 10, 1), None, operating=False),  # belum beroperasi
]
# Region 11.02 at 2021-06-30 (due 2019), five-year profile: 1 aktif, 1 tidak aktif (not a candidate).
BETA_2021 = [
    coop("1102000000000001", D(2015, 1, 1), 2019, programme="koperasi_merah_putih"),
    coop("1102000000000002", D(2010, 1, 1), 2016, operating=None),  # 3 missed: tidak, < 5
]


def write_rows(root: Path, region: str, on: dt.date, rows: list[dict], profile: str) -> None:
    frame = pd.DataFrame(rows)
    frame["last_rat_year"] = pd.array(frame["last_rat_year"], dtype="Int64")
    frame["operating"] = pd.array(frame["operating"], dtype="boolean")
    derived = derive(frame, on, TINY_PROFILES[profile])
    frame["status"] = derived["status"]
    frame["dissolution_candidate"] = derived["dissolution_candidate"]
    frame["rule_profile"] = profile
    writer.write_snapshot(root, region, on, frame)


def build_tiny_store(root: Path) -> Path:
    write_rows(root, "11.01", D(2020, 12, 31), ALPHA_2020, "permenkop_9_2018")
    write_rows(root, "11.01", D(2021, 12, 31), ALPHA_2021, "permenkop_9_2018")
    write_rows(root, "11.02", D(2021, 6, 30), BETA_2021, "lima_tahun")
    writer.write_csv(root, schema.REGIONS_FILE, TINY_REGIONS)
    profiles = pd.DataFrame([vars(p) for p in TINY_PROFILES.values()])
    writer.write_csv(root, schema.RULE_PROFILES_FILE, profiles)
    return root


@pytest.fixture
def tiny_root(tmp_path) -> Path:
    return build_tiny_store(tmp_path / "store")


def kopdash_command(root, *arguments):
    """`python -m kopdash <arguments>` on the store at `root`, run in this process (cli.main with its
    output captured): the process boundary is not what these tests test, and a file is still read in
    the isolated child process as the command reads it. Returns what subprocess.run would."""
    import contextlib
    import io
    import os
    import subprocess

    from kopdash import cli

    out, err = io.StringIO(), io.StringIO()
    before = os.environ.get("KOPDASH_DATA_DIR")
    os.environ["KOPDASH_DATA_DIR"] = str(root)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main([str(argument) for argument in arguments])
            except SystemExit as exit:  # argparse's refusal of a wrong command line
                code = exit.code if isinstance(exit.code, int) else 2
    finally:
        if before is None:
            os.environ.pop("KOPDASH_DATA_DIR", None)
        else:
            os.environ["KOPDASH_DATA_DIR"] = before
    command = ["kopdash", *map(str, arguments)]
    return subprocess.CompletedProcess(command, code, out.getvalue(), err.getvalue())


@pytest.fixture
def offered_tables(monkeypatch):
    """The display tables pages offer for download, as (table, sheet, lang), in drawing order.

    The buttons make their files only when clicked (AppTest has no click-to-download), so the tests take
    the table each button holds and make the files with the same functions the button calls."""
    from kopdash.ui import widgets

    offered: list[tuple] = []
    original = widgets.download_buttons

    def recording(table, stem, lang, sheet="Data"):
        offered.append((table, sheet, lang))
        return original(table, stem, lang, sheet)

    monkeypatch.setattr(widgets, "download_buttons", recording)
    return offered


def choose_part(app, part: str | None) -> None:
    """Open a part of a long page (`bagian`) as a click on its button does, then check the run."""
    if part:
        app.button_group(key="bagian").set_value(part).run()
        assert not app.exception, [e.value for e in app.exception]


_CELL_BORDER = re.compile(r"\s*(?<!\\)\|\s*")


def text_tables(app) -> list[pd.DataFrame]:
    """The static tables a page drew (widgets.text_table writes them as Markdown), read back with each
    cell as its Markdown source: escaped as drawn, a total row's label in **bold**."""
    found = []
    for element in app.markdown:
        lines = str(element.value).split("\n")
        if len(lines) < 2 or not lines[0].startswith("| ") or not set(lines[1]) <= set("|-: "):
            continue
        header, *rows = (_CELL_BORDER.split(line)[1:-1] for line in lines[:1] + lines[2:])
        found.append(pd.DataFrame(rows, columns=header))
    return found


_KPI_CARD = re.compile(r"-kpi\d+$")


def kpis(app) -> dict[str, str]:
    """The KPI cards a page drew (widgets.kpi_row: containers keyed kpi<n>), label -> value as shown."""
    cards: dict[str, str] = {}

    def visit(node) -> None:
        children = getattr(node, "children", None) or {}
        if _KPI_CARD.search(getattr(getattr(node, "proto", None), "id", "") or ""):
            label = next(child.value for child in children.values() if child.type == "markdown")
            value = next(child.value for child in children.values() if child.type == "header")
            cards[_unescaped(label)] = _unescaped(value)
        for child in children.values():
            visit(child)

    visit(app.main)
    return cards


def _unescaped(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)
