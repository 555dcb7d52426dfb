"""Events and quotations on real news nobody here wrote: sitroom against ``eval/gold/realnews``.

The gold (see its README) holds offsets and labels only, into 88 real articles on public affairs that stay
in ``../shared/data``: 42 bodies of the article-extraction benchmark, 9 GUM news documents and 37 WikiRef220
pages. This module
reads those texts at run time (refusing any whose length or SHA-256 changed), runs them through
``sitroom.brief`` as one corpus of JSON Lines records, maps every gold span onto the brief's cleaned text
(which may drop a headline, a date line or a caption) and scores:

- **events**: a brief event is found when its span overlaps a gold trigger (one to one, same type
  preferred); precision, recall and F1 for every event in the JSON and for the events the report asserts
  (:func:`sitroom.link.confidence.asserted`), and how many found events are *fully right*: type, status,
  actor and target all agree. A participant agrees when both are empty, or when the brief's participant
  or what it acts for is the gold's participant or what that acts for: by name or alias (case and
  punctuation aside, a surname matching a full name), or by a mention of it overlapping the gold span;
- **quotations**: span precision/recall/F1 (half the shorter span in common, one to one); (span, speaker)
  precision/recall/F1, a gold null speaker wanting a null one; named-speaker accuracy on the matched
  quotations whose gold speaker is named; kind accuracy.

Each figure is given for the ``test`` split (never tuned on), the ``dev`` split and both.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.quotes import match as match_quote_spans
from eval.scoring import f1, ratio
from sitroom.types import Brief, Entity, Event, Quote

GOLD = Path(__file__).resolve().parent / "gold" / "realnews"
SPLITS = ("test", "dev", "all")
FLOOR_TESTS = Path(__file__).resolve().parents[1] / "tests" / "eval" / "test_realnews_eval.py"
_PUNCT = re.compile(r"[.\u2019'`´]")
_TITLES = re.compile(
    r"^(?:(?:the|mr|mrs|ms|dr|rep|sen|gov|lt|col|gen|president|secretary|prime minister)\s+)+", re.I
)
_SUFFIXES = re.compile(r"\s+(?:jr|sr|ii|iii|iv)$")
_MINOR_WORDS = {"of", "and", "the", "for", "in", "on", "to"}

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class RealArticle:
    """One gold article: its id, where its text comes from, its split, its text and publication date."""

    id: str
    dataset: str
    split: str
    text: str
    published: str | None


class GoldTextChanged(Exception):
    """A shared text is not the one the gold was made on (its length or SHA-256 differs)."""


def load_articles(shared: Path, gold: Path = GOLD) -> list[RealArticle] | None:
    """The gold's articles with their texts from ``shared``; None when the data is not there."""
    from eval.gum import read_gum_document

    data = Path(shared) / "data"
    truth_file = data / "article-extraction" / "ground-truth.json"
    gum = data / "gum-news" / "xml"
    wikiref = data / "wikiref220" / "docs"
    if not truth_file.is_file() or not gum.is_dir() or not wikiref.is_dir():
        return None
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    articles = []
    for entry in json.loads((gold / "articles.json").read_text(encoding="utf-8")):
        published = None
        if entry["dataset"] == "article-extraction":
            text = str(truth[entry["id"]]["articleBody"])
        elif entry["dataset"] == "wikiref220":
            text = wikiref_text(wikiref / f"{entry['id']}.txt")
        else:
            document = read_gum_document(
                (gum / f"{entry['id']}.xml").read_text(encoding="utf-8"), entry["id"]
            )
            text, published = document.text, document.attributes.get("dateCreated")
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if len(text) != entry["length"] or digest != entry["sha256"]:
            raise GoldTextChanged(f"{entry['dataset']} {entry['id']}: its text is not the one annotated")
        articles.append(RealArticle(entry["id"], entry["dataset"], entry["split"], text, published))
    return articles


