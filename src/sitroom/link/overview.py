"""A story's overview: a few of its articles' own sentences that say what is happening (extractive).

Extractive news summarisers score sentences by how close they are to what the whole cluster is about (the
centroid method of MEAD, Radev et al. 2004), give the lead of a news article a head start (the lead
baseline is hard to beat on news), and pick greedily, skipping what repeats a sentence already picked
(maximal marginal relevance, Carbonell and Goldstein 1998). sitroom does the same with one more signal
that only it has: the events it read, and how many outlets report each.

**Sentences** (:func:`sentences`). Paragraphs (blank lines) and short unpunctuated lines (a heading, a
caption) are never crossed. Inside them a sentence ends at ``.``, ``!``, ``?`` or ``…`` and any closing
quotation marks or brackets after them, when a capital letter or a digit follows (after any opening
marks). It does not end after an abbreviation (``lexicons/abbreviations.tsv``: "Mr.", "Gen.", and
before a number "Jan.", "No."), after an initial ("John F. Kennedy"), after a dotted acronym unless a
function word follows ("U.S. Senator" goes on, "sanctions on the U.S. The talks" ends), nor inside a
quotation that closes later in the paragraph (``He said: "We go. We stay." Then`` breaks only before
"Then"; a quotation left open runs on into the next paragraph, as news style continues a long quotation,
and holds nothing back). A wire dateline opening a paragraph ("ATHENS, July 5, 2015 (Meridian Wire) - ",
"PARIS—", "Paris (CNN)") is left out of its sentence: the overview gives outlet and date beside every
line. Every span is exact: a line's text is ``article.text[start:end]``, trimmed of white space.

**Candidates.** A sentence of ``MIN_WORDS`` to ``MAX_WORDS`` words that starts with a capital or a digit
(after any opening marks) and ends a statement: a question tells no news. When a story has no candidate
at all, every sentence is one, so an article of one short line still gets its line.

**Score.** Words are lower-cased letters without stop words (spaCy's English list), a possessive's "'s"
or a plural's "s". The story's centroid is the sum of its articles' unit TF vectors (sublinear TF),
weighted by IDF over the story's articles, so each article has one vote however long it is::

    score = (CENTRALITY * cosine(sentence, centroid) + LEAD / (1 + position in its article)) * weight
    weight = genre * voice * min(1, content words / FULL_WORDS)

``genre`` is ``GENRE_WEIGHT`` for opinion and analysis; ``voice`` is ``QUOTED_WEIGHT`` for a sentence
mostly inside quotation marks and ``FIRST_PERSON_WEIGHT`` for one in the first person outside them (a
columnist's "by which I mean"): someone's voice, not what happened.

**Key events.** A sentence that holds the whole span of an event the brief asserts
(:func:`sitroom.link.confidence.asserted`) gains ``EVENTS`` times that event's weight, once per real event
(a report and every report whose ``same_as`` chain leads to it, as the Timeline counts them): the first
line that covers an event takes its gain, later ones none. The weight is ``log(1 + outlets) / log(1 +
max(story outlets, FEW_OUTLETS))``, counting the outlets of the event's asserted reports (an article
without an outlet is its own source), halved (``UNREAL_EVENT_WEIGHT``) when the event did not, or not
yet, happen; times the sentence's ``weight``.

**Picking.** Greedily, the best marginal gain first: score plus the key-event gain, less ``REDUNDANCY``
times the largest cosine with a line already picked, less ``SAME_ARTICLE`` for each line already taken
from the same article. A sentence that says again what a line says (cosine at least ``NEAR_DUPLICATE``,
or ``CONTAINED`` of the shorter one's words in the other) is never picked, from whichever article; copies
of articles take no part (they are not analysed). A story of one to three articles gets three lines, of
four to seven four, of eight or more five (:func:`lines_for`). The lines are then ordered by their
articles' dates (undated last), the story's order of articles and their place in the article, so the
overview reads in the order things were reported.

Everything is linear in the text, and a large story is read through its ``POOL_ARTICLES`` most central
articles only. Scores are rounded and ties go to the earlier article and sentence, so the same story
always gives the same lines and byte-identical briefs stay byte-identical. A story's lines depend on its
own articles and the brief's events only, so the brief of one story of a store tells it as the brief of
the whole store does.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from sitroom import lexicons
from sitroom.link.clustering import unit_tf
from sitroom.link.confidence import asserted
from sitroom.nlp.abbreviations import written_before
from sitroom.types import Article, Event, SummaryLine

# Candidates: long enough to say something, short enough to read as one line.
MIN_WORDS = 6
MAX_WORDS = 60
# The score's parts (module docstring): a sentence's closeness to the story, its place in its article, and
# the key event it reports. A lead sentence gains LEAD, the second half of it, the third a third.
CENTRALITY = 1.0
LEAD = 0.25
EVENTS = 0.3
# Redundancy: MMR's penalty per unit of cosine with a sentence already picked; the cosine, or the share of
# a shorter sentence's words in a longer one, at which two sentences say the same; and the cost of every
# further line from the same article, so that a story is not told by one article alone.
REDUNDANCY = 0.5
NEAR_DUPLICATE = 0.6
CONTAINED = 0.8
SAME_ARTICLE = 0.1
# Someone's voice rather than what happened: mostly quoted words, or the first person outside quotes.
QUOTED_SHARE = 0.5
QUOTED_WEIGHT = 0.6
FIRST_PERSON_WEIGHT = 0.5
GENRE_WEIGHT = {"opinion": 0.8, "analysis": 0.9}
# A key event that did not (or not yet) happen counts half: an overview says first what took place. Its
# weight grows with the log of the outlets reporting it, out of the story's outlets but at least
# FEW_OUTLETS, so that in a story told by one or two outlets no event is "reported by all".
UNREAL_EVENT_WEIGHT = 0.5
FEW_OUTLETS = 4
# A sentence of fewer content words than this says less: its score is cut in proportion.
FULL_WORDS = 8
# A large story is read through its most central articles only.
POOL_ARTICLES = 40

_HAPPENED = frozenset({"occurred", "ongoing"})
_DIGITS = 9  # scores are rounded, so that a rounding error never decides between two sentences
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_COUNTED_WORD = re.compile(r"\w+(?:['’.,-]\w+)*")
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"})
_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«"
_QUOTE_MARK = re.compile('[“”"]')
_BEFORE_OPENING = " \t\n([—–-"
_RUNS_ON = ".!?…:;," + _CLOSERS  # a line ending in these is no heading
# A sentence ends at its punctuation and any closing marks, before white space ...
_END = re.compile(rf"(?:[.!?]+|…)[{re.escape(_CLOSERS)}]*(?=\s)")
# ... when the next word, after any opening marks, starts with a capital or a digit (group 1).
_NEXT = re.compile(rf"\s+[{re.escape(_OPENERS)}]*(\w)")
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
_INITIAL = re.compile(r"[A-Z]\.")
_ACRONYM = re.compile(r"(?:[A-Za-z]\.){2,}")
# A wire dateline opening a paragraph: a place in capitals, maybe its region and a date, maybe the agency
# in brackets, then a dash ("ATHENS, July 5, 2015 (Meridian Wire) - ", "OSLO (AP) — ").
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+){0,3}"  # ATHENS, SIOUX FALLS
    r"(?:,[ ][^\n()—–]{1,40}?)?"  # , July 5, 2015  , S.D.
    r"(?:[ ]?\([^()\n]{2,40}\))?"  # (Meridian Wire)
    r"(?:[ ]?:|[ ]?—|[ ](?:–|--|-)|(?:–|--|-)[ ])[ ]*"  # ":", "—", or a dash with a space on one side
    r"|[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}[ ]\([A-Z][A-Za-z]{1,15}\)(?:[ ]?(?:—|–|--|-)[ ]*)?)"  # Paris (CNN)
    r"(?=[\"“‘]?[A-Z])"
)
_HEADING_WORDS = 12  # an unpunctuated line this short is a heading or a caption, not part of a sentence


@dataclass(frozen=True, slots=True)
class Reach:
    """How widely a real event the brief asserts is reported: its first report's id, the outlets of its
    asserted reports, and whether it happened (occurred or ongoing)."""

    event: str
    outlets: int
    happened: bool


@dataclass(frozen=True, slots=True)
class _Sentence:
    """A sentence of a story's article with what picking needs: its words, vector, score and events."""

    article: int  # the article's place in the pool
    position: int  # the sentence's place in its article
    start: int
    end: int
    words: frozenset[str]
    vector: dict[str, float]
    score: float  # centrality, lead and voice: everything but the events, which count once each
    events: tuple[tuple[str, float], ...]  # the key events it reports: (real event, weight)
    candidate: bool


