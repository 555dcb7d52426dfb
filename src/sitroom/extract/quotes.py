"""Who said what in one article: direct, partial and indirect quotations with their speakers and cues.

- **direct**: a sentence in quotation marks, attributed by a reporting verb next to it (``"…," she
  said``; ``said Mr Tsipras``; ``X said: "…"``), split quotations joined into one with ``parts``, and a
  paragraph that only continues the previous speaker's quotation taking that speaker;
- **partial**: a quoted fragment inside reported speech (``warned of "massive consequences"``), found by
  climbing from the fragment to the reporting verb that governs it; a fragment no reporting verb governs
  is a scare quote or a title and is not a quotation at all;
- **indirect**: the clause a reporting verb takes (``Lavrov said the talks had been constructive``) or
  the clause ``according to X`` qualifies, when it holds no quotation marks.

Speakers are the subjects of the cues, resolved through :mod:`sitroom.extract.speakers`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from sitroom import lexicons
from sitroom.extract._syntax import doc_text, first_child, token_at
from sitroom.extract.quote_marks import Quoted, find_quoted
from sitroom.extract.referents import is_news_outlet
from sitroom.extract.reported import (
    comment_start,
    inverted_aside_speaker,
    judged_clause,
    parenthetical_parts,
    reported_clause,
    trim_end,
)
from sitroom.extract.speakers import Speaker, SpeakerResolver, agent_of, passive_participle
from sitroom.types import MentionRecord, QuoteRecord, RoleRecord

# How far from a quotation its attribution may stand, in tokens; further, up to the apposition window,
# when the speaker's name opens the attribution and an apposition stands before the verb.
_ATTRIBUTION_WINDOW = 14
_APPOSITION_WINDOW = 40
_OPENING_MARKS = ("“", '"', "‘", "«")
_SUBJECT_OPENING = 4
# A fragment with fewer words, or one that does not start a sentence, is partial rather than direct.
_MIN_DIRECT_WORDS = 4
_LONGEST_NAME = 4  # words of a proper name alone on a line that signs a quotation
_SHORTEST_REPORT = 3  # tokens: an "according to" clause shorter than this says nothing
_HEADING_WORDS = 20  # a line no longer than this, with no sentence end, is a heading
_MARK_CHARS = "\"'“”‘’«»"
_POINTING_AHEAD = {"this", "these", "following"}  # "gave this speech", "the following statement"
_SLOGAN_WORDS = 8  # a stretch this short quoted more than once in one article is a slogan or a name
_MAX_CLIMB = 8
_TERMINAL = {".", "!", "?"}
_FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}  # a speaker's own voice
_PERSONAL = {"he", "she", "his", "her"}  # pronouns that introduce a person's words before a colon
_SUBJECTS = {"nsubj", "nsubjpass"}
_CLAUSE_SUBJECTS = {"expl", "csubj", "csubjpass"}  # "there is", "running it is not feasible"
_WH = {"WDT", "WP", "WP$", "WRB"}  # relative words: "which", "who", "whose", "where"
# What makes a common noun after "according to" one source rather than an idiom ("plan", "schedule")
_OWNED = {"det", "poss", "compound", "amod", "nummod", "appos", "acl", "relcl"}
# A sentence ends and the next opens inside the marks: whole sentences, whatever the parser made of them.
_SENTENCE_INSIDE = re.compile(r"\w{2}[.!?] +[A-Z]")
# What follows a cited title to the end of its paragraph: a dash, then the publisher and the date it ends on.
_CITATION = re.compile(r"\W{0,2}\s*[—–-]+\s*[^\n]{2,120}?\b(?:1[89]|20)\d\d\W{0,3}$")
# The signature line under an embedded post: "— Ana Berg (@anaberg) November 18, 2019".
_SIGNATURE = re.compile(
    r"[—–-]+\s*(?P<name>[^\n()@]{2,60}?)\s*\(@\w{1,30}\)\s+\w+\.? \d{1,2}, \d{4}[ \t]*(?:\n|$)"
)
# A name signing the quotation it follows on the same line: "“It will take years.” - Maria Olsen".
_DASH_SIGNED = re.compile(r"[^\w\n]{0,3}?[ \t]*[—–-]+[ \t]*(?P<name>[^\W\d][^\n]{1,60}?)[ \t]*(?:\n|$)")
# The link an embedded post ends with: its own address, or a picture's.
_POST_LINK = re.compile(r"(?:\s*(?:https?://\S+|pic\.twitter\.com/\S+))+\s*$")


@dataclass(frozen=True, slots=True)
class _Cue:
    token: Token
    speaker: Speaker | None


def extract_quotes(
    doc: Doc, mentions: tuple[MentionRecord, ...], roles: tuple[RoleRecord, ...]
) -> tuple[QuoteRecord, ...]:
    """Every quotation in ``doc`` with its speaker and cue, in text order."""
    resolver = SpeakerResolver(doc, mentions, roles)
    text = doc_text(doc)
    found = [q for q in find_quoted(text) if q.end > q.start]
    cited = [(q.start, q.end) for q in found if _cited(text, q)]
    candidates = _without_slogans(text, [q for q in found if (q.start, q.end) not in cited])
    headings = _pull_quotes(text, candidates)
    titles = [q for q in candidates if q not in headings and _in_heading(text, q)]
    quoted = [q for q in candidates if q not in headings and q not in titles]
    resolver.exclude([(q.start, _attributed_end(q, quoted)) for q in quoted])
    states = {m.start for m in mentions if m.type == "GPE"}
    indirect = _outermost(_indirect_quotes(doc, quoted, resolver), states)
    direct = _direct_quotes(doc, quoted, resolver, indirect)
    direct += _nested_quotes(doc, quoted, resolver, direct)
    partial = _partial_quotes(doc, quoted, resolver, direct + indirect)
    posts = _embedded_posts(doc, quoted, resolver) + _signed_paragraphs(doc, quoted, resolver)
    # what is inside a post is its author's words, and a cited title no one's
    taken = cited + [(q.start, q.end) for q in posts]
    records = posts + [
        q for q in direct + partial + indirect if not any(s <= q.start and q.end <= e for s, e in taken)
    ]
    records += _headings_of(text, headings, records)
    records += [_heading_words(title) for title in titles]
    return tuple(sorted(records, key=lambda q: (q.start, q.end)))


def _pull_quotes(text: str, quoted: list[Quoted]) -> list[Quoted]:
    """The headings that repeat a quotation: a paragraph that is nothing but a quotation (a list number
    aside) whose words recur inside another quotation of the article is a pull quote over the section
    that quotes it ("“We will never sell the port”" above the paragraph where the speaker says it)."""
    words = [_words_of(text, q.start, q.end) for q in quoted]
    return [
        quote
        for n, (quote, own) in enumerate(zip(quoted, words, strict=True))
        if own
        and (_alone_in_paragraph(text, quote) or _in_heading(text, quote))
        and any(f" {own} " in f" {theirs} " for m, theirs in enumerate(words) if m != n)
    ]


def _in_heading(text: str, quote: Quoted) -> bool:
    """Whether a quotation stands in a heading: a line of a few words with no sentence end, the quotation
    not introduced by a colon nor signed after a dash ("‘Fresh start’ for the harbour", "“Not one step
    back”"; not "Haas: “We stay”", "“We stay.” - Anna Berg")."""
    start = text.rfind("\n", 0, quote.start) + 1
    end = text.find("\n", quote.end)
    line = text[start : end if end != -1 else len(text)].strip()
    before = text[start : quote.start].rstrip(_MARK_CHARS + " ")
    ended = any(
        words.rstrip(_MARK_CHARS + " ")[-1:] in _TERMINAL | {":", ","}
        for words in (line, text[quote.start : quote.end])
    )
    signed = _DASH_SIGNED.match(text, quote.end) is not None
    return 0 < len(line.split()) <= _HEADING_WORDS and not (ended or signed or before.endswith(":"))


def _heading_words(quote: Quoted) -> QuoteRecord:
    """A quotation a heading gives with no one's name: someone's words, a fragment, speaker unknown."""
    return QuoteRecord(
        quote.start, quote.end, "partial", evidence=("partial", "speaker-none", "no-cue", "heading")
    )


def _headings_of(text: str, headings: list[Quoted], records: list[QuoteRecord]) -> list[QuoteRecord]:
    """Each pull quote as a fragment of the quotation it repeats, spoken by that quotation's speaker:
    the heading is their words, not a second quotation with no speaker."""
    if not headings:
        return []
    said = [(record, f" {_words_of(text, record.start, record.end)} ") for record in records]
    found = []
    for heading in headings:
        own = f" {_words_of(text, heading.start, heading.end)} "
        source = next((r for r, words in said if own in words and r.start > heading.end), None)
        if source is None or (source.speaker_mention is None and source.speaker_title is None):
            continue
        found.append(
            replace(
                source,
                start=heading.start,
                end=heading.end,
                kind="partial",
                parts=None,
                cue=None,
                cue_start=None,
                cue_end=None,
                time=None,
                evidence=("partial", "speaker-carried", "no-cue", "heading"),
            )
        )
    return found


def _words_of(text: str, start: int, end: int) -> str:
    return " ".join(re.findall(r"\w+", text[start:end].casefold()))


def _cited(text: str, quote: Quoted) -> bool:
    """Whether the quotation is the title of a work a list of sources cites: it ends its paragraph but for a
    dash and the publisher and year after it ("“Talks stall in Geneva” — The Daily Courier, May 2, 2021"),
    with at most an author's name before it."""
    start = text.rfind("\n", 0, quote.start) + 1
    end = text.find("\n", quote.end)
    end = len(text) if end == -1 else end
    return _CITATION.match(text, quote.end, end) is not None and len(text[start : quote.start].split()) <= 4


def _without_slogans(text: str, quoted: list[Quoted]) -> list[Quoted]:
    """Quotations without slogans, taglines and names: words in quotation marks right after a word that
    names them so ("the slogan “…”", ``naming_words.txt``), a programme's title, or a short stretch the
    article puts in quotation marks again and again ("Meth. We're on it." in every paragraph that discusses
    the campaign): a person's words are quoted once, a slogan is repeated."""
    words = [tuple(re.findall(r"\w+", text[q.start : q.end].casefold())) for q in quoted]
    counts: dict[tuple[str, ...], int] = {}
    for own in words:
        counts[own] = counts.get(own, 0) + 1
    kept = []
    for quote, own in zip(quoted, words, strict=True):
        repeated = 0 < len(own) <= _SLOGAN_WORDS and counts[own] > 1
        before = text[max(0, quote.start - 20) : quote.start].casefold()
        named = any(
            # "the slogan “…”", "the slogan: “…”", never across a sentence's end ("the slogan.\n\n“Hey …”")
            re.search(rf"\b{re.escape(word)}[^\w.!?\n]*$", before)
            for word in lexicons.words("naming_words.txt")
        )
        if not (repeated or named or _programme(text, quote)):
            kept.append(quote)
    return kept


def _programme(text: str, quote: Quoted) -> bool:
    """Whether a quotation is the title of a programme or a work a possessive names ("told CNN's “Erin
    Burnett Out Front”", "Bach's “Mass in B Minor”"): a few words, each capitalised but for short ones."""
    words = text[quote.start : quote.end].strip(" ,.!?").split()
    owned = re.search(r"[A-Z][\w.&-]*['’]s\s*\W?$", text[max(0, quote.start - 30) : quote.start])
    titled = all(word[:1].isupper() or (len(word) <= 3 and word.islower()) for word in words)
    return owned is not None and 1 < len(words) <= _SLOGAN_WORDS and titled and words[0][:1].isupper()


def _alone_in_paragraph(text: str, quote: Quoted) -> bool:
    start = text.rfind("\n", 0, quote.start) + 1
    end = text.find("\n", quote.end)
    rest = text[start : quote.start] + text[quote.end : end if end != -1 else len(text)]
    return not any(ch.isalpha() for ch in rest)


def _outermost(quotes: list[QuoteRecord], states: set[int]) -> list[QuoteRecord]:
    """Reported speech inside reported speech is part of the outer speaker's words: keep the outer, and
    of two readings of the same words the first (a reporting verb's before an "according to" inside
    its clause). A second voice the outer words report, with a verb and a subject of its own inside
    them, is kept beside it ("Berg said she raised the delay after the Herald reported the payments had
    been frozen": the Herald's report too), unless it is a state, which the speaker speaks for ("the
    minister said Norway had concluded …": the minister's words)."""

    def inside(q: QuoteRecord, n: int) -> bool:
        return any(
            o.start <= q.start
            and q.end <= o.end
            and ((o.start, o.end) != (q.start, q.end) or m < n)
            and not (_second_voice(q, o) and q.speaker_mention not in states)
            for m, o in enumerate(quotes)
            if o is not q
        )

    return [q for n, q in enumerate(quotes) if not inside(q, n)]


def _second_voice(inner: QuoteRecord, outer: QuoteRecord) -> bool:
    """Whether a report inside another's words is a voice of its own: its reporting verb and its named
    speaker stand inside the outer words, and that speaker is not the outer one."""
    if inner.cue == "according to" or inner.speaker_mention is None:
        return False
    if inner.speaker_start is None or inner.cue_start is None:
        return False
    within = outer.start <= inner.cue_start < outer.end and outer.start <= inner.speaker_start < outer.end
    return (
        within
        and (inner.start, inner.end) != (outer.start, outer.end)
        and (inner.speaker_mention != outer.speaker_mention)
    )


def _direct_quotes(
    doc: Doc, quoted: list[Quoted], resolver: SpeakerResolver, indirect: list[QuoteRecord]
) -> list[QuoteRecord]:
    records: list[QuoteRecord] = []
    previous: QuoteRecord | None = None
    outer = [q for q in quoted if not q.nested]
    split = {
        q
        for first, second in itertools.pairwise(outer)
        if _split_sentence(doc, first, second)
        for q in (first, second)
    }
    pending = [q for q in outer if q in split or _is_direct(doc, q)]
    voices = sorted(indirect, key=lambda q: q.start)
    i = 0
    while i < len(pending):
        quote = pending[i]
        parts = list(quote.parts)
        attributed = _attributed_end(quote, quoted)
        if attributed != quote.end:  # the words end with the inner quotation's closing mark
            parts[-1] = (parts[-1][0], attributed + 1)
        cue = (
            _cue_right_before(doc, quote, resolver)
            or _cue_after(doc, attributed, resolver)
            or _cue_before(doc, quote, resolver)
        )
        # "…," she said. "…": the next quotation, right after the attribution, continues this one.
        while i + 1 < len(pending) and cue is not None and _continues(doc, quote, pending[i + 1], cue):
            i += 1
            quote = pending[i]
            parts.extend(quote.parts)
        if cue is None and any(r.start <= quote.start and quote.end <= r.end for r in voices):
            i += 1  # "says that A "…" and that "…"": the words are the report's, whose speaker it has
            continue
        speaker = cue.speaker if cue else None
        if cue is None:
            speaker = _signed_post(doc, parts[-1][1], resolver) or _dash_signed(doc, parts[-1][1], resolver)
        if cue is None and speaker is None:
            speaker = _introduced(doc, parts[0][0], resolver) or _announced(doc, parts[0][0], resolver)
        if cue is None and speaker is None:
            # A quotation with no attribution of its own carries on the last voice quoted just before
            # it: the paragraph before, or a sentence or two earlier ("Then came the threat: …").
            before = [q for q in (previous, *voices) if q is not None and q.end <= parts[0][0]]
            last = max(before, key=lambda q: q.end, default=None)
            voice = resolver.voice_before(parts[0][0])  # a voice no quotation found gives ("… said Holm.")
            if voice is not None and (last is None or voice[0] > last.end):
                speaker = voice[1] if _close_enough(doc_text(doc), voice[0], parts[0][0]) else None
            elif last is not None and _close_enough(doc_text(doc), last.end, parts[0][0]):
                speaker = resolver.same_as(last)
        record = _record(doc, "direct", parts, speaker, cue)
        records.append(record)
        previous = record if record.speaker_text or record.speaker_mention is not None else previous
        i += 1
    return records


def _nested_quotes(
    doc: Doc, quoted: list[Quoted], resolver: SpeakerResolver, direct: list[QuoteRecord]
) -> list[QuoteRecord]:
    """A quotation inside a quotation belongs to the person the outer speaker quotes, named inside the
    outer quotation before it ("As Holm warned at the time, “Nobody wins a strike …”," Lind added; “I heard
    the minister ask, ‘Is the port going to reopen?’” Berg said); quoting themselves ("I told him, ‘…’")
    the outer speaker speaks both, but not what "we said to each other", which is no one's own words, nor
    what someone unnamed said ("one of my friends said, ‘…’"): the outer speaker's words still."""
    records = []
    for inner in quoted:
        if not inner.nested or not _is_direct(doc, inner):
            continue
        outer = next((q for q in quoted if q.start < inner.start and inner.end <= q.end), None)
        window = (outer.start, outer.end) if outer else None
        for token in reversed(_tokens_before(doc, inner.start - 1)):
            if window is not None and token.idx < window[0]:
                break  # the verb before the outer quotation introduces the outer speaker's words
            if token.lemma_.lower() not in _speech_verbs() or token.pos_ not in {"VERB", "AUX"}:
                continue
            speaker = _first_person(token, inner, direct) or resolver.subject_of(token, within=window)
            named = speaker is not None and (speaker.mention is not None or speaker.title is not None)
            if speaker is not None and speaker.human and named:
                cue = _Cue(token, speaker)
                records.append(_record(doc, "direct", list(inner.parts), speaker, cue, extra=("nested",)))
                break
    return records


def _first_person(verb: Token, inner: Quoted, direct: list[QuoteRecord]) -> Speaker | None:
    """The outer quotation's speaker for a nested one its own speaker introduces ("I told him, ‘…’")."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.lower_ != "i":
        return None
    outer = next((q for q in direct if q.start <= inner.start and inner.end <= q.end), None)
    if outer is None or (outer.speaker_mention is None and outer.speaker_title is None):
        return None
    start, end = subject.idx, subject.idx + len(subject.text)
    return Speaker(
        subject.text, start, end, outer.speaker_mention, outer.speaker_title, outer.speaker_org, how="pronoun"
    )


def _partial_quotes(
    doc: Doc, quoted: list[Quoted], resolver: SpeakerResolver, taken_by: list[QuoteRecord]
) -> list[QuoteRecord]:
    """Quoted fragments a reporting verb governs, but not those inside a quotation already taken (a
    direct one, or the reported clause that holds them)."""
    taken = [(q.start, q.end) for q in taken_by]
    records = []
    for quote in quoted:
        if any(start <= quote.start and quote.end <= end for start, end in taken):
            continue
        if _is_direct(doc, quote):
            continue
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        cue = _governing_cue(span, resolver)
        if cue is not None and cue.speaker is not None and cue.speaker.human:
            records.append(_record(doc, "partial", list(quote.parts), cue.speaker, cue))
    return records


def _indirect_quotes(doc: Doc, quoted: list[Quoted], resolver: SpeakerResolver) -> list[QuoteRecord]:
    marks = [(q.start, q.end) for q in quoted]
    records = []
    for token in doc:
        content = _reported_clause(token)
        judged = content is not None and content.root.head == token and content.root.dep_ != "ccomp"
        if content is None or _holds_quotation(content, marks):
            continue  # the quotation marks are the words; a fragment inside is the clause's own
        if judged and any(content.start_char <= end and start <= content.end_char for start, end in marks):
            continue  # "described the offer as a “dead end”": the quoted judgement is a partial quotation
        if _passive(token) or _negated(token) or _put_to(token):
            continue  # "the board had been told that …", "did not say whether …": nothing was said
        speaker = resolver.subject_of(token)
        if speaker is None and content.end_char <= token.idx:
            speaker = resolver.inverted_subject(token)  # "Job cuts will come, said the chair, Anna Berg"
        if speaker is None or not speaker.human:
            continue
        cue = _Cue(token, speaker)
        end = _with_closing_mark(doc, content.start_char, content.end_char, marks)
        records.append(_record(doc, "indirect", [(content.start_char, end)], speaker, cue))
    records.extend(_according_to(doc, marks, resolver))
    records.extend(_asides(doc, marks, resolver))
    return records


def _asides(doc: Doc, marks: list[tuple[int, int]], resolver: SpeakerResolver) -> list[QuoteRecord]:
    """ "Many of the prisons, she said, are aging": the clause around a reporting verb set off by commas."""
    records = []
    for token in doc:
        if token.lemma_.lower() not in _speech_verbs() or token.pos_ not in {"VERB", "AUX"}:
            continue
        parts = parenthetical_parts(token)
        if parts is None or any(_holds_quotation(part, marks) for part in parts):
            continue
        speaker = resolver.subject_of(token)
        if speaker is None and (named := inverted_aside_speaker(token)) is not None:
            speaker = resolver.resolve(named)  # "The harbour, says Tomas Berg, a pilot there, needs …"
        if speaker is None or not speaker.human:
            continue
        spans = [(part.start_char, part.end_char) for part in parts]
        records.append(_record(doc, "indirect", spans, speaker, _Cue(token, speaker)))
    return records


def _passive(token: Token) -> bool:
    return any(child.dep_ in {"auxpass", "nsubjpass"} for child in token.children)


def _put_to(token: Token) -> bool:
    """ "Asked whether he would resign, the minister said …": the question someone put to the speaker,
    not the speaker's words."""
    participle = token.tag_ == "VBN" or token.dep_ == "advcl"  # the parser may read "Asked" as a past tense
    return token.lemma_.lower() in ("ask", "question") and participle and not _has_subject(token)


def _negated(token: Token) -> bool:
    """ "did not say", "never said", "never tried to say": a negation before the verb or the verb it
    completes (one after it negates its object)."""
    verbs = (token, token.head) if token.dep_ == "xcomp" else (token,)
    return any(child.dep_ == "neg" and child.i < verb.i for verb in verbs for child in verb.children)


def _modifier(token: Token) -> bool:
    """A participle that modifies a noun ("the plan announced on Monday"): no one is saying anything."""
    return token.tag_ in {"VBN", "VBG"} and token.dep_ in {"acl", "amod", "relcl"} and not _has_subject(token)


def _has_subject(token: Token) -> bool:
    return any(child.dep_ in _SUBJECTS for child in token.children)


def _has_clause_subject(token: Token) -> bool:
    """Whether a verb has a subject of its own, a clause or "there" included."""
    return any(child.dep_ in _SUBJECTS | _CLAUSE_SUBJECTS for child in token.children)


def _reported_clause(token: Token) -> Span | None:
    """The clause a reporting verb reports (see :mod:`sitroom.extract.reported`)."""
    if token.pos_ not in {"VERB", "AUX"}:
        return None
    reported = reported_clause(token, _speech_verbs()) if token.lemma_.lower() in _speech_verbs() else None
    return reported or judged_clause(token)


def _according_to(doc: Doc, marks: list[tuple[int, int]], resolver: SpeakerResolver) -> list[QuoteRecord]:
    """ "According to officials, the banks will stay shut": the clause it qualifies, by that source."""
    records = []
    for token in doc:
        source = _according_to_source(token)
        if source is None:
            continue
        phrase_end = max(t.i for t in source.subtree) + 1
        clause = _clause_qualified(token)
        if _reported_clause(clause) is not None:
            continue  # "Police said the man, according to witnesses, fled": the saying has its own voice
        start, end = clause.left_edge.i, clause.right_edge.i + 1
        while start < token.i and (
            doc[start].dep_ == "mark" or doc[start].tag_ in _WH or doc[start].is_punct
        ):
            start += 1  # "that according to …", "which, according to …": the clause's opener is no word of it
        if token.i > start and clause.i >= phrase_end:
            # "The outbreak, according to officials, began in March": the clause around the aside
            pieces = [_trim(doc[start : token.i], shortest=1), _trim(doc[phrase_end:end], shortest=1)]
        else:
            pieces = [_trim(doc[start : token.i] if token.i > start else doc[phrase_end:end])]
        content = [piece for piece in pieces if piece is not None]
        if len(content) < len(pieces) or any(_holds_quotation(piece, marks) for piece in content):
            continue
        if sum(len(piece) for piece in content) < _SHORTEST_REPORT:
            continue
        if _bare_common_noun(source):
            continue  # "going according to plan", "according to schedule": an idiom, nobody's word
        speaker = resolver.resolve(source)
        cue = _Cue(token, speaker)
        span = [(piece.start_char, piece.end_char) for piece in content]
        records.append(_record(doc, "indirect", span, speaker, cue, "according to", extra=("according-to",)))
    return records


def _bare_common_noun(source: Token) -> bool:
    """A singular common noun with nothing to make it someone's: "plan", "schedule", "tradition". A
    participle can ("information obtained by the ministry"); an infinitive cannot ("according to plan to
    finish the bridge", as the parser may hang it)."""
    if source.tag_ != "NN":
        return False
    owners = [c for c in source.children if c.dep_ in _OWNED]
    return not any(c.dep_ != "acl" or c.tag_ in ("VBN", "VBG") for c in owners)


def _clause_qualified(according: Token) -> Token:
    """The words "according to X" vouches for: the sentence, or the clause it opens inside another
    ("Wikinews has learned that according to a posting, the website is being attacked": the attack), or
    the relative clause it sits in ("a policy which, according to AFP, the UN has criticised")."""
    clause = according.head
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") and according.i > clause.i:
        clause = clause.head  # "had become aware … and believed …, according to his lawyer": both
    if (
        clause.pos_ in ("VERB", "AUX")
        and clause.dep_ in ("ccomp", "conj", "relcl")
        and clause.left_edge.i <= according.i
    ):
        return clause
    return according.sent.root


def _trim(span: Span, shortest: int = _SHORTEST_REPORT) -> Span | None:
    """The reported words of an "according to" sentence: no edge punctuation, no comment after them."""
    tokens = [t for t in span if not t.is_space]
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    if not tokens:
        return None
    tokens = trim_end(tokens[: comment_start(tokens, None, _speech_verbs())])
    if len(tokens) < shortest:
        return None
    return span.doc[tokens[0].i : tokens[-1].i + 1]


def _holds_quotation(span: Span, marks: list[tuple[int, int]]) -> bool:
    """Whether quotation marks give this stretch's words: a quotation that runs past the clause or fills
    most of it. A short fragment well inside ("said the claim was “absolutely not true”") is part of
    the reported clause, which stays one indirect quotation, its marks kept (both golds' convention)."""
    length = span.end_char - span.start_char
    for start, end in marks:
        if span.start_char <= end and start <= span.end_char:
            inside = span.start_char < start - 1 and end <= span.end_char + 1
            if not inside or (end - start) * 2 > length:
                return True
    return False


def _with_closing_mark(doc: Doc, start: int, end: int, marks: list[tuple[int, int]]) -> int:
    """The end of a reported clause whose last words are a quoted fragment, its closing mark included so
    the marks stay paired ("was “absolutely not true”")."""
    closing = next((e for s, e in marks if start < s and e >= end - 1 and e <= end + 1), None)
    text = doc_text(doc)
    if closing is None or closing >= len(text):
        return end
    return closing + 1 if text[closing] in "”\"’'" else end


def _introduced(doc: Doc, start: int, resolver: SpeakerResolver) -> Speaker | None:
    """The person the sentence right before an unattributed quotation, or the clause before its colon,
    introduces as its subject or agent, in the same paragraph ("Lucille Simon, 24, had to leave her flat.
    “I am terrified.”"; "The mood was summed up by Mandy Gilman. “It is morose.”"; "Sunak defended his
    record: “…”"; a colon may close the paragraph before, "His remarks:", by a pronoun for the person):
    the news introduces a voice, then quotes it."""
    text = doc_text(doc)
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if not span:  # no token there: a quotation opening with a space ("“ We are done”")
        return None
    lead = text[:start].rstrip().rstrip("“\"‘'").rstrip()
    colon = lead.endswith(":")  # "Sunak defended the record: “…”": the clause before the colon introduces it
    if colon:  # back to the sentence's start in the text (the parser may cut it at an inner quotation)
        opening = max(lead.rfind(". "), lead.rfind("\n")) + 1
        introducing = list(doc[token_at(doc, opening) : token_at(doc, len(lead) - 1)])
    elif span[0].sent.start > 0:
        introducing = list(doc[span[0].sent.start - 1].sent)
    else:
        return None
    if not introducing or (not colon and "\n\n" in text[introducing[0].idx : start]):
        return None  # another paragraph; a colon may close the paragraph that introduces the next
    if not colon and any(token.text in ("“", '"') for token in introducing):
        return None  # a sentence that quotes someone itself
    for token in introducing:
        mention = resolver.by_token.get(token.i)
        introduces = token.dep_ in ("nsubj", "nsubjpass") or (
            token.dep_ == "pobj" and token.head.dep_ == "agent"
        )
        if mention is not None and mention.type == "PERSON" and introduces:
            speaker = resolver.resolve(token)
            return Speaker(None, None, None, speaker.mention, how="introduced")
        # "He delivered this statement:", "His remarks:": a person the pronoun stands for
        pronoun = token.lower_ in _PERSONAL and (introduces or (colon and token.dep_ == "poss"))
        if pronoun and (found := resolver.resolve(token).mention) is not None:
            return Speaker(None, None, None, found, how="introduced")
    named = {resolver.by_token.get(t.i) for t in introducing if not t.is_punct}
    if colon and len(named) == 1 and (person := named.pop()) is not None and person.type == "PERSON":
        # "Anna Berg: “We stay”", a name alone
        return Speaker(None, None, None, person.start, how="introduced")
    return None


def _announced(doc: Doc, start: int, resolver: SpeakerResolver) -> Speaker | None:
    """Whoever the paragraph before a quotation opening its own paragraph says gives these words ("X
    gave this speech on Friday", "issued the following statement"): the subject of the verb whose
    object is a speech noun pointing ahead at them."""
    text = doc_text(doc)
    paragraph = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, start)))
    if text[text.rfind("\n", 0, start) + 1 : start].strip(_MARK_CHARS + " "):
        return None  # the quotation does not open its paragraph
    for token in doc[token_at(doc, paragraph + 1) : token_at(doc, start)]:
        ahead = any(c.lower_ in _POINTING_AHEAD for c in token.children if c.dep_ in ("det", "amod"))
        if not ahead or token.lemma_.lower() not in _speech_nouns() or token.dep_ != "dobj":
            continue
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and (found := resolver.resolve(subject).mention) is not None:
            return Speaker(None, None, None, found, how="introduced")
    return None


