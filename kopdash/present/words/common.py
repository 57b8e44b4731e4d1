"""Words shared by every page (the frame, statuses, metrics, columns, codes, access), in every language."""

WORDS: dict[str, dict[str, str]] = {
    # frame
    "nav.overview": {"id": "Ringkasan", "en": "Overview"},
    "nav.about": {"id": "Tentang data", "en": "About the data"},
    "sidebar.as_of": {"id": "Per tanggal", "en": "As of"},
    "sidebar.as_of_help": {
        "id": "Tanggal-tanggal pemutakhiran yang tersimpan, terbaru di atas; ketik untuk mencari (mis. 2024). "
        "Tiap wilayah ditampilkan dengan pemutakhiran terakhirnya pada atau sebelum tanggal ini.",
        "en": "The dates of the stored snapshots, newest first; type to search (e.g. 2024). "
        "Each region is shown with its latest snapshot on or before this date.",
    },
    "sidebar.as_of_regions": {"id": "{n} wilayah", "en": "{n} regions"},
    "sidebar.regions": {"id": "Wilayah yang ditampilkan", "en": "Regions shown"},
    "sidebar.language": {"id": "Bahasa", "en": "Language"},
    "sidebar.regions_placeholder": {"id": "Semua wilayah", "en": "All regions"},
    "sidebar.no_regions": {"id": "Belum ada wilayah berdata", "en": "No region with data yet"},
    "store.query_too_slow": {
        "id": "Pertanyaan ini terlalu berat: dihentikan setelah {seconds} detik agar pengguna lain tidak "
        "menunggu. Persempit pilihan (satu wilayah, satu kecamatan) lalu coba lagi.",
        "en": "This question is too heavy: it was stopped after {seconds} seconds so others need not wait. "
        "Narrow the choice (one region, one kecamatan) and try again.",
    },
    "store.damaged": {
        "id": "Berkas berikut di penyimpanan data rusak dan tidak dapat dibaca, jadi dilewati; angka "
        "lainnya tetap benar. Ganti berkas ini (impor ulang pemutakhirannya): {files}",
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
    "status.belum_diketahui": {"id": "Belum diketahui", "en": "Not yet known"},
    "status.dibubarkan": {"id": "Dibubarkan", "en": "Dissolved"},
    # figures
    "metric.registered": {"id": "Terdaftar", "en": "Registered"},
    "metric.pct_aktif": {"id": "% aktif", "en": "% active"},
    "unknown.note": {
        "id": "{registered} terdaftar; {unknown} belum diketahui statusnya: tidak ada tahun RAT atau tanggal "
        "badan hukum (atau, untuk koperasi yang belum wajib RAT, tidak ada keterangan beroperasi). Mereka "
        "tidak dihitung dalam % aktif.",
        "en": "{registered} registered; the status of {unknown} is not yet known: no RAT year and no date of "
        "legal entity (or, for cooperatives that owe no RAT yet, no word on whether they operate). They are "
        "left out of % active.",
    },
    "metric.change_aktif": {"id": "Perubahan aktif", "en": "Change in active"},
    "metric.snapshot_date": {"id": "Tanggal pemutakhiran", "en": "Snapshot date"},
    "metric.previous_snapshot": {"id": "Pemutakhiran sebelumnya", "en": "Previous snapshot"},
    "metric.region": {"id": "Wilayah", "en": "Region"},
    "metric.cooperatives": {"id": "Koperasi", "en": "Cooperatives"},
    "kpi.delta_note": {
        "id": "Angka kecil: perubahan dibanding pemutakhiran sebelumnya tiap wilayah (hijau = membaik, "
        "merah = memburuk).",
        "en": "Small figures: change since each region's previous snapshot (green = better, red = worse).",
    },
    "kpi.points": {"id": " poin", "en": " pts"},
    "kpi.against": {
        "id": "Perubahan: pemutakhiran {now} dibanding pemutakhiran sebelumnya, {date}.",
        "en": "Changes: the snapshot of {now} against the one before, {date}.",
    },
    "kpi.regions": {"id": "{n} wilayah", "en": "{n} regions"},
    "kpi.against_each": {
        "id": "Perubahan: tiap wilayah dibanding pemutakhiran sebelumnya ({dates}).",
        "en": "Changes: each region against its previous snapshot ({dates}).",
    },
    "change.columns.change": {"id": "Perubahan", "en": "Change"},
    "change.columns.active": {"id": "Aktif", "en": "Active"},
    "change.columns.active_2": {"id": "% aktif", "en": "% active"},
    "change.columns.compared_with_snapshot": {"id": "Dibanding pemutakhiran", "en": "Compared with snapshot"},
    "change.previous": {"id": "Sejak pemutakhiran sebelumnya", "en": "Since the previous snapshot"},
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
    "published.marker": {"id": "Angka dipublikasikan", "en": "Published figure"},
    "published.marker_no_registry": {
        "id": "Angka dipublikasikan, wilayah tanpa registri",
        "en": "Published figure, region without a registry",
    },
    "published.only_regions": {
        "id": "{n} wilayah hanya punya angka yang dipublikasikan, belum ada pemutakhiran registri: {names}. "
        "Angkanya tampil sebagai belah ketupat abu-abu pada tren dan di bagian Angka publikasi.",
        "en": "{n} regions have published figures only, no registry snapshot yet: {names}. Their figures "
        "are the grey diamonds on the trend and in the Published figures part.",
        "en_one": "1 region has published figures only, no registry snapshot yet: {names}. Its figures are "
        "the grey diamonds on the trend and in the Published figures part.",
    },
    "list.and_more": {"id": "dan {n} lainnya", "en": "and {n} more"},
    "published.marker_aktif": {"id": "Aktif menurut publikasi", "en": "Active, as published"},
    "published.contradiction": {
        "id": "tidak cocok: {parts} = {sum}, padahal terdaftar {registered} (selisih {gap}); disimpan "
        "sebagaimana dipublikasikan",
        "en": "does not add up: {parts} = {sum}, while registered is {registered} (a gap of {gap}); kept as "
        "published",
    },
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
    "published.kmp_account": {"id": "punya akun SIMKOPDES", "en": "with a SIMKOPDES account"},
    "published.kmp_npwp": {"id": "punya NPWP", "en": "with a tax number (NPWP)"},
    "published.kmp_nib": {"id": "punya NIB", "en": "with a business number (NIB)"},
    "published.kmp_rat": {"id": "sudah RAT", "en": "annual meeting (RAT) held"},
    "published.kmp_transactions": {"id": "transaksi tercatat", "en": "transactions recorded"},
    "published.kmp_simpanan_pokok_members": {
        "id": "anggota yang membayar simpanan pokok",
        "en": "members who paid their simpanan pokok",
    },
    "published.kmp_simpanan_wajib_members": {
        "id": "anggota yang membayar simpanan wajib",
        "en": "members who pay their simpanan wajib",
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
    "nav.importing": {"id": "Impor data", "en": "Import data"},
    "nav.interventions": {"id": "Intervensi", "en": "Interventions"},
    "nav.import_events": {"id": "Impor kegiatan", "en": "Import events"},
    "nav.rules": {"id": "Aturan status", "en": "Status rules"},
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
    "explain.thresholds_business": {
        "id": "(Aturan {profile}: kurang aktif setelah {less} RAT terlewat, tidak aktif setelah {inactive} "
        "bila usahanya juga tidak berjalan.)",
        "en": "(Rule {profile}: less active after {less} missed RAT, inactive after {inactive} if its business "
        "is not running either.)",
    },
    "explain.needs_stopped_business": {
        "id": "Menurut aturan ini tidak aktif hanya bila usahanya juga tidak berjalan; {business}.",
        "en": "Under this rule it is inactive only if its business is not running either; {business}.",
    },
    "explain.no_dates": {
        "id": "Tanggal badan hukum dan tahun RAT terakhir tidak tercatat, jadi tidak dapat dihitung berapa "
        "RAT terlewat; {business}, jadi {status}.",
        "en": "Neither the date of legal entity nor the last RAT year is recorded, so missed RATs cannot be "
        "counted; {business}, so {status}.",
    },
    "explain.in_formation": {
        "id": "Koperasi program yang baru dibentuk, tanpa tanggal badan hukum dan belum RAT: belum wajib RAT; "
        "{business}, jadi {status}.",
        "en": "A newly formed programme cooperative with no date of legal entity and no RAT yet: no RAT is "
        "owed yet; {business}, so {status}.",
    },
    # region page
    "nav.region": {"id": "Wilayah", "en": "Region"},
    "nav.programme": {"id": "Program", "en": "Programme"},
    "nav.cooperative": {"id": "Koperasi", "en": "Cooperative"},
    "nav.comparison": {"id": "Perbandingan", "en": "Comparison"},
    "sort.name": {"id": "Nama", "en": "Name"},
    "sort.status": {"id": "Status (terburuk dulu)", "en": "Status (worst first)"},
    "sort.last_rat": {"id": "RAT terakhir (terlama dulu)", "en": "Last RAT (oldest first)"},
    "sort.members": {"id": "Anggota (terbanyak dulu)", "en": "Members (most first)"},
    "sort.established": {"id": "Tanggal badan hukum (terbaru dulu)", "en": "Founding date (newest first)"},
    "download.csv": {"id": "Unduh CSV", "en": "Download CSV"},
    "download.xlsx": {"id": "Unduh Excel", "en": "Download Excel"},
    "back.overview": {"id": "Kembali ke ringkasan", "en": "Back to the overview"},
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
    "nav.early_warning": {"id": "Pantauan", "en": "Early warning"},
    "freshness.old_one": {
        "id": "Pemutakhiran terbaru {region}: {date}, {months} bulan lalu. Angka di halaman ini bukan keadaan hari "
        "ini; impor registri yang lebih baru.",
        "en": "Newest snapshot of {region}: {date}, {months} months ago. The figures on this page are not "
        "today's; import a newer registry.",
    },
    "freshness.old_many": {
        "id": "Pemutakhiran terbaru dari {n} wilayah yang ditampilkan: {date}, {months} bulan lalu. Angka di halaman "
        "ini bukan keadaan hari ini; impor registri yang lebih baru.",
        "en": "Newest snapshot of the {n} regions shown: {date}, {months} months ago. The figures on this page "
        "are not today's; import a newer registry.",
    },
    "freshness.far": {
        "id": "{n} dari {of} wilayah dibandingkan pada pemutakhiran lebih dari {months} bulan sebelum {date}: "
        "{regions}.",
        "en": "{n} of {of} regions are compared at a snapshot more than {months} months before {date}: "
        "{regions}.",
    },
    "freshness.far_region": {
        "id": "{region} ({date}, {months} bulan sebelumnya)",
        "en": "{region} ({date}, {months} months earlier)",
    },
    "links.whatsapp": {"id": "Buka WhatsApp", "en": "Open WhatsApp"},
    # transitions
    "nav.transitions": {"id": "Perubahan status", "en": "Status changes"},
    "status.baru": {"id": "Baru terdaftar", "en": "Newly registered"},
    "status.tidak_tercatat": {"id": "Tidak tercatat lagi", "en": "No longer listed"},
    # presentation mode
    "nav.meeting": {"id": "Mode rapat", "en": "Meeting mode"},
    "nav.map": {"id": "Peta", "en": "Map"},
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
