"""Rule profiles and which region uses which, as an admin edits them: checked in words, then saved to
rule_profiles.csv and regions.csv with a new store version. Statuses are derived at import, so a change
applies to the snapshots imported after it; stored snapshots keep the profile recorded with them."""

from __future__ import annotations

import pandas as pd

from kopdash.domain import schema
from kopdash.store import changes, reference
from kopdash.store.import_log import Origin
from kopdash.store.location import as_location, csv_bytes


def check(profiles: pd.DataFrame, regions: pd.DataFrame) -> list[str]:
    """What is wrong with the edited tables, in words (empty when they may be saved)."""
    return reference.check(profiles, regions)[2]


def save(root, profiles: pd.DataFrame, regions: pd.DataFrame, origin: Origin | None = None) -> None:
    """Write both tables, logged, and renew the store's version, so every replica reloads them."""
    problems = check(profiles, regions)
    if problems:  # the page checks first; this is the guard for every other caller
        raise ValueError("; ".join(problems))
    location = as_location(root)
    profiles = profiles.assign(rule_profile=profiles["rule_profile"].str.strip())
    for column in ("less_active_after", "inactive_after", "dissolution_after"):
        profiles[column] = profiles[column].astype(int)
    files = {
        schema.RULE_PROFILES_FILE: csv_bytes(profiles[list(schema.RULE_PROFILE_COLUMNS)]),
        schema.REGIONS_FILE: csv_bytes(regions[list(schema.REGION_COLUMNS)]),
    }
    changes.apply(location, _reference_change("rules", origin, files, regions=len(regions)))


def _checked_targets(targets: pd.DataFrame, regions: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    codes = set(regions["region_code"].astype("string").str.strip().dropna())
    return reference.check_targets(targets, codes)


def check_targets(targets: pd.DataFrame, regions: pd.DataFrame) -> list[str]:
    """What is wrong with the edited targets, in words."""
    return _checked_targets(targets, regions)[1]


def save_targets(root, targets: pd.DataFrame, regions: pd.DataFrame, origin: Origin | None = None) -> None:
    """Write targets.csv (the rows as checked), logged, and renew the store's version."""
    kept, problems = _checked_targets(targets, regions)
    if problems:
        raise ValueError("; ".join(problems))
    files = {schema.TARGETS_FILE: csv_bytes(kept[list(schema.TARGET_COLUMNS)])}
    changes.apply(root, _reference_change("targets", origin, files, targets=len(kept)))


def _reference_change(action: str, origin: Origin | None, files: dict[str, bytes], **facts) -> changes.Change:
    """A write of reference files, under the reference and regions locks."""
    return changes.Change(
        action,
        origin or Origin.command(action),
        lambda location: changes.Built(files),
        facts=facts,
        reference=True,
        regions=True,
    )
