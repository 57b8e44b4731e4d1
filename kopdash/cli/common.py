"""What every command shares: where it writes (never the demo by accident), how it says a refusal, and
the exit codes the guide documents."""

from __future__ import annotations

import argparse
import sys

from kopdash.present.i18n import t
from kopdash.store.location import as_location, data_root

# Exit codes of the import commands (docs/guide.md, "Importing a registry export").
EXIT_REFUSED = 2  # the file cannot be used at all; one line of words says why
EXIT_NOTHING_ACCEPTED = 3  # every row was quarantined: the quarantine is saved, no snapshot written
EXIT_NOT_WRITTEN = 4  # the store could not be written (disk full, file too large, read-only): unchanged


def warn_reference(root, lang: str) -> None:
    """Name what is wrong in regions.csv or rule_profiles.csv before a command writes anything."""
    from kopdash.store import reference

    for problem in reference.load(as_location(root)).problems:
        print(t("cli.reference_problem", lang, problem=problem), file=sys.stderr, flush=True)


def read_file(command: str, path: str, make_request, lang: str):
    """The request and checked plan of a command's file (ingest/flow.py: read in the isolated reader), or
    None with the refusal said in one line: the file (or one the request reads, as a mapping) cannot be
    opened, or cannot be used. `make_request` builds the flow's Request once the file is known readable."""
    from kopdash.ingest import flow
    from kopdash.ingest.office_files import ImportRefused

    try:
        with open(path, "rb"):  # readable: the file itself is read by the isolated reader
            pass
        request = make_request()
        return request, flow.read(request)
    except OSError as error:
        print(
            f"kopdash {command}: file tidak dapat dibaca: {error.strerror}: {error.filename}", file=sys.stderr
        )
    except ImportRefused as refusal:
        print(f"kopdash {command}: {refusal.words(lang)}", file=sys.stderr)
    return None


def office_store(args: argparse.Namespace, command: str):
    """The store a writing command writes into: --data-dir, else KOPDASH_DATA_DIR, else the bundled
    demo; None (and the reason said) for a demo store, unless --into-demo says it is on purpose: real
    rows in a synthetic demo are a picture every page still calls "Data demo"."""
    from kopdash.store.database import store_info

    root = args.data_dir or data_root()
    location = as_location(root)
    try:
        kind = store_info(location).get("kind")
    except (OSError, ValueError, AttributeError):  # a damaged store.json does not make a store a demo
        kind = None
    if kind == "demo" and not args.into_demo:
        print(t("cli.demo_store", args.lang, command=command, root=location.path()), file=sys.stderr)
        return None
    return root


def write_refused(error: Exception, lang: str, command: str) -> int:
    """Say why `kopdash <command>`'s write to the store did not happen (nothing was written) and give the
    exit code: the
    store is busy with another office's import, or changed, or the undo is refused (EXIT_REFUSED); the
    disk or bucket failed (EXIT_NOT_WRITTEN)."""
    from kopdash.domain.messages import ImportRefused
    from kopdash.store.import_log import CannotUndo

    if isinstance(error, ImportRefused):
        print(t("cli.refused", lang, command=command, reason=error.words(lang)), file=sys.stderr)
        return EXIT_REFUSED
    if isinstance(error, CannotUndo):
        print(t("cli.undo_refused", lang, reason=t(error.code, lang, **error.params)), file=sys.stderr)
        return EXIT_REFUSED
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    print(t("store.write_failed", lang, reason=reason), file=sys.stderr)
    return EXIT_NOT_WRITTEN


def store_options(parser: argparse.ArgumentParser) -> None:
    """--data-dir and --into-demo, for every command that writes an office's data."""
    parser.add_argument("--data-dir", help="the store to write (default: KOPDASH_DATA_DIR, else data/)")
    parser.add_argument(
        "--into-demo", action="store_true", help="write into the bundled demo store on purpose"
    )
