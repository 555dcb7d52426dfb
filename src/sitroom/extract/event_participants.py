"""Who does an event and to whom: the actor and target a trigger's clause or noun phrase names.

The actor is the clause's subject (a passive's agent; for a noun, its possessor, its "by" agent or the
subject of the verb it serves), the target its object or the object of "against", "on", "with", "to"…; a
verb with no subject of its own takes its controller ("urged Tehran to halt": Tehran halts), a participle
acts on the noun it describes ("commanders held by the government"), and the possessor of an arrest or a
trial is who undergoes it ("his arrest by the FBI"). Pronouns and
descriptions resolve through the article's speakers and offices (:class:`SpeakerResolver`); each side comes
with evidence of where it was found, which the confidence of the event weighs.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom import gazetteer, lexicons
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
from sitroom.extract.event_status import answering_verb, governs_status
from sitroom.extract.event_triggers import (
    ACCUSABLE,
    acting_event,
    carrying_participle,
    object_class,
    trigger_reading,
    trigger_type,
)
from sitroom.extract.reported import speakers_own_act
from sitroom.extract.speakers import SpeakerResolver, relative_antecedent
from sitroom.types import QuoteRecord

_TARGET_PREPOSITIONS = {
    "against",
    "on",
    "upon",
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
_STANCES = {"SUPPORT", "REJECT"}  # what a body can hold as a whole: "opposition to aid", "support for it"
_BACKING = {"SUPPORT", "AID"}  # types whose noun's "for" names whom they are for
_AIMS = ("against", "on")  # what a thing is aimed at: "evidence against Russia", "sanctions on Iran"
_RECEIVING = {"receive"}  # what is received goes from the object of "from" to the subject
_ANSWERING = {"after", "following", "to", "at", "upon"}  # "acted after a request from X"
_ADDRESSED = {"REQUEST", "THREATEN", "ACCUSE", "CONSULT"}  # speech acts: whoever acts on one was sent it
# Prepositions of manner and time whose gerund the governor's subject does: "tricked them by breaking
# promises", "responded after meeting" (unlike "accused Russia of planning": the object plans).
_MEANS = {"by", "through", "after", "before", "while", "without", "in"}
# Verbs whose "on" names whoever is to act, named or not ("called on the government to resign"), where
# after other verbs it may be a means ("relied on drones to strike").
_ASKING_ON = {"call", "prevail", "lean"}
_RESULTING = {"leave", "see"}  # "left 60 people injured", "saw dozens detained"
_PLACING = {"place", "put", "keep", "hold", "take", "remain", "stay"}  # "placed under house arrest"
_OWNING = {"responsibility", "credit", "blame"}  # what one claims or takes for an act one did
# Places a party holds, and the participles that say so: "territory controlled by Islamic State".
_HELD_PLACES = {"territory", "area", "region", "town", "city", "village", "stronghold", "position", "zone"}
_HOLDING = {"control", "hold", "occupy", "run", "seize", "capture", "govern", "administer"}
# Texts that say what their issuer says ("a resolution condemning Russia", "a statement urging calm").
_ISSUED = {"resolution", "statement", "declaration", "communique", "letter", "motion", "bill", "decree"}
# Verbs by which a party answers or punishes with an act of its own ("responded with airstrikes").
_ANSWERING_WITH = {"respond", "retaliate", "react", "reply", "answer", "counter", "hit", "punish", "follow"}
# Verbs of going, or of coming together, whose "for" names what whoever goes takes part in ("flew to
# Washington for talks", "gathered in Brussels for a summit").
_GOING = {"fly", "travel", "go", "come", "head", "arrive", "return", "sail", "drive", "meet", "gather"}
_SETTLEMENTS = {
    "city",
    "town",
    "village",
    "region",
    "province",
    "capital",
    "district",
    "territory",
    "enclave",
}
_AROUND = ("after", "before", "during", "following", "at", "ahead", "on")  # a meeting as the time of an act
_FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
# Who speaks for a body without a name of their own: their "we" is the body's.
_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "representative", "spokespeople"}
_ACTOR_TYPES = {"PERSON", "ORG", "GPE", "NORP", "GROUP"}
_STATES = {"GPE", "NORP"}  # what a body's modifier names: "the Greek government", "Iraq's parliament"
# Verbs whose subject "it" may stand for nothing ("it is time", "it seems", "it takes years").
_EMPTY_HEADS = {
    "be",
    "seem",
    "appear",
    "happen",
    "become",
    "remain",
    "take",
    "matter",
    "rain",
    "snow",
    "emerge",
    "transpire",
}
_JOURNEYS = {"leave", "head", "depart", "travel", "fly", "go", "set", "return", "sail"}  # going "for" a place
_TOPIC_NOUNS = {"policy", "strategy", "doctrine"}  # a name before them is what they are about
_IN_THE_NAME_OF = {"support", "solidarity", "protest", "retaliation", "response", "defiance", "sympathy"}
_STRUCK = {"target", "victim"}  # "the target of an attack", "victims of the shooting"
_FORCE = {"ASSAULT", "COERCE", "THREATEN"}  # acts one is the target or victim of
# Verbs whose subject undergoes the act their object names: "faced criticism", "received threats".
_UNDERGOING = {
    "face",
    "encounter",
    "receive",
    "suffer",
    "endure",
    "draw",
    "attract",
    "weather",
    "incur",
    "withstand",
    "stand",  # "stood trial"
    "undergo",
    "await",
}
# An event's actor and target (mention starts) and the evidence of where they came from.
Participants = tuple[int | None, int | None, tuple[str, ...]]


def verb_participants(verb: Token, resolver: SpeakerResolver) -> Participants:
    """Subject and object of a verb, with where each came from; a passive's agent acts on its subject
    ("was invaded by X")."""
    subject = first_child(verb, SUBJECTS)
    if subject is not None and _destination_for(verb, subject):
        subject = first_child(verb.head, SUBJECTS)  # "he left for Syria to fight": he fights, not Syria
    passive = subject is not None and (subject.dep_ == "nsubjpass" or _absolute_participle(verb))
    source = "subject"
    described = participle_of(verb)
    if described is not None and (one := _one_among(described)) is not None:
        described = one  # "he was among 32 people charged": he was charged
    if subject is None and described is not None:
        subject, passive = described, True  # "commanders held by the government": held, they
    if subject is None and (left := _left_in_a_state(verb)) is not None:
        subject, passive = left, True  # "the riots left 40 people injured": injured, they
    if subject is None and (named := _described_before(verb)) is not None:
        subject, passive = named, True  # "Mehdi Nemmouche, accused of shooting four people": accused, he
    if subject is None and _shares_passive(verb):
        subject, passive = first_child(_first_conjunct(verb), SUBJECTS), True  # "was detained, then released"
    if subject is None:
        subject, source = _controller(verb), "controller"
        # "made the trip twice and were turned down": a passive of its own, the shared subject undergoes it
        passive = subject is not None and any(c.dep_ == "auxpass" for c in verb.children)
    agent = next(
        (g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None
    )
    if passive:
        # "released yesterday by Putin" (a "by" the parser did not make the agent); "was fired at it from
        # the Gaza Strip" (force from a place names who used it)
        agent = (
            agent
            or prepositional(verb, ("by",))
            or (prepositional(verb, ("from",)) if _forceful(verb) else None)
            or _agent_on_its_complement(verb, resolver)
        )
        actor, how = resolved(agent, resolver)
        target, target_how = resolved(subject, resolver)
        target_source = "passive-subject"
        if target is None and subject is not None and subject.lower_ in ("that", "which", "who"):
            # "an act of war that was committed by Daesh against France": aimed at France
            target, target_how = resolved(prepositional(verb, _AIMS), resolver)
            target_source = "preposition"
        if target is None and subject is not None and subject.pos_ == "NOUN":
            target, target_how = resolved(
                prepositional(subject, _AIMS), resolver
            )  # "evidence against Russia"
        if target is None and described is not None and subject == described:
            # "sanctions imposed by the US on Huawei": the thing is no party; where it is aimed is
            target, target_source, target_how = destination(verb, resolver)
        return (
            actor,
            target,
            party_evidence("actor", "agent", actor, how)
            + party_evidence("target", target_source, target, target_how),
        )
    if lemma_of(verb) in _RECEIVING:
        obj = first_child(verb, OBJECTS)
        giver = prepositional(verb, ("from",)) or (prepositional(obj, ("from",)) if obj is not None else None)
        actor, how = resolved(giver, resolver)  # "received ministers from the government": the government
        target, target_how = resolved(subject, resolver)
        return (
            actor,
            target,
            party_evidence("actor", "giver", actor, how)
            + party_evidence("target", "receiver", target, target_how),
        )
    actor, how = resolved(subject, resolver)
    target, target_source, target_how = None, "reciprocal", None
    if subject is not None and _reciprocal(verb):
        # "Johnson and Corbyn attacked each other's policies on Brexit": each is the other's target
        target = next(
            (m for c in subject.conjuncts if (m := mention_of(c, resolver)) not in (None, actor)), None
        )
    if target is None:
        target, target_source, target_how = verb_target(verb, resolver)
    return (
        actor,
        target,
        party_evidence("actor", source, actor, how)
        + party_evidence("target", target_source, target, target_how),
    )


def _destination_for(verb: Token, subject: Token) -> bool:
    """Whether what the parser made a "for … to" subject is where a journey goes ("left for Syria to
    fight", "headed for Brussels to meet"): a place after "for", on a verb of going."""
    journey = verb.dep_ == "advcl" and lemma_of(verb.head) in _JOURNEYS
    place = subject.ent_type_ in ("GPE", "LOC")
    return journey and place and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)


