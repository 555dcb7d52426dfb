"""TIMEX3 date values as days a reader can place: the first and last day each covers, and a label for it.

The brief's times carry TIMEX3 values (``2015-07-05``, ``2015-W27``, ``2015-SU``, ``201``, intervals
``a/b``; see DESIGN.md). The report orders its timeline by the first day a value covers and shows it as a
person would write it ("week 27 of 2015 (29 Jun – 5 Jul)", "mid-July 2015", "2010s"). Everything here is
pure and never raises: a value it cannot read gives ``None`` (sorted last) and is shown as written.
Month and day names are English and fixed, never taken from the machine's locale, so every run agrees.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

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
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# Northern meteorological seasons: the month each starts in; winter runs into the next year's February.
SEASONS = {"SP": (3, "spring"), "SU": (6, "summer"), "FA": (9, "autumn"), "WI": (12, "winter")}
# How a TIMEX3 mod reads in front of the name of a period: "mid-July 2015", "late 2014", "about 2015".
MOD_WORDS = {
    "START": "start of ",
    "EARLY": "early ",
    "MID": "mid-",
    "END": "end of ",
    "LATE": "late ",
    "APPROX": "about ",
    "BEFORE": "before ",
    "AFTER": "after ",
}
# Before a day, week, weekend or run of days those short forms read badly ("mid-week 27 of 2015"), so the
# mods that need it are spelt out: "the middle of week 27 of 2015", "late on Sun 28 Jun 2015".
MOD_PHRASES = {"EARLY": "early in ", "MID": "the middle of ", "LATE": "late in "}
DAY_MOD_PHRASES = {"EARLY": "early on ", "MID": "the middle of ", "LATE": "late on "}
NAMED_PERIODS = frozenset({"month", "season", "quarter", "half", "year", "decade", "century"})


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


def date_label(value: str, mod: str | None = None) -> str:
    """``value`` as a reader would write it, with its mod: "Sun 5 Jul 2015", "mid-July 2015", "2010s".

    A value :func:`day_range` cannot read is shown as written; an unknown mod is added in brackets.
    """
    found = day_range(value)
    label = _label(found) if found else value
    if mod is None:
        return label
    if mod not in MOD_WORDS:
        return f"{label} ({mod.lower()})"
    return _mod_prefix(mod, found.granularity if found else None) + label


def _mod_prefix(mod: str, granularity: str | None) -> str:
    """The words a known mod puts before a period of this granularity (None: a value not understood)."""
    if granularity in NAMED_PERIODS:
        return MOD_WORDS[mod]
    phrases = DAY_MOD_PHRASES if granularity == "day" else MOD_PHRASES
    return phrases.get(mod, MOD_WORDS[mod])


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


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


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
    return _months(int(year), SEASONS[season][0], 3, "season")


def _label(found: DayRange) -> str:
    """The label for a period :func:`day_range` read, by its granularity."""
    if found.ends is None:
        return _LABELS[found.granularity](found.first, found.last)
    start, end = found.ends
    if start.granularity == end.granularity == "day":
        return _days(found.first, found.last)
    return f"{_label(start)} – {_label(end)}"


def _day_month(day: date) -> str:
    """``5 Jul``."""
    return f"{day.day} {MONTHS[day.month - 1][:3]}"


def _days(first: date, last: date, *, year: bool = True) -> str:
    """A run of days written compactly: ``12–13 Jul 2015``, ``29 Jun – 5 Jul 2015``, ``5 Jul 2015``.

    ``year=False`` leaves the year off when both days fall in the same year (it is said elsewhere).
    """
    tail = f" {last.year}" if year else ""
    if first.year != last.year:
        return f"{_day_month(first)} {first.year} – {_day_month(last)} {last.year}"
    if first.month != last.month:
        return f"{_day_month(first)} – {_day_month(last)}{tail}"
    if first.day != last.day:
        return f"{first.day}–{_day_month(last)}{tail}"
    return _day_month(first) + tail


def _week_label(monday: date, sunday: date) -> str:
    """``week 27 of 2015 (29 Jun – 5 Jul)``: the ISO week and year, then its days."""
    year, week, _ = monday.isocalendar()
    return f"week {week} of {year} ({_days(monday, sunday, year=False)})"


def _season_label(first: date, last: date) -> str:
    """``summer 2015``; winter spans the turn of the year, so ``winter 2015–16``."""
    name = next(name for month, name in SEASONS.values() if month == first.month)
    if first.year == last.year:
        return f"{name} {first.year}"
    return f"{name} {first.year}–{str(last.year)[-2:]}"


def _ordinal(number: int) -> str:
    """``21st``, ``12th``, ``22nd``."""
    suffix = "th" if 11 <= number % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _pattern(form: str) -> re.Pattern[str]:
    """A value form whose ``\\d`` is an ASCII digit only (by default it also takes other scripts' digits)."""
    return re.compile(form, re.ASCII)


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

# How each kind of single period is written, from its first and last day.
_LABELS: dict[str, Callable[[date, date], str]] = {
    "day": lambda first, _: f"{WEEKDAYS[first.weekday()]} {_day_month(first)} {first.year}",
    "weekend": lambda first, last: f"weekend of {_days(first, last)}",
    "week": _week_label,
    "month": lambda first, _: f"{MONTHS[first.month - 1]} {first.year}",
    "season": _season_label,
    "quarter": lambda first, _: f"Q{(first.month + 2) // 3} {first.year}",
    "half": lambda first, _: f"H{(first.month + 5) // 6} {first.year}",
    "year": lambda first, _: str(first.year),
    "decade": lambda first, _: f"{first.year}s",
    "century": lambda first, _: f"{_ordinal(first.year // 100 + 1)} century",
}


__all__ = ["DayRange", "date_label", "day_range"]
