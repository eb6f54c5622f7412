"""Dates as the page writes them ("May 15, 2024"): in English whatever the locale, so not through
the calendar module, whose month names follow it."""

from __future__ import annotations

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
    """Today's date on this machine, as ISO ("2026-12-01"): the one reading of the clock, for
    the handout's "made" date (time, not datetime: this is on a command's path)."""
    import time

    return time.strftime("%Y-%m-%d")
