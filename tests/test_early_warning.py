"""Transitions, early warning, year-on-year KPIs and published figures: exact counts on hand-built stores."""

import datetime as dt

import pandas as pd
import pytest

from kopdash import queries
from kopdash.domain.early_warning import early_warning, months_between, next_deadline
from kopdash.ingest import published
from kopdash.ingest.office_files import ImportRefused
from kopdash.present import charts, tables
from kopdash.present import comparison as comparison_view
from kopdash.present import early_warning as early_warning_view
from kopdash.present import transitions as transitions_view
from kopdash.store import Store

from conftest import ALPHA_2021, build_tiny_store, coop, write_rows

D = dt.date
KMP = "koperasi_merah_putih"


def test_transitions_between_two_snapshots_of_alpha(tiny_root):
    counts = queries.transition_counts(Store(tiny_root), "11.01", D(2020, 12, 31), D(2021, 12, 31))
    moves = {(a, b): n for a, b, n in counts.itertuples(index=False)}
    # 1: aktif stays; 2: aktif -> kurang; 3: kurang -> aktif (revived); 4: tidak -> dibubarkan;
    # 5: aktif -> kurang (now owes its first RAT); 6: new, not operating.
    assert moves == {
        ("aktif", "aktif"): 1,
        ("aktif", "kurang_aktif"): 2,
        ("kurang_aktif", "aktif"): 1,
        ("tidak_aktif", "dibubarkan"): 1,
        ("baru", "belum_beroperasi"): 1,
    }
    assert transitions_view.movements(counts) == {
        "revived": 1,
        "started": 0,
        "declined": 2,
        "new": 1,
        "dissolved": 1,
    }
    revived = queries.transition_list(
        Store(tiny_root), "11.01", D(2020, 12, 31), D(2021, 12, 31), "kurang_aktif", "aktif"
    )
    assert list(revived["nik"]) == ["1101000000000003"]
    assert (revived.iloc[0]["last_rat_year_before"], revived.iloc[0]["last_rat_year_after"]) == (2018, 2020)


def test_transitions_of_a_programme_only(tmp_path):
    root = build_tiny_store(tmp_path / "store")
    later = [row | {} for row in ALPHA_2021] + [coop("1101000000000099", D(2021, 8, 1), None, programme=KMP)]
    write_rows(root, "11.01", D(2022, 1, 15), later, "permenkop_9_2018")
    counts = queries.transition_counts(Store(root), "11.01", D(2021, 12, 31), D(2022, 1, 15), programme=KMP)
    assert counts.to_dict("records") == [
        {"from_status": "baru", "to_status": "aktif", "cooperative_count": 1}
    ]


def test_next_deadline_and_months():
    assert next_deadline(D(2025, 6, 30)) == D(2025, 6, 30)
    assert next_deadline(D(2025, 7, 1)) == D(2026, 6, 30)
    assert next_deadline(D(2025, 1, 5)) == D(2025, 6, 30)
    assert months_between(D(2025, 5, 31), D(2025, 11, 5)) == 5
    assert months_between(D(2025, 5, 5), D(2025, 11, 5)) == 6


def test_early_warning_exact_calls_before_the_next_deadline(tmp_path):
    snapshot = D(2025, 11, 5)  # due year 2024; next deadline 30 June 2026, due year 2025 from 1 July
    rows = [
        coop("1101000000000001", D(2000, 1, 1), 2024),  # aktif -> kurang aktif
        coop("1101000000000002", D(2000, 1, 1), 2023),  # kurang aktif -> tidak aktif
        coop("1101000000000003", D(2000, 1, 1), 2022),  # tidak aktif, becomes a candidate (3 missed)
        coop("1101000000000004", D(2000, 1, 1), 2020),  # tidak aktif and already a candidate: no new call
        coop("1101000000000005", D(2025, 5, 1), None, operating=False, programme=KMP),  # idle 6 months
        coop("1101000000000006", D(2025, 9, 1), None, operating=False, programme=KMP),  # idle 2 months
        coop("1101000000000007", D(2000, 1, 1), 2025),  # already held FY2025: safe
        coop("1101000000000008", D(2000, 1, 1), 2010, dissolved_on=D(2024, 1, 1)),  # dissolved: ignored
    ]
    root = build_tiny_store(tmp_path / "store")
    write_rows(root, "11.01", snapshot, rows, "permenkop_9_2018")
    candidates = queries.early_warning_candidates(Store(root), "11.01", snapshot)
    assert len(candidates) == 7
    warnings = early_warning(candidates, snapshot, months_not_operating=3)
    assert list(zip(warnings["nik"].str[-1], warnings["warning"], strict=True)) == [
        ("3", "becomes_candidate"),
        ("2", "becomes_tidak_aktif"),
        ("5", "becomes_kurang_aktif"),  # owes its first RAT too; idle months are said as well
        ("6", "becomes_kurang_aktif"),
        ("1", "becomes_kurang_aktif"),
    ]
    assert set(warnings["rat_fiscal_year"]) == {2025} and set(warnings["deadline"]) == {D(2026, 6, 30)}
    calls = early_warning_view.call_list(warnings, "id")
    assert "Belum beroperasi 6 bulan setelah terbentuk." in calls.iloc[2]["Bila tidak ada tindakan"]
    assert "Belum beroperasi" not in calls.iloc[3]["Bila tidak ada tindakan"]  # 2 months < 3
    assert calls.iloc[4]["Bila tidak ada tindakan"] == (
        "Pada 1 Juli 2026 turun dari aktif menjadi kurang aktif bila RAT tahun buku 2025 tidak "
        "dilaksanakan sebelum 30 Juni 2026."
    )
    assert list(calls.columns[-5:]) == ["Ketua pengurus", "Telepon", "Alamat", "WhatsApp", "Telepon langsung"]


