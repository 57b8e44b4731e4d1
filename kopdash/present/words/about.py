"""The words about the data and the demo (tentang), in Bahasa Indonesia and English."""

WORDS: dict[str, dict[str, str]] = {
    # demo and sources
    "demo.banner": {
        "id": "Data demo: registri sintetis yang dikalibrasi ke angka resmi yang dipublikasikan. Pada "
        "tanggal artikel, angka di sini sama dengan angka di artikel; selebihnya hasil simulasi.",
        "en": "Demo data: a synthetic registry calibrated to officially published figures. On each "
        "article's date the numbers here equal the article's; everything else is simulated.",
    },
    "demo.sources": {"id": "Sumber kalibrasi", "en": "Calibration sources"},
    "demo.note": {
        "id": "Data demo: sintetis, dikalibrasi ke angka resmi",
        "en": "Demo data: synthetic, calibrated to official figures",
    },
    "source.line": {"id": "{publisher}, {date}: “{title}”", "en": "{publisher}, {date}: “{title}”"},
    "source.figures": {"id": "Angka: {figures}", "en": "Figures: {figures}"},
    "source.approx": {"id": "sekitar", "en": "about"},
    # about page
    "about.title": {"id": "Tentang data dan aturan status", "en": "About the data and the status rule"},
    "about.store": {"id": "Penyimpanan data", "en": "Data store"},
    "about.store_counts": {
        "id": "{rows} baris, {regions} wilayah, {snapshots} pemutakhiran ({first} s.d. {last}).",
        "en": "{rows} rows, {regions} regions, {snapshots} snapshots ({first} to {last}).",
    },
    "about.rule": {"id": "Aturan status yang diselaraskan", "en": "The harmonised status rule"},
    "about.rule_text": {
        "id": "Tahun jatuh tempo = tahun buku terakhir yang RAT-nya sudah lewat tenggat (30 Juni). "
        "RAT terlewat = tahun jatuh tempo dikurangi tahun RAT terakhir (bila belum pernah RAT, "
        "dihitung sejak tahun berdiri). Dibubarkan bila registri mencatatnya bubar; koperasi yang "
        "berdiri setelah tahun jatuh tempo belum wajib RAT (aktif bila beroperasi, selain itu belum "
        "beroperasi); tidak aktif bila RAT terlewat mencapai ambang tidak aktif; kurang aktif bila "
        "mencapai ambang kurang aktif atau usahanya tidak berjalan; selebihnya aktif. Status usaha "
        "yang tidak diketahui tidak pernah menurunkan status.",
        "en": "Due year = the latest fiscal year whose RAT deadline (30 June) has passed. Missed "
        "RATs = due year minus the last RAT year (counted from the founding year if no RAT was ever "
        "held). Dissolved when the registry says so; cooperatives founded after the due year owe "
        "no RAT yet (active when operating, else not yet operating); inactive when missed RATs reach "
        "the inactive threshold; less active when they reach the less-active threshold or the "
        "business is not running; otherwise active. An unknown business status never lowers a status.",
    },
    "about.profiles": {"id": "Profil aturan per wilayah", "en": "Rule profile per region"},
    "about.profile_columns.region": {"id": "Wilayah", "en": "Region"},
    "about.profile_columns.province": {"id": "Provinsi", "en": "Province"},
    "about.profile_columns.profile": {"id": "Profil", "en": "Profile"},
    "about.profile_columns.less_active_after": {"id": "Kurang aktif setelah", "en": "Less active after"},
    "about.profile_columns.inactive_after": {"id": "Tidak aktif setelah", "en": "Inactive after"},
    "about.profile_columns.dissolution_candidate_after": {
        "id": "Calon pembubaran setelah",
        "en": "Dissolution candidate after",
    },
    "about.profile_columns.basis": {"id": "Dasar", "en": "Basis"},
    "about.missed_rats": {"id": "{n} RAT terlewat", "en": "{n} missed RATs", "en_one": "1 missed RAT"},
    "about.format": {
        "id": "Format penyimpanan terbuka: lihat docs/store.md (bagian “Pemutakhiran store”) untuk kolom dan "
        "jalur file.",
        "en": "Open store format: see docs/store.md (section “Snapshot store”) for columns and paths.",
    },
}
