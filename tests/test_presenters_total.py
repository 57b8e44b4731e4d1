"""Every per-cooperative presenter works on every row an import accepts: founding date, RAT year, operating,
programme, members and dissolution each known or blank, under every bundled rule profile (hypothesis)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from kopdash.domain import early_warning as warning_rules
from kopdash.domain.rules import DEFAULT_PROFILE, ODS_PROFILE, RuleProfile, derive
from kopdash.domain.schema import STATUSES
from kopdash.present import cards, charts, explain
from kopdash.present import cooperative as cooperative_view
from kopdash.present import early_warning as early_warning_view

D = dt.date
PROFILES = [DEFAULT_PROFILE, RuleProfile("tangerang_5_tahun", 1, 2, 5, "Tangerang"), ODS_PROFILE]


@st.composite
def histories(draw):
    """One cooperative at one to three snapshots, as an import would store it, and the profile used."""
    days = sorted(
        draw(st.lists(st.dates(D(2016, 1, 1), D(2026, 12, 7)), min_size=1, max_size=3, unique=True))
    )
    founded = draw(st.one_of(st.none(), st.dates(D(1960, 1, 1), days[0])))
    earliest_rat = founded.year if founded else 1960
    last = draw(st.one_of(st.none(), st.integers(earliest_rat, days[0].year)))
    profile = draw(st.sampled_from(PROFILES))
    base = {
        "region_code": "36.73",
        "region_name": "Kota Serang",
        "nik": "3673011002000001",
        "name": draw(st.sampled_from(["Koperasi Kelurahan Merah Putih Cipare", "<b>KSP</b> Maju"])),
        "district": draw(st.one_of(st.none(), st.just("Serang"))),
        "village": draw(st.one_of(st.none(), st.just("Cipare"))),
        "established_on": founded,
        "kind": draw(st.one_of(st.none(), st.just("simpan_pinjam"))),
        "segment": draw(st.one_of(st.none(), st.just("masyarakat"))),
        "programme": draw(st.one_of(st.none(), st.just("koperasi_merah_putih"))),
        "last_rat_year": last,
        "rat_reported": draw(st.one_of(st.none(), st.booleans())),
        "operating": draw(st.one_of(st.none(), st.booleans())),
        "members": draw(st.one_of(st.none(), st.integers(0, 5000))),
        "reported_status": draw(
            st.one_of(st.none(), st.sampled_from(["Aktif", "Pasif", "Belum beroperasi"]))
        ),
        "dissolved_on": draw(st.one_of(st.none(), st.dates(D(2016, 1, 1), days[-1]))),
        "chair_name": None,
        "phone": draw(st.one_of(st.none(), st.just("0840-1234-5678"))),
        "address": None,
        "profile_id": profile.rule_profile,
        "less_active_after": profile.less_active_after,
        "inactive_after": profile.inactive_after,
        "dissolution_after": profile.dissolution_after,
        "profile_basis": profile.basis,
        "inactive_requires_not_operating": profile.inactive_requires_not_operating,
    }
    rows = pd.DataFrame([{**base, "snapshot_date": day} for day in days])
    for column, dtype in (("last_rat_year", "Int64"), ("members", "Int64")):
        rows[column] = pd.array(rows[column], dtype=dtype)
    for column in ("operating", "rat_reported"):
        rows[column] = pd.array(rows[column], dtype="boolean")
    parts = [derive(rows.iloc[[i]], day, profile) for i, day in enumerate(days)]
    derived = pd.concat(parts)
    rows["status"], rows["dissolution_candidate"] = derived["status"], derived["dissolution_candidate"]
    return rows, profile


@settings(max_examples=60, deadline=None)
@given(histories(), st.sampled_from(["id", "en"]))
def test_the_cooperative_page_and_its_lists_never_raise(history, lang):
    rows, profile = history
    current = rows.iloc[-1]
    assert current["status"] in STATUSES
    words = explain.explain_status(current, profile, lang)
    assert words and "{" not in words, words
    assert len(cooperative_view.identity_table(current, lang)) >= 9
    assert len(cooperative_view.history_table(rows, lang)) == len(rows)
    assert cooperative_view.rat_record(rows, lang)
    cooperative_view.reported_status_note(current, lang)
    charts.status_timeline(rows, lang)
    charts.members_over_time(rows, lang)
    day = current["snapshot_date"]
    flagged = warning_rules.early_warning(rows.iloc[[-1]].reset_index(drop=True), day)
    ranked = warning_rules.rank(flagged, pd.DataFrame({"nik": pd.Series(dtype=str)}))
    assert len(early_warning_view.call_list(ranked, lang)) == len(flagged)
    assert len(cards.early_warning_cards(ranked, lang, personal=True)) == len(flagged)


def test_a_programme_cooperative_with_neither_founding_date_nor_rat_explains_itself():
    """The row that raised IndexError: a roster's cooperative with no founding date and no RAT."""
    row = pd.Series(
        {
            "snapshot_date": D(2025, 11, 5),
            "status": "belum_diketahui",
            "established_on": None,
            "last_rat_year": None,
            "operating": None,
            "programme": "koperasi_merah_putih",
            "dissolution_candidate": False,
        }
    )
    words = explain.explain_status(row, DEFAULT_PROFILE, "id")
    assert "tanpa tanggal badan hukum dan belum RAT" in words and "belum diketahui" in words
