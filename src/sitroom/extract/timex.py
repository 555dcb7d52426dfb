"""Calendar arithmetic behind TIMEX3 values: weeks, weekends, seasons, quarters, shifts by a unit.

Pure functions of dates and numbers, so the rules that decide which Friday "on Friday" means can be read
and tested apart from the grammar that finds the words.
"""

from __future__ import annotations

import datetime as dt

SEASONS = ("SP", "SU", "FA", "WI")


def day(date: dt.date) -> str:
    """``2015-07-05``."""
    return date.isoformat()


def month(year: int, number: int) -> str:
    """``2015-07``."""
    return f"{year:04d}-{number:02d}"


def year(number: int) -> str:
    """``2015``."""
    return f"{number:04d}"


def week(date: dt.date) -> str:
    """The ISO week holding ``date``: ``2015-W27``."""
    iso_year, iso_week, _ = date.isocalendar()
    return f"{iso_year:04d}-W{iso_week:02d}"


def weekend(date: dt.date) -> str:
    """The weekend of the ISO week holding ``date``: ``2015-W27-WE``."""
    return week(date) + "-WE"


def season(year_number: int, code: str) -> str:
    """``2015-SU``."""
    return f"{year_number:04d}-{code}"


def shift_months(date: dt.date, months: int) -> tuple[int, int]:
    """The (year, month) ``months`` after ``date``'s month (before, when negative)."""
    index = date.year * 12 + date.month - 1 + months
    return index // 12, index % 12 + 1


def shift_weeks(date: dt.date, weeks: int) -> dt.date:
    return date + dt.timedelta(weeks=weeks)


def last_weekday(reference: dt.date, weekday: int, *, inclusive: bool) -> dt.date:
    """The latest ``weekday`` (Monday 0) on or before ``reference`` (strictly before unless ``inclusive``)."""
    back = (reference.weekday() - weekday) % 7
    if back == 0 and not inclusive:
        back = 7
    return reference - dt.timedelta(days=back)


def next_weekday(reference: dt.date, weekday: int, *, inclusive: bool) -> dt.date:
    """The earliest ``weekday`` on or after ``reference`` (strictly after unless ``inclusive``)."""
    ahead = (weekday - reference.weekday()) % 7
    if ahead == 0 and not inclusive:
        ahead = 7
    return reference + dt.timedelta(days=ahead)


def weekday_of_week(reference: dt.date, weekday: int) -> dt.date:
    """``weekday`` in the ISO week holding ``reference`` ("this Friday")."""
    return reference + dt.timedelta(days=weekday - reference.weekday())


def season_of(date: dt.date) -> tuple[int, str]:
    """The (year, code) of the meteorological season holding ``date``; December belongs to next winter."""
    if date.month == 12:
        return date.year, "WI"
    if date.month <= 2:
        return date.year - 1, "WI"
    return date.year, SEASONS[(date.month - 3) // 3]


def quarter_of(date: dt.date) -> int:
    return (date.month - 1) // 3 + 1


def shift_unit(date: dt.date, unit: str, count: int) -> tuple[str, str]:
    """``date`` moved ``count`` units (Y, M, W, D, DE for decades; negative moves back).

    Returns the value at the unit's granularity and that granularity's name: three years before a day in
    2015 is the year 2012, a week after it is that week.
    """
    if unit == "D":
        return day(date + dt.timedelta(days=count)), "day"
    if unit == "W":
        return week(shift_weeks(date, count)), "week"
    if unit == "M":
        return month(*shift_months(date, count)), "month"
    if unit == "DE":
        return year(date.year + 10 * count), "year"
    if unit == "C":
        return year(date.year + 100 * count), "year"
    return year(date.year + count), "year"


def first_day(value: str | None) -> dt.date | None:
    """The first day a day value names, or None for any other value: the narrative anchor's date."""
    if value is None or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def duration(count: int | float | None, unit: str) -> str:
    """``P3Y``, ``P2W``, ``PT5H``; an unknown count is ``X`` (``PXD``)."""
    amount = "X" if count is None else _number(count)
    if unit in ("H", "MIN"):
        return f"PT{amount}{'M' if unit == 'MIN' else 'H'}"
    if unit == "DE":
        return f"P{_number(count * 10)}Y" if count is not None else "PXDE"
    if unit == "C":
        return f"P{_number(count * 100)}Y" if count is not None else "PXCE"
    return f"P{amount}{unit}"


def _number(count: int | float) -> str:
    return str(int(count)) if float(count).is_integer() else f"{count:g}"
