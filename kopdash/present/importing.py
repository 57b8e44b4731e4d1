"""What the import page shows about a checked file, as display tables in the reader's language."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pandas as pd

from kopdash.domain import schema
from kopdash.domain.schema import STATUSES
from kopdash.present import fmt
from kopdash.present.i18n import headers_of, programme_label, status_label, t


def sheet_label(name: str | None, lang: str) -> str:
    return t("sheet.csv", lang) if name is None else t("sheet.named", lang, name=name)


def mapping_tables(sheets: list, lang: str) -> list[tuple[str, pd.DataFrame]]:
    """Per table found (each with name, header_row, data_rows, headers and columns: index -> column),
    a caption (where its header row is) and each header with what it became."""
    source, used_as = headers_of("importing.mapping_columns", lang)
    result = []
    for sheet in sheets:
        caption = t(
            "importing.header_row",
            lang,
            sheet=sheet_label(sheet.name, lang),
            row=sheet.header_row,
            rows=fmt.number(sheet.data_rows, lang),
        )
        rows = [
            {
                source: header,
                used_as: t(f"column.{sheet.columns[i]}", lang)
                if i in sheet.columns
                else t("importing.not_used", lang),
            }
            for i, header in enumerate(sheet.headers)
            if header
        ]
        result.append((caption, pd.DataFrame(rows)))
    return result


def first_rows(accepted: pd.DataFrame, lang: str, count: int = 10) -> pd.DataFrame:
    """The first accepted rows as they will be stored, with the derived status, formatted as text."""
    head = accepted.head(count)
    yes_no = {True: t("value.yes", lang), False: t("value.no", lang)}
    formats: dict[str, Callable[[Any], str]] = {
        "nik": str,
        "name": str,
        "district": str,
        "village": str,
        "established_on": lambda d: fmt.date_short(d, lang),
        "last_rat_year": lambda y: str(int(y)),
        "operating": lambda b: yes_no[bool(b)],
        "members": lambda n: fmt.number(n, lang),
        "status": lambda s: status_label(s, lang),
    }
    return pd.DataFrame(
        {
            t(f"column.{column}", lang): [fmt.MISSING if pd.isna(v) else show(v) for v in head[column]]
            for column, show in formats.items()
            if head[column].notna().any()
        }
    )


def status_table(counts: dict[str, int], previous: pd.Series | None, lang: str) -> pd.DataFrame:
    """Status counts the snapshot would have (`Scope.status_counts`), beside the region's previous one."""
    status, this, before = headers_of("importing.statuses_columns", lang)
    when = (
        fmt.date_short(previous["snapshot_date"], lang)
        if previous is not None
        else t("importing.no_previous", lang)
    )
    return pd.DataFrame(
        {
            status: [status_label(s, lang) for s in STATUSES],
            this: [fmt.number(counts[s], lang) for s in STATUSES],
            before.format(date=when): [
                fmt.number(previous[f"{s}_count"], lang) if previous is not None else fmt.MISSING
                for s in STATUSES
            ],
        }
    )


def reason_table(by_reason: dict[str, int], lang: str) -> pd.DataFrame:
    """Quarantined rows per reason (ImportPlan.quarantined_by_reason), in words."""
    reason, rows = headers_of("importing.reason_columns", lang)
    return pd.DataFrame(
        {
            reason: [t(f"reason.{code}", lang) for code in by_reason],
            rows: [fmt.number(n, lang) for n in by_reason.values()],
        }
    )


def quarantine_for_office(quarantined: pd.DataFrame, labels: tuple[str, str, str]) -> pd.DataFrame:
    """Quarantined rows as the office sent them, with sheet, row and reason in front, to fix and resend."""
    originals = [json.loads(text) for text in quarantined["original_values"]]
    headers = list(dict.fromkeys(h for original in originals for h in original))
    sheet, row, reason = labels
    frame = pd.DataFrame(
        {
            sheet: quarantined["source_sheet"].tolist(),
            row: quarantined["source_row"].tolist(),
            reason: quarantined["reason"].tolist(),
        }
    )
    for header in headers:
        frame[header] = [original.get(header) for original in originals]
    return frame


