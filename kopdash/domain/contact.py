"""Reaching a cooperative's board: telephone numbers as offices write them, normalised, with WhatsApp and
tap-to-call links; and deadlines in Indonesian working days (national holidays and cuti bersama), from
the lokal-id package (MIT). Pure: no I/O."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kopdash.domain.lokal_parts import part

_holidays = part("holidays")
parse_phone = part("phone").parse_phone


@dataclass(frozen=True)
class Phone:
    written: str  # as the office wrote it
    national: str | None  # 0812-3456-7890, or None when it is not an Indonesian number
    e164: str | None  # +6281234567890
    whatsapp: str | None  # 6281234567890 (mobile numbers only)

    @property
    def call_link(self) -> str | None:
        return f"tel:{self.e164}" if self.e164 else None

    @property
    def whatsapp_link(self) -> str | None:
        return f"https://wa.me/{self.whatsapp}" if self.whatsapp else None

    @property
    def shown(self) -> str:
        """The normalised number, or what the office wrote when it is not a number we can read."""
        return self.national or self.written


def phone(text) -> Phone | None:
    """The telephone in a registry cell (0812-3456-7890, +62 812…, 62812…, (021) 555-1234), or None for
    an empty cell. A cell that is not a valid number keeps its text and gets no links."""
    if text is None or not isinstance(text, str) or not text.strip():
        return None
    read = parse_phone(text.strip())
    if not read.valid:
        return Phone(text.strip(), None, None, None)
    return Phone(text.strip(), read.national, read.e164, read.whatsapp)


@dataclass(frozen=True)
class WorkingDays:
    days: int  # working days from the day after `today` to the deadline, both ends counted
    exact: bool  # False when a year in between has no published holidays yet (weekdays counted there)
    missing_years: tuple[int, ...] = ()


def working_days_until(today: dt.date, deadline: dt.date) -> WorkingDays:
    """Working days left before a deadline: Monday to Friday less national holidays and cuti bersama of
    the years the SKB 3 Menteri has been published for; other years count weekdays and say so."""
    if deadline <= today:
        return WorkingDays(0, True)
    start = today + dt.timedelta(days=1)
    days, missing = 0, []
    for year in range(start.year, deadline.year + 1):
        first, last = max(start, dt.date(year, 1, 1)), min(deadline, dt.date(year, 12, 31))
        if year in _holidays.HOLIDAY_YEARS:
            days += _holidays.count_working_days(first, last)
        else:
            missing.append(year)
            days += sum(1 for n in range((last - first).days + 1) if (first + dt.timedelta(n)).weekday() < 5)
    return WorkingDays(days, not missing, tuple(missing))
