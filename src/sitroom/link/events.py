"""Events across the corpus: participants as entities, what each acts for, and one real event many reports.

A person acts for the state or organisation of their office (Lavrov → Russia), a metonym for what it
stands for (the Kremlin → Russia), a group or people for its country (Greek officials → Greece).

Reports in different articles are one real event when nothing tells them apart and two things tie them
together. Apart: another type, days that cannot overlap, other parties on the same side, another place, or
one report of something that happened against one of something that did not (a threat to quit is not the
resignation). Together: each party they share (a person or what they act for), the same place, the same
day, and the words around them — the same sentence in a near-copy counts twice. Every later report points
at the first report it is most tied to with ``same_as``.

Two ties need something shared: a party, the place, the day, or (for the two a near-copy gives) most of the
sentence's words. So first reports are indexed by each of those, and a report is compared only with the
first reports it shares one with, never with every earlier event: the cost follows the reports that could
tie, not the size of the corpus. Sentences are found by prefix filtering (Chaudhuri et al. 2006): two
word sets alike enough to count twice share a word among the first few of each in one fixed order, here
rarest first, so that the words looked up are the telling ones.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from sitroom import gazetteer, lexicons
from sitroom.extract import _words
from sitroom.extract.events import SYMMETRIC_TYPES
from sitroom.extract.referents import metonym_referent
from sitroom.link.confidence import event_confidence
from sitroom.link.entities import LinkedEntities
from sitroom.link.times import time_id
from sitroom.timex import day_range
from sitroom.types import Article, Entity, Event, Extraction, Mention, Time

_ACTS_THROUGH_COUNTRY = {"GROUP", "NORP"}
# Violence, coercion and charges are news whoever the parties are: a stabbing, an arrest, a charge.
_PUBLIC_BY_NATURE = {"ASSAULT", "COERCE", "ACCUSE"}
_UNREAL = {"hypothetical", "threatened", "negated"}  # never the same real event as one that happened
_TIES_NEEDED = 2
_MIN_SENTENCE_WORDS = 4  # "Talks began." in two articles says too little to tie them
_SAME_SENTENCE, _ALIKE_SENTENCE = 0.8, 0.5  # share of the two sentences' content words in common


def link_events(
    articles: list[Article], extractions: list[Extraction], linked: LinkedEntities, times: tuple[Time, ...]
) -> tuple[Event, ...]:
    """Every article's events as brief events in article and text order, later reports of one real event
    pointing at the first."""
    order = {article.id: n for n, article in enumerate(articles)}
    texts = {article.id: article.text for article in articles}
    mention_at = {(m.article, m.start): m for m in linked.mentions}
    entities = {e.id: e for e in linked.entities}
    countries = _states_by_country(linked.entities)
    ordered = sorted(extractions, key=lambda e: order[e.article_id])
    words = {
        f"{e.article_id}/e{n}": _sentence_words(texts[e.article_id], record.start, record.end)
        for e in ordered
        for n, record in enumerate(e.events, start=1)
    }
    context = _Context(
        values={t.id: t.value for t in times},
        granularity={t.id: t.granularity for t in times},
        words=words,
        frequency=Counter(word for sentence in words.values() for word in sentence),
    )
    events: list[Event] = []
    first_reports = _FirstReports()
    record_evidence: dict[str, tuple[str, ...]] = {}
    for extraction in ordered:
        article_id = extraction.article_id
        for n, record in enumerate(extraction.events, start=1):
            actor = mention_at.get((article_id, record.actor)) if record.actor is not None else None
            target = mention_at.get((article_id, record.target)) if record.target is not None else None
            body_of = {
                side: _state_of(mention_at.get((article_id, start)), entities, countries)
                for side, start in (("actor", record.actor_for), ("target", record.target_for))
                if start is not None
            }
            place = mention_at.get((article_id, record.place)) if record.place is not None else None
            event = Event(
                id=f"{article_id}/e{n}",
                article=article_id,
                start=record.start,
                end=record.end,
                text=texts[article_id][record.start : record.end],
                type=record.type,
                mode=record.mode,
                actor=actor.entity if actor else None,
                actor_for=body_of.get("actor")
                or _acts_for(actor, entities, countries, article_id, linked.heads),
                target=target.entity if target else None,
                target_for=body_of.get("target")
                or _acts_for(target, entities, countries, article_id, linked.heads),
                place=place.entity if place else None,
                time=time_id(article_id, record.time) if record.time is not None else None,
                status=record.status,
                quote=f"{article_id}/q{record.quote + 1}" if record.quote is not None else None,
            )
            record_evidence[event.id] = record.evidence
            keys = _tie_keys(event, context)
            event = _with_first_report(event, first_reports.sharing(keys), context)
            events.append(event)
            if event.same_as is None:
                first_reports.add(event, keys)
    corroborated = {e.same_as for e in events if e.same_as} | {e.id for e in events if e.same_as}
    repeats = _repeats(events)
    kinds = {entity_id: entity.type for entity_id, entity in entities.items()}
    private = _private_parties(entities)
    public = _public_parties(entities)
    return tuple(
        _with_confidence(
            e, record_evidence[e.id], e.id in corroborated, e.id in repeats, kinds, private, public
        )
        for e in events
    )


def _office(title: str) -> str:
    """A title as the office lexicons write it, an abbreviation spelt out ("Rep." is a representative)."""
    return _words.title_abbreviations().get(title.lower(), title.lower())


def _public_parties(entities: dict[str, Entity]) -> set[str]:
    """Parties known to act in public life: states and peoples, unnamed collectives (police, officials,
    protesters), organisations of a country or public bodies, and people the corpus gives a public office
    or a country. Someone the text names with no office may be anyone: a band, a fashion designer."""
    offices = lexicons.words("public_offices.txt")
    return {
        entity_id
        for entity_id, entity in entities.items()
        if entity.type in ("GPE", "NORP", "GROUP")
        or entity.country is not None
        or (entity.type == "ORG" and gazetteer.public_body(entity.name))
        or (entity.type == "PERSON" and any(_office(r.title) in offices for r in entity.roles))
    }


def _private_parties(entities: dict[str, Entity]) -> set[str]:
    """Parties that are neither public nor unknown: companies and clubs (organisations of no country that
    are no public body: ``gazetteer.public_body``), and people whose
    every office is a post in such a body (a company's chief executive, a club's manager). A person with
    no office, or an office of no body named, may be a politician the story does not introduce, so is
    not counted private. PLOVER's events are about public actors; deals, hirings and quarrels among
    private parties are no political events."""
    private = {
        entity_id
        for entity_id, entity in entities.items()
        if entity.type == "ORG" and entity.country is None and not gazetteer.public_body(entity.name)
    }
    offices = lexicons.words("public_offices.txt")
    for entity_id, entity in entities.items():
        if entity.type != "PERSON" or entity.country is not None or not entity.roles:
            continue
        if all(r.org in private and _office(r.title) not in offices for r in entity.roles):
            private.add(entity_id)  # "Tottenham's manager", "WeWork's chief executive"
    return private


def _repeats(events: list[Event]) -> set[str]:
    """Events an earlier event of their article already told: same type, a party in common. A story
    names a real event once and refers back to it after ("the talks", "the attack"); a second reading
    of it is likelier a re-mention or a misreading than a new event."""
    seen: dict[tuple[str, str], list[frozenset[str]]] = {}
    found = set()
    for event in events:
        parties = frozenset(p for p in (event.actor, event.actor_for, event.target, event.target_for) if p)
        earlier = seen.setdefault((event.article, event.type), [])
        if any(parties & other for other in earlier):
            found.add(event.id)
        earlier.append(parties)
    return found


def _with_confidence(
    event: Event,
    evidence: tuple[str, ...],
    corroborated: bool,
    repeat: bool,
    kinds: dict[str, str],
    private: set[str],
    public: set[str],
) -> Event:
    """``event`` with the evidence linking adds and the confidence all its evidence gives: among it, what
    kind of entity each participant is (a person, a state, an organisation, an unnamed collective)."""
    parties = {event.actor, event.actor_for} - {None}, {event.target, event.target_for} - {None}
    # a state's unnamed body ("the government") names its state: the party is known
    named = (event.actor is not None or event.actor_for is not None) + (
        event.target is not None or event.target_for is not None
    )
    found = [("no-participant", "one-participant", "two-participants")[named], f"type-{event.type}"]
    for side, entity in (("actor", event.actor), ("target", event.target)):
        if entity in kinds:
            found.append(f"{side}-is-{kinds[entity]}")
    if named and (parties[0] | parties[1]) <= private and event.type not in _PUBLIC_BY_NATURE:
        found.append("private-parties")  # "Mourinho agreed a deal with Tottenham": no public actor
    if named and not (parties[0] | parties[1]) & public and event.type not in _PUBLIC_BY_NATURE:
        found.append("no-public-party")  # "the Beatles sought guidance from the Maharishi": nobody in office
    if parties[0] & parties[1]:
        found.append("self-directed")  # "NATO accuses NATO": a participant read twice, one of them wrong
    if corroborated:
        found.append("corroborated")
    if repeat:
        found.append("repeat")
    evidence = (*evidence, *found)
    return replace(event, evidence=evidence, confidence=event_confidence(evidence))


def _states_by_country(entities: tuple[Entity, ...]) -> dict[str, str]:
    """The place entity that is each country itself, by ISO code: the one named as the country
    ("Russia", not "Moscow", however often the capital is mentioned), else a capital or seat that stands
    for it ("Washington"); never another city ("New York" does not act for the United States)."""
    states: dict[str, str] = {}
    for entity in entities:
        if entity.type == "GPE" and entity.country and gazetteer.country_named(entity.name) == entity.country:
            states.setdefault(entity.country, entity.id)
    for entity in entities:
        stands_for = metonym_referent(entity.name) or ""
        if entity.type == "GPE" and entity.country and gazetteer.country_named(stands_for) == entity.country:
            states.setdefault(entity.country, entity.id)
    return states


def _state_of(mention: Mention | None, entities: dict[str, Entity], countries: dict[str, str]) -> str | None:
    """The state an unnamed body belongs to, by the mention that names it: a state itself, or the state
    of a people named by its adjective ("the Greek government")."""
    entity = entities.get(mention.entity) if mention is not None else None
    if entity is None:
        return None
    if entity.type == "NORP" and entity.country:
        return countries.get(entity.country, entity.id)
    return entity.id


def _acts_for(
    mention: Mention | None,
    entities: dict[str, Entity],
    countries: dict[str, str],
    article_id: str,
    heads: dict[str, str],
) -> str | None:
    """What a participant acts for, or None when it is itself the state or organisation (or unknown): a
    stated office's body, the international body a known leader heads (when the corpus names it), the
    state of a person's or an unnamed group's country ("Hong Kong police"; a named armed group is its own
    party)."""
    if mention is None:
        return None
    if mention.stands_for:
        return mention.stands_for
    entity = entities.get(mention.entity)
    if entity is None:
        return None
    if entity.type == "PERSON":
        offices = sorted(
            (r for r in entity.roles if r.org and r.current is not False),
            key=lambda r: (r.article != article_id, r.start),
        )
        if offices:
            return offices[0].org
        if entity.id in heads:
            return heads[entity.id]
    if entity.type == "GROUP" and gazetteer.organisation(entity.name) is not None:
        return None  # "Boko Haram", "Hamas": a named group is itself the party, not its country's
    if entity.type in _ACTS_THROUGH_COUNTRY | {"PERSON"} and entity.country:
        return countries.get(entity.country)
    return None


def _with_first_report(event: Event, earlier: list[Event], context: _Context) -> Event:
    """``event`` pointing at the earlier first report in another article it is most tied to, if any;
    ``earlier`` holds the first reports that could tie, in order."""
    best, tied = None, _TIES_NEEDED - 1
    for other in earlier:
        if other.article != event.article and other.type == event.type:
            found = _ties(other, event, context)
            if found is not None and found > tied:
                best, tied = other, found
    return replace(event, same_as=best.id) if best is not None else event


@dataclass(slots=True)
class _FirstReports:
    """The first reports so far, in order, indexed by what could tie a later report to them."""

    reports: list[Event] = field(default_factory=list)
    index: dict[tuple[str, ...], list[int]] = field(default_factory=dict)

    def add(self, event: Event, keys: set[tuple[str, ...]]) -> None:
        """Index a first report under its :func:`_tie_keys`."""
        for key in keys:
            self.index.setdefault(key, []).append(len(self.reports))
        self.reports.append(event)

    def sharing(self, keys: set[tuple[str, ...]]) -> list[Event]:
        """The first reports indexed under any of a report's :func:`_tie_keys`, in order."""
        found = {n for key in keys for n in self.index.get(key, ())}
        return [self.reports[n] for n in sorted(found)]