def _signed_post(doc: Doc, end: int, resolver: SpeakerResolver) -> Speaker | None:
    """The author of an embedded post the quotation stands in: the paragraph after its own is the post's
    signature, "— Ana Berg (@anaberg) November 18, 2019", and names someone the article tags."""
    text = doc_text(doc)
    start = text.find("\n\n", end)
    match = _SIGNATURE.match(text, start + 2) if start >= 0 else None
    if match is None:
        return None
    named = [t for t in doc if match.start("name") <= t.idx < match.end("name") and t.i in resolver.by_token]
    return resolver.resolve(named[-1]) if named else None  # the name's last word heads it


def _dash_signed(doc: Doc, end: int, resolver: SpeakerResolver) -> Speaker | None:
    """Whom a dash after the quotation's closing mark names, to the end of its line: "“So far it is the
    unions one, the owners nil.” - Maria Olsen", an epigraph's or a pull quote's author. The
    line must open with a person or organisation the article tags, or be a proper name alone; a news
    outlet there credits the story ("- AFP")."""
    match = _DASH_SIGNED.match(doc_text(doc), end)
    if match is None:
        return None
    name = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
    words = list(name) if name is not None else []
    mention = resolver.by_token.get(words[0].i) if words else None
    if mention is not None and is_news_outlet(mention.name):
        return None  # "… lessons learnt.” - AFP": the wire's credit for the story, not the words' author
    if mention is not None and mention.type in ("PERSON", "ORG"):
        head = max(t.i for t in words if t.idx < mention.end)
    elif words and len(words) <= _LONGEST_NAME and all(t.pos_ == "PROPN" for t in words):
        head = words[-1].i  # a name the model left untagged
    else:
        return None
    return resolver.resolve(doc[head])


