"""The rules page's reading and saving of the store's reference files (rule profiles, regions, targets),
so the page itself never touches the store: the files as they are, and saves logged with who saved."""

from __future__ import annotations

import pandas as pd

from kopdash.present import fmt
from kopdash.store import reference, rule_admin
from kopdash.ui import cache
from kopdash.ui.sign_in import writer_origin

THRESHOLDS = reference.THRESHOLDS
REQUIRES_NOT_OPERATING = reference.REQUIRES_NOT_OPERATING


def raw_rules() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Rule profiles and regions as the files hold them, broken rows included, so an admin can mend
    what the store had to leave out; a threshold that is not a number becomes an empty cell to fill."""
    (profiles, regions), _ = reference.read_raw(cache.store().location)
    for column in THRESHOLDS:
        profiles[column] = pd.to_numeric(profiles[column], errors="coerce")
    flags = [reference.flag(cell) for cell in profiles[REQUIRES_NOT_OPERATING]]
    profiles[REQUIRES_NOT_OPERATING] = pd.array(flags, dtype="boolean")  # a word not yes/no: empty, to set
    return profiles, regions


def raw_targets(lang: str) -> pd.DataFrame:
    """targets.csv to edit, each target as a person writes it in `lang` (75, 77,5): the file keeps the
    analysts' 75.0, and a comma or a point is read back either way when saved."""
    targets = reference.read_targets(cache.store().location)[0].copy()
    written = [_as_written(cell, lang) for cell in targets["target_pct_aktif"]]
    targets["target_pct_aktif"] = pd.array(written, dtype="string")  # text, even with no row
    return targets


def _as_written(cell, lang: str):
    value = reference.target_share(cell)
    if value != value:  # NaN: empty, or not a number: shown as the file holds it, for the admin to mend
        return cell
    return fmt.number(value, lang, digits=0 if value == int(value) else 1)


def check_rules(profiles: pd.DataFrame, regions: pd.DataFrame) -> list[str]:
    return rule_admin.check(profiles, regions)


def save_rules(profiles: pd.DataFrame, regions: pd.DataFrame) -> None:
    rule_admin.save(cache.store().location, profiles, regions, writer_origin("aturan"))


def check_targets(targets: pd.DataFrame, regions: pd.DataFrame) -> list[str]:
    return rule_admin.check_targets(targets, regions)


def save_targets(targets: pd.DataFrame, regions: pd.DataFrame) -> None:
    rule_admin.save_targets(cache.store().location, targets, regions, writer_origin("aturan"))
