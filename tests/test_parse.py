"""Every value parser, by example and by property (hypothesis); the fast paths give the same answers."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kopdash.ingest import parse, parse_fast

INDONESIAN_MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


def indonesian(number: int, decimals: str = "") -> str:
    grouped = f"{abs(number):,}".replace(",", ".")
    return ("-" if number < 0 else "") + grouped + (f",{decimals}" if decimals else "")


@given(st.integers(-(10**12), 10**12))
def test_indonesian_thousands_read_back(number):
    assert parse.number(indonesian(number)) == number


@given(st.integers(0, 10**12), st.integers(0, 99))
def test_rupiah_with_cents_read_back(whole, cents):
    text = "Rp " + indonesian(whole, f"{cents:02d}")
    assert parse.number(text) == pytest.approx(whole + cents / 100)


@given(st.floats(-1e12, 1e12, allow_nan=False))
def test_spreadsheet_numbers_pass_through(value):
    assert parse.number(value) == value


@given(st.integers(0, 10**9))
def test_integers_accept_grouping_and_refuse_fractions(number):
    assert parse.integer(indonesian(number)) == number
    with pytest.raises(parse.Unreadable):
        parse.integer(indonesian(number, "5"))


@given(st.text(alphabet="abcxyz!?", min_size=1))
def test_words_are_not_numbers(text):
    if text.strip().lower() not in parse.BLANKS:
        with pytest.raises(parse.Unreadable):
            parse.number(text)


@given(st.dates(dt.date(1900, 3, 1), dt.date(2100, 12, 31)))
def test_every_date_format_reads_back(day):
    written = [
        day.strftime("%d/%m/%Y"),
        day.strftime("%d-%m-%Y"),
        day.isoformat(),
        f"{day.day} {INDONESIAN_MONTHS[day.month - 1]} {day.year}",
        f"{day.day} {INDONESIAN_MONTHS[day.month - 1].upper()} {day.year}",
        float((day - parse.EXCEL_EPOCH).days),  # an Excel serial number
        dt.datetime(day.year, day.month, day.day, 8, 30),
    ]
    assert {parse.date(text) for text in written} == {day}


@given(st.integers(1900, 2100), st.integers(1, 12), st.integers(29, 31))
def test_impossible_calendar_dates_are_refused(year, month, day):
    try:
        dt.date(year, month, day)
    except ValueError:
        with pytest.raises(parse.Unreadable, match="kalender"):
            parse.date(f"{day:02d}/{month:02d}/{year}")


@given(
    st.sampled_from(sorted(parse.TRUE_WORDS | parse.FALSE_WORDS)),
    st.sampled_from([str.upper, str.lower, str.title, lambda s: f"  {s} "]),
)
def test_yes_no_words_in_any_case(word, style):
    assert parse.boolean(style(word)) is (word in parse.TRUE_WORDS)


@given(st.integers(1945, 2100), st.sampled_from(["{}", "TB {}", "RAT {}", "Tahun Buku {}", " {} "]))
def test_rat_years_in_their_usual_spellings(year, pattern):
    assert parse.rat_year(pattern.format(year)) == year
    assert parse.rat_year(float(year)) == year


@pytest.mark.parametrize("never", ["", "-", "Belum RAT", "BELUM PERNAH RAT", "belum", None, float("nan")])
def test_a_rat_never_held(never):
    assert parse.rat_year(never) is None


@given(st.text(alphabet="0123456789", min_size=16, max_size=16), st.sampled_from([" ", ".", "-", ""]))
def test_nik_is_sixteen_digits_whatever_separates_them(digits, separator):
    spaced = separator.join([digits[:4], digits[4:8], digits[8:12], digits[12:]])
    assert parse.nik(spaced) == digits
    assert parse.nik("'" + digits) == digits  # Excel's text prefix


@given(st.text(alphabet="0123456789", min_size=1, max_size=30))
def test_nik_of_another_length_is_refused(digits):
    if len(digits) not in (13, 16):  # the lengths real registries write
        with pytest.raises(parse.Unreadable, match="13 atau 16 digit"):
            parse.nik(digits)
    else:
        assert parse.nik(digits) == digits


def test_a_sixteen_digit_nik_stored_as_an_excel_number_is_refused_in_words():
    with pytest.raises(parse.Unreadable, match="Format kolom NIK sebagai Teks"):
        parse.nik(3603000000000001.0)
    with pytest.raises(parse.Unreadable, match="Format kolom NIK sebagai Teks"):
        parse.nik(3603000000000001)


@given(st.integers(10**12, 10**13 - 1))
def test_a_thirteen_digit_nik_stored_as_an_excel_number_is_its_digits(number):
    """Excel keeps 15 digits exactly, so a 13-digit NIK typed into a number cell survives whole."""
    assert parse.nik(float(number)) == parse.nik(number) == str(number)


@pytest.mark.parametrize("number", [12345678901234.0, 5104.0, 5104010020001.5, -5104010020001.0])
def test_a_number_cell_of_another_length_or_with_a_fraction_is_no_nik(number):
    with pytest.raises(parse.Unreadable, match="13 atau 16 digit"):
        parse.nik(number)


@given(st.text(min_size=1))
def test_text_is_kept_verbatim_but_for_surrounding_spaces(text):
    if parse.CONTROL_CHARACTERS.search(text.strip()):  # NUL and the like: refused in words, not kept
        with pytest.raises(parse.Unreadable, match="karakter kendali"):
            parse.text(text)
        return
    value = parse.text(text)
    assert value is None or value == text.strip()


@pytest.mark.parametrize(
    "parser, written, expected",
    [
        (parse.kind, "Koperasi Simpan Pinjam", "simpan_pinjam"),
        (parse.kind, "KSP", "simpan_pinjam"),
        (parse.kind, "Serba Usaha", "serba_usaha"),  # an older kind is kept, not dropped
        (parse.segment, "KPRI", "pegawai"),
        (parse.segment, "Koperasi Wanita", "kopwan"),
        (parse.programme, "KDMP", "koperasi_merah_putih"),
        (parse.programme, "Koperasi Kelurahan Merah Putih", "koperasi_merah_putih"),
    ],
)
def test_codes(parser, written, expected):
    assert parser(written) == expected


# -- the fast paths claim only what parse.py reads the same way ---------------------------------------
def _slow(parser, raw):
    try:
        return parser(raw)
    except parse.Unreadable:
        return "unreadable"


def _agree(fast, parser, cells):
    values, left = fast(cells)
    for position, raw in enumerate(cells):
        if position not in left:
            assert values[position] == _slow(parser, raw), raw


cells = st.one_of(
    st.text(max_size=25),
    st.text(alphabet="0123456789.,-Rp ()", max_size=20),
    st.dates(dt.date(1890, 1, 1), dt.date(2110, 1, 1)).map(lambda d: d.strftime("%d/%m/%Y")),
    st.dates(dt.date(1890, 1, 1), dt.date(2110, 1, 1)).map(dt.date.isoformat),
    st.text(alphabet="0123456789/", min_size=10, max_size=10),
    # date-shaped text that is often not a calendar date (31/02, 30-02-…)
    st.builds(
        lambda d, m, y: f"{d:02d}/{m:02d}/{y}",
        st.integers(1, 31),
        st.integers(1, 12),
        st.integers(1890, 2110),
    ),
    st.builds(
        lambda d, m, y: f"{y}-{m:02d}-{d:02d}",
        st.integers(1, 31),
        st.integers(1, 12),
        st.integers(1890, 2110),
    ),
    st.floats(allow_nan=True),
    st.none(),
)


@given(st.lists(cells, max_size=30))
def test_fast_numbers_agree_with_parse(batch):
    _agree(parse_fast.numbers, parse.number, batch)
    _agree(parse_fast.integers, parse.integer, batch)


@given(st.lists(cells, max_size=30))
def test_fast_dates_agree_with_parse(batch):
    _agree(parse_fast.dates, parse.date, batch)


@given(st.lists(cells | st.text(alphabet="0123456789", min_size=16, max_size=16), max_size=30))
def test_fast_niks_and_texts_agree_with_parse(batch):
    _agree(parse_fast.niks, parse.nik, batch)
    _agree(parse_fast.texts, parse.text, batch)