def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The sentences of ``text`` as ``(start, end)`` spans in order, trimmed of white space, the first of a
    paragraph of any wire dateline it opens with (see the module docstring for the rules)."""
    spans: list[tuple[int, int]] = []
    for start, end in _blocks(text):
        cuts = [start, *_ends(text, start, end), end]
        found = [_trim(text, a, b) for a, b in itertools.pairwise(cuts)]
        kept = [span for span in found if span is not None]
        if kept:
            kept[0] = _without_dateline(text, *kept[0])
        spans.extend(kept)
    return tuple(spans)


def summarise(
    members: Sequence[Article],
    events: Iterable[Event] = (),
    *,
    outlets: Mapping[str, str | None] | None = None,
    centrality: Mapping[str, float] | None = None,
    reach: Mapping[str, Reach] | None = None,
    threshold: float | None = None,
) -> tuple[SummaryLine, ...]:
    """The overview of the story told by ``members``: a few of their sentences, in reported order.

    Args:
        members: the story's analysed articles, in the story's order (which breaks ties).
        events: the events of the members' articles (others are passed over); those the brief asserts
            make the sentences that hold them count more.
        outlets: every article's outlet by id, for counting the outlets that report an event (default:
            the members').
        centrality: each member's closeness to the story (higher is closer); a story of more than
            ``POOL_ARTICLES`` articles is read through its most central ones (default: the first ones).
        reach: :func:`event_reach` over the whole brief, computed once for all its stories; by default
            it is computed from ``events`` alone, so that reports of the same event outside the story
            are not counted.
        threshold: overrides ``Options.event_threshold`` for which events are asserted (with ``reach``
            not given).

    Returns:
        The lines, each ``article.text[start:end]``, ordered by their articles' dates (undated last), then
        the story's order, then their place in the article; none for a story without text.
    """
    events = list(events)
    order = {a.id: n for n, a in enumerate(members)}
    central = sorted(members, key=lambda a: -centrality.get(a.id, 0.0)) if centrality else list(members)
    pool = sorted(central[:POOL_ARTICLES], key=lambda a: order[a.id])
    outlet_of = dict(outlets) if outlets is not None else {a.id: a.outlet for a in members}
    if reach is None:
        reach = event_reach(events, outlet_of, threshold)
    story_outlets = len({_source(a.id, outlet_of) for a in members})
    keys = _key_events(pool, events, reach, story_outlets)
    picked = _pick(_scored(pool, keys), lines_for(len(members)))
    picked.sort(
        key=lambda s: (pool[s.article].published is None, pool[s.article].published or "", s.article, s.start)
    )
    return tuple(
        SummaryLine(pool[s.article].text[s.start : s.end], pool[s.article].id, s.start, s.end) for s in picked
    )


def lines_for(articles: int) -> int:
    """How many lines an overview of a story of ``articles`` articles gives: three, four from four
    articles, five from eight."""
    return 3 + (articles >= 4) + (articles >= 8)


def words(text: str) -> list[str]:
    """The words sentences are compared by: lower case, without stop words, "'s" or a plural's "s"."""
    return [key for word in _WORD.findall(text.lower()) if (key := _key(word))]


