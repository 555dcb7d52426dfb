"""Small readings of the parse that the extractors share: the document's text, the token at a character,
a token's child by relation, the object of one of its prepositions, a verb's lemma, whether it is a
to-infinitive, the noun a participle describes, and the relations that make subjects and objects."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
OBJECTS = {"dobj", "obj", "attr"}


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document: spaCy joins every token's text again on each access."""
    text = doc.user_data.get("sitroom.text")
    if text is None:
        text = doc.user_data["sitroom.text"] = doc.text
    return text


def token_at(doc: Doc, char: int) -> int:
    """The index of the first token that starts at or after ``char`` (token starts computed once a doc)."""
    starts = doc.user_data.get("sitroom.token_starts")
    if starts is None:
        starts = doc.user_data["sitroom.token_starts"] = [token.idx for token in doc]
    return bisect_left(starts, char)


def heads_sentence(verb: Token) -> bool:
    """Whether a verb heads its sentence's main clause, or one coordinated with it."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def lemma_of(verb: Token) -> str:
    """The lemma, lower case."""
    return verb.lemma_.lower()


def infinitive(verb: Token) -> bool:
    """Whether a verb is a to-infinitive ("a refusal *to send* tanks", "agreed *to meet*")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in verb.children)


def prepositional(head: Token, prepositions: tuple[str, ...] | frozenset[str]) -> Token | None:
    """The object of the first of ``head``'s prepositions that is one of ``prepositions``."""
    for child in head.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in prepositions:
            obj = first_child(child, {"pobj"})
            if obj is not None:
                return obj
    return None


def first_child(token: Token, deps: set[str]) -> Token | None:
    """The first child of ``token`` in one of the relations ``deps``, or None."""
    return next((c for c in token.children if c.dep_ in deps), None)


def participle_of(verb: Token) -> Token | None:
    """The noun a past participle describes after it, which undergoes what the participle reports
    ("commanders held by the government", "a plan backed by the Red Cross"), else None. A "participle"
    with an object of its own is a past tense the parser misread ("airstrikes killed 12 people")."""
    described = verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN", "PRON")
    if described and not any(c.dep_ == "dobj" for c in verb.children):
        return verb.head
    return None


def says_what_it_is(noun: Token) -> bool:
    """Whether a noun is a predicate, saying what something is rather than naming it: "became *a
    mother*", "was named *as* Holm"."""
    return noun.dep_ in ("attr", "oprd") or (noun.dep_ == "pobj" and noun.head.lower_ == "as")
