import re

"""AppTest over every page: no exception, the right numbers as text, bad URL values explained."""

import datetime as dt
import json

import pytest
from streamlit.testing.v1 import AppTest

from kopdash.domain import schema
from kopdash.domain.pages import PAGES as REGISTRY
from kopdash.present.tables import as_markdown_text

from conftest import ROOT, app_at, kpis, page_script, text_tables

# Every page of the registry a person can navigate to (presentation mode has tests of its own).
PAGES = [page.script for page in REGISTRY if page.in_navigation]


def run_app(params: dict | None = None, page: str | None = None) -> AppTest:
    return app_at(page, params)


def table_with(app: AppTest, column: str):
    """The first static table on the page that has `column` among its headers."""
    return next(table for table in text_tables(app) if column in table.columns)


def table_text(app: AppTest) -> str:
    return "\n".join(str(table.to_dict()) for table in text_tables(app))


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_without_exception(page):
    # One run per page, in English and looking back (the Indonesian pages at the newest date are opened
    # by most other tests of this file, test_access.py and test_hostile.py).
    app = run_app({"date": "2021-07-18", "lang": "en"}, page)
    assert app.title, "every page has a title"
    assert app.query_params["lang"] == "en" and app.query_params["date"] == "2021-07-18"


def test_overview_on_the_serang_article_date_shows_819_and_612():
    app = run_app({"date": "2021-07-18", "bagian": "tabel"})
    overview = table_with(app, "Wilayah")
    serang = overview[overview["Wilayah"] == "Kabupaten Serang"].iloc[0]
    assert (serang["Terdaftar"], serang["Aktif"], serang["Kurang aktif"], serang["Tidak aktif"]) == (
        "819",
        "612",
        "98",
        "109",
    )
    assert serang["Tanggal pemutakhiran"] == "18 Jul 2021"
    assert app.query_params["date"] == "2021-07-18"


def test_overview_kpis_sum_the_regions_at_their_own_dates():
    app = run_app({"date": "2021-07-18"})
    metrics = kpis(app)
    # 819 + 1.239 + 1.357 + 169 + 590 registered across the five regions' snapshots on or before that date.
    assert metrics["Terdaftar"] == "4.174"
    assert metrics["Aktif"] == "2.173"


def test_overview_defaults_to_the_latest_snapshots_and_writes_the_date_into_the_url():
    app = run_app({"bagian": "tabel"})
    assert app.query_params["date"] == "2025-12-31"
    assert "31 Des 2025" in table_text(app)
    assert "5 Nov 2025" in table_text(app)  # Kota Serang reports on another date


@pytest.mark.parametrize("bad", ["2021-13-45", "kemarin", "1800-01-01", "2021-07-18' OR 1=1 --"])
def test_a_malformed_date_gets_a_message_in_words_and_the_latest_data(bad):
    app = run_app({"date": bad})
    assert any("tidak dikenali" in w.value for w in app.warning)
    assert app.query_params["date"] == "2025-12-31"


def test_an_unknown_region_in_the_url_is_named_and_ignored():
    app = run_app({"regions": "36.04,99.99", "bagian": "tabel"})
    assert any("99.99" in w.value for w in app.warning)
    overview = table_with(app, "Wilayah")
    assert list(overview["Wilayah"]) == ["Kabupaten Serang"]


def regions_fields(app: AppTest) -> list:
    return [field for field in app.sidebar.pills if field.key == "regions"]


def test_the_regions_field_is_on_the_pages_that_read_it_and_the_choice_survives_the_others():
    # Only pages that read the sidebar's regions draw the field; the registry says which, and says it
    # truly: a page whose script reads state.regions has the field, and no other page does.
    for page in REGISTRY:
        reads = "state.regions" in (ROOT / page.script).read_text()
        assert page.regions_field == reads, page.name
    app = run_app({"regions": "36.04", "date": "2025-11-05"})
    assert [field.value for field in regions_fields(app)] == [["36.04"]]
    # (AppTest shows no sidebar after a page switch: the fields themselves are checked in Chromium)
    app.switch_page(page_script("region")).run()
    assert not app.exception
    assert app.query_params["regions"] == "36.04"  # kept in the URL for the pages that read it
    app.switch_page(page_script("comparison")).run()
    assert list(table_with(app, "Wilayah")["Wilayah"]) == ["Kabupaten Serang"]


