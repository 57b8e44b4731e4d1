"""Style is checked, not argued: ruff's lint rules and formatter (settings in pyproject.toml)."""

import subprocess
import sys

from conftest import ROOT

TARGETS = ["kopdash", "pages", "app.py", "serve.py", "tests", "docs", "benchmarks"]


def test_ruff_lint_passes():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", *TARGETS], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_applied():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", *TARGETS],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_library_type_checks():
    """mypy over the packages below the pages (settings in pyproject.toml); `make typecheck` runs the same."""
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
