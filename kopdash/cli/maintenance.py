"""kopdash demo, rollup, bench and brief: writing the demo, rebuilding summaries, timing a store, and
writing a meeting brief."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

from kopdash.cli.common import (
    EXIT_NOT_WRITTEN,
    EXIT_REFUSED,
    office_store,
    store_options,
    write_refused,
)
from kopdash.present.i18n import t
from kopdash.store.location import data_root


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


def _rollup(args: argparse.Namespace) -> int:
    """Rebuild every region's rollup and NIK index from its snapshot files (for stores filled by hand),
    each region under its lock and logged, as every write is."""
    from kopdash.domain.messages import ImportRefused
    from kopdash.store import Store, rederive
    from kopdash.store.import_log import Origin

    root = office_store(args, "rollup")
    if root is None:
        return EXIT_REFUSED
    regions = sorted({region for region, _, _ in Store(root)._snapshot_index})
    for number, region in enumerate(regions, start=1):
        try:
            read, unreadable = rederive.rebuild_summaries(root, region, Origin.command("rollup"))
        except (ImportRefused, OSError) as error:  # busy or full: this region and the rest unchanged
            return write_refused(error, args.lang, "rollup")
        print(f"{number}/{len(regions)} {region}: {read} snapshots", flush=True)
        for path in unreadable:
            print(t("cli.rederive_unreadable", args.lang, path=path), flush=True)
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


def add(commands) -> None:
    """The parsers of this module's commands."""
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
    store_options(rollup_parser)
    rollup_parser.add_argument("--lang", choices=("id", "en"), default="id")
    rollup_parser.set_defaults(run=_rollup)
