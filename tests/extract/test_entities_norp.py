"""Which words the model labels NORP name someone: peoples the gazetteer knows and plural collectives do;
style, religion and ideology adjectives, prefixed forms and singular party words do not.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from sitroom.extract import extract_mentions

pytestmark = pytest.mark.slow


def mentions(nlp, text: str) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    """surface text -> (type, key) for every mention in ``text``."""
    doc = nlp(text)
    return {doc.text[m.start : m.end]: (m.type, m.key) for m in extract_mentions(doc)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The minister struck a Churchillian tone in her speech on Tuesday.", "Churchillian"),
        ("The Orthodox calendar puts the holiday two weeks later.", "Orthodox"),
        ("Officials marked the Orthodox new year with a quiet ceremony.", "Orthodox"),
        ("The former communist state joined the alliance in 2004.", "communist"),
        ("Several ex-Soviet republics have asked for guarantees.", "ex-Soviet"),
        ("Critics say the post-Soviet order is being redrawn by force.", "post-Soviet"),
        ("Protesters denounced the pro-Russian candidate outside the court.", "pro-Russian"),
        ("The Democratic senator voted against the bill on Friday.", "Democratic"),
        ("A Republican strategist said the race was close.", "Republican"),
        ("Some Republican-led states sued over the rule.", "Republican"),
        ("The Jewish community centre reopened after the repairs.", "Jewish"),
    ],
)
def test_adjectives_that_name_no_people_are_not_mentions(nlp, text, word):  # type: ignore[no-untyped-def]
    found = mentions(nlp, text)
    assert not any(word in surface for surface in found), found


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("The Greens want to close the last coal plants by 2030.", "Greens", "Greens#people"),
        ("Republicans blocked the measure in the Senate.", "Republicans", "Republicans#people"),
        ("The Socialists won the most seats in the regional vote.", "Socialists", "Socialists#people"),
        ("Muslims and Christians marched together through the square.", "Christians", "Christians#people"),
    ],
)
def test_plural_collectives_the_gazetteer_lacks_stay_groups_of_people(nlp, text, surface, key):  # type: ignore[no-untyped-def]
    assert mentions(nlp, text).get(surface) == ("NORP", key)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Germany is reliant on Russian gas, and Russians know it.", "Russian"),
        ("Germany is reliant on Russian gas, and Russians know it.", "Russians"),
        ("Bosnian-Serb police units were seen near the bridge.", "Bosnian-Serb"),
    ],
)
def test_peoples_the_gazetteer_knows_stay_as_noun_or_adjective(nlp, text, surface):  # type: ignore[no-untyped-def]
    kind, key = mentions(nlp, text)[surface]
    assert kind == "NORP"
    assert key.endswith("#people") and key != f"{surface}#people"


def test_an_organisation_taken_for_a_people_is_that_organisation(nlp):  # type: ignore[no-untyped-def]
    found = mentions(nlp, "During a Commons vote on Monday, the bill failed by twelve votes.")
    assert found["Commons"] == ("ORG", "House of Commons")


@pytest.mark.parametrize(
    "text",
    [
        "The outpost was built for the war against the Islamic State group.",
        "Local leaders accused the militia of arming the Islamic State or its allies.",
    ],
)
def test_a_religion_adjective_cut_off_a_known_group_gives_way_to_the_group(nlp, text):  # type: ignore[no-untyped-def]
    found = mentions(nlp, text)
    assert [value for value in found.values() if value[0] == "NORP"] == []
    assert ("GROUP", "Islamic State") in found.values()
