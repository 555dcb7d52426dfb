"""Quotes and speakers: the demo brief against its quote gold, and quotation spans on GUM news, each beside
a quotation-marks baseline run in the same process.

Everything is scored from the Brief JSON contract (``brief.to_dict()["quotes"]``, ``["entities"]``), never
from internal classes, so the figures hold for any producer of ``sitroom.brief/1``.

**Demo** (``score_demo``). Gold: ``eval/gold/demo/quotes.json`` (its README gives the conventions). Each gold
quote is placed in its article by locating its ``text`` (each occurs exactly once), and its ``parts`` inside
that stretch when it has them; a quote's characters are then the union of its parts, or its whole span.
A gold and a system quote of the same article *match* when their characters overlap by at least half of
the shorter one's; matching is one to one, largest overlap first. Figures:

- quote span precision / recall / F1 (all kinds), and per kind: recall over the gold quotes of that kind,
  precision over the system quotes of that kind (span match only); kind accuracy over matched pairs;
- (span, speaker) precision / recall / F1: a matched pair whose speaker is right. A gold ``speaker`` is
  right when the system speaker entity's name or an alias equals it or one of the gold entity's aliases
  (case-insensitive, apostrophes straightened, as ``eval/demo_gold.py`` compares names); a null gold
  speaker is right when the system's is null too, or, for a joint subject (``France and Italy``, whose
  README entry says either country is also right), any one of the coordinated gold entities. Speaker
  accuracy is the same test over matched pairs (the Gender Gap Tracker's "speaker accuracy");
- anonymous speakers: over matched pairs whose gold speaker is null but has a ``speaker_text`` ("a German
  official"), how often the system's ``speaker_start``/``speaker_end`` overlaps those words (at their
  occurrence nearest the quote), reported on its own;
- ``same_as`` accuracy over matched gold quotes with a ``same_as_source``. The gold marks a cluster: every
  copy carries the first article's source. The contract's ``same_as`` points to an earlier copy, so the
  first copy is right with ``same_as`` null, and a later copy is right when its ``same_as`` chain ends at
  a quote of the first article that matches the gold copy there. System links on quotes whose gold has no
  ``same_as_source`` are listed as spurious;
- scare-quoted terms (:data:`NOT_QUOTES`, the README's "not quotes"): each marked occurrence is *wrongly
  attributed* when a system quote with a non-null speaker overlaps it and either is not matched to a gold
  quote containing it (``"Grexit"`` inside France and Italy's indirect clause is part of a real quote) or
  is half or more the term itself;
- lists of misses, false positives, wrong speakers, kinds and links.

**GUM** (``score_gum``). ``gum-news/xml`` marks quotations with ``<quote>`` (``<q>`` marks scare quotes and
titles: not gold, but system quotes falling on one are counted). Each document's text is rebuilt from its
token lines by :mod:`eval.gum`, detokenised the way news is printed so the extractor sees ordinary text.
A ``<quote>``'s gold span runs from its first to its last token, edge quotation marks dropped.
A gold quote is *found* when one system quote overlaps at least half of it; a system quote is *precise*
when at least half of it lies inside gold quotes. ``<quote>`` only covers quotations in marks (and block
quotes) while sitroom also reports indirect speech, so precision, recall and F1 are over system quotes of
kind ``direct`` or ``partial`` (all of them when records carry no kind); recall by any kind is given too.
GUM's quotation layer is not exhaustive: ten of the 24 documents have no ``<quote>`` at all though most
print quotations (``warhol``: 19 opening marks), so precision counts only documents with at least one
``<quote>``; precision over all documents is given beside it. Inside the annotated documents some
quotations are unmarked too (``nasa``), so precision is a lower bound.
sitroom's quotes come from ``sitroom.extract.extract_article(name, doc).quotes`` (none while the
extractor lacks them).

**Baseline**, on both: text between matching quotation marks (curly, or straight ones paired by the side
they attach to) within a paragraph, of at least three words; an opening mark while a quote is open ends it
(a paragraph-spanning quote reopens). Kind ``direct`` when it starts with a capital, else ``partial``.
Speaker: the ``nsubj`` of the nearest token outside the quote, in a sentence the quote touches, whose lemma
is in :data:`REPORTING_LEMMAS`; on the demo, the brief entity whose mention covers that token.

Run ``python -m eval.quotes [--shared ../shared] [--limit N]`` for the tables with full error lists.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.demo_gold import GOLD, name_key, outside_copies, source_key
from eval.gum import GUM_XML, gum_files, read_gum_document
from eval.listing import listing
from eval.scoring import ratio
from sitroom.types import Article, Brief

GOLD_QUOTES = GOLD / "quotes.json"
FLOOR_TESTS = Path(__file__).resolve().parents[1] / "tests" / "eval" / "test_quotes_eval.py"
KINDS = ("direct", "partial", "indirect")
MARKED_KINDS = frozenset({"direct", "partial"})
SYSTEMS = ("sitroom", "baseline")
SHARE = 0.5  # the overlap, as a share of the shorter span, that makes two quotes the same

# The baseline's reporting verbs (lemmas), as the evaluation brief defines the baseline.
REPORTING_LEMMAS = frozenset({"say", "tell", "add", "state", "write", "ask", "warn"})
# Scare-quoted terms that eval/gold/demo/README.md lists under "Not quotes": (gold source, term). Every
# occurrence of the term directly between quotation marks in that article is checked.
NOT_QUOTES: tuple[tuple[str, str], ...] = (
    ("wire.jsonl#cnw-20150711-grexit", "time-out"),
    ("wire.jsonl#cnw-20150711-grexit", "Grexit"),
    ("08_editorial.txt", "Grexit"),
)

Spans = list[tuple[int, int]]

_OPEN_MARKS = "“\"'‘"
_CLOSE_MARKS = "”\"'’"
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_JOINT = re.compile(r"\s*,\s*|\s+and\s+")


# --- spans -------------------------------------------------------------------------------------------


def union(spans: Iterable[tuple[int, int]]) -> Spans:
    """The spans merged into sorted, disjoint ``[start, end)`` ranges (empty ones dropped)."""
    merged: Spans = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def length(spans: Iterable[tuple[int, int]]) -> int:
    """How many characters the spans cover."""
    return sum(end - start for start, end in union(spans))


def overlap(a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]]) -> int:
    """How many characters both span lists cover."""
    left, right = union(a), union(b)
    i = j = shared = 0
    while i < len(left) and j < len(right):
        start, end = max(left[i][0], right[j][0]), min(left[i][1], right[j][1])
        shared += max(0, end - start)
        if left[i][1] < right[j][1]:
            i += 1
        else:
            j += 1
    return shared


def spans_match(a: Spans, b: Spans, share: float = SHARE) -> bool:
    """Whether ``a`` and ``b`` overlap by at least ``share`` of the shorter one."""
    shared = overlap(a, b)
    return shared > 0 and shared >= share * min(length(a), length(b))


def match(gold: Sequence[Spans], system: Sequence[Spans], share: float = SHARE) -> list[tuple[int, int]]:
    """One-to-one ``(gold index, system index)`` pairs that match, largest overlap first (then order)."""
    candidates = sorted(
        (-overlap(g, s), gi, si)
        for gi, g in enumerate(gold)
        for si, s in enumerate(system)
        if spans_match(g, s, share)
    )
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs = []
    for _, gi, si in candidates:
        if gi not in used_gold and si not in used_system:
            used_gold.add(gi)
            used_system.add(si)
            pairs.append((gi, si))
    return sorted(pairs)


def quote_spans(quote: dict) -> Spans:
    """A contract quote's characters: its ``parts`` when it has them, else ``[start, end)``."""
    parts = quote.get("parts")
    if parts:
        return union((part["start"], part["end"]) for part in parts)
    return [(quote["start"], quote["end"])]