def wikiref_text(path: Path) -> str:
    """A WikiRef220 page as the gold's offsets count it: UTF-8, or Windows-1252 where the file is not
    UTF-8 (as many of its pages are), with every line ending made a newline."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_gold(gold: Path = GOLD) -> tuple[list[dict], list[dict]]:
    """The gold events and quotations as the files hold them."""
    events = json.loads((gold / "events.json").read_text(encoding="utf-8"))
    quotes = json.loads((gold / "quotes.json").read_text(encoding="utf-8"))
    return events, quotes


def realnews_brief(articles: Sequence[RealArticle], *, model: str | None = None) -> Brief:
    """The brief of the gold articles as one corpus, each a JSON Lines record keeping its gold id."""
    import sitroom

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "realnews.jsonl"
        records = [
            {"id": a.id, "text": a.text, **({"published": a.published} if a.published else {})}
            for a in articles
        ]
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        return sitroom.brief([path], model=model)


class Aligner:
    """Maps offsets of a source text onto the cleaned text the brief emits, line by line.

    Cleaning keeps the article's lines in order but may drop some (a headline taken as the title, a date
    line, a caption) and normalise them (NFC, outer spaces); a span on a dropped line maps to nothing.
    """

    def __init__(self, source: str, target: str) -> None:
        self.blocks: list[tuple[int, int, int]] = []  # source start, source end, target start
        cursor = 0
        for match in re.finditer(r"[^\n]+", source):
            line = match.group()
            stripped = line.strip()
            if not stripped:
                continue
            lead = len(line) - len(line.lstrip())
            at = target.find(stripped, cursor)
            if at < 0 and unicodedata.normalize("NFC", stripped) != stripped:
                continue  # a line NFC changed: its offsets would shift inside it
            if at < 0:
                continue
            start = match.start() + lead
            self.blocks.append((start, start + len(stripped), at))
            cursor = at + len(stripped)

    def point(self, offset: int) -> int | None:
        for start, end, target in self.blocks:
            if start <= offset < end:
                return target + offset - start
        return None

    def span(self, span: Sequence[int] | None) -> Span | None:
        if span is None:
            return None
        start, end = self.point(span[0]), self.point(span[1] - 1)
        return (start, end + 1) if start is not None and end is not None and end >= start else None


@dataclass
class _Corpus:
    """The brief read for scoring: articles' texts and aligners, entities, mentions by article."""

    brief: Brief
    articles: dict[str, RealArticle]
    aligners: dict[str, Aligner]
    texts: dict[str, str]
    entities: dict[str, Entity]
    mentions: dict[tuple[str, str], list[Span]]  # (article, entity) -> spans

    @classmethod
    def of(cls, brief: Brief, articles: Sequence[RealArticle]) -> _Corpus:
        texts = {a.id: a.text for a in brief.articles}
        mentions: dict[tuple[str, str], list[Span]] = {}
        for m in brief.mentions:
            mentions.setdefault((m.article, m.entity), []).append((m.start, m.end))
        return cls(
            brief=brief,
            articles={a.id: a for a in articles},
            aligners={a.id: Aligner(a.text, texts.get(a.id, "")) for a in articles},
            texts=texts,
            entities={e.id: e for e in brief.entities},
            mentions=mentions,
        )

    def gold_names(
        self, article: str, spans: Iterable[Sequence[int] | None]
    ) -> list[tuple[str, Span | None]]:
        """The gold participant's names (source text at each span) with the spans mapped to the brief."""
        source = self.articles[article].text
        return [(source[s[0] : s[1]], self.aligners[article].span(s)) for s in spans if s is not None]

    def agrees(
        self, article: str, entities: Iterable[str | None], gold: Sequence[Sequence[int] | None]
    ) -> bool:
        """Whether the brief's side (entity ids) and the gold's side (spans) name the same participant."""
        ours = [e for e in entities if e]
        theirs = self.gold_names(article, gold)
        if not ours or not theirs:
            return not ours and not theirs
        for entity_id in ours:
            entity = self.entities.get(entity_id)
            names = [entity.name, *entity.aliases] if entity else [entity_id]
            spans = self.mentions.get((article, entity_id), [])
            for name, span in theirs:
                if any(same_name(name, n) for n in names):
                    return True
                if span is not None and any(s < span[1] and span[0] < e for s, e in spans):
                    return True
        return False


def name_key(name: str) -> str:
    """A name as compared: case-folded, dots and apostrophes gone, a leading article or title and a
    trailing generational suffix dropped ("Rep. Patrick W. Carlineo Jr." -> "patrick w carlineo")."""
    key = " ".join(_PUNCT.sub("", name.casefold()).replace("-", " ").split())
    key = _TITLES.sub("", key)
    return _SUFFIXES.sub("", key)


