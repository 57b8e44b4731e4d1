"""Command line against the store in KOPDASH_DATA_DIR (default: the bundled data/).

python -m kopdash demo                                   write the demo store
python -m kopdash ingest FILE --region 36.04 --date 2021-07-18   import one registry export
python -m kopdash log [--region 36.04]                   every write into the store
python -m kopdash undo --region 36.04 --date 2021-07-18  put the store back as before that import
"""

from __future__ import annotations

import argparse

from kopdash.cli import events, ingest, log, maintenance, published
from kopdash.cli.common import EXIT_NOT_WRITTEN, EXIT_NOTHING_ACCEPTED, EXIT_REFUSED

__all__ = ["EXIT_NOTHING_ACCEPTED", "EXIT_NOT_WRITTEN", "EXIT_REFUSED", "main", "main_exit"]
COMMANDS = (maintenance, ingest, published, events, log)  # each adds its own commands' parsers


def main(argv: list[str] | None = None) -> int:
    """Run one command; its exit code (0 written, 2 refused, 3 nothing accepted, 4 not written)."""
    parser = argparse.ArgumentParser(
        prog="python -m kopdash", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for module in COMMANDS:
        module.add(commands)
    args = parser.parse_args(argv)
    return args.run(args)


def main_exit() -> None:
    """The `kopdash` console script (pyproject.toml): the same as python -m kopdash."""
    raise SystemExit(main())
