"""SIMKOPDES's per-district table of the Koperasi Merah Putih, read into published-figure rows.

The ministry's village-cooperative system publishes, per kabupaten/kota, its own ids and names
(`province_id, province, district_id, district`: "KAB. LEBAK", "KOTA SERANG") and counts of the
programme's ladder (`cooperatives, accounts_count, npwp_count, nib_count, rat_count, …`), with no date.
Each count of cooperatives becomes a figure of programme `koperasi_merah_putih` for the kabupaten/kota
its name and province give in the official list, dated by the officer (`kopdash published --date`).
A column that is 0 in every row is not filled in yet, never a figure (the real tables' `rat_count`);
sums of rupiah are not counts and are listed as left out. Its per-province table is refused in words:
its figures are a province's, and the store keeps kabupaten/kota figures.
"""

from __future__ import annotations

import datetime as dt

from kopdash.ingest import parse
from kopdash.ingest.office_files import ImportRefused, normalise_header

PROGRAMME = "koperasi_merah_putih"
PUBLISHER = "SIMKOPDES (Kementerian Koperasi)"
TITLE = "SIMKOPDES: Koperasi Merah Putih per kabupaten/kota"
# The table's columns (as normalise_header writes them) and the published metric each one is.
METRICS = {
    "cooperatives": "registered",
    "accountscount": "kmp_account",
    "npwpcount": "kmp_npwp",
    "nibcount": "kmp_nib",
    "ratcount": "kmp_rat",
    "transactionvolume": "kmp_transactions",
    "simpananpokokmembers": "kmp_simpanan_pokok_members",
    "simpananwajibmembers": "kmp_simpanan_wajib_members",
}
NAMES = ("provinceid", "province", "districtid", "district", "no", "id")  # what says which region
DISTRICT_LAYOUT = ("district", "cooperatives")
PROVINCE_LAYOUT = ("province", "totalrat")
LARGEST = 2**31 - 1  # the store's value column is a 32-bit integer


def layout_of(header: list[str]) -> str | None:
    """ "simkopdes_district", "simkopdes_province" or None, from a table's header."""
    names = {normalise_header(cell) for cell in header}
    if all(name in names for name in DISTRICT_LAYOUT):
        return "simkopdes_district"
    if all(name in names for name in PROVINCE_LAYOUT) and "district" not in names:
        return "simkopdes_province"
    return None


def read_district(rows: list[list[str]], as_of: dt.date | None, source: dict):
    """Published-figure rows of a district table (`rows`: its header first), every row and column
    accounted for in the returned PortalTable."""
    from kopdash.ingest.portal_tables import PortalTable, figure_row, is_not_filled
    from kopdash.ingest.region_check import regency_code

    if as_of is None:
        raise ImportRefused("refused.simkopdes_date")
    header = [normalise_header(cell) for cell in rows[0]]
    table = PortalTable("simkopdes_district")
    cells = [dict(zip(header, (c.strip() for c in row), strict=False)) for row in rows[1:]]
    measured = [name for name in header if name in METRICS]
    unused = [
        rows[0][i].strip() for i, name in enumerate(header) if name not in METRICS and name not in NAMES
    ]
    if unused:
        table.left_out.append(
            "kolom tidak dipakai (bukan jumlah koperasi, mis. rupiah atau persen): " + ", ".join(unused)
        )
    filled = []
    for column in measured:
        if all(is_not_filled(c.get(column)) for c in cells):
            table.notes.append(
                f"kolom {rows[0][header.index(column)].strip()} bernilai 0 atau kosong di setiap baris: "
                "belum diisi, bukan angka; tidak disimpan"
            )
        else:
            filled.append(column)
    title = source.get("source_title") or TITLE
    publisher = source.get("source_publisher") or PUBLISHER
    for number, cell in enumerate(cells, start=2):
        code = regency_code(cell.get("district", ""), cell.get("province") or None)
        if code is None:
            table.left_out.append(
                f"baris {number}: {cell.get('district', '')!r} ({cell.get('province', '')}) bukan "
                "kabupaten/kota dalam daftar resmi Kemendagri"
            )
            continue
        for column in filled:
            try:
                count, approximate = parse.approximate_count(cell.get(column))
            except parse.Unreadable as problem:
                table.left_out.append(f"baris {number} {column}: {problem}")
                continue
            if count is None or not 0 <= count <= LARGEST:
                table.left_out.append(
                    f"baris {number} {column}: {cell.get(column)!r} bukan jumlah yang dapat disimpan"
                )
                continue
            table.rows.append(
                figure_row(
                    code, as_of, METRICS[column], count, approximate, title, publisher, source, PROGRAMME
                )
            )
    return table