def _embedded_posts(doc: Doc, quoted: list[Quoted], resolver: SpeakerResolver) -> list[QuoteRecord]:
    """Posts a page embeds without quotation marks: the paragraph above a signature line ("— Ana Berg
    (@anaberg) November 18, 2019") is the post, less the link it ends with (or, where that paragraph is
    nothing but a link, the paragraph before it); its author is the name the signature gives."""
    text = doc_text(doc)
    records = []
    for signature in _SIGNATURE.finditer(text):
        if signature.start() > 0 and text[signature.start() - 1] != "\n":
            continue
        end = signature.start()
        for _ in range(2):  # the post's words, or the link alone and the words above it
            end = len(text[:end].rstrip())
            start = text.rfind("\n", 0, end) + 1
            words_end = start + len(_POST_LINK.sub("", text[start:end]).rstrip())
            if any(ch.isalpha() for ch in text[start:words_end]):
                break
            end = start
        else:
            continue
        if words_end <= start or any(q.start < words_end and start < q.end for q in quoted):
            continue  # a post in quotation marks is a direct quotation already
        name = [t for t in doc if signature.start("name") <= t.idx < signature.end("name")]
        named = [t for t in name if t.i in resolver.by_token]
        if named:
            speaker = resolver.resolve(named[-1])  # the name's last word heads it
        else:
            words = signature.group("name").strip()
            at = signature.start("name") + signature.group("name").index(words)
            speaker = Speaker(words, at, at + len(words))
        records.append(_record(doc, "direct", [(start, words_end)], speaker, None, extra=("post",)))
    return records


