"""The store's small reference tables (regions.csv, rule_profiles.csv), read and checked in one place.

Offices edit these by hand. A table is never trusted blindly: every cell is read as text, checked, and
each problem is named in words; a bad row is left out (never guessed at), a repeated region or profile
counts once (the first row), and a region whose profile is missing or unusable is said to be so. The
store, the import commands and the rules page all read them through `load`, and every write goes
through `check` first.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from kopdash.domain import schema
from kopdash.domain.rules import DEFAULT_PROFILE, REQUIRES_NOT_OPERATING, RuleProfile, profiles_from_frame
from kopdash.store.location import csv_bytes

THRESHOLDS = ("less_active_after", "inactive_after", "dissolution_after")
LIMITS = (1, 20)  # missed RATs: a threshold outside this range is a typing error
PROFILE_NAME = re.compile(r"[a-z0-9_]+")


@dataclass
class Reference:
    """Both tables as checked: usable rows only, and what was wrong, in words."""

    regions: pd.DataFrame  # schema.REGION_COLUMNS, one row per region_code
    profiles: pd.DataFrame  # schema.RULE_PROFILE_COLUMNS, usable profiles only, thresholds as integers
    problems: list[str] = field(default_factory=list)
    targets: pd.DataFrame = field(default_factory=lambda: empty_targets())  # schema.TARGET_COLUMNS

    def profile_of(self, region_code: str) -> RuleProfile | None:
        """The rule profile a region uses (the default when it names none); None when the profile it
        names is missing or unusable (see `problems`)."""
        match = self.regions[self.regions["region_code"] == region_code]
        named = match["rule_profile"].iloc[0] if len(match) else None
        if named is None or pd.isna(named) or not str(named).strip():
            return DEFAULT_PROFILE
        return profiles_from_frame(self.profiles).get(str(named).strip())


def _integer(value) -> int | None:
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        return None
    return int(number) if number.is_integer() else None


def target_share(value) -> float:
    """A target as a person or a file writes it (75, 75.0, 77,5, 77,5%), as a number; NaN when it is none."""
    try:
        return float(str(value).strip().replace(",", ".").rstrip("%"))
    except ValueError:
        return float("nan")


def check_profiles(profiles: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """The usable profiles (thresholds as integers, first of repeated names) and the problems."""
    problems, keep, seen = [], [], set()
    for number, row in enumerate(profiles.to_dict("records"), start=1):
        name = "" if pd.isna(row.get("rule_profile")) else str(row.get("rule_profile")).strip()
        where = f"profil {name or '#' + str(number)}"
        wrong = []
        if not PROFILE_NAME.fullmatch(name):
            wrong.append(f"{where}: nama hanya huruf kecil, angka dan garis bawah, misalnya permenkop_9_2018")
        read = [_integer(row.get(column)) for column in THRESHOLDS]
        values = [v for v in read if v is not None and LIMITS[0] <= v <= LIMITS[1]]
        if len(values) < len(THRESHOLDS):
            wrong.append(f"{where}: jumlah RAT terlewat harus bilangan bulat {LIMITS[0]} sampai {LIMITS[1]}")
        elif not values[0] <= values[1] <= values[2]:
            wrong.append(
                f"{where}: harus kurang aktif ≤ tidak aktif ≤ calon pembubaran (jumlah RAT terlewat; "
                f"tertulis {values[0]}, {values[1]}, {values[2]})"
            )
        basis = row.get("basis")
        if basis is None or pd.isna(basis) or not str(basis).strip():
            wrong.append(f"{where}: dasar aturan (peraturan atau keputusan) wajib diisi")
        needs_stop = flag(row.get(REQUIRES_NOT_OPERATING))
        if needs_stop is None:
            wrong.append(
                f"{where}: {REQUIRES_NOT_OPERATING} harus true/false (ya/tidak), tertulis "
                f"{row.get(REQUIRES_NOT_OPERATING)!r}"
            )
        if name and name in seen:
            wrong.append(f"profil {name} tercantum lebih dari sekali (yang pertama dipakai)")
        seen.add(name)
        problems += wrong
        if not wrong:
            keep.append(
                {
                    "rule_profile": name,
                    **dict(zip(THRESHOLDS, values, strict=True)),
                    "basis": basis,
                    REQUIRES_NOT_OPERATING: needs_stop,
                }
            )
    columns = list(schema.RULE_PROFILE_COLUMNS)
    types = {c: "int64" for c in THRESHOLDS} | {REQUIRES_NOT_OPERATING: "bool"}
    return pd.DataFrame(keep, columns=columns).astype(types), problems


_FLAG_WORDS = {"true": True, "ya": True, "yes": True, "1": True, "false": False, "tidak": False, "no": False,
               "0": False, "": False}  # fmt: skip


def flag(value) -> bool | None:
    """A yes/no cell of a reference file (blank: no), or None when it is neither."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return False
    if isinstance(value, bool):
        return value
    return _FLAG_WORDS.get(str(value).strip().lower())


def check_regions(regions: pd.DataFrame, profile_names: set[str]) -> tuple[pd.DataFrame, list[str]]:
    """One row per region code (the first), and the problems: repeats, blanks, unknown profiles."""
    problems = []
    codes = regions["region_code"].astype("string").str.strip()
    blank = codes.isna() | (codes == "")
    if blank.any():
        problems.append(f"regions.csv: {int(blank.sum())} baris tanpa kode wilayah diabaikan")
    twice = codes[~blank & codes.duplicated(keep=False)]
    for code in dict.fromkeys(twice):
        times = int((twice == code).sum())
        problems.append(f"wilayah {code} tercantum {times} kali di regions.csv (yang pertama dipakai)")
    kept = regions.assign(region_code=codes)[~blank & ~codes.duplicated(keep="first")]
    for row in kept.itertuples(index=False):
        named = row.rule_profile
        if pd.notna(named) and str(named).strip() and str(named).strip() not in profile_names:
            problems.append(f"{row.name} ({row.region_code}) memakai profil {named} yang tidak ada")
    return kept.reset_index(drop=True), problems


