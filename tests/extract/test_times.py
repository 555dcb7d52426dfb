"""Time expressions resolved to TIMEX3 values against the publication day and the story told so far.

Every sentence is written for these tests. Unless a case says otherwise the article is dated Wednesday
2022-03-16 (ISO week 2022-W11); the Sunday cases use Sunday 2022-03-20, the last day of that week.
"""

from __future__ import annotations

import pytest

from sitroom.extract.times import extract_times
from sitroom.types import QuoteRecord

pytestmark = pytest.mark.slow

WEDNESDAY = "2022-03-16"
SUNDAY = "2022-03-20"

Found = tuple[str, str, str | None, str | None, str | None, str | int | None]


def times(nlp, text: str, published: str | None, quotes: tuple[QuoteRecord, ...] = ()) -> list[Found]:  # type: ignore[no-untyped-def]
    """(text, type, value, granularity, mod, anchor) per time expression."""
    found = extract_times(nlp(text), published, quotes)
    return [(text[t.start : t.end], t.type, t.value, t.granularity, t.mod, t.anchor) for t in found]


def quote_of(text: str, quoted: str) -> tuple[QuoteRecord, ...]:
    """A direct quotation covering ``quoted`` in ``text``."""
    start = text.index(quoted)
    return (QuoteRecord(start=start, end=start + len(quoted), kind="direct"),)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "The harbour master resigned on Friday.",
            WEDNESDAY,
            ("Friday", "date", "2022-03-11", "day", None, "published"),
            id="past-weekday-is-the-one-before-publication",
        ),
        pytest.param(
            "The harbour master resigned on Wednesday.",
            WEDNESDAY,
            ("Wednesday", "date", "2022-03-16", "day", None, "published"),
            id="past-publication-weekday-is-publication-day",
        ),
        pytest.param(
            "The two mayors will meet on Wednesday.",
            WEDNESDAY,
            ("Wednesday", "date", "2022-03-23", "day", None, "published"),
            id="future-publication-weekday-is-a-week-on",
        ),
        pytest.param(
            "Wednesday will see the first ferry sail since the storm.",
            WEDNESDAY,
            ("Wednesday", "date", "2022-03-23", "day", None, "published"),
            id="weekday-as-subject-of-future-verb-is-coming",
        ),
        pytest.param(
            "The committee votes on Friday.",
            WEDNESDAY,
            ("Friday", "date", "2022-03-18", "day", None, "published"),
            id="present-scheduled-weekday-is-coming",
        ),
        pytest.param(
            "The contractor promised to return on Monday.",
            WEDNESDAY,
            ("Monday", "date", "2022-03-21", "day", None, "published"),
            id="infinitive-under-looking-ahead-verb-is-coming",
        ),
        pytest.param(
            "The contractor failed to pay on Tuesday.",
            WEDNESDAY,
            ("Tuesday", "date", "2022-03-15", "day", None, "published"),
            id="infinitive-under-past-verb-is-past",
        ),
    ],
)
def test_weekday_follows_the_tense_of_its_verb(nlp, text, published, expected):  # type: ignore[no-untyped-def]
    assert times(nlp, text, published) == [expected]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "The bakery closed last Thursday.",
            WEDNESDAY,
            ("last Thursday", "date", "2022-03-10", "day", None, "published"),
            id="last-weekday",
        ),
        pytest.param(
            "The bakery reopens next Monday.",
            WEDNESDAY,
            ("next Monday", "date", "2022-03-21", "day", None, "published"),
            id="next-weekday",
        ),
        pytest.param(
            "The dockers struck this week.",
            WEDNESDAY,
            ("this week", "date", "2022-W11", "week", None, "published"),
            id="this-week-is-publication-week",
        ),
        pytest.param(
            "The dockers struck last week.",
            WEDNESDAY,
            ("last week", "date", "2022-W10", "week", None, "published"),
            id="last-week-is-iso-week-before",
        ),
        pytest.param(
            "The dockers struck last week.",
            "2022-01-05",
            ("last week", "date", "2021-W52", "week", None, "published"),
            id="last-week-crosses-new-year",
        ),
        pytest.param(
            "The dockers struck at the end of last week.",
            WEDNESDAY,
            ("the end of last week", "date", "2022-W10", "week", "END", "published"),
            id="end-of-last-week",
        ),
        pytest.param(
            "Fans queued all last weekend.",
            WEDNESDAY,
            ("last weekend", "date", "2022-W10-WE", "weekend", None, "published"),
            id="last-weekend",
        ),
        pytest.param(
            "Fans queued outside the stadium this weekend.",
            WEDNESDAY,
            ("this weekend", "date", "2022-W10-WE", "weekend", None, "published"),
            id="this-weekend-in-past-sentence-on-weekday-is-the-one-gone",
        ),
        pytest.param(
            "Fans will queue outside the stadium this weekend.",
            WEDNESDAY,
            ("this weekend", "date", "2022-W11-WE", "weekend", None, "published"),
            id="this-weekend-in-future-sentence-is-coming",
        ),
        pytest.param(
            "The school will reopen next month.",
            WEDNESDAY,
            ("next month", "date", "2022-04", "month", None, "published"),
            id="next-month",
        ),
        pytest.param(
            "Last month the river burst its banks.",
            WEDNESDAY,
            ("Last month", "date", "2022-02", "month", None, "published"),
            id="last-month",
        ),
        pytest.param(
            "Last month the river burst its banks.",
            "2022-01-05",
            ("Last month", "date", "2021-12", "month", None, "published"),
            id="last-month-crosses-new-year",
        ),
        pytest.param(
            "Last spring the orchards flooded.",
            WEDNESDAY,
            ("Last spring", "date", "2021-SP", "season", None, "published"),
            id="last-season",
        ),
        pytest.param(
            "The mill closed last year.",
            WEDNESDAY,
            ("last year", "date", "2021", "year", None, "published"),
            id="last-year",
        ),
        pytest.param(
            "The mill closed late last year.",
            WEDNESDAY,
            ("late last year", "date", "2021", "year", "LATE", "published"),
            id="late-last-year",
        ),
        pytest.param(
            "The mill will reopen by the middle of the year.",
            WEDNESDAY,
            ("the middle of the year", "date", "2022", "year", "MID", "published"),
            id="middle-of-the-year",
        ),
        pytest.param(
            "The fair opened in mid-January.",
            WEDNESDAY,
            ("mid-January", "date", "2022-01", "month", "MID", "published"),
            id="mid-month",
        ),
        pytest.param(
            "The council met in December.",
            WEDNESDAY,
            ("December", "date", "2021-12", "month", None, "published"),
            id="past-month-after-publication-month-is-last-year",
        ),
        pytest.param(
            "The ferries stopped between mid-January and mid-February.",
            WEDNESDAY,
            (
                "between mid-January and mid-February",
                "date",
                "2022-01-15/2022-02-15",
                "day",
                None,
                "published",
            ),
            id="between-two-mid-months-is-an-interval",
        ),
        pytest.param(
            "Today the mayor signs the order.",
            WEDNESDAY,
            ("Today", "date", "2022-03-16", "day", None, "published"),
            id="today",
        ),
        pytest.param(
            "Tomorrow the mayor signs the order.",
            WEDNESDAY,
            ("Tomorrow", "date", "2022-03-17", "day", None, "published"),
            id="tomorrow",
        ),
        pytest.param(
            "The mayor signed the order yesterday.",
            WEDNESDAY,
            ("yesterday", "date", "2022-03-15", "day", None, "published"),
            id="yesterday",
        ),
        pytest.param(
            "The treaty was signed on 5 July.",
            "2015-08-20",
            ("5 July", "date", "2015-07-05", "day", None, "published"),
            id="day-month-takes-publication-year",
        ),
        pytest.param(
            "The treaty was signed on 5 July.",
            WEDNESDAY,
            ("5 July", "date", "2021-07-05", "day", None, "published"),
            id="past-day-month-after-publication-is-last-year",
        ),
        pytest.param(
            "The treaty will be signed on 5 July.",
            "2015-08-20",
            ("5 July", "date", "2016-07-05", "day", None, "published"),
            id="future-day-month-before-publication-is-next-year",
        ),
    ],
)
def test_relative_expression_resolves_against_publication(nlp, text, published, expected):  # type: ignore[no-untyped-def]
    assert times(nlp, text, published) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The dockers struck last week.",
            ("last week", "date", "2022-W11", "week", None, "published"),
            id="last-week-is-the-week-ending-that-sunday",
        ),
        pytest.param(
            "The dockers strike this week.",
            ("this week", "date", "2022-W12", "week", None, "published"),
            id="this-week-is-the-week-starting-next-day",
        ),
        pytest.param(
            "The harbour master resigned on Sunday.",
            ("Sunday", "date", "2022-03-20", "day", None, "published"),
            id="past-sunday-is-publication-day",
        ),
    ],
)
def test_sunday_paper_follows_the_newspaper_week(nlp, text, expected):  # type: ignore[no-untyped-def]
    assert times(nlp, text, SUNDAY) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The bridge was built in 2014.", ("2014", "date", "2014", "year", None, None), id="year"
        ),
        pytest.param(
            "The bridge was built back in 2007.",
            ("2007", "date", "2007", "year", None, None),
            id="back-in-year",
        ),
        pytest.param(
            "The lighthouse keepers went on strike in 1989-1990.",
            ("1989-1990", "date", "1989/1990", "year", None, None),
            id="year-range-is-an-interval",
        ),
        pytest.param(
            "The band was famous in the 1990s.",
            ("the 1990s", "date", "199", "decade", None, None),
            id="decade",
        ),
        pytest.param(
            "The canal was dug in the 20th century.",
            ("the 20th century", "date", "19", "century", None, None),
            id="century",
        ),
        pytest.param(
            "The treaty was signed on July 5, 2015.",
            ("July 5, 2015", "date", "2015-07-05", "day", None, None),
            id="month-day-year",
        ),
        pytest.param(
            "The bank failed in September 2010.",
            ("September 2010", "date", "2010-09", "month", None, None),
            id="month-year",
        ),
        pytest.param(
            "Sales fell in Q1 2015.", ("Q1 2015", "date", "2015-Q1", "quarter", None, None), id="quarter"
        ),
        pytest.param(
            "Sales fell in the first half of 2015.",
            ("the first half of 2015", "date", "2015-H1", "half", None, None),
            id="half-year",
        ),
    ],
)
def test_absolute_date_needs_no_anchor(nlp, text, expected):  # type: ignore[no-untyped-def]
    assert times(nlp, text, WEDNESDAY) == [expected]


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        pytest.param(
            "A day later the roof collapsed.",
            ("A day later", "date", "2022-03-13", "day", None, 0),
            id="a-day-later",
        ),
        pytest.param(
            "The roof collapsed the next day.",
            ("the next day", "date", "2022-03-13", "day", None, 0),
            id="the-next-day",
        ),
        pytest.param(
            "Crews left that evening.",
            ("that evening", "date", "2022-03-12", "day", None, 0),
            id="that-evening",
        ),
        pytest.param(
            "Crews arrived in the afternoon.",
            ("the afternoon", "date", "2022-03-12", "day", None, 0),
            id="the-afternoon",
        ),
    ],
)
def test_narrative_time_counts_from_the_day_the_story_fixed(nlp, follow_up, expected):  # type: ignore[no-untyped-def]
    text = "The fire broke out on Saturday. " + follow_up
    found = times(nlp, text, WEDNESDAY)
    assert found[0] == ("Saturday", "date", "2022-03-12", "day", None, "published")
    assert found[1:] == [expected]