@lru_cache(maxsize=1 << 16)
def _key(word: str) -> str | None:
    """The word as it is compared (:func:`words`), or None for a word that is not compared."""
    word = _POSSESSIVE.sub("", word)
    if len(word) < 2 or word in STOP_WORDS:
        return None
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# --- sentences -----------------------------------------------------------------------------------------


def _blocks(text: str) -> list[tuple[int, int]]:
    """Paragraphs, and within them the lines a sentence cannot run across (headings, captions)."""
    blocks = []
    start = 0
    for found in [*_PARAGRAPH.finditer(text), None]:
        end = found.start() if found else len(text)
        blocks.extend(_lines(text, start, end))
        if found:
            start = found.end()
    return blocks


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph cut after each line that is a heading or a caption: short, without final punctuation.

    A longer line without it is a sentence hard-wrapped onto the next line, and goes on there.
    """
    lines = []
    cut = position = start
    while (newline := text.find("\n", position, end)) != -1:
        line = text[position:newline].strip()
        if line and line[-1] not in _RUNS_ON and len(line.split()) <= _HEADING_WORDS:
            lines.append((cut, newline))
            cut = newline + 1
        position = newline + 1
    lines.append((cut, end))
    return lines


def _ends(text: str, start: int, end: int) -> list[int]:
    """Where the sentences of the block ``text[start:end]`` end, each end but the block's own."""
    stretches = _quotations(text, start, end)
    ends = []
    for found in _END.finditer(text, start, end):
        after = found.end()
        following = _NEXT.match(text, after, end)
        if following is None or not (following[1].isupper() or following[1].isdigit()):
            continue  # "… and then", "etc. and": the sentence goes on
        if any(opened < after <= closed for opened, closed in stretches):
            continue  # a quotation that closes later in the paragraph holds its sentences together
        if found.group() == "." and not _stop_ends(text, start, found.start(), following.end() - 1, end):
            continue
        ends.append(after)
    return ends


