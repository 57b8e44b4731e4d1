"""Reading the values offices really type: Indonesian numbers and dates, yes/no words, RAT years.

Every parser takes one cell (text, or the number/date a spreadsheet stored) and returns the value, None
for a blank, or raises `Unreadable` with a reason in words. None of them guesses silently.
"""

from __future__ import annotations

import datetime as dt
import re

from kopdash.domain.schema import LEGAL_ENTITY_KEY_PREFIX, NIK_LENGTHS

BLANKS = {"", "-", "--", "—", "–", "n/a", "na", "null", "none", "nan"}
EXCEL_EPOCH = dt.date(1899, 12, 30)  # Excel's day 0 (the 1900 system, leap-year bug included)
FIRST_DATE, LAST_DATE = dt.date(1900, 1, 1), dt.date(2100, 12, 31)  # outside: a typing slip
MONTHS = {
    **{
        m: i
        for i, m in enumerate(
            [
                "januari",
                "februari",
                "maret",
                "april",
                "mei",
                "juni",
                "juli",
                "agustus",
                "september",
                "oktober",
                "november",
                "desember",
            ],
            start=1,
        )
    },
    **{
        m: i
        for i, m in enumerate(
            [
                "january",
                "february",
                "march",
                "april",
                "may",
                "june",
                "july",
                "august",
                "september",
                "october",
                "november",
                "december",
            ],
            start=1,
        )
    },
    "jan": 1,
    "feb": 2,
    "peb": 2,
    "mar": 3,
    "apr": 4,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "oct": 10,
    "nop": 11,
    "nov": 11,
    "des": 12,
    "dec": 12,
    "pebruari": 2,
    "nopember": 11,
    "jun": 6,
    "jul": 7,
    "may": 5,
    "mei": 5,
}
TRUE_WORDS = {
    "ya",
    "y",
    "yes",
    "true",
    "benar",
    "1",
    "berjalan",
    "beroperasi",
    "aktif",
    "sudah",
    "ada",
    "dilaporkan",
    "sudah dilaporkan",
    "jalan",
    "operasional",
    "sudah beroperasi",
    "sudah berjalan",
    "sudah operasional",
}
FALSE_WORDS = {
    "tidak",
    "t",
    "tdk",
    "no",
    "n",
    "false",
    "salah",
    "0",
    "tidak berjalan",
    "tidak beroperasi",
    "belum beroperasi",
    "tidak aktif",
    "belum",
    "tidak ada",
    "belum dilaporkan",
    "tidak dilaporkan",
    "macet",
    "berhenti",
    "tutup",
    "non aktif",
    "nonaktif",
}
NEVER_HELD = {"belum rat", "belum pernah rat", "belum pernah", "belum", "tidak pernah", "tidak ada"}
KIND_CODES = {
    "produsen": "produsen",
    "koperasi produsen": "produsen",
    "konsumen": "konsumen",
    "koperasi konsumen": "konsumen",
    "simpan pinjam": "simpan_pinjam",
    "koperasi simpan pinjam": "simpan_pinjam",
    "ksp": "simpan_pinjam",
    "usp": "simpan_pinjam",
    "simpan pinjam dan pembiayaan syariah": "simpan_pinjam",
    "kspps": "simpan_pinjam",
    "pemasaran": "pemasaran",
    "koperasi pemasaran": "pemasaran",
    "jasa": "jasa",
    "koperasi jasa": "jasa",
}
SEGMENT_CODES = {
    "masyarakat": "masyarakat",
    "umum": "masyarakat",
    "koperasi masyarakat": "masyarakat",
    "pegawai": "pegawai",
    "kpri": "pegawai",
    "pegawai negeri": "pegawai",
    "asn": "pegawai",
    "perusahaan": "perusahaan",
    "karyawan": "perusahaan",
    "kopkar": "perusahaan",
    "kud": "kud",
    "koperasi unit desa": "kud",
    "wanita": "kopwan",
    "kopwan": "kopwan",
    "koperasi wanita": "kopwan",
    "pondok pesantren": "koppontren",
    "koppontren": "koppontren",
    "pesantren": "koppontren",
    # the kelompok values of the national registry (ODS) as offices export them
    "pegawai negeri kpri": "pegawai",
    "pegawai republik indonesia": "pegawai",
    "pegawai republik indonesia kpri": "pegawai",
    "karyawan kopkar": "perusahaan",
    "unit desa": "kud",
    "unit desa kud": "kud",
    "wanita kopwan": "kopwan",
    "pondok pesantren koppontren": "koppontren",
    "primkopad": "pegawai",
    "primkoppol": "pegawai",
    "primkopal": "pegawai",
    "primkopau": "pegawai",
    "tni": "pegawai",
    "polri": "pegawai",
}
PROGRAMME_CODES = {
    "koperasi merah putih": "koperasi_merah_putih",
    "kmp": "koperasi_merah_putih",
    "kdmp": "koperasi_merah_putih",
    "kkmp": "koperasi_merah_putih",
    "koperasi desa merah putih": "koperasi_merah_putih",
    "koperasi kelurahan merah putih": "koperasi_merah_putih",
    "koperasi desa kelurahan merah putih": "koperasi_merah_putih",
}