def test_a_later_past_day_becomes_the_narrative_anchor(nlp):  # type: ignore[no-untyped-def]
    text = (
        "The fire broke out on Saturday. The baker lost everything on Monday. A day later the roof collapsed."
    )
    assert times(nlp, text, WEDNESDAY)[2] == ("A day later", "date", "2022-03-15", "day", None, 1)


def test_a_planned_day_does_not_become_the_narrative_anchor(nlp):  # type: ignore[no-untyped-def]
    text = "The fire broke out on Saturday. The mayors will meet on Tuesday. A day later the roof collapsed."
    assert times(nlp, text, WEDNESDAY) == [
        ("Saturday", "date", "2022-03-12", "day", None, "published"),
        ("Tuesday", "date", "2022-03-22", "day", None, "published"),
        ("A day later", "date", "2022-03-13", "day", None, 0),
    ]


def test_a_day_inside_a_quotation_does_not_become_the_narrative_anchor(nlp):  # type: ignore[no-untyped-def]
    text = (
        'The fire broke out on Saturday. "We lost everything on Monday," the baker said. '
        "Crews left that evening."
    )
    found = times(nlp, text, WEDNESDAY, quote_of(text, "We lost everything on Monday,"))
    assert found == [
        ("Saturday", "date", "2022-03-12", "day", None, "published"),
        ("Monday", "date", "2022-03-14", "day", None, "published"),
        ("that evening", "date", "2022-03-12", "day", None, 0),
    ]


