"""kopdash ingest: a registry export as one snapshot, read in the isolated reader, said in words."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from kopdash.cli.common import (
    EXIT_NOTHING_ACCEPTED,
    EXIT_REFUSED,
    office_store,
    store_options,
    warn_reference,
    write_refused,
)
from kopdash.domain.messages import words
from kopdash.domain.schema import STATUSES
from kopdash.present.i18n import status_label, t
from kopdash.store.import_log import Origin
from kopdash.store.location import as_location


class Refused(Exception):
    """A refusal already said in words on stderr: the command ends with EXIT_REFUSED."""


def _say(lang: str):
    return lambda key, **values: print(t(key, lang, **values), flush=True)


def _refuse(lang: str, reason: str) -> Refused:
    print(t("cli.refused", lang, command="ingest", reason=reason), file=sys.stderr)
    return Refused()


def run(args: argparse.Namespace) -> int:
    """Read and check the export, say what it holds, write the snapshot, say what was written."""
    from kopdash.ingest import flow
    from kopdash.ingest.office_files import ImportRefused

    lang, root = args.lang, office_store(args, "ingest")
    if root is None:
        return EXIT_REFUSED
    try:
        snapshot_date, mapping = _inputs(args, lang)
        operating = _operating(args, lang)
        request = flow.Request(
            "registry",
            args.file,
            str(root),
            path=Path(args.file),
            arguments={
                "region_code": args.region,
                "snapshot_date": snapshot_date,
                "mapping": mapping,
                "programme": args.programme,
                "operating": operating,
            },
        )
        plan = _read(request, lang)
    except Refused:
        return EXIT_REFUSED
    _say_plan(plan, operating, lang)
    said, districts = _said_scope(args)
    try:
        report = flow.apply(request, plan, Origin.command("ingest"), said, districts)
    except (ImportRefused, OSError) as error:  # whole or partial unsaid, the store busy or full: unchanged
        return write_refused(error, lang, "ingest")
    if report.scope is None:  # nothing to show on the dashboard: the quarantine was kept, no snapshot
        print(t("cli.nothing_accepted", lang, path=report.written), file=sys.stderr)
        return EXIT_NOTHING_ACCEPTED
    _say_written(report, root, lang)
    return 0


def _inputs(args: argparse.Namespace, lang: str) -> tuple[dt.date, bytes | None]:
    """The snapshot date and the mapping file's bytes; Refused (said) when either cannot be read, or the
    export cannot be opened (the export itself is read by the isolated reader)."""
    try:
        snapshot_date = dt.date.fromisoformat(args.date)
    except ValueError:
        raise _refuse(lang, words("refused.date_format", lang, date=args.date)) from None
    try:
        with open(args.file, "rb"):
            pass
        return snapshot_date, Path(args.mapping).read_bytes() if args.mapping else None
    except OSError as error:
        raise _refuse(lang, f"file tidak dapat dibaca: {error.strerror}: {error.filename}") from None


def _operating(args: argparse.Namespace, lang: str) -> dict | None:
    """NIK -> operating from a separate file (--operating), read as carefully as the export; None without."""
    from kopdash.ingest import flow
    from kopdash.ingest.office_files import ImportRefused

    if not args.operating:
        return None
    try:
        told = flow.read_operating(Path(args.operating))
    except (ImportRefused, OSError) as refusal:
        reason = refusal.words(lang) if isinstance(refusal, ImportRefused) else str(refusal)
        raise _refuse(lang, f"{args.operating}: {reason}") from None
    name = Path(args.operating).name
    _say(lang)("cli.operating_file", file=name, n=len(told.operating), unread=told.unreadable)
    return told.operating


def _read(request, lang: str):
    """The checked plan, read in the isolated reader with progress said; Refused (said) on a refusal."""
    from kopdash.ingest import flow
    from kopdash.ingest.office_files import ImportRefused

    say, arguments = _say(lang), request.arguments
    with flow.reading(request) as child:  # the child reads while this process loads what it reports with
        from kopdash.present import fmt

        warn_reference(request.root, lang)
        when = fmt.date_long(arguments["snapshot_date"], lang)
        say("cli.reading", file=Path(request.filename).name, code=arguments["region_code"], date=when)

        def progress(done: int, total: int) -> None:
            say("cli.progress", done=fmt.number(done, lang), total=fmt.number(total, lang))

        try:
            return child.result(progress)
        except ImportRefused as refusal:
            raise _refuse(lang, refusal.words(lang)) from None


def _say_plan(plan, operating: dict | None, lang: str) -> None:
    """What the file holds: the region and its rule, the headers used, rows read, accepted, quarantined."""
    from kopdash.present import fmt
    from kopdash.present.importing import sheet_label

    say, profile = _say(lang), plan.profile
    say(
        "cli.region",
        region=plan.region_name,
        profile=profile.rule_profile,
        less=profile.less_active_after,
        inactive=profile.inactive_after,
        dissolution=profile.dissolution_after,
    )
    for sheet in plan.sheets:
        columns = ", ".join(f"{sheet.headers[i]}→{c}" for i, c in sheet.columns.items())
        say("cli.sheet", sheet=sheet_label(sheet.name, lang), row=sheet.header_row, columns=columns)
    if plan.unused_headers:
        say("cli.unused", headers=", ".join(plan.unused_headers))
    say("cli.rows_read", n=fmt.number(plan.rows_read, lang))
    if operating:
        missing = len(set(operating) - set(plan.accepted["nik"]))
        if missing:  # said, never silently dropped
            say("cli.operating_unmatched", n=fmt.number(missing, lang))
    say("cli.accepted", n=fmt.number(len(plan.accepted), lang))
    say("cli.quarantined", n=fmt.number(len(plan.quarantined), lang))
    for code, count in plan.quarantined_by_reason.items():
        say("cli.reason_line", reason=t(f"reason.{code}", lang), n=fmt.number(count, lang))


def _say_written(report, root, lang: str) -> None:
    """What was written: a region added, what the snapshot holds, where, what it replaced, the log."""
    from kopdash.domain.schema import quarantine_path
    from kopdash.present import fmt

    say, plan = _say(lang), report.plan
    day = plan.snapshot_date
    if plan.new_region is not None:
        say("cli.region_added", name=plan.new_region.name, code=plan.new_region.code)
    _say_scope(report.scope, day, lang)
    say("cli.written", path=report.written)
    if plan.replaces_rows is not None:
        say("cli.replaced", n=fmt.number(plan.replaces_rows, lang))
    if len(plan.quarantined):
        say("cli.quarantine_file", path=as_location(root).path(quarantine_path(plan.region_code, day)))
    say("cli.logged", entry=report.entry_id, region=plan.region_code, date=day.isoformat())


def _said_scope(args: argparse.Namespace) -> tuple[str | None, tuple[str, ...]]:
    """What the officer said the file is: --whole, --partial, or --partial=KECAMATAN[,KECAMATAN]."""
    from kopdash.ingest import scope

    if args.whole:
        return scope.WHOLE, ()
    if args.partial is None:
        return None, ()
    return scope.PARTIAL, tuple(name.strip() for name in args.partial.split(",") if name.strip())


def _say_scope(made, snapshot_date: dt.date, lang: str) -> None:
    """What the new snapshot holds besides the file's rows, and its statuses, in words."""
    from kopdash.present import fmt
    from kopdash.present.importing import scope_lines

    for line in scope_lines(made.record(), snapshot_date, lang):
        print(line, flush=True)
    counts = made.status_counts
    shown = ", ".join(f"{status_label(s, lang)} {fmt.number(counts[s], lang)}" for s in STATUSES)
    print(t("cli.statuses", lang, counts=shown), flush=True)


