"""Events across the corpus: participants as entities, what each acts for, and one real event many reports.

Entities and mentions are built by hand (as the entity linker would leave them) so that each test says
exactly which facts the event linker has to work with. Every sentence is written for these tests.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from sitroom.link import LinkedEntities, events, link_events
from sitroom.link.confidence import asserted
from sitroom.types import Article, Entity, Event, EventRecord, Extraction, Mention, Role, Time

RUSSIA = Entity("russia", "Russia", "GPE", country="RU")
UKRAINE = Entity("ukraine", "Ukraine", "GPE", country="UA")
KREMLIN = Entity("the-kremlin", "the Kremlin", "FAC", country="RU")
GEORGIA = Entity("georgia", "Georgia", "GPE", country="GE")


def record(text: str, trigger: str, kind: str, **fields: int | None) -> EventRecord:
    """An event whose trigger and span are the first ``trigger`` in ``text``; ``fields`` are its actor,
    target, time or quote."""
    start = text.index(trigger)
    return EventRecord(
        start, start + len(trigger), start, start + len(trigger), kind, None, "occurred", **fields
    )


def mention(entity: Entity, article: str, text: str, name: str, stands_for: str | None = None) -> Mention:
    start = text.index(name)
    return Mention(entity.id, article, start, start + len(name), stands_for)


def day(article: str, n: int, value: str, granularity: str = "day") -> Time:
    """The brief time ``<article>/t<n>`` with ``value``."""
    return Time(f"{article}/t{n}", article, 0, 0, value, "date", value, granularity)


# What each participant acts for

TOLSTOV_TEXT = "Pavel Tolstov, Russia's defence minister, threatened Ukraine."


def linked_tolstov(roles: tuple[Role, ...], country: str | None = None) -> tuple[LinkedEntities, EventRecord]:
    person = Entity("pavel-tolstov", "Pavel Tolstov", "PERSON", country=country, roles=roles)
    linked = LinkedEntities(
        (person, RUSSIA, UKRAINE),
        (
            mention(person, "a", TOLSTOV_TEXT, "Pavel Tolstov"),
            mention(RUSSIA, "a", TOLSTOV_TEXT, "Russia"),
            mention(UKRAINE, "a", TOLSTOV_TEXT, "Ukraine"),
        ),
    )
    event = record(TOLSTOV_TEXT, "threatened", "THREATEN", actor=0, target=TOLSTOV_TEXT.index("Ukraine"))
    return linked, event


def link_one(text: str, linked: LinkedEntities, event: EventRecord) -> Event:
    articles = [Article("a", "a.txt", text)]
    (found,) = link_events(articles, [Extraction("a", events=(event,))], linked, ())
    return found


def test_a_person_acts_for_the_state_of_their_office() -> None:
    office = Role("defence minister", "russia", True, "a", 15, 40)
    found = link_one(TOLSTOV_TEXT, *linked_tolstov((office,)))
    assert (found.actor, found.actor_for) == ("pavel-tolstov", "russia")


def test_a_former_office_is_not_what_a_person_acts_for() -> None:
    former = Role("defence minister", "russia", False, "a", 15, 40)
    found = link_one(TOLSTOV_TEXT, *linked_tolstov((former,)))
    assert found.actor_for is None


def test_a_person_without_an_office_acts_for_their_country() -> None:
    found = link_one(TOLSTOV_TEXT, *linked_tolstov((), country="RU"))
    assert found.actor_for == "russia"


def test_an_office_stated_in_the_same_article_wins_over_one_stated_elsewhere() -> None:
    elsewhere = Role("envoy", "ukraine", True, "b", 0, 5)
    here = Role("defence minister", "russia", True, "a", 15, 40)
    linked, event = linked_tolstov((elsewhere, here))
    articles = [Article("b", "b.txt", "Envoy."), Article("a", "a.txt", TOLSTOV_TEXT)]
    (found,) = link_events(articles, [Extraction("a", events=(event,))], linked, ())
    assert found.actor_for == "russia"


def test_a_metonym_acts_for_what_it_stands_for() -> None:
    text = "The Kremlin condemned Ukraine."
    linked = LinkedEntities(
        (KREMLIN, RUSSIA, UKRAINE),
        (mention(KREMLIN, "a", text, "Kremlin", "russia"), mention(UKRAINE, "a", text, "Ukraine")),
    )
    event = record(text, "condemned", "ACCUSE", actor=text.index("Kremlin"), target=text.index("Ukraine"))
    found = link_one(text, linked, event)
    assert (found.actor, found.actor_for) == ("the-kremlin", "russia")


def test_a_metonym_as_target_is_targeted_for_what_it_stands_for() -> None:
    text = "Ukraine condemned the Kremlin."
    linked = LinkedEntities(
        (KREMLIN, RUSSIA, UKRAINE),
        (mention(UKRAINE, "a", text, "Ukraine"), mention(KREMLIN, "a", text, "Kremlin", "russia")),
    )
    event = record(text, "condemned", "ACCUSE", actor=0, target=text.index("Kremlin"))
    found = link_one(text, linked, event)
    assert (found.target, found.target_for) == ("the-kremlin", "russia")


def test_a_group_acts_for_its_country() -> None:
    text = "Russian paratroopers shelled Ukraine."
    group = Entity("russian-paratroopers", "Russian paratroopers", "GROUP", country="RU")
    linked = LinkedEntities(
        (group, RUSSIA, UKRAINE),
        (mention(group, "a", text, "Russian paratroopers"), mention(UKRAINE, "a", text, "Ukraine")),
    )
    event = record(text, "shelled", "ASSAULT", actor=0, target=text.index("Ukraine"))
    found = link_one(text, linked, event)
    assert (found.actor, found.actor_for) == ("russian-paratroopers", "russia")


def test_a_group_acts_for_its_country_even_when_its_capital_is_mentioned_more() -> None:
    text = "Russian paratroopers shelled Ukraine."
    group = Entity("russian-paratroopers", "Russian paratroopers", "GROUP", country="RU")
    capital = Entity("moscow", "Moscow", "GPE", country="RU", mention_count=9)
    russia = replace(RUSSIA, mention_count=3)
    linked = LinkedEntities(
        (capital, russia, group, UKRAINE),
        (mention(group, "a", text, "Russian paratroopers"), mention(UKRAINE, "a", text, "Ukraine")),
    )
    event = record(text, "shelled", "ASSAULT", actor=0, target=text.index("Ukraine"))
    assert link_one(text, linked, event).actor_for == "russia"


def test_a_named_armed_group_acts_for_no_state_but_itself() -> None:
    text = "Hezbollah shelled Israel from Lebanon."
    group = Entity("hezbollah", "Hezbollah", "GROUP", country="LB")
    lebanon = Entity("lebanon", "Lebanon", "GPE", country="LB")
    israel = Entity("israel", "Israel", "GPE", country="IL")
    linked = LinkedEntities(
        (group, lebanon, israel),
        (mention(group, "a", text, "Hezbollah"), mention(israel, "a", text, "Israel")),
    )
    event = record(text, "shelled", "ASSAULT", actor=0, target=text.index("Israel"))
    found = link_one(text, linked, event)
    assert (found.actor, found.actor_for) == ("hezbollah", None)


def test_a_state_acts_for_nothing_but_itself() -> None:
    text = "Russia shelled Ukraine."
    linked = LinkedEntities(
        (RUSSIA, UKRAINE), (mention(RUSSIA, "a", text, "Russia"), mention(UKRAINE, "a", text, "Ukraine"))
    )
    event = record(text, "shelled", "ASSAULT", actor=0, target=text.index("Ukraine"))
    found = link_one(text, linked, event)
    assert (found.actor, found.actor_for, found.target, found.target_for) == ("russia", None, "ukraine", None)


def test_an_event_cites_its_articles_words_and_brief_ids() -> None:
    text = 'Tass wrote: "Russia shelled Ukraine on Monday."'
    linked = LinkedEntities(
        (RUSSIA, UKRAINE), (mention(RUSSIA, "a", text, "Russia"), mention(UKRAINE, "a", text, "Ukraine"))
    )
    event = record(
        text, "shelled", "ASSAULT", actor=text.index("Russia"), target=text.index("Ukraine"), time=0, quote=0
    )
    found = link_one(text, linked, event)
    assert (found.id, found.text, found.time, found.quote) == ("a/e1", "shelled", "a/t1", "a/q1")


# One real event, many reports

FIRST = "Pavel Tolstov, Russia's defence minister, threatened Ukraine on Monday."
SECOND = "The Kremlin threatened Ukraine, officials in Kyiv said."
PERSON = Entity(
    "pavel-tolstov", "Pavel Tolstov", "PERSON", roles=(Role("defence minister", "russia", True, "a", 15, 40),)
)


def two_reports(
    second_kind: str = "THREATEN", first_time: Time | None = None, second_time: Time | None = None
) -> tuple[Event, ...]:
    """A threat by Russia's minister in article a and by the Kremlin in article b, linked."""
    articles = [Article("a", "a.txt", FIRST), Article("b", "b.txt", SECOND)]
    linked = LinkedEntities(
        (PERSON, RUSSIA, UKRAINE, KREMLIN),
        (
            mention(PERSON, "a", FIRST, "Pavel Tolstov"),
            mention(RUSSIA, "a", FIRST, "Russia"),
            mention(UKRAINE, "a", FIRST, "Ukraine"),
            mention(KREMLIN, "b", SECOND, "Kremlin", "russia"),
            mention(UKRAINE, "b", SECOND, "Ukraine"),
        ),
    )
    first = record(
        FIRST,
        "threatened",
        "THREATEN",
        actor=0,
        target=FIRST.index("Ukraine"),
        time=None if first_time is None else 0,
    )
    second = record(
        SECOND,
        "threatened",
        second_kind,
        actor=SECOND.index("Kremlin"),
        target=SECOND.index("Ukraine"),
        time=None if second_time is None else 0,
    )
    times = tuple(t for t in (first_time, second_time) if t is not None)
    extractions = [Extraction("a", events=(first,)), Extraction("b", events=(second,))]
    return link_events(articles, extractions, linked, times)