def test_programme_cooperatives_idle_but_owing_nothing_get_their_own_warning(tmp_path):
    snapshot = D(2025, 6, 5)  # before the deadline: a cooperative founded in 2025 owes nothing on 1 July
    rows = [coop("1101000000000001", D(2025, 1, 10), None, operating=False, programme=KMP)]
    root = build_tiny_store(tmp_path / "store")
    write_rows(root, "11.01", snapshot, rows, "permenkop_9_2018")
    warnings = early_warning(queries.early_warning_candidates(Store(root), "11.01", snapshot), snapshot, 3)
    assert list(warnings["warning"]) == ["programme_not_operating"]
    assert warnings.iloc[0]["months_since_formation"] == 4


def test_year_on_year_change_uses_the_snapshot_nearest_a_year_back_and_says_how_far(tmp_path):
    root = build_tiny_store(tmp_path / "store")
    write_rows(root, "11.01", D(2022, 12, 31), ALPHA_2021[:3], "permenkop_9_2018")
    regions = queries.region_status_as_of(Store(root), D(2022, 12, 31), ["11.01"])
    row = regions.iloc[0]
    assert row["previous_snapshot_date"].date() == D(2021, 12, 31)
    assert row["year_ago_snapshot_date"].date() == D(2021, 12, 31)
    regions = queries.region_status_as_of(Store(root), D(2021, 12, 31), ["11.01"])
    assert regions.iloc[0]["year_ago_snapshot_date"].date() == D(2020, 12, 31)
    table = tables.change_table(regions, "id").set_index("Perubahan")
    # 3 of 5 aktif at 2020-12-31, 2 of 5 at 2021-12-31.
    assert table.loc["Sejak sekitar setahun sebelumnya", "Aktif"] == "−1"
    assert table.loc["Sejak sekitar setahun sebelumnya", "% aktif"] == "−20,0 poin"
    assert (
        table.loc["Sejak sekitar setahun sebelumnya", "Dibanding pemutakhiran"]
        == "31 Desember 2020 (12 bulan sebelumnya)"
    )
    first = queries.region_status_as_of(Store(root), D(2020, 12, 31), ["11.01"])
    assert tables.change_table(first, "id").iloc[1]["Aktif"] == "–"


CSV = (
    "region_code;as_of;programme;metric;value;approximate;source_title;source_publisher;source_url\n"
    "11.01;2021-12-31;;aktif;2;tidak;Laporan tahunan;Dinas;https://example.invalid/a\n"
    "11.01;2021-12-31;;registered;5;;Laporan tahunan;Dinas;\n"
)


def test_published_figures_import_validates_and_merges(tiny_root):
    figures = published.read_published(CSV.encode(), {"11.01", "11.02"}, today=D(2026, 1, 1))
    assert published.merge_published(tiny_root, figures) == (2, 0)
    assert published.merge_published(tiny_root, figures) == (0, 2)  # again: replaced, not duplicated
    matched = queries.published_vs_registry(Store(tiny_root))
    assert list(
        zip(
            matched["metric"], matched["value"], matched["registry_value"], matched["difference"], strict=True
        )
    ) == [
        ("aktif", 2, 2, 0),
        ("registered", 5, 5, 0),
    ]
    shares = charts.published_shares(queries.published_figures(Store(tiny_root)))
    assert shares.iloc[0]["pct_aktif"] == 40.0
    table = comparison_view.published_table(matched, "id")
    assert table.iloc[0]["Selisih"] == "±0" and table.iloc[0]["Sumber"] == "Dinas: Laporan tahunan"


@pytest.mark.parametrize(
    "text, words",
    [
        ("region_code;as_of;metric\n11.01;2021-12-31;aktif\n", "kolom wajib tidak ada"),
        (CSV.replace("11.01;2021-12-31;;aktif", "99.99;2021-12-31;;aktif"), "baris 2: kode wilayah '99.99'"),
        (CSV.replace(";aktif;2;", ";hidup;2;"), "metric 'hidup' tidak dikenal"),
        (CSV.replace(";aktif;2;", ";aktif;-2;"), "harus bilangan bulat 0 atau lebih"),
        (CSV.replace("2021-12-31;;aktif", "2027-01-01;;aktif"), "masa depan"),
        (CSV.replace("https://example.invalid/a", "javascript:alert(1)"), "http:// atau https://"),
        (CSV.replace("Laporan tahunan;Dinas;https", ";Dinas;https"), "source_title"),
    ],
)
def test_a_bad_published_figure_stops_the_whole_file_with_each_problem_named(text, words):
    with pytest.raises(ImportRefused, match=None) as refusal:
        published.read_published(text.encode(), {"11.01"}, today=D(2026, 1, 1))
    assert words in str(refusal.value)


