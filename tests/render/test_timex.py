"""TIMEX3 date values as day ranges and as labels a reader understands; unreadable values never raise."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.render.timex import date_label
from sitroom.timex import day_range


@pytest.mark.parametrize(
    ("value", "first", "last", "granularity"),
    [
        ("2015-07-05", date(2015, 7, 5), date(2015, 7, 5), "day"),
        ("2015-07", date(2015, 7, 1), date(2015, 7, 31), "month"),
        ("2016-02", date(2016, 2, 1), date(2016, 2, 29), "month"),
        ("2015", date(2015, 1, 1), date(2015, 12, 31), "year"),
        ("2015-W27", date(2015, 6, 29), date(2015, 7, 5), "week"),
        ("2015-W01", date(2014, 12, 29), date(2015, 1, 4), "week"),
        ("2015-W53", date(2015, 12, 28), date(2016, 1, 3), "week"),
        ("2015-W28-WE", date(2015, 7, 11), date(2015, 7, 12), "weekend"),
        ("2016-W52-WE", date(2016, 12, 31), date(2017, 1, 1), "weekend"),
        ("2015-SP", date(2015, 3, 1), date(2015, 5, 31), "season"),
        ("2015-SU", date(2015, 6, 1), date(2015, 8, 31), "season"),
        ("2015-FA", date(2015, 9, 1), date(2015, 11, 30), "season"),
        ("2015-WI", date(2015, 12, 1), date(2016, 2, 29), "season"),
        ("2015-Q1", date(2015, 1, 1), date(2015, 3, 31), "quarter"),
        ("2015-Q3", date(2015, 7, 1), date(2015, 9, 30), "quarter"),
        ("2015-H1", date(2015, 1, 1), date(2015, 6, 30), "half"),
        ("2015-H2", date(2015, 7, 1), date(2015, 12, 31), "half"),
        ("201", date(2010, 1, 1), date(2019, 12, 31), "decade"),
        ("20", date(2000, 1, 1), date(2099, 12, 31), "century"),
        ("2015-07-12/2015-07-13", date(2015, 7, 12), date(2015, 7, 13), "interval"),
        ("2015-07/2015-SU", date(2015, 7, 1), date(2015, 8, 31), "interval"),
        ("2014-W52/2015-Q1", date(2014, 12, 22), date(2015, 3, 31), "interval"),
    ],
)
def test_day_range_gives_first_and_last_day_of_every_value_form(value, first, last, granularity):
    found = day_range(value)
    assert (found.first, found.last, found.granularity) == (first, last, granularity)


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "yesterday",
        "PRESENT_REF",
        "XXXX-07-05",
        "P3Y",
        "2015-13",
        "2015-02-30",
        "2015-W54",
        "2015-W00",
        "2015-Q5",
        "2015-H3",
        "2015-XX",
        "9999-WI",
        "00",
        "2",
        "20155",
        " 2015",
        "２０１５",
        "2015-07-05/",
        "2015-07-05/2015-07-01",
        "2015/2016/2017",
    ],
)
def test_day_range_of_garbage_is_none(value):
    assert day_range(value) is None


@pytest.mark.parametrize(
    ("value", "mod", "label"),
    [
        ("2015-07-05", None, "Sun 5 Jul 2015"),
        ("2015-W27", None, "week 27 of 2015 (29 Jun – 5 Jul)"),
        ("2015-W01", None, "week 1 of 2015 (29 Dec 2014 – 4 Jan 2015)"),
        ("2015-W24", None, "week 24 of 2015 (8–14 Jun)"),
        ("2015-W28-WE", None, "weekend of 11–12 Jul 2015"),
        ("2015-W44-WE", None, "weekend of 31 Oct – 1 Nov 2015"),
        ("2015-07", None, "July 2015"),
        ("2015-07", "MID", "mid-July 2015"),
        ("2014", "LATE", "late 2014"),
        ("2014", "EARLY", "early 2014"),
        ("2014", "APPROX", "about 2014"),
        ("2015-SU", None, "summer 2015"),
        ("2015-WI", None, "winter 2015–16"),
        ("2015-Q3", None, "Q3 2015"),
        ("2015-H1", "END", "end of H1 2015"),
        ("2015", None, "2015"),
        ("201", None, "2010s"),
        ("201", "EARLY", "early 2010s"),
        ("20", None, "21st century"),
        ("2015-07-12/2015-07-13", None, "12–13 Jul 2015"),
        ("2015-06-30/2015-07-02", None, "30 Jun – 2 Jul 2015"),
        ("2015-07/2015-09", None, "July 2015 – September 2015"),
        ("2015-W27", "MID", "the middle of week 27 of 2015 (29 Jun – 5 Jul)"),
        ("2015-07-05", "LATE", "late on Sun 5 Jul 2015"),
        ("2015-07-05", "EARLY", "early on Sun 5 Jul 2015"),
        ("2015-07-12/2015-07-13", "LATE", "late in 12–13 Jul 2015"),
        ("2015-07-05", "BEFORE", "before Sun 5 Jul 2015"),
        ("2015", "ODD", "2015 (odd)"),
        ("FUTURE_REF", None, "FUTURE_REF"),
        ("XXXX", "MID", "the middle of XXXX"),
    ],
)
def test_date_label_reflects_granularity_and_mod(value, mod, label):
    assert date_label(value, mod) == label
