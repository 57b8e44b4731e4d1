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


# A Dinas list as offices keep it: name, nomor badan hukum, address, kecamatan; no NIK, no founding date,
# no RAT. 400 cooperatives of Kota Serang's six kecamatan.
DINAS_LIST_DATE = dt.date(2026, 11, 30)
KOTA_SERANG_DISTRICTS = ["Serang", "Kasemen", "Walantaka", "Curug", "Cipocok Jaya", "Taktakan"]


def dinas_list(rows: int = 400, twice: tuple[int, ...] = ()) -> bytes:
    """The list as an xlsx with a title block; `twice`: row numbers whose legal-entity number is repeated
    on a row of its own at the end (a cooperative typed in twice)."""
    import io

    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("Daftar Koperasi")
    sheet.write_string(0, 0, "DAFTAR KOPERASI KOTA SERANG")
    sheet.write_string(1, 0, "Dinas Koperasi, UKM, Perindustrian dan Perdagangan")
    header = ["No", "Nama Koperasi", "Nomor Badan Hukum", "Alamat", "Kecamatan"]
    for column, text in enumerate(header):
        sheet.write_string(3, column, text)
    listed = [
        (i, f"Koperasi Serang {i}", f"{i:03d}/BH/KDK.11/{1990 + i % 30}", f"Jl. Kenari No. {i}, RT 02",
         KOTA_SERANG_DISTRICTS[i % 6])
        for i in range(1, rows + 1)
    ]  # fmt: skip
    listed += [
        (rows + n, f"Koperasi Serang {i} (ketik ulang)", *listed[i - 1][2:]) for n, i in enumerate(twice, 1)
    ]
    for number, row in enumerate(listed, start=4):
        for column, cell in enumerate(row):
            sheet.write(number, column, cell)
    book.close()
    return buffer.getvalue()


def kota_serang_villages() -> list[tuple[str, str]]:
    """(kecamatan, kelurahan) of Kota Serang's 67 kelurahan, from the official list."""
    from kopdash.domain import wilayah

    return [
        (district, village)
        for code, district in zip(
            [f"{KOTA_SERANG}.{i:02d}" for i in range(1, 7)], wilayah.district_names(KOTA_SERANG), strict=True
        )
        for _, village in wilayah.villages(code)
    ]


def kmp_roster_bare() -> bytes:
    """The Kota Serang Koperasi Merah Putih roster as the Dinas holds it: one per kelurahan, a NIK, no
    founding date, no RAT and no operating column."""
    lines = ["No;NIK;Nama Koperasi;Kelurahan;Kecamatan"] + [
        f"{i};3673{i:012d};Koperasi Kelurahan Merah Putih {village};{village};{district}"
        for i, (district, village) in enumerate(kota_serang_villages(), start=1)
    ]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


# A Pemda's SIPD e-database table of a kota: one column per year, nested rows by `kodefikasi`: the
# section, then jenis → Dibantu Pemerintah / Kepemilikan Mandiri → Jumlah Koperasi Aktif / Tidak Aktif →
# one row per kecamatan. `n/a` marks cells nobody filled in.
SIPD_YEARS = ("2016", "2017", "2018", "2019")
SIPD_KINDS = ("Produksi", "Konsumsi", "Simpan Pinjam", "Serba Usaha")
SIPD_OWNERS = ("Dibantu Pemerintah", "Kepemilikan Mandiri")
SIPD_MEASURES = ("Jumlah Koperasi Aktif", "Jumlah Koperasi Tidak Aktif")


def sipd_value(kind: int, owner: int, measure: int, district: int, year: int) -> int | None:
    """One kecamatan's count: fixed, varied numbers; None (n/a) for Simpan Pinjam's 2016 and all of 2019."""
    if year == 3 or (kind == 2 and year == 0):
        return None
    return (kind + 1) * (owner + 2) + (3 - measure * 2) * (district + 1) + year * (1 + measure)


