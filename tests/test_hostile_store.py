"""A damaged or hostile store: whoever can write the store's folder cannot make kopdash reach beyond it, and
one bad file is named and left out while everything else keeps serving. Each case: a log entry that names
a path outside, a copy for undo that is a link outside, a forged journal, an undo under a later snapshot,
a symbolic link in the registry, an empty store.json, an empty or foreign newest snapshot, log entries
that are truncated or not objects."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pandas as pd
import pytest
from test_store_true import (
    BASE_DAY,
    HEADERS,
    KOTA_SERANG,
    csv_file,
    ingest,
    kota_serang_once,  # noqa: F401 - the fixture the copies come from
    registry_rows,
    store_state,
)

from kopdash import cli
from kopdash.domain import schema
from kopdash.store import Store, import_log, rollup, writer

from conftest import _unescaped, app_at

pytestmark = pytest.mark.slow  # the imports read their files in the isolated child process

LATER = dt.date(2025, 10, 1)


@pytest.fixture
def kota_serang(tmp_path, kota_serang_once):  # noqa: F811 - the imported fixture, by name
    """Kota Serang's store of 30 cooperatives (as test_store_true's), and a file outside it that must
    never change."""
    root = tmp_path / "store"
    shutil.copytree(kota_serang_once, root, symlinks=True)
    (tmp_path / "rahasia.txt").write_text("jangan disentuh", encoding="utf-8")
    return root


def outside_untouched(root) -> bool:
    return (root.parent / "rahasia.txt").read_text(encoding="utf-8") == "jangan disentuh"


def undo_entry(root, entry_id: str) -> int:
    return cli.main(["undo", "--entry", entry_id, "--data-dir", str(root)])


def test_a_log_entry_naming_a_path_outside_is_never_followed(kota_serang, capsys):
    """A forged entry (its file path climbs out) is named as damaged and cannot be undone; a real entry
    whose copy for undo was replaced by a link outside is refused in words; nothing outside changes."""
    real = import_log.entries(kota_serang)[0]
    forged = {**real, "id": "20260101T000000000000Z-deadbeef"}
    forged["files"] = [{"path": "../rahasia.txt", "before_sha256": "x", "after_sha256": None}]
    (kota_serang / import_log.entry_path(forged)).write_text(json.dumps(forged), encoding="utf-8")
    assert cli.main(["log", "--data-dir", str(kota_serang)]) == 0
    assert f"Entri log rusak, dilewati (tidak dapat dibatalkan): imports/log/{forged['id']}.json" in (
        capsys.readouterr().out
    )
    assert undo_entry(kota_serang, forged["id"]) == cli.EXIT_REFUSED
    assert "log impor tidak memuat" in capsys.readouterr().err

    # A second import replaces the snapshot's files; its copy of the old snapshot becomes a link outside.
    again = csv_file(kota_serang.parent / "b.csv", HEADERS, registry_rows(30))
    assert ingest(kota_serang, again) == 0
    second = import_log.entries(kota_serang, KOTA_SERANG)[-1]
    copy = kota_serang / import_log.backup_path(second["id"], schema.snapshot_path(KOTA_SERANG, BASE_DAY))
    copy.unlink()
    copy.symlink_to(kota_serang.parent / "rahasia.txt")
    before = store_state(kota_serang)
    assert undo_entry(kota_serang, second["id"]) == cli.EXIT_REFUSED
    assert "di luar penyimpanan" in capsys.readouterr().err
    assert store_state(kota_serang) == before and outside_untouched(kota_serang)


def test_a_forged_journal_is_set_aside_never_acted_on(kota_serang):
    journal = kota_serang / writer.JOURNAL_DIR / "forged.json"
    journal.parent.mkdir(exist_ok=True)
    journal.write_text(json.dumps([["", str(kota_serang.parent / "rahasia.txt")]]), encoding="utf-8")
    assert writer.recover(kota_serang) == 0
    assert outside_untouched(kota_serang) and not journal.exists()
    assert journal.with_suffix(".refused").exists(), "kept aside for a person to look at"


def test_undo_refuses_while_a_later_partial_snapshot_carries_its_cooperatives(kota_serang, capsys):
    part = csv_file(
        kota_serang.parent / "serang.csv", HEADERS, registry_rows(5, first=100, district="Serang")
    )
    assert ingest(kota_serang, part, "--partial", day=LATER) == 0
    first = import_log.entries(kota_serang, KOTA_SERANG)[0]
    before = store_state(kota_serang)
    capsys.readouterr()
    assert undo_entry(kota_serang, first["id"]) == cli.EXIT_REFUSED
    words = capsys.readouterr().err
    assert "pemutakhiran 2025-10-01" in words and "30 koperasinya dibawa dari sini" in words, words
    assert store_state(kota_serang) == before, "the store is not said to be back: it is unchanged"


def test_an_empty_or_foreign_newest_snapshot_is_left_out_of_the_next_import(kota_serang, capsys):
    file = csv_file(kota_serang.parent / "c.csv", HEADERS, registry_rows(30))
    damages = (
        (b"", LATER, "5 September 2025"),
        (b"PAR1 not a snapshot", dt.date(2025, 10, 3), "2 Oktober 2025"),
    )
    for damage, day, readable in damages:
        (kota_serang / schema.snapshot_path(KOTA_SERANG, day)).write_bytes(damage)
        assert ingest(kota_serang, file, day=day + dt.timedelta(days=1)) == 0
        out = capsys.readouterr().out
        assert f"Pemutakhiran {schema.snapshot_path(KOTA_SERANG, day)} tidak terbaca" in out, out
        assert f"dibanding pemutakhiran {readable}" in out, "compared with the last readable one"


def test_a_link_an_empty_store_json_and_damaged_log_entries_take_no_page_down(kota_serang, monkeypatch):
    link = kota_serang / schema.REGISTRY_DIR / KOTA_SERANG / "2025-12-31.parquet"
    link.symlink_to(kota_serang.parent / "rahasia.txt")
    (kota_serang / schema.STORE_INFO_FILE).write_bytes(b"")
    log = kota_serang / import_log.LOG_DIR
    (log / "20260101T000000000000Z-0badc0de.json").write_text('{"id": "2026', encoding="utf-8")
    (log / "20260101T000000000001Z-0badc0df.json").write_text("[1, 2]", encoding="utf-8")
    store = Store(kota_serang)
    assert {schema.STORE_INFO_FILE, f"registry/{KOTA_SERANG}/2025-12-31.parquet"} <= store.damaged
    assert store.info() == {}
    assert len(import_log.read_log(kota_serang).damaged) == 2
    monkeypatch.setenv("KOPDASH_DATA_DIR", str(kota_serang))
    app = app_at(None, {"date": "2025-12-07"})  # checks the run raised nothing
    named = " ".join(_unescaped(e.value) for e in app.error)
    assert "2025-12-31.parquet" in named and schema.STORE_INFO_FILE in named, named
    assert "30" in " ".join(_unescaped(m.value) for m in app.markdown), (
        "the overview still serves the registry"
    )
    assert outside_untouched(kota_serang)


def test_the_rollup_rebuild_is_a_logged_write_that_names_an_unreadable_snapshot(kota_serang, capsys):
    """`kopdash rollup` writes as every writer does (under the region's lock, logged); a 0-byte snapshot
    is named and left out, the readable one still summed, nothing outside touched."""
    (kota_serang / schema.snapshot_path(KOTA_SERANG, LATER)).write_bytes(b"")
    before = len(import_log.entries(kota_serang))
    assert cli.main(["rollup", "--data-dir", str(kota_serang)]) == 0
    out = capsys.readouterr().out
    assert f"{KOTA_SERANG}: 1 snapshots" in out and schema.snapshot_path(KOTA_SERANG, LATER) in out, out
    entries = import_log.entries(kota_serang)
    assert len(entries) == before + 1 and entries[-1]["action"] == "rollup", entries[-1]
    assert entries[-1]["region_code"] == KOTA_SERANG and entries[-1]["snapshots"] == 1
    summed = pd.read_parquet(kota_serang / rollup.rollup_path(KOTA_SERANG))
    assert summed["snapshot_date"].nunique() == 1, "only the readable snapshot is summed"
    assert outside_untouched(kota_serang)
