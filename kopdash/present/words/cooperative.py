"""The words of a cooperative's page (koperasi), in Bahasa Indonesia and English."""

WORDS: dict[str, dict[str, str]] = {
    "cooperative.events_row": {"id": "Intervensi", "en": "Interventions"},
    "cooperative.events": {"id": "Intervensi dinas", "en": "The office's interventions"},
    "cooperative.events_columns.date": {"id": "Tanggal", "en": "Date"},
    "cooperative.events_columns.activity": {"id": "Kegiatan", "en": "Activity"},
    "cooperative.events_columns.channel": {"id": "Saluran", "en": "Channel"},
    "cooperative.events_columns.result": {"id": "Hasil", "en": "Result"},
    "cooperative.events_columns.obstacle": {"id": "Kendala", "en": "Obstacle"},
    "cooperative.events_columns.note": {"id": "Catatan", "en": "Note"},
    # cooperative page
    "cooperative.nik": {"id": "NIK (Nomor Induk Koperasi)", "en": "NIK (cooperative number)"},
    "cooperative.bad_nik": {
        "id": "NIK “{value}” di alamat bukan 13 atau 16 digit angka (atau BH: dan nomor badan hukum).",
        "en": "The NIK “{value}” in the address is not 13 or 16 digits (or BH: and a legal-entity number).",
    },
    "cooperative.unknown_nik": {
        "id": "Tidak ada koperasi dengan NIK {value} di penyimpanan data.",
        "en": "No cooperative with NIK {value} in the store.",
    },
    "cooperative.reported_differs": {
        "id": "Dinas mencatat status “{word}” (berarti {means}), sedangkan menurut aturan status yang "
        "diselaraskan koperasi ini {status}. Keduanya ditampilkan; catatan dinas tidak diubah.",
        "en": "The office records the status “{word}” (meaning {means}), while the harmonised rule gives "
        "{status}. Both are shown; the office's record is not changed.",
    },
    "cooperative.not_in_region": {
        "id": "NIK {value} tidak tercatat di wilayah {region}.",
        "en": "NIK {value} is not on record in region {region}.",
    },
    "cooperative.several_regions": {
        "id": "NIK {nik} tercatat di {n} wilayah; masing-masing koperasi tersendiri. Pilih wilayahnya.",
        "en": "NIK {nik} is on record in {n} regions; each is a cooperative of its own. Choose the region.",
    },
    "cooperative.ask_nik": {
        "id": "Masukkan NIK, atau buka koperasi dari daftar di halaman Wilayah.",
        "en": "Enter a NIK, or open a cooperative from the list on the Region page.",
    },
    "cooperative.status_now": {"id": "Status pada {date}: {status}", "en": "Status on {date}: {status}"},
    "cooperative.why": {"id": "Mengapa", "en": "Why"},
    "cooperative.identity": {"id": "Identitas", "en": "Identity"},
    "cooperative.identity_columns.field": {"id": "Keterangan", "en": "Field"},
    "cooperative.identity_columns.value": {"id": "Isi", "en": "Value"},
    "cooperative.region": {"id": "Wilayah", "en": "Region"},
    "cooperative.timeline": {"id": "Status di setiap pemutakhiran", "en": "Status at every snapshot"},
    "cooperative.history_columns.snapshot": {"id": "Pemutakhiran", "en": "Snapshot"},
    "cooperative.history_columns.status": {"id": "Status", "en": "Status"},
    "cooperative.history_columns.last_rat": {"id": "RAT terakhir", "en": "Last RAT"},
    "cooperative.history_columns.rat_reported": {"id": "RAT dilaporkan", "en": "RAT reported"},
    "cooperative.history_columns.operating": {"id": "Usaha berjalan", "en": "Operating"},
    "cooperative.history_columns.members": {"id": "Anggota", "en": "Members"},
    "cooperative.history_columns.dissolution_candidate": {
        "id": "Calon pembubaran",
        "en": "Dissolution candidate",
    },
    "cooperative.rat": {"id": "Riwayat RAT yang tercatat", "en": "RAT history on record"},
    "cooperative.rat_line": {
        "id": "RAT tahun buku {year}: pertama tercatat pada pemutakhiran {date}; {reported}.",
        "en": "RAT for fiscal year {year}: first on record in the snapshot of {date}; {reported}.",
    },
    "cooperative.rat_report_unknown": {
        "id": "tidak tercatat apakah laporannya sampai ke dinas",
        "en": "the registry does not say whether its report reached the office",
    },
    "cooperative.rat_reported": {"id": "laporannya sampai ke dinas", "en": "its report reached the office"},
    "cooperative.rat_not_reported": {
        "id": "laporannya belum sampai ke dinas",
        "en": "its report has not reached the office",
    },
    "cooperative.rat_none": {"id": "Belum ada RAT yang tercatat.", "en": "No RAT on record."},
    "cooperative.members": {"id": "Jumlah anggota", "en": "Members"},
}
