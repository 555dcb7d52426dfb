"""Which PLOVER event a word reports, if any: a verb or noun of the event lexicons read with what decides it.

A verb or noun in ``lexicons/event_verbs.tsv`` / ``event_nouns.tsv`` triggers an event of its type, but its
object, its preposition or its phrase may decide otherwise: "strike a deal" is an AGREE, "held talks" the
talks' own event, "a request for comment" no event (``event_objects.tsv``, ``object_classes.tsv``,
``noun_prepositions.tsv``). Light verbs report nothing of their own, questions and talk with nobody are no
acts, and a verb with an event noun for its object is one event with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from sitroom import lexicons
from sitroom.extract import _words
from sitroom.extract._syntax import (
    OBJECTS,
    SUBJECTS,
    first_child,
    infinitive,
    lemma_of,
    participle_of,
    prepositional,
)
from sitroom.extract.event_status import governs_status
from sitroom.objects import decides_event, object_reading

ACCUSABLE = {"ASSAULT", "COERCE"}  # acts whose assertion by another party is an accusation
SEARCHING = {"search", "hunt", "look"}  # coercion when the police search or hunt
_HARMED = {"dead", "injured", "wounded", "hurt", "maimed"}  # what violence leaves people
_TRAVELLING = {"travel", "tour"}  # a visit only when it goes somewhere
# With nothing done to, a change or a fact: "ozone levels declined", "when the ground freezes", "the crowd
# joined in".
_NEEDS_COMPLEMENT = {"decline", "cut", "accept", "recognise", "recognize", "freeze", "shut", "join"}
_PARTY_PREPOSITIONS = {"with", "to", "from", "off", "on", "against", "for", "of", "into"}
# Verbs that only say an act was done ("attacks carried out by militants", "a raid conducted by police",
# "attacks coordinated by several teams").
_CARRYING = {"carry", "conduct", "stage", "perpetrate", "mount", "launch", "coordinate", "orchestrate"}
_HELD_FOR = {"questioning", "interrogation"}  # "brought in for questioning": held by the police
# Verbs that confine someone when they put them in custody or hold them for questioning ("held in custody").
_CONFINING = {"hold", "keep", "place", "put", "take", "remand", "lock", "throw", "send", "bring"}
_QUESTIONING = {"ask", "demand"}  # verbs that request, or question with a clause of their own
_CONVERSING = {"talk", "speak", "chat", "converse"}  # a meeting only with a partner named
_CALLING = {
    "call",
    "describe",
    "brand",
    "label",
    "term",
    "dub",
    "cast",
    "portray",
    "depict",
    "characterise",
    "characterize",
    "declare",  # "declared the election a fraud"; "declared war" has no predicate
}
_DISPARAGING = {
    "dismiss",
    "deride",
    "ridicule",
    "mock",
}  # "dismissed it as …": a criticism, whatever it is called
ATTACKING = {"attack", "assail"}  # violence, or words: see _verbal_attack
_PERSONAL_OWNERS = {"his", "her"}  # "their" is as often a state's or a group's
_HELPING = {"help", "assist"}  # aid to a party only with that party as object and no act it helps do
_WARNING = {"warn", "caution"}  # a threat only when it warns of the warner's act or of consequences
_WARNERS_OWN = {"we", "i", "it", "they"}  # "warned that it would respond": the warner's own act
_COERCIVE = {"THREATEN", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE"}
_BELIEVING = {"believe", "think", "imagine", "trust"}  # "refused to believe it": a belief
_GRANTING = {"accept", "acknowledge", "admit", "concede", "recognise", "recognize"}  # "… that it was so"
_CAMPS = {"opposition", "resistance"}  # a stance or the camp that holds it: the camp when it acts
_NAMED_PARTIES = {"PERSON", "ORG", "GPE", "NORP"}  # entity types of a party one speaks with or calls
_PHONES = {"phone", "telephone", "videophone"}  # "called them by phone"
_PERSUADING = {"persuade", "convince"}  # an appeal only when it is to act: "persuaded Athens to accept"
_TEMPORAL = {"since", "after", "before", "during", "until"}
_WARNING_NOUNS = {"warning", "alert", "advisory", "watch"}
_DECLINING = {"decline", "refuse"}  # silence when what is declined is telling
_PERMITTING = {"allow", "permit"}  # an event only when leave is denied a party: "did not allow the ships to"
_DENYING = {"deny", "dispute"}  # a refusal with an object ("denied the request"), speech with a clause
_ACTS = {"AID", "MOBILIZE", "PROTEST", "SANCTION", "COERCE", "ASSAULT"}  # material acts with effects
_RELATIVES = {"who", "that", "which"}
_HIRING = {"sign", "recruit", "hire", "poach"}  # taking someone on "from" another club or firm
_STRUCK_DEALS = {"strike", "reach"}  # "want a deal struck", which the parser may read as a past tense
_ADVISING = {"advise", "instruct"}  # a request only with the act asked for
_GIVING = {"grant", "give", "offer", "receive", "deny", "refuse", "award", "extend", "provide"}
_CAPTURING = {"capture", "catch"}  # what a camera or a recording does to what it shows
_RECORDERS = {"camera", "cctv", "webcam", "dashcam", "lens"}
_MEETING_WITH = {"contact", "conversation"}  # a meeting only with its parties named
_REPRESSING = {"crush", "suppress", "repress", "disperse", "quell"}  # putting down an act others did
_HINDERING = {"prevent", "stop", "bar", "block", "keep", "ban"}  # keeping someone from doing something
_PERSONAL_PRONOUNS = {"i", "we", "you", "he", "she", "they", "who", "me", "us", "him", "her", "them"}
_NAMING = {"identify", "name"}  # "asked not to be identified": anonymity asked for
_HAVING = {"have", "hold", "lose", "lack", "broaden", "widen"}  # "holds appeal to voters": attraction
_STRIVING = {"fight", "battle", "struggle"}  # "battled to save the wounded": an effort, no fighting
_ARMED_SIDES = {"GPE", "NORP"}  # a state or a people fights when it fights to do something
# What is taken over by force: a place, a building or power ("took over the town"); a post, a company or
# nothing at all is a succession ("Smith took over", "took over as chief").
_SEIZABLE = {"government", "power", "country", "state", "territory", "region", "province", "town", "city"}
_SEIZABLE |= {"village", "area", "capital", "parliament", "control", "building", "base", "palace", "compound"}
_SEIZABLE |= {"ministry", "port", "plant", "airport", "station", "embassy", "camp", "school", "border"}
_SCORE = re.compile(r"\b\d{1,3} ?[-–] ?\d{1,3}\b")  # a match's result: "2-1", "6–3"
_MAX_PHRASE_TOKENS = 4  # "false-flag operation" is four tokens before the tokenizer is done


def trigger_evidence(token: Token) -> tuple[str, ...]:
    """How the trigger was read: a verb or a noun, a row of several words, a verb whose object decided
    it, a noun serving a verb ("held talks"), a noun with no verb, a word whose other senses are common."""
    found = ["verb" if token.pos_ in ("VERB", "AUX") else "noun"]
    if token.pos_ == "NOUN":
        found.append("noun-argument" if token.dep_ in OBJECTS | SUBJECTS else "noun-adjunct")
    if _phrase(token, _lexicon("event_verbs.tsv" if found[0] == "verb" else "event_nouns.tsv")) is not None:
        found.append("phrase")
    elif found[0] == "verb" and _decided_by(token) is not None:
        found.append("object-decides")
    if token.lemma_.lower() in lexicons.words("ambiguous_triggers.txt"):
        found.append("ambiguous-word")
    found.append(f"clause-{clause_role(token)}")
    return tuple(found)


def clause_role(token: Token) -> str:
    """Where the trigger's clause stands in its sentence: ``main`` (what the sentence reports), ``reported``
    (what someone says happened), ``relative`` (a description: "the man who attacked the embassy"),
    ``adverbial`` ("after troops withdrew") or ``complement`` ("wants to attack")."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head  # an event noun's clause is its governing verb's
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    if verb.dep_ == "ROOT":
        return "main"
    if verb.dep_ in ("relcl", "acl"):
        return "relative"
    if verb.dep_ in ("advcl", "pcomp"):
        return "adverbial"
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lexicons.words("reporting_verbs.txt"):
        return "reported"
    return "complement"


