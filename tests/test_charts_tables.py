"""Chart builders and display tables are pure functions of a query's frame."""

import datetime as dt

import pandas as pd

from kopdash import queries
from kopdash.domain.schema import STATUSES
from kopdash.present import charts, tables
from kopdash.present import region as region_view
from kopdash.store import Store

from conftest import app_at

D = dt.date


def test_status_bars_use_the_one_palette_in_the_one_order(tiny_root):
    regions = queries.region_status_as_of(Store(tiny_root), D(2021, 12, 31))
    labels = [charts.region_label(row, "id") for row in regions.itertuples()]
    figure = charts.status_bars(regions, labels, "id")
    names = [trace.name for trace in figure.data]
    assert names == ["Aktif", "Kurang aktif", "Tidak aktif", "Belum beroperasi"]  # none is empty here
    colors = [trace.marker.color for trace in figure.data]
    assert colors == [charts.STATUS_COLORS[s] for s in STATUSES[:4]]
    patterns = {trace.marker.pattern.shape for trace in figure.data}
    assert len(patterns) == 4, "each status has its own pattern, not only its colour"
    assert figure.layout.separators == ",."
    alpha = figure.data[0]
    assert list(alpha.x) == [2, 1]  # aktif in Alpha (2021-12-31) and Beta (2021-06-30)


def test_data_text_in_charts_is_escaped_not_markup(tiny_root):
    regions = queries.region_status_as_of(Store(tiny_root), D(2021, 12, 31))
    plain = [charts.region_label(row, "id") for row in regions.itertuples()]
    labels = list(charts.status_bars(regions, plain, "id").data[0].y)
    assert "Kota &lt;b&gt;Beta&lt;/b&gt; (30 Jun 2021)" in labels
    trend = charts.pct_aktif_trend(queries.status_trend(Store(tiny_root), D(2030, 1, 1)), "en")
    names = {trace.name for trace in trend.data}
    assert {"Kabupaten Alpha", "Kota &lt;b&gt;Beta&lt;/b&gt;"} <= names and not any("<b>" in n for n in names)
    # Alpha counts a cooperative in formation in 2021: its % aktif without it is drawn beside, dashed.
    assert "Kabupaten Alpha · % active, without those not yet operating" in names
    assert trend.layout.separators == ".,"
    assert list(trend.layout.xaxis.ticktext) == ["31 Dec 2020", "31 Dec 2021"]


def test_kpis_compare_only_regions_that_have_a_previous_snapshot(tiny_root):
    regions = queries.region_status_as_of(Store(tiny_root), D(2021, 12, 31))
    total = tables.totals(regions)
    assert (total["registered"], total["aktif"], total["kurang_aktif"], total["tidak_aktif"]) == (7, 3, 2, 1)
    # Only Alpha has a previous snapshot: 3 of 5 aktif before, 2 of 5 now.
    assert (total["change_aktif"], total["change_registered"]) == (-1, 0)
    assert round(total["change_pct_aktif"], 6) == -20.0
    cards = {card.label: card for card in tables.kpi_cards(regions, "id")}
    assert cards["Aktif"].value == "3" and cards["Aktif"].delta == "−1"
    assert (cards["Aktif"].direction, cards["Aktif"].tone) == ("down", "bad")
    assert (cards["Kurang aktif"].delta, cards["Kurang aktif"].tone) == ("+1", "bad")
    assert cards["% aktif"].value == "42,9%" and cards["% aktif"].delta == "−20,0 poin"


def test_kpis_without_any_previous_snapshot_show_no_change(tiny_root):
    regions = queries.region_status_as_of(Store(tiny_root), D(2020, 12, 31))
    cards = tables.kpi_cards(regions, "id")
    assert all(card.delta is None and card.direction == "off" for card in cards)


