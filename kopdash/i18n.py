"""Every visible string, in Bahasa Indonesia (default) and English. Pages never hold literal text."""

from __future__ import annotations

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

CATALOGUE: dict[str, dict[str, str]] = {
    # frame
    "app.title": {"id": "kopdash · Pemantauan Koperasi", "en": "kopdash · Cooperative monitor"},
    "nav.overview": {"id": "Ringkasan", "en": "Overview"},
    "nav.about": {"id": "Tentang data", "en": "About the data"},
    "sidebar.as_of": {"id": "Per tanggal", "en": "As of"},
    "sidebar.as_of_help": {
        "id": "Tiap wilayah ditampilkan dengan snapshot terakhirnya pada atau sebelum tanggal ini.",
        "en": "Each region is shown with its latest snapshot on or before this date.",
    },
    "sidebar.regions": {"id": "Wilayah", "en": "Regions"},
    "sidebar.language": {"id": "Bahasa", "en": "Language"},
    "language.id": {"id": "Bahasa Indonesia", "en": "Bahasa Indonesia"},
    "language.en": {"id": "English", "en": "English"},
    # statuses, in the one display order
    "status.aktif": {"id": "Aktif", "en": "Active"},
    "status.kurang_aktif": {"id": "Kurang aktif", "en": "Less active"},
    "status.tidak_aktif": {"id": "Tidak aktif", "en": "Inactive"},
    "status.belum_beroperasi": {"id": "Belum beroperasi", "en": "Not yet operating"},
    "status.dibubarkan": {"id": "Dibubarkan", "en": "Dissolved"},
    # figures
    "metric.registered": {"id": "Terdaftar", "en": "Registered"},
    "metric.pct_aktif": {"id": "% aktif", "en": "% active"},
    "metric.change_aktif": {"id": "Perubahan aktif", "en": "Change in active"},
    "metric.snapshot_date": {"id": "Tanggal snapshot", "en": "Snapshot date"},
    "metric.previous_snapshot": {"id": "Snapshot sebelumnya", "en": "Previous snapshot"},
    "metric.region": {"id": "Wilayah", "en": "Region"},
    "metric.rule": {"id": "Aturan status", "en": "Status rule"},
    "metric.cooperatives": {"id": "Koperasi", "en": "Cooperatives"},
    "kpi.delta_note": {
        "id": "Angka kecil: perubahan dibanding snapshot sebelumnya tiap wilayah (hijau = membaik, "
        "merah = memburuk).",
        "en": "Small figures: change since each region's previous snapshot (green = better, red = worse).",
    },
    "kpi.points": {"id": " poin", "en": " pts"},
    "kpi.no_previous": {"id": "belum ada snapshot sebelumnya", "en": "no previous snapshot"},
    # overview
    "overview.title": {"id": "Ringkasan status koperasi", "en": "Cooperative status overview"},
    "overview.as_of": {"id": "Per {date}", "en": "As of {date}"},
    "overview.dates_differ": {
        "id": "Wilayah melapor pada tanggal berbeda: tiap baris memakai snapshot terakhir wilayah "
        "itu pada atau sebelum {date}. Lihat kolom Tanggal snapshot.",
        "en": "Regions report on different dates: each row uses that region's latest snapshot on "
        "or before {date}. See the Snapshot date column.",
    },
    "overview.totals": {
        "id": "Jumlah {n} wilayah (masing-masing pada tanggal snapshotnya)",
        "en": "Total of {n} regions (each at its own snapshot date)",
    },
    "overview.table": {"id": "Status per wilayah", "en": "Status by region"},
    "overview.bars": {"id": "Koperasi terdaftar menurut status", "en": "Registered cooperatives by status"},
    "overview.trend": {
        "id": "Persentase koperasi aktif per snapshot",
        "en": "Share of active cooperatives per snapshot",
    },
    "overview.trend_note": {
        "id": "Setiap snapshot digambar, termasuk yang di antara akhir tahun (misalnya tanggal artikel).",
        "en": "Every snapshot is drawn, including those between year ends (such as article dates).",
    },
    "overview.no_data": {
        "id": "Belum ada snapshot pada atau sebelum {date}. Snapshot paling awal: {first}.",
        "en": "No snapshot on or before {date}. The earliest snapshot is {first}.",
    },
    "overview.missing_regions": {
        "id": "Belum ada snapshot pada atau sebelum tanggal ini untuk: {regions}.",
        "en": "No snapshot on or before this date for: {regions}.",
    },
    "overview.empty_store": {
        "id": "Penyimpanan data ({root}) belum berisi snapshot. Tambahkan file registri, atau jalankan "
        "`python -m kopdash demo` untuk data demo.",
        "en": "The store ({root}) holds no snapshot yet. Add registry files, or run "
        "`python -m kopdash demo` for demo data.",
    },
    # rules
    "rule.summary": {
        "id": "{region}: kurang aktif setelah {less} RAT terlewat, tidak aktif setelah {inactive}, "
        "calon pembubaran setelah {dissolution}.",
        "en": "{region}: less active after {less} missed RAT, inactive after {inactive}, "
        "dissolution candidate after {dissolution}.",
    },
    "rule.caption": {
        "id": "Status diselaraskan oleh kopdash dari tahun RAT terakhir dan status usaha, agar "
        "wilayah dapat dibandingkan. RAT tahun buku Y jatuh tempo 30 Juni Y+1.",
        "en": "Statuses are harmonised by kopdash from the last RAT year and business status so "
        "regions can be compared. The RAT for fiscal year Y is due on 30 June of Y+1.",
    },
    # demo and sources
    "demo.banner": {
        "id": "Data demo: registri sintetis yang dikalibrasi ke angka resmi yang dipublikasikan. Pada "
        "tanggal artikel, angka di sini sama dengan angka di artikel; selebihnya hasil simulasi.",
        "en": "Demo data: a synthetic registry calibrated to officially published figures. On each "
        "article's date the numbers here equal the article's; everything else is simulated.",
    },
    "demo.sources": {"id": "Sumber kalibrasi", "en": "Calibration sources"},
    "source.line": {"id": "{publisher}, {date}: “{title}”", "en": "{publisher}, {date}: “{title}”"},
    "source.figures": {"id": "Angka: {figures}", "en": "Figures: {figures}"},
    "source.approx": {"id": "sekitar", "en": "about"},
    "published.registered": {"id": "terdaftar", "en": "registered"},
    "published.aktif": {"id": "aktif", "en": "active"},
    "published.kurang_aktif": {"id": "kurang aktif", "en": "less active"},
    "published.tidak_aktif": {"id": "tidak aktif", "en": "inactive"},
    "published.not_aktif": {"id": "tidak/kurang aktif (pasif)", "en": "not active (passive)"},
    "published.dissolution_candidates": {"id": "calon pembubaran", "en": "dissolution candidates"},
    "published.aktif_rat_reported": {"id": "aktif dengan RAT dilaporkan", "en": "active with RAT reported"},
    "programme.koperasi_merah_putih": {"id": "Koperasi Merah Putih", "en": "Koperasi Merah Putih"},
    # about page
    "about.title": {"id": "Tentang data dan aturan status", "en": "About the data and the status rule"},
    "about.store": {"id": "Penyimpanan data", "en": "Data store"},
    "about.store_path": {"id": "Folder data: {root}", "en": "Data folder: {root}"},
    "about.store_counts": {
        "id": "{rows} baris, {regions} wilayah, {snapshots} snapshot ({first} s.d. {last}).",
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
    "about.profile_columns": {
        "id": "Wilayah|Provinsi|Profil|Kurang aktif setelah|Tidak aktif setelah|"
        "Calon pembubaran setelah|Dasar",
        "en": "Region|Province|Profile|Less active after|Inactive after|Dissolution candidate after|Basis",
    },
    "about.format": {
        "id": "Format penyimpanan terbuka: lihat README (bagian “Snapshot store”) untuk kolom dan "
        "jalur file.",
        "en": "Open store format: see the README (section “Snapshot store”) for columns and paths.",
    },
    # errors in words
    "error.bad_date": {
        "id": "Tanggal “{value}” di alamat tidak dikenali (format TTTT-BB-HH, misalnya 2021-07-18). "
        "Ditampilkan data terbaru.",
        "en": "The date “{value}” in the address is not recognised (format YYYY-MM-DD, for example "
        "2021-07-18). Showing the latest data.",
    },
    "error.bad_region": {
        "id": "Kode wilayah “{value}” di alamat tidak dikenal dan diabaikan.",
        "en": "Region code “{value}” in the address is unknown and was ignored.",
    },
    "error.bad_language": {
        "id": "Bahasa “{value}” tidak tersedia; memakai Bahasa Indonesia.",
        "en": "Language “{value}” is not available; using Bahasa Indonesia.",
    },
}


def t(key: str, lang: str = DEFAULT_LANGUAGE, **values) -> str:
    """The text for `key` in `lang`, with {placeholders} filled in."""
    entry = CATALOGUE[key]
    text = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    return text.format(**values) if values else text


def status_label(status: str, lang: str = DEFAULT_LANGUAGE) -> str:
    return t(f"status.{status}", lang)


def programme_label(programme: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """A programme's name: from the catalogue when known, else its code made readable."""
    key = f"programme.{programme}"
    return t(key, lang) if key in CATALOGUE else programme.replace("_", " ").title()
