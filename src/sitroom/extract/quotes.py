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

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from sitroom import lexicons
from sitroom.extract.quote_marks import Quoted, find_quoted
from sitroom.extract.speakers import Speaker, SpeakerResolver
from sitroom.types import MentionRecord, QuoteRecord, RoleRecord

# How far from a quotation its attribution may stand, in tokens.
_ATTRIBUTION_WINDOW = 14
# A fragment with fewer words, or one that does not start a sentence, is partial rather than direct.
_MIN_DIRECT_WORDS = 4
_MAX_CLIMB = 8
_TERMINAL = {".", "!", "?"}
_SUBJECTS = {"nsubj", "nsubjpass"}


@dataclass(frozen=True, slots=True)
class _Cue:
    token: Token
    speaker: Speaker | None


def extract_quotes(
    doc: Doc, mentions: tuple[MentionRecord, ...], roles: tuple[RoleRecord, ...]
) -> tuple[QuoteRecord, ...]:
    """Every quotation in ``doc`` with its speaker and cue, in text order."""
    resolver = SpeakerResolver(doc, mentions, roles)
    quoted = [q for q in find_quoted(doc.text) if q.end > q.start]
    resolver.exclude([(q.start, _attributed_end(q, quoted)) for q in quoted])
    indirect = _outermost(_indirect_quotes(doc, quoted, resolver))
    direct = _direct_quotes(doc, quoted, resolver, indirect)
    direct += _nested_quotes(doc, quoted, resolver)
    partial = _partial_quotes(doc, quoted, resolver, direct)
    return tuple(sorted(direct + partial + indirect, key=lambda q: (q.start, q.end)))


def _outermost(quotes: list[QuoteRecord]) -> list[QuoteRecord]:
    """Reported speech inside reported speech is part of the outer speaker's words: keep the outer."""
    return [
        q for q in quotes if not any(o is not q and o.start <= q.start and q.end <= o.end for o in quotes)
    ]


def _direct_quotes(
    doc: Doc, quoted: list[Quoted], resolver: SpeakerResolver, indirect: list[QuoteRecord]
) -> list[QuoteRecord]:
    records: list[QuoteRecord] = []
    previous: QuoteRecord | None = None
    pending = [q for q in quoted if not q.nested and _is_direct(doc, q)]
    voices = sorted(indirect, key=lambda q: q.start)
    i = 0
    while i < len(pending):
        quote = pending[i]
        parts = list(quote.parts)
        attributed = _attributed_end(quote, quoted)
        if attributed != quote.end:  # the words end with the inner quotation's closing mark
            parts[-1] = (parts[-1][0], attributed + 1)
        cue = _cue_after(doc, attributed, resolver) or _cue_before(doc, quote, resolver)
        # "…," she said. "…": the next quotation, right after the attribution, continues this one.
        while i + 1 < len(pending) and cue is not None and _continues(doc, quote, pending[i + 1], cue):
            i += 1
            quote = pending[i]
            parts.extend(quote.parts)
        speaker = cue.speaker if cue else None
        if cue is None:
            # A quotation with no attribution of its own carries on the last voice quoted just before
            # it: the paragraph before, or a sentence or two earlier ("Then came the threat: …").
            before = [q for q in (previous, *voices) if q is not None and q.end <= parts[0][0]]
            last = max(before, key=lambda q: q.end, default=None)
            if last is not None and _close_enough(doc.text, last.end, parts[0][0]):
                speaker = resolver.same_as(last)
        record = _record(doc, "direct", parts, speaker, cue)
        records.append(record)
        previous = record if record.speaker_text or record.speaker_mention is not None else previous
        i += 1
    return records


def _nested_quotes(doc: Doc, quoted: list[Quoted], resolver: SpeakerResolver) -> list[QuoteRecord]:
    """A quotation inside a quotation belongs to the person the outer speaker quotes: "As Kerry said at
    the time, “You just don't …”," Mead added."""
    records = []
    for inner in quoted:
        if not inner.nested or not inner.double or not _is_direct(doc, inner):
            continue
        outer = next((q for q in quoted if q.start < inner.start and inner.end <= q.end), None)
        window = (outer.start, outer.end) if outer else None
        for token in reversed(_tokens_before(doc, inner.start - 1)):
            if token.lemma_.lower() in _speech_verbs() and token.pos_ in {"VERB", "AUX"}:
                speaker = resolver.subject_of(token, within=window)
                if speaker is not None and speaker.human:
                    cue = _Cue(token, speaker)
                    records.append(_record(doc, "direct", list(inner.parts), speaker, cue, extra=("nested",)))
                    break
    return records


def _partial_quotes(
    doc: Doc, quoted: list[Quoted], resolver: SpeakerResolver, direct: list[QuoteRecord]
) -> list[QuoteRecord]:
    taken = [(q.start, q.end) for q in direct]
    records = []
    for quote in quoted:
        if any(start <= quote.start and quote.end <= end for start, end in taken):
            continue
        if _is_direct(doc, quote):
            continue
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        cue = _governing_cue(span.root, resolver)
        if cue is not None and cue.speaker is not None and cue.speaker.human:
            records.append(_record(doc, "partial", list(quote.parts), cue.speaker, cue))
    return records


