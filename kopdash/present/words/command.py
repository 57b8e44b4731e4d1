"""The words of the command line (python -m kopdash), in Bahasa Indonesia and English."""

WORDS: dict[str, dict[str, str]] = {
    "cli.reading": {
        "id": "Membaca {file} untuk wilayah {code}, pemutakhiran {date}",
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
    "cli.statuses": {"id": "Status pemutakhiran baru: {counts}", "en": "New snapshot's statuses: {counts}"},
    "cli.written": {"id": "Pemutakhiran ditulis: {path}", "en": "Snapshot written: {path}"},
    "cli.replaced": {
        "id": "(menggantikan pemutakhiran sebelumnya pada tanggal yang sama, {n} koperasi)",
        "en": "(replacing the earlier snapshot of the same date, {n} cooperatives)",
        "en_one": "(replacing the earlier snapshot of the same date, 1 cooperative)",
    },
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
    "cli.reference_problem": {"id": "Peringatan: {problem}", "en": "Warning: {problem}"},
    "cli.published_left_out": {"id": "Tidak dipakai: {line}", "en": "Left out: {line}"},
    "cli.rederived": {
        "id": "Status diturunkan ulang dengan aturan {profile} ({thresholds}): {snapshots} pemutakhiran dibaca, "
        "{rewritten} ditulis ulang, {changed} status berubah. Dicatat di log ({entry}); dapat dibatalkan: "
        "kopdash undo --entry {entry}",
        "en": "Statuses derived again under rule {profile} ({thresholds}): {snapshots} snapshots read, "
        "{rewritten} rewritten, {changed} statuses changed. Logged ({entry}); to undo: kopdash undo --entry "
        "{entry}",
    },
    "cli.rederive_unreadable": {
        "id": "Tidak terbaca, dibiarkan: {path}",
        "en": "Cannot be read, left as it is: {path}",
    },
    "cli.log_damaged": {
        "id": "Entri log rusak, dilewati (tidak dapat dibatalkan): {file}",
        "en": "Damaged log entry, left out (cannot be undone): {file}",
    },
    "cli.published_note": {"id": "Catatan: {line}", "en": "Note: {line}"},
    "cli.published_contradiction": {
        "id": "Perhatian: {region}, {date}: {words}",
        "en": "Mind: {region}, {date}: {words}",
    },
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
    "cli.refused": {"id": "kopdash {command}: {reason}", "en": "kopdash {command}: {reason}"},
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
        "id": "wilayah {region} tidak punya pemutakhiran pada atau sebelum {date}",
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
}
