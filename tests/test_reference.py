"""regions.csv and rule_profiles.csv as offices edit them by hand: every problem is named in words, on
screen and by the commands, a bad row is left out, and nothing is counted twice."""

from __future__ import annotations

import datetime as dt

import office_exports as ox
import pandas as pd
import pytest

from kopdash import queries
from kopdash.ingest import registry
from kopdash.ingest.office_files import ImportRefused
from kopdash.store import Store, reference, rule_admin
from kopdash.store.location import Location

from conftest import app_at, build_tiny_store, kopdash_command, kpis

NOW = dt.date(2021, 12, 31)


def spoil(root, name: str, change) -> None:
    path = root / name
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")


def registered(store: Store) -> int:
    return int(queries.region_status_as_of(store, NOW)["registered_count"].sum())


def test_a_repeated_region_counts_once_and_is_named(tmp_path):
    root = build_tiny_store(tmp_path / "store")
    before = registered(Store(root))
    spoil(root, "regions.csv", lambda text: text + text.splitlines()[1] + "\n")
    store = Store(root)
    assert registered(store) == before, "the overview adds each region once"
    assert len(queries.region_rules(store)) == 2
    assert store.reference_problems == [
        "wilayah 11.01 tercantum 2 kali di regions.csv (yang pertama dipakai)"
    ]


@pytest.mark.parametrize(
    ("row", "words"),
    [
        ("lima_tahun,1,dua,5,five years", "harus bilangan bulat 1 sampai 20"),
        ("lima_tahun,3,2,5,five years", "harus kurang aktif ≤ tidak aktif ≤ calon pembubaran"),
        ("lima_tahun,1,2,5,", "dasar aturan"),
    ],
)
def test_an_unusable_profile_is_named_left_out_and_blocks_imports_of_its_regions(tmp_path, row, words):
    root = build_tiny_store(tmp_path / "store")
    spoil(root, "rule_profiles.csv", lambda text: "\n".join(text.splitlines()[:2] + [row]) + "\n")
    store = Store(root)  # opens: every page keeps working
    assert any(words in problem for problem in store.reference_problems), store.reference_problems
    assert any("Kota <b>Beta</b> (11.02) memakai profil lima_tahun" in p for p in store.reference_problems)
    assert list(queries.region_rules(store)["less_active_after"].fillna(-1)) == [1, -1]
    assert registered(store) > 0
    with pytest.raises(ImportRefused, match="profil aturan status 'lima_tahun' wilayah 11.02"):
        registry.plan_import(ox.csv_bytes(), "x.csv", "11.02", NOW, root)


def test_a_misspelt_profile_is_named_not_silently_replaced_by_the_default(tmp_path):
    root = build_tiny_store(tmp_path / "store")
    spoil(root, "regions.csv", lambda text: text.replace("lima_tahun", "lima_tahn"))
    checked = reference.load(Location(root))
    assert checked.problems == ["Kota <b>Beta</b> (11.02) memakai profil lima_tahn yang tidak ada"]
    assert (
        checked.profile_of("11.02") is None and checked.profile_of("11.01").rule_profile == "permenkop_9_2018"
    )


def test_the_page_names_the_problem_and_still_shows_the_numbers(tmp_path, monkeypatch):
    root = build_tiny_store(tmp_path / "store")
    spoil(root, "rule_profiles.csv", lambda text: text.replace("lima_tahun,1,2,5", "lima_tahun,1,x,5"))
    spoil(root, "regions.csv", lambda text: text + text.splitlines()[1] + "\n")
    monkeypatch.setenv("KOPDASH_DATA_DIR", str(root))
    app = app_at(None, {"date": NOW.isoformat()})
    said = " ".join(w.value for w in app.warning).replace("\\", "")
    assert "tabel acuan" in said.lower() and "lima_tahun" in said and "11.01 tercantum 2 kali" in said
    assert kpis(app), "the KPIs are still drawn"


def test_the_commands_name_the_problems_and_refuse_an_import_under_a_broken_rule(tmp_path):
    root = ox.scratch_store(tmp_path / "store")
    spoil(
        root,
        "rule_profiles.csv",
        lambda text: text.replace("tangerang_5_tahun,1,2,5", "tangerang_5_tahun,3,2,5"),
    )
    export = tmp_path / "ekspor.csv"
    export.write_bytes(ox.csv_bytes())
    result = kopdash_command(root, "ingest", str(export), "--region", ox.REGION, "--date", "2024-12-31")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "Peringatan: profil tangerang_5_tahun: harus kurang aktif ≤ tidak aktif" in result.stderr
    assert "perbaiki di halaman Aturan status" in result.stderr
    assert not (root / "registry").exists()


def test_the_rules_page_cannot_save_what_the_store_would_refuse(tmp_path):
    root = build_tiny_store(tmp_path / "store")
    store = Store(root)
    profiles = store.query("SELECT * FROM rule_profiles")
    regions = pd.concat([store.query("SELECT * FROM regions")] * 2, ignore_index=True)
    with pytest.raises(ValueError, match="tercantum 2 kali"):
        rule_admin.save(root, profiles, regions)


def test_the_rules_page_shows_a_broken_profile_so_it_can_be_mended(tmp_path, monkeypatch):
    root = build_tiny_store(tmp_path / "store")
    spoil(root, "rule_profiles.csv", lambda text: text.replace("lima_tahun,1,2,5", "lima_tahun,1,dua,5"))
    monkeypatch.setenv("KOPDASH_DATA_DIR", str(root))
    app = app_at("rules")
    shown = app.dataframe[0].value if app.dataframe else None
    assert shown is not None and "lima_tahun" in set(shown["rule_profile"]), "the broken row is there to edit"
    assert pd.isna(shown.loc[shown["rule_profile"] == "lima_tahun", "inactive_after"]).all()