def test_the_same_event_in_a_second_article_points_at_the_first_report() -> None:
    first, second = two_reports()
    assert (first.same_as, second.same_as) == (None, "a/e1")


def test_reports_on_overlapping_dates_are_one_event() -> None:
    first, second = two_reports(
        first_time=day("a", 1, "2022-01-10"), second_time=day("b", 1, "2022-W02", "week")
    )
    assert second.same_as == first.id


def test_reports_on_different_days_are_different_events() -> None:
    _, second = two_reports(first_time=day("a", 1, "2022-01-10"), second_time=day("b", 1, "2022-01-17"))
    assert second.same_as is None


def test_a_report_without_a_date_may_be_the_same_as_a_dated_one() -> None:
    first, second = two_reports(first_time=day("a", 1, "2022-01-10"))
    assert second.same_as == first.id


def test_reports_of_different_types_are_different_events() -> None:
    _, second = two_reports(second_kind="ACCUSE")
    assert second.same_as is None


def test_reports_between_different_parties_are_different_events() -> None:
    text = "The Kremlin threatened Georgia, officials in Tbilisi said."
    articles = [Article("a", "a.txt", FIRST), Article("b", "b.txt", text)]
    linked = LinkedEntities(
        (PERSON, RUSSIA, UKRAINE, KREMLIN, GEORGIA),
        (
            mention(PERSON, "a", FIRST, "Pavel Tolstov"),
            mention(UKRAINE, "a", FIRST, "Ukraine"),
            mention(KREMLIN, "b", text, "Kremlin", "russia"),
            mention(GEORGIA, "b", text, "Georgia"),
        ),
    )
    first = record(FIRST, "threatened", "THREATEN", actor=0, target=FIRST.index("Ukraine"))
    second = record(text, "threatened", "THREATEN", actor=text.index("Kremlin"), target=text.index("Georgia"))
    _, found = link_events(
        articles, [Extraction("a", events=(first,)), Extraction("b", events=(second,))], linked, ()
    )
    assert found.same_as is None


