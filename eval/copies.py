"""Copy detection scored on a copy test set made at run time from real article bodies.

The originals are real texts of ``../shared/data``: the ``articleBody`` of every page of the
article-extraction benchmark (``article-extraction/ground-truth.json``) and the 220 WikiRef220 pages
(``wikiref220/docs/*.txt``, five topics of 35-39 pages about the same events plus small ones). Their text
never enters the repository: the copies are made here, by seeded edits of each original:

- ``exact``: the same text, white space re-flowed;
- ``syndicate``: new furniture from ``eval/copies_furniture.tsv`` (two to four of: a headline, a byline, a
  dateline before the first sentence, a trailer such as "Reporting by ...; Editing by ...", "Read more"
  or a copyright line);
- ``drop``: 20-40% of the sentences removed;
- ``reorder``: two or three paragraphs (sentences, in a text of fewer than four paragraphs) moved;
- ``reword``: 10-25% of the content words (lower-case words of four letters or more) swapped for a
  synonym of ``eval/copies_synonyms.tsv``, as far as the list has one (the rate reached is reported);
- ``trim``: the first 40-70% of the text kept, cut at a sentence end;
- combinations: ``drop+reword``, ``reorder+reword``, ``trim+reword``, ``syndicate+drop`` and
  ``syndicate+trim+reword``.

Expected kinds: exact -> exact, syndicate -> syndicated, every other edit -> spun. Each edit of each
original has its own seed (``SEED``, the edit and the original's name), so the set and the page are the
same on every run. An edit that leaves a text as it was (a one-sentence text cannot be reordered, a text
without listed words cannot be reworded) makes no copy. WikiRef220 files are read as Windows-1252, as
they were saved. One pair of originals is a real copy (:data:`KNOWN_COPIES`): the later one, and every
copy made of it, is expected to point at the earlier as spun, and the pair is counted apart from the
false positives.

Scoring: the originals are indexed in order (article-extraction pages by id, then WikiRef220 files by
name) with :class:`sitroom.link.copies.CopyIndex`, each checked before it is added: an original found to
copy another is a false positive. Each copy is then looked up alone against the originals' index. A copy
is *found* when the lookup names its own original; precision counts every lookup that named anything
(copies and originals); recall is over the copies of an edit; *kind accuracy* is the share of found
copies given the expected kind; per kind, precision is the share of lookups answering that kind that
named the right original with the right kind. Same-topic pairs: every pair of WikiRef220 pages of one
topic is also put through the sentence check alone (:func:`sitroom.link.copies.compare`, both ways, no
LSH), so its false positives are counted without the LSH's help. Throughput: fingerprinting and
indexing (find, then add) the first 1,000 texts of the set (originals, then copies), timed in process.

Run ``python eval/copies.py [--shared ../shared] [--limit N]`` for the Markdown tables and the timing.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import combinations
from pathlib import Path

from sitroom.link.copies import CopyIndex, Fingerprint, compare, fingerprint
from sitroom.types import CopyOf

BODIES = Path("data") / "article-extraction" / "ground-truth.json"
DOCS = Path("data") / "wikiref220" / "docs"
SYNONYMS = Path(__file__).with_name("copies_synonyms.tsv")
FURNITURE = Path(__file__).with_name("copies_furniture.tsv")
SEED = 2024
EXPECTED = {"exact": "exact", "syndicate": "syndicated"}  # every other edit: spun
EDITS = (
    "exact",
    "syndicate",
    "drop",
    "reorder",
    "reword",
    "trim",
    "drop+reword",
    "reorder+reword",
    "trim+reword",
    "syndicate+drop",
    "syndicate+trim+reword",
)
KINDS = ("exact", "syndicated", "spun")
TIMED = 1000
# Real copies among the originals: WikiRef220's cypriot.financial.crisis.36 (Zero Hedge) quotes .37 (ENET
# English) whole, in order, below its own comment. .36 comes first, so .37 and every copy of it are copies
# of .36: spun (.37 is 97% of its words inside .36, which adds as much again).
KNOWN_COPIES = {"wr:cypriot.financial.crisis.37.txt": "wr:cypriot.financial.crisis.36.txt"}

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"“‘'(]?[A-Z0-9])")
_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True, slots=True)
class Original:
    """A real text: ``name`` (``ae:<id>`` or ``wr:<file>``), its WikiRef220 topic (None elsewhere)."""

    name: str
    topic: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Copy:
    """An edited copy of the original ``source``."""

    source: str
    edit: str
    text: str

    @property
    def original(self) -> str:
        """The first original this copy's text copies (its source, or what the source itself copies)."""
        return KNOWN_COPIES.get(self.source, self.source)

    @property
    def expected(self) -> str:
        return "spun" if self.source in KNOWN_COPIES else EXPECTED.get(self.edit, "spun")


