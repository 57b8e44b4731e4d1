"""The words of status rules and targets (aturan), in Bahasa Indonesia and English."""

WORDS: dict[str, dict[str, str]] = {
    # rules
    "rule.summary": {
        "id": "{region}: kurang aktif setelah {less} RAT terlewat, tidak aktif setelah {inactive}, "
        "calon pembubaran setelah {dissolution}.",
        "en": "{region}: less active after {less} missed RAT, inactive after {inactive}, "
        "dissolution candidate after {dissolution}.",
    },
    "rule.summary_business": {
        "id": "{region}: kurang aktif setelah {less} RAT terlewat, tidak aktif setelah {inactive} bila usahanya "
        "juga berhenti, calon pembubaran setelah {dissolution} bila usahanya berhenti.",
        "en": "{region}: less active after {less} missed RAT, inactive after {inactive} if its business has "
        "stopped too, dissolution candidate after {dissolution} if its business has stopped.",
    },
    "rule.caption": {
        "id": "Status diselaraskan oleh kopdash dari tahun RAT terakhir dan status usaha, agar "
        "wilayah dapat dibandingkan. RAT tahun buku Y jatuh tempo 30 Juni Y+1.",
        "en": "Statuses are harmonised by kopdash from the last RAT year and business status so "
        "regions can be compared. The RAT for fiscal year Y is due on 30 June of Y+1.",
    },
    # The bundled rule profiles by name; a profile an office adds is shown by its own name, made readable.
    "profile.permenkop_9_2018": {"id": "Permenkop 9/2018", "en": "Permenkop 9/2018"},
    "profile.ods_kemenkop": {
        "id": "ODS Kemenkop: tidak aktif = 3 tahun tanpa RAT dan tanpa usaha",
        "en": "ODS (ministry): inactive = 3 years without RAT and no business",
    },
    "profile.tangerang_5_tahun": {
        "id": "Tangerang: pembubaran setelah 5 tahun",
        "en": "Tangerang: dissolution after 5 years",
    },
    "rules.title": {"id": "Aturan status per wilayah", "en": "Status rules per region"},
    "rules.intro": {
        "id": "Berapa RAT terlewat membuat koperasi kurang aktif, tidak aktif, atau calon pembubaran, dan "
        "wilayah mana memakai aturan mana. Status dihitung saat impor: perubahan berlaku untuk pemutakhiran "
        "yang diimpor sesudahnya; pemutakhiran tersimpan tetap memakai profil yang tercatat bersamanya.",
        "en": "How many missed RATs make a cooperative less active, inactive or a dissolution candidate, "
        "and which region uses which rule. Statuses are derived at import: a change applies to snapshots "
        "imported after it; stored snapshots keep the profile recorded with them.",
    },
    "rules.profiles": {"id": "Profil aturan", "en": "Rule profiles"},
    "rules.profile_columns.profile": {"id": "Profil", "en": "Profile"},
    "rules.profile_columns.less_active_after_missed_rats": {
        "id": "Kurang aktif setelah (RAT terlewat)",
        "en": "Less active after (missed RATs)",
    },
    "rules.profile_columns.inactive_after": {"id": "Tidak aktif setelah", "en": "Inactive after"},
    "rules.profile_columns.dissolution_candidate_after": {
        "id": "Calon pembubaran setelah",
        "en": "Dissolution candidate after",
    },
    "rules.profile_columns.basis": {"id": "Dasar", "en": "Basis"},
    "rules.profile_columns.inactive_requires_not_operating": {
        "id": "Tidak aktif hanya bila usaha berhenti",
        "en": "Inactive only if business stopped",
    },
    "rules.regions": {"id": "Profil yang dipakai tiap wilayah", "en": "Profile used by each region"},
    "rules.profile": {"id": "Profil", "en": "Profile"},
    "rules.region_columns.region_code": {"id": "Kode wilayah", "en": "Region code"},
    "rules.region_columns.name": {"id": "Nama wilayah", "en": "Region name"},
    "rules.region_columns.kind": {"id": "Jenis", "en": "Kind"},
    "rules.region_columns.province": {"id": "Provinsi", "en": "Province"},
    "rules.profile_words": {
        "id": "{profile}: kurang aktif setelah {less} RAT terlewat, tidak aktif setelah {inactive}, calon "
        "pembubaran setelah {dissolution}",
        "en": "{profile}: less active after {less} missed RATs, inactive after {inactive}, dissolution "
        "candidate after {dissolution}",
    },
    "rules.profile_words_business": {
        "id": "{profile}: kurang aktif setelah {less} RAT terlewat, tidak aktif setelah {inactive} bila usaha "
        "juga berhenti, calon pembubaran setelah {dissolution} bila usaha berhenti",
        "en": "{profile}: less active after {less} missed RATs, inactive after {inactive} if business stopped "
        "too, dissolution candidate after {dissolution} if business stopped",
    },
    "rules.save": {"id": "Simpan aturan", "en": "Save rules"},
    "rules.targets": {"id": "Target % aktif per wilayah", "en": "Target % active per region"},
    "rules.targets_caption": {
        "id": "Misalnya dari RPJMD: satu baris per wilayah dan tahun. Tampil sebagai garis titik-titik pada "
        "tren dan sebagai selisih di halaman wilayah.",
        "en": "For instance from the RPJMD: one row per region and year. Shown as a dotted line on the trend "
        "and as the gap on the region page.",
    },
    "rules.target_columns.year": {"id": "Tahun", "en": "Year"},
    "rules.target_columns.target": {"id": "Target % aktif", "en": "Target % active"},
    "rules.target_columns.source": {"id": "Sumber", "en": "Source"},
    "rules.targets_save": {"id": "Simpan target", "en": "Save targets"},
    "rules.targets_saved": {"id": "Target tersimpan.", "en": "Targets saved."},
    "rules.refused": {
        "id": "Belum disimpan: perbaiki dulu hal berikut.",
        "en": "Not saved: correct the following first.",
    },
    "rules.saved": {
        "id": "Aturan tersimpan. Impor berikutnya memakai aturan ini.",
        "en": "Rules saved. The next imports use them.",
    },
    "target.legend": {"id": "target", "en": "target"},
    "target.hover": {"id": "Target {year}: {target} aktif", "en": "Target {year}: {target} active"},
    "target.deadline": {"id": "Tenggat RAT (30 Juni)", "en": "RAT deadline (30 June)"},
    "target.gap_below": {
        "id": "Target % aktif {year}: {target} ({source}). Saat ini {actual}: {gap} poin di bawah target.",
        "en": "Target % active {year}: {target} ({source}). Now {actual}: {gap} points below target.",
    },
    "target.gap_met": {
        "id": "Target % aktif {year}: {target} ({source}). Saat ini {actual}: target tercapai (+{gap} poin).",
        "en": "Target % active {year}: {target} ({source}). Now {actual}: target met (+{gap} points).",
    },
}