def covered_by_another(token: Token) -> bool:
    """Whether one event already reads this trigger with another: a verb and its event-noun object are one
    event ("lifted the sanctions" is a RETREAT, not a SANCTION too), the noun's when the verb only says it
    took place ("held talks", "imposed sanctions": the object decides), unless the verb reads that object
    itself ("sent aid", "imposed a curfew"), the verb's otherwise."""
    if token.pos_ == "NOUN" and token.dep_ in OBJECTS and token.head.pos_ == "VERB":
        verb = token.head
        if lemma_of(verb) in _REPRESSING:
            return False  # "police crushed the protests": the protests happened, and were put down
        if governs_status(verb) and not _reads_as_itself(verb, token):
            return False  # "ruled out boots on the ground", "threatened sanctions": two events, one ruled out
        light = lemma_of(verb) in _light_verbs() and _decided_by(verb) is None
        return trigger_reading(verb) is not None and not light
    described = participle_of(token) if token.pos_ == "VERB" else None
    if (
        described is not None
        and carrying_participle(described) == token
        and not covered_by_another(described)
    ):
        return True  # "the tariffs imposed on Sept. 1", "talks held in Geneva": the noun's event
    if token.pos_ == "VERB" and lemma_of(token) in _light_verbs() and _decided_by(token) is None:
        return any(
            c.dep_ in OBJECTS and c.pos_ == "NOUN" and trigger_reading(c) is not None for c in token.children
        )
    if token.pos_ == "VERB" and _purpose_of_same(token):
        return True  # "met Putin to discuss the crisis": the meeting is the discussion
    if token.pos_ == "VERB" and not governs_status(token):
        return acting_event(token) is not None  # "sanctions will target the elite": the sanctions' aim
    return False


def same_purpose(verb: Token) -> Token | None:
    """The "to" infinitive that says what the verb's act was for, when it is an act of the same type
    ("travel to Washington to meet Obama": the meeting), else None."""
    return next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and _purpose_of_same(c)), None)


def _purpose_of_same(verb: Token) -> bool:
    """Whether a "to" infinitive says what the act it depends on was for, and reads as an act of the same
    type: "met Putin to discuss the crisis", "flew to Kyiv to meet Zelensky"."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if not to or verb.dep_ not in ("advcl", "xcomp") or verb.head.pos_ != "VERB":
        return False
    own, above = trigger_reading(verb), trigger_reading(verb.head)
    return own is not None and above is not None and own[0] == above[0]


def _reads_as_itself(verb: Token, noun: Token) -> bool:
    """Whether a verb reads its event-noun object as the same act the noun names ("offered aid" is the
    aid, offered), not as another act about it ("denied the allegations" answers them)."""
    pair, own = _named_reading(verb, noun), trigger_reading(noun)
    return pair is not None and own is not None and pair[0] == own[0]


def _named_reading(verb: Token, obj: Token) -> tuple[str, str] | None:
    """What a row of ``event_objects.tsv`` naming this very object (not "*") reads the verb as."""
    lemma, noun = lemma_of(verb), obj.lemma_.lower()
    return object_reading(lemma, noun) if decides_event(lemma, noun) else None


def carrying_participle(noun: Token) -> Token | None:
    """The participle of a verb that only says an event noun took place, describing it: "the talks held in
    Geneva by Russia", "tariffs imposed on Sept. 1"; the noun's event takes its "by" and its place."""
    if trigger_reading(noun) is None:
        return None
    for child in noun.children:
        carrying = lemma_of(child) in _light_verbs() or child.lemma_.lower() in _CARRYING
        if child.dep_ == "acl" and child.tag_ == "VBN" and carrying:
            return child
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in _CARRYING:
        return noun.head  # "the attacks were carried out by militants"
    return None


def carrying_verb(noun: Token) -> Token | None:
    """The verb that only says the event a noun names took place, with the noun for its object ("began
    imposing tariffs", "held talks"), so the two words are one event; None for any other noun."""
    verb = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ not in OBJECTS or verb.pos_ != "VERB":
        return None
    carries = lemma_of(verb) in _light_verbs() or verb.lemma_.lower() in _CARRYING
    return verb if carries and trigger_reading(noun) is not None and not covered_by_another(noun) else None


def acting_event(verb: Token) -> Token | None:
    """The event noun that is the verb's subject or its "by" agent when the verb only says what that act
    did ("the strike destroyed a hospital", "sanctions will target the elite", "farmers hit by tariffs"):
    one event, not two. Talks and deals are
    different: what happens to them is an event of its own ("talks broke down")."""
    subject = first_child(verb, {"nsubj"}) or doer_by(verb)
    if subject is None and verb.dep_ == "acl" and first_child(verb, {"dobj"}) is not None:
        subject = verb.head  # "Israeli airstrikes killed 12 people, officials said", parsed as a participle
    if subject is None or subject.pos_ != "NOUN":
        return None
    reading = trigger_reading(subject)
    return subject if reading is not None and reading[0] in _ACTS else None


def doer_by(verb: Token) -> Token | None:
    """The object of a passive verb's "by" agent: "farmers hit by tariffs" (the tariffs)."""
    agent = first_child(verb, {"agent"})
    return first_child(agent, {"pobj"}) if agent is not None else None


def _venue_of_speech(noun: Token) -> bool:
    """Whether a meeting noun only says where or to whom someone spoke: a meeting someone spoke to ("told
    a conference of mayors", "addressed a rally"), or, with no parties of its own, a press or news
    conference or briefing ("held a news conference") or a meeting "at" or "during" which someone spoke
    ("speaking at a business conference in Limassol"); not "a news conference between Trump and Liu" nor
    "said at a meeting of G20 leaders"."""
    speaking = lexicons.words("reporting_verbs.txt") | {"speak", "address"}
    if noun.dep_ in ("dobj", "dative") and lemma_of(noun.head) in speaking:
        return True
    if _press_conference(noun):
        return True
    if _has_parties(noun):
        return False
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in ("at", "during"):
        return False
    return lemma_of(preposition.head) in speaking


