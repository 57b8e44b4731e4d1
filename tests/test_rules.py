"""Edges of the harmonised status rule (docs/store.md, "The harmonised status rule")."""

import datetime as dt

import pandas as pd
import pytest

from kopdash.domain.rules import DEFAULT_PROFILE, ODS_PROFILE, RuleProfile, derive, due_year, status_of

D = dt.date
TANGERANG = RuleProfile("tangerang", 1, 2, 5)


@pytest.mark.parametrize(
    "snapshot, expected",
    [
        (D(2021, 6, 30), 2019),  # the FY2020 RAT is still within its deadline on 30 June
        (D(2021, 7, 1), 2020),  # ... and overdue from 1 July
        (D(2021, 1, 1), 2019),
        (D(2021, 12, 31), 2020),
    ],
)
def test_due_year_turns_on_1_july(snapshot, expected):
    assert due_year(snapshot) == expected


def test_rat_held_for_last_due_year_is_aktif_on_either_side_of_the_deadline():
    est = D(2010, 1, 1)
    assert status_of(D(2021, 6, 30), est, 2019) == ("aktif", False)
    assert status_of(D(2021, 6, 30), est, 2020) == ("aktif", False)  # held early
    assert status_of(D(2021, 7, 1), est, 2020) == ("aktif", False)


def test_30_june_vs_1_july_moves_one_missed_rat():
    est = D(2010, 1, 1)
    # Last RAT for FY2019: on 30 June 2021 nothing is overdue, on 1 July FY2020 is.
    assert status_of(D(2021, 6, 30), est, 2019)[0] == "aktif"
    assert status_of(D(2021, 7, 1), est, 2019)[0] == "kurang_aktif"
    # Last RAT for FY2018: one missed on 30 June, two (tidak aktif) on 1 July.
    assert status_of(D(2021, 6, 30), est, 2018)[0] == "kurang_aktif"
    assert status_of(D(2021, 7, 1), est, 2018)[0] == "tidak_aktif"


def test_dissolution_candidate_threshold_is_per_profile():
    est = D(2000, 1, 1)
    snap = D(2018, 9, 4)  # due year 2017
    assert status_of(snap, est, 2014) == ("tidak_aktif", True)  # 3 missed, Permenkop default
    assert status_of(snap, est, 2014, profile=TANGERANG) == ("tidak_aktif", False)
    assert status_of(snap, est, 2012, profile=TANGERANG) == ("tidak_aktif", True)  # 5 missed
    assert status_of(snap, est, 2013, profile=TANGERANG) == ("tidak_aktif", False)  # 4 missed


def test_never_held_a_rat_counts_from_the_establishment_year():
    snap = D(2021, 7, 18)  # due year 2020
    # Established 2020: owes the FY2020 RAT, so one missed.
    assert status_of(snap, D(2020, 3, 1), None) == ("kurang_aktif", False)
    # Established 2019: owes FY2019 and FY2020.
    assert status_of(snap, D(2019, 11, 1), None) == ("tidak_aktif", False)
    # Established 2018: three missed, a dissolution candidate.
    assert status_of(snap, D(2018, 5, 1), None) == ("tidak_aktif", True)


def test_established_after_due_year_owes_no_rat():
    snap = D(2025, 11, 5)  # due year 2024
    assert status_of(snap, D(2025, 7, 1), None, operating=True) == ("aktif", False)
    assert status_of(snap, D(2025, 7, 1), None, operating=False) == ("belum_beroperasi", False)
    # Owing no RAT yet, only business shown makes it aktif: unknown is unknown, never aktif.
    assert status_of(snap, D(2025, 7, 1), None, operating=None) == ("belum_diketahui", False)
    # Established in the due year itself already owes that year's RAT.
    assert status_of(snap, D(2024, 12, 31), None, operating=True) == ("kurang_aktif", False)


def test_operating_false_downgrades_aktif_but_unknown_does_not():
    est = D(2010, 1, 1)
    snap = D(2021, 7, 18)
    assert status_of(snap, est, 2020, operating=False)[0] == "kurang_aktif"
    assert status_of(snap, est, 2020, operating=None)[0] == "aktif"
    # Not operating does not lift a tidak aktif to kurang aktif.
    assert status_of(snap, est, 2017, operating=False)[0] == "tidak_aktif"
    assert status_of(snap, est, 2017, operating=None)[0] == "tidak_aktif"


def test_dissolved_wins_over_everything_from_its_date():
    est = D(2010, 1, 1)
    assert status_of(D(2021, 7, 18), est, 2020, dissolved_on=D(2021, 7, 18)) == (
        "dibubarkan",
        False,
    )
    assert status_of(D(2021, 7, 18), est, 2012, dissolved_on=D(2021, 7, 19)) == (
        "tidak_aktif",
        True,
    )


