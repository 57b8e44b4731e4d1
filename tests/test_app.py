"""AppTest over every page: no exception, the right numbers as text, bad URL values explained."""

import pytest
from streamlit.testing.v1 import AppTest

from kopdash import schema

from conftest import ROOT

PAGES = ["pages/ringkasan.py", "pages/impor.py", "pages/tentang.py"]


def run_app(params: dict | None = None, page: str | None = None) -> AppTest:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in (params or {}).items():
        app.query_params[key] = value
    app.run()
    if page:
        app.switch_page(page)
        app.run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def table_text(app: AppTest) -> str:
    return "\n".join(str(table.value.to_dict()) for table in app.table)


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("params", [{}, {"date": "2021-07-18"}, {"lang": "en"}])
def test_every_page_renders_without_exception(page, params):
    app = run_app(params, page)
    assert app.title, "every page has a title"


def test_overview_on_the_serang_article_date_shows_819_and_612():
    app = run_app({"date": "2021-07-18"})
    overview = app.table[0].value
    serang = overview[overview["Wilayah"] == "Kabupaten Serang"].iloc[0]
    assert (serang["Terdaftar"], serang["Aktif"], serang["Kurang aktif"], serang["Tidak aktif"]) == (
        "819",
        "612",
        "98",
        "109",
    )
    assert serang["Tanggal snapshot"] == "18 Jul 2021"
    assert app.query_params["date"] == "2021-07-18"


def test_overview_kpis_sum_the_regions_at_their_own_dates():
    app = run_app({"date": "2021-07-18"})
    metrics = {m.label: m.value for m in app.metric}
    # 819 + 1.239 + 1.357 + 169 + 590 registered across the five regions' snapshots on or before that date.
    assert metrics["Terdaftar"] == "4.174"
    assert metrics["Aktif"] == "2.173"


def test_overview_defaults_to_the_latest_snapshots_and_writes_the_date_into_the_url():
    app = run_app()
    assert app.query_params["date"] == "2025-12-31"
    assert "31 Des 2025" in table_text(app)
    assert "5 Nov 2025" in table_text(app)  # Kota Serang reports on another date


@pytest.mark.parametrize("bad", ["2021-13-45", "kemarin", "1800-01-01", "2021-07-18' OR 1=1 --"])
def test_a_malformed_date_gets_a_message_in_words_and_the_latest_data(bad):
    app = run_app({"date": bad})
    assert any("tidak dikenali" in w.value for w in app.warning)
    assert app.query_params["date"] == "2025-12-31"


def test_an_unknown_region_in_the_url_is_named_and_ignored():
    app = run_app({"regions": "36.04,99.99"})
    assert any("99.99" in w.value for w in app.warning)
    overview = app.table[0].value
    assert list(overview["Wilayah"]) == ["Kabupaten Serang"]


def test_a_date_before_every_snapshot_says_so():
    app = run_app({"date": "2017-01-01"})
    assert any("Belum ada snapshot" in w.value for w in app.warning)


def test_english_switch_changes_every_heading():
    app = run_app({"lang": "en", "date": "2021-07-18"})
    assert app.title[0].value == "Cooperative status overview"
    assert "Registered" in app.table[0].value.columns
    assert app.query_params["lang"] == "en"


def test_about_page_lists_rule_profiles_of_every_region():
    app = run_app(page="pages/tentang.py")
    profiles = app.table[0].value
    assert len(profiles) == 5
    tangerang = profiles[profiles["Wilayah"] == "Kabupaten Tangerang"].iloc[0]
    assert tangerang["Calon pembubaran setelah"] == "5"


def test_a_new_snapshot_shows_on_the_next_run_without_a_restart(tmp_path, monkeypatch):
    from conftest import ALPHA_2021, build_tiny_store, write_rows

    root = build_tiny_store(tmp_path / "store")
    monkeypatch.setenv("KOPDASH_DATA_DIR", str(root))
    app = run_app({"date": "2023-01-01"})
    alpha = app.table[0].value.set_index("Wilayah").loc["Kabupaten Alpha"]
    assert (alpha["Tanggal snapshot"], alpha["Aktif"]) == ("31 Des 2021", "2")
    write_rows(root, "11.01", __import__("datetime").date(2022, 12, 31), ALPHA_2021[:3], "permenkop_9_2018")
    app.run()
    alpha = app.table[0].value.set_index("Wilayah").loc["Kabupaten Alpha"]
    assert (alpha["Tanggal snapshot"], alpha["Terdaftar"]) == ("31 Des 2022", "3")
    assert not any("Data demo" in info.value for info in app.info), "a real store is not called a demo"


def test_import_page_previews_then_saves_only_on_confirm(tmp_path, monkeypatch):
    import office_exports as ox

    root = ox.scratch_store(tmp_path / "store")
    monkeypatch.setenv("KOPDASH_DATA_DIR", str(root))
    app = run_app(page="pages/impor.py")
    app.selectbox(key="import_region").set_value(ox.REGION)
    app.date_input(key="import_date").set_value(ox.SNAPSHOT)
    app.file_uploader(key="import_file").set_value(("ekspor.csv", ox.csv_bytes(), "text/csv"))
    app.run()
    assert not app.exception
    metrics = {m.label: m.value for m in app.metric}
    assert metrics == {"Baris data": "14", "Diterima": "6", "Dikarantina": "8"}
    mapping = app.table[0].value
    assert dict(zip(mapping["Kolom di file"], mapping["Dipakai sebagai"], strict=True))["Kec"] == "Kecamatan"
    statuses = app.table[1].value.set_index("Status")
    assert statuses.loc["Aktif", "Snapshot ini"] == "3"
    assert len(app.get("download_button")) == 2
    assert not (root / "registry").exists(), "nothing is written before Save"
    app.button(key="import_confirm").click()
    app.run()
    assert any("Tersimpan" in s.value for s in app.success)
    assert (root / schema.snapshot_path(ox.REGION, ox.SNAPSHOT)).exists()


def test_import_page_refuses_an_unusable_file_in_words(tmp_path, monkeypatch):
    import office_exports as ox

    monkeypatch.setenv("KOPDASH_DATA_DIR", str(ox.scratch_store(tmp_path / "store")))
    app = run_app(page="pages/impor.py")
    app.file_uploader(key="import_file").set_value(("daftar.csv", b"Nama;Kecamatan\nA;B\n", "text/csv"))
    app.run()
    assert any("tidak dapat diimpor" in e.value and "kolom NIK" in e.value for e in app.error)