def _done_in_the_name_of(noun: Token) -> Token | None:
    """The verb of the clause an "in support of", "in solidarity with" or "in protest at" phrase qualifies
    ("issued a statement in support of France"), else None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.lemma_.lower() not in _IN_THE_NAME_OF:
        return None
    head = noun.head.head
    while head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _one_among(noun: Token) -> Token | None:
    """Who is said to be among the people a noun counts ("he was among 32 people charged"), else None."""
    among = noun.head
    if noun.dep_ != "pobj" or among.lower_ != "among" or among.head.lemma_ != "be":
        return None
    return first_child(among.head, {"nsubj"})


def _described_before(verb: Token) -> Token | None:
    """The person or party named right before a comma that a past participle after it describes, though
    the parser hung the participle on the main verb ("… with Mehdi Nemmouche, accused of shooting …")."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return None  # "…, as was reported", "…, having been told": not a description of the name
    named = verb.doc[verb.i - 2]
    return named if named.ent_type_ in ("PERSON", "ORG") else None


def _absolute_participle(verb: Token) -> bool:
    """Whether a past participle after "with" or "without", or completing "left" or "saw", tells
    what befell its subject: "raided homes, with 23 people arrested" (arrested, they); "the clashes left
    60 people injured and fifteen arrested"."""
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    marked = any(c.dep_ == "mark" and c.lower_ in ("with", "without") for c in verb.children)
    marked = marked or (verb.dep_ == "pcomp" and verb.head.lower_ in ("with", "without"))
    small_clause = verb.dep_ in ("ccomp", "xcomp", "oprd") and verb.head.lemma_.lower() in _RESULTING
    return verb.tag_ == "VBN" and (marked or small_clause) and not own_aux


def _left_in_a_state(verb: Token) -> Token | None:
    """The object of "left" or "saw" whose state a participle completing it names, also through the
    participles joined to it ("left 40 people injured and a dozen arrested": arrested, they)."""
    first = _first_conjunct(verb)
    completes = first.dep_ in ("oprd", "xcomp", "ccomp") and first.head.lemma_.lower() in _RESULTING
    if verb.tag_ != "VBN" or not completes or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    return first_child(first.head, {"dobj"})


def _shares_passive(verb: Token) -> bool:
    """Whether a participle joined to a passive verb, with no subject or auxiliary of its own, is passive
    too ("was detained in Turkey but released later": released, he)."""
    own = any(c.dep_ in ("aux", "auxpass", *SUBJECTS) for c in verb.children)
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or own:
        return False
    head = verb.head
    while head.dep_ == "conj" and head.tag_ == "VBN" and head.head != head:
        head = head.head  # "was kidnapped, tortured and killed": all three passive
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)


def _first_conjunct(verb: Token) -> Token:
    """The first verb of a chain of coordinated verbs ("kidnapped" in "kidnapped, tortured and killed")."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb


def _reciprocal(verb: Token) -> bool:
    """Whether the verb's object is "each other" or "one another", or something of theirs."""
    obj = first_child(verb, OBJECTS)
    for word in (obj, first_child(obj, {"poss"}) if obj is not None else None):
        if word is not None and any(
            c.dep_ == "det" and c.lower_ in ("each", "another") for c in word.children
        ):
            return word.lower_ in ("other", "one")
    return False


def clause_target(verb: Token, resolver: SpeakerResolver) -> tuple[int | None, str | None]:
    """Whom an accusation or a demand made in a clause of its own is about: the clause's subject, or
    whose it is ("alleging that Trump's call was improper": Trump; "demanded that Kyiv withdraw": Kyiv)."""
    clause = first_child(verb, {"ccomp"})
    subject = first_child(clause, SUBJECTS) if clause is not None else None
    if subject is None:
        return None, None
    found, how = resolved(subject, resolver)
    if found is None and subject.pos_ == "NOUN":
        found, how = resolved(first_child(subject, {"poss"}), resolver)
    return found, how


def _forceful(verb: Token) -> bool:
    reading = trigger_reading(verb)
    return reading is not None and reading[0] in ACCUSABLE


def party_evidence(side: str, source: str, mention: int | None, how: str | None) -> tuple[str, ...]:
    """``actor-subject``, ``actor-pronoun``…: where a participant was found and how it was resolved."""
    if mention is None:
        return (f"{side}-none",)
    return (f"{side}-{source}", f"{side}-{how}") if how else (f"{side}-{source}",)


def _agent_on_its_complement(verb: Token, resolver: SpeakerResolver) -> Token | None:
    """A passive's agent the parser hung on the last noun of the verb's complement ("was banned from
    staging protests in the main square by the City Council"): a "by" whose object names a state, an
    organisation or a person, reached from the verb through prepositions and their objects only."""
    for by in (t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "by" and t.head.pos_ == "NOUN"):
        step = by.head
        while step != verb and step.dep_ in ("pobj", "prep", "pcomp", "dobj"):
            step = step.head
        named = first_child(by, {"pobj"})
        mention = resolver.by_token.get(named.i) if named is not None else None
        if step == verb and mention is not None and mention.type in ("ORG", "GPE", "PERSON"):
            return named
    return None


