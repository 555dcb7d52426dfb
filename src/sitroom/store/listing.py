"""The stories a store holds, as ``sitroom stories`` lists them: newest activity first.

Each story is told by its title (its most central headline), its first and last publication dates, its
articles (copies are not members: they are counted apart, once, with their originals), its outlets and its
top actors — the people, organisations and places named in most of its articles. Only the stored
extractions are read; nothing is parsed or linked, so listing stays quick on a large store.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sitroom.link import build_stories
from sitroom.store.database import Store

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
    )
    by_id = {article.id: (key, article) for key, article in joined}
    copies = Counter(a.copy_of.article for _, a in rows if a.copy_of is not None)
    listed = []
    for story in stories:
        articles = [by_id[article_id][1] for article_id in story.articles]
        named: Counter[str] = Counter()
        for article_id in story.articles:
            mentions = extractions[by_id[article_id][0]].mentions
            named.update({m.key for m in mentions if m.type in _ACTOR_TYPES})
        listed.append(
            StoryListing(
                id=story.id,
                title=story.title,
                first=story.first,
                last=story.last,
                articles=story.articles,
                copies=sum(copies[article_id] for article_id in story.articles),
                outlets=tuple(sorted({a.outlet for a in articles if a.outlet})),
                actors=tuple(name for name, _ in named.most_common(TOP_ACTORS)),
            )
        )
    return sorted(listed, key=lambda s: (s.last is None, _negated(s.last), -len(s.articles), s.id))


def _negated(day: str | None) -> tuple[int, ...]:
    """A date's sort key for newest first."""
    return tuple(-int(part) for part in day.split("-")) if day else ()
