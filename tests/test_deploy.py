"""The deployment recipe runs: two replicas on loopback behind Caddy (deploy/Caddyfile), the store in an
S3-compatible bucket (moto on loopback). The proxy answers the health check, pins a browser to one replica
by cookie, sends compressed files; an import into the bucket is seen on both replicas at their next page
view; a replica killed mid-session leaves the other serving through the same address."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import shutil
import subprocess
import sys
import time
import urllib.request
import uuid

import pytest
from oidc_provider import oidc_provider, secrets_toml
from playwright.sync_api import expect

from browser import KPI_VALUE, chromium_page, free_port, open_and_wait, require_chromium, streamlit_servers
from conftest import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]
KEYS = {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test", "AWS_REGION": "us-east-1"}


def require_caddy() -> str:
    found = shutil.which("caddy")
    if found is None:
        message = "caddy is missing: apt-get install -y caddy (.ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def healthy(url: str, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if urllib.request.urlopen(url + "/_stcore/health", timeout=2).read() == b"ok":
                return True
        except OSError:
            pass
        time.sleep(0.3)
    return False


@contextlib.contextmanager
def bucket_store():
    """A moto S3 server on loopback with the bundled demo copied into a bucket; yields the replicas' env."""
    import boto3
    import pyarrow.fs as pafs
    from moto.server import ThreadedMotoServer

    from kopdash.store.location import Location

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        endpoint = f"http://127.0.0.1:{port}"
        boto3.client("s3", endpoint_url=endpoint, **_boto_keys()).create_bucket(Bucket="kopdash-deploy")
        env = {"KOPDASH_S3_ENDPOINT": endpoint, **KEYS}
        uri = f"s3://kopdash-deploy/{uuid.uuid4().hex}/store"
        os.environ.update(env)  # for the copy below, as `aws s3 sync` would have them
        target = Location(uri)
        pafs.copy_files(
            str(ROOT / "data"),
            target.path(),
            source_filesystem=pafs.LocalFileSystem(),
            destination_filesystem=target.filesystem,
        )
        yield {**env, "KOPDASH_DATA_DIR": uri}
    finally:
        server.stop()


def _boto_keys() -> dict:
    return {"aws_access_key_id": "test", "aws_secret_access_key": "test", "region_name": "us-east-1"}