def default_shared() -> Path:
    """The shared folder beside the repository (``../shared`` seen from the repo root)."""
    return Path(__file__).resolve().parents[1].parent / "shared"


def read_originals(shared: Path, limit: int | None = None) -> list[Original] | None:
    """The real texts, article-extraction bodies by id then WikiRef220 pages by name; None when absent.

    ``limit`` keeps the first N of each source.
    """
    bodies, docs = Path(shared) / BODIES, Path(shared) / DOCS
    if not bodies.is_file() or not docs.is_dir():
        return None
    truth = json.loads(bodies.read_text(encoding="utf8"))
    originals = [Original(f"ae:{key}", None, truth[key]["articleBody"]) for key in sorted(truth)][:limit]
    for path in sorted(docs.glob("*.txt"))[:limit]:
        text = path.read_bytes().decode("cp1252", errors="replace").replace("\r\n", "\n")
        originals.append(Original(f"wr:{path.name}", path.name.rsplit(".", 2)[0], text))
    return [original for original in originals if original.text.strip()]


def make_copies(originals: list[Original]) -> list[Copy]:
    """One copy per original and edit, each edit seeded by :data:`SEED`, the edit and the original.

    An edit that leaves the text as it was (no synonym to swap, one sentence to move) makes no copy but
    for ``exact``.
    """
    copies = []
    for edit in EDITS:
        for original in originals:
            text = edited(original.text, edit, random.Random(f"{SEED}:{edit}:{original.name}"))
            if edit == "exact" or _plain(text) != _plain(original.text):
                copies.append(Copy(original.name, edit, text))
    return copies


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def edited(text: str, edit: str, rng: random.Random) -> str:
    """``text`` after the edits named in ``edit`` (joined by "+"), in that order."""
    for step in edit.split("+"):
        text = _STEPS[step](text, rng)
    return text


def _paragraphs(text: str) -> list[list[str]]:
    """The text's paragraphs (non-empty lines), each as its sentences."""
    return [_SENTENCE_END.split(line.strip()) for line in text.splitlines() if line.strip()]


def _joined(paragraphs: list[list[str]]) -> str:
    return "\n\n".join(" ".join(sentences) for sentences in paragraphs if sentences)