def quarantine_download(quarantined: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The quarantined rows, as the office sent them, with sheet, row and reason first."""
    sheet, row, reason = headers_of("importing.quarantine_labels", lang)
    labels = (sheet, row, reason)
    frame = quarantine_for_office(quarantined, labels)
    frame[labels[0]] = frame[labels[0]].map(lambda name: sheet_label(name, lang))
    return frame


def scope_lines(made: dict, snapshot_date, lang: str) -> list[str]:
    """What the new snapshot holds besides the file's rows (Scope.record()), in words: the command and
    the page say it."""
    base = made.get("base_snapshot")
    base_date = fmt.date_long(dt.date.fromisoformat(base), lang) if base else ""
    number = lambda n: fmt.number(n, lang)  # noqa: E731
    kind = made["kind"]
    lines = [t("scope.unreadable", lang, path=path) for path in made.get("unreadable_snapshots", [])]
    if kind in ("programme", "partial"):
        lines.append(
            t(
                f"scope.{kind}",
                lang,
                programme=programme_label(made["programme"], lang) if made.get("programme") else "",
                added=number(made["added"]),
                updated=number(made["updated"]),
                carried=number(made["carried"]),
                date=base_date,
            )
        )
        if made.get("districts"):
            lines.append(t("scope.districts", lang, districts=", ".join(made["districts"])))
    elif kind == "whole":
        lines.append(
            t(
                "scope.whole",
                lang,
                date=base_date,
                base=number(made["base_rows"]),
                added=number(made["added"]),
                updated=number(made["updated"]),
            )
        )
    if made.get("no_longer_listed") and kind != "first":
        lines.append(t("scope.no_longer_listed", lang, n=number(made["no_longer_listed"]), date=base_date))
    if made.get("carried_status_changed"):
        lines.append(
            t(
                "scope.rederived",
                lang,
                n=number(made["carried_status_changed"]),
                date=fmt.date_long(snapshot_date, lang),
            )
        )
    return lines


# Offices read times in their own zone; the log keeps UTC. WIB (UTC+7, no daylight saving) is the zone
# of Java and Sumatra, where the offices kopdash serves are.
WIB = dt.timezone(dt.timedelta(hours=7), "WIB")


def logged_at(entry: dict, lang: str) -> str:
    """When a log entry was written, as people read it: 7 Desember 2026 21.05 WIB (the log keeps UTC)."""
    try:
        when = dt.datetime.fromisoformat(str(entry.get("at"))).astimezone(WIB)
    except ValueError:
        return fmt.MISSING
    return f"{fmt.date_long(when.date(), lang)} {when:%H.%M} WIB"


def _region(entry: dict, names: dict[str, str]) -> str | None:
    code = entry.get("region_code")
    return f"{names.get(code, code)} ({code})" if code else None


def entry_label(entry: dict, lang: str, names: dict[str, str] | None = None) -> str:
    """One log entry in a line, for the choice of what to undo: when, what, where, which date and file."""
    parts = (
        logged_at(entry, lang),
        t(f"log.action.{entry.get('action', 'registry')}", lang),
        _region(entry, names or {}),
        _day(entry, lang),
        entry.get("source_file"),
    )
    return " · ".join(str(part) for part in parts if part)


def _day(entry: dict, lang: str) -> str | None:
    """The snapshot date an entry wrote, in words; None for an entry of no snapshot."""
    try:
        return fmt.date_long(dt.date.fromisoformat(str(entry.get("snapshot_date"))), lang)
    except ValueError:
        return None


def log_table(entries: list[dict], lang: str, names: dict[str, str] | None = None) -> pd.DataFrame:
    """The import log, newest first, as text: when (WIB), what, where (by name), which file, counts, who,
    and when it was undone; never a raw entry id or a command line."""
    columns = headers_of("importing.log_columns", lang)
    when = {entry["id"]: entry for entry in entries}
    rows = []
    for entry in reversed(entries):
        undo = when.get(entry.get("undone_by") or "")
        rows.append(
            [
                logged_at(entry, lang),
                t(f"log.action.{entry.get('action', 'registry')}", lang),
                _region(entry, names or {}) or fmt.MISSING,
                _day(entry, lang) or fmt.MISSING,
                entry.get("source_file") or fmt.MISSING,
                fmt.number(entry["accepted"], lang) if "accepted" in entry else fmt.MISSING,
                fmt.number(entry["quarantined"], lang) if "quarantined" in entry else fmt.MISSING,
                " · ".join(str(part) for part in (_page_or_command(entry, lang), entry.get("who")) if part),
                (logged_at(undo, lang) if undo else t("value.yes", lang)) if entry.get("undone_by") else "",
            ]
        )
    return pd.DataFrame(rows, columns=columns)


def _page_or_command(entry: dict, lang: str) -> str:
    """Where a write came from, in words: a page of the app, or a command run on the server."""
    via = str(entry.get("via") or "")
    return t("log.via_command", lang) if via.startswith("kopdash ") else t("log.via_page", lang)


def undo_consequences(entry: dict, lang: str, names: dict[str, str] | None = None) -> list[str]:
    """What an undo of `entry` will do, file by file, in words: a snapshot removed or put back as it was,
    published figures, events or reference tables as they were; said before the undo is confirmed."""
    said = []
    for listed in entry.get("files", []):
        path = str(listed.get("path", ""))
        held = schema.snapshot_of(path)
        gone = listed.get("before_sha256") is None
        if held is not None:
            region, day = held
            key = "undo.snapshot_removed" if gone else "undo.snapshot_restored"
            said.append(
                t(
                    key,
                    lang,
                    region=_region({"region_code": region}, names or {}),
                    date=fmt.date_long(day, lang),
                )
            )
        elif path in _REFERENCE_WORDS:
            said.append(t(_REFERENCE_WORDS[path], lang))
        elif path.startswith(schema.EVENTS_DIR + "/"):
            said.append(t("undo.events_restored", lang))
    return list(dict.fromkeys(said)) or [t("undo.nothing_visible", lang)]


_REFERENCE_WORDS = {
    schema.PUBLISHED_FILE: "undo.published_restored",
    schema.REGIONS_FILE: "undo.regions_restored",
    schema.RULE_PROFILES_FILE: "undo.rules_restored",
    schema.TARGETS_FILE: "undo.targets_restored",
}
