"""From warning to call to outcome: an official records a contact from a call list; it is an event in the
store, on the cooperative's page, in the interventions counts and on the early-warning list."""

import datetime as dt
import shutil

import pytest
from streamlit.testing.v1 import AppTest

from kopdash import queries
from kopdash.ingest import events
from kopdash.store import Store

from conftest import ROOT, app_at, page_script, text_tables

AS_OF = "2025-11-05"


@pytest.fixture
def demo_copy(tmp_path, monkeypatch):
    root = tmp_path / "demo"
    shutil.copytree(ROOT / "data", root)
    monkeypatch.setenv("KOPDASH_DATA_DIR", str(root))
    return root


def open_page(page: str, **params) -> AppTest:
    return app_at(page, {"date": AS_OF, **params}, timeout=90)


def test_a_recorded_contact_is_an_event_and_the_days_last_word(demo_copy):
    # An events import earlier the same day left quarantined rows: recording calls keeps them.
    kept = demo_copy / events.quarantine_path("36.73", dt.date(2026, 11, 23))
    kept.parent.mkdir(parents=True, exist_ok=True)
    kept.write_bytes(b"the day's quarantine")
    store = Store(demo_copy)
    nik = queries.programme_cooperatives(store, "koperasi_merah_putih", "36.73", dt.date(2025, 11, 5))[
        "nik"
    ].iloc[0]
    day = dt.date(2026, 11, 23)
    events.record_contact(demo_copy, "36.73", nik, "pemanggilan", "telepon", "tidak_tersambung", day=day)
    events.record_contact(
        demo_copy,
        "36.73",
        nik,
        "pemanggilan",
        "whatsapp",
        "janji_rat",
        "Ketua sakit",
        promised_rat_by=dt.date(2027, 3, 15),
        day=day,
    )
    store = Store(demo_copy)
    mine = queries.cooperative_events(store, nik, "36.73")
    mine = mine[mine["event_date"].dt.date == day]
    assert len(mine) == 1  # the same day, kind and cooperative: replaced, not doubled
    last = mine.iloc[-1]
    assert (last["kind"], last["channel"], last["outcome"]) == ("pemanggilan", "whatsapp", "janji_rat")
    assert last["note"] == "RAT dijanjikan sebelum 2027-03-15; Ketua sakit"
    contacts = queries.recent_contacts(store, "36.73", dt.date(2026, 6, 30), day)
    assert list(contacts["nik"]) == [nik] and contacts["last_outcome"].iloc[0] == "janji_rat"
    counted = queries.event_counts(store, ["36.73"])
    assert counted[counted["kind"] == "pemanggilan"]["event_count"].sum() >= 1
    assert kept.read_bytes() == b"the day's quarantine"
    with pytest.raises(ValueError):
        events.record_contact(demo_copy, "36.73", nik, "pelatihan", "telepon", "tersambung")


def test_an_official_records_a_call_from_the_early_warning_list(demo_copy):
    # Today, on the latest snapshot (5 November 2025): a call made today counts.
    app = open_page(page_script("early_warning"), region="36.73", date=dt.date.today().isoformat())
    assert not [box for box in app.selectbox if box.label == "Koperasi"], "the form is built once opened"
    app.session_state["contact:36.73:open"] = True  # what a click on "Catat kontak…" does
    app.run()
    who = next(box for box in app.selectbox if box.label == "Koperasi")
    who.set_value(0)
    next(r for r in app.radio if r.label == "Hasil").set_value("tersambung")
    next(r for r in app.radio if r.label == "Lewat").set_value("whatsapp")
    next(box for box in app.text_input if box.label == "Catatan").input("Ketua siap RAT Maret")
    next(b for b in app.button if b.label == "Simpan kontak").click()
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    assert any(s.value.replace("\\", "").startswith("Tersimpan: pemanggilan pengurus") for s in app.success)
    listed = app.dataframe[0].value
    # The first of the list was chosen (the form lists them in the same order): it now says so.
    from kopdash.present import fmt

    said = listed.iloc[0]["Sudah dihubungi"]
    assert said.startswith(fmt.date_short(dt.date.today()) + ": Tersambung (")
    # On the cooperative's page, with the event's words.
    today = dt.date.today()
    recorded = queries.recent_contacts(Store(demo_copy), "36.73", today - dt.timedelta(days=1), today)
    assert len(recorded) == 1  # the one recorded today
    nik = recorded["nik"].iloc[0]
    page = open_page(page_script("cooperative"), nik=nik, region="36.73", date=dt.date.today().isoformat())
    shown = [table.to_string() for table in text_tables(page)]
    assert any("WhatsApp" in text and "Tersambung" in text for text in shown), (nik, shown)


def test_a_tap_on_a_call_lists_row_opens_a_page_where_the_call_is_recorded_for_that_cooperative(demo_copy):
    """The call list's row opens the cooperative's page; there the form is open, for that cooperative only
    (nothing to pick from a list of 62), and the call it records is on the page at once."""
    today = dt.date.today()
    nik = queries.early_warning_candidates(Store(demo_copy), "36.73", dt.date(2025, 11, 5))["nik"].iloc[0]
    app = open_page(page_script("cooperative"), nik=nik, region="36.73", date=today.isoformat())
    assert not [box for box in app.selectbox if box.label == "Koperasi"], "the cooperative is already chosen"
    assert any(h.value == "Catat kontak dengan koperasi ini" for h in app.subheader)
    next(r for r in app.radio if r.label == "Hasil").set_value("tersambung")
    next(b for b in app.button if b.label == "Simpan kontak").click()
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    assert any(s.value.replace("\\", "").startswith("Tersimpan: pemanggilan pengurus") for s in app.success)
    recorded = queries.recent_contacts(Store(demo_copy), "36.73", today - dt.timedelta(days=1), today)
    assert list(recorded["nik"]) == [nik]
    assert any("Tersambung" in table.to_string() for table in text_tables(app)), "on the page at once"
