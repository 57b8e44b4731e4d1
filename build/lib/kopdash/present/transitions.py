"""What the transitions page says: the summary sentence, the count table and the list behind a count."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from kopdash.present import fmt
from kopdash.present.i18n import headers_of, status_label, t
from kopdash.present.region import place

RANK = {"aktif": 0, "belum_beroperasi": 1, "kurang_aktif": 1, "tidak_aktif": 2}


def movements(counts: pd.DataFrame) -> dict[str, int]:
    """Revived, started operating (a cooperative in formation now aktif or kurang aktif: aktif can grow
    without anyone reviving), declined, newly registered and dissolved, from transition_counts."""

    def total(mask) -> int:
        return int(counts.loc[mask, "cooperative_count"].sum())

    before, after = counts["from_status"], counts["to_status"]
    return {
        "revived": total(before.isin(["kurang_aktif", "tidak_aktif"]) & (after == "aktif")),
        "started": total((before == "belum_beroperasi") & after.isin(["aktif", "kurang_aktif"])),
        "declined": total(before.map(RANK).lt(after.map(RANK)) & after.isin(["kurang_aktif", "tidak_aktif"])),
        "new": total(before == "baru"),
        "dissolved": total((after == "dibubarkan") & (before != "dibubarkan")),
    }


def summary(counts: pd.DataFrame, start: dt.date, end: dt.date, lang: str) -> str:
    moved = movements(counts)
    return t(
        "transitions.summary",
        lang,
        start=fmt.date_long(start, lang),
        end=fmt.date_long(end, lang),
        **{key: fmt.number(value, lang) for key, value in moved.items()},
    )


def count_table(counts: pd.DataFrame, lang: str) -> pd.DataFrame:
    before, after, number = headers_of("transitions.columns", lang)
    return pd.DataFrame(
        {
            before: [status_label(s, lang) for s in counts["from_status"]],
            after: [status_label(s, lang) for s in counts["to_status"]],
            number: [int(n) for n in counts["cooperative_count"]],
        }
    )


def list_table(behind: pd.DataFrame, lang: str) -> pd.DataFrame:
    headers = headers_of("transitions.list_columns", lang)

    def year(value):
        return None if pd.isna(value) else int(value)

    columns = [
        list(behind["name"]),
        [place(d, lang) for d in behind["district"]],
        [place(v, lang) for v in behind["village"]],
        [year(y) for y in behind["last_rat_year_before"]],
        [year(y) for y in behind["last_rat_year_after"]],
        [year(m) for m in behind["members"]],
    ]
    table = pd.DataFrame(dict(zip(headers, columns, strict=True)))
    for header in headers[3:]:
        table[header] = table[header].astype("Int64")
    return table
