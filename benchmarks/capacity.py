"""How many officials one kopdash process serves: N simultaneous sessions speaking Streamlit's own
websocket protocol (what a browser's tab sends and receives, without the browser, so the 2 cores go to
the server being measured), each opening the overview, a region page and the programme page in turn
for a bounded time, with a pause between views as a reader takes.

    python benchmarks/capacity.py [--levels 10 30 100] [--seconds 60] [--think 5] [--settle 300]
                                  [--data-dir DIR] [--replicas 1]

For each level: errors, p50/p95/max of the time from asking for a page to the page's last element
(script finished: the key number is drawn before that, so this bounds the time to it), the server's RSS
with every session open and idle, RSS per idle session; then, with every session closed and `closed`
(200) more opened, shown the overview and closed, the server's RSS after `settle` seconds against its
start. An error is a page not drawn within 60 s, a page without its title, an exception on the page or
a refused connection. The server runs on loopback and only reads the store (the bundled demo, or
--data-dir such as the national store). With --replicas N, N servers share the sessions (session n on
server n mod N, as the proxy's affinity would spread them) and RSS is their sum.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "deploy"))
sys.path.insert(0, str(ROOT / "tests"))

import replicas  # noqa: E402  (deploy/replicas.py: the command and health check a deployment uses)

from browser import free_port  # noqa: E402

PAGES = [  # (address path, query): what a mayor and an official open, in turn
    ("", "lang=id"),
    ("wilayah", "region=36.04"),
    ("program", "programme=koperasi_merah_putih&region=36.73"),
]
PAGE_TIMEOUT = 60.0


def rss_mb(pids: list[int]) -> float:
    """Resident memory of the servers, summed (DuckDB's threads are inside each process)."""
    total = 0.0
    for pid in pids:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            total += next(int(line.split()[1]) for line in status if line.startswith("VmRSS:")) / 1024
    return total


def start_server(data_dir: str | None, log: Path) -> tuple[subprocess.Popen, str]:
    """One replica as deploy/replicas.py starts it, its output in `log`; its host:port once healthy."""
    port = free_port()
    env = {**os.environ, **({"KOPDASH_DATA_DIR": data_dir} if data_dir else {})}
    process = subprocess.Popen(
        replicas.replica_command(port), cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT
    )
    base = f"127.0.0.1:{port}"
    try:
        replicas.wait_healthy(f"http://{base}", seconds=120)
    except RuntimeError as error:
        process.kill()
        raise RuntimeError(f"{error}:\n{log.read_text()}") from None
    return process, base


class Tab:
    """One browser tab, as Streamlit's server sees it: one websocket, one session."""

    def __init__(self, connection):
        self.connection = connection

    @classmethod
    async def open(cls, base: str) -> Tab:
        import websockets

        connection = await websockets.connect(
            f"ws://{base}/_stcore/stream",
            subprotocols=["streamlit"],
            origin=f"http://{base}",
            max_size=None,
            open_timeout=PAGE_TIMEOUT,
        )
        return cls(connection)

    async def view(self, page: str, query: str) -> float:
        """Ask for a page as a browser does on navigation; return seconds until it is drawn whole."""
        from streamlit.proto.BackMsg_pb2 import BackMsg
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        message = BackMsg()
        message.rerun_script.query_string = query
        message.rerun_script.page_name = page
        started, titled = time.perf_counter(), False
        await self.connection.send(message.SerializeToString())
        async with asyncio.timeout(PAGE_TIMEOUT):
            while True:
                received = ForwardMsg()
                received.ParseFromString(await self.connection.recv())
                kind = received.WhichOneof("type")
                if kind == "page_not_found":
                    raise RuntimeError(f"page not found: {page}")
                element = received.delta.new_element.WhichOneof("type") if kind == "delta" else None
                if element == "exception":
                    raise RuntimeError(
                        f"exception on /{page}: {received.delta.new_element.exception.message}"
                    )
                titled = titled or element == "heading"
                if kind == "script_finished":
                    if received.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                        continue
                    if not titled:
                        raise RuntimeError(f"/{page} finished without its title")
                    return time.perf_counter() - started

    async def close(self) -> None:
        await self.connection.close()


async def official(base: str, number: int, deadline: float, think: float, report: dict, tabs: list) -> None:
    """One official: open a tab, view the pages in turn (offset by `number`) until the deadline, pausing
    `think` seconds (± half) between views; the tab stays open, idle, afterwards."""
    try:
        tab = await Tab.open(base)
    except Exception as error:
        report["errors"].append(f"session {number}: connect: {error}")
        return
    tabs.append(tab)
    random_pause = random.Random(number)
    visit = number
    while time.monotonic() < deadline:
        page, query = PAGES[visit % len(PAGES)]
        visit += 1
        try:
            report["times"].append(await tab.view(page, query))
        except Exception as error:  # an error of this view; the session goes on
            report["errors"].append(f"session {number}: /{page}?{query}: {error!r}")
        await asyncio.sleep(think * random_pause.uniform(0.5, 1.5))


def percentile(sorted_times: list[float], share: float) -> float:
    return sorted_times[math.ceil(share * len(sorted_times)) - 1]  # nearest rank


async def level(bases: list[str], pids: list[int], sessions: int, seconds: float, think: float) -> dict:
    report: dict = {"times": [], "errors": []}
    tabs: list[Tab] = []
    before = rss_mb(pids)
    deadline = time.monotonic() + seconds

    # Officials arrive over the first tenth of the time, not all in one millisecond.
    async def arriving(n: int) -> None:
        await asyncio.sleep(seconds * 0.1 * n / sessions)
        await official(bases[n % len(bases)], n, deadline, think, report, tabs)

    await asyncio.gather(*(arriving(n) for n in range(sessions)))
    await asyncio.sleep(2)
    open_idle = rss_mb(pids)
    for tab in tabs:
        await tab.close()
    times = sorted(report["times"])
    return {
        "sessions": sessions,
        "views": len(times),
        "views_per_s": round(len(times) / seconds, 2),
        "p50_s": round(statistics.median(times), 3) if times else None,
        "p95_s": round(percentile(times, 0.95), 3) if times else None,
        "max_s": round(times[-1], 3) if times else None,
        "rss_before_mb": round(before, 1),
        "rss_open_idle_mb": round(open_idle, 1),
        "rss_per_idle_session_mb": round((open_idle - before) / sessions, 2),
        "errors": report["errors"][:20],
        "error_count": len(report["errors"]),
    }


async def closed_sessions(bases: list[str], pids: list[int], count: int, batch: int = 20) -> float:
    """Open `count` sessions (in batches, each viewing the overview once) and close them; return RSS."""
    for start in range(0, count, batch):
        size = min(batch, count - start)
        tabs = await asyncio.gather(*(Tab.open(bases[n % len(bases)]) for n in range(size)))
        await asyncio.gather(*(tab.view("", "lang=id") for tab in tabs))
        await asyncio.gather(*(tab.close() for tab in tabs))
    return rss_mb(pids)


def run(
    levels: list[int],
    seconds: float,
    think: float,
    settle: float,
    data_dir: str | None,
    replicas: int = 1,
    closed: int = 200,
) -> dict:
    logs = [Path(tempfile.mkstemp(prefix="kopdash-capacity-", suffix=".log")[1]) for _ in range(replicas)]
    servers = [start_server(data_dir, log) for log in logs]
    bases, pids = [base for _, base in servers], [process.pid for process, _ in servers]
    try:

        async def measure() -> dict:
            for base in bases:  # the first views load the store and caches: not a session's cost
                warm = await Tab.open(base)
                for page, query in PAGES:
                    await warm.view(page, query)
                await warm.close()
            await asyncio.sleep(2)
            start = rss_mb(pids)
            results = [await level(bases, pids, n, seconds, think) for n in levels]
            after_levels = rss_mb(pids)
            after_closed = await closed_sessions(bases, pids, closed)
            await asyncio.sleep(settle)
            settled = rss_mb(pids)
            return {
                "store": data_dir or "bundled demo (data/)",
                "replicas": replicas,
                "seconds_per_level": seconds,
                "think_s": think,
                "rss_start_mb": round(start, 1),
                "levels": results,
                "rss_after_levels_mb": round(after_levels, 1),
                "more_sessions_opened_and_closed": closed,
                "rss_after_those_closed_mb": round(after_closed, 1),
                "settle_s": settle,
                "rss_settled_mb": round(settled, 1),
                "rss_settled_vs_start_pct": round(100 * (settled - start) / start, 1),
            }

        return asyncio.run(measure())
    finally:
        for process, _ in servers:
            process.terminate()
            process.wait(timeout=30)
        for log in logs:
            log.unlink(missing_ok=True)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--levels", type=int, nargs="+", default=[10, 30, 100])
    parser.add_argument("--seconds", type=float, default=60, help="how long each level runs")
    parser.add_argument("--think", type=float, default=5, help="mean pause between one official's views")
    parser.add_argument("--settle", type=float, default=300, help="wait after every session closed")
    parser.add_argument("--data-dir", help="the store to serve (default: the bundled demo)")
    parser.add_argument("--replicas", type=int, default=1, help="servers sharing the sessions")
    parser.add_argument("--closed", type=int, default=200, help="sessions opened and closed after the levels")
    args = parser.parse_args()
    result = run(
        args.levels, args.seconds, args.think, args.settle, args.data_dir, args.replicas, args.closed
    )
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 1 if any(level["error_count"] for level in result["levels"]) else 0


if __name__ == "__main__":
    raise SystemExit(main())
