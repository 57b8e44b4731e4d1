"""The store's views and the named queries, on a tiny store whose every count is known."""

import datetime as dt

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from kopdash import queries
from kopdash.domain import schema
from kopdash.store import Store, data_root

from conftest import ALPHA_2020, build_tiny_store, write_rows

D = dt.date


def by_region(frame: pd.DataFrame) -> dict:
    return {row.region_code: row for row in frame.itertuples()}


def test_region_status_as_of_counts_each_region_at_its_latest_snapshot(tiny_root):
    result = by_region(queries.region_status_as_of(Store(tiny_root), D(2021, 12, 31)))
    alpha, beta = result["11.01"], result["11.02"]
    assert alpha.snapshot_date.date() == D(2021, 12, 31)
    assert (alpha.registered_count, alpha.aktif_count, alpha.kurang_aktif_count) == (5, 2, 2)
    assert (alpha.tidak_aktif_count, alpha.belum_beroperasi_count, alpha.dibubarkan_count) == (0, 1, 1)
    assert alpha.pct_aktif == 40.0
    assert alpha.previous_snapshot_date.date() == D(2020, 12, 31)
    assert (alpha.previous_registered_count, alpha.previous_aktif_count) == (5, 3)
    assert alpha.previous_pct_aktif == 60.0
    assert beta.snapshot_date.date() == D(2021, 6, 30)
    assert (beta.registered_count, beta.aktif_count, beta.tidak_aktif_count) == (2, 1, 1)
    assert beta.dissolution_candidate_count == 0  # three missed RATs, but this office waits five
    assert pd.isna(beta.previous_snapshot_date)
    assert (beta.rule_profile, beta.dissolution_after) == ("lima_tahun", 5)


def test_as_of_date_picks_the_snapshot_on_or_before_it(tiny_root):
    store = Store(tiny_root)
    on_the_day = by_region(queries.region_status_as_of(store, D(2020, 12, 31)))
    assert set(on_the_day) == {"11.01"}
    assert on_the_day["11.01"].aktif_count == 3
    assert on_the_day["11.01"].dissolution_candidate_count == 1
    assert on_the_day["11.01"].aktif_rat_reported_count == 1
    assert set(by_region(queries.region_status_as_of(store, D(2021, 6, 30)))) == {"11.01", "11.02"}
    assert queries.region_status_as_of(store, D(2020, 12, 30)).empty


def test_region_filter_is_a_parameter_not_sql(tiny_root):
    store = Store(tiny_root)
    only_beta = queries.region_status_as_of(store, D(2022, 1, 1), ["11.02"])
    assert list(only_beta["region_code"]) == ["11.02"]
    hostile = queries.region_status_as_of(store, D(2022, 1, 1), ["11.01' OR '1'='1"])
    assert hostile.empty


def test_status_trend_has_every_snapshot_up_to_the_date(tiny_root):
    trend = queries.status_trend(Store(tiny_root), D(2030, 1, 1))
    rows = zip(trend["region_code"], trend["snapshot_date"].dt.date, trend["pct_aktif"], strict=True)
    assert list(rows) == [
        ("11.01", D(2020, 12, 31), 60.0),
        ("11.01", D(2021, 12, 31), 40.0),
        ("11.02", D(2021, 6, 30), 50.0),
    ]
    assert len(queries.status_trend(Store(tiny_root), D(2021, 1, 1))) == 1


def test_snapshot_calendar_and_region_rules(tiny_root):
    store = Store(tiny_root)
    calendar = by_region(queries.snapshot_calendar(store))
    assert (calendar["11.01"].snapshot_count, calendar["11.01"].row_count) == (2, 11)
    assert calendar["11.02"].first_snapshot.date() == D(2021, 6, 30)
    rules = by_region(queries.region_rules(store))
    assert rules["11.02"].dissolution_after == 5 and rules["11.01"].dissolution_after == 3


def test_snapshot_dates_newest_first_with_who_reported(tiny_root):
    dates = queries.snapshot_dates(Store(tiny_root))
    assert list(dates["snapshot_date"].dt.date) == [D(2021, 12, 31), D(2021, 6, 30), D(2020, 12, 31)]
    assert list(dates["region_count"]) == [1, 1, 1]
    calendar = by_region(queries.snapshot_calendar(Store(tiny_root)))
    assert dates["region_name"].iloc[1] == calendar["11.02"].region_name


def test_views_have_every_documented_column_typed_even_when_files_lack_optional_ones(tmp_path):
    root = tmp_path / "store"
    write_rows(root, "11.01", D(2020, 12, 31), ALPHA_2020, "permenkop_9_2018")
    path = root / schema.snapshot_path("11.01", D(2020, 12, 31))
    table = pq.read_table(path).drop_columns(["dissolved_on", "rule_profile"])
    pq.write_table(table, path)
    columns = Store(root).query("DESCRIBE registry")
    assert list(columns["column_name"]) == schema.REGISTRY_SCHEMA.names
    assert dict(zip(columns["column_name"], columns["column_type"], strict=True))["dissolved_on"] == "DATE"


