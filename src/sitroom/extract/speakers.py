"""Who a quotation's speaker is: a name, or what a pronoun or a description refers to.

The subject of a reporting verb may be a name ("Mr Tsipras"), a pronoun ("she insisted", resolved to
the last person named before it outside quotation marks), a description ("the Foreign Secretary", "the
Greek leader", resolved through the offices stated in the same article, or left with its title and
state for the link stage to resolve across the corpus), a collective ("Government sources") or an
anonymous source ("one European diplomat"), kept as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from sitroom import gazetteer, lexicons
from sitroom.extract import _words
from sitroom.extract.entities import may_be_person
from sitroom.types import MentionRecord, QuoteRecord, RoleRecord

_PERSONAL = {"he", "she", "him", "her"}
_COLLECTIVE = {"they", "them"}
_INDEFINITE = {"a", "an", "one", "another", "some", "two", "three", "several", "many"}
_NOUN_PHRASE_DEPS = {"det", "compound", "amod", "poss", "nmod", "nummod", "case", "punct"}
_SUBJECTS = {"nsubj", "nsubjpass"}
# How far back (in characters) a subject still outranks a later non-subject as a pronoun's antecedent.
_SUBJECT_REACH = 1200
# Entity labels of words that are never speakers, however proper the noun ("In October, … announced").
_NOT_SPEAKERS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
# Generic words for the head of a state or government, matched against stated offices.
_LEADER_WORDS = {"leader", "head"}
_LEADER_TITLES = {"president", "prime minister", "premier", "chancellor", "leader", "head", "king", "queen"}


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker as the text gives it, and what it resolves to in this article, if anything."""

    text: str | None
    start: int | None
    end: int | None
    mention: int | None = None  # start of the mention the speaker resolves to
    title: str | None = None  # an unresolved description's office ("foreign minister") ...
    org: str | None = None  # ... and its state or organisation ("Russia")
    human: bool = True  # False for a subject that cannot speak ("the fact told them")
    how: str = "words"  # name | pronoun | relative | apposition | description | office | anonymous | words