def _signed_paragraphs(doc: Doc, quoted: list[Quoted], resolver: SpeakerResolver) -> list[QuoteRecord]:
    """A pull quote set without quotation marks: a paragraph in the first person whose last sentence is
    nothing but a person's name ("I was told to stay on board and keep quiet. Maria Olsen") is
    that person's words."""
    text = doc_text(doc)
    records = []
    for mention in resolver.mentions:
        line_end = text.find("\n", mention.end)
        line_end = len(text) if line_end == -1 else line_end
        if mention.type != "PERSON" or text[mention.end : line_end].strip():
            continue
        start = text.rfind("\n", 0, mention.start) + 1
        words = text[start : mention.start]
        words_end = start + len(words.rstrip())
        if (
            words_end <= start
            or text[words_end - 1] not in _TERMINAL
            or not text[words_end : mention.start].isspace()
        ):
            continue
        span = doc.char_span(start, words_end, alignment_mode="expand")
        first_person = span is not None and any(t.lower_ in _FIRST_PERSON for t in span)
        marked = any(q.start < words_end and start < q.end for q in quoted)
        if not first_person or marked or len(text[start:words_end].split()) < _MIN_DIRECT_WORDS:
            continue
        name = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if name is None:
            continue
        speaker = resolver.resolve(name[-1])  # the name's last word heads it
        records.append(_record(doc, "direct", [(start, words_end)], speaker, None, extra=("signed",)))
    return records


