"""Hostile input: SQL-like strings in every URL parameter and filter, uploads with path-like names, huge
sizes, very wide or very long rows, and damaged Parquet files in the store. The app answers in words,
keeps serving the rest, and nothing it was not meant to run runs."""

from __future__ import annotations

import datetime as dt
import shutil

import office_exports as ox
import pytest
from streamlit.testing.v1 import AppTest

from kopdash.domain import schema
from kopdash.domain.pages import FRAME_PARAMETERS, PAGES
from kopdash.ingest import registry
from kopdash.present.tables import as_markdown_text
from kopdash.store import Store, rollup

from conftest import ROOT, app_at, build_tiny_store, kpis, page_script, text_tables

pytestmark = pytest.mark.slow

SQL_LIKE = ["'; DROP TABLE status_counts; --", "36.04' OR '1'='1", "1; SELECT * FROM read_csv('/etc/passwd')"]
# Every URL parameter each page reads, from the page registry; the overview and the comparison read only
# the frame's own.
PAGE_PARAMS = {
    page.script: list(page.parameters or FRAME_PARAMETERS)
    for page in PAGES
    if page.parameters or page.name in ("overview", "comparison")
}


def run_page(page: str, params: dict) -> AppTest:
    """Open `page` with `params` in the URL; `app.said` keeps every warning and note of both runs (the
    frame reports its own parameters on the first)."""
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in params.items():
        app.query_params[key] = value
    app.run()
    said = [w.value for w in app.warning] + [i.value for i in app.info]
    if page not in (page_script("meeting"), page_script("overview")):
        app.switch_page(page)
        app.run()
    app.said = " ".join(said + [w.value for w in app.warning] + [i.value for i in app.info])
    return app


def totals(store: Store) -> tuple:
    return tuple(store.query("SELECT count(*), sum(cooperatives) FROM status_counts").iloc[0])


@pytest.mark.parametrize("page", list(PAGE_PARAMS))
def test_sql_like_url_values_are_refused_in_words_and_run_nothing(page):
    before = totals(Store())
    for value in SQL_LIKE[:1]:  # one per page here; the others go through the query tests
        for fixed in ({}, {"region": "36.04", "date": "2021-07-18"}):  # a valid region reaches the filters
            params = {key: value for key in PAGE_PARAMS[page] if key not in fixed} | fixed
            if page == page_script("meeting"):
                params["mode"] = "rapat"
            app = run_page(page, params)
            assert not app.exception, (page, params, [e.value for e in app.exception])
            if set(params) - {"q", "nik"} - set(fixed):
                said = app.said.replace("\\", "")  # Markdown escapes in the message source
                assert value in said, (page, params, said[:300])
    assert totals(Store()) == before, "no table changed"


def test_a_search_filter_with_sql_finds_nothing_and_fails_nothing():
    app = run_page(page_script("region"), {"region": "36.04", "date": "2021-07-18", "q": SQL_LIKE[1]})
    assert not app.exception
    assert any(c.value.startswith("0 koperasi") for c in app.caption), [c.value for c in app.caption]


# -- uploads ----------------------------------------------------------------------------------------
def upload(monkeypatch, root, name: str, data: bytes) -> AppTest:
    monkeypatch.setenv("KOPDASH_DATA_DIR", str(root))
    app = run_page(page_script("importing"), {})
    app.selectbox(key="import_region").set_value(ox.REGION)
    app.date_input(key="import_date").set_value(ox.SNAPSHOT)
    app.file_uploader(key="import_file").set_value((name, data, "text/csv"))
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def test_a_path_like_file_name_writes_only_inside_the_store(tmp_path, monkeypatch):
    root = ox.scratch_store(tmp_path / "store")
    app = upload(monkeypatch, root, "../../../../etc/cron.d/kopdash.csv", ox.csv_bytes())
    app.button(key="import_confirm").click()
    app.run()
    assert any("Tersimpan" in s.value for s in app.success)
    written = {p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file()}
    assert all(str(p).startswith("store/") for p in written), written
    record = (root / schema.import_record_path(ox.REGION, ox.SNAPSHOT)).read_text(encoding="utf-8")
    assert '"source_file": "kopdash.csv"' in record


def test_a_file_over_the_upload_limit_is_refused_in_words(tmp_path, monkeypatch):
    root = ox.scratch_store(tmp_path / "store")
    huge = ox.csv_bytes() + b"\n" * (51 * 1024 * 1024)
    app = upload(monkeypatch, root, "besar.csv", huge)
    assert any("lebih besar dari batas 50 MB" in e.value for e in app.error), [e.value for e in app.error]
    assert not (root / "registry").exists()


