"""Command line against the store in KOPDASH_DATA_DIR (default: the bundled data/).

python -m kopdash demo                                   write the demo store
python -m kopdash ingest FILE --region 36.04 --date 2021-07-18   import one registry export
python -m kopdash log [--region 36.04]                   every write into the store
python -m kopdash undo --region 36.04 --date 2021-07-18  put the store back as before that import
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

from kopdash.domain.schema import STATUSES
from kopdash.present.i18n import status_label, t
from kopdash.store.import_log import Origin
from kopdash.store.location import as_location, data_root

# Exit codes of the import commands (docs/guide.md, "Importing a registry export").
EXIT_REFUSED = 2  # the file cannot be used at all; one line of words says why
EXIT_NOTHING_ACCEPTED = 3  # every row was quarantined: the quarantine is saved, no snapshot written
EXIT_NOT_WRITTEN = 4  # the store could not be written (disk full, file too large, read-only): unchanged


def _warn_reference(root, lang: str) -> None:
    """Name what is wrong in regions.csv or rule_profiles.csv before a command writes anything."""
    from kopdash.store import reference

    for problem in reference.load(as_location(root)).problems:
        print(t("cli.reference_problem", lang, problem=problem), file=sys.stderr, flush=True)


def _demo(args: argparse.Namespace) -> int:
    from kopdash.demo import bundled

    root = args.data_dir or data_root()
    if str(root).startswith("s3://"):
        print(
            "kopdash demo: write the demo into a folder, then copy it to the bucket (aws s3 sync FOLDER URI)",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    root = Path(root)
    started = time.perf_counter()
    try:
        if args.scale == "national":
            from kopdash.demo import national
            from kopdash.store.location import DEFAULT_DATA_ROOT

            if Path(root).resolve() == DEFAULT_DATA_ROOT.resolve():
                print(
                    "kopdash demo: the national demo needs its own folder: set KOPDASH_DATA_DIR or "
                    "--data-dir (data/ holds the bundled demo)",
                    file=sys.stderr,
                )
                return EXIT_REFUSED
            written = national.generate(Path(root), progress=lambda message: print(message, flush=True))
        else:
            written = bundled.generate(root, progress=lambda message: print(message, flush=True))
    except bundled.NotADemoStore as error:
        print(f"kopdash demo: {error}", file=sys.stderr)
        return EXIT_REFUSED
    seconds = time.perf_counter() - started
    print(f"Wrote {sum(written.values())} rows for {len(written)} regions into {root} in {seconds:.1f} s")
    return 0


def _office_store(args: argparse.Namespace, command: str):
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


def _write_refused(error: Exception, lang: str) -> int:
    """Say why a write to the store did not happen (nothing was written) and give the exit code: the
    store is busy with another office's import, or changed, or the undo is refused (EXIT_REFUSED); the
    disk or bucket failed (EXIT_NOT_WRITTEN)."""
    from kopdash.domain.messages import ImportRefused
    from kopdash.store.import_log import CannotUndo

    if isinstance(error, ImportRefused):
        print(t("cli.refused", lang, reason=error.words(lang)), file=sys.stderr)
        return EXIT_REFUSED
    if isinstance(error, CannotUndo):
        print(t("cli.undo_refused", lang, reason=t(error.code, lang, **error.params)), file=sys.stderr)
        return EXIT_REFUSED
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    print(t("store.write_failed", lang, reason=reason), file=sys.stderr)
    return EXIT_NOT_WRITTEN


def _ingest(args: argparse.Namespace) -> int:
    from kopdash.ingest import isolated
    from kopdash.ingest.office_files import ImportRefused

    lang, root = args.lang, _office_store(args, "ingest")
    if root is None:
        return EXIT_REFUSED
    say = lambda key, **values: print(t(key, lang, **values), flush=True)  # noqa: E731
    try:
        snapshot_date = dt.date.fromisoformat(args.date)
    except ValueError:
        print(
            t("cli.refused", lang, reason=f"tanggal {args.date!r} bukan format TTTT-BB-HH"), file=sys.stderr
        )
        return EXIT_REFUSED
    try:
        with open(args.file, "rb"):  # readable: the file itself is read by the isolated reader
            pass
        mapping = Path(args.mapping).read_bytes() if args.mapping else None
    except OSError as error:
        print(
            t("cli.refused", lang, reason=f"file tidak dapat dibaca: {error.strerror}: {error.filename}"),
            file=sys.stderr,
        )
        return EXIT_REFUSED
    operating = None
    if args.operating:  # a separate file of which roster cooperatives operate, read as carefully
        try:
            told = isolated.run("operating", Path(args.operating), filename=args.operating)
        except (ImportRefused, OSError) as refusal:
            reason = refusal.words(lang) if isinstance(refusal, ImportRefused) else str(refusal)
            print(t("cli.refused", lang, reason=f"{args.operating}: {reason}"), file=sys.stderr)
            return EXIT_REFUSED
        operating = told.operating
        say("cli.operating_file", file=Path(args.operating).name, n=len(operating), unread=told.unreadable)
    reading = isolated.Reading(
        "registry",
        Path(args.file),
        filename=args.file,
        region_code=args.region,
        snapshot_date=snapshot_date,
        root=root,
        mapping=mapping,
        programme=args.programme,
        operating=operating,
    )
    with reading:  # the child reads while this process loads what it needs to report and write
        from kopdash.ingest import registry
        from kopdash.present import fmt
        from kopdash.present.importing import sheet_label

        _warn_reference(root, lang)
        say(
            "cli.reading",
            file=Path(args.file).name,
            code=args.region,
            date=fmt.date_long(snapshot_date, lang),
        )

        def progress(done: int, total: int) -> None:
            say("cli.progress", done=fmt.number(done, lang), total=fmt.number(total, lang))

        try:
            plan = reading.result(progress)
        except ImportRefused as refusal:
            print(t("cli.refused", lang, reason=refusal.words(lang)), file=sys.stderr)
            return EXIT_REFUSED
    profile = plan.profile
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
    said, districts = _said_scope(args)
    try:
        committed = registry.commit_import(plan, root, said, districts, Origin.command("ingest"))
    except (ImportRefused, OSError) as error:  # whole or partial unsaid, the store busy or full: unchanged
        return _write_refused(error, lang)
    if committed.scope is None:  # nothing to show on the dashboard: the quarantine was kept, no snapshot
        print(t("cli.nothing_accepted", lang, path=committed.path), file=sys.stderr)
        return EXIT_NOTHING_ACCEPTED
    if plan.new_region is not None:
        say("cli.region_added", name=plan.new_region.name, code=plan.new_region.code)
    _say_scope(committed.scope, snapshot_date, lang)
    say("cli.written", path=committed.path)
    if plan.replaces_rows is not None:
        say("cli.replaced", n=fmt.number(plan.replaces_rows, lang))
    if len(plan.quarantined):
        from kopdash.domain.schema import quarantine_path

        say(
            "cli.quarantine_file",
            path=as_location(root).path(quarantine_path(plan.region_code, snapshot_date)),
        )
    say("cli.logged", entry=committed.entry_id, region=plan.region_code, date=snapshot_date.isoformat())
    return 0


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


def _say_contradictions(figures, root, lang: str) -> None:
    """Name the file's figures that do not add up (kept as published: an office's figure is its own)."""
    from kopdash.domain import wilayah
    from kopdash.domain.published_sums import contradictions
    from kopdash.present import fmt
    from kopdash.present.comparison import contradiction_words

    for row in contradictions(figures).itertuples():
        official = wilayah.region(row.region_code)
        region = f"{official.name if official else row.region_code} ({row.region_code})"
        words = contradiction_words(row, lang)
        print(
            t(
                "cli.published_contradiction",
                lang,
                region=region,
                date=fmt.date_long(row.as_of, lang),
                words=words,
            )
        )


def _published(args: argparse.Namespace) -> int:
    from kopdash.domain import schema, wilayah
    from kopdash.ingest import published
    from kopdash.ingest.office_files import ImportRefused
    from kopdash.store import reference

    root = _office_store(args, "published")
    if root is None:
        return EXIT_REFUSED
    _warn_reference(root, args.lang)
    source = {
        "source_title": args.source_title,
        "source_publisher": args.publisher,
        "source_url": args.source_url,
    }
    try:
        data = Path(args.file).read_bytes()
        mapping = published.read_mapping(Path(args.mapping).read_bytes()) if args.mapping else None
        regions = set(reference.load(as_location(root)).regions["region_code"])
        region = wilayah.region_code(args.region) if args.region else None
        checked = published.read_published_file(
            data, regions, mapping=mapping, region=region, source=source, filename=Path(args.file).name
        )
    except OSError as error:
        print(
            f"kopdash published: file tidak dapat dibaca: {error.strerror}: {error.filename}", file=sys.stderr
        )
        return EXIT_REFUSED
    except ImportRefused as refusal:
        print(f"kopdash published: {refusal.words(args.lang)}", file=sys.stderr)
        return EXIT_REFUSED
    for line in checked.left_out:
        print(t("cli.published_left_out", args.lang, line=line))
    for line in checked.notes:
        print(t("cli.published_note", args.lang, line=line))
    for new in checked.new_regions:
        print(t("cli.region_added", args.lang, name=new.name, code=new.code))
    try:
        added, replaced = published.merge_published(
            root,
            checked.figures,
            checked.new_regions,
            Origin.command("published"),
            source=(Path(args.file).name, data),
        )
    except (ImportRefused, OSError) as error:
        return _write_refused(error, args.lang)
    _say_contradictions(checked.figures, root, args.lang)
    approximate = int(checked.figures["approximate"].sum())
    print(
        t(
            "cli.published",
            args.lang,
            added=added,
            replaced=replaced,
            path=as_location(root).path(schema.PUBLISHED_FILE),
        )
        + (" " + t("cli.published_approximate", args.lang, n=approximate) if approximate else "")
    )
    return 0


def _events(args: argparse.Namespace) -> int:
    from kopdash.ingest import events, isolated
    from kopdash.ingest.office_files import ImportRefused
    from kopdash.present import fmt
    from kopdash.store import reference

    root = _office_store(args, "events")
    if root is None:
        return EXIT_REFUSED
    _warn_reference(root, args.lang)
    try:
        with open(args.file, "rb"):  # readable: the file itself is read by the isolated reader
            pass
        regions = set(reference.load(as_location(root)).regions["region_code"])
        plan = isolated.run(
            "events", Path(args.file), filename=Path(args.file).name, region_code=args.region, regions=regions
        )
    except OSError as error:
        print(f"kopdash events: file tidak dapat dibaca: {error.strerror}: {error.filename}", file=sys.stderr)
        return EXIT_REFUSED
    except ImportRefused as refusal:
        print(f"kopdash events: {refusal.words(args.lang)}", file=sys.stderr)
        return EXIT_REFUSED
    try:
        total = events.commit_events(plan, root, origin=Origin.command("events"))
    except (ImportRefused, OSError) as error:
        return _write_refused(error, args.lang)
    print(
        t(
            "cli.events",
            args.lang,
            read=fmt.number(plan.rows_read, args.lang),
            accepted=fmt.number(len(plan.accepted), args.lang),
            quarantined=fmt.number(len(plan.quarantined), args.lang),
            total=fmt.number(total, args.lang),
            region=args.region,
        )
    )
    for reason in plan.quarantined["reason"]:
        print(f"  - {reason}")
    if plan.accepted.empty:
        path = as_location(root).path(events.quarantine_path(args.region, dt.date.today()))
        print(t("cli.nothing_accepted", args.lang, path=path), file=sys.stderr)
        return EXIT_NOTHING_ACCEPTED
    return 0


def _brief(args: argparse.Namespace) -> int:
    """The meeting brief of one region as an HTML or PDF file: for a cron job before each meeting."""
    from kopdash.domain.wilayah import region_code
    from kopdash.reports import brief
    from kopdash.store import Store

    lang = args.lang
    refuse = lambda reason: print(t("cli.brief_refused", lang, reason=reason), file=sys.stderr)  # noqa: E731
    out = Path(args.out)
    if out.suffix.lower() not in (".html", ".pdf"):
        refuse(t("cli.brief_suffix", lang, file=args.out))
        return EXIT_REFUSED
    try:
        as_of = dt.date.fromisoformat(args.date) if args.date else dt.date.today()
    except ValueError:
        refuse(t("cli.bad_date", lang, value=args.date))
        return EXIT_REFUSED
    code = region_code(args.region)
    store = Store(data_root())
    try:
        page = brief.build_html(store, code, as_of, lang, with_calls=args.with_calls)
    except ValueError:
        refuse(t("cli.brief_no_snapshot", lang, region=code, date=as_of.isoformat()))
        return EXIT_REFUSED
    if out.suffix.lower() == ".pdf":
        made = brief.to_pdf(page)
        if made is None:
            refuse(t("brief.no_pdf", lang))
            return EXIT_REFUSED
        data = made
    else:
        data = page.encode("utf-8")
    try:
        out.write_bytes(data)
    except OSError as error:
        print(t("cli.brief_not_written", lang, reason=f"{error.strerror}: {out}"), file=sys.stderr)
        return EXIT_NOT_WRITTEN
    print(t("cli.brief_written", lang, file=str(out), size=len(data) // 1024), flush=True)
    return 0


def _rollup(args: argparse.Namespace) -> int:
    """Rebuild every region's rollup and NIK index from its snapshot files (for stores filled by hand)."""
    from kopdash.store import Store, rollup, writer

    store = Store(data_root())
    by_region: dict[str, list] = {}
    for region, day, _ in store._snapshot_index:
        by_region.setdefault(region, []).append(day)
    for number, (region, days) in enumerate(sorted(by_region.items()), start=1):
        frames = {day: store.query("SELECT * FROM unit_rows", units={region: [day]}) for day in days}
        writer.write_region_summaries(store.location, region, frames)
        print(f"{number}/{len(by_region)} {region}: {len(days)} snapshots", flush=True)
    writer.write_text(store.location, rollup.VERSION_FILE, rollup.new_version())
    return 0


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
        return _write_refused(error, lang)
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

    root = _office_store(args, "rederive")
    if root is None:
        return EXIT_REFUSED
    _warn_reference(root, args.lang)
    try:
        done = rederive.rederive(root, region_code(args.region), Origin.command("rederive"))
    except (ImportRefused, OSError) as error:
        return _write_refused(error, args.lang)
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


