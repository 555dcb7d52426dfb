"""Unnamed collective parties ("police", "protesters", "hostages") become participants of their own, but
never speakers and never where a named state or group already stands in their phrase."""

from __future__ import annotations

import pytest

from sitroom.extract import extract_article
from sitroom.extract.collectives import extract_collectives
from sitroom.extract.entities import extract_mentions

pytestmark = pytest.mark.slow


def collectives(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [m.name for m in extract_collectives(doc, extract_mentions(doc))]


def parties(nlp, text: str, kind: str) -> tuple[str | None, str | None]:  # type: ignore[no-untyped-def]
    """The names of the actor and target of the one event of ``kind`` in ``text``."""
    found = extract_article("a", nlp(text), "2022-01-12")
    names = {m.start: m.name for m in found.mentions}
    (event,) = [e for e in found.events if e.type == kind]
    return names.get(event.actor), names.get(event.target)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Police fired tear gas at protesters.", ["Police", "protesters"], id="both-sides"),
        pytest.param("The hostages were released on Tuesday.", ["hostages"], id="passive-subject"),
        pytest.param("Lawmakers opposed the bill.", ["Lawmakers"], id="subject"),
        pytest.param("Protesters in Minsk blocked the road.", ["Protesters"], id="a-place-is-no-name"),
        pytest.param("The president urged people to stay indoors.", ["people"], id="people"),
        pytest.param("Governments rejected the offer.", ["Governments"], id="governments"),
        pytest.param("Officials met leaders of the opposition.", ["Officials", "leaders"], id="officials"),
        pytest.param(
            "Senior finance ministers met on Monday.", ["Senior finance ministers"], id="which-ministers"
        ),
        pytest.param("Tomorrow several senior officials will meet.", ["senior officials"], id="not-how-many"),
        pytest.param(
            "The magazine attacked high-ranking officials.", ["high-ranking officials"], id="hyphenated-word"
        ),
        pytest.param("The UN-led peacekeepers left.", ["peacekeepers"], id="hyphenated-to-a-name"),
        pytest.param(
            "Moscow warned the ex-Yugoslav nations.", ["ex-Yugoslav nations"], id="hyphenated-prefix"
        ),
    ],
)
def test_collective_parties_in_argument_positions_become_participants(nlp, text, expected):  # type: ignore[no-untyped-def]
    assert collectives(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Protesters said the police had lied.", id="a-source-is-no-party"),
        pytest.param("Israeli settlers attacked the village.", id="qualified-by-a-people"),
        pytest.param("Students from Belarus marched on Sunday.", id="qualified-by-a-state"),
        pytest.param("The senator met the envoy.", id="singular-official-is-no-collective"),
        pytest.param("The Greek government rejected the offer.", id="a-government-of-a-state"),
        pytest.param("Officials said the talks had failed.", id="anonymous-officials-speak"),
    ],
)
def test_no_collective_where_it_speaks_or_a_name_qualifies_it(nlp, text):  # type: ignore[no-untyped-def]
    assert "Protesters" not in collectives(nlp, text)
    unnamed = ("settlers", "students", "senator", "government", "officials")
    assert all(name.lower() not in unnamed for name in collectives(nlp, text))


def test_an_event_gets_its_unnamed_parties(nlp):  # type: ignore[no-untyped-def]
    text = "Police fired tear gas at protesters in the capital."
    assert parties(nlp, text, "ASSAULT") == ("Police", "protesters")


def test_what_is_mobilised_is_no_target(nlp):  # type: ignore[no-untyped-def]
    found = extract_article("a", nlp("Russia mobilised 100,000 soldiers near the border."), "2022-01-12")
    (event,) = found.events
    assert (event.type, event.target) == ("MOBILIZE", None)


def test_where_a_force_is_sent_is_the_target(nlp):  # type: ignore[no-untyped-def]
    text = "Russia wants guarantees that Nato will not deploy forces to Ukraine."
    assert parties(nlp, text, "MOBILIZE") == ("Nato", "Ukraine")


def test_the_same_collective_again_is_the_one_named_before(nlp):  # type: ignore[no-untyped-def]
    text = "Eurozone leaders reached a deal with Greece. Tusk said all the leaders had backed it."
    assert parties(nlp, text, "SUPPORT")[0] == "Eurozone leaders"


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        pytest.param(
            "Greece faces a default. The government imposed capital controls.",
            "COERCE",
            "Greece",
            id="the-government",
        ),
        pytest.param(
            "Talks stalled. The Greek parliament rejected the deal.",
            "REJECT",
            "Greek",
            id="a-states-adjective",
        ),
    ],
)
def test_an_unnamed_body_is_no_party_but_acts_for_its_state(nlp, text, kind, expected):  # type: ignore[no-untyped-def]
    found = extract_article("a", nlp(text), "2022-01-12")
    names = {m.start: m.name for m in found.mentions}
    (event,) = [e for e in found.events if e.type == kind]
    assert (event.actor, names.get(event.actor_for)) == (None, expected)


def test_a_body_a_person_leads_is_that_persons(nlp):  # type: ignore[no-untyped-def]
    text = "The Trump administration is denying flu vaccines to migrants."
    found = extract_article("a", nlp(text), "2022-01-12")
    assert all(e.actor_for is None for e in found.events)


def test_a_verbs_particle_is_no_part_of_the_collectives_name(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("Nato allies should pull back troops from Europe.")
    names = [m.name for m in extract_collectives(doc, extract_mentions(doc))]
    assert "back troops" not in names and "troops" in names


def test_men_suspects_and_witnesses_are_collective_parties(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("Officers detained two men and questioned three suspects and several witnesses.")
    names = {m.name for m in extract_collectives(doc, extract_mentions(doc))}
    assert {"men", "suspects", "witnesses"} <= names


def test_passengers_relatives_and_the_public_are_collective_parties(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("Gunmen attacked passengers. Police asked the public and the relatives for help.")
    names = {m.name for m in extract_collectives(doc, extract_mentions(doc))}
    assert {"passengers", "public", "relatives"} <= names


def test_an_unnamed_doer_of_violence_is_a_party_in_the_singular(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("A gunman opened fire on the crowd. The senator condemned the attack.")
    names = {m.name for m in extract_collectives(doc, extract_mentions(doc))}
    assert "gunman" in names and "senator" not in names


def test_a_source_who_goes_on_to_act_is_a_party(nlp):  # type: ignore[no-untyped-def]
    text = "The farmers said the drought was ruining them and asked the ministry for help."
    assert parties(nlp, text, "REQUEST")[0] == "farmers"


def test_staff_defectors_and_officeholders_unnamed_are_collective_parties(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("Investigators questioned staffers. Governors criticised the regulators. Defectors fled.")
    names = {m.name for m in extract_collectives(doc, extract_mentions(doc))}
    assert {"staffers", "Governors", "regulators", "Defectors"} <= names


def test_hyphenated_and_fellow_people_are_parties(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("Gunmen opened fire on concert-goers. The president urged fellow countrymen to stay home.")
    names = [m.name for m in extract_collectives(doc, extract_mentions(doc))]
    assert "concert-goers" in names and "fellow countrymen" in names


def test_jihadis_extremists_and_conspirators_are_parties(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("Police killed two jihadis. Extremists and conspirators were arrested.")
    names = [m.name for m in extract_collectives(doc, extract_mentions(doc))]
    assert {"jihadis", "Extremists", "conspirators"} <= set(names)
