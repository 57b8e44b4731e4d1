"""The words of the map (peta), in Bahasa Indonesia and English."""

WORDS: dict[str, dict[str, str]] = {
    "map.title": {"id": "Peta status koperasi", "en": "Map of cooperative status"},
    "map.region": {"id": "Wilayah", "en": "Region"},
    "map.all_regions": {"id": "Semua kabupaten/kota", "en": "All regencies and cities"},
    "map.measure": {"id": "Warna menurut", "en": "Colour by"},
    "map.measure.pct_aktif": {"id": "% aktif", "en": "% active"},
    "map.measure.aktif_count": {"id": "Koperasi aktif", "en": "Active cooperatives"},
    "map.measure.kurang_aktif_count": {"id": "Koperasi kurang aktif", "en": "Less active cooperatives"},
    "map.measure.tidak_aktif_count": {"id": "Koperasi tidak aktif", "en": "Inactive cooperatives"},
    "map.measure.belum_beroperasi_count": {
        "id": "Belum beroperasi (mis. Koperasi Merah Putih)",
        "en": "Not yet operating (e.g. Koperasi Merah Putih)",
    },
    "map.measure.belum_diketahui_count": {
        "id": "Belum diketahui statusnya (tanpa tanggal badan hukum dan RAT)",
        "en": "Status not yet known (no date of legal entity, no RAT)",
    },
    "map.on_region": {"id": "Peta kecamatan (% aktif)", "en": "Map of the kecamatan (% active)"},
    "map.open": {"id": "Buka peta lengkap", "en": "Open the full map"},
    "map.no_data": {"id": "Tidak ada data", "en": "No data"},
    "map.heading_region": {
        "id": "{region} per kecamatan, pemutakhiran {date}",
        "en": "{region} by kecamatan, snapshot of {date}",
    },
    "map.heading_all": {
        "id": "Kabupaten/kota, pemutakhiran terakhir pada atau sebelum {date}",
        "en": "Regencies and cities, latest snapshot on or before {date}",
    },
    "map.click_kecamatan": {
        "id": "Ketuk atau klik nama sebuah kecamatan untuk membuka desa/kelurahannya.",
        "en": "Tap or click a kecamatan's name to open its villages.",
    },
    "map.click_village": {
        "id": "Ketuk atau klik nama sebuah desa/kelurahan untuk membuka koperasinya.",
        "en": "Tap or click a village's name to open its cooperatives.",
    },
    "map.level": {"id": "Tingkat", "en": "Level"},
    "map.level.kecamatan": {"id": "Kecamatan", "en": "Kecamatan"},
    "map.level.kelurahan": {"id": "Desa/kelurahan", "en": "Village (desa/kelurahan)"},
    "map.heading_villages": {
        "id": "{place} per desa/kelurahan, pemutakhiran {date}",
        "en": "{place} by village, snapshot of {date}",
    },
    "map.unmatched_village": {
        "id": "{n} koperasi tercatat di desa/kelurahan yang namanya tidak cocok dengan kode resmi: tidak "
        "tampak di peta, tetap dihitung di tabel dan halaman wilayah.",
        "en": "{n} cooperatives are recorded in a village whose name matches no official code: not on the "
        "map, still counted in the table and on the region page.",
    },
    "map.click_region": {
        "id": "Klik titik sebuah kabupaten/kota untuk melihat kecamatannya.",
        "en": "Click a region's dot to see its kecamatan.",
    },
    "map.unmatched": {
        "id": "{n} koperasi tercatat di kecamatan yang namanya tidak cocok dengan kode resmi: tidak tampak di "
        "peta, tetap dihitung di halaman wilayah (lihat kualitas data).",
        "en": "{n} cooperatives are recorded in a kecamatan whose name matches no official code: not on the "
        "map, still counted on the region page (see data quality).",
    },
    "map.no_boundaries": {
        "id": "Batas wilayah untuk {region} belum dibundel; tabel di bawah memuat angkanya.",
        "en": "Boundaries for {region} are not bundled yet; the table below has its figures.",
    },
    "map.source": {
        "id": "Batas wilayah: wilayah_boundaries (Cahya DSN, lisensi MIT), kode resmi Kemendagri, "
        "disederhanakan.",
        "en": "Boundaries: wilayah_boundaries (Cahya DSN, MIT licence), official Kemendagri codes, simplified.",
    },
    "map.area.kecamatan": {"id": "Kecamatan", "en": "Kecamatan"},
    "map.area.kelurahan": {"id": "Desa/kelurahan", "en": "Village"},
    "map.area.kabupaten_kota": {"id": "Kabupaten/kota", "en": "Regency/city"},
    "map.columns.code": {"id": "Kode", "en": "Code"},
    "map.columns.registered": {"id": "Terdaftar", "en": "Registered"},
    "map.columns.aktif": {"id": "Aktif", "en": "Active"},
    "map.columns.pct_aktif": {"id": "% aktif", "en": "% active"},
    "map.columns.belum_beroperasi": {"id": "Belum beroperasi", "en": "Not yet operating"},
    "map.columns.belum_diketahui": {"id": "Belum diketahui", "en": "Not yet known"},
}