def check(profiles: pd.DataFrame, regions: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """Both tables checked together (a region may only name a usable profile)."""
    usable, problems = check_profiles(profiles)
    kept, more = check_regions(regions, set(usable["rule_profile"]))
    return usable, kept, problems + more


def read_csv_text(raw: bytes, columns: Iterable[str]) -> pd.DataFrame:
    """A reference CSV with every cell as text (or NA), in the documented columns."""
    frame = pd.read_csv(io.BytesIO(raw), dtype="string", keep_default_na=True, skipinitialspace=True)
    return frame.reindex(columns=list(columns))


def empty_targets() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "region_code": pd.Series(dtype="string"),
            "year": pd.Series(dtype="int64"),
            "target_pct_aktif": pd.Series(dtype="float64"),
            "source": pd.Series(dtype="string"),
        }
    )


def check_targets(targets: pd.DataFrame, region_codes: set[str]) -> tuple[pd.DataFrame, list[str]]:
    """The usable targets (year 2000–2100, 0–100 %, a known region; the first of a repeated region and
    year) and the problems, in words."""
    problems, keep, seen = [], [], set()
    for number, row in enumerate(targets.to_dict("records"), start=2):  # row 1 is the header
        code = "" if pd.isna(row.get("region_code")) else str(row.get("region_code")).strip()
        year = _integer(row.get("year"))
        share = target_share(row.get("target_pct_aktif"))
        where = f"targets.csv baris {number}"
        if code not in region_codes:
            problems.append(f"{where}: wilayah {code or '(kosong)'} tidak ada di regions.csv")
        elif year is None or not 2000 <= year <= 2100:
            problems.append(f"{where}: tahun {row.get('year')} bukan tahun 2000–2100")
        elif not 0 <= share <= 100:
            problems.append(f"{where}: target {row.get('target_pct_aktif')} bukan persen 0–100")
        elif (code, year) in seen:
            problems.append(f"{where}: target {code} tahun {year} sudah ada (yang pertama dipakai)")
        else:
            seen.add((code, year))
            source = row.get("source")
            keep.append((code, year, share, None if pd.isna(source) else str(source).strip()))
    kept = pd.DataFrame(keep, columns=list(schema.TARGET_COLUMNS))
    return (kept if keep else empty_targets()).astype(
        {"year": "int64", "target_pct_aktif": "float64"}
    ), problems


def read_targets(location) -> tuple[pd.DataFrame, list[str]]:
    """targets.csv as the file holds it (every cell text), or an empty table when there is none."""
    if not location.exists(schema.TARGETS_FILE):
        return pd.DataFrame({c: pd.Series(dtype="string") for c in schema.TARGET_COLUMNS}), []
    try:
        return read_csv_text(location.read_bytes(schema.TARGETS_FILE), schema.TARGET_COLUMNS), []
    except (ValueError, UnicodeDecodeError, pd.errors.ParserError) as error:
        empty = pd.DataFrame({c: pd.Series(dtype="string") for c in schema.TARGET_COLUMNS})
        return empty, [f"{schema.TARGETS_FILE} tidak terbaca ({error}); isinya diabaikan"]


def load(location) -> Reference:
    """Read and check the reference tables of the store at `location` (a Location)."""
    (profiles, regions), problems = read_raw(location)
    usable, kept, found = check(profiles, regions)
    raw_targets, unread = read_targets(location)
    targets, wrong = check_targets(raw_targets, set(kept["region_code"]))
    return Reference(kept, usable, problems + found + unread + wrong, targets)


def read_raw(location) -> tuple[tuple[pd.DataFrame, pd.DataFrame], list[str]]:
    """Both tables as the files hold them, every cell text (profiles, regions), and files that could
    not be read at all. The rules page edits these, so a broken row can be mended, not only left out."""
    tables = {}
    problems = []
    for relative, columns in (
        (schema.REGIONS_FILE, schema.REGION_COLUMNS),
        (schema.RULE_PROFILES_FILE, schema.RULE_PROFILE_COLUMNS),
    ):
        empty = pd.DataFrame({c: pd.Series(dtype="string") for c in columns})
        if not location.exists(relative):
            tables[relative] = empty
            continue
        try:
            tables[relative] = read_csv_text(location.read_bytes(relative), columns)
        except (ValueError, UnicodeDecodeError, pd.errors.ParserError) as error:
            problems.append(f"{relative} tidak terbaca ({error}); isinya diabaikan")
            tables[relative] = empty
    return (tables[schema.RULE_PROFILES_FILE], tables[schema.REGIONS_FILE]), problems


def with_regions(location, new) -> bytes | None:
    """regions.csv with kabupaten/kota (wilayah.Regions from the official list) added with the default
    rule profile, the rest of the file kept as it is; None when every one is there already. The caller
    writes it, with the rest of its change."""
    (_, regions), _ = read_raw(location)
    listed = set(regions["region_code"].astype("string").str.strip())
    rows = [
        {"region_code": r.code, "name": r.name, "kind": r.kind, "province": r.province}
        for r in dict.fromkeys(new)
        if r.code not in listed
    ]
    if not rows:
        return None
    added = pd.concat([regions, pd.DataFrame(rows)], ignore_index=True)
    return csv_bytes(added[list(schema.REGION_COLUMNS)])
