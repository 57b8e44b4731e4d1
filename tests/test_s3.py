"""The store in an S3-compatible bucket: a moto server on loopback, started here, holds the store; the
app's Store, the import command, the published-figures command and the rollup rebuild work against it
and give the numbers the same store gives on disk."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import uuid
from collections import Counter

import office_exports as ox
import pandas as pd
import pyarrow.fs as pafs
import pytest

from kopdash import queries
from kopdash.domain import schema
from kopdash.store import Store, rollup
from kopdash.store.location import Location

from conftest import ROOT, build_tiny_store, kopdash_command, text_tables

pytestmark = pytest.mark.slow

BUCKET = "kopdash-test"
KEYS = {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test", "AWS_REGION": "us-east-1"}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def endpoint():
    """A moto S3 server on 127.0.0.1 with one empty bucket, for this module's tests."""
    import boto3
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # one line per request otherwise
    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    url = f"http://127.0.0.1:{port}"
    boto3.client(
        "s3",
        endpoint_url=url,
        aws_access_key_id="test",
        aws_secret_access_key="test",
        region_name="us-east-1",
    ).create_bucket(Bucket=BUCKET)
    yield url
    server.stop()


@pytest.fixture
def bucket_env(endpoint, monkeypatch) -> dict[str, str]:
    """The environment a replica gets: the endpoint and keys (KOPDASH_DATA_DIR is set per test)."""
    values = {"KOPDASH_S3_ENDPOINT": endpoint, **KEYS}
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return values


def upload(local_root, uri: str) -> str:
    """Copy a store folder into the bucket (as `aws s3 sync` would)."""
    target = Location(uri)
    pafs.copy_files(
        str(local_root),
        target.path(),
        source_filesystem=pafs.LocalFileSystem(),
        destination_filesystem=target.filesystem,
    )
    return uri


def fresh_uri() -> str:
    return f"s3://{BUCKET}/{uuid.uuid4().hex}/store"


def answers(store: Store) -> dict[str, object]:
    """What the pages ask of a store: overview, trend, lists, a cooperative's history, the NIK lookup."""
    day = queries.region_snapshots(store, "11.01")["snapshot_date"].max()
    found = {
        "status_counts": store.query("SELECT * FROM status_counts ORDER BY ALL"),
        "snapshot_totals": store.query("SELECT * FROM snapshot_totals ORDER BY ALL"),
        "nik_regions": store.query("SELECT * FROM nik_regions ORDER BY ALL"),
        "history": queries.cooperative_history(store, "1101000000000003", "11.01"),
        "list": queries.cooperative_list(store, "11.01", day),
        "by_district": queries.status_by(store, "11.01", day, "district"),
    }
    return {name: frame.reset_index(drop=True) for name, frame in found.items()}


def test_a_store_in_a_bucket_answers_as_the_same_store_on_disk(tmp_path, bucket_env):
    local = build_tiny_store(tmp_path / "store")
    uri = upload(local, fresh_uri())
    in_bucket, on_disk = answers(Store(uri)), answers(Store(local))
    assert len(in_bucket["status_counts"]) > 0
    for name, frame in on_disk.items():
        pd.testing.assert_frame_equal(in_bucket[name], frame, check_dtype=False, obj=name)
    assert in_bucket["history"]["status"].tolist() == ["kurang_aktif", "aktif"]


def test_the_demo_store_with_its_rollups_reads_the_same_from_a_bucket(tmp_path, bucket_env):
    shutil.copytree(ROOT / "data", tmp_path / "demo", ignore=shutil.ignore_patterns("*.md"))
    uri = upload(tmp_path / "demo", fresh_uri())
    bucket, disk = Store(uri), Store(tmp_path / "demo")
    for table in ("status_counts", "snapshot_totals"):
        pd.testing.assert_frame_equal(
            bucket.query(f"SELECT * FROM {table} ORDER BY ALL"),
            disk.query(f"SELECT * FROM {table} ORDER BY ALL"),
        )
    serang = bucket.query(
        "SELECT sum(cooperatives) AS n FROM status_counts WHERE region_code = '36.04' "
        "AND snapshot_date = DATE '2021-07-18' AND status <> 'dibubarkan'"
    )
    assert int(serang["n"][0]) == 819
    units = {"36.04": [dt.date(2021, 7, 18)]}
    sql = "SELECT status, count(*) AS n FROM unit_rows GROUP BY status ORDER BY status"
    pd.testing.assert_frame_equal(bucket.query(sql, units=units), disk.query(sql, units=units))


