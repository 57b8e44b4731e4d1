"""Search from every page: part of a name or a NIK, within the regions a person may see."""

import datetime as dt

import pytest
from streamlit.testing.v1 import AppTest

from kopdash import queries
from kopdash.domain.access import Access
from kopdash.store import Store

from conftest import ROOT, app_at

AS_OF = dt.date(2025, 11, 5)


@pytest.fixture(scope="module")
def store():
    return Store()


def test_search_finds_by_part_of_a_name_in_any_case_and_by_nik_start(store):
    found = queries.cooperative_search(store, "MERAH PUTIH cur", AS_OF, ["36.73"])
    assert len(found) == 2 and all("Merah Putih Cur" in name for name in found["name"])
    nik = found["nik"].iloc[0]
    by_nik = queries.cooperative_search(store, nik[:12], AS_OF, ["36.73"])
    assert nik in set(by_nik["nik"]) and all(n.startswith(nik[:12]) for n in by_nik["nik"])
    assert queries.cooperative_search(store, "%", AS_OF, ["36.73"]).empty  # % is a character, not a wildcard
    assert len(queries.cooperative_search(store, "koperasi", AS_OF, ["36.73"])) == 25  # at most 25


def test_search_respects_the_regions_a_person_may_see(store):
    official = Access("pejabat", frozenset({"36.73"}), "pejabat@serangkota.go.id")
    every = ["36.04", "33.14", "36.73", "33.72", "36.03"]
    allowed = official.unit_regions(every)
    assert allowed == ["36.73"]
    found = queries.cooperative_search(store, "koperasi", AS_OF, allowed, limit=1000)
    assert set(found["region_code"]) == {"36.73"}
    assert Access("publik", None, None).unit_regions(every) == []


def test_typing_and_choosing_opens_the_cooperatives_page():
    app = app_at(None, {"date": AS_OF.isoformat()})
    app.text_input(key="search_text").input("Merah Putih Curug").run()
    results = [box for box in app.selectbox if box.key and box.key.startswith("search_pick:")]
    assert len(results) == 1 and results[0].label.startswith("2 ditemukan")
    assert "Curug" in results[0].options[0] and "Kota Serang" in results[0].options[0]
    results[0].set_value(0).run()
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    assert app.query_params["nik"].startswith("3673") and app.query_params["region"] == "36.73"
    assert any("Mengapa" in m.value for m in app.markdown)


def test_the_public_has_no_search_box(monkeypatch, tmp_path):
    roles = tmp_path / "roles.toml"
    roles.write_text('[local]\nrole = "publik"\n')
    monkeypatch.setenv("KOPDASH_ROLES", str(roles))
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.run()
    assert not app.exception and not [box for box in app.text_input if box.key == "search_text"]