def _controller(verb: Token) -> Token | None:
    """Who does what a verb with no subject of its own reports: the object of a verb of
    ``object_control_verbs.txt`` it completes ("urged Tehran to halt", "asked Russia to withdraw"; not
    "promised Macron to return" nor "surrounded the Statehouse to call for"), else the
    subject of the verb it completes ("agreed to meet", "met and agreed", "is expected to reject"), or the
    object of the verb whose preposition it follows ("accused Russia of planning", "blamed Kyiv for
    shelling"), else its subject."""
    head = verb.head
    if head == verb:
        return None
    if (speaker := _speaker_of_aside(verb)) is not None:
        return speaker  # "the families said the airline had lied and urged the government to act"
    if (described := _object_described(verb)) is not None:
        return described  # "dismantled a cell aiming to kill police officers": the cell aims
    if (verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and infinitive(verb))) and head.pos_ == "VERB":
        handed = lemma_of(head) in lexicons.words("object_control_verbs.txt")
        # "urged Tehran to halt enrichment", "appealed to Minsk to free"; "called on Riyadh to release",
        # "relied on Ankara to close" after any verb
        relied_on = prepositional(head, ("on", "upon"))
        if (
            relied_on is not None
            and relied_on.ent_type_ not in ("GPE", "ORG", "NORP", "PERSON")
            and lemma_of(head) not in _ASKING_ON
        ):
            relied_on = None  # "relied on drones to strike", "met on Tuesday to decide": the subject acts
        handed_to = (first_child(head, {"dobj"}) or prepositional(head, ("to", "with"))) if handed else None
        obj = handed_to or relied_on
        if obj is not None:
            return obj
    if verb.dep_ in ("xcomp", "conj", "advcl") and head.pos_ in ("VERB", "AUX", "ADJ"):
        return first_child(head, SUBJECTS) or _controller(head)
    if verb.dep_ == "acomp":
        return first_child(head, SUBJECTS) or _controller(head)  # "Moscow is ready to talk"
    if verb.dep_ == "conj" and verb.tag_ == "VBG" and head.pos_ == "NOUN" and head.head.pos_ == "VERB":
        # "using tear gas to disperse protests and beating demonstrators", the parser joining the "-ing"
        # verb to a noun: whoever does the verb that noun hangs on
        return first_child(head.head, SUBJECTS) or _controller(head.head)
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and infinitive(verb):
        return _owner_of_intent(head)  # "Russia's decision to invade", "a threat by Putin to cut gas"
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.lemma_.lower() in _ISSUED:
        return _owner_of_intent(head)  # "passed a resolution condemning Russia": whoever passed it
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN"):
        return head  # "a cell aiming to kill police officers": the cell aims
    if (owner := owned_up_to(verb)) is not None:
        return first_child(owner, {"nsubj"})  # "claimed responsibility for shooting down the plane"
    with_object = first_child(head, {"pobj"}) if head.lower_ == "with" and verb.tag_ == "VBG" else None
    if verb.dep_ == "pcomp" and with_object is not None and with_object.i < verb.i:
        return with_object  # "With Berg ruling out tolls, …": Berg rules them out
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.dep_ == "acomp":
        return first_child(head.head.head, SUBJECTS)  # "was responsible for killing", "is guilty of"
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        governor = head.head
        if head.lower_ in _MEANS:
            return first_child(governor, SUBJECTS) or _controller(
                governor
            )  # "tricked X by breaking promises"
        return (
            first_child(governor, OBJECTS)
            or first_child(governor, SUBJECTS)
            or _described_before(governor)  # "Nemmouche, accused of shooting four people": he shot
            or _controller(governor)
        )
    return None


