"""Offices stated next to a name, in each of the forms news copy uses.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from sitroom.extract import extract_mentions, extract_roles

pytestmark = pytest.mark.slow


def roles(nlp, text: str) -> list[tuple[str, str, str | None, bool | None]]:  # type: ignore[no-untyped-def]
    """(holder, title, org, current) for every office stated in ``text``."""
    doc = nlp(text)
    found = extract_roles(doc, extract_mentions(doc))
    return [(doc.text[r.holder_start : r.holder_end], r.title, r.org, r.current) for r in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday, Maria Olsen, the Foreign Secretary, demanded an end to the blockade.",
            ("Maria Olsen", "Foreign Secretary", None, True),
        ),
        (
            "Peter Haas, Nato's Secretary-General, said the alliance was ready.",
            ("Peter Haas", "Secretary-General", "NATO", True),
        ),
        (
            "Tomorrow Ukraine's foreign minister Oleh Marchenko will visit Berlin.",
            ("Oleh Marchenko", "foreign minister", "Ukraine", True),
        ),
        (
            "As then-Secretary of State Linda Marsh said at the time, the deal was fragile.",
            ("Linda Marsh", "Secretary of State", None, False),
        ),
        (
            "During a debate, Thomas Reed, the ex-Conservative defence minister said he had doubts.",
            ("Thomas Reed", "defence minister", None, False),
        ),
        (
            "The pressure on Helen Carter, the US secretary of state, has grown.",
            ("Helen Carter", "secretary of state", "United States", True),
        ),
        (
            "German Chancellor Klaus Vogel flew to Paris on Monday.",
            ("Klaus Vogel", "Chancellor", "Germany", True),
        ),
        (
            "Jan Kowalczyk, the secretary-general of NATO, repeated his warning.",
            ("Jan Kowalczyk", "secretary-general", "NATO", True),
        ),
        (
            "\u201cIt is a test,\u201d says Mark Fenwick, senior consulting fellow, "
            "Europe Programme at Chatham House.",
            ("Mark Fenwick", "senior consulting fellow", "Chatham House", True),
        ),
        (
            "Earlier, the Foreign Secretary, Maria Olsen, met her counterpart.",
            ("Maria Olsen", "Foreign Secretary", None, True),
        ),
        (
            "The plan was drawn up by former prime minister Anna Berg last year.",
            ("Anna Berg", "prime minister", None, False),
        ),
        # a clergy title before a name, as any other title
        (
            "Rabbi Ivan Brannagh opened the new school on Monday.",
            ("Ivan Brannagh", "Rabbi", None, True),
        ),
    ],
)
def test_office_forms(nlp, text, expected):  # type: ignore[no-untyped-def]
    assert expected in roles(nlp, text)


def test_two_offices_joined_by_and(nlp):  # type: ignore[no-untyped-def]
    found = roles(
        nlp,
        "Ivan Petrov, deputy foreign minister and Russia's lead negotiator in the talks, said little.",
    )
    assert ("Ivan Petrov", "deputy foreign minister", None, True) in found
    assert ("Ivan Petrov", "lead negotiator", "Russia", True) in found


def test_office_without_a_comma_after_the_name(nlp):  # type: ignore[no-untyped-def]
    found = roles(
        nlp,
        "The threat is real, observed Dr Elena Dragan an associate at the German Institute for "
        "International and Security Affairs.",
    )
    assert ("Elena Dragan", "associate", "SWP", True) in found  # the gazetteer's canonical name


def test_a_name_without_a_title_has_no_office(nlp):  # type: ignore[no-untyped-def]
    assert roles(nlp, "Maria Olsen, who arrived late, said nothing.") == []


def test_an_apposition_that_is_not_an_office_is_ignored(nlp):  # type: ignore[no-untyped-def]
    assert roles(nlp, "Maria Olsen, a keen sailor, spent the weekend at sea.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The post went to Nadia Ferrante, who was sworn in as interior minister on Friday.",
            ("Nadia Ferrante", "interior minister", None, True),
        ),
        (
            "The plan was first floated by Paul Okafor, who was finance minister until 2019.",
            ("Paul Okafor", "finance minister", None, False),
        ),
        (
            "The head of the World Bank, Ingrid Dahl, said the loan was ready.",
            ("Ingrid Dahl", "head", "World Bank", True),
        ),
        (
            "The World Bank, whose president Ingrid Dahl attended the talks, said little.",
            ("Ingrid Dahl", "president", "World Bank", True),
        ),
        (
            "Omar Haddad, a shipping executive in Genoa, said trade had slowed.",
            ("Omar Haddad", "shipping executive", None, True),
        ),
    ],
)
def test_offices_in_clauses_and_around_their_organisation(nlp, text, expected):  # type: ignore[no-untyped-def]
    assert expected in roles(nlp, text)


def test_a_title_followed_by_another_persons_name_is_not_the_holders(nlp):  # type: ignore[no-untyped-def]
    found = roles(nlp, "Reporters pressed Edmund, Queen Matilda's youngest son, on the matter.")
    assert all(role[1] != "Queen" for role in found)


def test_a_plural_title_before_a_list_of_names_is_each_ones(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("Independent journalists Peter Haas and Tomas Lind met the commander in May.")
    found = {
        (doc.text[r.holder_start : r.holder_end], r.title) for r in extract_roles(doc, extract_mentions(doc))
    }
    assert found == {("Peter Haas", "journalist"), ("Tomas Lind", "journalist")}


def test_a_plural_before_one_name_alone_is_no_title_of_it(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("US officials Peter Haas said the talks had failed.")
    assert extract_roles(doc, extract_mentions(doc)) == ()
