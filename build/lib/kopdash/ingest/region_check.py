"""Whether a file is of the region the officer chose: a file of another kabupaten saved under the wrong
code is a picture nobody can see is wrong, so it is refused, naming both.

A row points to a region by its Kabupaten/Kota (and Provinsi) cells, or else by a 13-digit NIK, whose
first digits are its kecamatan's Kemendagri code (5104010020001: Bali 51, Gianyar 04). 16-digit NIKs
are the national form and say nothing here. Rows that point nowhere are not counted either way.
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


def nik_region(nik: str | None) -> str | None:
    """The kabupaten/kota a 13-digit NIK's leading digits name, if they name one."""
    if not nik or len(nik) != 13 or not nik.isdigit():
        return None
    found = wilayah.region(f"{nik[:2]}.{nik[2:4]}")
    return found.code if found else None


def pointed_to(evidence: Counter) -> Counter:
    """Rows per region code, from a Counter of (regency, province, nik) cells of the file's rows."""
    regions: Counter = Counter()
    for (regency, province, nik), rows in evidence.items():
        code = regency_code(regency, province) or nik_region(nik)
        if code:
            regions[code] += rows
    return regions


def check(evidence: Counter, chosen: str) -> None:
    """Refuse (ImportRefused) a file most of whose rows point to another region than `chosen`."""
    regions = pointed_to(evidence)
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


def proposal(evidence: Counter) -> str | None:
    """The region most of the file's rows point to, for a page to propose; None when none does."""
    regions = pointed_to(evidence)
    if not regions:
        return None
    code, rows = regions.most_common(1)[0]
    return code if rows > MOST * sum(regions.values()) else None