def _exact(text: str, rng: random.Random) -> str:
    """The same words, white space re-flowed: single line breaks between paragraphs, some double spaces."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    spaced = [re.sub(r"(?<=[.,]) ", lambda _: "  " if rng.random() < 0.3 else " ", line) for line in lines]
    return "\n".join(spaced) + "\n"


def _syndicate(text: str, rng: random.Random) -> str:
    """The same body under new furniture: two to four of headline, byline, dateline, trailer."""
    furniture = _furniture()
    agency, city = rng.choice(furniture["agency"]), rng.choice(furniture["city"])
    first, second = rng.sample(furniture["name"], 2)
    pieces = rng.sample(["headline", "byline", "dateline", "trailer"], rng.randint(2, 4))
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    if "dateline" in pieces:
        paragraphs[0] = f"{city} ({agency}) — {paragraphs[0]}"
    if "byline" in pieces:
        paragraphs.insert(0, rng.choice([f"By {first}", f"{first}, {agency}", f"By {first} | {agency}"]))
    if "headline" in pieces:
        paragraphs.insert(0, _headline(paragraphs[-1], rng, rng.choice(furniture["section"])))
    if "trailer" in pieces:
        paragraphs.append(
            rng.choice(
                [
                    f"Reporting by {first}; Editing by {second}",
                    f"Read more: {rng.choice(furniture['section'])} news from {agency}",
                    f"© 2024 {agency}. All rights reserved.",
                ]
            )
        )
    return "\n\n".join(paragraphs)


def _headline(paragraph: str, rng: random.Random, section: str) -> str:
    """A headline made of a few capitalised words of the text, as a desk might write it."""
    words = [word for word in _WORD.findall(paragraph) if len(word) > 3][:12]
    chosen = rng.sample(words, min(len(words), 5)) if words else ["Update"]
    return f"{section}: " + " ".join(word.capitalize() for word in chosen)


def _drop(text: str, rng: random.Random) -> str:
    """20-40% of the sentences removed (at least one, never all)."""
    places = [(p, s) for p, sentences in enumerate(_paragraphs(text)) for s in range(len(sentences))]
    share = rng.uniform(0.2, 0.4)
    gone = set(rng.sample(places, min(len(places) - 1, max(1, round(share * len(places))))))
    paragraphs = _paragraphs(text)
    return _joined([[s for i, s in enumerate(ss) if (p, i) not in gone] for p, ss in enumerate(paragraphs)])


def _reorder(text: str, rng: random.Random) -> str:
    """Two or three paragraphs moved elsewhere (sentences, when there are fewer than four paragraphs)."""
    paragraphs = _paragraphs(text)
    units = paragraphs if len(paragraphs) >= 4 else [[s] for ss in paragraphs for s in ss]
    for _ in range(rng.randint(2, 3)):
        unit = units.pop(rng.randrange(len(units)))
        units.insert(rng.randrange(len(units) + 1), unit)
    return _joined(units)


def _reword(text: str, rng: random.Random) -> str:
    """10-25% of the content words swapped for synonyms, as far as the list has one."""
    synonyms = _synonyms()
    found = list(re.finditer(r"\b[a-z]{4,}\b", text))
    target = round(rng.uniform(0.10, 0.25) * len(found))
    swappable = [m for m in found if m.group() in synonyms]
    chosen = sorted(rng.sample(swappable, min(target, len(swappable))), key=lambda m: m.start())
    parts, last = [], 0
    for match in chosen:
        parts += [text[last : match.start()], rng.choice(synonyms[match.group()])]
        last = match.end()
    return "".join(parts) + text[last:]


def _trim(text: str, rng: random.Random) -> str:
    """The first 40-70% of the text, cut at the end of a sentence (at least one sentence)."""
    keep = rng.uniform(0.4, 0.7) * len(text)
    paragraphs, kept, size = _paragraphs(text), [], 0
    for sentences in paragraphs:
        taken = []
        for sentence in sentences:
            if size and size + len(sentence) > keep:
                return _joined([*kept, taken])
            taken.append(sentence)
            size += len(sentence) + 1
        kept.append(taken)
    return _joined(kept)


_STEPS: dict[str, Callable[[str, random.Random], str]] = {
    "exact": _exact,
    "syndicate": _syndicate,
    "drop": _drop,
    "reorder": _reorder,
    "reword": _reword,
    "trim": _trim,
}


@cache
def _synonyms() -> dict[str, list[str]]:
    """``eval/copies_synonyms.tsv``: word -> its replacements."""
    return {word: replacements.split(",") for word, replacements in _rows(SYNONYMS)}


@cache
def _furniture() -> dict[str, list[str]]:
    """``eval/copies_furniture.tsv``: kind -> its values."""
    kinds: dict[str, list[str]] = defaultdict(list)
    for kind, value in _rows(FURNITURE):
        kinds[kind].append(value)
    return dict(kinds)


def _rows(path: Path) -> list[tuple[str, str]]:
    """The tab-separated (key, value) rows of a data file, comments and blank lines left out."""
    lines = path.read_text(encoding="utf8").splitlines()
    return [_split_row(line) for line in lines if line.strip() and not line.startswith("#")]


def _split_row(line: str) -> tuple[str, str]:
    key, _, value = line.partition("\t")
    return key, value


def evaluate(shared: Path, *, limit: int | None = None) -> dict | None:
    """Score copy detection on the copy set made from the texts under ``shared``; None when absent.

    Returns ``{"originals", "copies", "edits": {edit: {copies, found, kind_right, recall,
    kind_accuracy}}, "kinds": {kind: {answered, right, precision, expected, recall}}, "overall":
    {precision, recall, f1}, "originals_flagged": [...], "known_copies_found": [...], "same_topic":
    {pairs, flagged, examples, known_found}, "reworded": mean share of content words swapped,
    "throughput": {...}}``.
    """
    originals = read_originals(shared, limit)
    if originals is None:
        return None
    copies = make_copies(originals)
    index, flagged, known = _index_originals(originals)
    answers = [index.find(fingerprint(copy.text)) for copy in copies]
    figures = _score(copies, answers, flagged)
    return {
        "originals": len(originals),
        "copies": len(copies),
        **figures,
        "originals_flagged": flagged,
        "known_copies_found": known,
        "same_topic": _same_topic(originals),
        "reworded": _reworded(originals),
        "throughput": _throughput([o.text for o in originals] + [c.text for c in copies]),
    }


def _index_originals(originals: list[Original]) -> tuple[CopyIndex, list[dict], list[dict]]:
    """The index of the originals; the originals found to copy another (false positives); and the known
    copies among them (:data:`KNOWN_COPIES`) found right."""
    index, flagged, known = CopyIndex(), [], []
    for original in originals:
        fp = fingerprint(original.text)
        found = index.find(fp)
        if found is not None:
            item = {"original": original.name, "copies": found.article, "kind": found.kind}
            (known if KNOWN_COPIES.get(original.name) == found.article else flagged).append(item)
        index.add(original.name, fp)
    return index, flagged, known


def _score(copies: list[Copy], answers: list[CopyOf | None], flagged: list[dict]) -> dict:
    """Recall and kind accuracy per edit; precision and recall per kind; overall P/R/F1."""
    edits: dict[str, Counter] = defaultdict(Counter)
    kinds: dict[str, Counter] = {kind: Counter() for kind in KINDS}
    for copy, answer in zip(copies, answers, strict=True):
        found = answer is not None and answer.article == copy.original
        right_kind = found and answer.kind == copy.expected
        edits[copy.edit].update(copies=1, found=found, kind_right=right_kind)
        kinds[copy.expected].update(expected=1, recalled=right_kind)
        if answer is not None:
            kinds[answer.kind].update(answered=1, right=right_kind)
    for item in flagged:
        kinds[item["kind"]].update(answered=1)
    answered = sum(1 for answer in answers if answer is not None) + len(flagged)
    found = sum(counts["found"] for counts in edits.values())
    precision, recall = _ratio(found, answered), _ratio(found, len(copies))
    return {
        "edits": {edit: _edit_row(edits[edit]) for edit in EDITS},
        "kinds": {kind: _kind_row(counts) for kind, counts in kinds.items()},
        "overall": {"precision": precision, "recall": recall, "f1": _f1(precision, recall)},
    }


def _edit_row(counts: Counter) -> dict:
    return {
        "copies": counts["copies"],
        "found": counts["found"],
        "recall": _ratio(counts["found"], counts["copies"]),
        "kind_accuracy": _ratio(counts["kind_right"], counts["found"]),
    }


def _kind_row(counts: Counter) -> dict:
    return {
        "answered": counts["answered"],
        "right": counts["right"],
        "precision": _ratio(counts["right"], counts["answered"]),
        "expected": counts["expected"],
        "recall": _ratio(counts["recalled"], counts["expected"]),
    }


def _same_topic(originals: list[Original]) -> dict:
    """Every same-topic WikiRef220 pair through the sentence check alone, both ways; the known copies
    (:data:`KNOWN_COPIES`) are counted apart."""
    topics: dict[str, list[tuple[str, Fingerprint]]] = defaultdict(list)
    for original in originals:
        if original.topic is not None:
            topics[original.topic].append((original.name, fingerprint(original.text)))
    pairs, known, flagged = 0, 0, []
    for members in topics.values():
        for (a, fa), (b, fb) in combinations(members, 2):
            match = compare(fa, fb) or compare(fb, fa)
            if KNOWN_COPIES.get(a) == b or KNOWN_COPIES.get(b) == a:
                known += match is not None
                continue
            pairs += 1
            if match is not None:
                flagged.append({"pair": [a, b], "kind": match.kind, "similarity": match.similarity})
    return {"pairs": pairs, "flagged": len(flagged), "examples": flagged[:10], "known_found": known}


def _reworded(originals: list[Original]) -> float:
    """The mean share of content words the reword edit swapped (the synonym list limits it)."""
    shares = []
    for original in originals:
        words = re.findall(r"\b[a-z]{4,}\b", original.text)
        copy = _reword(original.text, random.Random(f"{SEED}:reword:{original.name}"))
        after = re.findall(r"\b[a-z]{4,}\b", copy)
        if words:
            shares.append(sum((Counter(words) - Counter(after)).values()) / len(words))
    return round(sum(shares) / len(shares), 3) if shares else 0.0


def _throughput(texts: list[str], count: int = TIMED) -> dict:
    """Seconds to fingerprint, then to index (find, then add), the first ``count`` texts."""
    texts = texts[:count]
    started = time.perf_counter()
    fingerprints = [fingerprint(text) for text in texts]
    fingerprinted = time.perf_counter()
    index = CopyIndex()
    for number, fp in enumerate(fingerprints):
        index.find(fp)
        index.add(str(number), fp)
    indexed = time.perf_counter()
    return {
        "texts": len(texts),
        "words": sum(len(text.split()) for text in texts),
        "fingerprint_seconds": round(fingerprinted - started, 3),
        "index_seconds": round(indexed - fingerprinted, 3),
        "texts_per_second": round(len(texts) / (indexed - started), 1),
        "bytes_per_text": round(sum(len(fp.to_bytes()) for fp in fingerprints) / max(1, len(texts))),
    }


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0


def markdown(figures: dict, *, timing: bool = False) -> str:
    """The figures as Markdown tables; the timing only when ``timing`` (the quality page has none)."""
    rows = ["| edit | copies | found | recall | kind accuracy |", "|---|---|---|---|---|"]
    for edit, row in figures["edits"].items():
        cells = [edit, row["copies"], row["found"], f"{row['recall']:.3f}", f"{row['kind_accuracy']:.3f}"]
        rows.append("| " + " | ".join(map(str, cells)) + " |")
    rows += ["", "| kind | answered | precision | expected | recall |", "|---|---|---|---|---|"]
    for kind, row in figures["kinds"].items():
        cells = [kind, row["answered"], f"{row['precision']:.3f}", row["expected"], f"{row['recall']:.3f}"]
        rows.append("| " + " | ".join(map(str, cells)) + " |")
    overall, same = figures["overall"], figures["same_topic"]
    rows += [
        "",
        f"{figures['originals']} real originals, {figures['copies']} copies. Overall (right original, any "
        f"kind): precision {overall['precision']:.3f}, recall {overall['recall']:.3f}, "
        f"F1 {overall['f1']:.3f}. Originals called copies of another original: "
        f"{len(figures['originals_flagged'])} (real copies in the data, found: "
        f"{len(figures['known_copies_found'])} of {len(KNOWN_COPIES)}). "
        f"Same-topic WikiRef220 pairs called copies by the sentence check alone: {same['flagged']} of "
        f"{same['pairs']}. The reword edit swapped {figures['reworded']:.1%} of content words on average.",
    ]
    if timing:
        speed = figures["throughput"]
        rows.append(
            f"\nThroughput: {speed['texts']} texts ({speed['words']} words) fingerprinted in "
            f"{speed['fingerprint_seconds']} s and indexed in {speed['index_seconds']} s: "
            f"{speed['texts_per_second']} texts/s; {speed['bytes_per_text']} bytes of fingerprint a text."
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Print the Markdown tables with the timing, or a notice when the data is not there."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=default_shared(), help="the shared folder (../shared)")
    parser.add_argument("--limit", type=int, default=None, help="use the first N texts of each source")
    args = parser.parse_args(argv)
    figures = evaluate(args.shared, limit=args.limit)
    if figures is None:
        print(f"skipped: no article-extraction or WikiRef220 data under {args.shared / 'data'}")
        return 0
    print(markdown(figures, timing=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
