"""An actor's page: the offices it holds over time, everything it says and does, as actor or target,
across stories, and its own timeline.

The actor is found by name in the store's name index and read in the brief of the most recent articles
naming it (see :mod:`sitroom.web.archive`); the entity whose name or alias it is, most mentioned first,
is the actor. Its events are the timeline's (each real event once, only what the brief asserts) in which it,
or a participant acting for it, is actor or target.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from sitroom.render.chart import events_chart
from sitroom.render.events import TimelineEvent, timeline
from sitroom.render.json import brief_to_dict
from sitroom.render.report import Office, Report, SpeakerRow, build_report
from sitroom.types import Brief, Entity, Event
from sitroom.web.archive import ACTOR_ARTICLES, Archive, NotFound
from sitroom.web.templating import page

router = APIRouter()


@dataclass(frozen=True, slots=True)
class OfficeHeld:
    """An office as the report reads it (one per title and organisation, the organisation filled in from
    the entity's other statements), with the first and last dates it is stated on."""

    office: Office
    first: str | None
    last: str | None


@dataclass(frozen=True, slots=True)
class ActorView:
    entity: Entity
    offices: tuple[OfficeHeld, ...]
    said: SpeakerRow | None
    did: tuple[TimelineEvent, ...]
    done_to: tuple[TimelineEvent, ...]
    stories: tuple[tuple[str, str, int], ...]  # (story id, title, articles naming the actor)
    chart: Markup
    articles: int
    capped: bool


@router.get("/actors/{name}", response_class=HTMLResponse, include_in_schema=False)
def actor_page(request: Request, name: str) -> HTMLResponse:
    archive: Archive = request.app.state.archive
    view = archive.memo(("actor-view", name), lambda: _view(archive, name))
    return page(request, "actor.html.j2", view=view)


@router.get("/api/actors/{name}", summary="One actor across the archive")
def actor_records(request: Request, name: str) -> dict:
    """The entity named `name` (or with it as an alias) and the Brief JSON records of its quotations and
    of the events it takes part in, in the brief of the most recent articles naming it."""
    brief = request.app.state.archive.actor_brief(name)
    entity = _entity(brief, name)
    records = brief_to_dict(brief)
    involved = {e.id for e in brief.events if _involves(e, entity.id)}
    return {
        "entity": next(e for e in records["entities"] if e["id"] == entity.id),
        "quotes": [q for q in records["quotes"] if q["speaker"] == entity.id],
        "events": [e for e in records["events"] if e["id"] in involved],
        "articles": [a["id"] for a in records["articles"]],
    }


def _view(archive: Archive, name: str) -> ActorView:
    brief = archive.actor_brief(name)
    entity = _entity(brief, name)
    report = build_report(brief)
    line = timeline(brief)
    events = {e.id: e for e in brief.events}
    involved = [t for t in line.events if _involves(events[t.id], entity.id)]
    did = tuple(t for t in involved if entity.id in (events[t.id].actor, events[t.id].actor_for))
    names = {e.name for e in brief.entities if e.id == entity.id}
    pairs = tuple(p for p in line.pairs if p.actor in names or p.target in names)
    story_of = archive.story_of()
    stories = Counter(story_of[a] for a in entity.articles if a in story_of)
    titles = {s.id: s.title for s in archive.stories()}
    return ActorView(
        entity=entity,
        offices=_offices(brief, report, entity),
        said=next((row for row in report.quotes.named if row.entity == entity.id), None),
        did=did,
        done_to=tuple(t for t in involved if t not in did),
        stories=tuple((s, titles.get(s, s), n) for s, n in stories.most_common()),
        chart=Markup(events_chart(replace(line, events=tuple(involved), pairs=pairs, weaker=()))),
        articles=len(brief.articles),
        capped=len(brief.articles) >= ACTOR_ARTICLES,
    )


def _entity(brief: Brief, name: str) -> Entity:
    wanted = name.casefold()
    found = [
        e
        for e in brief.entities
        if e.name.casefold() == wanted or wanted in {a.casefold() for a in e.aliases}
    ]
    if not found:
        raise NotFound(f"No actor named {name!r} in this store.")
    return max(found, key=lambda e: (e.name.casefold() == wanted, e.mention_count))


def _involves(event: Event, entity: str) -> bool:
    return entity in (event.actor, event.target, event.actor_for, event.target_for)


def _offices(brief: Brief, report: Report, entity: Entity) -> tuple[OfficeHeld, ...]:
    """The entity's offices as the report reads them, ordered by when they are first stated."""
    published = {a.id: a.published for a in brief.articles}
    rows = (*report.actors, *report.places, *report.groups)
    row = next((r for r in rows if r.id == entity.id), None)
    held = []
    for office in row.offices if row else ():
        days = sorted(d for span in office.spans if (d := published.get(span.article)))
        held.append(OfficeHeld(office, days[0] if days else None, days[-1] if days else None))
    return tuple(sorted(held, key=lambda o: (o.first is None, o.first or "", o.office.title)))
