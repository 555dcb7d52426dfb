"""Whether an event happened: occurred, ongoing, planned, threatened, hypothetical, negated or alleged.

Read from the grammar around the trigger, nearest first: a negation on the event's own verb ("did not walk
out"), its modal ("will visit" planned, "could invade" hypothetical), an "if" opening its clause, the verb
or adjective it depends on ("accused Moscow of being behind the attacks" alleged, "ruled out sending troops"
negated, "warned of massive consequences" threatened, "talks are due to begin" planned), adverbs
("reportedly") and hedges in the sentence ("had yet to be confirmed"), then its date and tense. The main
clause of a condition with a future verb is a threat: "if Russia invades, we will respond firmly". The words
are in ``lexicons/event_status.tsv``.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from spacy.tokens import Token

from sitroom import lexicons
from sitroom.types import TimeRecord

_NEGATIONS = {"not", "n't", "never", "no"}
_GOVERNING_DEPS = {"xcomp", "ccomp", "pcomp", "pobj", "dobj", "nsubj", "nsubjpass", "acomp", "advcl", "prep"}
_MAX_CLIMB = 4


def status_of(trigger: Token, times: tuple[TimeRecord, ...], published: str | None) -> str:
    """The status of the event ``trigger`` (a verb or an event noun) reports."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else _verb_of_noun(trigger)
    sentence = trigger.sent.text.lower()
    if any(phrase in sentence for phrase in _words("phrase")):
        return "alleged"
    if verb is not None and (found := _own_status(verb)) is not None:
        return found
    if (found := _governed_status(verb or trigger, trigger)) is not None:
        return found
    if any(t.lower_ in _words("adverb") and _words("adverb")[t.lower_] == "alleged" for t in trigger.sent):
        return "alleged"
    if _after_publication(trigger, times, published):
        return "planned"
    if verb is not None and verb.tag_ == "VBG" and any(a.lower_ in ("is", "are", "am") for a in _auxes(verb)):
        return "ongoing"
    return "occurred"


def _verb_of_noun(noun: Token) -> Token | None:
    """The verb an event noun is the subject or object of ("talks began", "held talks"), or None."""
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and head.pos_ in ("VERB", "AUX"):
        return head
    return None


def _own_status(verb: Token) -> str | None:
    """What the verb's own negation, modal or "if" says."""
    children = list(verb.children)
    if any(c.dep_ == "neg" or (c.lower_ in _NEGATIONS and c.dep_ == "advmod") for c in children):
        return "negated"
    if any(c.dep_ == "mark" and c.lower_ in _words("mark") for c in children):
        return "hypothetical"
    modal = next((_words("modal")[a.lower_] for a in _auxes(verb) if a.lower_ in _words("modal")), None)
    if modal == "planned" and _has_condition(verb):
        return "threatened"
    if modal is not None:
        return modal
    adverb = next((c.lower_ for c in children if c.dep_ == "advmod" and c.lower_ in _words("adverb")), None)
    return _words("adverb")[adverb] if adverb else None


def _governed_status(token: Token, trigger: Token) -> str | None:
    """What the verb or adjective the event depends on says: "accused … of attacking" → alleged."""
    for _ in range(_MAX_CLIMB):
        if token.dep_ not in _GOVERNING_DEPS or token.head == token:
            return None
        token = token.head
        if token == trigger:
            continue
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX", "ADJ") and lemma in _words("governor"):
            return _words("governor")[lemma]
        if token.pos_ in ("VERB", "AUX") and (own := _own_status(token)) in ("negated", "hypothetical"):
            return own
    return None


def _has_condition(verb: Token) -> bool:
    """Whether a clause opened by "if" hangs on ``verb`` ("if they cross, we will respond")."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in verb.children
    )


def _auxes(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _after_publication(trigger: Token, times: tuple[TimeRecord, ...], published: str | None) -> bool:
    """Whether the sentence's only date lies after the article's day: a plan, whatever the tense."""
    if not published:
        return False
    sentence = trigger.sent
    days = [
        t.value
        for t in times
        if t.type == "date"
        and t.granularity == "day"
        and t.value
        and sentence.start_char <= t.start < sentence.end_char
    ]
    return len(days) == 1 and dt.date.fromisoformat(days[0]) > dt.date.fromisoformat(published)


@cache
def _words(role: str) -> dict[str, str]:
    return {word: status for word, status, kind in lexicons.table("event_status.tsv", 3) if kind == role}
