"""Files no one on the project wrote, in the layouts offices and portals use (tests/office_layouts.py):
each is read right, or refused in words with nothing stored."""

from __future__ import annotations

import datetime as dt

import office_exports as ox
import office_layouts as ol
import pandas as pd
import pytest

from kopdash.ingest import published, registry
from kopdash.ingest.office_files import ImportRefused, delimiter_of


@pytest.mark.parametrize("sep_line", [False, True], ids=["plain", "sep_line"])
def test_indonesian_excels_semicolon_csv_imports_whole(tmp_path, sep_line):
    root = ox.scratch_store(tmp_path / "store")
    data = ol.excel_semicolon_csv(sep_line)
    assert data.count(b",") > data.count(b";"), "the file holds more commas than separators"
    plan = registry.plan_import(data, "koperasi.csv", ol.KAB_SERANG, ol.EXCEL_SNAPSHOT, root)
    assert (len(plan.accepted), len(plan.quarantined)) == (20, 0), plan.quarantined["reason"].tolist()
    rows = plan.accepted.set_index("nik")
    first = rows.loc["3604000000000001"]
    assert first["address"] == ol.excel_rows()[0][3]
    assert (first["assets_idr"], first["own_capital_idr"], first["members"]) == (12346.5, 1000.25, 1037)
    assert rows.loc["3604000000000005", "address"] == "Jl. Ciruas, No. 5,\nBlok A, RT 01"
    assert rows.loc["3604000000000007", "name"] == "KSP Maju; Bersama 7"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NIK;Nama;Alamat\n1;A;Jl. X, No. 1, RT 2\n2;B;Jl. Y, 3\n", ";"),
        ('NIK,Nama,Alamat\n1,"A;B;C","x;y;z"\n2,"D;E","z;w"\n', ","),
        ("NIK\tNama\tAlamat\n1\tA, B\tC; D\n", "\t"),
        ("sep=,\nNIK;Nama\n", ","),
        ("NIK;Aset\n1;12,5\n2;1.234,75\n3;7\n", ";"),
    ],
    ids=["semicolon_with_commas", "comma_with_semicolons", "tab", "excel_sep_line", "decimal_comma"],
)
def test_the_separator_is_the_one_that_splits_rows_alike(text, expected):
    assert delimiter_of(text) == expected


def test_published_figures_in_excels_semicolon_csv_are_read():
    data = (
        "kode_wilayah;nama_wilayah;judul;satuan;tahun;periode;data\r\n"
        "3604;Kabupaten Serang;Jumlah Koperasi Aktif (KUD, KSP, dan Kopwan);Unit;2021;Tahunan;612\r\n"
        "3604;Kabupaten Serang;Jumlah Koperasi Tidak Aktif, per Desember;Unit;2021;Tahunan;109\r\n"
    ).encode("cp1252")
    read = published.read_published_file(data, {ol.KAB_SERANG})
    assert sorted(zip(read.figures["metric"], read.figures["value"], strict=True)) == [
        ("aktif", 612),
        ("tidak_aktif", 109),
    ]


def test_a_saved_web_page_is_refused_with_what_to_do(tmp_path):
    root = ox.scratch_store(tmp_path / "store")
    page = b"<!DOCTYPE html><html><body><table><tr><th>NIK</th><th>Nama</th></tr></table></body></html>"
    for name in ("tabel.html", "tabel.xls"):  # portals also save a page under an Excel name
        with pytest.raises(ImportRefused, match="simpan tabel sebagai CSV atau Excel"):
            registry.plan_import(page, name, ol.KAB_SERANG, ol.EXCEL_SNAPSHOT, root)
    with pytest.raises(ImportRefused, match="simpan tabel sebagai CSV atau Excel"):
        published.read_published_file(page, {ol.KAB_SERANG}, filename="tabel.xls")


def test_english_headers_are_recognised_with_simkopdes_meanings(tmp_path):
    root = ox.scratch_store(tmp_path / "store")
    data = (
        b"legal_entity_number,name,province,district,subdistrict,village,established\n"
        b"12/BH/XI/2019,Koperasi Tani Maju,BANTEN,KAB. SERANG,Kramatwatu,Pejaten,2019-11-02\n"
    )
    plan = registry.plan_import(data, "pull.csv", ol.KAB_SERANG, ol.EXCEL_SNAPSHOT, root)
    assert plan.unused_headers == []
    row = plan.accepted.iloc[0]
    assert (row["name"], row["district"], row["village"], str(row["established_on"])) == (
        "Koperasi Tani Maju",
        "Kramatwatu",
        "Pejaten",
        "2019-11-02",
    )
    assert row["district_code"] == "36.04.05", "the kecamatan (subdistrict) matched its official code"


