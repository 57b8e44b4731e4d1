"""Start kopdash as a small deployment on this machine: N replicas of the app on loopback ports behind
Caddy (deploy/Caddyfile), all reading one store (KOPDASH_DATA_DIR: a folder every replica can read, or
an s3:// bucket with KOPDASH_S3_ENDPOINT and the AWS_* keys). Stops everything on Ctrl+C.

    python deploy/replicas.py --replicas 2 --port 8080
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def replica_command(port: int) -> list[str]:
    return [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "serve.py"),
        "--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true",
        "--browser.gatherUsageStats", "false",
    ]  # fmt: skip


def proxy_command() -> list[str]:
    return ["caddy", "run", "--config", str(ROOT / "deploy" / "Caddyfile"), "--adapter", "caddyfile"]


def wait_healthy(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if urllib.request.urlopen(url + "/_stcore/health", timeout=2).read() == b"ok":
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not become healthy in {seconds:g} s")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--replicas", type=int, default=2)
    parser.add_argument("--port", type=int, default=8080, help="the proxy's port")
    parser.add_argument("--first-replica-port", type=int, default=8601)
    args = parser.parse_args()
    ports = [args.first_replica_port + n for n in range(args.replicas)]
    processes = [subprocess.Popen(replica_command(port), cwd=ROOT) for port in ports]
    try:
        for port in ports:
            wait_healthy(f"http://127.0.0.1:{port}")
        env = {
            **os.environ,
            "KOPDASH_PROXY_PORT": str(args.port),
            "KOPDASH_REPLICAS": " ".join(f"127.0.0.1:{port}" for port in ports),
        }
        processes.append(subprocess.Popen(proxy_command(), cwd=ROOT, env=env))
        wait_healthy(f"http://127.0.0.1:{args.port}")
        print(f"kopdash at http://127.0.0.1:{args.port} ({args.replicas} replicas: {ports})", flush=True)
        processes[-1].wait()
    except KeyboardInterrupt:
        pass
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
