"""What a pronoun or a description in one article can refer to: its people, their gender, their offices.

A speaker written as "she", "they" or "the Iranian leader" is resolved against what the article has said
before it. This module indexes that once per article, so each look-up is a binary search and a short walk
back rather than a scan of every mention:

- **people** with the gender their own words give them: a courtesy or royal title before the name ("Mrs
  May", "Queen Margrethe"), a gendered office ("the spokeswoman"), or a given name that US birth records
  give one sex in at least 95% of cases (``lexicons/given_names.tsv``); a surname alone takes the gender
  of the nearest fuller mention of the same surname. A person the words say nothing about stays unknown,
  compatible with "he" and "she" alike, so a missing name never blocks the right antecedent;
- **plural antecedents** of "they": groups, organisations, peoples ("the Russians") and subjects of two
  coordinated names ("Berg and the union leaders");
- **offices**: each office the article gives a named person (its roles, and titles abbreviated before a
  name: "Gov. Eric Holm"), and each anonymous source it introduces ("a senior official", "one legal
  expert"), with the state or organisation it belongs to. A later description ("the official", "the
  French president") is whichever of these it matches was mentioned last: a named holder, or the
  anonymous source, which then stays anonymous.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from sitroom import gazetteer, leaders, lexicons
from sitroom.extract import _words
from sitroom.extract._syntax import doc_text, heads_sentence, says_what_it_is
from sitroom.types import MentionRecord, RoleRecord

# How far back (in characters) the spelt-out office before an acronym in parentheses may start.
_ACRONYM_REACH = 120
# How far back (in characters) a subject still outranks a later non-subject as a pronoun's antecedent.
SUBJECT_REACH = 1200
# How close (in characters) a description must follow the last person named to be read as naming them
# when the office was stated without its state.
ADJACENT = 250
# How many tokens into the next sentence a name may stand and still be the one a lead's "a man" introduces.
_OPENING_TOKENS = 4
_SUBJECTS = {"nsubj", "nsubjpass"}
_INDEFINITE = {"a", "an", "one", "another"}
# Where an anonymous source can be introduced: as a subject, an object, after "according to".
_INTRODUCING_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj"}
_ORG_PREPOSITIONS = {"of", "for", "at", "to", "from", "with"}
_PLURAL_TYPES = {"GROUP", "ORG", "NORP"}
# Generic words for the head of a state, government or body, matched against stated offices.
LEADER_WORDS = {"leader", "head", "chief", "boss"}
# Words that make an office a second one: "vice president" does not lead.
_DEPUTIES = {"vice", "deputy", "assistant", "associate", "under", "junior"}


@dataclass(frozen=True, slots=True)
class Office:
    """An office the article introduces: held by a named person (``holder`` is the surname key of the
    mentions that name them) or by an anonymous source (``holder`` None, ``at`` where it is introduced)."""

    at: int
    title: str
    orgs: frozenset[str]
    holder: str | None


class Referents:
    """The people, plural actors and offices of one article, indexed by position."""

    def __init__(self, doc: Doc, mentions: tuple[MentionRecord, ...], roles: tuple[RoleRecord, ...]) -> None:
        # "Mr Varoufakis" is a person whatever type the model gave the name
        people = [m for m in mentions if m.type == "PERSON" or m.title_form]
        self._people = people
        self.by_token = _mention_tokens(doc, mentions)  # token index -> the mention it is part of
        self._people_starts = [m.start for m in people]
        self._person_at = {m.start: m for m in people}
        self._modifiers = {m.start for m in people if _modifies_a_noun(doc, m)}
        plural = {m.start: m for m in mentions if _plural(m)}
        plural.update((m.start, m) for m in coordinated_subjects(doc, people))
        self._plural = sorted(plural.values(), key=lambda m: m.start)
        self._plural_starts = [m.start for m in self._plural]
        # Mentions of the same surname, in text order: a person's later mentions ("Putin" after "Vladimir
        # Putin") share the first one's gender and offices.
        self._by_surname: dict[str, list[int]] = {}
        for mention in people:
            self._by_surname.setdefault(surname(mention), []).append(mention.start)
        self._bodies = [m for m in mentions if m.type in ("ORG", "GROUP")]
        # what "it" may stand for: organisations, states, and groups the text names ("Hamas", not "rebels")
        self._institutions = [
            m for m in mentions if m.type in ("ORG", "GPE") or (m.type == "GROUP" and m.name[:1].isupper())
        ]
        self._institution_starts = [m.start for m in self._institutions]
        self._countries = [m for m in mentions if m.type == "GPE" and gazetteer.country_named(m.name)]
        self._country_starts = [m.start for m in self._countries]
        self._body_starts = [m.start for m in self._bodies]
        self.gender = _genders(doc, people, roles, self._by_surname)
        self._unnamed = _unnamed_relatives(doc, self.by_token) + self._introduced_unnamed(doc)
        self._introduced_objects = self._introduced_in_other_roles(doc)
        self.offices = _offices(doc, mentions, roles) + _anonymous_sources(doc, self.by_token)
        self._sentence_starts = [sentence[0].idx for sentence in doc.sents] or [0]
        self._doc = doc
        text = doc_text(doc)
        self._office_acronyms = {m.key for m in self._bodies if _office_acronym(text, m)}

    def person_before(
        self,
        char: int,
        gender: str | None,
        *,
        subjects: Mapping[int, bool],
        skip: Callable[[int], bool],
        object_of_verb: bool = False,
    ) -> int | None:
        """The start of the person "he" or "she" at ``char`` refers to: the last person of a compatible
        gender named before it, preferring one who was the subject of their clause within
        :data:`SUBJECT_REACH` characters ("he was photographed with Holm. He told …" is not Holm). An
        object ("him", "her") whose own clause's subject ``skip`` rules out is the last person its sentence
        names before it ("Berg met Holm and thanked him"). Mentions for which ``skip`` is true (names
        inside quotation marks) are never antecedents."""

        def fits(mention: MentionRecord) -> bool:
            found = self.gender.get(mention.start)
            compatible = gender is None or found is None or found == gender
            return compatible and mention.start not in self._modifiers

        if object_of_verb and (near := self._last_in_sentence(char, fits, skip)) is not None:
            return near
        focus = self._only_person_of_sentence_before(char, fits, skip)
        return (
            focus
            if focus is not None
            else self._before(self._people, self._people_starts, char, fits, subjects, skip)
        )

    def _last_in_sentence(
        self, char: int, fits: Callable[[MentionRecord], bool], skip: Callable[[int], bool]
    ) -> int | None:
        """The last fitting person named in the sentence of ``char`` before it, else None."""
        opening = self._sentence_start(char)
        named = [
            m for m in self._people if opening <= m.start and m.end <= char and not skip(m.start) and fits(m)
        ]
        return named[-1].start if named else None

    def _only_person_of_sentence_before(
        self, char: int, fits: Callable[[MentionRecord], bool], skip: Callable[[int], bool]
    ) -> int | None:
        """The one person the sentence before names, where that sentence is about something else ("Teachers
        did not see Haas on Tuesday. His office said …"): its subject is no name, no pronoun and no one
        person ("the friend" may be "he" itself), and the pronoun's own sentence names no one before it.
        None otherwise."""
        opening = self._sentence_start(char)
        if opening == 0 or any(opening <= m.start < char for m in self._people):
            return None
        previous = self._sentence_start(opening - 1)
        named = [m for m in self._people if previous <= m.start < opening and not skip(m.start)]
        if len(named) != 1 or not fits(named[0]):
            return None
        first = self._doc.char_span(previous, opening, alignment_mode="expand")
        sentence = first[0].sent if first is not None and len(first) else None
        subject = (
            next((c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if sentence
            else None
        )
        if subject is None or subject.pos_ in ("PRON", "PROPN") or subject.i in self.by_token:
            return None
        if subject.tag_ == "NN" and subject.lemma_.lower() in _person_nouns():
            return None  # "the friend told the Herald. … he": the friend may be "he"
        return named[0].start

    def unnamed_between(self, start: int, end: int, gender: str | None, later: Iterable[int] = ()) -> bool:
        """Whether someone the article never names, a relative ("his brother", "their mother") or a person
        it introduces as "a friend" or "an unnamed Iranian", is the subject of a clause between ``start``
        and ``end``, of a gender "he" or "she" at ``end`` allows: that "he" is them, not the person named
        before ("His brother told AFP … He said …"). Not where a sentence after theirs names the person at
        ``start`` again (``later``: the starts of their other mentions), who is then the one talked of."""
        fits = [(at, main) for at, sex, main in self._unnamed if None in (gender, sex) or gender == sex]
        again = [self._sentence_start(m) for m in later if start < m < end]
        if any(start < at < end and not any(s > self._sentence_start(at) for s in again) for at, _ in fits):
            return True
        # "The virus was found in a 61-year-old man. He had …": a man or woman the sentence before
        # introduces in any role, after a name told in an earlier sentence
        previous = self._sentence_start(self._sentence_start(end) - 1)
        introduced = (previous <= at < end and sex == gender for at, sex in self._introduced_objects)
        if gender is not None and start < previous and any(introduced):
            return True
        # "One woman wrote that Lola was her friend. … she tweeted": the main clause's subject outranks
        # the name in the clause it governs
        opening = self._sentence_start(start) if start >= 0 else -1
        return any(main and opening <= at < start for at, main in fits)

    def _introduced_unnamed(self, doc: Doc) -> list[tuple[int, str | None, bool]]:
        """Where a person the article introduces without a name is a clause's subject: "a friend", "An
        unnamed Iranian", "one witness" (not named beside it nor in the next sentence's opening), with the
        gender its noun gives, if any, and whether the clause is the sentence's main one."""
        found = []
        for token in doc:
            if token.dep_ not in ("nsubj", "nsubjpass") or token.tag_ not in ("NN", "NNP"):
                continue
            if not any(c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE for c in token.children):
                continue
            private = token.lemma_.lower() in lexicons.words("private_person_nouns.txt")
            person = private or gazetteer.demonym(token.text) is not None
            if not person or _named(token, self.by_token) or self.named_next(token) is not None:
                continue
            found.append((token.idx, _gendered_words().get(token.lemma_.lower()), heads_sentence(token.head)))
        return found

    def _introduced_in_other_roles(self, doc: Doc) -> list[tuple[int, str]]:
        """Where a man or a woman the article introduces without a name is no clause's subject ("in a
        61-year-old man", "arrested a woman"), with the sex the noun gives."""
        found = []
        for token in doc:
            sex = _gendered_words().get(token.lemma_.lower())
            if sex is None or token.dep_ in ("nsubj", "nsubjpass") or token.tag_ != "NN":
                continue
            if not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in token.children):
                continue
            if _predicative(token):
                continue  # "her roles as a daughter and a mother", "she became a mother": what she is
            if token.lemma_.lower() in lexicons.words("private_person_nouns.txt") and not _named(
                token, self.by_token
            ):
                found.append((token.idx, sex))
        return found

    def plural_before(
        self, char: int, *, subjects: Mapping[int, bool], skip: Callable[[int], bool]
    ) -> int | None:
        """The start of what "they" at ``char`` refers to: the last group, organisation, people or pair of
        coordinated names, preferring a subject as :meth:`person_before` does."""
        return self._before(self._plural, self._plural_starts, char, lambda m: True, subjects, skip)

    def _before(
        self,
        candidates: list[MentionRecord],
        starts: list[int],
        char: int,
        fits: Callable[[MentionRecord], bool],
        subjects: Mapping[int, bool],
        skip: Callable[[int], bool],
    ) -> int | None:
        """The last fitting candidate before ``char``, preferring a subject, and among the subjects of one
        sentence the main clause's ("Figgs declined to say whether Thomas slept … He said" is Figgs)."""
        latest = embedded = None
        for n in range(bisect_left(starts, char) - 1, -1, -1):
            mention = candidates[n]
            if mention.end > char or skip(mention.start) or not fits(mention):
                continue
            if embedded is not None and mention.start < self._sentence_start(embedded):
                return embedded
            if char - mention.start > SUBJECT_REACH:
                return embedded if embedded is not None else latest if latest is not None else mention.start
            if subjects.get(mention.start):
                return mention.start
            if mention.start in subjects and embedded is None:
                embedded = mention.start
            if latest is None:
                latest = mention.start
        return embedded if embedded is not None else latest

    def _sentence_start(self, char: int) -> int:
        return self._sentence_starts[bisect_right(self._sentence_starts, char) - 1]

    def institution_before(
        self, char: int, *, subjects: Mapping[int, bool], skip: Callable[[int], bool]
    ) -> int | None:
        """The start of what "it" at ``char`` refers to when it speaks or acts: the last organisation, state
        or named group before it ("The ministry said … It added that …"), preferring a subject."""
        return self._before(
            self._institutions, self._institution_starts, char, lambda m: True, subjects, skip
        )

    def organisation_before(
        self, char: int, *, subjects: Mapping[int, bool], skip: Callable[[int], bool]
    ) -> int | None:
        """The start of what "the group", "the agency" or "the charity" at ``char`` takes up: the last
        organisation or named group before it, preferring a subject, never a news outlet the article
        cites (``news_outlets.txt``)."""

        def fits(mention: MentionRecord) -> bool:
            named = mention.type == "ORG" or mention.name[:1].isupper()
            return named and not is_news_outlet(mention.name)

        return self._before(self._bodies, self._body_starts, char, fits, subjects, skip)

    def main_country(self, char: int) -> int | None:
        """The start of the last mention, before ``char``, of the country the article has named most up
        to there: whose government "the government" is. None before any country is named."""
        counts: dict[str, int] = {}
        last: dict[str, int] = {}
        for mention in self._countries[: bisect_left(self._country_starts, char)]:
            code = gazetteer.country_named(mention.name) or ""
            counts[code] = counts.get(code, 0) + 1
            last[code] = mention.start
        if not counts:
            return None
        return last[max(counts, key=lambda code: (counts[code], last[code]))]

    def main_organisation(self, char: int) -> int | None:
        """The start of the last mention, before ``char``, of the organisation the article has named most
        up to there, the first named of equals (the story's subject comes before its sources), never a news
        outlet it cites (``news_outlets.txt``) nor a public body (``gazetteer.public_body``: the WHO is
        no company): what "the company" is. None before any organisation is named."""
        counts: dict[str, int] = {}
        last: dict[str, int] = {}
        for mention in self._bodies[: bisect_left(self._body_starts, char)]:
            public = gazetteer.public_body(mention.name) or mention.key in self._office_acronyms
            company = not is_news_outlet(mention.name) and not public
            if mention.type == "ORG" and mention.end <= char and company:
                counts[mention.key] = counts.get(mention.key, 0) + 1
                last[mention.key] = mention.start
        if not counts:
            return None
        order = {key: n for n, key in enumerate(counts)}
        return last[max(counts, key=lambda key: (counts[key], -order[key]))]

    def country_before(self, char: int, *, skip: Callable[[int], bool]) -> int | None:
        """The start of what "the country" at ``char`` refers to: the last country named before it
        ("Afghanistan …, 18 years after Washington invaded the country"); a city is no country."""
        return self._before(self._countries, self._country_starts, char, lambda m: True, {}, skip)

    def named_next(self, noun: Token) -> int | None:
        """The person the sentence after "A New York man pleaded guilty …" introduces at its start, in
        apposition ("Patrick Carlineo, 55, of Addison, …"): news leads with a description as its subject
        and names it next. None for any other noun, when that sentence opens with no name set off by a
        comma, or with one whose gender the noun contradicts ("a woman" is no John)."""
        doc = noun.doc
        opens = noun.i - noun.sent.start < _OPENING_TOKENS + 2  # "A New York man …" opens its sentence
        leads = opens and noun.dep_ in ("nsubj", "nsubjpass") and noun.i < noun.head.i
        if not leads or noun.sent.end >= len(doc):
            return None
        following = doc[noun.sent.end].sent
        sex = _gendered_words().get(noun.lemma_.lower())
        for token in following[:_OPENING_TOKENS]:
            mention = self.by_token.get(token.i)
            if mention is None or mention.type != "PERSON":
                continue
            after = doc_text(doc)[mention.end : mention.end + 2]
            own = self.gender.get(mention.start)
            fits = sex is None or own is None or own == sex
            return mention.start if after.startswith(",") and fits else None
        return None

    def lead_subject_named_next(self, noun: Token) -> int | None:
        """The person the second sentence of an article names as its subject, for a definite description
        that is the subject of the first ("The head of the union that called the strike has asked for
        talks …. Nordlys Dockers' Anna Berg wrote …"): a lead describes its protagonist and names them
        next. None for a noun anywhere else, or where the gender of the noun and the name differ."""
        doc = noun.doc
        first = next(doc.sents)
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        if noun.sent != first or noun.dep_ != "nsubj" or not definite or first.end >= len(doc):
            return None
        following = doc[first.end].sent
        subject = next((c for c in following.root.children if c.dep_ == "nsubj"), None)
        mention = self.by_token.get(subject.i) if subject is not None else None
        if mention is None or mention.type != "PERSON":
            return None
        sex, own = _gendered_words().get(noun.lemma_.lower()), self.gender.get(mention.start)
        return mention.start if sex is None or own is None or own == sex else None

    def lead_named_next(self, pronoun: Token, gender: str | None) -> int | None:
        """The person a lead introduces by description and names in the next sentence, for a "he" or "she"
        in the lead itself ("A Lisbon man pleaded guilty to charges he threatened …"): the subject that
        opens the pronoun's sentence, when :meth:`named_next` names it and its gender fits."""
        sentence = pronoun.sent
        for token in sentence[: _OPENING_TOKENS + 2]:
            if token.i >= pronoun.i or token.dep_ not in _SUBJECTS:
                continue
            indefinite = any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in token.children)
            found = self.named_next(token) if indefinite else None
            sex = _gendered_words().get(token.lemma_.lower())
            if found is not None and (gender is None or sex in (None, gender)):
                return found
        return None

    def topic_just_before(self, noun: Token, aged: bool = False) -> int | None:
        """The start of the person a definite description of what they do takes up ("Eyamba Sowers
        didn't know Patrick was coming … The real estate agent said"): the person the sentence before is
        about, the first subject of its main verb, when the noun's gender does not contradict theirs. A
        description by age (``aged``: "The club signed Tomas Berg. The 48-year-old said") takes up the one
        person that sentence names where its subject is a named body."""
        if noun.sent.start == 0:
            return None
        sentence = noun.doc[noun.sent.start - 1].sent
        root = sentence.root
        verbs = {root, *(c for c in root.children if c.dep_ == "conj")}
        sex = _gendered_words().get(noun.lemma_.lower())
        for token in sentence:
            mention = self.by_token.get(token.i)
            if token.dep_ in ("nsubj", "nsubjpass") and token.head in verbs:
                if aged and mention is not None and mention not in self._people:
                    named = [m for m in self._people if sentence.start_char <= m.start < sentence.end_char]
                    return named[0].start if len({surname(m) for m in named}) == 1 else None
                if mention is None or mention not in self._people:
                    return None  # the sentence is about someone or something unnamed
                own = self.gender.get(mention.start)
                return mention.start if sex is None or own is None or own == sex else None
        return None

    def leader_before(self, title: str, orgs: frozenset[str], char: int) -> int | None:
        """The start of the last person named before ``char`` whom the leaders table gives the office a
        description of a state names, where the article states it of no one: "the Russian president"
        after "Putin" alone (``lexicons/leaders.tsv``), or None."""
        codes = {gazetteer.country_named(org) for org in orgs} - {None}
        if not codes:
            return None
        for n in range(bisect_left(self._people_starts, char) - 1, -1, -1):
            mention = self._people[n]
            rows = leaders.offices(mention.name) or leaders.offices_alone(mention.name)
            if any(row.country in codes and same_office(row.title, title) for row in rows):
                return mention.start
        return None

    def outlet_before(self, char: int, noun: str | None = None) -> int | None:
        """The start of the last news outlet named before ``char``: one ``news_outlets.txt`` knows, a name
        ending in a newspaper's word ("the Global Times") or one the text calls an outlet right after it
        ("Spiegel magazine", ``outlet_nouns.txt``), for "the newspaper added"; the last one the text called
        by that ``noun``, where there is one ("the magazine" is Spiegel, not an agency named after it).
        None if none."""
        outlets = lexicons.words("news_outlets.txt")
        endings = lexicons.words("newspaper_name_endings.txt")
        called = lexicons.words("outlet_nouns.txt")
        text = self._doc.text
        last = None
        for n in range(bisect_left(self._body_starts, char) - 1, -1, -1):
            mention = self._bodies[n]
            words = mention.name.lower().split()
            after = text[mention.end : mention.end + 20].split()
            calling = after[0].lower().strip(",.") if after else ""
            kind = calling if calling in called else words[-1] if words[-1] in called else None
            if mention.end > char or not (mention.name.lower() in outlets or words[-1] in endings or kind):
                continue
            if noun is not None and kind == noun:
                return mention.start
            last = mention.start if last is None else last
        return last

    def body_before(self, word: str, char: int) -> int | None:
        """The start of the last organisation or group named before ``char`` whose name holds ``word``
        ("the office" after "the U.S. Attorney's Office for …", "the doctors" after "Doctors for Camp
        Closure"), or None."""
        for n in range(bisect_left(self._body_starts, char) - 1, -1, -1):
            mention = self._bodies[n]
            if mention.end <= char and word in _name_words(mention.name):
                return mention.start
        return None

    def holder_of(self, title: str, orgs: frozenset[str], char: int) -> Office | None:
        """The office a description of ``title`` (of one of ``orgs``, if any) at ``char`` refers to: the
        matching office whose holder was mentioned last before it, or None. An office stated without its
        state does not answer a description that names one ("the French president" is not "President
        Putin" named a paragraph before), unless its holder is the person named right before it."""
        best: tuple[int, bool, Office] | None = None
        for office in self.offices:
            if not _same_title(office, title) or not _compatible(office, orgs):
                continue
            last = self._last_mention(office, char)
            if last is None:
                continue
            rank = (last, office.holder is not None)
            if best is None or rank > best[:2]:
                best = (*rank, office)
        if best is None and orgs:
            return self._named_just_before(title, char)
        return best[2] if best is not None else None

    def _named_just_before(self, title: str, char: int) -> Office | None:
        """The office of the person named right before a description of a state's office, where the
        article stated it without the state: "… met her counterpart, Ivan Holm. Sweden's foreign minister
        said" (Holm was "foreign minister Ivan Holm" earlier). Only the last person named,
        and only within :data:`ADJACENT` characters: a description further off, or after someone else,
        may be anyone's."""
        n = bisect_left(self._people_starts, char)
        if n == 0 or char - self._people[n - 1].end > ADJACENT:
            return None
        holder = surname(self._people[n - 1])
        return next(
            (o for o in self.offices if o.holder == holder and not o.orgs and same_office(o.title, title)),
            None,
        )

    def holder_named_after(self, title: str, orgs: frozenset[str], char: int) -> int | None:
        """The start of the first mention after ``char`` of someone the article gives the office a
        description names with its state or body ("Norway's fisheries minister said …" before "Norwegian
        Fisheries Minister Kari Lind"): a lede describes before it names. None for a description
        that names no state or body, which any office would answer, and for an office stated without its
        state ("the French president" is no "President Lind" named later)."""
        if not orgs:
            return None
        found = []
        for office in self.offices:
            if office.holder is None or not office.orgs & orgs or not same_office(office.title, title):
                continue
            starts = self._by_surname.get(office.holder, [])
            n = bisect_right(starts, char)
            if n < len(starts):
                found.append(starts[n])
        return min(found, default=None)

    def latest_mention(self, office: Office, char: int) -> int | None:
        """The start of the holder's last mention before ``char``."""
        return self._last_mention(office, char) if office.holder is not None else None

    def _last_mention(self, office: Office, char: int) -> int | None:
        if office.holder is None:
            return office.at if office.at < char else None
        # "First lady Maria Olsen and President Tomas Olsen": the holder, not the one with another given name
        given = _given_name(self._person_at.get(office.at))
        starts = self._by_surname.get(office.holder, [])
        for start in reversed(starts[: bisect_left(starts, char)]):
            other = _given_name(self._person_at.get(start))
            if given is None or other is None or other == given:
                return start
        return None


