"""Dates as the page writes them ("May 15, 2024"): in English whatever the locale, so not through
the calendar module, whose month names follow it."""

from __future__ import annotations

import os
import time

from livertx.errors import UsageError

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(iso: str) -> str:
    """ "2024-05-15" as the page writes it: "May 15, 2024"."""
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{MONTHS[month - 1]} {day}, {year}"


def today() -> str:
    """Today's date, as ISO ("2026-12-01"): the one reading of the clock, for the handout's
    "made" date and how old the page is; `SOURCE_DATE_EPOCH` (seconds since 1970, the
    reproducible-builds convention) stands in for the clock when set, as every test sets it
    (time, not datetime: this is on a command's path)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        if not epoch.isascii() or not epoch.isdigit():
            raise UsageError(f"SOURCE_DATE_EPOCH must be a whole number of seconds, not {epoch!r}")
        return time.strftime("%Y-%m-%d", time.gmtime(int(epoch)))
    return time.strftime("%Y-%m-%d")


def whole_months(earlier: str, later: str) -> int:
    """Whole months from one ISO date to a later one: 2024-05-15 to 2026-12-01 is 30."""
    (y1, m1, d1), (y2, m2, d2) = ((int(p) for p in iso.split("-")) for iso in (earlier, later))
    return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1)


def months_in_words(months: int) -> str:
    """30 -> "2 years and 6 months"; 12 -> "1 year"."""
    years, rest = divmod(months, 12)
    parts = [f"{years} year{'s' * (years != 1)}"] if years else []
    parts += [f"{rest} month{'s' * (rest != 1)}"] if rest or not years else []
    return " and ".join(parts)