def test_a_few_regions_are_buttons_and_many_a_searchable_list():
    def field(count: int) -> AppTest:
        def script(count: int) -> None:
            import streamlit as st

            from kopdash.ui import urlstate

            codes = [f"{n:02d}.01" for n in range(count)]
            chosen = urlstate.multiselect(
                "regions", "Wilayah", codes, "id", [], container=st, as_buttons=True
            )
            st.write(chosen)

        app = AppTest.from_function(script, args=(count,), default_timeout=30)
        app.query_params["regions"] = "01.01"
        return app.run()

    few, many = field(8), field(9)
    assert [p.value for p in few.pills] == [["01.01"]] and not few.multiselect
    assert [m.value for m in many.multiselect] == [["01.01"]] and not many.pills
    few.pills[0].set_value([]).run()  # every button off: every region, said in words
    assert "regions" not in few.query_params and few.caption[0].value == "Semua"


def test_a_drill_down_choice_is_buttons_for_a_few_names_kept_as_text_and_a_list_for_many():
    def choice(count: int) -> AppTest:
        def script(count: int) -> None:
            import streamlit as st

            from kopdash.ui import widgets

            names = {f"{n:02d}.01": f"Kab. *Contoh* {n}" for n in range(count)}
            st.write(widgets.open_choice(names, "Buka halaman wilayah", "open_region", "id"))

        return AppTest.from_function(script, args=(count,), default_timeout=30).run()

    few, many = choice(8), choice(9)
    assert not few.selectbox and not many.pills
    buttons = few.pills[0]
    assert buttons.value is None, "nothing chosen until clicked"
    # A label is Markdown: the name's asterisks are escaped, so it reads as written, not in italics.
    assert buttons.options[0] == r"Kab\. \*Contoh\* 0"
    assert buttons.set_value("03.01").run().markdown[0].value == "03.01"
    listed = many.selectbox[0]
    assert listed.value is None and listed.options[0] == "Kab. *Contoh* 0", "a list's options are text"
    assert listed.select("08.01").run().markdown[0].value == "08.01"


def test_the_overview_opens_on_the_table_with_a_button_per_region():
    app = run_app({"date": "2025-11-05"})
    assert app.button_group(key="bagian").value == "tabel" and not app.get("plotly_chart")
    regions = table_with(app, "Wilayah")["Wilayah"].tolist()
    offered = next(p for p in app.pills if p.key == "overview_open_region")
    assert offered.options == [as_markdown_text(name) for name in regions] and len(regions) == 5


def test_the_region_page_opens_on_its_table_by_kecamatan_and_the_chart_is_a_part():
    table = run_app({"region": "36.73", "date": "2025-11-05"}, page=page_script("region"))
    assert table.button_group(key="bagian").value == "tempat" and not table.get("plotly_chart")
    by_kecamatan = table_with(table, "Belum beroperasi")
    assert by_kecamatan["Belum beroperasi"].astype(int).sum() == 62  # Kota Serang's new Merah Putih
    chart = run_app({"region": "36.73", "date": "2025-11-05", "bagian": "grafik"}, page=page_script("region"))
    (bars,) = chart.get("plotly_chart")
    drawn = json.loads(bars.proto.spec)["data"][0]["y"]
    assert drawn == list(by_kecamatan["Kecamatan"]), "the same kecamatan in the same order"


def test_the_village_field_appears_once_a_kecamatan_is_open():
    def village_fields(app):
        return [field for field in app.selectbox if field.key == "desa"]

    whole = run_app({"region": "36.04", "date": "2025-11-05"}, page=page_script("region"))
    assert village_fields(whole) == []
    kecamatan = run_app(
        {"region": "36.04", "kecamatan": "Cikande", "date": "2025-11-05"}, page=page_script("region")
    )
    assert len(village_fields(kecamatan)) == 1 and len(village_fields(kecamatan)[0].options) > 1
    stray = run_app({"region": "36.04", "desa": "Nowhere", "date": "2025-11-05"}, page=page_script("region"))
    assert any("Nowhere" in w.value for w in stray.warning)  # a village without its kecamatan is named


