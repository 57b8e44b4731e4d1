"""Files as offices and portals really write them, built by the tests: Indonesian Excel's semicolon CSV,
a Pemda's nested SIPD e-database table, a Dinas list without dates, a bare Koperasi Merah Putih roster,
and another kota's registry. Each builder returns bytes, and the module says what must come of them."""

from __future__ import annotations

import datetime as dt

KOTA_SERANG, KAB_SERANG = "36.73", "36.04"

# Indonesian Excel's CSV: ';' between fields, a decimal comma, addresses full of commas, a title row
# padded with separators, quoted cells holding ';' and a line break. 20 cooperatives of Kabupaten Serang.
EXCEL_SNAPSHOT = dt.date(2024, 12, 31)  # due year 2023
EXCEL_HEADERS = ["No", "NIK", "Nama Koperasi", "Alamat", "Kecamatan", "Tanggal Badan Hukum",
                 "RAT Terakhir", "Jumlah Anggota", "Aset", "Modal Sendiri", "Unit Usaha"]  # fmt: skip
EXCEL_DISTRICTS = ["Kramatwatu", "Ciruas", "Kragilan", "Cikande", "Baros"]


def excel_rows() -> list[list[str]]:
    """The 20 rows, each with its cells as Excel shows them (numbers in Indonesian notation)."""
    rows = []
    for i in range(1, 21):
        district = EXCEL_DISTRICTS[i % 5]
        address = f"Jl. Raya Serang Km. {i}, RT 0{i % 9 + 1}, RW 02, Sukamaju, {district}, Serang, Banten"
        name = f"Koperasi Sejahtera {i}" if i % 7 else f"KSP Maju; Bersama {i}"  # a ';' in a name: quoted
        if i == 5:
            address = "Jl. Ciruas, No. 5,\nBlok A, RT 01"  # a line break inside the cell: quoted
        rows.append([
            str(i), f"3604{i:012d}", name, address, district, f"{(i % 27) + 1:02d}/03/2009",
            str(2023 - i % 3), f"{1000 + i * 37:,}".replace(",", "."), f"{12345 + i},5", f"{i * 1000},25",
            "Simpan pinjam, waserda, jasa fotokopi, pulsa, token listrik",
        ])  # fmt: skip
    return rows


def excel_semicolon_csv(sep_line: bool = False) -> bytes:
    """As Indonesian Excel saves "CSV (dipisahkan koma)": Windows-1252, CRLF, ';' between fields."""
    import csv
    import io

    buffer = io.StringIO()
    if sep_line:  # what Excel writes when told the separator explicitly
        buffer.write("sep=;\r\n")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    title = "DATA KOPERASI KABUPATEN SERANG, PER 31 DESEMBER 2024"
    writer.writerow([title] + [""] * (len(EXCEL_HEADERS) - 1))
    writer.writerow(EXCEL_HEADERS)
    writer.writerows(excel_rows())
    return buffer.getvalue().encode("cp1252")
