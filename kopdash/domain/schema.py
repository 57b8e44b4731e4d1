"""The public snapshot-store format: columns, types, status codes and paths (docs/store.md)."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa

# One row = one cooperative in one registry snapshot. Analysts read these columns with their own
# tools, so names and types only ever grow; they are never renamed.
REQUIRED_COLUMNS: dict[str, pa.DataType] = {
    "snapshot_date": pa.date32(),
    "region_code": pa.string(),
    "nik": pa.string(),
    "name": pa.string(),
    "district": pa.string(),
    "village": pa.string(),
    "established_on": pa.date32(),
    "kind": pa.string(),
    "segment": pa.string(),
    "programme": pa.string(),
    "last_rat_year": pa.int32(),
    "rat_reported": pa.bool_(),
    "operating": pa.bool_(),
    "members": pa.int32(),
    "status": pa.string(),
    "dissolution_candidate": pa.bool_(),
}

# Optional columns kopdash itself writes; other optional columns in a store are kept and ignored.
OPTIONAL_COLUMNS: dict[str, pa.DataType] = {
    "dissolved_on": pa.date32(),
    "rule_profile": pa.string(),
    "rule_thresholds": pa.string(),  # the profile's thresholds when it gave the status: 1/2/3 (+usaha: ODS)
    "assets_idr": pa.float64(),
    "own_capital_idr": pa.float64(),
    "business_volume_idr": pa.float64(),
    "shu_idr": pa.float64(),
    # contact fields, personal data: shown only to roles allowed to see them
    "chair_name": pa.string(),
    "phone": pa.string(),
    "address": pa.string(),
    # what real registry exports (ODS dumps) carry besides, kept as the office wrote it
    "legal_entity_number": pa.string(),  # Nomor Badan Hukum; the key when there is no NIK yet
    "reported_status": pa.string(),  # the office's own word (Aktif, Pasif, Mati Suri …), beside `status`
    "district_code": pa.string(),  # Kemendagri code matched from `district` (NULL: no match)
    "village_code": pa.string(),  # Kemendagri code matched from `village` (NULL: no match)
    "segment_text": pa.string(),  # kelompok as written (Kop. Pegawai Negeri (KPRI)), beside `segment`
    "legal_form": pa.string(),  # bentuk: primer / sekunder …
    "business_sector": pa.string(),  # sektor usaha
    "nik_status": pa.string(),  # status NIK as the registry says it
    "certificate_valid_until": pa.date32(),  # tanggal berlaku sertifikat NIK
    "grade": pa.string(),  # grade / klasifikasi
    "last_rat_on": pa.date32(),  # the day the last RAT was held, when the registry gives a date
    "members_male": pa.int32(),
    "members_female": pa.int32(),
}
PERSONAL_COLUMNS = ("chair_name", "phone", "address")

REGISTRY_SCHEMA = pa.schema(list(REQUIRED_COLUMNS.items()) + list(OPTIONAL_COLUMNS.items()))

# DuckDB spellings of the same types, for typed empty views and casts.
DUCKDB_TYPES = {
    pa.date32(): "DATE",
    pa.string(): "VARCHAR",
    pa.int32(): "INTEGER",
    pa.bool_(): "BOOLEAN",
    pa.float64(): "DOUBLE",
}

# A cooperative's key in `nik`: its NIK (13 or 16 ASCII digits, as registries write them), or, while it
# has none, "BH:" and its legal-entity number with spaces removed (BH:006385/BH/M.KUKM.2/XI/2017).
NIK_LENGTHS = (13, 16)
LEGAL_ENTITY_KEY_PREFIX = "BH:"


def is_cooperative_key(text: str) -> bool:
    """Whether `text` has the shape of a key in `nik` (it may still be unknown to the store)."""
    if text.startswith(LEGAL_ENTITY_KEY_PREFIX):
        number = text[len(LEGAL_ENTITY_KEY_PREFIX) :]
        return 0 < len(number) <= 100 and number.isascii() and number.isprintable() and " " not in number
    return text.isascii() and text.isdigit() and len(text) in NIK_LENGTHS


# An office's own status words, read as the harmonised status they mean (for showing where the two
# disagree; the office's word itself is kept verbatim in `reported_status`). Words not listed are not
# compared.
REPORTED_STATUS_MEANS = {
    "aktif": "aktif",
    "kurang aktif": "kurang_aktif",
    "sakit": "kurang_aktif",
    "tidak aktif": "tidak_aktif",
    "non aktif": "tidak_aktif",
    "nonaktif": "tidak_aktif",
    "pasif": "tidak_aktif",
    "mati suri": "tidak_aktif",
    "belum beroperasi": "belum_beroperasi",
    "bubar": "dibubarkan",
    "dibubarkan": "dibubarkan",
}


def reported_status_means(word) -> str | None:
    """The harmonised status an office's own status word means, or None for a word not compared."""
    return REPORTED_STATUS_MEANS.get(" ".join(str(word).lower().split())) if isinstance(word, str) else None


# Status codes in their one display order (aktif first, dissolved last).
STATUSES = ("aktif", "kurang_aktif", "tidak_aktif", "belum_beroperasi", "belum_diketahui", "dibubarkan")
REGISTERED_STATUSES = STATUSES[:-1]  # "terdaftar" = every status except dibubarkan

KINDS = ("produsen", "konsumen", "simpan_pinjam", "pemasaran", "jasa")
SEGMENTS = ("masyarakat", "pegawai", "perusahaan", "kud", "kopwan", "koppontren")
PROGRAMMES = ("koperasi_merah_putih",)