def _run(env: dict[str, str], *arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kopdash", *arguments],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_import_into_a_bucket_lands_the_snapshot_its_rollup_and_a_new_version(tmp_path, bucket_env):
    uri = upload(ox.scratch_store(tmp_path / "store"), fresh_uri())
    export = tmp_path / "ekspor.csv"
    export.write_bytes(ox.csv_bytes())
    env = {**bucket_env, "KOPDASH_DATA_DIR": uri}
    reader = Store(uri)  # a replica already serving before the import
    before = reader.version

    done = _run(env, "ingest", str(export), "--region", ox.REGION, "--date", ox.SNAPSHOT.isoformat())
    assert done.returncode == 0, done.stderr

    bucket = Location(uri)
    for relative in (
        schema.snapshot_path(ox.REGION, ox.SNAPSHOT),
        schema.quarantine_path(ox.REGION, ox.SNAPSHOT),
        schema.import_record_path(ox.REGION, ox.SNAPSHOT),
        rollup.rollup_path(ox.REGION),
        rollup.nik_path(ox.REGION),
    ):
        assert bucket.exists(relative), relative
    assert reader.refresh_if_changed() != before, "the replica notices the import without a restart"
    counted = reader.query(
        "SELECT status, sum(cooperatives)::INT AS n FROM status_counts "
        "WHERE region_code = $r GROUP BY status",
        r=ox.REGION,
    )
    expected = Counter(status for row, status in ox.ROWS if row in ox.ACCEPTED)
    assert dict(zip(counted["status"], counted["n"], strict=True)) == expected
    in_region = reader.query("SELECT count(*) AS n FROM nik_regions WHERE region_code = $r", r=ox.REGION)
    assert int(in_region["n"][0]) == len(ox.ACCEPTED)

    # The same file again replaces the snapshot, never doubles it.
    first_record = bucket.read_bytes(schema.import_record_path(ox.REGION, ox.SNAPSHOT))
    again = _run(env, "ingest", str(export), "--region", ox.REGION, "--date", ox.SNAPSHOT.isoformat())
    assert again.returncode == 0, again.stderr
    reader.refresh_if_changed()
    total = reader.query(
        "SELECT sum(cooperatives)::INT AS n FROM status_counts WHERE region_code = $r", r=ox.REGION
    )["n"][0]
    assert total == len(ox.ACCEPTED)

    # The log is in the bucket, and undoing the second import puts the first one's files back there.
    listed = _run(env, "log", "--region", ox.REGION)
    assert listed.returncode == 0 and listed.stdout.count("ekspor.csv") == 2, listed.stdout
    before_undo = reader.refresh_if_changed()
    undone = _run(env, "undo", "--region", ox.REGION, "--date", ox.SNAPSHOT.isoformat())
    assert undone.returncode == 0, undone.stderr
    assert bucket.read_bytes(schema.import_record_path(ox.REGION, ox.SNAPSHOT)) == first_record
    assert bucket.exists(rollup.rollup_path(ox.REGION))
    assert reader.refresh_if_changed() != before_undo, "replicas read the store again after an undo"


def _log_entries(uri: str) -> list[dict]:
    from kopdash.store import import_log

    return [e for e in import_log.entries(uri) if e.get("action") == "registry"]


def test_two_offices_importing_one_region_into_a_bucket_at_once_take_turns(tmp_path, bucket_env):
    """Two imports of one region started together both land, one after the other (the lock object):
    the second read the store as the first left it, so nothing is interleaved or lost."""
    uri = upload(ox.scratch_store(tmp_path / "store"), fresh_uri())
    env = {**bucket_env, "KOPDASH_DATA_DIR": uri}
    exports = [tmp_path / "kantor_a.csv", tmp_path / "kantor_b.csv"]
    for export in exports:
        export.write_bytes(ox.csv_bytes())
    command = ["--region", ox.REGION, "--date", ox.SNAPSHOT.isoformat()]
    offices = [
        subprocess.Popen(
            [sys.executable, "-m", "kopdash", "ingest", str(export), *command],
            cwd=ROOT,
            env={**os.environ, **env},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for export in exports
    ]
    for office in offices:
        _, err = office.communicate(timeout=180)
        assert office.returncode == 0, err

    first, second = _log_entries(uri)
    record = schema.import_record_path(ox.REGION, ox.SNAPSHOT)
    written = {e["source_file"]: {f["path"]: f for f in e["files"]} for e in (first, second)}
    assert set(written) == {"kantor_a.csv", "kantor_b.csv"}
    assert written[first["source_file"]][record]["before_sha256"] is None, "the first made the snapshot"
    assert (
        written[second["source_file"]][record]["before_sha256"]
        == written[first["source_file"]][record]["after_sha256"]
    ), "the second import replaced what the first wrote, not what was there before both"
    bucket = Location(uri)
    assert second["source_file"] in bucket.read_bytes(record).decode()
    assert not bucket.files(".locks", suffix=".lock"), "both locks were given back"


def region_lock_setup(tmp_path, bucket_env, monkeypatch):
    """A scratch store in the bucket, an export to import into ox.REGION, and a function that writes that
    region's lock object with a body of one's choosing (imports wait 1 s for it)."""
    import boto3

    from kopdash.store import bucket_lock

    monkeypatch.setattr(bucket_lock, "WAIT_SECONDS", 1.0)
    uri = upload(ox.scratch_store(tmp_path / "store"), fresh_uri())
    export = tmp_path / "ekspor.csv"
    export.write_bytes(ox.csv_bytes())
    client = boto3.client("s3", endpoint_url=bucket_env["KOPDASH_S3_ENDPOINT"], region_name="us-east-1")
    bucket, key = bucket_lock.lock_key(Location(uri), f"region_{ox.REGION}")
    return uri, export, lambda body: client.put_object(Bucket=bucket, Key=key, Body=body)


def test_an_import_into_a_bucket_another_office_keeps_locked_is_refused_in_words(
    tmp_path, bucket_env, monkeypatch
):
    """A lock held by another office (fresh) for longer than the import waits: refused in words, exit 2,
    nothing written; the same lock left hours ago by a machine that died is taken over."""
    import json

    uri, export, put_lock = region_lock_setup(tmp_path, bucket_env, monkeypatch)
    now = dt.datetime.now(dt.UTC)
    held = {"host": "kantor-lain", "pid": 1, "since": now.isoformat()}
    put_lock(json.dumps(held).encode())
    before = Store(uri).version
    command = ["ingest", export, "--region", ox.REGION, "--date", ox.SNAPSHOT.isoformat()]

    refused = kopdash_command(uri, *command)
    assert refused.returncode == 2, refused.stderr
    assert "sedang ditulis oleh impor lain (dari kantor-lain" in refused.stderr
    assert "tidak ada yang ditulis" in refused.stderr
    assert Store(uri).version == before and not _log_entries(uri)
    assert not Location(uri).exists(schema.snapshot_path(ox.REGION, ox.SNAPSHOT))

    stale = {**held, "since": (now - dt.timedelta(hours=3)).isoformat()}
    put_lock(json.dumps(stale).encode())
    landed = kopdash_command(uri, *command)
    assert landed.returncode == 0, landed.stderr
    assert Location(uri).exists(schema.snapshot_path(ox.REGION, ox.SNAPSHOT))
    assert not Location(uri).files(".locks", suffix=".lock"), "the taken-over lock was given back"


def test_published_figures_and_a_rollup_rebuild_work_on_a_bucket(tmp_path, bucket_env):
    local = build_tiny_store(tmp_path / "store")  # written without rollup files
    uri = upload(local, fresh_uri())
    env = {**bucket_env, "KOPDASH_DATA_DIR": uri}
    figures = tmp_path / "angka.csv"
    figures.write_text(
        "region_code,as_of,metric,value,source_title,source_url\n"
        "11.01,2021-12-31,aktif,2,Berita Alpha,https://example.org/alpha\n",
        encoding="utf-8",
    )
    published = _run(env, "published", str(figures))
    assert published.returncode == 0, published.stderr
    rebuilt = _run(env, "rollup")
    assert rebuilt.returncode == 0, rebuilt.stderr

    bucket = Location(uri)
    assert bucket.files(rollup.ROLLUP_DIR) == ["rollups/11.01.parquet", "rollups/11.02.parquet"]
    store = Store(uri)
    compared = queries.published_vs_registry(store, ["11.01"])
    assert compared["value"].tolist() == [2]
    disk = Store(local)
    pd.testing.assert_frame_equal(
        store.query("SELECT * FROM status_counts ORDER BY ALL"),
        disk.query("SELECT * FROM status_counts ORDER BY ALL"),
    )


def test_the_app_renders_from_a_bucket(tmp_path, bucket_env, monkeypatch):
    from streamlit.testing.v1 import AppTest

    uri = upload(build_tiny_store(tmp_path / "store"), fresh_uri())
    monkeypatch.setenv("KOPDASH_DATA_DIR", uri)
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.query_params["date"] = "2023-01-01"
    app.query_params["bagian"] = "tabel"  # the overview's table of regions
    app.run()
    assert not app.exception
    shown = text_tables(app) + [d.value for d in app.dataframe]
    regions = next(frame for frame in shown if "Wilayah" in getattr(frame, "columns", []))
    alpha = regions.set_index("Wilayah").loc["Kabupaten Alpha"]
    assert (alpha["Tanggal pemutakhiran"], alpha["Aktif"]) == ("31 Des 2021", "2")


@pytest.mark.parametrize(
    "body",
    [b"", b"bukan json", json.dumps({"host": "x", "since": "2099-01-01T00:00:00+00:00"}).encode()],
    ids=["empty", "not_json", "future"],
)
def test_a_lock_whose_holder_or_time_cannot_be_believed_is_taken_over_after_the_wait(
    tmp_path, bucket_env, monkeypatch, body
):
    """A lock object that says nobody, or a time in the future, would be held for ever: after the
    normal wait it is taken over like a stale one, and the import lands."""
    uri, export, put_lock = region_lock_setup(tmp_path, bucket_env, monkeypatch)
    put_lock(body)
    landed = kopdash_command(uri, "ingest", export, "--region", ox.REGION, "--date", ox.SNAPSHOT.isoformat())
    assert landed.returncode == 0, landed.stderr
    assert Location(uri).exists(schema.snapshot_path(ox.REGION, ox.SNAPSHOT))
    assert not Location(uri).files(".locks", suffix=".lock")


def test_a_forged_log_entry_in_a_bucket_never_reaches_outside_the_store_prefix(tmp_path, bucket_env, capsys):
    """A log entry whose file path climbs out of the store's prefix is named as damaged and never
    undone; the object beside the store is untouched."""
    uri = upload(build_tiny_store(tmp_path / "store"), fresh_uri())
    beside = uri.rsplit("/", 1)[0] + "/rahasia.txt"
    Location(beside.rsplit("/", 1)[0]).write_bytes("rahasia.txt", b"jangan disentuh")
    forged = {
        "id": "20260101T000000000000Z-deadbeef",
        "action": "published",
        "files": [{"path": "../rahasia.txt", "before_sha256": None, "after_sha256": None}],
    }
    Location(uri).write_bytes(f"imports/log/{forged['id']}.json", json.dumps(forged).encode())
    from kopdash.store import import_log

    assert import_log.read_log(uri).damaged == [f"imports/log/{forged['id']}.json"]
    result = kopdash_command(uri, "undo", "--entry", forged["id"])
    assert result.returncode == 2 and "tidak memuat" in result.stderr, result.stderr
    assert Location(beside.rsplit("/", 1)[0]).read_bytes("rahasia.txt") == b"jangan disentuh"
    with pytest.raises(ValueError, match="outside the store"):
        Location(uri).path("../rahasia.txt")