def _store_options(parser: argparse.ArgumentParser) -> None:
    """--data-dir and --into-demo, for every command that writes an office's data."""
    parser.add_argument("--data-dir", help="the store to write (default: KOPDASH_DATA_DIR, else data/)")
    parser.add_argument(
        "--into-demo", action="store_true", help="write into the bundled demo store on purpose"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kopdash", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)

    demo_parser = commands.add_parser(
        "demo", help="write the bundled demo store (fixed seed) into the data root"
    )
    demo_parser.add_argument(
        "--data-dir", help="target folder (default: KOPDASH_DATA_DIR, else the bundled data/)"
    )
    demo_parser.add_argument(
        "--scale",
        choices=("small", "national"),
        default="small",
        help="small: 5 regions calibrated to the articles; national: 520 regions, 96 months",
    )
    demo_parser.set_defaults(run=_demo)

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
    _store_options(ingest_parser)
    ingest_parser.add_argument("--lang", choices=("id", "en"), default="id", help="language of the report")
    ingest_parser.set_defaults(run=_ingest)

    published_parser = commands.add_parser(
        "published",
        help="add figures offices published (CSV: region_code, as_of, metric, value, source_title, …)",
    )
    published_parser.add_argument(
        "file",
        help="CSV with the columns of published/figures.csv, or a portal table (Satu Data: kode_wilayah, "
        "judul, tahun, periode, data; provincial: kode_kabupaten_kota, <measure>, tahun; year columns: "
        "komponendata, 2023, 2024 …)",
    )
    published_parser.add_argument("--mapping", help="CSV teks,metric: a row title and the metric it gives")
    published_parser.add_argument("--region", help="the region of a table with one column per year")
    published_parser.add_argument("--source-title", help="title of the source (default: each row's title)")
    published_parser.add_argument("--publisher", help="who published it (default: the portal's name)")
    published_parser.add_argument("--source-url", help="address of the source, http(s)")
    _store_options(published_parser)
    published_parser.add_argument("--lang", choices=("id", "en"), default="id")
    published_parser.set_defaults(run=_published)
    events_parser = commands.add_parser(
        "events", help="add interventions (training, consultation, summons …) from CSV or Excel"
    )
    events_parser.add_argument(
        "file", help="CSV or Excel with NIK, Tanggal, Kegiatan [, Saluran, Hasil, Kendala]"
    )
    events_parser.add_argument("--region", required=True, help="Kemendagri code, e.g. 33.14")
    _store_options(events_parser)
    events_parser.add_argument("--lang", choices=("id", "en"), default="id")
    events_parser.set_defaults(run=_events)

    log_parser = commands.add_parser("log", help="list the import log: every write into the store")
    log_parser.add_argument("--region", help="only this region's entries (Kemendagri code)")
    log_parser.add_argument("--data-dir", help="the store (default: KOPDASH_DATA_DIR, else data/)")
    log_parser.add_argument("--lang", choices=("id", "en"), default="id")
    log_parser.set_defaults(run=_log)

    rederive_parser = commands.add_parser(
        "rederive", help="derive a region's stored statuses again under the rule profile it uses now"
    )
    rederive_parser.add_argument("--region", required=True, help="Kemendagri code of the region, e.g. 36.04")
    _store_options(rederive_parser)
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

    bench_parser = commands.add_parser(
        "bench", help="time every query and page on the store; check the targets"
    )
    bench_parser.add_argument("--runs", type=int, default=5, help="runs per measurement (median reported)")
    bench_parser.add_argument(
        "--import-rows", type=int, default=200_000, help="rows of the export the import is timed with"
    )
    bench_parser.set_defaults(
        run=lambda args: __import__("kopdash.bench", fromlist=["main"]).main(args.runs, args.import_rows)
    )

    brief_parser = commands.add_parser(
        "brief", help="write a region's meeting brief (HTML or PDF) for a scheduled job"
    )
    brief_parser.add_argument("--region", required=True, help="Kemendagri code, e.g. 36.04 or 3604")
    brief_parser.add_argument("--date", help="as-of date, YYYY-MM-DD (default: today)")
    brief_parser.add_argument("--out", required=True, help="the file to write: ringkasan.pdf or .html")
    brief_parser.add_argument(
        "--with-calls",
        action="store_true",
        help="include the top of the call list (names of cooperatives; no contact details)",
    )
    brief_parser.add_argument("--lang", choices=("id", "en"), default="id")
    brief_parser.set_defaults(run=_brief)

    rollup_parser = commands.add_parser(
        "rollup", help="rebuild rollups and the NIK index from the snapshot files"
    )
    rollup_parser.set_defaults(run=_rollup)

    args = parser.parse_args(argv)
    return args.run(args)


def main_exit() -> None:
    """The `kopdash` console script (pyproject.toml): the same as python -m kopdash."""
    raise SystemExit(main())
