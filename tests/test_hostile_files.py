"""The hostile-file corpus (benchmarks/hostile_files.py) through the isolated reader and the command:
every file is refused in words or read with every row accounted for, nothing in the store changes
unless a file is imported, and every download made from what was read stays inert."""

from __future__ import annotations

import office_exports as ox
import pytest
from hostile_files import corpus
from test_downloads import assert_inert

from kopdash.ingest import isolated, registry
from kopdash.ingest.office_files import ImportRefused
from kopdash.present import downloads
from kopdash.present.importing import quarantine_for_office

from conftest import kopdash_command

pytestmark = pytest.mark.slow

CORPUS = corpus(full=False)


@pytest.mark.parametrize(("name", "data", "expected"), CORPUS, ids=[name for name, _, _ in CORPUS])
def test_each_hostile_file_is_refused_in_words_or_read_whole(tmp_path, name, data, expected):
    root = ox.scratch_store(tmp_path / "store")
    path = tmp_path / name
    path.write_bytes(data)
    arguments = dict(filename=name, region_code=ox.REGION, snapshot_date=ox.SNAPSHOT, root=root)
    try:  # a file meant to break the reader goes to the isolated reader; the others read the same here
        plan = (
            isolated.run("registry", path, **arguments)
            if expected[0] == "refused"
            else registry.plan_import(data, name, ox.REGION, ox.SNAPSHOT, root)
        )
    except ImportRefused as refusal:
        assert expected[0] == "refused", f"{name}: refused ({refusal}), expected {expected}"
        assert expected[1] in str(refusal), str(refusal)
        return
    assert expected[0] == "imported", f"{name}: read, expected a refusal with {expected[1]!r}"
    assert (len(plan.accepted), len(plan.quarantined)) == expected[1:], plan.quarantined["reason"].tolist()
    labels = ("Lembar", "Baris", "Alasan")
    for table in (
        plan.accepted.drop(columns=["established_on"]),
        quarantine_for_office(plan.quarantined, labels),
    ):
        assert_inert(downloads.csv_bytes(table), downloads.xlsx_bytes(table))


def test_the_command_refuses_the_worst_files_in_words_and_the_store_is_unchanged(tmp_path):
    from test_ingest_commit import state

    root = ox.scratch_store(tmp_path / "store")
    from kopdash.ingest import registry

    registry.commit_import(
        registry.plan_import(ox.csv_bytes(), "lama.csv", ox.REGION, ox.SNAPSHOT, root), root
    )
    before = state(root)
    worst = {name: data for name, data, _ in CORPUS if name in ("sel_jauh.xlsx", "bom_zip.xlsx", "biner.csv")}
    for name, data in worst.items():
        path = tmp_path / name
        path.write_bytes(data)
        result = kopdash_command(root, "ingest", str(path), "--region", ox.REGION, "--date", "2024-12-31")
        assert result.returncode == 2, (name, result.returncode, result.stderr[-500:])
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert state(root) == before, name


def test_a_reader_that_dies_or_runs_out_of_memory_is_said_in_words(tmp_path, monkeypatch):
    """The limits themselves: a child over its memory cap, or killed, is an answer in words."""
    path = tmp_path / "x.csv"
    path.write_bytes(b"NIK;Nama\n" + b"".join(b"36030000%08d;Koperasi %d\n" % (i, i) for i in range(50_000)))
    # Below what the reader's libraries already take: every new block of memory it asks for is refused.
    monkeypatch.setattr(isolated, "MEMORY_LIMIT_BYTES", 256 * 1024 * 1024)
    with pytest.raises(ImportRefused, match="terlalu besar/rusak"):
        isolated.run(
            "registry",
            path,
            filename="x.csv",
            region_code=ox.REGION,
            snapshot_date=ox.SNAPSHOT,
            root=tmp_path,
        )


def test_a_reader_past_its_time_is_stopped_and_said_in_words(tmp_path, monkeypatch):
    """A reader that never finishes (here: a named pipe nobody writes) is killed at the time limit and
    the officer reads why, instead of a page that waits for ever."""
    import os
    import time

    never = tmp_path / "tak_selesai.csv"
    os.mkfifo(never)
    monkeypatch.setattr(isolated, "TIME_LIMIT_SECONDS", 1)
    started = time.monotonic()
    with pytest.raises(ImportRefused, match="membacanya memakan lebih dari"):
        isolated.run("registry", never, filename=never.name, region_code=ox.REGION, snapshot_date=ox.SNAPSHOT,
                     root=ox.scratch_store(tmp_path / "store"))  # fmt: skip
    assert time.monotonic() - started < 30


def test_a_read_leaves_nothing_on_disk_even_when_its_caller_is_killed(tmp_path):
    """An office's file holds personal data: an upload goes to the reader through a pipe, and a server or
    command killed mid-read leaves no copy of the file or of its rows in the temporary folder."""
    import os
    import signal
    import subprocess
    import sys
    import time

    temporary = tmp_path / "tmp"
    temporary.mkdir()
    root = ox.scratch_store(tmp_path / "store")
    caller = f"""
import datetime
import sys
from pathlib import Path
from kopdash.ingest import flow
data = Path({str(tmp_path / "besar.csv")!r}).read_bytes()
request = flow.Request("registry", "besar.csv", {str(root)!r}, data=data,
                       arguments=dict(region_code={ox.REGION!r}, snapshot_date={ox.SNAPSHOT!r}))
if sys.argv[1] == "whole":
    flow.read(request)
else:
    with flow.reading(request):
        print("reading", flush=True)
        sys.stdin.read()  # waits here until it is killed
"""
    (tmp_path / "besar.csv").write_bytes(ox.csv_bytes())
    environment = {**os.environ, "TMPDIR": str(temporary)}
    whole = subprocess.run([sys.executable, "-c", caller, "whole"], env=environment, capture_output=True)
    assert whole.returncode == 0, whole.stderr[-800:]
    killed = subprocess.Popen(
        [sys.executable, "-c", caller, "killed"],
        env=environment,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert killed.stdout and killed.stdout.readline() == b"reading\n"
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    time.sleep(1)  # its reader is killed with it (the kill pipe closed): nothing may appear later either
    assert sorted(path.name for path in temporary.iterdir()) == []


def test_every_reader_is_in_the_guide_in_the_hostile_corpus_and_nowhere_a_list_of_its_own():
    """Adding a format is one reader and one line: the guide names what the readers read, the hostile
    corpus meets every reader, and no page keeps its own list of accepted types."""
    from pathlib import PurePath

    from kopdash.ingest.office_files import READERS, formats_read

    from conftest import ROOT

    assert formats_read() in (ROOT / "docs" / "guide.md").read_text(encoding="utf-8")
    for reader in READERS:
        assert any(PurePath(name).suffix.lower() in reader.suffixes for name, _, _ in CORPUS), reader.name
    for page in (ROOT / "pages").glob("*.py"):
        assert '"xlsx"' not in page.read_text(encoding="utf-8"), f"{page.name} lists file types itself"
