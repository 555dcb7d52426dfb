"""A person the corpus names without an office gets the state the leaders table knows, never over the text;
their events act for that state where the corpus names it, and for nobody where it does not. The head of an
international body gets no state, and is recorded as heading the body where the corpus names it.

Built from hand-made extraction records, so no model is needed. Every sentence is written for these tests.
"""

from __future__ import annotations

from sitroom.link import link_entities, link_events
from sitroom.types import Article, EventRecord, Extraction, MentionRecord, RoleRecord


def person(text: str, surface: str, *, nth: int = 0, kind: str = "PERSON") -> MentionRecord:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return MentionRecord(start, start + len(surface), surface, surface, kind)


def countries(*articles: tuple[str, tuple[MentionRecord, ...]], published: str | None = None) -> dict:
    """Entity name -> country, for articles given as (text, mentions)."""
    found = [Article(f"a{n}", f"a{n}.txt", text, published=published) for n, (text, _) in enumerate(articles)]
    extractions = [Extraction(f"a{n}", mentions) for n, (_, mentions) in enumerate(articles)]
    return {e.name: e.country for e in link_entities(found, extractions).entities}


ZURICH = "Obama met Putin in Zurich on Tuesday."


def test_leaders_named_without_an_office_get_the_states_they_serve() -> None:
    found = countries((ZURICH, (person(ZURICH, "Obama"), person(ZURICH, "Putin"))))
    assert (found["Obama"], found["Putin"]) == ("US", "RU")


def test_a_full_name_without_an_office_gets_its_state() -> None:
    text = "Olaf Scholz flew to Washington."
    assert countries((text, (person(text, "Olaf Scholz"),)))["Olaf Scholz"] == "DE"


def test_a_stated_office_wins_over_the_table() -> None:
    text = "Tony Blair, the Quartet's envoy for Jordan, spoke."
    start = text.index("Tony Blair")
    role = RoleRecord(start, start + 10, "envoy", "Jordan", True, text.index("the"), text.index(", spoke"))
    article = Article("a", "a.txt", text)
    linked = link_entities([article], [Extraction("a", (person(text, "Tony Blair"),), roles=(role,))])
    assert {e.name: e.country for e in linked.entities}["Tony Blair"] == "JO"


def test_the_head_of_a_body_the_text_names_is_not_given_the_state_they_once_led() -> None:
    text = "NATO chief Jens Stoltenberg arrived. NATO said little."
    start = text.index("Jens")
    role = RoleRecord(start, start + 15, "chief", "NATO", True, 0, start)
    mentions = (person(text, "Jens Stoltenberg"), person(text, "NATO", kind="ORG"))
    linked = link_entities([Article("a", "a.txt", text)], [Extraction("a", mentions, roles=(role,))])
    assert {e.name: e.country for e in linked.entities}["Jens Stoltenberg"] is None


def test_a_former_office_without_a_state_does_not_hide_the_state_the_table_knows() -> None:
    text = "Former president Lula spoke in Recife."
    start = text.index("Lula")
    role = RoleRecord(start, start + 4, "president", None, False, 0, start)
    linked = link_entities(
        [Article("a", "a.txt", text)], [Extraction("a", (person(text, "Lula"),), roles=(role,))]
    )
    assert {e.name: e.country for e in linked.entities}["Lula"] == "BR"


def test_an_ambiguous_surname_gets_no_state() -> None:
    text = "Kim inspected the troops while Clinton watched."
    found = countries((text, (person(text, "Kim"), person(text, "Clinton"))))
    assert (found["Kim"], found["Clinton"]) == (None, None)


def test_a_private_person_named_like_a_leader_is_not_matched_by_surname() -> None:
    t1, t2 = "Anna Merkel and Jonas Merkel run a bakery in Kassel.", "Merkel said the price of flour rose."
    found = countries(
        (t1, (person(t1, "Anna Merkel"), person(t1, "Jonas Merkel"))), (t2, (person(t2, "Merkel"),))
    )
    assert found == {"Anna Merkel": None, "Jonas Merkel": None, "Merkel": None}


def test_a_surname_joined_to_a_private_persons_full_name_gets_nothing() -> None:
    t1, t2 = "Hanna Putin teaches in Omsk.", "Putin said the school was cold."
    found = countries((t1, (person(t1, "Hanna Putin"),)), (t2, (person(t2, "Putin"),)))
    assert found == {"Hanna Putin": None}


def test_a_surname_is_not_trusted_when_the_model_took_a_person_of_that_name_for_an_organisation() -> None:
    t1 = "The prosecutor, Karin-Lott Persson, closed the file in Uppsala."
    t2 = "Persson said the witnesses no longer remembered the night."
    found = countries((t1, (person(t1, "Karin-Lott Persson", kind="ORG"),)), (t2, (person(t2, "Persson"),)))
    assert found["Persson"] is None


def test_the_year_of_the_articles_places_a_leader_who_served_a_state_and_then_a_body() -> None:
    text = "Rutte spoke in The Hague."
    mentions = (person(text, "Rutte"),)
    assert countries((text, mentions), published="2016-05-02")["Rutte"] == "NL"
    assert countries((text, mentions), published="2025-05-02")["Rutte"] is None  # NATO's head then
    assert countries((text, mentions))["Rutte"] is None


def test_the_head_of_an_international_body_gets_no_state_but_is_known_to_head_it_where_it_is_named() -> None:
    text = "Guterres warned that the United Nations was running short of money."
    mentions = (person(text, "Guterres"), person(text, "United Nations", kind="ORG"))
    linked = link_entities([Article("a", "a.txt", text, published="2020-03-01")], [Extraction("a", mentions)])
    ids = {e.name: e.id for e in linked.entities}
    assert {e.name: e.country for e in linked.entities}["Guterres"] is None  # not Portugal, he led it once
    assert linked.heads == {ids["Guterres"]: ids["United Nations"]}


def test_the_head_of_a_body_the_corpus_never_names_heads_nothing_in_it() -> None:
    text = "Guterres warned that money was running short."
    linked = link_entities(
        [Article("a", "a.txt", text, published="2020-03-01")], [Extraction("a", (person(text, "Guterres"),))]
    )
    assert linked.heads == {}


# What their events act for


def zurich_events(text: str, extra: tuple[MentionRecord, ...] = ()) -> tuple:
    mentions = (person(text, "Obama"), person(text, "Putin"), *extra)
    met = (text.index("met"), text.index("met") + 3)
    event = EventRecord(*met, *met, "CONSULT", None, "occurred", actor=0, target=mentions[1].start)
    articles = [Article("a", "a.txt", text)]
    extractions = [Extraction("a", mentions, events=(event,))]
    linked = link_entities(articles, extractions)
    (found,) = link_events(articles, extractions, linked, ())
    return found, {e.id: e.name for e in linked.entities}


def test_a_leaders_event_acts_for_their_state_where_the_corpus_names_it() -> None:
    text = "Obama met Putin in Zurich as Russia and the United States traded offers."
    extra = (person(text, "Russia", kind="GPE"), person(text, "United States", kind="GPE"))
    event, names = zurich_events(text, extra)
    assert (names[event.actor_for], names[event.target_for]) == ("United States", "Russia")


def test_a_leaders_event_acts_for_nobody_where_the_corpus_never_names_their_state() -> None:
    event, _ = zurich_events(ZURICH)
    assert (event.actor_for, event.target_for) == (None, None)
