"""Real-browser test support: a Streamlit server on loopback and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import atexit
import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from kopdash.reports.brief import CHROMIUM_FLAGS

CHROMIUM = "/usr/bin/chromium"
SCREENS = {"desktop": (1920, 1080), "phone": (390, 844)}  # the journeys' two screens
# `make screenshots` sets this to docs/journeys: each journey's last screen is kept there, per screen.
SCREENSHOTS = os.environ.get("KOPDASH_SCREENSHOTS")
CHROMIUM_ARGS = list(CHROMIUM_FLAGS)  # no network, runs as root: the same flags as the brief's PDF
IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"
# A static table as pages draw it (widgets.text_table writes Markdown)
TEXT_TABLE = "[data-testid=stMarkdownContainer] table"
# The value on a KPI card (widgets.kpi_row: a container keyed kpi<n>, its value a heading)
KPI_VALUE = "[class*=st-key-kpi] h2"


def _patient_expectations() -> None:
    """Give every expect() 30 s: a loaded CI machine renders pages slower than a laptop."""
    from playwright.sync_api import expect

    expect.set_options(timeout=30_000)


_patient_expectations()


def require_chromium() -> None:
    """Skip without Chromium on a developer machine; in CI a missing browser is a failure."""
    if Path(CHROMIUM).exists():
        return
    message = f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(message)
    pytest.skip(message)


def free_port() -> int:
    with contextlib.closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# kopdash as `make run` serves it: app.py behind the server's middleware.
KOPDASH = Path(__file__).resolve().parent.parent / "serve.py"


class Server:
    """`streamlit run app` on a free loopback port (kopdash unless another app is named, with Streamlit's
    command-line `options`); `base` is its URL."""

    def __init__(self, app: Path, env: dict[str, str] | None, options: tuple[str, ...]):
        port = free_port()
        command = [sys.executable, "-m", "streamlit", "run", str(app), "--server.port", str(port)]
        command += ["--server.address", "127.0.0.1", "--server.headless", "true"]
        command += ["--browser.gatherUsageStats", "false", *options]
        self.process = subprocess.Popen(
            command,
            cwd=app.parent,
            env={**os.environ, **(env or {})},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.base = f"http://127.0.0.1:{port}"

    def wait_until_healthy(self) -> None:
        deadline = time.monotonic() + 60
        while True:
            try:
                if urllib.request.urlopen(self.base + "/_stcore/health", timeout=2).read() == b"ok":
                    return
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("Streamlit did not start:\n" + (self.process.stdout.read() or ""))
            time.sleep(0.3)

    def stop(self) -> None:
        """Stop the server (again: a no-op)."""
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


@contextlib.contextmanager
def streamlit_servers(count: int, app: Path = KOPDASH, env=None, options: tuple[str, ...] = ()):
    """`count` servers of one app, started at once (each takes seconds to start); yield them; stop them."""
    servers = []
    try:
        servers = [Server(app, env, options) for _ in range(count)]
        for server in servers:
            server.wait_until_healthy()
        yield servers
    finally:
        for server in servers:
            server.stop()


@contextlib.contextmanager
def streamlit_server(app: Path = KOPDASH, env: dict[str, str] | None = None, options: tuple[str, ...] = ()):
    """One server (see Server); yield its base URL; stop it."""
    with streamlit_servers(1, app, env, options) as (server,):
        yield server.base


_CHROMIUM: list = []  # (playwright, browser): one Chromium per test process, started on first use


def _shared_browser():
    """The test process's Chromium: starting one costs about a second, a fresh context a few
    milliseconds, and a context shares nothing (cookies, storage, cache) with the others."""
    if _CHROMIUM and _CHROMIUM[1].is_connected():
        return _CHROMIUM[1]
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    _CHROMIUM[:] = [playwright, browser]
    atexit.register(close_shared_browser)
    return browser


def close_shared_browser() -> None:
    """End the shared Chromium (conftest ends it with each test module)."""
    if _CHROMIUM:
        playwright, browser = _CHROMIUM
        with contextlib.suppress(Exception):
            browser.close()
            playwright.stop()
        _CHROMIUM.clear()


@contextlib.contextmanager
def chromium_page(width: int = 1366, height: int = 768):
    """A page of the given size in a context of its own (as a browser of its own: no cookies or cache
    from another test); below 768 px wide a phone's, with touch (so `tap()` is a finger's)."""
    phone = width < 768
    context = _shared_browser().new_context(
        viewport={"width": width, "height": height}, has_touch=phone, is_mobile=phone
    )
    try:
        yield context.new_page()
    finally:
        context.close()


def assert_no_sideways_scroll(page) -> None:
    """Neither the page nor its main column scrolls sideways: a wide table or grid scrolls inside itself."""
    widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"{page.url}: the page scrolls sideways: {widths}"
    main = page.evaluate("() => document.querySelector('[data-testid=stMain]').scrollWidth")
    assert main <= widths[1], f"{page.url}: the main column scrolls sideways: {main} px"


def last_screen(page, journey: str, screen: str) -> None:
    """The journey's last screen, with no sideways scroll, kept as a picture for the documentation when
    asked for (KOPDASH_SCREENSHOTS)."""
    assert_no_sideways_scroll(page)
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SCREENSHOTS) / f"{journey}-{screen}.png"))


def open_and_wait(page, url: str, timeout_ms: int = 60_000) -> None:
    """Load a Streamlit URL and wait until a page has drawn its title and the script is idle."""
    page.goto(url)
    # The app reports "notRunning" before its first run too, so wait for a drawn title first.
    page.wait_for_selector("[data-testid=stMain] h1", timeout=timeout_ms)
    page.wait_for_selector(IDLE, timeout=timeout_ms)
    # The script may rerun once the frontend has written the URL back; wait for that run too.
    page.wait_for_timeout(500)
    page.wait_for_selector(IDLE, timeout=timeout_ms)