def test_two_reports_in_one_article_are_not_linked_to_each_other() -> None:
    text = "Russia shelled Ukraine. Russia shelled Ukraine."
    second_at = text.index("Russia", 1)
    linked = LinkedEntities(
        (RUSSIA, UKRAINE),
        (
            Mention("russia", "a", 0, 6),
            Mention("ukraine", "a", 15, 22),
            Mention("russia", "a", second_at, second_at + 6),
            Mention("ukraine", "a", second_at + 15, second_at + 22),
        ),
    )
    first = record(text, "shelled", "ASSAULT", actor=0, target=15)
    second = replace(first, start=first.start + second_at, end=first.end + second_at)
    second = replace(second, actor=second_at, target=second_at + 15)
    articles = [Article("a", "a.txt", text)]
    found = link_events(articles, [Extraction("a", events=(first, second))], linked, ())
    assert [e.same_as for e in found] == [None, None]


def test_an_event_with_no_known_party_is_never_merged() -> None:
    text = "Talks began."
    articles = [Article("a", "a.txt", text), Article("b", "b.txt", text)]
    talks = record(text, "Talks", "CONSULT")
    found = link_events(
        articles,
        [Extraction("a", events=(talks,)), Extraction("b", events=(talks,))],
        LinkedEntities((), ()),
        (),
    )
    assert [e.same_as for e in found] == [None, None]


