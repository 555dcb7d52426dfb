"""Names of actors and places in one article, with the small model's mistakes corrected.

spaCy's NER is the starting point. On news about states it errs in ways that matter, so each name is checked
against the gazetteer: places typed as organisations or people are retyped ("Crimea", "Kyiv"), aliases get
their canonical key ("Nato" -> NATO), demonyms used as adjectives are not actors, words the model labels
NORP that name no people ("Churchillian", "Orthodox", "post-Soviet") are no mentions at all, and collective
actors the model cannot type ("Russian officials", "Government sources", "the West") become GROUP mentions.
Metonyms are marked per mention: "Moscow" stands for Russia when it acts, not when it is where something
happens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from sitroom import gazetteer, lexicons
from sitroom.extract import _words
from sitroom.extract.referents import given_name_gender
from sitroom.leaders import name_key
from sitroom.types import MentionRecord

KEPT_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}
_TRIM_START = {"the", "a", "an"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_TRIM_END = {"in", "of", "and", "at", "on", "the", "for", "to", "by"}  # no name ends in them ("rue X in")
# Prepositions after which a capital is where something happens, not who acts ("talks in Geneva").
_LOCATIVE = {
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "around",
    "across",
    "into",
    "through",
    "via",
    "within",
    "throughout",
    "over",
    "beyond",
    "toward",
    "towards",
    "onto",
    "under",
    "above",
}
# Prepositions that mark place or agent depending on what they attach to: "flew to Moscow" (place)
# against "a message to Moscow" (actor).
_DIRECTIONAL = {"to", "from"}
_AGENTIVE_DEPS = {"nsubj", "nsubjpass", "agent", "poss", "dobj", "iobj", "dative", "csubj", "appos", "attr"}
_PERSON_DEPS = {"nsubj", "nsubjpass", "poss"}  # where a place name can only be a person's surname
_MAX_NAME_TOKENS = 5
_FINITE = {"VBD", "VBZ", "VBP"}  # a finite verb is no word of a name
# A flight number or a model's designator ("MH370", "AF447", "F-16", "S-400"): letters, then two digits or
# more; no party. One digit is a group's name as often ("P5", "E3").
_DESIGNATOR = re.compile(r"[A-Z]{1,3}-?\d{2,5}[A-Z]?")
# Place types the model may be overruled into; ISO country names and curated places are trusted even
# over a PERSON label, GeoNames cities only over ORG/FAC labels (many surnames are also town names).
_TRUSTED_OVER_PERSON = {"curated", "country"}
# Words that join a place's name into a longer foreign name: "Stade de France", "Gare du Nord", "Tour de
# France" name a stadium, a station, a race, not the country or the city.
_NAME_JOINERS = {"de", "du", "des", "di", "del", "della", "la", "le"}
# Words inside a person's surname, written in lower case: "Ursula von der Leyen", "Anna van den Berg".
_SURNAME_PARTICLES = _NAME_JOINERS | {"von", "van", "der", "den", "da", "ter", "ten", "bin", "ibn"}


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int  # token indices, end exclusive
    end: int
    label: str
    key: str
    name: str
    title_form: bool = False


def extract_mentions(doc: Doc) -> tuple[MentionRecord, ...]:
    """Every mention of a named actor or place in ``doc``, sorted by position.

    Character offsets index ``doc.text``; ``key`` is what the link stage merges on.
    """
    candidates = [
        c
        for ent in _joined_at_particles(doc, list(doc.ents))
        if ent.label_ in KEPT_LABELS
        for part in _split_at_possessive(doc, ent)
        if (c := _from_entity(doc, part))
    ]
    candidates = [_person_by_grammar(doc, _place_after_a_given_name(doc, c)) for c in candidates]
    candidates = _people_by_surname(doc, _without_overlaps(candidates))
    candidates = _organisations_by_last_word(candidates)
    candidates += _missed_names(doc, candidates)
    candidates += _untagged_peoples(doc, candidates)
    candidates = _without_overlaps(candidates + _untagged_organisations(doc, candidates))
    candidates += _untagged_people(doc, candidates)
    candidates += _untagged_surnames(doc, candidates)
    candidates += _untagged_sources(doc, candidates)
    # A group keeps the names inside it as mentions of their own: "Nato ministers" mentions NATO too.
    groups = _groups(doc) + _standalone_groups(doc)
    candidates += _without_overlaps([g for g in groups if not _same_span_as_any(g, candidates)])
    mentions = []
    for cand in sorted(candidates, key=lambda c: c.start):
        span = doc[cand.start : cand.end]
        mentions.append(
            MentionRecord(
                start=span.start_char,
                end=span.end_char,
                name=cand.name,
                key=cand.key,
                type=cand.label,
                stands_for=_stands_for(doc, span, cand, candidates),
                title_form=cand.title_form,
            )
        )
    return tuple(mentions)


def _joined_at_particles(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person's name the model cut at the particles of its surname ("Ursula von | der | Leyen", "Anna
    van | den | Berg", the last part often taken for a place) is one name: the particles and the
    capitalised word after them join the person."""
    joined: list[Span] = []
    taken = -1
    for ent in ents:
        if ent.start < taken:
            continue
        first = ent.end
        while first > ent.start + 1 and doc[first - 1].text in _SURNAME_PARTICLES:
            first -= 1  # particles the model kept at the end of the given name
        last = first
        while last < len(doc) and last - first < 3 and doc[last].text in _SURNAME_PARTICLES:
            last += 1  # lower case: a capitalised "Le" or "Da" after a name opens a word of its own
        if ent.label_ != "PERSON" or last == first or last >= len(doc) or not doc[last].is_title:
            joined.append(ent)
            continue
        after = next((e for e in ents if e.start == last), None)
        taken = max(last + 1, after.end if after is not None else 0)
        joined.append(Span(doc, ent.start, taken, label="PERSON"))
    return joined


