"""Linking mentions across a corpus: aliases, surnames, shared surnames, acronyms, offices, metonyms.

Built from hand-made extraction records, so no model is needed.
"""

from __future__ import annotations

from sitroom.link import link_entities, mark_copies
from sitroom.types import Article, Extraction, MentionRecord, RoleRecord


def article(article_id: str, text: str) -> Article:
    return Article(id=article_id, source=f"{article_id}.txt", text=text)


def mention(
    text: str, surface: str, kind: str, key: str | None = None, *, nth: int = 0, **extra
) -> MentionRecord:  # type: ignore[no-untyped-def]
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return MentionRecord(start, start + len(surface), surface, key or surface, kind, **extra)


def by_name(linked):  # type: ignore[no-untyped-def]
    return {e.name: e for e in linked.entities}


def test_surname_joins_the_full_name_in_the_same_article():
    text = "Vera Lind spoke first. Later Lind left."
    a = article("a", text)
    ex = Extraction("a", (mention(text, "Vera Lind", "PERSON"), mention(text, "Lind", "PERSON", nth=1)))
    linked = link_entities([a], [ex])
    assert by_name(linked)["Vera Lind"].mention_count == 2
    assert len(linked.entities) == 1


def test_surname_joins_the_only_full_name_in_the_corpus():
    t1, t2 = "Vera Lind arrived.", "Mr Lind was not there."
    ex1 = Extraction("a", (mention(t1, "Vera Lind", "PERSON"),))
    ex2 = Extraction("b", (MentionRecord(3, 7, "Mr Lind", "Lind", "PERSON", title_form=True),))
    linked = link_entities([article("a", t1), article("b", t2)], [ex1, ex2])
    entity = by_name(linked)["Vera Lind"]
    assert entity.articles == ("a", "b")
    assert "Mr Lind" in entity.aliases


def test_people_sharing_a_surname_stay_apart_and_an_ambiguous_surname_stays_alone():
    t1 = "Anna Berg and Olaf Berg disagreed."
    t2 = "Berg said nothing."
    ex1 = Extraction("a", (mention(t1, "Anna Berg", "PERSON"), mention(t1, "Olaf Berg", "PERSON")))
    ex2 = Extraction("b", (mention(t2, "Berg", "PERSON"),))
    linked = link_entities([article("a", t1), article("b", t2)], [ex1, ex2])
    names = by_name(linked)
    assert {"Anna Berg", "Olaf Berg", "Berg"} <= set(names)
    assert names["Anna Berg"].mention_count == 1


def test_surname_in_an_article_follows_the_nearest_full_name_there():
    text = "Anna Berg spoke. Then Olaf Berg replied. Berg was angry."
    ex = Extraction(
        "a",
        (
            mention(text, "Anna Berg", "PERSON"),
            mention(text, "Olaf Berg", "PERSON"),
            mention(text, "Berg", "PERSON", nth=2),
        ),
    )
    names = by_name(link_entities([article("a", text)], [ex]))
    assert names["Olaf Berg"].mention_count == 2


def test_a_surname_whose_own_words_give_a_gender_joins_the_full_name_of_that_gender():
    text = "Anna Berg spoke. Then Olaf Berg replied. Mrs Berg was angry."
    ex = Extraction(
        "a",
        (
            mention(text, "Anna Berg", "PERSON", gender="F"),
            mention(text, "Olaf Berg", "PERSON", gender="M"),
            mention(text, "Berg", "PERSON", nth=2, gender="F"),
        ),
    )
    names = by_name(link_entities([article("a", text)], [ex]))
    assert (names["Anna Berg"].mention_count, names["Olaf Berg"].mention_count) == (2, 1)


def test_aliases_keyed_alike_merge_and_keep_their_forms():
    t1, t2 = "Nato met.", "NATO agreed."
    ex1 = Extraction("a", (mention(t1, "Nato", "ORG", "NATO"),))
    ex2 = Extraction("b", (mention(t2, "NATO", "ORG"),))
    linked = link_entities([article("a", t1), article("b", t2)], [ex1, ex2])
    assert by_name(linked)["NATO"].aliases == ("Nato",)