def _is_direct(doc: Doc, quote: Quoted) -> bool:
    """A quotation of whole sentences: it opens a sentence (or follows a colon or a comma) and has
    enough words, or it ends with its own sentence punctuation."""
    text = doc_text(doc)
    if _cried_out(doc, quote):
        return True
    words = [w for w in text[quote.start : quote.end].split() if any(ch.isalpha() for ch in w)]
    if len(words) < _MIN_DIRECT_WORDS and not quote.parts[1:]:
        return _short_utterance(doc, quote)
    before = _last_char_before(text, quote.start - 1)
    opens = before in ".!?:,;\n" or _after_reporting_verb(doc, quote.start - 1)
    inside = text[quote.start : quote.end].rstrip()
    # Words that run on from the writer's sentence in lower case ("does not allow owners to “lock out
    # workers …”") are a fragment of it, however they end.
    runs_on = not opens and inside[:1].islower() and not quote.parts[1:]
    ends_sentence = inside[-1:] in {".", "!", "?", ","} and len(words) >= _MIN_DIRECT_WORDS and not runs_on
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    sentences = _has_clause(span) or _SENTENCE_INSIDE.search(inside) is not None
    return sentences and (opens or ends_sentence or _opens_paragraph(text, quote.start))


def _split_sentence(doc: Doc, first: Quoted, second: Quoted) -> bool:
    """One quoted sentence the attribution cuts in two, however short its first piece: "“The election,”
    he said, “was a vote of fear.”" The first piece ends with a comma, only a short attribution with a
    reporting verb stands between, and the second piece runs on in lower case."""
    text = doc_text(doc)
    between = text[first.end + 1 : second.start - 1]
    if not text[first.start : first.end].endswith(",") or not text[second.start : second.end][:1].islower():
        return False
    if "\n" in between or not between.rstrip().endswith(",") or len(between.split()) > _ATTRIBUTION_WINDOW:
        return False
    return any(
        t.lemma_.lower() in _speech_verbs() and t.pos_ in {"VERB", "AUX"}
        for t in _tokens_after(doc, first.end + 1)
        if t.idx < second.start
    )