def test_part_of_day_without_a_narrative_day_is_the_publication_day(nlp):  # type: ignore[no-untyped-def]
    assert times(nlp, "Police arrived in the afternoon.", WEDNESDAY) == [
        ("the afternoon", "date", "2022-03-16", "day", None, "published")
    ]


def test_a_day_later_without_a_narrative_day_counts_from_publication(nlp):  # type: ignore[no-untyped-def]
    assert times(nlp, "A day later the roof collapsed.", WEDNESDAY) == [
        ("A day later", "date", "2022-03-17", "day", None, "published")
    ]


def test_a_day_later_in_an_undated_article_without_a_narrative_day_is_unresolved(nlp):  # type: ignore[no-untyped-def]
    assert times(nlp, "A day later the roof collapsed.", None) == [
        ("A day later", "date", None, "day", None, None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The siege lasted three years.",
            ("three years", "duration", "P3Y", "year", None, None),
            id="count-of-years",
        ),
        pytest.param(
            "The port took out a two-year loan.",
            ("two-year", "duration", "P2Y", "year", None, None),
            id="hyphenated-modifier",
        ),
        pytest.param(
            "Prices will rise in the next three years.",
            ("the next three years", "duration", "P3Y", "year", None, "published"),
            id="the-next-years-run-from-publication",
        ),
        pytest.param(
            "Prices will rise over the next three years.",
            ("the next three years", "duration", "P3Y", "year", None, "published"),
            id="over-before-a-duration-is-a-preposition",
        ),
        pytest.param(
            "The ban will stay for at least five years.",
            ("at least five years", "duration", "P5Y", "year", None, None),
            id="at-least-keeps-no-mod",
        ),
        pytest.param(
            "Rain has fallen over the past fortnight.",
            ("the past fortnight", "duration", "P2W", "week", None, "published"),
            id="the-past-fortnight-is-two-weeks-to-publication",
        ),
        pytest.param(
            "The ferry was stuck for days.", ("days", "duration", "PXD", "day", None, None), id="for-days"
        ),
        pytest.param(
            "Hours after the blast, the roads were shut.",
            ("Hours", "duration", "PTXH", None, None, None),
            id="hours-after",
        ),
        pytest.param(
            "The town was retaken seven years after he invaded the province.",
            ("seven years", "duration", "P7Y", "year", None, None),
            id="years-after-a-clause",
        ),
    ],
)
def test_duration_keeps_its_own_value(nlp, text, expected):  # type: ignore[no-untyped-def]
    assert times(nlp, text, WEDNESDAY) == [expected]


