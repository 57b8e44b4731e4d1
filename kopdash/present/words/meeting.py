"""The words of presentation mode and the brief (rapat), in Bahasa Indonesia and English."""

WORDS: dict[str, dict[str, str]] = {
    # meeting brief
    "brief.download_html": {"id": "Unduh ringkasan rapat (HTML)", "en": "Download meeting brief (HTML)"},
    "brief.download_pdf": {"id": "Unduh ringkasan rapat (PDF)", "en": "Download meeting brief (PDF)"},
    "brief.no_pdf": {
        "id": "PDF memerlukan Chromium di server; HTML-nya dapat dicetak dari peramban.",
        "en": "PDF needs Chromium on the server; the HTML prints from any browser.",
    },
    "brief.title": {"id": "Ringkasan rapat: {region}", "en": "Meeting brief: {region}"},
    "brief.meta": {
        "id": "Per {as_of}; pemutakhiran registri {date}.",
        "en": "As of {as_of}; registry snapshot of {date}.",
    },
    "brief.kpis": {"id": "Angka utama", "en": "Key figures"},
    "brief.page": {"id": "Halaman {page} dari {pages}", "en": "Page {page} of {pages}"},
    "brief.no_rat": {"id": "Belum RAT", "en": "No RAT yet"},
    "brief.calls": {
        "id": "Perlu dihubungi sebelum tenggat RAT ({n} teratas dari {total})",
        "en": "To call before the RAT deadline (top {n} of {total})",
    },
    "brief.source": {"id": "Sumber data dan aturan status", "en": "Data source and status rule"},
    "brief.source_text": {
        "id": "Data: registri koperasi dinas, pemutakhiran {date}. Status diselaraskan oleh kopdash.",
        "en": "Data: the office's cooperative registry, snapshot of {date}. Statuses harmonised by kopdash.",
    },
    "brief.due": {
        "id": "Pada pemutakhiran ini, tahun buku terakhir yang RAT-nya sudah jatuh tempo: {year}.",
        "en": "At this snapshot the latest fiscal year whose RAT is due: {year}.",
    },
    "brief.generated": {"id": "Dibuat {when} pukul {time}.", "en": "Made on {when} at {time}."},
    "meeting.previous": {"id": "◀ Sebelumnya", "en": "◀ Previous"},
    "meeting.next": {"id": "Berikutnya ▶", "en": "Next ▶"},
    "meeting.leave": {"id": "Keluar dari mode rapat", "en": "Leave meeting mode"},
    "meeting.position": {
        "id": "Layar {n} dari {total} · per {date}",
        "en": "Screen {n} of {total} · as of {date}",
    },
    "meeting.total": {
        "id": "Koperasi di {n} wilayah",
        "en": "Cooperatives in {n} regions",
        "en_one": "Cooperatives in 1 region",
    },
    "meeting.snapshot": {"id": "Pemutakhiran {date}", "en": "Snapshot of {date}"},
    "meeting.open": {
        "id": "Buka mode rapat (layar penuh, huruf besar)",
        "en": "Open meeting mode (full screen, large type)",
    },
}