def surname(mention: MentionRecord) -> str:
    """The key that joins a person's mentions in one article: the last word of the name."""
    words = mention.name.split()
    return words[-1].casefold().removesuffix("’s").removesuffix("'s") if words else ""


def _predicative(noun: Token) -> bool:
    """Whether a noun (or the first of those it is listed with) says what someone is rather than naming
    someone: a predicate ("became a mother") or the object of "as" ("her role as a wife")."""
    while noun.dep_ in ("conj", "appos") and noun.head is not noun:
        noun = noun.head
    return says_what_it_is(noun)


def _given_name(mention: MentionRecord | None) -> str | None:
    """The first word of a person's name of two words or more, case-folded; None for a bare surname."""
    words = mention.name.split() if mention is not None else []
    return words[0].casefold() if len(words) > 1 else None


def org_forms(name: str | None) -> frozenset[str]:
    """A state or organisation's name with what it stands for ("Kremlin" -> also "Russia"), case-folded,
    so that "the Kremlin chief" and "Russian President Vladimir Putin" name the same state."""
    if not name:
        return frozenset()
    name = name.split("#")[0]  # a group's key: "France#people"
    found = {name.casefold()}
    demonym = gazetteer.demonym(name)
    if demonym is not None:
        found.add(demonym.canonical.casefold())
    for referent in _metonyms().get(name.casefold(), ()):
        found.add(referent.casefold())
    return frozenset(found)


