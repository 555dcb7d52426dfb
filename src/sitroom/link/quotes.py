"""Quotations across the corpus: speakers as entities, descriptions resolved by office, repeats linked.

A speaker resolved in its article points at a mention, which linking made an entity. A description the
article could not resolve ("Russia's foreign minister said") is matched against the offices the whole
corpus states: if exactly one person holds that office (for that state, where the description names
one), that person is the speaker. The same words quoted by several articles are one quotation: each
later copy points at the first with ``same_as``.
"""

from __future__ import annotations

import re

from sitroom.extract.speakers import same_office
from sitroom.link.confidence import quote_confidence
from sitroom.link.entities import LinkedEntities
from sitroom.link.times import time_id
from sitroom.types import Article, Entity, Extraction, Quote, QuoteRecord

# Quotations shorter than this many words are too common to say two articles carry the same one.
_MIN_SAME_WORDS = 4


def link_quotes(
    articles: list[Article], extractions: list[Extraction], linked: LinkedEntities
) -> tuple[Quote, ...]:
    """Every article's quotations as brief quotes, in article and text order, with ids and speakers."""
    order = {article.id: n for n, article in enumerate(articles)}
    texts = {article.id: article.text for article in articles}
    entity_at = {(m.article, m.start): m.entity for m in linked.mentions}
    names = {e.id: {e.name.casefold(), *(a.casefold() for a in e.aliases)} for e in linked.entities}
    quotes: list[Quote] = []
    first_copy: dict[tuple[str, str], str] = {}
    for extraction in sorted(extractions, key=lambda e: order[e.article_id]):
        article_id = extraction.article_id
        for n, record in enumerate(extraction.quotes, start=1):
            quote_id = f"{article_id}/q{n}"
            speaker = _speaker(record, article_id, entity_at, linked.entities, names)
            text = texts[article_id][record.start : record.end]
            key = (_normalised(text), record.kind)
            same_as = first_copy.get(key) if len(key[0].split()) >= _MIN_SAME_WORDS else None
            if same_as is None:
                first_copy.setdefault(key, quote_id)
            quotes.append(_quote(quote_id, article_id, text, record, speaker, same_as))
    return tuple(quotes)


def _speaker(
    record: QuoteRecord,
    article_id: str,
    entity_at: dict[tuple[str, int], str],
    entities: tuple[Entity, ...],
    names: dict[str, set[str]],
) -> str | None:
    if record.speaker_mention is not None:
        return entity_at.get((article_id, record.speaker_mention))
    if record.speaker_title is not None:
        before = record.speaker_start if record.speaker_start is not None else record.start
        mentioned: dict[str, int] = {}
        for (article, start), entity in entity_at.items():
            if article == article_id and start < before:
                mentioned[entity] = max(start, mentioned.get(entity, -1))
        return _office_holder(record.speaker_title, record.speaker_org, entities, names, mentioned)
    if record.speaker_text:
        return _person_named(record.speaker_text, entities)
    return None


def _person_named(text: str, entities: tuple[Entity, ...]) -> str | None:
    """A speaker written as a name the model did not tag ("Mr Varoufakis"): the one person the corpus
    knows by that surname."""
    words = text.split()
    if not words or not words[-1][:1].isupper():
        return None
    surname = words[-1].casefold()
    found = {e.id for e in entities if e.type == "PERSON" and e.name.split()[-1].casefold() == surname}
    return found.pop() if len(found) == 1 else None


def _office_holder(
    title: str,
    org: str | None,
    entities: tuple[Entity, ...],
    names: dict[str, set[str]],
    mentioned_before: dict[str, int],
) -> str | None:
    """The person the corpus gives this office: one holder for that state or body (or with no body
    stated, if none matches it), else, among several, the one the article named last before the quote."""
    names = {
        entity.id: {entity.name.casefold(), *(a.casefold() for a in entity.aliases)} for entity in entities
    }
    exact, loose = set(), set()
    for entity in entities:
        if entity.type != "PERSON":
            continue
        for role in entity.roles:
            if role.current is False or not same_office(role.title, title):
                continue
            if org is not None and role.org is not None and org.casefold() in names.get(role.org, set()):
                exact.add(entity.id)
            elif org is None or role.org is None:
                loose.add(entity.id)
    holders = exact or loose
    if len(holders) > 1:
        named = [h for h in holders if h in mentioned_before]
        return max(named, key=mentioned_before.__getitem__) if named else None
    return holders.pop() if holders else None


def _normalised(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _quote(
    quote_id: str, article_id: str, text: str, record: QuoteRecord, speaker: str | None, same_as: str | None
) -> Quote:
    evidence = (*record.evidence, *_linked_evidence(record, speaker, same_as))
    return Quote(
        id=quote_id,
        article=article_id,
        start=record.start,
        end=record.end,
        text=text,
        kind=record.kind,
        parts=record.parts,
        speaker=speaker,
        speaker_text=record.speaker_text,
        speaker_start=record.speaker_start,
        speaker_end=record.speaker_end,
        cue=record.cue,
        cue_start=record.cue_start,
        cue_end=record.cue_end,
        time=time_id(article_id, record.time) if record.time is not None else None,
        same_as=same_as,
        confidence=quote_confidence(evidence),
        evidence=evidence,
    )


def _linked_evidence(record: QuoteRecord, speaker: str | None, same_as: str | None) -> tuple[str, ...]:
    """What linking adds: whether the speaker is a known entity, words naming none, or no speaker at all;
    another article carrying the same words."""
    if speaker is not None:
        found = "speaker-entity"
    elif record.speaker_text:
        found = "speaker-unlinked"
    else:
        found = "speaker-none"
    return (found, "quoted-elsewhere") if same_as is not None else (found,)
