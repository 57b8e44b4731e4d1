"""The words of importing interventions from a file (impor_kegiatan), in Bahasa Indonesia and English."""

WORDS: dict[str, dict[str, str]] = {
    "import_events.title": {"id": "Impor kegiatan intervensi", "en": "Import interventions"},
    "import_events.intro": {
        "id": "Kolom: NIK, Tanggal, Kegiatan (pelatihan, uji kompetensi, konsultasi, pemanggilan, bantuan "
        "modal, pendampingan, laporan keuangan triwulanan), dan bila ada Saluran (offline/online), Hasil, "
        "Kendala, Catatan. Mengimpor berkas yang sama lagi mengganti kegiatannya, tidak menggandakan.",
        "en": "Columns: NIK, Tanggal (date), Kegiatan (training, competency test, consultation, summons, "
        "capital aid, mentoring, quarterly financial report), and where present Saluran (offline/online), "
        "Hasil (result), Kendala (obstacle), Catatan (note). Importing the same file again replaces its "
        "events rather than doubling them.",
    },
    "import_events.quarantine_columns.row": {"id": "Baris", "en": "Row"},
    "import_events.quarantine_columns.reason": {"id": "Alasan", "en": "Reason"},
    "import_events.confirm": {"id": "Simpan kegiatan", "en": "Save events"},
    "import_events.saved": {
        "id": "Tersimpan: {n} kegiatan. Wilayah ini kini punya {total} kegiatan tercatat.",
        "en": "Saved: {n} events. This region now has {total} events on record.",
    },
}
