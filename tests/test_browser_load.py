"""Many people at once while an import runs: a short run of benchmarks/load.py (the full run, 20 sessions
for 2 minutes, is `python benchmarks/load.py`; its figures are in docs/security.md)."""

import sys

import pytest

from browser import require_chromium
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import load  # noqa: E402

pytestmark = pytest.mark.browser


@pytest.mark.xdist_group("load")
def test_concurrent_sessions_during_imports_see_no_error_and_no_half_written_snapshot():
    require_chromium()
    result = load.run(sessions=2, seconds=8, replicas=1)
    assert result["errors"] == [], result["errors"]
    assert result["pages"] >= result["sessions"], result  # each session finished pages (fewer on a busy CI)
    assert result["imports_finished"] >= 1, "an import ran while people read"
    assert result["reads_of_imported_snapshot"] >= 1, "someone read the snapshot being imported"
    assert 0 < result["p50_s"] <= result["p95_s"] <= result["max_s"]