@contextlib.contextmanager
def proxy(replicas: list[str], port: int | None = None):
    caddy = require_caddy()
    port = port or free_port()
    env = {**os.environ, "KOPDASH_PROXY_PORT": str(port), "KOPDASH_REPLICAS": " ".join(replicas)}
    process = subprocess.Popen(
        [caddy, "run", "--config", str(ROOT / "deploy" / "Caddyfile"), "--adapter", "caddyfile"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        assert healthy(base), "the proxy did not start"
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def registered(page) -> str:
    return page.locator(KPI_VALUE).first.inner_text()


def test_two_replicas_behind_the_proxy_share_the_bucket_and_survive_one_dying(tmp_path):
    require_chromium()
    with contextlib.ExitStack() as stack:
        env = stack.enter_context(bucket_store())
        servers = stack.enter_context(streamlit_servers(2, env=env))
        first, second = (server.base for server in servers)
        dials = [first.removeprefix("http://"), second.removeprefix("http://")]
        address = stack.enter_context(proxy(dials))

        # The health check answers through the proxy; a first visit gets the affinity cookie.
        assert urllib.request.urlopen(address + "/_stcore/health", timeout=5).read() == b"ok"
        shell = urllib.request.urlopen(address + "/", timeout=10)
        assert "kopdash_replica=" in (shell.headers.get("Set-Cookie") or "")

        # An import into the bucket (an office's command, as any replica's page would write it) is seen
        # by a session on each replica at its next page view.
        region_page = "/wilayah?region=36.73"
        with chromium_page() as on_second:
            open_and_wait(on_second, second + region_page)
            before = registered(on_second)
            export = tmp_path / "baru.csv"
            export.write_text(
                "NIK;Nama Koperasi;Kecamatan;Kelurahan;Tanggal Badan Hukum;RAT Terakhir\n"
                + "".join(
                    f"36730000099990{n:02d};Koperasi Baru {n};Serang;Cimuncang;01/02/2015;2024\n"
                    for n in range(5)
                ),
                encoding="utf-8",
            )
            command = [sys.executable, "-m", "kopdash", "ingest", str(export), "--region", "36.73"]
            command += ["--date", "2026-01-10", "--partial", "--into-demo"]
            done = subprocess.run(
                command, cwd=ROOT, env={**os.environ, **env}, capture_output=True, text=True, timeout=180
            )
            assert done.returncode == 0, done.stderr
            open_and_wait(on_second, second + region_page)
            after = registered(on_second)
            assert int(after.replace(".", "")) == int(before.replace(".", "")) + 5, (before, after)
        with chromium_page() as on_first:
            open_and_wait(on_first, first + region_page)
            assert registered(on_first) == after

        # Through the proxy a browser stays on one replica (the cookie names it: Caddy's HMAC-SHA256 of
        # the replica's address); kill that one, and the same address serves the next page from the other.
        with chromium_page() as through:
            open_and_wait(through, address + region_page)
            expect(through.locator(KPI_VALUE).first).to_have_text(after)
            cookie = next(c["value"] for c in through.context.cookies() if c["name"] == "kopdash_replica")
        pinned = _pinned(cookie, dials)
        servers[pinned].stop()  # that replica dies
        assert not healthy(f"http://{dials[pinned]}", 2) and healthy(address, 15)
        with chromium_page() as again:
            again.context.add_cookies([{"name": "kopdash_replica", "value": cookie, "url": address}])
            open_and_wait(again, address + region_page)  # the same browser's next page view
            expect(again.locator(KPI_VALUE).first).to_have_text(after)


def _pinned(cookie: str, dials: list[str]) -> int:
    """Which replica the affinity cookie names (Caddy's HMAC-SHA256 of the replica's address)."""
    pinned = [
        i
        for i, dial in enumerate(dials)
        if hmac.new(b"", dial.encode(), hashlib.sha256).hexdigest() == cookie
    ]
    assert len(pinned) == 1, "the cookie names one of the replicas"
    return pinned[0]


def test_sign_in_through_the_proxy_holds_when_the_replica_it_was_made_on_dies(tmp_path):
    """Streamlit's own sign-in (st.login) against an OIDC provider, through the proxy with two replicas
    sharing one secrets file: the code flow lands on the replica that started it (the affinity cookie),
    and the sign-in cookie, signed with the shared cookie_secret, is honoured by the other replica once
    the first dies: the same person, with the same role, on the next page view."""
    require_chromium()
    email = "admin@dinaskoperasi.example.go.id"  # an admin in the bundled roles.toml
    proxy_port = free_port()
    with contextlib.ExitStack() as stack:
        issuer = stack.enter_context(oidc_provider(email, free_port()))
        secrets = tmp_path / "secrets.toml"
        secrets.write_text(
            secrets_toml(issuer, f"http://127.0.0.1:{proxy_port}/oauth2callback"), encoding="utf-8"
        )
        servers = stack.enter_context(streamlit_servers(2, options=("--secrets.files", str(secrets))))
        dials = [server.base.removeprefix("http://") for server in servers]
        address = stack.enter_context(proxy(dials, proxy_port))

        with chromium_page() as page:
            open_and_wait(page, address + "/")
            sidebar = page.locator("[data-testid=stSidebar]")
            expect(sidebar).to_contain_text("Belum masuk")
            sidebar.get_by_role("button", name="Masuk").click()  # to the provider and back
            expect(sidebar).to_contain_text(email, timeout=30_000)
            expect(sidebar).to_contain_text("peran admin")
            cookie = next(c["value"] for c in page.context.cookies() if c["name"] == "kopdash_replica")
            pinned = _pinned(cookie, dials)
            servers[pinned].stop()  # the replica the sign-in was made on dies
            assert healthy(address, 15)
            open_and_wait(page, address + "/impor")  # an admin's page, from the other replica
            expect(page.locator("[data-testid=stMain] h1").first).to_have_text("Impor registri koperasi")
            expect(sidebar).to_contain_text(email)
            served_by = next(c["value"] for c in page.context.cookies() if c["name"] == "kopdash_replica")
            assert _pinned(served_by, dials) != pinned, "the next page view came from the other replica"
