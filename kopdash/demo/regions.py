"""The bundled demo, declared as data: five regions, their kecamatan, snapshots and published figures.

Every number an article published is an `Anchor`; the generator (demo.py) builds registries that
reproduce each anchor exactly at its date, with statuses given by the rule.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kopdash.domain.rules import DEFAULT_PROFILE, ODS_PROFILE, RuleProfile

D = dt.date
KMP = "koperasi_merah_putih"

PROFILES = (
    DEFAULT_PROFILE,
    RuleProfile(
        "tangerang_5_tahun",
        1,
        2,
        5,
        "Dinas Koperasi dan UKM Kabupaten Tangerang (2018): pembubaran/revitalisasi setelah "
        "5 tahun tanpa RAT",
    ),
    ODS_PROFILE,  # offered for any region on the rules page; no demo region uses it
)


@dataclass(frozen=True)
class Source:
    title: str
    publisher: str
    published_on: D
    url: str = ""


@dataclass(frozen=True)
class Anchor:
    """Status counts a region's registry must show at one date (registered = their sum)."""

    on: D
    aktif: int
    kurang_aktif: int
    tidak_aktif: int
    dissolution_candidates: int | None = None  # exact, where the office published it
    aktif_rat_reported: int | None = None  # of the aktif, how many reported their RAT
    aktif_new: int = 0  # of the aktif, established after the due year (owe no RAT yet)
    published: tuple[tuple[str, int, bool], ...] = ()  # (metric, value, approximate)
    source: Source | None = None


@dataclass(frozen=True)
class ProgrammeCohort:
    """Cooperatives of one programme formed in one region, one per village (Koperasi Merah Putih)."""

    programme: str
    formed_from: D
    formed_to: D
    operating_starts: tuple[D, ...]  # one date per cooperative that starts operating
    published: tuple[tuple[str, int, bool], ...] = ()
    source: Source | None = None


@dataclass(frozen=True)
class RegionPlan:
    region_code: str
    name: str
    kind: str  # kabupaten | kota
    province: str
    rule_profile: str
    districts: dict[str, tuple[str, ...]]  # kecamatan -> villages; () = synthetic village names
    village_style: str  # sunda | jawa: how synthetic village names sound
    snapshots: tuple[D, ...]
    anchor: Anchor
    dissolved_before_anchor: int = 0
    new_per_year_after: int = 0
    revived_before_anchor: int = 0  # of the aktif, held their RAT again after a gap of 3+ years
    report_rate: float = 0.85  # share of held RATs whose report reaches the office
    dissolve_rate: float = 0.06  # yearly chance a long-dead candidate is dissolved
    revive_rate: float = 0.05  # yearly chance a dead cooperative comes back
    cohorts: tuple[ProgrammeCohort, ...] = field(default=())


def _year_ends(first: int = 2018, last: int = 2025) -> tuple[D, ...]:
    return tuple(D(y, 12, 31) for y in range(first, last + 1))


def _synthetic(*names: str) -> dict[str, tuple[str, ...]]:
    return {name: () for name in names}


KABUPATEN_SERANG = RegionPlan(
    "36.04",
    "Kabupaten Serang",
    "kabupaten",
    "Banten",
    DEFAULT_PROFILE.rule_profile,
    _synthetic(
        "Anyar",
        "Bandung",
        "Baros",
        "Binuang",
        "Bojonegara",
        "Carenang",
        "Cikande",
        "Cikeusal",
        "Cinangka",
        "Ciomas",
        "Ciruas",
        "Gunungsari",
        "Jawilan",
        "Kibin",
        "Kopo",
        "Kragilan",
        "Kramatwatu",
        "Lebak Wangi",
        "Mancak",
        "Pabuaran",
        "Padarincang",
        "Pamarayan",
        "Petir",
        "Pontang",
        "Puloampel",
        "Tanara",
        "Tirtayasa",
        "Tunjung Teja",
        "Waringinkurung",
    ),
    "sunda",
    tuple(sorted(_year_ends() + (D(2021, 7, 18),))),
    Anchor(
        D(2021, 7, 18),
        aktif=612,
        kurang_aktif=98,
        tidak_aktif=109,
        aktif_new=9,
        published=(
            ("registered", 819, False),
            ("aktif", 612, False),
            ("kurang_aktif", 98, False),
            ("tidak_aktif", 109, False),
        ),
        source=Source(
            "Strategi Diskoperindag Kabupaten Serang 'Selamatkan' Ratusan Koperasi Terancam Gulung Tikar",
            "TribunBanten.com",
            D(2021, 7, 18),
        ),
    ),
    dissolved_before_anchor=14,
    new_per_year_after=18,
)