def test_acronym_in_brackets_becomes_an_alias():
    text = "The Baltic Fisheries Council (BFC) met. The BFC agreed."
    ex = Extraction(
        "a", (mention(text, "Baltic Fisheries Council", "ORG"), mention(text, "BFC", "ORG", nth=1))
    )
    linked = link_entities([article("a", text)], [ex])
    assert by_name(linked)["Baltic Fisheries Council"].mention_count == 2


def test_a_short_name_joins_the_one_long_name_it_ends_unless_another_state_owns_it():
    t1, t2, t3 = "The US Treasury sold bonds.", "The Treasury said so.", "Britain's Treasury denied it."
    ex1 = Extraction("a", (mention(t1, "US Treasury", "ORG"),))
    ex2 = Extraction("b", (mention(t2, "Treasury", "ORG"),))
    ex3 = Extraction("c", (mention(t3, "Britain", "GPE"), mention(t3, "Treasury", "ORG")))
    linked = link_entities([article("a", t1), article("b", t2), article("c", t3)], [ex1, ex2, ex3])
    assert by_name(linked)["US Treasury"].articles == ("a", "b")
    assert by_name(linked)["Treasury"].articles == ("c",)


def test_a_short_name_joins_the_long_name_of_its_own_article_before_another_articles():
    t1, t2 = (
        "The Catholic Church opened a school.",
        "Kari Lind left the Church of Nordlys. The Church denied it.",
    )
    ex1 = Extraction("a", (mention(t1, "Catholic Church", "ORG"),))
    ex2 = Extraction("b", (mention(t2, "Church of Nordlys", "ORG"), mention(t2, "Church", "ORG", nth=1)))
    linked = link_entities([article("a", t1), article("b", t2)], [ex1, ex2])
    assert by_name(linked)["Church of Nordlys"].mention_count == 2
    assert by_name(linked)["Catholic Church"].articles == ("a",)


def test_an_acronym_another_state_owns_is_not_the_body_it_stands_for_elsewhere():
    t1, t2 = "The Centers for Disease Control (CDC) said so.", "The Chinese CDC denied it."
    ex1 = Extraction("a", (mention(t1, "Centers for Disease Control", "ORG"), mention(t1, "CDC", "ORG")))
    ex2 = Extraction("b", (mention(t2, "Chinese", "NORP"), mention(t2, "CDC", "ORG")))
    linked = link_entities([article("a", t1), article("b", t2)], [ex1, ex2])
    assert by_name(linked)["Centers for Disease Control"].articles == ("a",)


def test_a_word_for_a_collective_is_no_bodys_short_form():
    t1, t2 = "The Capitol Police arrested him.", "Police stormed the flat."
    ex1 = Extraction("a", (mention(t1, "Capitol Police", "ORG"),))
    ex2 = Extraction("b", (mention(t2, "Police", "ORG"),))
    linked = link_entities([article("a", t1), article("b", t2)], [ex1, ex2])
    assert by_name(linked)["Capitol Police"].articles == ("a",)


def test_an_office_makes_a_mistyped_name_a_person_and_links_its_organisation():
    text = "Helen Carter, the US secretary of state, met Ana Ruiz. Helen Carter left."
    carter = mention(text, "Helen Carter", "FAC")
    us = mention(text, "US", "GPE", "United States")
    role = RoleRecord(carter.start, carter.end, "secretary of state", "United States", True, 14, 38)
    later = mention(text, "Helen Carter", "PERSON", nth=1)
    ex = Extraction("a", (carter, us, mention(text, "Ana Ruiz", "PERSON"), later), (role,))
    names = by_name(link_entities([article("a", text)], [ex]))
    carter_entity = names["Helen Carter"]
    assert carter_entity.type == "PERSON"
    assert carter_entity.mention_count == 2
    assert carter_entity.country == "US"
    (office,) = carter_entity.roles
    assert office.org == names["United States"].id
    assert (office.start, office.end) == (14, 38)


