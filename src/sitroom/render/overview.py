"""The "Overview" and "Key developments" sections that open a brief and every story: what is happening,
in the articles' own words, and the events that most outlets report.

**Overview.** Each story's summary (:mod:`sitroom.link.overview` picks its sentences: central, covering
the key events, never two alike) as :class:`OverviewLine` items, each cited by its span, outlet and date,
in the order the link stage gives them (by date, then place). A brief of several stories shows the
largest first (its order breaks ties), up to ``OVERVIEW_STORIES``; the rest are counted.

**Key developments.** The real events the brief asserts, each once, as the Timeline draws them
(:func:`sitroom.render.events.timeline`): reported by the most outlets first, then the surest reading,
then the earliest, then the Timeline's order; up to ``KEY_DEVELOPMENTS``. Each keeps its status, so a
planned, threatened, hypothetical, negated or alleged event never reads as having happened.

Both are plain functions over a :class:`~sitroom.types.Brief`, optionally restricted to one story, so the
reports and the web app show the same thing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from sitroom.errors import StoryNotFound
from sitroom.render.events import Timeline, TimelineEvent, timeline
from sitroom.render.spans import Sourced, Span, span_of
from sitroom.render.stories import StoryRow, stories
from sitroom.types import Article, Brief, Story

KEY_DEVELOPMENTS = 8  # events listed as key developments
OVERVIEW_STORIES = 5  # stories a whole brief's overview tells; the Stories section lists them all


@dataclass(frozen=True, slots=True)
class OverviewLine(Sourced):
    """A sentence of the overview: an article's own words, with the article's outlet and date."""

    span: Span
    published: str | None

    @property
    def text(self) -> str:
        return self.span.text


@dataclass(frozen=True, slots=True)
class StoryOverview:
    """One story's overview: the story as the Stories section lists it, and its lines."""

    story: StoryRow
    lines: tuple[OverviewLine, ...]


@dataclass(frozen=True, slots=True)
class Overview:
    """The Overview section: the overview of each story shown, largest story first.

    ``more`` counts the brief's stories left out (see ``OVERVIEW_STORIES``).
    """

    key: ClassVar[str] = "summary"
    title: ClassVar[str] = "Overview"

    stories: tuple[StoryOverview, ...]
    more: int = 0

    @property
    def empty(self) -> bool:
        return not any(s.lines for s in self.stories)

    @property
    def lines(self) -> tuple[OverviewLine, ...]:
        """Every line shown, story by story."""
        return tuple(line for s in self.stories for line in s.lines)


@dataclass(frozen=True, slots=True)
class KeyDevelopments:
    """The Key developments section: the most widely reported real events, each once, with its status.

    ``total`` counts the asserted real events in scope, so a reader knows how many the Timeline holds.
    """

    key: ClassVar[str] = "developments"
    title: ClassVar[str] = "Key developments"

    events: tuple[TimelineEvent, ...]
    total: int

    @property
    def empty(self) -> bool:
        return not self.events

    @property
    def more(self) -> int:
        return self.total - len(self.events)


def overview(brief: Brief, story: str | None = None, *, limit: int = OVERVIEW_STORIES) -> Overview:
    """The overview of ``brief``, or of its story ``story`` (an id such as ``s2``).

    Args:
        brief: the brief, whose stories carry their summaries.
        story: a story id to tell only that story; None for the brief's stories, largest first.
        limit: how many stories a whole brief's overview tells at most.

    Returns:
        An :class:`Overview` whose lines cite their spans; empty when the brief has no story.

    Raises:
        StoryNotFound: ``story`` names no story of the brief.
    """
    articles = {a.id: a for a in brief.articles}
    if story is not None:
        return Overview((_story_overview(_story(brief, story), articles),))
    ranked = _largest_first(brief.stories)
    shown = ranked[: max(limit, 0)]
    return Overview(tuple(_story_overview(s, articles) for s in shown), more=len(ranked) - len(shown))


def key_developments(
    brief: Brief,
    story: str | None = None,
    *,
    limit: int = KEY_DEVELOPMENTS,
    threshold: float | None = None,
    events: Timeline | None = None,
) -> KeyDevelopments:
    """The key developments of ``brief``, or of its story ``story``: its real events, most reported first.

    Args:
        brief: the brief.
        story: a story id to keep only the events its articles report; None for the whole brief.
        limit: how many events to list at most.
        threshold: overrides ``Options.event_threshold`` for which events are asserted.
        events: the brief's :class:`~sitroom.render.events.Timeline` when the caller has built it
            already (with the same ``threshold``); it is built here otherwise.

    Returns:
        :class:`KeyDevelopments`: the events ranked by outlets reporting them (most first), then
        confidence (highest first), then the days they happened (earliest first, undated last), then the
        Timeline's order.

    Raises:
        StoryNotFound: ``story`` names no story of the brief.
    """
    drawn = events if events is not None else timeline(brief, threshold)
    found: Sequence[TimelineEvent] = drawn.events
    if story is not None:
        members = set(_story(brief, story).articles)
        found = [e for e in found if any(r.span.article in members for r in e.reports)]
    order = {e.id: n for n, e in enumerate(drawn.events)}
    ranked = sorted(found, key=lambda e: _rank(e, order))
    return KeyDevelopments(tuple(ranked[: max(limit, 0)]), len(found))


def _rank(event: TimelineEvent, order: Mapping[str, int]) -> tuple:
    days = event.when.days
    return (
        -event.outlets,
        -event.confidence,
        days is None,
        days.first if days else date.max,
        days.last if days else date.max,
        order[event.id],
    )


def _story(brief: Brief, story: str) -> Story:
    found = next((s for s in brief.stories if s.id == story), None)
    if found is None:
        raise StoryNotFound(story, tuple(s.id for s in brief.stories))
    return found


def _largest_first(found: Sequence[Story]) -> list[Story]:
    """The stories by size, largest first; the brief's order breaks ties."""
    return sorted(found, key=lambda s: -len(s.articles))


def _story_overview(story: Story, articles: Mapping[str, Article]) -> StoryOverview:
    (row,) = stories([story]).rows
    lines = []
    for line in story.summary:
        article = articles.get(line.article)
        span = span_of(articles, line.article, line.start, line.end)
        lines.append(OverviewLine(span, article.published if article else None))
    return StoryOverview(row, tuple(lines))


__all__ = [
    "KEY_DEVELOPMENTS",
    "OVERVIEW_STORIES",
    "KeyDevelopments",
    "Overview",
    "OverviewLine",
    "StoryOverview",
    "key_developments",
    "overview",
]
