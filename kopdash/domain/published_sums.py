"""Published figures that contradict each other: for one region, date and programme, the status counts an
office published that should add up to its registered count, and do not (273 aktif + 988 tidak aktif
against 1.264 terdaftar). Such figures are kept as published; this says where they disagree."""

from __future__ import annotations

import pandas as pd

# Published status counts that together make the registered count, when an office gives aktif and the rest.
PARTS = ("aktif", "kurang_aktif", "tidak_aktif", "not_aktif")
# With aktif, one of these says the office published the whole split, not aktif alone (Sragen's 228 of 1.200).
THE_REST = ("tidak_aktif", "not_aktif")
KEY = ["region_code", "as_of", "programme"]


def contradictions(figures: pd.DataFrame) -> pd.DataFrame:
    """One row per region, date and programme whose published parts do not add up to its registered count:
    the key, `registered`, `parts_sum` and `parts` ({metric: value}). Approximate figures ("1.200-an")
    are never called contradictory."""
    columns = [*KEY, "registered", "parts_sum", "parts"]
    if figures.empty:
        return pd.DataFrame(columns=columns)
    programmes = [p if isinstance(p, str) else "" for p in figures["programme"]]
    keyed = figures.assign(programme=programmes)
    found = []
    for key, rows in keyed.groupby(KEY, sort=True, dropna=False):
        values = dict(zip(rows["metric"], rows["value"], strict=False))
        if "registered" not in values or "aktif" not in values or not any(m in values for m in THE_REST):
            continue
        if rows["approximate"].astype(bool).any():
            continue
        parts = {metric: int(values[metric]) for metric in PARTS if metric in values}
        if sum(parts.values()) != int(values["registered"]):
            found.append([*key, int(values["registered"]), sum(parts.values()), parts])
    result = pd.DataFrame(found, columns=columns)
    result["programme"] = result["programme"].replace("", None)
    return result