def _object_described(verb: Token) -> Token | None:
    """The object an "-ing" clause right after it describes, the parser having hung the clause on the
    verb ("dismantled a cell aiming to kill", "shot a man trying to flee"; not "raided the flat, aiming
    to …"), else None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or first_child(verb, SUBJECTS) is not None:
        return None
    obj = first_child(verb.head, {"dobj"})
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.right_edge.i + 1 != verb.i:
        return None
    return obj


def _speaker_of_aside(verb: Token) -> Token | None:
    """The speaker of a reported clause that a verb of what speakers do besides saying is joined to
    ("said the airline had lied and urged the government to act": the speaker urged), else None."""
    if not speakers_own_act(verb):
        return None
    clause = verb.head
    reporting = clause.head
    if clause.dep_ != "ccomp" or reporting.lemma_.lower() not in lexicons.words("reporting_verbs.txt"):
        return None
    return first_child(reporting, SUBJECTS)


def _owner_of_intent(noun: Token) -> Token | None:
    """Whose decision, plan, refusal or threat a noun names: its possessor, its "by" or "of" agent, else
    the subject of the verb it is the object of ("Russia took the decision to invade") or is under ("came
    under pressure to withdraw")."""
    owner = first_child(noun, {"poss"}) or prepositional(noun, ("by", "of"))
    if owner is None and noun.dep_ in OBJECTS and noun.head.pos_ in ("VERB", "AUX"):
        owner = first_child(noun.head, SUBJECTS)
    under = noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.pos_ in ("VERB", "AUX")
    if owner is None and under:
        # "Sweden came under pressure to close the border": the subject nearest the verb (the parser may
        # give it a second one: "If Greece defaults, the ECB could come …" with "Greece defaults" a noun)
        verb = noun.head.head
        owner = max(
            (c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), key=lambda c: c.i, default=None
        )
    return owner


def verb_target(verb: Token, resolver: SpeakerResolver) -> tuple[int | None, str, str | None]:
    """The first of a verb's object, its prepositional objects and a dative "to" that names an entity
    ("sent paratroopers to Kazakhstan": the place they are sent to), else what its object is aimed at
    ("lifted sanctions on Belarus", "presented evidence against Russia"; "of" only after an event noun);
    with where it came from and how it was resolved."""
    obj = first_child(verb, OBJECTS) or _shared_object(verb)
    found, source, how = destination(verb, resolver, ((obj, "object"),))
    if how == "modifier" and source == "object" and obj is not None:
        # "withheld US military aid to Ukraine": whose the thing is says less than where it goes
        elsewhere = destination(verb, resolver)
        if elsewhere[0] is None:
            aim, aim_how = resolved(prepositional_object(obj, include_of=False), resolver)
            elsewhere = (aim, "aim", aim_how)
        if elsewhere[0] is not None:
            return elsewhere
    if found is not None:
        return found, source, how
    if obj is not None and obj.pos_ == "NOUN":
        event_noun = trigger_reading(obj) is not None
        # "condemned the move announced by Pompeo", "condemned the visit by the US speaker": whose act it is
        author, how = resolved(
            _author(obj) or (prepositional(obj, ("by",)) if event_noun else None), resolver
        )
        if author is not None:
            return author, "author", how
        found, how = resolved(prepositional_object(obj, include_of=event_noun) or _backed(obj), resolver)
        if found is None and not event_noun:
            # "bombarded part of Syria's second city", "released the mayor of Nablus", "defended the
            # government's record": whose it is ("resigned his post" is the subject's own)
            owner = first_child(obj, {"poss"})
            named_owner = owner if owner is not None and owner.pos_ != "PRON" else None
            found, how = resolved(prepositional(obj, ("of",)) or named_owner, resolver)
        return found, "aim", how
    return None, "none", None


def _shared_object(verb: Token) -> Token | None:
    """The object of a verb of the same kind coordinated after a verb with none of its own, which both
    share ("police shot and killed one of the attackers": shot him too; not "the rebels retreated and
    attacked the convoy"), else None."""
    if any(c.dep_ in ("prep", "prt", "xcomp", "ccomp") for c in verb.children):
        return None  # "fled to Syria and joined the group": the first verb has its own complement
    later = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if later is None or not any(c.dep_ == "cc" for c in verb.children):
        return None
    first, second = trigger_reading(verb), trigger_reading(later)
    same_kind = first is not None and second is not None and first[0] == second[0]
    own_subject = first_child(later, SUBJECTS) is not None
    return first_child(later, {"dobj"}) if same_kind and not own_subject else None


def _author(thing: Token) -> Token | None:
    """Who did what a noun names, by the participle that describes it: "the move announced by Pompeo",
    "the sanctions imposed by the US"."""
    for child in thing.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            return prepositional(child, ("by",))
    return None


def destination(
    verb: Token, resolver: SpeakerResolver, first: tuple[tuple[Token | None, str], ...] = ()
) -> tuple[int | None, str, str | None]:
    """The entity a verb's prepositions or dative "to" aim at ("deployed forces to Ukraine": Ukraine),
    after any ``first`` candidates, with where it came from and how it was resolved."""
    sources = (*first, (prepositional_object(verb), "preposition"), (_dative(verb), "dative"))
    for candidate, source in sources:
        found, how = resolved(candidate, resolver)
        if found is not None:
            return found, source, how
    return None, "none", None


def _backed(noun: Token) -> Token | None:
    """Whom support or aid is for ("its support for Haas", "aid for Kyiv"): the object of "for" after a
    noun of backing or help, which for other nouns names a purpose or a time ("talks for hours")."""
    if trigger_type(noun) not in _BACKING:
        return None
    return prepositional(noun, ("for",))


def _support_held(noun: Token) -> Token | None:
    """The verb whose subject wins, holds, loses or seeks the support a noun names from whoever "of" or
    "from" names ("won the backing of the party", ``gaining_verbs.txt``), else None."""
    verb = noun.head
    if (
        noun.dep_ != "dobj"
        or verb.pos_ != "VERB"
        or verb.lemma_.lower() not in lexicons.words("gaining_verbs.txt")
    ):
        return None
    if trigger_type(noun) != "SUPPORT" or first_child(noun, {"poss"}) is not None:
        return None
    return verb if prepositional(noun, ("of", "from")) is not None else None


def noun_participants(noun: Token, resolver: SpeakerResolver) -> Participants:
    """An event noun's actor and target, with where each came from: "Russia's annexation of Crimea",
    "talks with Greece", or who does what the verb it is the object of reports ("Athens requested a
    loan", "accused Russia of planning an attack")."""
    if (blamed := _blamed_on(noun)) is not None:
        # "blamed the attacks on Islamic State": Islamic State did them, by the blamer's word
        actor, how = resolved(blamed, resolver)
        return actor, None, (*party_evidence("actor", "blamed", actor, how), "target-none")
    if (holder := _support_held(noun)) is not None:
        # "Haas won the backing of the party": the party backs Haas
        actor, how = resolved(prepositional(noun, ("of", "from")), resolver)
        target, target_how = resolved(first_child(holder, SUBJECTS) or _controller(holder), resolver)
        evidence = party_evidence("actor", "preposition", actor, how)
        return actor, target, evidence + party_evidence("target", "governor", target, target_how)
    possessor = first_child(noun, {"poss"})
    intends = any(c.dep_ == "acl" and infinitive(c) for c in noun.children)  # "refusal of X to extend"
    of_doer = possessor is None and (noun.lemma_.lower() in lexicons.words("doer_of_nouns.txt") or intends)
    if of_doer:
        possessor = prepositional(noun, ("of",))  # "the resignation of the minister": the minister resigns
    aim = prepositional_object(noun, include_of=not of_doer) or _backed(noun)
    if (
        aim is not None
        and aim.head.lower_ in ("on", "over")
        and noun.lemma_.lower() in object_class("agreement")
    ):
        aim = None  # "a deal on hostages", "an accord over the border": what it settles, not a party
    target, target_how = resolved(aim, resolver)
    target_source = "preposition"
    done = _what_it_did(noun)
    if target is None and done is not None:
        target, target_how = resolved(done, resolver)  # "the strike killed 40 soldiers": the soldiers
        target_source = "object"
    if target is None and (struck := _target_of(noun)) is not None:
        target, target_how = resolved(struck, resolver)  # "Charlie Hebdo, target of a deadly attack"
        target_source = "appositive"
    if possessor is not None and _undergoes(noun):
        # "his arrest by the FBI": the arrested is the target, the FBI (below) the actor
        if target is None:
            target, target_how = resolved(possessor, resolver)
            target_source = "possessor"
        possessor = None
    compound = next(
        (
            c
            for c in noun.children
            if c.dep_ == "compound"
            and _is_actor(c, resolver)
            and not _city(c, resolver)
            and not _protest_in(c, noun, resolver)
        ),
        None,
    )  # "EU sanctions", "Hamas attacks"; "the Paris attacks" are where they happened
    if compound is not None and _victim(compound, noun, resolver):
        if target is None:
            target, target_how = resolved(compound, resolver)  # "the Kennedy assassination": his
            target_source = "compound"
        compound = None
    actor, how = resolved(possessor or compound, resolver)
    source = "possessor" if possessor is not None else "compound"
    agents = ("by",) if noun.lemma_.lower() in lexicons.words("departure_nouns.txt") else ("by", "from")
    carried = carrying_participle(noun)
    if actor is None and carried is not None and (agent := prepositional(carried, ("by",))) is not None:
        actor, how = resolved(agent, resolver)  # "the talks held in Geneva by Russia"
        source = "agent"
    if target is None and carried is not None:
        target, target_source, target_how = destination(carried, resolver)  # "sanctions imposed on Russia"
    if actor is None and (agent := prepositional(noun, agents)) is not None:
        # "an air strike by government forces", "pressure from Congress": and whoever faces or receives
        # it is its target ("Obama faces pressure from Congress")
        actor, how = resolved(agent, resolver)
        source = "agent"
        governed = noun.dep_ in OBJECTS and noun.head.pos_ in ("VERB", "AUX")
        # "joined the search after a request from Kuala Lumpur", "was responding to a request from Najib":
        # whoever acts on it was asked
        answered = (
            noun.dep_ == "pobj"
            and noun.head.head.pos_ == "VERB"
            and noun.head.lower_ in _ANSWERING
            and trigger_type(noun) in _ADDRESSED
        )
        governor = noun.head if governed else noun.head.head if answered else None
        if actor is not None and target in (None, actor) and governor is not None:
            target, target_how = resolved(first_child(governor, SUBJECTS) or _controller(governor), resolver)
            target_source = "governor"
    answering = answering_verb(noun)
    if answering is not None and target is None:
        # "the Church denied these allegations", "YouTube complied with the Church's requests": a speech
        # act is aimed at whoever answers it
        answerer = prepositional(answering, ("by",)) if answering.tag_ == "VBN" else None
        target, target_how = resolved(answerer or first_child(answering, {"nsubj"}), resolver)
        target_source = "answerer"
    elif (
        actor is None
        and noun.dep_ in OBJECTS
        and noun.head.pos_ in ("VERB", "AUX")
        and not _onlooker(noun.head)
    ):
        subject = first_child(noun.head, SUBJECTS) or _controller(noun.head)
        if noun.head.lemma_.lower() in _UNDERGOING:
            if target is None:  # "the United States faced criticism": the criticised, not the critic
                target, target_how = resolved(subject, resolver)
                target_source = "governor"
            # "is facing scrutiny from the SEC": the parser hung the critic on the verb
            actor, how = resolved(prepositional(noun.head, agents), resolver)
            source = "agent"
        else:
            actor, how = resolved(subject, resolver)
            source = "governor"
            if target is None:
                # "made overtures to Riyadh", "held talks on Monday with Iran": the verb's preposition
                target, target_source, target_how = destination(noun.head, resolver)
    if actor is None and (verb := _done_in_the_name_of(noun)) is not None:
        # "UEFA issued a statement in support of France": whoever issued it supports
        actor, how = resolved(first_child(verb, {"nsubj"}), resolver)
        source = "governor"
    if actor is None and (verb := _engaged_in(noun)) is not None:
        # "rebels engaged peacekeepers in a firefight": who takes part in it, and whom they engage
        actor, how = resolved(first_child(verb, {"nsubj"}), resolver)
        source = "governor"
        if target is None:
            target, target_how = resolved(first_child(verb, {"dobj"}), resolver)
            target_source = "governor"
    if (verb := _died_in(noun)) is not None and (other := prepositional(noun, ("with",))) is not None:
        # "Abaaoud died in a gun battle with police": the police fought, and he was the one who died
        actor, how = resolved(other, resolver)
        source = "fought"
        target, target_how = resolved(first_child(verb, SUBJECTS), resolver)
        target_source = "governor"
    if actor is None and (verb := _done_in(noun)) is not None:
        # "troops killed three people in a raid on Jenin": who killed, raided
        actor, how = resolved(first_child(verb, {"nsubj"}), resolver)
        source = "governor"
    if target in (None, actor) and (verb := _subject_of(noun)) is not None:
        # "Abdeslam is the subject of a manhunt", "WeWork is the target of an inquiry"
        target, target_how = resolved(first_child(verb, SUBJECTS), resolver)
        target_source = "governor"
    if target in (None, actor) and (verb := _come_under(noun)) is not None:
        # "the stadium came under attack", "Hollande came under criticism": who undergoes it
        target, target_how = resolved(first_child(verb, SUBJECTS), resolver)
        target_source = "governor"
    if actor is None and target is None and (verb := _placed_under(noun)) is not None:
        # "police placed Dahmani under house arrest", "the police were put on high alert"
        actor, how = resolved(first_child(verb, {"nsubj"}) or prepositional(verb, ("by",)), resolver)
        source = "governor"
        target, target_how = resolved(first_child(verb, {"dobj", "nsubjpass"}), resolver)
        target_source = "governor"
    if actor is None and (verb := owned_up_to(noun)) is not None:
        # "Islamic State claimed responsibility for the attacks": who did them, by their own word
        actor, how = resolved(first_child(verb, {"nsubj"}), resolver)
        source = "governor"
    if actor is None and (target is not None or _visit(noun)) and (verb := _spoken_around(noun)) is not None:
        # "Kerry spoke after a meeting with Lavrov": Kerry met Lavrov
        actor, how = resolved(first_child(verb, {"nsubj"}), resolver)
        source = "governor"
    if actor is None and (verb := _answered_with(noun)) is not None:
        # "France responded to the attacks with airstrikes on Raqqa": France struck
        actor, how = resolved(first_child(verb, {"nsubj"}) or _controller(verb), resolver)
        source = "governor"
    if actor is None and (verb := _travelled_for(noun)) is not None:
        # "Macron is due to fly to Washington for talks with Biden": Macron talks
        actor, how = resolved(first_child(verb, {"nsubj"}) or _controller(verb), resolver)
        source = "governor"
    if actor is None and (body := _body_where(noun, resolver)) is not None:
        actor, how = body, "name"  # "a sceptical Bundestag, where opposition to further aid is growing"
        source = "governor"
    if actor is None:
        # "Russian aggression", "Israeli tank shelling": a state's adjective before the noun
        modifier = next((t for t in _modifiers(noun) if t.dep_ == "amod" and _is_actor(t, resolver)), None)
        actor, how = resolved(modifier, resolver)
        source = "adjective"
    evidence = party_evidence("actor", source, actor, how)
    return actor, target, evidence + party_evidence("target", target_source, target, target_how)


def first_person(
    trigger: Token,
    quote: QuoteRecord,
    actor: int | None,
    target: int | None,
    evidence: tuple[str, ...],
    resolver: SpeakerResolver,
) -> Participants:
    """Inside a quotation, "I" and "we" are its speaker: "We will not accept attempts to …" (Esper) has
    Esper for its actor; "they attacked us" and "I was arrested" have him for their target. An unnamed
    spokesperson's "we" is the body they speak for ("“We are cooperating,” said a WeWork spokesperson")."""
    speaker = quote.speaker_mention
    if speaker is None:
        speaker = _spoken_for(trigger.doc, quote, resolver)
    if speaker is None:
        return actor, target, evidence
    subject = (
        first_child(trigger, SUBJECTS) if trigger.pos_ in ("VERB", "AUX") else first_child(trigger, {"poss"})
    )
    if subject is None and trigger.pos_ in ("VERB", "AUX"):
        subject = _controller(trigger)
    passive = subject is not None and subject.dep_ == "nsubjpass"  # "I was arrested": done to the speaker
    if actor is None and subject is not None and subject.lower_ in _FIRST_PERSON and not passive:
        actor = speaker
        evidence = (*(c for c in evidence if c != "actor-none"), "actor-speaker")
    obj = first_child(trigger, OBJECTS) if trigger.pos_ in ("VERB", "AUX") else None
    obj = subject if passive else obj
    if target is None and obj is not None and obj.lower_ in _FIRST_PERSON and speaker != actor:
        target = speaker
        evidence = (*(c for c in evidence if c != "target-none"), "target-speaker")
    return actor, target, evidence


def _spoken_for(doc: Doc, quote: QuoteRecord, resolver: SpeakerResolver) -> int | None:
    """The body an unnamed spokesperson quoted speaks for, when the words naming them name it ("a WeWork
    spokesperson", "a spokesman for the ministry of Iraq"), else None."""
    if quote.speaker_start is None or quote.speaker_end is None:
        return None
    words = doc.char_span(quote.speaker_start, quote.speaker_end, alignment_mode="expand")
    if words is None or words.root.lemma_.lower() not in _SPOKESPEOPLE:
        return None
    noun = words.root
    owner = next((c for c in noun.lefts if c.dep_ in ("compound", "poss") and c.i in resolver.by_token), None)
    owner = owner or prepositional(noun, ("for", "of"))
    found, _ = resolved(owner, resolver)
    return found


def doer_lemma(trigger: Token) -> str | None:
    """The head noun of whoever does what the trigger reports: a verb's subject or passive agent, a
    noun's possessor, "by" agent or the noun before it ("a teacher strike"), else the subject of the verb
    it is the object of ("warplanes carried out raids")."""
    if trigger.pos_ in ("VERB", "AUX"):
        subject = first_child(trigger, SUBJECTS)
        doer = (
            prepositional(trigger, ("by",))
            if subject is not None and subject.dep_ == "nsubjpass"
            else subject
        )
    else:
        doer = (
            first_child(trigger, {"poss"})
            or prepositional(trigger, ("by",))
            or first_child(trigger, {"compound"})
        )
        if doer is None and trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
            doer = first_child(trigger.head, {"nsubj"})  # "warplanes carried out raids"
    return doer.lemma_.lower() if doer is not None else None


def _undergoes(noun: Token) -> bool:
    """Whether an event noun's possessor is the one it is done to ("his arrest"), not its doer: a noun of
    ``patient_nouns.txt`` with no "of" object ("Israel's release of prisoners" is Israel's doing)."""
    return noun.lemma_.lower() in lexicons.words("patient_nouns.txt") and prepositional(noun, ("of",)) is None


def _victim(modifier: Token, noun: Token, resolver: SpeakerResolver) -> bool:
    """Whether a person named before an act of force is whom it was done to ("the Kennedy assassination",
    "the Navalny poisoning"), as a person before violence almost always is."""
    mention = resolver.by_token.get(modifier.i)
    reading = trigger_reading(noun)
    return (
        mention is not None and mention.type == "PERSON" and reading is not None and reading[0] in ACCUSABLE
    )


def _through(noun: Token, prepositions: tuple[str, ...]) -> Token | None:
    """The word an event noun hangs on through one of ``prepositions`` ("placed him under house arrest":
    placed), else None."""
    preposition = noun.head
    hangs = noun.dep_ == "pobj" or (noun.dep_ == "pcomp" and noun.pos_ == "VERB")  # "for shooting down"
    return preposition.head if hangs and preposition.lower_ in prepositions else None


def _engaged_in(noun: Token) -> Token | None:
    """The active verb an event noun follows "in" on, when the verb is one of taking part ("engaged in a
    firefight", "took part in the talks", "joined in the protests") or, for talks, being ("Russia is in
    talks with Ukraine", "Obama was in meetings with leaders"), else None."""
    verb = _through(noun, ("in",))
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    talking = verb.lemma_ == "be" and trigger_type(noun) == "CONSULT"
    taking_part = verb.pos_ == "VERB" and verb.lemma_.lower() in lexicons.words("participation_verbs.txt")
    return verb if taking_part or talking else None


def _died_in(noun: Token) -> Token | None:
    """The verb of dying or being killed an act of force is the occasion of ("died in a gun battle",
    "was killed in a shootout"), else None."""
    verb = _through(noun, ("in", "during"))
    if verb is None or verb.pos_ != "VERB":
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    dying = verb.lemma_.lower() == "die" or (passive and verb.lemma_.lower() in ("kill", "wound", "injure"))
    reading = trigger_reading(noun)
    return verb if dying and reading is not None and reading[0] == "ASSAULT" else None


def _done_in(noun: Token) -> Token | None:
    """The active verb of force an act of force is the occasion of ("killed three people in a raid",
    "arrested 20 during an operation"): its subject carried out both. None for any other verb ("died in
    a raid", "were killed in an attack": who died is no raider)."""
    verb = _through(noun, ("in", "during"))
    if verb is None or verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    readings = (trigger_reading(verb), trigger_reading(noun))
    forceful = all(r is not None and r[0] in ("ASSAULT", "COERCE") for r in readings)
    return verb if forceful else None


def _blamed_on(noun: Token) -> Token | None:
    """Whom an act is blamed on: the "on" of "blamed the attacks on Islamic State", on the verb or, as the
    parser often hangs it, on the noun; None for any other noun."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() != "blame":
        return None
    return prepositional(noun.head, ("on",)) or prepositional(noun, ("on",))


def _subject_of(noun: Token) -> Token | None:
    """The copula by which its subject is "the subject", "the target" or "the focus" of the act the noun
    names ("is the subject of a manhunt"), else None."""
    role = _through(noun, ("of",))
    if role is None:
        return None
    verb = role.head
    undergoes = role.lemma_.lower() in ("subject", "target", "focus") and role.dep_ == "attr"
    return verb if undergoes and verb.lemma_ == "be" else None


def _come_under(noun: Token) -> Token | None:
    """The verb by which its subject comes, falls or is under the act the noun names ("came under attack",
    "is under pressure from Brussels"), else None."""
    verb = _through(noun, ("under",))
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb if verb.lemma_.lower() in ("come", "fall", "be") else None


def _placed_under(noun: Token) -> Token | None:
    """The verb that puts or keeps someone under or on the state the noun names ("placed him under house
    arrest", "were put on high alert"), else None."""
    verb = _through(noun, ("under", "on", "into", "in"))
    return verb if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in _PLACING else None


def owned_up_to(noun: Token) -> Token | None:
    """The verb by which someone claims, takes or accepts responsibility or credit for the act a noun or
    a gerund names ("claimed responsibility for the attacks", "for shooting down the plane"), else None."""
    owned = _through(noun, ("for",))
    if owned is None or owned.lemma_.lower() not in _OWNING:
        return None
    verb = owned.head
    return verb if owned.dep_ == "dobj" and verb.pos_ == "VERB" else None


def _spoken_around(noun: Token) -> Token | None:
    """The active verb a meeting with someone or a visit is the time of ("said after a meeting with
    Lavrov", "spoke during talks with Merkel", "During a visit to Moscow, Macron said"): its subject took
    part. None for any other noun or preposition."""
    verb = _through(noun, _AROUND)
    if verb is None or verb.pos_ != "VERB":
        return None
    reading = trigger_reading(noun)
    with_someone = prepositional(noun, ("with",)) is not None
    consult = reading is not None and reading[0] == "CONSULT"
    return verb if consult and (with_someone or reading[1] == "visit") else None


def place_before(noun: Token, resolver: SpeakerResolver) -> int | None:
    """The start of the place named before a protest noun ("the Hong Kong protests", "Iran protests"):
    where it happens, not who protests; None for none."""
    for modifier in noun.children:
        if modifier.dep_ == "compound" and _protest_in(modifier, noun, resolver):
            return resolver.by_token[modifier.i].start
    return None


def _protest_in(modifier: Token, noun: Token, resolver: SpeakerResolver) -> bool:
    """Whether a place before a protest names where it is, not who protests: "the Hong Kong protests",
    "Iran protests" (its people against its state, never the state itself)."""
    mention = resolver.by_token.get(modifier.i)
    reading = trigger_reading(noun)
    return mention is not None and mention.type == "GPE" and reading is not None and reading[0] == "PROTEST"


def _held_by(place: Token) -> Token | None:
    """Who holds a place the noun names, by the participle describing it: "territory controlled by
    Islamic State", "areas held by the rebels"; None for any other noun."""
    if place.pos_ != "NOUN" or place.lemma_.lower() not in _HELD_PLACES:
        return None
    for child in place.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _HOLDING:
            return prepositional(child, ("by",))
    return None


def _visit(noun: Token) -> bool:
    reading = trigger_reading(noun)
    return reading is not None and reading[1] == "visit"


def _answered_with(noun: Token) -> Token | None:
    """The active verb of answering or punishing whose "with" the noun is ("retaliated with sanctions",
    "hit Russia with new sanctions"): its subject does the act. None for any other noun or verb ("met
    with criticism", "was charged with murder")."""
    verb = _through(noun, ("with",))
    if verb is not None and verb.pos_ == "NOUN" and verb.dep_ == "pobj":
        verb = verb.head.head  # "responded to the attacks with airstrikes": the parser hung it on "attacks"
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in _ANSWERING_WITH:
        return None
    return None if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) else verb


def _travelled_for(noun: Token) -> Token | None:
    """The verb of going whose purpose the noun names ("is due to fly to Washington for talks", "came to
    Paris for a summit", "was due in Paris for talks"): whoever goes takes part. None for any other noun."""
    verb = _through(noun, ("for",))
    if verb is None:
        return None
    going = verb.pos_ == "VERB" and verb.lemma_.lower() in _GOING
    due = verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ == "due" for c in verb.children)
    return verb if going or due else None


