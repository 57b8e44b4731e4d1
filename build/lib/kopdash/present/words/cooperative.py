"""The words of a cooperative's page (koperasi), in Bahasa Indonesia and English."""

WORDS: dict[str, dict[str, str]] = {
    "coop.events_row": {"id": "Intervensi", "en": "Interventions"},
    "coop.events": {"id": "Intervensi dinas", "en": "The office's interventions"},
    "coop.events_columns.date": {"id": "Tanggal", "en": "Date"},
    "coop.events_columns.activity": {"id": "Kegiatan", "en": "Activity"},
    "coop.events_columns.channel": {"id": "Saluran", "en": "Channel"},
    "coop.events_columns.result": {"id": "Hasil", "en": "Result"},
    "coop.events_columns.obstacle": {"id": "Kendala", "en": "Obstacle"},
    "coop.events_columns.note": {"id": "Catatan", "en": "Note"},
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
}