def _split_at_possessive(doc: Doc, ent: Span) -> list[Span]:
    """An entity the model ran on past a possessive into a person's name ("The Bergen Post's Kari Lind")
    is two: the owner, a body, and the person, whose name opens with a given name."""
    for token in (t for t in ent[1:-2] if t.text in _POSSESSIVE):
        person = doc[token.i + 1 : ent.end]
        if given_name_gender(person[0].text) is not None and all(t.is_title for t in person):
            return [
                Span(doc, ent.start, token.i + 1, label="ORG"),
                Span(doc, person.start, ent.end, label="PERSON"),
            ]
    return [ent]


def _place_after_a_given_name(doc: Doc, cand: _Candidate) -> _Candidate:
    """A one-word place right after a given name is a person's surname the model took for the place
    ("Marta Paris, a former nurse": Paris, the given name often a place of its own to the model),
    unless the given name is a known place too ("Austin Texas") or follows another name's word ("New
    Hampton Paris"), though not a title's ("Air Marshal Angus Houston")."""
    if cand.label not in {"GPE", "LOC"} or cand.end - cand.start != 1 or cand.start == 0:
        return cand
    given = doc[cand.start - 1]
    if given.pos_ != "PROPN" or given.ent_type_ not in ("", cand.label) or gazetteer.place(given.text):
        return cand
    before = doc[cand.start - 2] if cand.start > 1 else None
    titled = before is not None and before.lower_ in _words.title_vocabulary()  # "Air Chief Marshal Angus"
    if given_name_gender(given.text) is None or (
        before is not None and before.pos_ == "PROPN" and not titled
    ):
        return cand
    name = f"{given.text} {cand.name}"
    return replace(cand, start=cand.start - 1, label="PERSON", name=name, key=name)


def _person_by_grammar(doc: Doc, cand: _Candidate) -> _Candidate:
    """A name the model typed as an organisation or facility that the text treats as a person's: "who"
    after it ("Montell Figgins, who represents Thomas,"), an age ("Ann Wilkins, 55,") or an office right
    before a name of two or more words ("executive chair Marcelo Claure"), or a person noun it stands
    beside ("One witness, Margot Lenz,"). Names of known organisations keep their type."""
    if cand.label not in {"ORG", "FAC"} or gazetteer.organisation(cand.name) is not None:
        return cand
    if _joined_by_a_preposition(cand.name):
        return cand  # "the head of the Savings Bank of Norway, who …": the "who" is the head
    if _named_body(doc[cand.start : cand.end]):
        return cand  # "U.S. Capitol Police, who worked with the FBI": police are "who" too
    before = doc[cand.start - 1] if cand.start > 0 else None
    if before is not None and before.lower_ in _words.titles() and len(cand.name.split()) > 1:
        return replace(cand, label="PERSON")
    if before is not None and before.text == "," and cand.start > 1 and len(cand.name.split()) > 1:
        described = doc[cand.start - 2]  # "One witness, Margot Lenz, said": the person the noun describes
        person = described.lemma_.lower() in lexicons.words("private_person_nouns.txt")
        if described.tag_ == "NN" and (person or described.lower_ in _words.titles()):
            return replace(cand, label="PERSON")
    after = [t.lower_ for t in doc[cand.end : cand.end + 3]]
    if after[:1] != [","] or len(after) < 2:
        return cand
    aged = after[1].isdigit() and len(after) > 2 and after[2] == "," and 0 < int(after[1]) < 120
    return replace(cand, label="PERSON") if after[1] == "who" or aged else cand


