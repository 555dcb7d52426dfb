"""Who did what to whom: PLOVER events read from clauses and from event nouns, with their status.

Each word is read in four steps, one module each: whether it reports an event and of what type
(:mod:`sitroom.extract.event_triggers`), who does it and to whom (:mod:`sitroom.extract.event_participants`),
whether it happened (:mod:`sitroom.extract.event_status`: the part automated coders get wrong), and here
where and when (a place named with "in" or "at"; the date that hangs on the trigger, else the sentence's).
Here too the article's events are put together: a re-mention that adds nothing is dropped, a refusal to
cooperate becomes a REJECT, and a speaker's claim that another party used force becomes an ACCUSE.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from sitroom import lexicons
from sitroom.extract import _words
from sitroom.extract._syntax import OBJECTS, SUBJECTS, first_child, infinitive, lemma_of, prepositional
from sitroom.extract.event_participants import (
    clause_target,
    destination,
    doer_lemma,
    first_person,
    mention_of,
    noun_participants,
    owned_up_to,
    parties_between,
    party_evidence,
    place_before,
    prepositional_object,
    resolved,
    verb_participants,
    verb_target,
)
from sitroom.extract.event_status import conditional, status_of
from sitroom.extract.event_triggers import (
    ACCUSABLE,
    ATTACKING,
    SEARCHING,
    acting_event,
    carrying_participle,
    carrying_verb,
    covered_by_another,
    denied_leave,
    object_class,
    same_purpose,
    trigger_evidence,
    trigger_reading,
    trigger_type,
)
from sitroom.extract.referents import is_news_outlet
from sitroom.extract.speakers import SpeakerResolver
from sitroom.types import EventRecord, MentionRecord, QuoteRecord, RoleRecord, TimeRecord

_PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside"}
_PLACE_TYPES = {"GPE", "LOC", "FAC"}
# Events between equals: a second party may be named beside the first ("Merkel and Hollande will meet"), and
# "Merkel met Hollande" is "Hollande met Merkel" when reports are compared.
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE"})
# Agreeing verbs whose joint subject agreed with each other ("Russia and Ukraine agreed to a truce"), not a
# promise two parties made together to a third ("France and Germany pledged to help").
_MUTUAL = {"agree", "reach", "strike", "conclude", "sign"}
_CLAIMED_AGAINST = {"ACCUSE", "REQUEST", "THREATEN"}  # whom a clause it takes is about is its target
_AIMED_THROUGH_ACT = {
    "THREATEN",
    "REJECT",
    "AGREE",
}  # "threatened/refused/agreed to <act> X": X is the target
# Acts that, told by another party, are only what that party alleges ("officials say the rebels are
# preparing an offensive", "Washington says Moscow plans to accuse Kyiv").
_CONTENTIOUS = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "ACCUSE", "SANCTION"}
_LEGAL = {"COERCE", "ACCUSE", "SANCTION"}  # arrests, charges, sentences: what the law's officers record
_ESTABLISHED = {"occurred", "ongoing", "planned"}  # statuses an accusation makes "alleged"
# Voters backing a party or a candidate ("voters switched parties to back Samaras"): an election, no PLOVER
# event. What they accept or reject in a referendum stays an event, as the demo gold codes it.
_ELECTORAL = {"SUPPORT"}
_VOTERS = {"voter", "electorate", "elector"}
_FORCES = {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"}  # what a quake or a storm seems to do
_PRESS = {"reporter", "journalist", "correspondent", "press", "media"}  # whom an interview is given to
_TESTIFYING = {"testify", "testimony"}  # a witness's appearance before a body, a CONSULT with it
# Nouns of pressing that, with no one pressing, tell a state ("under pressure to resign"), not a request.
_FELT_PRESSURES = {"pressure"}
_POINTING = {"the", "these", "those", "this", "that", "such"}  # determiners of a claim already told
_CLAIM_REACH = 600  # characters before a rejection's sentence where the claim it answers may be told
# Acts of cooperation a party can refuse: "will not meet", "would not provide support" are REJECTs.
_COOPERATIVE = {"AGREE", "SUPPORT", "AID", "COOPERATE", "CONSULT", "CONCEDE", "RETREAT"}
_UNSETTLED = {"ongoing", "planned", "hypothetical"}  # statuses a host clause may lend an event noun
# Acts of dealing or of moving forces, which a machine does for no one unless a party is named with it.
_DEALINGS = frozenset(
    {"AGREE", "REJECT", "REQUEST", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "RETREAT", "MOBILIZE"}
)
_JOURNEYS = {"travel", "trip", "journey", "tour"}  # a visit only when someone in office makes it
_OFFICIAL_GROUPS = {
    "official",
    "minister",
    "diplomat",
    "delegate",
    "delegation",
    "leader",
    "lawmaker",
    "envoy",
}
_DEITIES = {"god", "allah", "the lord", "lord", "jesus", "christ"}  # addressed in prayer, no party
_ENTERING = {"storm", "raid"}  # forcing a way in: a raid when the police do it
_POINTING = {"the", "this", "that", "these", "those"}  # determiners of an event told before
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
    by_start = {m.start: m for m in mentions}
    police = lexicons.words("law_enforcement_nouns.txt")
    found = []
    for token in doc:
        reading = trigger_reading(token)
        if reading is None or covered_by_another(token) or _in_a_name(token, resolver.by_token):
            continue
        kind, mode = reading
        verb = token.pos_ in ("VERB", "AUX")
        if not verb and _told_by_its_clause(token, kind):
            continue  # "the attacks that killed 128 people": one event, told by the verb
        actor, target, evidence = (verb_participants if verb else noun_participants)(token, resolver)
        told_of = _noun_told(token, kind) if verb else None
        if told_of is not None:
            # "Russia's attack on Kharkiv, which killed ten civilians": who attacked, killed
            actor = noun_participants(told_of, resolver)[0]
            evidence = (
                *(c for c in evidence if not c.startswith("actor-")),
                *party_evidence("actor", "noun", actor, None),
            )
        purpose = same_purpose(token) if verb else None
        if purpose is not None and (met := verb_target(purpose, resolver))[0] is not None:
            # "will travel to Washington to meet with Obama": whom the journey is for, not where it goes
            target = met[0]
            evidence = (
                *(c for c in evidence if not c.startswith("target-")),
                *party_evidence("target", "act", target, met[2]),
            )
        if (
            kind in _AIMED_THROUGH_ACT
            and target is None
            and (act := first_child(token, {"xcomp"} if verb else {"acl"})) is not None
            and (verb or infinitive(act))
        ):
            # "threatened to kill Omar", "refused to negotiate with Kabul", "agreed to meet Putin", "a threat
            # to cut gas to Europe": whom the act threatened, refused or agreed to is aimed at is the target
            target, _, how = verb_target(act, resolver)
            if target is not None:
                evidence = (
                    *(c for c in evidence if c != "target-none"),
                    *party_evidence("target", "threatened" if kind == "THREATEN" else "act", target, how),
                )
        if kind == "REQUEST" and verb and target is None and (named := _named_in_request(token, resolver)):
            # "called for a UN Security Council debate", "an emergency meeting of the Arab League": the
            # body that is asked to act
            target = named
            evidence = (*(c for c in evidence if c != "target-none"), "target-aim")
        if kind in _CLAIMED_AGAINST and verb and target is None:
            target, how = clause_target(token, resolver)
            if target is not None:
                evidence = (
                    *(c for c in evidence if c != "target-none"),
                    *party_evidence("target", "clause", target, how),
                )
        # "Russia and Ukraine agreed to a truce", "Israel and Hamas reached a deal", "clashes between"
        carrier = token.head if token.dep_ in OBJECTS else token
        mutual = kind == "AGREE" and _MUTUAL & {lemma_of(token), lemma_of(carrier)}
        # "Volker and Morrison testified before the committee": the committee is whom they meet
        before_body = lemma_of(token) in _TESTIFYING and prepositional(token, ("before", "to")) is not None
        if (kind in SYMMETRIC_TYPES or mutual or mode == "sideAB") and target is None and not before_body:
            actor, target, between = parties_between(token, actor, resolver)
            if between:
                dropped = {"target-none", "actor-none"} if "actor-between" in between else {"target-none"}
                evidence = tuple(code for code in evidence if code not in dropped) + between
        quote = _quote_at(token.idx, quotes)
        if verb and _to_blame(token):
            # "Hollande said Islamic State was to blame": Islamic State is blamed, by whoever says so
            target, actor = actor, quotes[quote].speaker_mention if quote is not None else None
            evidence = (
                *(c for c in evidence if not c.startswith(("actor-", "target-"))),
                *party_evidence("actor", "speaker", actor, None),
                *party_evidence("target", "subject", target, None),
            )
        if quote is not None and (actor is None or target is None):
            actor, target, evidence = first_person(token, quotes[quote], actor, target, evidence, resolver)
        if kind == "ASSAULT" and doer_lemma(token) in object_class("protester"):
            kind, mode = "PROTEST", "riot"  # "a building was demolished by protesters": a violent protest
        if kind == "COERCE" and mode == "seize" and doer_lemma(token) in object_class("protester"):
            kind, mode = "PROTEST", "obstruct"  # "protesters occupied the town hall": a sit-in
        if kind == "CONSULT" and any(_with_the_press(doc, by_start.get(p)) for p in (actor, target)):
            # "spoke with The Wall Street Journal's Monica Langley", "met reporters", "when contacted by
            # Reuters": an interview
            continue
        if verb and kind in _FORCES and _nature_does(token):
            continue  # "a tsunami that hit the coast", "the quake struck and destroyed homes": no one acts
        if kind in _DEALINGS and actor is None and doer_lemma(token) in object_class("vehicle"):
            continue  # "the plane made a U-turn", "oxygen masks deployed": a machine, for nobody
        if kind == "CONSULT" and _with_a_machine(token):
            continue  # "lost contact with the plane", "no contact with its radar": no one was consulted
        if kind == "COERCE" and mode == "arrest" and doer_lemma(token) in object_class("aircraft"):
            kind, mode = "ASSAULT", "aerial"  # "French warplanes carried out fresh raids": from the air
        hunting = lemma_of(token) in SEARCHING or token.lemma_.lower() == "manhunt"
        if kind == "COERCE" and target is None and hunting and (verb or token.pos_ == "NOUN"):
            # "police were looking for Salah Abdeslam", "a manhunt for Abdeslam": whom they hunt
            carrier = token.head if not verb and token.dep_ in SUBJECTS | OBJECTS else token
            sought = prepositional(token, ("for",)) or prepositional(carrier, ("for",))
            target, how = resolved(_named_one_of(sought, resolver), resolver)
            if target is not None:
                evidence = (
                    *(c for c in evidence if c != "target-none"),
                    *party_evidence("target", "sought", target, how),
                )
        if kind == "CONSULT" and target is None and lemma_of(token) in _TESTIFYING:
            # "testified before the House Intelligence Committee": the body the witness appears before
            target, how = resolved(prepositional(token, ("before", "to")), resolver)
            if target is not None:
                evidence = (
                    *(c for c in evidence if c != "target-none"),
                    *party_evidence("target", "preposition", target, how),
                )
        party = _party_to_pact(token, kind) if verb and target is None else None
        if party is not None:
            # "pulling out of the missile treaty with Russia", "signed a loan deal with its creditors",
            # "agreed to a debt cut for Greece": the other party of the pact left or made
            target, how = resolved(party, resolver)
            if target is not None:
                evidence = (
                    *(c for c in evidence if c != "target-none"),
                    *party_evidence("target", "preposition", target, how),
                )
        if kind == "REJECT" and verb and target is None and (refused := denied_leave(token)) is not None:
            # "India did not allow four Chinese ships to join the hunt": whom leave is refused
            target, how = resolved(refused, resolver)
            if target is not None:
                evidence = (
                    *(c for c in evidence if c != "target-none"),
                    *party_evidence("target", "object", target, how),
                )
        if (
            kind == "ASSAULT"
            and lemma_of(token) in ATTACKING
            and _words_against(token, by_start, actor, target, resolver)
        ):
            kind, mode = "ACCUSE", "disapprove"  # "Warren was under near-constant attack as a new leader"
        if kind == "ASSAULT" and lemma_of(token) in _ENTERING and doer_lemma(token) in police:
            kind, mode = "COERCE", "arrest"  # "police stormed the flat": a raid
        if (
            kind == "ASSAULT"
            and token.lemma_.lower() == "strike"
            and doer_lemma(token) in object_class("worker")
        ):
            kind, mode = "PROTEST", "strike"  # "a strike by dock workers", "teachers struck": a labour strike
        if kind == "ASSAULT" and verb and actor is None and (by := _armed_by(token, resolver)) is not None:
            # "killed in Israeli tank fire", "died in a Russian strike": whose weapon it was
            actor = by
            evidence = (*(c for c in evidence if c != "actor-none"), "actor-instrument")
        if kind in ("MOBILIZE", "RETREAT") and "target-object" in evidence and _moves_own_force(token):
            # "mobilised 100,000 soldiers", "withdraw its troops": the actor's own force, not a target;
            # where it is sent is ("deploy forces to Ukraine")
            target, source, how = destination(token, resolver)
            evidence = (
                *(c for c in evidence if not c.startswith("target-")),
                *party_evidence("target", source, target, how),
            )
        if kind in ("MOBILIZE", "RETREAT") and not verb and (force := _force_of(token)) is not None:
            # "the withdrawal of US troops from Afghanistan": the troops withdraw (for whoever owns them:
            # "Russia's withdrawal of troops"), from Afghanistan
            if actor is None:
                actor, how = resolved(force, resolver)
                evidence = (
                    *(c for c in evidence if not c.startswith("actor-")),
                    *party_evidence("actor", "force", actor, how),
                )
            target, target_how = resolved(prepositional_object(token, include_of=False), resolver)
            evidence = (
                *(c for c in evidence if not c.startswith("target-")),
                *party_evidence("target", "preposition", target, target_how),
            )
        pressed_by = any(child.dep_ == "prep" and child.lower_ == "from" for child in token.children)
        if not verb and actor is None and lemma_of(token) in _FELT_PRESSURES and not pressed_by:
            continue  # "candidates under enormous pressure to break out": felt, from no one the text names
        if kind == "THREATEN" and not verb and _a_danger(token):
            continue  # "the threat of ISIS", "no credible threat to the city": a danger, not a threat made
        journey = mode == "visit" and lemma_of(token) in _JOURNEYS
        if journey and not (_in_office(actor, by_start, resolver) or _official_doer(token)):
            continue  # "Abaaoud travelled to Syria", "his trip to Turkey": a private journey, no visit
        if kind == "COOPERATE" and verb and _hired(token, by_start.get(actor)):
            continue  # "she joined the University of Chicago as associate dean": a job taken, no alliance
        if kind in _ELECTORAL and _voters(doc, by_start.get(actor)):
            continue  # "voters switched parties to support Samaras": a ballot, no event PLOVER codes
        addressed = first_child(token, {"dobj", "dative"}) if verb else None
        wished = first_child(token, SUBJECTS) if verb else None  # "may Allah release them"
        prayed = any(w is not None and w.lower_ in _DEITIES for w in (addressed, wished))
        if prayed or any(names.get(party, "").casefold() in _DEITIES for party in (actor, target)):
            continue  # "I ask Allah to punish them": a prayer
        place, time = _place(token, resolver), _time(token, times)
        if place is None and told_of is not None:
            place = _place(told_of, resolver)  # "the attacks in Paris that killed 128 people"
        if not verb and actor is None and target is None and place is None and not _particular(token, times):
            continue  # "the talks", "a bailout": a bare noun names no particular event
        start, end = _extent(token)
        status = status_of(token, times[time] if time is not None else None, published, kind)
        if not verb and token.dep_ == "pobj" and token.head.lower_ == "since" and status in _UNSETTLED:
            status = "occurred"  # "on alert since the January attacks": what time is counted from took place
        if status == "alleged" and not verb and owned_up_to(token) is not None:
            status = "occurred"  # "Islamic State claimed responsibility for the attacks": its own word
        if status == "negated" and (
            (verb and lemma_of(token) in lexicons.words("refusal_verbs.txt")) or _refused(token, kind)
        ):
            # "would not accept": a refusal, stated; "if Kyiv does not accept": one that may come
            kind, mode = "REJECT", None
            status = "hypothetical" if conditional(token) else "occurred"
        day = _day(time, times)
        if not verb and _definite(token):
            same_day = any(
                _day(e.time, times) == day for e in found if (e.type, e.mode) == (kind, mode or None)
            )
            again = _mentioned_again((kind, mode or None), actor, target, evidence, found, names)
            if again and (same_day or not _dated(token, times)):
                continue  # "Gunmen attacked a hall … Hollande called the attacks an act of war": the same
        reading = (kind, mode, names.get(actor), names.get(target), day, status)
        if any(_adds_nothing(reading, earlier, names, times) for earlier in found):
            continue  # one article reports one real event once: "Russia's invasion" after "Russia invaded"
        evidence += (*trigger_evidence(token), f"status-{status}")
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
                actor=None if "actor-body" in evidence else actor,
                target=None if "target-body" in evidence or target == actor else target,
                place=place,
                time=time,
                quote=quote,
                evidence=evidence,
                # "the government imposed controls": no actor, but Greece's act
                actor_for=actor if "actor-body" in evidence else None,
                target_for=target if "target-body" in evidence and target != actor else None,
            )
        )
    found = _speech_acts(doc, found, resolver, by_start, quotes, times, published)
    found = _answered_claims(doc, sorted(found, key=lambda e: (e.trigger_start, e.start)))
    return tuple(found)


def _party_to_pact(verb: Token, kind: str) -> Token | None:
    """The other party of the agreement a verb of withdrawing leaves or a verb of agreeing makes."""
    if kind == "RETREAT":
        return _party_to_pact_left(verb)
    return _party_to_pact_made(verb) if kind == "AGREE" else None


def _party_to_pact_made(verb: Token) -> Token | None:
    """The other party of what a verb of agreeing agrees to: the "with" or "for" of its object, or of the
    object's "of" ("signed the first of its two loan deals with foreign creditors", "agreed to a debt cut
    for Greece")."""
    agreed = [c for c in verb.children if c.dep_ == "dobj"] + [
        obj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    agreed += [inner for noun in agreed if (inner := prepositional(noun, ("of",))) is not None]
    return next(
        (party for noun in agreed if (party := prepositional(noun, ("with", "for"))) is not None), None
    )


def _party_to_pact_left(verb: Token) -> Token | None:
    """The party named with the agreement a verb of withdrawing leaves ("pull out of the treaty with
    Russia", "quit the deal with Iran"): a noun that reads as an agreement, with a "with"."""
    preps = [c for c in verb.children if c.dep_ in ("prep", "prt")]
    preps += [inner for outer in preps for inner in outer.children if inner.dep_ == "prep"]  # "out of"
    places = [c for c in verb.children if c.dep_ == "dobj"] + [
        obj for prep in preps if prep.lower_ in ("of", "from") for obj in prep.children if obj.dep_ == "pobj"
    ]
    pacts = (noun for noun in places if trigger_type(noun) == "AGREE")
    return next((party for noun in pacts if (party := prepositional(noun, ("with",))) is not None), None)


def _named_one_of(token: Token | None, resolver: SpeakerResolver) -> Token | None:
    """The person "one of the suspects, Salah Abdeslam" names, else the token itself."""
    group = prepositional(token, ("of",)) if token is not None and token.lower_ == "one" else None
    if group is None:
        return token
    people = (t for t in group.subtree if t.dep_ in ("appos", "pobj") and t.i in resolver.by_token)
    return next((t for t in people if resolver.by_token[t.i].type == "PERSON"), token)


def _words_against(
    token: Token,
    mentions: dict[int, MentionRecord],
    actor: int | None,
    target: int | None,
    resolver: SpeakerResolver,
) -> bool:
    """Whether an attack is one of words: aimed at a person the article names, by another person it
    names or, unnamed, at a holder of office ("Senator Warren came under attack"), in a sentence that
    names no harm or weapon (``harm_words.txt``)."""
    aimed = mentions.get(target) if target is not None else None
    by = mentions.get(actor) if actor is not None else None
    if aimed is None or aimed.type != "PERSON" or (by is not None and by.type != "PERSON"):
        return False
    if by is None and not _in_office(target, mentions, resolver):
        return False
    harm = lexicons.words("harm_words.txt")
    return not any(word.lemma_.lower() in harm for word in token.sent)


def _with_the_press(doc: Doc, party: MentionRecord | None) -> bool:
    """Whether a meeting's other side is the press: reporters or journalists, a news outlet, or a person an
    outlet's possessive names ("CNN's Anderson Cooper"; ``news_outlets.txt``,
    ``newspaper_name_endings.txt``)."""
    if party is None:
        return False
    if party.type == "GROUP":
        return party.key.split()[-1].removesuffix("s") in _PRESS
    if party.type == "ORG" and is_news_outlet(party.name):
        return True  # "when contacted by Reuters"
    span = doc.char_span(party.start, party.end, alignment_mode="expand")
    owner = next((c for c in span.root.children if c.dep_ == "poss"), None) if span is not None else None
    if party.type != "PERSON" or owner is None:
        return False
    outlet = " ".join(t.text for t in owner.subtree if t.dep_ != "case").lower().removeprefix("the ")
    last = outlet.split()[-1] if outlet else ""
    endings = lexicons.words("newspaper_name_endings.txt")
    return outlet in lexicons.words("news_outlets.txt") or last in endings


def _nature_does(verb: Token) -> bool:
    """Whether a verb's doer is a disaster or the weather (``object_classes.tsv`` "accident": a quake, a
    tsunami, a storm) or a circumstance ("circumstance": "the long silence has tortured the relatives"),
    its own subject, one it shares with the verb it is joined to or whose clause its "-ing" form hangs on
    ("the tsunami rolled on before hitting Hawaii"), or the noun a relative clause describes."""
    clause = verb
    subject = first_child(clause, SUBJECTS)
    if subject is None and clause.dep_ == "conj":
        clause = clause.head
        subject = first_child(clause, SUBJECTS)
    if subject is None and clause.tag_ == "VBG" and clause.dep_ in ("advcl", "pcomp"):
        clause = clause.head.head if clause.dep_ == "pcomp" else clause.head
        subject = first_child(clause, SUBJECTS)
    if subject is not None and subject.lower_ in ("that", "which") and clause.dep_ == "relcl":
        subject = clause.head
    lemma = subject.lemma_.lower() if subject is not None else ""
    return lemma in object_class("accident") or lemma in object_class("circumstance")


def _hired(verb: Token, actor: MentionRecord | None) -> bool:
    """Whether a person joins a body in a post ("joined the bank as an analyst"): a job, no alliance."""
    taken = any(child.dep_ == "prep" and child.lower_ == "as" for child in verb.children)
    return taken and lemma_of(verb) == "join" and actor is not None and actor.type == "PERSON"


def _voters(doc: Doc, mention: MentionRecord | None) -> bool:
    """Whether a participant is the voters ("voters", "the electorate"), or names them ("Greek voters")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if mention else None
    return span is not None and bool({span.root.lemma_.lower(), span.root.head.lemma_.lower()} & _VOTERS)


def _answered_claims(doc: Doc, found: list[EventRecord]) -> list[EventRecord]:
    """Rejections of "the claims", "these allegations" aimed at whoever made them: the actor of the
    accusation told just before ("Carswell accused the Treasury of …. The Treasury rejects the claims":
    aimed at Carswell)."""
    answered = []
    for n, event in enumerate(found):
        span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
        claim = first_child(span.root, {"dobj"}) if span is not None and event.type == "REJECT" else None
        if event.target is not None or claim is None or not _definite_claim(claim):
            answered.append(event)
            continue
        reach = span.root.sent.start_char - _CLAIM_REACH
        accuser = next(
            (
                e.actor
                for e in reversed(found[:n])
                if e.type == "ACCUSE" and e.actor not in (None, event.actor) and e.trigger_start >= reach
            ),
            None,
        )
        evidence = (*(c for c in event.evidence if c != "target-none"), "target-accuser")
        answered.append(replace(event, target=accuser, evidence=evidence) if accuser is not None else event)
    return answered


def _definite_claim(noun: Token) -> bool:
    """ "the claims", "these allegations", "such accusations": a claim already told, with no maker named."""
    determined = any(c.dep_ == "det" and c.lower_ in _POINTING for c in noun.children)
    made_by = any(c.dep_ in ("poss", "prep") for c in noun.children)
    claim = noun.lemma_.lower() in object_class("allegation") - {"charge"}  # charges are the prosecutor's
    return claim and determined and not made_by


def _in_office(actor: int | None, mentions: dict[int, MentionRecord], resolver: SpeakerResolver) -> bool:
    """Whether a traveller acts for a state or body: one, a group of officials, or a person the article
    gives an office."""
    who = mentions.get(actor) if actor is not None else None
    if who is None:
        return False
    if who.type in ("GPE", "ORG", "NORP"):
        return True
    if who.type == "GROUP":
        head = who.key.split()[-1]
        return head in _OFFICIAL_GROUPS or head.removesuffix("s") in _OFFICIAL_GROUPS  # "eu ministers"
    return any(
        (holder := mentions.get(r.holder_start)) is not None and _same_person(holder, who)
        for r in resolver.roles
    )


def _official_doer(trigger: Token) -> bool:
    """Whether whoever does the act is described by an office ("the foreign minister travelled")."""
    doer = first_child(trigger, SUBJECTS | {"poss"})
    lemma = doer.lemma_.lower() if doer is not None else ""
    return lemma in _words.titles() or lemma in _OFFICIAL_GROUPS


def _to_blame(verb: Token) -> bool:
    """Whether "blame" says its subject is at fault: "X is to blame for Y", "was partly to blame"."""
    return lemma_of(verb) == "blame" and verb.dep_ == "xcomp" and verb.head.lemma_ == "be"


def _in_a_name(token: Token, by_token: dict[int, MentionRecord]) -> bool:
    """Whether a capitalised word is part of the name of a body or a thing ("the Volatiles Investigating
    Polar Exploration Rover", "the Committee to Protect Journalists"): a name, no event."""
    mention = by_token.get(token.i)
    return (
        mention is not None
        and mention.type in ("ORG", "FAC")
        and token.text[:1].isupper()
        and len(mention.name.split()) > 1
    )


def _told_by_its_clause(noun: Token, kind: str) -> bool:
    """Whether a relative clause on an event noun tells the same act with a verb of its own type ("the
    attacks that killed 128 people", "bombings, which killed 191"): the verb's event is the one reported."""
    return any(_noun_told(clause, kind) == noun for clause in noun.subtree if clause.dep_ == "relcl")


def _noun_told(verb: Token, kind: str) -> Token | None:
    """The event noun a relative clause's verb retells with its own type, else None."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    relative = first_child(verb, SUBJECTS)
    if relative is None or relative.lower_ not in ("which", "that"):
        return None
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "the attack on Kharkiv, which killed": the parser hung it on the place
    reading, noun_reading = trigger_reading(verb), trigger_reading(noun)
    same = reading is not None and noun_reading is not None and reading[0] == noun_reading[0] == kind
    return noun if same else None


def _a_danger(noun: Token) -> bool:
    """Whether a threat noun names a danger rather than a threat someone made: it has no one making it (a
    possessor, a "by"), no one it is made against ("against") nor what is threatened (a to-infinitive),
    and no verb of making it ("issued threats", "repeated the threat")."""
    if noun.lemma_.lower() != "threat":
        return False
    made = any(c.dep_ == "poss" for c in noun.children) or prepositional(noun, ("by", "against")) is not None
    spelt_out = any(c.dep_ == "acl" and infinitive(c) for c in noun.children)
    issued = noun.dep_ in OBJECTS and lemma_of(noun.head) in lexicons.words("threat_making_verbs.txt")
    return not (made or spelt_out or issued)


def _definite(noun: Token) -> bool:
    """Whether an event noun points back: "the attacks", "these raids", "their assault"."""
    return any(
        (c.dep_ == "det" and c.lower_ in _POINTING) or (c.dep_ == "poss" and c.pos_ == "PRON")
        for c in noun.children
    )


def _mentioned_again(
    kind: tuple[str, str | None],
    actor: int | None,
    target: int | None,
    evidence: tuple[str, ...],
    found: list[EventRecord],
    names: dict[int, str],
) -> bool:
    """Whether a definite event noun takes up an act of its type and mode the article told before,
    naming no party of its own that the earlier telling lacks (a party taken from the verb it serves
    does not count: "Hollande called the attacks …" makes Hollande no attacker). The caller also asks
    that a date of its own be the earlier act's ("the November 13 attacks")."""
    earlier = [e for e in found if (e.type, e.mode) == kind]
    if not earlier:
        return False
    known = {names.get(p) for e in earlier for p in (e.actor, e.target, e.actor_for, e.target_for)}
    own = [
        party
        for party, side in ((actor, "actor"), (target, "target"))
        if party is not None and f"{side}-governor" not in evidence
    ]
    return all(names.get(party) in known for party in own)


def _adds_nothing(
    reading: tuple[str, str | None, str | None, str | None, str | None, str],
    earlier: EventRecord,
    names: dict[int, str],
    times: tuple[TimeRecord, ...],
) -> bool:
    """Whether a reading (type, mode, actor's and target's names, day, status) mentions an earlier event
    of its type again, in a mode that does not differ, without adding a party, a day or a status: the
    gold codes a re-mention only when it adds one ("closing the borders" is no re-mention of "a state of
    emergency")."""
    kind, mode, actor, target, day, status = reading
    before = (earlier.type, names.get(earlier.actor), names.get(earlier.target), _day(earlier.time, times))
    return (
        kind == before[0]
        and (not mode or earlier.mode is None or mode == earlier.mode)
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
    by_start: dict[int, MentionRecord],
    quotes: tuple[QuoteRecord, ...],
    times: tuple[TimeRecord, ...],
    published: str | None,
) -> list[EventRecord]:
    """``found`` with the speech acts its reported acts make, as PLOVER and CAMEO code claims:

    - a party's assertion (a state, a body, officials, a person the article gives an office; not a
      witness's account) that another party used violence or repression is an ACCUSE of that party ("Kyiv
      said Russian forces shelled Kharkiv"), and the act is what the speaker alleges, not an established
      fact (status ``alleged`` where it read as done, going on or being prepared);
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
        subject = first_child(verb, SUBJECTS)
        speaker, how = resolved(subject, resolver)
        # "US officials say Russia is preparing to accuse Ukraine": only alleged; "Lavrov said Russia would
        # respond": a party telling its own acts alleges nothing
        anonymous = speaker is None and subject is not None and resolver.resolve(subject).human
        told_by_another = anonymous or (
            speaker is not None and not _same_side(speaker, event.actor, resolver)
        )
        on_record = _on_record(event, subject, speaker, resolver)
        if contentious and event.status != "threatened" and told_by_another and not on_record:
            alleged.add(n)
        own = contentious and _same_side(speaker, event.actor, resolver)
        if speaker is None or (own and event.status != "threatened") or on_record:
            continue  # a party telling its own acts alleges nothing, but may threaten with them
        if verb.idx in claimed or (event.type not in ACCUSABLE and event.status != "threatened"):
            continue
        if event.status != "threatened" and not _in_office(speaker, by_start, resolver):
            continue  # "a witness said the gunmen took hostages": an account, no party accuses anyone
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

    # "an act a speaker asserts as fact where it is plainly established (the writer tells it too) stays
    # occurred": the same act by the same party, told by the writer elsewhere in the article
    def told_as(event: EventRecord) -> tuple[str, str | None, str | None]:
        doer = by_start.get(event.actor) if event.actor is not None else None
        return event.type, doer.key if doer else None, _day(event.time, times)

    told_by_writer = {
        told_as(e)
        for n, e in enumerate(found)
        if n not in alleged and e.status == "occurred" and e.quote is None and e.actor is not None
    }
    told = [
        _alleged(e) if n in alleged and e.status in _ESTABLISHED and told_as(e) not in told_by_writer else e
        for n, e in enumerate(found)
    ]
    return told + acts


def _on_record(
    event: EventRecord, source: Token | None, speaker: int | None, resolver: SpeakerResolver
) -> bool:
    """Whether police, prosecutors or a court tell of an arrest, a charge or a sentence, or of what police
    did: their record of it, not a claim ("two men were charged, prosecutors said"; "…, said Lt. Matt
    Harris, police spokesman"; "the gunmen were shot by police, the prosecutor said"); others' violence
    they tell of stays alleged."""
    mentions = {m.start: m for m in resolver.mentions}
    if source is None or (event.type not in _LEGAL and not _police_act(mentions.get(event.actor))):
        return False
    words = {source.lemma_.lower(), *(c.lemma_.lower().rstrip(".") for c in source.lefts)}
    said = mentions.get(speaker) if speaker is not None else None
    if said is not None:
        offices = [
            f"{r.title} {r.org or ''}"
            for r in resolver.roles
            if (holder := mentions.get(r.holder_start)) is not None and _same_person(holder, said)
        ]
        words |= {w.lower() for office in offices for w in office.replace("-", " ").split()}
    return bool(words & lexicons.words("law_enforcement_nouns.txt"))


def _police_act(actor: MentionRecord | None) -> bool:
    """Whether an event's actor is police, prosecutors or a court (``law_enforcement_nouns.txt``)."""
    if actor is None:
        return False
    police = lexicons.words("law_enforcement_nouns.txt")
    return any(_singular(word) in police for word in actor.name.lower().split())


def _singular(word: str) -> str:
    """A plural noun's singular, near enough for a word list ("officers", "authorities")."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _same_person(one: MentionRecord, other: MentionRecord) -> bool:
    """Whether two mentions name one person: one key, or one surname ("Matt Harris" … "Harris")."""
    return one.key == other.key or (
        one.type == other.type == "PERSON" and one.name.split()[-1] == other.name.split()[-1]
    )


def _with_a_machine(trigger: Token) -> bool:
    """Whether what a meeting or a contact is "with" is a craft or a device (``object_classes.tsv``
    "vehicle"): a plane, a ship, a radar."""
    partner = prepositional(trigger, ("with",))
    if partner is None and trigger.dep_ in OBJECTS:
        partner = prepositional(trigger.head, ("with",))  # "lost contact with the plane"
    return partner is not None and partner.lemma_.lower() in object_class("vehicle")


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
                return mention_of(first_child(clause, SUBJECTS), resolver)
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
        asserts = head.pos_ == "VERB" and lemma_of(head) in lexicons.words("claim_verbs.txt")
        if token.dep_ == "ccomp" and asserts:
            return head
        token = head
    return None


def _refused(trigger: Token, kind: str) -> bool:
    """A cooperative act its own party says it will not do: "would not provide support", "will not
    meet" — a refusal (REJECT), not merely something that did not happen."""
    if kind not in _COOPERATIVE:
        return False
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    denied = any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)  # not "neither X nor Y will"
    return (
        verb.pos_ in ("VERB", "AUX")
        and denied
        and any(a.lower_ in ("will", "would", "wo", "'ll") for a in _auxes(verb))
    )


def _auxes(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _named_in_request(verb: Token, resolver: SpeakerResolver) -> int | None:
    """The state, body or person named in what a request asks for: whoever it asks to act ("called for
    Russia to withdraw", "called for other countries to do more"), its compound ("a UN Security Council
    debate") or its "of" ("a meeting of the Arab League", "the resignation of Jan Jambon")."""
    if (asked := _asked_for_to_act(verb)) is not None:
        return mention_of(asked, resolver)
    wanted = prepositional(verb, ("for",)) or first_child(verb, {"dobj"})
    if wanted is None or wanted.pos_ != "NOUN":
        return None
    for part in (*(c for c in wanted.lefts if c.dep_ == "compound"), prepositional(wanted, ("of",))):
        mention = resolver.by_token.get(part.i) if part is not None else None
        if mention is not None and mention.type in ("ORG", "GPE", "PERSON"):
            return mention.start
    return None


def _asked_for_to_act(verb: Token) -> Token | None:
    """Who a "for … to" after the verb asks to act: the subject of "for Russia to withdraw", or the "for"
    object a to-infinitive follows ("for other countries to do more"), else None."""
    for clause in verb.children:
        marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
        if clause.dep_ in ("advcl", "ccomp", "xcomp") and marked and infinitive(clause):
            return first_child(clause, {"nsubj"})
    asked = prepositional(verb, ("for",))
    acts = first_child(verb, {"xcomp"})
    return asked if asked is not None and acts is not None and infinitive(acts) and acts.i > asked.i else None


def _armed_by(verb: Token, resolver: SpeakerResolver) -> int | None:
    """The party named before the fire, strike or raid a verb of harm happened "in" or "by": "killed in
    Israeli tank fire" (Israel's), "wounded by Russian shelling", "killed in an Israeli raid"."""
    cause = prepositional(verb, ("in", "by", "from"))
    violent = cause is not None and (
        cause.lemma_.lower() == "fire" or trigger_type(cause) in ("ASSAULT", "COERCE")
    )
    if cause is None or not violent:
        return None  # "shot down in his Navy jet": the jet is no one's weapon
    for modifier in cause.lefts:
        mention = resolver.by_token.get(modifier.i)
        if modifier.dep_ in ("amod", "compound", "nmod") and mention is not None and mention.type != "PERSON":
            return mention.start
    return None


def _force_of(noun: Token) -> Token | None:
    """The armed force an event noun's "of" names ("the deployment of 3,000 troops"), or None."""
    force = prepositional(noun, ("of",))
    return force if force is not None and force.lemma_.lower() in object_class("force") else None


def _moves_own_force(trigger: Token) -> bool:
    obj = first_child(trigger, OBJECTS)
    return obj is not None and obj.lemma_.lower() in object_class("force")


def _day(index: int | None, times: tuple[TimeRecord, ...]) -> str | None:
    return times[index].value if index is not None else None


def _place(trigger: Token, resolver: SpeakerResolver) -> int | None:
    """A place named with "in"/"at" on the trigger ("talks in Geneva"), or on the verb an event noun is the
    subject or object of ("talks began in Geneva", "held talks in Geneva")."""
    heads = [trigger]
    served = trigger.dep_ in SUBJECTS | OBJECTS and trigger.head.pos_ in ("VERB", "AUX")
    if trigger.pos_ == "NOUN" and served:
        heads.append(trigger.head)
    if trigger.pos_ == "NOUN" and (carried := carrying_participle(trigger)) is not None:
        heads.append(carried)  # "talks held in Geneva"
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in _PLACE_PREPOSITIONS:
                obj = first_child(child, {"pobj"})
                mention = resolver.by_token.get(obj.i) if obj is not None else None
                if mention is not None and mention.type in _PLACE_TYPES:
                    return mention.start
    if trigger.pos_ == "NOUN" and (where := place_before(trigger, resolver)) is not None:
        return where  # "the Hong Kong protests": where they happened
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
    if prepositional_object(trigger, include_of=False) is not None:
        return True
    if carrying_verb(trigger) is not None or carrying_participle(trigger) is not None:
        return True  # "held talks", "the tariffs imposed during the trade war": said to have taken place
    verb = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.dep_ == "agent" else trigger.head
    acts = trigger.dep_ in ("nsubj", "pobj") and trigger_reading(verb) is not None
    if acts and acting_event(verb) == trigger:
        return True  # "the strike destroyed a hospital", "hospitals destroyed by the strikes"
    return _dated(trigger, times)


def _dated(trigger: Token, times: tuple[TimeRecord, ...]) -> bool:
    """Whether a date hangs on the trigger ("the museum shootings in June 2014")."""
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
    """From the trigger (a noun with its modifiers, or the verb that only carries it: "imposed tariffs")
    to the end of its object or of the participle that carries it ("tariffs imposed on Sept. 1"), kept
    short."""
    doc = trigger.doc
    first = trigger
    if trigger.pos_ == "NOUN":
        first = min(
            (c.left_edge for c in trigger.lefts if c.dep_ in ("det", "amod", "compound", "poss")),
            key=lambda t: t.i,
            default=trigger,
        )
        verb = carrying_verb(trigger)
        if verb is not None and 0 < trigger.i - verb.i <= _MAX_OBJECT_WORDS:
            first = min(first, verb, key=lambda t: t.i)
    last = trigger
    participle = carrying_participle(trigger) if trigger.pos_ == "NOUN" else None
    if participle is not None and participle.i > trigger.i:
        last = max((participle, *(c for c in participle.rights if c.dep_ == "prt")), key=lambda t: t.i)
    for child in trigger.rights:
        if child.dep_ == "xcomp" and trigger_reading(child) is not None:
            break  # "promised to return": the return is an event of its own
        if child.dep_ == "xcomp":
            # "advised not to return to their hotel": the act asked for, not the circumstances after it
            done = first_child(child, OBJECTS) or next((c for c in child.rights if c.dep_ == "prep"), None)
            last = max(last, done.right_edge if done is not None else child, key=lambda t: t.i)
            break
        if child.dep_ in OBJECTS | {"prep", "prt", "dative"} and not child.is_punct:
            last = max(last, child.right_edge, key=lambda t: t.i)
            break
    if last.i - trigger.i > _MAX_OBJECT_WORDS:
        last = doc[trigger.i + _MAX_OBJECT_WORDS]
    while last.i > trigger.i and last.is_punct:
        last = doc[last.i - 1]
    return first.idx, last.idx + len(last.text)