def test_region_table_is_text_and_the_widget_that_renders_it_escapes_it(tiny_root, monkeypatch):
    regions = queries.region_status_as_of(Store(tiny_root), D(2021, 12, 31))
    table = tables.region_table(regions, "id")
    assert list(table.iloc[0])[:4] == ["Kabupaten Alpha", "31 Des 2021", "5", "2"]
    assert table.iloc[1]["Wilayah"] == "Kota <b>Beta</b>", "views hand over raw text"
    assert table.iloc[1]["Perubahan aktif"] == "–"
    # Escaped once, where Markdown is rendered: the overview's table of regions.

    from conftest import text_tables

    monkeypatch.setenv("KOPDASH_DATA_DIR", str(tiny_root))
    app = app_at(None, {"date": "2021-12-31", "bagian": "tabel"})  # the overview's table of regions
    shown = next(t for t in text_tables(app) if "Wilayah" in t.columns)
    assert r"Kota \<b\>Beta\</b\>" in list(shown["Wilayah"])


def test_a_markdown_table_keeps_its_shape_whatever_the_cells_hold():
    from conftest import text_tables

    hostile = pd.DataFrame(
        {
            "Wilayah": ["Kota | Beta\nbaris dua", "[klik](javascript:x) <b>", "Jumlah"],
            "Aktif": ["1.236", "–", "79,0%"],
            "Catatan": [None, float("nan"), "−3,1 poin"],
        }
    )
    drawn = tables.markdown_table(hostile, total_row=True)
    lines = drawn.split("\n")
    assert len(lines) == 2 + 3, "a line break in a cell does not start a new row"
    assert lines[1] == "| --- | ---: | --- |", "only the column of numbers is right-aligned"
    read = text_tables(type("Page", (), {"markdown": [type("Element", (), {"value": drawn})]})())[0]
    assert read.shape == (3, 3), "a pipe in a cell does not split it"
    assert read.iloc[0, 0] == r"Kota \| Beta baris dua"
    assert "](" not in read.iloc[1, 0].replace("\\]\\(", "") and "\\<b\\>" in read.iloc[1, 0]
    assert read.iloc[2, 0] == "**Jumlah**", "the total row's label in bold"
    assert list(read.iloc[:2, 2]) == ["", ""], "missing cells are blank, not None or nan"


def test_markdown_escaping_neutralises_links_and_directives():
    escaped = tables.as_markdown_text("[klik](javascript:alert(1)) :red[x] **b** $x$")
    assert "](" not in escaped.replace("\\]\\(", "")
    assert escaped.count("\\") >= 10


def test_a_cached_chart_is_the_checked_figure_built_once_per_input():
    from kopdash.ui import cache

    built = []

    def bars(frame: pd.DataFrame, lang: str):
        built.append(len(frame))
        return charts.status_bars(frame, list(frame["label"]), lang)

    frame = pd.DataFrame(
        {"label": ["Alpha", "Beta"], "registered_count": [10, 4], "aktif_count": [6, 1]}
        | {f"{s}_count": [2, 1] for s in ("kurang_aktif", "tidak_aktif")}
        | {"belum_beroperasi_count": [0, 1], "belum_diketahui_count": [0, 0]}
    )
    cache._figure_dict.clear()
    first = cache.figure(bars, frame, "id")
    again = cache.figure(bars, frame.copy(), "id")
    assert first.to_dict() == again.to_dict() == bars(frame, "id").to_dict()
    assert built == [2, 2], "built once for the two equal inputs (the third build is the check above)"
    cache.figure(bars, frame.head(1), "id")
    assert built == [2, 2, 1], "another input, another build"
    again.update_layout(font=dict(size=24))  # presentation mode enlarges its copy, not the cached one
    assert cache.figure(bars, frame, "id").layout.font.size == first.layout.font.size != 24