def find(text: str, needle: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """The first occurrence of ``needle`` in ``text[start:end]``; runs of white space may differ."""
    end = len(text) if end is None else end
    at = text.find(needle, start, end)
    if at >= 0:
        return at, at + len(needle)
    words = needle.split()
    if not words:
        return None
    found = re.compile(r"\s+".join(map(re.escape, words))).search(text, start, end)
    return (found.start(), found.end()) if found else None


def locate_gold(quote: dict, text: str) -> Spans | None:
    """A gold quote's characters in its article: its ``parts`` (searched inside its ``text``) or its text."""
    whole = find(text, quote["text"]) if quote.get("text") else None
    if not quote.get("parts"):
        return [whole] if whole else None
    lo, hi = whole if whole else (0, len(text))
    parts = []
    for part in quote["parts"]:
        found = find(text, part, lo, hi)
        if found is None:
            return [whole] if whole else None
        parts.append(found)
        lo = found[1]
    return union(parts)


def nearest(text: str, needle: str, spans: Spans) -> tuple[int, int] | None:
    """The occurrence of ``needle`` (a whole word or phrase) closest to ``spans``."""
    lo, hi = spans[0][0], spans[-1][1]
    best: tuple[int, int] | None = None
    best_distance = len(text) + 1
    for found in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text):
        distance = max(lo - found.end(), found.start() - hi, 0)
        if distance < best_distance:
            best, best_distance = (found.start(), found.end()), distance
    return best


# --- demo gold ---------------------------------------------------------------------------------------


def load_gold_quotes(path: Path = GOLD_QUOTES) -> list[dict]:
    """The quote gold as the file holds it."""
    return json.loads(Path(path).read_text(encoding="utf8"))


def load_gold_entities(folder: Path = GOLD) -> list[dict]:
    """The gold entities (for the aliases a speaker may be named by)."""
    return json.loads((Path(folder) / "entities.json").read_text(encoding="utf8"))


