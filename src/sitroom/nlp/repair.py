"""Repairs of parse errors the small English model makes often enough to mislead every extractor.

A gerund after a preposition is often parsed as an adjective of its own object: in "accused the West of
breaking promises" the model makes "breaking" an ``amod`` of "promises", as if the promises were breaking,
so the act, its status (under "accused … of") and its actor (the West) are all lost. Where the verb and
its noun are a pair the event lexicon knows (``event_objects.tsv``: "break" + a promise, "strike" + a
deal), the repair restores the reading: the gerund completes the preposition (``pcomp``) and takes the
noun as its object (``dobj``). Participles that are adjectives ("of rising prices") are no such pair and
keep their parse.

A name right after a verb that has no object is sometimes made an adverb of it ("he visited Epstein in
New York": "Epstein" an ``advmod``), or the predicate of "call" ("Macron called Putin": as in "called him
a liar"), which leaves the verb without its object; a name is no adverb, nor what someone is called
with no one called it, so it becomes the verb's object.

Two names joined by "and" are sometimes parsed as one: in "Peter Haas and Maria Olsen said" the model hangs
"Haas" on "Olsen" as a modifier, so Olsen alone speaks and Haas is lost as a party. Where a name the
model tagged as an entity of its own modifies another name with "and" between them, the first takes the
second's place in the clause and the second becomes its conjunct, as in the parse of "Haas and Olsen".
Likewise a list with a comma before its "and" ("The US, Russia, and Switzerland met") may come out with
its second name an apposition of the first: a name of the same kind as its head that has a conjunct of
that kind after "and" is the list's next item.

A verb in "-s" is sometimes tagged a plural noun though the parser reads it as a verb, with a subject
and a clause ("the Budget Office projects that …"): it is retagged a verb, so that it reports its clause.

The object of a relative clause is sometimes made a second subject of the main verb ("the mastermind of the
attacks that killed at least 129 people has been named": "people" a subject of "named"): where the main
verb already has its subject before the clause and the clause's verb has no object, the noun right after
that verb is its object.

A route's end is sometimes hung on the verb though its start is on a noun ("funding the rail line from
Vienna to Italy": "to Italy" on "funding"): the "to" goes where its "from" is.

A subject is sometimes hung on its verb's auxiliary when an aside stands between them ("We have, on my
orders, closed the bridges": "We" a subject of "have"): it goes to the verb, which had none.

The model's lemmatiser gets a few news verbs wrong ("fined" read as a form of "fin", "raped" of "rap"),
which hides them from every word list keyed by lemma; ``lexicons/lemma_repairs.tsv`` lists those forms
and their lemmas.

The repair runs as the last component of the pipeline (:func:`sitroom.nlp.load_model` adds it), so every
extractor sees the same tree.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitroom import lexicons
from sitroom.objects import decides_event

COMPONENT = "sitroom_parse_repair"


@Language.component(COMPONENT)
def repair_parse(doc: Doc) -> Doc:
    """``doc`` with gerunds misparsed as adjectives of their object read as verbs with that object,
    names misparsed as adverbs read as the object of their verb, names joined by "and" misparsed as one
    name read as two, a relative verb's object misparsed as a second subject given back to it, a subject
    hung on an auxiliary given to its verb, a route's end given to its start's word, and known wrong lemmas
    put right."""
    lemmas = _lemma_repairs()
    for token in doc:
        if token.lower_ in lemmas:
            token.lemma_ = lemmas[token.lower_]
        if _name_as_adverb(token):
            token.dep_ = "dobj"
            continue
        if _verb_tagged_as_noun(token):
            token.pos_, token.tag_ = "VERB", "VBZ"  # "the Budget Office projects that …": a verb
            continue
        if (verb := _object_taken_for_subject(token)) is not None:
            token.head, token.dep_ = verb, "dobj"  # "the attacks that killed 129 people have been …"
            continue
        if (start := _route_start(token)) is not None:
            token.head = start.head  # "a rail line from Vienna to Italy": the route is the line's
            continue
        if _subject_of_an_auxiliary(token):
            token.head = token.head.head  # "We have, on my orders, closed the bridges": we closed them
            continue
        if _listed_name_as_apposition(token):
            token.dep_ = "conj"  # "The US, Russia, and Switzerland met": three parties, not two names of one
            continue
        if _joined_name_as_modifier(token):
            second = token.head
            token.head, token.dep_ = second.head if second.head != second else token, second.dep_
            second.head, second.dep_ = token, "conj"
            continue
        noun = token.head
        preposition = noun.head
        if (
            token.tag_ == "VBG"
            and token.dep_ == "amod"
            and token.i > 0
            and doc[token.i - 1] == preposition
            and preposition.pos_ == "ADP"
            and noun.dep_ == "pobj"
            and decides_event(token.lemma_.lower(), noun.lemma_.lower())
        ):
            token.head, token.dep_ = preposition, "pcomp"
            noun.head, noun.dep_ = token, "dobj"
    return doc


def _name_as_adverb(token: Token) -> bool:
    """A name the parser made the adverb of the verb just before it, which has no object of its own, or
    the predicate of a "call" that has no object ("Macron called Putin on Friday": a call, not a name)."""
    verb = token.head
    if token.dep_ not in ("advmod", "oprd") or token.pos_ != "PROPN" or not token.ent_type_:
        return False
    if verb.pos_ != "VERB" or (token.dep_ == "oprd" and not _phoned(token, verb)):
        return False
    follows = token.left_edge.i == verb.i + 1
    return follows and not any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _phoned(name: Token, verb: Token) -> bool:
    """Whether a name parsed as what "call" calls something is whom a caller phoned: a party, the only
    predicate, and a caller ("called Omar a terrorist" keeps its two; "a group called the Sea Org" names)."""
    alone = sum(c.dep_ == "oprd" for c in verb.children) == 1
    caller = any(c.dep_ == "nsubj" for c in verb.children)
    party = name.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")  # not a place's name
    return verb.lemma_ == "call" and alone and caller and party


def _joined_name_as_modifier(token: Token) -> bool:
    """A name the parser made a modifier of the name after it, though "and" joins the two and the model
    tagged them as two entities ("Peter Haas and Maria Olsen": "Haas" an ``nmod`` of "Olsen")."""
    second = token.head
    if token.dep_ not in ("nmod", "compound") or second.i <= token.i or token.pos_ != "PROPN":
        return False
    if not token.ent_type_ or not second.ent_type_ or second.pos_ != "PROPN":
        return False
    joining = [c for c in token.children if c.dep_ == "cc" and c.lower_ == "and" and token.i < c.i < second.i]
    if not joining:
        return False
    start = second.i  # where the second name's entity begins: after the "and", or it is one name
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    return start > joining[0].i


def _verb_tagged_as_noun(token: Token) -> bool:
    """A verb in "-s" the tagger took for a plural noun though the parser gave it a subject and a clause
    ("the National Budget Office projects that the levies will …"): no noun has either."""
    children = {c.dep_ for c in token.children}
    return token.tag_ == "NNS" and token.lower_.endswith("s") and "nsubj" in children and "ccomp" in children


def _object_taken_for_subject(token: Token) -> Token | None:
    """The relative-clause verb whose object the parser made a second subject of the main verb: in "the
    mastermind of the attacks that killed at least 129 people has been named" the model hangs "people" on
    "named" beside "mastermind", leaving "killed" without its object. The noun right after a relative
    verb that has none, where the main verb already has a subject before the relative clause, is that
    verb's object."""
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or token.tag_ != "NNS":
        return None
    earlier = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i and c != token]
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    if not earlier or before is None or before.dep_ != "relcl" or before.pos_ != "VERB":
        return None
    if any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "attr") for c in before.children):
        return None
    return before if earlier[0].is_ancestor(before) else None