def russia_and_ukraine(first: str, second: str) -> LinkedEntities:
    """Russia and Ukraine as each of articles a (``first``) and b (``second``) first names them."""
    return LinkedEntities(
        (RUSSIA, UKRAINE),
        tuple(
            mention(entity, article, text, entity.name)
            for article, text in (("a", first), ("b", second))
            for entity in (RUSSIA, UKRAINE)
        ),
    )


def test_events_follow_the_articles_order_not_the_extractions() -> None:
    first, second = "Russia shelled Ukraine.", "Ukraine shelled Russia."
    articles = [Article("b", "b.txt", second), Article("a", "a.txt", first)]
    linked = russia_and_ukraine(first, second)
    extractions = [
        Extraction("a", events=(record(first, "shelled", "ASSAULT", actor=0, target=15),)),
        Extraction("b", events=(record(second, "shelled", "ASSAULT", actor=0, target=16),)),
    ]
    assert [e.id for e in link_events(articles, extractions, linked, ())] == ["b/e1", "a/e1"]


def report(
    article: str, text: str, trigger: str, kind: str, **fields: int | None
) -> tuple[Article, Extraction]:
    """One article holding one event report; ``fields`` as in :func:`record`, plus its status."""
    status = fields.pop("status", None)
    event = record(text, trigger, kind, **fields)
    if status is not None:
        event = replace(event, status=status)  # type: ignore[arg-type]
    return Article(article, f"{article}.txt", text), Extraction(article, events=(event,))


def linked_reports(
    reports: list[tuple[Article, Extraction]], linked: LinkedEntities, times: tuple[Time, ...] = ()
) -> tuple[Event, ...]:
    return link_events([a for a, _ in reports], [e for _, e in reports], linked, times)


BRUSSELS = Entity("brussels", "Brussels", "GPE", country="BE")
GENEVA = Entity("geneva", "Geneva", "GPE", country="CH")


def summit_reports(second_place: Entity = BRUSSELS, second_day: str = "2022-01-14") -> tuple[Event, ...]:
    """A summit with no named party in two articles, each with its place and its day."""
    first_text = "Leaders hold a summit in Brussels on Friday."
    second_text = f"A summit in {second_place.name} is set for Friday."
    linked = LinkedEntities(
        (BRUSSELS, GENEVA),
        (
            mention(BRUSSELS, "a", first_text, "Brussels"),
            mention(second_place, "b", second_text, second_place.name),
        ),
    )
    reports = [
        report("a", first_text, "summit", "CONSULT", place=first_text.index("Brussels"), time=0),
        report("b", second_text, "summit", "CONSULT", place=second_text.index(second_place.name), time=0),
    ]
    return linked_reports(reports, linked, (day("a", 1, "2022-01-14"), day("b", 1, second_day)))


def test_the_same_place_on_the_same_day_ties_two_reports_without_named_parties() -> None:
    first, second = summit_reports()
    assert second.same_as == first.id


def test_the_same_place_on_another_day_is_another_event() -> None:
    assert summit_reports(second_day="2022-01-21")[1].same_as is None


def test_another_place_on_the_same_day_is_another_event() -> None:
    assert summit_reports(second_place=GENEVA)[1].same_as is None


def test_the_same_sentence_in_a_near_copy_ties_two_reports_without_named_parties() -> None:
    text = "The central bank went on cutting the value it assigns to the collateral the banks pledge."
    reports = [report(a, text, "cutting", "SANCTION") for a in ("a", "b")]
    first, second = linked_reports(reports, LinkedEntities((), ()))
    assert second.same_as == first.id


def test_a_near_copy_with_a_word_changed_is_still_tied_to_the_first_report() -> None:
    first = "The central bank went on cutting the value it assigns to the collateral the banks pledge."
    second = first.replace("assigns", "gives")  # the first word of the sentence's sorted words
    reports = [report("a", first, "cutting", "SANCTION"), report("b", second, "cutting", "SANCTION")]
    one, other = linked_reports(reports, LinkedEntities((), ()))
    assert other.same_as == one.id