def _press_conference(noun: Token) -> bool:
    """A press or news conference or briefing with no parties of its own: "held a news conference"."""
    return not _has_parties(noun) and any(c.lower_ in ("news", "press") for c in noun.lefts)


def _has_parties(noun: Token) -> bool:
    """Whether a meeting noun names who meets: its possessor, or "between", "with" or "of" someone."""
    owned = any(c.dep_ == "poss" for c in noun.children)
    return owned or prepositional(noun, ("between", "with", "of")) is not None


def _complemented(verb: Token) -> bool:
    """Whether a verb has what its act is done to or about: an object, a clause, a passive subject, or
    the object of a preposition that names a party or a thing ("cut ties with", "declined to"), not a
    time or a place ("cut out at 1:19 am")."""
    kinds = {"dobj", "obj", "xcomp", "ccomp", "nsubjpass", "dative"}
    passive = any(c.dep_ == "auxpass" for c in verb.children)  # "aid has been frozen": the aid
    if verb.dep_ == "acl" or passive or any(c.dep_ in kinds for c in verb.children):
        return True  # "assets frozen by the EU": the noun it describes
    return any(
        c.dep_ == "prep" and c.lower_ in _PARTY_PREPOSITIONS and first_child(c, {"pobj"}) is not None
        for c in verb.children
    )


def _cannot_be_ruled_out(verb: Token) -> bool:
    """Whether a ruling out or an exclusion is denied as possible: "could not be ruled out", "cannot be
    excluded" (the speaker leaves a possibility open; nobody refuses anything)."""
    out = any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    if verb.lemma_.lower() == "rule" and not out:
        return False
    words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")}
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and bool(words & {"not", "n't"}) and bool(words & {"can", "could", "ca"})


def _keeps_silent(verb: Token) -> bool:
    """Whether what is declined is telling something (``disclosure_verbs.txt``), or giving what is told
    (``told_things.txt``: "refused to provide details")."""
    act = first_child(verb, {"xcomp"})
    if act is None:
        return False
    told = first_child(act, {"dobj"})
    telling = told is not None and told.lemma_.lower() in lexicons.words("told_things.txt")
    return lemma_of(act) in lexicons.words("disclosure_verbs.txt") or telling


def _a_thing_does(verb: Token) -> bool:
    """Whether the verb's subject is a thing no party owns or issued ("the crisis", "the loss of the
    plane"; not "the minister", "police", "the statement" a party issued, "Russia's move", nor a name)."""
    subject = _doer(verb)
    if subject is None or not _words.names_a_thing(subject):
        return False
    issued = subject.lemma_.lower() in lexicons.words("document_nouns.txt")
    owned = any(c.dep_ == "poss" or c.ent_type_ for c in subject.children)
    return not (issued or owned)


def _doer(verb: Token) -> Token | None:
    """The verb's subject, or the noun a relative pronoun standing as its subject stands for ("areas that
    do not support the business": the areas)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if len(subjects) > 1:  # "which the UN has criticised", parsed with two subjects: "which" is the object
        return next((s for s in subjects if s.lower_ not in _RELATIVES), subjects[0])
    if subjects and subjects[0].lower_ in ("that", "which") and verb.dep_ == "relcl":
        return verb.head
    return subjects[0] if subjects else None


def _doer_in(verb: Token, nouns: frozenset[str]) -> bool:
    """Whether the verb's subject is one of ``nouns`` (by lemma)."""
    subject = first_child(verb, SUBJECTS)
    return subject is not None and subject.lemma_.lower() in nouns


def _object_undoes(verb: Token) -> bool:
    """Whether a phrasal verb's object is one its verb's row reads as no event ("shut down the reactor":
    ``shut`` with a reactor; "shut down the newspaper" stays a closure)."""
    obj = first_child(verb, {"dobj", "nsubjpass"}) if verb.pos_ == "VERB" else None
    return obj is not None and (_named_reading(verb, obj) or ("",))[0] == "-"


def denied_leave(verb: Token) -> Token | None:
    """The party refused leave to act by a negated "allow" or "permit": "did not allow the ships to join"
    (the ships), "would not permit inspectors to enter"; None when no party is refused an act."""
    act = first_child(verb, {"xcomp", "ccomp"})
    obj = first_child(verb, {"dobj"}) or (first_child(act, {"nsubj"}) if act is not None else None)
    denied = verb.lemma_.lower() in _PERMITTING and any(c.dep_ == "neg" for c in verb.children)
    if act is None or obj is None or not denied:
        return None
    named = obj.ent_type_ in _NAMED_PARTIES or any(c.ent_type_ in _NAMED_PARTIES for c in obj.children)
    return obj if named or obj.lemma_.lower() in _words.people_nouns() else None


def _reached_by_the_press(verb: Token) -> bool:
    """Whether a passive "contacted" names nobody who contacts but the press ("when contacted", "when
    contacted by Reuters": ``news_outlets.txt``)."""
    if verb.tag_ != "VBN" or first_child(verb, {"dobj"}) is not None:
        return False
    agent = doer_by(verb)
    return agent is None or agent.lower_ in lexicons.words("news_outlets.txt")


def _contacts_a_party(verb: Token) -> bool:
    """Whether who is contacted, or who contacts in a passive, is named or a named party's ("contacted
    Thailand's foreign minister", "Iran was contacted by the US"; not "contacted him")."""
    for party in (first_child(verb, {"dobj", "nsubjpass"}), doer_by(verb)):
        if party is None:
            continue
        if party.ent_type_ in _NAMED_PARTIES:
            return True
        if any(c.dep_ == "poss" and c.ent_type_ in _NAMED_PARTIES for c in party.children):
            return True
    return False


def _works_with_a_party(verb: Token) -> bool:
    """Whether someone works with a party the text names ("worked with the UN"), not with colleagues."""
    partner = prepositional(verb, ("with",))
    return partner is not None and partner.ent_type_ in _NAMED_PARTIES


def _phoned(verb: Token) -> bool:
    """Whether "call" has a named party for its object, or any object by phone, and nothing else it calls
    for or on them to do: a telephone call ("Biden called Zelensky", "called the ministry by phone"; not
    "called Zelensky a hero", "called on Kyiv to")."""
    obj = first_child(verb, {"dobj"})
    if obj is None or any(c.dep_ in ("xcomp", "oprd", "ccomp", "prt") for c in verb.children):
        return False
    if obj.ent_type_ in _NAMED_PARTIES:
        return True
    # "called the ministry by phone": whoever was called (the parser may hang the phone on the object)
    means = (
        c for c in (*verb.children, *obj.children) if c.dep_ == "prep" and c.lower_ in ("by", "over", "on")
    )
    return any((phone := first_child(c, {"pobj"})) is not None and lemma_of(phone) in _PHONES for c in means)