def metonym_referent(name: str) -> str | None:
    """What a seat of power or capital stands for when it is named as one: "Kremlin" -> "Russia"; None
    where the lexicon gives several (Brussels) or none."""
    referents = _metonyms().get(name.casefold())
    return referents[0] if referents is not None and len(referents) == 1 else None


def mention_org_forms(mention: MentionRecord) -> frozenset[str]:
    """The names a state or organisation mention may be matched on: its key and what it stands for."""
    return org_forms(mention.key) | org_forms(mention.stands_for)


def same_office(title: str, described: str) -> bool:
    """An office stated as ``title`` answers a description of it ("the prime minister", "the German
    chancellor"): the same words, or the description's bare head ("minister") ending the title; "leader",
    "head" and "chief" answer any office that leads a state, government or body."""
    title, described = title.lower(), described.lower()
    if described in LEADER_WORDS:
        words = title.replace("-", " ").split()
        deputy = words[0] in _DEPUTIES
        return title in leader_titles() or (words[-1] in leader_titles() and not deputy)
    return title == described or (" " not in described and title.split()[-1] == described)


def is_sole_office(title: str) -> bool:
    """True for an office one person holds at a time in a state or body ("president", "foreign
    minister"): only such a description can be resolved from another article."""
    title = title.lower()
    return title in _sole_offices() or title in LEADER_WORDS


