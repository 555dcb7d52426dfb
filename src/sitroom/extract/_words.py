"""The word lists the extractors share, read once through the lexicon loader, and the tests made of them."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from sitroom import lexicons


def titles() -> frozenset[str]:
    """Head words and phrases of offices: "minister", "secretary of state", "fellow"."""
    return lexicons.words("titles.txt")


def title_modifiers() -> frozenset[str]:
    """Words inside a title before its head: "deputy", "foreign", "senior"."""
    return lexicons.words("title_modifiers.txt")


def honorifics() -> frozenset[str]:
    """Courtesy titles before a name: "Mr", "Dr"."""
    return lexicons.words("honorifics.txt")


def former_markers() -> frozenset[str]:
    """Words that make an office a former one: "former", "ex-", "then-"."""
    return lexicons.words("former_markers.txt")


def group_nouns() -> frozenset[str]:
    """Plural nouns that name a collective actor after a demonym or state: "officials", "diplomats"."""
    return lexicons.words("group_nouns.txt")


@cache
def people_nouns() -> frozenset[str]:
    """Nouns for people or a body of them: unnamed collectives ("police"), offices ("minister"), bodies
    ("council", "the committee", "the group", "the fund", "the bank"), sources ("officials"), and parts of
    a party ("a proportion of creditors"); not things ("the deaths", "the plane")."""
    collectives = frozenset(row[0] for row in lexicons.table("collective_actors.txt", 2))
    files = (
        "body_nouns.txt",
        "speaker_nouns.txt",
        "group_nouns.txt",
        "public_body_heads.txt",
        "organisation_classifiers.txt",
        "company_nouns.txt",
        "partitive_nouns.txt",
    )
    return collectives | titles() | frozenset().union(*(lexicons.words(f) for f in files))


def names_a_thing(noun: Token) -> bool:
    """Whether a word is a common noun for a thing, not people nor a body of them ("the deaths",
    "forecasts", "the crisis"; not "the minister", "police", "activists", nor a name)."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    lemma = noun.lemma_.lower()
    return lemma not in people_nouns() and not lemma.endswith(_person_noun_endings())


@cache
def _person_noun_endings() -> tuple[str, ...]:
    return tuple(lexicons.lines("person_noun_endings.txt"))


@cache
def title_abbreviations() -> dict[str, str]:
    """Each abbreviated title written before a name, lower case, with the office it stands for
    (``title_abbreviations.tsv``: "gov." a governor, "supt." a superintendent)."""
    return {word.lower(): office for word, office in lexicons.table("title_abbreviations.tsv", 2)}


@cache
def title_vocabulary() -> frozenset[str]:
    """Every word that may stand in a title: heads, modifiers and former markers."""
    return titles() | title_modifiers() | former_markers()


@cache
def title_and_modifier_words() -> frozenset[str]:
    """Heads and modifiers of titles, without the former markers."""
    return titles() | title_modifiers()


@cache
def name_stop_words() -> frozenset[str]:
    """Words that are never part of a personal name: titles, their modifiers, honorifics."""
    return titles() | title_modifiers() | honorifics()
