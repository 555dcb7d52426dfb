"""Events across the corpus: participants as entities, what each acts for, and one real event many reports.

A person acts for the state or organisation of their office (Lavrov → Russia), a metonym for what it
stands for (the Kremlin → Russia), a group or people for its country (Greek officials → Greece). Reports in
different articles of the same type, between the same parties (as resolved), on compatible days are one
real event: every later report points at the first with ``same_as``.
"""

from __future__ import annotations

from dataclasses import replace

from sitroom.link.entities import LinkedEntities
from sitroom.link.times import time_id
from sitroom.timex import day_range
from sitroom.types import Article, Entity, Event, Extraction, Mention, Time

_ACTS_THROUGH_COUNTRY = {"GROUP", "NORP"}


def link_events(
    articles: list[Article], extractions: list[Extraction], linked: LinkedEntities, times: tuple[Time, ...]
) -> tuple[Event, ...]:
    """Every article's events as brief events in article and text order, later reports of one real event
    pointing at the first."""
    order = {article.id: n for n, article in enumerate(articles)}
    texts = {article.id: article.text for article in articles}
    mention_at = {(m.article, m.start): m for m in linked.mentions}
    entities = {e.id: e for e in linked.entities}
    countries = _states_by_country(linked.entities)
    values = {t.id: t.value for t in times}
    events: list[Event] = []
    for extraction in sorted(extractions, key=lambda e: order[e.article_id]):
        article_id = extraction.article_id
        for n, record in enumerate(extraction.events, start=1):
            actor = mention_at.get((article_id, record.actor)) if record.actor is not None else None
            target = mention_at.get((article_id, record.target)) if record.target is not None else None
            place = mention_at.get((article_id, record.place)) if record.place is not None else None
            event = Event(
                id=f"{article_id}/e{n}",
                article=article_id,
                start=record.start,
                end=record.end,
                text=texts[article_id][record.start : record.end],
                type=record.type,
                mode=record.mode,
                actor=actor.entity if actor else None,
                actor_for=_acts_for(actor, entities, countries, article_id),
                target=target.entity if target else None,
                target_for=_acts_for(target, entities, countries, article_id),
                place=place.entity if place else None,
                time=time_id(article_id, record.time) if record.time is not None else None,
                status=record.status,
                quote=f"{article_id}/q{record.quote + 1}" if record.quote is not None else None,
            )
            events.append(_with_first_report(event, events, values))
    return tuple(events)


def _states_by_country(entities: tuple[Entity, ...]) -> dict[str, str]:
    """The place entity that is each country itself (type GPE), by ISO code: the first, most prominent."""
    states: dict[str, str] = {}
    for entity in entities:
        if entity.type == "GPE" and entity.country and entity.country not in states:
            states[entity.country] = entity.id
    return states


def _acts_for(
    mention: Mention | None, entities: dict[str, Entity], countries: dict[str, str], article_id: str
) -> str | None:
    """What a participant acts for, or None when it is itself the state or organisation (or unknown)."""
    if mention is None:
        return None
    if mention.stands_for:
        return mention.stands_for
    entity = entities.get(mention.entity)
    if entity is None:
        return None
    if entity.type == "PERSON":
        offices = sorted(
            (r for r in entity.roles if r.org and r.current is not False),
            key=lambda r: (r.article != article_id, r.start),
        )
        if offices:
            return offices[0].org
    if entity.type in _ACTS_THROUGH_COUNTRY | {"PERSON"} and entity.country:
        return countries.get(entity.country)
    return None


def _with_first_report(event: Event, earlier: list[Event], values: dict[str, str | None]) -> Event:
    """``event`` pointing at the first earlier report of the same real event in another article, if any."""
    actor = event.actor_for or event.actor
    target = event.target_for or event.target
    if actor is None and target is None:
        return event
    for other in earlier:
        if (
            other.same_as is None
            and other.article != event.article
            and other.type == event.type
            and (other.actor_for or other.actor) == actor
            and (other.target_for or other.target) == target
            and _compatible(values.get(other.time or ""), values.get(event.time or ""))
        ):
            return replace(event, same_as=other.id)
    return event


def _compatible(first: str | None, second: str | None) -> bool:
    """Two event dates that may be the same day: either unknown, or overlapping day ranges."""
    if first is None or second is None:
        return True
    a, b = day_range(first), day_range(second)
    if a is None or b is None:
        return first == second
    return a.first <= b.last and b.first <= a.last
