"""The words of the region page (wilayah), in Bahasa Indonesia and English."""

WORDS: dict[str, dict[str, str]] = {
    "region.choose": {"id": "Wilayah", "en": "Region"},
    "region.kecamatan": {"id": "Kecamatan", "en": "District (kecamatan)"},
    "region.all_kecamatan": {"id": "Semua kecamatan", "en": "All districts"},
    "region.village": {"id": "Desa/kelurahan", "en": "Village"},
    "region.all_villages": {"id": "Semua desa/kelurahan", "en": "All villages"},
    "region.snapshot": {
        "id": "Pemutakhiran {date} (terakhir pada atau sebelum {as_of}). {rule}",
        "en": "Snapshot of {date} (latest on or before {as_of}). {rule}",
    },
    "region.no_snapshot": {
        "id": "{region} belum punya pemutakhiran pada atau sebelum {date}; pemutakhiran pertamanya {first}.",
        "en": "{region} has no snapshot on or before {date}; its first is {first}.",
    },
    "region.open_programme": {
        "id": "Buka halaman program {programme} di wilayah ini",
        "en": "Open the {programme} programme page for this region",
    },
    "region.by_kecamatan": {"id": "Status per kecamatan", "en": "Status by district"},
    "region.by_village": {
        "id": "Status per desa/kelurahan di Kecamatan {kecamatan}",
        "en": "Status by village in {kecamatan}",
    },
    "region.click_hint": {
        "id": "Klik batang untuk membuka {target}. Urutan: persentase aktif terendah di atas.",
        "en": "Click a bar to open {target}. Order: lowest share active on top.",
    },
    "region.hint_kecamatan": {
        "id": "desa dan koperasi di kecamatan itu",
        "en": "that district's villages and cooperatives",
    },
    "region.hint_village": {
        "id": "daftar koperasi di desa itu",
        "en": "the list of that village's cooperatives",
    },
    "region.by_kind": {"id": "Menurut jenis koperasi", "en": "By kind"},
    "region.by_segment": {"id": "Menurut kelompok koperasi", "en": "By segment"},
    "region.rat": {"id": "Kepatuhan RAT tahun buku {year}", "en": "RAT compliance, fiscal year {year}"},
    "region.rat_caption": {
        "id": "RAT dilaksanakan = tahun RAT terakhir {year} atau sesudahnya; dilaporkan = laporannya sampai ke "
        "dinas. Baris terakhir: seluruh wilayah.",
        "en": "RAT held = last RAT for {year} or later; reported = its report reached the office. Last row: "
        "the whole region.",
    },
    "region.rat_columns.district": {"id": "Kecamatan", "en": "District"},
    "region.rat_columns.registered": {"id": "Terdaftar", "en": "Registered"},
    "region.rat_columns.rat_held": {"id": "RAT dilaksanakan", "en": "RAT held"},
    "region.rat_columns.held": {"id": "% dilaksanakan", "en": "% held"},
    "region.rat_columns.rat_reported": {"id": "RAT dilaporkan", "en": "RAT reported"},
    "region.rat_columns.reported": {"id": "% dilaporkan", "en": "% reported"},
    "region.rat_columns.active": {"id": "Aktif", "en": "Active"},
    "region.rat_columns.active_rat_reported": {"id": "Aktif & RAT dilaporkan", "en": "Active & RAT reported"},
    "region.quality": {"id": "Kualitas data registri", "en": "Registry data quality"},
    "region.quality_caption": {
        "id": "Jumlah koperasi terdaftar dengan isian kosong atau meragukan. Anggota di bawah 9 orang "
        "meragukan (batas minimal koperasi primer). Kecamatan/desa tak dikenali: namanya tidak cocok dengan "
        "daftar resmi Kemendagri (disimpan apa adanya). Status kantor berbeda: status yang ditulis dinas "
        "(Aktif, Pasif, Mati Suri …) tidak sama dengan status menurut aturan. Baris terakhir: seluruh wilayah.",
        "en": "Registered cooperatives with blank or doubtful fields. Fewer than 9 members is doubtful (the "
        "minimum for a primary cooperative). District/village not matched: the name matches nothing in the "
        "official Kemendagri list (kept as written). Office status differs: the status the office wrote "
        "(Aktif, Pasif, Mati Suri …) is not the one the rule gives. Last row: the whole region.",
    },
    "region.quality_columns.district": {"id": "Kecamatan", "en": "District"},
    "region.quality_columns.registered": {"id": "Terdaftar", "en": "Registered"},
    "region.quality_columns.village_blank": {"id": "Desa kosong", "en": "Village blank"},
    "region.quality_columns.founding_date_blank": {
        "id": "Tgl badan hukum kosong",
        "en": "Founding date blank",
    },
    "region.quality_columns.kind_segment_blank": {"id": "Jenis/kelompok kosong", "en": "Kind/segment blank"},
    "region.quality_columns.business_status_unknown": {
        "id": "Status usaha tidak diketahui",
        "en": "Business status unknown",
    },
    "region.quality_columns.members_blank": {"id": "Anggota kosong", "en": "Members blank"},
    "region.quality_columns.members_9": {"id": "Anggota < 9", "en": "Members < 9"},
    "region.quality_columns.rat_not_reported": {"id": "RAT tidak dilaporkan", "en": "RAT not reported"},
    "region.quality_columns.district_not_matched": {
        "id": "Kecamatan tak dikenali",
        "en": "District not matched",
    },
    "region.quality_columns.village_not_matched": {"id": "Desa tak dikenali", "en": "Village not matched"},
    "region.quality_columns.office_status_differs": {
        "id": "Status kantor berbeda",
        "en": "Office status differs",
    },
    "region.whole": {"id": "Seluruh wilayah", "en": "Whole region"},
    "region.blank": {"id": "(kosong)", "en": "(blank)"},
    "region.kecamatan_figures": {"id": "Kecamatan {kecamatan}", "en": "District {kecamatan}"},
    "region.trend": {"id": "Perkembangan status di {region}", "en": "Status over time in {region}"},
    "region.list": {"id": "Daftar koperasi", "en": "Cooperatives"},
    "region.part_kecamatan": {"id": "Per kecamatan", "en": "By district"},
    "region.part_villages": {"id": "Per desa/kelurahan", "en": "By village"},
    "region.part_chart_kecamatan": {"id": "Grafik per kecamatan", "en": "Chart by district"},
    "region.part_chart_villages": {"id": "Grafik per desa/kelurahan", "en": "Chart by village"},
    "region.table_hint_kecamatan": {
        "id": "Urutan: persentase aktif terendah di atas. Pilih kecamatan di kolom Kecamatan di atas untuk "
        "membuka desa dan koperasinya, atau klik batangnya di Grafik per kecamatan.",
        "en": "Lowest share aktif first. Choose a district in the District (kecamatan) field above to open its "
        "villages and cooperatives, or click its bar in Chart by district.",
    },
    "region.table_hint_village": {
        "id": "Urutan: persentase aktif terendah di atas. Pilih desa/kelurahan di atas untuk membuka daftar "
        "koperasinya, atau klik batangnya di Grafik per desa/kelurahan.",
        "en": "Lowest share aktif first. Choose a village above to open its list of cooperatives, or click "
        "its bar in Chart by village.",
    },
    "region.part_kinds": {"id": "Jenis dan kelompok", "en": "Kinds and segments"},
    "region.part_rat": {"id": "RAT dan kualitas data", "en": "RAT and data quality"},
    "region.part_trend": {"id": "Perkembangan", "en": "Over time"},
    "region.search": {"id": "Cari nama atau NIK", "en": "Search name or NIK"},
    "region.status_filter": {"id": "Status", "en": "Status"},
    "region.sort": {"id": "Urutkan", "en": "Sort by"},
    "region.list_count_dissolved": {
        "id": "{n} koperasi dalam daftar: {registered} terdaftar (seperti angka di atas) dan {dissolved} yang "
        "sudah dibubarkan. Klik baris untuk membuka riwayat koperasi itu.",
        "en": "{n} cooperatives listed: {registered} registered (as counted above) and {dissolved} already "
        "dissolved. Click a row to open that cooperative's history.",
    },
    "region.list_count": {
        "id": "{n} koperasi. Klik baris untuk membuka riwayat koperasi itu.",
        "en": "{n} cooperatives. Click a row to open that cooperative's history.",
        "en_one": "1 cooperative. Click a row to open that cooperative's history.",
    },
    "region.list_limited": {
        "id": "Ditampilkan {n} koperasi pertama; persempit dengan pencarian atau filter.",
        "en": "Showing the first {n} cooperatives; narrow down with the search or filters.",
    },
}
