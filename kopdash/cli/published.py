"""kopdash published: figures offices published, checked, merged, and those that do not add up named."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from kopdash.cli.common import (
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

    root = office_store(args, "published")
    if root is None:
        return EXIT_REFUSED
    warn_reference(root, args.lang)
    try:
        arguments = _arguments(args)
    except ImportRefused as refusal:
        return write_refused(refusal, args.lang, "published")
    read = read_file(
        "published",
        args.file,
        lambda: flow.Request(
            "published", Path(args.file).name, str(root), path=Path(args.file), arguments=arguments
        ),
        args.lang,
    )
    if read is None:
        return EXIT_REFUSED
    request, checked = read
    for line in checked.left_out:
        print(t("cli.published_left_out", args.lang, line=line))
    for line in checked.notes:
        print(t("cli.published_note", args.lang, line=line))
    for new in checked.new_regions:
        print(t("cli.region_added", args.lang, name=new.name, code=new.code))
    try:
        report = flow.apply(request, checked, Origin.command("published"))
    except (ImportRefused, OSError) as error:
        return write_refused(error, args.lang, "published")
    _say_contradictions(checked.figures, root, args.lang)
    approximate = int(checked.figures["approximate"].sum())
    print(
        t(
            "cli.published",
            args.lang,
            added=report.added,
            replaced=report.replaced,
            path=report.written,
        )
        + (" " + t("cli.published_approximate", args.lang, n=approximate) if approximate else "")
    )
    return 0


def _arguments(args: argparse.Namespace) -> dict:
    """The reader's arguments from the command line; ImportRefused when a date given cannot be used."""
    from kopdash.domain import wilayah
    from kopdash.ingest.office_files import ImportRefused

    try:
        as_of = dt.date.fromisoformat(args.date) if args.date else None
    except ValueError:
        raise ImportRefused("refused.date_format", date=args.date) from None
    if as_of is not None and as_of > dt.date.today():
        raise ImportRefused("refused.future_date", date=as_of, today=dt.date.today())
    try:
        mapping = Path(args.mapping).read_bytes() if args.mapping else None
    except OSError as error:
        raise ImportRefused("refused.unreadable_file", error=f"{error.strerror}: {args.mapping}") from None
    return {
        "mapping": mapping,
        "region": wilayah.region_code(args.region) if args.region else None,
        "source": {
            "source_title": args.source_title,
            "source_publisher": args.publisher,
            "source_url": args.source_url,
        },
        "as_of": as_of,
    }


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


def add(commands) -> None:
    """The parsers of this module's commands."""
    published_parser = commands.add_parser(
        "published",
        help="add figures offices published (CSV: region_code, as_of, metric, value, source_title, …)",
    )
    published_parser.add_argument(
        "file",
        help="CSV with the columns of published/figures.csv, or a portal table (Satu Data: kode_wilayah, "
        "judul, tahun, periode, data; provincial: kode_kabupaten_kota, <measure>, tahun; year columns: "
        "komponendata, 2023, 2024 …; SIMKOPDES: province, district, cooperatives, accounts_count …)",
    )
    published_parser.add_argument("--mapping", help="CSV teks,metric: a row title and the metric it gives")
    published_parser.add_argument("--region", help="the region of a table with one column per year")
    published_parser.add_argument(
        "--date", help="the date of a table that has none (SIMKOPDES per kabupaten/kota), YYYY-MM-DD"
    )
    published_parser.add_argument("--source-title", help="title of the source (default: each row's title)")
    published_parser.add_argument("--publisher", help="who published it (default: the portal's name)")
    published_parser.add_argument("--source-url", help="address of the source, http(s)")
    store_options(published_parser)
    published_parser.add_argument("--lang", choices=("id", "en"), default="id")
    published_parser.set_defaults(run=run)