def test_a_report_is_compared_only_with_first_reports_it_shares_something_with(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compared = []
    ties = events._ties
    monkeypatch.setattr(events, "_ties", lambda *args: compared.append(args[0].id) or ties(*args))
    texts = [f"Unit{n} guards cut the fence at outpost number{n} overnight near farm{n}." for n in range(60)]
    reports = [report(f"a{n}", text, "cut", "SANCTION") for n, text in enumerate(texts)]
    reports.append(report("copy", texts[41], "cut", "SANCTION"))
    *_, copy = linked_reports(reports, LinkedEntities((), ()))
    assert copy.same_as == "a41/e1"
    assert compared == ["a41/e1"]


def test_a_threat_is_never_the_same_event_as_one_that_happened() -> None:
    first_text = "Russia threatened to invade Ukraine."
    second_text = "Russia invaded Ukraine."
    linked = russia_and_ukraine(first_text, second_text)
    reports = [
        report(
            "a",
            first_text,
            "invade",
            "ASSAULT",
            actor=0,
            target=first_text.index("Ukraine"),
            status="threatened",
        ),
        report("b", second_text, "invaded", "ASSAULT", actor=0, target=second_text.index("Ukraine")),
    ]
    assert linked_reports(reports, linked)[1].same_as is None


def test_an_event_between_equals_is_the_same_whichever_party_is_named_first() -> None:
    first_text, second_text = "Russia met Ukraine on Monday.", "Ukraine met Russia on Monday."
    linked = russia_and_ukraine(first_text, second_text)
    reports = [
        report("a", first_text, "met", "CONSULT", actor=0, target=first_text.index("Ukraine")),
        report("b", second_text, "met", "CONSULT", actor=0, target=second_text.index("Russia")),
    ]
    first, second = linked_reports(reports, linked)
    assert second.same_as == first.id


# Public parties

DEAL_TEXT = "Ostrava Rovers hired Karel Novak, and Dunmore Logistics signed a deal with Karel Novak."


@pytest.mark.parametrize(
    ("roles", "private"),
    [
        pytest.param((Role("manager", "ostrava-rovers", True, "a", 0, 0),), True, id="a-clubs-manager"),
        pytest.param((), False, id="no-office-stated"),
        pytest.param((Role("chairman", None, True, "a", 0, 0),), False, id="an-office-of-no-body-named"),
        pytest.param((Role("senator", "ostrava-rovers", True, "a", 0, 0),), False, id="a-public-office"),
    ],
)
def test_a_deal_between_a_company_and_a_private_person_is_marked_private(roles, private) -> None:  # type: ignore[no-untyped-def]
    club = Entity("ostrava-rovers", "Ostrava Rovers", "ORG")
    firm = Entity("dunmore-logistics", "Dunmore Logistics", "ORG")
    person = Entity("karel-novak", "Karel Novak", "PERSON", roles=roles)
    linked = LinkedEntities(
        (club, firm, person),
        (
            mention(club, "a", DEAL_TEXT, "Ostrava Rovers"),
            mention(firm, "a", DEAL_TEXT, "Dunmore Logistics"),
            mention(person, "a", DEAL_TEXT, "Karel Novak"),
        ),
    )
    event = record(
        DEAL_TEXT, "signed", "AGREE", actor=DEAL_TEXT.index("Dunmore"), target=DEAL_TEXT.index("Karel")
    )
    found = link_one(DEAL_TEXT, linked, event)
    assert ("private-parties" in found.evidence) == private


def test_violence_between_private_parties_is_still_news() -> None:
    text = "Dunmore Logistics staff attacked a Rovers bus."
    firm = Entity("dunmore-logistics", "Dunmore Logistics", "ORG")
    linked = LinkedEntities((firm,), (mention(firm, "a", text, "Dunmore Logistics"),))
    event = record(text, "attacked", "ASSAULT", actor=0)
    assert "private-parties" not in link_one(text, linked, event).evidence


@pytest.mark.parametrize(
    ("roles", "asserted_one"),
    [
        pytest.param((), False, id="nobody-in-office"),
        pytest.param((Role("senator", None, True, "a", 0, 0),), True, id="a-senator"),
    ],
)
def test_an_event_with_no_public_party_is_never_asserted(roles, asserted_one) -> None:  # type: ignore[no-untyped-def]
    text = "The Larks sought guidance from Karel Novak."
    band = Entity("the-larks", "The Larks", "ORG")
    person = Entity("karel-novak", "Karel Novak", "PERSON", roles=roles)
    linked = LinkedEntities(
        (band, person), (mention(band, "a", text, "The Larks"), mention(person, "a", text, "Karel Novak"))
    )
    event = record(text, "sought", "REQUEST", actor=0, target=text.index("Karel"))
    found = replace(link_one(text, linked, event), confidence=0.99)
    assert asserted(found) == asserted_one
