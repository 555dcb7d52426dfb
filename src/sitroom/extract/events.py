"""Who did what to whom: PLOVER events read from clauses and from event nouns, with their status.

A verb or noun in ``lexicons/event_verbs.tsv`` / ``event_nouns.tsv`` triggers an event of its PLOVER type.
The actor is the clause's subject (for a noun, its possessor or the subject of the verb it serves), the
target its object or the object of "against", "on", "with", "to"…; the place a place named with "in" or
"at"; the time the date that hangs on the trigger, else the sentence's. Status is the part automated coders
get wrong, so it is read from the grammar around the trigger (:mod:`sitroom.extract.event_status`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from sitroom import lexicons
from sitroom.extract.event_status import answering_verb, conditional, governs_status, status_of
from sitroom.extract.speakers import SpeakerResolver
from sitroom.objects import object_reading
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
_AIMS = ("against", "on")  # what a thing is aimed at: "evidence against Russia", "sanctions on Iran"
_PLACE_TYPES = {"GPE", "LOC", "FAC"}
# Events between equals: a second party may be named beside the first ("Merkel and Hollande will meet"), and
# "Merkel met Hollande" is "Hollande met Merkel" when reports are compared.
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE"})
_RECEIVING = {"receive"}  # what is received goes from the object of "from" to the subject
# Verbs whose subject, not their object, does what their to-infinitive says ("promised Macron to return").
_SUBJECT_CONTROL = {"promise", "vow", "pledge", "threaten", "offer"}
_ACCUSABLE = {"ASSAULT", "COERCE"}  # acts whose assertion by another party is an accusation
# Acts that, told by another party, are only what that party alleges ("officials say the rebels are
# preparing an offensive", "Washington says Moscow plans to accuse Kyiv").
_CLAIMED_AGAINST = {"ACCUSE", "REQUEST", "THREATEN"}  # whom a clause it takes is about is its target
_CONTENTIOUS = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "ACCUSE", "SANCTION"}
_ESTABLISHED = {"occurred", "ongoing", "planned"}  # statuses an accusation makes "alleged"
_FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
_QUESTIONING = {"ask", "demand"}  # verbs that request, or question with a clause of their own
_CONVERSING = {"talk", "speak", "chat", "converse"}  # a meeting only with a partner named
_DENYING = {"deny", "dispute"}  # a refusal with an object ("denied the request"), speech with a clause
# Prepositions of manner and time whose gerund the governor's subject does: "tricked them by breaking
# promises", "responded after meeting" (unlike "accused Russia of planning": the object plans).
_MEANS = {"by", "through", "after", "before", "while", "without", "in"}
# Acts of cooperation a party can refuse: "will not meet", "would not provide support" are REJECTs.
_COOPERATIVE = {"AGREE", "SUPPORT", "AID", "COOPERATE", "CONSULT", "CONCEDE", "RETREAT"}
_ACTS = {"AID", "MOBILIZE", "PROTEST", "SANCTION", "COERCE", "ASSAULT"}  # material acts with effects
_ACTOR_TYPES = {"PERSON", "ORG", "GPE", "NORP", "GROUP"}
_MAX_OBJECT_WORDS = 12  # an event's span runs from its trigger to the end of a short object
_MAX_PHRASE_TOKENS = 4  # "false-flag operation" is four tokens before the tokenizer is done
# An event's actor and target (mention starts) and the evidence of where they came from.
_Participants = tuple[int | None, int | None, tuple[str, ...]]


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
        actor, target, evidence = (_verb_participants if verb else _noun_participants)(token, resolver)
        if kind == "THREATEN" and verb and target is None and (act := _child(token, {"xcomp"})) is not None:
            # "threatened to kill Omar": whom the threatened act is aimed at is the threat's target
            target, _, how = _target(act, resolver)
            if target is not None:
                evidence = (
                    *(c for c in evidence if c != "target-none"),
                    *_party_evidence("target", "threatened", target, how),
                )
        if kind in _CLAIMED_AGAINST and verb and target is None:
            target, how = _clause_target(token, resolver)
            if target is not None:
                evidence = (
                    *(c for c in evidence if c != "target-none"),
                    *_party_evidence("target", "clause", target, how),
                )
        if kind in SYMMETRIC_TYPES and target is None:
            actor, target, between = _between(token, actor, resolver)
            if between:
                evidence = tuple(code for code in evidence if code != "target-none") + between
        quote = _quote_at(token.idx, quotes)
        if quote is not None and (actor is None or target is None):
            actor, target, evidence = _first_person(token, quotes[quote], actor, target, evidence)
        if kind == "ASSAULT" and _doer_lemma(token) in _object_class("protester"):
            kind, mode = "PROTEST", "riot"  # "a building was demolished by protesters": a violent protest
        if kind in ("MOBILIZE", "RETREAT") and "target-object" in evidence and _moves_own_force(token):
            # "mobilised 100,000 soldiers", "withdraw its troops": the actor's own force, not a target
            target = None
            evidence = (*(c for c in evidence if not c.startswith("target-")), "target-none")
        place, time = _place(token, resolver), _time(token, times)
        if not verb and actor is None and target is None and place is None and not _particular(token, times):
            continue  # "the talks", "a bailout": a bare noun names no particular event
        start, end = _extent(token)
        status = status_of(token, times[time] if time is not None else None, published, kind)
        if status == "negated" and (
            (verb and _lemma(token) in lexicons.words("refusal_verbs.txt")) or _refused(token, kind)
        ):
            # "would not accept": a refusal, stated; "if Kyiv does not accept": one that may come
            kind, mode = "REJECT", None
            status = "hypothetical" if conditional(token) else "occurred"
        reading = (kind, names.get(actor), names.get(target), _day(time, times), status)
        if any(_adds_nothing(reading, earlier, names, times) for earlier in found):
            continue  # one article reports one real event once: "Russia's invasion" after "Russia invaded"
        evidence += (*_trigger_evidence(token), f"status-{status}")
        evidence += ("in-quote",) if quote is not None else ()
        found.append(
            EventRecord(
                start=start,
                end=end,
                trigger_start=token.idx,
                trigger_end=token.idx + len(token.text),
                type=kind,
                mode=mode or None,
                status=status,
                actor=actor,
                target=target if target != actor else None,
                place=place,
                time=time,
                quote=quote,
                evidence=evidence,
            )
        )
    found = _speech_acts(doc, found, resolver, quotes, times, published)
    return tuple(sorted(found, key=lambda e: (e.trigger_start, e.start)))


def _adds_nothing(
    reading: tuple[str, str | None, str | None, str | None, str],
    earlier: EventRecord,
    names: dict[int, str],
    times: tuple[TimeRecord, ...],
) -> bool:
    """Whether a reading (type, actor's and target's names, day, status) mentions an earlier event again
    without adding a party, a day or a status: the gold codes a re-mention only when it adds one."""
    kind, actor, target, day, status = reading
    before = (earlier.type, names.get(earlier.actor), names.get(earlier.target), _day(earlier.time, times))
    return (
        kind == before[0]
        and status == earlier.status
        and all(
            ours is None or ours == theirs
            for ours, theirs in zip((actor, target, day), before[1:], strict=True)
        )
    )


def _speech_acts(
    doc: Doc,
    found: list[EventRecord],
    resolver: SpeakerResolver,
    quotes: tuple[QuoteRecord, ...],
    times: tuple[TimeRecord, ...],
    published: str | None,
) -> list[EventRecord]:
    """``found`` with the speech acts its reported acts make, as PLOVER and CAMEO code claims:

    - a speaker's assertion that another party used violence or repression is an ACCUSE of that party
      ("Kyiv said Russian forces shelled Kharkiv"), and the act is what the speaker alleges, not an
      established fact (status ``alleged`` where it read as done, going on or being prepared);
    - an act of force held out on a condition ("Putin said that if the West went on, Russia would deploy
      weapons") is a THREATEN by the speaker, aimed at the condition's subject where it names one.
    """
    acts: list[EventRecord] = []
    claimed = {e.trigger_start for e in found}
    alleged: set[int] = set()
    for n, event in enumerate(found):
        contentious = event.type in _CONTENTIOUS and event.actor is not None
        if not contentious and event.status != "threatened":
            continue
        span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
        verb = _claim_verb(span)
        if verb is None:
            continue
        subject = _child(verb, _SUBJECTS)
        speaker, how = _resolved(subject, resolver)
        # "US officials say Russia is preparing to accuse Ukraine": only alleged; "Lavrov said Russia would
        # respond": a party telling its own acts alleges nothing
        anonymous = speaker is None and subject is not None and resolver.resolve(subject).human
        told_by_another = anonymous or (
            speaker is not None and not _same_side(speaker, event.actor, resolver)
        )
        if contentious and event.status != "threatened" and told_by_another:
            alleged.add(n)
        if speaker is None or (contentious and _same_side(speaker, event.actor, resolver)):
            continue
        if verb.idx in claimed or (event.type not in _ACCUSABLE and event.status != "threatened"):
            continue
        if event.status != "threatened":
            kind, mode, target, source = "ACCUSE", "allege", event.actor, "claimed"
        else:
            condition = _condition_subject(span.root if span is not None else verb, resolver)
            kind, mode, target, source = "THREATEN", None, condition or event.target, "condition"
        claimed.add(verb.idx)
        time = _time(verb, times)
        status = status_of(verb, times[time] if time is not None else None, published)
        quote = _quote_at(verb.idx, quotes)
        acts.append(
            EventRecord(
                start=verb.idx,
                end=verb.idx + len(verb.text),
                trigger_start=verb.idx,
                trigger_end=verb.idx + len(verb.text),
                type=kind,
                mode=mode,
                status=status,
                actor=speaker,
                target=target if target != speaker else None,
                place=None,
                time=time,
                quote=quote,
                evidence=(
                    "claim",
                    "verb",
                    "actor-subject",
                    f"actor-{how}",
                    f"target-{source}" if target is not None else "target-none",
                    f"status-{status}",
                    *(("in-quote",) if quote is not None else ()),
                ),
            )
        )
    told = [_alleged(e) if n in alleged and e.status in _ESTABLISHED else e for n, e in enumerate(found)]
    return told + acts


def _same_side(speaker: int | None, actor: int | None, resolver: SpeakerResolver) -> bool:
    """Whether a speaker tells of its own side's act: the same mention or name, or a state or body the
    speaker's stated office belongs to ("Lavrov said Russia would respond")."""
    if speaker is None or actor is None or speaker == actor:
        return speaker is not None or actor is None
    mentions = {m.start: m for m in resolver.mentions}
    said, done = mentions.get(speaker), mentions.get(actor)
    if said is None or done is None:
        return False
    sides = {said.key, said.stands_for} | {r.org for r in resolver.roles if r.holder_start == speaker}
    return bool({done.key, done.stands_for} & (sides - {None}))


def _alleged(event: EventRecord) -> EventRecord:
    """``event`` as what a speaker alleges, its status evidence to match."""
    evidence = tuple("status-alleged" if code.startswith("status-") else code for code in event.evidence)
    return replace(event, status="alleged", evidence=evidence)


def _condition_subject(trigger: Token, resolver: SpeakerResolver) -> int | None:
    """The subject of the "if" clause a threatened act hangs on: whom the threat is aimed at."""
    token = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    for _ in range(4):
        for clause in token.children:
            marked = any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children)
            if clause.dep_ == "advcl" and marked:
                return _mention(_child(clause, _SUBJECTS), resolver)
        if token.head == token:
            return None
        token = token.head
    return None