def test_demo_store_has_every_seed_figure_as_a_published_row():
    matched = queries.published_vs_registry(Store())
    assert len(matched) == 14 and set(matched["region_code"]) == {"36.04", "36.03", "33.72", "33.14", "36.73"}
    exact = matched[~matched["approximate"]]
    assert (exact["difference"] == 0).all()
    sragen = matched[(matched["region_code"] == "33.14") & (matched["metric"] == "registered")].iloc[0]
    assert sragen["difference"] == 36  # "1.200-an" published; 1.236 in the demo registry


def test_kota_serang_compares_with_the_snapshot_nearest_a_year_back_not_22_months():
    """Kota Serang on 5 Nov 2025: the year-end 2024 snapshot (11 months back), not 31 Dec 2023; and % aktif
    without the Merah Putih cooperatives still in formation, beside the % aktif that counts them."""
    regions = queries.region_status_as_of(Store(), D(2025, 11, 5), ["36.73"])
    row = regions.iloc[0]
    assert (row["year_ago_snapshot_date"].date(), row["year_ago_months"]) == (D(2024, 12, 31), 11)
    when = tables.change_table(regions, "id").set_index("Perubahan").loc["Sejak sekitar setahun sebelumnya"]
    assert when["Dibanding pemutakhiran"] == "31 Desember 2024 (11 bulan sebelumnya)"
    cards = {card.label: card.value for card in tables.kpi_cards(regions, "id")}
    established = 100 * row["aktif_count"] / (row["registered_count"] - row["belum_beroperasi_count"])
    assert row["belum_beroperasi_count"] == 62
    assert cards["% aktif tanpa yang belum beroperasi"] == f"{established:.1f}%".replace(".", ",")
    assert cards["% aktif"] != cards["% aktif tanpa yang belum beroperasi"]


def test_the_call_list_is_ranked_by_risk_from_each_ones_own_record(tmp_path):
    """Same warning, different records: the one often behind, whose RAT was never reported, whose business
    is unknown and whose members fell by a fifth comes first; each reason is said in words."""
    from kopdash.domain.early_warning import never_behind, rank, short_list

    before, now = D(2024, 12, 31), D(2025, 11, 5)
    root = build_tiny_store(tmp_path / "store")
    steady = dict(members=50)
    write_rows(
        root,
        "11.01",
        before,
        [
            coop("1101000000000021", D(2000, 1, 1), 2021, members=50),  # behind a year earlier
            coop("1101000000000022", D(2000, 1, 1), 2023, **steady),
        ],
        "permenkop_9_2018",
    )
    write_rows(
        root,
        "11.01",
        now,
        [
            coop("1101000000000021", D(2000, 1, 1), 2024, operating=None, rat_reported=False, members=40),
            coop("1101000000000022", D(2000, 1, 1), 2024, **steady),
        ],
        "permenkop_9_2018",
    )
    store = Store(root)
    warnings = early_warning(queries.early_warning_candidates(store, "11.01", now), now)
    assert set(warnings["warning"]) == {"becomes_kurang_aktif"}
    ranked = rank(warnings, queries.early_warning_history(store, "11.01", now))
    assert list(ranked["nik"].str[-2:]) == ["21", "22"] and list(ranked["risk"]) == [2 + 2 + 1 + 2, 0]
    said = early_warning_view.call_list(ranked, "id")["Tanda risiko dari riwayatnya"].tolist()
    assert said == [
        "RAT terlambat atau terlewat pada 1 pemutakhiran sebelumnya; laporan RAT terakhir tidak sampai ke "
        "dinas; tidak diketahui apakah usahanya berjalan; anggota turun dari 50 menjadi 40 dibanding "
        "sekitar setahun lalu",
        "tidak ada tanda lain",
    ]
    assert list(short_list(ranked, size=1)["nik"]) == ["1101000000000021"], "the most at risk first"
    assert never_behind(ranked) == 1, "one of the two shows no sign of risk in its record"


def test_cooperatives_that_start_operating_are_named_apart_from_the_revived():
    counts = pd.DataFrame(
        [
            ("belum_beroperasi", "aktif", 4),
            ("belum_beroperasi", "kurang_aktif", 1),
            ("belum_beroperasi", "tidak_aktif", 2),  # owed a RAT and missed it: a decline
            ("belum_beroperasi", "belum_beroperasi", 60),
            ("tidak_aktif", "aktif", 2),
        ],
        columns=["from_status", "to_status", "cooperative_count"],
    )
    moved = transitions_view.movements(counts)
    assert (moved["started"], moved["revived"], moved["declined"]) == (5, 2, 2)
    sentence = transitions_view.summary(counts, D(2025, 10, 5), D(2025, 11, 5), "id")
    assert (
        "2 bangkit kembali" in sentence
        and "5 mulai beroperasi (belum beroperasi → aktif/kurang aktif)" in sentence
    )