def test_date_ticks_never_print_two_dates_over_each_other_and_keep_the_latest():
    # Month-end snapshots, the latest on 5 Nov 2025, and an intervention five days later.
    snapshots = [*pd.date_range("2018-01-31", "2025-10-31", freq="ME"), pd.Timestamp("2025-11-05")]
    axis = charts.date_axis([*snapshots, pd.Timestamp("2025-11-10")], "id")
    ticks = pd.Series(pd.to_datetime(axis["tickvals"]))
    assert len(ticks) <= 12 and ticks.is_monotonic_increasing
    assert axis["ticktext"][-1] == "10 Nov 2025", "the latest date is always on the axis"
    span = ticks.iloc[-1] - pd.Timestamp("2018-01-31")
    assert (ticks.diff().dropna() >= span / 24).all(), "no two ticks closer than half an even spacing"
    # A cooperative with few snapshots: 5 Oct, 5 Nov and 10 Nov 2025 would print over each other.
    few = charts.date_axis(
        pd.to_datetime(["2021-07-18", "2023-12-31", "2025-10-05", "2025-11-05", "2025-11-10"]), "id"
    )
    assert few["ticktext"] == ["18 Jul 2021", "31 Des 2023", "10 Nov 2025"]


def test_a_cooperatives_timeline_labels_its_snapshots_and_shows_an_intervention_five_days_later():
    history = pd.DataFrame(
        {
            "snapshot_date": pd.to_datetime(["2025-09-05", "2025-10-05", "2025-11-05"]),
            "status": ["belum_beroperasi", "belum_beroperasi", "aktif"],
        }
    )
    events = pd.DataFrame({"event_date": pd.to_datetime(["2025-11-10"]), "kind": ["pemanggilan"]})
    figure = charts.status_timeline(history, "id", events)
    assert list(figure.layout.xaxis.ticktext) == ["5 Sep 2025", "5 Okt 2025", "5 Nov 2025"]
    (star,) = [trace for trace in figure.data if trace.marker.symbol == "star"]
    assert list(star.y) == ["Intervensi"] and list(star.customdata[0]) == [
        "10 November 2025",
        "Pemanggilan pengurus",
    ]


def test_rule_profile_table_says_profiles_and_thresholds_in_words():
    from kopdash.present.tables import rule_profile_table

    rules = pd.DataFrame(
        {
            "region_name": ["Kabupaten Serang", "Kota Baru"],
            "province": ["Banten", "Jawa Tengah"],
            "rule_profile": ["permenkop_9_2018", "kota_baru_4_tahun"],
            "less_active_after": [1, 2],
            "inactive_after": [2, 3],
            "dissolution_after": [3, None],
            "basis": ["Permenkop 9/2018", "Keputusan kepala dinas"],
        }
    )
    english = rule_profile_table(rules, "en")
    assert english.iloc[0].tolist() == [
        "Kabupaten Serang",
        "Banten",
        "Permenkop 9/2018",
        "1 missed RAT",
        "2 missed RATs",
        "3 missed RATs",
        "Permenkop 9/2018",
    ]
    # A profile an office added is shown by its own name made readable; a missing threshold stays blank.
    assert english.iloc[1].tolist()[2:6] == ["Kota baru 4 tahun", "2 missed RATs", "3 missed RATs", ""]
    assert rule_profile_table(rules, "id").iloc[1].tolist()[3] == "2 RAT terlewat"


def test_a_regions_status_table_has_every_bar_as_text_and_each_row_adds_up():
    # Kota Serang on 5 Nov 2025: 62 new Koperasi Merah Putih not yet operating, a column of their own.
    by_district = queries.status_by(Store(), "36.73", D(2025, 11, 5), "district")
    table = region_view.status_table(by_district, "Kecamatan", "id")
    assert list(table.columns) == [
        "Kecamatan", "Terdaftar", "Aktif", "Kurang aktif", "Tidak aktif", "Belum beroperasi", "% aktif"
    ]  # fmt: skip
    assert list(table["Kecamatan"]) == list(by_district["value"]), "the chart's order: lowest % aktif first"
    numbers = table.iloc[:, 1:6].map(lambda text: int(text.replace(".", "")))
    assert (numbers.iloc[:, 1:].sum(axis=1) == numbers["Terdaftar"]).all()
    assert numbers.sum().tolist()[:2] == [272, 101] and numbers["Belum beroperasi"].sum() == 62