def test_about_a_duration_is_approximate(nlp):  # type: ignore[no-untyped-def]
    assert times(nlp, "The ban lasted about five years.", WEDNESDAY) == [
        ("about five years", "duration", "P5Y", "year", "APPROX", None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Police found a 14-year-old in the cellar.", id="age-as-noun"),
        pytest.param("The driver is 40 years old.", id="years-old"),
        pytest.param("The guards earn €60 a day.", id="rate"),
    ],
)
def test_age_or_rate_is_not_a_duration(nlp, text):  # type: ignore[no-untyped-def]
    assert times(nlp, text, WEDNESDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Markets open every Friday.",
            ("every Friday", "set", "XXXX-WXX-5", "day", None, None),
            id="every-weekday",
        ),
        pytest.param(
            "The nurses check the wards each day.",
            ("each day", "set", "P1D", "day", None, None),
            id="each-day",
        ),
    ],
)
def test_recurrence_is_a_set(nlp, text, expected):  # type: ignore[no-untyped-def]
    assert times(nlp, text, WEDNESDAY) == [expected]


def test_every_weekday_with_a_part_of_day_is_a_set(nlp):  # type: ignore[no-untyped-def]
    found = times(nlp, "The ferry sails every Friday afternoon.", WEDNESDAY)
    assert [(text, kind) for text, kind, *_ in found] == [("every Friday afternoon", "set")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The mill closed late last year.",
            ("late last year", "date", None, "year", "LATE", None),
            id="relative-year-keeps-granularity-and-mod",
        ),
        pytest.param(
            "The harbour master resigned on Friday.",
            ("Friday", "date", None, "day", None, None),
            id="weekday",
        ),
        pytest.param(
            "The dockers struck last week.", ("last week", "date", None, "week", None, None), id="last-week"
        ),
        pytest.param(
            "The fair opened in mid-January.",
            ("mid-January", "date", None, "month", "MID", None),
            id="month-without-year",
        ),
        pytest.param(
            "The mayor signed the order yesterday.",
            ("yesterday", "date", None, "day", None, None),
            id="yesterday",
        ),
        pytest.param(
            "The bridge was built in 2014.",
            ("2014", "date", "2014", "year", None, None),
            id="absolute-year-resolved",
        ),
        pytest.param(
            "The siege lasted three years.",
            ("three years", "duration", "P3Y", "year", None, None),
            id="duration-keeps-value",
        ),
        pytest.param(
            "Prices will rise in the next three years.",
            ("the next three years", "duration", "P3Y", "year", None, None),
            id="duration-from-now-keeps-value-without-anchor",
        ),
        pytest.param(
            "Markets open every Friday.",
            ("every Friday", "set", "XXXX-WXX-5", "day", None, None),
            id="set-keeps-value",
        ),
    ],
)
def test_undated_article_guesses_nothing(nlp, text, expected):  # type: ignore[no-untyped-def]
    assert times(nlp, text, None) == [expected]