def test_derive_is_vectorised_and_keeps_the_index():
    frame = pd.DataFrame(
        {
            "established_on": [D(2010, 1, 1), D(2010, 1, 1), D(2025, 8, 1)],
            "last_rat_year": pd.array([2024, None, None], dtype="Int64"),
            "operating": pd.array([True, None, False], dtype="boolean"),
        },
        index=[10, 11, 12],
    )
    out = derive(frame, D(2025, 11, 5), DEFAULT_PROFILE)
    assert list(out.index) == [10, 11, 12]
    assert list(out["status"]) == ["aktif", "tidak_aktif", "belum_beroperasi"]
    assert list(out["dissolution_candidate"]) == [False, True, False]
    assert list(out["missed_rats"]) == [0, 15, 0]


# -- properties over any dates and histories -------------------------------------------------------
from hypothesis import given  # noqa: E402
from hypothesis import strategies as st

RANK = {
    "aktif": 0,
    "belum_diketahui": 1,
    "belum_beroperasi": 1,
    "kurang_aktif": 1,
    "tidak_aktif": 2,
    "dibubarkan": 3,
}


@st.composite
def cooperatives(draw):
    snapshot = draw(st.dates(D(2015, 1, 1), D(2030, 12, 31)))
    established = draw(st.dates(D(1960, 1, 1), snapshot))
    last = (
        draw(st.none())
        if established.year >= snapshot.year
        else draw(st.one_of(st.none(), st.integers(established.year, snapshot.year - 1)))
    )
    return snapshot, established, last


@given(cooperatives())
def test_unknown_operating_is_never_worse_than_operating(coop):
    snapshot, established, last = coop
    unknown = status_of(snapshot, established, last, None)
    if established.year > due_year(snapshot):  # owes no RAT yet: no evidence either way
        assert unknown == ("belum_diketahui", False)
    else:  # RAT evidence: an unknown business never lowers it
        assert unknown == status_of(snapshot, established, last, True)
    worse, _ = status_of(snapshot, established, last, False)
    better, _ = status_of(snapshot, established, last, True)
    assert RANK[worse] >= RANK[better]


@given(cooperatives(), st.integers(1, 5))
def test_a_later_rat_never_makes_a_status_worse(coop, later_by):
    snapshot, established, last = coop
    newer = min((last if last is not None else established.year - 1) + later_by, snapshot.year - 1)
    if newer < established.year:
        return
    before, _ = status_of(snapshot, established, last)
    after, _ = status_of(snapshot, established, newer)
    assert RANK[after] <= RANK[before]


@given(
    cooperatives(),
    st.sampled_from([DEFAULT_PROFILE, TANGERANG, ODS_PROFILE]),
    st.sampled_from([None, True, False]),
)
def test_a_dissolution_candidate_is_always_tidak_aktif(coop, profile, operating):
    snapshot, established, last = coop
    status, candidate = status_of(snapshot, established, last, operating, profile=profile)
    if candidate:
        assert status == "tidak_aktif"


def test_no_founding_date_and_no_rat_year_is_no_evidence_either_way():
    frame = pd.DataFrame(
        {
            "established_on": [None, None, None, None, None],
            "last_rat_year": pd.array([None, None, None, None, 2023], dtype="Int64"),
            "operating": pd.array([None, True, False, None, None], dtype="boolean"),
            "programme": [None, None, None, "koperasi_merah_putih", None],
        }
    )
    out = derive(frame, D(2024, 12, 31), DEFAULT_PROFILE)
    # unknown, unknown (running, but owing how many RATs?), not running, a KMP in formation, a RAT held
    assert list(out["status"]) == [
        "belum_diketahui",
        "belum_diketahui",
        "kurang_aktif",
        "belum_diketahui",
        "aktif",
    ]
    assert not out["dissolution_candidate"].any()


def test_the_ministrys_ods_profile_needs_a_stopped_business_for_tidak_aktif():
    snap, est = D(2024, 12, 31), D(2010, 1, 1)  # due year 2023
    # Three fiscal years (2021–2023) without a RAT, business still running.
    assert status_of(snap, est, 2020, True) == ("tidak_aktif", True)
    assert status_of(snap, est, 2020, True, profile=ODS_PROFILE) == ("kurang_aktif", False)
    assert status_of(snap, est, 2020, None, profile=ODS_PROFILE) == ("kurang_aktif", False)
    assert status_of(snap, est, 2020, False, profile=ODS_PROFILE) == ("tidak_aktif", True)
    # Two missed, business stopped: tidak aktif by Permenkop 9/2018, not yet by the ODS (3 years).
    assert status_of(snap, est, 2021, False)[0] == "tidak_aktif"
    assert status_of(snap, est, 2021, False, profile=ODS_PROFILE)[0] == "kurang_aktif"