def _people_by_surname(doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
    """A lone surname the model typed as an organisation or facility ("Wilkins" after "Ann Wilkins") is a
    person's, one of those the article names in full with that surname; so is one it typed as a
    place that is no place the gazetteer knows ("Vestland"), or is a subject or an owner ("Paris said"
    after "Marta Paris"; not "moved to Paris")."""
    surnames: dict[str, set[str]] = {}
    for cand in candidates:
        words = cand.name.split()
        if cand.label == "PERSON" and len(words) > 1 and not _joined_by_a_preposition(cand.name):
            surnames.setdefault(words[-1], set()).add(cand.name)
    people = []
    for cand in candidates:
        named = cand.key == cand.name
        organisation = cand.label in {"ORG", "FAC"}
        as_name = doc[cand.end - 1].dep_ in _PERSON_DEPS or gazetteer.place(cand.name) is None
        place = cand.label in {"GPE", "LOC"} and as_name
        owners = surnames.get(cand.name, set()) if named and (organisation or place) else set()
        people.append(replace(cand, label="PERSON") if owners else cand)
    return people


def _joined_by_a_preposition(name: str) -> bool:
    """Whether a name joins its words with "of", "for" or "and", as an organisation's does ("Savings Bank
    of Norway") and a person's does not: its last word is no surname."""
    return any(word in ("of", "for", "and") for word in name.split()[1:-1])


def _organisations_by_last_word(candidates: list[_Candidate]) -> list[_Candidate]:
    """A lone word the model typed as a person that is the head noun ending the name of an organisation
    or a newspaper named before it is that organisation ("the Chronicle" after "the San Francisco
    Chronicle", "the Commission" after "the European Commission"), unless a person of that surname is
    named too. A person's name the model typed as an organisation ends in no such word."""
    surnames = {c.name.split()[-1] for c in candidates if c.label == "PERSON" and len(c.name.split()) > 1}
    heads = lexicons.words("organisation_heads.txt") | lexicons.words("newspaper_name_endings.txt")
    found: dict[str, _Candidate] = {}
    result = []
    for cand in sorted(candidates, key=lambda c: c.start):
        words = cand.name.split()
        if cand.label == "ORG" and len(words) > 1 and words[-1].lower() in heads:
            found.setdefault(words[-1], cand)
        owner = found.get(cand.name) if cand.label == "PERSON" and len(words) == 1 else None
        if owner is not None and cand.name not in surnames:
            cand = replace(cand, label="ORG", key=owner.key)
        result.append(cand)
    return result


def may_be_person(mention: MentionRecord) -> bool:
    """True for a person, or two to four capitalised words the gazetteer does not know that the model
    typed as a facility or organisation ("Antony Blinken" as FAC): a name whose office may show it is a
    person's."""
    if mention.type == "PERSON":
        return True
    words = mention.name.split()
    return (
        mention.type in {"FAC", "ORG"}
        and 2 <= len(words) <= 4
        and mention.key == mention.name
        and all(w[:1].isupper() and w[1:].islower() for w in words if w.isalpha())
    )


def _newspaper(span: Span) -> bool:
    """Whether a capitalised name of two words or more ends in a newspaper's last word ("Morning Herald")."""
    words = span.text.split()
    last = words[-1] if words else ""
    endings = lexicons.words("newspaper_name_endings.txt")
    return len(words) > 1 and last[:1].isupper() and last.lower() in endings


def _from_entity(doc: Doc, ent: Span) -> _Candidate | None:
    start, end = _trim(doc, ent.start, ent.end)
    # "The Foreign Office urged Britons": the model ran the name on past its verb
    end = next((t.i for t in doc[start + 1 : end] if t.pos_ == "VERB" and t.tag_ in _FINITE), end)
    start, end = _trim(doc, start, end)
    if start >= end:
        return None
    title_form = False
    while ent.label_ == "PERSON" and end - start > 1 and doc[start].tag_.startswith("VB"):
        start += 1  # "Hosting Cook": a name does not start with a verb
    while end - start > 1 and doc[start].lower_ in _words.honorifics():
        start += 1
        title_form = True
    while ent.label_ == "PERSON" and end - start > 1 and _leading_title(doc[start]):
        start += 1  # "President Donald Trump": the office is read by the roles extractor, not named
        title_form = title_form or end - start == 1
    label = ent.label_
    if label in ("EVENT", "FAC") and _newspaper(doc[start:end]):
        label = "ORG"  # "the Sydney Morning Herald", "the Jakarta Post": an outlet
    if title_form and label == "ORG":
        label = "PERSON"  # "Mr Varoufakis": a courtesy title names a person, whatever the model says
    if (person := _person_after_place(doc, start, end)) is not None:
        start, label = person, "PERSON"  # "(envoy to) Ukraine Kurt Volker", "Ukraine President Volodymyr X"
    end = _extend_known_organisation(doc, start, end)
    start = _known_name_start(doc, start, end)
    if label == "ORG" and _hyphenated_given_name_end(doc, start) == end - 1 and doc[end - 1].is_title:
        label = "PERSON"  # "Jean-Claude Juncker", which the model may type as an organisation
    personal = label == "PERSON" or (label == "ORG" and given_name_gender(doc[start].text) is not None)
    if personal and (facility := _facility_end(doc, start, end)) is not None:
        end, label = facility, "FAC"  # "Charles de Gaulle airport", "Georges Pompidou Hospital"
    if label == "PERSON":
        start = _extend_given_names(doc, start, end)
    if label == "PERSON" and _named_body(doc[start:end]):
        label = "ORG"  # "U.S. Capitol Police", which the model may type as a person
    span = doc[start:end]
    name = _surface(span)
    if _inside_title(doc, span) or name.lower() in lexicons.words("time_zones.txt"):
        return None  # "at 0030 GMT": a time zone, nobody's name
    if label == "PERSON" and end - start == 1 and start > 0 and _titled(doc[start - 1]):
        title_form = True
    if end - start > 1 and doc[start].lower_ in lexicons.words("street_words.txt"):
        return _Candidate(start, end, "FAC", name, name)  # "Rue de Rivoli", "Avenue Montaigne": a street
    if (group := _group_name(name)) is not None:
        return _Candidate(start, end, "GROUP", group.casefold(), group)
    if label == "NORP" or (label in {"PERSON", "ORG"} and _only_a_demonym(name)):
        return _norp(doc, span, name)  # "Greeks" is a people, whatever the model says
    found = gazetteer.place(name)
    if found is not None and _may_be_place(label, found, span):
        return _Candidate(start, end, found.type, found.name, name)
    org = gazetteer.organisation(name) or _party(name)
    if org is not None and (label != "PERSON" or _not_a_personal_name(doc, span)):
        return _Candidate(start, end, org.type, org.name, name)
    if label == "PERSON" and (not name[:1].isupper() or any(ch.isdigit() for ch in name)):
        return None  # "Nord Stream 2" is nobody's name
    if label == "ORG" and _DESIGNATOR.fullmatch(name):
        return None  # "MH370", "F-16": a flight or a model, no body (a known one, "G20", was found above)
    return _Candidate(start, end, label, name, name, title_form)


def _named_body(span: Span) -> bool:
    """Whether a name ends in a public body's word and starts with no given name ("U.S. Capitol Police",
    "the Ukrainian Navy"; not "Margaret Court")."""
    words = [t.text for t in span]
    heads = lexicons.words("public_body_heads.txt")
    return len(words) > 1 and words[-1].lower() in heads and given_name_gender(words[0]) is None


def _facility_end(doc: Doc, start: int, end: int) -> int | None:
    """Where a facility's name ends when a person's name is only its first part: the last of its three or
    more words, or the word after it, is a head of ``facility_heads.txt`` ("Charles de Gaulle airport",
    "Georges Pompidou Hospital"); else None."""
    heads = lexicons.words("facility_heads.txt")
    if end - start > 2 and doc[end - 1].lower_ in heads:
        return end  # three words at least: "Tom Hall" and "Anna Park" are people
    if end < len(doc) and doc[end].lower_ in heads and doc[end].pos_ in ("NOUN", "PROPN"):
        return end + 1
    return None


def _person_after_place(doc: Doc, start: int, end: int) -> int | None:
    """Where a person's name starts inside a name the model ran together with the state before it and
    perhaps a title ("Ukraine Kurt Volker", "Ukraine President Volodymyr Zelenskiy"): after a known
    country or curated place, the first word that is a given name, with at least a surname after it."""
    for size in (1, 2):
        place = gazetteer.place(_surface(doc[start : start + size]))
        if place is None or place.tier not in _TRUSTED_OVER_PERSON:
            continue
        first = start + size
        while first < end and _leading_title(doc[first]):
            first += 1
        if end - first >= 2 and given_name_gender(doc[first].text) is not None:
            return first
    return None


def _hyphenated_given_name_end(doc: Doc, start: int) -> int | None:
    """Where a given name of two hyphenated parts starting at ``start`` ends ("Jean-Claude", "Anne-Marie":
    capitalised words joined by a hyphen with no space, one of them a known given name), else None."""
    if (
        start + 2 >= len(doc)
        or doc[start + 1].text != "-"
        or doc[start].whitespace_
        or doc[start + 1].whitespace_
    ):
        return None
    parts = (doc[start], doc[start + 2])
    if not all(p.is_title and p.is_alpha for p in parts):
        return None
    return start + 3 if any(given_name_gender(p.text) is not None for p in parts) else None


def _with_hyphenated_given_name(doc: Doc, start: int) -> int:
    """Where a name starting at ``start`` starts with the first part of a hyphenated given name the model
    or parser left before it ("Jean-" before "Pierre Holm") taken in."""
    return start - 2 if start >= 2 and _hyphenated_given_name_end(doc, start - 2) == start + 1 else start


def _extend_given_names(doc: Doc, start: int, end: int) -> int:
    """Take in a given name the model left out ("Giorgos" before "Papadopoulos", "Jean-" before "Pierre
    Holm"): a capitalised proper noun joined to the name as a compound that is no title, honorific or other
    entity, or the first part of a hyphenated given name."""
    start = _with_hyphenated_given_name(doc, start)
    while start > 0:
        token = doc[start - 1]
        if not (
            token.pos_ == "PROPN"
            and token.dep_ == "compound"
            and start <= token.head.i < end
            and token.text[:1].isupper()
            and token.text[1:].islower()
            and not token.text.endswith(".")  # "Supt.": an abbreviated title, no given name
            and token.ent_type_ in {"", "PERSON"}
            and token.lower_ not in _words.name_stop_words()
        ):
            break
        start -= 1
    return start


def _extend_known_organisation(doc: Doc, start: int, end: int) -> int:
    """Take in the words the model cut off a known organisation's name: "the Organisation for Security
    and Co-operation" + "in Europe"."""
    for extra in (2, 3, 4):
        if end + extra > len(doc) or doc[end].lower_ not in {"in", "of", "for"}:
            break
        if gazetteer.organisation(_surface(doc[start : end + extra])) is not None:
            return end + extra
    return end


def _known_name_start(doc: Doc, start: int, end: int) -> int:
    """Take in the capitalised words the model cut off the front of a known organisation's or group's
    name: "Islamic" + "State" (the model tags the first a nationality, the second an organisation)."""
    for extra in (1, 2):
        first = start - extra
        if first < 0 or not doc[first].text[:1].isupper() or doc[first].lower_ in _TRIM_START:
            break
        name = _surface(doc[first:end])
        if gazetteer.organisation(name) is not None or _group_name(name) is not None:
            return first
    return start


def _only_a_demonym(name: str) -> bool:
    return (
        gazetteer.demonym(name) is not None
        and gazetteer.organisation(name) is None
        and gazetteer.place(name) is None
    )


def _party(name: str) -> gazetteer.Organisation | None:
    """A known party named with the word "party" after it: "the New Democracy party"."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() == "party":
        return gazetteer.organisation(" ".join(words[:-1]))
    return None


def _not_a_personal_name(doc: Doc, span: Span) -> bool:
    """A known organisation's name the model took for a person's: "the Bundestag", "NATO" (a person's
    name is neither preceded by "the" nor written in capitals), several words long, or one word no
    person is given ("Syriza")."""
    determined = any(child.dep_ == "det" for child in span.root.children)
    no_given_name = given_name_gender(span.text) is None and span.text[:1].isupper()  # "Syriza", not "Ford"
    return determined or span.text.isupper() or len(span) > 1 or no_given_name


def _may_be_place(label: str, found: gazetteer.Place, span: Span) -> bool:
    if label in {"GPE", "LOC"}:
        return True
    if label == "PERSON":
        return found.tier in _TRUSTED_OVER_PERSON and len(span) == 1 and not _part_of_a_full_name(span)
    return found.tier in _TRUSTED_OVER_PERSON or label in {"ORG", "FAC"}


def _part_of_a_full_name(span: Span) -> bool:
    """True when the word is part of a longer person's name in the same article: "Paris" after
    "Paris Hilton" is her, not the city."""
    word = span.text
    return any(
        ent.label_ == "PERSON" and len(ent) > 1 and word in {t.text for t in ent} for ent in span.doc.ents
    )


def _norp(doc: Doc, span: Span, name: str) -> _Candidate | None:
    """A people or nationality, as a noun ("the Russians") or an adjective ("Russian gas"), named by one
    key for both forms; or None for a word the model labels NORP that names no collective actor.

    The model gives NORP to any word of nationality, religion or politics, adjectives and prefixed forms
    included ("Churchillian", "Orthodox", "communist", "post-Soviet", "pro-Israeli"). A NORP mention is
    kept only as what it must be to stand for someone: a people or nationality the gazetteer knows (its
    adjective too: "Russian gas" names Russians as much as "the Russians" do), or a plural noun naming a
    collective the gazetteer does not list ("the Democrats", "the Greens", "Muslims"). A known
    organisation's name the model took for a NORP ("a Commons debate") is that organisation.
    """
    found = gazetteer.demonym(name)
    if found is None:
        org = gazetteer.organisation(name)
        if org is not None:
            return _Candidate(span.start, span.end, org.type, org.name, name)
        if not _plural_collective(span):
            return None
    key = f"{found.canonical if found else name}#people"
    return _Candidate(span.start, span.end, "NORP", key, name)


def _plural_collective(span: Span) -> bool:
    """True when a NORP name ends in a plural noun ("Democrats", "Kurds"): a collective of people.

    The tagger's plural tags are trusted, and so is a noun ending in a plural "s" ("the Greens" is often
    tagged singular); an adjective ("Democratic", "Islamic", "post-Soviet") or a singular noun ("a
    Democrat", "anti-Semitism") is no collective.
    """
    head = span[-1]
    if head.pos_ not in {"NOUN", "PROPN"}:
        return False
    word = head.text.casefold()
    return head.tag_ in {"NNS", "NNPS"} or (word.endswith("s") and not word.endswith("ss"))


def _groups(doc: Doc) -> list[_Candidate]:
    """Collective actors: a group noun led by a demonym, state or organisation ("Western diplomats")."""
    found = []
    nouns = _words.group_nouns()
    for token in doc:
        if token.lower_ not in nouns or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        modifiers = [t for t in token.lefts if t.dep_ in {"amod", "compound", "nmod", "poss"}]
        if not modifiers:
            continue
        start = min(t.i for t in modifiers)
        while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].lower_ not in _TRIM_START:
            start -= 1  # the whole name the modifier ends: "New York police", not "York police"
        while start < token.i and doc[start].is_punct:
            start += 1  # "those [port workers]": the bracket is no part of the name
        words = doc[start : token.i]
        if not all(_group_modifier(t) for t in words if not t.is_punct):
            continue
        if not any(t.ent_type_ or _actor_word(t) for t in words):
            continue
        end = token.i + 1
        name = _surface(doc[start:end])
        if doc[start].lower_ in _POSSESSIVE:
            continue
        found.append(_Candidate(start, end, "GROUP", name.casefold(), name))
    return found


def _group_modifier(token: Token) -> bool:
    """Words allowed before a group noun: names, actor words and title words ("eurozone *finance*")."""
    return (
        token.ent_type_ in {"NORP", "GPE", "ORG"}
        or _actor_word(token)
        or token.lower_ in _words.title_modifiers()
    )


def _actor_word(token: Token) -> bool:
    """A modifier that makes a group noun a collective actor on its own: "Government sources",
    "eurozone ministers" (a known place or body, even in lower case)."""
    if token.lower_ in {"government", "western", "allied", "opposition", "coalition"} | _POSSESSIVE:
        return True
    if gazetteer.demonym(token.text) is not None and token.text[:1].isupper():
        return True
    return gazetteer.place(token.text) is not None and token.pos_ in {"NOUN", "PROPN", "ADJ"}


def _untagged_organisations(doc: Doc, taken: list[_Candidate]) -> list[_Candidate]:
    """Organisations' names the model left untagged, known by their form: a capitalised phrase ending in
    an organisation's word ("the U.S. Attorney's Office for the Western District of New York"), or one
    a classing noun introduces ("the advocacy group Doctors for Camp Closure"). A name so found covers
    the places tagged inside it."""
    covered = _tokens_of(taken)
    heads, classifiers = (
        lexicons.words("organisation_heads.txt"),
        lexicons.words("organisation_classifiers.txt"),
    )
    found = _parties_before_party(doc, taken) + _described_organisations(doc, covered)
    for token in doc:
        if token.i in covered or not _capitalised_word(token) or token.is_sent_start:
            continue
        if token.lower_ in heads and token.tag_ in {"NNP", "NNPS"}:
            start = _name_start(doc, token.i, covered)
        elif doc[token.i - 1].lower_ in classifiers and doc[token.i - 1].tag_ in {"NN", "NNS"}:
            start = token.i  # "the group Doctors for Camp Closure"
        else:
            continue
        end = _name_end(doc, token.i + 1)
        if end - start >= 2 and not any(
            start <= c.start and c.end <= end and c.label == "PERSON" for c in taken
        ):
            name = _surface(doc[start:end])
            found.append(_Candidate(start, end, "ORG", name, name))
    return _without_overlaps(found)


def _described_organisations(doc: Doc, covered: set[int]) -> list[_Candidate]:
    """Capitalised names an apposition describes as an organisation ("Eagles of Death Metal, an American
    rock band that …", "a group of physicians, Doctors for Camp Closure,"; ``organisation_classifiers.txt``
    and ``company_nouns.txt``)."""
    kinds = lexicons.words("organisation_classifiers.txt") | lexicons.words("company_nouns.txt") | {"band"}
    found = []
    i = 0
    while i < len(doc):
        if i in covered or not _capitalised_word(doc[i]) or (i > 0 and _capitalised_word(doc[i - 1])):
            i += 1
            continue
        end = _name_end(doc, i + 1)
        named = end - i >= 2 and not any(j in covered for j in range(i, end))
        described = end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("a", "an", "the")
        kind = described and any(t.lower_ in kinds and t.dep_ != "compound" for t in doc[end + 2 : end + 6])
        root = doc[i:end].root
        # "A group of physicians, Doctors for Camp Closure, is urging …": the name the kind describes
        kind = kind or (root.dep_ == "appos" and root.head.lemma_.lower() in kinds and doc[i - 1].text == ",")
        if named and kind and given_name_gender(doc[i].text) is None:
            name = _surface(doc[i:end])
            found.append(_Candidate(i, end, "ORG", name, name))
        i = max(end, i + 1)
    return found


def _parties_before_party(doc: Doc, taken: list[_Candidate]) -> list[_Candidate]:
    """A party named by the capitalised words before a lower-case "party" ("the small Democratic Left
    party said"), where the model tagged only part of it or none; not a person's name ("the Smith
    party")."""
    people = {i for cand in taken if cand.label == "PERSON" for i in range(cand.start, cand.end)}
    found = []
    for token in doc:
        if token.text != "party" or token.i == 0:
            continue
        start = token.i
        while start > 0 and _capitalised_word(doc[start - 1]) and not doc[start - 1].is_sent_start:
            start -= 1
        dated = any(t.ent_type_ in ("DATE", "TIME", "EVENT") for t in doc[start : token.i])  # "Christmas"
        if start < token.i and not dated and not people & set(range(start, token.i)):
            name = _surface(doc[start : token.i])
            found.append(_Candidate(start, token.i, "ORG", name, name))
    return found


def _untagged_sources(doc: Doc, taken: list[_Candidate]) -> list[_Candidate]:
    """Sources the model left untagged, known by where they stand: a proper name that reports ("Politico
    reported", "according to Enet.gr", "information acquired by Enet.gr") or issues what reports
    ("MarketAxess data showed"). A name that says something is someone's; left out, its words had no
    speaker."""
    covered = _tokens_of(taken)
    reporting = lexicons.words("reporting_verbs.txt")
    documents = lexicons.words("document_nouns.txt")
    found = []
    for token in doc:
        if token.i in covered or token.pos_ != "PROPN" or not token.text[:1].isupper():
            continue
        if any(child.dep_ == "compound" for child in token.rights) or (
            token.dep_ == "compound" and token.head.pos_ == "PROPN"
        ):
            continue  # only a name's last word places it
        head = token.head
        speaks = token.dep_ == "nsubj" and head.lemma_.lower() in reporting
        cited = _according_to(token)
        issues = (token.dep_ == "compound" and head.lemma_.lower() in documents) or (
            token.dep_ == "pobj" and head.dep_ == "agent" and head.head.head.lemma_.lower() in documents
        )
        if not (speaks or cited or issues):
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
            start -= 1
        # "Jean-Pierre Holm said": the parser joins only "Pierre" to "Holm"
        given = (extended := _with_hyphenated_given_name(doc, start)) < start
        start = extended
        if start == token.i and token.is_sent_start:
            continue  # one capitalised word opening a sentence may be no name
        if any(i in covered for i in range(start, token.i + 1)):
            continue
        honoured = doc[start].lower_ in _words.honorifics() and start < token.i
        start += honoured  # "Mr Varoufakis wrote": a person, named without the courtesy title
        words = {word.lower_ for word in doc[start : token.i + 1]}
        if words & (_words.title_vocabulary() | _words.titles() | _words.title_abbreviations().keys()):
            continue  # "the Foreign Secretary said", "the PM said": an office, for the description reader
        name = _surface(doc[start : token.i + 1])
        label = "PERSON" if honoured or given else "ORG"
        found.append(_Candidate(start, token.i + 1, label, name, name, title_form=honoured))
    return found


def _according_to(token: Token) -> bool:
    """The source "according to" cites: its object, or whoever issued it ("according to information
    acquired by Enet.gr", "according to Enet.gr data")."""
    for _ in range(4):
        if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
            return True
        if token.dep_ not in ("pobj", "agent", "acl", "compound") or token.head == token:
            return False
        token = token.head
    return False


def _name_start(doc: Doc, head: int, covered: set[int]) -> int:
    """The first word of an organisation's name ending at ``head``: capitalised words and the possessive
    of one the model left untagged ("U.S. Attorney's"); a tagged possessor is the owner, not the name
    ("Russia's Interior Office")."""
    start = head
    while start > 0:
        before = doc[start - 1]
        if before.text in _POSSESSIVE and start > 1 and _capitalised_word(doc[start - 2]):
            if start - 2 in covered:
                break
            start -= 2
        elif _capitalised_word(before) and not before.is_sent_start:
            start -= 1
        else:
            break
    return start


def _name_end(doc: Doc, end: int) -> int:
    """The end of a name continued by capitalised words and by "for", "of" or "on" before more of them
    ("… Office for the Western District of New York")."""
    while end < len(doc) and _capitalised_word(doc[end]):
        end += 1
    while end + 1 < len(doc) and doc[end].lower_ in {"for", "of", "on"}:
        after = end + 1 + (doc[end + 1].lower_ == "the")
        if after >= len(doc) or not _capitalised_word(doc[after]):
            break
        end = after
        while end < len(doc) and _capitalised_word(doc[end]):
            end += 1
    return end


def _capitalised_word(token: Token) -> bool:
    """A capitalised word or abbreviation ("Office", "U.S.")."""
    return token.text[:1].isupper() and (token.is_alpha or "." in token.text)


def _untagged_people(doc: Doc, taken: list[_Candidate]) -> list[_Candidate]:
    """Names the model missed that the text marks as people by an office, an honorific or an age next to
    them ("Yanis Varoufakis, the finance minister,", "Finance Minister Yanis Varoufakis", "Samy Amimour,
    28,"), and the same full name wherever else the article writes it."""
    covered = _tokens_of(taken)
    found = []
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and end - i < 4 and _name_word(doc[end]) and end not in covered:
            end += 1
        titled = i > 0 and _titled(doc[i - 1])
        if end - i >= 2 and (titled or _office_follows(doc, end) or _age_follows(doc, end)):
            name = _surface(doc[i:end])
            found.append(_Candidate(i, end, "PERSON", name, name))
            covered.update(range(i, end))
            i = end
        else:
            i = max(end, i + 1)
    return found + _written_again(doc, found, covered)


def _age_follows(doc: Doc, end: int) -> bool:
    """ ", 28," / ", 28" closing a line: an age in apposition, which only a person has."""
    if end + 1 >= len(doc) or doc[end].text != "," or not doc[end + 1].like_num:
        return False
    if not doc[end + 1].text.isdigit() or not 0 < int(doc[end + 1].text) < 120:
        return False
    after = doc[end + 2] if end + 2 < len(doc) else None
    return after is None or after.text == "," or after.is_space or "\n" in doc[end + 1].whitespace_


def _written_again(doc: Doc, people: list[_Candidate], covered: set[int]) -> list[_Candidate]:
    """Every other place the article writes the full name of a person found above ("Samy Amimour, 28"
    as a heading, then "Samy Amimour was born in Paris")."""
    if not people:
        return []
    words = {tuple(t.text for t in doc[p.start : p.end]): p for p in people}
    found = []
    for i in range(len(doc)):
        for name, person in words.items():
            end = i + len(name)
            written = end <= len(doc) and tuple(t.text for t in doc[i:end]) == name
            if written and not any(j in covered for j in range(i, end)):
                found.append(replace(person, start=i, end=end))
                covered.update(range(i, end))
    return found


def _untagged_surnames(doc: Doc, taken: list[_Candidate]) -> list[_Candidate]:
    """A surname the model left untagged ("Volker later said …") where the article names one person with
    it in full ("Kurt Volker", also written "Kurt Völker"): that person, as the model's own tagged surnames
    are."""
    owners: dict[str, set[str]] = {}
    for cand in taken:
        words = cand.name.split()
        if cand.label == "PERSON" and len(words) > 1:
            owners.setdefault(words[-1], set()).add(name_key(cand.name))  # "François" is "Francois"
    covered = _tokens_of(taken)
    found = []
    for token in doc:
        if token.i in covered or len(owners.get(token.text, ())) != 1 or not _used_as_name(token):
            continue  # "Little is known" after "John Little": no name
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.text[:1].isupper() and after.pos_ == "PROPN":
            continue  # "the Volker Foundation": part of another name
        found.append(_Candidate(token.i, token.i + 1, "PERSON", token.text, token.text))
    return found


def _used_as_name(token: Token) -> bool:
    """Whether a word may be a name by its part of speech: a proper noun, or a word the tagger took for a
    verb or a common noun that still plays a noun's part ("Rathbun requested …", parsed as a verb that is
    the subject)."""
    if token.pos_ == "PROPN":
        return True
    return token.pos_ in ("NOUN", "VERB") and token.dep_ in _AGENTIVE_DEPS | {"pobj"} and not token.is_lower


def _name_word(token: Token) -> bool:
    return (
        token.pos_ == "PROPN"
        and not token.ent_type_
        and token.text[:1].isupper()
        and token.text[1:].islower()
        and token.lower_ not in _words.name_stop_words()
        and gazetteer.place(token.text) is None
        and gazetteer.organisation(token.text) is None
    )


def _office_follows(doc: Doc, end: int) -> bool:
    """ ", the finance minister," / ", a shipping executive": an apposition whose next words hold a title."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in {"the", "a", "an"}:
        return False
    return any(t.lower_ in _words.titles() for t in doc[end + 2 : end + 6])


def _standalone_groups(doc: Doc) -> list[_Candidate]:
    """Collective actors named by a plural noun alone after "the": "the creditors", "the separatists"."""
    nouns = lexicons.words("standalone_groups.txt")
    found = []
    for token in doc:
        if token.lower_ not in nouns or token.i == 0 or doc[token.i - 1].lower_ != "the":
            continue
        if not any(t.dep_ in {"amod", "compound", "poss"} for t in token.lefts):
            found.append(_Candidate(token.i, token.i + 1, "GROUP", token.lower_, token.lower_))
    return found


def _tokens_of(candidates: list[_Candidate]) -> set[int]:
    """The token indices the candidates cover."""
    return {i for cand in candidates for i in range(cand.start, cand.end)}


def _untagged_peoples(doc: Doc, taken: list[_Candidate]) -> list[_Candidate]:
    """A people named by its plural the model did not tag ("Greeks voted to reject the terms"): a party
    where it is a clause's subject or object, as "Swedes" is when the model tags it."""
    covered = _tokens_of(taken)
    found = []
    for token in doc:
        plural = token.tag_ in ("NNPS", "NNS") and token.text[:1].isupper() and token.text.endswith("s")
        arguing = token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj")
        if token.i in covered or not plural or not arguing or gazetteer.demonym(token.text) is None:
            continue
        if (cand := _norp(doc, doc[token.i : token.i + 1], token.text)) is not None:
            found.append(cand)
    return found


def _missed_names(doc: Doc, taken: list[_Candidate]) -> list[_Candidate]:
    """Curated places and organisation aliases the model did not tag at all ("Donbas", "Nato")."""
    covered = _tokens_of(taken)
    found = []
    starts = _name_first_words()
    i = 0
    while i < len(doc):
        if i in covered or not doc[i].text[:1].isupper() or doc[i].text.casefold() not in starts:
            i += 1
            continue
        if _inside_foreign_name(doc, i):
            i += 1
            continue
        for size in range(min(_MAX_NAME_TOKENS, len(doc) - i), 0, -1):
            span = doc[i : i + size]
            if any(j in covered for j in range(i, i + size)) or not span[-1].text[:1].isalnum():
                continue
            cand = _known_name(span)
            if cand is not None:
                found.append(cand)
                i += size
                break
        else:
            i += 1
    return found


def _inside_foreign_name(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` ends a longer name after a foreign joiner ("Stade de France")."""
    return i > 1 and doc[i - 1].lower_ in _NAME_JOINERS and doc[i - 2].text[:1].isupper()


def _known_name(span: Span) -> _Candidate | None:
    name = _surface(span)
    place = gazetteer.place(name)
    if place is not None and place.tier in _TRUSTED_OVER_PERSON:
        return _Candidate(span.start, span.end, place.type, place.name, name)
    org = gazetteer.organisation(name)
    if org is not None and (name.isupper() or (name[:1].isupper() and len(name) > 3)):
        return _Candidate(span.start, span.end, org.type, org.name, name)
    if (group := _group_name(name)) is not None and name[:1].isupper():
        return _Candidate(span.start, span.end, "GROUP", group.casefold(), group)
    return None


def _same_span_as_any(cand: _Candidate, others: list[_Candidate]) -> bool:
    return any(cand.start == o.start and cand.end == o.end for o in others)


def _without_overlaps(candidates: list[_Candidate]) -> list[_Candidate]:
    """Keep the longest of overlapping mentions."""
    kept: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), c.start)):
        if all(cand.end <= other.start or cand.start >= other.end for other in kept):
            kept.append(cand)
    return kept


def _stands_for(doc: Doc, span: Span, cand: _Candidate, everything: list[_Candidate]) -> str | None:
    """What a metonym stands for in this sentence, or None when it is used as a place."""
    entry = _metonyms().get(cand.key)
    if entry is None:
        return None
    referents, kind = entry
    if _locative(span.root, kind):
        return None
    if len(referents) == 1:
        return referents[0]
    sentence = span.sent
    named = {c.key for c in everything if sentence.start <= c.start < sentence.end}
    return next((r for r in referents if r in named), None)


def _locative(token: Token, kind: str) -> bool:
    """True when the name is where something happens ("in Moscow", "flew to Moscow")."""
    while token.dep_ == "conj":
        token = token.head
    if token.dep_ == "compound" and kind == "capital":
        return True
    if token.dep_ == "pobj":
        prep = token.head
        word = prep.lower_
        if word in _LOCATIVE:
            return True
        if word in _DIRECTIONAL:
            return prep.head.pos_ in {"VERB", "AUX"} and kind == "capital"
        return False
    if kind == "seat":
        return False
    return token.dep_ not in _AGENTIVE_DEPS


def _inside_title(doc: Doc, span: Span) -> bool:
    """True for words the model took for a name inside a title: "Secretary of *State*", "the *Defence*
    Secretary" (title words only, right before another title word)."""
    if len(span) == 1 and span.start >= 2:
        phrase = " ".join(t.lower_ for t in doc[max(0, span.start - 3) : span.end])
        if any(phrase.endswith(title) and " " in title for title in _words.titles()):
            return True
    words = _words.title_and_modifier_words()
    following = doc[span.end] if span.end < len(doc) else None
    return (
        all(t.lower_ in words for t in span) and following is not None and following.lower_ in _words.titles()
    )


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    if end - start > 2 and doc[start].pos_ == "ADV" and doc[start + 1].text == ",":
        start += 2  # "Later, Nordlys": the adverb that opens the sentence is no part of the name
    while start < end and (doc[start].lower_ in _TRIM_START | _POSSESSIVE or doc[start].is_punct):
        start += 1  # "the city's Vestre prison" may come out as "'s Vestre prison"
    opened = next((i for i in range(start + 1, end) if doc[i].text == "("), None)
    if opened is not None and not any(doc[i].text == ")" for i in range(opened, end)):
        end = opened  # "the Coastal Safety Authority (Ncsa": the acronym in brackets is another mention
    while end > start and (
        doc[end - 1].lower_ in _POSSESSIVE or doc[end - 1].is_punct or doc[end - 1].text in _TRIM_END
    ):
        end -= 1
    return start, end


def _surface(span: Span) -> str:
    return " ".join(span.text.split())


def _leading_title(token: Token) -> bool:
    """A capitalised title word at the start of a person's name as the model tagged it ("President",
    "Supt.")."""
    titles = _words.title_and_modifier_words()
    return token.text[:1].isupper() and (
        token.lower_ in titles or token.lower_ in _words.title_abbreviations()
    )


def _titled(token: Token) -> bool:
    return token.lower_ in _words.honorifics() or (
        token.text[:1].isupper() and token.lower_ in _words.titles()
    )


def _group_name(name: str) -> str | None:
    return _collectives().get(name.casefold())


@cache
def _collectives() -> dict[str, str]:
    return {name.casefold(): canonical for name, canonical, _country in lexicons.table("groups.tsv", 3)}


@cache
def _name_first_words() -> frozenset[str]:
    """First words of every name the missed-name scan looks for: places, organisations, collectives."""
    return gazetteer.first_words() | frozenset(name.split()[0] for name in _collectives())


@cache
def _metonyms() -> dict[str, tuple[tuple[str, ...], str]]:
    return {
        name: (tuple(referents.split("|")), kind)
        for name, referents, kind in lexicons.table("metonyms.tsv", 3)
    }
