"""Plausible Indonesian names for demo cooperatives and villages, drawn from a seeded generator."""

from __future__ import annotations

import random

from kopdash.domain import wilayah

WORDS = (
    "Sejahtera",
    "Makmur",
    "Bersama",
    "Mandiri",
    "Maju",
    "Jaya",
    "Sentosa",
    "Abadi",
    "Berkah",
    "Mulia",
    "Karya",
    "Bina",
    "Usaha",
    "Sumber",
    "Rejeki",
    "Harapan",
    "Cahaya",
    "Amanah",
    "Barokah",
    "Sehati",
    "Mekar",
    "Subur",
    "Lestari",
    "Utama",
    "Sakti",
    "Guyub",
    "Rukun",
    "Sinar",
    "Tunas",
    "Bakti",
    "Setia",
    "Budi",
    "Raharja",
    "Sauyunan",
    "Gemah Ripah",
    "Swadaya",
)
FARM_WORDS = ("Tani", "Mina", "Sari", "Tirta", "Bumi", "Padi", "Lumbung", "Sawah")
FLOWER_WORDS = ("Melati", "Mawar", "Kenanga", "Cempaka", "Anggrek", "Dahlia", "Teratai", "Kartini")
PESANTREN = (
    "Al-Falah",
    "Al-Hidayah",
    "Darul Ulum",
    "Al-Ikhlas",
    "Nurul Huda",
    "Al-Muhajirin",
    "Miftahul Huda",
    "Darussalam",
    "Al-Khairiyah",
    "Baitussalam",
)
KIND_WORDS = {
    "produsen": "Produsen",
    "konsumen": "Konsumen",
    "simpan_pinjam": "Simpan Pinjam",
    "pemasaran": "Pemasaran",
    "jasa": "Jasa",
}
VILLAGE_PARTS = {
    "sunda": (
        ("Suka", "Mekar", "Tegal", "Pasir", "Sindang", "Karang", "Kadu", "Ci", "Bojong", "Marga"),
        ("jaya", "maju", "mulya", "sari", "asih", "rahayu", "wangi", "laksana", "manah", "galih"),
    ),
    "jawa": (
        ("Sido", "Karang", "Sumber", "Tegal", "Gedong", "Jati", "Bendo", "Wono", "Mojo", "Purwo"),
        ("rejo", "harjo", "mulyo", "sari", "agung", "kerto", "asri", "tirto", "dadi", "winangun"),
    ),
}


def cooperative_name(rng: random.Random, kind: str, segment: str, district: str) -> str:
    """A name in the style the registry uses for this segment (KPRI, KUD, Kopwan, …)."""
    a, b = rng.sample(WORDS, 2)
    if segment == "pegawai":
        return rng.choice(
            (f"KPRI {a} {b}", f"KPRI Guru Kec. {district}", f"Koperasi Pegawai Puskesmas {district}")
        )
    if segment == "perusahaan":
        return f"Kopkar {a} {b}"
    if segment == "kud":
        return f"KUD {rng.choice(FARM_WORDS)} {a}"
    if segment == "kopwan":
        return f"Kopwan {rng.choice(FLOWER_WORDS)} {a}"
    if segment == "koppontren":
        return f"Koppontren {rng.choice(PESANTREN)}"
    if kind == "simpan_pinjam" and rng.random() < 0.5:
        return f"KSP {a} {b}"
    return f"Koperasi {KIND_WORDS[kind]} {a} {b}"


FIRST_NAMES = (
    "Asep",
    "Ahmad",
    "Budi",
    "Dede",
    "Eko",
    "Hendra",
    "Iwan",
    "Joko",
    "Rahmat",
    "Slamet",
    "Taufik",
    "Wahyu",
    "Siti",
    "Dewi",
    "Euis",
    "Lestari",
    "Nining",
    "Sri",
    "Titin",
    "Yanti",
    "Rina",
    "Fitria",
    "Agus",
    "Bambang",
)
FAMILY_NAMES = (
    "Supriadi",
    "Hidayat",
    "Saputra",
    "Wibowo",
    "Rahayu",
    "Suryani",
    "Kusuma",
    "Santoso",
    "Nurhayati",
    "Setiawan",
    "Permana",
    "Susanti",
    "Hartono",
    "Mulyadi",
    "Fauzi",
    "Handayani",
)


# Demo telephones start 0840: the numbering plan keeps 084X for mobile networks, and no operator holds
# 0840 (lokal-id's table of operator prefixes, October 2026), so a tap on one rings no one. A test
# checks the prefix is still no operator's.
DEMO_PHONE_PREFIX = "0840"
PHONE_SHARE = 0.8  # of demo boards with a telephone on file; offices' registries miss some


def contact(nik: str, village: str | None) -> dict[str, str | None]:
    """A synthetic board chair, address and telephone (0840-…, no operator's) for a demo cooperative,
    stable for its NIK.

    Drawn from a generator of its own, so adding contact fields left every other demo value unchanged.
    """
    rng = random.Random(f"contact:{nik}")
    chair = f"{rng.choice(FIRST_NAMES)} {rng.choice(FAMILY_NAMES)}"
    address = f"Kp. {village or 'Cibodas'} RT {rng.randint(1, 9):02d}/{rng.randint(1, 12):02d}"
    digits = f"{rng.randint(0, 99_999_999):08d}"
    phone = f"{DEMO_PHONE_PREFIX}-{digits[:4]}-{digits[4:]}" if rng.random() < PHONE_SHARE else None
    return {"chair_name": chair, "phone": phone, "address": address}


def official_villages(region: str, district: str, count: int) -> tuple[str, ...] | None:
    """`count` official desa/kelurahan names of a kecamatan (its namesake first, then in official order),
    so the demo's villages have codes and boundaries on the map; None when it has fewer than `count`."""
    code = wilayah.district_code(region, district)
    found = [name for _, name in wilayah.villages(code)] if code else []
    if len(found) < count:
        return None
    found.sort(key=lambda name: wilayah.name_key(name) != wilayah.name_key(district))
    return tuple(found[:count])


def village_names(rng: random.Random, district: str, style: str, count: int) -> tuple[str, ...]:
    """`count` distinct synthetic village names for one kecamatan; the first is the kecamatan seat."""
    prefixes, suffixes = VILLAGE_PARTS[style]
    names = [district]
    while len(names) < count:
        name = rng.choice(prefixes) + rng.choice(suffixes)
        if name not in names:
            names.append(name)
    return tuple(names)