def _quote_at(offset: int, quotes: tuple[QuoteRecord, ...]) -> int | None:
    """The index of the quotation holding ``offset``: an event inside it is what the speaker claims."""
    return next((n for n, q in enumerate(quotes) if q.start <= offset < q.end), None)


def _claim_verb(span: Span | None) -> Token | None:
    """The verb of assertion whose reported clause holds ``span``'s trigger ("said [that] … shelled")."""
    if span is None:
        return None
    token = span.root
    for _ in range(3):
        if token.dep_ not in (
            "ccomp",
            "xcomp",
            "conj",
            "relcl",
            "pobj",
            "prep",
            "dobj",
            "nsubj",
            "nsubjpass",
        ):
            return None
        head = token.head
        asserts = head.pos_ == "VERB" and _lemma(head) in lexicons.words("claim_verbs.txt")
        if token.dep_ == "ccomp" and asserts:
            return head
        token = head
    return None


def _trigger_evidence(token: Token) -> tuple[str, ...]:
    """How the trigger was read: a verb or a noun, a row of several words, a verb whose object decided
    it, a noun serving a verb ("held talks"), a noun with no verb, a word whose other senses are common."""
    found = ["verb" if token.pos_ in ("VERB", "AUX") else "noun"]
    if token.pos_ == "NOUN":
        found.append("noun-argument" if token.dep_ in _OBJECTS | _SUBJECTS else "noun-adjunct")
    if _phrase(token, _lexicon("event_verbs.tsv" if found[0] == "verb" else "event_nouns.tsv")) is not None:
        found.append("phrase")
    elif found[0] == "verb" and _decided_by(token) is not None:
        found.append("object-decides")
    if token.lemma_.lower() in lexicons.words("ambiguous_triggers.txt"):
        found.append("ambiguous-word")
    return tuple(found)


