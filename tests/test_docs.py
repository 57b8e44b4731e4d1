"""The README, the docs and the config stay honest: documented columns, paths, commands and settings
exist. Each check reads the document the text lives in."""

import re
import tomllib

from kopdash.domain import schema

from conftest import ROOT

README = (ROOT / "README.md").read_text()
STORE = (ROOT / "docs" / "store.md").read_text()  # the public contract: format and status rule
GUIDE = (ROOT / "docs" / "guide.md").read_text()  # importing, with its limits and exit codes


def test_every_store_column_is_documented_with_its_type():
    for column, arrow_type in {**schema.REQUIRED_COLUMNS, **schema.OPTIONAL_COLUMNS}.items():
        duckdb_type = schema.DUCKDB_TYPES[arrow_type]
        assert re.search(rf"`{column}`\W[^\n]*{duckdb_type}", STORE), column


def test_every_store_path_is_documented():
    for path in (
        schema.REGIONS_FILE,
        schema.RULE_PROFILES_FILE,
        schema.PUBLISHED_FILE,
        schema.STORE_INFO_FILE,
    ):
        assert path in STORE, path
    assert "registry/<region_code>/<YYYY-MM-DD>.parquet" in STORE and "imports/log/<id>.json" in STORE
    assert schema.snapshot_path("36.04", __import__("datetime").date(2021, 7, 18)) == (
        "registry/36.04/2021-07-18.parquet"
    )


def test_the_two_commands_exist_and_ci_calls_the_test_command():
    makefile = (ROOT / "Makefile").read_text()
    assert "make run" in README and "make test" in README
    assert re.search(r"^run:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    ci = (ROOT / ".ci" / "run").read_text()
    assert "CI=true make test" in ci and "chromium" in ci


def test_every_page_in_the_app_is_in_the_readme():
    from kopdash.domain.pages import PAGES

    listed = [page for page in PAGES if page.in_navigation]
    assert len(listed) >= 10, "the registry lists the pages"
    for page in listed:
        assert f"`/{page.address}`" in README, page.name


def test_telemetry_is_off():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["browser"]["gatherUsageStats"] is False


def test_requirements_are_pinned():
    for name in ("requirements.txt", "requirements-dev.txt"):
        lines = [x for x in (ROOT / name).read_text().splitlines() if x and not x.startswith("#")]
        assert lines and all("==" in line for line in lines), name
        for line in lines:
            assert line.split("==")[0] in README, line


def test_the_import_limits_and_exit_codes_are_the_documented_ones():
    from kopdash import cli
    from kopdash.ingest import isolated, office_files

    assert f"**{office_files.MAX_ROWS:,} rows**" in GUIDE
    assert f"**{office_files.MAX_CELLS:,} cells**" in GUIDE
    assert f"**{office_files.MAX_UNCOMPRESSED_BYTES // 1024 // 1024} MB**" in GUIDE
    assert f"({isolated.MEMORY_LIMIT_BYTES // 1024**2} MB)" in GUIDE
    assert f"stopped after {isolated.TIME_LIMIT_SECONDS // 60} minutes" in GUIDE
    for code in (cli.EXIT_REFUSED, cli.EXIT_NOTHING_ACCEPTED, cli.EXIT_NOT_WRITTEN):
        assert re.search(rf"^\| {code} \| ", GUIDE, re.M), code
    assert (
        schema.refused_quarantine_path(
            "<region_code>", type("D", (), {"isoformat": lambda s: "<YYYY-MM-DD>"})()
        )
        in GUIDE
    )


def test_the_readme_is_short_and_links_every_document():
    assert len(README.encode("utf-8")) <= 10 * 1024
    for document in ("guide", "store", "operations", "security", "performance", "architecture"):
        assert f"(docs/{document}.md)" in README and (ROOT / "docs" / f"{document}.md").exists(), document


def test_links_between_the_documents_lead_somewhere():
    for document in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]:
        for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", document.read_text(encoding="utf-8")):
            assert (document.parent / target).exists(), f"{document.name} links to {target}"
