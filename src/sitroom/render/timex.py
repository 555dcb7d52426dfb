"""TIMEX3 date values as a reader would write them: "week 27 of 2015 (29 Jun – 5 Jul)", "mid-July 2015".

The brief's times carry TIMEX3 values (``2015-07-05``, ``2015-W27``, ``2015-SU``, ``201``, intervals
``a/b``; see DESIGN.md); :func:`sitroom.timex.day_range` says which days one covers, and this module labels
them. Everything here is pure and never raises: a value it cannot read is shown as written.
Month and day names are English and fixed, never taken from the machine's locale, so every run agrees.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sitroom.timex import DayRange, day_range

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


def _label(found: DayRange) -> str:
    """The label for a period :func:`day_range` read, by its granularity."""
    if found.ends is None:
        return _LABELS[found.granularity](found.first, found.last)
    start, end = found.ends
    if start.granularity == end.granularity == "day":
        return _days(found.first, found.last)
    return f"{_label(start)} – {_label(end)}"


def day_month(day: date) -> str:
    """``5 Jul``."""
    return f"{day.day} {MONTHS[day.month - 1][:3]}"


def _days(first: date, last: date, *, year: bool = True) -> str:
    """A run of days written compactly: ``12–13 Jul 2015``, ``29 Jun – 5 Jul 2015``, ``5 Jul 2015``.

    ``year=False`` leaves the year off when both days fall in the same year (it is said elsewhere).
    """
    tail = f" {last.year}" if year else ""
    if first.year != last.year:
        return f"{day_month(first)} {first.year} – {day_month(last)} {last.year}"
    if first.month != last.month:
        return f"{day_month(first)} – {day_month(last)}{tail}"
    if first.day != last.day:
        return f"{first.day}–{day_month(last)}{tail}"
    return day_month(first) + tail


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


# How each kind of single period is written, from its first and last day.
_LABELS: dict[str, Callable[[date, date], str]] = {
    "day": lambda first, _: f"{WEEKDAYS[first.weekday()]} {day_month(first)} {first.year}",
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


__all__ = ["date_label", "day_month"]