def test_an_upload_with_no_acceptable_row_says_so_and_keeps_only_its_quarantine(tmp_path, monkeypatch):
    root = ox.scratch_store(tmp_path / "store")
    app = upload(monkeypatch, root, "salah.csv", b"NIK;Nama;Tgl BH;RAT Terakhir\n123;A;01/01/2010;2020\n")
    assert any("Tidak ada baris yang dapat diterima" in e.value for e in app.error), app.error
    app.button(key="import_confirm").click()
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    said = " ".join(s.value.replace("\\", "") for s in app.success)  # Markdown escapes in the source
    assert "quarantine/refused/36.03/2024-12-31.parquet" in said, said
    assert str(tmp_path) not in " ".join(s.value for s in app.success), "no server folder on screen"
    assert (root / schema.refused_quarantine_path(ox.REGION, ox.SNAPSHOT)).exists()
    assert not (root / "registry").exists()


def test_very_wide_and_very_long_rows_are_read_or_quarantined_never_crash(tmp_path):
    root = ox.scratch_store(tmp_path / "store")
    head = ["NIK", "Nama Koperasi", "Kecamatan", "Desa", "Tanggal Badan Hukum", "RAT Terakhir"]
    good = ["3603000000000001", "Koperasi Lebar", "Kec", "Desa", "01/01/2010", "2023"]
    wide = ";".join(head + [f"Kolom {i}" for i in range(5000)]) + "\n" + ";".join(good + ["x"] * 5000)
    plan = registry.plan_import(wide.encode(), "lebar.csv", ox.REGION, ox.SNAPSHOT, root)
    assert (len(plan.accepted), len(plan.quarantined)) == (1, 0)
    assert len(plan.unused_headers) == 5000

    long_name = ["3603000000000002", "K" * 500_000, "Kec", "Desa", "01/01/2010", "2023"]
    long = "\n".join(";".join(r) for r in (head, good, long_name))
    plan = registry.plan_import(long.encode(), "panjang.csv", ox.REGION, ox.SNAPSHOT, root)
    assert (len(plan.accepted), len(plan.quarantined)) == (1, 1), "one row kept, the long one quarantined"
    assert "teks 500.000 karakter, lebih dari 1.000" in plan.quarantined["reason"].iloc[0]


# -- damaged files in the store ---------------------------------------------------------------------
def test_a_damaged_snapshot_file_is_named_and_the_rest_is_served(tmp_path, monkeypatch):
    root = build_tiny_store(tmp_path / "store")  # no rollup files: counts come from the unit rows
    damaged = schema.snapshot_path("11.01", dt.date(2021, 12, 31))
    (root / damaged).write_bytes(b"PAR1 not a parquet file at all")
    store = Store(root)
    assert store.damaged == {damaged}
    counted = store.query("SELECT region_code, sum(cooperatives)::INT AS n FROM status_counts GROUP BY ALL")
    assert dict(zip(counted["region_code"], counted["n"], strict=True)) == {"11.01": 5, "11.02": 2}

    monkeypatch.setenv("KOPDASH_DATA_DIR", str(root))
    app = app_at(None, {"bagian": "tabel"})  # the overview's table of regions
    assert any(as_markdown_text(damaged) in e.value for e in app.error), [e.value for e in app.error]
    shown = " ".join(str(t.to_dict()) for t in text_tables(app))
    assert "Beta" in shown and "Kabupaten Alpha" in shown, "both regions still on the overview"


@pytest.fixture
def demo_copy(tmp_path):
    shutil.copytree(ROOT / "data", tmp_path / "demo")
    return tmp_path / "demo"


def _spoil_pages(path) -> None:
    """Overwrite the middle of a Parquet file: its footer still reads, its data pages do not."""
    data = bytearray(path.read_bytes())
    footer = int.from_bytes(data[-8:-4], "little") + 8
    start, end = len(data) // 10, len(data) - footer - 16
    data[start:end] = b"\xff" * (end - start)
    path.write_bytes(bytes(data))


def test_damaged_data_pages_are_found_when_read_and_aggregates_stay_right(demo_copy, monkeypatch):
    damaged = schema.snapshot_path("36.04", dt.date(2021, 7, 18))
    _spoil_pages(demo_copy / damaged)
    store = Store(demo_copy)
    assert store.damaged == set(), "the footer reads: nothing is known yet"
    read = "SELECT count(*) AS n, sum(length(name)) AS letters FROM unit_rows"  # reads the pages
    rows = store.query(read, units={"36.04": [dt.date(2021, 7, 18)]})
    assert rows["n"][0] == 0 and store.damaged == {damaged}

    monkeypatch.setenv("KOPDASH_DATA_DIR", str(demo_copy))
    app = run_page(page_script("region"), {"region": "36.04", "date": "2021-07-18"})
    assert not app.exception, [e.value for e in app.exception]
    assert any(as_markdown_text(damaged) in e.value for e in app.error)
    assert "819" in list(kpis(app).values()), "the KPIs come from the rollup, still right"


