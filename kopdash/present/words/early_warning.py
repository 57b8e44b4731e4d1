"""The words of the early warning and contacts (pantauan), in Bahasa Indonesia and English."""

WORDS: dict[str, dict[str, str]] = {
    "contact.title": {"id": "Catat kontak dengan pengurus", "en": "Record a contact with a board"},
    "contact.who": {"id": "Koperasi", "en": "Cooperative"},
    "contact.kind": {"id": "Kegiatan", "en": "Kind"},
    "contact.channel": {"id": "Lewat", "en": "By"},
    "contact.outcome": {"id": "Hasil", "en": "Outcome"},
    "contact.promised": {
        "id": "RAT dijanjikan sebelum (bila berjanji; hh/bb/tttt)",
        "en": "RAT promised by (if promised; dd/mm/yyyy)",
    },
    "contact.title_one": {
        "id": "Catat kontak dengan koperasi ini",
        "en": "Record a contact with this cooperative",
    },
    "contact.note": {"id": "Catatan", "en": "Note"},
    "cards.call": {"id": "Telepon", "en": "Call"},
    "cards.whatsapp": {"id": "WhatsApp", "en": "WhatsApp"},
    "cards.record": {"id": "Catat kontak", "en": "Record a contact"},
    "cards.close": {"id": "Tutup formulir", "en": "Close the form"},
    "cards.open": {"id": "Buka koperasi", "en": "Open the cooperative"},
    "cards.chair": {"id": "Ketua pengurus: {chair}", "en": "Board chair: {chair}"},
    "cards.no_phone": {"id": "Nomor telepon belum tercatat.", "en": "No telephone number recorded."},
    "cards.more": {"id": "Tampilkan {n} lagi", "en": "Show {n} more"},
    "cards.status_rat": {"id": "{status} · RAT terakhir: {rat}", "en": "{status} · last RAT: {rat}"},
    "cards.members": {"id": "{n} anggota", "en": "{n} members"},
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
    "early_warning.title": {"id": "Pantauan: siapa yang perlu dihubungi", "en": "Early warning: who to call"},
    "early_warning.caption": {
        "id": "Dihitung dari pemutakhiran {date}: status pada 1 Juli {year} bila tidak ada RAT baru dan status usaha tetap. Tenggat berikutnya: {deadline}.",
        "en": "Computed from the snapshot of {date}: statuses on 1 July {year} if no new RAT is held and business status stays. Next deadline: {deadline}.",
    },
    "early_warning.working_days": {
        "id": "Tenggat RAT: {deadline}, {days} hari kerja lagi.",
        "en": "RAT deadline: {deadline}, {days} working days from now.",
    },
    "early_warning.working_days_estimate": {
        "id": "Tenggat RAT: {deadline}, sekitar {days} hari kerja lagi (libur {years} belum diterbitkan: "
        "dihitung Senin–Jumat).",
        "en": "RAT deadline: {deadline}, about {days} working days from now (holidays of {years} not "
        "published yet: Monday to Friday counted).",
    },
    "early_warning.deadline_passed_today": {
        "id": "Tenggat RAT {deadline} sudah lewat (hari ini {today}): daftar ini dari pemutakhiran yang lebih lama; "
        "impor registri yang lebih baru untuk daftar yang berlaku.",
        "en": "The RAT deadline of {deadline} has passed (today is {today}): this list comes from an older "
        "snapshot; import a newer registry for a current list.",
    },
    "early_warning.deadline_passed_then": {
        "id": "Tenggat RAT {deadline} sudah lewat pada {today}, tanggal yang dipilih: daftar ini dari pemutakhiran "
        "yang lebih lama.",
        "en": "The RAT deadline of {deadline} had passed on {today}, the chosen date: this list comes from an "
        "older snapshot.",
    },
    "early_warning.counted_from": {
        "id": "(dihitung dari {date}, tanggal yang dipilih)",
        "en": "(counted from {date}, the chosen date)",
    },
    "early_warning.months": {
        "id": "Program: belum beroperasi sekurang-kurangnya (bulan)",
        "en": "Programme: not operating for at least (months)",
    },
    "early_warning.kinds": {"id": "Jenis peringatan", "en": "Warnings"},
    "early_warning.summary_columns.warning": {"id": "Peringatan", "en": "Warning"},
    "early_warning.summary_columns.cooperatives": {"id": "Koperasi", "en": "Cooperatives"},
    "early_warning.none": {
        "id": "Tidak ada koperasi yang perlu dihubungi.",
        "en": "No cooperative needs a call.",
    },
    "early_warning.becomes_candidate": {
        "id": "Menjadi calon pembubaran",
        "en": "Becomes a dissolution candidate",
    },
    "early_warning.becomes_tidak_aktif": {"id": "Turun menjadi tidak aktif", "en": "Drops to inactive"},
    "early_warning.becomes_kurang_aktif": {"id": "Turun menjadi kurang aktif", "en": "Drops to less active"},
    "early_warning.programme_not_operating": {
        "id": "Program: belum beroperasi",
        "en": "Programme: not operating",
    },
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
        "id": "RAT terlambat atau terlewat pada {n} pemutakhiran sebelumnya",
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
    "early_warning.short_list": {
        "id": "Ditampilkan {shown} dari {n} yang paling mendesak, menurut peringatan lalu risiko dari riwayat "
        "masing-masing. {rest} lainnya juga menunggu RAT tahun buku {fy} (tenggat {deadline}); {never} di "
        "antaranya belum pernah terlambat, jadi yang pernah terlambat didahulukan. Semuanya ada di unduhan "
        "dan di «Tampilkan semua».",
        "en": "Showing {shown} of {n}, the most urgent, by warning and then by the risk in each one's own "
        "record. The other {rest} also await the RAT of fiscal year {fy} (deadline {deadline}); {never} of "
        "them were never late, so those that were come first. All are in the download and under «Show all».",
    },
    "early_warning.show_all": {"id": "Tampilkan semua ({n})", "en": "Show all ({n})"},
    "early_warning.columns.warning": {"id": "Peringatan", "en": "Warning"},
    "early_warning.columns.cooperative": {"id": "Nama koperasi", "en": "Cooperative"},
    "early_warning.columns.district": {"id": "Kecamatan", "en": "District"},
    "early_warning.columns.village": {"id": "Desa/kelurahan", "en": "Village"},
    "early_warning.columns.status_now": {"id": "Status sekarang", "en": "Status now"},
    "early_warning.columns.last_rat": {"id": "RAT terakhir", "en": "Last RAT"},
    "early_warning.columns.members": {"id": "Anggota", "en": "Members"},
    "early_warning.columns.if_nothing_is_done": {"id": "Bila tidak ada tindakan", "en": "If nothing is done"},
    "early_warning.columns.why_at_risk": {
        "id": "Tanda risiko dari riwayatnya",
        "en": "Signs of risk in its record",
    },
    "early_warning.columns.contacted": {"id": "Sudah dihubungi", "en": "Already contacted"},
    "early_warning.columns.board_chair": {"id": "Ketua pengurus", "en": "Board chair"},
    "early_warning.columns.phone": {"id": "Telepon", "en": "Phone"},
    "early_warning.columns.address": {"id": "Alamat", "en": "Address"},
    "early_warning.columns.whatsapp": {"id": "WhatsApp", "en": "WhatsApp"},
    "early_warning.columns.call": {"id": "Telepon langsung", "en": "Call"},
}
