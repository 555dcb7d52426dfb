"""The Brief as ``sitroom.brief/1`` JSON: fixed key order, no wall-clock fields, byte-identical reruns."""

from __future__ import annotations

import json

from sitroom.types import Article, Brief, Comparison, Entity, Event, Figure, Mention, Quote, Story, Time

FORMAT = "sitroom.brief/1"


def brief_to_dict(brief: Brief) -> dict:
    """The brief as plain JSON-ready data in the contract's field order."""
    return {
        "format": FORMAT,
        "meta": {
            "sitroom": brief.meta.sitroom,
            "model": brief.meta.model,
            "failed": [{"source": f.source, "reason": f.reason} for f in brief.meta.failed],
        },
        "articles": [_article(a) for a in brief.articles],
        "entities": [_entity(e) for e in brief.entities],
        "mentions": [_mention(m) for m in brief.mentions],
        "quotes": [quote_dict(q) for q in brief.quotes],
        "times": [time_dict(t) for t in brief.times],
        "figures": [figure_dict(f) for f in brief.figures],
        "events": [event_dict(e) for e in brief.events],
        "comparisons": [comparison_dict(c) for c in brief.comparisons],
        "stories": [story_dict(s) for s in brief.stories],
    }


def brief_to_json(brief: Brief) -> str:
    """The JSON document, indented, UTF-8 characters kept as they are, ending with a newline."""
    return json.dumps(brief_to_dict(brief), ensure_ascii=False, indent=1) + "\n"


# Each record's keys in the contract's order (DESIGN.md, "Brief JSON, format 1").
_ARTICLE = (
    "id",
    "source",
    "title",
    "outlet",
    "author",
    "url",
    "language",
    "published",
    "published_from",
    "genre",
    "duplicate_of",
    "copy_of",
    "text",
)
_ENTITY = ("id", "name", "type", "aliases", "country", "lat", "lon", "roles", "articles", "mention_count")
_ROLE = ("title", "org", "current", "article", "start", "end")
_MENTION = ("entity", "article", "start", "end", "stands_for")
_QUOTE = (
    "id",
    "article",
    "start",
    "end",
    "text",
    "parts",
    "kind",
    "speaker",
    "speaker_text",
    "speaker_start",
    "speaker_end",
    "cue",
    "cue_start",
    "cue_end",
    "time",
    "same_as",
    "confidence",
    "evidence",
)
_TIME = ("id", "article", "start", "end", "text", "type", "value", "granularity", "mod", "anchor")
_COMPARISON = ("kind", "verdict", "items", "note")
_EVENT = (
    "id",
    "article",
    "start",
    "end",
    "text",
    "type",
    "mode",
    "actor",
    "actor_for",
    "target",
    "target_for",
    "place",
    "time",
    "status",
    "quote",
    "same_as",
    "confidence",
    "evidence",
)
_STORY = ("id", "title", "articles", "summary", "timeline", "first", "last")
_SUMMARY = ("text", "article", "start", "end")
_FIGURE = (
    "id",
    "article",
    "start",
    "end",
    "text",
    "value",
    "high",
    "unit",
    "counts",
    "qualifier",
    "claimed_by",
)


def _fields(record: object, keys: tuple[str, ...]) -> dict:
    """A record as a dict with ``keys`` in order; tuples become lists (JSON arrays)."""
    return {key: _plain(getattr(record, key)) for key in keys}


def _plain(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value


def _article(a: Article) -> dict:
    copy = a.copy_of
    return {
        **_fields(a, _ARTICLE),
        "copy_of": None
        if copy is None
        else {"article": copy.article, "kind": copy.kind, "similarity": round(copy.similarity, 3)},
    }


def _entity(e: Entity) -> dict:
    return {**_fields(e, _ENTITY), "roles": [_fields(r, _ROLE) for r in e.roles]}


def _mention(m: Mention) -> dict:
    return _fields(m, _MENTION)


def quote_dict(q: Quote) -> dict:
    """One quote in the contract's field order."""
    parts = [{"start": start, "end": end} for start, end in q.parts] if q.parts else None
    return {**_fields(q, _QUOTE), "parts": parts}


def figure_dict(f: Figure) -> dict:
    """One figure in the contract's field order (the reports read it in this form too)."""
    return _fields(f, _FIGURE)


def time_dict(t: Time) -> dict:
    """One time expression in the contract's field order."""
    return _fields(t, _TIME)


def comparison_dict(c: Comparison) -> dict:
    """One comparison in the contract's field order."""
    return _fields(c, _COMPARISON)


def event_dict(e: Event) -> dict:
    """One event in the contract's field order."""
    return _fields(e, _EVENT)


def story_dict(s: Story) -> dict:
    """One story in the contract's field order."""
    return {**_fields(s, _STORY), "summary": [_fields(line, _SUMMARY) for line in s.summary]}