def test_a_dinas_list_without_dates_shows_every_cooperative_and_an_honest_unknown(tmp_path, monkeypatch):
    from kopdash.ingest import registry

    from conftest import _unescaped, app_at, kpis, text_tables

    root = ox.scratch_store(tmp_path / "store")
    plan = registry.plan_import(ol.dinas_list(), "daftar.xlsx", ol.KOTA_SERANG, ol.DINAS_LIST_DATE, root)
    assert (len(plan.accepted), len(plan.quarantined)) == (400, 0)
    assert set(plan.accepted["status"]) == {"belum_diketahui"}
    assert plan.accepted["nik"].str.startswith("BH:").all()
    registry.commit_import(plan, root)
    monkeypatch.setenv("KOPDASH_DATA_DIR", str(root))
    app = app_at("region", {"region": ol.KOTA_SERANG, "date": "2026-12-07"})
    cards = kpis(app)
    assert (cards["Terdaftar"], cards["Belum diketahui"], cards["% aktif"]) == ("400", "400", "–")
    captions = " ".join(_unescaped(c.value) for c in app.caption)
    assert (
        "400 terdaftar; 400 belum diketahui statusnya: tidak ada tahun RAT atau tanggal badan hukum"
        in captions
    )
    (by_kecamatan,) = [table for table in text_tables(app) if "Kecamatan" in table]
    key = plan.accepted["nik"].iloc[0]
    page = app_at("cooperative", {"nik": key, "region": ol.KOTA_SERANG, "date": "2026-12-07"})
    why = " ".join(_unescaped(m.value) for m in page.markdown)
    assert "Tanggal badan hukum dan tahun RAT terakhir tidak tercatat" in why, why[:300]
    unknown = dict(zip(by_kecamatan["Kecamatan"], by_kecamatan["Belum diketahui"], strict=True))
    assert unknown == {"Serang": "66", "Kasemen": "67", "Walantaka": "67", "Curug": "67",
                       "Cipocok Jaya": "67", "Taktakan": "66"}  # fmt: skip


def test_a_legal_entity_number_typed_twice_is_named_as_such(tmp_path):
    root = ox.scratch_store(tmp_path / "store")
    plan = registry.plan_import(
        ol.dinas_list(20, twice=(3,)), "daftar.xlsx", ol.KOTA_SERANG, ol.DINAS_LIST_DATE, root
    )
    assert len(plan.accepted) == 19
    assert plan.quarantined["reason_code"].tolist() == ["duplicate_legal_entity"] * 2
    assert plan.quarantined["reason"].str.contains("nomor badan hukum yang sama").all()


def test_a_bare_merah_putih_roster_adds_no_aktif_cooperative(tmp_path, monkeypatch):
    from conftest import _unescaped, app_at, kpis

    assert len(ol.kota_serang_villages()) == 67
    root = ox.scratch_store(tmp_path / "store")
    plan = registry.plan_import(
        ol.kmp_roster_bare(), "kmp.csv", ol.KOTA_SERANG, dt.date(2025, 11, 5), root,
        programme="koperasi_merah_putih",
    )  # fmt: skip
    assert plan.status_counts["aktif"] == 0 and plan.status_counts["belum_diketahui"] == 67
    registry.commit_import(plan, root)
    monkeypatch.setenv("KOPDASH_DATA_DIR", str(root))
    app = app_at("programme", {"region": ol.KOTA_SERANG, "date": "2025-11-05"})
    headline = " ".join(_unescaped(h.value) for h in app.subheader)
    assert "0 dari 67 koperasi sudah beroperasi" in headline
    assert "67 dari 67 belum ada keterangan beroperasi atau tidak" in headline
    assert kpis(app)["Belum ada keterangan"] == "67"


