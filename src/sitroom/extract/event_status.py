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
from sitroom.extract._syntax import doc_text, first_child, infinitive
from sitroom.timex import day_range
from sitroom.types import TimeRecord

_NEGATIONS = {"not", "n't", "never", "no"}
_NEITHER = {"nor", "neither"}  # a clause opened by them is denied
_MERELY = {"just", "only", "merely", "simply"}  # "did not just refuse": refused, and more
_NOT_YET = {"before", "until", "till", "once"}  # in the present, what they open has not happened
_PRESENT_TAGS = {"VBZ", "VBP"}
# Verbs of effort: "working to help", "trying to help"
_EFFORTS = {"work", "strive", "struggle", "scramble", "race", "rush", "labour", "labor", "try", "attempt"}
_NEAR_PERIODS = {"day", "week", "month"}  # dates whose start after the day of writing makes a plan
_GOVERNING_DEPS = {
    "xcomp",
    "ccomp",
    "pcomp",
    "pobj",
    "dobj",
    "nsubj",
    "nsubjpass",
    "acomp",
    "advcl",
    "prep",
    "acl",  # "pressure to withdraw", "an agreement to open talks"
}
_PRESENT_PERFECT = {"has", "have", "'s", "'ve"}
_MAX_CLIMB = 4
_DURATIONS = {"day", "week", "month", "year", "decade", "hour"}  # "for months": a present perfect lasting
_ASIDE = {"by", "through", "after", "before", "while", "since", "despite"}  # means and times of an act
_TEMPORAL_MARKS = {"when", "whenever", "once", "after", "before", "while", "until", "as"}
_OVERRIDING = {"alleged", "negated"}  # statuses a governor sets over any plan or threat beneath it
# Verbs of demanding and protesting that an act done for them performs ("marched to demand", "rallied to
# protest"), beside the reporting verbs.
_DEMANDING = frozenset({"call", "demand", "urge", "protest", "press", "appeal", "denounce", "condemn"})
# Verbs and nouns of wanting: what they take is only wanted, whatever its own modal says.
_WANTING = frozenset(
    {
        "demand",
        "want",
        "wish",
        "urge",
        "ask",
        "request",
        "call",
        "seek",
        "insist",
        "press",
        "pressure",
        "push",
        "lobby",
    }
)
# Acts of force or pressure: under a condition they are what a threat holds out.
COERCIVE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN"})


def status_of(trigger: Token, time: TimeRecord | None, published: str | None, kind: str | None = None) -> str:
    """The status of the event ``trigger`` (a verb or an event noun) reports; ``time`` is its own date.

    An act of force or pressure (``kind`` in :data:`COERCIVE`) that would follow if a condition is met is
    threatened, not merely planned or possible: "if the West continues, Russia would deploy weapons"."""
    found = _status(trigger, time, published)
    if kind in COERCIVE and found in ("planned", "hypothetical") and _consequence(trigger):
        return "threatened"
    promised = trigger.lemma_.lower() in lexicons.words("commitment_verbs.txt") | {"offer"}
    if kind == "AID" and found == "occurred" and promised:
        return "planned"  # "Japan pledged $5 billion in aid", "offered aid": promised, not yet given
    return found


def _consequence(trigger: Token) -> bool:
    """Whether an "if"/"unless" clause hangs on the trigger's verb or on the verbs it depends on: the act
    is what follows if the condition is met."""
    token = trigger if trigger.pos_ in ("VERB", "AUX") else (_verb_of_noun(trigger) or trigger)
    for _ in range(_MAX_CLIMB):
        if _has_condition(token):
            return True
        if token.dep_ not in ("xcomp", "ccomp", "conj", "dobj", "pobj", "prep") or token.head == token:
            return False
        token = token.head
    return False


def conditional(trigger: Token) -> bool:
    """Whether the trigger's verb opens an "if"/"unless" clause or is what follows from one."""
    token = trigger if trigger.pos_ in ("VERB", "AUX") else (_verb_of_noun(trigger) or trigger)
    opens = any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in token.children)
    return opens or _consequence(trigger)


