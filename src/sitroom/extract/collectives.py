"""Unnamed collective parties as participants: "police", "protesters", "hostages", "lawmakers".

Real news leaves many events' parties unnamed: police fire on protesters, hostages are released, lawmakers
oppose a bill. Left out, those events have no participant the brief can show, the commonest gap on real
news. A noun of ``lexicons/collective_actors.txt`` that is a subject, an object or a preposition's object,
with no named state, people or group in its phrase ("Hong Kong police" acts for Hong Kong; "Russian
officials" is a group already), becomes a GROUP mention named by its phrase with the words that say which
("senior finance ministers") and keyed by them and its lemma; so does one before an event noun it does
("police raids", "rebel attacks"), so linking gives one "protesters" entity per
corpus, as event coders give an actor type. A definite one again ("all the leaders") is the group named
before it (see ``sitroom.extract.speakers``). The subject of a reporting verb is
left alone: "officials said" keeps its anonymous speaker ("lawyers demanded" is an act, and they its party).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from sitroom import lexicons
from sitroom.extract._syntax import doc_text
from sitroom.extract.event_triggers import object_class, trigger_reading
from sitroom.extract.reported import speakers_own_act
from sitroom.types import MentionRecord

_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "ROOT"}  # ROOT: a misparsed subject
_NAMED_TYPES = {"GPE", "NORP", "ORG", "GROUP", "PERSON"}
_NOT_KINDS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}  # "Tomorrow ministers"
_QUANTIFIERS = {
    "other",
    "many",
    "several",
    "some",
    "few",
    "more",
    "most",
    "such",
    "various",
    "numerous",
    "all",
}
# A verb's particle the parser may read as an adjective of its object: "pull back troops".
_PARTICLES = {"back", "out", "up", "down", "off", "away", "in", "over", "home"}


def extract_collectives(doc: Doc, mentions: tuple[MentionRecord, ...]) -> tuple[MentionRecord, ...]:
    """GROUP mentions for the unnamed collective parties of ``doc`` that no mention covers or qualifies."""
    covered = _covered(doc, mentions)
    text = doc_text(doc)
    found = []
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or lemma not in _collectives() or token.i in covered:
            continue
        doing = _doer_of_event(token)
        if token.tag_ != "NNS" and not _collectives()[lemma] and not doing:
            continue  # "the senator": one person described, not a collective
        if (token.dep_ not in _ARGUMENTS and not doing) or _qualified(token, covered) or _speaks(token):
            continue
        if _partitive(token, covered):
            continue  # "groups of protesters": the protesters are the party
        modifiers = _describing(token)
        start = modifiers[0].idx if modifiers else token.idx
        end = token.idx + len(token.text)
        key = " ".join([*(m.lower_ for m in modifiers), lemma])
        found.append(MentionRecord(start=start, end=end, name=text[start:end], key=key, type="GROUP"))
    return tuple(found)


def _doer_of_event(token: Token) -> bool:
    """Whether the noun names, before an event noun, an armed force, protesters or workers who do it:
    "police raids", "rebel attacks", "teacher strikes" (not "a prisoner swap": the prisoners are swapped)."""
    doers = object_class("force") | object_class("protester") | object_class("worker")
    before_event = token.dep_ == "compound" and token.head.pos_ == "NOUN" and trigger_reading(token.head)
    return bool(before_event) and token.lemma_.lower() in doers


def _describing(token: Token) -> list[Token]:
    """The words right before the noun that say which collective it is ("eurozone finance *ministers*",
    "top government *officials*"), not how many ("several", "other")."""
    words: list[Token] = []
    doc = token.doc
    for i in range(token.i - 1, token.sent.start - 1, -1):
        word = doc[i]
        if word.tag_ == "HYPH" and not word.whitespace_ and i > 0 and not doc[i - 1].whitespace_:
            words.insert(0, word)  # "concert-goers": the hyphen holds the word together
            continue
        describes = word.dep_ in ("compound", "amod") and token.i - len(words) <= word.head.i <= token.i
        particle = word.lower_ in _PARTICLES and i > 0 and doc[i - 1].pos_ == "VERB"  # "pull back troops"
        unlike = word.lower_ in _QUANTIFIERS or not word.is_alpha or word.ent_type_ in _NOT_KINDS
        if not describes or unlike or particle:
            break
        words.insert(0, word)
    first = words[0] if words else None
    if first is not None and first.text == "-":
        hyphen, rest = first, words[1:]
    elif (
        first is not None
        and first.i >= 2
        and doc[first.i - 1].text == "-"
        and not doc[first.i - 1].whitespace_
    ):
        hyphen, rest = doc[first.i - 1], words
    else:
        return words
    before = doc[hyphen.i - 1]
    if before.whitespace_ or not rest:
        return rest
    if before.pos_ == "PROPN":  # "UN-led peacekeepers": the name is a mention of its own
        return rest[1:]
    return [before, hyphen, *rest]  # "high-ranking officials": a hyphenated word is one word


def _covered(doc: Doc, mentions: tuple[MentionRecord, ...]) -> dict[int, str]:
    """The tokens inside a mention, with that mention's type."""
    found = {}
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        for token in span or ():
            found[token.i] = mention.type
    return found