def _hand_summed(measure: int, year: int) -> int | None:
    """A SIPD table's region figure as an officer sums it by hand: every kecamatan of every jenis and
    owner, the jenis left blank (n/a) that year left out; None when nothing is filled."""
    values = [
        ol.sipd_value(k, o, measure, d, year)
        for k in range(len(ol.SIPD_KINDS))
        for o in range(len(ol.SIPD_OWNERS))
        for d in range(len(ol.KOTA_SERANG_DISTRICTS))
    ]
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def test_a_nested_sipd_table_gives_one_figure_per_year_and_measure_equal_to_the_hand_sums():
    read = published.read_published_file(ol.sipd_table(), {ol.KOTA_SERANG}, region=ol.KOTA_SERANG)
    got = {(str(r.as_of), r.metric): r.value for r in read.figures.itertuples()}
    expected = {
        (f"{year}-12-31", metric): _hand_summed(m, y)
        for y, year in enumerate(ol.SIPD_YEARS)
        for m, metric in enumerate(("aktif", "tidak_aktif"))
        if _hand_summed(m, y) is not None
    }
    assert got == expected and len(got) == 6, "3 filled years × 2 measures; 2019 is n/a throughout"
    assert "96 baris rincian di bawah sebuah angka (mis. per kecamatan) tidak dipakai" in " ".join(
        read.left_out
    )
    assert any("2 angka tahun tidak terisi (n/a" in line for line in read.left_out)
    assert any(
        note.startswith("2016 aktif:")
        and "Koperasi Simpan Pinjam tidak terisi (n/a); jumlah dari 3 bagian" in note
        for note in read.notes
    ), read.notes


def test_a_sipd_tables_own_total_is_its_figure_and_two_totals_are_refused():
    total = (1000, 1001, 1002, 0)
    read = published.read_published_file(ol.sipd_table(total), {ol.KOTA_SERANG}, region=ol.KOTA_SERANG)
    aktif = read.figures[read.figures["metric"] == "aktif"]
    assert aktif["value"].tolist() == [1000, 1001, 1002], "the section's own total, not the parts summed"
    twice = ol.sipd_table(total) + b"II.6;Jumlah Koperasi Aktif;Unit;Dinas;999;1001;1002;n/a\r\n"
    with pytest.raises(ImportRefused, match=r"dua nilai berbeda untuk satu angka \(aktif, 2016\)"):
        published.read_published_file(twice, {ol.KOTA_SERANG}, region=ol.KOTA_SERANG)


def test_two_values_for_one_key_are_never_stored_side_by_side():
    data = (
        b"kode_wilayah;nama_wilayah;judul;satuan;tahun;periode;data\n"
        b"3673;Kota Serang;Jumlah Koperasi Aktif;Unit;2024;Tahunan;120\n"
        b"3673;Kota Serang;Koperasi Aktif (Simpan Pinjam);Unit;2024;Tahunan;30\n"
    )
    with pytest.raises(ImportRefused, match=r"36\.73 2024-12-31 - aktif \(120, 30\)"):
        published.read_published_file(data, {ol.KOTA_SERANG})
    repeated = data.replace(
        b"Koperasi Aktif (Simpan Pinjam);Unit;2024;Tahunan;30", b"Koperasi Aktif;Unit;2024;x;120"
    )
    assert len(published.read_published_file(repeated, {ol.KOTA_SERANG}).figures) == 1, (
        "a repeated row counts once"
    )


def test_published_figures_that_do_not_add_up_are_kept_and_named(tmp_path, monkeypatch):
    from conftest import _unescaped, app_at, kopdash_command, text_tables

    root = ox.scratch_store(tmp_path / "store")
    plan = registry.plan_import(ol.excel_semicolon_csv(), "k.csv", ol.KAB_SERANG, ol.EXCEL_SNAPSHOT, root)
    registry.commit_import(plan, root)
    figures = tmp_path / "angka.csv"
    figures.write_text(
        "kode_wilayah;nama_wilayah;judul;satuan;tahun;periode;data\n"
        "3604;Kabupaten Serang;Jumlah Koperasi;Unit;2024;Tahunan;1.264\n"
        "3604;Kabupaten Serang;Jumlah Koperasi Aktif;Unit;2024;Tahunan;273\n"
        "3604;Kabupaten Serang;Jumlah Koperasi Tidak Aktif;Unit;2024;Tahunan;988\n",
        encoding="utf-8",
    )
    result = kopdash_command(root, "published", figures)
    assert result.returncode == 0, result.stderr
    assert (
        "Perhatian: Kabupaten Serang (36.04), 31 Desember 2024: tidak cocok: aktif 273 + tidak aktif 988 = "
        "1.261, padahal terdaftar 1.264 (selisih −3); disimpan sebagaimana dipublikasikan" in result.stdout
    ), result.stdout
    stored = pd.read_csv(root / "published" / "figures.csv")
    assert sorted(stored["value"]) == [273, 988, 1264], "stored as published"
    monkeypatch.setenv("KOPDASH_DATA_DIR", str(root))
    app = app_at("comparison", {"regions": ol.KAB_SERANG, "date": "2024-12-31", "bagian": "publikasi"})
    (shown,) = [table for table in text_tables(app) if "Catatan" in table]
    remarks = {_unescaped(r) for r in shown["Catatan"]}
    assert any("tidak cocok: aktif 273 + tidak aktif 988 = 1.261" in r for r in remarks), remarks


