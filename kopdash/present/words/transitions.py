"""The words of status changes (perubahan), in Bahasa Indonesia and English."""

WORDS: dict[str, dict[str, str]] = {
    "transitions.title": {"id": "Perubahan status di {region}", "en": "Status changes in {region}"},
    "transitions.from": {"id": "Dari pemutakhiran", "en": "From snapshot"},
    "transitions.to": {"id": "Sampai pemutakhiran", "en": "To snapshot"},
    "transitions.programme": {"id": "Koperasi", "en": "Cooperatives"},
    "transitions.all": {"id": "Semua koperasi", "en": "All cooperatives"},
    "transitions.need_two": {
        "id": "{region} baru punya satu pemutakhiran; perubahan butuh dua.",
        "en": "{region} has a single snapshot; changes need two.",
    },
    "transitions.same": {
        "id": "Pilih dua pemutakhiran yang berbeda.",
        "en": "Choose two different snapshots.",
    },
    "transitions.summary": {
        "id": "Antara {start} dan {end}: {revived} bangkit kembali (kurang/tidak aktif → aktif), {started} mulai beroperasi (belum beroperasi → aktif/kurang aktif), {declined} menurun, {new} baru terdaftar, {dissolved} dibubarkan.",
        "en": "Between {start} and {end}: {revived} revived (less active/inactive → active), {started} started operating (not yet operating → active/less active), {declined} declined, {new} newly registered, {dissolved} dissolved.",
    },
    "transitions.sankey": {"id": "Aliran status", "en": "Status flows"},
    "transitions.table": {"id": "Jumlah per perubahan", "en": "Counts per change"},
    "transitions.table_hint": {
        "id": "Klik baris untuk melihat daftar koperasinya.",
        "en": "Click a row to see its cooperatives.",
    },
    "transitions.columns.from": {"id": "Dari", "en": "From"},
    "transitions.columns.to": {"id": "Menjadi", "en": "To"},
    "transitions.columns.cooperatives": {"id": "Koperasi", "en": "Cooperatives"},
    "transitions.list": {
        "id": "{from_status} → {to_status}: {n} koperasi",
        "en": "{from_status} → {to_status}: {n} cooperatives",
        "en_one": "{from_status} → {to_status}: 1 cooperative",
    },
    "transitions.list_columns.cooperative": {"id": "Nama koperasi", "en": "Cooperative"},
    "transitions.list_columns.district": {"id": "Kecamatan", "en": "District"},
    "transitions.list_columns.village": {"id": "Desa/kelurahan", "en": "Village"},
    "transitions.list_columns.last_rat_before": {"id": "RAT terakhir (sebelum)", "en": "Last RAT (before)"},
    "transitions.list_columns.last_rat_after": {"id": "RAT terakhir (sesudah)", "en": "Last RAT (after)"},
    "transitions.list_columns.members": {"id": "Anggota", "en": "Members"},
}