class Unreadable(ValueError):
    """A cell that cannot be read as what its column holds; the message says why, in words."""


def _text(raw) -> str:
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return str(raw).strip()


def is_blank(raw) -> bool:
    if raw is None:
        return True
    if isinstance(raw, float):
        return raw != raw  # NaN
    return isinstance(raw, str) and raw.strip().lower() in BLANKS


def _words(raw) -> str:
    return re.sub(r"[\s_]+", " ", re.sub(r"[^\w\s/]", " ", str(raw).lower())).strip()


MAX_TEXT = 1000  # characters: longer than any name or address; a longer cell is a pasted document


# NUL and the other control characters are no part of a name or an address (a damaged or binary
# export); tab and line breaks are, in an address.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def text(raw) -> str | None:
    """Free text, stored verbatim (only surrounding spaces trimmed): markup in a name stays data."""
    if is_blank(raw):
        return None
    value = _text(raw)
    if len(value) > MAX_TEXT:
        length, limit = (f"{n:,}".replace(",", ".") for n in (len(value), MAX_TEXT))
        raise Unreadable(f"teks {length} karakter, lebih dari {limit}")
    if control := CONTROL_CHARACTERS.search(value):
        raise Unreadable(f"teks berisi karakter kendali (kode {ord(control.group())}), bukan huruf")
    return value


def nik(raw) -> str:
    """A Nomor Induk Koperasi: 13 or 16 digits (spaces, dots and dashes allowed between them)."""
    # Only ASCII digits are a NIK: str.isdigit and \\d also take fullwidth, Arabic-Indic or superscript ones.
    if type(raw) is str and len(raw) in NIK_LENGTHS and raw.isascii() and raw.isdigit():  # the usual case
        return raw
    if is_blank(raw):
        raise Unreadable("NIK kosong")
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return _number_nik(raw)
    digits = re.sub(r"[\s.\-']", "", str(raw))
    if not (re.fullmatch(r"[0-9]+", digits) and len(digits) in NIK_LENGTHS):
        raise Unreadable(f"NIK harus 13 atau 16 digit angka (tertulis: {str(raw).strip()!r})")
    return digits


# Excel keeps a number exact to 15 significant digits: a 13-digit NIK typed into a number cell is its
# digits (every real ODS and Merah Putih NIK seen has 13); a 16-digit one has lost its last digit.
EXACT_NUMBER_DIGITS = 15


def _number_nik(raw: int | float) -> str:
    """A NIK that a spreadsheet stored as a number."""
    if isinstance(raw, float) and not (raw.is_integer() and raw > 0):
        raise Unreadable(f"NIK harus 13 atau 16 digit angka (tertulis: {raw!r})")
    digits = str(int(raw))
    if len(digits) > EXACT_NUMBER_DIGITS:
        raise Unreadable(
            "NIK tersimpan sebagai angka, bukan teks: Excel hanya menyimpan 15 digit, jadi digit "
            "terakhir tidak dapat dipercaya. Format kolom NIK sebagai Teks lalu kirim ulang"
        )
    if len(digits) not in NIK_LENGTHS:
        raise Unreadable(f"NIK harus 13 atau 16 digit angka (tersimpan sebagai angka: {digits})")
    return digits


def optional_nik(raw) -> str | None:
    """A NIK, or None when the cell is blank (a registry row may have only a legal-entity number)."""
    return None if is_blank(raw) else nik(raw)


def legal_entity_number(raw) -> str | None:
    """Nomor Badan Hukum as written (006385/BH/M.KUKM.2/XI/2017), spaces trimmed; it must hold a digit."""
    value = text(raw)
    if value is not None and not re.search(r"[0-9]", value):
        raise Unreadable(f"nomor badan hukum tanpa angka: {value!r}")
    return value


def legal_entity_key(number: str) -> str:
    """The stable key of a cooperative that has no NIK yet: BH: and its legal-entity number, upper case,
    without spaces (the same number written with other spacing gives the same key)."""
    return LEGAL_ENTITY_KEY_PREFIX + re.sub(r"\s+", "", number).upper()