def _disbelieves(verb: Token) -> bool:
    """Whether what is refused is believing or granting that something is so ("refused to believe it",
    "refused to accept that her son was dead"), not an act another party asks for."""
    act = first_child(verb, {"xcomp"})
    if act is None:
        return False
    return lemma_of(act) in _BELIEVING or (
        lemma_of(act) in _GRANTING and first_child(act, {"ccomp"}) is not None
    )


def _goes_somewhere(verb: Token) -> bool:
    """Whether a journey goes somewhere ("travelled to Kyiv", "toured the capitals"): a visit can be made
    only there; whether whoever goes holds an office the events stage decides, with the article's roles."""
    return prepositional(verb, ("to", "into")) is not None or first_child(verb, {"dobj"}) is not None


def _into_custody(verb: Token) -> bool:
    """Whether a verb puts, keeps or sends someone in, into or to a place of confinement
    (``custody_nouns.txt``: "sent him to prison")."""
    place = prepositional(verb, ("in", "into", "to"))
    if place is not None and place.lemma_.lower() in lexicons.words("custody_nouns.txt"):
        return True
    held_for = prepositional(verb, ("for",))  # "brought in for questioning"
    return held_for is not None and held_for.lower_ in _HELD_FOR


def _decided_by(verb: Token) -> tuple[str, str] | None:
    """The (type, mode) the verb's object gives it in ``event_objects.tsv`` (type "-": no event), or None.

    The object is the direct object, a passive's subject (shared with the verb it is joined to: "were
    taken but not released"), a relative pronoun standing for the noun it describes ("hostages who were
    held", "the report they were required to release"), the noun a participle describes ("commanders
    held by"), else the object of "to", "against" or "with" ("agreed to the demands", "fought against
    corruption"); a clause is read as the object "that" ("accepted that the plane had crashed")."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None) or participle_of(
        verb
    )
    doer = first_child(verb, SUBJECTS)
    if obj is None and verb.dep_ == "relcl" and (doer is None or doer.lower_ not in _RELATIVES):
        obj = verb.head  # "the transcript the White House released": what the clause describes
    unaided = not any(c.dep_.startswith("aux") for c in verb.children)
    if obj is None and unaided and (verb.tag_ == "VBN" or lemma_of(verb) in _STRUCK_DEALS):
        obj = first_child(verb, {"nsubj"})  # "wanted a deal struck": the deal is what is struck
    if obj is None and verb.dep_ == "conj" and first_child(verb, SUBJECTS) is None:
        obj = first_child(verb.head, {"nsubjpass"})  # "were taken … but not released": the same things
    if obj is not None and obj.lower_ in _RELATIVES:
        clause = verb
        while clause.dep_ == "xcomp" and clause.head != clause:
            clause = clause.head  # "the report, which they were required to release"
        obj = clause.head if clause.dep_ == "relcl" else obj
    if obj is None:
        # "agreed to the demands", "fought against corruption", "agreed with the decision"
        obj = prepositional(verb, ("to", "against", "with"))
    if obj is None:
        clause = first_child(verb, {"ccomp"})
        if clause is None:
            return None
        return object_reading(lemma_of(verb), "that") or object_reading(lemma_of(verb), "*")
    lemma = lemma_of(verb)
    named = next((o for o in (obj.lemma_.lower(), obj.lower_) if decides_event(lemma, o)), None)
    if named is None and obj.ent_type_ == "PERSON" and decides_event(lemma, "person"):
        named = "person"  # "McCain was held": a named person, as "a person"
    return object_reading(lemma, named or obj.lemma_.lower())


def _has_partner(verb: Token) -> bool:
    """Whether a verb of talking names a party to it: whom it is with ("talked with Xi", "spoke to
    reporters"), a pair of subjects ("Biden and Xi talked", "the two leaders talked"), a first-person
    subject ("we can talk about a loan"); "people are talking about it" and "Merkel spoke about the
    crisis" name none."""
    if prepositional(verb, ("with", "to")) is not None:
        return True
    subject = first_child(verb, SUBJECTS)
    if subject is None:
        return False
    party = subject.lower_ in ("we", "they")  # "we can talk about a new loan"
    counted = subject.tag_ == "NNS" and any(c.dep_ == "nummod" for c in subject.children)  # "the two leaders"
    return party or counted or any(c.dep_ == "conj" for c in subject.children)


def _spoke_with_a_party(verb: Token) -> bool:
    """Whether someone spoke with another ("spoke with Macron by phone") or to a party the text names
    ("spoke to Putin"), not to an audience ("spoke to reporters", "to the nation")."""
    if prepositional(verb, ("with",)) is not None:
        return True
    addressee = prepositional(verb, ("to",))
    return addressee is not None and addressee.ent_type_ in _NAMED_PARTIES


def _talks_of_force(verb: Token) -> bool:
    """Talk of consequences or of force ("talked of severe repercussions"): a warning."""
    topic = prepositional(verb, ("of", "about"))
    return topic is not None and not _has_partner(verb) and any(_coercive(w) for w in topic.subtree)


def _asks_a_question(verb: Token) -> bool:
    """ "demanded how he could be so sure", "asked whether …": a question in a clause of its own."""
    clause = first_child(verb, {"ccomp"})
    if clause is None:
        return False
    return clause.left_edge.lower_ in ("how", "why", "what", "whether", "if", "when", "where", "who", "which")


def _questions(verb: Token) -> bool:
    """Whether "ask" puts a question rather than a request: no "to"-clause, no "for", no event noun as its
    object ("asked Morrison about concerns", "asked whether …", "“…?” he asked", "Asked to explain, he
    …"; not "asked Russia to withdraw", "asked for a loan")."""
    if _asks_a_question(verb):
        return True
    if (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and not any(c.dep_ in ("agent", "auxpass") for c in verb.children)
    ):
        return True  # "Asked to explain what he meant, the minister declined": a reporter's question
    wanted = prepositional(verb, ("for",))
    if wanted is not None and wanted.lemma_.lower() in object_class("inquiry"):
        return True  # "asked for comment": a reporter's question
    if first_child(verb, {"xcomp"}) is not None or wanted is not None or lemma_of(verb) != "ask":
        return False
    obj = first_child(verb, {"dobj"})
    # "asked Morrison about it", "asked whether …", "“…?” he asked"; "asked a favour" reads through the noun
    return obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in _lexicon("event_nouns.tsv").rows


def _unnamed(verb: Token) -> bool:
    """Whether what is asked is not to be named: "asked not to be identified", "asked that he not be
    named"."""
    act = first_child(verb, {"xcomp", "ccomp"})
    return act is not None and lemma_of(act) in _NAMING


def _promises_an_act(verb: Token) -> bool:
    """Whether what is promised is a clause reporting an act of its own ("vowed that France would
    respond", "pledged that aid will flow"; not "promised that it was true")."""
    clause = first_child(verb, {"ccomp"})
    return clause is not None and clause.pos_ == "VERB" and trigger_reading(clause) is not None


def _helps_another_act(verb: Token) -> bool:
    """Help that is no aid to a party: helping someone do something ("helped him leave", "help pay the
    cost"), helping with nobody helped ("we want to try to help"), or help "in" a matter."""
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return True
    return first_child(verb, {"dobj", "obj"}) is None


def _police_search(verb: Token) -> bool:
    """Whether the police search a place or look for someone ("searched the house", "are looking for
    Abdeslam"); rescuers searching for survivors and a search for a lost plane are no coercion."""
    if not _by_police(verb):
        return False
    return verb.lemma_.lower() == "search" or prepositional(verb, ("for",)) is not None


def _kept_from_acting(verb: Token) -> bool:
    """Whether people or a party are kept from doing something: an object or a passive subject that is
    someone, and "from" with a gerund ("preventing civilians from leaving", "were barred from entering";
    not "prevented the attack", "stopped from the start")."""
    obj = first_child(verb, {"dobj", "nsubjpass"})
    kept = any(
        c.dep_ == "prep" and c.lower_ == "from" and any(g.tag_ == "VBG" for g in c.children)
        for c in verb.children
    )
    if obj is None or not kept:
        return False
    someone = obj.ent_type_ in _NAMED_PARTIES or obj.lower_ in _PERSONAL_PRONOUNS
    return someone or obj.lemma_.lower() in _words.people_nouns() | object_class("person")


def _picked_up_by_police(verb: Token) -> bool:
    """Whether the police pick someone up ("pick" with "up"): an arrest."""
    return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children) and _by_police(verb)