def same_name(gold: str, ours: str) -> bool:
    """Whether two written names name one party: equal keys; one a final part of the other at a word
    boundary ("Esper" / "Mark Esper"); one's words all in the other in order ("Church" / "Church of
    Scientology"); the same surname with the same first initial ("Pat Carlineo" / "Patrick W. Carlineo");
    or an acronym of the other ("CBP" / "Customs and Border Protection")."""
    a, b = name_key(gold), name_key(ours)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if long.endswith(" " + short) or long.startswith(short + " "):
        return True
    x, y = a.split(), b.split()
    if len(x) > 1 and len(y) > 1 and x[-1] == y[-1] and x[0][0] == y[0][0]:
        return True
    return _acronym(gold, ours) or _acronym(ours, gold)


def _acronym(short: str, long: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", short)
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", long) if w.lower() not in _MINOR_WORDS)
    return len(letters) > 1 and short.strip(". ").isupper() and letters.upper() == initials.upper()


def match_events(corpus: _Corpus, gold: Sequence[dict], events: Sequence[Event]) -> dict[int, int]:
    """Gold events paired with ``events`` one to one: each gold event in order takes a free event of its
    article whose span overlaps its trigger, one of the same type first."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for gi, entry in enumerate(gold):
        trigger = corpus.aligners[entry["article"]].span(entry["trigger"])
        if trigger is None:
            continue
        candidates = [
            ei
            for ei, e in enumerate(events)
            if ei not in used
            and e.article == entry["article"]
            and e.start < trigger[1]
            and trigger[0] < e.end
        ]
        if candidates:
            best = min(candidates, key=lambda ei: (events[ei].type != entry["type"], events[ei].start))
            pairs[gi] = best
            used.add(best)
    return pairs


def score_events(corpus: _Corpus, gold: Sequence[dict], events: Sequence[Event]) -> dict:
    """Precision, recall, F1 and field agreement of ``events`` against ``gold`` (one split's)."""
    located = [g for g in gold if corpus.aligners[g["article"]].span(g["trigger"]) is not None]
    pairs = match_events(corpus, located, events)
    agree = dict.fromkeys(("type", "status", "actor", "target", "full"), 0)
    wrong: list[str] = []
    for gi, ei in pairs.items():
        entry, event = located[gi], events[ei]
        checks = {
            "type": entry["type"] == event.type,
            "status": entry["status"] == event.status,
            "actor": corpus.agrees(
                event.article, (event.actor, event.actor_for), (entry["actor"], entry["actor_for"])
            ),
            "target": corpus.agrees(
                event.article, (event.target, event.target_for), (entry["target"], entry["target_for"])
            ),
        }
        checks["full"] = all(checks.values())
        for key, ok in checks.items():
            agree[key] += ok
        if not checks["full"]:
            bad = ", ".join(k for k, ok in checks.items() if not ok and k != "full")
            wrong.append(f"{event.article}: {event.type} “{_short(event.text)}” — {bad}")
    found = len(pairs)
    return {
        **_counts(found, len(events), len(located), len(gold)),
        "agreement": {k: ratio(v, found) for k, v in agree.items() if k != "full"},
        "fully_right": ratio(agree["full"], found),
        "fully_right_precision": ratio(agree["full"], len(events)),
        "missed": [
            f"{g['article']}: {g['type']} “{_short(_source(corpus, g['article'], g['trigger']))}”"
            for gi, g in enumerate(located)
            if gi not in pairs
        ],
        "extra": [
            f"{e.article}: {e.type} “{_short(e.text)}” ({e.confidence:.2f})"
            for ei, e in enumerate(events)
            if ei not in pairs.values()
        ],
        "wrong": wrong,
    }


def _quote_spans(quote: Quote) -> list[Span]:
    return list(quote.parts) if quote.parts else [(quote.start, quote.end)]


def quote_examples(
    corpus: _Corpus, gold: Sequence[dict], quotes: Sequence[Quote]
) -> list[tuple[frozenset[str], bool]]:
    """Each quotation's evidence and whether its span and speaker are right (``eval/calibrate.py``)."""
    right = set(score_quotes(corpus, gold, quotes)["right"])
    return [(frozenset(q.evidence), n in right) for n, q in enumerate(quotes)]


def score_quotes(corpus: _Corpus, gold: Sequence[dict], quotes: Sequence[Quote]) -> dict:
    """Span and (span, speaker) P/R/F1, named-speaker and kind accuracy of ``quotes`` against ``gold``."""
    located: list[tuple[dict, list[Span]]] = []
    for entry in gold:
        aligner = corpus.aligners[entry["article"]]
        pieces = entry["parts"] or [entry["span"]]
        mapped = [aligner.span(p) for p in pieces]
        if all(m is not None for m in mapped):
            located.append((entry, [m for m in mapped if m is not None]))
    pairs: list[tuple[int, int]] = []
    for article in sorted({e["article"] for e, _ in located} | {q.article for q in quotes}):
        golds = [i for i, (e, _) in enumerate(located) if e["article"] == article]
        ours = [i for i, q in enumerate(quotes) if q.article == article]
        matched = match_quote_spans([located[i][1] for i in golds], [_quote_spans(quotes[i]) for i in ours])
        pairs += [(golds[g], ours[s]) for g, s in matched]
    right = named = named_right = kind_right = 0
    wrong: list[str] = []
    right_quotes: list[int] = []
    for gi, qi in pairs:
        entry, quote = located[gi][0], quotes[qi]
        ok = corpus.agrees(quote.article, (quote.speaker,), (entry["speaker"],))
        right += ok
        if ok:
            right_quotes.append(qi)
        kind_right += entry["kind"] == quote.kind
        if entry["speaker"] is not None:
            named += 1
            named_right += ok
        if not ok:
            want = _source(corpus, entry["article"], entry["speaker"]) if entry["speaker"] else None
            got = corpus.entities[quote.speaker].name if quote.speaker in corpus.entities else None
            wrong.append(f"{quote.article}: “{_short(quote.text)}” — speaker {want!r}, got {got!r}")
    pair_precision, pair_recall = ratio(right, len(quotes)), ratio(right, len(located))
    matched_gold = {gi for gi, _ in pairs}
    matched_ours = {qi for _, qi in pairs}
    return {
        **_counts(len(pairs), len(quotes), len(located), len(gold)),
        "pair_precision": pair_precision,
        "pair_recall": pair_recall,
        "pair_f1": f1(pair_precision, pair_recall),
        "named": named,
        "named_speaker_accuracy": ratio(named_right, named),
        "kind_accuracy": ratio(kind_right, len(pairs)),
        "missed": [
            f"{e['article']}: {e['kind']} “{_short(_source(corpus, e['article'], e['span']))}”"
            for gi, (e, _) in enumerate(located)
            if gi not in matched_gold
        ],
        "extra": [
            f"{q.article}: {q.kind} “{_short(q.text)}”"
            for qi, q in enumerate(quotes)
            if qi not in matched_ours
        ],
        "wrong": wrong,
        "right": sorted(right_quotes),
    }


def _counts(found: int, system: int, located: int, gold: int) -> dict[str, Any]:
    """What every score starts with: the gold located in the brief's text (and not), the brief's items,
    the ones found, precision, recall and F1."""
    precision, recall = ratio(found, system), ratio(found, located)
    return {
        "gold": located,
        "unlocated": gold - located,
        "system": system,
        "found": found,
        "precision": precision,
        "recall": recall,
        "f1": f1(precision, recall),
    }


def _source(corpus: _Corpus, article: str, span: Sequence[int]) -> str:
    return corpus.articles[article].text[span[0] : span[1]]


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def score(
    brief: Brief, articles: Sequence[RealArticle], events: Sequence[dict], quotes: Sequence[dict]
) -> dict:
    """Every figure, per split: events (all and asserted) and quotations."""
    from sitroom.link.confidence import asserted

    corpus = _Corpus.of(brief, articles)
    figures: dict[str, Any] = {"articles": {s: 0 for s in SPLITS}}
    for split in SPLITS:
        ids = {a.id for a in articles if split == "all" or a.split == split}
        figures["articles"][split] = len(ids)
        ours = [e for e in brief.events if e.article in ids]
        golds = [g for g in events if g["article"] in ids]
        figures[split] = {
            "events": score_events(corpus, golds, ours),
            "asserted": score_events(corpus, golds, [e for e in ours if asserted(e)]),
            "quotes": score_quotes(
                corpus,
                [q for q in quotes if q["article"] in ids],
                [q for q in brief.quotes if q.article in ids],
            ),
        }
    return figures


def evaluate(shared: Path | None = None, *, model: str | None = None) -> dict | None:
    """The figures on the shared data; None when it is absent."""
    if shared is None:
        return None
    articles = load_articles(Path(shared))
    if articles is None:
        return None
    events, quotes = load_gold()
    return score(realnews_brief(articles, model=model), articles, events, quotes)


HEADLINE = (
    ("asserted", "precision"),
    ("asserted", "recall"),
    ("asserted", "fully_right_precision"),
    ("events", "precision"),
    ("events", "recall"),
    ("events", "fully_right"),
    ("quotes", "f1"),
    ("quotes", "pair_f1"),
    ("quotes", "named_speaker_accuracy"),
)


def headline(figures: dict) -> dict[str, float]:
    """The pinned figures, flat: ``<split>.<part>.<figure>``."""
    return {
        f"{split}.{part}.{key}": figures[split][part][key]
        for split in ("test", "dev")
        for part, key in HEADLINE
    }


def pinned_floors(test_file: Path = FLOOR_TESTS) -> dict[str, float]:
    from eval.quality import pinned_floors as read

    return read(test_file)


_ROWS = (
    ("asserted", "precision", "asserted events: precision (found in the gold)"),
    ("asserted", "recall", "asserted events: recall"),
    ("asserted", "fully_right_precision", "asserted events fully right (type, status, actor, target)"),
    ("events", "precision", "all events: precision"),
    ("events", "recall", "all events: recall"),
    ("events", "f1", "all events: F1"),
    ("events", "fully_right", "all events found: fully right"),
    ("events", "fully_right_precision", "all events: fully right, over all"),
    ("quotes", "precision", "quotation span precision"),
    ("quotes", "recall", "quotation span recall"),
    ("quotes", "f1", "quotation span F1"),
    ("quotes", "pair_precision", "(span, speaker) precision"),
    ("quotes", "pair_recall", "(span, speaker) recall"),
    ("quotes", "pair_f1", "(span, speaker) F1"),
    ("quotes", "named_speaker_accuracy", "named-speaker accuracy (matched quotations)"),
    ("quotes", "kind_accuracy", "kind accuracy (matched quotations)"),
)


def markdown(figures: dict, floors: Mapping[str, float] | None = None, limit: int | None = 25) -> str:
    """The section: one table of every figure per split, then the dev split's errors (the test split's are
    never shown, so that nobody tunes on them)."""
    floors = pinned_floors() if floors is None else floors
    n = figures["articles"]
    lines = [
        f"| figure | test ({n['test']} articles) | floor | dev ({n['dev']}) | all ({n['all']}) |",
        "|---|---|---|---|---|",
    ]
    for part, key, label in _ROWS:
        floor = floors.get(f"test.{part}.{key}")
        cells = [f"{figures[s][part][key]:.3f}" for s in SPLITS]
        lines.append(
            f"| {label} | {cells[0]} | {'' if floor is None else f'{floor:.2f}'} | {cells[1]} | {cells[2]} |"
        )
    t = figures["test"]
    lines += [
        "",
        f"Test split: {t['events']['gold']} gold events, {t['events']['system']} brief events of which "
        f"{t['asserted']['system']} asserted; {t['quotes']['gold']} gold quotations, {t['quotes']['system']} "
        "brief quotations. Its errors are not listed: the test split is scored, never studied.",
    ]
    for split in ("dev",):
        f = figures[split]
        e, a, q = f["events"], f["asserted"], f["quotes"]
        lines += [
            "",
            f"Dev split: {e['gold']} gold events ({e['unlocated']} in lines the reader drops), "
            f"{e['system']} brief events of which {a['system']} asserted; {q['gold']} gold quotations "
            f"({q['unlocated']} not in the brief's text), {q['system']} brief quotations, "
            f"{q['named']} matched with a named speaker.",
        ]
        for title, items in (
            ("Asserted events not in the gold", a["extra"]),
            ("Asserted events not fully right", a["wrong"]),
            ("Gold events missed", e["missed"]),
            ("Quotations missed", q["missed"]),
            ("Quotations not in the gold", q["extra"]),
            ("Wrong speakers", q["wrong"]),
        ):
            shown = items if limit is None else items[:limit]
            more = f"; … and {len(items) - len(shown)} more" if len(items) > len(shown) else ""
            lines += ["", f"{title} ({len(items)}): " + ("; ".join(shown) + more if items else "none") + "."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--split", choices=SPLITS, default="dev", help="which split's errors to print")
    args = parser.parse_args(argv)
    figures = evaluate(args.shared)
    if figures is None:
        print(f"no data under {args.shared}")
        return 1
    print(json.dumps(headline(figures), indent=1))
    f = figures[args.split]
    for part in ("asserted", "events", "quotes"):
        for key in ("extra", "wrong", "missed"):
            print(f"\n## {args.split} {part} {key} ({len(f[part][key])})")
            for line in f[part][key]:
                print(" ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