def _same_title(office: Office, title: str) -> bool:
    if office.holder is None:  # an anonymous source: "a senior official" ... "the official"
        return office.title.split()[-1] == title.split()[-1] or same_office(office.title, title)
    return same_office(office.title, title)


def _compatible(office: Office, orgs: frozenset[str]) -> bool:
    """A description that names a state or body matches only an office of that state or body; one that
    names none matches any. An anonymous source with no state stated may be any state's."""
    if not orgs:
        return True
    if not office.orgs:
        return office.holder is None
    return bool(orgs & office.orgs)


def _plural(mention: MentionRecord) -> bool:
    """A possible antecedent of "they": a group or organisation, or a people ("the Russians", not the
    adjective "Russian"); not a news outlet the story cites ("Reuters is reporting that a Turkish official
    … said they had received a request": the officials, not Reuters)."""
    if mention.title_form or mention.name.lower() in lexicons.words("news_outlets.txt"):
        return False  # "Mr Varoufakis" is one person, whatever type the model gave the name
    if mention.type == "NORP":
        return mention.name.endswith("s")
    return mention.type in _PLURAL_TYPES


def coordinated_subjects(doc: Doc, mentions: tuple[MentionRecord, ...]) -> list[MentionRecord]:
    """Mentions heading a subject of two or more coordinated names ("Berg and the union leaders"):
    together a plural antecedent of "they", represented by the first."""
    found = []
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ in _SUBJECTS and any(child.dep_ == "conj" for child in root.children):
            found.append(mention)
    return found


