"""The "Stories" section: the stories the brief tells apart, each with its headline, dates and size.

A pile of articles may hold several stories (:mod:`sitroom.link.stories`); the reports list them in the
brief's order (the order they were opened), so a reader sees at once what the pile is about before the
Timeline, which draws the events of every story together.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from sitroom.render.spans import count_label
from sitroom.render.timex import date_label
from sitroom.types import Story


@dataclass(frozen=True, slots=True)
class StoryRow:
    """One story as the reports list it: its id, headline, dates as a reader writes them, size."""

    id: str
    title: str
    dates: str | None
    articles: int

    @property
    def size(self) -> str:
        """``3 articles``."""
        return count_label(self.articles, "article")


@dataclass(frozen=True, slots=True)
class Stories:
    """The Stories section: one row per story."""

    key: ClassVar[str] = "stories"
    title: ClassVar[str] = "Stories"

    rows: tuple[StoryRow, ...]


def stories(found: Iterable[Story]) -> Stories:
    """The section for the brief's ``stories``."""
    return Stories(tuple(StoryRow(s.id, s.title, _dates(s), len(s.articles)) for s in found))


def _dates(story: Story) -> str | None:
    """``29 Jun – 14 Jul 2015``, one day alone, or None for an undated story."""
    if not story.first or not story.last:
        return None
    return date_label(story.first if story.first == story.last else f"{story.first}/{story.last}")