def _stop_ends(text: str, start: int, stop: int, following: int, end: int) -> bool:
    """Whether the full stop at ``stop`` ends a sentence, by the word it closes and the word after it."""
    word = text[start : stop + 1].rsplit(None, 1)[-1].lstrip(_OPENERS)
    before = written_before().get(word.lower())
    if before == "any" or (before == "number" and text[following].isdigit()) or _INITIAL.fullmatch(word):
        return False  # "Mr. Tsipras", "Jan. 12", "John F. Kennedy"
    if _ACRONYM.fullmatch(word):  # "U.S. Senator" goes on, "sanctions on the U.S. The talks" ends
        after = _WORD.match(text, following, end)
        return after is not None and after.group().lower() in lexicons.words("english_function_words.txt")
    return True


def _quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The double-quoted stretches of a block that close in it, as ``(opening, closing)`` offsets.

    Curly marks say which way they face; a straight one opens at the start or after white space, a dash
    or an opening bracket, and closes otherwise. A quotation left open runs on into the next paragraph
    (news style for a long quotation) and holds no sentence back.
    """
    stretches = []
    opened: int | None = None
    for mark in _QUOTE_MARK.finditer(text, start, end):
        n, char = mark.start(), mark.group()
        if char == "“" or (char == '"' and opened is None and (n == start or text[n - 1] in _BEFORE_OPENING)):
            opened = n
        elif opened is not None:
            stretches.append((opened, n))
            opened = None
    return stretches


def _without_dateline(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the wire dateline it opens with, if it opens with one."""
    match = _DATELINE.match(text, start, end)
    return (match.end(), end) if match and match.end() < end else (start, end)


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without white space at either end; None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


# --- scoring and picking -------------------------------------------------------------------------------