def test_the_as_of_field_offers_the_stored_dates_and_a_linked_date_in_its_place():
    from kopdash import queries
    from kopdash.store import Store

    stored = list(queries.snapshot_dates(Store())["snapshot_date"].dt.date)
    app = run_app({"date": "2021-07-20"})  # two days after an article: no region reported that day
    field = next(box for box in app.sidebar.selectbox if box.key == "date")
    assert field.value == dt.date(2021, 7, 20)
    offered = list(field.options)
    assert len(offered) == len(stored) + 1 and offered[0].startswith("31 Desember 2025 · 4 wilayah")
    assert "5 November 2025 · Kota Serang" in offered
    assert offered.index("20 Juli 2021") == offered.index("18 Juli 2021 · Kabupaten Serang") - 1
    # Choosing a stored date applies it and writes it into the URL; the linked date is no longer offered.
    field.set_value(dt.date(2021, 7, 18)).run()
    assert app.query_params["date"] == "2021-07-18"
    assert len(next(box for box in app.sidebar.selectbox if box.key == "date").options) == len(stored)
    assert kpis(app)["Terdaftar"] == "4.174"  # the same figures as on the article's own date


def test_a_date_before_every_snapshot_says_so():
    app = run_app({"date": "2017-01-01"})
    assert any("Belum ada pemutakhiran" in w.value for w in app.warning)


def test_english_switch_changes_every_heading():
    app = run_app({"lang": "en", "date": "2021-07-18", "bagian": "tabel"})
    assert app.title[0].value == "Cooperative status overview"
    assert "Registered" in table_with(app, "Region").columns
    assert app.query_params["lang"] == "en"


def test_about_page_lists_rule_profiles_of_every_region():
    app = run_app(page=page_script("about"))
    profiles = text_tables(app)[0]
    assert len(profiles) == 5
    tangerang = profiles[profiles["Wilayah"] == "Kabupaten Tangerang"].iloc[0]
    assert tangerang["Calon pembubaran setelah"] == "5 RAT terlewat"
    assert tangerang["Profil"].replace("\\", "") == "Tangerang: pembubaran setelah 5 tahun"  # Markdown
    serang = profiles[profiles["Wilayah"] == "Kabupaten Serang"].iloc[0]
    assert (serang["Profil"].replace("\\", ""), serang["Kurang aktif setelah"]) == (
        "Permenkop 9/2018",
        "1 RAT terlewat",
    )
    assert not profiles["Profil"].str.contains("_").any()  # names, not the store's codes (permenkop_9_2018)


def test_a_new_snapshot_shows_on_the_next_run_without_a_restart(tmp_path, monkeypatch):
    from conftest import ALPHA_2021, build_tiny_store, write_rows

    root = build_tiny_store(tmp_path / "store")
    monkeypatch.setenv("KOPDASH_DATA_DIR", str(root))
    app = run_app({"date": "2023-01-01", "bagian": "tabel"})
    alpha = table_with(app, "Wilayah").set_index("Wilayah").loc["Kabupaten Alpha"]
    assert (alpha["Tanggal pemutakhiran"], alpha["Aktif"]) == ("31 Des 2021", "2")
    write_rows(root, "11.01", __import__("datetime").date(2022, 12, 31), ALPHA_2021[:3], "permenkop_9_2018")
    app.run()
    alpha = table_with(app, "Wilayah").set_index("Wilayah").loc["Kabupaten Alpha"]
    assert (alpha["Tanggal pemutakhiran"], alpha["Terdaftar"]) == ("31 Des 2022", "3")
    assert not any("Data demo" in info.value for info in app.info), "a real store is not called a demo"


def test_import_page_previews_then_saves_only_on_confirm(tmp_path, monkeypatch):
    import office_exports as ox

    root = ox.scratch_store(tmp_path / "store")
    monkeypatch.setenv("KOPDASH_DATA_DIR", str(root))
    app = run_app(page=page_script("importing"))
    app.selectbox(key="import_region").set_value(ox.REGION)
    app.date_input(key="import_date").set_value(ox.SNAPSHOT)
    app.file_uploader(key="import_file").set_value(("ekspor.csv", ox.csv_bytes(), "text/csv"))
    app.run()
    assert not app.exception
    metrics = kpis(app)
    assert metrics == {"Baris data": "14", "Diterima": "6", "Dikarantina": "8"}
    mapping = text_tables(app)[0]
    assert dict(zip(mapping["Kolom di file"], mapping["Dipakai sebagai"], strict=True))["Kec"] == "Kecamatan"
    statuses = text_tables(app)[1].set_index("Status")
    assert statuses.loc["Aktif", "Pemutakhiran ini"] == "3"
    assert len(app.get("download_button")) == 2
    assert not (root / "registry").exists(), "nothing is written before Save"
    app.button(key="import_confirm").click()
    app.run()
    assert any("Tersimpan" in s.value for s in app.success)
    assert (root / schema.snapshot_path(ox.REGION, ox.SNAPSHOT)).exists()