def _body_where(noun: Token, resolver: SpeakerResolver) -> int | None:
    """The organisation a "where" clause a noun of stance is the subject of describes ("the Bundestag, where
    opposition to further aid has grown"): a stance held inside a body is the body's. A place is no party
    ("Paris, where protests broke out"), so only an organisation counts; its meetings are its own business."""
    verb = noun.head
    where = verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children)
    if noun.dep_ not in SUBJECTS or not where or trigger_type(noun) not in _STANCES:
        return None
    mention = resolver.by_token.get(verb.head.i)
    return mention.start if mention is not None and mention.type == "ORG" else None


def _modifiers(noun: Token) -> list[Token]:
    """The words before a noun inside its phrase, the modifiers of its compounds included ("Israeli" in
    "Israeli tank shelling")."""
    found = []
    for child in noun.lefts:
        if child.dep_ in ("amod", "compound", "nmod"):
            found.append(child)
            found.extend(t for t in child.lefts if t.dep_ in ("amod", "compound"))
    return found


def parties_between(trigger: Token, actor: int | None, resolver: SpeakerResolver) -> Participants:
    """Both parties of an event between equals named together: "Merkel and Hollande will meet", "talks
    between Russia and the US"."""
    if (pair := _hyphenated_pair(trigger, resolver)) is not None:
        return pair[0], pair[1], ("target-hyphenated",)
    subject = first_child(trigger, SUBJECTS)
    if subject is None and trigger.dep_ in OBJECTS and trigger.head.pos_ in ("VERB", "AUX"):
        subject = first_child(trigger.head, SUBJECTS)  # "Washington and the Taliban held talks"
    between = _between(trigger)
    if between is None and trigger.dep_ == "nsubj":
        between = _between(trigger.head)  # "clashes erupted between police and protesters"
    named = subject if subject is not None and actor is not None else None
    evidence: tuple[str, ...] = ()
    if named is None and between is not None and (named := first_child(between, {"pobj"})) is not None:
        # "talks between his government and the Taliban": the first party, though unnamed, is not the second
        found = mention_of(named, resolver)
        actor = None if found in {mention_of(c, resolver) for c in named.conjuncts} else found
        evidence = ("actor-between",) if actor is not None else ()
    if named is None:
        return actor, None, ()
    partner = next(
        (m for c in named.conjuncts if (m := mention_of(c, resolver)) is not None and m != actor), None
    )
    return actor, partner, evidence + (("target-between",) if partner is not None else ())


