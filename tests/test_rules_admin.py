"""The status-rules page (admin): edits are checked in words, saved with a new version, and the next
import uses them."""

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from kopdash.ingest import registry
from kopdash.store import Store, rule_admin

from conftest import ROOT, _unescaped, app_at, build_tiny_store, page_script


def tables(root):
    store = Store(root)
    return store.query("SELECT * FROM rule_profiles"), store.query("SELECT * FROM regions")


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"less_active_after": 3, "inactive_after": 2}, "kurang aktif ≤ tidak aktif"),
        ({"dissolution_after": 0}, "bilangan bulat 1 sampai 20"),
        ({"rule_profile": "Lima Tahun!"}, "huruf kecil"),
        ({"basis": " "}, "dasar aturan"),
    ],
)
def test_a_wrong_profile_is_refused_in_words(tmp_path, change, words):
    profiles, regions = tables(build_tiny_store(tmp_path / "s"))
    for column, value in change.items():
        profiles.loc[0, column] = value
    assert any(words in problem for problem in rule_admin.check(profiles, regions))


def test_a_region_cannot_point_at_a_missing_profile(tmp_path):
    profiles, regions = tables(build_tiny_store(tmp_path / "s"))
    regions.loc[0, "rule_profile"] = "tidak_ada"
    assert rule_admin.check(profiles, regions) == [
        "Kabupaten Alpha (11.01) memakai profil tidak_ada yang tidak ada"
    ]


def test_saved_rules_renew_the_version_and_the_next_import_uses_them(tmp_path):
    import office_exports as ox

    root = ox.scratch_store(tmp_path / "store")
    before = Store(root)
    profiles, regions = tables(root)
    assert rule_admin.check(profiles, regions) == []
    profiles = pd.concat(
        [
            profiles,
            pd.DataFrame(
                [
                    {
                        "rule_profile": "ketat",
                        "less_active_after": 1,
                        "inactive_after": 1,
                        "dissolution_after": 2,
                        "basis": "uji",
                    }
                ]
            ),
        ],
        ignore_index=True,
    )
    regions.loc[regions["region_code"] == ox.REGION, "rule_profile"] = "ketat"
    rule_admin.save(root, profiles, regions)
    assert (
        before.refresh_if_changed() != ""
        and before.query("SELECT rule_profile FROM regions WHERE region_code = $r", r=ox.REGION)[
            "rule_profile"
        ][0]
        == "ketat"
    )
    plan = registry.plan_import(ox.csv_bytes(), "ekspor.csv", ox.REGION, ox.SNAPSHOT, root)
    assert plan.profile.rule_profile == "ketat" and plan.profile.dissolution_after == 2


def test_the_rules_page_is_for_admins_only(tmp_path, monkeypatch):
    roles = tmp_path / "roles.toml"
    roles.write_text('[local]\nrole = "pejabat"\nregions = ["36.04"]\n', encoding="utf-8")
    monkeypatch.setenv("KOPDASH_ROLES", str(roles))
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.run()
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        app.switch_page(page_script("rules"))
    monkeypatch.delenv("KOPDASH_ROLES")
    admin = app_at("rules")
    assert admin.title[0].value == "Aturan status per wilayah"


def test_a_save_the_store_cannot_take_is_said_in_words_and_not_called_saved(monkeypatch):
    """Another office keeps the bucket's lock (or the disk is full): the rules page says so, in words,
    and does not say "saved"."""
    from kopdash.store.bucket_lock import StoreBusy

    def busy(*args, **kwargs):
        raise StoreBusy("store.busy", host="kantor-lain", since="2026-12-04 03:00:00 UTC", seconds=30)

    monkeypatch.setattr(rule_admin, "save", busy)
    app = app_at("rules")
    app.button(key="rules_save").click().run()
    errors = [_unescaped(e.value) for e in app.error]
    assert any("sedang ditulis oleh impor lain (dari kantor-lain" in e for e in errors), errors
    assert not app.success