def _qualified(token: Token, covered: dict[int, str]) -> bool:
    """Whether a named state, people or group stands in the noun's phrase ("Israeli settlers", "students
    from Hong Kong") or a pronoun for one owns them ("its forces": the state's); a place where they are
    ("protesters in Hong Kong") does not name them."""
    owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.lefts)  # "its forces"
    return (
        owned
        or any(
            child.i in covered and covered[child.i] in _NAMED_TYPES
            for child in token.lefts
            if child.dep_ in ("amod", "compound", "poss", "nmod")
        )
        or any(
            grand.i in covered and covered[grand.i] in _NAMED_TYPES
            for child in token.children
            if child.dep_ == "prep" and child.lower_ in ("of", "from")
            for grand in child.children
            if grand.dep_ == "pobj"
        )
    )


def _partitive(token: Token, covered: dict[int, str]) -> bool:
    """Whether the noun only counts or parts the party after its "of" (``partitive_nouns.txt``): a
    collective or a name ("groups of protesters", "members of Hamas"; not "members of the cell")."""
    if token.lemma_.lower() not in lexicons.words("partitive_nouns.txt"):
        return False
    return any(
        grand.lemma_.lower() in _collectives() or grand.i in covered
        for child in token.children
        if child.dep_ == "prep" and child.lower_ == "of"
        for grand in child.children
        if grand.dep_ == "pobj"
    )


def _speaks(token: Token) -> bool:
    """The subject of a verb that only reports speech: a source, not a party ("protesters said"); a
    reporting verb that is also an act ("lawyers demanded", "critics accused") keeps its party, and so
    does a speaker who goes on to act ("the men said they were well and asked their governments to
    help")."""
    verb = token.head
    lemma = verb.lemma_.lower()
    reports = lemma in lexicons.words("reporting_verbs.txt") and lemma not in _acts()
    return token.dep_ in ("nsubj", "nsubjpass") and reports and not _goes_on_to_act(verb)


def _goes_on_to_act(reporting: Token) -> bool:
    """Whether a verb of the speaker's own, with no subject of its own, is joined to the reporting verb or
    to the clause it reports, and reports an event ("said … and urged the army to withdraw")."""
    joined = [c for c in reporting.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    joined += [g for c in reporting.children if c.dep_ == "ccomp" for g in c.children if speakers_own_act(g)]
    return any(
        v.lemma_.lower() in _acts() and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
        for v in joined
    )


@cache
def _acts() -> frozenset[str]:
    """Verbs that report an event of their own (``event_verbs.tsv``)."""
    return frozenset(row[0] for row in lexicons.table("event_verbs.tsv", 4) if " " not in row[0])


@cache
def _collectives() -> dict[str, bool]:
    """Each collective noun, and whether it names a party in the singular too: a mass noun ("police") or
    an unnamed doer of violence ("a gunman")."""
    return {noun: kind in ("mass", "one") for noun, kind in lexicons.table("collective_actors.txt", 2)}
