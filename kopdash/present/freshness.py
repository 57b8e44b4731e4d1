"""How old the data on screen is, against today's date: a deadline counted from the right day, and a
snapshot months old said in words before anyone takes its numbers for today's.

The as-of date in the sidebar is the newest snapshot unless the person chose an earlier one. Looking at
the newest data, deadlines count from today; looking back, from the as-of date, and the note says so.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from kopdash.domain.contact import working_days_until
from kopdash.domain.early_warning import months_between
from kopdash.present import fmt
from kopdash.present.i18n import t

OLD_AFTER_MONTHS = 3  # a newest snapshot older than this is said to be old on every page
FAR_AFTER_MONTHS = 3  # a region compared at a snapshot this far before the chosen date is named


def looking_back(as_of: dt.date, newest: dt.date | None) -> bool:
    """Whether the person chose a date before the newest snapshot (the past, on purpose)."""
    return newest is not None and as_of < newest


def counted_from(as_of: dt.date, newest: dt.date | None, today: dt.date) -> dt.date:
    """The day a deadline is counted from: today, unless looking back."""
    return as_of if looking_back(as_of, newest) else today


def deadline_words(
    deadline: dt.date, as_of: dt.date, newest: dt.date | None, today: dt.date, lang: str
) -> str:
    """ "Tenggat RAT: 30 Juni 2027, 140 hari kerja lagi", in Indonesian working days counted from today
    or, looking back, from the as-of date (and said so); a deadline already past then says so instead."""
    start = counted_from(as_of, newest, today)
    left = working_days_until(start, deadline)
    words = {"deadline": fmt.date_long(deadline, lang), "days": fmt.number(left.days, lang)}
    if deadline < start:
        key = (
            "early_warning.deadline_passed_then"
            if looking_back(as_of, newest)
            else "early_warning.deadline_passed_today"
        )
        return t(key, lang, today=fmt.date_long(start, lang), **words)
    if left.exact:
        text = t("early_warning.working_days", lang, **words)
    else:
        years = ", ".join(str(year) for year in left.missing_years)
        text = t("early_warning.working_days_estimate", lang, years=years, **words)
    if looking_back(as_of, newest):
        text += " " + t("early_warning.counted_from", lang, date=fmt.date_long(start, lang))
    return text


def age_note(calendar: pd.DataFrame, as_of: dt.date, today: dt.date, lang: str) -> str | None:
    """ "Snapshot terbaru Kabupaten Serang: 31 Desember 2025, 11 bulan lalu", when the newest snapshot of
    the regions shown (snapshot_calendar's rows) is older than OLD_AFTER_MONTHS and the person is not
    looking back on purpose."""
    if calendar.empty:
        return None
    last = pd.to_datetime(calendar["last_snapshot"]).dt.date
    newest = max(last)
    months = months_between(newest, today)
    if looking_back(as_of, newest) or months < OLD_AFTER_MONTHS:
        return None
    words = {"date": fmt.date_long(newest, lang), "months": fmt.number(months, lang)}
    if len(calendar) == 1:
        return t("freshness.old_one", lang, region=calendar["region_name"].iloc[0], **words)
    return t("freshness.old_many", lang, n=fmt.number(len(calendar), lang), **words)


def far_note(regions: pd.DataFrame, as_of: dt.date, lang: str, named: int = 6) -> str | None:
    """On the comparison page: the regions (region_status_as_of rows) whose snapshot lies more than
    FAR_AFTER_MONTHS before the chosen date, named with their dates."""
    far = [
        (row.region_name, pd.Timestamp(row.snapshot_date).date())
        for row in regions.itertuples()
        if months_between(pd.Timestamp(row.snapshot_date).date(), as_of) > FAR_AFTER_MONTHS
    ]
    if not far:
        return None
    shown = [
        t(
            "freshness.far_region",
            lang,
            region=name,
            date=fmt.date_short(day, lang),
            months=fmt.number(months_between(day, as_of), lang),
        )
        for name, day in far[:named]
    ]
    if len(far) > named:
        shown.append(t("list.and_more", lang, n=fmt.number(len(far) - named, lang)))
    return t(
        "freshness.far",
        lang,
        n=fmt.number(len(far), lang),
        of=fmt.number(len(regions), lang),
        months=FAR_AFTER_MONTHS,
        date=fmt.date_long(as_of, lang),
        regions="; ".join(shown),
    )