def sipd_table(total_row: tuple[int, ...] | None = None) -> bytes:
    """The table as the portal exports it (';' CSV). `total_row`: a section-level "Jumlah Koperasi Aktif"
    row with these values per year (the table's own total), placed after the jenis."""
    rows = [["kodefikasi", "komponendata", "satuan", "sumberdata", *SIPD_YEARS]]
    blank = [""] * len(SIPD_YEARS)
    rows.append(["II", "Koperasi dan Usaha Kecil Menengah", "", "", *blank])

    def cells(values):
        return ["n/a" if v is None else str(v) for v in values]

    for k, kind in enumerate(SIPD_KINDS):
        rows.append([f"II.{k + 1}", f"Koperasi {kind}", "", "", *blank])
        for o, owner in enumerate(SIPD_OWNERS):
            rows.append([f"II.{k + 1}.{o + 1}", owner, "", "", *blank])
            for m, measure in enumerate(SIPD_MEASURES):
                code = f"II.{k + 1}.{o + 1}.{m + 1}"
                per_year = [sipd_total(k, o, m, y) for y in range(len(SIPD_YEARS))]
                rows.append([code, measure, "Unit", "Dinas Koperasi", *cells(per_year)])
                for d, district in enumerate(KOTA_SERANG_DISTRICTS):
                    values = [sipd_value(k, o, m, d, y) for y in range(len(SIPD_YEARS))]
                    rows.append(
                        [f"{code}.{d + 1}", f"Kecamatan {district}", "Unit", "Dinas Koperasi", *cells(values)]
                    )
    if total_row is not None:
        rows.append(["II.5", "Jumlah Koperasi Aktif", "Unit", "Dinas Koperasi", *cells(total_row)])
    return ("\r\n".join(";".join(row) for row in rows) + "\r\n").encode("utf-8")


def sipd_total(kind: int, owner: int, measure: int, year: int) -> int | None:
    """A sub-total row's value: the sum of its kecamatan (None where they are n/a)."""
    values = [sipd_value(kind, owner, measure, d, year) for d in range(len(KOTA_SERANG_DISTRICTS))]
    return None if None in values else sum(values)


def kota_serang_registry(with_nik: bool = True, with_kecamatan: bool = True) -> bytes:
    """Kota Serang's registry as its office exports it: 284 cooperatives, 16-digit NIKs (3673…) or
    legal-entity numbers, Kota Serang's kecamatan, and no column naming the region."""
    header = ["No", "NIK" if with_nik else "Nomor Badan Hukum", "Nama Koperasi"]
    header += ["Kecamatan"] if with_kecamatan else []
    header += ["Tanggal Badan Hukum", "RAT Terakhir"]
    lines = [";".join(header)]
    for i in range(1, 285):
        key = f"3673{i:012d}" if with_nik else f"{i}/BH/XI/2010"
        place = [KOTA_SERANG_DISTRICTS[i % 6]] if with_kecamatan else []
        lines.append(";".join([str(i), key, f"Koperasi Kota {i}", *place, "12/03/2010", "2023"]))
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


# SIMKOPDES's table per kabupaten/kota, as the ministry's system exports it: its own ids, names such as
# "KAB. LEBAK" and "KOTA SERANG", no date, rupiah beside counts, and rat_count 0 in every row (not filled
# in yet). One name is no kabupaten/kota at all.
SIMKOPDES_HEADER = ["province_id", "province", "district_id", "district", "cooperatives", "accounts_count",
                    "npwp_count", "nib_count", "rat_count", "transaction_volume", "transaction_value",
                    "simpanan_pokok_amount", "simpanan_pokok_members"]  # fmt: skip
SIMKOPDES_ROWS = [
    [
        "16",
        "BANTEN",
        "244",
        "KAB. LEBAK",
        "345",
        "333",
        "335",
        "251",
        "0",
        "12",
        "4500000",
        "15000000",
        "1200",
    ],
    ["16", "BANTEN", "245", "KOTA SERANG", "67", "67", "66", "49", "0", "3", "1250000", "2000000", "310"],
    ["16", "BANTEN", "246", "KAB. ANTAH BERANTAH", "10", "1", "1", "1", "0", "0", "0", "0", "0"],
]
SIMKOPDES_LADDER = {
    "registered": 67,
    "kmp_account": 67,
    "kmp_npwp": 66,
    "kmp_nib": 49,
    "kmp_transactions": 3,
    "kmp_simpanan_pokok_members": 310,
}  # fmt: skip  Kota Serang's figures, as stored


def simkopdes_district_table() -> bytes:
    return "\n".join(",".join(row) for row in [SIMKOPDES_HEADER, *SIMKOPDES_ROWS]).encode()


def simkopdes_province_table() -> bytes:
    header = "province_id,province,rat_period,total_rat,total_done_rat,build_upto_20,build_100,updated_at"
    return f"{header}\n16,BANTEN,2025,1552,0,210,95,2026-08-31 10:00:00\n".encode()
