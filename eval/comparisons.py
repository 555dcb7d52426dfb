"""Comparisons in the demo brief against the hand-written gold (``eval/gold/demo/comparisons.json``).

Each gold item names a figure or a time by ``source``, ``text``, ``occurrence`` and ``layer``
(``figures`` or ``times``) and is located in its article's text as ``eval/times.py`` locates the time
gold (:func:`eval.times.locate`). A brief comparison's items are ids looked up in ``brief.figures`` and
``brief.times``. A brief comparison *covers* a gold one when it has the same ``kind`` and, for every gold
item, an item of the same layer in the same article overlapping it (more items are allowed: a brief may
set a third outlet beside two).

- recall: gold comparisons covered by some brief comparison / gold comparisons;
- precision: brief comparisons covering some gold comparison / brief comparisons;
- verdict accuracy, over the gold comparisons found: the verdict of the covering brief comparison with
  the fewest items (then the first) equals the gold's;
- ``inconsistent``: gold comparisons with that verdict are listed apart (the demo has none), and every
  brief comparison saying ``inconsistent`` that covers no gold ``inconsistent`` one is a false alarm;
  ``clean`` is the share of brief comparisons that are not false alarms.

Brief comparisons that cover no gold one but whose items all fall inside one gold comparison of their
kind (a subset of its items) are listed as partial, for reading only. ``python -m eval.comparisons``
prints the table with every list.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from eval.demo_gold import GOLD, demo_brief, source_key
from eval.listing import listing
from eval.scoring import ratio
from eval.times import locate
from sitroom.types import Brief, Comparison

GOLD_COMPARISONS = GOLD / "comparisons.json"
FLOOR_TESTS = Path(__file__).resolve().parents[1] / "tests" / "eval" / "test_comparisons_eval.py"
HEADLINE = ("recall", "precision", "f1", "verdict_accuracy", "clean")

Place = tuple[str, str, int, int]  # layer, article id, start, end


def evaluate(shared: Path | None = None, *, brief: Brief | None = None) -> dict:
    """Score the demo brief's comparisons; ``shared`` is unused (the corpus and gold are in the repo)."""
    brief = demo_brief() if brief is None else brief
    return score(brief, json.loads(GOLD_COMPARISONS.read_text(encoding="utf8")))


def gold_places(brief: Brief, gold: Sequence[dict]) -> list[list[Place | None]]:
    """Each gold comparison's items located in the brief's articles (None for an item not found)."""
    by_source = {source_key(article): article for article in brief.articles}
    located = []
    for comparison in gold:
        places: list[Place | None] = []
        for item in comparison["items"]:
            article = by_source.get(item["source"])
            span = locate(article.text, item["text"], item.get("occurrence", 1)) if article else None
            places.append((item["layer"], article.id, *span) if article and span else None)
        located.append(places)
    return located


def item_places(brief: Brief) -> dict[str, Place]:
    """Every id a comparison item may name: the brief's figures, then its times, with where they are."""
    places: dict[str, Place] = {t.id: ("times", t.article, t.start, t.end) for t in brief.times}
    places |= {f.id: ("figures", f.article, f.start, f.end) for f in brief.figures}
    return places


def brief_places(comparison: Comparison, places: dict[str, Place]) -> list[Place]:
    """Where a brief comparison's items are (ids naming no figure or time are dropped)."""
    return [places[item] for item in comparison.items if item in places]


def covers(places: Sequence[Place], gold: Sequence[Place | None]) -> bool:
    """Whether every gold item is overlapped by a brief item of its layer and article."""
    return bool(gold) and all(
        item is not None and any(_same(place, item) for place in places) for item in gold
    )


