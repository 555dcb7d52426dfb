"""Quotations across the corpus: speakers as entities, descriptions resolved by office, repeats linked.

A speaker resolved in its article points at a mention, which linking made an entity. A description the
article could not resolve ("Russia's foreign minister said") is matched against the offices the whole
corpus states. Only an office one person holds at a time (``lexicons/sole_offices.txt``) of the state or
body the description names is resolved from other articles: the one person the corpus gives it, or the
one of several the article named last. A description with no state, or of a rank many people share ("the
official", "the senator"), is resolved only to a person this article names before the quotation: "the
spokesperson" in one article is never a spokesperson another article quotes. Where no holder comes
before, the one person the article names later in that office is meant: a lead describes its speaker
before it names them. The same words quoted by
several articles are one quotation: each later copy points at the first with ``same_as``. An unnamed group
("Greek officials said", "government sources", "police said") is an anonymous source: the quotation keeps
the words naming it and has no speaker entity, as a single anonymous official has none.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict

from sitroom import gazetteer
from sitroom.extract.referents import (
    ADJACENT,
    LEADER_WORDS,
    is_sole_office,
    leader_titles,
    org_forms,
    same_office,
)
from sitroom.link.confidence import quote_confidence
from sitroom.link.entities import LinkedEntities
from sitroom.link.times import time_id
from sitroom.types import Article, Entity, Extraction, Mention, Quote, QuoteRecord, Role

# Quotations shorter than this many words are too common to say two articles carry the same one.
_MIN_SAME_WORDS = 4

_UNNAMED_MASSES = {"police", "staff", "crowd", "public"}  # people a word describes, unnamed, as one mass


def link_quotes(
    articles: list[Article], extractions: list[Extraction], linked: LinkedEntities
) -> tuple[Quote, ...]:
    """Every article's quotations as brief quotes, in article and text order, with ids and speakers."""
    order = {article.id: n for n, article in enumerate(articles)}
    texts = {article.id: article.text for article in articles}
    unnamed = {e.id for e in linked.entities if _unnamed_group(e)}
    entity_at = {(m.article, m.start): m.entity for m in linked.mentions}
    names = {e.id: {e.name.casefold(), *(a.casefold() for a in e.aliases)} for e in linked.entities}
    offices = _Offices(linked.entities, names, linked.mentions)
    quotes: list[Quote] = []
    first_copy: dict[tuple[str, str], str] = {}
    for extraction in sorted(extractions, key=lambda e: order[e.article_id]):
        article_id = extraction.article_id
        for n, record in enumerate(extraction.quotes, start=1):
            quote_id = f"{article_id}/q{n}"
            speaker = _speaker(record, article_id, entity_at, offices)
            if speaker in unnamed and _people_described(record.speaker_text):
                speaker = None  # "Greek officials said": an anonymous source, named by no one
            text = texts[article_id][record.start : record.end]
            key = (_normalised(text), record.kind)
            same_as = first_copy.get(key) if len(key[0].split()) >= _MIN_SAME_WORDS else None
            if same_as is None:
                first_copy.setdefault(key, quote_id)
            quotes.append(_quote(quote_id, article_id, text, record, speaker, same_as))
    return tuple(quotes)


def _people_described(words: str | None) -> bool:
    """Whether the words naming a speaker end in a plural common noun for people ("Greek officials",
    "government sources") or in police, a crowd or staff ("Dutch police said"), not in a body that speaks
    as one ("the US military", "the commission")."""
    last = words.split()[-1] if words else ""
    return last.islower() and (last.endswith("s") or last in _UNNAMED_MASSES)


def _unnamed_group(entity: Entity) -> bool:
    """Whether an entity is a group the text describes but does not name: its head word is a common noun
    ("Greek officials", "protesters", "Government sources"; not "Islamic State", "Hamas")."""
    words = entity.name.split()
    return entity.type == "GROUP" and bool(words) and words[-1].islower()


def _speaker(
    record: QuoteRecord, article_id: str, entity_at: dict[tuple[str, int], str], offices: _Offices
) -> str | None:
    if record.speaker_mention is not None:
        return entity_at.get((article_id, record.speaker_mention))
    if record.speaker_title is not None:
        before = record.speaker_start if record.speaker_start is not None else record.start
        return offices.holder(record.speaker_title, record.speaker_org, article_id, before)
    if record.speaker_text and "speaker-words" in record.evidence:  # not a source left anonymous ("He")
        return offices.person_named(record.speaker_text, article_id)
    return None


