"""A quotation is dated by the date that hangs on its cue, never by one inside the quoted words."""

from __future__ import annotations

import pytest

from sitroom.extract import extract_article

pytestmark = pytest.mark.slow

WEDNESDAY = "2022-03-16"


def dated(nlp, text: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    """(cue, text of the time dating it) per quotation."""
    extraction = extract_article("a", nlp(text), WEDNESDAY)
    times = extraction.times
    return [
        (q.cue or "", text[times[q.time].start : times[q.time].end] if q.time is not None else None)
        for q in extraction.quotes
    ]


def test_a_date_on_the_reporting_verb_dates_the_quote(nlp):  # type: ignore[no-untyped-def]
    text = "The minister said on Friday that the talks would resume next week."
    assert dated(nlp, text) == [("said", "Friday")]


def test_a_date_inside_the_reported_words_does_not_date_the_quote(nlp):  # type: ignore[no-untyped-def]
    text = "The minister said that the talks would resume next week."
    assert dated(nlp, text) == [("said", None)]


def test_a_date_on_another_verb_of_the_sentence_does_not_date_the_quote(nlp):  # type: ignore[no-untyped-def]
    text = "The envoy, who is due to visit the capital next month, insisted that the border stays shut."
    assert dated(nlp, text) == [("insisted", None)]
