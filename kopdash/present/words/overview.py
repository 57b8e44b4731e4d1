"""The words of the overview (ringkasan), in Bahasa Indonesia and English."""

WORDS: dict[str, dict[str, str]] = {
    # overview
    "overview.title": {"id": "Ringkasan status koperasi", "en": "Cooperative status overview"},
    "overview.as_of": {"id": "Per {date}", "en": "As of {date}"},
    "overview.dates_differ": {
        "id": "Wilayah melapor pada tanggal berbeda: tiap baris memakai pemutakhiran terakhir wilayah "
        "itu pada atau sebelum {date}. Lihat kolom Tanggal pemutakhiran.",
        "en": "Regions report on different dates: each row uses that region's latest snapshot on "
        "or before {date}. See the Snapshot date column.",
    },
    "overview.totals": {
        "id": "Jumlah {n} wilayah (masing-masing pada tanggal pemutakhirannya)",
        "en": "Total of {n} regions (each at its own snapshot date)",
        "en_one": "Total of 1 region (at its own snapshot date)",
    },
    "overview.table": {"id": "Status per wilayah", "en": "Status by region"},
    "overview.bars": {"id": "Koperasi terdaftar menurut status", "en": "Registered cooperatives by status"},
    "overview.bars_lowest": {
        "id": "{n} wilayah dengan persentase aktif terendah",
        "en": "The {n} regions with the lowest share active",
    },
    "overview.trend_total": {
        "id": "Persentase koperasi aktif, semua wilayah yang ditampilkan",
        "en": "Share of active cooperatives, all regions shown",
    },
    "overview.all_shown": {
        "id": "{n} wilayah",
        "en": "{n} regions",
        "en_one": "1 region",
    },
    "overview.open_region": {"id": "Buka halaman wilayah", "en": "Open a region's page"},
    "overview.click_hint": {
        "id": "Klik batang sebuah wilayah untuk membuka halaman wilayah itu.",
        "en": "Click a region's bar to open that region's page.",
    },
    "overview.trend": {
        "id": "Persentase koperasi aktif per pemutakhiran",
        "en": "Share of active cooperatives per snapshot",
    },
    "overview.trend_note": {
        "id": "Setiap pemutakhiran digambar, termasuk yang di antara akhir tahun (misalnya tanggal artikel).",
        "en": "Every snapshot is drawn, including those between year ends (such as article dates).",
    },
    "overview.no_data": {
        "id": "Belum ada pemutakhiran pada atau sebelum {date}. Pemutakhiran paling awal: {first}.",
        "en": "No snapshot on or before {date}. The earliest snapshot is {first}.",
    },
    "overview.missing_regions": {
        "id": "Belum ada pemutakhiran pada atau sebelum tanggal ini untuk: {regions}.",
        "en": "No snapshot on or before this date for: {regions}.",
    },
    "overview.empty_store": {
        "id": "Penyimpanan data ({root}) belum berisi pemutakhiran. Tambahkan file registri, atau jalankan "
        "`python -m kopdash demo` untuk data demo.",
        "en": "The store ({root}) holds no snapshot yet. Add registry files, or run "
        "`python -m kopdash demo` for demo data.",
    },
    "overview.empty_store_public": {
        "id": "Belum ada data koperasi. Admin dinas dapat mengimpor file registri.",
        "en": "There is no cooperative data yet. The office's admin can import registry files.",
    },
    "overview.part_bars": {"id": "Grafik per wilayah", "en": "Chart by region"},
    "overview.part_table": {"id": "Tabel per wilayah", "en": "Table by region"},
    "overview.part_trend": {"id": "Perkembangan % aktif", "en": "% aktif over time"},
}