# Paths below the data root.
REGISTRY_DIR = "registry"
REGIONS_FILE = "regions.csv"
TARGETS_FILE = "targets.csv"  # optional: an office's target % aktif per region and year (e.g. its RPJMD)
TARGET_COLUMNS = ("region_code", "year", "target_pct_aktif", "source")
RULE_PROFILES_FILE = "rule_profiles.csv"
PUBLISHED_FILE = "published/figures.csv"
STORE_INFO_FILE = "store.json"
QUARANTINE_DIR = "quarantine"
EVENTS_DIR = "events"  # interventions: events/<region_code>.parquet (kopdash/ingest/events.py)
IMPORTS_DIR = "imports"

# Rows an import could not accept, kept with where they came from and why (one file per snapshot).
QUARANTINE_COLUMNS: dict[str, pa.DataType] = {
    "snapshot_date": pa.date32(),
    "region_code": pa.string(),
    "source_file": pa.string(),
    "source_sheet": pa.string(),
    "source_row": pa.int32(),
    "reason_code": pa.string(),
    "reason": pa.string(),
    "original_values": pa.string(),  # JSON object: the row's cells under the file's own headers
}

REGION_COLUMNS = {
    "region_code": "VARCHAR",
    "name": "VARCHAR",
    "kind": "VARCHAR",
    "province": "VARCHAR",
    "rule_profile": "VARCHAR",
}
RULE_PROFILE_COLUMNS = {
    "rule_profile": "VARCHAR",
    "less_active_after": "INTEGER",
    "inactive_after": "INTEGER",
    "dissolution_after": "INTEGER",
    "basis": "VARCHAR",
    "inactive_requires_not_operating": "BOOLEAN",  # optional: tidak aktif only if business stopped too (ODS)
}
# Figures an office published, compared with what the registry says (registry-derived metric names).
PUBLISHED_METRICS = (
    "registered",
    "aktif",
    "kurang_aktif",
    "tidak_aktif",
    "not_aktif",
    "dissolution_candidates",
    "aktif_rat_reported",
    "dissolution_recommended",  # recommended for dissolution, counted apart from tidak aktif (Sragen)
    "sehat",  # rated healthy (sehat) by the office's assessment
    # The Koperasi Merah Putih ladder as SIMKOPDES counts it per kabupaten/kota (no registry counterpart)
    "kmp_account",  # with a SIMKOPDES account
    "kmp_npwp",  # with a tax number (NPWP)
    "kmp_nib",  # with a business number (NIB)
    "kmp_rat",  # held their annual meeting (RAT)
    "kmp_transactions",  # transactions recorded (a count of transactions, not of cooperatives)
    "kmp_simpanan_pokok_members",  # members who paid their simpanan pokok
    "kmp_simpanan_wajib_members",  # members who pay their simpanan wajib
)
PUBLISHED_COLUMNS = {
    "region_code": "VARCHAR",
    "as_of": "DATE",
    "programme": "VARCHAR",
    "metric": "VARCHAR",
    "value": "INTEGER",
    "approximate": "BOOLEAN",
    "source_title": "VARCHAR",
    "source_publisher": "VARCHAR",
    "source_url": "VARCHAR",
}


def snapshot_path(region_code: str, snapshot_date) -> str:
    """Relative path of one region's snapshot file: registry/<region_code>/<YYYY-MM-DD>.parquet."""
    return f"{REGISTRY_DIR}/{region_code}/{snapshot_date.isoformat()}.parquet"


def snapshot_of(path: str) -> tuple[str, dt.date] | None:
    """The (region, date) a path of kopdash's own layout holds (snapshot_path's inverse); None for any
    other file under registry/ (another tool's names, a folder of its own)."""
    parts = path.split("/")
    if len(parts) != 3 or parts[0] != REGISTRY_DIR or not parts[2].endswith(".parquet"):
        return None
    try:
        day = dt.date.fromisoformat(parts[2].removesuffix(".parquet"))
    except ValueError:
        return None
    return (parts[1], day) if path == snapshot_path(parts[1], day) else None


def quarantine_path(region_code: str, snapshot_date) -> str:
    """Relative path of the rows one import quarantined: quarantine/<region_code>/<YYYY-MM-DD>.parquet."""
    return f"{QUARANTINE_DIR}/{region_code}/{snapshot_date.isoformat()}.parquet"


def refused_quarantine_path(region_code: str, snapshot_date) -> str:
    """Where the rows of an import that accepted none are kept (no snapshot was written):
    quarantine/refused/<region_code>/<YYYY-MM-DD>.parquet, with the quarantine's columns."""
    return f"{QUARANTINE_DIR}/refused/{region_code}/{snapshot_date.isoformat()}.parquet"


def import_record_path(region_code: str, snapshot_date) -> str:
    """Relative path of one import's record (source, counts, rule profile): imports/<code>/<date>.json."""
    return f"{IMPORTS_DIR}/{region_code}/{snapshot_date.isoformat()}.json"


# An intervention: what an office did with which cooperative, and when (kopdash/ingest/events.py).
EVENT_SCHEMA = pa.schema(
    [
        ("event_date", pa.date32()),
        ("region_code", pa.string()),
        ("nik", pa.string()),
        ("kind", pa.string()),
        ("channel", pa.string()),
        ("outcome", pa.string()),
        ("obstacle", pa.string()),
        ("note", pa.string()),
    ]
)

EVENT_KINDS = (
    "pelatihan",
    "uji_kompetensi",
    "konsultasi",
    "pemanggilan",
    "bantuan_modal",
    "pendampingan",
    "laporan_keuangan_triwulanan",
)
