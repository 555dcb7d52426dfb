"""The calendar arithmetic behind TIMEX3 values, tested without a model.

Reference days: 2022-03-16 is a Wednesday, 2022-03-20 a Sunday, 2021-01-03 a Sunday of ISO week 2020-W53.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitroom import timex

WEDNESDAY = dt.date(2022, 3, 16)
MONDAY, TUESDAY, WEDNESDAY_NUMBER, FRIDAY, SUNDAY = 0, 1, 2, 4, 6


def test_day_month_and_year_are_zero_padded():
    assert timex.day(dt.date(2015, 7, 5)) == "2015-07-05"
    assert timex.month(2015, 7) == "2015-07"
    assert timex.year(987) == "0987"


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        pytest.param(WEDNESDAY, "2022-W11", id="midweek"),
        pytest.param(dt.date(2022, 3, 20), "2022-W11", id="sunday-closes-its-week"),
        pytest.param(dt.date(2022, 3, 21), "2022-W12", id="monday-opens-the-next"),
        pytest.param(dt.date(2022, 1, 2), "2021-W52", id="early-january-in-last-years-week"),
        pytest.param(dt.date(2021, 1, 3), "2020-W53", id="a-53rd-week"),
        pytest.param(dt.date(2024, 12, 30), "2025-W01", id="late-december-in-next-years-week"),
    ],
)
def test_week_is_the_iso_week_holding_the_day(date, expected):
    assert timex.week(date) == expected


def test_weekend_is_the_weekend_of_the_iso_week_holding_the_day():
    assert timex.weekend(WEDNESDAY) == "2022-W11-WE"
    assert timex.weekend(dt.date(2022, 3, 19)) == "2022-W11-WE"


def test_season_joins_year_and_code():
    assert timex.season(2021, "SP") == "2021-SP"


@pytest.mark.parametrize(
    ("date", "months", "expected"),
    [
        pytest.param(WEDNESDAY, 1, (2022, 4), id="forward"),
        pytest.param(WEDNESDAY, -1, (2022, 2), id="back"),
        pytest.param(dt.date(2022, 1, 31), -1, (2021, 12), id="back-over-new-year"),
        pytest.param(dt.date(2022, 11, 5), 3, (2023, 2), id="forward-over-new-year"),
        pytest.param(WEDNESDAY, -15, (2020, 12), id="more-than-a-year"),
    ],
)
def test_shift_months_gives_year_and_month(date, months, expected):
    assert timex.shift_months(date, months) == expected


def test_shift_weeks_moves_by_seven_days():
    assert timex.shift_weeks(WEDNESDAY, -2) == dt.date(2022, 3, 2)


@pytest.mark.parametrize(
    ("weekday", "inclusive", "expected"),
    [
        pytest.param(WEDNESDAY_NUMBER, True, dt.date(2022, 3, 16), id="same-day-inclusive-is-the-day"),
        pytest.param(WEDNESDAY_NUMBER, False, dt.date(2022, 3, 9), id="same-day-exclusive-is-a-week-back"),
        pytest.param(FRIDAY, True, dt.date(2022, 3, 11), id="later-weekday-is-last-week"),
        pytest.param(MONDAY, False, dt.date(2022, 3, 14), id="earlier-weekday-is-this-week"),
    ],
)
def test_last_weekday_is_on_or_before_the_reference(weekday, inclusive, expected):
    assert timex.last_weekday(WEDNESDAY, weekday, inclusive=inclusive) == expected


@pytest.mark.parametrize(
    ("weekday", "inclusive", "expected"),
    [
        pytest.param(WEDNESDAY_NUMBER, True, dt.date(2022, 3, 16), id="same-day-inclusive-is-the-day"),
        pytest.param(WEDNESDAY_NUMBER, False, dt.date(2022, 3, 23), id="same-day-exclusive-is-a-week-on"),
        pytest.param(FRIDAY, False, dt.date(2022, 3, 18), id="later-weekday-is-this-week"),
        pytest.param(TUESDAY, True, dt.date(2022, 3, 22), id="earlier-weekday-is-next-week"),
    ],
)
def test_next_weekday_is_on_or_after_the_reference(weekday, inclusive, expected):
    assert timex.next_weekday(WEDNESDAY, weekday, inclusive=inclusive) == expected


@pytest.mark.parametrize(
    ("weekday", "expected"),
    [
        pytest.param(MONDAY, dt.date(2022, 3, 14), id="monday-before"),
        pytest.param(FRIDAY, dt.date(2022, 3, 18), id="friday-after"),
        pytest.param(SUNDAY, dt.date(2022, 3, 20), id="sunday-ends-the-week"),
    ],
)
def test_weekday_of_week_stays_in_the_iso_week(weekday, expected):
    assert timex.weekday_of_week(WEDNESDAY, weekday) == expected


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        pytest.param(dt.date(2021, 12, 5), (2021, "WI"), id="december-opens-its-years-winter"),
        pytest.param(dt.date(2022, 1, 10), (2021, "WI"), id="january-belongs-to-last-years-winter"),
        pytest.param(dt.date(2022, 2, 28), (2021, "WI"), id="february-belongs-to-last-years-winter"),
        pytest.param(dt.date(2022, 3, 1), (2022, "SP"), id="march-is-spring"),
        pytest.param(dt.date(2022, 6, 1), (2022, "SU"), id="june-is-summer"),
        pytest.param(dt.date(2022, 11, 30), (2022, "FA"), id="november-is-autumn"),
    ],
)
def test_season_of_is_the_meteorological_season(date, expected):
    assert timex.season_of(date) == expected


@pytest.mark.parametrize(
    ("unit", "count", "expected"),
    [
        pytest.param("Y", -3, ("2012", "year"), id="years-back-give-a-year"),
        pytest.param("M", -7, ("2014-12", "month"), id="months-back-over-new-year-give-a-month"),
        pytest.param("W", 1, ("2015-W28", "week"), id="a-week-on-gives-that-week"),
        pytest.param("D", 2, ("2015-07-07", "day"), id="days-give-a-day"),
        pytest.param("DE", -2, ("1995", "year"), id="decades-give-a-year"),
        pytest.param("C", -1, ("1915", "year"), id="centuries-give-a-year"),
    ],
)
def test_shift_unit_gives_the_value_at_the_units_granularity(unit, count, expected):
    assert timex.shift_unit(dt.date(2015, 7, 5), unit, count) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("2022-03-16", dt.date(2022, 3, 16), id="a-day"),
        pytest.param("2022-03", None, id="a-month"),
        pytest.param("2022-W11-WE", None, id="a-weekend"),
        pytest.param("1989/1990", None, id="an-interval-of-years"),
        pytest.param("2022-02-30", None, id="no-such-day"),
        pytest.param(None, None, id="no-value"),
    ],
)
def test_first_day_reads_only_day_values(value, expected):
    assert timex.first_day(value) == expected


@pytest.mark.parametrize(
    ("count", "unit", "expected"),
    [
        pytest.param(3, "Y", "P3Y", id="years"),
        pytest.param(2, "W", "P2W", id="weeks"),
        pytest.param(5, "H", "PT5H", id="hours-take-a-time-designator"),
        pytest.param(30, "MIN", "PT30M", id="minutes-take-a-time-designator"),
        pytest.param(None, "D", "PXD", id="unknown-count-of-days"),
        pytest.param(None, "H", "PTXH", id="unknown-count-of-hours"),
        pytest.param(2, "DE", "P20Y", id="decades-in-years"),
        pytest.param(None, "DE", "PXDE", id="unknown-count-of-decades"),
        pytest.param(1, "C", "P100Y", id="a-century-in-years"),
        pytest.param(None, "C", "PXCE", id="unknown-count-of-centuries"),
        pytest.param(1.5, "Y", "P1.5Y", id="a-fraction-kept"),
        pytest.param(0.5, "DE", "P5Y", id="half-a-decade-in-years"),
        pytest.param(3.0, "M", "P3M", id="a-whole-float-as-an-integer"),
    ],
)
def test_duration_formats_a_timex3_period(count, unit, expected):
    assert timex.duration(count, unit) == expected