def _status(trigger: Token, time: TimeRecord | None, published: str | None) -> str:
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else _verb_of_noun(trigger)
    sentence = trigger.sent.text.lower()
    if any(phrase in sentence for phrase in _words("phrase")):
        return "alleged"
    if trigger.pos_ == "NOUN" and (found := _modified_status(trigger)) is not None:
        # "a potential attack", "the planned summit"; what an accusation or a denial above says of an
        # act said to be coming decides ("accused Norway of preparing an imminent attack": alleged)
        above = _governed_status(verb or trigger, trigger) if found == "planned" else None
        return above if above in _OVERRIDING else found
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubjpass") and _removes(trigger.head):
        return "occurred"  # "wants Trump to eliminate the tariffs": what is to end is in place
    if trigger.pos_ == "NOUN" and answering_verb(trigger) is not None:
        return (
            "occurred"  # "rejected Moscow's demands", "if Trump agrees to Beijing's demands": they were made
        )
    doer = trigger.dep_ == "nsubj" and verb is not None and verb.lemma_ != "be"  # "the deal paved the way"
    if verb is not None and verb != trigger and governs_status(verb) and not doer:
        # "ruled out boots on the ground", "talks are scheduled for May"; a denial or accusation above wins
        above = _governed_status(verb, trigger)
        return above if above in _OVERRIDING else _governor_status(verb)
    if verb is not None and (found := _own_status(verb)) is not None:
        if found in ("planned", "negated") and _wanted(verb):
            return "hypothetical"  # "demands pledges that Nato will never invite Ukraine": only wanted
        return found
    if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
        return "negated"  # "no talks"
    judged = trigger.pos_ == "NOUN" and verb is not None and _judged(trigger, verb)
    if not judged and (found := _governed_status(verb or trigger, trigger)) is not None:
        return found
    if verb is not None and _effort_going_on(verb):
        return "ongoing"  # "is working round the clock to assist them", "is trying to help the police"
    if verb is not None and _looks_ahead(verb):
        return "planned"
    if verb is not None and _made_room_for(verb):
        return "hypothetical"  # "a better time for Russia to invade", "no reason to attack": only thought of
    hedges = [t for t in trigger.sent if _words("adverb").get(t.lower_) == "alleged"]
    if any(_within(trigger, hedge.head) for hedge in hedges):
        return "alleged"  # "was reportedly killed", "reportedly said Russia had moved troops"
    if (verb is None or not _past(verb)) and _ahead(trigger, time, published):
        return "planned"
    if verb is not None and _ongoing(verb):
        return "ongoing"
    if trigger.pos_ == "NOUN" and _lasting_now(trigger):
        return "ongoing"  # "Schiff's impeachment inquiry is incoherent", "is under pressure from Berlin"
    return "occurred"


def _lasting_now(noun: Token) -> bool:
    """Whether an event noun names a lasting state or process (``durative_nouns.txt``) told in a clause
    of the present: the verb it hangs on, through its prepositions, is in the present tense."""
    if noun.lemma_.lower() not in lexicons.words("durative_nouns.txt"):
        return False
    head = noun
    while head.dep_ in ("pobj", "prep", "dobj", "nsubj", "nsubjpass", "attr", "poss", "compound"):
        if head.head == head:
            break
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return _in_the_present(head)
    return False


def _in_the_present(verb: Token) -> bool:
    """A verb in the present: simple, progressive or perfect ("is", "are taking", "has faced")."""
    auxes = [a.lower_ for a in _auxes(verb)]
    if auxes:
        return auxes[0] in ("is", "are", "am", "'s", "'re", "has", "have", "'ve")
    return verb.tag_ in ("VBZ", "VBP")