def _office_acronym(text: str, mention: MentionRecord) -> bool:
    """Whether a name is the short form of an office the article spells out before it in full, "the
    Bergen County Attorney General (BCAG)": an office, no company."""
    before = text[max(0, mention.start - _ACRONYM_REACH) : mention.start].rstrip()
    if not before.endswith("(") or text[mention.end : mention.end + 1] != ")":
        return False
    words = before[:-1].split()
    return any(" ".join(words[-n:]).lower() in _words.titles() for n in (1, 2, 3) if len(words) >= n)


def _modifies_a_noun(doc: Doc, mention: MentionRecord) -> bool:
    """Whether a name only describes a thing ("the Berg video", "the Lind administration"): a word of
    another noun phrase, not a person the text is about, so no antecedent of "he" or "she"."""
    span = _span(doc, mention)
    return span is not None and span.root.dep_ == "compound" and span.root.head.pos_ == "NOUN"


def _genders(
    doc: Doc, people: list[MentionRecord], roles: tuple[RoleRecord, ...], by_surname: dict[str, list[int]]
) -> dict[int, str | None]:
    """The gender of each person mention: its own words' if they agree (a given name alone counts where
    the article gives someone a full name starting with it), else its own possessive or reflexive in its
    clause, else the nearest mention of the same surname that gives one (the one before it first), else
    None."""
    offices: dict[int, list[str]] = {}
    for role in roles:
        offices.setdefault(role.holder_start, []).append(role.title)
    own = {m.start: _own_gender(doc, m, offices.get(m.start, [])) for m in people}
    by_start = {m.start: m for m in people}
    for starts in by_surname.values():
        for n, start in enumerate(starts):
            # "Hawk Sawyer" after "Kathleen Hawk Sawyer": a shortened name, whose first word is no given name
            shortened = by_start[start]
            if len(shortened.name.split()) < 2:
                continue  # a surname alone says its own gender ("Mrs Haas") or takes one below
            fuller = next((s for s in starts[:n] if by_start[s].name.endswith(" " + shortened.name)), None)
            if fuller is not None:
                own[start] = own[fuller] or _own_gender(
                    doc, shortened, offices.get(start, []), given_name=False
                )
    given = {m.name.split()[0].casefold(): m.start for m in people if len(m.name.split()) > 1}
    for mention in people:
        word = mention.name.casefold()
        if own[mention.start] is None and word in given:
            # "Michelle" after "Michelle Obama": a given name alone, whose own sex or the full name's it is
            own[mention.start] = given_name_gender(mention.name) or own[given[word]]
    people_tokens = _tokens_of(doc, people)
    for mention in people:
        if own[mention.start] is None:
            own[mention.start] = _own_pronoun(doc, mention, people_tokens)
    genders: dict[int, str | None] = {}
    for starts in by_surname.values():  # each surname's mentions in text order, walked both ways once
        named = {own[s] for s in starts if len(by_start[s].name.split()) > 1 and own[s] is not None}
        if len(named) > 1:
            # "Ivan Brannagh" and his mother "Eva Lind Brannagh": "Brannagh" alone may be either
            genders.update((start, own[start]) for start in starts)
            continue
        after: str | None = None
        for start in reversed(starts):
            after = own[start] or after
            genders[start] = after
        before: str | None = None
        for start in starts:
            before = own[start] or before
            genders[start] = before or genders[start]
    return genders


