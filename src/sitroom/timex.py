"""TIMEX3 values and the calendar behind them: which days a value covers, and the arithmetic that finds
the value of "on Friday" or "three years ago".

Pure functions of dates and strings, shared by the stages that write values (extract), order them (link,
render) and score them (eval). A value this module cannot read gives None, never an exception.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

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


# The month each meteorological season starts in; winter runs into the next year's February.
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True, slots=True)
class DayRange:
    """The days a TIMEX3 value covers, ``first`` to ``last`` inclusive, and the kind of period it names.

    ``granularity`` uses the contract's words (day, weekend, week, month, season, quarter, half, year,
    decade, century) or ``interval``; an interval keeps its two ends in ``ends`` for its label.
    """

    first: date
    last: date
    granularity: str
    ends: tuple[DayRange, DayRange] | None = None


def day_range(value: str | None) -> DayRange | None:
    """The first and last day ``value`` covers, or None when it is missing, malformed or not a date.

    ``2015-07`` is 1–31 July 2015; ``2015-W27`` the ISO week, Monday to Sunday; ``2015-W27-WE`` its
    Saturday and Sunday; ``2015-WI`` December 2015 to February 2016; ``201`` 2010–2019; ``20``
    2000–2099; ``a/b`` from the first day of ``a`` to the last day of ``b`` (None if ``b`` ends first).
    """
    if not value:
        return None
    if value.count("/") == 1:
        return _interval(*value.split("/"))
    return _period(value)


def _interval(start: str, end: str) -> DayRange | None:
    first, last = _period(start), _period(end)
    if first is None or last is None or last.last < first.first:
        return None
    return DayRange(first.first, last.last, "interval", (first, last))


def _period(value: str) -> DayRange | None:
    """A single (non-interval) value's days: the first pattern that matches it reads it."""
    for pattern, read in _READERS:
        if match := pattern.fullmatch(value):
            try:
                return read(*match.groups())
            except ValueError:  # month 13, week 54, year 0 or 10000: not a date
                return None
    return None


def _months(year: int, first: int, count: int, granularity: str) -> DayRange:
    """``count`` whole months from ``first`` (1–12) of ``year``, running into the next year if need be."""
    start = date(year, first, 1)
    last_year, last_month = divmod(first - 1 + count - 1, 12)
    return DayRange(start, _month_end(year + last_year, last_month + 1), granularity)


def _years(first: int, count: int, granularity: str) -> DayRange:
    return DayRange(date(first, 1, 1), date(first + count - 1, 12, 31), granularity)


def _day(year: str, month: str, day: str) -> DayRange:
    found = date(int(year), int(month), int(day))
    return DayRange(found, found, "day")


def _week(year: str, week: str) -> DayRange:
    monday = date.fromisocalendar(int(year), int(week), 1)
    return DayRange(monday, monday + timedelta(days=6), "week")


def _weekend(year: str, week: str) -> DayRange:
    saturday = date.fromisocalendar(int(year), int(week), 6)
    return DayRange(saturday, saturday + timedelta(days=1), "weekend")


def _season(year: str, season: str) -> DayRange:
    return _months(int(year), _SEASON_START[season], 3, "season")


def _pattern(form: str) -> re.Pattern[str]:
    """A value form whose ``\\d`` is an ASCII digit only (by default it also takes other scripts' digits)."""
    return re.compile(form, re.ASCII)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


# Each form a single TIMEX3 date value takes, with the reader of its captured parts.
_READERS: tuple[tuple[re.Pattern[str], Callable[..., DayRange]], ...] = (
    (_pattern(r"(\d{4})-(\d{2})-(\d{2})"), _day),
    (_pattern(r"(\d{4})-(\d{2})"), lambda y, m: _months(int(y), int(m), 1, "month")),
    (_pattern(r"(\d{4})-W(\d{2})"), _week),
    (_pattern(r"(\d{4})-W(\d{2})-WE"), _weekend),
    (_pattern(r"(\d{4})-(SP|SU|FA|WI)"), _season),
    (_pattern(r"(\d{4})-Q([1-4])"), lambda y, q: _months(int(y), 3 * int(q) - 2, 3, "quarter")),
    (_pattern(r"(\d{4})-H([12])"), lambda y, h: _months(int(y), 6 * int(h) - 5, 6, "half")),
    (_pattern(r"(\d{4})"), lambda y: _years(int(y), 1, "year")),
    (_pattern(r"(\d{3})"), lambda d: _years(int(d) * 10, 10, "decade")),
    (_pattern(r"(\d{2})"), lambda c: _years(int(c) * 100, 100, "century")),
)