def _cried_out(doc: Doc, quote: Quoted) -> bool:
    """Words a reporting verb introduces with a colon or a comma right before the marks, ending with their
    own "!" or "?": a cry or a question as said ("one mother cried: “My son! My son!”"), verb or none."""
    if doc_text(doc)[quote.start : quote.end].rstrip()[-1:] not in {"!", "?"}:
        return False
    mark = token_at(doc, quote.start - 1)
    verb = doc[mark - 2] if mark >= 2 and doc[mark - 1].text in (":", ",") else None
    return verb is not None and verb.lemma_.lower() in _speech_verbs() and verb.pos_ == "VERB"


def _short_utterance(doc: Doc, quote: Quoted) -> bool:
    """A short sentence someone said, as whole: "“Don't mind me!” he told them", "“We will win,” she
    said": a verb of its own, its own closing punctuation, and a reporting verb right after the marks (a
    short scare-quoted term has none of the three)."""
    inside = doc_text(doc)[quote.start : quote.end].rstrip()
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    verb = span is not None and any(t.pos_ in {"VERB", "AUX"} for t in span)  # "Don't mind me!": no subject
    if inside[-1:] not in {".", "!", "?", ","}:
        return False
    after = _tokens_after(doc, quote.end + 1)
    cue = next((t for t in after if t.lemma_.lower() in _speech_verbs() and t.pos_ in {"VERB", "AUX"}), None)
    if cue is None or any(t.text == ":" for t in after):
        return False  # not "Later he added: “…”", the next one's cue
    # "“Oh, my God,” said Mrs. Holt, gasping at the news": a sentence of its own, attributed at once, needs
    # no verb inside (not "lied about the “whistleblower,” read into the record …")
    opens = _last_char_before(doc_text(doc), quote.start - 1) in ".!?:;\n"
    at_once = opens and cue.i - after[0].i < 3
    ends = after[-1].text in _TERMINAL
    return at_once or (verb and ends)


def _last_char_before(text: str, mark: int) -> str:
    """The last character before an opening mark at ``mark`` other than spaces and a second single mark
    ("‘‘" typed for a double one); a newline at the start of the text."""
    i = mark - 1
    while i >= 0 and text[i] in " \t‘`":
        i -= 1
    return text[i] if i >= 0 else "\n"


def _has_clause(span: Span | None) -> bool:
    """Whole sentences have a verb with its subject inside the marks ("We will return", "Running it is not
    feasible"); a fragment ("Ukraine of preparing an attack", "military activities") has none."""
    if span is None:
        return False
    inside = range(span.start, span.end)
    return any(
        token.pos_ in {"VERB", "AUX"}
        and any(c.dep_ in _SUBJECTS | _CLAUSE_SUBJECTS and c.i in inside for c in token.children)
        for token in span
    )


def _close_enough(text: str, start: int, end: int) -> bool:
    """At most one paragraph break and two sentence ends between a voice and a quotation."""
    between = text[start:end]
    sentences = sum(between.count(mark + " ") for mark in ".!?")
    return between.count("\n\n") <= 1 and sentences <= 2


def _after_reporting_verb(doc: Doc, mark: int) -> bool:
    """``said "…"``: the quotation follows its reporting verb directly, with no comma or colon."""
    index = token_at(doc, mark) - 1
    return index >= 0 and doc[index].lemma_.lower() in _speech_verbs() and doc[index].pos_ in {"VERB", "AUX"}


def _opens_paragraph(text: str, start: int) -> bool:
    """True when only spaces stand between the opening mark before ``start`` and a line break (or the
    start of the text)."""
    i = start - 2
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


def _attributed_end(quote: Quoted, quoted: list[Quoted]) -> int:
    """Where a quotation's attribution may start: after its closing mark, or, for one left open with a
    quotation inside it, after the inner one's ("“As X said, “…,” Mead added" never closes)."""
    if quote.closed:
        return quote.end
    inner = [q.end for q in quoted if q.nested and quote.start < q.start and q.end <= quote.end]
    return max(inner, default=quote.end)