def _span(doc: Doc, mention: MentionRecord) -> Span | None:
    return doc.char_span(mention.start, mention.end, alignment_mode="expand")


def _tokens_of(doc: Doc, people: list[MentionRecord]) -> set[int]:
    """The indices of the tokens that name these people."""
    return {i for m in people if (span := _span(doc, m)) is not None for i in range(span.start, span.end)}


def _own_pronoun(doc: Doc, mention: MentionRecord, people_tokens: set[int]) -> str | None:
    """The gender a subject's own possessive or reflexive gives it in its clause, with no other person
    named between ("Virtanen told her colleagues", "Lind defended himself"): the weakest sign, for a name
    nothing else gives a gender."""
    span = _span(doc, mention)
    return clause_gender(span.root, span.end, people_tokens) if span is not None else None


def clause_gender(subject: Token, after: int, people_tokens: AbstractSet[int] = frozenset()) -> str | None:
    """The gender a subject's own possessive or reflexive gives it in its clause, from token ``after``
    on, with no other person named between ("the retired surgeon described it in his memoir"); None for a word
    that is no subject."""
    if subject.dep_ != "nsubj":
        return None
    verb = subject.head
    for token in subject.doc[after : verb.right_edge.i + 1]:
        if token.i in people_tokens:
            return None  # "Lind met Haas and his wife": the nearer name's
        pronoun = token.lower_ in ("his", "her") and token.dep_ == "poss"
        reflexive = token.lower_ in ("himself", "herself")
        if (pronoun or reflexive) and _clause_of(token) == verb:
            return "M" if token.lower_ in ("his", "himself") else "F"
    return None