def test_a_damaged_rollup_file_falls_back_to_counting_the_unit_rows(demo_copy):
    expected = totals(Store(demo_copy))
    (demo_copy / rollup.rollup_path("36.04")).write_bytes(b"garbage")
    store = Store(demo_copy)
    assert store.damaged == {rollup.rollup_path("36.04")}
    assert totals(store) == expected


def test_production_configuration_is_locked_down():
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["browser"]["gatherUsageStats"] is False
    assert config["client"]["showErrorDetails"] == "none"
    assert config["client"]["toolbarMode"] == "viewer"
    assert config["server"]["enableXsrfProtection"] is True
    assert 0 < config["server"]["maxUploadSize"] <= 100


@pytest.mark.parametrize(
    "value", ["٣٦٠٣٠٠٠٠٠٠٠٠٠٠٠١", "３６０３０００００００００００００１", "3603000000000¹²³"]
)
def test_a_nik_is_ascii_digits_only(value):
    from kopdash.ingest import parse

    with pytest.raises(parse.Unreadable, match="16 digit"):
        parse.nik(value)


def test_quarantined_rows_keep_every_cell_even_under_a_repeated_header_or_none(tmp_path):
    root = ox.scratch_store(tmp_path / "store")
    data = b"NIK;Nama;Nama;Tgl BH;RAT Terakhir\n123;Satu;Dua;01/01/2010;2020;lebih;\n"
    plan = registry.plan_import(data, "x.csv", ox.REGION, ox.SNAPSHOT, root)
    original = __import__("json").loads(plan.quarantined["original_values"].iloc[0])
    assert original == {
        "NIK": "123",
        "Nama": "Satu",
        "Nama (2)": "Dua",
        "Tgl BH": "01/01/2010",
        "RAT Terakhir": "2020",
        "kolom 6": "lebih",
    }


@pytest.mark.parametrize(
    ("page", "key"), [(page_script("early_warning"), "bulan"), (page_script("meeting"), "slide")]
)
def test_a_number_thousands_of_digits_long_in_the_address_is_refused_in_words(page, key):
    params = {key: "9" * 5000, "region": "36.04", "date": "2021-07-18"}
    if page == page_script("meeting"):
        params["mode"] = "rapat"
    app = run_page(page, params)
    assert not app.exception, [e.value[:200] for e in app.exception]
    assert "9" * 80 + "…" in app.said and "9" * 81 not in app.said


def test_a_full_disk_during_an_import_is_said_in_words_and_leaves_nothing_behind(
    tmp_path, monkeypatch, capsys
):
    import errno

    from kopdash import cli
    from kopdash.store import writer

    root = ox.scratch_store(tmp_path / "store")
    registry.commit_import(
        registry.plan_import(ox.csv_bytes(), "lama.csv", ox.REGION, ox.SNAPSHOT, root), root
    )
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file() and ".locks" not in p.parts}
    export = tmp_path / "baru.csv"
    export.write_bytes(ox.csv_bytes().replace(b"KSP Sejahtera", b"KSP Baru"))
    staged, real_stage = [], writer.stage

    def full_disk(target, write):
        staged.append(target)
        if len(staged) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_stage(target, write)

    monkeypatch.setattr(writer, "stage", full_disk)
    monkeypatch.setenv("KOPDASH_DATA_DIR", str(root))
    code = cli.main(["ingest", str(export), "--region", ox.REGION, "--date", ox.SNAPSHOT.isoformat()])
    err = capsys.readouterr().err
    assert (
        code == 4 and "Data tidak dapat ditulis (No space left on device)" in err and "Traceback" not in err
    )
    after = {p: p.read_bytes() for p in root.rglob("*") if p.is_file() and ".locks" not in p.parts}
    assert after == before, "no file changed, no temporary file left"


def test_markdown_in_a_region_name_is_shown_as_text(tmp_path, monkeypatch):
    root = tmp_path / "store"
    shutil.copytree(ROOT / "data", root)
    regions = root / "regions.csv"
    hostile = "Kab ![img](http://127.0.0.1:9/x.png) [tautan](http://127.0.0.1:9) *Serang*"
    regions.write_text(regions.read_text().replace("Kabupaten Serang", hostile))
    monkeypatch.setenv("KOPDASH_DATA_DIR", str(root))
    for page, params in (
        (page_script("region"), {"region": "36.04", "date": "2021-07-18"}),
        (page_script("transitions"), {"region": "36.04"}),
        (page_script("comparison"), {"regions": "36.04,36.03"}),
    ):
        app = run_page(page, params)
        assert not app.exception, [e.value for e in app.exception]
        shown = [
            e.value
            for kind in ("title", "subheader", "header", "markdown", "caption", "info")
            for e in getattr(app, kind)
        ]
        assert not [text for text in shown if "](http" in text], page