def score_demo(
    brief: Brief,
    *,
    gold: list[dict] | None = None,
    gold_entities: list[dict] | None = None,
    baseline: bool = True,
    model: str | None = None,
) -> dict:
    """Score ``brief``'s quotes (and the baseline's, unless ``baseline`` is False) against the demo gold.

    Returns ``{"model", "gold", "kinds", "sitroom": {...}, "baseline": {...} | None}``; each system's
    figures are :func:`score_quotes`'s.
    """
    data = brief.to_dict()
    gold = outside_copies(brief, load_gold_quotes() if gold is None else gold)
    gold_entities = load_gold_entities() if gold_entities is None else gold_entities

    def score(quotes: list[dict]) -> dict:
        return score_quotes(gold, quotes, data["articles"], data["entities"], gold_entities)

    return {
        "model": data["meta"]["model"],
        "gold": len(gold),
        "kinds": dict(Counter(q["kind"] for q in gold)),
        "sitroom": score(list(data["quotes"])),
        "baseline": score(demo_baseline(brief, data["mentions"], model=model)) if baseline else None,
    }


def demo_baseline(brief: Brief, mentions: Sequence[dict], *, model: str | None = None) -> list[dict]:
    """The baseline's quotes over the brief's analysed articles, parsed with the sitroom model."""
    from sitroom.nlp import load_model
    from sitroom.options import DEFAULT_MODEL

    articles = [article for article in brief.articles if article.analysable]
    nlp = load_model(model or DEFAULT_MODEL)
    quotes: list[dict] = []
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
        quotes += baseline_quotes(doc, article.id, [m for m in mentions if m["article"] == article.id])
    return quotes


def score_quotes(
    gold: Sequence[dict],
    quotes: Sequence[dict],
    articles: Sequence[dict],
    entities: Sequence[dict],
    gold_entities: Sequence[dict],
    *,
    not_quotes: Sequence[tuple[str, str]] = NOT_QUOTES,
) -> dict:
    """Score contract quotes against gold quotes (see the module docstring for every rule).

    ``articles`` and ``entities`` are the brief's contract dicts (``id``, ``source``, ``text``; ``id``,
    ``name``, ``aliases``); gold names articles by source key, as ``eval/demo_gold.py`` does.
    """
    keys = {a["id"]: source_key(Article(id=a["id"], source=a["source"], text="")) for a in articles}
    texts = {keys[a["id"]]: a["text"] for a in articles}
    entity_by_id = {e["id"]: e for e in entities}
    gold_names = _gold_name_table(gold_entities)
    gold_spans = [locate_gold(q, texts.get(q["source"], "")) for q in gold]
    system_spans = [quote_spans(q) for q in quotes]
    system_key = [keys.get(q["article"], q["article"]) for q in quotes]

    pairs: dict[int, int] = {}  # gold index -> system index
    for key in sorted({q["source"] for q in gold} | set(system_key)):
        g_index = [i for i, q in enumerate(gold) if q["source"] == key and gold_spans[i] is not None]
        s_index = [j for j, k in enumerate(system_key) if k == key]
        for gi, si in match([gold_spans[i] for i in g_index], [system_spans[j] for j in s_index]):
            pairs[g_index[gi]] = s_index[si]
    matched_system = set(pairs.values())

    def describe(quote: dict, source: str, spans: Spans | None = None) -> str:
        text = quote.get("text") or " … ".join(texts.get(source, "")[s:e] for s, e in spans or [])
        return f"{source}: {quote.get('kind')} “{_short(text)}”"

    def speaker_of(quote: dict) -> str:
        entity = entity_by_id.get(quote.get("speaker") or "")
        name = entity["name"] if entity else quote.get("speaker")
        words = quote.get("speaker_text")
        return f"{name} ({words!r})" if words and words != name else str(name)

    speaker_right = kind_right = 0
    anonymous = [0, 0]
    wrong_speakers, wrong_kinds, right = [], [], []
    for gi, si in sorted(pairs.items()):
        expected, got = gold[gi], quotes[si]
        if _speaker_right(expected, got, entity_by_id, gold_names):
            speaker_right += 1
            right.append(si)
        else:
            wanted = expected["speaker"] or f"none ({expected.get('speaker_text')!r})"
            wrong_speakers.append(
                f"{describe(expected, expected['source'])}: expected {wanted}, got {speaker_of(got)}"
            )
        if expected["kind"] == got.get("kind"):
            kind_right += 1
        else:
            wrong_kinds.append(f"{describe(expected, expected['source'])}: {got.get('kind')}")
        if expected["speaker"] is None and expected.get("speaker_text"):
            anonymous[0] += 1
            words = nearest(texts[expected["source"]], expected["speaker_text"], gold_spans[gi] or [])
            said_start, said_end = got.get("speaker_start"), got.get("speaker_end")
            if words and said_start is not None and said_end is not None:
                anonymous[1] += overlap([words], [(said_start, said_end)]) > 0

    by_kind = {}
    for kind in KINDS:
        g_kind = [i for i, q in enumerate(gold) if q["kind"] == kind]
        s_kind = [j for j, q in enumerate(quotes) if q.get("kind") == kind]
        by_kind[kind] = {
            "gold": len(g_kind),
            "system": len(s_kind),
            **_prf(
                sum(1 for i in g_kind if i in pairs),
                sum(1 for j in s_kind if j in matched_system),
                len(s_kind),
                len(g_kind),
            ),
        }

    same_as = _score_same_as(gold, quotes, pairs, gold_spans, system_spans, system_key)
    scare = _score_scare_terms(not_quotes, texts, quotes, system_spans, system_key, gold, gold_spans, pairs)
    return {
        "gold": len(gold),
        "system": len(quotes),
        "matched": len(pairs),
        "unlocated": [describe(q, q["source"]) for i, q in enumerate(gold) if gold_spans[i] is None],
        "span": _prf(len(pairs), len(pairs), len(quotes), len(gold)),
        "by_kind": by_kind,
        "kind_accuracy": ratio(kind_right, len(pairs)),
        "pair": _prf(speaker_right, speaker_right, len(quotes), len(gold)),  # span and speaker right
        "speaker_accuracy": ratio(speaker_right, len(pairs)),
        "anonymous_speaker_text": {"checked": anonymous[0], "right": anonymous[1]},
        "same_as": same_as,
        "scare": scare,
        "misses": [
            f"{describe(q, q['source'])} — {q['speaker'] or q.get('speaker_text')}"
            for i, q in enumerate(gold)
            if i not in pairs
        ],
        "false_positives": [
            f"{describe(q, system_key[j], system_spans[j])} — {speaker_of(q)}"
            for j, q in enumerate(quotes)
            if j not in matched_system
        ],
        "wrong_speakers": wrong_speakers,
        "wrong_kinds": wrong_kinds,
        "right": sorted(right),  # indexes of the system quotes whose span and speaker are right
    }