def test_the_quarantine_grid_shows_a_dash_for_a_missing_cell_never_none(tmp_path, monkeypatch):
    """A row shorter than the header (its last cells missing) is quarantined with every cell it had; the
    grid on the page shows the missing ones as a dash, as every other list does."""
    import office_exports as ox

    root = ox.scratch_store(tmp_path / "store")
    monkeypatch.setenv("KOPDASH_DATA_DIR", str(root))
    export = (
        b"NIK;Nama Koperasi;Kecamatan;Kelurahan;Tanggal Badan Hukum;RAT Terakhir\n"
        b"3603000000000001;KSP A;Cikupa;Bitung Jaya;01/01/2010;2023\n"
        b"12345;Pendek\n"
    )
    app = run_app(page=page_script("importing"))
    app.selectbox(key="import_region").set_value(ox.REGION)
    app.date_input(key="import_date").set_value(ox.SNAPSHOT)
    app.file_uploader(key="import_file").set_value(("pendek.csv", export, "text/csv"))
    app.run()
    quarantine = app.dataframe[-1].value.set_index("Nama Koperasi")
    assert quarantine.loc["Pendek", ["Kecamatan", "Kelurahan", "RAT Terakhir"]].tolist() == ["–", "–", "–"]
    assert not quarantine.isna().to_numpy().any()


def test_import_page_refuses_an_unusable_file_in_words(tmp_path, monkeypatch):
    import office_exports as ox

    monkeypatch.setenv("KOPDASH_DATA_DIR", str(ox.scratch_store(tmp_path / "store")))
    app = run_app(page=page_script("importing"))
    app.file_uploader(key="import_file").set_value(("daftar.csv", b"Nama;Kecamatan\nA;B\n", "text/csv"))
    app.run()
    assert any("tidak dapat diimpor" in e.value and "kolom NIK" in e.value for e in app.error)


# -- drill-down pages opened from their URLs ------------------------------------------------------------
def test_region_page_from_its_url_shows_serangs_published_figures():
    app = run_app({"region": "36.04", "date": "2021-07-18"}, page=page_script("region"))
    assert app.title[0].value == "Kabupaten Serang"
    assert (kpis(app)["Terdaftar"], kpis(app)["Aktif"], kpis(app)["Tidak aktif"]) == (
        "819",
        "612",
        "109",
    )
    opened_on = [table.columns for table in text_tables(app)]
    assert not app.dataframe and not any("RAT dilaksanakan" in c for c in opened_on), "opens on key numbers"
    rat = run_app({"region": "36.04", "date": "2021-07-18", "bagian": "rat"}, page=page_script("region"))
    whole = table_with(rat, "RAT dilaksanakan").iloc[-1]
    assert whole["Terdaftar"] == "819" and whole["Aktif"] == "612"
    listed = run_app(
        {"region": "36.04", "date": "2021-07-18", "bagian": "daftar"}, page=page_script("region")
    )
    assert len(listed.dataframe[0].value) == 833  # 819 registered and 14 dissolved
    # The phone's cards (shown below 768 px instead of the grid): the same list, 20 at a time.
    records = [b for b in listed.button if b.label == "Catat kontak"]
    assert len(records) == 20 and [b.label for b in listed.button][-1] == "Tampilkan 20 lagi"
    first_name = listed.dataframe[0].value.iloc[0]["Nama koperasi"]
    assert any(m.value.startswith(f"**{first_name}**") for m in listed.markdown)


def test_region_page_drills_into_a_kecamatan_and_filters_the_list_from_the_url():
    app = run_app(
        {
            "region": "36.04",
            "date": "2021-07-18",
            "kecamatan": "Cikande",
            "status": "tidak_aktif",
            "sort": "last_rat",
        },
        page=page_script("region"),
    )
    assert any("Cikande" in h.value for h in app.subheader)
    listing = app.dataframe[0].value
    assert set(listing["Kecamatan"]) == {"Cikande"} and set(listing["Status"]) == {"Tidak aktif"}
    assert list(listing["Tahun RAT terakhir"]) == sorted(listing["Tahun RAT terakhir"])
    assert app.query_params["kecamatan"] == "Cikande" and app.query_params["status"] == "tidak_aktif"


