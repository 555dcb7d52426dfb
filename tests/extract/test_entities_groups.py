"""A collective actor led by a name of several words takes the whole name, never its last word alone.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from sitroom.extract import extract_mentions

pytestmark = pytest.mark.slow


def groups(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The words of each GROUP mention of ``text``."""
    doc = nlp(text)
    return [doc.text[m.start : m.end] for m in extract_mentions(doc) if m.type == "GROUP"]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The Hong Kong police fired tear gas at the crowd.", "Hong Kong police"),
        ("New York police said two men were held.", "New York police"),
        ("South Korean officials rejected the offer.", "South Korean officials"),
        ("Saudi Arabian diplomats left the hall.", "Saudi Arabian diplomats"),
    ],
)
def test_a_group_named_after_a_place_of_several_words_takes_the_whole_name(nlp, text, group):  # type: ignore[no-untyped-def]
    assert groups(nlp, text) == [group]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("More than 2,500 Afghan civilians have been killed this year.", "Afghan civilians"),
        ("Israeli settlers uprooted the olive trees.", "Israeli settlers"),
        ("Syrian refugees crossed the border at night.", "Syrian refugees"),
    ],
)
def test_the_people_a_demonym_leads_are_a_group_not_the_state(nlp, text, group):  # type: ignore[no-untyped-def]
    assert groups(nlp, text) == [group]