def test_the_seed_figures_add_up_and_approximate_or_partial_ones_are_never_called_contradictory():
    from kopdash.domain.published_sums import contradictions

    from conftest import ROOT

    demo = pd.read_csv(ROOT / "data" / "published" / "figures.csv", dtype={"region_code": str})
    assert contradictions(demo).empty, "Serang's 612 + 98 + 109 = 819; Solo's ~590 is approximate"
    row = {"region_code": "33.14", "as_of": "2022-10-20", "programme": None, "approximate": False}
    sragen = pd.DataFrame(
        [{**row, "metric": "registered", "value": 1200}, {**row, "metric": "aktif", "value": 228}]
    )
    assert contradictions(sragen).empty, "aktif alone is not the whole split"


@pytest.mark.parametrize(
    ("with_nik", "with_kecamatan"),
    [
        pytest.param(
            True, True, id="both", marks=pytest.mark.slow
        ),  # runs the command: its reader is a process
        pytest.param(True, False, id="nik"),
        pytest.param(False, True, id="kecamatan"),
    ],
)
def test_another_kotas_registry_is_refused_whatever_the_officer_says_it_is(
    tmp_path, with_nik, with_kecamatan
):
    from test_ingest_commit import state

    from conftest import kopdash_command

    root = ox.scratch_store(tmp_path / "store")
    registry.commit_import(
        registry.plan_import(ol.excel_semicolon_csv(), "k.csv", ol.KAB_SERANG, ol.EXCEL_SNAPSHOT, root), root
    )
    before = state(root)
    data = ol.kota_serang_registry(with_nik, with_kecamatan)
    with pytest.raises(ImportRefused) as refused:
        registry.plan_import(data, "kota.csv", ol.KAB_SERANG, ol.EXCEL_SNAPSHOT, root)
    # Every row points to Kota Serang, but by kecamatan alone Curug's 47 point nowhere (Kabupaten
    # Tangerang has a Curug too).
    rows = 284 if with_nik else 237
    assert f"berkas ini milik Kota Serang (36.73) menurut {rows} dari {rows} baris" in str(refused.value)
    assert "--partial" not in str(refused.value) and "--whole" not in str(refused.value)
    if with_nik and with_kecamatan:  # the command, told it is a part of the registry: refused all the same
        path = tmp_path / "kota.csv"
        path.write_bytes(data)
        for flag in ("--partial", "--whole"):
            result = kopdash_command(root, "ingest", path, "--region", "36.04", "--date", "2024-12-31", flag)
            assert result.returncode == 2 and "Kota Serang (36.73)" in result.stderr, result.stderr
    assert state(root) == before, "nothing written"


def test_a_nested_table_deeper_than_any_real_one_is_refused_in_words():
    rows = ["kodefikasi;komponendata;satuan;sumberdata;2024"]
    rows += [f"{'.'.join(['1'] * depth)};Jumlah Koperasi Aktif;Unit;x;{depth}" for depth in range(1, 101)]
    with pytest.raises(ImportRefused, match="kodefikasi bertingkat 21, lebih dari 20 tingkat"):
        published.read_published_file("\n".join(rows).encode(), {ol.KOTA_SERANG}, region=ol.KOTA_SERANG)


