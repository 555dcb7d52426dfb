"""Publication dates as they are written in metadata and page furniture, read to ``YYYY-MM-DD``."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
MONTH_PATTERN = r"(?P<month>(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r"))\.?"
DAY_PATTERN = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
YEAR_PATTERN = r"(?P<year>(?:19|20)\d\d)"
_ISO = re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)")
_DAY_MONTH_YEAR = re.compile(rf"{DAY_PATTERN}\s+{MONTH_PATTERN},?\s+{YEAR_PATTERN}", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(rf"{MONTH_PATTERN}\s+{DAY_PATTERN},?\s+{YEAR_PATTERN}", re.IGNORECASE)


def valid(year: int, month: int, day: int) -> str | None:
    """The ISO date, or None when the numbers are not a calendar date."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(value: str, *, whole: bool = False) -> str | None:
    """Read an ISO timestamp, ``12 January 2022`` or ``January 12, 2022``; None when it is neither.

    Metadata values may run on after the date (a time, a zone); with ``whole`` the value must be the
    date and nothing more, as for a line of text that is taken out of the body only if it is a date.
    """
    value = value.strip()
    for pattern in (_ISO, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        match = pattern.fullmatch(value) if whole else pattern.match(value)
        if match:
            month = match["month"]
            month = int(month) if month.isdigit() else MONTHS[month.lower()]
            return valid(int(match["year"]), month, int(match["day"]))
    return None


def month_number(name: str) -> int | None:
    return MONTHS.get(name.lower().rstrip("."))