def _by_police(verb: Token) -> bool:
    """Whether the verb's subject or "by" agent is the police or another law-enforcement body."""
    doer = first_child(verb, {"nsubj"}) or prepositional(verb, ("by",))
    return doer is not None and doer.lemma_.lower() in lexicons.words("law_enforcement_nouns.txt")


def _equipped(verb: Token) -> bool:
    """Whether "armed" only says what someone carries: a participle with no object and no "by" agent, on
    it or on a verb joined to it ("armed with knives", "the man was armed"; not "armed the rebels with
    rockets", "were armed and trained by Iran")."""
    joined = [verb, *verb.conjuncts]
    return verb.tag_ == "VBN" and not any(c.dep_ in ("dobj", "agent") for v in joined for c in v.children)


def _raised_by_a_party(verb: Token) -> bool:
    """Whether whoever raises questions or concerns is someone: a name, a person or a body of people, or
    a personal pronoun ("Morrison raised concerns", "they raised questions"; not "the news raised
    questions", "it raises questions", "the question raised by the merger")."""
    doer = first_child(verb, {"nsubj"}) or doer_by(verb)
    if doer is None:
        return False
    if doer.ent_type_ in _NAMED_PARTIES or doer.lower_ in _PERSONAL_PRONOUNS:
        return True
    return doer.pos_ == "NOUN" and doer.lemma_.lower() in _words.people_nouns()


def _hired_from(verb: Token) -> bool:
    """Whether someone is signed or recruited "from" a named club or firm, with nothing else signed."""
    source = prepositional(verb, ("from",))
    return source is not None and source.ent_type_ in ("ORG", "GPE") and first_child(verb, {"dobj"}) is None


def _joins_as_a_member(verb: Token) -> bool:
    """Whether a person joins a named body: membership or a career move, unless what is joined is a
    protest, an alliance or the like (``event_objects.tsv`` rows for "join")."""
    subject = first_child(verb, {"nsubj"})
    joined = first_child(verb, {"dobj"})
    if subject is None or joined is None or decides_event("join", joined.lemma_.lower()):
        return False
    person = subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she", "i")
    return person and joined.ent_type_ in ("ORG", "GPE", "NORP")


