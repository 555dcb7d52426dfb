"""Offices people hold, as the text states them next to their names.

Three forms cover most news copy:
- a title before the name: "Ukraine's foreign minister Dmytro Kuleba", "then-Secretary of State John
  Kerry", "American academic Walter Russell Mead";
- an apposition after it: "Liz Truss, the Foreign Secretary," or "Keir Giles, senior consulting fellow,
  Russia and Eurasia Programme at Chatham House" (and without the comma: "Dr X an associate at Y");
- a title set off before it: "the Foreign Secretary, Liz Truss,".
The organisation or state is read from a possessive ("Nato's"), a demonym or state before the title
("German Chancellor", "US ambassador") or a phrase after it ("of NATO", "to the OSCE", "at Chatham
House"). "former", "ex-" and "then-" make the office a former one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from sitroom import gazetteer
from sitroom.extract import _words
from sitroom.extract.entities import may_be_person
from sitroom.types import MentionRecord, RoleRecord

_MAX_TITLE_TOKENS = 6
_MAX_APPOSITION_TOKENS = 25
_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "your", "my"}
_APPOSITION_STOP = {",", ";", ":", "(", ")", "—", "–", ".", "!", "?", "who", "which", "that", "whose", "said"}
_ORG_PREPOSITIONS = {"of", "to", "at", "for", "in", "from", "with"}
_POSSESSIVE = {"'s", "’s"}
_TITLE_SEPARATORS = re.compile(r"[\s\-‐‑–]+")
_APPOINTED = {"sworn", "appointed", "named", "elected", "installed", "made", "promoted", "became", "becomes"}
# Words between "who" and the title in a relative clause stating an office.
_RELATIVE_WORDS = _APPOINTED | {
    "is",
    "was",
    "has",
    "had",
    "been",
    "now",
    "currently",
    "in",
    "as",
    "also",
    "still",
}


@dataclass(frozen=True, slots=True)
class _Title:
    """A title found in the token stream: where its words are and what they say."""

    start: int  # first token of the whole phrase, modifiers and former marker included
    end: int  # one past the head word
    words_start: int  # first token of the title words proper ("deputy foreign minister")
    former: bool


def office_key(title: str) -> str:
    """The form two statements of an office are compared in: case-folded, hyphens and spaces alike.

    News writes one office many ways ("Secretary-General", "secretary-general", "Secretary General"); a
    reader should see it once. Each statement keeps its own words and span; only comparisons use this.
    """
    return " ".join(_TITLE_SEPARATORS.split(title.casefold())).strip()


def extract_roles(doc: Doc, mentions: tuple[MentionRecord, ...]) -> tuple[RoleRecord, ...]:
    """The offices stated for each person mentioned in ``doc``, in text order."""
    by_token = _mention_tokens(doc, mentions)
    roles: list[RoleRecord] = []
    for mention in mentions:
        if not may_be_person(mention):
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        for title, org_token in _titles_for(doc, span, by_token):
            roles.append(_record(doc, mention, title, org_token, by_token))
    return tuple(sorted(set(roles), key=lambda r: (r.start, r.holder_start)))


def _titles_for(
    doc: Doc, person: Span, by_token: dict[int, MentionRecord]
) -> list[tuple[_Title, Token | None]]:
    found = []
    before = _title_before(doc, person.start, by_token) or _shared_plural_title(doc, person, by_token)
    if before is not None:
        found.append(before)
    found.extend(_apposition_after(doc, person.end, by_token))
    return found


def _shared_plural_title(
    doc: Doc, person: Span, by_token: dict[int, MentionRecord]
) -> tuple[_Title, Token | None] | None:
    """The title a plural noun gives every name it heads a list of: "journalists Peter Haas and
    Tomas Lind" makes the second a journalist as well as the first."""
    first = person.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first == person.root or first.i not in by_token:
        return None
    span = doc.char_span(by_token[first.i].start, by_token[first.i].end, alignment_mode="expand")
    before = _title_before(doc, span.start, by_token) if span is not None else None
    return before if before is not None and doc[before[0].end - 1].tag_ == "NNS" else None


