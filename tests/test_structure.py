"""The architecture holds by test: each subpackage imports only what its docstring allows, every module
says what it is for, the README's layout names every module, and a page reaches SQL in three hops."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "kopdash"
# What each subpackage may import from kopdash (besides itself). Every one but the domain may read the
# environment through kopdash/config.py, the one module that does.
ALLOWED = {
    package: allowed | ({"config"} if package != "domain" else set())
    for package, allowed in {
        "domain": set(),  # pure: not even the environment (the roles file is read at the edge)
        "store": {"domain"},
        "queries": {"domain", "store"},
        "ingest": {"domain", "store"},
        "present": {"domain", "store"},  # plain data in: no queries, no ingest types
        "reports": {"domain", "store", "queries", "ingest", "present"},
        "ui": {"domain", "store", "queries", "ingest", "present", "reports"},
        "demo": {"domain", "store", "ingest"},
        "cli": {"domain", "store", "ingest", "present", "reports", "demo"},  # the commands: an edge
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
        if path.parent.name == "ui":
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


def _is_query_params(node) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "query_params"


def url_parameters_named(source: str) -> set[str]:
    """The URL parameters a script names: the key of each urlstate call, and every key it reads or sets
    in st.query_params (each string of the key's expression)."""
    named = set()
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "urlstate"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            named.add(node.args[0].value)
        key = None
        if isinstance(node, ast.Subscript) and _is_query_params(node.value):
            key = node.slice
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and _is_query_params(node.func.value)
            and node.args
        ):
            key = node.args[0]
        if key is not None:
            named |= {
                c.value for c in ast.walk(key) if isinstance(c, ast.Constant) and isinstance(c.value, str)
            }
    return named


def test_each_page_reads_only_the_url_parameters_its_registry_entry_declares():
    """The URL parameters a page script names (urlstate's readers and writers, st.query_params) are the
    ones its entry in the page registry declares, the frame's, or `bagian` (the part shown)."""
    from kopdash.domain.pages import FRAME_PARAMETERS, PAGES

    assert url_parameters_named('st.query_params["a" if x else "b"]; urlstate.publish("c", y)') == {
        "a",
        "b",
        "c",
    }
    for page in PAGES:
        named = url_parameters_named((ROOT / page.script).read_text(encoding="utf-8"))
        allowed = set(page.parameters) | set(FRAME_PARAMETERS) | {"bagian"}
        assert named <= allowed, f"{page.script} reads {sorted(named - allowed)}, not in its registry entry"


def test_the_hand_kept_lists_follow_the_page_registry():
    """The catalogue's families are the registry's; every page's title is in it; every query a page
    family module defines is exported by kopdash.queries (and the bench times every export)."""
    import inspect

    from kopdash import queries
    from kopdash.domain.pages import PAGES
    from kopdash.present.i18n import CATALOGUE, FAMILIES

    assert set(FAMILIES) == {"common", "command"} | {page.name for page in PAGES}
    assert all(page.title_key in CATALOGUE for page in PAGES)
    for module in sorted((PACKAGE / "queries").glob("*.py")):
        if module.stem in ("__init__", "fragments"):
            continue
        assert module.stem in {page.name for page in PAGES} | {"search"}, f"{module.name}: no page family"
        loaded = __import__(f"kopdash.queries.{module.stem}", fromlist=["_"])
        defined = {
            name
            for name, value in vars(loaded).items()
            if inspect.isfunction(value) and value.__module__ == loaded.__name__ and not name.startswith("_")
        }
        assert defined <= set(queries.__all__), (
            f"{module.name} defines {sorted(defined - set(queries.__all__))}"
        )


def called_names(path: Path) -> set[str]:
    """The names a file calls, as `name(…)` or `anything.name(…)`."""
    return {
        node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
    }


def test_only_the_store_applies_a_change():
    """Writers describe a change; kopdash/store/changes.py alone takes the locks, stamps the log entry and
    commits the files (writer.py and import_log.py only define those steps)."""
    steps = {"locked_store", "locked_region", "new_entry", "with_log", "commit_files"}
    allowed = {PACKAGE / "store" / name for name in ("changes.py", "writer.py", "import_log.py")}
    for path in MODULES:
        found = called_names(path) & steps if path not in allowed else set()
        assert not found, f"{path.relative_to(ROOT)} calls {found} itself"


def test_one_import_flow_serves_the_commands_and_the_pages():
    """The commands and the import pages reach a file only through kopdash/ingest/flow.py: nobody else
    starts the isolated reader or hands a plan to its writer, so the page and the command are one import."""
    steps = {"Reading", "commit_import", "commit_events", "merge_published", "preview_scope"}
    users = {"flow.py", "isolated.py", "registry.py", "events.py", "published.py"}  # the flow and its parts
    front_doors = [*MODULES, *sorted((ROOT / "pages").glob("*.py"))]
    for path in front_doors:
        if path.parent == PACKAGE / "ingest" and path.name in users:
            continue
        found = called_names(path) & steps
        assert not found, f"{path.relative_to(ROOT)} calls {found} itself instead of ingest/flow.py"
    for door in ("cli/ingest.py", "cli/events.py", "cli/published.py", "ui/uploads.py"):
        assert {"read", "apply"} & called_names(PACKAGE / door), f"{door} does not use the import flow"


def test_the_commands_are_small_functions():
    """The command line is a package of small commands: no function of kopdash/cli over 60 lines."""
    for path in sorted((PACKAGE / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                length = node.end_lineno - node.lineno + 1
                assert length <= 60, f"{path.relative_to(ROOT)}: {node.name} is {length} lines"
