"""Stories: the analysed articles told apart into stories, each with its headline, summary and timeline.

The articles are clustered online in input order by :class:`~sitroom.link.clustering.StoryIndex` (or
follow the story numbers a store already gave them), so a story keeps its id ``s<n>`` — the n-th story
opened — as more articles arrive. Each story is titled by its most central headline: the member whose
content terms are closest to the story's centroid (TF-IDF over the analysed articles), ties in input
order; it is summarised by a few of its articles' own sentences, chosen for centrality and for the key
events they report, without repeats (:mod:`sitroom.link.overview`); and its timeline orders the first
report of each of its real events by the day it happened (its own date, else its article's), undated
events last. Copies and articles in other languages join no story.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from sitroom.link.clustering import StoryIndex, cosine, document_frequencies, idf, unit_tf
from sitroom.link.overview import Reach, event_reach, summarise
from sitroom.timex import day_range
from sitroom.types import Article, Event, Extraction, Story, Time

__all__ = ["StoryIndex", "build_stories"]


def build_stories(
    articles: list[Article],
    extractions: Sequence[Extraction],
    events: tuple[Event, ...],
    times: tuple[Time, ...],
    assignment: Sequence[int] | None = None,
    *,
    summaries: bool = True,
) -> tuple[Story, ...]:
    """The stories of the analysable ``articles``, in the order they were opened.

    ``extractions`` are the analysable articles' (matched by article id); ``assignment``, when given,
    holds one story number (0-based, in order of opening) per analysable article, in their order, and
    replaces the clustering. ``summaries=False`` leaves every summary empty, for a listing that shows
    none and must stay quick on a large store.
    """
    analysed = [a for a in articles if a.analysable]
    by_article = {e.article_id: e for e in extractions}
    if assignment is None:
        index = StoryIndex()
        assignment = [index.add(a, by_article.get(a.id)) for a in analysed]
    elif len(assignment) != len(analysed):
        raise ValueError(f"{len(assignment)} story numbers for {len(analysed)} analysable articles")
    members: dict[int, list[Article]] = {}
    for article, number in zip(analysed, assignment, strict=True):
        members.setdefault(number, []).append(article)
    centrality = _centrality(analysed, by_article, members)
    published = {a.id: a.published for a in articles}
    outlets = {a.id: a.outlet for a in articles}
    reach = event_reach(events, outlets) if summaries else None
    events_of: dict[str, list[Event]] = {}
    for event in events:
        events_of.setdefault(event.article, []).append(event)
    values = {t.id: t.value for t in times}
    return tuple(
        _story(number, members[number], centrality, events_of, values, published, outlets, reach)
        for number in sorted(members)
    )


def _story(
    number: int,
    members: list[Article],
    centrality: Mapping[str, float],
    events_of: Mapping[str, list[Event]],
    values: Mapping[str, str | None],
    published: Mapping[str, str | None],
    outlets: Mapping[str, str | None],
    reach: Mapping[str, Reach] | None,
) -> Story:
    """Story ``number`` of ``members``; without ``reach`` (see ``summaries``), without a summary.
    ``events_of`` holds each article's events in brief order; ``values`` each time's value by id."""
    central = sorted(members, key=lambda a: -centrality[a.id])  # stable: ties keep input order
    dates = [a.published for a in members if a.published]
    own = tuple(e for a in members for e in events_of.get(a.id, ()))  # members and events: brief order
    summary = (
        summarise(members, own, outlets=outlets, centrality=centrality, reach=reach)
        if reach is not None
        else ()
    )
    return Story(
        id=f"s{number + 1}",
        title=next((a.title for a in central if a.title), None) or _size(len(members)),
        articles=tuple(a.id for a in members),
        summary=summary,
        timeline=_timeline(own, values, published),
        first=min(dates) if dates else None,
        last=max(dates) if dates else None,
    )


def _centrality(
    analysed: list[Article], by_article: Mapping[str, Extraction], members: Mapping[int, list[Article]]
) -> dict[str, float]:
    """Each article's cosine with its story's centroid (the sum of its members' TF-IDF term vectors)."""
    counts = {a.id: dict(e.terms) if (e := by_article.get(a.id)) else {} for a in analysed}
    weigh = idf(*document_frequencies(counts.values()))
    vectors = {key: {t: w * weigh(t) for t, w in unit_tf(bag).items()} for key, bag in counts.items()}
    centrality: dict[str, float] = {}
    for group in members.values():
        centroid: dict[str, float] = {}
        for article in group:
            for term, w in vectors[article.id].items():
                centroid[term] = centroid.get(term, 0.0) + w
        # rounded, so members a rounding error apart tie and keep their input order
        centrality.update({a.id: round(cosine(vectors[a.id], centroid), 9) for a in group})
    return centrality


def _size(count: int) -> str:
    return "1 article" if count == 1 else f"{count} articles"


def _timeline(
    events: tuple[Event, ...], values: Mapping[str, str | None], published: Mapping[str, str | None]
) -> tuple[str, ...]:
    """First reports only, by the first day each happened on; ties keep brief order."""

    def when(event: Event) -> tuple[bool, date]:
        found = day_range(values.get(event.time or "")) or day_range(published.get(event.article))
        return (found is None, found.first if found else date.max)

    return tuple(e.id for e in sorted((e for e in events if e.same_as is None), key=when))