def add(commands) -> None:
    """The parsers of this module's commands."""
    ingest_parser = commands.add_parser(
        "ingest", help="import a registry export (CSV or Excel) as one snapshot"
    )
    ingest_parser.add_argument("file", help="the export: .csv (; or ,) or .xlsx")
    ingest_parser.add_argument(
        "--region", required=True, help="Kemendagri code of the kabupaten/kota, e.g. 36.04 or 3604"
    )
    ingest_parser.add_argument("--date", required=True, help="snapshot date, YYYY-MM-DD")
    ingest_parser.add_argument(
        "--mapping", help="CSV kolom_file,kolom_kopdash for headers kopdash does not know"
    )
    ingest_parser.add_argument(
        "--programme",
        help="a programme roster: rows without a programme get this one (e.g. koperasi_merah_putih); "
        "its cooperatives without founding date or RAT owe no RAT yet",
    )
    ingest_parser.add_argument(
        "--operating",
        help="with a roster: a separate file of NIK and Beroperasi (ya/tidak); it wins over the roster's own",
    )
    said = ingest_parser.add_mutually_exclusive_group()
    said.add_argument(
        "--whole",
        action="store_true",
        help="the file is the whole registry: cooperatives of the previous snapshot it lacks are no longer "
        "listed",
    )
    said.add_argument(
        "--partial",
        nargs="?",
        const="",
        metavar="KECAMATAN[,KECAMATAN]",
        help="the file updates the cooperatives it names, the others are carried from the previous "
        "snapshot; =KECAMATAN: the file replaces these kecamatan whole",
    )
    store_options(ingest_parser)
    ingest_parser.add_argument("--lang", choices=("id", "en"), default="id", help="language of the report")
    ingest_parser.set_defaults(run=run)