def score(brief: Brief, gold: Sequence[dict]) -> dict:
    """Recall, precision, verdict accuracy and the ``inconsistent`` checks (see the module docstring)."""
    located = gold_places(brief, gold)
    system = list(brief.comparisons)
    index = item_places(brief)
    places = [brief_places(comparison, index) for comparison in system]
    covering = {
        gi: [
            si
            for si, comparison in enumerate(system)
            if comparison.kind == gold[gi]["kind"] and covers(places[si], located[gi])
        ]
        for gi in range(len(gold))
    }
    found = {gi: min(hits, key=lambda si: (len(places[si]), si)) for gi, hits in covering.items() if hits}
    precise = {si for hits in covering.values() for si in hits}
    verdict_right = sum(system[si].verdict == gold[gi]["verdict"] for gi, si in found.items())
    gold_inconsistent = [gi for gi, g in enumerate(gold) if g["verdict"] == "inconsistent"]
    alarms = [
        si
        for si, comparison in enumerate(system)
        if comparison.verdict == "inconsistent" and not any(si in covering[gi] for gi in gold_inconsistent)
    ]
    partial = [
        si
        for si in range(len(system))
        if si not in precise
        and any(
            system[si].kind == g["kind"] and _inside(places[si], located[gi]) for gi, g in enumerate(gold)
        )
    ]
    recall, precision = ratio(len(found), len(gold)), ratio(len(precise), len(system))
    texts = {article.id: article.text for article in brief.articles}
    sources = {article.id: source_key(article) for article in brief.articles}

    def show(si: int) -> str:
        return _describe_brief(system[si], places[si], texts, sources)

    return {
        "gold": len(gold),
        "system": len(system),
        "found": len(found),
        "recall": recall,
        "precision": precision,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "verdict_accuracy": ratio(verdict_right, len(found)),
        "clean": 1.0 - ratio(len(alarms), len(system)),
        "gold_inconsistent": [
            f"{_describe_gold(gold[gi])} — {'found' if gi in found else 'missed'}" for gi in gold_inconsistent
        ],
        "false_alarms": [show(si) for si in alarms],
        "missed": [_describe_gold(g) for gi, g in enumerate(gold) if gi not in found],
        "unlocated": [
            f"{item['source']}: “{item['text']}” ({item['layer']})"
            for g, places_of in zip(gold, located, strict=True)
            for item, place in zip(g["items"], places_of, strict=True)
            if place is None
        ],
        "wrong_verdicts": [
            f"{_describe_gold(gold[gi])} — got {system[si].verdict}"
            for gi, si in found.items()
            if system[si].verdict != gold[gi]["verdict"]
        ],
        "extra": [show(si) for si in range(len(system)) if si not in precise and si not in partial],
        "partial": [show(si) for si in partial],
    }


def _same(place: Place, item: Place) -> bool:
    return place[:2] == item[:2] and place[2] < item[3] and item[2] < place[3]


def _inside(places: Sequence[Place], gold: Sequence[Place | None]) -> bool:
    """Whether at least two brief items exist and each overlaps an item of the gold comparison."""
    items = [item for item in gold if item is not None]
    return len(places) >= 2 and all(any(_same(place, item) for item in items) for place in places)


def _describe_gold(comparison: dict) -> str:
    items = " / ".join(f"{item['source']}: “{item['text']}”" for item in comparison["items"])
    return f"{comparison['kind']} {comparison['verdict']}: {items}"


def _describe_brief(
    comparison: Comparison, places: Sequence[Place], texts: dict[str, str], sources: dict[str, str]
) -> str:
    items = " / ".join(
        f"{sources.get(article, article)}: “{texts.get(article, '')[start:end]}”"
        for _, article, start, end in places
    )
    return f"{comparison.kind} {comparison.verdict}: {items or ', '.join(comparison.items)}"


def headline(figures: dict) -> dict[str, float]:
    """The figures the tests pin floors on."""
    return {key: figures[key] for key in HEADLINE}


def pinned_floors(test_file: Path = FLOOR_TESTS) -> dict[str, float]:
    """The ``FLOORS`` the comparison tests pin ({} when there are none)."""
    from eval.quality import pinned_floors as read

    return read(test_file)


_LABELS = {
    "recall": "comparison recall",
    "precision": "comparison precision",
    "f1": "comparison F1",
    "verdict_accuracy": "verdict accuracy",
    "clean": "free of false `inconsistent` alarms",
}


def markdown(figures: dict, floors: dict[str, float] | None = None, limit: int | None = 20) -> str:
    """The comparisons section of docs/quality.md: the table with floors, then the lists."""
    floors = pinned_floors() if floors is None else floors
    over = {
        "recall": f"{figures['gold']} gold",
        "precision": f"{figures['system']} brief comparisons",
        "f1": f"{figures['gold']} gold, {figures['system']} brief",
        "verdict_accuracy": f"{figures['found']} found",
        "clean": f"{figures['system']} brief comparisons",
    }
    lines = ["| figure | score | floor | over |", "|---|---|---|---|"]
    for key in HEADLINE:
        floor = f"{floors[key]:.2f}" if key in floors else "—"
        lines.append(f"| {_LABELS[key]} | {figures[key]:.3f} | {floor} | {over[key]} |")
    lines.append("")
    for heading, items in (
        ("Gold `inconsistent` comparisons", figures["gold_inconsistent"]),
        ("False `inconsistent` alarms", figures["false_alarms"]),
        ("Comparisons missed", figures["missed"]),
        ("Gold items not located in the brief's text", figures["unlocated"]),
        ("Wrong verdicts", figures["wrong_verdicts"]),
        ("Brief comparisons covering part of a gold one", figures["partial"]),
        ("Brief comparisons not in the gold", figures["extra"]),
    ):
        lines += listing(heading, items, limit)
    return "\n".join(lines).rstrip() + "\n"


def main() -> int:
    """Print the table with every list in full."""
    sys.stdout.write(markdown(evaluate(), limit=None))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