def _cue_after(doc: Doc, end: int, resolver: SpeakerResolver) -> _Cue | None:
    """``"…," she said`` / ``"…," said Mr X``: a reporting verb right after the closing mark at ``end``.
    The verb may stand further off when its subject opens the attribution and an apposition fills the
    gap (``"…," Dr Anna Berg, a member of the union and one of the letter's signatories, told the
    paper``). A participle that modifies a noun ("the plan announced on Monday") attributes nothing."""
    tokens = _tokens_after(doc, end + 1, limit=_APPOSITION_WINDOW)
    # "“… went well.” Buyers wrote to the shop": words closed by a full stop, then a new sentence, which
    # attributes them only when it is no more than the attribution ("“… went well.” Holm said.")
    last = _last_char_at(doc_text(doc), end - 1)
    closed = last >= 0 and doc_text(doc)[last] == "." and tokens[:1] != [] and tokens[0].text[:1].isupper()
    opening = [t for t in tokens[:3] if not t.is_punct]
    if opening and (source := _according_to_source(opening[0])) is not None:
        return _Cue(opening[0], resolver.resolve(source))  # ``"…", according to the Sydney Morning Herald``
    for n, token in enumerate(tokens):
        if token.lemma_.lower() not in _speech_verbs() or token.pos_ not in {"VERB", "AUX"}:
            continue
        reported = token.dep_ == "ccomp" and token.head.lemma_.lower() in _speech_verbs()
        if (
            _modifier(token)
            or _reports_its_own(token)
            or reported  # "“…” at the release, adding that the family had asked …": told, not telling
            or (n >= _ATTRIBUTION_WINDOW and not _subject_opens(token, tokens[:_SUBJECT_OPENING]))
            or (closed and not _attribution_only(token, tokens))
        ):
            continue
        speaker = resolver.subject_of(token) or resolver.inverted_subject(token)
        if speaker is not None and speaker.human:
            return _Cue(token, speaker)
    if last >= 0 and doc_text(doc)[last] == ",":
        # "“Then we shall see,” Anna Haas shrugged.": words closed by a comma run on to who spoke
        # them, and any verb right after, its subject first and no more than the attribution, says who
        verb = next((t for t in tokens[: _SUBJECT_OPENING + 1] if t.pos_ == "VERB"), None)
        if verb is not None and _attribution_only(verb, tokens):
            speaker = resolver.subject_of(verb)
            if speaker is not None and speaker.human:
                return _Cue(verb, speaker)
    return None


def _attribution_only(verb: Token, tokens: list[Token]) -> bool:
    """Whether the sentence after a quotation is just who said it: an active reporting verb with its
    subject first and at most three words after it ("Holm said on Monday.", not "Buyers wrote to the
    shop about it last week.")."""
    after = [t for t in tokens if t.i > verb.i and not t.is_punct]
    return len(after) <= 3 and not _passive(verb) and _subject_opens(verb, tokens[:_SUBJECT_OPENING])


def _according_to_source(according: Token) -> Token | None:
    """The object of "to" when ``according`` opens "according to X", else None."""
    doc = according.doc
    if according.lower_ != "according" or according.i + 2 >= len(doc) or doc[according.i + 1].lower_ != "to":
        return None
    return first_child(doc[according.i + 1], {"pobj"})


def _subject_opens(verb: Token, opening: list[Token]) -> bool:
    """True when the verb's subject starts among the first tokens after a quotation (the closing mark the
    parser may hang on the subject is no word of it)."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    first = next((t for t in subject.subtree if not t.is_punct), None) if subject is not None else None
    return first is not None and any(t.i == first.i for t in opening)


def _cue_right_before(doc: Doc, quote: Quoted, resolver: SpeakerResolver) -> _Cue | None:
    """``he said, "…," the office said``: a reporting verb whose words open right after it (a comma or a
    colon between) is the one who spoke them; a verb after the quotation then only vouches for the
    account."""
    before = [t for t in _tokens_before(doc, quote.start - 1) if not t.is_punct]
    verb = before[-1] if before else None
    if verb is None or verb.lemma_.lower() not in _speech_verbs() or verb.pos_ not in {"VERB", "AUX"}:
        return None
    speaker = resolver.subject_of(verb)
    return _Cue(verb, speaker) if speaker is not None and speaker.human else None


def _cue_before(doc: Doc, quote: Quoted, resolver: SpeakerResolver) -> _Cue | None:
    """``X said: "…"`` / ``…, saying: "…"``: the last reporting verb or noun before the opening mark; past
    a quoted fragment the same clause holds, when only a colon parts the two (``X told reporters any
    reform “must be thought through”: “…”``)."""
    start = quote.start
    while True:
        for token in reversed(_tokens_before(doc, start - 1)):
            lemma = token.lemma_.lower()
            if (lemma in _speech_verbs() and token.pos_ in {"VERB", "AUX"}) or lemma in _speech_nouns():
                if _setting_of_speech(token):
                    continue  # "X said in a radio interview: …": the verb's subject speaks
                speaker = resolver.subject_of(token) or resolver.inverted_subject(token)
                if speaker is not None:
                    return _Cue(token, speaker)
        text = doc_text(doc)
        colon = _last_char_at(text, start - 2)
        closing = _last_char_at(text, colon - 1)
        if colon < 0 or text[colon] != ":" or closing < 0 or text[closing] not in ("”", '"'):
            return None
        opening = max(text.rfind("“", 0, closing), text.rfind('"', 0, closing))
        if opening < 0 or "\n" in text[opening:closing]:
            return None
        start = opening + 1


def _setting_of_speech(noun: Token) -> bool:
    """Whether a reporting noun only says where a reporting verb's words were spoken ("said *in an
    interview*", "told reporters *at a briefing*")."""
    preposition = noun.head
    return (
        noun.dep_ == "pobj"
        and preposition.dep_ == "prep"
        and preposition.head.lemma_.lower() in _speech_verbs()
        and preposition.head.pos_ in {"VERB", "AUX"}
    )


def _last_char_at(text: str, at: int) -> int:
    """The index of the last character at or before ``at`` that is no space, or -1."""
    while at >= 0 and text[at].isspace():
        at -= 1
    return at


def _tokens_after(doc: Doc, char: int, limit: int = _ATTRIBUTION_WINDOW) -> list[Token]:
    """Tokens from ``char`` to the end of the attribution: a sentence end, a paragraph or a quotation,
    at most ``limit`` of them."""
    tokens: list[Token] = []
    for token in doc[token_at(doc, char) :]:
        if token.idx < char:
            continue
        if (token.is_space and "\n" in token.text) or token.text in '“"‘' or len(tokens) >= limit:
            break
        tokens.append(token)
        if token.text in _TERMINAL:
            break
    return tokens


def _tokens_before(doc: Doc, char: int) -> list[Token]:
    """Tokens from the start of the clause that introduces a quotation up to its opening mark."""
    tokens: list[Token] = []
    i = token_at(doc, char) - 1
    while i >= 0 and len(tokens) < _ATTRIBUTION_WINDOW:
        token = doc[i]
        if token.text in _TERMINAL or (token.is_space and "\n" in token.text) or token.text in '”"’':
            break
        tokens.insert(0, token)
        i -= 1
    return tokens