def _tie_keys(event: Event, context: _Context) -> set[tuple[str, ...]]:
    """What a report could share with another of its type to be tied to it twice: each party, the place,
    the day, and (as prefix filtering finds sets this alike) the rarest words of its sentence, rarest
    first: enough that a sentence sharing ``_SAME_SENTENCE`` of its words shares one of them."""
    keys = {(event.type, "party", party) for side in _sides(event) for party in side}
    if event.place is not None:
        keys.add((event.type, "place", event.place))
    value = context.values.get(event.time or "")
    if value is not None and context.granularity.get(event.time or "") == "day":
        keys.add((event.type, "day", value))
    frequency = context.frequency
    words = sorted(context.words.get(event.id, frozenset()), key=lambda word: (frequency[word], word))
    if len(words) >= _MIN_SENTENCE_WORDS:
        shared = math.ceil(_SAME_SENTENCE * len(words) - 1e-9)
        keys.update((event.type, "word", word) for word in words[: len(words) - shared + 1])
    return keys


@dataclass(frozen=True, slots=True)
class _Context:
    """What comparing two reports needs beyond the events: time values and each report's sentence words."""

    values: dict[str, str | None]
    granularity: dict[str, str | None]
    words: dict[str, frozenset[str]]
    frequency: Counter[str]  # how many reports' sentences hold each word


