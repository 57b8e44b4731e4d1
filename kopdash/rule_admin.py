"""Rule profiles and which region uses which, as an admin edits them: checked in words, then saved to
rule_profiles.csv and regions.csv with a new store version. Statuses are derived at import, so a change
applies to the snapshots imported after it; stored snapshots keep the profile recorded with them."""

from __future__ import annotations

import re

import pandas as pd

from kopdash import rollup, schema, writer
from kopdash.location import as_location

LIMITS = (1, 20)  # missed RATs: a threshold outside this range is a typing error


def check(profiles: pd.DataFrame, regions: pd.DataFrame) -> list[str]:
    """What is wrong with the edited tables, in words (empty when they may be saved)."""
    problems = []
    names = [str(n).strip() if pd.notna(n) else "" for n in profiles["rule_profile"]]
    for number, (name, row) in enumerate(zip(names, profiles.itertuples(), strict=True), start=1):
        where = f"profil {name or '#' + str(number)}"
        if not re.fullmatch(r"[a-z0-9_]+", name):
            problems.append(
                f"{where}: nama hanya huruf kecil, angka dan garis bawah, misalnya permenkop_9_2018"
            )
        values = [row.less_active_after, row.inactive_after, row.dissolution_after]
        if any(pd.isna(v) or not float(v).is_integer() or not LIMITS[0] <= v <= LIMITS[1] for v in values):
            problems.append(
                f"{where}: jumlah RAT terlewat harus bilangan bulat {LIMITS[0]} sampai {LIMITS[1]}"
            )
        elif not values[0] < values[1] <= values[2]:
            problems.append(f"{where}: harus kurang aktif < tidak aktif <= calon pembubaran")
        if pd.isna(row.basis) or not str(row.basis).strip():
            problems.append(f"{where}: dasar aturan (peraturan atau keputusan) wajib diisi")
    twice = sorted({n for n in names if n and names.count(n) > 1})
    problems += [f"profil {n} tercantum lebih dari sekali" for n in twice]
    known = set(names)
    for row in regions.itertuples():
        if pd.notna(row.rule_profile) and row.rule_profile not in known:
            problems.append(
                f"{row.name} ({row.region_code}) memakai profil {row.rule_profile} yang tidak ada"
            )
    return problems


def save(root, profiles: pd.DataFrame, regions: pd.DataFrame) -> None:
    """Write both tables and renew the store's version, so every replica reloads them."""
    location = as_location(root)
    profiles = profiles.assign(rule_profile=profiles["rule_profile"].str.strip())
    for column in ("less_active_after", "inactive_after", "dissolution_after"):
        profiles[column] = profiles[column].astype(int)
    writer.write_csv(location, schema.RULE_PROFILES_FILE, profiles[list(schema.RULE_PROFILE_COLUMNS)])
    writer.write_csv(location, schema.REGIONS_FILE, regions[list(schema.REGION_COLUMNS)])
    writer.write_text(location, rollup.VERSION_FILE, rollup.new_version())