def test_metonym_points_to_an_entity_even_when_the_state_is_not_named():
    text = "The Kremlin warned."
    ex = Extraction("a", (mention(text, "Kremlin", "ORG", stands_for="Russia"),))
    linked = link_entities([article("a", text)], [ex])
    names = by_name(linked)
    assert linked.mentions[0].stands_for == names["Russia"].id
    assert names["Russia"].type == "GPE"
    assert names["Russia"].country == "RU"


def test_places_get_country_and_coordinates():
    text = "Talks in Geneva."
    ex = Extraction("a", (mention(text, "Geneva", "GPE"),))
    geneva = by_name(link_entities([article("a", text)], [ex]))["Geneva"]
    assert geneva.country == "CH"
    assert abs(geneva.lat - 46.2) < 0.1 and abs(geneva.lon - 6.15) < 0.1


def test_ids_are_readable_and_stable():
    text = "Vera Lind met Vera Lind's rival, Otto Lind."
    ex = Extraction("a", (mention(text, "Vera Lind", "PERSON"), mention(text, "Otto Lind", "PERSON")))
    first = link_entities([article("a", text)], [ex])
    second = link_entities([article("a", text)], [ex])
    assert first == second
    assert {e.id for e in first.entities} == {"vera-lind", "otto-lind"}


def test_exact_duplicates_point_at_the_first_copy():
    articles = [
        article("a", "Same words here."),
        article("b", "Other words."),
        article("c", "same  words here."),
    ]
    marked = mark_copies(articles)
    assert [a.duplicate_of for a in marked] == [None, None, "a"]


def test_a_titled_surname_with_an_office_still_joins_the_full_name():
    t1, t2 = "Vera Lind spoke.", "President Lind said more."
    ex1 = Extraction("a", (mention(t1, "Vera Lind", "PERSON"),))
    lind = MentionRecord(10, 14, "Lind", "Lind", "PERSON", title_form=True)
    role = RoleRecord(10, 14, "President", None, True, 0, 9)
    ex2 = Extraction("b", (lind,), (role,))
    linked = link_entities([article("a", t1), article("b", t2)], [ex1, ex2])
    assert [e.name for e in linked.entities] == ["Vera Lind"]


def test_an_office_says_which_of_two_namesakes_a_surname_means():
    t1 = "Vice President Berg spoke. Later Vice President Berg left. Olaf Berg agreed."
    t2 = "Olaf Berg met Anna Berg. Then Vice President Berg arrived."
    a1 = [MentionRecord(t1.index("Berg"), t1.index("Berg") + 4, "Berg", "Berg", "PERSON", title_form=True)]
    second = t1.index("Berg", t1.index("Later"))
    a1.append(MentionRecord(second, second + 4, "Berg", "Berg", "PERSON", title_form=True))
    a1.append(mention(t1, "Olaf Berg", "PERSON"))
    roles1 = tuple(RoleRecord(m.start, m.end, "Vice President", None, True, 0, 1) for m in a1[:2])
    last = t2.rindex("Berg")
    a2 = (
        mention(t2, "Olaf Berg", "PERSON"),
        mention(t2, "Anna Berg", "PERSON"),
        MentionRecord(last, last + 4, "Berg", "Berg", "PERSON", title_form=True),
    )
    roles2 = (RoleRecord(last, last + 4, "Vice President", None, True, 0, 1),)
    ex = [Extraction("a", tuple(a1), roles1), Extraction("b", a2, roles2)]
    names = by_name(link_entities([article("a", t1), article("b", t2)], ex))
    assert names["Olaf Berg"].mention_count == 5
    assert names["Anna Berg"].mention_count == 1


def test_a_name_written_with_and_without_its_accents_is_one_person():
    text = "François Lind spoke. Later Francois Lind left, and Lind said more."
    ex = Extraction(
        "a",
        (
            mention(text, "François Lind", "PERSON"),
            mention(text, "Francois Lind", "PERSON"),
            mention(text, "Lind", "PERSON", nth=2),
        ),
    )
    linked = link_entities([article("a", text)], [ex])
    assert len(linked.entities) == 1
