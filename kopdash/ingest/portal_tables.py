"""Published tables as the data portals lay them out, read into kopdash's published-figure rows.

Three layouts are known by their headers:
  Satu Data          kode_wilayah, nama_wilayah, judul, satuan, tahun, periode, data
  provincial portal  kode_kabupaten_kota, nama_kabupaten_kota, <measure>, satuan, tahun
  SIMKOPDES          province, district, cooperatives, accounts_count, … (simkopdes_tables.py)
  year per column    kodefikasi, komponendata, satuan, sumberdata, 2023, 2024, … either one region's
                     components (the region named by --region), or per region: a group row naming the
                     measure (its year cells empty), then one row per kabupaten/kota. A 0 or an empty
                     year cell is a year not filled in yet, skipped and counted, never a figure.
A row's metric comes from its title (judul, the measure's name, komponendata) through a mapping file
(`teks,metric`) when given, else through the words offices use ("koperasi aktif", "tidak aktif",
"direkomendasikan dibubarkan", "sehat" …). A row whose title names no metric is listed as left out,
with why. Codes may be BPS's four digits (3604); periods a year, a semester, a quarter or a month;
values may be approximate ("300 lebih", "1.200-an"), and are flagged so.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from kopdash.domain import wilayah
from kopdash.ingest import nested_tables, parse, simkopdes_tables
from kopdash.ingest.office_files import ImportRefused, normalise_header

LAYOUTS = {
    "satu_data": ("kodewilayah", "judul", "tahun", "data"),
    "provincial": ("kodekabupatenkota", "tahun"),
    "year_columns": ("komponendata",),
}
PUBLISHERS = {
    "satu_data": "Satu Data Indonesia",
    "provincial": "Portal data provinsi",
    "year_columns": "Tabel data sektoral",
    "simkopdes_district": simkopdes_tables.PUBLISHER,
}
# Words in a title -> metric, most specific first.
TITLE_WORDS = (
    (("rekomendasi", "bubar"), "dissolution_recommended"),
    (("direkomendasikan", "bubar"), "dissolution_recommended"),
    (("diusulkan", "bubar"), "dissolution_recommended"),
    (("calon", "bubar"), "dissolution_candidates"),
    (("tidak sehat",), None),
    (("sehat",), "sehat"),
    (("tidak aktif",), "tidak_aktif"),
    (("non aktif",), "tidak_aktif"),
    (("nonaktif",), "tidak_aktif"),
    (("pasif",), "not_aktif"),
    (("kurang aktif",), "kurang_aktif"),
    (("rat", "aktif"), "aktif_rat_reported"),
    (("aktif",), "aktif"),
    (("jumlah koperasi",), "registered"),
    (("banyaknya koperasi",), "registered"),
    (("koperasi terdaftar",), "registered"),
)
# Titles about members, money or business, never counts of cooperatives, whatever else they say.
NOT_COUNTS = ("anggota", "volume", "aset", "modal", "shu", "simpanan", "pinjaman", "omzet", "omset", "persen")
# Units a count of cooperatives is given in (blank too); a row in any other unit is left out.
COUNT_UNITS = {"", "unit", "koperasi", "buah", "lembaga", "badan usaha"}
_MONTHS = {name: number for name, number in parse.MONTHS.items()}
_QUARTER = re.compile(r"(?:triwulan|tw|q|kuartal)\s*(i{1,3}v?|iv|[1-4])\b")
_SEMESTER = re.compile(r"(?:semester|smt|s)\s*(i{1,2}|[12])\b")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


@dataclass
class PortalTable:
    layout: str
    rows: list[dict] = field(default_factory=list)  # published-figure rows (schema.PUBLISHED_COLUMNS)
    left_out: list[str] = field(default_factory=list)  # rows not used, with why, in words
    not_filled: int = 0  # year cells left 0 or empty (year-per-column tables): not figures
    notes: list[str] = field(default_factory=list)  # what a figure rests on (parts not filled, summed)


def layout_of(header: list[str]) -> str | None:
    if simkopdes := simkopdes_tables.layout_of(header):
        return simkopdes
    names = {normalise_header(cell) for cell in header}
    for layout, needed in LAYOUTS.items():
        if all(name in names for name in needed):
            return layout
    return None


def metric_of(title: str, mapping: dict[str, str]) -> str | None:
    """The metric a row's title names, through the mapping file first, else through the usual words."""
    key = normalise_header(title)
    if key in mapping:
        return mapping[key]
    words = " ".join(re.sub(r"[^a-z0-9]+", " ", str(title).lower()).split())
    if any(word in words.split() for word in NOT_COUNTS):
        return None
    for needed, metric in TITLE_WORDS:
        if all(word in words for word in needed):
            return metric
    return None