def quote_examples(brief: Brief) -> list[tuple[frozenset[str], bool]]:
    """Each of ``brief``'s quotations with its evidence and whether span and speaker are right (demo
    gold), for fitting the confidence weights (``eval/calibrate.py``)."""
    right = set(score_demo(brief, baseline=False)["sitroom"]["right"])
    return [(frozenset(q.evidence), n in right) for n, q in enumerate(brief.quotes)]


def _gold_name_table(gold_entities: Sequence[dict]) -> dict[str, set[str]]:
    """Each gold entity's name key -> the keys of its name and aliases."""
    table: dict[str, set[str]] = {}
    for entity in gold_entities:
        names = {name_key(entity["name"]), *(name_key(a) for a in entity.get("aliases", ()))}
        table.setdefault(name_key(entity["name"]), set()).update(names)
    return table


def _speaker_right(expected: dict, got: dict, entities: dict[str, dict], gold_names: dict) -> bool:
    """Whether the system quote ``got`` names the speaker the gold quote ``expected`` gives."""
    speaker = got.get("speaker")
    if expected["speaker"] is None:
        if speaker is None:
            return True
        wanted: set[str] = set()
        words = expected.get("speaker_text") or ""
        joint = [part for part in _JOINT.split(words) if part]
        if len(joint) > 1 and all(name_key(part) in gold_names for part in joint):
            for part in joint:  # a joint subject: any one of its members is right
                wanted |= gold_names[name_key(part)]
    else:
        if speaker is None:
            return False
        key = name_key(expected["speaker"])
        wanted = gold_names.get(key, {key})
    entity = entities.get(speaker)
    names = (
        {name_key(entity["name"]), *(name_key(a) for a in entity.get("aliases", ()))}
        if entity is not None
        else {name_key(speaker)}
    )
    return bool(names & wanted)


def _score_same_as(
    gold: Sequence[dict],
    quotes: Sequence[dict],
    pairs: dict[int, int],
    gold_spans: Sequence[Spans | None],
    system_spans: Sequence[Spans],
    system_key: Sequence[str],
) -> dict:
    index = {q["id"]: j for j, q in enumerate(quotes) if "id" in q}
    checked = right = 0
    wrong, spurious = [], []
    for gi, si in sorted(pairs.items()):
        expected, got = gold[gi], quotes[si]
        first = expected.get("same_as_source")
        if first is None:
            if got.get("same_as") is not None:
                spurious.append(f"{expected['source']}: “{_short(expected['text'])}”")
            continue
        checked += 1
        if first == expected["source"]:
            ok = got.get("same_as") is None
        else:
            root = _root(si, quotes, index)
            copy = next(
                (
                    i
                    for i, q in enumerate(gold)
                    if q["source"] == first and q["text"] == expected["text"] and gold_spans[i] is not None
                ),
                None,
            )
            ok = (
                got.get("same_as") is not None
                and root != si
                and system_key[root] == first
                and (copy is None or spans_match(gold_spans[copy] or [], system_spans[root]))
            )
        right += ok
        if not ok:
            link = got.get("same_as")
            wrong.append(
                f"{expected['source']}: “{_short(expected['text'])}”: expected "
                + ("none" if first == expected["source"] else f"a quote of {first}")
                + f", got {link!r}"
                + (f" (in {system_key[index[link]]})" if link in index else "")
            )
    return {"checked": checked, "right": right, "accuracy": ratio(right, checked), "wrong": wrong,
            "spurious": spurious}  # fmt: skip