def _candidate(text: str) -> bool:
    """Whether a sentence may be a line: a statement of a readable length, starting as a sentence does."""
    count = len(_COUNTED_WORD.findall(text))
    if not MIN_WORDS <= count <= MAX_WORDS:
        return False
    first = text.lstrip(_OPENERS)[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    last = text.rstrip(_CLOSERS)[-1:]
    return last in (".", "!", "…")


def _voice(text: str) -> float:
    """How far a sentence is the story's own telling: less when mostly quoted or in the first person."""
    stretches = _quotations(text, 0, len(text))
    quoted = sum(closed - opened for opened, closed in stretches)
    weight = QUOTED_WEIGHT if quoted > QUOTED_SHARE * len(text) else 1.0
    outside, last = [], 0
    for opened, closed in stretches:
        outside.append(text[last:opened])
        last = closed + 1
    outside.append(text[last:])
    if not _FIRST_PERSON.isdisjoint(_WORD.findall(" ".join(outside).lower())):
        weight *= FIRST_PERSON_WEIGHT
    return weight


def _source(article_id: str, outlet_of: Mapping[str, str | None]) -> tuple[str | None, str | None]:
    """Who published an article: its outlet; an article without one is its own source."""
    outlet = outlet_of.get(article_id)
    return (outlet, None) if outlet else (None, article_id)


def event_reach(
    events: Iterable[Event], outlets: Mapping[str, str | None], threshold: float | None = None
) -> dict[str, Reach]:
    """The reach of every real event the brief asserts, by the id of each of its asserted reports.

    A real event is a report and every report whose ``same_as`` chain leads to it; its outlets are those
    of its asserted reports (an article without an outlet is its own source, as ``outlets`` by article
    id gives them); it happened when its first asserted report says it occurred or is ongoing.
    """
    every = list(events)
    by_id = {e.id: e for e in every}
    groups: dict[str, list[Event]] = {}
    for event in every:
        if asserted(event, threshold):
            groups.setdefault(_original(event, by_id), []).append(event)
    reach = {}
    for root, reports in groups.items():
        first = next((e for e in reports if e.id == root), reports[0])
        found = Reach(root, len({_source(e.article, outlets) for e in reports}), first.status in _HAPPENED)
        reach.update(dict.fromkeys((e.id for e in reports), found))
    return reach


def _key_events(
    pool: Sequence[Article], events: Iterable[Event], reach: Mapping[str, Reach], story_outlets: int
) -> dict[str, list[tuple[int, int, str, float]]]:
    """The asserted reports in the pool's articles, by article id: their span, real event and weight
    (module docstring)."""
    ids = {a.id for a in pool}
    scale = math.log1p(max(story_outlets, FEW_OUTLETS))
    keys: dict[str, list[tuple[int, int, str, float]]] = {}
    for report in events:
        found = reach.get(report.id)
        if found is None or report.article not in ids:
            continue
        weight = min(1.0, math.log1p(found.outlets) / scale) * (
            1.0 if found.happened else UNREAL_EVENT_WEIGHT
        )
        keys.setdefault(report.article, []).append((report.start, report.end, found.event, weight))
    return keys


def _original(event: Event, by_id: Mapping[str, Event]) -> str:
    """The id of the report ``event``'s chain of ``same_as`` links ends at; in a loop, its smallest id
    (as the Timeline does, so both count the same real events)."""
    chain = [event.id]
    while event.same_as is not None and event.same_as in by_id:
        event = by_id[event.same_as]
        if event.id in chain:
            return min(chain[chain.index(event.id) :])
        chain.append(event.id)
    return event.id


def _scored(
    pool: Sequence[Article], keys: Mapping[str, list[tuple[int, int, str, float]]]
) -> list[_Sentence]:
    """Every sentence of the pool's articles with its words, vector, score and key events."""
    spans = [sentences(article.text) for article in pool]
    said = [[words(article.text[s:e]) for s, e in found] for article, found in zip(pool, spans, strict=True)]
    bags = [Counter(word for sentence in found for word in sentence) for found in said]
    df = Counter(word for bag in bags for word in bag)
    weigh = {word: math.log((1 + len(pool)) / (1 + count)) + 1.0 for word, count in df.items()}
    centroid: dict[str, float] = {}
    for bag in bags:
        for word, w in unit_tf(bag).items():
            centroid[word] = centroid.get(word, 0.0) + w * weigh[word]
    centroid = _unit(centroid)
    scored = []
    for n, article in enumerate(pool):
        genre = GENRE_WEIGHT.get(article.genre or "", 1.0)
        for position, ((start, end), found) in enumerate(zip(spans[n], said[n], strict=True)):
            text = article.text[start:end]
            vector = _unit({w: tf * weigh[w] for w, tf in unit_tf(Counter(found)).items()})
            weight = genre * _voice(text) * min(1.0, len(found) / FULL_WORDS)
            score = (CENTRALITY * _dot(vector, centroid) + LEAD / (1 + position)) * weight
            events = tuple(
                (root, reach * weight)
                for s, e, root, reach in keys.get(article.id, ())
                if start <= s and e <= end
            )
            scored.append(
                _Sentence(
                    article=n,
                    position=position,
                    start=start,
                    end=end,
                    words=frozenset(found),
                    vector=vector,
                    score=score,
                    events=events,
                    candidate=_candidate(text),
                )
            )
    if not any(s.candidate for s in scored):  # a story of short lines still gets its lines
        scored = [replace(s, candidate=True) for s in scored if s.words]
    return [s for s in scored if s.candidate]


def _pick(found: Sequence[_Sentence], count: int) -> list[_Sentence]:
    """Up to ``count`` sentences, greedily by marginal score (module docstring), near-duplicates never."""
    picked: list[_Sentence] = []
    covered: set[str] = set()
    left = list(found)
    while left and len(picked) < count:
        best, best_gain = None, -math.inf
        kept = []
        for sentence in left:
            similar = max((_similarity(sentence, p) for p in picked), default=0.0)
            if similar >= NEAR_DUPLICATE or any(_contained(sentence, p) for p in picked):
                continue  # says again what a line already says: never a line
            kept.append(sentence)
            news = max((w for root, w in sentence.events if root not in covered), default=0.0)
            same = sum(1 for p in picked if p.article == sentence.article)
            gain = round(sentence.score + EVENTS * news - REDUNDANCY * similar - SAME_ARTICLE * same, _DIGITS)
            if gain > best_gain:  # the first on a tie: the earlier article, then sentence
                best, best_gain = sentence, gain
        if best is None:
            break
        picked.append(best)
        covered.update(root for root, _ in best.events)
        left = [s for s in kept if s is not best]
    return picked


def _similarity(a: _Sentence, b: _Sentence) -> float:
    """The cosine of two sentences (their vectors are of unit length)."""
    return _dot(a.vector, b.vector)


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {key: w / norm for key, w in vector.items()} if norm else {}


def _dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b[key] for key, w in a.items() if key in b)


def _contained(a: _Sentence, b: _Sentence) -> bool:
    """Whether most words of the shorter sentence are in the longer one: a shortened copy of it."""
    shorter, longer = sorted((a.words, b.words), key=len)
    return len(shorter) >= 3 and len(shorter & longer) >= CONTAINED * len(shorter)


__all__ = ["Reach", "event_reach", "lines_for", "sentences", "summarise", "words"]
