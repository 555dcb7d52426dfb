"""Who did what to whom: PLOVER events read from clauses and from event nouns, with their status.

A verb or noun in ``lexicons/event_verbs.tsv`` / ``event_nouns.tsv`` triggers an event of its PLOVER type.
The actor is the clause's subject (for a noun, its possessor or the subject of the verb it serves), the
target its object or the object of "against", "on", "with", "to"…; the place a place named with "in" or
"at"; the time the date that hangs on the trigger, else the sentence's. Status is the part automated coders
get wrong, so it is read from the grammar around the trigger (:mod:`sitroom.extract.event_status`).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from sitroom import lexicons
from sitroom.extract.event_status import status_of
from sitroom.extract.speakers import SpeakerResolver
from sitroom.types import EventRecord, MentionRecord, QuoteRecord, RoleRecord, TimeRecord

_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_OBJECTS = {"dobj", "obj", "attr"}
_TARGET_PREPOSITIONS = {
    "against",
    "on",
    "with",
    "to",
    "at",
    "into",
    "from",
    "over",
    "toward",
    "towards",
    "of",
}
_PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside"}
_PLACE_TYPES = {"GPE", "LOC", "FAC"}
_ACTOR_TYPES = {"PERSON", "ORG", "GPE", "NORP", "GROUP"}
_MAX_OBJECT_WORDS = 12  # an event's span runs from its trigger to the end of a short object


def extract_events(
    doc: Doc,
    mentions: tuple[MentionRecord, ...],
    roles: tuple[RoleRecord, ...],
    quotes: tuple[QuoteRecord, ...],
    times: tuple[TimeRecord, ...],
    published: str | None = None,
) -> tuple[EventRecord, ...]:
    """Every event in ``doc`` in text order, its participants as mention starts, time and quote as indexes."""
    resolver = SpeakerResolver(doc, mentions, roles)
    names = {m.start: m.key for m in mentions}  # repeated mentions of one name compare equal
    found = []
    for token in doc:
        reading = _trigger(token)
        if reading is None or _covered_by_another(token):
            continue
        kind, mode = reading
        verb = token.pos_ in ("VERB", "AUX")
        actor, target = (_verb_participants if verb else _noun_participants)(token, resolver)
        place, time = _place(token, resolver), _time(token, times)
        if not verb and actor is None and target is None and place is None and not _dated(token, times):
            continue  # "the talks", "a bailout": a bare noun names no particular event
        key = (kind, names.get(actor), names.get(target), _day(time, times))
        if any((e.type, names.get(e.actor), names.get(e.target), _day(e.time, times)) == key for e in found):
            continue  # one article reports one real event once
        start, end = _extent(token)
        found.append(
            EventRecord(
                start=start,
                end=end,
                trigger_start=token.idx,
                trigger_end=token.idx + len(token.text),
                type=kind,
                mode=mode or None,
                status=status_of(token, times[time] if time is not None else None, published),
                actor=actor,
                target=target if target != actor else None,
                place=place,
                time=time,
                quote=next((n for n, q in enumerate(quotes) if q.start <= token.idx < q.end), None),
            )
        )
    return tuple(found)


def _covered_by_another(token: Token) -> bool:
    """Whether one event already reads this trigger with another: a verb and its event-noun object are one
    event ("lifted the sanctions" is a RETREAT, not a SANCTION too), the noun's when the verb only says it
    took place ("held talks", "imposed sanctions": the object decides), the verb's otherwise."""
    if token.pos_ == "NOUN" and token.dep_ in _OBJECTS and token.head.pos_ == "VERB":
        verb = token.head
        return _trigger(verb) is not None and _lemma(verb) not in _light_verbs()
    if token.pos_ == "VERB" and _lemma(token) in _light_verbs():
        return any(
            c.dep_ in _OBJECTS and c.pos_ == "NOUN" and _trigger(c) is not None for c in token.children
        )
    return False


def _lemma(verb: Token) -> str:
    return verb.lemma_.lower()


def _day(index: int | None, times: tuple[TimeRecord, ...]) -> str | None:
    return times[index].value if index is not None else None


