"""The architecture holds by test: each subpackage imports only what its docstring allows, every module
says what it is for, the README's layout names every module, and a page reaches SQL in three hops."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "kopdash"
# What each subpackage may import from kopdash (besides itself). Every one may read the environment
# through kopdash/config.py, the one module that does.
ALLOWED = {
    package: allowed | {"config"}
    for package, allowed in {
        "domain": set(),
        "store": {"domain"},
        "queries": {"domain", "store"},
        "ingest": {"domain", "store"},
        "present": {"domain", "store", "ingest"},  # no queries: what runs them is a report or a page
        "reports": {"domain", "store", "queries", "ingest", "present"},
        "ui": {"domain", "store", "queries", "ingest", "present", "reports"},
        "demo": {"domain", "store", "ingest"},
    }.items()
}
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if p.name != "__main__.py")


def kopdash_imports(path: Path) -> set[str]:
    """The kopdash subpackages (or top-level modules) a file imports, at any depth of its code."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kopdash"):
            parts = node.module.split(".")
            if len(parts) > 1:
                found.add(parts[1])
            else:  # from kopdash import queries, …
                found.update(alias.name for alias in node.names)
    return found


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_each_subpackage_imports_only_what_it_may(package):
    for path in (PACKAGE / package).glob("*.py"):
        used = kopdash_imports(path) - {package}
        assert used <= ALLOWED[package], f"{path.relative_to(ROOT)} imports {sorted(used - ALLOWED[package])}"


def test_the_environment_is_read_in_one_module():
    reading = [
        path.relative_to(ROOT)
        for path in MODULES
        if re.search(
            r"os\.environ\.get\(\s*\"(KOPDASH_DATA_DIR|KOPDASH_ROLES|KOPDASH_S3|AWS_)", path.read_text()
        )
    ]
    assert reading == [Path("kopdash/config.py")], reading
    assert kopdash_imports(PACKAGE / "config.py") == set()


def test_only_the_ui_and_the_pages_import_streamlit():
    for path in MODULES:
        if path.parent.name == "ui" or path.name == "bench.py":  # the bench times pages with AppTest
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        names |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        assert not any(name.startswith("streamlit") for name in names), path.relative_to(ROOT)


def test_every_module_says_what_it_is_for():
    for path in MODULES:
        docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
        assert docstring and len(docstring) > 20, f"{path.relative_to(ROOT)} has no docstring"


def test_the_readmes_layout_names_every_module_and_package():
    architecture = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    layout = architecture[architecture.index("## Layout") : architecture.index("## Contributing")]
    for path in MODULES:
        name = path.stem if path.name != "__init__.py" else path.parent.name + "/"
        if path.parent == PACKAGE and path.name == "__init__.py":
            continue
        pattern = rf"\b{re.escape(name)}" + ("" if name.endswith("/") else r"\b")
        assert re.search(pattern, layout), f"{path.relative_to(ROOT)} is not in docs/architecture.md's layout"


def test_a_page_reaches_sql_in_three_hops():
    """A page calls a named query (kopdash.queries) through the cache; the query holds its SQL. No page
    writes SQL, opens DuckDB or imports the store: the store is reached through kopdash.ui."""
    import ast

    pages = sorted((ROOT / "pages").glob("*.py"))
    assert len(pages) >= 10
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "SELECT " not in text and ".query(" not in text, f"{page.name} runs SQL itself"
        imported = set()
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Import):
                imported |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                imported |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
        reaching = {name for name in imported if name.startswith(("kopdash.store", "duckdb"))}
        assert not reaching, f"{page.name} imports {sorted(reaching)}"


# Modules of queries/ and present/ that belong to no one page: shared by several.
SHARED = {
    "queries": {"__init__", "fragments", "search"},
    "present": {"__init__", "cards", "charts", "downloads", "explain", "fmt", "freshness", "i18n", "tables"},
    "present/words": {"__init__", "common", "command"},
}


def test_one_name_per_page_family_in_every_layer():
    """A page's four files share its family name (pages/region.py, queries/region.py, present/region.py,
    present/words/region.py); every other module of those folders is a shared one, named above."""
    from kopdash.domain.pages import PAGES

    families = {page.name for page in PAGES}
    for page in PAGES:
        script, _, _, words = page.modules
        assert (ROOT / script).exists() and (ROOT / words).exists(), page.name
    assert {p.stem for p in (ROOT / "pages").glob("*.py")} == families
    for folder, shared in SHARED.items():
        stems = {p.stem for p in (PACKAGE / folder).glob("*.py")}
        assert stems - shared <= families, (
            f"kopdash/{folder}: {sorted(stems - shared - families)} is no family"
        )
