"""The stories a store holds, as ``sitroom stories`` lists them: newest activity first.

Each story is told by its title (its most central headline), its first and last publication dates, its
articles (copies are not members: they are counted apart, once, with their originals), its outlets and its
top actors — the people, organisations and places named in most of its articles — and its activity: how
many event readings with a named participant its articles hold on each day they were published (before
linking: reports, so an event two outlets carry counts twice, and weak readings count too). Only the
stored extractions are read; nothing is parsed or linked, so listing stays quick on a large store.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sitroom.link import build_stories
from sitroom.store.database import Store
from sitroom.types import EventRecord

TOP_ACTORS = 5
_ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE"})


@dataclass(frozen=True, slots=True)
class StoryListing:
    """One line of ``sitroom stories``."""

    id: str
    title: str
    first: str | None
    last: str | None
    articles: tuple[str, ...]
    copies: int
    outlets: tuple[str, ...]
    actors: tuple[str, ...]
    activity: tuple[tuple[str, int], ...] = ()  # (day, events reported that day), days in order


def list_stories(store: Store) -> list[StoryListing]:
    """Every story in ``store``, the most recently active first (undated ones last, larger first)."""
    rows = store.articles()
    members = store.story_members()
    joined = [(key, article) for key, article in rows if key in members]
    extractions = store.extractions(key for key, _ in joined)
    stories = build_stories(
        [article for _, article in joined],
        [extractions[key] for key, _ in joined],
        (),
        (),
        [members[key] for key, _ in joined],
        summaries=False,  # the listing shows none
    )
    by_id = {article.id: (key, article) for key, article in joined}
    copies = Counter(a.copy_of.article for _, a in rows if a.copy_of is not None)
    listed = []
    for story in stories:
        articles = [by_id[article_id][1] for article_id in story.articles]
        named: Counter[str] = Counter()
        activity: Counter[str] = Counter()
        for article in articles:
            extraction = extractions[by_id[article.id][0]]
            named.update({m.key for m in extraction.mentions if m.type in _ACTOR_TYPES})
            if article.published:
                activity[article.published[:10]] += sum(map(_reported, extraction.events))
        listed.append(
            StoryListing(
                id=story.id,
                title=story.title,
                first=story.first,
                last=story.last,
                articles=story.articles,
                copies=sum(copies[article_id] for article_id in story.articles),
                outlets=tuple(sorted({a.outlet for a in articles if a.outlet})),
                actors=tuple(
                    name
                    for name, _ in sorted(named.items(), key=lambda item: (-item[1], item[0]))[:TOP_ACTORS]
                ),
                activity=tuple(sorted(activity.items())),
            )
        )
    return sorted(listed, key=lambda s: (s.last is None, _negated(s.last), -len(s.articles), s.id))


def _reported(event: EventRecord) -> bool:
    """Whether an event reading names a participant (one with none is noise on any chart)."""
    return any(p is not None for p in (event.actor, event.target, event.actor_for, event.target_for))


def _negated(day: str | None) -> tuple[int, ...]:
    """A date's sort key for newest first."""
    return tuple(-int(part) for part in day.split("-")) if day else ()
