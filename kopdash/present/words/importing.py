"""The words of importing a registry (impor), the import log and undo, in Bahasa Indonesia and English."""

WORDS: dict[str, dict[str, str]] = {
    # import (command and page)
    "reason.total_row": {"id": "Baris jumlah/total", "en": "Totals row"},
    "reason.nik": {"id": "NIK tidak dapat dipakai", "en": "Unusable NIK"},
    "reason.duplicate_nik": {"id": "NIK ganda dalam file", "en": "NIK twice in the file"},
    "reason.duplicate_legal_entity": {
        "id": "Nomor badan hukum ganda dalam file",
        "en": "Legal-entity number twice in the file",
    },
    "reason.value": {"id": "Isi sel tidak terbaca", "en": "Unreadable cell"},
    "reason.established_after_snapshot": {
        "id": "Badan hukum sesudah tanggal pemutakhiran",
        "en": "Founded after the snapshot date",
    },
    "reason.rat_after_snapshot": {
        "id": "Tahun RAT sesudah tahun pemutakhiran",
        "en": "RAT year after the snapshot year",
    },
    "reason.rat_before_established": {
        "id": "Tahun RAT sebelum badan hukum",
        "en": "RAT year before founding",
    },
    "reason.negative_members": {"id": "Jumlah anggota negatif", "en": "Negative members"},
    "reason.dissolved_after_snapshot": {
        "id": "Pembubaran sesudah tanggal pemutakhiran",
        "en": "Dissolved after the snapshot date",
    },
    "reason.no_status_basis": {  # quarantined by imports before such rows were kept as belum diketahui
        "id": "Tanpa tanggal badan hukum dan tahun RAT",
        "en": "No founding date and no RAT year",
    },
    "scope.unreadable": {
        "id": "Pemutakhiran {path} tidak terbaca (rusak, kosong, atau bukan buatan kopdash) dan dilewati: tidak "
        "dibandingkan, tidak ada yang dibawa darinya",
        "en": "The snapshot {path} cannot be read (damaged, empty, or not kopdash's) and is left out: not "
        "compared with, nothing carried from it",
    },
    "scope.programme": {
        "id": "Daftar program {programme}: {added} koperasi baru, {updated} diperbarui; {carried} koperasi "
        "lain dibawa dari pemutakhiran {date}",
        "en": "Programme roster {programme}: {added} cooperatives new, {updated} updated; {carried} other "
        "cooperatives carried from the snapshot of {date}",
    },
    "scope.partial": {
        "id": "Sebagian registri: {added} koperasi baru, {updated} diperbarui; {carried} koperasi lain dibawa "
        "dari pemutakhiran {date}",
        "en": "Part of the registry: {added} cooperatives new, {updated} updated; {carried} other "
        "cooperatives carried from the snapshot of {date}",
    },
    "scope.districts": {
        "id": "  Kecamatan diganti seluruhnya: {districts}",
        "en": "  Districts replaced whole: {districts}",
    },
    "scope.whole": {
        "id": "Seluruh registri, dibanding pemutakhiran {date} ({base} koperasi): {added} baru, {updated} tetap "
        "terdaftar",
        "en": "The whole registry, against the snapshot of {date} ({base} cooperatives): {added} new, "
        "{updated} still listed",
    },
    "scope.no_longer_listed": {
        "id": "  {n} koperasi pemutakhiran {date} tidak ada dalam berkas: dicatat tidak terdaftar lagi",
        "en": "  {n} cooperatives of the snapshot of {date} are not in the file: recorded as no longer listed",
    },
    "scope.rederived": {
        "id": "  Status {n} koperasi yang dibawa dihitung ulang untuk {date} (datanya tidak berubah; tenggat "
        "RAT berbeda)",
        "en": "  The status of {n} carried cooperatives was derived again for {date} (their data is "
        "unchanged; the RAT deadline differs)",
    },
    "importing.log_columns.at": {"id": "Waktu", "en": "When"},
    "importing.log_columns.action": {"id": "Tindakan", "en": "Action"},
    "importing.log_columns.region": {"id": "Wilayah", "en": "Region"},
    "importing.log_columns.date": {"id": "Tanggal data", "en": "Data date"},
    "importing.log_columns.file": {"id": "Berkas", "en": "File"},
    "importing.log_columns.accepted": {"id": "Diterima", "en": "Accepted"},
    "importing.log_columns.quarantined": {"id": "Dikarantina", "en": "Quarantined"},
    "importing.log_columns.by": {"id": "Dari / oleh", "en": "From / by"},
    "importing.log_columns.undone_by": {"id": "Dibatalkan", "en": "Undone"},
    "log.action.registry": {"id": "registri", "en": "registry"},
    "log.action.events": {"id": "kegiatan", "en": "events"},
    "log.action.contact": {"id": "kontak", "en": "contact"},
    "log.action.published": {"id": "angka terbit", "en": "published figures"},
    "log.action.regions": {"id": "wilayah", "en": "regions"},
    "log.action.rules": {"id": "aturan status", "en": "status rules"},
    "log.action.targets": {"id": "target", "en": "targets"},
    "log.action.rederive": {"id": "penurunan ulang status", "en": "statuses derived again"},
    "log.action.rollup": {"id": "ringkasan dihitung ulang", "en": "summaries rebuilt"},
    "log.action.undo": {"id": "pembatalan", "en": "undo"},
    "log.via_command": {"id": "perintah di server", "en": "a command on the server"},
    "log.via_page": {"id": "halaman impor", "en": "the import page"},
    "undo.will": {"id": "Bila dibatalkan:", "en": "If undone:"},
    "undo.snapshot_removed": {
        "id": "pemutakhiran {region} per {date} dihapus (pemutakhiran lain tetap)",
        "en": "the snapshot of {region} of {date} is removed (other snapshots stay)",
    },
    "undo.snapshot_restored": {
        "id": "pemutakhiran {region} per {date} kembali seperti sebelum impor ini",
        "en": "the snapshot of {region} of {date} is put back as it was before this import",
    },
    "undo.published_restored": {
        "id": "angka terbit kembali seperti sebelumnya",
        "en": "the published figures are put back as they were",
    },
    "undo.regions_restored": {
        "id": "daftar wilayah kembali seperti sebelumnya",
        "en": "the list of regions is put back as it was",
    },
    "undo.rules_restored": {
        "id": "profil aturan status kembali seperti sebelumnya",
        "en": "the status rule profiles are put back as they were",
    },
    "undo.targets_restored": {"id": "target kembali seperti sebelumnya", "en": "the targets are put back"},
    "undo.events_restored": {
        "id": "catatan kegiatan wilayah ini kembali seperti sebelumnya",
        "en": "the region's recorded activities are put back as they were",
    },
    "undo.nothing_visible": {
        "id": "hanya catatan karantina impor ini yang dihapus",
        "en": "only this import's quarantine record is removed",
    },
    "importing.log_damaged": {
        "id": "Entri log ini rusak (terpotong, bukan entri kopdash, atau menunjuk ke luar penyimpanan) dan "
        "dilewati; tulisan yang dicatatnya tidak dapat dibatalkan dari sini: {files}",
        "en": "These log entries are damaged (truncated, not kopdash's, or pointing outside the store) and "
        "are left out; the writes they record cannot be undone from here: {files}",
    },
    "undo.built_upon": {
        "id": "pemutakhiran {date} (entri {later}) dibangun di atas impor ini: {carried} koperasinya dibawa "
        "dari sini. Batalkan {later} lebih dulu; tidak ada yang diubah",
        "en": "the snapshot of {date} (entry {later}) was built on this import: {carried} of its cooperatives "
        "were carried from it. Undo {later} first; nothing changed",
    },
    "undo.outside_store": {
        "id": "entri {entry} menyebut berkas di luar penyimpanan ({path}): tidak dibatalkan, tidak ada yang "
        "diubah",
        "en": "entry {entry} names a file outside the store ({path}): not undone, nothing changed",
    },
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
    "sheet.csv": {"id": "File CSV", "en": "CSV file"},
    "sheet.named": {"id": "Lembar “{name}”", "en": "Sheet “{name}”"},
    "importing.too_large": {
        "id": "Berkas ini {size} MB, lebih besar dari batas {limit} MB. Bagi berkas per kecamatan, atau "
        "minta admin mengimpornya dengan perintah `python -m kopdash ingest`.",
        "en": "This file is {size} MB, larger than the {limit} MB limit. Split it by kecamatan, or ask an "
        "admin to import it with the command `python -m kopdash ingest`.",
    },
    "importing.title": {"id": "Impor registri koperasi", "en": "Import a cooperative registry"},
    "importing.intro": {
        "id": "Unggah ekspor registri (CSV atau Excel) untuk satu wilayah dan satu tanggal. Periksa "
        "hasilnya dulu; tidak ada yang disimpan sebelum Anda menekan Simpan. Baris yang tidak dapat "
        "dipakai dikarantina dengan alasannya dan dapat diunduh untuk diperbaiki.",
        "en": "Upload a registry export (CSV or Excel) for one region and one date. Check the result "
        "first; nothing is saved until you press Save. Rows that cannot be used are quarantined with "
        "their reason and can be downloaded to be fixed.",
    },
    "importing.region": {"id": "Wilayah", "en": "Region"},
    "importing.date": {"id": "Tanggal pemutakhiran", "en": "Snapshot date"},
    "importing.file": {"id": "File ekspor (CSV atau Excel)", "en": "Export file (CSV or Excel)"},
    "importing.mapping": {
        "id": "File pemetaan kolom (opsional, CSV: kolom_file,kolom_kopdash)",
        "en": "Column mapping file (optional, CSV: kolom_file,kolom_kopdash)",
    },
    "importing.waiting": {
        "id": "Pilih file untuk mulai. Judul kolom yang dikenali antara lain: NIK, Nama Koperasi, "
        "Kecamatan, Desa/Kelurahan, Tgl BH, Jenis Koperasi, Kelompok Koperasi, Tahun RAT Terakhir, "
        "RAT Dilaporkan, Status Usaha, Jumlah Anggota, Aset, Modal Sendiri, Volume Usaha, SHU.",
        "en": "Choose a file to start. Recognised headers include: NIK, Nama Koperasi, Kecamatan, "
        "Desa/Kelurahan, Tgl BH, Jenis Koperasi, Kelompok Koperasi, Tahun RAT Terakhir, RAT "
        "Dilaporkan, Status Usaha, Jumlah Anggota, Aset, Modal Sendiri, Volume Usaha, SHU.",
    },
    "importing.checking": {"id": "Memeriksa {file} …", "en": "Checking {file} …"},
    "importing.checked": {"id": "{file} selesai diperiksa", "en": "{file} checked"},
    "importing.refused_named": {
        "id": "{file} tidak dapat diimpor: {reason}",
        "en": "{file} cannot be imported: {reason}",
    },
    "importing.refused": {
        "id": "File ini tidak dapat diimpor: {reason}",
        "en": "This file cannot be imported: {reason}",
    },
    "importing.rows_read": {"id": "Baris data", "en": "Data rows"},
    "importing.accepted": {"id": "Diterima", "en": "Accepted"},
    "importing.quarantined": {"id": "Dikarantina", "en": "Quarantined"},
    "importing.mapping_title": {"id": "Pemetaan judul kolom", "en": "How the headers were mapped"},
    "importing.mapping_columns.column_in_the_file": {"id": "Kolom di file", "en": "Column in the file"},
    "importing.mapping_columns.used_as": {"id": "Dipakai sebagai", "en": "Used as"},
    "importing.not_used": {"id": "tidak dipakai", "en": "not used"},
    "importing.header_row": {
        "id": "{sheet}: baris judul ke-{row}, {rows} baris data",
        "en": "{sheet}: header on row {row}, {rows} data rows",
    },
    "importing.first_rows": {"id": "Baris pertama yang diterima", "en": "First accepted rows"},
    "importing.statuses": {
        "id": "Status pemutakhiran ini bila disimpan",
        "en": "Statuses of this snapshot if saved",
    },
    "importing.statuses_columns.status": {"id": "Status", "en": "Status"},
    "importing.statuses_columns.this_snapshot": {"id": "Pemutakhiran ini", "en": "This snapshot"},
    "importing.statuses_columns.previous_snapshot": {
        "id": "Pemutakhiran sebelumnya ({date})",
        "en": "Previous snapshot ({date})",
    },
    "importing.no_previous": {"id": "belum ada", "en": "none"},
    "importing.rule_used": {
        "id": "Status dihitung dengan aturan {profile}: kurang aktif setelah {less} RAT terlewat, tidak "
        "aktif setelah {inactive}, calon pembubaran setelah {dissolution}.",
        "en": "Statuses derived with rule {profile}: less active after {less} missed RAT, inactive "
        "after {inactive}, dissolution candidate after {dissolution}.",
    },
    "importing.quarantine_title": {"id": "Baris dikarantina", "en": "Quarantined rows"},
    "importing.quarantine_none": {"id": "Tidak ada baris yang dikarantina.", "en": "No row was quarantined."},
    "importing.reason_columns.reason": {"id": "Alasan", "en": "Reason"},
    "importing.reason_columns.rows": {"id": "Baris", "en": "Rows"},
    "importing.quarantine_labels.sheet": {"id": "Lembar", "en": "Sheet"},
    "importing.quarantine_labels.row": {"id": "Baris", "en": "Row"},
    "importing.quarantine_labels.reason": {"id": "Alasan", "en": "Reason"},
    "importing.download_csv": {
        "id": "Unduh baris dikarantina (CSV)",
        "en": "Download quarantined rows (CSV)",
    },
    "importing.download_xlsx": {
        "id": "Unduh baris dikarantina (Excel)",
        "en": "Download quarantined rows (Excel)",
    },
    "importing.replaces": {
        "id": "Sudah ada pemutakhiran {region} tanggal {date} ({n} koperasi). Menyimpan akan menggantikannya.",
        "en": "A snapshot of {region} on {date} already exists ({n} cooperatives). Saving replaces it.",
        "en_one": "A snapshot of {region} on {date} already exists (1 cooperative). Saving replaces it.",
    },
    "importing.confirm": {"id": "Simpan pemutakhiran", "en": "Save snapshot"},
    "importing.choose_date": {"id": "Pilih tanggal pemutakhiran.", "en": "Choose the snapshot date."},
    "importing.use_region": {
        "id": "Pakai wilayah yang disebut berkas: {name} ({code})",
        "en": "Use the region the file names: {name} ({code})",
    },
    "importing.scope_title": {"id": "Seluruh registri atau sebagian?", "en": "The whole registry or a part?"},
    "importing.scope_question": {
        "id": "Berkas ini memuat {file} koperasi; pemutakhiran {date} memuat {base}, dan {missing} di antaranya "
        "tidak ada dalam berkas. Katakan berkas apa ini sebelum menyimpan.",
        "en": "This file holds {file} cooperatives; the snapshot of {date} holds {base}, and {missing} of "
        "them are not in the file. Say what the file is before saving.",
    },
    "importing.roster_question": {
        "id": "Daftar program ini memuat {file} koperasi; pemutakhiran {date} memuat {base} koperasi {programme}, "
        "dan {missing} di antaranya tidak ada dalam daftar. Katakan daftar apa ini sebelum menyimpan.",
        "en": "This roster holds {file} cooperatives; the snapshot of {date} holds {base} {programme} "
        "cooperatives, and {missing} of them are not in the roster. Say what it is before saving.",
    },
    "importing.scope_choice": {"id": "Berkas ini", "en": "This file is"},
    "importing.scope_whole": {
        "id": "Seluruh registri: {missing} koperasi yang tidak ada dicatat tidak terdaftar lagi",
        "en": "The whole registry: the {missing} cooperatives it lacks are no longer listed",
    },
    "importing.scope_partial": {
        "id": "Sebagian registri: koperasi lain dibawa dari pemutakhiran {date}",
        "en": "A part of the registry: the other cooperatives are carried from the snapshot of {date}",
    },
    "importing.scope_districts": {
        "id": "Kecamatan yang diganti seluruhnya oleh berkas ini (boleh kosong)",
        "en": "Kecamatan this file replaces whole (may be empty)",
    },
    "importing.scope_needed": {
        "id": "Pilih dulu apakah berkas ini seluruh registri atau sebagian; baru kemudian dapat disimpan.",
        "en": "First say whether the file is the whole registry or a part; then it can be saved.",
    },
    "importing.demo_store": {
        "id": "Penyimpanan yang dibuka aplikasi ini adalah data demo (sintetis), bukan penyimpanan kantor: "
        "impor tidak ditulis ke sini. Jalankan aplikasi dengan KOPDASH_DATA_DIR menunjuk ke penyimpanan "
        "kantor (folder baru boleh kosong). Untuk pelatihan yang sengaja memakai demo: KOPDASH_DEMO_WRITABLE=1.",
        "en": "The store this app opened is the demo (synthetic data), not an office's store: imports are not "
        "written here. Start the app with KOPDASH_DATA_DIR pointing at the office's store (a new folder may "
        "be empty). For a training session on the demo on purpose: KOPDASH_DEMO_WRITABLE=1.",
    },
    "importing.statuses_after_scope": {
        "id": "Jumlah per status pemutakhiran baru ditampilkan setelah Anda menjawab apakah berkas ini seluruh "
        "registri atau sebagian.",
        "en": "The new snapshot's counts per status are shown once you have said whether the file is the whole "
        "registry or a part.",
    },
    "importing.saved_once": {
        "id": "Berkas ini sudah disimpan dengan pilihan ini. Untuk menyimpan lagi, pilih berkas lain atau "
        "ubah pilihan.",
        "en": "This file was saved with this choice. To save again, choose another file or change the choice.",
    },
    "importing.log_title": {"id": "Log impor dan pembatalan", "en": "Import log and undo"},
    "importing.log_empty": {
        "id": "Log impor kosong: penyimpanan ini belum mencatat impor apa pun.",
        "en": "The import log is empty: this store has recorded no write yet.",
    },
    "importing.log_shown": {
        "id": "{n} catatan terbaru dari {total}.",
        "en": "The newest {n} of {total} entries.",
    },
    "importing.undo_choose": {"id": "Impor yang dibatalkan", "en": "Import to undo"},
    "importing.undo_confirm": {
        "id": "Ya, kembalikan penyimpanan seperti sebelum impor ini",
        "en": "Yes, put the store back as it was before this import",
    },
    "importing.undo_button": {"id": "Batalkan impor", "en": "Undo the import"},
    "importing.undone": {
        "id": "Dibatalkan: penyimpanan kembali seperti sebelum {what}. Pembatalan dicatat di log.",
        "en": "Undone: the store is back as it was before {what}. The undo is in the log.",
    },
    "importing.region_new": {
        "id": "{name} ({code}) · baru, dari daftar Kemendagri",
        "en": "{name} ({code}) · new, from the Kemendagri list",
    },
    "importing.roster": {"id": "Daftar program (opsional)", "en": "Programme roster (optional)"},
    "importing.roster_none": {"id": "Bukan daftar program", "en": "Not a programme roster"},
    "importing.roster_help": {
        "id": "Untuk daftar satu program (misalnya Koperasi Merah Putih): baris tanpa kolom program diberi "
        "program ini, dan koperasi tanpa tanggal badan hukum maupun RAT dianggap belum wajib RAT.",
        "en": "For one programme's roster (e.g. Koperasi Merah Putih): rows without a programme get this one, "
        "and cooperatives with neither founding date nor RAT owe no RAT yet.",
    },
    "importing.new_region": {
        "id": "{name} ({code}) belum ada di penyimpanan data: akan ditambahkan dari daftar resmi Kemendagri "
        "dengan aturan status bawaan saat disimpan.",
        "en": "{name} ({code}) is not in the store yet: it will be added from the official Kemendagri list "
        "with the default status rule when saved.",
    },
    "importing.nothing_accepted": {
        "id": "Tidak ada baris yang dapat diterima: semua {n} baris dikarantina (alasannya di bawah). "
        "Pemutakhiran tidak akan ditulis. Perbaiki berkasnya lalu unggah lagi; daftar karantina dapat diunduh "
        "atau disimpan di penyimpanan data.",
        "en": "No row can be accepted: all {n} rows are quarantined (reasons below). No snapshot will be "
        "written. Fix the file and upload it again; the quarantine can be downloaded or kept in the store.",
    },
    "importing.confirm_quarantine": {"id": "Simpan daftar karantina saja", "en": "Keep the quarantine only"},
    "importing.quarantine_kept": {
        "id": "Daftar karantina disimpan di {path}. Tidak ada pemutakhiran yang ditulis.",
        "en": "The quarantine is saved in {path}. No snapshot was written.",
    },
    "importing.saved": {
        "id": "Tersimpan: pemutakhiran {region} tanggal {date}, {n} koperasi. Dasbor sudah memakai data baru.",
        "en": "Saved: {region} snapshot of {date}, {n} cooperatives. The dashboard already uses the new data.",
        "en_one": "Saved: {region} snapshot of {date}, 1 cooperative. The dashboard already uses the new data.",
    },
    "importing.open_overview": {
        "id": "Buka ringkasan pada tanggal ini",
        "en": "Open the overview on this date",
    },
}