def period_end(year_text, period_text) -> dt.date:
    """The last day of a period: a year, a semester, a quarter (Triwulan II, TW 2, Q2) or a month."""
    year = parse.rat_year(year_text)  # a plain year, checked the same way
    if year is None:
        raise parse.Unreadable(f"tahun kosong: {year_text!r}")
    words = " ".join(re.sub(r"[^a-z0-9]+", " ", str(period_text or "").lower()).split())
    month = 12
    if quarter := _QUARTER.search(words):
        month = 3 * (int(quarter.group(1)) if quarter.group(1).isdigit() else _ROMAN[quarter.group(1)])
    elif semester := _SEMESTER.search(words):
        month = 6 * (int(semester.group(1)) if semester.group(1).isdigit() else _ROMAN[semester.group(1)])
    else:
        for word in words.split():
            if word in _MONTHS:
                month = _MONTHS[word]
                break
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def read(
    rows: list[list[str]],
    mapping: dict[str, str],
    region: str | None,
    source: dict,
    as_of: dt.date | None = None,
) -> PortalTable:
    """Published-figure rows from a portal table (`rows`: its header first), with every row accounted for;
    `as_of` dates a table that has no date of its own (SIMKOPDES's)."""
    header = [normalise_header(cell) for cell in rows[0]]
    layout = layout_of(rows[0])
    if layout is None:
        raise ImportRefused("refused.portal_layout")
    if layout == "simkopdes_district":
        return simkopdes_tables.read_district(rows, as_of, source)
    if layout == "simkopdes_province":
        raise ImportRefused("refused.simkopdes_province")
    table = PortalTable(layout)
    publisher = source.get("source_publisher") or PUBLISHERS[layout]
    if layout == "year_columns" and region and not _names_regions(rows):
        return _nested(rows, mapping, region, source, table, publisher)
    group = None  # year per column, per region: the measure the group row above names
    for number, cells in enumerate(rows[1:], start=2):
        cell = dict(zip(header, (c.strip() for c in cells), strict=False))
        unit = " ".join(cell.get("satuan", "").lower().split())
        if layout == "year_columns":
            try:
                group, figures = _year_figures(rows[0], cell, region, group)
            except parse.Unreadable as problem:
                table.left_out.append(f"baris {number}: {problem}")
                continue
            filled = [f for f in figures if not is_not_filled(f[3])]
            table.not_filled += len(figures) - len(filled)
            figures = filled
        else:
            figures = list(_figures(layout, rows[0], cell))
        for title, code, as_of_cells, value in figures:
            metric = metric_of(title, mapping)
            if unit not in COUNT_UNITS:
                table.left_out.append(f"baris {number}: {title!r} bersatuan {unit!r}, bukan jumlah koperasi")
                continue
            if metric is None:
                table.left_out.append(f"baris {number}: {title!r} bukan angka koperasi yang dikenali")
                continue
            try:
                as_of = period_end(*as_of_cells)
                count, approximate = parse.approximate_count(value)
            except parse.Unreadable as problem:
                table.left_out.append(f"baris {number}: {problem}")
                continue
            if count is None:
                table.left_out.append(f"baris {number}: {title!r} tanpa nilai")
                continue
            title = source.get("source_title") or title
            table.rows.append(figure_row(code, as_of, metric, count, approximate, title, publisher, source))
    table.left_out = list(dict.fromkeys(table.left_out))  # a row left out for each year is said once
    return table


def figure_row(
    code,
    as_of: dt.date,
    metric: str,
    count,
    approximate: bool,
    title: str,
    publisher: str,
    source: dict,
    programme: str = "",
):
    """One published-figure row, in the text kopdash's own published layout holds."""
    return {
        "region_code": wilayah.region_code(code),
        "as_of": as_of.isoformat(),
        "programme": programme,
        "metric": metric,
        "value": str(count),
        "approximate": "ya" if approximate else "tidak",
        "source_title": title,
        "source_publisher": publisher,
        "source_url": source.get("source_url") or "",
    }


def _names_regions(rows: list[list[str]]) -> bool:
    """Whether a year-per-column table lists kabupaten/kota (a province's table), not one region's parts."""
    from kopdash.ingest import region_check

    column = [normalise_header(c) for c in rows[0]].index("komponendata")
    return any(region_check.regency_code(r[column].strip()) for r in rows[1:] if len(r) > column)