def _continues(doc: Doc, first: Quoted, second: Quoted, cue: _Cue) -> bool:
    """The next quotation continues this one when only its attribution stands between them: the
    attribution's sentence runs up to the next opening mark, with no sentence of the writer's after it
    and no second reporting verb right before that mark."""
    between = doc_text(doc)[first.end : second.start]
    if "\n" in between or cue.token.idx < first.end or cue.token.idx > second.start:
        return False
    if doc_text(doc)[cue.token.sent.end_char : second.start].strip(" \t\"“‘'"):
        return False  # "…," said Maddox, a teacher. Others were calmer. "…": the next one is not his
    words = [t for t in doc[cue.token.i + 1 : token_at(doc, second.start)] if not t.is_punct]
    if words and words[-1].lemma_.lower() in _speech_verbs() and words[-1].pos_ == "VERB":
        return False  # "…," he said, adding, "…": a second quotation with a cue of its own
    return len(between.split()) <= _APPOSITION_WINDOW and not _has_own_attribution(doc, second)


def _has_own_attribution(doc: Doc, quote: Quoted) -> bool:
    """True when a reporting verb with a subject follows the quotation: it has a speaker of its own."""
    return any(
        token.lemma_.lower() in _speech_verbs()
        and any(child.dep_ in _SUBJECTS for child in token.children)
        and not _reports_its_own(token)
        for token in _tokens_after(doc, quote.end + 1)
    )


def _reports_its_own(verb: Token) -> bool:
    """Whether a reporting verb after a quotation goes on to report a clause of its own ("Yesterday the
    mayor announced that she had opened a support unit"): a new report, not the quotation's attribution.
    A clause in quotation marks is the same quotation going on ("“…,” Mr. Gauthier said, “The atmosphere
    was fantastic.”")."""
    text = doc_text(verb.doc)
    return any(
        c.dep_ == "ccomp"
        and c.i > verb.i
        and _has_clause_subject(c)  # not "said of the coast now being patrolled"
        and not text[: c.left_edge.idx].rstrip().endswith(_OPENING_MARKS)
        for c in verb.children
    )


def _governing_cue(span: Span, resolver: SpeakerResolver) -> _Cue | None:
    """The reporting verb or noun outside a quoted fragment that it stands under, with its subject (a
    verb among the quoted words is theirs: “Tell them no,” is no one telling). The climb starts from
    the fragment's first sentence: "said the owners “will have to give way. If they don't, …”"."""
    first = span[0].sent
    token = span.doc[span.start : min(span.end, first.end)].root
    text = doc_text(span.doc)
    line, next_line = text.rfind("\n", 0, span.start_char), text.find("\n", span.end_char)
    below = token
    for _ in range(_MAX_CLIMB):
        if token.idx < line or (next_line != -1 and token.idx > next_line):
            return None  # the parser ran on into another paragraph: a heading has no speaker there
        lemma = token.lemma_.lower()
        speaks = (lemma in _speech_verbs() and token.pos_ in {"VERB", "AUX"}) or lemma in _fragment_verbs()
        speaks = speaks or (below.dep_ == "prep" and f"{lemma} {below.lower_}" in _fragment_verbs())
        outside = not span.start <= token.i < span.end
        # "was accused of …": heard, not said, unless the verb says by whom ("described by officials as")
        if speaks and outside and (not _passive(token) or agent_of(token) is not None):
            speaker = resolver.subject_of(token)
            if speaker is not None and speaker.human:
                return _Cue(token, speaker)
            if passive_participle(token):
                # "a town dubbed a “ghost harbour”": said by no one named, not by whoever speaks next
                return None
        if outside and (named := _named_before_gerund(token, resolver)) is not None:
            return _Cue(token, resolver.resolve(named))
        if outside and (aside := _aside_on(token)) is not None:
            # "On taxes, she added, Mr. Haas wants “a lighter hand”": the aside's speaker
            speaker = resolver.subject_of(aside)
            if speaker is not None and speaker.human:
                return _Cue(aside, speaker)
        if token.head == token:
            return None
        below, token = token, token.head
    return None


def _aside_on(verb: Token) -> Token | None:
    """A reporting verb set off by commas inside the clause of ``verb`` ("X, she said, is …"), else None."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "parataxis"
            and c.lemma_.lower() in _speech_verbs()
            and parenthetical_parts(c) is not None
        ),
        None,
    )


def _named_before_gerund(token: Token, resolver: SpeakerResolver) -> Token | None:
    """The name the parser took for a modifier of a reporting verb's "-ing" form it read as a noun ("with
    Foreign Minister Ayman Safadi warning of …": Safadi warns), else None."""
    lower = token.lower_
    if token.pos_ != "NOUN" or not lower.endswith("ing"):
        return None
    if lower[:-3] not in _speech_verbs() and lower[:-3] + "e" not in _speech_verbs():
        return None
    mentions = resolver.by_token
    names = [c for c in token.children if c.dep_ == "compound" and c.i in mentions]
    people = [c for c in names if mentions[c.i].type == "PERSON"]
    return people[-1] if people else None


def _record(
    doc: Doc,
    kind: str,
    parts: list[tuple[int, int]],
    speaker: Speaker | None,
    cue: _Cue | None,
    cue_text: str | None = None,
    *,
    extra: tuple[str, ...] = (),
) -> QuoteRecord:
    """A quotation record with the evidence its confidence is weighed on: its kind, how its speaker was
    found (a name at the cue, a pronoun, a description, a voice carried over, none) and whether a cue
    attributes it (``extra`` adds what the caller knows: a nested quotation, "according to")."""
    start, end = parts[0][0], parts[-1][1]
    evidence = (
        kind,
        f"speaker-{speaker.how}" if speaker is not None else "speaker-none",
        "cue" if cue is not None else "no-cue",
        *(("split",) if len(parts) > 1 else ()),
        *extra,
    )
    cue_end = cue.token.idx + len(cue.token.text) if cue else None
    if cue_text and cue:
        cue_end = cue.token.idx + len(cue_text)
    return QuoteRecord(
        start=start,
        end=end,
        kind=kind,
        parts=tuple(parts) if len(parts) > 1 else None,
        speaker_text=speaker.text if speaker else None,
        speaker_start=speaker.start if speaker else None,
        speaker_end=speaker.end if speaker else None,
        speaker_mention=speaker.mention if speaker else None,
        speaker_title=speaker.title if speaker else None,
        speaker_org=speaker.org if speaker else None,
        cue=(cue_text or cue.token.text) if cue else None,
        cue_start=cue.token.idx if cue else None,
        cue_end=cue_end,
        evidence=evidence,
    )


@cache
def _speech_verbs() -> frozenset[str]:
    return lexicons.words("reporting_verbs.txt")


@cache
def _speech_nouns() -> frozenset[str]:
    return lexicons.words("reporting_nouns.txt")


@cache
def _fragment_verbs() -> frozenset[str]:
    """Verbs that frame a quoted fragment as someone's words without taking a clause: "described as"."""
    return _speech_verbs() | lexicons.words("judging_verbs.txt") | lexicons.words("fragment_verbs.txt")