def test_a_simkopdes_district_table_gives_each_kabupaten_its_ladder_beside_the_imported_roster(
    tmp_path, monkeypatch
):
    """SIMKOPDES's table per kabupaten/kota, as exported: each count under the official code its name
    gives, as a figure of the Merah Putih programme; rat_count (0 in every row) said not filled and not
    stored; rupiah and an unknown name listed as left out; the formed count beside the roster's."""
    import shutil

    from kopdash import queries
    from kopdash.store import Store

    from conftest import ROOT, kopdash_command

    root = tmp_path / "store"
    shutil.copytree(ROOT / "data", root)
    table = tmp_path / "simkopdes_kabupaten.csv"
    table.write_bytes(ol.simkopdes_district_table())
    # A copy of the demo, which holds Kota Serang's Merah Putih roster: written to on purpose.
    undated = kopdash_command(root, "published", table, "--into-demo")
    assert undated.returncode == 2 and "tidak bertanggal" in undated.stderr, undated.stderr
    wrong = kopdash_command(root, "published", table, "--date", "2026-13-01", "--into-demo")
    assert wrong.returncode == 2 and wrong.stderr.startswith("kopdash published: tanggal '2026-13-01'"), (
        wrong.stderr
    )
    result = kopdash_command(root, "published", table, "--date", "2025-11-05", "--into-demo")
    assert result.returncode == 0, result.stderr
    assert "kolom rat_count bernilai 0 atau kosong di setiap baris: belum diisi" in result.stdout
    assert "transaction_value, simpanan_pokok_amount" in result.stdout
    assert "'KAB. ANTAH BERANTAH' (BANTEN) bukan kabupaten/kota" in result.stdout
    assert "Kabupaten Lebak (36.02)" in result.stdout  # added to the store's regions from the official list
    stored = pd.read_csv(root / "published" / "figures.csv", dtype={"region_code": str})
    simkopdes = stored[stored["source_publisher"].str.startswith("SIMKOPDES")]
    assert set(simkopdes["region_code"]) == {"36.02", ol.KOTA_SERANG}
    assert set(simkopdes["programme"]) == {"koperasi_merah_putih"}
    assert "kmp_rat" not in set(simkopdes["metric"])
    serang = simkopdes[simkopdes["region_code"] == ol.KOTA_SERANG]
    assert dict(zip(serang["metric"], serang["value"], strict=True)) == ol.SIMKOPDES_LADDER
    compared = queries.published_vs_registry(Store(root), [ol.KOTA_SERANG])
    formed = compared[
        (compared["programme"] == "koperasi_merah_putih")
        & (compared["metric"] == "registered")
        & (compared["source_publisher"].str.startswith("SIMKOPDES"))
    ]
    assert formed[["value", "registry_value"]].values.tolist() == [[67, 67]]  # the roster's 67 KMP
    # On /banding, Kota Serang's stages beside Banten's other kabupaten/kota (here Lebak: NIB 251 of 345)
    from conftest import app_at, text_tables

    monkeypatch.setenv("KOPDASH_DATA_DIR", str(root))
    app = app_at("comparison", {"regions": ol.KOTA_SERANG, "date": "2025-11-05", "bagian": "tahapan"})
    (stages,) = [table for table in text_tables(app) if "Tahap" in table]
    nib = list(stages["Tahap"]).index("punya NIB")
    assert [stages[c][nib] for c in stages if c != "Tahap"] == ["49", "73,1%", "72,9%", "1 dari 2"]


def test_every_official_kabupaten_and_kota_is_found_by_the_name_simkopdes_gives_it():
    from kopdash.domain import wilayah
    from kopdash.ingest.region_check import regency_code

    regions = wilayah.regions()
    assert len(regions) == 514
    for region in regions:
        upper = region.name.upper()
        written = "KAB. " + upper.removeprefix("KABUPATEN ") if region.kind == "kabupaten" else upper
        assert regency_code(written, region.province.upper()) == region.code, written


def test_a_simkopdes_table_per_province_is_refused_saying_which_table_to_use():
    with pytest.raises(ImportRefused, match="unduh tabel per kabupaten/kota"):
        published.read_published_file(
            ol.simkopdes_province_table(), {ol.KOTA_SERANG}, as_of=dt.date(2026, 8, 31)
        )


def test_a_kabupatens_merah_putih_stages_stand_beside_its_provinces_median_and_rank():
    """Of SIMKOPDES's figures per kabupaten/kota: each stage's share of those formed, the median share of
    the province's kabupaten/kota and the region's rank among them; another province is not a peer."""
    from kopdash.present.comparison import ladder_against_province

    published = [  # region, formed, with NIB, with RAT
        ("36.01", 100, 50, 10),
        ("36.02", 200, 150, 0),
        ("36.73", 50, 40, 5),
        ("33.14", 100, 99, 99),  # Jawa Tengah: far ahead, and no peer of Banten's
    ]
    rows = []
    for region, formed, nib, rat in published:
        for metric, value in (("registered", formed), ("kmp_nib", nib), ("kmp_rat", rat)):
            rows.append((region, region[:2], metric, value))
    ladder = pd.DataFrame(rows, columns=["region_code", "province_code", "metric", "value"])
    table = ladder_against_province(ladder, "36.73", "id")
    assert table.values.tolist() == [
        ["terdaftar", "50", "–", "–", "–"],
        ["punya NIB", "40", "80,0%", "75,0%", "1 dari 3"],  # 50%, 75%, 80%: the median 75
        ["sudah RAT", "5", "10,0%", "10,0%", "1 dari 3"],  # 10%, 0%, 10%: a tie shares rank 1
    ]
    assert list(table.columns) == [
        "Tahap",
        "Jumlah",
        "% dari terbentuk",
        "Median provinsi",
        "Peringkat di provinsi",
    ]
    assert ladder_against_province(ladder, "36.04", "id") is None  # no figures for it
