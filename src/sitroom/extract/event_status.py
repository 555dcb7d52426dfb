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


def status_of(trigger: Token, time: TimeRecord | None, published: str | None) -> str:
    """The status of the event ``trigger`` (a verb or an event noun) reports; ``time`` is its own date."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else _verb_of_noun(trigger)
    sentence = trigger.sent.text.lower()
    if any(phrase in sentence for phrase in _words("phrase")):
        return "alleged"
    if verb is not None and (found := _own_status(verb)) is not None:
        return found
    if (found := _governed_status(verb or trigger, trigger)) is not None:
        return found
    if verb is not None and _looks_ahead(verb):
        return "planned"
    if any(t.lower_ in _words("adverb") and _words("adverb")[t.lower_] == "alleged" for t in trigger.sent):
        return "alleged"
    if _after_publication(time, published):
        return "planned"
    if verb is not None and verb.tag_ == "VBG" and any(a.lower_ in ("is", "are", "am") for a in _auxes(verb)):
        return "ongoing"
    return "occurred"


def _looks_ahead(verb: Token) -> bool:
    """A to-infinitive under a verb or noun that looks ahead: "promised to return", "the plan to meet"."""
    infinitive = any(a.lower_ == "to" for a in _auxes(verb))
    return infinitive and verb.head.lemma_.lower() in lexicons.words("prospective_words.txt")


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
    if modal == "hypothetical" and _reported_future(verb):
        return "planned"  # "officials said a summit would be held": the future of a past report
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


def _reported_future(verb: Token) -> bool:
    """A "would" clause reported by a speech verb with no condition of its own."""
    would = any(a.lower_ in ("would", "'d") for a in _auxes(verb))
    head = verb.head
    reported = verb.dep_ == "ccomp" and head.lemma_.lower() in lexicons.words("reporting_verbs.txt")
    return would and reported and not _has_condition(verb)


def _has_condition(verb: Token) -> bool:
    """Whether a clause opened by "if" hangs on ``verb`` ("if they cross, we will respond")."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in verb.children
    )


def _auxes(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _after_publication(time: TimeRecord | None, published: str | None) -> bool:
    """Whether the event's own day lies after the article's: a plan, whatever the tense."""
    if not published or time is None or time.granularity != "day" or not time.value or len(time.value) != 10:
        return False
    return dt.date.fromisoformat(time.value) > dt.date.fromisoformat(published)


@cache
def _words(role: str) -> dict[str, str]:
    return {word: status for word, status, kind in lexicons.table("event_status.tsv", 3) if kind == role}