def _indirect_quotes(doc: Doc, quoted: list[Quoted], resolver: SpeakerResolver) -> list[QuoteRecord]:
    marks = [(q.start, q.end) for q in quoted]
    records = []
    for token in doc:
        content = _reported_clause(token)
        if content is None or _holds_quotation(content, marks):
            continue
        speaker = resolver.subject_of(token)
        if speaker is None or not speaker.human or _passive(token):
            continue  # "the board had been told that …": its subject heard it, did not say it
        cue = _Cue(token, speaker)
        records.append(_record(doc, "indirect", [(content.start_char, content.end_char)], speaker, cue))
    records.extend(_according_to(doc, marks, resolver))
    return records


def _passive(token: Token) -> bool:
    return any(child.dep_ in {"auxpass", "nsubjpass"} for child in token.children)


def _reported_clause(token: Token) -> Span | None:
    """The clause a reporting verb reports, without a leading "that" and trailing punctuation."""
    if token.lemma_.lower() not in _speech_verbs() or token.pos_ not in {"VERB", "AUX"}:
        return None
    clause = next((child for child in token.children if child.dep_ == "ccomp"), None)
    if clause is None or _another_voice(clause):
        return None
    tokens = [t for t in clause.subtree]
    while tokens and (tokens[0].lower_ == "that" or tokens[0].is_punct):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    if len(tokens) < 3 or (tokens[0].pos_ == "AUX" and tokens[1].dep_ in _SUBJECTS):
        return None  # "warned of consequences should Russia invade": a condition, not reported words
    return clause.doc[tokens[0].i : tokens[-1].i + 1]


def _another_voice(clause: Token) -> bool:
    """A "clause" headed by another reporting verb with its own subject is a second voice the parser
    attached to the first ("Russian officials declared the talks a failure and Western officials say
    …"): it is reported on its own, not as the first speaker's words."""
    speaks = clause.lemma_.lower() in _speech_verbs() and not _passive(clause)
    return speaks and any(c.dep_ == "nsubj" for c in clause.children)


def _according_to(doc: Doc, marks: list[tuple[int, int]], resolver: SpeakerResolver) -> list[QuoteRecord]:
    """ "According to officials, the banks will stay shut": the clause it qualifies, by that source."""
    records = []
    for token in doc:
        if token.lower_ != "according" or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "to":
            continue
        source = next((t for t in doc[token.i + 1].children if t.dep_ == "pobj"), None)
        if source is None:
            continue
        sentence = token.sent
        phrase_end = max(t.i for t in source.subtree) + 1
        before = token.i != sentence.start
        content = _trim(doc[sentence.start : token.i] if before else doc[phrase_end : sentence.end])
        if content is None or _holds_quotation(content, marks):
            continue
        speaker = resolver.resolve(source)
        cue = _Cue(token, speaker)
        span = [(content.start_char, content.end_char)]
        records.append(_record(doc, "indirect", span, speaker, cue, "according to", extra=("according-to",)))
    return records


def _trim(span: Span) -> Span | None:
    tokens = [t for t in span if not t.is_space]
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if len(tokens) < 3:
        return None
    return span.doc[tokens[0].i : tokens[-1].i + 1]


def _holds_quotation(span: Span, marks: list[tuple[int, int]]) -> bool:
    return any(span.start_char <= end and start <= span.end_char for start, end in marks)


def _is_direct(doc: Doc, quote: Quoted) -> bool:
    """A quotation of whole sentences: it opens a sentence (or follows a colon or a comma) and has
    enough words, or it ends with its own sentence punctuation."""
    words = [w for w in doc.text[quote.start : quote.end].split() if any(ch.isalpha() for ch in w)]
    if len(words) < _MIN_DIRECT_WORDS and not quote.parts[1:]:
        return False
    before = doc.text[: quote.start - 1].rstrip()
    opens = not before or before[-1] in ".!?:,;\n" or _after_reporting_verb(doc, quote.start - 1)
    inside = doc.text[quote.start : quote.end].rstrip()
    ends_sentence = inside[-1:] in {".", "!", "?", ","} and len(words) >= _MIN_DIRECT_WORDS
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return _has_clause(span) and (opens or ends_sentence or _opens_paragraph(doc.text, quote.start))


def _has_clause(span: Span | None) -> bool:
    """Whole sentences have a verb with its subject inside the marks ("We will return"); a fragment
    ("Ukraine of preparing an attack", "military activities") has none."""
    if span is None:
        return False
    inside = range(span.start, span.end)
    return any(
        token.pos_ in {"VERB", "AUX"}
        and any(c.dep_ in _SUBJECTS | {"expl"} and c.i in inside for c in token.children)
        for token in span
    )


def _close_enough(text: str, start: int, end: int) -> bool:
    """At most one paragraph break and two sentence ends between a voice and a quotation."""
    between = text[start:end]
    sentences = sum(between.count(mark + " ") for mark in ".!?")
    return between.count("\n\n") <= 1 and sentences <= 2