def _root(j: int, quotes: Sequence[dict], index: dict[str, int]) -> int:
    """The quote a ``same_as`` chain from quote ``j`` ends at (``j`` itself when it links nowhere)."""
    seen = {j}
    while (target := quotes[j].get("same_as")) in index and index[target] not in seen:
        j = index[target]
        seen.add(j)
    return j


def _score_scare_terms(
    not_quotes: Sequence[tuple[str, str]],
    texts: dict[str, str],
    quotes: Sequence[dict],
    system_spans: Sequence[Spans],
    system_key: Sequence[str],
    gold: Sequence[dict],
    gold_spans: Sequence[Spans | None],
    pairs: dict[int, int],
) -> dict:
    gold_of = {si: gi for gi, si in pairs.items()}
    terms = 0
    attributed = []
    for source, term in not_quotes:
        text = texts.get(source)
        if text is None:
            continue
        pattern = f"(?<=[{_OPEN_MARKS}]){re.escape(term)}(?=[{_CLOSE_MARKS}])"
        for found in re.finditer(pattern, text):
            terms += 1
            where = [(found.start(), found.end())]
            for j, quote in enumerate(quotes):
                if system_key[j] != source or quote.get("speaker") is None:
                    continue
                if overlap(system_spans[j], where) == 0:
                    continue
                gi = gold_of.get(j)
                inside_gold = gi is not None and overlap(gold_spans[gi] or [], where) == len(term)
                if inside_gold and overlap(system_spans[j], where) < SHARE * length(system_spans[j]):
                    continue  # the term is inside a real quote that the system found, not quoted alone
                attributed.append(f"{source}: “{term}” at {found.start()} in quote {quote.get('id')}")
                break
    return {
        "terms": terms,
        "attributed": len(attributed),
        "clean": 1.0 - ratio(len(attributed), terms) if terms else 1.0,
        "items": attributed,
    }


# --- the baseline ------------------------------------------------------------------------------------


def quotation_spans(text: str, min_words: int = 3) -> Spans:
    """Text between matching quotation marks (``“…”`` or ``"…"``) of at least ``min_words`` words.

    Curly marks say which side they are; a straight mark opens when it sits before a word and closes when
    it sits after one, and otherwise (spaces on both sides) closes an open quote or opens one. Quotes do
    not cross a blank line: one left open ends with its paragraph, and an opening mark while a quote is
    open ends the open one (a quote running over paragraphs reopens each).
    """
    found: Spans = []
    bounds = [0, *(m.end() for m in _PARAGRAPH.finditer(text)), len(text)]

    def emit(start: int, end: int) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if sum(1 for word in text[start:end].split() if any(c.isalnum() for c in word)) >= min_words:
            found.append((start, end))

    for lo, hi in itertools.pairwise(bounds):
        opened: int | None = None
        for at in range(lo, hi):
            mark = text[at]
            if mark not in '“”"':
                continue
            before = text[at - 1] if at > lo else " "
            after = text[at + 1] if at + 1 < hi else " "
            if mark == "“":
                opening = True
            elif mark == "”":
                opening = False
            elif (before.isspace() or before in "([{—–") and not after.isspace():
                opening = True
            elif not before.isspace() and (after.isspace() or not after.isalnum()):
                opening = False
            else:
                opening = opened is None
            if opening:
                if opened is not None:
                    emit(opened, at)
                opened = at + 1
            elif opened is not None:
                emit(opened, at)
                opened = None
        if opened is not None:
            emit(opened, hi)
    return found


def baseline_quotes(doc: Any, article_id: str, mentions: Sequence[dict] = ()) -> list[dict]:
    """The baseline's quotes in a parsed text, as contract dicts (``same_as``, ``time``, ``parts`` null).

    ``mentions`` are the brief's mention dicts for this article; a speaker is the entity of the mention
    covering the reporting verb's ``nsubj`` token (null when none does, as for pronouns).
    """
    text = doc.text
    sentences = list(doc.sents)
    quotes = []
    for n, (start, end) in enumerate(quotation_spans(text)):
        words = text[start:end]
        first = next((c for c in words if c.isalpha()), "")
        quote: dict[str, Any] = {
            "id": f"baseline:{article_id}:{n}",
            "article": article_id,
            "start": start,
            "end": end,
            "text": words,
            "parts": None,
            "kind": "direct" if first.isupper() else "partial",
            "speaker": None,
            "speaker_text": None,
            "speaker_start": None,
            "speaker_end": None,
            "cue": None,
            "cue_start": None,
            "cue_end": None,
            "time": None,
            "same_as": None,
        }
        verb = _nearest_cue(sentences, start, end)
        if verb is not None:
            quote |= {"cue": verb.text, "cue_start": verb.idx, "cue_end": verb.idx + len(verb.text)}
            subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
            if subject is not None:
                left, right = subject.left_edge, subject.right_edge
                quote |= {
                    "speaker_text": text[left.idx : right.idx + len(right.text)],
                    "speaker_start": left.idx,
                    "speaker_end": right.idx + len(right.text),
                    "speaker": _covering(mentions, subject.idx, subject.idx + len(subject.text)),
                }
        quotes.append(quote)
    return quotes