def test_sragens_rat_compliance_shows_228_aktif_and_170_reported():
    app = run_app({"region": "33.14", "date": "2022-10-20", "bagian": "rat"}, page=page_script("region"))
    whole = table_with(app, "RAT dilaksanakan").iloc[-1]
    assert (whole["Aktif"], whole["Aktif & RAT dilaporkan"]) == ("228", "170")


@pytest.mark.parametrize(
    "params, words",
    [
        ({"region": "99.99"}, "99.99"),
        ({"region": "36.04", "kecamatan": "<script>alert(1)</script>"}, "<script>alert(1)</script>"),
        ({"region": "36.04", "status": "hidup"}, "hidup"),
        ({"region": "36.04", "sort": "name; DROP TABLE registry"}, "DROP TABLE"),
    ],
)
def test_region_page_names_unusable_url_values_and_offers_the_way_back(params, words):
    app = run_app(params, page=page_script("region"))
    assert any(words in w.value for w in app.warning)
    back = [link.proto for link in app.get("page_link") if link.proto.label == "Kembali ke ringkasan"]
    assert back and "date=" in back[0].query_string  # the way back keeps the date
    assert app.title[0].value  # and still shows a region


def test_programme_page_tells_the_mayor_5_of_67():
    app = run_app(
        {"programme": "koperasi_merah_putih", "region": "36.73", "date": "2025-11-05"},
        page=page_script("programme"),
    )
    assert app.title[0].value == "Koperasi Merah Putih di Kota Serang"
    assert app.subheader[0].value.startswith("5 dari 67 koperasi sudah beroperasi (7,5%)")
    assert (kpis(app)["Terbentuk"], kpis(app)["Beroperasi"]) == ("67", "5")
    # The places behind the number, in one sentence (the kecamatan with the most; a tie by name)
    said = r"62 belum beroperasi; terbanyak di Taktakan 12, Walantaka 12, Serang 11\."
    assert said in [m.value for m in app.markdown]
    assert len(app.get("plotly_chart")) == 2, "the first view: the funnel and the months waiting"
    app.button_group(key="bagian").set_value("kecamatan").run()
    (chart,) = app.get("plotly_chart")
    operating, waiting = (sum(map(int, bars["text"])) for bars in json.loads(chart.proto.spec)["data"])
    assert (operating, operating + waiting) == (5, 67), "every kecamatan's bars add up to the KPIs"
    app.button_group(key="bagian").set_value("panggil").run()  # the mayor's click on "Pengurus yang…"
    summon = app.dataframe[0].value
    assert len(summon) == 62 and set(summon["Beroperasi"]) == {"Tidak"}
    assert "Pengurus yang perlu dipanggil: 62" in [s.value for s in app.subheader]  # the list says its count


def test_programme_page_before_the_first_roster_names_what_is_missing_and_opens_its_first_date():
    """Kota Serang has registry snapshots since 2018; its Merah Putih list starts on 5 June 2025. Before
    that the page says the list is missing (not the registry) and opens the list's first date in a click."""
    app = run_app(
        {"programme": "koperasi_merah_putih", "region": "36.73", "date": "2024-12-31"},
        page=page_script("programme"),
    )
    said = (
        "Kota Serang belum punya daftar Koperasi Merah Putih pada atau sebelum 31 Desember 2024: daftar "
        "pertamanya 5 Juni 2025. Data registri wilayah ini ada"
    )
    assert any(w.value.startswith(said) for w in app.warning), [w.value for w in app.warning]
    app.button(key="open_first").click().run()
    assert app.query_params["date"] == "2025-06-05"
    assert app.subheader[0].value.startswith("0 dari 12 koperasi sudah beroperasi")


def test_programme_page_names_an_unknown_programme():
    app = run_app({"programme": "desa_ajaib"}, page=page_script("programme"))
    assert any("desa_ajaib" in w.value for w in app.warning)


def test_cooperative_page_explains_its_status_in_words():
    from kopdash.store import Store

    nik = (
        Store()
        .query(
            "SELECT nik FROM registry WHERE snapshot_date = DATE '2021-07-18' AND region_code = '36.04'"
            " AND status = 'tidak_aktif' AND last_rat_year IS NOT NULL ORDER BY nik LIMIT 1"
        )
        .iloc[0, 0]
    )
    app = run_app({"nik": nik, "date": "2021-07-18"}, page=page_script("cooperative"))
    assert app.subheader[0].value == "Status pada 18 Juli 2021: Tidak aktif"
    why = next(m.value for m in app.markdown if m.value.startswith("**Mengapa:**"))
    assert "belum dilaksanakan, jadi tidak aktif" in why
    assert len(text_tables(app)[1]) == 9  # one row per snapshot of Kabupaten Serang