def _clause_of(token: Token) -> Token:
    """The verb whose clause a token belongs to: its nearest ancestor that is a verb."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
    return token


def with_genders(
    doc: Doc, mentions: tuple[MentionRecord, ...], roles: tuple[RoleRecord, ...]
) -> tuple[MentionRecord, ...]:
    """``mentions`` with the gender each person's own words give ("Mrs Obama", "Michelle Obama", "the
    spokeswoman Anna Berg"), so that linking can tell apart two people of one surname."""
    titles: dict[int, list[str]] = {}
    for role in roles:
        titles.setdefault(role.holder_start, []).append(role.title)
    people_tokens = _tokens_of(doc, [m for m in mentions if m.type == "PERSON"])
    return tuple(
        replace(
            m,
            gender=_own_gender(doc, m, titles.get(m.start, [])) or _own_pronoun(doc, m, people_tokens),
        )
        if m.type == "PERSON"
        else m
        for m in mentions
    )


def _own_gender(
    doc: Doc, mention: MentionRecord, titles: list[str], *, given_name: bool = True
) -> str | None:
    """What the words at one mention say of its gender: the title before it, its given name (unless its
    first word is none), its offices, what the sentence says the person is; None when they say nothing
    or disagree."""
    signs: set[str] = set()
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is not None:
        before = [doc[i] for i in range(max(0, span.start - 2), span.start)]
        for token in reversed(before):
            sign = _gendered_words().get(token.lower_)
            if sign is not None:
                signs.add(sign)
                break
            if token.lower_ not in _words.title_vocabulary() and token.lower_ not in _words.honorifics():
                break
    words = [w for w in mention.name.split() if w.lower() not in _words.honorifics()]
    if words and words[0].lower() in _gendered_words():
        signs.add(_gendered_words()[words[0].lower()])
    elif given_name and len(words) > 1 and (given := given_name_gender(words[0])) is not None:
        signs.add(given)
    for title in titles:
        for word in title.lower().split():
            if word in _gendered_words():
                signs.add(_gendered_words()[word])
    if span is not None and (noun := _said_to_be(span.root)) is not None:
        sign = _gendered_words().get(noun.lemma_.lower())
        signs |= {sign} if sign else set()
    return signs.pop() if len(signs) == 1 else None