def _nearest_cue(sentences: Sequence[Any], start: int, end: int) -> Any:
    """The reporting-verb token nearest the quote, outside it, in a sentence the quote (with its marks)
    touches."""
    best, best_key = None, None
    for sentence in sentences:
        if sentence.end_char <= start - 1 or sentence.start_char >= end + 1:
            continue
        for token in sentence:
            if token.lemma_.lower() not in REPORTING_LEMMAS:
                continue
            token_end = token.idx + len(token.text)
            if token.idx >= end:
                distance = token.idx - end
            elif token_end <= start:
                distance = start - token_end
            else:
                continue  # inside the quote: the quoted speaker's own verb
            key = (distance, token.i)
            if best_key is None or key < best_key:
                best, best_key = token, key
    return best


def _covering(mentions: Sequence[dict], start: int, end: int) -> str | None:
    return next((m["entity"] for m in mentions if m["start"] <= start and end <= m["end"]), None)


# --- GUM ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GumQuotes:
    """A GUM document's rebuilt text, its ``<quote>`` spans (the gold) and its ``<q>`` spans."""

    name: str
    text: str
    quotes: tuple[tuple[int, int], ...]
    scare: tuple[tuple[int, int], ...]
    tokens: tuple[tuple[int, int, str], ...]


_MARK_TAGS = frozenset({"``", "''"})


def read_gum(xml: str, name: str = "") -> GumQuotes:
    """A ``gum-news/xml`` document: its text rebuilt from the token lines (:mod:`eval.gum`) with the
    character spans of its ``<quote>`` elements (edge quotation marks dropped) and ``<q>`` elements."""
    document = read_gum_document(xml, name, tags=("quote", "q"))
    quotes: list[tuple[int, int]] = []
    scare: list[tuple[int, int]] = []
    for element in document.elements:
        inside = list(element.tokens)
        while inside and inside[0][2] in _MARK_TAGS:
            inside.pop(0)
        while inside and inside[-1][2] in _MARK_TAGS:
            inside.pop()
        if inside:
            (quotes if element.tag == "quote" else scare).append((inside[0][0], inside[-1][1]))
    return GumQuotes(name, document.text, tuple(quotes), tuple(scare), document.tokens)


def gum_match(gold: Sequence[tuple[int, int]], system: Sequence[Spans]) -> tuple[set[int], set[int]]:
    """(gold quotes found, system quotes precise): a gold quote is found when one system quote overlaps
    at least half of it; a system quote is precise when at least half of it lies inside gold quotes."""
    found = {
        gi
        for gi, g in enumerate(gold)
        if any(overlap([g], s) >= SHARE * (g[1] - g[0]) and overlap([g], s) > 0 for s in system)
    }
    precise = {si for si, s in enumerate(system) if length(s) and overlap(list(gold), s) >= SHARE * length(s)}
    return found, precise


def record_spans(record: Any) -> tuple[Spans, str | None]:
    """The characters and kind of an extractor quote record (dataclass or dict, ``parts`` optional)."""

    def get(item: Any, name: str) -> Any:
        return item.get(name) if isinstance(item, dict) else getattr(item, name, None)

    parts = get(record, "parts")
    if parts:
        spans = union(
            (part[0], part[1]) if isinstance(part, tuple | list) else (get(part, "start"), get(part, "end"))
            for part in parts
        )
    else:
        spans = [(get(record, "start"), get(record, "end"))]
    return spans, get(record, "kind")


def score_gum(shared: Path, *, limit: int | None = None, model: str | None = None) -> dict | None:
    """sitroom's and the baseline's quotes against GUM's ``<quote>`` spans; None when the data is absent.

    ``limit`` takes the first documents in name order. Returns ``{"documents", "annotated", "gold",
    "scare", "sitroom": {...}, "baseline": {...}}``.
    """
    from sitroom.extract import extract_article
    from sitroom.nlp import load_model
    from sitroom.options import DEFAULT_MODEL

    files = gum_files(shared, limit)
    if not files:
        return None
    documents = [read_gum(path.read_text(encoding="utf8"), path.stem) for path in files]
    nlp = load_model(model or DEFAULT_MODEL)
    counts = {system: Counter() for system in SYSTEMS}
    errors: dict[str, dict[str, list[str]]] = {s: {"misses": [], "false_positives": []} for s in SYSTEMS}
    for document, doc in zip(documents, nlp.pipe(d.text for d in documents), strict=True):
        records = getattr(extract_article(document.name, doc), "quotes", ())
        predicted = {
            "sitroom": [record_spans(record) for record in records],
            "baseline": [(quote_spans(q), q["kind"]) for q in baseline_quotes(doc, document.name)],
        }
        for system, quotes in predicted.items():
            found, misses, false_positives = score_gum_document(document, quotes)
            counts[system].update(found)
            errors[system]["misses"] += misses
            errors[system]["false_positives"] += false_positives
    figures: dict[str, Any] = {
        "documents": len(documents),
        "annotated": sum(1 for d in documents if d.quotes),
        "gold": sum(len(d.quotes) for d in documents),
        "scare": sum(len(d.scare) for d in documents),
    }
    for system in SYSTEMS:
        c = counts[system]
        figures[system] = {
            "system": c["system"],
            "system_all_kinds": c["system_all_kinds"],
            "unannotated": c["unannotated"],
            "found": c["found"],
            "precise": c["precise"],
            **_prf(c["found"], c["precise"], c["system"], c["gold"]),
            "recall_any_kind": ratio(c["found_any_kind"], c["gold"]),
            "precision_all_documents": ratio(c["precise"], c["system"] + c["unannotated"]),
            "on_q": c["on_q"],
            **errors[system],
        }
    return figures


