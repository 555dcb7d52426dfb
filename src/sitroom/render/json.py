"""The Brief as ``sitroom.brief/1`` JSON: fixed key order, no wall-clock fields, byte-identical reruns."""

from __future__ import annotations

import json

from sitroom.types import Article, Brief, Entity, Figure, Mention, Quote, Role

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
        "times": list(brief.times),
        "figures": [figure_dict(f) for f in brief.figures],
        "events": list(brief.events),
        "comparisons": list(brief.comparisons),
        "stories": list(brief.stories),
    }


def brief_to_json(brief: Brief) -> str:
    """The JSON document, indented, UTF-8 characters kept as they are, ending with a newline."""
    return json.dumps(brief_to_dict(brief), ensure_ascii=False, indent=1) + "\n"


def _article(a: Article) -> dict:
    return {
        "id": a.id,
        "source": a.source,
        "title": a.title,
        "outlet": a.outlet,
        "author": a.author,
        "url": a.url,
        "language": a.language,
        "published": a.published,
        "published_from": a.published_from,
        "genre": a.genre,
        "duplicate_of": a.duplicate_of,
        "text": a.text,
    }


def _entity(e: Entity) -> dict:
    return {
        "id": e.id,
        "name": e.name,
        "type": e.type,
        "aliases": list(e.aliases),
        "country": e.country,
        "lat": e.lat,
        "lon": e.lon,
        "roles": [_role(r) for r in e.roles],
        "articles": list(e.articles),
        "mention_count": e.mention_count,
    }


def _role(r: Role) -> dict:
    return {
        "title": r.title,
        "org": r.org,
        "current": r.current,
        "article": r.article,
        "start": r.start,
        "end": r.end,
    }


def _mention(m: Mention) -> dict:
    return {
        "entity": m.entity,
        "article": m.article,
        "start": m.start,
        "end": m.end,
        "stands_for": m.stands_for,
    }


def quote_dict(q: Quote) -> dict:
    """One quote in the contract's field order."""
    return {
        "id": q.id,
        "article": q.article,
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "parts": [{"start": s, "end": e} for s, e in q.parts] if q.parts else None,
        "kind": q.kind,
        "speaker": q.speaker,
        "speaker_text": q.speaker_text,
        "speaker_start": q.speaker_start,
        "speaker_end": q.speaker_end,
        "cue": q.cue,
        "cue_start": q.cue_start,
        "cue_end": q.cue_end,
        "time": q.time,
        "same_as": q.same_as,
    }


def figure_dict(f: Figure) -> dict:
    """One figure in the contract's field order (the reports read it in this form too)."""
    return {
        "id": f.id,
        "article": f.article,
        "start": f.start,
        "end": f.end,
        "text": f.text,
        "value": f.value,
        "high": f.high,
        "unit": f.unit,
        "counts": f.counts,
        "qualifier": f.qualifier,
        "claimed_by": f.claimed_by,
    }