def test_targets_are_shown_as_a_person_writes_them_and_read_back_either_way():
    """targets.csv holds 75.0 (the analysts' file); the rules page shows 75, 77,5 in Indonesian, 77.5 in
    English, and a cell that is no number as it is, to be mended; the check reads the comma back."""
    from kopdash.store import reference
    from kopdash.ui.rule_files import _as_written

    assert [_as_written(cell, "id") for cell in ("75.0", "77.5", "77,5", "tujuh", "")] == [
        "75",
        "77,5",
        "77,5",
        "tujuh",
        "",
    ]
    assert _as_written("77.5", "en") == "77.5"
    shown = pd.DataFrame(
        {"region_code": ["36.04"], "year": ["2026"], "target_pct_aktif": ["77,5"], "source": ["x"]}
    )
    kept, problems = reference.check_targets(shown, {"36.04"})
    assert problems == [] and kept["target_pct_aktif"].tolist() == [77.5]


def test_a_region_may_use_the_ministrys_ods_profile_and_each_status_names_its_profile(tmp_path):
    """The bundled ODS profile, chosen for a region on the rules page, derives the next import: a
    cooperative that never held a RAT since 2015 but whose business runs is kurang aktif there, tidak aktif
    under the region's own profile; each stored row names the profile that gave its status."""
    import office_exports as ox

    root = ox.scratch_store(tmp_path / "store")
    data = ox.csv_bytes()
    default = registry.plan_import(data, "ekspor.csv", ox.REGION, ox.SNAPSHOT, root)
    profiles, regions = tables(root)
    assert "ods_kemenkop" in set(profiles["rule_profile"]), "the ODS profile is offered"
    regions.loc[regions["region_code"] == ox.REGION, "rule_profile"] = "ods_kemenkop"
    assert rule_admin.check(profiles, regions) == []
    rule_admin.save(root, profiles, regions)
    ods = registry.plan_import(data, "ekspor.csv", ox.REGION, ox.SNAPSHOT, root)
    before = default.accepted.set_index("nik")
    after = ods.accepted.set_index("nik")
    kud = "3603000000000003"  # founded 2015, never a RAT, business running
    assert (before.loc[kud, "status"], after.loc[kud, "status"]) == ("tidak_aktif", "kurang_aktif")
    assert set(before["rule_profile"]) == {"tangerang_5_tahun"}
    assert set(after["rule_profile"]) == {"ods_kemenkop"}
    app = app_at("rules")
    assert not app.exception


def test_after_a_rule_change_a_region_is_derived_again_on_request_logged_and_undoable(tmp_path):
    """Stored statuses record the rule that gave them; a rule change leaves them (and says so through
    their recorded rule) until `kopdash rederive` applies the new one, which undo takes back."""
    import office_exports as ox
    import pyarrow.parquet as pq

    from kopdash import cli
    from kopdash.domain import schema

    root = ox.scratch_store(tmp_path / "store")
    registry.commit_import(registry.plan_import(ox.csv_bytes(), "e.csv", ox.REGION, ox.SNAPSHOT, root), root)
    path = root / schema.snapshot_path(ox.REGION, ox.SNAPSHOT)
    before = pq.read_table(path).to_pandas().set_index("nik")
    kud = "3603000000000003"  # founded 2015, never a RAT, business running
    assert (before.loc[kud, "status"], before.loc[kud, "rule_thresholds"]) == ("tidak_aktif", "1/2/5")
    profiles, regions = tables(root)
    regions.loc[regions["region_code"] == ox.REGION, "rule_profile"] = "ods_kemenkop"
    rule_admin.save(root, profiles, regions)
    assert pq.read_table(path).to_pandas().set_index("nik").loc[kud, "status"] == "tidak_aktif", "kept"
    assert cli.main(["rederive", "--region", ox.REGION, "--data-dir", str(root)]) == 0
    after = pq.read_table(path).to_pandas().set_index("nik")
    assert (after.loc[kud, "status"], after.loc[kud, "rule_profile"], after.loc[kud, "rule_thresholds"]) == (
        "kurang_aktif",
        "ods_kemenkop",
        "1/3/3+usaha",
    )
    assert Store(root).query(
        "SELECT sum(cooperatives) AS n FROM status_counts WHERE status = 'kurang_aktif'"
    )["n"][0] == int((after["status"] == "kurang_aktif").sum()), "the rollup follows"
    from kopdash.store import import_log

    entry = import_log.entries(root)[-1]
    assert entry["action"] == "rederive" and entry["changed_statuses"] >= 1
    assert cli.main(["undo", "--entry", entry["id"], "--data-dir", str(root)]) == 0
    assert pq.read_table(path).to_pandas().set_index("nik").loc[kud, "status"] == "tidak_aktif"
