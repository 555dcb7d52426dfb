"""A hand-built brief for the Timeline and its charts: one meeting three outlets report, plans, a refusal.

Fictional wording about the January 2022 talks: ``wire-1`` reports a meeting, a plan and a refusal inside a
quotation; ``ledger-1`` and ``courier-1`` report the same meeting (``same_as``, the courier's through the
ledger's) and the ledger adds an accusation; ``note-1`` has neither date nor outlet.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitroom.types import Article, Brief, Entity, Event, Meta, Quote, Story, Time

WIRE = (
    "Sergei Lavrov met Antony Blinken in Geneva on Monday. Russia will hold talks with the US in Vienna "
    "next week. Lavrov said: We will never agree to that."
)
LEDGER = "Lavrov met Blinken in Geneva. Russia accused Washington of stalling."
COURIER = "The foreign ministers met in Geneva."
NOTE = "Russia threatened the US with a response."


def at(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


TEXTS = {"wire-1": WIRE, "ledger-1": LEDGER, "courier-1": COURIER, "note-1": NOTE}


def event(event_id: str, phrase: str, type_: str, status: str = "occurred", **fields: object) -> Event:
    """An event on ``phrase`` in the article its id starts with; participants, time, quote, ``same_as``
    and ``confidence`` (0.9: one the brief asserts when it names a participant) by keyword, the rest
    empty."""
    article = event_id.split("/")[0]
    empty = {
        **dict.fromkeys(("mode", "actor", "actor_for", "target", "target_for", "place", "time")),
        "confidence": 0.9,
    }
    span = at(TEXTS[article], phrase)
    return Event(event_id, article, *span, phrase, type_, status=status, **{**empty, **fields})


def talks_brief() -> Brief:
    articles = (
        Article("wire-1", "wire.txt", WIRE, title="Geneva talks", outlet="Wire", published="2022-01-10"),
        Article("ledger-1", "ledger.txt", LEDGER, outlet="Ledger", published="2022-01-11"),
        Article("courier-1", "courier.txt", COURIER, outlet="Courier", published="2022-01-12"),
        Article("note-1", "note.txt", NOTE),
    )
    entities = (
        Entity("e-lavrov", "Sergei Lavrov", "PERSON"),
        Entity("e-blinken", "Antony Blinken", "PERSON"),
        Entity("e-russia", "Russia", "GPE"),
        Entity("e-us", "United States", "GPE"),
        Entity("e-geneva", "Geneva", "GPE"),
    )
    times = (
        Time("wire-1/t1", "wire-1", *at(WIRE, "Monday"), "Monday", "date", "2022-01-10", "day"),
        Time("wire-1/t2", "wire-1", *at(WIRE, "next week"), "next week", "date", "2022-W03", "week"),
    )
    quote = Quote(
        "wire-1/q1",
        "wire-1",
        *at(WIRE, "We will never agree to that."),
        "We will never agree to that.",
        "direct",
        speaker="e-lavrov",
    )
    met = {
        "actor": "e-lavrov",
        "actor_for": "e-russia",
        "target": "e-blinken",
        "target_for": "e-us",
        "place": "e-geneva",
    }
    russia_us = {"actor": "e-russia", "target": "e-us"}
    events = (
        event("wire-1/e1", "met", "CONSULT", time="wire-1/t1", **met),
        event("wire-1/e2", "hold talks", "CONSULT", "planned", time="wire-1/t2", **russia_us),
        event(
            "wire-1/e3",
            "agree",
            "AGREE",
            "negated",
            quote="wire-1/q1",
            actor="e-lavrov",
            actor_for="e-russia",
            target="e-us",
        ),
        event("ledger-1/e1", "met", "CONSULT", same_as="wire-1/e1", **met),
        event("ledger-1/e2", "accused", "ACCUSE", actor="e-russia", target="e-us"),
        event("courier-1/e1", "met", "CONSULT", same_as="ledger-1/e1", actor="e-lavrov", target="e-blinken"),
        event("note-1/e1", "threatened", "THREATEN", **russia_us),
    )
    story = Story(
        "s1",
        "Geneva talks",
        tuple(a.id for a in articles),
        (),
        ("wire-1/e1", "wire-1/e3", "ledger-1/e2", "wire-1/e2", "note-1/e1"),
        "2022-01-10",
        "2022-01-12",
    )
    return Brief(
        Meta("0.1.0", None),
        articles=articles,
        entities=entities,
        quotes=(quote,),
        times=times,
        events=events,
        stories=(story,),
    )


@pytest.fixture
def talks() -> Brief:
    return talks_brief()


@pytest.fixture(name="event")
def event_factory() -> Callable[..., Event]:
    """:func:`event`, for tests that add events to the talks."""
    return event
