"""Figures in every format the issue names, with what they count; years, dates and names are not figures.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from sitroom.extract import extract_figures, extract_mentions, extract_quotes, extract_roles

pytestmark = pytest.mark.slow


def figures(nlp, text: str) -> list[tuple[str, float, float | None, str | None, str | None, str]]:  # type: ignore[no-untyped-def]
    """(text, value, high, unit, counts, qualifier) per figure."""
    doc = nlp(text)
    found = extract_figures(doc, extract_mentions(doc), ())
    return [(text[f.start : f.end], f.value, f.high, f.unit, f.counts, f.qualifier) for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army has moved 14,000 troops to the border.", ("14,000", 14000, None, None, "troops", "exact")),
        (
            "Officials said 100,000 soldiers were massed there.",
            ("100,000", 100000, None, None, "soldiers", "exact"),
        ),
        (
            "The ministry counted more than 1,00,000 soldiers on three sides.",
            ("more than 1,00,000", 100000, None, None, "soldiers", "more_than"),
        ),
        (
            "The pipeline cost $11 billion to build.",
            ("$11 billion", 11_000_000_000, None, "USD", None, "exact"),
        ),
        ("The port lost £3.5bn last year.", ("£3.5bn", 3_500_000_000, None, "GBP", None, "exact")),
        ("The fund owes €1.6bn to its lenders.", ("€1.6bn", 1_600_000_000, None, "EUR", None, "exact")),
        ("A petition drew 100k signatures overnight.", ("100k", 100_000, None, None, "signatures", "exact")),
        ("The No side won 61.3% of the vote.", ("61.3%", 61.3, None, "percent", "vote", "exact")),
        (
            "Turnout was 38.7 per cent in the capital.",
            ("38.7 per cent", 38.7, None, "percent", None, "exact"),
        ),
        (
            "They need between 50 and 70 billion euros over the winter.",
            ("between 50 and 70 billion euros", 50_000_000_000, 70_000_000_000, "EUR", None, "range"),
        ),
        (
            "Up to €86bn may be lent to the port authority.",
            ("Up to €86bn", 86_000_000_000, None, "EUR", None, "up_to"),
        ),
        (
            "About 25,000 protesters filled the square.",
            ("About 25,000", 25000, None, None, "protesters", "about"),
        ),
        (
            "An estimated 70 government websites went dark.",
            ("An estimated 70", 70, None, None, "websites", "estimated"),
        ),
        ("At least 12 people were hurt in the crush.", ("At least 12", 12, None, None, "people", "at_least")),
        ("Two ministers resigned on the same day.", ("Two", 2, None, None, "ministers", "exact")),
        ("A dozen ships waited outside the harbour.", ("A dozen", 12, None, None, "ships", "exact")),
        (
            "Tens of thousands of dockers marched through the city.",
            ("Tens of thousands", 10000, 99999, None, "dockers", "range"),
        ),
    ],
)
def test_figure_formats(nlp, text, expected):  # type: ignore[no-untyped-def]
    assert expected in figures(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The crisis began in 2014 and deepened in 1989-1990 terms.",
        "The ministers met on 30 June and again on July 5.",
        "The G7 summit opened at 10:30 in the morning.",
        "It was the 1st time the union had struck.",
        "Article 5 of the treaty was invoked by Nord Stream 2 critics.",
    ],
)
def test_years_dates_times_ordinals_and_names_are_not_figures(nlp, text):  # type: ignore[no-untyped-def]
    assert figures(nlp, text) == []


def test_a_figure_inside_a_quotation_is_claimed_by_its_speaker(nlp):  # type: ignore[no-untyped-def]
    text = "\u201cMore than 4,000 workers have walked out,\u201d Mara Lind said."
    doc = nlp(text)
    mentions = extract_mentions(doc)
    quotes = extract_quotes(doc, mentions, extract_roles(doc, mentions))
    (figure,) = extract_figures(doc, mentions, quotes)
    assert text[figure.claimed_by : figure.claimed_by + 9] == "Mara Lind"


def test_a_negated_bound_is_the_opposite_bound(nlp):  # type: ignore[no-untyped-def]
    found = figures(nlp, "Savers may take out no more than €60 a day.")
    assert [(f[0], f[5]) for f in found] == [("no more than €60", "up_to")]