def _after_reporting_verb(doc: Doc, mark: int) -> bool:
    """``said "…"``: the quotation follows its reporting verb directly, with no comma or colon."""
    index = _token_at(doc, mark) - 1
    return index >= 0 and doc[index].lemma_.lower() in _speech_verbs() and doc[index].pos_ in {"VERB", "AUX"}


def _opens_paragraph(text: str, start: int) -> bool:
    before = text[: max(0, start - 1)]
    return not before.strip() or before.endswith("\n") or before.rstrip(" ").endswith("\n")


def _attributed_end(quote: Quoted, quoted: list[Quoted]) -> int:
    """Where a quotation's attribution may start: after its closing mark, or, for one left open with a
    quotation inside it, after the inner one's ("“As X said, “…,” Mead added" never closes)."""
    if quote.closed:
        return quote.end
    inner = [q.end for q in quoted if q.nested and quote.start < q.start and q.end <= quote.end]
    return max(inner, default=quote.end)


def _cue_after(doc: Doc, end: int, resolver: SpeakerResolver) -> _Cue | None:
    """``"…," she said`` / ``"…," said Mr X``: a reporting verb right after the closing mark at ``end``."""
    tokens = _tokens_after(doc, end + 1)
    for token in tokens:
        if token.lemma_.lower() in _speech_verbs() and token.pos_ in {"VERB", "AUX"}:
            speaker = resolver.subject_of(token) or resolver.inverted_subject(token)
            if speaker is not None and speaker.human:
                return _Cue(token, speaker)
    return None


def _cue_before(doc: Doc, quote: Quoted, resolver: SpeakerResolver) -> _Cue | None:
    """``X said: "…"`` / ``…, saying: "…"``: the last reporting verb or noun before the opening mark."""
    for token in reversed(_tokens_before(doc, quote.start - 1)):
        lemma = token.lemma_.lower()
        if (lemma in _speech_verbs() and token.pos_ in {"VERB", "AUX"}) or lemma in _speech_nouns():
            speaker = resolver.subject_of(token) or resolver.inverted_subject(token)
            if speaker is not None:
                return _Cue(token, speaker)
    return None


def _tokens_after(doc: Doc, char: int) -> list[Token]:
    """Tokens from ``char`` to the end of the attribution: a sentence end, a paragraph or a quotation."""
    tokens = []
    for token in doc[_token_at(doc, char) :]:
        if token.idx < char:
            continue
        if (
            (token.is_space and "\n" in token.text)
            or token.text in '“"‘'
            or len(tokens) >= _ATTRIBUTION_WINDOW
        ):
            break
        tokens.append(token)
        if token.text in _TERMINAL:
            break
    return tokens


def _tokens_before(doc: Doc, char: int) -> list[Token]:
    """Tokens from the start of the clause that introduces a quotation up to its opening mark."""
    tokens: list[Token] = []
    i = _token_at(doc, char) - 1
    while i >= 0 and len(tokens) < _ATTRIBUTION_WINDOW:
        token = doc[i]
        if token.text in _TERMINAL or (token.is_space and "\n" in token.text) or token.text in '”"’':
            break
        tokens.insert(0, token)
        i -= 1
    return tokens


def _token_at(doc: Doc, char: int) -> int:
    """The index of the first token that starts at or after ``char`` (token starts computed once a doc)."""
    starts = doc.user_data.get("sitroom.token_starts")
    if starts is None:
        starts = doc.user_data["sitroom.token_starts"] = [token.idx for token in doc]
    return bisect_left(starts, char)


def _continues(doc: Doc, first: Quoted, second: Quoted, cue: _Cue) -> bool:
    """The next quotation continues this one when only its attribution stands between them."""
    between = doc.text[first.end : second.start]
    if "\n" in between or cue.token.idx < first.end or cue.token.idx > second.start:
        return False
    return len(between.split()) <= _ATTRIBUTION_WINDOW and not _has_own_attribution(doc, second)


def _has_own_attribution(doc: Doc, quote: Quoted) -> bool:
    """True when a reporting verb with a subject follows the quotation: it has a speaker of its own."""
    return any(
        token.lemma_.lower() in _speech_verbs() and any(child.dep_ in _SUBJECTS for child in token.children)
        for token in _tokens_after(doc, quote.end + 1)
    )


def _governing_cue(token: Token, resolver: SpeakerResolver) -> _Cue | None:
    """The reporting verb or noun that a quoted fragment stands under, with its subject."""
    for _ in range(_MAX_CLIMB):
        lemma = token.lemma_.lower()
        if (lemma in _speech_verbs() and token.pos_ in {"VERB", "AUX"}) or lemma in _fragment_verbs():
            speaker = resolver.subject_of(token)
            if speaker is not None and speaker.human:
                return _Cue(token, speaker)
        if token.head == token:
            return None
        token = token.head
    return None


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
    return _speech_verbs() | {"describe", "call", "label", "brand", "dub", "term"}