def _nested(rows, mapping: dict[str, str], region: str, source: dict, table: PortalTable, publisher: str):
    """One region's year-per-column table, nested or flat (nested_tables): one figure per measure and
    year; breakdowns below a measure left out, parts not filled said, an ambiguous level refused."""
    header = [normalise_header(cell) for cell in rows[0]]
    years = [c.strip() for c in rows[0] if re.fullmatch(r"(19|20)\d\d", c.strip())]
    nodes, unused = [], {}
    for number, cells in enumerate(rows[1:], start=2):
        cell = dict(zip(header, (c.strip() for c in cells), strict=False))
        title, unit = cell.get("komponendata", ""), " ".join(cell.get("satuan", "").lower().split())
        metric = metric_of(nested_tables.title_without_number(title), mapping)
        counted = metric if unit in COUNT_UNITS else None
        values = {year: cell.get(normalise_header(year), "") for year in years}
        if any(nested_tables.filled(v) for v in values.values()) and not counted:
            unused[number] = (
                f"baris {number}: {title!r} bersatuan {unit!r}, bukan jumlah koperasi"
                if unit not in COUNT_UNITS
                else f"baris {number}: {title!r} bukan angka koperasi yang dikenali"
            )
        position = nested_tables.position_of(cell.get("kodefikasi", ""), title)
        nodes.append(nested_tables.Node(number, position or (), title, counted, values))
    root = nested_tables.tree(nodes)
    below = set(nested_tables.breakdown_rows(root))
    table.left_out += [line for number, line in unused.items() if number not in below]
    if below:
        table.left_out.append(
            f"{len(below)} baris rincian di bawah sebuah angka (mis. per kecamatan) tidak dipakai sebagai "
            "angka wilayah"
        )
    for metric in nested_tables.metrics(root):
        for year in years:
            try:
                found = nested_tables.figure(root, metric, year, parse.approximate_count)
            except nested_tables.Ambiguous as twice:
                raise ImportRefused(
                    "refused.published_ambiguous",
                    metric=metric,
                    year=year,
                    rows=", ".join(map(str, twice.rows)),
                ) from None
            except parse.Unreadable as problem:
                table.left_out.append(f"{year} {metric}: {problem}")
                continue
            if found is None or found.value == 0:
                table.not_filled += 1
                continue
            table.notes += [f"{year} {metric}: {note}" for note in found.notes]
            as_of = period_end(year, "")
            title = source.get("source_title") or _source_title(nodes, found.rows)
            table.rows.append(
                figure_row(region, as_of, metric, found.value, found.approximate, title, publisher, source)
            )
    return table


def _source_title(nodes: list, rows: list[int]) -> str:
    """A figure's title: its row's, or the number of rows it sums."""
    if len(rows) == 1:
        return next(node.title for node in nodes if node.row == rows[0])
    titles = dict.fromkeys(node.title for node in nodes if node.row in rows)
    return " + ".join(titles) + f" (jumlah {len(rows)} baris)"


def is_not_filled(value) -> bool:
    """A year cell of a year-per-column table that portals leave 0 or empty until the year is filled."""
    return parse.is_blank(value) or str(value).strip() in ("0", "-", "0,0", "0.0")


def _year_figures(header: list[str], cell: dict, region: str | None, group: str | None):
    """The measure named so far (group) and the figures of one row of a year-per-column table: a group
    row (every year empty) names the measure of the region rows under it; a row naming a kabupaten/kota
    is that region's figure of the measure; any other row is a component of the region --region names."""
    from kopdash.ingest import region_check

    name = cell.get("komponendata", "")
    years = [column.strip() for column in header if re.fullmatch(r"(19|20)\d\d", str(column).strip())]
    values = [cell.get(normalise_header(year)) for year in years]
    named = region_check.regency_code(name) if group else None
    if named is None and all(parse.is_blank(v) for v in values):
        return name, []  # a group row: the measure of the rows below it
    if named is not None:
        title, code = group, named
    elif region:
        title, code = name, region
    elif group:
        raise parse.Unreadable(f"{name!r} bukan kabupaten/kota yang dikenali (di bawah {group!r})")
    else:
        raise ImportRefused("refused.portal_region")
    return group, [(title, code, (year, ""), value) for year, value in zip(years, values, strict=True)]


def _figures(layout: str, header: list[str], cell: dict):
    """(title, region code, (year, period), value) of each figure in one row."""
    if layout == "satu_data":
        yield (
            cell.get("judul", ""),
            cell.get("kodewilayah", ""),
            (cell.get("tahun"), cell.get("periode")),
            cell.get("data"),
        )
    else:  # provincial
        for name in header:  # every column but codes, names, units and periods is a measure
            key = normalise_header(name)
            if not (key.startswith(("kode", "nama")) or key in ("satuan", "tahun", "periode", "id", "no")):
                yield (
                    name,
                    cell.get("kodekabupatenkota", ""),
                    (cell.get("tahun"), cell.get("periode")),
                    cell.get(key),
                )
