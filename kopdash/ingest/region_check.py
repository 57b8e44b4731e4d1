"""Whether a file is of the region the officer chose: a file of another kabupaten saved under the wrong
code is a picture nobody can see is wrong, so it is refused, naming both, whatever the officer says the
file is (whole, partial, a roster): the check runs before that question and no flag passes it.

A row points to a region by the first of its own evidence: its Kabupaten/Kota (and Provinsi) cells; the
leading digits of its NIK (13 or 16 digits: 5104010020001 is Bali 51, Gianyar 04; 3673… Kota Serang),
when they are a kabupaten/kota's code; its kecamatan's name, when it is one of the chosen region's
kecamatan (then it points there) or of exactly one other kabupaten/kota in the official list. Rows that
point nowhere are not counted either way.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from kopdash.domain import wilayah
from kopdash.ingest.office_files import ImportRefused

MOST = 0.5  # more than half of the rows that name a region name another one: the file is not ours


@lru_cache(maxsize=1)
def _by_name() -> dict[str, tuple[wilayah.Region, ...]]:
    found: dict[str, list[wilayah.Region]] = {}
    for region in wilayah.regions():
        found.setdefault(wilayah.name_key(region.name), []).append(region)
    return {key: tuple(regions) for key, regions in found.items()}


def regency_code(regency: str | None, province: str | None = None) -> str | None:
    """The code of the kabupaten/kota a cell names (KAB. SRAGEN, Kota Serang, GIANYAR with Bali), or
    None when it names none, or two (Serang alone is both a kabupaten and a kota)."""
    if not regency:
        return None
    words = regency.strip().lower()
    kind = "kota" if words.startswith("kota") else "kabupaten" if words.startswith("kab") else None
    candidates = [r for r in _by_name().get(wilayah.name_key(regency), ()) if kind in (None, r.kind)]
    if province and len(candidates) > 1:
        candidates = [r for r in candidates if wilayah.name_key(r.province) == wilayah.name_key(province)]
    return candidates[0].code if len(candidates) == 1 else None


def nik_prefix(nik: str | None) -> str | None:
    """A NIK's four leading digits (13 or 16 digits), which may be its kabupaten/kota's code."""
    return nik[:4] if nik and len(nik) in (13, 16) and nik.isdigit() else None


@lru_cache(maxsize=1024)
def _prefix_region(prefix: str | None) -> str | None:
    found = wilayah.region(f"{prefix[:2]}.{prefix[2:4]}") if prefix else None
    return found.code if found else None


def evidence(regencies, provinces, niks, districts) -> Counter:
    """Rows per (kabupaten/kota, provinsi, NIK prefix, kecamatan) cells: what says which region a file's
    rows are of, with a NIK reduced to its prefix (a file's 200,000 NIKs make a few keys, not 200,000)."""
    return Counter(zip(regencies, provinces, map(nik_prefix, niks), districts, strict=True))


@lru_cache(maxsize=1)
def _kecamatan_regions() -> dict[str, frozenset[str]]:
    """Every kecamatan name of the official list -> the kabupaten/kota that have one by that name."""
    found: dict[str, set[str]] = {}
    for region in wilayah.regions():
        for district in wilayah.district_names(region.code):
            found.setdefault(wilayah.name_key(district), set()).add(region.code)
    return {name: frozenset(codes) for name, codes in found.items()}


def district_region(district: str | None, chosen: str) -> str | None:
    """The region a kecamatan name points to: the chosen one when it has that kecamatan, else the one
    other kabupaten/kota that has it; None for a name of several, or of none (a typing slip)."""
    if not district:
        return None
    if chosen and wilayah.district_code(chosen, district):
        return chosen
    others = _kecamatan_regions().get(wilayah.name_key(district), frozenset())
    return next(iter(others)) if len(others) == 1 else None


def pointed_to(found: Counter, chosen: str = "") -> Counter:
    """Rows per region code, from the file's `evidence` (which see)."""
    regions: Counter = Counter()
    for (regency, province, prefix, district), rows in found.items():
        code = regency_code(regency, province) or _prefix_region(prefix) or district_region(district, chosen)
        if code:
            regions[code] += rows
    return regions


def check(found: Counter, chosen: str) -> None:
    """Refuse (ImportRefused) a file most of whose rows point to another region than `chosen`."""
    regions = pointed_to(found, chosen)
    total = sum(regions.values())
    other = sum(rows for code, rows in regions.items() if code != chosen)
    if not total or other <= MOST * total:
        return
    named, rows = max(((c, n) for c, n in regions.items() if c != chosen), key=lambda item: item[1])
    chosen_region = wilayah.region(chosen)
    raise ImportRefused(
        "refused.other_region",
        named=wilayah.region(named).name,  # type: ignore[union-attr]  # pointed_to keeps official codes
        named_code=named,
        rows=rows,
        total=total,
        chosen=chosen_region.name if chosen_region else chosen,
        chosen_code=chosen,
    )


def proposal(found: Counter) -> str | None:
    """The region most of the file's rows point to, for a page to propose; None when none does."""
    regions = pointed_to(found)
    if not regions:
        return None
    code, rows = regions.most_common(1)[0]
    return code if rows > MOST * sum(regions.values()) else None
