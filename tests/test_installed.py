"""Installed, it works: the wheel holds every file the package reads (styles, the date field's script, the
map's boundaries), and outside the checkout the command runs and the map page draws its areas."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import sysconfig
import textwrap
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, page_script

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("installed")]  # one wheel, one venv

# Rendered in the installed package's interpreter, from a folder without the checkout on its path.
MAP_PAGE = textwrap.dedent(
    """
    import json, sys
    import kopdash
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(sys.argv[1], default_timeout=60)
    app.query_params["region"] = "36.73"
    app.run()
    app.switch_page(sys.argv[2])
    app.run()
    traces = [trace for chart in app.get("plotly_chart") for trace in json.loads(chart.proto.spec)["data"]]
    dots = [len(trace.get("x", [])) for trace in traces if "markers" in trace.get("mode", "")]
    print(json.dumps({
        "package": kopdash.__file__,
        "exceptions": [e.value for e in app.exception],
        "areas": max(dots or [0]),
        "outlines": sum(1 for trace in traces if trace.get("fill") == "toself"),
    }))
    """
)


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The wheel built from the checkout, installed into a fresh venv whose other packages are the
    project's own (.venv's site-packages on its path, without the editable install of kopdash)."""
    work = tmp_path_factory.mktemp("installed")
    # Built from a copy of what the wheel is made of: setuptools writes build/ beside the sources.
    source = work / "source"
    shutil.copytree(ROOT / "kopdash", source / "kopdash", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "requirements.txt", "README.md"):
        shutil.copy(ROOT / name, source / name)
    # uv, as `make` sets up with: it keeps the build's setuptools, where pip fetched it again each time
    uv = str(Path(sys.executable).parent / "uv")
    built = subprocess.run(
        [uv, "build", "--wheel", "--quiet", "--out-dir", str(work / "wheel"), str(source)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = (work / "wheel").glob("kopdash-*.whl")
    # Without pip (ensurepip alone took seconds): uv installs the wheel into it.
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(work / "venv")], check=True, timeout=120
    )
    python = work / "venv" / "bin" / "python"
    done = subprocess.run(
        [uv, "pip", "install", "--quiet", "--python", str(python), "--no-deps", "--offline", str(wheel)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # A plain path line: the directory is searched after the venv's own, and its .pth files (the
    # editable install) are not run.
    (work / "venv" / site.split("/venv/", 1)[1] / "project_packages.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n"
    )
    return work, wheel, python


def test_the_wheel_holds_every_asset_the_package_reads(installed):
    _, wheel, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    for asset in (ROOT / "kopdash" / "assets").rglob("*"):
        if asset.is_file():
            assert f"kopdash/{asset.relative_to(ROOT / 'kopdash')}" in names, asset.name


def test_the_installed_command_and_the_map_work_outside_the_checkout(installed, tmp_path):
    work, _, python = installed
    elsewhere = tmp_path / "site"
    elsewhere.mkdir()
    helped = subprocess.run(
        [str(python.parent / "kopdash"), "--help"], cwd=elsewhere, capture_output=True, text=True, timeout=60
    )
    assert helped.returncode == 0 and "ingest" in helped.stdout and "undo" in helped.stdout, helped.stderr
    # The app's frame and pages are the project's scripts, run from a copy outside the checkout.
    shutil.copy(ROOT / "app.py", elsewhere / "app.py")
    shutil.copytree(ROOT / "pages", elsewhere / "pages")
    shutil.copytree(ROOT / ".streamlit", elsewhere / ".streamlit")
    (elsewhere / "map_page.py").write_text(MAP_PAGE)
    env = {
        "KOPDASH_DATA_DIR": str(ROOT / "data"),
        "KOPDASH_ROLES": str(ROOT / "roles.toml"),
        "PATH": "/usr/bin",
    }
    shown = subprocess.run(
        [str(python), "map_page.py", str(elsewhere / "app.py"), page_script("map")],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert shown.returncode == 0, shown.stderr[-3000:]
    result = json.loads(shown.stdout.strip().splitlines()[-1])
    assert result["package"].startswith(str(work / "venv")), "the installed package, not the checkout's"
    assert result["exceptions"] == []
    assert result["areas"] == 6, "Kota Serang's six kecamatan, from the installed boundaries"
    assert result["outlines"] >= 1
