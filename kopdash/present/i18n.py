"""Every visible string, in Bahasa Indonesia (default) and English. Pages never hold literal text."""

from __future__ import annotations

from kopdash.domain.messages import MESSAGES

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

# Each entry has its text in every language; an English count may add `en_one`, its singular form.
CATALOGUE: dict[str, dict[str, str]] = {
    # frame
    "nav.overview": {"id": "Ringkasan", "en": "Overview"},
    "nav.about": {"id": "Tentang data", "en": "About the data"},
    "sidebar.as_of": {"id": "Per tanggal", "en": "As of"},
    "sidebar.as_of_help": {
        "id": "Tanggal-tanggal snapshot yang tersimpan, terbaru di atas; ketik untuk mencari (mis. 2024). "
        "Tiap wilayah ditampilkan dengan snapshot terakhirnya pada atau sebelum tanggal ini.",
        "en": "The dates of the stored snapshots, newest first; type to search (e.g. 2024). "
        "Each region is shown with its latest snapshot on or before this date.",
    },
    "sidebar.as_of_regions": {"id": "{n} wilayah", "en": "{n} regions"},
    "sidebar.regions": {"id": "Wilayah yang ditampilkan", "en": "Regions shown"},
    "sidebar.language": {"id": "Bahasa", "en": "Language"},
    "sidebar.regions_placeholder": {"id": "Semua wilayah", "en": "All regions"},
    "sidebar.no_regions": {"id": "Belum ada wilayah berdata", "en": "No region with data yet"},
    "store.damaged": {
        "id": "Berkas berikut di penyimpanan data rusak dan tidak dapat dibaca, jadi dilewati; angka "
        "lainnya tetap benar. Ganti berkas ini (impor ulang snapshot-nya): {files}",
        "en": "These files in the data store are damaged and cannot be read, so they are left out; the "
        "other figures stand. Replace them (import the snapshot again): {files}",
    },
    # roles and sign-in
    "role.publik": {"id": "publik", "en": "public"},
    "role.pejabat": {"id": "pejabat", "en": "official"},
    "role.admin": {"id": "admin", "en": "admin"},
    "access.local_demo": {
        "id": "Mode demo lokal: login belum diatur, jadi setiap orang yang membuka alamat ini berperan "
        "**{role}**. Atur login (OIDC) sebelum aplikasi dibuka di jaringan kantor.",
        "en": "Local demo mode: sign-in is not configured, so everyone who opens this address has the "
        "**{role}** role. Configure sign-in (OIDC) before opening the app to the office network.",
    },
    "access.not_signed_in": {
        "id": "Belum masuk: tampilan {role} (hanya angka agregat).",
        "en": "Not signed in: {role} view (aggregate figures only).",
    },
    "access.signed_in": {
        "id": "Masuk sebagai {user} · peran {role} · wilayah: {regions}",
        "en": "Signed in as {user} · role {role} · regions: {regions}",
    },
    "access.all_regions": {"id": "semua", "en": "all"},
    "access.sign_in": {"id": "Masuk", "en": "Sign in"},
    "access.sign_out": {"id": "Keluar", "en": "Sign out"},
    "access.units_hidden": {
        "id": "Daftar koperasi satu per satu hanya terlihat oleh pejabat wilayah ini dan admin. Angka "
        "agregat di atas terbuka untuk semua.",
        "en": "Lists of individual cooperatives are shown only to this region's officials and to admins. "
        "The aggregate figures above are open to everyone.",
    },
    "access.not_your_region": {
        "id": "Koperasi ini terdaftar di wilayah {region}, di luar wilayah tugas Anda.",
        "en": "This cooperative is registered in region {region}, outside the regions you answer for.",
    },
    "access.no_unit_regions": {
        "id": "Tidak ada wilayah yang daftar koperasinya boleh Anda lihat.",
        "en": "There is no region whose cooperative lists you may see.",
    },
    "access.roles_broken": {
        "id": "Aplikasi berhenti karena berkas peran (roles.toml) bermasalah: {reason}",
        "en": "The app stopped because the roles file (roles.toml) has a problem: {reason}",
    },
    "widget.choose": {"id": "Pilih salah satu", "en": "Choose one"},
    "widget.all": {"id": "Semua", "en": "All"},
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
    "metric.cooperatives": {"id": "Koperasi", "en": "Cooperatives"},
    "kpi.delta_note": {
        "id": "Angka kecil: perubahan dibanding snapshot sebelumnya tiap wilayah (hijau = membaik, "
        "merah = memburuk).",
        "en": "Small figures: change since each region's previous snapshot (green = better, red = worse).",
    },
    "kpi.points": {"id": " poin", "en": " pts"},
    "change.columns.change": {"id": "Perubahan", "en": "Change"},
    "change.columns.active": {"id": "Aktif", "en": "Active"},
    "change.columns.active_2": {"id": "% aktif", "en": "% active"},
    "change.columns.compared_with_snapshot": {"id": "Dibanding snapshot", "en": "Compared with snapshot"},
    "change.previous": {"id": "Sejak snapshot sebelumnya", "en": "Since the previous snapshot"},
    "change.year_ago": {"id": "Sejak sekitar setahun sebelumnya", "en": "Since about a year earlier"},
    "change.each_region": {"id": "masing-masing wilayah", "en": "each region's own"},
    "change.months_back": {
        "id": "{date} ({n} bulan sebelumnya)",
        "en": "{date} ({n} months earlier)",
        "en_one": "{date} (1 month earlier)",
    },
    "metric.pct_aktif_established": {
        "id": "% aktif tanpa yang belum beroperasi",
        "en": "% active, without those not yet operating",
    },
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
    "overview.empty_store_public": {
        "id": "Belum ada data koperasi. Admin dinas dapat mengimpor file registri.",
        "en": "There is no cooperative data yet. The office's admin can import registry files.",
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
    "demo.note": {
        "id": "Data demo: sintetis, dikalibrasi ke angka resmi",
        "en": "Demo data: synthetic, calibrated to official figures",
    },
    "source.line": {"id": "{publisher}, {date}: “{title}”", "en": "{publisher}, {date}: “{title}”"},
    "source.figures": {"id": "Angka: {figures}", "en": "Figures: {figures}"},
    "source.approx": {"id": "sekitar", "en": "about"},
    "published.marker": {"id": "Angka dipublikasikan", "en": "Published figure"},
    "published.marker_no_registry": {
        "id": "Angka dipublikasikan, wilayah tanpa registri",
        "en": "Published figure, region without a registry",
    },
    "published.only_regions": {
        "id": "{n} wilayah hanya punya angka yang dipublikasikan, belum ada snapshot registri: {names}. "
        "Angkanya tampil sebagai belah ketupat abu-abu pada tren dan di bagian Angka publikasi.",
        "en": "{n} regions have published figures only, no registry snapshot yet: {names}. Their figures "
        "are the grey diamonds on the trend and in the Published figures part.",
        "en_one": "1 region has published figures only, no registry snapshot yet: {names}. Its figures are "
        "the grey diamonds on the trend and in the Published figures part.",
    },
    "list.and_more": {"id": "dan {n} lainnya", "en": "and {n} more"},
    "compare.published_latest": {
        "id": "Angka terbaru tiap wilayah dan ukuran: {shown} dari {total} angka. Semua angka ada di unduhan.",
        "en": "The newest figure of each region and measure: {shown} of {total} figures. Every figure is in "
        "the download.",
    },
    "published.marker_aktif": {"id": "Aktif menurut publikasi", "en": "Active, as published"},
    "published.registered": {"id": "terdaftar", "en": "registered"},
    "published.aktif": {"id": "aktif", "en": "active"},
    "published.kurang_aktif": {"id": "kurang aktif", "en": "less active"},
    "published.tidak_aktif": {"id": "tidak aktif", "en": "inactive"},
    "published.not_aktif": {"id": "tidak/kurang aktif (pasif)", "en": "not active (passive)"},
    "published.dissolution_candidates": {"id": "calon pembubaran", "en": "dissolution candidates"},
    "published.aktif_rat_reported": {"id": "aktif dengan RAT dilaporkan", "en": "active with RAT reported"},
    "published.dissolution_recommended": {
        "id": "direkomendasikan dibubarkan",
        "en": "recommended for dissolution",
    },
    "published.sehat": {"id": "sehat", "en": "healthy (sehat)"},
    "programme.koperasi_merah_putih": {"id": "Koperasi Merah Putih", "en": "Koperasi Merah Putih"},
    # about page
    "about.title": {"id": "Tentang data dan aturan status", "en": "About the data and the status rule"},
    "about.store": {"id": "Penyimpanan data", "en": "Data store"},
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
    # The bundled rule profiles by name; a profile an office adds is shown by its own name, made readable.
    "profile.permenkop_9_2018": {"id": "Permenkop 9/2018", "en": "Permenkop 9/2018"},
    "profile.tangerang_5_tahun": {
        "id": "Tangerang: pembubaran setelah 5 tahun",
        "en": "Tangerang: dissolution after 5 years",
    },
    "about.format": {
        "id": "Format penyimpanan terbuka: lihat docs/store.md (bagian “Snapshot store”) untuk kolom dan "
        "jalur file.",
        "en": "Open store format: see docs/store.md (section “Snapshot store”) for columns and paths.",
    },
    # import (command and page)
    "reason.total_row": {"id": "Baris jumlah/total", "en": "Totals row"},
    "reason.nik": {"id": "NIK tidak dapat dipakai", "en": "Unusable NIK"},
    "reason.duplicate_nik": {"id": "NIK ganda dalam file", "en": "NIK twice in the file"},
    "reason.value": {"id": "Isi sel tidak terbaca", "en": "Unreadable cell"},
    "reason.established_after_snapshot": {
        "id": "Badan hukum sesudah tanggal snapshot",
        "en": "Founded after the snapshot date",
    },
    "reason.rat_after_snapshot": {
        "id": "Tahun RAT sesudah tahun snapshot",
        "en": "RAT year after the snapshot year",
    },
    "reason.rat_before_established": {
        "id": "Tahun RAT sebelum badan hukum",
        "en": "RAT year before founding",
    },
    "reason.negative_members": {"id": "Jumlah anggota negatif", "en": "Negative members"},
    "reason.dissolved_after_snapshot": {
        "id": "Pembubaran sesudah tanggal snapshot",
        "en": "Dissolved after the snapshot date",
    },
    "reason.no_status_basis": {
        "id": "Tanpa tanggal badan hukum dan tahun RAT",
        "en": "No founding date and no RAT year",
    },
    "cli.reading": {
        "id": "Membaca {file} untuk wilayah {code}, snapshot {date}",
        "en": "Reading {file} for region {code}, snapshot {date}",
    },
    "cli.region": {
        "id": "Wilayah: {region}; aturan status: {profile} (kurang aktif setelah {less} RAT terlewat, "
        "tidak aktif setelah {inactive}, calon pembubaran setelah {dissolution})",
        "en": "Region: {region}; status rule: {profile} (less active after {less} missed RAT, "
        "inactive after {inactive}, dissolution candidate after {dissolution})",
    },
    "cli.sheet": {
        "id": "  {sheet}: baris judul ke-{row}; kolom dipakai: {columns}",
        "en": "  {sheet}: header on row {row}; columns used: {columns}",
    },
    "cli.unused": {"id": "  Kolom tidak dipakai: {headers}", "en": "  Columns not used: {headers}"},
    "cli.progress": {
        "id": "  … {done} dari {total} baris diperiksa",
        "en": "  … {done} of {total} rows checked",
    },
    "cli.operating_file": {
        "id": "Status beroperasi dari {file}: {n} koperasi ({unread} baris tanpa NIK atau ya/tidak yang terbaca)",
        "en": "Operating status from {file}: {n} cooperatives ({unread} rows without a readable NIK or yes/no)",
    },
    "cli.operating_unmatched": {
        "id": "  {n} NIK di file status beroperasi tidak ada di roster ini",
        "en": "  {n} NIKs of the operating file are not in this roster",
    },
    "cli.rows_read": {"id": "Baris data dibaca: {n}", "en": "Data rows read: {n}"},
    "cli.accepted": {"id": "Diterima: {n}", "en": "Accepted: {n}"},
    "cli.quarantined": {"id": "Dikarantina: {n}", "en": "Quarantined: {n}"},
    "cli.reason_line": {"id": "  - {reason}: {n}", "en": "  - {reason}: {n}"},
    "cli.statuses": {"id": "Status snapshot baru: {counts}", "en": "New snapshot's statuses: {counts}"},
    "cli.written": {"id": "Snapshot ditulis: {path}", "en": "Snapshot written: {path}"},
    "cli.replaced": {
        "id": "(menggantikan snapshot sebelumnya pada tanggal yang sama, {n} koperasi)",
        "en": "(replacing the earlier snapshot of the same date, {n} cooperatives)",
        "en_one": "(replacing the earlier snapshot of the same date, 1 cooperative)",
    },
    "scope.programme": {
        "id": "Daftar program {programme}: {added} koperasi baru, {updated} diperbarui; {carried} koperasi "
        "lain dibawa dari snapshot {date}",
        "en": "Programme roster {programme}: {added} cooperatives new, {updated} updated; {carried} other "
        "cooperatives carried from the snapshot of {date}",
    },
    "scope.partial": {
        "id": "Sebagian registri: {added} koperasi baru, {updated} diperbarui; {carried} koperasi lain dibawa "
        "dari snapshot {date}",
        "en": "Part of the registry: {added} cooperatives new, {updated} updated; {carried} other "
        "cooperatives carried from the snapshot of {date}",
    },
    "scope.districts": {
        "id": "  Kecamatan diganti seluruhnya: {districts}",
        "en": "  Districts replaced whole: {districts}",
    },
    "scope.whole": {
        "id": "Seluruh registri, dibanding snapshot {date} ({base} koperasi): {added} baru, {updated} tetap "
        "terdaftar",
        "en": "The whole registry, against the snapshot of {date} ({base} cooperatives): {added} new, "
        "{updated} still listed",
    },
    "scope.no_longer_listed": {
        "id": "  {n} koperasi snapshot {date} tidak ada dalam berkas: dicatat tidak terdaftar lagi",
        "en": "  {n} cooperatives of the snapshot of {date} are not in the file: recorded as no longer listed",
    },
    "scope.rederived": {
        "id": "  Status {n} koperasi yang dibawa dihitung ulang untuk {date} (datanya tidak berubah; tenggat "
        "RAT berbeda)",
        "en": "  The status of {n} carried cooperatives was derived again for {date} (their data is "
        "unchanged; the RAT deadline differs)",
    },
    "import.log_columns.at": {"id": "Waktu", "en": "When"},
    "import.log_columns.action": {"id": "Tindakan", "en": "Action"},
    "import.log_columns.region": {"id": "Wilayah", "en": "Region"},
    "import.log_columns.date": {"id": "Tanggal data", "en": "Data date"},
    "import.log_columns.file": {"id": "Berkas", "en": "File"},
    "import.log_columns.accepted": {"id": "Diterima", "en": "Accepted"},
    "import.log_columns.quarantined": {"id": "Dikarantina", "en": "Quarantined"},
    "import.log_columns.by": {"id": "Dari / oleh", "en": "From / by"},
    "import.log_columns.undone_by": {"id": "Dibatalkan oleh", "en": "Undone by"},
    "log.action.registry": {"id": "registri", "en": "registry"},
    "log.action.events": {"id": "kegiatan", "en": "events"},
    "log.action.contact": {"id": "kontak", "en": "contact"},
    "log.action.published": {"id": "angka terbit", "en": "published figures"},
    "log.action.regions": {"id": "wilayah", "en": "regions"},
    "log.action.rules": {"id": "aturan status", "en": "status rules"},
    "log.action.targets": {"id": "target", "en": "targets"},
    "log.action.undo": {"id": "pembatalan", "en": "undo"},
    "cli.logged": {
        "id": "Dicatat di log impor ({entry}). Untuk membatalkan: kopdash undo --region {region} --date {date}",
        "en": "Recorded in the import log ({entry}). To undo it: kopdash undo --region {region} --date {date}",
    },
    "cli.demo_store": {
        "id": "kopdash {command}: {root} adalah penyimpanan demo (data sintetis), bukan penyimpanan kantor. "
        "Arahkan ke penyimpanan Anda sendiri (folder baru boleh kosong): KOPDASH_DATA_DIR=/srv/kopdash/store "
        "kopdash {command} … atau --data-dir /srv/kopdash/store. Untuk sengaja menulis ke demo: --into-demo",
        "en": "kopdash {command}: {root} is a demo store (synthetic data), not an office's store. Point at your "
        "own store (a new folder may be empty): KOPDASH_DATA_DIR=/srv/kopdash/store kopdash {command} … or "
        "--data-dir /srv/kopdash/store. To write into the demo on purpose: --into-demo",
    },
    "cli.undone": {
        "id": "Dibatalkan: {action} {region} {date} dari {file} ({entry}). Penyimpanan kembali seperti "
        "sebelumnya; pembatalan dicatat ({undo}).",
        "en": "Undone: {action} {region} {date} from {file} ({entry}). The store is back as it was before; "
        "the undo is recorded ({undo}).",
    },
    "cli.undo_which": {
        "id": "sebutkan impor yang dibatalkan: --region KODE --date TTTT-BB-HH, atau --entry ID (lihat kopdash log)",
        "en": "say which import to undo: --region CODE --date YYYY-MM-DD, or --entry ID (see kopdash log)",
    },
    "cli.undo_refused": {"id": "kopdash undo: {reason}", "en": "kopdash undo: {reason}"},
    "cli.log_empty": {
        "id": "Log impor kosong (penyimpanan ini belum mencatat impor apa pun sejak log ada).",
        "en": "The import log is empty (this store has recorded no write since the log exists).",
    },
    "cli.log_line": {
        "id": "{at}  {action:<9} {region:<6} {date:<10}  {file}  diterima {accepted}, dikarantina "
        "{quarantined}  {via}{who}  [{entry}]{undone}",
        "en": "{at}  {action:<9} {region:<6} {date:<10}  {file}  accepted {accepted}, quarantined "
        "{quarantined}  {via}{who}  [{entry}]{undone}",
    },
    "cli.log_undone": {"id": "  DIBATALKAN oleh {entry}", "en": "  UNDONE by {entry}"},
    "undo.no_entry": {
        "id": "tidak ada impor registri {region} tanggal {date} di log impor yang belum dibatalkan",
        "en": "the import log has no registry import of {region} on {date} that is not undone yet",
    },
    "undo.unknown_entry": {"id": "log impor tidak memuat {entry}", "en": "the import log holds no {entry}"},
    "undo.is_undo": {
        "id": "{entry} sendiri sebuah pembatalan; impor ulang berkasnya bila perlu",
        "en": "{entry} is itself an undo; import the file again if needed",
    },
    "undo.already": {"id": "{entry} sudah dibatalkan oleh {by}", "en": "{entry} was already undone by {by}"},
    "undo.changed_since": {
        "id": "{path} diubah lagi sesudah {entry} (oleh {later}): batalkan yang itu dulu. Tidak ada yang "
        "berubah",
        "en": "{path} was changed again after {entry} (by {later}): undo that first. Nothing changed",
    },
    "undo.copy_missing": {
        "id": "salinan lama {path} hilang atau rusak: tidak dapat dibatalkan. Tidak ada yang berubah",
        "en": "the old copy {path} is missing or damaged: cannot undo. Nothing changed",
    },
    "store.write_failed": {
        "id": "Data tidak dapat ditulis ({reason}): penyimpanan penuh, berkas melebihi batas ukuran, atau "
        "folder data hanya-baca. Tidak ada yang berubah; kosongkan ruang atau minta izin tulis, lalu ulangi.",
        "en": "The data could not be written ({reason}): the disk is full, a file exceeds the size limit, or "
        "the data folder is read-only. Nothing changed; free some space or get write access, then retry.",
    },
    "store.reference_problems": {
        "id": "Tabel acuan penyimpanan data perlu diperbaiki (baris yang salah diabaikan, wilayah ganda dihitung "
        "sekali):",
        "en": "The store's reference tables need fixing (wrong rows are left out, a repeated region counts "
        "once):",
    },
    "cli.reference_problem": {"id": "Peringatan: {problem}", "en": "Warning: {problem}"},
    "cli.published_left_out": {"id": "Tidak dipakai: {line}", "en": "Left out: {line}"},
    "cli.published_approximate": {
        "id": "({n} angka perkiraan, ditandai perkiraan.)",
        "en": "({n} approximate figures, flagged approximate.)",
        "en_one": "(1 approximate figure, flagged approximate.)",
    },
    "cli.region_added": {
        "id": "Wilayah ditambahkan dari daftar Kemendagri: {name} ({code})",
        "en": "Region added from the Kemendagri list: {name} ({code})",
    },
    "cli.nothing_accepted": {
        "id": "Tidak ada baris yang dapat diterima, jadi tidak ada yang ditulis ke data dasbor dan data yang "
        "sudah ada tidak berubah. Baris dikarantina beserta alasannya disimpan di {path}",
        "en": "No row could be accepted, so nothing was written to the dashboard's data and what is stored is "
        "unchanged. The quarantined rows and their reasons are saved in {path}",
    },
    "cli.quarantine_file": {
        "id": "Baris dikarantina disimpan di {path}",
        "en": "Quarantined rows saved in {path}",
    },
    "cli.events": {
        "id": "{read} baris dibaca: {accepted} kegiatan diterima, {quarantined} dikarantina. Wilayah {region} "
        "kini punya {total} kegiatan tercatat.",
        "en": "{read} rows read: {accepted} events accepted, {quarantined} quarantined. Region {region} now "
        "has {total} events on record.",
    },
    "cli.published": {
        "id": "{added} angka publikasi ditambahkan, {replaced} diganti, di {path}",
        "en": "{added} published figures added, {replaced} replaced, in {path}",
    },
    "cli.refused": {"id": "kopdash ingest: {reason}", "en": "kopdash ingest: {reason}"},
    "cli.brief_refused": {"id": "kopdash brief: {reason}", "en": "kopdash brief: {reason}"},
    "cli.brief_suffix": {
        "id": "{file}: ringkasan ditulis sebagai .pdf atau .html",
        "en": "{file}: the brief is written as .pdf or .html",
    },
    "cli.bad_date": {
        "id": "tanggal {value!r} bukan format TTTT-BB-HH",
        "en": "date {value!r} is not in the form YYYY-MM-DD",
    },
    "cli.brief_no_snapshot": {
        "id": "wilayah {region} tidak punya snapshot pada atau sebelum {date}",
        "en": "region {region} has no snapshot on or before {date}",
    },
    "cli.brief_not_written": {
        "id": "kopdash brief: file tidak dapat ditulis: {reason}",
        "en": "kopdash brief: the file cannot be written: {reason}",
    },
    "cli.brief_written": {
        "id": "Ringkasan ditulis: {file} ({size} KB)",
        "en": "Brief written: {file} ({size} KB)",
    },
    "sheet.csv": {"id": "File CSV", "en": "CSV file"},
    "sheet.named": {"id": "Lembar “{name}”", "en": "Sheet “{name}”"},
    "nav.import": {"id": "Impor data", "en": "Import data"},
    "import.too_large": {
        "id": "Berkas ini {size} MB, lebih besar dari batas {limit} MB. Bagi berkas per kecamatan, atau "
        "minta admin mengimpornya dengan perintah `python -m kopdash ingest`.",
        "en": "This file is {size} MB, larger than the {limit} MB limit. Split it by kecamatan, or ask an "
        "admin to import it with the command `python -m kopdash ingest`.",
    },
    "nav.interventions": {"id": "Intervensi", "en": "Interventions"},
    "event.pelatihan": {"id": "Pelatihan", "en": "Training"},
    "contact.title": {"id": "Catat kontak dengan pengurus", "en": "Record a contact with a board"},
    "contact.who": {"id": "Koperasi", "en": "Cooperative"},
    "contact.kind": {"id": "Kegiatan", "en": "Kind"},
    "contact.channel": {"id": "Lewat", "en": "By"},
    "contact.outcome": {"id": "Hasil", "en": "Outcome"},
    "contact.promised": {
        "id": "RAT dijanjikan sebelum (bila berjanji)",
        "en": "RAT promised by (if promised)",
    },
    "contact.note": {"id": "Catatan", "en": "Note"},
    "contact.save": {"id": "Simpan kontak", "en": "Save the contact"},
    "contact.promised_missing": {
        "id": "Belum disimpan: isi tanggal RAT yang dijanjikan.",
        "en": "Not saved: fill in the date the RAT was promised by.",
    },
    "contact.saved": {
        "id": "Tersimpan: {kind} {name}, {outcome}, {date}. Tampak di halaman koperasinya dan di Intervensi.",
        "en": "Saved: {kind} of {name}, {outcome}, {date}. Shown on its page and under Interventions.",
    },
    "contact.already_line": {"id": "{date}: {outcome} ({n}×)", "en": "{date}: {outcome} ({n}×)"},
    "channel.offline": {"id": "Tatap muka", "en": "In person"},
    "channel.online": {"id": "Daring", "en": "Online"},
    "channel.telepon": {"id": "Telepon", "en": "Telephone"},
    "channel.whatsapp": {"id": "WhatsApp", "en": "WhatsApp"},
    "outcome.dihubungi": {"id": "Dihubungi", "en": "Called"},
    "outcome.tersambung": {"id": "Tersambung", "en": "Reached"},
    "outcome.tidak_tersambung": {"id": "Tidak tersambung", "en": "Not reached"},
    "outcome.janji_rat": {"id": "Berjanji menggelar RAT", "en": "Promised to hold the RAT"},
    "event.uji_kompetensi": {"id": "Uji kompetensi", "en": "Competency test"},
    "event.konsultasi": {"id": "Konsultasi", "en": "Consultation"},
    "event.pemanggilan": {"id": "Pemanggilan pengurus", "en": "Board summoned"},
    "event.bantuan_modal": {"id": "Bantuan modal", "en": "Capital aid"},
    "event.pendampingan": {"id": "Pendampingan", "en": "Mentoring"},
    "event.laporan_keuangan_triwulanan": {
        "id": "Laporan keuangan triwulanan",
        "en": "Quarterly financial report",
    },
    "obstacle.pemahaman": {"id": "Pemahaman koperasi", "en": "Understanding of cooperatives"},
    "obstacle.manajemen": {"id": "Manajemen", "en": "Management"},
    "obstacle.permodalan": {"id": "Permodalan", "en": "Capital"},
    "obstacle.sdm": {"id": "SDM", "en": "Human resources"},
    "obstacle.simpanan_wajib_tidak_dibayar": {
        "id": "Simpanan wajib tidak dibayar",
        "en": "Compulsory savings unpaid",
    },
    "obstacle.pengurus_tidak_transparan": {"id": "Pengurus tidak transparan", "en": "Board not transparent"},
    "obstacle.pandemi": {"id": "Pandemi", "en": "Pandemic"},
    "obstacle.lainnya": {"id": "Lainnya", "en": "Other"},
    "coop.events_row": {"id": "Intervensi", "en": "Interventions"},
    "coop.events": {"id": "Intervensi dinas", "en": "The office's interventions"},
    "coop.events_columns.date": {"id": "Tanggal", "en": "Date"},
    "coop.events_columns.activity": {"id": "Kegiatan", "en": "Activity"},
    "coop.events_columns.channel": {"id": "Saluran", "en": "Channel"},
    "coop.events_columns.result": {"id": "Hasil", "en": "Result"},
    "coop.events_columns.obstacle": {"id": "Kendala", "en": "Obstacle"},
    "coop.events_columns.note": {"id": "Catatan", "en": "Note"},
    "interventions.title": {"id": "Intervensi dan hasilnya", "en": "Interventions and their outcomes"},
    "interventions.none": {
        "id": "Belum ada kegiatan tercatat. Impor dengan `python -m kopdash events FILE --region KODE`.",
        "en": "No events on record yet. Import them with `python -m kopdash events FILE --region CODE`.",
    },
    "interventions.region": {"id": "Wilayah", "en": "Region"},
    "interventions.kind": {"id": "Jenis intervensi", "en": "Kind of intervention"},
    "interventions.headline": {
        "id": "{total} kegiatan tercatat dari {first} s.d. {last}, {latest} di antaranya pada {last}",
        "en": "{total} events recorded from {first} to {last}, {latest} of them in {last}",
    },
    "interventions.over_time": {"id": "Kegiatan per bulan", "en": "Events per month"},
    "interventions.count_axis": {"id": "Jumlah kegiatan", "en": "Events"},
    "interventions.obstacles": {"id": "Kendala yang dilaporkan pengurus", "en": "Obstacles boards report"},
    "interventions.quarterly": {
        "id": "Laporan keuangan triwulanan: berapa koperasi mengirim, dibanding koperasi aktif",
        "en": "Quarterly financial reports: how many cooperatives sent one, against the active ones",
    },
    "interventions.quarterly_columns.quarter_sent": {"id": "Triwulan pengiriman", "en": "Quarter sent"},
    "interventions.quarterly_columns.cooperatives_reporting": {
        "id": "Koperasi melapor",
        "en": "Cooperatives reporting",
    },
    "interventions.quarterly_columns.active_cooperatives_snapshot": {
        "id": "Koperasi aktif (snapshot)",
        "en": "Active cooperatives (snapshot)",
    },
    "interventions.quarterly_columns.of_active": {"id": "% dari aktif", "en": "% of active"},
    "interventions.outcomes": {
        "id": "Status 12 bulan setelah {kind}, dibanding koperasi serupa tanpa {kind}",
        "en": "Status 12 months after {kind}, against similar cooperatives without {kind}",
    },
    "interventions.outcome_columns.status_before": {"id": "Status sebelum", "en": "Status before"},
    "interventions.outcome_columns.with_intervention": {"id": "Dengan intervensi", "en": "With intervention"},
    "interventions.outcome_columns.active_afterwards": {"id": "Aktif sesudahnya", "en": "Active afterwards"},
    "interventions.outcome_columns.active": {"id": "% aktif", "en": "% active"},
    "interventions.outcome_columns.comparison": {"id": "Pembanding", "en": "Comparison"},
    "interventions.outcome_columns.active_afterwards_comparison": {
        "id": "Aktif sesudahnya (pembanding)",
        "en": "Active afterwards (comparison)",
    },
    "interventions.outcome_columns.active_comparison": {
        "id": "% aktif (pembanding)",
        "en": "% active (comparison)",
    },
    "interventions.outcome_columns.difference_points": {"id": "Selisih (poin)", "en": "Difference (points)"},
    "interventions.caveat": {
        "id": "Ini bukan bukti sebab-akibat. Koperasi yang ikut intervensi bisa berbeda dari yang tidak "
        "(misalnya pengurusnya lebih aktif sejak awal). Pembanding: koperasi di wilayah yang sama, dengan "
        "status sama pada snapshot yang sama sebelum intervensi, tanpa intervensi jenis ini sampai snapshot "
        "sesudahnya.",
        "en": "This is not proof of cause. Cooperatives that took part may differ from those that did not "
        "(their boards may have been more active to begin with). Comparison: cooperatives of the same region "
        "with the same status at the same snapshot before the intervention, without this kind of "
        "intervention up to the snapshot after.",
    },
    "interventions.no_outcomes": {
        "id": "Belum ada koperasi yang sudah diikuti cukup lama sesudah {kind}.",
        "en": "No cooperative has been followed long enough after {kind} yet.",
    },
    "interventions.list": {"id": "Daftar di balik angka", "en": "The list behind the numbers"},
    "interventions.group": {"id": "Kelompok", "en": "Group"},
    "interventions.treated": {"id": "Dengan intervensi", "en": "With intervention"},
    "interventions.comparison": {"id": "Pembanding", "en": "Comparison"},
    "interventions.list_columns.nik": {"id": "NIK", "en": "NIK"},
    "interventions.list_columns.cooperative": {"id": "Nama koperasi", "en": "Cooperative"},
    "interventions.list_columns.snapshot_before": {"id": "Snapshot sebelum", "en": "Snapshot before"},
    "interventions.list_columns.status_before": {"id": "Status sebelum", "en": "Status before"},
    "interventions.list_columns.snapshot_after": {"id": "Snapshot sesudah", "en": "Snapshot after"},
    "interventions.list_columns.status_after": {"id": "Status sesudah", "en": "Status after"},
    "interventions.gone": {"id": "Tidak tercatat lagi", "en": "No longer listed"},
    "nav.events_import": {"id": "Impor kegiatan", "en": "Import events"},
    "events_import.title": {"id": "Impor kegiatan intervensi", "en": "Import interventions"},
    "events_import.intro": {
        "id": "Kolom: NIK, Tanggal, Kegiatan (pelatihan, uji kompetensi, konsultasi, pemanggilan, bantuan "
        "modal, pendampingan, laporan keuangan triwulanan), dan bila ada Saluran (offline/online), Hasil, "
        "Kendala, Catatan. Mengimpor berkas yang sama lagi mengganti kegiatannya, tidak menggandakan.",
        "en": "Columns: NIK, Tanggal (date), Kegiatan (training, competency test, consultation, summons, "
        "capital aid, mentoring, quarterly financial report), and where present Saluran (offline/online), "
        "Hasil (result), Kendala (obstacle), Catatan (note). Importing the same file again replaces its "
        "events rather than doubling them.",
    },
    "events_import.quarantine_columns.row": {"id": "Baris", "en": "Row"},
    "events_import.quarantine_columns.reason": {"id": "Alasan", "en": "Reason"},
    "events_import.confirm": {"id": "Simpan kegiatan", "en": "Save events"},
    "events_import.saved": {
        "id": "Tersimpan: {n} kegiatan. Wilayah ini kini punya {total} kegiatan tercatat.",
        "en": "Saved: {n} events. This region now has {total} events on record.",
    },
    "nav.rules": {"id": "Aturan status", "en": "Status rules"},
    "rules.title": {"id": "Aturan status per wilayah", "en": "Status rules per region"},
    "rules.intro": {
        "id": "Berapa RAT terlewat membuat koperasi kurang aktif, tidak aktif, atau calon pembubaran, dan "
        "wilayah mana memakai aturan mana. Status dihitung saat impor: perubahan berlaku untuk snapshot "
        "yang diimpor sesudahnya; snapshot tersimpan tetap memakai profil yang tercatat bersamanya.",
        "en": "How many missed RATs make a cooperative less active, inactive or a dissolution candidate, "
        "and which region uses which rule. Statuses are derived at import: a change applies to snapshots "
        "imported after it; stored snapshots keep the profile recorded with them.",
    },
    "rules.profiles": {"id": "Profil aturan", "en": "Rule profiles"},
    "rules.profile_columns.profile": {"id": "Profil", "en": "Profile"},
    "rules.profile_columns.less_active_after_missed_rats": {
        "id": "Kurang aktif setelah (RAT terlewat)",
        "en": "Less active after (missed RATs)",
    },
    "rules.profile_columns.inactive_after": {"id": "Tidak aktif setelah", "en": "Inactive after"},
    "rules.profile_columns.dissolution_candidate_after": {
        "id": "Calon pembubaran setelah",
        "en": "Dissolution candidate after",
    },
    "rules.profile_columns.basis": {"id": "Dasar", "en": "Basis"},
    "rules.regions": {"id": "Profil yang dipakai tiap wilayah", "en": "Profile used by each region"},
    "rules.profile": {"id": "Profil", "en": "Profile"},
    "rules.region_columns.region_code": {"id": "Kode wilayah", "en": "Region code"},
    "rules.region_columns.name": {"id": "Nama wilayah", "en": "Region name"},
    "rules.region_columns.kind": {"id": "Jenis", "en": "Kind"},
    "rules.region_columns.province": {"id": "Provinsi", "en": "Province"},
    "rules.profile_words": {
        "id": "{profile}: kurang aktif setelah {less} RAT terlewat, tidak aktif setelah {inactive}, calon "
        "pembubaran setelah {dissolution}",
        "en": "{profile}: less active after {less} missed RATs, inactive after {inactive}, dissolution "
        "candidate after {dissolution}",
    },
    "rules.save": {"id": "Simpan aturan", "en": "Save rules"},
    "rules.targets": {"id": "Target % aktif per wilayah", "en": "Target % active per region"},
    "rules.targets_caption": {
        "id": "Misalnya dari RPJMD: satu baris per wilayah dan tahun. Tampil sebagai garis titik-titik pada "
        "tren dan sebagai selisih di halaman wilayah.",
        "en": "For instance from the RPJMD: one row per region and year. Shown as a dotted line on the trend "
        "and as the gap on the region page.",
    },
    "rules.target_columns.year": {"id": "Tahun", "en": "Year"},
    "rules.target_columns.target": {"id": "Target % aktif", "en": "Target % active"},
    "rules.target_columns.source": {"id": "Sumber", "en": "Source"},
    "rules.targets_save": {"id": "Simpan target", "en": "Save targets"},
    "rules.targets_saved": {"id": "Target tersimpan.", "en": "Targets saved."},
    "rules.refused": {
        "id": "Belum disimpan: perbaiki dulu hal berikut.",
        "en": "Not saved: correct the following first.",
    },
    "rules.saved": {
        "id": "Aturan tersimpan. Impor berikutnya memakai aturan ini.",
        "en": "Rules saved. The next imports use them.",
    },
    "import.title": {"id": "Impor registri koperasi", "en": "Import a cooperative registry"},
    "import.intro": {
        "id": "Unggah ekspor registri (CSV atau Excel) untuk satu wilayah dan satu tanggal. Periksa "
        "hasilnya dulu; tidak ada yang disimpan sebelum Anda menekan Simpan. Baris yang tidak dapat "
        "dipakai dikarantina dengan alasannya dan dapat diunduh untuk diperbaiki.",
        "en": "Upload a registry export (CSV or Excel) for one region and one date. Check the result "
        "first; nothing is saved until you press Save. Rows that cannot be used are quarantined with "
        "their reason and can be downloaded to be fixed.",
    },
    "import.region": {"id": "Wilayah", "en": "Region"},
    "import.date": {"id": "Tanggal snapshot", "en": "Snapshot date"},
    "import.file": {"id": "File ekspor (CSV atau Excel)", "en": "Export file (CSV or Excel)"},
    "import.mapping": {
        "id": "File pemetaan kolom (opsional, CSV: kolom_file,kolom_kopdash)",
        "en": "Column mapping file (optional, CSV: kolom_file,kolom_kopdash)",
    },
    "import.waiting": {
        "id": "Pilih file untuk mulai. Judul kolom yang dikenali antara lain: NIK, Nama Koperasi, "
        "Kecamatan, Desa/Kelurahan, Tgl BH, Jenis Koperasi, Kelompok Koperasi, Tahun RAT Terakhir, "
        "RAT Dilaporkan, Status Usaha, Jumlah Anggota, Aset, Modal Sendiri, Volume Usaha, SHU.",
        "en": "Choose a file to start. Recognised headers include: NIK, Nama Koperasi, Kecamatan, "
        "Desa/Kelurahan, Tgl BH, Jenis Koperasi, Kelompok Koperasi, Tahun RAT Terakhir, RAT "
        "Dilaporkan, Status Usaha, Jumlah Anggota, Aset, Modal Sendiri, Volume Usaha, SHU.",
    },
    "import.checking": {"id": "Memeriksa {file} …", "en": "Checking {file} …"},
    "import.checked": {"id": "{file} selesai diperiksa", "en": "{file} checked"},
    "import.refused_named": {
        "id": "{file} tidak dapat diimpor: {reason}",
        "en": "{file} cannot be imported: {reason}",
    },
    "import.refused": {
        "id": "File ini tidak dapat diimpor: {reason}",
        "en": "This file cannot be imported: {reason}",
    },
    "import.rows_read": {"id": "Baris data", "en": "Data rows"},
    "import.accepted": {"id": "Diterima", "en": "Accepted"},
    "import.quarantined": {"id": "Dikarantina", "en": "Quarantined"},
    "import.mapping_title": {"id": "Pemetaan judul kolom", "en": "How the headers were mapped"},
    "import.mapping_columns.column_in_the_file": {"id": "Kolom di file", "en": "Column in the file"},
    "import.mapping_columns.used_as": {"id": "Dipakai sebagai", "en": "Used as"},
    "import.not_used": {"id": "tidak dipakai", "en": "not used"},
    "import.header_row": {
        "id": "{sheet}: baris judul ke-{row}, {rows} baris data",
        "en": "{sheet}: header on row {row}, {rows} data rows",
    },
    "import.first_rows": {"id": "Baris pertama yang diterima", "en": "First accepted rows"},
    "import.statuses": {
        "id": "Status snapshot ini bila disimpan",
        "en": "Statuses of this snapshot if saved",
    },
    "import.statuses_columns.status": {"id": "Status", "en": "Status"},
    "import.statuses_columns.this_snapshot": {"id": "Snapshot ini", "en": "This snapshot"},
    "import.statuses_columns.previous_snapshot": {
        "id": "Snapshot sebelumnya ({date})",
        "en": "Previous snapshot ({date})",
    },
    "import.no_previous": {"id": "belum ada", "en": "none"},
    "import.rule_used": {
        "id": "Status dihitung dengan aturan {profile}: kurang aktif setelah {less} RAT terlewat, tidak "
        "aktif setelah {inactive}, calon pembubaran setelah {dissolution}.",
        "en": "Statuses derived with rule {profile}: less active after {less} missed RAT, inactive "
        "after {inactive}, dissolution candidate after {dissolution}.",
    },
    "import.quarantine_title": {"id": "Baris dikarantina", "en": "Quarantined rows"},
    "import.quarantine_none": {"id": "Tidak ada baris yang dikarantina.", "en": "No row was quarantined."},
    "import.reason_columns.reason": {"id": "Alasan", "en": "Reason"},
    "import.reason_columns.rows": {"id": "Baris", "en": "Rows"},
    "import.quarantine_labels.sheet": {"id": "Lembar", "en": "Sheet"},
    "import.quarantine_labels.row": {"id": "Baris", "en": "Row"},
    "import.quarantine_labels.reason": {"id": "Alasan", "en": "Reason"},
    "import.download_csv": {"id": "Unduh baris dikarantina (CSV)", "en": "Download quarantined rows (CSV)"},
    "import.download_xlsx": {
        "id": "Unduh baris dikarantina (Excel)",
        "en": "Download quarantined rows (Excel)",
    },
    "import.replaces": {
        "id": "Sudah ada snapshot {region} tanggal {date} ({n} koperasi). Menyimpan akan menggantikannya.",
        "en": "A snapshot of {region} on {date} already exists ({n} cooperatives). Saving replaces it.",
        "en_one": "A snapshot of {region} on {date} already exists (1 cooperative). Saving replaces it.",
    },
    "import.confirm": {"id": "Simpan snapshot", "en": "Save snapshot"},
    "import.choose_date": {"id": "Pilih tanggal snapshot.", "en": "Choose the snapshot date."},
    "import.use_region": {
        "id": "Pakai wilayah yang disebut berkas: {name} ({code})",
        "en": "Use the region the file names: {name} ({code})",
    },
    "import.scope_title": {"id": "Seluruh registri atau sebagian?", "en": "The whole registry or a part?"},
    "import.scope_question": {
        "id": "Berkas ini memuat {file} koperasi; snapshot {date} memuat {base}, dan {missing} di antaranya "
        "tidak ada dalam berkas. Katakan berkas apa ini sebelum menyimpan.",
        "en": "This file holds {file} cooperatives; the snapshot of {date} holds {base}, and {missing} of "
        "them are not in the file. Say what the file is before saving.",
    },
    "import.roster_question": {
        "id": "Daftar program ini memuat {file} koperasi; snapshot {date} memuat {base} koperasi {programme}, "
        "dan {missing} di antaranya tidak ada dalam daftar. Katakan daftar apa ini sebelum menyimpan.",
        "en": "This roster holds {file} cooperatives; the snapshot of {date} holds {base} {programme} "
        "cooperatives, and {missing} of them are not in the roster. Say what it is before saving.",
    },
    "import.scope_choice": {"id": "Berkas ini", "en": "This file is"},
    "import.scope_whole": {
        "id": "Seluruh registri: {missing} koperasi yang tidak ada dicatat tidak terdaftar lagi",
        "en": "The whole registry: the {missing} cooperatives it lacks are no longer listed",
    },
    "import.scope_partial": {
        "id": "Sebagian registri: koperasi lain dibawa dari snapshot {date}",
        "en": "A part of the registry: the other cooperatives are carried from the snapshot of {date}",
    },
    "import.scope_districts": {
        "id": "Kecamatan yang diganti seluruhnya oleh berkas ini (boleh kosong)",
        "en": "Kecamatan this file replaces whole (may be empty)",
    },
    "import.scope_needed": {
        "id": "Pilih dulu apakah berkas ini seluruh registri atau sebagian; baru kemudian dapat disimpan.",
        "en": "First say whether the file is the whole registry or a part; then it can be saved.",
    },
    "import.log_title": {"id": "Log impor dan pembatalan", "en": "Import log and undo"},
    "import.log_empty": {
        "id": "Log impor kosong: penyimpanan ini belum mencatat impor apa pun.",
        "en": "The import log is empty: this store has recorded no write yet.",
    },
    "import.log_shown": {
        "id": "{n} catatan terbaru dari {total}. Semua: kopdash log",
        "en": "The newest {n} of {total} entries. All of them: kopdash log",
    },
    "import.undo_choose": {"id": "Impor yang dibatalkan", "en": "Import to undo"},
    "import.undo_confirm": {
        "id": "Ya, kembalikan penyimpanan seperti sebelum impor ini",
        "en": "Yes, put the store back as it was before this import",
    },
    "import.undo_button": {"id": "Batalkan impor", "en": "Undo the import"},
    "import.undone": {
        "id": "Dibatalkan: penyimpanan kembali seperti sebelum {what}. Pembatalan dicatat di log.",
        "en": "Undone: the store is back as it was before {what}. The undo is in the log.",
    },
    "import.region_new": {
        "id": "{name} ({code}) · baru, dari daftar Kemendagri",
        "en": "{name} ({code}) · new, from the Kemendagri list",
    },
    "import.roster": {"id": "Daftar program (opsional)", "en": "Programme roster (optional)"},
    "import.roster_none": {"id": "Bukan daftar program", "en": "Not a programme roster"},
    "import.roster_help": {
        "id": "Untuk daftar satu program (misalnya Koperasi Merah Putih): baris tanpa kolom program diberi "
        "program ini, dan koperasi tanpa tanggal badan hukum maupun RAT dianggap belum wajib RAT.",
        "en": "For one programme's roster (e.g. Koperasi Merah Putih): rows without a programme get this one, "
        "and cooperatives with neither founding date nor RAT owe no RAT yet.",
    },
    "import.new_region": {
        "id": "{name} ({code}) belum ada di penyimpanan data: akan ditambahkan dari daftar resmi Kemendagri "
        "dengan aturan status bawaan saat disimpan.",
        "en": "{name} ({code}) is not in the store yet: it will be added from the official Kemendagri list "
        "with the default status rule when saved.",
    },
    "import.nothing_accepted": {
        "id": "Tidak ada baris yang dapat diterima: semua {n} baris dikarantina (alasannya di bawah). "
        "Snapshot tidak akan ditulis. Perbaiki berkasnya lalu unggah lagi; daftar karantina dapat diunduh "
        "atau disimpan di penyimpanan data.",
        "en": "No row can be accepted: all {n} rows are quarantined (reasons below). No snapshot will be "
        "written. Fix the file and upload it again; the quarantine can be downloaded or kept in the store.",
    },
    "import.confirm_quarantine": {"id": "Simpan daftar karantina saja", "en": "Keep the quarantine only"},
    "import.quarantine_kept": {
        "id": "Daftar karantina disimpan di {path}. Tidak ada snapshot yang ditulis.",
        "en": "The quarantine is saved in {path}. No snapshot was written.",
    },
    "import.saved": {
        "id": "Tersimpan: snapshot {region} tanggal {date}, {n} koperasi. Dasbor sudah memakai data baru.",
        "en": "Saved: {region} snapshot of {date}, {n} cooperatives. The dashboard already uses the new data.",
        "en_one": "Saved: {region} snapshot of {date}, 1 cooperative. The dashboard already uses the new data.",
    },
    "import.open_overview": {"id": "Buka ringkasan pada tanggal ini", "en": "Open the overview on this date"},
    "value.yes": {"id": "Ya", "en": "Yes"},
    "value.no": {"id": "Tidak", "en": "No"},
    # the status rule in words, for one cooperative
    "explain.year_range": {
        "id": "{first} sampai {last} ({n} tahun buku)",
        "en": "{first} to {last} ({n} fiscal years)",
        "en_one": "{first} to {last} (1 fiscal year)",
    },
    "explain.and": {"id": " dan ", "en": " and "},
    "explain.dissolved": {
        "id": "Dibubarkan pada {date}; tidak dihitung sebagai koperasi terdaftar.",
        "en": "Dissolved on {date}; not counted as registered.",
    },
    "explain.deadline": {
        "id": "tahun buku {year} (tenggat {deadline})",
        "en": "fiscal year {year} (due {deadline})",
    },
    "explain.operating": {"id": "usahanya berjalan", "en": "its business is running"},
    "explain.not_operating": {"id": "usahanya tidak berjalan", "en": "its business is not running"},
    "explain.operating_unknown": {
        "id": "status usahanya tidak diketahui",
        "en": "its business status is unknown",
    },
    "explain.owes_none": {
        "id": "Berbadan hukum {date}, setelah tahun buku {due} berakhir, jadi belum wajib RAT; {business}, "
        "jadi {status}.",
        "en": "Founded on {date}, after fiscal year {due} ended, so no RAT is owed yet; {business}, so {status}.",
    },
    "explain.never": {
        "id": "Belum pernah RAT sejak berdiri tahun {year}; RAT tahun buku {years} belum dilaksanakan, "
        "jadi {status}.",
        "en": "No RAT held since founding in {year}; the RAT for fiscal year {years} has not been held, "
        "so {status}.",
    },
    "explain.up_to_date": {
        "id": "RAT terakhir tahun buku {last}, memenuhi kewajiban RAT {deadline}; {business}, jadi {status}.",
        "en": "Last RAT for fiscal year {last}, meeting the RAT obligation for {deadline}; {business}, "
        "so {status}.",
    },
    "explain.missed": {
        "id": "RAT terakhir tahun buku {last}; RAT tahun buku {years} belum dilaksanakan, jadi {status}.",
        "en": "Last RAT for fiscal year {last}; the RAT for fiscal year {years} has not been held, so {status}.",
    },
    "explain.candidate": {
        "id": "Sudah {n} RAT terlewat: calon pembubaran menurut aturan {profile} (setelah {threshold}).",
        "en": "{n} RATs missed: a dissolution candidate under rule {profile} (after {threshold}).",
    },
    "explain.thresholds": {
        "id": "(Aturan {profile}: kurang aktif setelah {less} RAT terlewat, tidak aktif setelah {inactive}.)",
        "en": "(Rule {profile}: less active after {less} missed RAT, inactive after {inactive}.)",
    },
    # region page
    "nav.region": {"id": "Wilayah", "en": "Region"},
    "nav.programme": {"id": "Program", "en": "Programme"},
    "nav.cooperative": {"id": "Koperasi", "en": "Cooperative"},
    "nav.compare": {"id": "Perbandingan", "en": "Comparison"},
    "region.choose": {"id": "Wilayah", "en": "Region"},
    "region.kecamatan": {"id": "Kecamatan", "en": "District (kecamatan)"},
    "region.all_kecamatan": {"id": "Semua kecamatan", "en": "All districts"},
    "region.village": {"id": "Desa/kelurahan", "en": "Village"},
    "region.all_villages": {"id": "Semua desa/kelurahan", "en": "All villages"},
    "region.snapshot": {
        "id": "Snapshot {date} (terakhir pada atau sebelum {as_of}). {rule}",
        "en": "Snapshot of {date} (latest on or before {as_of}). {rule}",
    },
    "region.no_snapshot": {
        "id": "{region} belum punya snapshot pada atau sebelum {date}; snapshot pertamanya {first}.",
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
    "compare.part_chart": {"id": "Per 100 terdaftar", "en": "Per 100 registered"},
    "compare.part_published": {"id": "Angka publikasi vs registri", "en": "Published figures vs registry"},
    "interventions.part_events": {"id": "Kegiatan dan kendala", "en": "Activities and obstacles"},
    "interventions.part_reports": {"id": "Laporan triwulanan", "en": "Quarterly reports"},
    "interventions.part_outcomes": {"id": "Status sesudahnya", "en": "Status afterwards"},
    "overview.part_bars": {"id": "Grafik per wilayah", "en": "Chart by region"},
    "overview.part_table": {"id": "Tabel per wilayah", "en": "Table by region"},
    "overview.part_trend": {"id": "Perkembangan % aktif", "en": "% aktif over time"},
    "programme.part_charts": {"id": "Tahapan", "en": "Stages"},  # the funnel and the months waiting
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
    "sort.name": {"id": "Nama", "en": "Name"},
    "sort.status": {"id": "Status (terburuk dulu)", "en": "Status (worst first)"},
    "sort.last_rat": {"id": "RAT terakhir (terlama dulu)", "en": "Last RAT (oldest first)"},
    "sort.members": {"id": "Anggota (terbanyak dulu)", "en": "Members (most first)"},
    "sort.established": {"id": "Tanggal badan hukum (terbaru dulu)", "en": "Founding date (newest first)"},
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
    "download.csv": {"id": "Unduh CSV", "en": "Download CSV"},
    "download.xlsx": {"id": "Unduh Excel", "en": "Download Excel"},
    "back.overview": {"id": "Kembali ke ringkasan", "en": "Back to the overview"},
    # cooperative page
    "coop.nik": {"id": "NIK (Nomor Induk Koperasi)", "en": "NIK (cooperative number)"},
    "coop.bad_nik": {
        "id": "NIK “{value}” di alamat bukan 13 atau 16 digit angka (atau BH: dan nomor badan hukum).",
        "en": "The NIK “{value}” in the address is not 13 or 16 digits (or BH: and a legal-entity number).",
    },
    "coop.unknown_nik": {
        "id": "Tidak ada koperasi dengan NIK {value} di penyimpanan data.",
        "en": "No cooperative with NIK {value} in the store.",
    },
    "coop.reported_differs": {
        "id": "Dinas mencatat status “{word}” (berarti {means}), sedangkan menurut aturan status yang "
        "diselaraskan koperasi ini {status}. Keduanya ditampilkan; catatan dinas tidak diubah.",
        "en": "The office records the status “{word}” (meaning {means}), while the harmonised rule gives "
        "{status}. Both are shown; the office's record is not changed.",
    },
    "coop.not_in_region": {
        "id": "NIK {value} tidak tercatat di wilayah {region}.",
        "en": "NIK {value} is not on record in region {region}.",
    },
    "coop.several_regions": {
        "id": "NIK {nik} tercatat di {n} wilayah; masing-masing koperasi tersendiri. Pilih wilayahnya.",
        "en": "NIK {nik} is on record in {n} regions; each is a cooperative of its own. Choose the region.",
    },
    "coop.ask_nik": {
        "id": "Masukkan NIK, atau buka koperasi dari daftar di halaman Wilayah.",
        "en": "Enter a NIK, or open a cooperative from the list on the Region page.",
    },
    "coop.status_now": {"id": "Status pada {date}: {status}", "en": "Status on {date}: {status}"},
    "coop.why": {"id": "Mengapa", "en": "Why"},
    "coop.identity": {"id": "Identitas", "en": "Identity"},
    "coop.identity_columns.field": {"id": "Keterangan", "en": "Field"},
    "coop.identity_columns.value": {"id": "Isi", "en": "Value"},
    "coop.region": {"id": "Wilayah", "en": "Region"},
    "coop.timeline": {"id": "Status di setiap snapshot", "en": "Status at every snapshot"},
    "coop.history_columns.snapshot": {"id": "Snapshot", "en": "Snapshot"},
    "coop.history_columns.status": {"id": "Status", "en": "Status"},
    "coop.history_columns.last_rat": {"id": "RAT terakhir", "en": "Last RAT"},
    "coop.history_columns.rat_reported": {"id": "RAT dilaporkan", "en": "RAT reported"},
    "coop.history_columns.operating": {"id": "Usaha berjalan", "en": "Operating"},
    "coop.history_columns.members": {"id": "Anggota", "en": "Members"},
    "coop.history_columns.dissolution_candidate": {"id": "Calon pembubaran", "en": "Dissolution candidate"},
    "coop.rat": {"id": "Riwayat RAT yang tercatat", "en": "RAT history on record"},
    "coop.rat_line": {
        "id": "RAT tahun buku {year}: pertama tercatat pada snapshot {date}; {reported}.",
        "en": "RAT for fiscal year {year}: first on record in the snapshot of {date}; {reported}.",
    },
    "coop.rat_report_unknown": {
        "id": "tidak tercatat apakah laporannya sampai ke dinas",
        "en": "the registry does not say whether its report reached the office",
    },
    "coop.rat_reported": {"id": "laporannya sampai ke dinas", "en": "its report reached the office"},
    "coop.rat_not_reported": {
        "id": "laporannya belum sampai ke dinas",
        "en": "its report has not reached the office",
    },
    "coop.rat_none": {"id": "Belum ada RAT yang tercatat.", "en": "No RAT on record."},
    "coop.members": {"id": "Jumlah anggota", "en": "Members"},
    # programme page
    "programme.choose": {"id": "Program", "en": "Programme"},
    "programme.region": {"id": "Wilayah", "en": "Region"},
    "programme.none": {
        "id": "Belum ada koperasi program di penyimpanan data.",
        "en": "No programme cooperatives in the store yet.",
    },
    "programme.title": {"id": "{programme} di {region}", "en": "{programme} in {region}"},
    "programme.headline": {
        "id": "{operating} dari {formed} koperasi sudah beroperasi ({pct}), per snapshot {date}.",
        "en": "{operating} of {formed} cooperatives are operating ({pct}), as of the snapshot of {date}.",
    },
    "programme.formed": {"id": "Terbentuk", "en": "Formed"},
    "programme.operating": {"id": "Beroperasi", "en": "Operating"},
    "programme.rat_held": {"id": "Sudah RAT", "en": "RAT held"},
    "programme.new_operating": {"id": "Baru beroperasi sejak {date}", "en": "Newly operating since {date}"},
    "programme.new_none": {
        "id": "Tidak ada yang baru beroperasi sejak {date}.",
        "en": "None started operating since {date}.",
    },
    "programme.funnel": {"id": "Dari terbentuk sampai RAT", "en": "From formation to RAT"},
    "programme.by_kecamatan": {"id": "Beroperasi per kecamatan", "en": "Operating by district"},
    "programme.not_operating": {"id": "Belum beroperasi", "en": "Not operating"},
    "programme.months": {
        "id": "Lama belum beroperasi sejak terbentuk",
        "en": "Time since formation without operating",
    },
    "programme.months_axis": {"id": "Bulan sejak terbentuk", "en": "Months since formation"},
    "programme.summon": {"id": "Pengurus yang perlu dipanggil", "en": "Boards to summon"},
    "programme.summon_caption": {
        "id": "Koperasi yang belum beroperasi, paling lama terbentuk di atas.",
        "en": "Cooperatives not yet operating, longest since formation first.",
    },
    "programme.villages": {"id": "Per desa/kelurahan", "en": "By village"},
    "programme.list_columns.cooperative": {"id": "Nama koperasi", "en": "Cooperative"},
    "programme.list_columns.district": {"id": "Kecamatan", "en": "District"},
    "programme.list_columns.village": {"id": "Desa/kelurahan", "en": "Village"},
    "programme.list_columns.formed": {"id": "Terbentuk", "en": "Formed"},
    "programme.list_columns.months_since_formation": {
        "id": "Bulan sejak terbentuk",
        "en": "Months since formation",
    },
    "programme.list_columns.status": {"id": "Status", "en": "Status"},
    "programme.list_columns.operating": {"id": "Beroperasi", "en": "Operating"},
    "programme.list_columns.board_chair": {"id": "Ketua pengurus", "en": "Board chair"},
    "programme.list_columns.phone": {"id": "Telepon", "en": "Phone"},
    "programme.list_columns.address": {"id": "Alamat", "en": "Address"},
    "programme.list_columns.whatsapp": {"id": "WhatsApp", "en": "WhatsApp"},
    "programme.list_columns.call": {"id": "Telepon langsung", "en": "Call"},
    # comparison page
    "compare.title": {"id": "Perbandingan wilayah", "en": "Comparing regions"},
    "compare.caption": {
        "id": "Pilih wilayah dan tanggal di bilah samping. Per 100 = per 100 koperasi terdaftar, supaya "
        "wilayah besar dan kecil sebanding.",
        "en": "Choose regions and the date in the sidebar. Per 100 = per 100 registered cooperatives, so "
        "large and small regions compare.",
    },
    "compare.spread": {
        "id": "Perhatian: tanggal snapshot berjarak lebih dari setahun ({first} sampai {last}); angka yang "
        "dibandingkan tidak sezaman.",
        "en": "Note: snapshot dates lie more than a year apart ({first} to {last}); the figures compared are "
        "not from the same time.",
    },
    "compare.columns.region": {"id": "Wilayah", "en": "Region"},
    "compare.columns.snapshot_date": {"id": "Tanggal snapshot", "en": "Snapshot date"},
    "compare.columns.status_rule": {"id": "Aturan status", "en": "Status rule"},
    "compare.columns.registered": {"id": "Terdaftar", "en": "Registered"},
    "compare.columns.active": {"id": "Aktif", "en": "Active"},
    "compare.columns.active_per_100": {"id": "Aktif per 100", "en": "Active per 100"},
    "compare.columns.less_active": {"id": "Kurang aktif", "en": "Less active"},
    "compare.columns.less_active_per_100": {"id": "Kurang aktif per 100", "en": "Less active per 100"},
    "compare.columns.inactive": {"id": "Tidak aktif", "en": "Inactive"},
    "compare.columns.inactive_per_100": {"id": "Tidak aktif per 100", "en": "Inactive per 100"},
    "compare.columns.not_yet_operating": {"id": "Belum beroperasi", "en": "Not yet operating"},
    "compare.columns.not_yet_operating_per_100": {
        "id": "Belum beroperasi per 100",
        "en": "Not yet operating per 100",
    },
    "compare.columns.office_status_differs": {"id": "Status kantor berbeda", "en": "Office status differs"},
    "compare.reported_differs": {"id": "{n} dari {of}", "en": "{n} of {of}"},
    "compare.no_reported_status": {"id": "tidak dicatat", "en": "not recorded"},
    "compare.rule_note": {
        "id": "Aturan status: profil (kurang aktif / tidak aktif / calon pembubaran, dalam RAT terlewat).",
        "en": "Status rule: profile (less active / inactive / dissolution candidate, in missed RATs).",
    },
    "compare.published": {
        "id": "Angka yang dipublikasikan dan angka registri",
        "en": "Published figures and the registry",
    },
    "compare.published_caption": {
        "id": "Angka registri diambil dari snapshot terakhir pada atau sebelum tanggal publikasi. Selisih = registri dikurangi publikasi.",
        "en": "Registry figures are from the latest snapshot on or before the publication date. Difference = registry minus published.",
    },
    "compare.published_columns.region": {"id": "Wilayah", "en": "Region"},
    "compare.published_columns.programme": {"id": "Program", "en": "Programme"},
    "compare.published_columns.published_on": {"id": "Tanggal publikasi", "en": "Published on"},
    "compare.published_columns.figure": {"id": "Angka", "en": "Figure"},
    "compare.published_columns.published": {"id": "Dipublikasikan", "en": "Published"},
    "compare.published_columns.registry": {"id": "Registri", "en": "Registry"},
    "compare.published_columns.registry_snapshot": {"id": "Snapshot registri", "en": "Registry snapshot"},
    "compare.published_columns.difference": {"id": "Selisih", "en": "Difference"},
    "compare.published_columns.source": {"id": "Sumber", "en": "Source"},
    "compare.published_none": {
        "id": "Belum ada angka yang dipublikasikan untuk wilayah ini.",
        "en": "No published figures for these regions yet.",
    },
    "compare.chart_lowest": {
        "id": "Grafik: {n} wilayah dengan persentase aktif terendah; tabel memuat semua.",
        "en": "Chart: the {n} regions with the lowest share active; the table has all.",
    },
    "compare.chart": {"id": "Per 100 koperasi terdaftar", "en": "Per 100 registered cooperatives"},
    "compare.per100": {"id": "per 100 terdaftar", "en": "per 100 registered"},
    "kind.produsen": {"id": "Produsen", "en": "Producer"},
    "kind.konsumen": {"id": "Konsumen", "en": "Consumer"},
    "kind.simpan_pinjam": {"id": "Simpan pinjam", "en": "Savings and loans"},
    "kind.pemasaran": {"id": "Pemasaran", "en": "Marketing"},
    "kind.jasa": {"id": "Jasa", "en": "Services"},
    "segment.masyarakat": {"id": "Masyarakat", "en": "Community"},
    "segment.pegawai": {"id": "Pegawai (KPRI)", "en": "Employees (civil service)"},
    "segment.perusahaan": {"id": "Karyawan perusahaan", "en": "Company employees"},
    "segment.kud": {"id": "KUD", "en": "Village unit (KUD)"},
    "segment.kopwan": {"id": "Wanita (Kopwan)", "en": "Women (Kopwan)"},
    "segment.koppontren": {"id": "Pondok pesantren", "en": "Islamic boarding school"},
    # early warning
    "nav.watch": {"id": "Pantauan", "en": "Early warning"},
    "watch.title": {"id": "Pantauan: siapa yang perlu dihubungi", "en": "Early warning: who to call"},
    "watch.caption": {
        "id": "Dihitung dari snapshot {date}: status pada 1 Juli {year} bila tidak ada RAT baru dan status usaha tetap. Tenggat berikutnya: {deadline}.",
        "en": "Computed from the snapshot of {date}: statuses on 1 July {year} if no new RAT is held and business status stays. Next deadline: {deadline}.",
    },
    "watch.working_days": {
        "id": "Tenggat RAT: {deadline}, {days} hari kerja lagi.",
        "en": "RAT deadline: {deadline}, {days} working days from now.",
    },
    "watch.working_days_estimate": {
        "id": "Tenggat RAT: {deadline}, sekitar {days} hari kerja lagi (libur {years} belum diterbitkan: "
        "dihitung Senin–Jumat).",
        "en": "RAT deadline: {deadline}, about {days} working days from now (holidays of {years} not "
        "published yet: Monday to Friday counted).",
    },
    "watch.deadline_passed_today": {
        "id": "Tenggat RAT {deadline} sudah lewat (hari ini {today}): daftar ini dari snapshot yang lebih lama; "
        "impor registri yang lebih baru untuk daftar yang berlaku.",
        "en": "The RAT deadline of {deadline} has passed (today is {today}): this list comes from an older "
        "snapshot; import a newer registry for a current list.",
    },
    "watch.deadline_passed_then": {
        "id": "Tenggat RAT {deadline} sudah lewat pada {today}, tanggal yang dipilih: daftar ini dari snapshot "
        "yang lebih lama.",
        "en": "The RAT deadline of {deadline} had passed on {today}, the chosen date: this list comes from an "
        "older snapshot.",
    },
    "watch.counted_from": {
        "id": "(dihitung dari {date}, tanggal yang dipilih)",
        "en": "(counted from {date}, the chosen date)",
    },
    "freshness.old_one": {
        "id": "Snapshot terbaru {region}: {date}, {months} bulan lalu. Angka di halaman ini bukan keadaan hari "
        "ini; impor registri yang lebih baru.",
        "en": "Newest snapshot of {region}: {date}, {months} months ago. The figures on this page are not "
        "today's; import a newer registry.",
    },
    "freshness.old_many": {
        "id": "Snapshot terbaru dari {n} wilayah yang ditampilkan: {date}, {months} bulan lalu. Angka di halaman "
        "ini bukan keadaan hari ini; impor registri yang lebih baru.",
        "en": "Newest snapshot of the {n} regions shown: {date}, {months} months ago. The figures on this page "
        "are not today's; import a newer registry.",
    },
    "freshness.far": {
        "id": "{n} dari {of} wilayah dibandingkan pada snapshot lebih dari {months} bulan sebelum {date}: "
        "{regions}.",
        "en": "{n} of {of} regions are compared at a snapshot more than {months} months before {date}: "
        "{regions}.",
    },
    "freshness.far_region": {
        "id": "{region} ({date}, {months} bulan sebelumnya)",
        "en": "{region} ({date}, {months} months earlier)",
    },
    "links.whatsapp": {"id": "Buka WhatsApp", "en": "Open WhatsApp"},
    "watch.months": {
        "id": "Program: belum beroperasi sekurang-kurangnya (bulan)",
        "en": "Programme: not operating for at least (months)",
    },
    "watch.kinds": {"id": "Jenis peringatan", "en": "Warnings"},
    "watch.summary_columns.warning": {"id": "Peringatan", "en": "Warning"},
    "watch.summary_columns.cooperatives": {"id": "Koperasi", "en": "Cooperatives"},
    "watch.none": {"id": "Tidak ada koperasi yang perlu dihubungi.", "en": "No cooperative needs a call."},
    "warning.becomes_candidate": {"id": "Menjadi calon pembubaran", "en": "Becomes a dissolution candidate"},
    "warning.becomes_tidak_aktif": {"id": "Turun menjadi tidak aktif", "en": "Drops to inactive"},
    "warning.becomes_kurang_aktif": {"id": "Turun menjadi kurang aktif", "en": "Drops to less active"},
    "warning.programme_not_operating": {"id": "Program: belum beroperasi", "en": "Programme: not operating"},
    "consequence.becomes_candidate": {
        "id": "Pada 1 Juli {year} menjadi calon pembubaran bila RAT tahun buku {fy} tidak dilaksanakan sebelum {deadline}.",
        "en": "On 1 July {year} becomes a dissolution candidate unless the RAT for fiscal year {fy} is held before {deadline}.",
    },
    "consequence.becomes_tidak_aktif": {
        "id": "Pada 1 Juli {year} turun dari {status} menjadi tidak aktif bila RAT tahun buku {fy} tidak dilaksanakan sebelum {deadline}.",
        "en": "On 1 July {year} drops from {status} to inactive unless the RAT for fiscal year {fy} is held before {deadline}.",
    },
    "consequence.becomes_kurang_aktif": {
        "id": "Pada 1 Juli {year} turun dari {status} menjadi kurang aktif bila RAT tahun buku {fy} tidak dilaksanakan sebelum {deadline}.",
        "en": "On 1 July {year} drops from {status} to less active unless the RAT for fiscal year {fy} is held before {deadline}.",
    },
    "consequence.programme_not_operating": {
        "id": "Belum beroperasi {months} bulan setelah terbentuk.",
        "en": "Not operating {months} months after formation.",
    },
    "risk.behind_before": {
        "id": "RAT terlambat atau terlewat pada {n} snapshot sebelumnya",
        "en": "RAT late or missed at {n} earlier snapshots",
        "en_one": "RAT late or missed at 1 earlier snapshot",
    },
    "risk.rat_not_reported": {
        "id": "laporan RAT terakhir tidak sampai ke dinas",
        "en": "its last RAT's report never reached the office",
    },
    "risk.not_operating": {"id": "usaha tidak berjalan", "en": "business not running"},
    "risk.operating_unknown": {
        "id": "tidak diketahui apakah usahanya berjalan",
        "en": "unknown whether its business is running",
    },
    "risk.members_falling": {
        "id": "anggota turun dari {before} menjadi {now} dibanding sekitar setahun lalu",
        "en": "members fell from {before} to {now} since about a year ago",
    },
    "risk.none": {"id": "tidak ada tanda lain", "en": "no other sign"},
    "watch.short_list": {
        "id": "Ditampilkan {shown} teratas per kecamatan (dari {n}), diurutkan menurut peringatan lalu risiko dari "
        "riwayat masing-masing. Daftar lengkap ada di unduhan.",
        "en": "Showing the top {shown} per district (of {n}), by warning and then by the risk in each one's own "
        "record. The full list is in the download.",
    },
    "watch.columns.warning": {"id": "Peringatan", "en": "Warning"},
    "watch.columns.cooperative": {"id": "Nama koperasi", "en": "Cooperative"},
    "watch.columns.district": {"id": "Kecamatan", "en": "District"},
    "watch.columns.village": {"id": "Desa/kelurahan", "en": "Village"},
    "watch.columns.status_now": {"id": "Status sekarang", "en": "Status now"},
    "watch.columns.last_rat": {"id": "RAT terakhir", "en": "Last RAT"},
    "watch.columns.members": {"id": "Anggota", "en": "Members"},
    "watch.columns.if_nothing_is_done": {"id": "Bila tidak ada tindakan", "en": "If nothing is done"},
    "watch.columns.why_at_risk": {"id": "Tanda risiko dari riwayatnya", "en": "Signs of risk in its record"},
    "watch.columns.contacted": {"id": "Sudah dihubungi", "en": "Already contacted"},
    "watch.columns.board_chair": {"id": "Ketua pengurus", "en": "Board chair"},
    "watch.columns.phone": {"id": "Telepon", "en": "Phone"},
    "watch.columns.address": {"id": "Alamat", "en": "Address"},
    "watch.columns.whatsapp": {"id": "WhatsApp", "en": "WhatsApp"},
    "watch.columns.call": {"id": "Telepon langsung", "en": "Call"},
    # transitions
    "nav.transitions": {"id": "Perubahan status", "en": "Status changes"},
    "transitions.title": {"id": "Perubahan status di {region}", "en": "Status changes in {region}"},
    "transitions.from": {"id": "Dari snapshot", "en": "From snapshot"},
    "transitions.to": {"id": "Sampai snapshot", "en": "To snapshot"},
    "transitions.programme": {"id": "Koperasi", "en": "Cooperatives"},
    "transitions.all": {"id": "Semua koperasi", "en": "All cooperatives"},
    "transitions.need_two": {
        "id": "{region} baru punya satu snapshot; perubahan butuh dua.",
        "en": "{region} has a single snapshot; changes need two.",
    },
    "transitions.same": {"id": "Pilih dua snapshot yang berbeda.", "en": "Choose two different snapshots."},
    "transitions.summary": {
        "id": "Antara {start} dan {end}: {revived} bangkit kembali (kurang/tidak aktif → aktif), {started} mulai beroperasi (belum beroperasi → aktif/kurang aktif), {declined} menurun, {new} baru terdaftar, {dissolved} dibubarkan.",
        "en": "Between {start} and {end}: {revived} revived (less active/inactive → active), {started} started operating (not yet operating → active/less active), {declined} declined, {new} newly registered, {dissolved} dissolved.",
    },
    "transitions.sankey": {"id": "Aliran status", "en": "Status flows"},
    "transitions.table": {"id": "Jumlah per perubahan", "en": "Counts per change"},
    "transitions.table_hint": {
        "id": "Klik baris untuk melihat daftar koperasinya.",
        "en": "Click a row to see its cooperatives.",
    },
    "transitions.columns.from": {"id": "Dari", "en": "From"},
    "transitions.columns.to": {"id": "Menjadi", "en": "To"},
    "transitions.columns.cooperatives": {"id": "Koperasi", "en": "Cooperatives"},
    "transitions.list": {
        "id": "{from_status} → {to_status}: {n} koperasi",
        "en": "{from_status} → {to_status}: {n} cooperatives",
        "en_one": "{from_status} → {to_status}: 1 cooperative",
    },
    "transitions.list_columns.cooperative": {"id": "Nama koperasi", "en": "Cooperative"},
    "transitions.list_columns.district": {"id": "Kecamatan", "en": "District"},
    "transitions.list_columns.village": {"id": "Desa/kelurahan", "en": "Village"},
    "transitions.list_columns.last_rat_before": {"id": "RAT terakhir (sebelum)", "en": "Last RAT (before)"},
    "transitions.list_columns.last_rat_after": {"id": "RAT terakhir (sesudah)", "en": "Last RAT (after)"},
    "transitions.list_columns.members": {"id": "Anggota", "en": "Members"},
    "status.baru": {"id": "Baru terdaftar", "en": "Newly registered"},
    "status.tidak_tercatat": {"id": "Tidak tercatat lagi", "en": "No longer listed"},
    # meeting brief
    "brief.download_html": {"id": "Unduh ringkasan rapat (HTML)", "en": "Download meeting brief (HTML)"},
    "brief.download_pdf": {"id": "Unduh ringkasan rapat (PDF)", "en": "Download meeting brief (PDF)"},
    "brief.no_pdf": {
        "id": "PDF memerlukan Chromium di server; HTML-nya dapat dicetak dari peramban.",
        "en": "PDF needs Chromium on the server; the HTML prints from any browser.",
    },
    "brief.title": {"id": "Ringkasan rapat: {region}", "en": "Meeting brief: {region}"},
    "brief.meta": {
        "id": "Per {as_of}; snapshot registri {date}.",
        "en": "As of {as_of}; registry snapshot of {date}.",
    },
    "brief.kpis": {"id": "Angka utama", "en": "Key figures"},
    "brief.calls": {
        "id": "Perlu dihubungi sebelum tenggat RAT ({n} teratas dari {total})",
        "en": "To call before the RAT deadline (top {n} of {total})",
    },
    "brief.source": {"id": "Sumber data dan aturan status", "en": "Data source and status rule"},
    "brief.source_text": {
        "id": "Data: registri koperasi dinas, snapshot {date}. Status diselaraskan oleh kopdash.",
        "en": "Data: the office's cooperative registry, snapshot of {date}. Statuses harmonised by kopdash.",
    },
    "brief.due": {
        "id": "Pada snapshot ini, tahun buku terakhir yang RAT-nya sudah jatuh tempo: {year}.",
        "en": "At this snapshot the latest fiscal year whose RAT is due: {year}.",
    },
    "brief.generated": {"id": "Dibuat {when} pukul {time}.", "en": "Made on {when} at {time}."},
    # presentation mode
    "nav.rapat": {"id": "Mode rapat", "en": "Meeting mode"},
    "nav.map": {"id": "Peta", "en": "Map"},
    "target.legend": {"id": "target", "en": "target"},
    "target.hover": {"id": "Target {year}: {target} aktif", "en": "Target {year}: {target} active"},
    "target.deadline": {"id": "Tenggat RAT (30 Juni)", "en": "RAT deadline (30 June)"},
    "target.gap_below": {
        "id": "Target % aktif {year}: {target} ({source}). Saat ini {actual}: {gap} poin di bawah target.",
        "en": "Target % active {year}: {target} ({source}). Now {actual}: {gap} points below target.",
    },
    "target.gap_met": {
        "id": "Target % aktif {year}: {target} ({source}). Saat ini {actual}: target tercapai (+{gap} poin).",
        "en": "Target % active {year}: {target} ({source}). Now {actual}: target met (+{gap} points).",
    },
    "search.label": {"id": "Cari koperasi", "en": "Find a cooperative"},
    "search.placeholder": {"id": "Nama atau NIK", "en": "Name or NIK"},
    "search.too_short": {"id": "Ketik paling sedikit {n} huruf.", "en": "Type at least {n} characters."},
    "search.none": {"id": "Tidak ada koperasi dengan “{text}”.", "en": "No cooperative matches “{text}”."},
    "search.results": {"id": "{n} ditemukan (paling banyak 25)", "en": "{n} found (25 at most)"},
    "search.choose": {"id": "Pilih untuk membuka", "en": "Choose to open"},
    "search.line": {
        "id": "{name} · {place}, {region} · {status}",
        "en": "{name} · {place}, {region} · {status}",
    },
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
    "map.on_region": {"id": "Peta kecamatan (% aktif)", "en": "Map of the kecamatan (% active)"},
    "map.open": {"id": "Buka peta lengkap", "en": "Open the full map"},
    "map.no_data": {"id": "Tidak ada data", "en": "No data"},
    "map.heading_region": {
        "id": "{region} per kecamatan, snapshot {date}",
        "en": "{region} by kecamatan, snapshot of {date}",
    },
    "map.heading_all": {
        "id": "Kabupaten/kota, snapshot terakhir pada atau sebelum {date}",
        "en": "Regencies and cities, latest snapshot on or before {date}",
    },
    "map.click_kecamatan": {
        "id": "Klik titik sebuah kecamatan untuk membuka desa/kelurahannya.",
        "en": "Click a kecamatan's dot to open its villages.",
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
    "map.columns.area": {"id": "Wilayah", "en": "Area"},
    "map.columns.code": {"id": "Kode", "en": "Code"},
    "map.columns.registered": {"id": "Terdaftar", "en": "Registered"},
    "map.columns.aktif": {"id": "Aktif", "en": "Active"},
    "map.columns.pct_aktif": {"id": "% aktif", "en": "% active"},
    "map.columns.belum_beroperasi": {"id": "Belum beroperasi", "en": "Not yet operating"},
    "rapat.previous": {"id": "◀ Sebelumnya", "en": "◀ Previous"},
    "rapat.next": {"id": "Berikutnya ▶", "en": "Next ▶"},
    "rapat.leave": {"id": "Keluar dari mode rapat", "en": "Leave meeting mode"},
    "rapat.position": {
        "id": "Layar {n} dari {total} · per {date}",
        "en": "Screen {n} of {total} · as of {date}",
    },
    "rapat.total": {
        "id": "Koperasi di {n} wilayah",
        "en": "Cooperatives in {n} regions",
        "en_one": "Cooperatives in 1 region",
    },
    "rapat.snapshot": {"id": "Snapshot {date}", "en": "Snapshot of {date}"},
    "rapat.open": {
        "id": "Buka mode rapat (layar penuh, huruf besar)",
        "en": "Open meeting mode (full screen, large type)",
    },
    # store columns, as people call them
    "column.nik": {"id": "NIK", "en": "NIK"},
    "column.name": {"id": "Nama koperasi", "en": "Cooperative name"},
    "column.district": {"id": "Kecamatan", "en": "District (kecamatan)"},
    "column.village": {"id": "Desa/kelurahan", "en": "Village (desa/kelurahan)"},
    "column.established_on": {"id": "Tanggal badan hukum", "en": "Founded on"},
    "column.kind": {"id": "Jenis", "en": "Kind"},
    "column.segment": {"id": "Kelompok", "en": "Segment"},
    "column.programme": {"id": "Program", "en": "Programme"},
    "column.last_rat_year": {"id": "Tahun RAT terakhir", "en": "Last RAT year"},
    "column.rat_reported": {"id": "RAT dilaporkan", "en": "RAT reported"},
    "column.operating": {"id": "Usaha berjalan", "en": "Operating"},
    "column.members": {"id": "Jumlah anggota", "en": "Members"},
    "column.assets_idr": {"id": "Aset (Rp)", "en": "Assets (IDR)"},
    "column.own_capital_idr": {"id": "Modal sendiri (Rp)", "en": "Own capital (IDR)"},
    "column.business_volume_idr": {"id": "Volume usaha (Rp)", "en": "Business volume (IDR)"},
    "column.shu_idr": {"id": "SHU (Rp)", "en": "Surplus, SHU (IDR)"},
    "column.dissolved_on": {"id": "Tanggal pembubaran", "en": "Dissolved on"},
    "column.status": {"id": "Status", "en": "Status"},
    "column.chair_name": {"id": "Ketua pengurus", "en": "Board chair"},
    "column.phone": {"id": "Telepon", "en": "Phone"},
    "column.address": {"id": "Alamat", "en": "Address"},
    "column.dissolution_candidate": {"id": "Calon pembubaran", "en": "Dissolution candidate"},
    "column.legal_entity_number": {"id": "Nomor badan hukum", "en": "Legal-entity number"},
    "column.regency": {
        "id": "Kabupaten/kota (dikenali, tidak disimpan)",
        "en": "Regency (recognised, not stored)",
    },
    "column.province": {
        "id": "Provinsi (dikenali, tidak disimpan)",
        "en": "Province (recognised, not stored)",
    },
    "column.legal_form": {"id": "Bentuk koperasi", "en": "Legal form"},
    "column.business_sector": {"id": "Sektor usaha", "en": "Business sector"},
    "column.last_rat_on": {"id": "Tanggal RAT terakhir", "en": "Date of the last RAT"},
    "column.reported_status": {"id": "Status menurut dinas", "en": "Status the office reports"},
    "column.members_male": {"id": "Anggota pria", "en": "Members, men"},
    "column.members_female": {"id": "Anggota wanita", "en": "Members, women"},
    "column.nik_status": {"id": "Status NIK", "en": "NIK status"},
    "column.certificate_valid_until": {
        "id": "Sertifikat NIK berlaku sampai",
        "en": "NIK certificate valid until",
    },
    "column.grade": {"id": "Grade", "en": "Grade"},
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
    "section.label": {"id": "Bagian halaman", "en": "Part of the page"},
    "error.bad_choice": {
        "id": "Nilai “{value}” di alamat tidak dikenal dan diabaikan.",
        "en": "The value “{value}” in the address is unknown and was ignored.",
    },
    "error.bad_language": {
        "id": "Bahasa “{value}” tidak tersedia; memakai Bahasa Indonesia.",
        "en": "Language “{value}” is not available; using Bahasa Indonesia.",
    },
}
# Why a file is refused: raised below the catalogue (ingest), kept with the domain, said here too.
CATALOGUE |= MESSAGES


def headers_of(table: str, lang: str = DEFAULT_LANGUAGE) -> list[str]:
    """The headers of one table, in order: each header is a key of its own, `<table>.<column>`."""
    prefix = table + "."
    return [t(key, lang) for key in CATALOGUE if key.startswith(prefix)]


def t(key: str, lang: str = DEFAULT_LANGUAGE, **values) -> str:
    """The text for `key` in `lang`, with {placeholders} filled in."""
    entry = CATALOGUE[key]
    text = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    if str(values.get("n")) == "1" and f"{lang}_one" in entry:  # English counts: "1 region", "2 regions"
        text = entry[f"{lang}_one"]
    return text.format(**values) if values else text


def status_label(status: str, lang: str = DEFAULT_LANGUAGE) -> str:
    return t(f"status.{status}", lang)


def code_label(group: str, code, lang: str = DEFAULT_LANGUAGE) -> str:
    """A kind, segment or programme code in words: from the catalogue when known, else made readable."""
    if code is None or code != code:
        return t("region.blank", lang)
    key = f"{group}.{code}"
    return t(key, lang) if key in CATALOGUE else str(code).replace("_", " ").capitalize()


def programme_label(programme: str, lang: str = DEFAULT_LANGUAGE) -> str:
    key = f"programme.{programme}"
    return t(key, lang) if key in CATALOGUE else programme.replace("_", " ").title()