def _said_to_be(name: Token) -> Token | None:
    """The noun the sentence says a named person is: "Virtanen is one of three women on the board"
    (women), "Anna Berg is a mother of three" (mother), "Kim Lind, his wife, said" (wife); None else."""
    if name.dep_ == "nsubj" and name.head.lemma_ == "be":
        noun = next((c for c in name.head.children if c.dep_ == "attr"), None)
    else:
        noun = next((c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    if noun is not None and noun.lower_ == "one":  # "one of the … women": the women's
        noun = next(
            (g for c in noun.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"), None
        )
    return noun if noun is not None and noun.pos_ == "NOUN" else None


def given_name_gender(word: str) -> str | None:
    """F or M for a given name the birth records (or, after them, world news) give one sex, written with
    or without its accents ("François" as the records' "Francois"); a hyphenated name ("Jean-Claude")
    takes its parts' gender when they agree. None for an initial or an unknown or shared name."""
    parts = [p for p in word.replace("’", "'").split("-") if p]
    found = {
        _given_names().get(p.capitalize()) or _given_names().get(_unaccented(p).capitalize()) for p in parts
    }
    return found.pop() if len(found) == 1 else None


def _unaccented(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def _offices(doc: Doc, mentions: tuple[MentionRecord, ...], roles: tuple[RoleRecord, ...]) -> list[Office]:
    """The offices the article gives named people: their roles, and abbreviated titles before names."""
    at = {m.start: m for m in mentions}
    found = []
    for role in roles:
        holder = at.get(role.holder_start)
        if role.current is False or holder is None or holder.type != "PERSON":
            continue
        found.append(Office(role.holder_start, role.title.lower(), org_forms(role.org), surname(holder)))
    for mention in mentions:
        if mention.type != "PERSON":
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        title = _abbreviated_title(doc, span.start) if span is not None else None
        if title is not None:
            office, org = title
            found.append(Office(mention.start, office, org, surname(mention)))
    return found


def _abbreviated_title(doc: Doc, start: int) -> tuple[str, frozenset[str]] | None:
    """The office an abbreviated title right before a name stands for ("Gov." -> governor), with the state
    written before it ("Indiana Gov."), if any."""
    for width in (2, 1):
        if start - width < 0:
            continue
        words = doc[start - width : start]
        office = _words.title_abbreviations().get(" ".join(t.lower_ for t in words))
        if office is not None:
            before = doc[words.start - 1] if words.start > 0 else None
            org = before.text if before is not None and before.ent_type_ in {"GPE", "NORP"} else None
            return office, org_forms(org)
    return None


def _anonymous_sources(doc: Doc, by_token: dict[int, MentionRecord]) -> list[Office]:
    """Sources the article introduces without a name: a singular noun of office or occupation with an
    indefinite determiner ("a senior official", "one legal expert", "A doctor on the scene"), not set in
    apposition to a name ("Ivan Holm, a port official" is Holm)."""
    found = []
    for token in doc:
        if token.tag_ != "NN" or token.lower_ not in _words.titles() or token.dep_ not in _INTRODUCING_DEPS:
            continue
        if not any(c.lower_ in _INDEFINITE and c.dep_ in {"det", "nummod"} for c in token.children):
            continue
        if _named(token, by_token):
            continue
        orgs = description_orgs(token, by_token)
        found.append(Office(token.left_edge.idx, token.lower_, orgs or frozenset(), None))
    return found


def _unnamed_relatives(doc: Doc, by_token: dict[int, MentionRecord]) -> list[tuple[int, str | None, bool]]:
    """Where a relation of someone, of a known gender and never named, is a clause's subject ("His
    brother told AFP", "their mother said"), with that gender and whether the clause is the sentence's
    main one; relations with a name beside them ("his brother, Salah,") are people the article names."""
    found = []
    for token in doc:
        sex = _gendered_words().get(token.lemma_.lower())
        owned = any(c.dep_ == "poss" for c in token.children)
        if sex is None or not owned or token.tag_ != "NN" or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if token.i in by_token or token.lower_ in _words.titles() or _named(token, by_token):
            continue
        found.append((token.idx, sex, heads_sentence(token.head)))
    return found


def _named(token: Token, by_token: dict[int, MentionRecord]) -> bool:
    """True when a noun phrase is set in apposition to a person's name, either way round ("Ivan Holm, a
    port official"; "another diplomat, former envoy Kurt Volker")."""
    if token.dep_ == "appos" and token.head.i in by_token and by_token[token.head.i].type == "PERSON":
        return True
    return any(
        t.dep_ == "appos" and t.i in by_token and by_token[t.i].type == "PERSON" for t in token.subtree
    )


def description_orgs(token: Token, by_token: dict[int, MentionRecord]) -> frozenset[str] | None:
    """The state or organisation a description names ("the *Greek* leader", "*Russia's* minister", "the
    *Kremlin* chief", "a spokesperson for *the Foreign Office*"), as :func:`org_forms`; an empty set for
    none, and None when the description is a relation to a person ("Marsh's lawyer", "his aide")."""
    found: set[str] = set()
    for child in token.lefts:
        mention = by_token.get(child.i)
        if child.dep_ == "poss" and (
            child.lower_ in {"his", "her"} or (mention and mention.type == "PERSON")
        ):
            return None
        if mention is not None and mention.type != "PERSON":
            found |= mention_org_forms(mention)
        elif (demonym := gazetteer.demonym(child.text)) is not None and child.text[:1].isupper():
            found |= org_forms(demonym.canonical)
    for prep in token.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _ORG_PREPOSITIONS:
            continue
        for obj in prep.children:
            mention = by_token.get(obj.i)
            if obj.dep_ == "pobj" and mention is not None and mention.type in {"GPE", "ORG", "NORP", "FAC"}:
                found |= mention_org_forms(mention)
    return frozenset(found)


def _mention_tokens(doc: Doc, mentions: tuple[MentionRecord, ...]) -> dict[int, MentionRecord]:
    found: dict[int, MentionRecord] = {}
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        for token in span or ():
            current = found.get(token.i)
            if current is None or current.type == "GROUP" or mention.type != "GROUP":
                found[token.i] = mention
    return found


@cache
def _person_nouns() -> frozenset[str]:
    """Nouns for one person or people: offices, bodies of people and private people ("the friend")."""
    return _words.people_nouns() | lexicons.words("private_person_nouns.txt")


@cache
def _given_names() -> dict[str, str]:
    world = {name: sex for name, sex in lexicons.table("given_names_world.tsv", 2)}
    return world | {name: sex for name, sex in lexicons.table("given_names.tsv", 2)}


def is_news_outlet(name: str) -> bool:
    """Whether a name is that of a news outlet stories cite (``news_outlets.txt``: "Reuters", "the BBC")."""
    return name.lower().removeprefix("the ") in lexicons.words("news_outlets.txt")


def noun_gender(noun: Token) -> str | None:
    """The sex a noun for a person gives ("mother", "brother"; ``gendered_words.tsv``), if any."""
    return _gendered_words().get(noun.lemma_.lower())


@cache
def _gendered_words() -> dict[str, str]:
    return {word.lower(): sex for word, sex in lexicons.table("gendered_words.tsv", 2)}


@cache
def _metonyms() -> dict[str, tuple[str, ...]]:
    return {
        name.casefold(): tuple(referents.split("|"))
        for name, referents, _ in lexicons.table("metonyms.tsv", 3)
    }


@cache
def _sole_offices() -> frozenset[str]:
    return lexicons.words("sole_offices.txt")


@cache
def leader_titles() -> frozenset[str]:
    """Offices that lead a state, government or body (``lexicons/leader_titles.txt``)."""
    return lexicons.words("leader_titles.txt")


def _name_words(name: str) -> set[str]:
    """A name's words in lower case, as written: "the banks" is not the European Central Bank."""
    return {w.lower().strip(".,'’") for w in name.split()}