def _between(head: Token) -> Token | None:
    return next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "between"), None)


def _hyphenated_pair(noun: Token, resolver: SpeakerResolver) -> tuple[int, int] | None:
    """The two parties of "EU-China talks", "Russian-Ukrainian negotiations": two named modifiers of an
    event noun joined by a hyphen, the first as actor."""
    for second in noun.lefts:
        if second.dep_ not in ("compound", "amod") or not _is_actor(second, resolver):
            continue
        for first in second.lefts:
            joined = first.i + 2 == second.i and first.doc[first.i + 1].text in ("-", "–")
            if first.dep_ in ("compound", "amod") and joined and _is_actor(first, resolver):
                a, b = mention_of(first, resolver), mention_of(second, resolver)
                if a is not None and b is not None and a != b:
                    return a, b
    return None


def _city(token: Token, resolver: SpeakerResolver) -> bool:
    """Whether the token names a known place that is not a country: a city, a region."""
    mention = resolver.by_token.get(token.i)
    if mention is None or mention.type != "GPE" or mention.stands_for is not None:
        return False
    return gazetteer.place(mention.name) is not None and gazetteer.country_named(mention.name) is None


def _owned(noun: Token) -> bool:
    """Whether a noun names people or a force a state or body has ("its forces", "their diplomats")."""
    lemma = noun.lemma_.lower()
    return lemma in object_class("force") or noun.lower_ in _words.group_nouns()