def _ties(first: Event, second: Event, context: _Context) -> int | None:
    """How much ties two reports of one type to one real event, or None when something tells them apart."""
    if (first.status in _UNREAL) != (second.status in _UNREAL):
        return None
    a, b = context.values.get(first.time or ""), context.values.get(second.time or "")
    if not _compatible(a, b):
        return None
    if first.place and second.place and first.place != second.place:
        return None
    sides = _sides(first), _sides(second)
    shared = 0
    for mine, theirs in zip(*sides, strict=True):
        if mine and theirs and not mine & theirs:
            return None  # other parties on the same side
        shared += bool(mine & theirs)
    ties = shared + (first.place is not None and first.place == second.place)
    day = context.granularity.get(first.time or "") == context.granularity.get(second.time or "") == "day"
    ties += a is not None and a == b and day
    words = context.words
    return ties + _likeness(words.get(first.id, frozenset()), words.get(second.id, frozenset()))


def _sides(event: Event) -> tuple[frozenset[str], ...]:
    """Who is on each side, named or through what they act for; one side for an event between equals."""
    actor = frozenset(p for p in (event.actor, event.actor_for) if p)
    target = frozenset(p for p in (event.target, event.target_for) if p)
    return (actor | target,) if event.type in SYMMETRIC_TYPES else (actor, target)


