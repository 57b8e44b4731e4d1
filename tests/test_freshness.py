"""Today's date where a deadline is counted and where the data's age matters: deadlines from today unless
the person looks back, a months-old snapshot said on every page, far snapshots named on /banding."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from streamlit.testing.v1 import AppTest

from kopdash.domain.early_warning import months_between
from kopdash.present import freshness

from conftest import app_at, page_script

D = dt.date
TODAY = D(2026, 12, 3)
SERANG = pd.DataFrame({"region_name": ["Kabupaten Serang"], "last_snapshot": [D(2025, 12, 31)]})


def test_a_deadline_is_counted_from_today_at_the_newest_date():
    # At the newest snapshot (31 Dec 2025) on 3 Dec 2026, the 30 June 2026 deadline is past: said so.
    words = freshness.deadline_words(D(2026, 6, 30), D(2025, 12, 31), D(2025, 12, 31), TODAY, "id")
    assert words.startswith("Tenggat RAT 30 Juni 2026 sudah lewat (hari ini 3 Desember 2026)")
    ahead = freshness.deadline_words(D(2027, 6, 30), D(2026, 11, 30), D(2026, 11, 30), TODAY, "id")
    assert ahead.startswith("Tenggat RAT: 30 Juni 2027,") and "dihitung dari" not in ahead
    from kopdash.domain.contact import working_days_until

    assert f"{working_days_until(TODAY, D(2027, 6, 30)).days} hari kerja lagi" in ahead


def test_looking_back_counts_from_the_chosen_date_and_says_so():
    words = freshness.deadline_words(D(2022, 6, 30), D(2021, 7, 18), D(2025, 12, 31), TODAY, "id")
    assert "hari kerja lagi" in words and "(dihitung dari 18 Juli 2021, tanggal yang dipilih)" in words
    assert freshness.counted_from(D(2021, 7, 18), D(2025, 12, 31), TODAY) == D(2021, 7, 18)
    assert freshness.counted_from(D(2025, 12, 31), D(2025, 12, 31), TODAY) == TODAY


def test_a_months_old_snapshot_is_said_with_its_age():
    assert freshness.age_note(SERANG, D(2025, 12, 31), TODAY, "id") == (
        "Pemutakhiran terbaru Kabupaten Serang: 31 Desember 2025, 11 bulan lalu. Angka di halaman ini bukan "
        "keadaan hari ini; impor registri yang lebih baru."
    )
    assert freshness.age_note(SERANG, D(2025, 12, 31), D(2026, 3, 1), "id") is None  # two months: fine
    assert freshness.age_note(SERANG, D(2021, 7, 18), TODAY, "id") is None  # looking back on purpose


def test_far_snapshots_on_the_comparison_are_named():
    regions = pd.DataFrame(
        {
            "region_name": ["Kota Serang", "Kabupaten Sragen", "Kota Surakarta", "Kabupaten Serang"],
            "snapshot_date": [D(2025, 11, 5), D(2025, 1, 31), D(2025, 1, 31), D(2025, 2, 28)],
        }
    )
    note = freshness.far_note(regions, D(2025, 11, 5), "id")
    assert note.startswith(
        "3 dari 4 wilayah dibandingkan pada pemutakhiran lebih dari 3 bulan sebelum 5 November"
    )
    assert "Kabupaten Sragen (31 Jan 2025, 9 bulan sebelumnya)" in note
    assert freshness.far_note(regions.head(1), D(2025, 11, 5), "id") is None


def open_page(page: str | None, params: dict) -> AppTest:
    return app_at(page, params)


def test_pages_count_the_deadline_from_today_and_say_how_old_the_demo_is():
    today = dt.date.today()
    months = months_between(D(2025, 12, 31), today)
    overview = open_page(None, {})  # the frame says it, on every page
    assert f"Pemutakhiran terbaru dari 5 wilayah yang ditampilkan: 31 Desember 2025, {months} bulan lalu" in (
        " ".join(w.value.replace("\\", "") for w in overview.warning)
    )
    looking_back = open_page(None, {"date": "2021-07-18"})
    assert not [w for w in looking_back.warning if "Pemutakhiran terbaru" in w.value], "the past, on purpose"
    watch = open_page(page_script("early_warning"), {"region": "36.04"})
    said = " ".join(c.value for c in watch.caption)
    if today > D(2026, 6, 30):  # the deadline after the 31 Dec 2025 snapshot
        assert "Tenggat RAT 30 Juni 2026 sudah lewat (hari ini" in said
    back = open_page(page_script("early_warning"), {"region": "36.04", "date": "2021-07-18"})
    assert "dihitung dari 18 Juli 2021" in " ".join(c.value for c in back.caption)
    # The frame's note on a page of one region is seen in the browser (test_browser.py): AppTest runs a
    # page it switches to without the frame.