def _names_people(noun: Token) -> bool:
    """Whether a noun names people or a body of them ("police", "officials", "the mayor", "council"),
    not a thing or a place ("bar", "venue")."""
    return noun.lemma_.lower() in _words.people_nouns() or _owned(noun)


def _is_actor(token: Token, resolver: SpeakerResolver) -> bool:
    mention = resolver.by_token.get(token.i)
    return mention is not None and mention.type in _ACTOR_TYPES


def prepositional_object(head: Token, *, include_of: bool = True) -> Token | None:
    """The object of the first preposition on ``head`` that names a target ("sanctions on Russia")."""
    for child in head.children:
        aims = child.lower_ in _TARGET_PREPOSITIONS and (include_of or child.lower_ != "of")
        if child.dep_ == "prep" and aims:
            obj = first_child(child, {"pobj"})
            if obj is not None and not _absolute(obj):
                return obj
    return None


def _absolute(obj: Token) -> bool:
    """Whether a prepositional object opens a circumstance beside the act, not whom it is aimed at: a
    "with" set off by a comma or with a participle of its own, a company's outlet ("at a McDonald's"), or
    an object with a clause of its own ("criticised the move, with Jordan's minister warning of …"; "held
    talks with Iran, with the ministers hoping for a deal")."""
    preposition = obj.head
    set_off = preposition.lower_ == "with" and preposition.i > 0 and obj.doc[preposition.i - 1].text == ","
    # "With Berg ruling out tolls, unions threatened …": the parser hangs the participle on the "with"
    set_off = set_off or (
        preposition.lower_ == "with" and any(c.tag_ == "VBG" for c in preposition.children if c.i > obj.i)
    )
    # "blew himself up at a McDonald's": one of a company's outlets, a place where it happened
    outlet = obj.ent_type_ == "ORG" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children)
    return set_off or outlet or any(c.dep_ in ("acl", "relcl") and c.tag_ == "VBG" for c in obj.children)


def _dative(verb: Token) -> Token | None:
    """Whom something is given: an indirect object ("offered the Russians a deal") or the object of a "to"
    the parser calls a dative ("sent paratroopers to Kazakhstan")."""
    dative = first_child(verb, {"dative"})
    if dative is None or dative.pos_ in ("NOUN", "PROPN", "PRON"):
        return dative
    return first_child(dative, {"pobj"}) if dative.lower_ in ("to", "for") else None


def _refers(it: Token) -> bool:
    """Whether a subject "it" stands for a party: the subject of an act ("it would retaliate") or of being
    ready, willing or due to act ("it was ready to talk"), not the "it" of "it seems" or "it is time"."""
    verb = it.head
    if it.dep_ == "nsubjpass" and any(c.dep_ == "ccomp" for c in verb.children):
        return False  # "it is alleged that he …": a formula that names nobody
    if verb.lemma_.lower() not in _EMPTY_HEADS:
        return True
    return any(c.dep_ == "acomp" and governs_status(c) for c in verb.children)