def _route_start(token: Token) -> Token | None:
    """The "from" that a "to" right after its phrase completes, where the parser hung the "to" elsewhere:
    in "funds the rail line from Vienna to Italy" the model hangs "to Italy" on "funds", as if Italy
    were funded. A route's two ends belong to the same word."""
    if token.dep_ != "prep" or token.lower_ != "to" or token.i == 0:
        return None
    before = token.doc[token.i - 1]
    start = next((t for t in before.ancestors if t.dep_ == "prep" and t.lower_ == "from"), None)
    if start is None or start.right_edge != before or start.head == token.head:
        return None
    return start


def _subject_of_an_auxiliary(token: Token) -> bool:
    """A subject the parser hung on its verb's auxiliary, which an aside separates from the verb ("We have,
    on my orders, closed the bridges": "We" a subject of "have"), leaving the verb without one."""
    aux = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or aux.dep_ not in ("aux", "auxpass"):
        return False
    verb = aux.head
    return verb.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _listed_name_as_apposition(token: Token) -> bool:
    """A name the parser made the apposition of the name before it, though it opens the rest of a list
    of names of the same kind ("The US, Russia, and Switzerland": "Russia" an ``appos`` of "US", with
    "and Switzerland" its conjunct). An apposition names its head again; it does not coordinate another
    name of its kind ("Anna Berg, a teacher and mother" keeps its apposition)."""
    head = token.head
    if token.dep_ != "appos" or token.pos_ != "PROPN" or head.pos_ != "PROPN" or not token.ent_type_:
        return False
    if head.ent_type_ != token.ent_type_:
        return False
    coordinated = [c for c in token.children if c.dep_ == "conj" and c.ent_type_ == token.ent_type_]
    return any(c.dep_ == "cc" for c in token.children) and bool(coordinated)


@cache
def _lemma_repairs() -> dict[str, str]:
    return dict(lexicons.table("lemma_repairs.tsv", 2))