def _removes(verb: Token) -> bool:
    """Whether a verb ends what its object names ("lift the sanctions", "scrap the tariffs")."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lexicons.words("removal_verbs.txt")


def governs_status(token: Token) -> bool:
    """Whether ``token`` sets the status of what depends on it ("accused", "ruled out", "due", "threat")."""
    return _governor_status(token) is not None


def _governor_status(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX", "ADJ", "ADV"):  # ADV: "ahead of the summit"
        if any(c.dep_ == "oprd" for c in token.children):
            return None  # "called the talks constructive": a judgement of what happened, not a call for it
        particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
        governors = _words("governor")
        return governors.get(f"{lemma} {particle}") or governors.get(lemma)  # "called off the strike"
    if token.pos_ == "NOUN":
        return _words("noun").get(lemma)
    return None


def answering_verb(noun: Token) -> Token | None:
    """The verb that answers the speech act an event noun names ("rejected the demands", "accepted the
    offer", "complied with the requests"), or None: what is answered was said already, whatever the
    answer, and whoever answers it is whom it was addressed to."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "agreed to the demands", "complied with the requests"
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    answers = verb.lemma_.lower() in lexicons.words("response_verbs.txt")
    return verb if answers and noun.lemma_.lower() in lexicons.words("speech_act_nouns.txt") else None


def _looks_ahead(verb: Token) -> bool:
    """A to-infinitive under a verb or noun that looks ahead ("promised to return", "the plan to meet"), or
    one of purpose: what a clause was done for is intended, not yet done ("reached an agreement to open
    talks", "met to decide")."""
    to_infinitive = infinitive(verb)
    purpose = verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") and not _said_in_doing(verb)
    purpose = (purpose or _sent_for(verb)) and not _outcome(verb)
    going = verb.head.lemma_ == "go" and verb.head.tag_ == "VBG"  # "is going to shoot"
    # "Cyprus is to relax its rules"; "X is to blame" says who is at fault
    going = going or (verb.head.lemma_ == "be" and verb.dep_ == "xcomp" and verb.lemma_ != "blame")
    prospective = verb.head.lemma_.lower() in lexicons.words("prospective_words.txt")
    return to_infinitive and (purpose or going or prospective)


def _effort_going_on(verb: Token) -> bool:
    """An infinitive an effort going on is made for: the act is going on with it."""
    effort = verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_.lower() in _EFFORTS
    return effort and infinitive(verb) and _ongoing(verb.head)


def _sent_for(verb: Token) -> bool:
    """An infinitive of what an object was sent, hired or set up to do, read as its verb's complement:
    "mobilised all forces to neutralise the attackers" (``purpose_object_verbs.txt``)."""
    head = verb.head
    sent = head.lemma_.lower() in lexicons.words("purpose_object_verbs.txt")
    return verb.dep_ == "xcomp" and sent and any(c.dep_ == "dobj" for c in head.children)


def _made_room_for(verb: Token) -> bool:
    """A to-infinitive a noun or a "for" clause of an adjective only makes room for: "a better time for
    Russia to invade", "no reason to attack", "easier for the government to strike a deal"."""
    if not infinitive(verb) or verb.dep_ not in ("relcl", "acl", "advcl"):
        return False
    marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
    return verb.head.pos_ == "NOUN" or (verb.head.pos_ == "ADJ" and marked)


def _outcome(verb: Token) -> bool:
    """An infinitive of what came of an act, not of its purpose: "quarrelled, only to reconcile"."""
    return any(c.dep_ == "advmod" and c.lower_ == "only" and c.i < verb.i for c in verb.children)


def _said_in_doing(verb: Token) -> bool:
    """A demand or protest made by the very act it is the purpose of: "surrounded the Statehouse on
    Tuesday to call for better pay" (the rally was the call), unlike "met to decide" (not yet decided)."""
    done = verb.head.tag_ == "VBD"
    return done and verb.lemma_.lower() in lexicons.words("reporting_verbs.txt") | _DEMANDING


def _modified_status(noun: Token) -> str | None:
    """What an adjective before an event noun says of it ("possible", "planned", "alleged")."""
    modifiers = _words("modifier")
    return next((modifiers[c.lower_] for c in noun.lefts if c.dep_ == "amod" and c.lower_ in modifiers), None)


def _set_off(clause: Token) -> bool:
    """Whether a clause stands apart from its head behind a comma ("…, saying the talks were critical")."""
    before = clause.left_edge.i - 1
    return before >= 0 and clause.doc[before].text in (",", ";", "—", "–")


def _verb_of_noun(noun: Token) -> Token | None:
    """The verb an event noun is the subject or object of ("talks began", "held talks"), or None."""
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and head.pos_ in ("VERB", "AUX"):
        return head
    return None


def _judged(noun: Token, verb: Token) -> bool:
    """Whether the event noun's clause only says what the event was like ("alleging that Trump's call was
    improper", "denied the talks were a failure"): whoever alleges or denies that, the event took place.
    A predicate that is itself a status ("the attack is imminent", "talks are likely") is no judgement."""
    if noun.dep_ != "nsubj" or verb.lemma_ != "be":
        return False
    predicates = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    return bool(predicates) and not any(
        c.lower_ in _words("modifier") or governs_status(c) for c in predicates
    )


def _more_than(negation: Token) -> bool:
    """Whether a negation only says the act went further ("did not just turn the offer down", "not only
    attacked"): the act happened."""
    after = negation.nbor() if negation.i + 1 < len(negation.doc) else None
    return after is not None and after.lower_ in _MERELY


def _own_status(verb: Token) -> str | None:
    """What the verb's own negation, modal or "if" says."""
    children = list(verb.children)
    if any(
        (c.dep_ == "neg" or (c.lower_ in _NEGATIONS and c.dep_ == "advmod")) and not _more_than(c)
        for c in children
    ):
        return "negated"
    if any(c.dep_ in ("nsubj", "nsubjpass") and _nobody(c) for c in children):
        return "negated"  # "nobody is leaving the euro", "no country has sent troops"
    if any(c.dep_ == "mark" and c.lower_ in _words("mark") for c in children):
        return "hypothetical"
    if verb.tag_ in _PRESENT_TAGS and any(c.dep_ == "mark" and c.lower_ in _NOT_YET for c in children):
        return "hypothetical"  # "before Germany admonishes Spain, it must …": not done yet
    if any(c.lower_ in _NEITHER and c.dep_ in ("advmod", "cc", "preconj") and c.i < verb.i for c in children):
        return "negated"  # "nor are the rebels preventing civilians from leaving"
    if verb.lemma_ == "be" and (state := _child_governor(verb)) is not None:
        return state  # "talks are due to begin", "an invasion is likely"
    modal = next((_words("modal")[a.lower_] for a in _auxes(verb) if a.lower_ in _words("modal")), None)
    if modal == "planned" and _has_condition(verb):
        return "threatened"
    if modal is None and _has_condition(verb):
        return "hypothetical"  # "had promised to quit if the Yes camp won"
    if modal == "hypothetical" and _reported_future(verb):
        return "planned"  # "officials said a summit would be held": the future of a past report
    if modal is not None:
        return modal
    adverb = next((c.lower_ for c in children if c.dep_ == "advmod" and c.lower_ in _words("adverb")), None)
    return _words("adverb")[adverb] if adverb else None


def _child_governor(verb: Token) -> str | None:
    """The status an adjective complement of a copula sets ("are due", "is likely")."""
    return next(
        (found for c in verb.children if c.dep_ == "acomp" and (found := _governor_status(c)) is not None),
        None,
    )


def _nobody(subject: Token) -> bool:
    denied = any(
        (c.dep_ == "det" and c.lower_ == "no") or (c.dep_ in ("preconj", "det") and c.lower_ == "neither")
        for c in subject.children
    )  # "no country", "neither he nor his staff"
    return denied or subject.lower_ in _words("subject")


def _governed_status(token: Token, trigger: Token) -> str | None:
    """What the word the event depends on says: "accused … of attacking" → alleged, "the threat of an
    invasion" → threatened, "was due in Paris for talks" → planned. The nearest governor decides, except
    that a denial or an accusation above it covers the whole claim ("accused Russia of planning an
    attack": the attack is alleged, not planned; "denied planning an invasion": negated). A verb's own
    modal reaches the verbs that complete it ("will go on supporting", "will respond by attacking"), not
    what merely hangs on it ("will respond to the attack"); what a past participle says of a noun is a
    fact whatever befalls the noun ("refused the deal offered by prosecutors"), unless alleged."""
    found = None
    wanted = False  # a request or wish above: a plan beneath it is only wanted
    completes = token.pos_ in ("VERB", "AUX")
    noun = token.pos_ == "NOUN"
    adjunct = False  # a noun's path so far runs through a preposition that is not a verb's complement
    described = False  # a past participle describing a noun: "a plea deal offered by prosecutors"
    for _ in range(_MAX_CLIMB):
        if token.dep_ == "conj" and token.head != token:
            token = (
                token.head
            )  # "accused X of reneging and breaking": the first conjunct's governor rules both
            continue
        if _asserted_apart(token):
            break  # "must not be forced because Russia is blocking them": the blocking is no less real
        if _explained(token):
            break  # "cannot explain why Sweden declined": that it declined is taken as known
        if _temporal(token):
            # "when the committee convenes on Tuesday, he will request …": when it happens, not what is
            # asked; it lies ahead only when the main clause does
            return found or ("planned" if _own_status(token.head) == "planned" else None)
        infinitive_clause = token.dep_ in ("relcl", "advcl") and infinitive(token)  # "a deal to open talks"
        if token.dep_ == "advcl" and not infinitive_clause and _set_off(token):
            break  # "did not mince her words, saying the talks were critical": another clause's verb
        if (token.dep_ not in _GOVERNING_DEPS and not infinitive_clause) or token.head == token:
            break
        described = described or (token.dep_ == "acl" and token.tag_ == "VBN")
        aside = token.dep_ == "prep" and token.lower_ in _ASIDE  # "avoided extradition by seeking refuge"
        completes = completes and token.dep_ in ("xcomp", "pcomp", "prep")
        adjunct = adjunct or (noun and token.dep_ in ("pobj", "prep") and not completes)
        purpose = token.dep_ == "advcl" and token.head.pos_ in ("VERB", "AUX")  # "met to decide"
        if (
            token != trigger
            and purpose
            and infinitive_clause
            and not (_said_in_doing(token) or _outcome(token))
        ):
            found = found or "planned"  # "met to decide on sanctions": the sanctions are what is intended
        token = token.head
        if token == trigger:
            continue
        status = _governor_status(token)
        if status == "negated" and aside:
            status = None  # what one avoids or refuses is undone; how or when one did so is not
        if status == "planned" and _has_condition(token):
            status = "hypothetical"  # "had promised to quit if the Yes camp won"
        if status is None and token.lemma_ == "be":
            status = _child_governor(token)
        if status is None and token.pos_ in ("VERB", "AUX"):
            own = _own_status(token)
            # "must stand firm in the face of aggression": the aggression is no less real
            status = own if (own in ("negated", "hypothetical") and not adjunct) or completes else None
        if status is None and token.pos_ == "NOUN" and any(c.lower_ == "no" for c in token.children):
            status = "negated"  # "no basis for talks"
        if described and status != "alleged":
            continue  # "chose not to accept a deal offered by prosecutors": the offer was made
        if status == "negated" and wanted:
            break  # "failed to persuade them to back the plan": the appeal failed; the backing is wanted
        if status in _OVERRIDING:
            return status
        wanted = wanted or (status == "hypothetical" and token.lemma_.lower() in _words("governor"))
        found = found or status
    # "demands pledges that the allies will pull back": what is demanded is wanted, not planned
    return "hypothetical" if found == "planned" and wanted else found


def _explained(clause: Token) -> bool:
    """Whether a clause says why or how something is so ("cannot explain why Sweden declined", "asked how
    the prisoner escaped"): what it explains is taken as known, whatever the verb above says of it."""
    return clause.pos_ in ("VERB", "AUX") and any(
        c.tag_ == "WRB" and c.lower_ in ("why", "how") and c.i < clause.i for c in clause.children
    )


def _asserted_apart(clause: Token) -> bool:
    """Whether a subordinate clause states its own fact, whatever its head's negation or modal: a reason
    or a concession ("because they are blocking aid", "although troops withdrew"), or a clause in the past
    tense hanging on a verb or noun ("will face questions about the call when he asked for help"), or a
    clause the parser hangs on what a colon or semicolon after it goes on to say ("denied the allegations:
    she was not forced")."""
    if clause.dep_ in ("ccomp", "conj") and clause.i < clause.head.i:
        return any(t.text in (":", ";") for t in clause.doc[clause.i : clause.head.i])
    if clause.dep_ not in ("advcl", "relcl"):
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if marks & set(_words("mark")):
        return False  # "if", "unless", "whether": a condition is not asserted
    return bool(marks & set(_words("reason"))) or (clause.tag_ == "VBD" and not _auxes(clause))


def _temporal(clause: Token) -> bool:
    """Whether a clause says when its head happens ("when the committee convenes", "after talks ended")."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark" or (c.dep_, c.tag_) == ("advmod", "WRB")}
    return clause.dep_ == "advcl" and bool(marks & _TEMPORAL_MARKS)


def _within(trigger: Token, head: Token) -> bool:
    """Whether ``trigger`` is ``head`` or in the clause it heads, not inside a noun's own clause on the
    way ("arrested for a call he reportedly made": the arrest is no less real)."""
    token = trigger
    for _ in range(_MAX_CLIMB + 2):
        if token == head:
            return True
        if token.dep_ in ("relcl", "acl", "appos") or token.head == token:
            return False
        token = token.head
    return False


def _wanted(verb: Token) -> bool:
    """Whether the clause is what someone demands, asks for or wishes: a verb or noun of wanting above it
    ("demands that the allies will pull back", "a call for Nato never to expand")."""
    token = verb
    for _ in range(_MAX_CLIMB):
        if (
            token.dep_ not in ("ccomp", "acl", "xcomp", "dobj", "pobj", "prep", "relcl", "conj")
            or token.head == token
        ):
            return False
        token = token.head
        if token.lemma_.lower() in _WANTING:
            return True
    return False


def _reported_future(verb: Token) -> bool:
    """A "would" clause reported by a speech verb with no condition of its own."""
    auxes = [a.lower_ for a in _auxes(verb)]
    # "said he would have objected" is what did not happen, no future
    would = any(a in ("would", "'d") for a in auxes) and "have" not in auxes
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
    """The verb's auxiliaries; a verb joined by "and" with no subject or auxiliary of its own shares its
    head's ("can pull the parties together and forge a deal": the deal is as possible as the pulling)."""
    own = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    shares = verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.tag_ == "VB"
    if own or not shares or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return own
    return [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]


def _past(verb: Token) -> bool:
    """A verb in the past or the present perfect ("urged", "has urged"): what it reports has happened,
    whatever later date its sentence also names ("has urged Greeks to vote No in Sunday's referendum")."""
    perfect = any(a.lower_ in _PRESENT_PERFECT for a in _auxes(verb))
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and perfect)