def _likeness(first: frozenset[str], second: frozenset[str]) -> int:
    """Two for the same sentence (a near-copy), one for one much alike, nothing for little in common."""
    if len(first) < _MIN_SENTENCE_WORDS or len(second) < _MIN_SENTENCE_WORDS:
        return 0
    overlap = len(first & second) / len(first | second)
    return 2 if overlap >= _SAME_SENTENCE else int(overlap >= _ALIKE_SENTENCE)


def _sentence_words(text: str, start: int, end: int) -> frozenset[str]:
    """The content words of the sentence around ``[start, end)``."""
    before = max(text.rfind(mark, 0, start) for mark in (". ", "! ", "? ", "\n"))
    after = [found for mark in (". ", "! ", "? ", "\n") if (found := text.find(mark, end)) != -1]
    sentence = text[before + 1 : min(after, default=len(text))]
    stop = lexicons.words("english_function_words.txt")
    return frozenset(w for w in re.findall(r"\w+", sentence.lower()) if len(w) > 2 and w not in stop)


def _compatible(first: str | None, second: str | None) -> bool:
    """Two event dates that may be the same day: either unknown, or overlapping day ranges."""
    if first is None or second is None:
        return True
    a, b = day_range(first), day_range(second)
    if a is None or b is None:
        return first == second
    return a.first <= b.last and b.first <= a.last