@pytest.mark.parametrize(
    "nik, words", [("abc", "bukan 13 atau 16 digit"), ("1234567890123456", "Tidak ada koperasi")]
)
def test_cooperative_page_refuses_a_bad_or_unknown_nik_in_words(nik, words):
    app = run_app({"nik": nik}, page=page_script("cooperative"))
    assert any(words in w.value for w in app.warning)


def test_comparison_page_shows_per_100_and_warns_when_dates_are_far_apart(tmp_path, monkeypatch):
    from conftest import ALPHA_2020, build_tiny_store, write_rows

    root = build_tiny_store(tmp_path / "store")
    write_rows(root, "11.02", __import__("datetime").date(2019, 6, 30), ALPHA_2020[:2], "lima_tahun")
    app = run_app({"date": "2020-12-31"}, page=page_script("comparison"))  # the demo: dates within a year
    assert not any("lebih dari setahun" in w.value for w in app.warning)
    table = text_tables(app)[0].set_index("Wilayah")
    assert table.loc["Kabupaten Serang", "Aktif per 100"] == "67,9"
    monkeypatch.setenv("KOPDASH_DATA_DIR", str(root))
    app = run_app({"date": "2021-01-01"}, page=page_script("comparison"))
    assert any("lebih dari setahun" in w.value for w in app.warning)


def test_transitions_page_shows_tangerangs_revivals_and_the_list_behind_a_count():
    app = run_app(
        {"region": "36.03", "dari": "2018-03-31", "sampai": "2018-09-04", "pindah": "tidak_aktif.aktif"},
        page=page_script("transitions"),
    )
    summary = app.subheader[0].value
    assert summary.startswith("Antara 31 Maret 2018 dan 4 September 2018: 199 bangkit kembali")
    counts = app.dataframe[0].value
    assert (
        counts[(counts["Dari"] == "Tidak aktif") & (counts["Menjadi"] == "Aktif")]["Koperasi"].iloc[0] == 160
    )
    assert any(h.value == "Tidak aktif → Aktif: 160 koperasi" for h in app.subheader)
    assert len(app.dataframe[1].value) == 160


def test_transitions_page_names_an_unknown_snapshot_date():
    app = run_app({"region": "36.03", "sampai": "2018-02-30"}, page=page_script("transitions"))
    assert any("2018-02-30" in w.value for w in app.warning)


def test_early_warning_opens_on_a_shortlist_of_kabupaten_serang_at_the_year_end():
    """31 December: nobody has held the RAT of the year just closed, so the rule flags 737 of them; the
    page opens on 20, each with its reason, and says how many of the rest were never late. No programme
    cooperatives here: no months field."""
    app = run_app({"region": "36.04", "date": "2025-12-31"}, page=page_script("early_warning"))
    shown = app.dataframe[0].value
    assert len(shown) == 20 and shown["Tanda risiko dari riwayatnya"].str.len().min() > 0
    said = " ".join(c.value for c in app.caption)
    assert "Ditampilkan 20 dari 737 yang paling mendesak" in said
    never = re.search(
        r"717 lainnya juga menunggu RAT tahun buku 2025 \(tenggat 30 Juni 2026\); ([\d.]+) di", said
    )
    assert never and 0 < int(never.group(1).replace(".", "")) <= 717, said
    assert not [w for w in app.number_input if w.key == "bulan"], "no programme here: no months field"