def score_gum_document(
    document: GumQuotes, quotes: Sequence[tuple[Spans, str | None]]
) -> tuple[Counter, list[str], list[str]]:
    """One document's counts (``gold``, ``found``, ``found_any_kind``, ``system``, ``precise``,
    ``system_all_kinds``, ``unannotated``, ``on_q``), its missed gold quotes and its imprecise system quotes.

    ``quotes`` are ``(spans, kind)``; only kinds direct and partial (or no kind) are scored. A document
    without any ``<quote>`` is not annotated for quotations: its quotes count under ``unannotated`` only.
    """
    marked = [spans for spans, kind in quotes if kind is None or kind in MARKED_KINDS]
    found, precise = gum_match(document.quotes, marked)
    found_any, _ = gum_match(document.quotes, [spans for spans, _ in quotes])
    annotated = bool(document.quotes)
    imprecise = [si for si in range(len(marked)) if si not in precise]
    counts = Counter(
        gold=len(document.quotes),
        found=len(found),
        found_any_kind=len(found_any),
        system=len(marked) if annotated else 0,
        precise=len(precise),
        system_all_kinds=len(quotes),
        unannotated=0 if annotated else len(marked),
        on_q=sum(1 for si in imprecise if overlap(list(document.scare), marked[si])) if annotated else 0,
    )
    misses = [
        f"{document.name}: “{_short(document.text[s:e])}”"
        for gi, (s, e) in enumerate(document.quotes)
        if gi not in found
    ]
    false_positives = (
        [
            f"{document.name}: “{_short(' … '.join(document.text[s:e] for s, e in marked[si]))}”"
            for si in imprecise
        ]
        if annotated
        else []
    )
    return counts, misses, false_positives


# --- the page ----------------------------------------------------------------------------------------


def evaluate(shared: Path | None = None) -> dict:
    """The demo figures (always: the corpus and gold are in the repository) and GUM's (None when the data
    is not under ``shared``)."""
    from eval.demo_gold import demo_brief

    return {
        "demo": score_demo(demo_brief()),
        "gum": score_gum(Path(shared)) if shared is not None else None,
    }


HEADLINE = (
    "span.precision",
    "span.recall",
    "span.f1",
    "pair.precision",
    "pair.recall",
    "pair.f1",
    "speaker_accuracy",
    "kind_accuracy",
    "same_as.accuracy",
    "scare.clean",
)


def headline(system: dict) -> dict[str, float]:
    """One system's demo figures the tests pin, flat (``span.f1``, ``speaker_accuracy``, …)."""
    flat = {}
    for key in HEADLINE:
        value: Any = system
        for part in key.split("."):
            value = value[part]
        flat[key] = value
    return flat


def pinned_floors(test_file: Path = FLOOR_TESTS) -> dict[str, float]:
    """The ``FLOORS`` the quote tests pin ({} when there are none)."""
    from eval.quality import pinned_floors as read

    return read(test_file)


_LABELS = {
    "span.precision": "quote span precision",
    "span.recall": "quote span recall",
    "span.f1": "quote span F1",
    "pair.precision": "(span, speaker) precision",
    "pair.recall": "(span, speaker) recall",
    "pair.f1": "(span, speaker) F1",
    "speaker_accuracy": "speaker accuracy (matched spans)",
    "kind_accuracy": "kind accuracy (matched spans)",
    "same_as.accuracy": "`same_as` accuracy",
    "scare.clean": "scare-quoted terms not attributed",
}