KABUPATEN_TANGERANG = RegionPlan(
    "36.03",
    "Kabupaten Tangerang",
    "kabupaten",
    "Banten",
    "tangerang_5_tahun",
    _synthetic(
        "Balaraja",
        "Cikupa",
        "Cisauk",
        "Cisoka",
        "Curug",
        "Gunung Kaler",
        "Jambe",
        "Jayanti",
        "Kelapa Dua",
        "Kemiri",
        "Kosambi",
        "Kresek",
        "Kronjo",
        "Legok",
        "Mauk",
        "Mekar Baru",
        "Pagedangan",
        "Pakuhaji",
        "Panongan",
        "Pasar Kemis",
        "Rajeg",
        "Sepatan",
        "Sepatan Timur",
        "Sindang Jaya",
        "Solear",
        "Sukadiri",
        "Sukamulya",
        "Teluknaga",
        "Tigaraksa",
    ),
    "sunda",
    tuple(sorted(_year_ends() + (D(2018, 3, 31), D(2018, 9, 4)))),
    Anchor(
        D(2018, 9, 4),
        aktif=942,
        kurang_aktif=160,
        tidak_aktif=365,
        dissolution_candidates=247,
        published=(("aktif", 942, False), ("dissolution_candidates", 247, False)),
        source=Source("Kabupaten Tangerang Akan Sinergikan Koperasi dan UKM", "Peluang", D(2018, 9, 4)),
    ),
    new_per_year_after=25,
    revived_before_anchor=160,
    dissolve_rate=0.45,  # the office's dissolution track (pembubaran) after 2018
    revive_rate=0.08,  # ... and its revitalisation track
)

KOTA_SURAKARTA = RegionPlan(
    "33.72",
    "Kota Surakarta",
    "kota",
    "Jawa Tengah",
    DEFAULT_PROFILE.rule_profile,
    {
        "Banjarsari": (
            "Banyuanyar",
            "Gilingan",
            "Joglo",
            "Kadipiro",
            "Keprabon",
            "Kestalan",
            "Ketelan",
            "Manahan",
            "Mangkubumen",
            "Nusukan",
            "Punggawan",
            "Setabelan",
            "Sumber",
            "Timuran",
        ),
        "Jebres": (
            "Gandekan",
            "Jagalan",
            "Jebres",
            "Kepatihan Kulon",
            "Kepatihan Wetan",
            "Mojosongo",
            "Pucang Sawit",
            "Purwodiningratan",
            "Sewu",
            "Sudiroprajan",
            "Tegalharjo",
        ),
        "Laweyan": (
            "Bumi",
            "Jajar",
            "Karangasem",
            "Kerten",
            "Laweyan",
            "Pajang",
            "Panularan",
            "Penumping",
            "Purwosari",
            "Sondakan",
            "Sriwedari",
        ),
        "Pasar Kliwon": (
            "Baluwarti",
            "Gajahan",
            "Joyosuran",
            "Kampung Baru",
            "Kauman",
            "Kedung Lumbu",
            "Mojo",
            "Pasar Kliwon",
            "Sangkrah",
            "Semanggi",
        ),
        "Serengan": (
            "Danukusuman",
            "Jayengan",
            "Joyotakan",
            "Kemlayan",
            "Kratonan",
            "Serengan",
            "Tipes",
        ),
    },
    "jawa",
    _year_ends(),
    Anchor(
        D(2020, 12, 31),
        aktif=189,
        kurang_aktif=95,
        tidak_aktif=306,
        published=(("registered", 590, True), ("aktif", 189, False), ("not_aktif", 401, False)),
        source=Source("Ratusan koperasi pasif di Solo bakal dibina kembali", "ANTARA", D(2020, 12, 31)),
    ),
    dissolved_before_anchor=10,
    new_per_year_after=8,
)