def _covered_by_another(token: Token) -> bool:
    """Whether one event already reads this trigger with another: a verb and its event-noun object are one
    event ("lifted the sanctions" is a RETREAT, not a SANCTION too), the noun's when the verb only says it
    took place ("held talks", "imposed sanctions": the object decides), unless the verb reads that object
    itself ("sent aid", "imposed a curfew"), the verb's otherwise."""
    if token.pos_ == "NOUN" and token.dep_ in _OBJECTS and token.head.pos_ == "VERB":
        verb = token.head
        if governs_status(verb):
            return False  # "ruled out boots on the ground", "threatened sanctions": two events, one ruled out
        light = _lemma(verb) in _light_verbs() and _decided_by(verb) is None
        return _trigger(verb) is not None and not light
    if token.pos_ == "VERB" and _lemma(token) in _light_verbs() and _decided_by(token) is None:
        return any(
            c.dep_ in _OBJECTS and c.pos_ == "NOUN" and _trigger(c) is not None for c in token.children
        )
    if token.pos_ == "VERB" and not governs_status(token):
        return _acting_event(token) is not None  # "sanctions will target the elite": the sanctions' aim
    return False


def _acting_event(verb: Token) -> Token | None:
    """The event noun that is the verb's subject when the verb only says what that act did ("the strike
    destroyed a hospital", "sanctions will target the elite"): one event, not two. Talks and deals are
    different: what happens to them is an event of its own ("talks broke down")."""
    subject = _child(verb, {"nsubj"})
    if subject is None or subject.pos_ != "NOUN":
        return None
    reading = _trigger(subject)
    return subject if reading is not None and reading[0] in _ACTS else None


def _decided_by(verb: Token) -> tuple[str, str] | None:
    """The (type, mode) the verb's object gives it in ``event_objects.tsv`` (type "-": no event), or None.

    The object is the direct object, a passive's subject (a relative pronoun standing for the noun it
    describes: "hostages who were held"), else the object of "to" ("agreed to the demands")."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
    if obj is not None and obj.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
        obj = verb.head
    if obj is None:
        obj = _prepositional(verb, ("to",))
    if obj is None:
        clause = _child(verb, {"ccomp"})
        return object_reading(_lemma(verb), "*") if clause is not None else None
    found = object_reading(_lemma(verb), obj.lemma_.lower()) or object_reading(_lemma(verb), obj.lower_)
    if found is None and obj.ent_type_ == "PERSON":
        found = object_reading(_lemma(verb), "person")  # "McCain was held": a named person, as "a person"
    return found


def _refused(trigger: Token, kind: str) -> bool:
    """A cooperative act its own party says it will not do: "would not provide support", "will not
    meet" — a refusal (REJECT), not merely something that did not happen."""
    if kind not in _COOPERATIVE:
        return False
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return verb.pos_ in ("VERB", "AUX") and any(
        a.lower_ in ("will", "would", "wo", "'ll") for a in _auxes(verb)
    )


