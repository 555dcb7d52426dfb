"""The "Dated mentions" section: what the articles say happened when, in the order it happened.

The brief's dates become a timeline: one entry per resolved date (value and mod), ordered by the first day
it covers, each with every mention of it in the words of its sentence, so the reader sees what happened
then and can check it in one click. Dates an undated article leaves unresolved follow, saying why; durations
and recurring times ("three years", "every week") are not points in time and are listed apart.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from sitroom.render.spans import Sourced, Span, article_order, span_of
from sitroom.render.timex import date_label
from sitroom.timex import DayRange, day_range
from sitroom.types import Article, Time

CONTEXT_CHARS = 90  # words shown on each side of a time expression, cut at a word boundary
_WINDOW = 4 * CONTEXT_CHARS  # how far to look for the sentence's ends; beyond it the words are cut anyway
# (a search stopped at the window's edge may take that edge for the end of the text: it is cut anyway)
# Where a sentence starts: after a full stop, question or exclamation mark (and any closing quote or
# bracket) followed by a space, or after a line break. "Mr. Quill" splits too; the cost is a shorter context.
_SENTENCE_START = re.compile(r"[.!?][\"'”’)\]]*\s|\n")
# Where a sentence ends: after such a mark followed by a space or the end of the text, or at a line break.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s|$)|(?=\n)")
NO_DATE = "not resolved: the article has no publication date"
UNRESOLVED = "not resolved"


@dataclass(frozen=True, slots=True)
class DatedMention(Sourced):
    """A time expression as written, with the words before and after it in its sentence.

    ``before`` and ``after`` have their whitespace flattened and start or end with "…" where the sentence
    was cut; ``published`` is the date of the article the expression is in.
    """

    span: Span
    text: str
    before: str
    after: str
    published: str | None


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One resolved date (a TIMEX3 value and mod), labelled for a reader, with every mention of it.

    ``days`` is what the value covers (None when it cannot be read; such entries come last).
    """

    value: str
    mod: str | None
    label: str
    granularity: str | None
    days: DayRange | None
    mentions: tuple[DatedMention, ...]


@dataclass(frozen=True, slots=True)
class UndatedMention:
    """A date expression left without a value, and why."""

    mention: DatedMention
    reason: str


@dataclass(frozen=True, slots=True)
class PeriodRow:
    """A duration or recurring time: not a point on the timeline, so listed with its value (``P3Y``)."""

    text: str
    type: str
    value: str | None
    span: Span


@dataclass(frozen=True, slots=True)
class DatedMentions:
    """The timeline of resolved dates, then unresolved date expressions, then durations and recurrences."""

    key: ClassVar[str] = "times"
    title: ClassVar[str] = "Dated mentions"
    undated_title: ClassVar[str] = "Not dated"
    periods_title: ClassVar[str] = "Durations and repeats"

    entries: tuple[TimelineEntry, ...]
    undated: tuple[UndatedMention, ...]
    periods: tuple[PeriodRow, ...]

    @property
    def empty(self) -> bool:
        return not (self.entries or self.undated or self.periods)


def dated_mentions(times: Sequence[Time], articles: Mapping[str, Article]) -> DatedMentions:
    """The section from the brief's times: every time is in exactly one of its three lists.

    Times are taken in article order and then position, so every list reads in that order and entries
    that start and end on the same days keep the order of their first mentions.
    """
    order = article_order(articles)
    ordered = sorted(times, key=lambda t: (order.get(t.article, len(order)), t.article, t.start, t.end))
    dates = [t for t in ordered if t.type == "date"]
    return DatedMentions(
        entries=_timeline([t for t in dates if t.value], articles),
        undated=tuple(UndatedMention(_mention(t, articles), _why(t, articles)) for t in dates if not t.value),
        periods=tuple(
            PeriodRow(t.text, t.type, t.value, span_of(articles, t.article, t.start, t.end))
            for t in ordered
            if t.type != "date"
        ),
    )


def sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of the sentence before and after ``text[start:end]``, each side at most ``CONTEXT_CHARS``.

    Whitespace runs become one space; a side that had to be cut is cut at a word and marked with "…".
    """
    lo, hi = max(0, start - _WINDOW), min(len(text), end + _WINDOW)
    starts = list(_SENTENCE_START.finditer(text, lo, start))
    first = starts[-1].end() if starts else lo
    # Searching from the expression's last character catches a full stop it swallowed ("on 30 June.").
    stop = _SENTENCE_END.search(text, max(start, end - 1), hi)
    last = max(end, stop.end()) if stop else hi
    before = _flat(text[first:start]).lstrip()
    after = _flat(text[end:last]).rstrip()
    return _cut_left(before), _cut_right(after)


# Where in its period a mod places a date, as a share of the period: "mid-July" is half-way through July.
_MOD_POSITION = {"MID": 0.5, "LATE": 2 / 3, "END": 1.0}


def _timeline(times: Sequence[Time], articles: Mapping[str, Article]) -> tuple[TimelineEntry, ...]:
    """One entry per (value, mod), by first day then last day (finer first); unreadable values last."""
    grouped: dict[tuple[str, str | None], list[Time]] = {}
    for time in times:
        grouped.setdefault((str(time.value), time.mod), []).append(time)
    entries = [_entry(value, mod, found, articles) for (value, mod), found in grouped.items()]
    return tuple(sorted(entries, key=_chronology))


def _entry(
    value: str, mod: str | None, times: Sequence[Time], articles: Mapping[str, Article]
) -> TimelineEntry:
    """The entry for one resolved date; its granularity is the extractor's where it gave one."""
    days = day_range(value)
    stated = next((t.granularity for t in times if t.granularity), None)
    return TimelineEntry(
        value=value,
        mod=mod,
        label=date_label(value, mod),
        granularity=stated or (days.granularity if days else None),
        days=days,
        mentions=tuple(_mention(t, articles) for t in times),
    )


def _chronology(entry: TimelineEntry) -> tuple[bool, date, date]:
    """Sort key: readable values first, by the day the mod points at, then the last day (ties keep
    first-mention order): "mid-July" sorts in the middle of July, "the end of June" at its end."""
    if entry.days is None:
        return (True, date.max, date.max)
    first, last = entry.days.first, entry.days.last
    share = _MOD_POSITION.get(entry.mod or "", 0.0)
    return (False, first + (last - first) * share, last)


def _mention(time: Time, articles: Mapping[str, Article]) -> DatedMention:
    article = articles.get(time.article)
    before, after = sentence_around(article.text, time.start, time.end) if article else ("", "")
    return DatedMention(
        span=span_of(articles, time.article, time.start, time.end),
        text=time.text,
        before=before,
        after=after,
        published=article.published if article else None,
    )


def _why(time: Time, articles: Mapping[str, Article]) -> str:
    """An undated article's relative expressions are left unresolved on purpose (never guessed)."""
    article = articles.get(time.article)
    return NO_DATE if article is not None and not article.published else UNRESOLVED


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _cut_left(words: str) -> str:
    """The last ``CONTEXT_CHARS`` of ``words``, starting at a whole word, after "…" if anything was cut."""
    if len(words) <= CONTEXT_CHARS:
        return words
    kept = words[-CONTEXT_CHARS:]
    return "…" + (kept.partition(" ")[2] or kept)


def _cut_right(words: str) -> str:
    """The first ``CONTEXT_CHARS`` of ``words``, ending at a whole word, then "…" if anything was cut."""
    if len(words) <= CONTEXT_CHARS:
        return words
    kept = words[:CONTEXT_CHARS]
    return (kept.rpartition(" ")[0] or kept) + "…"


__all__ = [
    "DatedMention",
    "DatedMentions",
    "PeriodRow",
    "TimelineEntry",
    "UndatedMention",
    "dated_mentions",
    "sentence_around",
]