def _undergone_by_a_thing(it: Token) -> bool:
    """Whether "it", the subject of a passive ("it was attacked"), takes up a craft or a building the text
    named last in its sentence or the one before (``object_classes.tsv`` "vehicle", ``facility_heads.txt``),
    not the state or body named before that."""
    if it.dep_ != "nsubjpass":
        return False
    doc = it.doc
    first = doc[it.sent.start - 1].sent.start if it.sent.start > 0 else 0
    nouns = [t for t in doc[first : it.i] if t.pos_ == "NOUN" and t.dep_ in SUBJECTS | OBJECTS | {"pobj"}]
    if not nouns:
        return False
    lemma = nouns[-1].lemma_.lower()
    return lemma in object_class("vehicle") or lemma in lexicons.words("facility_heads.txt")


def _body_before(it: Token, resolver: SpeakerResolver) -> Token | None:
    """The unnamed body ("its parliament", "the ministry") a subject "it" most likely takes up: the last
    subject in its own or the previous sentence that is a body noun and no name, else None."""
    before = it.sent.start - 1
    first = it.doc[before].sent.start if before >= 0 else 0
    bodies = [
        t
        for t in it.doc[first : it.i]
        if t.dep_ in SUBJECTS
        and t.pos_ == "NOUN"
        and t.tag_ != "NNS"
        and t.i not in resolver.by_token
        and t.lemma_.lower() in lexicons.words("body_nouns.txt")
    ]
    return bodies[-1] if bodies else None


def _with_later_conjuncts(token: Token) -> list[Token]:
    """A participant and the parties coordinated after it ("Hamas and Fatah"), never those before it: in
    "between Olsen and an aide to Berg" the unnamed aide is not Olsen."""
    return [token, *(c for c in token.conjuncts if c.i > token.i)]


def mention_of(token: Token | None, resolver: SpeakerResolver) -> int | None:
    """The start of the mention a participant names (see :func:`resolved`), or None."""
    return resolved(token, resolver)[0]


def _onlooker(verb: Token) -> bool:
    """Whether a verb's subject only looks on at the act its object names (``onlooker_verbs.txt``: "NATO
    fears an attack"). Considering an act with no judgement of it is weighing doing it ("Germany is
    considering sanctions"; not "Paris considered the attacks an act of war")."""
    if verb.lemma_.lower() == "consider" and not any(
        c.dep_ in ("oprd", "xcomp", "acomp") for c in verb.children
    ):
        return False
    return verb.lemma_.lower() in lexicons.words("onlooker_verbs.txt")


def _target_of(noun: Token) -> Token | None:
    """Who is called the target or victim of the act a noun names: the name that phrase describes in
    apposition ("Charlie Hebdo, target of a deadly attack") or the subject it is said of ("the embassy was
    the target of an attack")."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in _STRUCK:
        return None
    if trigger_type(noun) not in _FORCE:
        return None  # "consumers are the victims of tariffs": a policy's cost, not an act against them
    described = of.head
    if described.dep_ == "appos":
        return described.head
    if described.dep_ == "attr" and described.head.lemma_ == "be":
        return first_child(described.head, {"nsubj"})
    return None


def _what_it_did(noun: Token) -> Token | None:
    """The object of the verb that only tells what an act did ("the strike destroyed a hospital"), or what
    it did that to ("farmers hit by tariffs", "hospitals were destroyed by the strikes")."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        verb = noun.head.head
        if trigger_reading(verb) is None or acting_event(verb) != noun:
            return None
        return first_child(verb, {"nsubjpass"}) or (verb.head if verb.dep_ == "acl" else None)
    verbs = [noun.head] if noun.dep_ == "nsubj" else [c for c in noun.children if c.dep_ == "acl"]
    verb = next((v for v in verbs if trigger_reading(v) is not None and acting_event(v) == noun), None)
    return first_child(verb, {"dobj"}) if verb is not None else None


def resolved(token: Token | None, resolver: SpeakerResolver) -> tuple[int | None, str | None]:
    """The start of the mention a participant names, a pronoun's antecedent included, else the state or
    organisation a description names ("the US leader", "Israeli troops"), with how it was found (``name``,
    ``pronoun``, ``description``, ``modifier``…); (None, None) for none."""
    if token is None:
        return None, None
    described = relative_antecedent(token)  # "Hamas and Fatah, whom Israel …": the names the clause describes
    coordinated = (described, *described.conjuncts) if described is not None else ()
    for candidate in coordinated or _with_later_conjuncts(token):
        speaker = resolver.resolve(candidate)
        if speaker.mention is not None:
            return speaker.mention, "relative" if described is not None else speaker.how
    if token.lower_ == "it" and token.dep_ in SUBJECTS and _refers(token):
        if _undergone_by_a_thing(token):
            return None, None  # "the ferry had left Bergen. It was attacked": the ferry, no party
        found = resolver.institution_for(token)  # "Iran said it would retaliate"
        body = _body_before(token, resolver)
        if body is not None and (found is None or found < body.idx):
            return resolved(body, resolver)  # "if its parliament rejects the reforms it approved"
        return (found, "pronoun") if found is not None else (None, None)
    if (holder := _held_by(token)) is not None:
        return resolved(holder, resolver)  # "raids on territory controlled by Islamic State": theirs
    named = [m for m in (resolver.by_token.get(c.i) for c in token.lefts) if m is not None]
    led = any(m.type not in _STATES for m in named)  # "the Trump administration": the person's
    if token.lemma_.lower() in lexicons.words("body_nouns.txt") and token.pos_ == "NOUN" and not led:
        # "the Greek government", "the government": an unnamed body, acting for its state
        found = named[0].start if named else resolver.referents.main_country(token.idx)
        return (found, "body") if found is not None else (None, None)
    # "a New York man", "a US law firm": where one private person or a company is based names no party;
    # "Salah Abdeslam's brother": whose relative a person is names someone else
    lemma = token.lemma_.lower()
    person = lemma in lexicons.words("private_person_nouns.txt") and token.tag_ != "NNS"
    private = person or lemma in lexicons.words("company_nouns.txt")
    for modifier in token.lefts:
        mention = resolver.by_token.get(modifier.i)
        if private and (modifier.dep_ != "poss" or person):
            continue
        if lemma in _TOPIC_NOUNS and modifier.dep_ == "compound" and modifier.pos_ == "PROPN":
            continue  # "concerns over Ukraine policy": policy towards Ukraine, not Ukraine's
        if modifier.dep_ in ("compound", "amod", "poss", "nmod") and mention and mention.type in _ACTOR_TYPES:
            # "blew himself up at a Paris bar": where, not whom ("the West Bank city of Nablus" is whose)
            if _city(modifier, resolver) and not (
                _names_people(token) or token.lemma_.lower() in _SETTLEMENTS
            ):
                continue
            return mention.start, "modifier"
        if modifier.dep_ == "poss" and modifier.lower_ in ("its", "their") and _owned(token):
            found = resolver.resolve(modifier).mention  # "its forces shelled the plant": the state's
            if found is not None:
                return found, "modifier"
    if token.lemma_.lower() in lexicons.words("partitive_nouns.txt") or token.like_num:
        # "a group of physicians is urging", "six of his relatives were detained": the physicians, relatives
        members = prepositional(token, ("of",))
        if members is not None and (found := resolved(members, resolver))[0] is not None:
            return found
    if token.lemma_.lower() in lexicons.words("speaker_nouns.txt"):
        # "a court in Guyana", "the government of Iraq": an unnamed body of a named state
        for place in (prepositional(token, ("in", "of")),):
            mention = resolver.by_token.get(place.i) if place is not None else None
            if mention is not None and mention.type == "GPE":
                return mention.start, "institution"
    return None, None
