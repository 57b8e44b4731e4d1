"""Why a file is refused, in every language: a code and its parameters travel with the refusal (across the
isolated reader's process boundary too) and are put in words where someone reads them. Part of the app's
catalogue (present/i18n.py takes these in); here because the readers below the catalogue raise them."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "refused.empty_file": {"id": "file {file!r} kosong", "en": "file {file!r} is empty"},
    "refused.file_type": {
        "id": "jenis file {suffix!r} tidak didukung: kirim salah satu dari {formats}",
        "en": "file type {suffix!r} is not supported: send one of {formats}",
    },
    "refused.web_page": {
        "id": "file {file!r} adalah halaman web (HTML), bukan tabel: buka di peramban atau Excel, lalu "
        "simpan tabel sebagai CSV atau Excel (.xlsx) dan kirim file itu",
        "en": "file {file!r} is a web page (HTML), not a table: open it in a browser or Excel, then save "
        "the table as CSV or Excel (.xlsx) (simpan tabel sebagai CSV atau Excel) and send that file",
    },
    "refused.no_header_sheets": {
        "id": "tidak ditemukan baris judul dengan kolom NIK (Nomor Induk Koperasi) di lembar mana pun",
        "en": "no header row with a NIK (cooperative number) column in any sheet",
    },
    "refused.no_header_file": {
        "id": "tidak ditemukan baris judul dengan kolom NIK (Nomor Induk Koperasi) di file ini",
        "en": "no header row with a NIK (cooperative number) column in this file",
    },
    "refused.no_data_rows": {
        "id": "tidak ada satu pun baris data di bawah baris judul (baris {rows}): berkas kosong",
        "en": "not one data row below the header row (row {rows}): the file is empty",
    },
    "refused.encoding": {
        "id": "teks file bukan UTF-8 atau Windows-1252: simpan ulang sebagai CSV UTF-8",
        "en": "the file's text is neither UTF-8 nor Windows-1252: save it again as CSV UTF-8",
    },
    "refused.binary": {
        "id": "file ini bukan teks CSV (berisi data biner); kirim CSV atau Excel (.xlsx)",
        "en": "this file is not CSV text (it holds binary data); send CSV or Excel (.xlsx)",
    },
    "refused.csv_row": {
        "id": "baris {row} tidak dapat dibaca sebagai CSV ({error})",
        "en": "row {row} cannot be read as CSV ({error})",
    },
    "store.busy": {
        "id": "penyimpanan sedang ditulis oleh impor lain (dari {host}, sejak {since}) dan belum selesai "
        "setelah {seconds} detik menunggu: tidak ada yang ditulis; coba lagi sebentar lagi. Kunci yang "
        "tertinggal dari mesin yang mati dilepas sendiri setelah 15 menit; bila pasti tidak ada impor yang "
        "berjalan, petugas penyimpanan dapat menghapus berkas kuncinya di folder .locks",
        "en": "the store is being written by another import (from {host}, since {since}), not finished "
        "after {seconds} seconds of waiting: nothing was written; try again in a moment. A lock left by a "
        "machine that stopped is released after 15 minutes; when no import is surely running, whoever keeps "
        "the store may delete its lock file in the .locks folder",
    },
    "refused.too_many_rows": {
        "id": "{what} berisi lebih dari {limit} baris, batas satu impor: bagi menjadi beberapa berkas "
        "(per kecamatan, misalnya)",
        "en": "{what} holds more than {limit} rows, the limit of one import: split it into several files "
        "(one per district, say)",
    },
    "refused.too_many_cells": {
        "id": "{what} berisi lebih dari {limit} sel (baris x kolom), batas satu impor: hapus kolom yang tidak "
        "perlu atau bagi berkasnya",
        "en": "{what} holds more than {limit} cells (rows x columns), the limit of one import: remove "
        "columns not needed or split the file",
    },
    "refused.excel_unreadable": {
        "id": "file Excel {file!r} tidak dapat dibaca ({error})",
        "en": "the Excel file {file!r} cannot be read ({error})",
    },
    "refused.excel_damaged": {
        "id": "file Excel {file!r} tidak dapat dibaca (rusak: {error})",
        "en": "the Excel file {file!r} cannot be read (damaged: {error})",
    },
    "refused.unzipped_too_big": {
        "id": "berkas terlalu besar setelah dibuka ({size} MB, batas {limit} MB): bagi menjadi beberapa berkas",
        "en": "the file is too big once unpacked ({size} MB, limit {limit} MB): split it into several files",
    },
    "refused.mapping_header": {
        "id": "file pemetaan harus berkolom kolom_file,kolom_kopdash",
        "en": "a mapping file must have the columns kolom_file,kolom_kopdash",
    },
    "refused.mapping_row": {
        "id": "file pemetaan: baris {row}: kolom kopdash harus salah satu dari {known}",
        "en": "mapping file: row {row}: the kopdash column must be one of {known}",
    },
    "refused.region_not_official": {
        "id": "kode wilayah {code!r} bukan kabupaten/kota dalam daftar resmi Kemendagri (contoh: 33.14 atau "
        "3314 untuk Kabupaten Sragen)",
        "en": "region code {code!r} is no kabupaten/kota of the official Kemendagri list (e.g. 33.14 or 3314 "
        "for Kabupaten Sragen)",
    },
    "refused.province_code": {
        "id": "{code!r} adalah kode provinsi ({province}); registri diimpor per kabupaten/kota (contoh: 36.04)",
        "en": "{code!r} is a province's code ({province}); a registry is imported per kabupaten/kota (e.g. 36.04)",
    },
    "refused.choose_region": {
        "id": "pilih dulu wilayah berkas ini (kabupaten/kota)",
        "en": "choose this file's region (kabupaten/kota) first",
    },
    "refused.choose_region_named": {
        "id": "pilih dulu wilayah berkas ini; berkas menyebut {named} ({named_code})",
        "en": "choose this file's region first; the file names {named} ({named_code})",
    },
    "refused.other_region": {
        "id": "berkas ini milik {named} ({named_code}) menurut {rows} dari {total} baris (kabupaten/kota, "
        "awalan NIK atau kecamatan yang tertulis); dipilih {chosen} ({chosen_code}). Tidak ada yang ditulis, "
        "juga tidak sebagai sebagian registri: pilih wilayah yang benar",
        "en": "the file is of {named} ({named_code}) by {rows} of {total} rows (the kabupaten/kota, NIK prefix "
        "or kecamatan they give); {chosen} ({chosen_code}) was chosen. Nothing was written, not as a part of "
        "the registry either: choose the right region",
    },
    "refused.whole_or_partial": {
        "id": "berkas ini memuat {file} koperasi; pemutakhiran {date} memuat {base}, dan {missing} di antaranya "
        "tidak ada dalam berkas. Tidak ada yang ditulis. Jika berkas ini seluruh registri, ulangi dengan "
        "--whole ({missing} koperasi dicatat tidak terdaftar lagi); jika hanya sebagian, ulangi dengan "
        "--partial (yang lain dibawa dari pemutakhiran {date}; --partial=KECAMATAN mengganti kecamatan itu)",
        "en": "this file holds {file} cooperatives; the snapshot of {date} holds {base}, and {missing} of them "
        "are not in the file. Nothing was written. If the file is the whole registry, run again with --whole "
        "({missing} cooperatives recorded as no longer listed); if it is a part, run again with --partial "
        "(the others carried from the snapshot of {date}; --partial=KECAMATAN replaces that district)",
    },
    "refused.roster_lacks": {
        "id": "daftar program ini memuat {file} koperasi; pemutakhiran {date} memuat {base} koperasi {programme}, "
        "dan {missing} di antaranya tidak ada dalam daftar. Tidak ada yang ditulis. Jika daftar ini lengkap, "
        "ulangi dengan --whole; jika hanya sebagian, ulangi dengan --partial",
        "en": "this programme roster holds {file} cooperatives; the snapshot of {date} holds {base} {programme} "
        "cooperatives, and {missing} of them are not in the roster. Nothing was written. If the roster is "
        "complete, run again with --whole; if it is a part, run again with --partial",
    },
    "refused.partial_district": {
        "id": "kecamatan {name!r} tidak ada di pemutakhiran sebelumnya maupun di berkas (yang ada: {known})",
        "en": "district {name!r} is neither in the previous snapshot nor in the file (known: {known})",
    },
    "refused.region_unknown": {
        "id": "kode wilayah {code!r} tidak ada di regions.csv",
        "en": "region code {code!r} is not in regions.csv",
    },
    "refused.profile_unusable": {
        "id": "profil aturan status {profile!r} wilayah {code} tidak ada atau tidak sah di rule_profiles.csv: "
        "perbaiki di halaman Aturan status, lalu impor lagi",
        "en": "the status rule profile {profile!r} of region {code} is missing or unusable in "
        "rule_profiles.csv: fix it on the status rules page, then import again",
    },
    "refused.date_format": {
        "id": "tanggal {date!r} bukan format TTTT-BB-HH",
        "en": "the date {date!r} is not in the form YYYY-MM-DD",
    },
    "refused.future_date": {
        "id": "tanggal pemutakhiran {date} ada di masa depan (hari ini {today})",
        "en": "the snapshot date {date} is in the future (today is {today})",
    },
    "refused.too_slow": {
        "id": "berkas terlalu besar/rusak: membacanya memakan lebih dari {minutes} menit",
        "en": "the file is too big or damaged: reading it takes more than {minutes} minutes",
    },
    "refused.too_big": {
        "id": "berkas terlalu besar/rusak: membacanya memerlukan lebih dari {limit} MB memori; bagi berkasnya",
        "en": "the file is too big or damaged: reading it needs more than {limit} MB of memory; split it",
    },
    "refused.no_room": {
        "id": "ruang penyimpanan sementara penuh atau berkas melebihi batas ukuran: tidak dapat dibaca",
        "en": "the temporary storage is full or a file exceeds its size limit: cannot be read",
    },
    "refused.reader_died": {
        "id": "berkas terlalu besar/rusak: pembacaan berhenti tiba-tiba (kode {code})",
        "en": "the file is too big or damaged: reading stopped suddenly (code {code})",
    },
    "refused.program_error": {
        "id": "berkas tidak dapat dibaca karena kesalahan program ({error}); laporkan ke pengelola",
        "en": "the file cannot be read because of a program error ({error}); tell the administrator",
    },
    "refused.unreadable_file": {
        "id": "file tidak dapat dibaca: {error}",
        "en": "the file cannot be read: {error}",
    },
    "refused.no_operating_column": {
        "id": "tidak ditemukan kolom Beroperasi (atau Status Usaha) di samping kolom NIK",
        "en": "no Beroperasi (operating) column beside the NIK column",
    },
    "refused.no_event_columns": {
        "id": "tidak ditemukan kolom Tanggal dan Kegiatan di samping kolom NIK",
        "en": "no Tanggal (date) and Kegiatan (activity) columns beside the NIK column",
    },
    "refused.published_empty": {
        "id": "file angka publikasi kosong",
        "en": "the published-figures file is empty",
    },
    "refused.published_columns": {
        "id": "kolom wajib tidak ada: {missing} (kolom: {columns}); atau tabel portal data (Satu Data, portal "
        "provinsi, satu kolom per tahun)",
        "en": "required columns missing: {missing} (columns: {columns}); or a data portal's table (Satu Data, a "
        "provincial portal, one column per year)",
    },
    "refused.published_rows": {
        "id": "angka publikasi tidak disimpan; perbaiki dulu: {problems}",
        "en": "no published figure was saved; fix these first: {problems}",
    },
    "refused.published_none": {
        "id": "tidak ada angka yang dapat dipakai dalam file ini; tidak ada yang disimpan: {left_out}",
        "en": "the file holds no figure that can be used; nothing was saved: {left_out}",
    },
    "refused.published_mapping_header": {
        "id": "file pemetaan harus berkolom teks,metric",
        "en": "a mapping file must have the columns teks,metric",
    },
    "refused.published_mapping_row": {
        "id": "file pemetaan: baris {row}: metric harus salah satu dari {known}",
        "en": "mapping file: row {row}: the metric must be one of {known}",
    },
    "refused.published_ambiguous": {
        "id": "dua nilai berbeda untuk satu angka ({metric}, {year}) pada tingkat yang sama (baris {rows}): "
        "tidak dapat diketahui mana jumlahnya; tidak ada yang disimpan. Perbaiki tabelnya atau pakai file "
        "pemetaan (teks,metric) untuk judul yang bukan angka itu",
        "en": "two different values for one figure ({metric}, {year}) at the same level (rows {rows}): which is "
        "the total cannot be told; nothing was stored. Correct the table, or name the titles that are not "
        "that figure in a mapping file (teks,metric)",
    },
    "refused.published_too_deep": {
        "id": "baris {row}: kodefikasi bertingkat {levels}, lebih dari {most} tingkat: bukan tabel sektoral "
        "yang utuh; tidak ada yang disimpan",
        "en": "row {row}: a kodefikasi {levels} levels deep, more than {most}: not a whole sectoral table; "
        "nothing was stored",
    },
    "refused.published_twice": {
        "id": "dua nilai berbeda untuk satu kunci (wilayah, tanggal, program, metric): {keys}; tidak ada yang "
        "disimpan",
        "en": "two different values for one key (region, date, programme, metric): {keys}; nothing was stored",
    },
    "refused.portal_layout": {"id": "tata letak tabel tidak dikenal", "en": "the table's layout is unknown"},
    "refused.simkopdes_date": {
        "id": "tabel SIMKOPDES per kabupaten/kota tidak bertanggal: sebutkan tanggal datanya (--date TTTT-BB-HH)",
        "en": "a SIMKOPDES table per kabupaten/kota has no date: give the date of its data (--date YYYY-MM-DD)",
    },
    "refused.simkopdes_province": {
        "id": "tabel SIMKOPDES per provinsi: angkanya milik provinsi, sedangkan kopdash menyimpan angka "
        "kabupaten/kota; unduh tabel per kabupaten/kota (kolom district) dari SIMKOPDES",
        "en": "a SIMKOPDES table per province: its figures are a province's, and kopdash keeps figures per "
        "kabupaten/kota; download the table per kabupaten/kota (a district column) from SIMKOPDES",
    },
    "refused.portal_region": {
        "id": "tabel satu kolom per tahun tidak memuat kode wilayah: sebutkan --region",
        "en": "a table with one column per year names no region: give --region",
    },
}


def words(message: str, lang: str = "id", /, **params) -> str:
    """A message in `lang` (Indonesian where a language has none), its parameters filled in."""
    entry = MESSAGES[message]
    return (entry.get(lang) or entry["id"]).format(**params)


class ImportRefused(ValueError):
    """The file as a whole cannot be used: a message code (domain/messages.py) and its parameters, said in
    one line of words in any language (`words`); str() is the Indonesian."""

    def __init__(self, message: str, /, **params):  # positional: a parameter may be called `code`
        super().__init__(message, params)
        self.code, self.params = message, params

    def words(self, lang: str = "id") -> str:
        return words(self.code, lang, **self.params)

    def __str__(self) -> str:
        return self.words("id")

    def __reduce__(self):  # travels between processes (the isolated reader) with its parameters
        return (_refused, (type(self), self.code, self.params))


def _refused(kind: type[ImportRefused], message: str, params: dict) -> ImportRefused:
    return kind(message, **params)
