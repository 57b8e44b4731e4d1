"""Command line: `python -m kopdash demo` (and later commands) against the store in KOPDASH_DATA_DIR."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kopdash.store import data_root


def _demo(args: argparse.Namespace) -> int:
    from kopdash import demo

    root = Path(args.data_dir) if args.data_dir else data_root()
    started = time.perf_counter()
    try:
        written = demo.generate(root, progress=lambda message: print(message, flush=True))
    except demo.NotADemoStore as error:
        print(f"kopdash demo: {error}", file=sys.stderr)
        return 2
    seconds = time.perf_counter() - started
    print(f"Wrote {sum(written.values())} rows for {len(written)} regions into {root} in {seconds:.1f} s")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kopdash", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    demo_parser = commands.add_parser(
        "demo", help="write the bundled demo store (fixed seed) into the data root"
    )
    demo_parser.add_argument(
        "--data-dir", help="target folder (default: KOPDASH_DATA_DIR, else the bundled data/)"
    )
    demo_parser.set_defaults(run=_demo)
    args = parser.parse_args(argv)
    return args.run(args)