def test_narrative_time_in_an_undated_article_stays_unresolved(nlp):  # type: ignore[no-untyped-def]
    assert times(nlp, "The fire broke out on Saturday. A day later the roof collapsed.", None) == [
        ("Saturday", "date", None, "day", None, None),
        ("A day later", "date", None, "day", None, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Officials may decide to close the port.", id="may-as-modal"),
        pytest.param("May the best side win.", id="capital-may-as-modal"),
        pytest.param("Thousands joined a march on the capital.", id="march-as-noun"),
        pytest.param("March on the capital, the leaflets urged.", id="capital-march-as-verb"),
        pytest.param("The general sent 2000 troops to the border.", id="four-digit-count-of-troops"),
        pytest.param("The painting sold for $2015 at auction.", id="four-digit-money"),
        pytest.param("It was the first time the bridge had closed.", id="the-first-time"),
        pytest.param("The port is now closed.", id="now"),
        pytest.param("The home side won 2:1 in the final.", id="score"),
    ],
)
def test_word_or_number_that_is_not_a_time_is_skipped(nlp, text):  # type: ignore[no-untyped-def]
    assert times(nlp, text, WEDNESDAY) == []


@pytest.mark.xfail(
    reason="a four-digit count before a noun outside the short unit list reads as a year", strict=True
)
def test_four_digit_count_of_things_is_not_a_year(nlp):  # type: ignore[no-untyped-def]
    assert times(nlp, "The army delivered 2000 sandbags to the town.", WEDNESDAY) == []


def test_a_future_day_later_counts_from_the_planned_day(nlp):  # type: ignore[no-untyped-def]
    found = times(nlp, "The envoys will meet on Friday. A day later, the council will vote.", WEDNESDAY)
    assert found == [
        ("Friday", "date", "2022-03-18", "day", None, "published"),
        ("A day later", "date", "2022-03-19", "day", None, 0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("This may turn out to be a pause.", id="modal-may-after-this"),
        pytest.param("Members of the Night Watch rode through town.", id="capitalised-part-of-a-name"),
    ],
)
def test_words_that_only_look_like_times_are_not_times(nlp, text):  # type: ignore[no-untyped-def]
    assert times(nlp, text, WEDNESDAY) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Shops opened early for Black Friday.", id="named-day"),
        pytest.param("The laptop has a 1080p screen.", id="resolution-not-a-year"),
        pytest.param("The tariffs ended a near 1-1/2 year trade war.", id="fraction-of-a-count"),
        pytest.param("The prize is given in the last weekend of the festival.", id="rank-not-a-date"),
    ],
)
def test_numbers_and_names_that_look_like_times_are_not_times(nlp, text):  # type: ignore[no-untyped-def]
    assert [t[:2] for t in times(nlp, text, WEDNESDAY) if t[1] == "date" or t[0].startswith("2")] == []


def test_the_next_weekday_counts_from_the_story_day(nlp):  # type: ignore[no-untyped-def]
    found = times(nlp, "I visited the fair on 5 March. I went back the next Tuesday.", WEDNESDAY)
    assert found[1] == ("next Tuesday", "date", "2022-03-08", "day", None, 0)
