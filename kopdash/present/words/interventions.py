"""The words of the interventions page (intervensi), in Bahasa Indonesia and English."""

WORDS: dict[str, dict[str, str]] = {
    "event.pelatihan": {"id": "Pelatihan", "en": "Training"},
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
        "id": "Koperasi aktif (pemutakhiran)",
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
        "status sama pada pemutakhiran yang sama sebelum intervensi, tanpa intervensi jenis ini sampai pemutakhiran "
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
    "interventions.list_columns.snapshot_before": {"id": "Pemutakhiran sebelum", "en": "Snapshot before"},
    "interventions.list_columns.status_before": {"id": "Status sebelum", "en": "Status before"},
    "interventions.list_columns.snapshot_after": {"id": "Pemutakhiran sesudah", "en": "Snapshot after"},
    "interventions.list_columns.status_after": {"id": "Status sesudah", "en": "Status after"},
    "interventions.gone": {"id": "Tidak tercatat lagi", "en": "No longer listed"},
    "interventions.part_events": {"id": "Kegiatan dan kendala", "en": "Activities and obstacles"},
    "interventions.part_reports": {"id": "Laporan triwulanan", "en": "Quarterly reports"},
    "interventions.part_outcomes": {"id": "Status sesudahnya", "en": "Status afterwards"},
}