def test_an_empty_store_answers_with_empty_results(tmp_path):
    store = Store(tmp_path)
    assert queries.snapshot_calendar(store).empty
    assert queries.region_status_as_of(store, D(2025, 1, 1)).empty
    assert queries.region_rules(store).empty


def test_new_snapshot_files_are_seen_after_refresh_if_changed(tmp_path):
    root = tmp_path / "store"
    store = Store(root)
    before = store.refresh_if_changed()
    build_tiny_store(root)
    after = store.refresh_if_changed()
    assert before != after
    assert len(queries.snapshot_calendar(store)) == 2


def test_reads_are_confined_to_the_data_root(tiny_root, tmp_path):
    outside = tmp_path / "outside.csv"
    outside.write_text("a\n1\n")
    with pytest.raises(duckdb.Error):
        Store(tiny_root).query("SELECT * FROM read_csv($path)", path=str(outside))
    with pytest.raises(duckdb.Error):
        Store(tiny_root).query("SET enable_external_access = true")


def test_data_root_follows_kopdash_data_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("KOPDASH_DATA_DIR", str(tmp_path))
    assert data_root() == tmp_path.resolve()
    monkeypatch.delenv("KOPDASH_DATA_DIR")
    assert data_root().name == "data" and (data_root() / "registry").is_dir()


def test_rollups_written_by_the_demo_equal_counts_from_the_unit_rows():
    store = Store()
    from_units = """SELECT region_code, snapshot_date, programme, kind, segment, status, count(*),
                           count(*) FILTER (WHERE rat_reported), count(*) FILTER (WHERE dissolution_candidate)
                    FROM registry GROUP BY ALL"""
    assert store.query("SELECT count(*) AS n FROM registry_counts")["n"][0] > 1000
    assert store.query(f"SELECT * FROM registry_counts EXCEPT ({from_units})").empty
    assert store.query(f"({from_units}) EXCEPT SELECT * FROM registry_counts").empty
    assert (
        store.query("SELECT count(DISTINCT nik) AS n FROM nik_regions")["n"][0]
        == store.query("SELECT count(DISTINCT nik) AS n FROM registry")["n"][0]
    )


def test_an_import_keeps_the_regions_rollup_and_index_true_and_renews_the_version(tmp_path):
    import office_exports as ox

    from kopdash.ingest import registry
    from kopdash.store import rollup

    root = ox.scratch_store(tmp_path / "store")
    registry.commit_import(registry.plan_import(ox.csv_bytes(), "x.csv", ox.REGION, ox.SNAPSHOT, root), root)
    first = (root / rollup.VERSION_FILE).read_text()
    earlier = registry.plan_import(ox.csv_bytes(), "x.csv", ox.REGION, D(2023, 12, 31), root)
    registry.commit_import(earlier, root)
    assert (root / rollup.VERSION_FILE).read_text() != first
    store = Store(root)
    counts = store.query(
        "SELECT snapshot_date, sum(cooperatives) AS n FROM registry_counts GROUP BY 1 ORDER BY 1"
    )
    assert list(counts["n"]) == [len(earlier.accepted), 6] == [5, 6]  # founded in 2024: not yet in 2023
    assert list(store.query("SELECT count(*) AS n FROM nik_regions")["n"]) == [6]
    # importing the same date again replaces that date's rollup rows, never adds to them
    registry.commit_import(registry.plan_import(ox.csv_bytes(), "x.csv", ox.REGION, ox.SNAPSHOT, root), root)
    again = Store(root).query("SELECT sum(cooperatives) AS n FROM registry_counts")
    assert again["n"][0] == 5 + 6


def test_a_query_past_its_time_budget_is_interrupted_and_the_store_still_answers(tiny_root):
    import time

    from kopdash.store.database import QueryTooSlow

    store = Store(tiny_root, query_budget=0.3)
    started = time.perf_counter()
    with pytest.raises(QueryTooSlow):
        store.query("SELECT count(*) FROM range(100000000000) a WHERE a.range % 7 = 3")
    assert time.perf_counter() - started < 5, "interrupted at its budget, not run to the end"
    assert store.query("SELECT count(*) AS n FROM snapshot_totals")["n"][0] > 0


def test_a_page_whose_query_runs_out_of_time_says_so_in_words(monkeypatch):
    import duckdb
    import streamlit as st

    from kopdash.store.database import Store as RealStore

    from conftest import app_at, page_script

    app = app_at(None, {"date": "2021-07-18"})  # the frame's own queries ran; now every query is too slow

    def interrupted(self, cursor, sql, units, params):
        raise duckdb.InterruptException("INTERRUPT Error: Interrupted!")

    monkeypatch.setattr(RealStore, "_run", interrupted)
    st.cache_data.clear()
    app.switch_page(page_script("region"))
    app.query_params["region"] = "36.04"
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    assert any("terlalu berat: dihentikan setelah 10 detik" in e.value for e in app.error), app.error
    monkeypatch.undo()
    st.cache_data.clear()