# The common case, read in one step: optional Rp, Indonesian thousands dots, optional decimal comma.
_PLAIN_INDONESIAN = re.compile(r"(?:Rp\.?\s*)?(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?")


def _number_text(value: str) -> float:
    if value.isdigit():
        return float(value)
    if plain := _PLAIN_INDONESIAN.fullmatch(value):
        sign, whole, fraction = plain.groups()
        number = float(whole.replace(".", "") + ("." + fraction if fraction else ""))
        return -number if sign else number
    cleaned = re.sub(r"(?i)^(rp\.?|idr)", "", value.replace(" ", "").replace("\u00a0", ""))
    cleaned = re.sub(r"[,.]-$", "", cleaned)  # "Rp 12.500,-"
    negative = cleaned.startswith("-") or (cleaned.startswith("(") and cleaned.endswith(")"))
    cleaned = cleaned.strip("-()")
    if "," in cleaned and "." in cleaned:  # the later one is the decimal mark
        decimal = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        thousands = "." if decimal == "," else ","
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", cleaned):  # 1.234 and 1.234.567: Indonesian thousands
        decimal, thousands = "", "."
    elif "." in cleaned:  # 12.5, as a spreadsheet writes it
        decimal, thousands = ".", ""
    else:  # 12,5: the Indonesian decimal comma (1,234 is one point two three four, not 1234)
        decimal, thousands = ",", ""
    whole, _, fraction = cleaned.partition(decimal) if decimal else (cleaned, "", "")
    if thousands and not re.fullmatch(rf"\d{{1,3}}({re.escape(thousands)}\d{{3}})*", whole):
        raise Unreadable(f"pemisah ribuan tidak beraturan: {value!r}")
    whole = whole.replace(thousands, "") if thousands else whole
    if not re.fullmatch(r"\d*", whole) or not re.fullmatch(r"\d*", fraction) or not (whole or fraction):
        raise Unreadable(f"bukan angka: {value!r}")
    number = float(f"{whole or 0}.{fraction or 0}")
    return -number if negative else number


def number(raw) -> float | None:
    """1.234 · 1.234.567,50 · Rp 12.500.000,00 · 12,5 · a spreadsheet number."""
    if is_blank(raw):
        return None
    if isinstance(raw, bool):
        raise Unreadable(f"bukan angka: {raw!r}")
    if isinstance(raw, (int, float)):
        return float(raw)
    return _number_text(str(raw).strip())


def integer(raw) -> int | None:
    """A whole number (members): 1.234 or 1234; 12,5 is refused."""
    value = number(raw)
    if value is None:
        return None
    if not float(value).is_integer():
        raise Unreadable(f"harus bilangan bulat: {_text(raw)!r}")
    return int(value)


# How offices write a count they give only roughly: "300 lebih", "1.200-an", "240 sekian", "± 590",
# "sekitar 590", "lebih dari 300"; a unit word after the number ("240 unit") says nothing about that.
_APPROXIMATE = re.compile(
    r"^(?P<before>(?:kurang lebih|lebih kurang|sekitar|kira kira|kira-kira|lebih dari|hampir"
    r"|±|\+/-|>|<|~)\s*)?"
    r"(?P<number>-?[\d.,]+)\s*(?P<after>-?an|lebih|sekian|\+)?\s*(?:koperasi|unit|buah)?$"
)


def approximate_count(raw) -> tuple[int | None, bool]:
    """A count as published, and whether it is approximate: 1.236 → (1236, False); 1.200-an → (1200, True)."""
    if is_blank(raw):
        return None, False
    text = " ".join(str(raw).lower().split())
    exact = _APPROXIMATE.fullmatch(text)
    if exact is None:
        raise Unreadable(f"bukan jumlah: {_text(raw)!r}")
    value = integer(exact.group("number"))  # a negative count is returned, for the caller to name in words
    if value is None:
        raise Unreadable(f"bukan jumlah: {_text(raw)!r}")
    return value, bool(exact.group("before") or exact.group("after"))


def _excel_serial(serial: float) -> dt.date:
    if not 1 <= serial < 2958466:  # 1900-01-01 .. 9999-12-31
        raise Unreadable(f"nomor tanggal Excel di luar rentang: {serial!r}")
    return EXCEL_EPOCH + dt.timedelta(days=int(serial))