def _title_before(
    doc: Doc, start: int, by_token: dict[int, MentionRecord]
) -> tuple[_Title, Token | None] | None:
    """A title right before the name ("foreign minister Sergei Lavrov"), or set off by a comma ("the
    Foreign Secretary, Liz Truss"; "The head of the European Commission, Jean-Claude Juncker")."""
    end = start
    if end > 0 and doc[end - 1].text == ",":
        end -= 1
        if end > 0 and doc[end - 1].ent_type_ == "PERSON":
            return None
    title = _title_ending_at(doc, end, by_token)
    org_phrase_end = end
    if title is None and end != start:
        title = _title_before_organisation(doc, end, by_token)
    if title is None:
        return None
    if end != start and not _opens_apposition(doc, title.start):
        return None
    org = _org_before(doc, title, by_token) or _antecedent_of_whose(doc, title.start, by_token)
    if org is None and end != start:
        org = _org_after(doc, title.end, org_phrase_end, by_token)
    return title, org


def _title_before_organisation(doc: Doc, end: int, by_token: dict[int, MentionRecord]) -> _Title | None:
    """A title whose organisation follows it before the comma: "The head of the European Commission,"."""
    for j in range(end - 1, max(0, end - 8), -1):
        if doc[j].lower_ in {"of", "at"}:
            between = doc[j + 1 : end]
            if all(t.i in by_token or t.lower_ == "the" for t in between):
                return _title_ending_at(doc, j, by_token)
            return None
    return None


def _antecedent_of_whose(doc: Doc, start: int, by_token: dict[int, MentionRecord]) -> Token | None:
    """The organisation a "whose" before the title refers to: "the IMF, whose managing director X"."""
    if start >= 3 and doc[start - 1].lower_ == "whose" and doc[start - 2].text == ",":
        antecedent = doc[start - 3]
        if antecedent.i in by_token and by_token[antecedent.i].type in {"GPE", "ORG"}:
            return antecedent
    return None


def _apposition_after(
    doc: Doc, end: int, by_token: dict[int, MentionRecord]
) -> list[tuple[_Title, Token | None]]:
    """Titles in the phrase after the name: "Liz Truss, the Foreign Secretary," and its "and" chains."""
    i = end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    elif not (i < len(doc) and doc[i].lower_ in {"a", "an", "the"}):
        return []
    if i < len(doc) and doc[i].lower_ == "who":
        relative = _relative_title(doc, i + 1, by_token)
        return [relative] if relative is not None else []
    limit = _apposition_end(doc, i)
    found: list[tuple[_Title, Token | None]] = []
    while i < limit:
        title = _title_starting_at(doc, i, limit, by_token)
        if title is None:
            break
        if title.end < len(doc) and title.end in by_token and may_be_person(by_token[title.end]):
            break  # "Andrew, Queen Elizabeth II's third child": the title is the next person's
        part_end = _next_conjunct(doc, title.end, limit)
        org = _org_before(doc, title, by_token) or _org_after(doc, title.end, part_end, by_token)
        if org is None and part_end == limit and limit < len(doc) and doc[limit].text == ",":
            org = _org_continuation(doc, limit + 1, by_token)  # "fellow, Russia Programme at Chatham House"
        found.append((title, org))
        i = part_end + 1  # past "and"
    if found and limit + 1 < len(doc) and doc[limit].text == "," and doc[limit + 1].lower_ == "who":
        relative = _relative_title(doc, limit + 2, by_token)  # "X, Greece's negotiator, who was sworn in as"
        if relative is not None:
            found.append(relative)
    return found


def _relative_title(
    doc: Doc, i: int, by_token: dict[int, MentionRecord]
) -> tuple[_Title, Token | None] | None:
    """An office in a relative clause: "X, who was sworn in as finance minister", "X, who is the head of Y".

    A bare past copula ("who was finance minister") states a former office; an appointment
    ("sworn in as", "was named") or a present one states a current office.
    """
    current = True
    while i < len(doc) and doc[i].lower_ in _RELATIVE_WORDS:
        if doc[i].lower_ in {"was", "had"} and not any(t.lower_ in _APPOINTED for t in doc[i : i + 4]):
            current = False
        i += 1
    limit = _apposition_end(doc, i)
    title = _title_starting_at(doc, i, limit, by_token)
    if title is None:
        return None
    org = _org_before(doc, title, by_token) or _org_after(doc, title.end, limit, by_token)
    return _Title(title.start, title.end, title.words_start, title.former or not current), org


def _apposition_end(doc: Doc, i: int) -> int:
    limit = min(len(doc), i + _MAX_APPOSITION_TOKENS)
    for j in range(i, limit):
        token = doc[j]
        if token.lower_ in _APPOSITION_STOP or (token.is_sent_start and j > i):
            return j
        if token.pos_ in {"VERB", "AUX"} and not _in_title_lexicons(token) and not token.ent_type_:
            return j
    return limit