def test_the_comparison_chart_draws_belum_beroperasi_so_each_region_adds_up_to_100():
    """Kota Serang at 5 November 2025 has Koperasi Merah Putih not yet operating: its four bars add up to
    100 per 100 registered (without that bar they came to 77,2)."""
    regions = queries.region_status_as_of(Store(), dt.date(2025, 11, 5))
    figure = charts.per_100_bars(regions, "id")
    assert [trace.name for trace in figure.data][-1] == "Belum beroperasi"
    kota = list(regions["region_code"]).index("36.73")
    total = sum(float(trace.y[kota]) for trace in figure.data)
    assert abs(total - 100) < 0.3, total


def test_the_status_trend_of_slides_and_the_brief_stands_on_a_time_axis():
    """Kabupaten Serang's snapshots are years apart at first and months apart later: on the chart they
    stand as far apart as they are in time, each tick written in Indonesian."""
    trend = queries.status_trend(Store(), dt.date(2025, 12, 31), ["36.04"])
    figure = charts.status_over_time(trend, "id")
    assert figure.layout.xaxis.type == "date"
    xs = pd.to_datetime(pd.Series(figure.data[0].x))
    assert list(xs) == list(pd.to_datetime(trend["snapshot_date"]))
    gaps = xs.diff().dropna()
    assert gaps.max() > 2 * gaps.min(), "uneven gaps between snapshots stay uneven on the axis"
    assert all(
        any(
            month in text
            for month in ("Jan", "Mar", "Jul", "Sep", "Des", "Mei", "Agu", "Okt", "Nov", "Jun", "Feb", "Apr")
        )
        for text in figure.layout.xaxis.ticktext
    )


def test_kpi_changes_say_which_snapshot_they_compare_with():
    """One region: its snapshot against the one before, both named. Several: each region's previous
    snapshot, grouped by date (a national store's 520 regions make a few dates, not a page)."""
    regions = queries.region_status_as_of(Store(), dt.date(2025, 12, 31))
    one = tables.delta_basis(regions[regions["region_code"] == "36.04"], "id")
    assert (
        one == "Perubahan: pemutakhiran 31 Desember 2025 dibanding pemutakhiran sebelumnya, 31 Desember 2024."
    )
    several = tables.delta_basis(regions, "id")
    assert several == (
        "Perubahan: tiap wilayah dibanding pemutakhiran sebelumnya (31 Des 2024: 4 wilayah; "
        "5 Okt 2025: Kota Serang)."
    )
    assert tables.delta_basis(regions.assign(previous_snapshot_date=pd.NaT), "id") is None


def test_a_published_figure_stands_at_its_own_date_and_never_before_it():
    """Sragen's 228 aktif of 20 October 2022: absent from a view of 18 July 2021, and at 20 October 2022
    (not on the 31 December 2021 bar) in a view of that day, its date on the axis."""
    from conftest import ROOT

    store = Store(ROOT / "data")
    earlier = queries.published_figures(store, until=dt.date(2021, 7, 18))
    assert not ((earlier["region_code"] == "33.14") & (earlier["as_of"] > "2021-07-18")).any()
    on_the_day = dt.date(2022, 10, 20)
    published = queries.published_figures(store, until=on_the_day)
    mine = published[published["region_code"] == "33.14"]
    trend = queries.status_trend(store, on_the_day, ["33.14"])
    figure = charts.status_over_time(trend, "id", mine)
    (diamonds,) = [trace for trace in figure.data if trace.type == "scatter"]
    assert [pd.Timestamp(x).date() for x in diamonds.x] == [on_the_day] and list(diamonds.y) == [228]
    assert "20 Okt 2022" in figure.layout.xaxis.ticktext
    before = charts.status_over_time(
        queries.status_trend(store, dt.date(2021, 7, 18), ["33.14"]),
        "id",
        earlier[earlier["region_code"] == "33.14"],
    )
    assert not [trace for trace in before.data if trace.type == "scatter"], "not known on 18 July 2021"
