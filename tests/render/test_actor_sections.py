"""Both reports list a state that speaks or acts among the actors, with what it says and does, and
leave a place that only hosts things under Places.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from sitroom.render.html import brief_to_html
from sitroom.render.markdown import brief_to_markdown
from sitroom.types import Article, Brief, Entity, Event, Mention, Meta, Quote

TEXT = "Peru said it would not sign. Peru then blocked the vote. The meeting took place in Bolivia."


def at(phrase: str, nth: int = 0) -> tuple[int, int]:
    """The span of the ``nth`` occurrence of ``phrase`` in TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(phrase, start + 1)
    return start, start + len(phrase)


def event(
    event_id: str, phrase: str, kind: str, *, actor: str | None = None, place: str | None = None
) -> Event:
    """An event at ``phrase`` that took place, with no target and nothing acted for."""
    return Event(
        event_id, "a", *at(phrase), phrase, kind, None, actor, None, None, None, place, None, "occurred"
    )


def summit() -> Brief:
    """Peru speaks once and acts once; Bolivia only hosts the meeting."""
    peru = Entity("e-peru", "Peru", "GPE", country="PE", articles=("a",), mention_count=2)
    bolivia = Entity("e-bolivia", "Bolivia", "GPE", country="BO", articles=("a",), mention_count=1)
    quote = Quote("q1", "a", *at("it would not sign"), "it would not sign", "indirect", speaker="e-peru")
    blocked = event("v1", "blocked", "REJECT", actor="e-peru")
    met = event("v2", "took place", "CONSULT", place="e-bolivia")
    mentions = (
        Mention("e-peru", "a", *at("Peru")),
        Mention("e-peru", "a", *at("Peru", 1)),
        Mention("e-bolivia", "a", *at("Bolivia")),
    )
    return Brief(
        Meta("0.1.0", None),
        articles=(Article("a", "a.txt", TEXT, language="en"),),
        entities=(peru, bolivia),
        mentions=mentions,
        quotes=(quote,),
        events=(blocked, met),
    )


def section(page: str, start: str, end: str) -> str:
    return page.split(start)[1].split(end)[0]


def test_markdown_lists_a_state_that_acts_among_actors_with_what_it_says_and_does():
    page = brief_to_markdown(summit())
    actors = section(page, "## Actors", "## Places")
    assert "**Peru**" in actors and "| 1 quotation · 1 event |" in actors
    assert "Says and does" in actors
    places = section(page, "## Places", "## Groups")
    assert "**Bolivia**" in places and "**Peru**" not in places


def test_html_lists_a_state_that_acts_among_actors_with_what_it_says_and_does():
    page = brief_to_html(summit())
    actors = section(page, '<section id="actors">', "</section>")
    assert "Peru" in actors and "<td>1 quotation · 1 event</td>" in actors
    places = section(page, '<section id="places">', "</section>")
    assert "Bolivia" in places and "Peru" not in places
