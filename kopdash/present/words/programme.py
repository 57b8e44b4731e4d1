"""The words of the programme page (program), in Bahasa Indonesia and English."""

WORDS: dict[str, dict[str, str]] = {
    "programme.koperasi_merah_putih": {"id": "Koperasi Merah Putih", "en": "Koperasi Merah Putih"},
    "programme.part_charts": {"id": "Tahapan", "en": "Stages"},  # the funnel and the months waiting
    # programme page
    "programme.choose": {"id": "Program", "en": "Programme"},
    "programme.region": {"id": "Wilayah", "en": "Region"},
    "programme.none": {
        "id": "Belum ada koperasi program di penyimpanan data.",
        "en": "No programme cooperatives in the store yet.",
    },
    "programme.title": {"id": "{programme} di {region}", "en": "{programme} in {region}"},
    "programme.headline": {
        "id": "{operating} dari {formed} koperasi sudah beroperasi ({pct}) per {date}.",
        "en": "{operating} of {formed} cooperatives are operating ({pct}), as of the snapshot of {date}.",
    },
    "programme.headline_unknown": {
        "id": "{unknown} dari {formed} belum ada keterangan beroperasi atau tidak: tidak dihitung beroperasi.",
        "en": "For {unknown} of {formed} there is no word on whether they operate: not counted as operating.",
    },
    "programme.operating_unknown": {"id": "Belum ada keterangan", "en": "No information"},
    "programme.formed": {"id": "Terbentuk", "en": "Formed"},
    "programme.operating": {"id": "Beroperasi", "en": "Operating"},
    "programme.rat_held": {"id": "Sudah RAT", "en": "RAT held"},
    "programme.new_operating": {"id": "Baru beroperasi sejak {date}", "en": "Newly operating since {date}"},
    "programme.new_none": {
        "id": "Tidak ada yang baru beroperasi sejak {date}.",
        "en": "None started operating since {date}.",
    },
    "programme.funnel": {"id": "Dari terbentuk sampai RAT", "en": "From formation to RAT"},
    "programme.by_kecamatan": {"id": "Beroperasi per kecamatan", "en": "Operating by district"},
    "programme.not_operating": {"id": "Belum beroperasi", "en": "Not operating"},
    "programme.months": {
        "id": "Lama belum beroperasi sejak terbentuk",
        "en": "Time since formation without operating",
    },
    "programme.months_axis": {"id": "Bulan sejak terbentuk", "en": "Months since formation"},
    "programme.summon": {"id": "Pengurus yang perlu dipanggil", "en": "Boards to summon"},
    "programme.summon_count": {
        "id": "Pengurus yang perlu dipanggil: {n}",
        "en": "Boards to summon: {n}",
    },
    "programme.where_waiting": {
        "id": "{waiting} belum beroperasi; terbanyak di {places}.",
        "en": "{waiting} not operating yet; most in {places}.",
    },
    "programme.no_roster": {
        "id": "{region} belum punya daftar {programme} pada atau sebelum {date}: daftar pertamanya "
        "{first}. Data registri wilayah ini ada; yang belum ada adalah daftar program ini.",
        "en": "{region} has no {programme} list on or before {date}: its first list is of {first}. The "
        "region's registry is there; what is missing is this programme's list.",
    },
    "programme.open_first": {"id": "Buka per {first}", "en": "Open as of {first}"},
    "programme.summon_caption": {
        "id": "Koperasi yang belum beroperasi, paling lama terbentuk di atas.",
        "en": "Cooperatives not yet operating, longest since formation first.",
    },
    "programme.villages": {"id": "Per desa/kelurahan", "en": "By village"},
    "programme.list_columns.cooperative": {"id": "Nama koperasi", "en": "Cooperative"},
    "programme.list_columns.district": {"id": "Kecamatan", "en": "District"},
    "programme.list_columns.village": {"id": "Desa/kelurahan", "en": "Village"},
    "programme.list_columns.formed": {"id": "Terbentuk", "en": "Formed"},
    "programme.list_columns.months_since_formation": {
        "id": "Bulan sejak terbentuk",
        "en": "Months since formation",
    },
    "programme.list_columns.status": {"id": "Status", "en": "Status"},
    "programme.list_columns.operating": {"id": "Beroperasi", "en": "Operating"},
    "programme.list_columns.board_chair": {"id": "Ketua pengurus", "en": "Board chair"},
    "programme.list_columns.phone": {"id": "Telepon", "en": "Phone"},
    "programme.list_columns.address": {"id": "Alamat", "en": "Address"},
    "programme.list_columns.whatsapp": {"id": "WhatsApp", "en": "WhatsApp"},
    "programme.list_columns.call": {"id": "Telepon langsung", "en": "Call"},
}