class _Offices:
    """The corpus's people indexed for speaker look-ups: their offices by the title's last word, their
    surnames, and each article's mentions in text order."""

    def __init__(
        self, entities: tuple[Entity, ...], names: dict[str, set[str]], mentions: tuple[Mention, ...]
    ) -> None:
        self.names = names
        self.by_word: dict[str, list[tuple[Entity, Role]]] = defaultdict(list)
        self.by_surname: dict[str, set[str]] = defaultdict(set)
        for entity in entities:
            if entity.type != "PERSON":
                continue
            self.by_surname[entity.name.split()[-1].casefold()].add(entity.id)
            for role in entity.roles:
                if role.current is not False:
                    self.by_word[role.title.lower().split()[-1]].append((entity, role))
        self.mentions: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for mention in mentions:
            self.mentions[mention.article].append((mention.start, mention.entity))
        for found in self.mentions.values():
            found.sort()

    def person_named(self, text: str, article: str) -> str | None:
        """A speaker written as a name the model did not tag ("Mr Varoufakis"): the one person of that
        surname the article names, else the one the corpus knows."""
        words = text.split()
        if not words or not words[-1][:1].isupper():
            return None
        found = self.by_surname.get(words[-1].casefold(), set())
        here = found & {entity for _, entity in self.mentions.get(article, [])}
        if len(here) == 1:
            return next(iter(here))
        return next(iter(found)) if len(found) == 1 else None

    def holder(self, title: str, org: str | None, article: str, before: int) -> str | None:
        """The person a description the article left unresolved refers to: for a sole office of a named
        state or body, the one person the corpus gives that office there (else the one of several the
        article named last); otherwise a holder of the office the article names before ``before``."""
        mentioned = self._mentioned_before(article, before)
        holders = {
            entity.id
            for entity, role in self._candidates(title)
            if same_office(role.title, title) and (org is None or self._serves(entity, role, org))
        }
        if org is None or not is_sole_office(title):
            holders &= mentioned.keys()
        if not holders:
            just_before = self._named_just_before(title, org, article, before) if org is not None else None
            return just_before or self._named_after(title, org, article, before)
        if len(holders) > 1:
            named = [h for h in holders if h in mentioned]
            return max(named, key=mentioned.__getitem__) if named else None
        return holders.pop() if holders else None

    def _named_just_before(self, title: str, org: str, article: str, before: int) -> str | None:
        """The person the article names right before a description of a state's office, where the corpus
        states their office without a state and knows them to serve no other: "… met her counterpart, Ivan
        Holm. Sweden's foreign minister said" (another article: "foreign minister Ivan Holm"). A
        description further off, or after someone else, may be anyone's."""
        found = self.mentions.get(article, [])
        n = bisect_left(found, (before, ""))
        if n == 0 or before - found[n - 1][0] > ADJACENT:
            return None
        entity_id = found[n - 1][1]
        country = gazetteer.country_named(org)
        for entity, role in self._candidates(title):
            if entity.id != entity_id or role.org is not None or not same_office(role.title, title):
                continue
            if entity.country is None or entity.country == country:
                return entity_id
        return None

    def _named_after(self, title: str, org: str | None, article: str, before: int) -> str | None:
        """The one person the article names later as holding the office a description gives first ("The UN
        envoy on fisheries warned …. Ingrid Dahl, the envoy, said"): a lead often describes its speaker
        before naming them."""
        later = {entity for start, entity in self.mentions.get(article, []) if start >= before}
        holders = {
            entity.id
            for entity, role in self._candidates(title)
            if entity.id in later
            and same_office(role.title, title)
            and (org is None or self._serves(entity, role, org))
        }
        return holders.pop() if len(holders) == 1 else None

    def _candidates(self, title: str) -> list[tuple[Entity, Role]]:
        words = title.lower().split()
        if title.lower() in LEADER_WORDS:
            return [pair for word in leader_titles() for pair in self.by_word.get(word.split()[-1], [])]
        return self.by_word.get(words[-1], []) if words else []

    def _serves(self, entity: Entity, role: Role, org: str) -> bool:
        """Whether an office is of the state or body ``org``: its own organisation, or, where the office was
        stated without one, the country the person serves by their other offices."""
        forms = org_forms(org)
        if role.org is not None:
            return bool(forms & self.names.get(role.org, set()))
        country = gazetteer.country_named(org)
        return country is not None and entity.country == country

    def _mentioned_before(self, article: str, before: int) -> dict[str, int]:
        """Each entity the article mentions before ``before``, with its last mention's start."""
        found = self.mentions.get(article, [])
        return {entity: start for start, entity in found[: bisect_left(found, (before, ""))]}


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