def test_early_warning_page_lists_calls_for_kota_serang(offered_tables):
    import csv
    import io

    from kopdash.present import downloads

    app = run_app({"region": "36.73", "date": "2025-11-05"}, page=page_script("early_warning"))
    summary = text_tables(app)[0].set_index("Peringatan")["Koperasi"].to_dict()
    assert summary == {
        "Menjadi calon pembubaran": "23",
        "Turun menjadi tidak aktif": "32",
        "Turun menjadi kurang aktif": "163",
    }
    # The page opens on the 20 most urgent of the region, says why the other 198 can wait, shows all of
    # them on request; the download has all 218.
    shown = app.dataframe[0].value
    assert len(shown) == 20 and set(shown["Peringatan"]) == {"Menjadi calon pembubaran"}
    said = " ".join(c.value for c in app.caption)
    assert "Ditampilkan 20 dari 218 yang paling mendesak" in said
    assert "198 lainnya juga menunggu RAT tahun buku 2025 (tenggat 30 Juni 2026)" in said
    assert app.number_input(key="bulan").value == 3, "programme cooperatives here: the months field"
    app.toggle(key="semua").set_value(True).run()
    assert len(app.dataframe[0].value) == 218
    full_list = offered_tables[-1][0]
    rows = list(
        csv.DictReader(io.StringIO(downloads.csv_bytes(full_list).decode("utf-8-sig")), delimiter=";")
    )
    assert len(rows) == 218
    kmp = [r for r in rows if r["Nama koperasi"].startswith("Koperasi Kelurahan Merah Putih")]
    assert len(kmp) == 67  # all owe their first RAT (fiscal year 2025) by 30 June 2026
    assert sum("Belum beroperasi" in r["Bila tidak ada tindakan"] for r in kmp) == 62  # and 62 are idle
    assert len(app.get("download_button")) == 2


def test_early_warning_page_filters_by_warning_from_the_url():
    app = run_app(
        {"region": "36.73", "date": "2025-11-05", "peringatan": "becomes_candidate"},
        page=page_script("early_warning"),
    )
    assert text_tables(app)[0].set_index("Peringatan")["Koperasi"].to_dict() == {
        "Menjadi calon pembubaran": "23"
    }
    assert len(app.dataframe[0].value) == 20
    app.toggle(key="semua").set_value(True).run()
    assert len(app.dataframe[0].value) == 23


def test_the_demo_sources_are_written_only_once_opened():
    app = run_app({"date": "2025-11-05"})
    sources = [e for e in app.expander if e.label == "Sumber kalibrasi"]
    assert sources and not [m for m in sources[0].markdown], "folded: nothing sent"
    app.session_state["demo_sources"] = True  # what a click on the fold does
    app.run()
    lines = [m.value for m in next(e for e in app.expander if e.label == "Sumber kalibrasi").markdown]
    serang = [line for line in lines if "Kabupaten Serang" in line]
    assert serang and "819" in serang[0] and "612" in serang[0]


def test_comparison_page_opens_on_the_table_and_keeps_published_figures_in_a_part():
    app = run_app({"date": "2021-07-18"}, page=page_script("comparison"))
    assert len(text_tables(app)) == 1 and app.get("plotly_chart"), "the table and the per-100 chart"
    app = run_app({"date": "2021-07-18", "bagian": "publikasi"}, page=page_script("comparison"))
    against = text_tables(app)[1]
    serang = against[against.apply(lambda row: "Kabupaten Serang" in " ".join(map(str, row)), axis=1)]
    assert not serang.empty and "819" in " ".join(map(str, serang.values.ravel()))
    assert app.query_params["bagian"] == "publikasi"


def test_an_unknown_part_in_a_link_is_named_and_the_first_part_shown():
    app = run_app({"date": "2025-11-05", "bagian": "grafik<script>"})
    assert "Nilai “grafik<script>” di alamat tidak dikenal dan diabaikan." in [w.value for w in app.warning]
    assert app.button_group(key="bagian").value == "tabel", "the overview's first part"
    assert not app.get("plotly_chart"), "the table, not the chart"
    assert any("Kota Serang" in " ".join(map(str, table.values.ravel())) for table in text_tables(app))
    assert app.query_params["bagian"] == "tabel", "the address now names the part shown"


def test_the_region_chosen_on_one_page_is_the_region_of_the_next():
    """Program → Peta → Ringkasan → Intervensi → Wilayah: the region chosen on the programme page stays
    chosen (and in the address) on every page that asks for one, through a page that does not."""
    app = app_at("programme", {"region": "36.73", "programme": "koperasi_merah_putih"})
    for page in ("map", "overview", "interventions", "region"):
        app.switch_page(page_script(page))
        app.run()
        assert not app.exception, [e.value for e in app.exception]
        if page != "overview":
            assert app.selectbox(key="region").value == "36.73", page
            assert app.query_params["region"] in ("36.73", ["36.73"]), page  # kept in the address
    app.selectbox(key="region").set_value("33.14").run()  # chosen anew on the region page
    app.switch_page(page_script("early_warning"))
    app.run()
    assert app.selectbox(key="region").value == "33.14"