def _ongoing(verb: Token) -> bool:
    """Still going on: a progressive ("are shelling", "have been pressuring"), a perfect since a time
    ("has been frozen since June", "had been held since 2016"), or a present tense with "still" ("still
    refuses")."""
    auxes = [a.lower_ for a in _auxes(verb)]
    over = "had" in auxes and not any(_lasting(c) for c in verb.children)  # "had been holding talks": done
    if (
        verb.tag_ == "VBG"
        and any(a in ("is", "are", "am", "been", "was", "were") for a in auxes)
        and not over
    ):
        return True  # "are shelling", "have been pressuring", "police were investigating"
    if (
        verb.tag_ == "VBN"
        and "being" in auxes
        and any(a in ("is", "are", "am", "was", "were") for a in auxes)
    ):
        return True  # "is being attacked", "were being held in jail"
    counted = any(c.dep_ == "nummod" for o in verb.children if o.dep_ == "dobj" for c in o.children)
    perfect = any(a in (*_PRESENT_PERFECT, "had") for a in auxes)
    if perfect and not counted and any(_lasting(c) for c in verb.children):
        # "has been frozen since June", "have long refused", "had been held since 2016" (till the story's
        # day); not "have arrested 50 people since Friday", acts done and counted
        return True
    if verb.tag_ == "VBN" and any(a in ("is", "are", "am") for a in auxes):
        return True  # "is accused by critics", "are held in camps"
    still = any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children)
    return verb.tag_ in ("VBZ", "VBP") and still


def _lasting(child: Token) -> bool:
    """A word on a present perfect that makes it last until now: "since", "long", "for months"."""
    if child.lower_ in ("since", "long") and child.dep_ in ("prep", "advmod", "mark"):
        return True
    length = first_child(child, {"pobj"}) if child.dep_ == "prep" and child.lower_ == "for" else None
    return length is not None and length.lemma_.lower() in _DURATIONS


def _ahead(trigger: Token, time: TimeRecord | None, published: str | None) -> bool:
    """Whether the event's own time lies after the article's day: a plan, whatever the tense ("is meeting
    Xi next week": the week starts after the day of writing). An undated article's "tomorrow" or "next
    week" is still ahead of its writing."""
    if time is None:
        return False
    if time.value is None:
        words = doc_text(trigger.doc)[time.start : time.end].lower()
        return any(word in words for word in _words("ahead"))
    if not published or time.granularity not in _NEAR_PERIODS:
        return False  # "a year later" counts from another event as often as from the writing
    days = day_range(time.value)
    return days is not None and days.first > dt.date.fromisoformat(published)


@cache
def _words(role: str) -> dict[str, str]:
    return {word: status for word, status, kind in lexicons.table("event_status.tsv", 3) if kind == role}