def _calendar_date(year: int, month: int, day: int, written: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise Unreadable(f"tanggal tidak ada di kalender: {written!r}") from None


def _date_text(value: str) -> dt.date:
    if match := re.fullmatch(r"(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})", value):
        day, month, year = map(int, match.groups())
        return _calendar_date(year, month, day, value)
    if match := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?", value):
        year, month, day = map(int, match.groups())
        return _calendar_date(year, month, day, value)
    if match := re.fullmatch(r"(\d{1,2})[\s\-]+([A-Za-z]+)\.?[\s\-]+(\d{4})", value):
        day_text, month_name, year_text = match.groups()
        named = MONTHS.get(month_name.lower())
        if named is None:
            raise Unreadable(f"nama bulan tidak dikenal: {value!r}")
        return _calendar_date(int(year_text), named, int(day_text), value)
    if re.fullmatch(r"\d{4,6}(\.0+)?", value):
        return _excel_serial(float(value))
    raise Unreadable(
        f"bukan tanggal (contoh yang dikenali: 12/03/2009, 2009-03-12, 12 Maret 2009): {value!r}"
    )


# A database's "no date": 0000-00-00, 00/00/0000 (with or without a time of day).
_ZERO_DATE = re.compile(r"0{1,4}[/\-.]0{1,2}[/\-.]0{1,4}(?:[ T]0{1,2}:00(?::00)?)?")


def date(raw) -> dt.date | None:
    """12/03/2009 · 12-03-2009 · 2009-03-12 · 12 Maret 2009 · an Excel date or serial number.
    0000-00-00 and 00/00/0000 are blanks, as a database writes a missing date."""
    if is_blank(raw) or (isinstance(raw, str) and _ZERO_DATE.fullmatch(raw.strip())):
        return None
    if isinstance(raw, dt.datetime):
        value = raw.date()
    elif isinstance(raw, dt.date):
        value = raw
    elif isinstance(raw, (int, float)) and not isinstance(raw, bool):
        value = _excel_serial(float(raw))
    else:
        value = _date_text(str(raw).strip())
    if not FIRST_DATE <= value <= LAST_DATE:
        raise Unreadable(f"tanggal di luar tahun 1900–2100: {_text(raw)!r}")
    return value


def boolean(raw) -> bool | None:
    """Ya/Tidak, Berjalan/Tidak Berjalan, Sudah/Belum, 1/0 … in any case; blank is unknown."""
    if is_blank(raw):
        return None
    if isinstance(raw, bool):
        return raw
    words = _words(_text(raw))
    if words in TRUE_WORDS:
        return True
    if words in FALSE_WORDS:
        return False
    raise Unreadable(f"bukan ya/tidak: {_text(raw)!r}")


def rat_year(raw) -> int | None:
    """The fiscal year of the last RAT: 2019, TB 2019, RAT 2019; blank, '-' or 'Belum RAT' = never."""
    if is_blank(raw):
        return None
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if not float(raw).is_integer():
            raise Unreadable(f"tahun RAT bukan bilangan bulat: {raw!r}")
        year = int(raw)
    else:
        words = _words(raw)
        if words in NEVER_HELD:
            return None
        years = re.findall(r"(?<!\d)(\d{4})(?!\d)", words)
        if len(years) != 1 or re.search(r"\d", re.sub(r"(?<!\d)\d{4}(?!\d)", "", words)):
            raise Unreadable(f"bukan tahun RAT: {_text(raw)!r}")
        year = int(years[0])
    if not 1945 <= year <= 2100:
        raise Unreadable(f"tahun RAT tidak masuk akal: {year}")
    return year


def code(raw, codes: dict[str, str]) -> str | None:
    """Words as a snake_case code, through `codes` where they name a known one."""
    if is_blank(raw):
        return None
    words = _words(_text(raw))
    bare = re.sub(r"^(?:koperasi|kop) ", "", words)  # "Kop. Wanita", "Koperasi Wanita": wanita
    # Values outside the known list (e.g. "serba usaha" from older registries) are kept, as codes.
    return codes.get(words) or codes.get(bare) or bare.replace(" ", "_")


def kind(raw) -> str | None:
    """Jenis koperasi as a code: produsen, konsumen, simpan_pinjam, pemasaran, jasa (others kept)."""
    return code(raw, KIND_CODES)


def segment(raw) -> str | None:
    """Kelompok koperasi as a code: masyarakat, pegawai, perusahaan, kud, kopwan, koppontren (others kept)."""
    return code(raw, SEGMENT_CODES)


def programme(raw) -> str | None:
    """Programme as a code: koperasi_merah_putih for KMP/KDMP/KKMP (others kept)."""
    return code(raw, PROGRAMME_CODES)