def _trigger(token: Token) -> tuple[str, str] | None:
    """The PLOVER (type, mode) a verb or noun triggers, phrasal verbs ("walk out") first."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
        if particle is None and token.i + 1 < len(token.doc) and token.nbor().pos_ in ("ADP", "ADV", "PART"):
            particle = token.nbor().lower_  # "stepped down", "walk away": the parser did not join them
        if particle and (found := _verbs().get(f"{lemma} {particle}")):
            return found
        return _verbs().get(lemma)
    if token.pos_ == "NOUN":
        return _nouns().get(lemma) or _nouns().get(token.lower_)
    return None


def _verb_participants(verb: Token, resolver: SpeakerResolver) -> tuple[int | None, int | None]:
    """Subject and object of a verb; a passive's agent acts on its subject ("was invaded by X")."""
    subject = _child(verb, _SUBJECTS)
    if subject is None and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head != verb:
        subject = _child(verb.head, _SUBJECTS)  # "agreed to meet", "met and agreed"
    passive = subject is not None and subject.dep_ == "nsubjpass"
    agent = next(
        (g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None
    )
    obj = _child(verb, _OBJECTS) or _prepositional_object(verb) or _dative(verb)
    if passive:
        return _mention(agent, resolver), _mention(subject, resolver)
    return _mention(subject, resolver), _mention(obj, resolver)


def _noun_participants(noun: Token, resolver: SpeakerResolver) -> tuple[int | None, int | None]:
    """An event noun's actor and target: "Russia's annexation of Crimea", "talks with Greece", or the
    subject of the verb it is the object of ("Athens requested a loan")."""
    possessor = _child(noun, {"poss"})
    compound = next((c for c in noun.children if c.dep_ == "compound" and _is_actor(c, resolver)), None)
    actor = _mention(possessor or compound, resolver)
    target = _mention(_prepositional_object(noun), resolver)
    if actor is None and noun.dep_ in _OBJECTS and noun.head.pos_ in ("VERB", "AUX"):
        actor = _mention(_child(noun.head, _SUBJECTS), resolver)
    if actor is None:
        modifier = next((c for c in noun.children if c.dep_ == "amod" and _is_actor(c, resolver)), None)
        actor = _mention(modifier, resolver)  # "Russian aggression"
    return actor, target


def _is_actor(token: Token, resolver: SpeakerResolver) -> bool:
    mention = resolver.by_token.get(token.i)
    return mention is not None and mention.type in _ACTOR_TYPES


def _child(token: Token, deps: set[str]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _prepositional_object(head: Token) -> Token | None:
    """The object of the first preposition on ``head`` that names a target ("sanctions on Russia")."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in _TARGET_PREPOSITIONS:
            obj = _child(child, {"pobj"})
            if obj is not None:
                return obj
    return None


def _dative(verb: Token) -> Token | None:
    """The object of a "to" the parser calls a dative: "sent paratroopers to Kazakhstan"."""
    to = next((c for c in verb.children if c.dep_ == "dative" and c.lower_ == "to"), None)
    return _child(to, {"pobj"}) if to is not None else None


def _mention(token: Token | None, resolver: SpeakerResolver) -> int | None:
    """The start of the mention a participant names, a pronoun's antecedent included, else the state or
    organisation a description names ("the US leader", "Israeli troops"); None for none."""
    if token is None:
        return None
    for candidate in (token, *token.conjuncts):
        speaker = resolver.resolve(candidate)
        if speaker.mention is not None:
            return speaker.mention
    for modifier in token.lefts:
        mention = resolver.by_token.get(modifier.i)
        if modifier.dep_ in ("compound", "amod", "poss", "nmod") and mention and mention.type in _ACTOR_TYPES:
            return mention.start
    return None


def _place(trigger: Token, resolver: SpeakerResolver) -> int | None:
    """A place named with "in"/"at" on the trigger: "talks in Geneva"."""
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in _PLACE_PREPOSITIONS:
            obj = _child(child, {"pobj"})
            mention = resolver.by_token.get(obj.i) if obj is not None else None
            if mention is not None and mention.type in _PLACE_TYPES:
                return mention.start
    return None


def _time(trigger: Token, times: tuple[TimeRecord, ...]) -> int | None:
    """The date hanging on the trigger, else the one date of its sentence when it has just one."""
    sentence: Span = trigger.sent
    in_sentence = [
        n
        for n, t in enumerate(times)
        if t.type == "date" and sentence.start_char <= t.start < sentence.end_char and t.value is not None
    ]
    for n in in_sentence:
        span = trigger.doc.char_span(times[n].start, times[n].end, alignment_mode="expand")
        if span is not None and _depends_on(span.root, trigger):
            return n
    return in_sentence[0] if len(in_sentence) == 1 else None


def _dated(trigger: Token, times: tuple[TimeRecord, ...]) -> bool:
    """Whether a date hangs on the trigger itself ("the annexation of Crimea in 2014")."""
    for time in times:
        span = trigger.doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is not None and span.root != trigger and _depends_on(span.root, trigger):
            return True
    return False


def _depends_on(token: Token, head: Token) -> bool:
    for _ in range(6):
        if token == head:
            return True
        if token.head == token:
            return False
        token = token.head
    return False


def _extent(trigger: Token) -> tuple[int, int]:
    """From the trigger (a noun with its modifiers) to the end of its object, kept short."""
    doc = trigger.doc
    first = trigger
    if trigger.pos_ == "NOUN":
        first = min(
            (c.left_edge for c in trigger.lefts if c.dep_ in ("det", "amod", "compound", "poss")),
            key=lambda t: t.i,
            default=trigger,
        )
    last = trigger
    for child in trigger.rights:
        if child.dep_ in _OBJECTS | {"prep", "prt", "dative", "xcomp"} and not child.is_punct:
            last = max(last, child.right_edge, key=lambda t: t.i)
            break
    if last.i - trigger.i > _MAX_OBJECT_WORDS:
        last = doc[trigger.i + _MAX_OBJECT_WORDS]
    while last.i > trigger.i and last.is_punct:
        last = doc[last.i - 1]
    return first.idx, last.idx + len(last.text)


@cache
def _verbs() -> dict[str, tuple[str, str]]:
    return {lemma: (kind, mode) for lemma, kind, mode, _ in lexicons.table("event_verbs.tsv", 4)}


@cache
def _light_verbs() -> frozenset[str]:
    """Verbs whose object decides the event ("hold talks", "impose sanctions"), as their notes say."""
    rows = lexicons.table("event_verbs.tsv", 4)
    return frozenset(lemma for lemma, _, _, note in rows if note.startswith("object decides"))


@cache
def _nouns() -> dict[str, tuple[str, str]]:
    return {lemma: (kind, mode) for lemma, kind, mode, _ in lexicons.table("event_nouns.tsv", 4)}