class SpeakerResolver:
    """Resolves the subjects of reporting verbs in one article against its mentions and offices."""

    def __init__(self, doc: Doc, mentions: tuple[MentionRecord, ...], roles: tuple[RoleRecord, ...]) -> None:
        self.doc = doc
        self.mentions = mentions
        self.roles = roles
        self.by_token: dict[int, MentionRecord] = {}
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            for token in span or ():
                current = self.by_token.get(token.i)
                if current is None or current.type == "GROUP" or mention.type != "GROUP":
                    self.by_token[token.i] = mention
        self.quoted: list[tuple[int, int]] = []
        # Mentions that are the subject of their clause: the likelier antecedents of "he" and "she".
        self.subjects = {
            m.start
            for m in mentions
            if (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
            and span.root.dep_ in _SUBJECTS
        }

    def exclude(self, quoted: list[tuple[int, int]]) -> None:
        """Names inside these quoted stretches are never speakers or antecedents of a speaker's pronoun."""
        self.quoted = quoted

    def subject_of(self, cue: Token, within: tuple[int, int] | None = None) -> Speaker | None:
        """The speaker of a reporting verb or noun: its subject, or the subject of the verb it hangs on
        ("…, saying: …" takes the subject of the main verb). Subjects inside quotation marks are the
        quotation's words, not its speaker, except ``within`` the quotation that holds a nested one."""
        token = cue
        if cue.tag_ == "VBG" and cue.i > 0 and cue.doc[cue.i - 1].text == ",":
            token = cue.sent.root  # "X resigned, hours after Y voted, saying …": X said it
        for _ in range(3):
            subject = next((t for t in token.children if t.dep_ in _SUBJECTS), None)
            own = subject is not None and within is not None and within[0] <= subject.idx < within[1]
            if subject is not None and self._in_quotation(subject.idx) and not own:
                return None  # the parser took the quotation for the subject: "“…,” wrote X"
            if subject is not None:
                return self._speaking(subject)
            if (
                token.dep_ in {"advcl", "xcomp", "conj", "acl", "pcomp", "dobj", "pobj"}
                and token.head != token
            ):
                token = token.head
            else:
                break
        possessor = next((t for t in cue.children if t.dep_ == "poss"), None)
        return self.resolve(possessor) if possessor is not None else None

    def _speaking(self, subject: Token) -> Speaker:
        """The subject as a speaker; where it cannot speak but a conjunct can, the conjunct ("the talks a
        failure and company officials say": the parser joined the officials to the wrong noun)."""
        speaker = self.resolve(subject)
        if not speaker.human:
            for conjunct in subject.conjuncts:
                other = self.resolve(conjunct)
                if other.human:
                    return other
        return speaker

    def inverted_subject(self, cue: Token) -> Speaker | None:
        """``said Mr Tsipras``: a name right after the verb that the parser did not make its subject."""
        for token in cue.doc[cue.i + 1 : cue.i + 4]:
            if token.i in self.by_token and self.by_token[token.i].type in {"PERSON", "ORG", "GROUP", "GPE"}:
                return self.resolve(_head_of(token))
            if token.lower_ in _PERSONAL or (token.pos_ == "PROPN" and token.text[:1].isupper()):
                return self.resolve(_head_of(token))
            if token.pos_ == "NOUN" and token.lemma_.lower() in _speaker_words():
                return self.resolve(token)  # "said a spokesman", "read a message"
            if token.is_punct:
                break
        return None

    def same_as(self, previous: QuoteRecord) -> Speaker:
        """The speaker of a quotation that carries on the previous one's voice, with no words of its own."""
        return Speaker(
            None,
            None,
            None,
            previous.speaker_mention,
            previous.speaker_title,
            previous.speaker_org,
            how="carried",
        )

    def resolve(self, token: Token) -> Speaker:
        """A subject token as a speaker: a named mention, a pronoun's antecedent, a description's holder."""
        how = "name"
        if token.lower_ in {"who", "which", "that"} and token.head.dep_ == "relcl":
            token, how = token.head.head, "relative"  # "Juncker, who said …": the noun the clause describes
        if token.i not in self.by_token and (named := self._named_in_apposition(token)) is not None:
            token, how = named, "apposition"  # "The head of the Commission, Jean-Claude Juncker, said"
        start, end = self._phrase(token)
        text = self.doc.text[start:end]
        lower = token.lower_
        if token.i in self.by_token:
            mention = self.by_token[token.i]
            return Speaker(text, start, end, mention.start, how=how)
        if lower in _PERSONAL:
            return Speaker(text, start, end, self._antecedent(token, {"PERSON"}), how="pronoun")
        if lower in _COLLECTIVE:
            found = self._antecedent(token, {"GROUP", "ORG", "NORP"}, plural=True)
            return Speaker(text, start, end, found, how="pronoun")
        if any(child.lower_ in _INDEFINITE for child in token.children if child.dep_ in {"det", "nummod"}):
            # "one European diplomat": anonymous
            nouns = _speaker_words()
            human = lower in nouns or token.lemma_.lower() in nouns
            return Speaker(text, start, end, human=human, how="anonymous")
        if lower in _words.titles():
            return self._description(token, text, start, end)
        # A proper name the model did not tag may be anyone's; a common noun must be one that can speak.
        named = token.pos_ == "PROPN" and token.ent_type_ not in _NOT_SPEAKERS  # "In October, … announced"
        human = named or lower in _speaker_nouns() or token.lemma_.lower() in _speaker_nouns()
        return Speaker(text, start, end, human=human)

    def _named_in_apposition(self, token: Token) -> Token | None:
        """A person named in apposition within a description: "The head of the X, Jean-Claude Juncker"."""
        for inner in token.subtree:
            for child in inner.children:
                if (
                    child.dep_ == "appos"
                    and child.i in self.by_token
                    and may_be_person(self.by_token[child.i])
                ):
                    return child
        return None

    def _phrase(self, token: Token) -> tuple[int, int]:
        """The noun phrase a subject heads, without appositions or relative clauses."""
        first = token
        for child in token.lefts:
            if child.dep_ in _NOUN_PHRASE_DEPS and child.pos_ != "VERB":  # not "*Hosting* Cook said"
                first = min(first, child.left_edge, key=lambda t: t.i)
                break
        end = token.idx + len(token.text)
        start = first.idx
        while start < end and not self.doc.text[start].isalnum():
            start += 1
        return start, end

    def _antecedent(self, token: Token, types: set[str], *, plural: bool = False) -> int | None:
        """The start of the mention a pronoun refers to: the last one of the right type before it,
        outside quotation marks, preferring one that was the subject of its clause within the last few
        sentences ("he was photographed with Epstein. He told …" is not Epstein). For "they", a
        nationality counts only as a people ("the Russians"), not as an adjective."""
        latest = latest_subject = None
        for mention in self.mentions:
            if mention.end > token.idx:
                break
            adjective = mention.type == "NORP" and not mention.name.endswith("s")
            if mention.type in types and not self._in_quotation(mention.start) and not (plural and adjective):
                latest = mention.start
                if mention.start in self.subjects:
                    latest_subject = mention.start
        if latest_subject is not None and token.idx - latest_subject <= _SUBJECT_REACH:
            return latest_subject
        return latest

    def _in_quotation(self, char: int) -> bool:
        return any(start <= char < end for start, end in self.quoted)

    def _description(self, token: Token, text: str, start: int, end: int) -> Speaker:
        """ "the Foreign Secretary", "the Greek leader": the person this article gives that office, else
        the office itself for the link stage."""
        org = self._org_in(token)
        title = _title_phrase(token)
        for role in self.roles:
            if (
                role.current is not False
                and same_office(role.title, title)
                and (org is None or role.org in (None, org))
            ):
                return Speaker(text, start, end, role.holder_start, how="description")
        return Speaker(text, start, end, None, title, org, how="office")

    def _org_in(self, token: Token) -> str | None:
        """The state or organisation a description names: "the *Greek* leader", "*Russia's* minister"."""
        for child in token.lefts:
            if child.i in self.by_token and self.by_token[child.i].type in {"GPE", "ORG"}:
                return self.by_token[child.i].key
            found = gazetteer.demonym(child.text)
            if found is not None and child.text[:1].isupper():
                return found.canonical
        return None


def same_office(title: str, described: str) -> bool:
    """An office stated as ``title`` answers a description of it ("the prime minister", "the German
    chancellor"): the same words, or the description's bare head ("minister") ending the title; "leader"
    and "head" answer any office that leads a state or government."""
    title, described = title.lower(), described.lower()
    if described in _LEADER_WORDS:
        return title in _LEADER_TITLES or title.split()[-1] in _LEADER_TITLES
    return title == described or (" " not in described and title.split()[-1] == described)


def _title_phrase(token: Token) -> str:
    """The title words of a description, without its article or state: "the Greek *prime minister*"."""
    words = [t for t in token.lefts if t.lower_ in _words.title_and_modifier_words() and t.i < token.i]
    first = min((t.i for t in words), default=token.i)
    return " ".join(t.lower_ for t in token.doc[first : token.i + 1] if not t.is_punct)


@cache
def _speaker_nouns() -> frozenset[str]:
    """Nouns that can be the source of reported words: institutions, documents, collectives."""
    return lexicons.words("speaker_nouns.txt") | _words.group_nouns()


@cache
def _speaker_words() -> frozenset[str]:
    """Titles of office and speaker nouns: the heads of a subject that can speak."""
    return _words.titles() | _speaker_nouns()


def _head_of(token: Token) -> Token:
    """The last token of the name a token belongs to ("Mr" -> "Tsipras")."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token