def markdown(figures: dict, floors: dict[str, float] | None = None, limit: int | None = 20) -> str:
    """The figures as Markdown: the demo table (sitroom, baseline, floor), GUM's, and sitroom's errors
    (each list cut to ``limit`` items; None for all)."""
    floors = pinned_floors() if floors is None else floors
    demo, gum = figures["demo"], figures["gum"]
    sitroom, baseline = demo["sitroom"], demo.get("baseline")
    values = {name: headline(system) for name, system in (("sitroom", sitroom), ("baseline", baseline))
              if system is not None}  # fmt: skip

    def over(key: str, system: dict) -> str:
        if key.startswith(("span.", "pair.")):
            return f"{system['gold']} gold, {system['system']} quotes"
        if key == "same_as.accuracy":
            return f"{system['same_as']['checked']} matched gold with `same_as_source`"
        if key == "scare.clean":
            return f"{system['scare']['terms']} marked terms"
        return f"{system['matched']} matched"

    def cell(system: str, key: str) -> str:
        return f"{values[system][key]:.3f}" if system in values else "—"

    lines = ["| figure | sitroom | baseline | floor | over (sitroom) |", "|---|---|---|---|---|"]
    for key in HEADLINE:
        floor = f"{floors[key]:.2f}" if key in floors else "—"
        lines.append(
            f"| {_LABELS[key]} | {cell('sitroom', key)} | {cell('baseline', key)} | {floor} "
            f"| {over(key, sitroom)} |"
        )
    for kind in KINDS:
        for name, label in (("recall", "recall"), ("precision", "precision")):
            row = [
                f"{system['by_kind'][kind][name]:.3f}" if system is not None else "—"
                for system in (sitroom, baseline)
            ]
            count = sitroom["by_kind"][kind]["gold" if name == "recall" else "system"]
            lines.append(
                f"| {kind} {label} | {row[0]} | {row[1]} | — | {count} "
                f"{'gold' if name == 'recall' else 'sitroom'} {kind} |"
            )
    anonymous = sitroom["anonymous_speaker_text"]
    kinds = ", ".join(f"{demo['kinds'].get(kind, 0)} {kind}" for kind in KINDS)
    lines += [
        "",
        f"Demo gold: {demo['gold']} quotes ({kinds}); model {demo['model']}. Anchors: the baseline above "
        "(quotation marks + nearest reporting verb, same run); the Gender Gap Tracker's rule-based "
        "extractor, quote F1 0.84 and speaker accuracy 0.87 on its own news gold. Anonymous speakers "
        f"(null gold speaker with words naming them): sitroom's speaker words overlap {anonymous['right']} "
        f"of {anonymous['checked']} matched.",
        "",
    ]
    if gum is None:
        lines += [f"GUM: skipped: {GUM_XML.as_posix()} not found under the shared folder.", ""]
    else:
        lines += [
            "| GUM `<quote>` | quotes scored | precision | recall | F1 | recall, any kind "
            "| precision, all documents |",
            "|---|---|---|---|---|---|---|",
        ]
        for system, label in (("sitroom", "sitroom"), ("baseline", "baseline, same run")):
            g = gum[system]
            lines.append(
                f"| {label} | {g['system']} | {g['precision']:.3f} | {g['recall']:.3f} | {g['f1']:.3f} "
                f"| {g['recall_any_kind']:.3f} | {g['precision_all_documents']:.3f} |"
            )
        lines += [
            "",
            f"GUM news, {gum['documents']} documents, {gum['gold']} `<quote>` spans in the "
            f"{gum['annotated']} documents that mark any ({gum['scare']} `<q>` scare quotes and titles: not "
            "gold). Found: one system quote covers half the gold span or more; precise: half the system "
            "quote or more lies inside gold. `<quote>` marks quotations only, so the scored quotes are the "
            "direct and partial ones, in the documents that mark quotations (the other documents print "
            f"quotations GUM does not mark: sitroom has {gum['sitroom']['unannotated']} there); precision "
            f"is a lower bound. Of sitroom's imprecise quotes {gum['sitroom']['on_q']} fall on a `<q>`.",
            "",
        ]
    lines += listing("sitroom: quotes missed", sitroom["misses"], limit)
    lines += listing("sitroom: false positives", sitroom["false_positives"], limit)
    lines += listing("sitroom: wrong speakers", sitroom["wrong_speakers"], limit)
    lines += listing("sitroom: wrong kinds", sitroom["wrong_kinds"], limit)
    lines += listing("sitroom: `same_as` wrong", sitroom["same_as"]["wrong"], limit)
    lines += listing("sitroom: `same_as` links not in the gold", sitroom["same_as"]["spurious"], limit)
    lines += listing("sitroom: scare-quoted terms attributed", sitroom["scare"]["items"], limit)
    lines += listing("Gold quotes not located in the brief's text", sitroom["unlocated"], limit)
    if gum is not None:
        lines += listing("sitroom on GUM: `<quote>` missed", gum["sitroom"]["misses"], limit)
        lines += listing("sitroom on GUM: false positives", gum["sitroom"]["false_positives"], limit)
    return "\n".join(lines).rstrip() + "\n"


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _prf(found_gold: int, right_system: int, system: int, gold: int) -> dict[str, float]:
    precision, recall = ratio(right_system, system), ratio(found_gold, gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def default_shared() -> Path:
    """The shared folder beside the repository (``../shared`` seen from the repo root)."""
    return Path(__file__).resolve().parents[1].parent / "shared"


def main(argv: list[str] | None = None) -> int:
    """Print the tables with every error listed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=default_shared(), help="the shared folder (../shared)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N GUM documents")
    args = parser.parse_args(argv)
    from eval.demo_gold import demo_brief

    figures = {"demo": score_demo(demo_brief()), "gum": score_gum(args.shared, limit=args.limit)}
    print(markdown(figures, limit=None))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
