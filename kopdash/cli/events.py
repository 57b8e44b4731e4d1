"""kopdash events: interventions from a file, read in the isolated reader."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kopdash.cli.common import (
    EXIT_NOTHING_ACCEPTED,
    EXIT_REFUSED,
    office_store,
    read_file,
    store_options,
    warn_reference,
    write_refused,
)
from kopdash.present.i18n import t
from kopdash.store.import_log import Origin


def run(args: argparse.Namespace) -> int:
    from kopdash.ingest import flow
    from kopdash.ingest.office_files import ImportRefused
    from kopdash.present import fmt

    root = office_store(args, "events")
    if root is None:
        return EXIT_REFUSED
    warn_reference(root, args.lang)
    read = read_file(
        "events",
        args.file,
        lambda: flow.Request(
            "events",
            Path(args.file).name,
            str(root),
            path=Path(args.file),
            arguments={"region_code": args.region},
        ),
        args.lang,
    )
    if read is None:
        return EXIT_REFUSED
    request, plan = read
    try:
        report = flow.apply(request, plan, Origin.command("events"))
    except (ImportRefused, OSError) as error:
        return write_refused(error, args.lang, "events")
    print(
        t(
            "cli.events",
            args.lang,
            read=fmt.number(plan.rows_read, args.lang),
            accepted=fmt.number(len(plan.accepted), args.lang),
            quarantined=fmt.number(len(plan.quarantined), args.lang),
            total=fmt.number(report.total, args.lang),
            region=args.region,
        )
    )
    for reason in plan.quarantined["reason"]:
        print(f"  - {reason}")
    if report.nothing_accepted:
        print(t("cli.nothing_accepted", args.lang, path=report.written), file=sys.stderr)
        return EXIT_NOTHING_ACCEPTED
    return 0


def add(commands) -> None:
    """The parsers of this module's commands."""
    events_parser = commands.add_parser(
        "events", help="add interventions (training, consultation, summons …) from CSV or Excel"
    )
    events_parser.add_argument(
        "file", help="CSV or Excel with NIK, Tanggal, Kegiatan [, Saluran, Hasil, Kendala]"
    )
    events_parser.add_argument("--region", required=True, help="Kemendagri code, e.g. 33.14")
    store_options(events_parser)
    events_parser.add_argument("--lang", choices=("id", "en"), default="id")
    events_parser.set_defaults(run=run)
