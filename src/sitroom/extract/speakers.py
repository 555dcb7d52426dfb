"""Who a quotation's speaker is: a name, or what a pronoun or a description refers to.

The subject of a reporting verb may be a name ("Mr Tsipras"), a pronoun ("she insisted": the last person
of a compatible gender named before it outside quotation marks; "they": the last group, organisation or
pair of names), a description ("the Foreign Secretary", "the Greek leader", "the official": whichever
office the article introduced last that it matches, a named holder or an anonymous source; failing that,
left with its title and state for the link stage to resolve across the corpus), a collective
("Government sources") or an anonymous source ("one European diplomat"), kept as written. What the
article's people, genders and offices are is indexed once per article by :mod:`sitroom.extract.referents`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from sitroom import gazetteer, lexicons
from sitroom.extract import _words
from sitroom.extract._syntax import doc_text, heads_sentence, prepositional, says_what_it_is, token_at
from sitroom.extract.entities import may_be_person
from sitroom.extract.referents import (
    Referents,
    clause_gender,
    description_orgs,
    is_news_outlet,
    metonym_referent,
    noun_gender,
    same_office,
)
from sitroom.extract.reported import reporting_person, swallowed_subject
from sitroom.types import MentionRecord, QuoteRecord, RoleRecord

__all__ = ["Speaker", "SpeakerResolver", "same_office"]

_READ_BY = {"see", "view", "review", "read", "examine"}  # "a letter seen by the Herald": its reader
_PRONOUN_GENDER = {"he": "M", "him": "M", "his": "M", "she": "F", "her": "F"}
_COLLECTIVE = {"they", "them", "their"}
_BODIES = {"ORG", "GPE"}
# Words for a relative: "her husband" later stands for whom "her husband, Barack Obama" named.
_RELATIONS = {"husband", "wife", "son", "daughter", "brother", "sister", "father", "mother", "spouse"}
_TITLE_REACH = 4  # words of title between a comma and the name it introduces ("Senator", "Vice President")
_PARTITIVES = {"some", "others", "many", "most", "several"}  # subjects that take a part of a group just named
_COUNTRY_NOUNS = {"country", "nation"}
_WHOLE = {"whole", "entire"}
_RELATIVES = {"who", "whom", "which", "that"}
_RIVAL = {"other", "another", "rival", "second", "new", "opposing", "rebel", "armed", "militant"}
_DEFINITE = {"the", "this", "that", "these", "those"}
_INDEFINITE = {"a", "an", "one", "another", "some", "two", "three", "several", "many"}
_NOUN_PHRASE_DEPS = {"det", "compound", "amod", "poss", "nmod", "nummod", "case", "punct"}
_SUBJECTS = {"nsubj", "nsubjpass"}
_FINITE = {"VBD", "VBZ", "VBP"}  # a verb with a tense of its own
_CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"}
# Entity labels of words that are never speakers, however proper the noun ("In October, … announced").
_NOT_SPEAKERS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
_DOCUMENT_REACH = 400  # tokens back to the statement "the statement" refers to
_Identity = tuple[str, str | None, str | None]  # a party's key or surname, given name, gender
_JOINING = {"and", "&"}  # "X and Y said": both speak; "X or Y" is no joint speaker
# Words for a medium that also name other bodies: "the agency" may be a government's, "the network" anyone's.
_NOT_ONLY_PRESS = {"agency", "network", "station"}


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker as the text gives it, and what it resolves to in this article, if anything.

    ``how`` says how it was found: ``name`` (a name at the cue), ``pronoun``, ``relative`` ("who"),
    ``apposition`` (a description with the name beside it), ``description`` (an office the article gives
    a named holder), ``office`` (an office left for the link stage), ``anonymous`` (a source the article
    never names: "one diplomat", or "the official" after "a senior official"), ``document`` (whoever
    issued the statement or study that speaks), ``mouthpiece`` (whoever an office or ministry speaks
    for), ``carried`` (the voice of the quotation before), ``introduced`` (the person the sentence before
    an unattributed quotation introduces), ``joint`` (several parties speaking as one, "Volker and
    Morrison", which no single entity stands for) or ``words`` (words that name no one the article knows).
    """

    text: str | None
    start: int | None
    end: int | None
    mention: int | None = None  # start of the mention the speaker resolves to
    title: str | None = None  # an unresolved description's office ("foreign minister") ...
    org: str | None = None  # ... and its state or organisation ("Russia")
    human: bool = True  # False for a subject that cannot speak ("the fact told them")
    how: str = "words"


