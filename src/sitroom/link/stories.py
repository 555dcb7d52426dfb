"""Stories: for now one per input set, with its events in time order, each real event once.

Story clustering comes later (issue text: keep the field shape); the one story spans every analysed article,
is titled by its earliest headline, summarised by the lead sentences of its first articles, and its
timeline orders the first report of each real event by the day it happened (its own date, else its
article's), undated events last.
"""

from __future__ import annotations

import re
from datetime import date

from sitroom.timex import day_range
from sitroom.types import Article, Event, Story, SummaryLine, Time

_SUMMARY_ARTICLES = 3
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"“‘']?[A-Z])")


def build_stories(
    articles: list[Article], events: tuple[Event, ...], times: tuple[Time, ...]
) -> tuple[Story, ...]:
    """The one story of the input set, or none when no article was analysed."""
    analysed = [a for a in articles if a.analysable and a.duplicate_of is None]
    if not analysed:
        return ()
    dated = sorted(
        (a for a in analysed), key=lambda a: (a.published is None, a.published or "", articles.index(a))
    )
    published = [a.published for a in analysed if a.published]
    title = next((a.title for a in dated if a.title), None) or f"{len(analysed)} articles"
    return (
        Story(
            id="s1",
            title=title,
            articles=tuple(a.id for a in analysed),
            summary=tuple(line for a in dated[:_SUMMARY_ARTICLES] if (line := _lead(a)) is not None),
            timeline=_timeline(events, times, {a.id: a.published for a in articles}),
            first=min(published) if published else None,
            last=max(published) if published else None,
        ),
    )


def _lead(article: Article) -> SummaryLine | None:
    """The article's first sentence, with its span."""
    text = article.text
    start = len(text) - len(text.lstrip())
    if start >= len(text):
        return None
    end = len(text.rstrip())
    for found in _SENTENCE_END.finditer(text, start):
        word = text[: found.start()].rsplit(None, 1)[-1]
        if not re.fullmatch(r"(?:[A-Z]\.)+|Mr\.|Mrs\.|Ms\.|Dr\.|St\.", word):
            end = found.start()
            break
    return SummaryLine(text[start:end], article.id, start, end)


def _timeline(
    events: tuple[Event, ...], times: tuple[Time, ...], published: dict[str, str | None]
) -> tuple[str, ...]:
    """First reports only, by the first day each happened on; ties keep brief order."""
    values = {t.id: t.value for t in times}

    def when(event: Event) -> tuple[bool, date]:
        found = day_range(values.get(event.time or "")) or day_range(published.get(event.article))
        return (found is None, found.first if found else date.max)

    return tuple(e.id for e in sorted((e for e in events if e.same_as is None), key=when))
