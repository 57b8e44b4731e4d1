"""The words of the comparison (banding), in Bahasa Indonesia and English."""

WORDS: dict[str, dict[str, str]] = {
    "comparison.published_latest": {
        "id": "Angka terbaru tiap wilayah dan ukuran: {shown} dari {total} angka. Semua angka ada di unduhan.",
        "en": "The newest figure of each region and measure: {shown} of {total} figures. Every figure is in "
        "the download.",
    },
    "comparison.part_chart": {"id": "Per 100 terdaftar", "en": "Per 100 registered"},
    "comparison.part_published": {"id": "Angka publikasi vs registri", "en": "Published figures vs registry"},
    "comparison.part_ladder": {
        "id": "Tahapan Merah Putih vs provinsi",
        "en": "Merah Putih stages vs province",
    },
    "comparison.ladder": {
        "id": "{region}: tahapan Koperasi Merah Putih dibanding kabupaten/kota lain di {province}",
        "en": "{region}: Koperasi Merah Putih stages against the other kabupaten/kota of {province}",
    },
    "comparison.ladder_caption": {
        "id": "Angka SIMKOPDES yang dipublikasikan per kabupaten/kota, terbaru pada atau sebelum tanggal "
        "yang dilihat. Peringkat 1: paling jauh tahapannya di provinsi itu, menurut persen dari yang "
        "terbentuk.",
        "en": "SIMKOPDES figures published per kabupaten/kota, the newest on or before the date viewed. Rank "
        "1: the furthest along in that province, by share of those formed.",
    },
    "comparison.ladder_none": {
        "id": "Belum ada angka tahapan Koperasi Merah Putih per kabupaten/kota (tabel SIMKOPDES, dimasukkan "
        "dengan kopdash published … --date) untuk wilayah yang dipilih.",
        "en": "No Koperasi Merah Putih stage figures per kabupaten/kota yet (the SIMKOPDES table, added with "
        "kopdash published … --date) for the regions chosen.",
    },
    "comparison.ladder_rank": {"id": "{rank} dari {of}", "en": "{rank} of {of}"},
    "comparison.ladder_columns.stage": {"id": "Tahap", "en": "Stage"},
    "comparison.ladder_columns.count": {"id": "Jumlah", "en": "Count"},
    "comparison.ladder_columns.share": {"id": "% dari terbentuk", "en": "% of formed"},
    "comparison.ladder_columns.median": {"id": "Median provinsi", "en": "Province median"},
    "comparison.ladder_columns.rank": {"id": "Peringkat di provinsi", "en": "Rank in the province"},
    # comparison page
    "comparison.title": {"id": "Perbandingan wilayah", "en": "Comparing regions"},
    "comparison.caption": {
        "id": "Pilih wilayah dan tanggal di bilah samping. Per 100 = per 100 koperasi terdaftar, supaya "
        "wilayah besar dan kecil sebanding.",
        "en": "Choose regions and the date in the sidebar. Per 100 = per 100 registered cooperatives, so "
        "large and small regions compare.",
    },
    "comparison.spread": {
        "id": "Perhatian: tanggal pemutakhiran berjarak lebih dari setahun ({first} sampai {last}); angka yang "
        "dibandingkan tidak sezaman.",
        "en": "Note: snapshot dates lie more than a year apart ({first} to {last}); the figures compared are "
        "not from the same time.",
    },
    # Short, so the table stays one line a region: comparison.rule_note under it says what the numbers are.
    "comparison.rule_cell": {
        "id": "{profile} ({less}/{inactive}/{dissolution})",
        "en": "{profile} ({less}/{inactive}/{dissolution})",
    },
    "comparison.columns.region": {"id": "Wilayah", "en": "Region"},
    "comparison.columns.snapshot_date": {"id": "Tanggal pemutakhiran", "en": "Snapshot date"},
    "comparison.columns.status_rule": {"id": "Aturan status", "en": "Status rule"},
    "comparison.columns.registered": {"id": "Terdaftar", "en": "Registered"},
    "comparison.columns.active": {"id": "Aktif", "en": "Active"},
    "comparison.columns.active_per_100": {"id": "Aktif per 100", "en": "Active per 100"},
    "comparison.columns.less_active": {"id": "Kurang aktif", "en": "Less active"},
    "comparison.columns.less_active_per_100": {"id": "Kurang aktif per 100", "en": "Less active per 100"},
    "comparison.columns.inactive": {"id": "Tidak aktif", "en": "Inactive"},
    "comparison.columns.inactive_per_100": {"id": "Tidak aktif per 100", "en": "Inactive per 100"},
    "comparison.columns.not_yet_operating": {"id": "Belum beroperasi", "en": "Not yet operating"},
    "comparison.columns.not_yet_operating_per_100": {
        "id": "Belum beroperasi per 100",
        "en": "Not yet operating per 100",
    },
    "comparison.columns.unknown": {"id": "Belum diketahui", "en": "Not yet known"},
    "comparison.columns.unknown_per_100": {"id": "Belum diketahui per 100", "en": "Not yet known per 100"},
    "comparison.columns.office_status_differs": {
        "id": "Status kantor berbeda",
        "en": "Office status differs",
    },
    "comparison.reported_differs": {"id": "{n} dari {of}", "en": "{n} of {of}"},
    "comparison.no_reported_status": {"id": "tidak dicatat", "en": "not recorded"},
    "comparison.rule_note": {
        "id": "Aturan status: profil (kurang aktif / tidak aktif / calon pembubaran, dalam RAT terlewat).",
        "en": "Status rule: profile (less active / inactive / dissolution candidate, in missed RATs).",
    },
    "comparison.published": {
        "id": "Angka yang dipublikasikan dan angka registri",
        "en": "Published figures and the registry",
    },
    "comparison.published_caption": {
        "id": "Angka registri diambil dari pemutakhiran terakhir pada atau sebelum tanggal publikasi. Selisih = registri dikurangi publikasi.",
        "en": "Registry figures are from the latest snapshot on or before the publication date. Difference = registry minus published.",
    },
    "comparison.published_columns.region": {"id": "Wilayah", "en": "Region"},
    "comparison.published_columns.programme": {"id": "Program", "en": "Programme"},
    "comparison.published_columns.published_on": {"id": "Tanggal publikasi", "en": "Published on"},
    "comparison.published_columns.figure": {"id": "Angka", "en": "Figure"},
    "comparison.published_columns.published": {"id": "Dipublikasikan", "en": "Published"},
    "comparison.published_columns.registry": {"id": "Registri", "en": "Registry"},
    "comparison.published_columns.registry_snapshot": {
        "id": "Pemutakhiran registri",
        "en": "Registry snapshot",
    },
    "comparison.published_columns.difference": {"id": "Selisih", "en": "Difference"},
    "comparison.published_columns.source": {"id": "Sumber", "en": "Source"},
    "comparison.published_columns.remark": {"id": "Catatan", "en": "Remark"},
    "comparison.published_none": {
        "id": "Belum ada angka yang dipublikasikan untuk wilayah ini.",
        "en": "No published figures for these regions yet.",
    },
    "comparison.chart_lowest": {
        "id": "Grafik: {n} wilayah dengan persentase aktif terendah; tabel memuat semua.",
        "en": "Chart: the {n} regions with the lowest share active; the table has all.",
    },
    "comparison.chart": {"id": "Per 100 koperasi terdaftar", "en": "Per 100 registered cooperatives"},
    "comparison.per100": {"id": "per 100 terdaftar", "en": "per 100 registered"},
}
