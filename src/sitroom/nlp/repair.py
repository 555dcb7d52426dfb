"""Repairs of parse errors the small English model makes often enough to mislead every extractor.

A gerund after a preposition is often parsed as an adjective of its own object: in "accused the West of
breaking promises" the model makes "breaking" an ``amod`` of "promises", as if the promises were breaking,
so the act, its status (under "accused … of") and its actor (the West) are all lost. Where the verb and
its noun are a pair the event lexicon knows (``event_objects.tsv``: "break" + a promise, "strike" + a
deal), the repair restores the reading: the gerund completes the preposition (``pcomp``) and takes the
noun as its object (``dobj``). Participles that are adjectives ("of rising prices") are no such pair and
keep their parse.

A name right after a verb that has no object is sometimes made an adverb of it ("he visited Epstein in
New York": "Epstein" an ``advmod``), which leaves the verb without its object; a name is no adverb, so it
becomes the verb's object.

The repair runs as the last component of the pipeline (:func:`sitroom.nlp.load_model` adds it), so every
extractor sees the same tree.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitroom.objects import decides_event

COMPONENT = "sitroom_parse_repair"


@Language.component(COMPONENT)
def repair_parse(doc: Doc) -> Doc:
    """``doc`` with gerunds misparsed as adjectives of their object read as verbs with that object, and
    names misparsed as adverbs read as the object of their verb."""
    for token in doc:
        if _name_as_adverb(token):
            token.dep_ = "dobj"
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
    """A name the parser made the adverb of the verb just before it, which has no object of its own."""
    verb = token.head
    if token.dep_ != "advmod" or token.pos_ != "PROPN" or not token.ent_type_ or verb.pos_ != "VERB":
        return False
    follows = token.left_edge.i == verb.i + 1
    return follows and not any(c.dep_ in ("dobj", "obj") for c in verb.children)