def _auxes(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _moves_own_force(trigger: Token) -> bool:
    obj = _child(trigger, _OBJECTS)
    return obj is not None and obj.lemma_.lower() in _object_class("force")


def _has_partner(verb: Token) -> bool:
    """Whether a verb of talking names a party to it: whom it is with ("talked with Xi", "spoke to
    reporters"), a pair of subjects ("Biden and Xi talked"), a named or first-person subject ("we can talk
    about a loan"); "people are talking about it" names none."""
    if _prepositional(verb, ("with", "to")) is not None:
        return True
    subject = _child(verb, _SUBJECTS)
    if subject is None:
        return False
    party = subject.pos_ == "PROPN" or subject.lower_ in ("we", "they")  # "we can talk about a new loan"
    return party or any(c.dep_ == "conj" for c in subject.children)


def _asks_a_question(verb: Token) -> bool:
    """ "demanded how he could be so sure", "asked whether …": a question in a clause of its own."""
    clause = _child(verb, {"ccomp"})
    if clause is None:
        return False
    return clause.left_edge.lower_ in ("how", "why", "what", "whether", "if", "when", "where", "who", "which")


def _questions(verb: Token) -> bool:
    """Whether "ask" puts a question rather than a request: no "to"-clause, no "for", no event noun as its
    object ("asked Morrison about concerns", "asked whether …", "“…?” he asked"; not "asked Russia to
    withdraw", "asked for a loan")."""
    if _asks_a_question(verb):
        return True
    wanted = _prepositional(verb, ("for",))
    if wanted is not None and wanted.lemma_.lower() in _object_class("inquiry"):
        return True  # "asked for comment": a reporter's question
    if _child(verb, {"xcomp"}) is not None or wanted is not None or _lemma(verb) != "ask":
        return False
    obj = _child(verb, {"dobj"})
    # "asked Morrison about it", "asked whether …", "“…?” he asked"; "asked a favour" reads through the noun
    return obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in _lexicon("event_nouns.tsv").rows


def _by_accident(verb: Token) -> bool:
    """Whether an act of violence is told as harm from an accident or disaster: its subject, its agent or
    what it happened "in" is a crash, a fire, a storm ("killed in a helicopter crash", "a storm killed")."""
    reading = _lexicon("event_verbs.tsv").rows.get(verb.lemma_.lower())
    if reading is None or reading[0] != "ASSAULT":
        return False
    accidents = _object_class("accident")
    causes = [_child(verb, {"nsubj"}), _prepositional(verb, ("in", "by", "from", "during"))]
    return any(c is not None and c.lemma_.lower() in accidents for c in causes)


def _preposition_decides(noun: Token) -> tuple[str, str] | None:
    """The (type, mode) an event noun's preposition gives it ("a call with X": CONSULT phone; "a request
    for comment": no event), a row naming the preposition's object before one that needs none."""
    lemma = noun.lemma_.lower()
    for child in noun.children:
        if child.dep_ != "prep":
            continue
        obj = _child(child, {"pobj"})
        rows = _noun_prepositions().get((lemma, child.lower_), ())
        for objects, reading in sorted(rows, key=lambda row: not row[0]):
            if not objects or (obj is not None and obj.lemma_.lower() in objects):
                return reading
    return None


def _judgement(verb: Token) -> tuple[str, str] | None:
    """What calling something something reports: "called the deal a surrender" is a criticism (ACCUSE),
    "called the talks constructive" praise (SUPPORT), "called it a meeting" nothing ("-"); None when the
    verb is not "call"/"describe"/"brand"/"label" with a predicate."""
    if _lemma(verb) not in ("call", "describe", "brand", "label", "term", "dub"):
        return None
    predicate = _child(verb, {"oprd"})
    if predicate is None and _lemma(verb) != "call":
        as_phrase = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        predicate = next(iter(as_phrase.children), None) if as_phrase is not None else None  # "as illegal"
    if predicate is None:
        return None
    words = [predicate, *(c for c in predicate.children if c.dep_ in ("amod", "compound"))]
    table = _evaluations()
    found = next((table[w.lemma_.lower()] for w in words if w.lemma_.lower() in table), None)
    return found or ("-", "")


def _undecided_object(verb: Token) -> bool:
    """Whether the verb's object is a common noun that is no event and no party: for a verb whose object
    decides ("hold", "send", "undertake"), such an object leaves it no event to report."""
    obj = _child(verb, {"dobj", "obj"})
    if obj is None or obj.pos_ != "NOUN" or obj.ent_type_:
        return False
    return _lexicon("event_nouns.tsv").rows.get(obj.lemma_.lower()) is None


def _lemma(verb: Token) -> str:
    return verb.lemma_.lower()


def _day(index: int | None, times: tuple[TimeRecord, ...]) -> str | None:
    return times[index].value if index is not None else None


def _trigger(token: Token) -> tuple[str, str] | None:
    """The PLOVER (type, mode) a verb or noun triggers: a row of several words around it first
    ("cyber-attack", "boots on the ground"), then a verb's object where it decides ("sent troops"), phrasal
    verbs ("walk out"), the word alone."""
    if token.pos_ not in ("VERB", "NOUN") or (token.pos_ == "VERB" and token.dep_ == "amod"):
        return None  # a participle before a noun describes it: "agreed structures", "a planned attack"
    lexicon = _lexicon("event_verbs.tsv" if token.pos_ == "VERB" else "event_nouns.tsv")
    table = lexicon.rows
    if (found := _phrase(token, lexicon)) is not None:
        return None if found[0] == "-" else found
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN":
        if (by_preposition := _preposition_decides(token)) is not None:
            return None if by_preposition[0] == "-" else by_preposition
        return table.get(lemma) or table.get(token.lower_)
    if (judged := _judgement(token)) is not None:
        return None if judged[0] == "-" else judged
    if (decided := _decided_by(token)) is not None:
        return None if decided[0] == "-" else decided
    if _by_accident(token):
        return None  # "killed in a helicopter crash": harm with nobody acting is no ASSAULT
    if lemma in _light_verbs() and _undecided_object(token):
        return None  # "undertake a review", "send a team": the verb says nothing of its own
    if lemma in lexicons.words("commitment_verbs.txt") and _child(token, {"xcomp"}) is not None:
        return None  # "vowed to retaliate": the retaliation, planned, is the event
    if lemma in _QUESTIONING and _questions(token):
        return None  # "asked Morrison about the call": a question, not a request
    if lemma in _CONVERSING and not _has_partner(token):
        return None  # "people are talking about it": talk with nobody named is no meeting
    if lemma in _DENYING and any(c.dep_ in ("xcomp", "ccomp", "pcomp") for c in token.children):
        return None  # "denied having sex with …": denying a fact is speech; what is denied is negated
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
    if particle is None and token.i + 1 < len(token.doc) and token.nbor().pos_ in ("ADP", "ADV", "PART"):
        particle = token.nbor().lower_  # "stepped down", "walk away": the parser did not join them
    if particle and (found := table.get(f"{lemma} {particle}")):
        return found
    return table.get(lemma)


def _phrase(token: Token, lexicon: _Lexicon) -> tuple[str, str] | None:
    """A row of several words ending in ``token`` (its lemma) or starting at it, longest first.

    The tokenizer splits hyphens ("cyber-attack" is three tokens) and a compound's head alone can mislead
    ("hunger strike" is no military strike), so the words around the token are read as written.
    """
    doc, table, lemma, lower = token.doc, lexicon.rows, token.lemma_.lower(), token.lower_
    if lemma in lexicon.ends or lower in lexicon.ends:
        for width in range(_MAX_PHRASE_TOKENS, 0, -1):
            if token.i - width < token.sent.start:
                continue
            before = doc[token.i - width : token.i].text_with_ws.lower()
            if (found := table.get(before + lemma) or table.get(before + lower)) is not None:
                return found
    if lemma in lexicon.starts or lower in lexicon.starts:
        for width in range(_MAX_PHRASE_TOKENS, 0, -1):
            if token.i + width >= token.sent.end:
                continue
            after = doc[token.i : token.i + width + 1].text.lower()
            if (found := table.get(after)) is not None:
                return found
    return None


def _verb_participants(verb: Token, resolver: SpeakerResolver) -> _Participants:
    """Subject and object of a verb, with where each came from; a passive's agent acts on its subject
    ("was invaded by X")."""
    subject = _child(verb, _SUBJECTS)
    passive = subject is not None and subject.dep_ == "nsubjpass"
    source = "subject"
    if subject is None:
        subject, source = _controller(verb), "controller"
    agent = next(
        (g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None
    )
    if passive:
        # "released yesterday by Putin" (a "by" the parser did not make the agent); "was fired at it from
        # the Gaza Strip" (force from a place names who used it)
        agent = (
            agent
            or _prepositional(verb, ("by",))
            or (_prepositional(verb, ("from",)) if _forceful(verb) else None)
        )
        actor, how = _resolved(agent, resolver)
        target, target_how = _resolved(subject, resolver)
        if target is None and subject is not None and subject.pos_ == "NOUN":
            target, target_how = _resolved(
                _prepositional(subject, _AIMS), resolver
            )  # "evidence against Russia"
        return (
            actor,
            target,
            _party_evidence("actor", "agent", actor, how)
            + _party_evidence("target", "passive-subject", target, target_how),
        )
    if _lemma(verb) in _RECEIVING:
        obj = _child(verb, _OBJECTS)
        giver = _prepositional(verb, ("from",)) or (
            _prepositional(obj, ("from",)) if obj is not None else None
        )
        actor, how = _resolved(giver, resolver)  # "received ministers from the government": the government
        target, target_how = _resolved(subject, resolver)
        return (
            actor,
            target,
            _party_evidence("actor", "giver", actor, how)
            + _party_evidence("target", "receiver", target, target_how),
        )
    actor, how = _resolved(subject, resolver)
    target, target_source, target_how = None, "reciprocal", None
    if subject is not None and _reciprocal(verb):
        # "Johnson and Corbyn attacked each other's policies on Brexit": each is the other's target
        target = next(
            (m for c in subject.conjuncts if (m := _mention(c, resolver)) not in (None, actor)), None
        )
    if target is None:
        target, target_source, target_how = _target(verb, resolver)
    return (
        actor,
        target,
        _party_evidence("actor", source, actor, how)
        + _party_evidence("target", target_source, target, target_how),
    )


def _reciprocal(verb: Token) -> bool:
    """Whether the verb's object is "each other" or "one another", or something of theirs."""
    obj = _child(verb, _OBJECTS)
    for word in (obj, _child(obj, {"poss"}) if obj is not None else None):
        if word is not None and any(
            c.dep_ == "det" and c.lower_ in ("each", "another") for c in word.children
        ):
            return word.lower_ in ("other", "one")
    return False


def _clause_target(verb: Token, resolver: SpeakerResolver) -> tuple[int | None, str | None]:
    """Whom an accusation or a demand made in a clause of its own is about: the clause's subject, or
    whose it is ("alleging that Trump's call was improper": Trump; "demanded that Kyiv withdraw": Kyiv)."""
    clause = _child(verb, {"ccomp"})
    subject = _child(clause, _SUBJECTS) if clause is not None else None
    if subject is None:
        return None, None
    found, how = _resolved(subject, resolver)
    if found is None and subject.pos_ == "NOUN":
        found, how = _resolved(_child(subject, {"poss"}), resolver)
    return found, how


def _prepositional(head: Token, prepositions: tuple[str, ...] | frozenset[str]) -> Token | None:
    """The object of the first of ``head``'s prepositions that is one of ``prepositions``."""
    for child in head.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in prepositions:
            obj = _child(child, {"pobj"})
            if obj is not None:
                return obj
    return None


def _forceful(verb: Token) -> bool:
    reading = _trigger(verb)
    return reading is not None and reading[0] in _ACCUSABLE


def _party_evidence(side: str, source: str, mention: int | None, how: str | None) -> tuple[str, ...]:
    """``actor-subject``, ``actor-pronoun``…: where a participant was found and how it was resolved."""
    if mention is None:
        return (f"{side}-none",)
    return (f"{side}-{source}", f"{side}-{how}") if how else (f"{side}-{source}",)


def _controller(verb: Token) -> Token | None:
    """Who does what a verb with no subject of its own reports: the object of a verb it completes that
    has one ("urged Tehran to halt", "asked Russia to withdraw"; not "promised Macron to return"), else the
    subject of the verb it completes ("agreed to meet", "met and agreed", "is expected to reject"), or the
    object of the verb whose preposition it follows ("accused Russia of planning", "blamed Kyiv for
    shelling"), else its subject."""
    head = verb.head
    if head == verb:
        return None
    if verb.dep_ == "xcomp" and head.pos_ == "VERB" and _lemma(head) not in _SUBJECT_CONTROL:
        obj = _child(head, {"dobj"})
        if obj is not None:
            return obj  # "urged Tehran to halt enrichment": Tehran is to halt it
    if verb.dep_ in ("xcomp", "conj", "advcl") and head.pos_ in ("VERB", "AUX", "ADJ"):
        return _child(head, _SUBJECTS) or _controller(head)
    if verb.dep_ == "acomp":
        return _child(head, _SUBJECTS) or _controller(head)  # "Moscow is ready to talk"
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        governor = head.head
        if head.lower_ in _MEANS:
            return _child(governor, _SUBJECTS) or _controller(governor)  # "tricked X by breaking promises"
        return _child(governor, _OBJECTS) or _child(governor, _SUBJECTS) or _controller(governor)
    return None


def _target(verb: Token, resolver: SpeakerResolver) -> tuple[int | None, str, str | None]:
    """The first of a verb's object, its prepositional objects and a dative "to" that names an entity
    ("sent paratroopers to Kazakhstan": the place they are sent to), else what its object is aimed at
    ("lifted sanctions on Belarus", "presented evidence against Russia"; "of" only after an event noun);
    with where it came from and how it was resolved."""
    obj = _child(verb, _OBJECTS)
    sources = ((obj, "object"), (_prepositional_object(verb), "preposition"), (_dative(verb), "dative"))
    for candidate, source in sources:
        found, how = _resolved(candidate, resolver)
        if found is not None:
            return found, source, how
    if obj is not None and obj.pos_ == "NOUN":
        aim = _prepositional_object(obj, include_of=_trigger(obj) is not None)
        found, how = _resolved(aim, resolver)
        return found, "aim", how
    return None, "none", None


def _noun_participants(noun: Token, resolver: SpeakerResolver) -> _Participants:
    """An event noun's actor and target, with where each came from: "Russia's annexation of Crimea",
    "talks with Greece", or who does what the verb it is the object of reports ("Athens requested a
    loan", "accused Russia of planning an attack")."""
    possessor = _child(noun, {"poss"})
    compound = next((c for c in noun.children if c.dep_ == "compound" and _is_actor(c, resolver)), None)
    actor, how = _resolved(possessor or compound, resolver)
    source = "possessor" if possessor is not None else "compound"
    target, target_how = _resolved(_prepositional_object(noun), resolver)
    target_source = "preposition"
    if actor is None and (agent := _prepositional(noun, ("by", "from"))) is not None:
        # "an air strike by government forces", "pressure from Congress": and whoever faces or receives
        # it is its target ("Obama faces pressure from Congress")
        actor, how = _resolved(agent, resolver)
        source = "agent"
        governed = noun.dep_ in _OBJECTS and noun.head.pos_ in ("VERB", "AUX")
        if actor is not None and target in (None, actor) and governed:
            target, target_how = _resolved(_child(noun.head, _SUBJECTS), resolver)
            target_source = "governor"
    answering = answering_verb(noun)
    if answering is not None and target is None:
        # "the Church denied these allegations", "YouTube complied with the Church's requests": a speech
        # act is aimed at whoever answers it
        answerer = _prepositional(answering, ("by",)) if answering.tag_ == "VBN" else None
        target, target_how = _resolved(answerer or _child(answering, {"nsubj"}), resolver)
        target_source = "answerer"
    elif actor is None and noun.dep_ in _OBJECTS and noun.head.pos_ in ("VERB", "AUX"):
        actor, how = _resolved(_child(noun.head, _SUBJECTS) or _controller(noun.head), resolver)
        source = "governor"
    if actor is None and (verb := _engaged_in(noun)) is not None:
        # "rebels engaged peacekeepers in a firefight": who takes part in it, and whom they engage
        actor, how = _resolved(_child(verb, {"nsubj"}), resolver)
        source = "governor"
        if target is None:
            target, target_how = _resolved(_child(verb, {"dobj"}), resolver)
            target_source = "governor"
    if actor is None:
        # "Russian aggression", "Israeli tank shelling": a state's adjective before the noun
        modifier = next((t for t in _modifiers(noun) if t.dep_ == "amod" and _is_actor(t, resolver)), None)
        actor, how = _resolved(modifier, resolver)
        source = "adjective"
    evidence = _party_evidence("actor", source, actor, how)
    return actor, target, evidence + _party_evidence("target", target_source, target, target_how)


def _first_person(
    trigger: Token, quote: QuoteRecord, actor: int | None, target: int | None, evidence: tuple[str, ...]
) -> _Participants:
    """Inside a quotation, "I" and "we" are its speaker: "We will not accept attempts to …" (Esper) has
    Esper for its actor; "they attacked us" has him for its target."""
    speaker = quote.speaker_mention
    if speaker is None:
        return actor, target, evidence
    subject = _child(trigger, _SUBJECTS) if trigger.pos_ in ("VERB", "AUX") else _child(trigger, {"poss"})
    if subject is None and trigger.pos_ in ("VERB", "AUX"):
        subject = _controller(trigger)
    if actor is None and subject is not None and subject.lower_ in _FIRST_PERSON:
        actor = speaker
        evidence = (*(c for c in evidence if c != "actor-none"), "actor-speaker")
    obj = _child(trigger, _OBJECTS) if trigger.pos_ in ("VERB", "AUX") else None
    if target is None and obj is not None and obj.lower_ in _FIRST_PERSON and speaker != actor:
        target = speaker
        evidence = (*(c for c in evidence if c != "target-none"), "target-speaker")
    return actor, target, evidence


def _doer_lemma(trigger: Token) -> str | None:
    """The head noun of whoever does what the trigger reports: a verb's subject or passive agent, a
    noun's possessor or "by" agent."""
    if trigger.pos_ in ("VERB", "AUX"):
        subject = _child(trigger, _SUBJECTS)
        doer = (
            _prepositional(trigger, ("by",))
            if subject is not None and subject.dep_ == "nsubjpass"
            else subject
        )
    else:
        doer = _child(trigger, {"poss"}) or _prepositional(trigger, ("by",))
    return doer.lemma_.lower() if doer is not None else None


def _engaged_in(noun: Token) -> Token | None:
    """The active verb an event noun follows "in" on, when the verb is one of taking part ("engaged in a
    firefight", "took part in the talks", "joined in the protests"), else None."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ != "in" or preposition.head.pos_ != "VERB":
        return None
    verb = preposition.head
    return verb if verb.lemma_.lower() in lexicons.words("participation_verbs.txt") else None


def _modifiers(noun: Token) -> list[Token]:
    """The words before a noun inside its phrase, the modifiers of its compounds included ("Israeli" in
    "Israeli tank shelling")."""
    found = []
    for child in noun.lefts:
        if child.dep_ in ("amod", "compound", "nmod"):
            found.append(child)
            found.extend(t for t in child.lefts if t.dep_ in ("amod", "compound"))
    return found


def _between(trigger: Token, actor: int | None, resolver: SpeakerResolver) -> _Participants:
    """Both parties of an event between equals named together: "Merkel and Hollande will meet", "talks
    between Russia and the US"."""
    if (pair := _hyphenated_pair(trigger, resolver)) is not None:
        return pair[0], pair[1], ("target-hyphenated",)
    subject = _child(trigger, _SUBJECTS)
    between = next((c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "between"), None)
    named = subject if subject is not None and actor is not None else None
    if named is None and between is not None:
        named = _child(between, {"pobj"})
    if named is None:
        return actor, None, ()
    partner = next((m for c in named.conjuncts if (m := _mention(c, resolver)) is not None), None)
    evidence = ("target-between",) if partner is not None else ()
    return (actor if actor is not None else _mention(named, resolver)), partner, evidence


def _hyphenated_pair(noun: Token, resolver: SpeakerResolver) -> tuple[int, int] | None:
    """The two parties of "EU-China talks", "Russian-Ukrainian negotiations": two named modifiers of an
    event noun joined by a hyphen, the first as actor."""
    for second in noun.lefts:
        if second.dep_ not in ("compound", "amod") or not _is_actor(second, resolver):
            continue
        for first in second.lefts:
            joined = first.i + 2 == second.i and first.doc[first.i + 1].text in ("-", "–")
            if first.dep_ in ("compound", "amod") and joined and _is_actor(first, resolver):
                a, b = _mention(first, resolver), _mention(second, resolver)
                if a is not None and b is not None and a != b:
                    return a, b
    return None


def _is_actor(token: Token, resolver: SpeakerResolver) -> bool:
    mention = resolver.by_token.get(token.i)
    return mention is not None and mention.type in _ACTOR_TYPES


def _child(token: Token, deps: set[str]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _prepositional_object(head: Token, *, include_of: bool = True) -> Token | None:
    """The object of the first preposition on ``head`` that names a target ("sanctions on Russia")."""
    for child in head.children:
        aims = child.lower_ in _TARGET_PREPOSITIONS and (include_of or child.lower_ != "of")
        if child.dep_ == "prep" and aims:
            obj = _child(child, {"pobj"})
            if obj is not None:
                return obj
    return None


def _dative(verb: Token) -> Token | None:
    """The object of a "to" the parser calls a dative: "sent paratroopers to Kazakhstan"."""
    to = next((c for c in verb.children if c.dep_ == "dative" and c.lower_ == "to"), None)
    return _child(to, {"pobj"}) if to is not None else None


def _mention(token: Token | None, resolver: SpeakerResolver) -> int | None:
    """The start of the mention a participant names (see :func:`_resolved`), or None."""
    return _resolved(token, resolver)[0]


def _resolved(token: Token | None, resolver: SpeakerResolver) -> tuple[int | None, str | None]:
    """The start of the mention a participant names, a pronoun's antecedent included, else the state or
    organisation a description names ("the US leader", "Israeli troops"), with how it was found (``name``,
    ``pronoun``, ``description``, ``modifier``…); (None, None) for none."""
    if token is None:
        return None, None
    for candidate in (token, *token.conjuncts):
        speaker = resolver.resolve(candidate)
        if speaker.mention is not None:
            return speaker.mention, speaker.how
    private = token.lemma_.lower() in lexicons.words("private_person_nouns.txt")  # "a New York man"
    for modifier in token.lefts:
        mention = resolver.by_token.get(modifier.i)
        if private and modifier.dep_ != "poss":
            continue
        if modifier.dep_ in ("compound", "amod", "poss", "nmod") and mention and mention.type in _ACTOR_TYPES:
            return mention.start, "modifier"
    if token.lemma_.lower() in lexicons.words("partitive_nouns.txt"):
        # "a group of physicians is urging", "thousands of protesters marched": the physicians, the protesters
        members = _prepositional(token, ("of",))
        if members is not None and (found := _resolved(members, resolver))[0] is not None:
            return found
    if token.lemma_.lower() in lexicons.words("speaker_nouns.txt"):
        # "a court in Guyana", "the government of Iraq": an unnamed body of a named state
        for place in (_prepositional(token, ("in", "of")),):
            mention = resolver.by_token.get(place.i) if place is not None else None
            if mention is not None and mention.type == "GPE":
                return mention.start, "institution"
    return None, None


def _place(trigger: Token, resolver: SpeakerResolver) -> int | None:
    """A place named with "in"/"at" on the trigger ("talks in Geneva"), or on the verb an event noun is the
    subject or object of ("talks began in Geneva", "held talks in Geneva")."""
    heads = [trigger]
    served = trigger.dep_ in _SUBJECTS | _OBJECTS and trigger.head.pos_ in ("VERB", "AUX")
    if trigger.pos_ == "NOUN" and served:
        heads.append(trigger.head)
    for head in heads:
        for child in head.children:
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
        if t.type == "date" and sentence.start_char <= t.start < sentence.end_char
    ]
    for n in in_sentence:
        span = trigger.doc.char_span(times[n].start, times[n].end, alignment_mode="expand")
        if span is not None and _depends_on(span.root, trigger):
            return n
    return in_sentence[0] if len(in_sentence) == 1 else None


def _particular(trigger: Token, times: tuple[TimeRecord, ...]) -> bool:
    """Whether an event noun with no named participant still names one event: a date hangs on it ("the
    annexation of Crimea in 2014") or it is aimed at something ("an attack on government websites")."""
    if _prepositional_object(trigger, include_of=False) is not None:
        return True
    acts = trigger.dep_ == "nsubj" and _trigger(trigger.head) is not None
    if acts and _acting_event(trigger.head) == trigger:
        return True  # "the strike destroyed a hospital"
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
        if child.dep_ == "xcomp" and _trigger(child) is not None:
            break  # "promised to return": the return is an event of its own
        if child.dep_ in _OBJECTS | {"prep", "prt", "dative", "xcomp"} and not child.is_punct:
            last = max(last, child.right_edge, key=lambda t: t.i)
            break
    if last.i - trigger.i > _MAX_OBJECT_WORDS:
        last = doc[trigger.i + _MAX_OBJECT_WORDS]
    while last.i > trigger.i and last.is_punct:
        last = doc[last.i - 1]
    return first.idx, last.idx + len(last.text)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """A trigger lexicon: (type, mode) by word or phrase, and the words its phrases end and start with."""

    rows: dict[str, tuple[str, str]]
    ends: frozenset[str]
    starts: frozenset[str]


@cache
def _lexicon(name: str) -> _Lexicon:
    rows = {word: (kind, mode) for word, kind, mode, _ in lexicons.table(name, 4)}
    phrases = [re.split(r"[ -]", word) for word in rows if re.search(r"[ -]", word)]
    return _Lexicon(rows, frozenset(p[-1] for p in phrases), frozenset(p[0] for p in phrases))


@cache
def _object_class(name: str) -> frozenset[str]:
    """The nouns of one class of ``object_classes.tsv``."""
    return frozenset(
        n for c, nouns in lexicons.table("object_classes.tsv", 2) if c == name for n in nouns.split(",")
    )


@cache
def _noun_prepositions() -> dict[tuple[str, str], list[tuple[frozenset[str], tuple[str, str]]]]:
    """(noun, preposition) -> [(objects the row needs, empty for any; (type, mode))]."""
    rows: dict[tuple[str, str], list[tuple[frozenset[str], tuple[str, str]]]] = {}
    for noun, prep, kind, mode, objects in lexicons.table("noun_prepositions.tsv", 5):
        needed: set[str] = set()
        for item in filter(None, objects.split(",")):
            needed |= _object_class(item[1:]) if item.startswith("@") else {item}
        rows.setdefault((noun, prep), []).append((frozenset(needed), (kind, mode)))
    return rows


@cache
def _evaluations() -> dict[str, tuple[str, str]]:
    return {word: (kind, mode) for word, kind, mode in lexicons.table("evaluation_words.tsv", 3)}


@cache
def _light_verbs() -> frozenset[str]:
    """Verbs whose object decides the event ("hold talks", "impose sanctions"), as their notes say."""
    rows = lexicons.table("event_verbs.tsv", 4)
    return frozenset(lemma for lemma, _, _, note in rows if note.startswith("object decides"))