class SpeakerResolver:
    """Resolves the subjects of reporting verbs in one article against its mentions and offices."""

    def __init__(self, doc: Doc, mentions: tuple[MentionRecord, ...], roles: tuple[RoleRecord, ...]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.mentions = mentions
        self.roles = roles
        self.referents = Referents(doc, mentions, roles)
        self.by_token = self.referents.by_token
        self.quoted: list[tuple[int, int]] = []
        self._bylines = _bylines(doc, mentions)
        self._quoted_starts: list[int] = []
        self._quoted_reach: list[int] = []
        # Mentions that are the subject of their clause (not of one describing a noun), or name it in
        # apposition ("The minister, Laurent Fabius, said"): the likelier antecedents of "he" and "she";
        # True for the subject of the sentence's main clause, which outranks one of a clause inside it.
        self.subjects = {
            m.start: heads_sentence(verb)
            for m in mentions
            if (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
            and (verb := _verb_of(span)) is not None
            and _main_clause(verb)
        }
        self._resolved: dict[int, Speaker] = {}
        self._identities = {m.start: _identity(m) for m in mentions}
        self._mention_at = {m.start: m for m in mentions}
        # "her husband, Senator Barack Obama": whom a relation's word names, for "her husband" later
        self._relations = [
            (token.idx, token.lemma_.lower(), named)
            for token in doc
            if token.lemma_.lower() in _RELATIONS
            and (named := self._named_in_apposition(token) or self._named_after_comma(token)) is not None
        ]

    def _skip_for(self, pronoun: Token) -> Callable[[int], bool]:
        """Which mentions (by start) cannot be the antecedent of ``pronoun``: names inside quotation marks,
        and the names of the other arguments of its own verb ("They accuse Nato of provocation" is not
        Nato accusing itself; "Putin met him" is not Putin). A company's statements name it: "Nordlys
        Airlines cut 300 jobs, it said" is the airline."""
        others: set[_Identity] = set()
        for named in _reported_subjects(pronoun):
            mention = self.by_token.get(named.i)
            if mention is not None and not (pronoun.lower_ == "it" and mention.type == "ORG"):
                others.add(_identity(mention))  # "Berg, he added, had sold it": not Berg
        for other in _co_arguments(pronoun):
            if other.i in self.by_token:
                others.add(_identity(self.by_token[other.i]))
            elif pronoun.dep_ not in _SUBJECTS:
                # "He warned him", "Norway's president met him": whoever the subject is, "him" is someone
                # else (a subject never asks its object)
                antecedent = self.resolve(other).mention
                if antecedent is not None:
                    others.add(self._identities[antecedent])
        if not others:
            return self._unsayable
        identities = self._identities

        def skip(start: int) -> bool:
            own = identities.get(start)
            return self._unsayable(start) or (own is not None and any(_same(own, o) for o in others))

        return skip

    def _mentions_of(self, found: int | None) -> list[int]:
        """The starts of the mentions of the person whose mention starts at ``found``."""
        if found is None or found not in self._identities:
            return []
        identity = self._identities[found]
        return [start for start, other in self._identities.items() if _same(other, identity)]

    def _same_pronoun_before(self, pronoun: Token) -> Token | None:
        """The same "he" or "she" as the subject of the sentence right before a subject pronoun, where the
        pronoun's own sentence names no one before it: the person a passage keeps talking about goes on,
        past the people it names on the way. None otherwise."""
        sentence = pronoun.sent
        if pronoun.dep_ not in _SUBJECTS or sentence.start == 0 or self._in_quotation(pronoun.idx):
            return None
        if any(
            t.i in self.by_token and self.by_token[t.i].type == "PERSON"
            for t in self.doc[sentence.start : pronoun.i]
        ):
            return None
        before = self.doc[sentence.start - 1].sent
        at = before.start_char - 1
        while at >= 0 and self.text[at] in " \t\"“”'’":
            at -= 1
        if at >= 0 and self.text[at] not in ".!?\n":
            return None  # a clause after a dash that the parser set apart is no sentence of its own
        subject = next((c for c in before.root.children if c.dep_ in _SUBJECTS), None)
        if subject is None or subject.lower_ != pronoun.lower_ or self._in_quotation(subject.idx):
            return None
        if any(t.dep_ in _SUBJECTS for t in self.doc[before.start : subject.i]):
            # "An official recalls him - he kept to himself": the root the parser chose is no topic
            return None
        if any(_names_as(t) for t in before if t.i in self.by_token and self.by_token[t.i].type == "PERSON"):
            return None  # "He has been named as Ivan Holm. He …": the name, not what "he" was before it
        return subject

    def _document_before(self, pronoun: Token) -> Token | None:
        """The document that is the subject of the sentence right before a speaking "it" ("The report
        covers five ports. It said …"), where the pronoun's own sentence names nothing before it; else
        None."""
        sentence = pronoun.sent
        if sentence.start == 0 or any(t.i in self.by_token for t in self.doc[sentence.start : pronoun.i]):
            return None
        before = self.doc[sentence.start - 1].sent
        # the last of the subjects: "e-mail" is three words the parser may each make one
        subject = next((c for c in reversed(list(before.root.lefts)) if c.dep_ in _SUBJECTS), None)
        if subject is None or subject.i in self.by_token or not _is_document(subject):
            return None
        return subject

    def _unsayable(self, start: int) -> bool:
        """Whether a mention can be no antecedent: inside quotation marks, or a byline ("Sam Jones, Defence
        and Security Editor" on a line of its own: the writer, never a "he" of the story)."""
        return self._in_quotation(start) or start in self._bylines

    def exclude(self, quoted: list[tuple[int, int]]) -> None:
        """Names inside these quoted stretches are never speakers or antecedents of a speaker's pronoun."""
        self.quoted = sorted(quoted)
        self._quoted_starts = [start for start, _ in self.quoted]
        self._quoted_reach = _running_max([end for _, end in self.quoted])
        self._resolved.clear()

    def _voice_continued(
        self, found: int, pronoun: Token, gender: str | None, voice: Token | None
    ) -> Speaker | None:
        """The last voice before a speaking pronoun (:meth:`_last_voice`), where the pronoun's antecedent
        ``found`` is named no later than that voice's sentence and the voice is one other person the
        pronoun may stand for: a story lets the voice it quotes go on ("According to the friend, Haas
        stayed a week. “We booked the flights together,” he said": the friend), and "it" goes on with a
        body ("The airline told families the jet was lost. It said: “…”"). None otherwise."""
        if voice is None or found >= voice.sent.end_char:
            return None
        speaker = self.resolve(voice)
        start, end, text = pronoun.idx, pronoun.idx + len(pronoun.text), pronoun.text
        body = pronoun.lower_ == "it"
        if speaker.mention is not None:
            mention = self._mention_at.get(speaker.mention)
            if mention is None or speaker.mention == found:
                return None
            if body:
                return (
                    Speaker(text, start, end, speaker.mention, how="pronoun")
                    if mention.type in _BODIES
                    else None
                )
            sex = self.referents.gender.get(speaker.mention)
            if mention.type != "PERSON" or (gender is not None and sex is not None and sex != gender):
                return None
            return Speaker(text, start, end, speaker.mention, how="pronoun")
        if speaker.how == "anonymous" and voice.lower_ in _PRONOUN_GENDER:
            # the unnamed voice a "he" already carried on: "“…,” he said. “…,” he told the BBC"
            same = _PRONOUN_GENDER[voice.lower_] == gender
            return Speaker(text, start, end, how="anonymous") if same else None
        if voice.tag_ != "NN" or not (_body_noun(voice) if body else _person_noun(voice)):
            return None  # "the friend" may go on as "he", "the ministry" as "it"
        sex = noun_gender(voice) or clause_gender(voice, voice.i + 1)  # "the surgeon … in his memoir"
        if gender is not None and sex is not None and sex != gender:
            return None
        if speaker.title is not None:
            return Speaker(text, start, end, None, speaker.title, speaker.org, how="office")
        return Speaker(text, start, end, how="anonymous")

    def _quotes(self, verb: Token) -> bool:
        """Whether a reporting verb gives someone's words: a clause it reports, or a quotation in its
        sentence ("wrote to the mayor" gives none)."""
        reported = any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)
        return reported or any(self._in_quotation(t.idx) for t in verb.sent)

    def _last_voice(self, pronoun: Token) -> Token | None:
        """The subject of the last reporting verb outside quotation marks that gives someone's words before a
        speaking pronoun, in its sentence or the two before it ("according to X" included); None where
        the pronoun does not speak or that verb reports the pronoun's own words."""
        if pronoun.dep_ not in _SUBJECTS or pronoun.head.lemma_.lower() not in _speech_verbs():
            return None
        found = self._voice_in(pronoun.sent.start, pronoun.i, pronoun)
        return found[1] if found is not None else None

    def voice_before(self, char: int) -> tuple[int, Speaker] | None:
        """Where the last voice before ``char`` speaks (its reporting verb) and who it is, carried on: what a
        quotation with no attribution of its own goes on with ("… “won a narrow victory,” said Ivan Holm, a
        professor. “They will not get far.”"); None where no voice speaks in the two sentences before."""
        doc = self.doc
        end = token_at(doc, char)
        if end == 0:
            return None
        found = self._voice_in(doc[end - 1].sent.start, end, None)
        if found is None:
            return None
        verb, subject = found
        speaker = self.resolve(subject)
        carried = Speaker(
            None, None, None, speaker.mention, speaker.title, speaker.org, speaker.human, "carried"
        )
        return verb.idx, carried

    def _voice_in(self, sentence: int, end: int, pronoun: Token | None) -> tuple[Token, Token] | None:
        """The last reporting verb giving someone's words, and its subject, from two sentences before the
        one starting at token ``sentence`` up to token ``end``."""
        doc = self.doc
        first = sentence
        for _ in range(2):
            first = doc[first - 1].sent.start if first > 0 else 0
        for token in reversed(doc[first:end]):
            if (pronoun is not None and token.i == pronoun.head.i) or self._in_quotation(token.idx):
                continue
            if token.lower_ == "according":
                to = next((c for c in token.children if c.lower_ == "to"), None)
                source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
                if source is not None:
                    return token, source
            if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in _speech_verbs():
                if pronoun is not None and token in pronoun.ancestors:
                    return None  # "the aide recalled that he said …": one voice reporting another's
                subject = next(
                    (c for c in token.children if c.dep_ == "nsubj" and not self._in_quotation(c.idx)), None
                )
                if subject is not None and self._quotes(token):
                    return token, subject
        return None

    def subject_of(self, cue: Token, within: tuple[int, int] | None = None) -> Speaker | None:
        """The speaker of a reporting verb or noun: its subject, or the subject of the verb it hangs on
        ("…, saying: …" takes the subject of the main verb). Subjects inside quotation marks are the
        quotation's words, not its speaker, except ``within`` the quotation that holds a nested one."""
        token = cue
        if _said_by_noun(cue):
            return self._speaking(cue.head)  # "with analysts saying …": the analysts say it
        agent = agent_of(cue)
        if passive_participle(cue):
            # "a fishing town dubbed a “ghost harbour”", "the port, described as “the worst” by inspectors":
            # its speaker is its agent, and without one nobody named
            return self._speaking(agent) if agent is not None else None
        if agent is not None and any(c.dep_ == "auxpass" for c in cue.children):
            return self._speaking(agent)  # "the port, which is described by inspectors as “the worst”"
        if cue.tag_ == "VBG" and cue.i > 0 and cue.doc[cue.i - 1].text == ",":
            if (person := reporting_person(cue)) is not None:
                return self._speaking(person)  # "says Samaras will push for …, arguing that …": Samaras
            token = cue.sent.root  # "X resigned, hours after Y voted, saying …": X said it
        # A subject across a line break is a heading the parser ran into the sentence.
        line = self.text.rfind("\n", 0, cue.idx)
        for _ in range(3):
            subjects = [t for t in token.children if t.dep_ in _SUBJECTS and t.idx > line]
            # the parser took the quotation for the subject: "“…,” wrote X"; or for one more subject
            # beside the speaker ("“Dad,” Tomas Berg, our son, said")
            spoken = [t for t in subjects if self._in_quotation(t.idx) and not _inside(t.idx, within)]
            if spoken and len(spoken) == len(subjects):
                return None
            # of two subjects the parser split a description from a name by ("the paper's co | -author Kari
            # Lind said"), the name
            candidates = [t for t in subjects if t not in spoken]
            named = [t for t in candidates if t.i in self.by_token]
            subject = (named or candidates or [None])[0]
            if subject is not None:
                return self._speaking(subject)
            if token.dep_ == "acl" and token.tag_ in _FINITE and token.head.pos_ in ("NOUN", "PROPN"):
                # "The company, which is expected to …, confirmed that …": a finite verb the parser hung
                # on its own subject
                return self._speaking(token.head)
            if token.dep_ == "conj" and token.head.dep_ == "ccomp" and _reports(token.head.head):
                token = token.head.head  # "said it viewed … and said it would …": the first one's speaker
            elif (
                token.dep_ in {"advcl", "xcomp", "conj", "acl", "pcomp", "dobj", "pobj"}
                and token.head != token
            ):
                token = token.head
            else:
                break
        possessor = next((t for t in cue.children if t.dep_ == "poss"), None)
        if possessor is not None:
            return self.resolve(possessor)
        named = cue.doc[cue.i - 1] if cue.i > 0 and cue.pos_ == "VERB" else None
        if named is not None and named.dep_ == "compound" and named.head == cue and named.i in self.by_token:
            # "“…,” Anna Berg remembers": the parser made the name a compound of the verb after it
            return self._speaking(named)
        if (swallowed := swallowed_subject(cue)) is not None:
            # "…, police and port officials said": the parser ran them into the words
            speaker = self._speaking(swallowed.root)
            if speaker.mention is not None:
                return speaker
            return replace(speaker, text=swallowed.text, start=swallowed.start_char, end=swallowed.end_char)
        return None

    def _speaking(self, subject: Token) -> Speaker:
        """The subject as a speaker; where it cannot speak but a conjunct can, the conjunct ("the talks a
        failure and company officials say": the parser joined the officials to the wrong noun)."""
        speaker = self.resolve(subject)
        if not speaker.human:
            for conjunct in subject.conjuncts:
                other = self.resolve(conjunct)
                if other.human:
                    return other
        elif (joint := self._joint(subject)) is not None:
            return joint
        return speaker

    def _joint(self, subject: Token) -> Speaker | None:
        """Two or more parties who speak as one ("Volker and Morrison said", "the UN and the EU stressed"):
        the words name them all and no one of them, so the speaker is no single entity; None when the
        subject has no other party joined to it by "and" (a name with "and" in it is one party)."""
        joined = [
            c
            for c in subject.children
            if c.dep_ == "conj" and any(w.dep_ == "cc" and w.lower_ in _JOINING for w in subject.children)
        ]
        own = self.by_token.get(subject.i)
        # "the defence and transport minister, Hishammuddin Hussein, said": one person the apposition names
        described = self.resolve(subject)
        one = {None, described.mention} if described.how == "apposition" else set()
        parties = [
            c
            for c in joined
            if (own is None or self.by_token.get(c.i) is not own) and self.resolve(c).mention not in one
        ]
        if not parties or not all(self.resolve(c).human for c in parties):
            return None
        last = max((c.right_edge for c in parties), key=lambda t: t.i)
        start = self._phrase(subject)[0]
        end = last.idx + len(last.text)
        return Speaker(self.text[start:end], start, end, human=True, how="joint")

    def inverted_subject(self, cue: Token) -> Speaker | None:
        """``said Mr Tsipras``: a name right after the verb that the parser did not make its subject."""
        for token in cue.doc[cue.i + 1 : cue.i + 4]:
            if token.i in self.by_token and self.by_token[token.i].type in {"PERSON", "ORG", "GROUP", "GPE"}:
                if (holder := self._holder_after_owner(token)) is not None:
                    return self.resolve(holder)  # "said The We Company's executive chair Marcelo Claure"
                return self.resolve(_head_of(token))
            if token.lower_ in _PRONOUN_GENDER or (token.pos_ == "PROPN" and token.text[:1].isupper()):
                return self.resolve(_head_of(token))
            if token.pos_ == "NOUN" and token.lemma_.lower() in _speaker_words():
                return self.resolve(token)  # "said a spokesman", "read a message"
            if token.is_punct:
                break
        return None

    def _holder_after_owner(self, token: Token) -> Token | None:
        """The person named after a body's possessive and a title ("The We Company's recently named
        executive chair Marcelo Claure"): that person speaks, not the body."""
        head = _head_of(token)
        if self.by_token[token.i].type == "PERSON" or not any(c.dep_ == "case" for c in head.children):
            return None
        for later in token.doc[head.i + 1 : head.i + 8]:
            mention = self.by_token.get(later.i)
            if mention is not None and mention.type == "PERSON":
                return _head_of(later)
            if later.is_punct:
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

    def _outlet_named_before(self, token: Token) -> Token | None:
        """The organisation named before a word for a medium ("RTL radio", "BFM television", "the Le
        Monde newspaper"), when the word is one (``outlet_nouns.txt``), else None."""
        if token.lemma_.lower() not in lexicons.words("outlet_nouns.txt"):
            return None
        named = next(
            (
                c
                for c in token.lefts
                if c.dep_ == "compound" and c.i in self.by_token and self.by_token[c.i].type == "ORG"
            ),
            None,
        )
        if named is not None and token.lemma_.lower() == "agency":
            # "the Xinhua news agency" is the outlet; "a UN agency" is one of the UN's bodies
            news = any(c.lower_ == "news" for c in token.lefts)
            return named if news or is_news_outlet(self.by_token[named.i].name) else None
        return named

    def _our_journalist(self, token: Token) -> Token | None:
        """The journalist "our correspondent" is: the last person the article named as a news outlet's
        ("the BBC's Mark Lowen in Athens says …"). None for any other word, or where none was named."""
        if token.lower_ not in lexicons.words("press_titles.txt") or not any(
            c.lower_ == "our" for c in token.children if c.dep_ == "poss"
        ):
            return None
        for mention in reversed([m for m in self.mentions if m.start < token.idx and m.type == "PERSON"]):
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or span.start < 2 or span[0].nbor(-1).tag_ != "POS":
                continue
            owner = self.by_token.get(span.start - 2)
            if owner is not None and is_news_outlet(owner.name):
                return span[-1]
        return None

    def _outlet_of_reporters(self, token: Token) -> Token | None:
        """The news outlet whose journalists, in the plural, speak ("reporters with the Associated Press",
        "BBC journalists"): their outlet reports. One unnamed correspondent stays an anonymous source."""
        if token.tag_ != "NNS" or token.lemma_.lower() not in lexicons.words("press_titles.txt"):
            return None
        owners = [c for c in token.lefts if c.dep_ in ("compound", "nmod")] + [
            obj
            for prep in token.rights
            if prep.dep_ == "prep" and prep.lower_ in ("with", "from", "for", "at", "of")
            for obj in prep.children
            if obj.dep_ == "pobj"
        ]
        for owner in owners:
            mention = self.by_token.get(owner.i)
            if mention is not None and is_news_outlet(mention.name):
                return owner
        return None

    def _named_by_modifier(self, token: Token) -> int | None:
        """The organisation a word for an organisation is named by, before it ("the Democratic Left
        party", "the Hamas movement"): that organisation speaks."""
        if token.tag_ != "NN" or token.lemma_.lower() not in lexicons.words("organisation_classifiers.txt"):
            return None  # not "Education advocacy groups", groups of a kind
        if any(child.lower_ in _INDEFINITE for child in token.children if child.dep_ == "det"):
            return None  # "a UN agency": one of its bodies, unnamed
        named = (self.by_token.get(c.i) for c in token.lefts if c.dep_ in ("compound", "amod", "nmod"))
        return next((m.start for m in named if m is not None and m.type == "ORG"), None)

    def resolve(self, token: Token) -> Speaker:
        """A subject token as a speaker: a named mention, a pronoun's antecedent, a description's holder."""
        found = self._resolved.get(token.i)
        if found is None:
            found = self._resolved[token.i] = self._resolve(token)
        return found

    def _resolve(self, token: Token) -> Speaker:
        how = "name"
        if (described := relative_antecedent(token)) is not None:
            token, how = described, "relative"  # "Juncker, who said …": the noun the clause describes
        if token.i not in self.by_token and (named := self._named_in_apposition(token)) is not None:
            token, how = named, "apposition"  # "The head of the Commission, Jean-Claude Juncker, said"
        elif token.i not in self.by_token and (named := self._named_after_post(token)) is not None:
            token, how = named, "apposition"  # "former ambassador to Ukraine Marie Yovanovitch said"
        elif token.i not in self.by_token and (named := self._described_by_apposition(token)) is not None:
            token, how = named, "apposition"  # "the Alliance for American Manufacturing, a group that …"
        elif token.i not in self.by_token and (outlet := self._outlet_named_before(token)) is not None:
            token = outlet  # "according to RTL radio", "BFM television reported": the outlet named
        elif (outlet := self._outlet_of_reporters(token)) is not None:
            token = outlet  # "according to reporters with the Associated Press": the agency's report
        elif (journalist := self._our_journalist(token)) is not None:
            token, how = journalist, "description"  # "The BBC's Ed Holm … Our correspondent says"
        start, end = self._phrase(token)
        text = self.text[start:end]
        lower = token.lower_
        if token.i in self.by_token:
            mention = self.by_token[token.i]
            if (
                mention.type == "GROUP"
                and _definite(token)
                and (body := self._named_before(token)) is not None
            ):
                return Speaker(text, start, end, body, how="description")  # "Eurozone leaders … the leaders"
            return Speaker(text, start, end, mention.start, how=how)
        if lower in _PRONOUN_GENDER and (previous := self._same_pronoun_before(token)) is not None:
            # "Lind's rating rose. She has sung with Berg and cooked for Holm. She says …": one "she" goes on
            chained = self.resolve(previous)
            how = "anonymous" if chained.how == "anonymous" else "pronoun"
            return replace(chained, text=text, start=start, end=end, how=how)
        if lower in _PRONOUN_GENDER:
            gender = _PRONOUN_GENDER[lower]
            found = self.referents.person_before(
                token.idx,
                gender,
                subjects=self.subjects,
                skip=self._skip_for(token),
                object_of_verb=token.dep_ in ("dobj", "dative"),
            )
            if found is None and (lead := self.referents.lead_named_next(token, gender)) is not None:
                return Speaker(text, start, end, lead, how="pronoun")  # "A man admitted he …", named next
            voice = self._last_voice(token) if found is not None else None
            if found is not None and (continued := self._voice_continued(found, token, gender, voice)):
                return continued
            # "said Li, whose brother is missing … He told": a relative Li mentions does not take the "he"
            speaking = voice is not None and self.resolve(voice).mention == found
            if not speaking and self.referents.unnamed_between(
                found if found is not None else -1, token.idx, gender, self._mentions_of(found)
            ):
                return Speaker(text, start, end, how="anonymous")  # "His brother told AFP … He said"
            return Speaker(text, start, end, found, how="pronoun")
        if (related := self._related(token)) is not None:
            return Speaker(text, start, end, related, how="description")  # "Her husband has said …"
        if _one_of_people(token):
            return Speaker(text, start, end, how="anonymous")  # "One of the men who drove him told …"
        bare = not any(child.dep_ == "prep" for child in token.children)  # not "some of the workers"
        if lower in _PARTITIVES and token.dep_ in _SUBJECTS and not bare:
            return Speaker(text, start, end, how="anonymous")  # "Many in the town said": unnamed people
        if (
            lower == "others"
            and token.dep_ in _SUBJECTS
            and bare
            and (some := _part_before(token)) is not None
        ):
            # "Some blamed the coastguard. Others criticised the government": of the same people
            return self.resolve(some)
        if lower in _PARTITIVES and token.dep_ in _SUBJECTS and bare:
            # "Relatives gathered at the hotel. Some accused the airline": some of those just named
            found = self.referents.plural_before(
                token.idx, subjects=self.subjects, skip=self._skip_for(token)
            )
            if found is not None and _sentences_between(self.doc, found, token) <= 1:
                return Speaker(text, start, end, found, how="pronoun")
            return Speaker(text, start, end, how="anonymous")
        if lower in _COLLECTIVE and (unnamed := self._unnamed_plural_before(token)) is not None:
            # "some security experts take another view. They argue that …": people the text never named
            words = self.text[slice(*self._phrase(unnamed))]
            return Speaker(words, *self._phrase(unnamed), how="anonymous")
        if lower in _COLLECTIVE:
            found = self.referents.plural_before(
                token.idx, subjects=self.subjects, skip=self._skip_for(token)
            )
            return Speaker(text, start, end, self._near(token, found), how="pronoun")
        if lower == "its" and token.dep_ == "poss":
            # "Iran announced its withdrawal from the treaty": the body or state whose clause it is in
            # ("Sweden says Norway is massing ships to justify its blockade": Norway's), else
            # the body or state named last
            found = self._clause_body(token)
            if found is None:
                found = self.referents.institution_before(
                    token.idx, subjects=self.subjects, skip=self._in_quotation
                )
            found = self._near(token, found)
            return Speaker(text, start, end, found, human=found is not None, how="pronoun")
        if lower == "it" and token.dep_ == "nsubjpass" and token.head.lemma_.lower() in _speech_verbs():
            return Speaker(None, None, None)  # "it is alleged that …": a formula, nobody speaks
        speaking = token.dep_ in _SUBJECTS and token.head.lemma_.lower() in _speech_verbs()
        if lower == "it" and speaking and (document := self._document_before(token)) is not None:
            # "The e-mail from the school alarmed her. It said …": the document, for whoever issued it
            issuer = self._issuer(document)
            return Speaker(text, start, end, issuer.mention if issuer else None, how="document")
        if lower == "it" and speaking:
            # "It said the crash was under investigation": the body or state that speaks
            found = self.referents.institution_before(
                token.idx, subjects=self.subjects, skip=self._skip_for(token)
            )
            voice = self._last_voice(token) if found is not None else None
            if found is not None and (continued := self._voice_continued(found, token, None, voice)):
                return continued
            return Speaker(text, start, end, found, human=found is not None, how="pronoun")
        if (named := self._named_by_modifier(token)) is not None:
            return Speaker(text, start, end, named, how="name")  # "the small Democratic Left party said"
        if token.lemma_.lower() in _mouthpieces() and (owner := self._owner(token)) is not None:
            # "Nadia Cruz's office said", "Russia's foreign ministry said": whoever it speaks for
            return Speaker(text, start, end, owner.mention, human=True, how="mouthpiece")
        if token.lemma_.lower() in _mouthpieces() and (body := self._body_named_before(token, token.idx)):
            # "the prosecutor's office said" after "the U.S. Attorney's Office for …": the office named
            return Speaker(text, start, end, body, how="description")
        if _is_document(token) and (issuer := self._issuer(token)) is not None:
            # "a study by the Centre for … concluded", "the statement said": whoever issued it
            return Speaker(text, start, end, issuer.mention, human=True, how="document")
        private = token.lemma_.lower() in lexicons.words("private_person_nouns.txt")
        if private and any(child.lower_ in ("a", "an") for child in token.children if child.dep_ == "det"):
            named = self.referents.named_next(
                token
            )  # "A New York man pleaded guilty … Patrick Carlineo, 55, …"
            if named is not None:
                return Speaker(text, start, end, named, how="description")
        if any(child.lower_ in _INDEFINITE for child in token.children if child.dep_ in {"det", "nummod"}):
            # "one European diplomat": anonymous
            nouns = _speaker_words()
            human = lower in nouns or token.lemma_.lower() in nouns
            return Speaker(text, start, end, human=human, how="anonymous")
        abbreviated = lower in _words.title_abbreviations() and token.text.isupper()  # "the Malaysian PM"
        if (lower in _words.titles() or abbreviated or _paired_title(token)) and token.tag_ != "NNS":
            return self._description(token, text, start, end)
        definite = _definite(token)
        if definite and lower in _COUNTRY_NOUNS and _plain(token):
            # "invaded the country": the country named last
            found = self.referents.country_before(token.idx, skip=self._in_quotation)
            return Speaker(text, start, end, found, human=found is not None, how="description")
        if definite and token.pos_ == "NOUN":
            # "the office said", "the doctors wrote": the body the article named with that word
            body = self._body_named_before(token, token.idx)
            company = lower in lexicons.words("company_nouns.txt")
            if body is None and company and _plain(token):
                body = self.referents.main_organisation(token.idx)  # "the company said": the one it is about
            press = lower in lexicons.words("outlet_nouns.txt") and lower not in _NOT_ONLY_PRESS
            if body is None and press and _plain(token):
                # "the newspaper added": the one named last
                body = self.referents.outlet_before(token.idx, lower)
            generic = token.tag_ == "NN" and not company and _generic_organisation(token, self.by_token)
            if body is None and generic:
                # "Amnesty published a report. The rights group said …": the organisation named last (a
                # company is none but the one the article is about: the WHO is no company)
                body = self.referents.organisation_before(
                    token.idx, subjects=self.subjects, skip=self._in_quotation
                )
            if body is not None:
                return Speaker(text, start, end, body, how="description")
        # "the 29-year-old French national"; "the 48-year-old" alone, which the parser heads by "old", only
        # where it takes up someone named just before
        aged = definite and token.tag_ in ("NN", "JJ") and _aged(token)
        if aged or (definite and _first_time(token) and token.tag_ == "NN" and _names_a_person(token)):
            # "Eyamba Sowers didn't know … The real estate agent said": a second reference to the person
            # just named, by what they do, which the article has not used of anyone before
            found = self.referents.topic_just_before(token, aged)
            if found is not None:
                return Speaker(text, start, end, found, how="description")
        # A proper name the model did not tag may be anyone's; so may people a plural noun describes
        # ("defense attorneys", "Israeli settlers"), except what cannot speak ("the results"). A singular
        # noun must be one that can speak ("the fact told them" is no quotation); "the real estate agent
        # said" can, but which person it is the article leaves to the reader.
        named = token.pos_ == "PROPN" and token.ent_type_ not in _NOT_SPEAKERS  # "In October, … announced"
        nouns = _speaker_words()
        common = token.tag_ == "NNS" and token.lemma_.lower() not in lexicons.words("mute_nouns.txt")
        human = named or common or lower in nouns or token.lemma_.lower() in nouns or _names_a_person(token)
        return Speaker(text, start, end, human=human)

    def _clause_body(self, pronoun: Token) -> int | None:
        """The state or body that is the subject of the nearest clause around ``pronoun`` with one before it:
        the verbs it hangs on, nearest first, through infinitives that have no subject of their own."""
        for verb in pronoun.ancestors:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < pronoun.i), None)
            if subject is None:
                continue
            mention = self.by_token.get(subject.i)
            return mention.start if mention is not None and mention.type in _BODIES else None
        return None

    def institution_for(self, pronoun: Token) -> int | None:
        """The start of the body or state a subject "it" stands for when it acts ("Iran said it would
        retaliate"): the last organisation or state named before it, preferring a subject, never a name
        inside quotation marks or another party of its own verb, nor a news outlet cited in an earlier
        sentence ("…, Reuters reported. It was shot down" is not the agency; "Reuters said it had seen
        the letter" is)."""
        skip = self._skip_for(pronoun)
        sentence = pronoun.sent.start_char

        def cited_before(start: int) -> bool:
            mention = self._mention_at.get(start)
            return mention is not None and start < sentence and is_news_outlet(mention.name)

        return self.referents.institution_before(
            pronoun.idx, subjects=self.subjects, skip=lambda start: skip(start) or cited_before(start)
        )

    def _issuer(self, document: Token) -> Speaker | None:
        """Who issued a document that speaks: its owner where the phrase names one ("the ministry's
        statement", "a study by X", "data from X"), the body named before that a word before it takes up
        ("the office release"), else, for "the statement", whoever issued the last statement named before
        it ("X said in a statement …. The statement said …")."""
        if (owner := self._owner(document)) is not None:
            return owner
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in document.children)
        if not definite:
            return None
        for body in (c for c in document.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"):
            # "according to the office release" after "the U.S. Attorney's Office for …": that office
            found = self._body_named_before(body, body.idx)
            if found is not None:
                return Speaker(body.text, body.idx, body.idx + len(body.text), found, how="description")
        lemma = document.lemma_.lower()
        for earlier in reversed(document.doc[max(0, document.i - _DOCUMENT_REACH) : document.i]):
            if earlier.lemma_.lower() != lemma or earlier.pos_ != "NOUN":
                continue
            if (owner := self._owner(earlier)) is not None:
                return owner
            verb = earlier.head.head if earlier.dep_ == "pobj" else earlier.head  # "said in a statement"
            subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
            if earlier.dep_ in ("pobj", "dobj") and subject is not None and subject.i != document.i:
                found = self.resolve(subject)
                return found if found.mention is not None else None
            return None
        return None

    def _owner(self, document: Token) -> Speaker | None:
        """The named owner of a document or office: a possessor, a name before it ("the Home Office
        letter", "the White House press office"), the object of its "by", "from" or "of", the agent of
        the participle that says who made it ("information acquired by Enet.gr", "a report published by
        the ministry"; not who read it, "a letter seen by the Herald"), or the organisation it appeared in
        ("a report in the Boston Globe")."""
        owners = [c for c in document.children if c.dep_ == "poss"]
        owners += [c for c in document.lefts if c.dep_ == "compound" and c.i in self.by_token]
        makers = [
            document,
            *(
                c
                for c in document.children
                if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in _READ_BY
            ),
        ]
        owners += [
            g
            for head in makers
            for c in head.children
            if (c.dep_ == "prep" and c.lower_ in ("by", "from", "of")) or c.dep_ == "agent"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        # "a report in the Boston Globe": the paper that ran it (a place or a date it is in issues nothing)
        owners += [
            g
            for c in document.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for g in c.children
            if g.dep_ == "pobj" and (mention := self.by_token.get(g.i)) is not None and mention.type == "ORG"
        ]
        for owner in owners:
            found = self.resolve(owner)
            if found.mention is not None:
                return found
        return None

    def _related(self, noun: Token) -> int | None:
        """The person a relation's word with a possessive pronoun stands for ("her husband"), where the
        article named them in apposition to the same word before ("her husband, Barack Obama")."""
        lemma = noun.lemma_.lower()
        owned = any(
            c.dep_ == "poss" and (c.lower_ in _PRONOUN_GENDER or c.lower_ in _COLLECTIVE)
            for c in noun.children
        )
        if lemma not in _RELATIONS or not owned:
            return None
        named = [n for at, word, n in self._relations if word == lemma and at < noun.idx and n.i != noun.i]
        return self.by_token[named[-1].i].start if named else None

    def _named_after_comma(self, noun: Token) -> Token | None:
        """A person named right after a noun and a comma, titles between ("her husband, Senator Peter
        Berg,"), where the parser hung the name elsewhere."""
        doc = noun.doc
        if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
            return None
        for token in doc[noun.i + 2 : noun.i + 2 + _TITLE_REACH]:
            mention = self.by_token.get(token.i)
            if mention is not None:
                return token if mention.type == "PERSON" else None
            if token.lower_ not in _words.title_vocabulary():
                return None
        return None

    def _named_in_apposition(self, token: Token) -> Token | None:
        """A person named in apposition within a description: "The head of the X, Jean-Claude Juncker";
        or whose name closes the apposition ("another diplomat, former special envoy to Ukraine Kurt
        Volker,": the parser hangs the name on "to")."""
        for inner in _noun_phrase(token):
            for child in inner.children:
                if child.dep_ != "appos":
                    continue
                for named in (child, child.right_edge):
                    if named.i in self.by_token and may_be_person(self.by_token[named.i]):
                        return named
        return None

    def _named_after_post(self, title: Token) -> Token | None:
        """The person a title's post ends by naming, run together with the place of the post ("former
        ambassador to Ukraine Marie Yovanovitch", "envoy to Ukraine Kurt Volker": the parser hangs the
        name on "to"): the person whose name closes the title's phrase right after a named place."""
        if title.lower_ not in _words.titles() or title.tag_ == "NNS":
            return None
        last = title.right_edge
        mention = self.by_token.get(last.i)
        if mention is None or mention.type != "PERSON" or prepositional(title, ("to",)) is None:
            return None
        span = title.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        place = self.by_token.get(span.start - 1) if span is not None and span.start > 0 else None
        return last if place is not None and place.type == "GPE" else None

    def _described_by_apposition(self, noun: Token) -> Token | None:
        """The name an appositive description follows: "the Alliance for American Manufacturing, a group
        that …" is the Alliance, wherever the parser hung the apposition. Only a description of the kind of
        thing the name is (no person for a group, no organisation for a person)."""
        if noun.dep_ != "appos" or noun.pos_ != "NOUN":
            return None
        first = noun.left_edge.i
        if first < 2 or noun.doc[first - 1].text != ",":
            return None
        mention = self.by_token.get(first - 2)
        if mention is None:
            return None
        person = _names_a_person(noun) or noun.lemma_.lower() in _words.titles()
        if (mention.type == "PERSON") != person:
            return None
        return noun.doc[first - 2]

    def _phrase(self, token: Token) -> tuple[int, int]:
        """The noun phrase a subject heads, without appositions or relative clauses."""
        first = token
        for child in token.lefts:
            if child.dep_ in _NOUN_PHRASE_DEPS and child.pos_ != "VERB":  # not "*Hosting* Cook said"
                first = min(first, child.left_edge, key=lambda t: t.i)
                break
        end = token.idx + len(token.text)
        start = first.idx
        while start < end and not self.text[start].isalnum():
            start += 1
        return start, end

    def _named_before(self, token: Token) -> int | None:
        """The group or body named earlier that a definite collective points back at ("Eurozone leaders
        reached a deal … all the leaders backed it"), of the state the collective names, if it names one."""
        return self._body_named_before(token, self.by_token[token.i].start)

    def _body_named_before(self, noun: Token, char: int) -> int | None:
        """The body named before ``char`` whose name holds the noun ("the office" after "the U.S.
        Attorney's Office"), of the state the noun's modifier names if it names one ("the Jordanian
        ministry" is no Syrian one)."""
        body = self.referents.body_before(noun.lower_, char)
        return body if body is not None and self._of_named_state(noun, body) else None

    def _unnamed_plural_before(self, pronoun: Token) -> Token | None:
        """The people a subject "they" most likely takes up when the text never named them: the last plural
        subject for people ("experts", "the authors") in its own or the previous sentence that is no
        mention and is not inside quotation marks, when no group or body was named after it; else None."""
        if pronoun.dep_ not in _SUBJECTS:
            return None
        before = pronoun.sent.start - 1
        first = pronoun.doc[before].sent.start if before >= 0 else 0
        candidates = [
            t
            for t in pronoun.doc[first : pronoun.i]
            if t.dep_ in _SUBJECTS and t.tag_ == "NNS" and not self._in_quotation(t.idx) and _people(t)
        ]
        if not candidates or candidates[-1].i in self.by_token:
            return None
        noun = candidates[-1]
        named_after = self.referents.plural_before(
            pronoun.idx, subjects=self.subjects, skip=self._in_quotation
        )
        return noun if named_after is None or named_after < noun.idx else None

    def _near(self, token: Token, found: int | None) -> int | None:
        """``found`` when a possessive ("their", "its") finds it in its own sentence or the one before;
        farther back, the text has usually named the owner in words that are no mention, and the last
        group or body mentioned is a guess ("ministers wanted him kept away from their meetings")."""
        if found is None or token.dep_ != "poss":
            return found
        before = token.sent.start - 1
        reach = token.doc[before].sent.start_char if before >= 0 else 0
        return found if found >= reach else None

    def _in_quotation(self, char: int) -> bool:
        """True inside any excluded quoted stretch (stretches sorted by start, their ends' running
        maximum kept, so one binary search answers)."""
        n = bisect_right(self._quoted_starts, char)
        return n > 0 and char < self._quoted_reach[n - 1]

    def _description(self, token: Token, text: str, start: int, end: int) -> Speaker:
        """ "the Foreign Secretary", "the Greek leader", "the official": the holder of the office the
        article introduced last that this description matches, for the state or body it names; the
        anonymous source it introduced, if that came last; else the office itself for the link stage. A
        relation to a person ("Marsh's lawyer", "his spokesman") is no office: anonymous."""
        orgs = description_orgs(token, self.by_token)
        if orgs is None:
            return Speaker(text, start, end, how="anonymous")
        title = _title_phrase(token)
        office = self.referents.holder_of(title, orgs, token.idx)
        if office is not None and office.holder is None:
            return Speaker(text, start, end, how="anonymous")
        if office is not None:
            holder = self.referents.latest_mention(office, token.idx)
            return Speaker(text, start, end, holder, how="description")
        if orgs and (leader := self.referents.leader_before(title, orgs, token.idx)) is not None:
            return Speaker(text, start, end, leader, how="description")  # "Putin … the Russian president"
        if (later := self.referents.holder_named_after(title, orgs, token.idx)) is not None:
            return Speaker(text, start, end, later, how="description")  # "Norway's fisheries minister" first
        if not orgs and (lead := self.referents.lead_subject_named_next(token)) is not None:
            # "The head of the union that called the strike …" opens the article; "the French
            # president" names a state, whose holder the sentence after need not be
            return Speaker(text, start, end, lead, how="description")
        return Speaker(text, start, end, None, title, self._org_name(token), how="office")

    def _of_named_state(self, noun: Token, body: int) -> bool:
        """Whether the body at ``body`` may belong to the state a description's modifier names: it names
        that state, or none ("the Jordanian government" is no "Syrian army"; "the US
        lawyers" may be "Lawyers for the victims")."""
        modifiers = [c.text for c in noun.lefts if c.dep_ in ("amod", "compound", "poss", "nmod")]
        states = {code for word in modifiers if (code := _country_of(word)) is not None}
        name = next((m.name for m in self.mentions if m.start == body), "")
        words = name.replace("’s", " ").replace("'s", " ").split()
        named = {code for word in words if (code := _country_of(word)) is not None}
        return not states or not named or bool(states & named)

    def _org_name(self, token: Token) -> str | None:
        """The state or organisation a description names, by its canonical name: "the *Greek* leader",
        "*Russia's* minister", "the *Kremlin* chief" (the state the seat stands for)."""
        candidates = list(token.lefts) + [
            obj for prep in token.rights if prep.dep_ == "prep" for obj in prep.children if obj.dep_ == "pobj"
        ]
        for child in candidates:
            mention = self.by_token.get(child.i)
            found = gazetteer.demonym(child.text)
            if found is not None and child.text[:1].isupper():
                return found.canonical
            if mention is not None and mention.type != "PERSON":
                key = mention.key.split("#")[0]
                return mention.stands_for or metonym_referent(key) or key
        return None


def _country_of(word: str) -> str | None:
    """The ISO code of the country a capitalised word names, is the demonym of or is a place in
    ("Jordanian", "Jordan", "Amman")."""
    if not word[:1].isupper():
        return None
    found = gazetteer.demonym(word)
    place = gazetteer.place(word) if found is None else None
    return found.country if found is not None else place.country if place is not None else None


def _running_max(values: list[int]) -> list[int]:
    found, top = [], -1
    for value in values:
        top = max(top, value)
        found.append(top)
    return found


def _paired_title(token: Token) -> str | None:
    """The two-word title a noun ends whose head alone is no title ("the *first lady*", "the *public
    defender*"), else None."""
    if token.i == 0 or token.doc[token.i - 1].head != token:
        return None
    pair = f"{token.doc[token.i - 1].lower_} {token.lower_}"
    return pair if pair in _words.titles() else None


def _title_phrase(token: Token) -> str:
    """The title words of a description, without its article or state: "the Greek *prime minister*",
    "the *secretary of state*"."""
    words = [t for t in token.lefts if t.lower_ in _words.title_and_modifier_words() and t.i < token.i]
    first = min((t.i for t in words), default=token.i - 1 if _paired_title(token) else token.i)
    phrase = " ".join(t.lower_ for t in token.doc[first : token.i + 1] if not t.is_punct)
    if phrase == token.lower_ and phrase in _words.title_abbreviations():
        return _words.title_abbreviations()[phrase]  # "the PM": the prime minister
    following = token.doc[token.i + 1 : token.i + 3]
    if len(following) == 2 and following[0].lower_ == "of":
        longer = f"{phrase} of {following[1].lower_}"
        if longer in _words.titles():
            return longer
    return phrase


@cache
def _speech_verbs() -> frozenset[str]:
    return lexicons.words("reporting_verbs.txt")


@cache
def _speaker_nouns() -> frozenset[str]:
    """Nouns that can be the source of reported words: institutions, documents, collectives."""
    return lexicons.words("speaker_nouns.txt") | _words.group_nouns()


@cache
def _speaker_words() -> frozenset[str]:
    """Titles of office, speaker nouns, unnamed collectives ("some attorneys say"), private people ("her
    husband") and bodies ("the committee"): the heads of a subject that can speak."""
    collectives = frozenset(row[0] for row in lexicons.table("collective_actors.txt", 2))
    private = lexicons.words("private_person_nouns.txt")  # "her husband said", "a neighbour told"
    bodies = lexicons.words("speaking_bodies.txt")  # "the committee said", "the lobby warned"
    return _words.titles() | _speaker_nouns() | collectives | private | bodies


def _head_of(token: Token) -> Token:
    """The last token of the name a token belongs to ("Mr" -> "Tsipras")."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token


@cache
def _documents() -> frozenset[str]:
    return lexicons.words("document_nouns.txt")


def _is_document(token: Token) -> bool:
    """A noun of ``document_nouns.txt`` by its lemma or as written ("data", whose lemma is "datum")."""
    return token.lemma_.lower() in _documents() or token.lower_ in _documents()


def _reports(token: Token) -> bool:
    return token.pos_ == "VERB" and token.lemma_.lower() in _speech_verbs()


def _said_by_noun(cue: Token) -> bool:
    """A participle that says who speaks by the noun it describes ("with analysts saying …", "many
    protesters chanting …"); a document's words ("issued a statement saying …") are its issuer's."""
    describes = cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.pos_ in ("NOUN", "PROPN")
    return describes and not _is_document(cue.head)


def _definite(token: Token) -> bool:
    """ "the office", "these officials": a noun that points back at what the article named before."""
    return any(child.lower_ in _DEFINITE for child in token.children if child.dep_ in ("det", "predet"))


def _part_before(others: Token) -> Token | None:
    """The subject "some" or "many" of the sentence before, which a subject "others" contrasts with: both
    take their part of one group, else None."""
    sentence = others.sent
    if sentence.start == 0:
        return None
    root = others.doc[sentence.start - 1].sent.root
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.lower_ not in _PARTITIVES - {"others"}:
        return None
    return subject if not any(child.dep_ == "prep" for child in subject.children) else None


def _plain(token: Token) -> bool:
    """A noun with nothing before it but its article and an adjective of extent ("the whole country"), not
    "the other country" or "the neighbouring country"."""
    return all(child.dep_ == "det" or child.lower_ in _WHOLE for child in token.lefts)


def relative_antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun stands for: the one its clause describes, reached through the verbs it
    completes ("the plant, which protesters tried to block": the plant), or the name that noun describes
    ("Omar Ali, a lawyer who …"), else None. A "who" the parser hung on a thing stands for the name right
    before its comma."""
    if pronoun.lower_ not in _RELATIVES:
        return None
    verb = pronoun.head
    while verb.dep_ == "xcomp" and verb.head != verb:
        verb = verb.head
    if verb.dep_ != "relcl":
        return None
    comma = pronoun.i >= 2 and pronoun.doc[pronoun.i - 1].text == ","
    before = pronoun.doc[pronoun.i - 2]
    if (
        pronoun.lower_ in ("who", "whom")
        and comma
        and before.pos_ == "PROPN"
        and verb.head.is_ancestor(before)
        and not _personal(verb.head)
    ):
        return before  # "talks between Kabul and the Taliban, who refused": the Taliban, not the talks
    described = verb.head
    if described.dep_ == "appos" and described.head.pos_ == "PROPN" and _description(described):
        return described.head  # "Omar Ali, a Frenchman who attacked the hall": Omar Ali
    return described


def _bylines(doc: Doc, mentions: tuple[MentionRecord, ...]) -> set[int]:
    """The starts of people named on a line of their own with a press title ("Sam Jones, Defence and
    Security Editor", "By Anna Berg, Reuters correspondent"): the article's writers."""
    text = doc_text(doc)
    press = lexicons.words("press_titles.txt")
    found = set()
    for mention in mentions:
        if mention.type != "PERSON":
            continue
        start = text.rfind("\n", 0, mention.start) + 1
        end = text.find("\n", mention.end)
        line = text[start : end if end != -1 else len(text)].lower()
        words = set(line.replace(",", " ").split())
        signed = bool(words & press) or line.startswith("by ")
        if len(line.split()) <= 10 and signed and not line.rstrip().endswith((".", '"', "”")):
            found.add(mention.start)
    return found


def _aged(noun: Token) -> bool:
    """Whether a noun is described by an age ("the 69-year-old singer"), or is one with no noun after it
    ("the 29-year-old", whose head the parser makes "old"): a person."""
    if noun.lower_ == "old" and any(left.lower_ in ("year", "years") for left in noun.lefts):
        return True
    before = " ".join(word.lower_ for modifier in noun.lefts for word in modifier.subtree)
    return "year-old" in before.replace(" - ", "-")


def _verb_of(span: Span) -> Token | None:
    """The verb a name is the subject of: its subject's head, or a finite verb right after it that the
    parser left with no subject, having hung the name on a noun before it ("On a visit to Nordlys, Mrs
    Haas also talks about …", read as the paper's apposition)."""
    subject = _subject_in(span)
    if subject is not None:
        return subject.head
    after = next((t for t in span.doc[span.end : span.end + 3] if t.dep_ != "advmod"), None)
    stranded = (
        span.root.dep_ == "appos"
        and after is not None
        and after.tag_ in _FINITE
        and not any(c.dep_ in _SUBJECTS for c in after.children)
    )
    return after if stranded else None


def _subject_in(span: Span) -> Token | None:
    """The subject a name is, from its head word, or from any of its words where the parser split the
    name ("Samy | Amimour was born": the surname is the subject)."""
    found = _subject_named(span.root)
    return found or next((t for t in span if t.dep_ in _SUBJECTS and t.head.i >= span.end), None)


def _subject_named(token: Token) -> Token | None:
    """The subject a name is, or names in apposition to its description ("The French foreign minister,
    Laurent Fabius, said"; "Airline Chairman Mohammed Nor Yusof said", parsed as the title's apposition),
    else None."""
    if token.dep_ in _SUBJECTS:
        return token
    described = token.head.pos_ == "NOUN" or token.head.lower_ in _words.titles()  # "Chairman Mohammed …"
    if token.dep_ == "appos" and token.head.dep_ in _SUBJECTS and described:
        return token.head  # a name for a described subject, not a second name beside a name
    return None


def _description(noun: Token) -> bool:
    """Whether a noun describes a person rather than naming one: "a Frenchman", "a lawyer", "the leader"
    ("a group that …" describes a body, whose clause is the body's)."""
    person = noun.ent_type_ == "NORP" or noun.lemma_.lower() in _words.titles() or _names_a_person(noun)
    return person and (noun.pos_ == "NOUN" or any(c.dep_ == "det" for c in noun.children))


def _personal(noun: Token) -> bool:
    """Whether a noun can be the "who" of a relative clause: a name or a noun for people."""
    lemma = noun.lemma_.lower()
    return (
        noun.pos_ in ("PROPN", "PRON")
        or lemma in _speaker_words()
        or noun.lower_ in _words.group_nouns()
        or _names_a_person(noun)
    )


def _first_time(noun: Token) -> bool:
    """Whether the article uses the noun (by lemma) here for the first time."""
    lemma = noun.lemma_.lower()
    return not any(t.lemma_.lower() == lemma for t in noun.doc[: noun.i])


def _generic_organisation(noun: Token, by_token: dict[int, MentionRecord]) -> bool:
    """ "the group", "the rights group", "the London-based charity": a noun that classes organisations
    (``organisation_classifiers.txt``) with no name or rival ("the rebel group" may be another) before it
    and no phrase after it that says which one it is."""
    if noun.lower_ not in lexicons.words("organisation_classifiers.txt"):
        return False
    if any(child.dep_ == "prep" and child.lower_ in ("for", "of", "at") for child in noun.rights):
        return False  # "the union of Bergen dock workers": a body the phrase introduces, new here
    return all(
        child.dep_ == "det"
        or (
            child.dep_ in ("compound", "amod", "npadvmod", "punct")
            and child.i not in by_token
            and child.lower_ not in _RIVAL
        )
        for child in noun.lefts
    )


def _names_a_person(token: Token) -> bool:
    """A singular noun for a person by what they do ("agent", "analyst"), known by its ending."""
    lemma = token.lemma_.lower()
    if lemma.endswith("ment") or lemma in lexicons.words("mute_nouns.txt") or lemma in _documents():
        return False
    return any(lemma.endswith(ending) for ending in lexicons.lines("person_noun_endings.txt"))


@cache
def _mouthpieces() -> frozenset[str]:
    return lexicons.words("mouthpiece_nouns.txt")


def _main_clause(verb: Token) -> bool:
    """Whether a verb heads a clause of its own rather than one describing a noun: the subject of "the
    night Epstein died" is no likely antecedent of the next "he"."""
    return verb.dep_ not in ("relcl", "acl")


def _noun_phrase(token: Token) -> list[Token]:
    """The words of the phrase ``token`` heads, without the clauses that describe it ("The company, which
    is expected to …, confirmed …": the parser may hang the whole sentence on the noun)."""
    found, todo = [], [token]
    while todo:
        word = todo.pop()
        found.append(word)
        todo.extend(c for c in word.children if c.dep_ not in _CLAUSES)
    return sorted(found, key=lambda t: t.i)


def agent_of(verb: Token) -> Token | None:
    """Who a passive verb says did it: the noun after its "by"."""
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def passive_participle(verb: Token) -> bool:
    """Whether a reporting verb is a participle describing a noun or a clause, passive for want of an
    auxiliary: "a town dubbed …", "…, described as …". The tagger may give the first a past tense;
    one right after its noun with no clause of its own is still the participle ("The company, which …,
    confirmed that …" is a verb the parser hung on its subject)."""
    if any(c.dep_ in ("aux", "ccomp") for c in verb.children):
        return False
    on_noun = verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON")
    reduced = verb.tag_ == "VBD" and on_noun and verb.head.i == verb.i - 1
    return (verb.tag_ == "VBN" and (on_noun or verb.dep_ == "advcl")) or reduced


def _reported_subjects(pronoun: Token) -> list[Token]:
    """The subjects of the clause a subject pronoun's verb reports ("he said Berg had left", "Berg, he
    added, had left"): a name there is someone other than the one who speaks of them."""
    verb = pronoun.head
    if pronoun.dep_ not in _SUBJECTS or verb.lemma_.lower() not in _speech_verbs():
        return []
    doc = pronoun.doc
    clauses = [
        c
        for c in verb.children
        if c.dep_ == "ccomp"
        and (c.i > verb.i or not any(t.is_quote for t in doc[c.right_edge.i + 1 : pronoun.i]))
    ]
    if verb.dep_ == "parataxis":
        clauses.append(verb.head)
    found = [s for clause in clauses for s in clause.children if s.dep_ in _SUBJECTS]
    return [t for word in found for t in (word, *word.conjuncts)]


def _co_arguments(pronoun: Token) -> list[Token]:
    """The other arguments of the verb a pronoun is an argument of: a subject's objects and the objects of
    the verb's prepositions, an object's subject; with their conjuncts."""
    verb = pronoun.head
    if pronoun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "met with him"
    if verb.pos_ not in ("VERB", "AUX") or pronoun.dep_ not in _SUBJECTS | {"dobj", "dative", "pobj"}:
        return []
    if pronoun.dep_ in _SUBJECTS:
        found = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        found += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    else:
        found = [c for c in verb.children if c.dep_ in _SUBJECTS] or _understood_subjects(verb)
    return [t for word in found for t in (word, *word.conjuncts)]


def _understood_subjects(verb: Token) -> list[Token]:
    """Who does what a verb without a subject of its own reports: the subject of the verb it is joined to
    ("phoned Holm and promised him help": not the caller) or completes ("wanted to thank him"), the
    object of a verb that hands the act over ("asked Holm to call him": not Holm)."""
    while verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        head = verb.head
        handed = [c for c in head.children if c.dep_ == "dobj"] if verb.dep_ == "xcomp" else []
        found = handed or [c for c in head.children if c.dep_ in _SUBJECTS]
        if found:
            return found
        verb = head
    return []


def _inside(char: int, stretch: tuple[int, int] | None) -> bool:
    """Whether ``char`` lies in ``stretch`` (start, end), if there is one."""
    return stretch is not None and stretch[0] <= char < stretch[1]


def _names_as(token: Token) -> bool:
    """Whether a word of a name says who someone is: "was named *as* …", "is *Holm*", "the man, *Holm*"."""
    return token.dep_ == "appos" or says_what_it_is(token)


def _sentences_between(doc: Doc, char: int, token: Token) -> int:
    """How many sentence starts lie after the word at ``char`` up to ``token``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    first = span.start if span is not None else token.i
    return sum(1 for t in doc[first + 1 : token.i + 1] if t.is_sent_start)


def _identity(mention: MentionRecord) -> _Identity:
    """What two mentions of one party share: a person's surname ("Epstein", "Jeffrey Epstein") with the
    given name and the gender where the words give them, else the linking key."""
    if mention.type != "PERSON":
        return mention.key, None, None
    words = mention.key.lower().split()
    return f"person:{words[-1]}", words[0] if len(words) > 1 else None, mention.gender


def _same(one: _Identity, other: _Identity) -> bool:
    """Whether two identities may be one party: one surname, and no two given names nor genders that
    differ ("Michelle Obama" met "Barack Obama", not herself; "Mrs. Haas" is not "Mr. Haas")."""
    differ = any(a is not None and b is not None and a != b for a, b in zip(one[1:], other[1:], strict=True))
    return one[0] == other[0] and not differ


def _person_noun(noun: Token) -> bool:
    """Whether a singular noun stands for one person: "the friend", "the minister", "the analyst"."""
    lemma = noun.lemma_.lower()
    private = lemma in lexicons.words("private_person_nouns.txt")
    return private or lemma in _words.titles() or _names_a_person(noun) or noun_gender(noun) is not None


def _body_noun(noun: Token) -> bool:
    """Whether a singular noun stands for a body that speaks as one: "the ministry", "the airline"."""
    lemma = noun.lemma_.lower()
    return any(
        lemma in lexicons.words(name)
        for name in (
            "organisation_heads.txt",
            "public_body_heads.txt",
            "mouthpiece_nouns.txt",
            "company_nouns.txt",
        )
    )


def _one_of_people(token: Token) -> bool:
    """Whether a subject is a number or a part of people the text does not name: "one of the men", "two of
    the drivers", "some of the witnesses"."""
    if token.pos_ != "NUM" and token.lower_ not in _PARTITIVES:
        return False
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    people = [p for p in (of.children if of is not None else ()) if p.dep_ == "pobj" and p.tag_ == "NNS"]
    return any(_person_noun(p) or p.lower_ in _words.group_nouns() for p in people)


def _people(noun: Token) -> bool:
    """Whether a plural common noun stands for people who can speak: "experts", "the authors"."""
    words = _speaker_words()
    return noun.lemma_.lower() in words or noun.lower_ in words or _names_a_person(noun)