def _received(verb: Token) -> bool:
    """Whether a passive "meet" says how something was received: "was met with laughter"."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and prepositional(verb, ("with",)) is not None


def _strives(verb: Token) -> bool:
    """Whether fighting "to" do something is an effort: a "to" infinitive, and no state, people or force
    that fights ("doctors battled to save the wounded", "parties battle to win the election"; not
    "Ukraine will fight to defend itself", "troops fought to hold the town")."""
    act = first_child(verb, {"xcomp", "advcl"})
    if act is None or not infinitive(act):
        return False
    subject = first_child(verb, SUBJECTS)
    if subject is None:
        return True
    armed = subject.ent_type_ in _ARMED_SIDES or subject.lemma_.lower() in object_class("force")
    return not armed


def _other_sense(verb: Token, particle: str) -> bool:
    """Whether a phrasal verb is used in a sense that is no event: "Smith took over", "took over as chief"
    (a succession, unless a place or power is taken: ``_seized``), "walk away with millions" (a gain)."""
    lemma = lemma_of(verb)
    if (lemma, particle) == ("take", "over"):
        return not _seized(verb)
    return (lemma, particle) == ("walk", "away") and prepositional(verb, ("with",)) is not None


def _seized(verb: Token) -> bool:
    """Whether "take over" takes a place, a building or power by force (its object a place name or one of
    ``_SEIZABLE``), not a post or a company."""
    obj = first_child(verb, {"dobj"})
    if obj is None:
        return False
    if obj.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    return obj.lemma_.lower() in _SEIZABLE or obj.lemma_.lower() in lexicons.words("facility_heads.txt")


def _directs(verb: Token) -> bool:
    """Whether a warning tells its object what to do or not to do ("warned X to prepare", "warned them
    not to travel"), naming no consequence ("warned the West to stop or face a response" threatens)."""
    act = first_child(verb, {"xcomp", "advcl"})
    if first_child(verb, {"dobj"}) is None or act is None or not infinitive(act):
        return False
    words = list(act.subtree)
    ultimatum = any(w.lower_ in ("or", "otherwise", "else") for w in words) and any(map(_coercive, words))
    return not ultimatum  # "to stop or face a military response": a threat


def _forecast(verb: Token) -> bool:
    """Whether a warning only says what may happen ("warned that prices may rise", "warned of a crisis"):
    nobody is warned as an object, and what it warns of is no act of the warner's ("warned that it would
    respond") and names no consequence or coercive act ("warned of sanctions")."""
    if first_child(verb, {"dobj", "obj"}) is not None:
        return False  # "warned Russia": a warning to a party
    warned_of = first_child(verb, {"ccomp"}) or prepositional(verb, ("of", "about", "against"))
    if warned_of is None:
        return False
    subject = first_child(warned_of, SUBJECTS)
    if subject is not None and subject.lower_ in _WARNERS_OWN:
        return False
    dated = {
        word.i
        for prep in warned_of.subtree
        if prep.dep_ == "prep" and prep.lower_ in _TEMPORAL
        for word in prep.subtree
    }  # "its greatest crisis since the war": when, not what is warned of
    return not any(_coercive(word) for word in warned_of.subtree if word.i not in dated)


def _coercive(word: Token) -> bool:
    """A consequence ("price", "retaliation") or an act of force or pressure ("invade", "sanctions")."""
    if word.lemma_.lower() in object_class("consequence"):
        return True
    reading = trigger_reading(word) if word.pos_ in ("VERB", "NOUN") else None
    return reading is not None and reading[0] in _COERCIVE


def _verbal_attack(target: Token | None) -> bool:
    """Whether an attack on ``target`` is one of words: it is aimed at a person or at what is a person's
    ("attacked Biden", "attacked his record"), and its sentence names no harm or weapon
    (``harm_words.txt``): "a man attacked Rushdie with a knife" stays an assault."""
    if target is None:
        return False
    owner = first_child(target, {"poss"})
    persons = owner is not None and (owner.ent_type_ == "PERSON" or owner.lower_ in _PERSONAL_OWNERS)
    harm = lexicons.words("harm_words.txt")
    personal = target.ent_type_ == "PERSON" or persons
    return personal and not any(word.lemma_.lower() in harm for word in target.sent)


def _published(verb: Token) -> bool:
    """Whether what does the verb is a publication or a broadcast (a relative pronoun standing for the
    noun it describes): "the magazine attacked", "an ad that attacks the senator"."""
    doer = first_child(verb, {"nsubj"})
    if doer is not None and doer.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
        doer = verb.head
    return doer is not None and doer.lemma_.lower() in lexicons.words("publication_nouns.txt")


def _by_accident(verb: Token) -> bool:
    """Whether an act of violence is told as harm from an accident or disaster: its subject, its agent or
    what it happened "in" is a crash, a fire, a storm ("killed in a helicopter crash", "a storm killed"),
    not fire from a weapon or a party ("killed in Israeli tank fire")."""
    reading = _lexicon("event_verbs.tsv").rows.get(verb.lemma_.lower())
    if reading is None or reading[0] != "ASSAULT":
        return False
    accidents = object_class("accident")
    causes = [first_child(verb, {"nsubj"}), prepositional(verb, ("in", "by", "from", "during"))]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and first_child(verb, {"nsubj"}) is None:
        # "recalled the crash of Air France 447, killing all 228 on board": what the crash did
        causes += [c for c in verb.head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    return any(c is not None and c.lemma_.lower() in accidents and not _armed(c) for c in causes)


def _with_a_score(verb: Token) -> bool:
    """Whether a score ("2-1", "6-3") follows the verb and the one it names, before any comma: the result
    of a match. A range that counts something ("killed 10-15 people") is no score."""
    window = verb.doc[verb.i + 1 : min(verb.i + 8, verb.sent.end)]
    comma = next((t.i for t in window if t.text in (",", ";", ":")), window.end)
    window = verb.doc[window.start : comma]  # "attacked the town, killing 3-4": a toll, after the clause
    for found in _SCORE.finditer(window.text):
        start, end = window.start_char + found.start(), window.start_char + found.end()
        opponent = any(t.pos_ in ("NOUN", "PROPN") and t.idx < start for t in window)  # not "killing 3-4"
        after = next((t for t in window.doc[window.start :] if t.idx >= end and not t.is_space), None)
        if opponent and (after is None or after.pos_ not in ("NOUN", "PROPN")):
            return True
    return False


def _armed(cause: Token) -> bool:
    """A fire or strike with a weapon or a party named before it: "Israeli tank fire", "sniper fire"."""
    harm = lexicons.words("harm_words.txt")
    return any(
        c.lemma_.lower() in harm or c.ent_type_ in ("NORP", "GPE", "ORG")
        for c in cause.lefts
        if c.dep_ in ("amod", "compound", "nmod")
    )


def _preposition_decides(noun: Token) -> tuple[str, str] | None:
    """The (type, mode) an event noun's preposition gives it ("a call with X": CONSULT phone; "a request
    for comment": no event), a row naming the preposition's object before one that needs none."""
    lemma = noun.lemma_.lower()
    for child in noun.children:
        if child.dep_ != "prep":
            continue
        obj = first_child(child, {"pobj"})
        rows = _noun_prepositions().get((lemma, child.lower_), ())
        for objects, reading in sorted(rows, key=lambda row: not row[0]):
            if not objects or (obj is not None and obj.lemma_.lower() in objects):
                return reading
    return None


def _judgement(verb: Token) -> tuple[str, str] | None:
    """What calling something something reports: "called the deal a surrender" is a criticism (ACCUSE),
    "called the talks constructive" praise (SUPPORT), "called it a meeting" nothing ("-"); None when the
    verb is not one that calls ("call", "describe", "portray"…) with a predicate. Dismissing or deriding
    something as anything is a criticism; a passive with nobody calling ("is described as dangerous") is
    none."""
    lemma = lemma_of(verb)
    as_phrase = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if lemma in _DISPARAGING and as_phrase is not None:
        return "ACCUSE", "disapprove"  # "dismissed the president as a relic"
    if lemma not in _CALLING:
        return None
    if any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children):
        return "-", ""  # "he is described as dangerous": a description nobody is named as giving
    predicate = first_child(verb, {"oprd"})
    if predicate is None:
        # "declared the summit a success": the parser may read the predicate as a verbless clause
        clause = first_child(verb, {"ccomp"})
        predicate = clause if clause is not None and clause.pos_ in ("NOUN", "ADJ", "PROPN") else None
    if predicate is None and lemma != "call" and as_phrase is not None:
        predicate = next(iter(as_phrase.children), None)  # "described it as illegal"
    if predicate is None:
        return None
    words = [predicate, *(c for c in predicate.children if c.dep_ in ("amod", "compound"))]
    table = _evaluations()
    found = next((table[w.lemma_.lower()] for w in words if w.lemma_.lower() in table), None)
    return found or ("-", "")


def _undecided_object(verb: Token) -> bool:
    """Whether the verb's object is a common noun that is no event and no party: for a verb whose object
    decides ("hold", "send", "undertake"), such an object leaves it no event to report."""
    obj = first_child(verb, {"dobj", "obj"})
    if obj is None or obj.pos_ != "NOUN" or obj.ent_type_:
        return False
    return _lexicon("event_nouns.tsv").rows.get(obj.lemma_.lower()) is None


# What only a party does: deal, ask, answer, charge, help. A thing can kill, block or ruin (an explosion, a
# law, a storm), so force, coercion and sanctions are not among them.
_PARTIES_ACTS = frozenset(
    {"AGREE", "SUPPORT", "CONSULT", "REQUEST", "REJECT", "ACCUSE", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
)


def trigger_type(token: Token) -> str:
    """The PLOVER type a verb or noun triggers (see :func:`trigger_reading`), or "" for none."""
    reading = trigger_reading(token)
    return reading[0] if reading else ""


def trigger_reading(token: Token) -> tuple[str, str] | None:
    """The PLOVER (type, mode) a verb or noun triggers: a row of several words around it first
    ("cyber-attack", "boots on the ground"), then a verb's object where it decides ("sent troops"), phrasal
    verbs ("walk out"), the word alone."""
    if token.pos_ not in ("VERB", "NOUN") or (token.pos_ == "VERB" and token.dep_ == "amod"):
        return None  # a participle before a noun describes it: "agreed structures", "a planned attack"
    lexicon = _lexicon("event_verbs.tsv" if token.pos_ == "VERB" else "event_nouns.tsv")
    table = lexicon.rows
    if (found := _phrase(token, lexicon)) is not None:
        bare = token.lemma_.lower() in _NEEDS_COMPLEMENT and not _complemented(token)  # "plants shut down"
        other = _other_sense(token, token.nbor().lower_ if token.i + 1 < len(token.doc) else "")
        return None if found[0] == "-" or bare or _object_undoes(token) or other else found
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN":
        if _hazard_warning(token):
            return None  # "a tsunami warning", "the weather alert": a danger announced, no threat made
        if (by_preposition := _preposition_decides(token)) is not None:
            return None if by_preposition[0] == "-" else by_preposition
        if lemma in ATTACKING and _verbal_attack(prepositional(token, ("on", "against"))):
            return "ACCUSE", "disapprove"  # "his attacks on the senator"
        found = table.get(lemma) or table.get(token.lower_)
        if found is not None and found[0] == "CONSULT" and _venue_of_speech(token):
            return None  # "speaking at a business conference in Limassol, Sarris said": where he spoke
        if lemma in _MEETING_WITH and not _has_parties(token):
            return None  # "a contact in the ministry", "the conversation turned to money": nobody named meets
        if lemma == "fire" and _under_fire(token):
            # "came under fire": shots, unless for what one did ("is under fire for failing to deliver")
            heads = (token, token.head.head)
            blamed = any(c.dep_ == "prep" and c.lower_ in ("for", "over") for h in heads for c in h.children)
            return ("ACCUSE", "disapprove") if blamed else ("ASSAULT", "")
        if token.lower_ == "loan" and token.head.lower_ == "on" and not list(token.lefts):
            return None  # "a striker on loan from Chelsea": where a player plays, no aid
        if lemma == "signing" and prepositional(token, ("of", "with")) is None:
            return None  # "the club's new signing": a person signed, no agreement between parties
        if lemma == "asylum" and not _granted(token):
            return None  # "migrants seeking asylum", "asylum seekers": asked for, no aid given
        if lemma == "rally" and _market_rally(token):
            return None  # "a relief rally on the markets": prices rise, no crowd gathers
        if lemma == "appeal" and token.dep_ in OBJECTS and lemma_of(token.head) in _HAVING:
            return None  # "a stance that holds appeal to voters": how attractive it is, no request
        if lemma in _CAMPS and _acting_camp(token):
            return None  # "Venezuela's opposition rejected the results": the opposition parties act
        return found
    if _hazard_warning(token):
        return None
    if (judged := _judgement(token)) is not None:
        return None if judged[0] == "-" else judged
    if lemma == "threaten" and _a_thing_does(token):
        return None  # "the crisis threatens Europe's recovery": a danger, no threat anyone made
    if lemma == "explode" and _grows(token):
        return None  # "with protests exploding to new levels": a surge, no bomb
    if lemma in _CAPTURING and _doer_in(token, object_class("document") | _RECORDERS):
        return None  # "CCTV footage captured the gunmen fleeing": a picture taken, nobody seized
    if lemma == "rally" and _doer_in(token, object_class("market")):
        return None  # "Asian shares rallied", "the Nifty has been rallying": a market rises, no crowd
    if denied_leave(token) is not None:
        return "REJECT", ""  # "India did not allow four Chinese ships to join the hunt"
    if lemma == "contact" and (_reached_by_the_press(token) or not _contacts_a_party(token)):
        # "said when contacted by Reuters": a source sought; "we last contacted him": nobody named
        return None
    if lemma == "work" and _works_with_a_party(token):
        return "COOPERATE", ""  # "Volker tried to work with Giuliani", "working with the coalition forces"
    if lemma == "call" and _phoned(token):
        return "CONSULT", "phone"  # "Macron called Putin on Friday"
    if lemma in _NEEDS_COMPLEMENT and not _complemented(token):
        return None  # "ozone levels declined", "the signal cut out": a change, not a refusal or a cut
    if lemma in ("rule", "exclude") and _cannot_be_ruled_out(token):
        return None  # "an attack could not be ruled out": a possibility left open, no refusal
    if lemma in SEARCHING and _police_search(token):
        # "police searched the house", "police are looking for Abdeslam": a raid, a manhunt
        return "COERCE", ""
    if lemma in _HINDERING and _kept_from_acting(token):
        return "COERCE", "restrict"  # "preventing civilians from leaving the camp"
    if lemma == "stop" and _by_police(token) and first_child(token, {"dobj", "nsubjpass"}) is not None:
        return "COERCE", ""  # "was stopped by police at the border": a police stop
    if lemma == "pick" and _picked_up_by_police(token):
        return "COERCE", "arrest"  # "was picked up by police in Molenbeek"
    if lemma == "oppose" and any(c.dep_ in ("advmod", "mark") and c.lower_ == "as" for c in token.children):
        return None  # "as opposed to four Brits": a contrast, no opposition
    if lemma in _HIRING and _hired_from(token):
        return None  # "signed from Shrewsbury", "recruited from Espanyol": a transfer between clubs or firms
    if lemma == "join" and _joins_as_a_member(token):
        return None  # "Gavin Nebbeling joined Fulham", "she joined the Sea Org aged 14": a career, no dealing
    if lemma == "arm" and _equipped(token):
        return None  # "the gunmen, armed with assault rifles", "he's armed": what they carry, not aid
    if lemma == "meet" and _received(token):
        return None  # "his refusal was met with laughter": how something was received, no meeting
    if lemma in _STRIVING and _strives(token):
        return None  # "doctors battled to save the wounded": an effort, no fighting
    if lemma == "leave" and any(c.dep_ in ("oprd", "acomp") and c.lower_ in _HARMED for c in token.children):
        cause = first_child(token, {"nsubj"})
        accident = cause is not None and cause.lemma_.lower() in object_class("accident")
        return None if accident else ("ASSAULT", "")  # "leaving 130 dead": an attack's toll
    if lemma in _TRAVELLING and not _goes_somewhere(token):
        return None  # "travelling on stolen passports": no visit
    if lemma in _CONFINING and _into_custody(token):
        return "COERCE", "arrest"  # "was held in custody", "taken into custody", "kept in jail"
    if _with_a_score(token):
        return None  # "beat Sweden 2-1", "defeated Holm 6-3, 7-6": a match won, no attack
    if (decided := _decided_by(token)) is not None:
        called = first_child(token, {"dobj"})
        if decided[0] == "CONSULT" and called is not None and _press_conference(called):
            return None  # "called a news conference": somewhere to speak, no meeting of parties
        if decided[0] in _PARTIES_ACTS and _a_thing_acts(token):
            return None  # "the report offered relatives no answers": a thing gives nothing
        if lemma == "raise" and not _raised_by_a_party(token):
            return None  # "the news has raised further questions": a question arises, nobody raises it
        return None if decided[0] == "-" else decided
    if lemma in ATTACKING and _verbal_attack(first_child(token, {"dobj", "obj"})):
        return "ACCUSE", "disapprove"  # "Trump attacked Biden over the call": words, not blows
    if lemma in ATTACKING and _published(token):
        return "ACCUSE", "disapprove"  # "Freedom Magazine, which attacked defectors": in print
    if _by_accident(token):
        return None  # "killed in a helicopter crash": harm with nobody acting is no ASSAULT
    if lemma in _light_verbs() and _undecided_object(token):
        return None  # "undertake a review", "send a team": the verb says nothing of its own
    if lemma == "seek" and first_child(token, {"xcomp"}) is not None:
        return None  # "groups that seek to combat misinformation": an aim, no request
    if lemma in lexicons.words("commitment_verbs.txt") and first_child(token, {"xcomp"}) is not None:
        return None  # "vowed to retaliate": the retaliation, planned, is the event
    if lemma in lexicons.words("commitment_verbs.txt") and _promises_an_act(token):
        return None  # "vowed that her nation will help": the help, planned, is the event
    if lemma in _ADVISING and first_child(token, {"xcomp"}) is None:
        return None  # "advised on the merger", "as instructed": no act asked of anyone
    if lemma in _QUESTIONING and _unnamed(token):
        return None  # "a refugee who asked not to be identified": a source's anonymity, no request
    if lemma in _QUESTIONING and _questions(token):
        return None  # "asked Morrison about the call": a question, not a request
    if lemma in _CONVERSING and _talks_of_force(token):
        return "THREATEN", ""  # "talked of severe repercussions": a warning, not a meeting
    if lemma in _CONVERSING and not _has_partner(token):
        return None  # "people are talking about it", "Merkel spoke about the crisis": no meeting
    if lemma == "speak" and not _spoke_with_a_party(token):
        return None  # "spoke to reporters", "spoke to the nation": speech, no meeting
    if lemma in _HELPING and _helps_another_act(token):
        return None  # "helped him leave", "help pay the cost", "try to help": the act helped is the event
    if lemma in _WARNING and _directs(token):
        return "REQUEST", ""  # "warned the emergency services to prepare": advice to act, no threat
    if lemma in _WARNING and _forecast(token):
        return None  # "warned that migrants are at risk": what may happen, not what the warner will do
    if lemma in _PERSUADING and first_child(token, {"xcomp"}) is None:
        return None  # "convinced investigators that the plane crashed": a belief changed, no appeal
    if lemma in _DECLINING and _keeps_silent(token):
        return None  # "declined to comment", "refused to provide details": a source's silence
    if lemma in _DECLINING and _disbelieves(token):
        return None  # "refused to believe that the plane had crashed": a belief, no refusal of anything asked
    if lemma in _DENYING and any(c.dep_ in ("xcomp", "ccomp", "pcomp") for c in token.children):
        return None  # "denied having sex with …": denying a fact is speech; what is denied is negated
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
    if particle is None and token.i + 1 < len(token.doc) and token.nbor().pos_ in ("ADP", "ADV", "PART"):
        particle = token.nbor().lower_  # "stepped down", "walk away": the parser did not join them
    if particle is None and lemma in lexicon.starts:
        particle = _split_particle(token)  # "kicked her out of the party"
    if particle and (found := table.get(f"{lemma} {particle}")):
        return None if found[0] == "-" or _other_sense(token, particle) else found
    found = table.get(lemma)
    if found is not None and found[0] in _PARTIES_ACTS and _a_thing_acts(token):
        return None  # "the figures will be settled", "the absence of news supported the rumours"
    return found


def _a_thing_acts(verb: Token) -> bool:
    """Whether an active verb's subject is a thing no party owns or issued, and no event itself ("the
    absence of evidence", "the figures"; not "the statement" a party issued, "the talks", "the deal")."""
    subject = _doer(verb)
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    if subject is None or passive or _lexicon("event_nouns.tsv").rows.get(subject.lemma_.lower()) is not None:
        return False
    return _a_thing_does(verb)


def _hazard_warning(noun: Token) -> bool:
    """Whether a warning names a natural or public hazard before it (``object_classes.tsv`` "accident"
    and "hazard": "tsunami warning", "a severe weather alert", "travel advisory")."""
    if noun.lemma_.lower() not in _WARNING_NOUNS and noun.lower_ not in _WARNING_NOUNS:
        return False
    hazards = object_class("accident") | object_class("hazard")
    if noun.pos_ == "VERB":  # the parser may read "a tsunami warning" as a noun and a participle after it
        return noun.dep_ == "acl" and noun.head.lemma_.lower() in hazards
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in hazards for c in noun.children)


def _under_fire(noun: Token) -> bool:
    """Whether "fire" is what someone comes, falls or is under ("came under heavy fire"), not a blaze."""
    under = noun.head
    if noun.dep_ != "pobj" or under.lower_ != "under":
        return False
    return under.head.lemma_.lower() in ("come", "fall", "be")


def _granted(noun: Token) -> bool:
    """Whether asylum is granted, given, offered or refused (the object of such a verb), not sought."""
    return noun.dep_ in OBJECTS and lemma_of(noun.head) in _GIVING


def _grows(verb: Token) -> bool:
    """Whether what "explodes" is an event, a crowd or a figure that surges ("protests exploding to new
    levels", "prices exploded"), not a bomb."""
    subject = first_child(verb, SUBJECTS) or (verb.head if verb.dep_ == "acl" else None)
    if subject is None or subject.pos_ != "NOUN":
        return False
    lemma = subject.lemma_.lower()
    surging = object_class("market") | object_class("figure") | object_class("abstract")
    return lemma in surging or _lexicon("event_nouns.tsv").rows.get(lemma) is not None


def _market_rally(noun: Token) -> bool:
    """Whether a rally is of a market: on or in one ("a rally on financial markets"), or a relief rally."""
    place = prepositional(noun, ("on", "in", "of"))
    markets = object_class("market")
    relief = any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in markets | {"relief"} for c in noun.children
    )
    return relief or (place is not None and place.lemma_.lower() in markets)


def _acting_camp(noun: Token) -> bool:
    """Whether "the opposition" acts as a camp: a subject or the like, with no "to"/"against" of a stance."""
    stance = prepositional(noun, ("to", "against", "over", "from")) is not None  # "opposition to the deal"
    return not stance and noun.dep_ in ("nsubj", "nsubjpass", "conj", "appos", "poss")


def _split_particle(verb: Token) -> str | None:
    """A particle the parser left as an adverb or preposition right after the verb's object: "kicked her
    out of the party", "turned the offer down"."""
    obj = first_child(verb, {"dobj"})
    if obj is not None and obj.lower_.endswith(("self", "selves")):
        return None  # "pull themselves out of the mess": no one pulls out
    after = obj.right_edge.i + 1 if obj is not None else None
    if after is None or after >= len(verb.doc):
        return None
    word = verb.doc[after]
    split = (
        word.head == verb and word.dep_ in ("prep", "advmod", "prt") and word.pos_ in ("ADP", "ADV", "PART")
    )
    return word.lower_ if split else None


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
def object_class(name: str) -> frozenset[str]:
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
            needed |= object_class(item[1:]) if item.startswith("@") else {item}
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