KABUPATEN_SRAGEN = RegionPlan(
    "33.14",
    "Kabupaten Sragen",
    "kabupaten",
    "Jawa Tengah",
    DEFAULT_PROFILE.rule_profile,
    _synthetic(
        "Gemolong",
        "Gesi",
        "Gondang",
        "Jenar",
        "Kalijambe",
        "Karangmalang",
        "Kedawung",
        "Masaran",
        "Miri",
        "Mondokan",
        "Ngrampal",
        "Plupuh",
        "Sambirejo",
        "Sambungmacan",
        "Sidoharjo",
        "Sragen",
        "Sukodono",
        "Sumberlawang",
        "Tangen",
        "Tanon",
    ),
    "jawa",
    tuple(sorted(_year_ends() + (D(2022, 10, 20),))),
    Anchor(
        D(2022, 10, 20),
        aktif=228,
        kurang_aktif=140,
        tidak_aktif=868,
        aktif_rat_reported=170,
        published=(
            ("registered", 1200, True),
            ("aktif", 228, False),
            ("aktif_rat_reported", 170, False),
        ),
        source=Source(
            "Diskumindag Sragen Luncurkan Bina Serasi, Solusi Atasi Koperasi Sakit",
            "Solopos.com",
            D(2022, 10, 20),
        ),
    ),
    dissolved_before_anchor=40,
    new_per_year_after=12,
    report_rate=0.75,
    revive_rate=0.10,  # the Bina Serasi consultation desk from October 2022
)

KOTA_SERANG = RegionPlan(
    "36.73",
    "Kota Serang",
    "kota",
    "Banten",
    DEFAULT_PROFILE.rule_profile,
    # Kemendagri's 67 kelurahan, six kecamatan: one Koperasi Merah Putih each.
    {
        "Serang": (
            "Serang",
            "Cipare",
            "Sumur Pecung",
            "Kota Baru",
            "Lopang",
            "Cimuncang",
            "Unyur",
            "Sukawana",
            "Lontarbaru",
            "Kaligandu",
            "Terondol",
            "Kagungan",
        ),
        "Kasemen": (
            "Kasemen",
            "Mesjid Priyayi",
            "Terumbu",
            "Warung Jaud",
            "Bendung",
            "Banten",
            "Sawah Luhur",
            "Kilasah",
            "Kasunyatan",
            "Margaluyu",
        ),
        "Walantaka": (
            "Walantaka",
            "Cigoong",
            "Nyapah",
            "Pengampelan",
            "Kiara",
            "Pager Agung",
            "Kalodran",
            "Kapuren",
            "Teritih",
            "Pabuaran",
            "Pasuluhan",
            "Tegalsari",
            "Pipitan",
            "Lebakwangi",
        ),
        "Curug": (
            "Curug",
            "Tinggar",
            "Kemanisan",
            "Cipete",
            "Cilaku",
            "Pancalaksana",
            "Sukawana",
            "Sukalaksana",
            "Curug Manis",
            "Sukajaya",
        ),
        "Cipocok Jaya": (
            "Cipocok Jaya",
            "Karundang",
            "Panancangan",
            "Banjar Agung",
            "Banjarsari",
            "Tembong",
            "Dalung",
            "Gelam",
        ),
        "Taktakan": (
            "Taktakan",
            "Sayar",
            "Pancur",
            "Kuranji",
            "Kalang Anyar",
            "Cilowong",
            "Panggung Jati",
            "Drangong",
            "Umbul Tengah",
            "Sepang",
            "Lialang",
            "Taman Baru",
            "Cibendung",
        ),
    },
    "sunda",
    _year_ends(2018, 2024) + tuple(D(2025, month, 5) for month in range(1, 12)),
    Anchor(D(2025, 11, 5), aktif=96, kurang_aktif=38, tidak_aktif=71, aktif_new=4),
    dissolved_before_anchor=12,
    cohorts=(
        ProgrammeCohort(
            KMP,
            formed_from=D(2025, 5, 26),
            formed_to=D(2025, 7, 18),
            operating_starts=(
                D(2025, 8, 14),
                D(2025, 9, 10),
                D(2025, 9, 29),
                D(2025, 10, 16),
                D(2025, 10, 30),
            ),
            published=(("registered", 67, False), ("aktif", 5, False)),
            source=Source(
                "Hanya 5 dari 67 Koperasi Merah Putih di Kota Serang yang Aktif, Wali Kota Budi "
                "akan Panggil Pengurus",
                "TribunBanten.com",
                D(2025, 11, 5),
            ),
        ),
    ),
)

REGIONS = (KABUPATEN_SERANG, KABUPATEN_TANGERANG, KOTA_SURAKARTA, KABUPATEN_SRAGEN, KOTA_SERANG)