def _next_conjunct(doc: Doc, i: int, limit: int) -> int:
    """Where the phrase for one title ends: at "and" followed by another title, else at ``limit``."""
    for j in range(i, limit):
        if doc[j].lower_ == "and" and _title_starting_at(doc, j + 1, limit, {}) is not None:
            return j
    return limit


def _title_starting_at(doc: Doc, i: int, limit: int, by_token: dict[int, MentionRecord]) -> _Title | None:
    """The longest title whose phrase starts at token ``i`` (after an optional determiner), if any."""
    if i < limit and doc[i].lower_ in _DETERMINERS:
        i += 1
    best = None
    for end in range(i + 1, min(limit, i + _MAX_TITLE_TOKENS + 3) + 1):
        title = _title_ending_at(doc, end, by_token)
        if title is not None and title.start <= i:
            best = _Title(i, title.end, max(title.words_start, i), title.former)
        token = doc[end - 1]
        if not (_may_precede_title(doc, token, by_token) or token.lower_ == "of" or _noun_compound(token)):
            break
    return best


def _title_ending_at(doc: Doc, end: int, by_token: dict[int, MentionRecord]) -> _Title | None:
    """The title phrase whose head word is token ``end - 1``, extended left over its modifiers."""
    head_start = _head_match(doc, end)
    if head_start is None:
        return None
    words_start = head_start
    i = head_start
    former = False
    while i > 0:
        token = doc[i - 1]
        if token.text == "-" and i > 1 and doc[i - 2].lower_ in _words.former_markers():
            former = True
            i -= 2
            continue
        if token.lower_ in _words.former_markers():
            former = True
            i -= 1
            continue
        in_title = token.i not in by_token or by_token[token.i].type not in {"ORG", "GPE"}
        if in_title and (token.lower_ in _words.title_and_modifier_words() or _noun_compound(token)):
            if words_start == i:  # title words are contiguous with the head: "former NSC *official*"
                words_start = i - 1
            i -= 1
            continue
        if _may_precede_title(doc, token, by_token) and token.lower_ not in _DETERMINERS:
            i -= 1
            continue
        break
    while i < words_start and (doc[i].is_punct or doc[i].lower_ in _POSSESSIVE):
        i += 1
    return _Title(i, end, words_start, former)


def _noun_compound(token: Token) -> bool:
    """A lower-case noun qualifying a title: "a *shipping* executive", "the *union* leader"."""
    return token.pos_ == "NOUN" and token.dep_ == "compound" and token.text.islower()


def _head_match(doc: Doc, end: int) -> int | None:
    """Start of the longest title-lexicon phrase ending at token ``end - 1`` ("secretary of state"), or of
    an abbreviated title ("Rep.")."""
    best = None
    for start in range(max(0, end - 5), end):
        if _normalise(doc[start:end]) in _words.titles():
            best = start if best is None else min(best, start)
    if best is None and end > 0 and doc[end - 1].lower_ in _words.title_abbreviations():
        return end - 1  # "Rep. Ilhan Omar", "Sen. Warren": an abbreviated title
    if best is None and end > 0 and _plural_title(doc[end - 1]) and _heads_a_list(doc, end):
        return end - 1  # "journalists Peter Haas and Tomas Lind": each a journalist
    if best is None:
        return None
    if doc[end - 1].pos_ not in {"NOUN", "PROPN", "ADJ"} and doc[end - 1].text != "-":
        return None
    return best


def _plural_title(token: Token) -> bool:
    return token.tag_ == "NNS" and token.lemma_.lower() in _words.titles()


def _heads_a_list(doc: Doc, end: int) -> bool:
    """Whether the name right after a plural title has a name coordinated with it ("Haas and
    Lind"): a plural before one name alone is no title of it ("officials Peter Haas")."""
    return (
        end < len(doc)
        and doc[end].ent_type_ == "PERSON"
        and any(t.dep_ == "conj" and t.ent_type_ == "PERSON" for t in doc[end].head.children)
    )


