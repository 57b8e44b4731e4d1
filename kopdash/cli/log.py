"""kopdash log, undo and rederive: what was written, taking one write back, deriving statuses again."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from kopdash.cli.common import (
    EXIT_REFUSED,
    office_store,
    store_options,
    warn_reference,
    write_refused,
)
from kopdash.present.i18n import t
from kopdash.store.import_log import Origin
from kopdash.store.location import data_root


def _log(args: argparse.Namespace) -> int:
    """The import log, oldest first: what was written, when, by whom, from which file."""
    from kopdash.domain.wilayah import region_code
    from kopdash.store import import_log

    lang = args.lang
    log = import_log.read_log(args.data_dir or data_root())
    wanted = region_code(args.region) if args.region else None
    listed = [entry for entry in log.entries if wanted is None or entry.get("region_code") == wanted]
    for damaged in log.damaged:
        print(t("cli.log_damaged", lang, file=damaged))
    if not listed:
        print(t("cli.log_empty", lang))
    for entry in listed:
        print(
            t(
                "cli.log_line",
                lang,
                at=entry.get("at", "?"),
                action=entry.get("action", "?"),
                region=entry.get("region_code") or "–",
                date=entry.get("snapshot_date") or "–",
                file=entry.get("source_file") or "–",
                accepted=entry.get("accepted", "–"),
                quarantined=entry.get("quarantined", "–"),
                via=entry.get("via", "?"),
                who=f" ({entry['who']})" if entry.get("who") else "",
                entry=entry.get("id", "?"),
                undone=t("cli.log_undone", lang, entry=entry["undone_by"]) if entry.get("undone_by") else "",
            )
        )
    return 0


def _undo(args: argparse.Namespace) -> int:
    """Put the store back as it was before one logged write: by --entry, or a region's import of a date."""
    from kopdash.domain.messages import ImportRefused
    from kopdash.domain.wilayah import region_code
    from kopdash.store import import_log, undo

    lang, root = args.lang, args.data_dir or data_root()
    refuse = lambda reason: print(t("cli.undo_refused", lang, reason=reason), file=sys.stderr)  # noqa: E731
    if not args.entry and not (args.region and args.date):
        refuse(t("cli.undo_which", lang))
        return EXIT_REFUSED
    try:
        if args.entry:
            entry = import_log.find(root, args.entry)
        else:
            try:
                day = dt.date.fromisoformat(args.date)
            except ValueError:
                refuse(t("cli.bad_date", lang, value=args.date))
                return EXIT_REFUSED
            entry = import_log.latest_import(root, region_code(args.region), day)
        done = undo.undo(root, entry, Origin.command("undo"))
    except (import_log.CannotUndo, ImportRefused, OSError) as error:  # ImportRefused: the store is busy
        return write_refused(error, lang, "undo")
    print(
        t(
            "cli.undone",
            lang,
            action=entry.get("action"),
            region=entry.get("region_code") or "",
            date=entry.get("snapshot_date") or "",
            file=entry.get("source_file") or "–",
            entry=entry["id"],
            undo=done["id"],
        )
    )
    return 0


def _rederive(args: argparse.Namespace) -> int:
    """Derive a region's stored statuses again under the profile it uses now (after a rule change)."""
    from kopdash.domain.messages import ImportRefused
    from kopdash.domain.wilayah import region_code
    from kopdash.store import rederive

    root = office_store(args, "rederive")
    if root is None:
        return EXIT_REFUSED
    warn_reference(root, args.lang)
    try:
        done = rederive.rederive(root, region_code(args.region), Origin.command("rederive"))
    except (ImportRefused, OSError) as error:
        return write_refused(error, args.lang, "rederive")
    for path in done.unreadable:
        print(t("cli.rederive_unreadable", args.lang, path=path))
    print(
        t(
            "cli.rederived",
            args.lang,
            profile=done.profile,
            thresholds=done.thresholds,
            snapshots=done.snapshots,
            rewritten=done.rewritten,
            changed=done.changed,
            entry=done.entry_id,
        )
    )
    return 0


def add(commands) -> None:
    """The parsers of this module's commands."""
    log_parser = commands.add_parser("log", help="list the import log: every write into the store")
    log_parser.add_argument("--region", help="only this region's entries (Kemendagri code)")
    log_parser.add_argument("--data-dir", help="the store (default: KOPDASH_DATA_DIR, else data/)")
    log_parser.add_argument("--lang", choices=("id", "en"), default="id")
    log_parser.set_defaults(run=_log)

    rederive_parser = commands.add_parser(
        "rederive", help="derive a region's stored statuses again under the rule profile it uses now"
    )
    rederive_parser.add_argument("--region", required=True, help="Kemendagri code of the region, e.g. 36.04")
    store_options(rederive_parser)
    rederive_parser.add_argument("--lang", choices=("id", "en"), default="id")
    rederive_parser.set_defaults(run=_rederive)

    undo_parser = commands.add_parser(
        "undo", help="put the store back as it was before one import (see kopdash log)"
    )
    undo_parser.add_argument("--region", help="Kemendagri code of the region imported into")
    undo_parser.add_argument("--date", help="the snapshot date of that import, YYYY-MM-DD")
    undo_parser.add_argument("--entry", help="or: the id of any log entry (events, published, rules …)")
    undo_parser.add_argument("--data-dir", help="the store (default: KOPDASH_DATA_DIR, else data/)")
    undo_parser.add_argument("--lang", choices=("id", "en"), default="id")
    undo_parser.set_defaults(run=_undo)