def _may_precede_title(doc: Doc, token: Token, by_token: dict[int, MentionRecord]) -> bool:
    """Words that may stand in a title phrase before its head: states, demonyms, parties, hyphens."""
    if (
        token.lower_ in _words.title_modifiers()
        or token.lower_ in _words.titles()
        or token.lower_ in _words.former_markers()
    ):
        return True
    if token.text == "-" or token.lower_ in _POSSESSIVE:
        return True
    if token.i in by_token and by_token[token.i].type in {"GPE", "ORG", "NORP", "GROUP"}:
        return True
    if token.ent_type_ in {"NORP", "GPE", "ORG"}:
        return True
    return token.text[:1].isupper() and token.pos_ in {"ADJ", "PROPN"} and token.ent_type_ != "PERSON"


def _in_title_lexicons(token: Token) -> bool:
    return token.lower_ in _words.titles() or token.lower_ in _words.title_modifiers()


def _opens_apposition(doc: Doc, start: int) -> bool:
    """A title set off before a name starts a clause or follows a determiner: "the Foreign Secretary,"."""
    if start == 0 or doc[start].is_sent_start:
        return True
    previous = doc[start - 1]
    return (
        previous.lower_ in _DETERMINERS
        or previous.pos_ in {"ADP", "VERB", "CCONJ", "SCONJ"}
        or previous.is_punct
    )


def _org_before(doc: Doc, title: _Title, by_token: dict[int, MentionRecord]) -> Token | None:
    """A state or organisation inside the title phrase: "Nato's Secretary-General", "US ambassador"."""
    for token in doc[title.start : title.end]:
        if token.i in by_token and by_token[token.i].type in {"GPE", "ORG"}:
            return token
        if token.ent_type_ in {"NORP", "GPE", "ORG"} and _org_name(token, by_token) is not None:
            return token
    return None


def _org_after(doc: Doc, i: int, limit: int, by_token: dict[int, MentionRecord]) -> Token | None:
    """The organisation in a phrase after the title: "of NATO", "to the OSCE", "at Chatham House"."""
    if i >= limit or doc[i].lower_ not in _ORG_PREPOSITIONS:
        return None
    orgs = [t for t in doc[i:limit] if t.i in by_token and by_token[t.i].type in {"GPE", "ORG"}]
    if doc[i].lower_ in {"at", "in"}:
        # Where someone works is an organisation; "an executive in Genoa" only says where.
        bodies = [t for t in orgs if by_token[t.i].type == "ORG"]
        return bodies[-1] if bodies else None
    return orgs[0] if orgs else None


def _org_continuation(doc: Doc, i: int, by_token: dict[int, MentionRecord]) -> Token | None:
    """An organisation set off after a comma with no verb: ", Eurasia Programme at Chatham House"."""
    limit = _apposition_end(doc, i)
    if limit - i > 12 or not any(doc[j].lower_ in {"at", "of"} for j in range(i, limit)):
        return None
    orgs = [t for t in doc[i:limit] if t.i in by_token and by_token[t.i].type == "ORG"]
    return orgs[-1] if orgs else None


def _record(
    doc: Doc,
    person: MentionRecord,
    title: _Title,
    org_token: Token | None,
    by_token: dict[int, MentionRecord],
) -> RoleRecord:
    words = doc[title.words_start : title.end]
    phrase = doc[title.start : title.end]
    text, head = words.text, words[-1]
    if _plural_title(head):  # "journalists Haas and Lind": each a journalist
        text = text[: len(text) - len(head.text)] + head.lemma_
    return RoleRecord(
        holder_start=person.start,
        holder_end=person.end,
        title=" ".join(text.split()),
        org=_org_name(org_token, by_token) if org_token is not None else None,
        current=not title.former,
        start=phrase.start_char,
        end=phrase.end_char,
    )


def _org_name(token: Token, by_token: dict[int, MentionRecord]) -> str | None:
    """The canonical name of the state or organisation a token belongs to."""
    if token.i in by_token:
        mention = by_token[token.i]
        if mention.type in {"GPE", "ORG"}:
            return mention.key
    found = gazetteer.demonym(token.text)
    if found is not None:
        return found.canonical
    place = gazetteer.place(token.text)
    return place.name if place is not None else None


def _mention_tokens(doc: Doc, mentions: tuple[MentionRecord, ...]) -> dict[int, MentionRecord]:
    by_token = {}
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            for token in span:
                by_token[token.i] = mention
    return by_token


def _normalise(span: Span) -> str:
    """Lower-cased words of a span with hyphens closed up: "Secretary - General" -> "secretary-general"."""
    text = ""
    for token in span:
        if token.text == "-" or text.endswith("-") or not text:
            text += token.lower_
        else:
            text += " " + token.lower_
    return text
