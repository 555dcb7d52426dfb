"""How well the confidence weights generalise: cross-validation by article over the real-news dev split.

``eval.calibrate`` fits the weights on every dev article, so the dev split's own figures flatter them. Here
the dev articles are dealt into folds; each fold's events are scored by weights fitted on the other folds
(and the demo gold), as the weights will score news they never saw. For each L2 penalty it prints the
held-out log loss, and for each threshold how many events the report would assert, how many of those the
gold has (precision) and how many are fully right (type, status, actor and target). ``PENALTY`` in
``eval.calibrate`` and ``Options.event_threshold`` are chosen from this table. The test split is never read.

    python -m eval.crossval --shared ../shared
"""

from __future__ import annotations

import argparse
import math
import random
from pathlib import Path

from eval.calibrate import FIXED, event_examples, fit
from sitroom.types import Event

FOLDS = 6
PENALTIES = (2.0, 4.0, 7.0, 10.0, 15.0, 25.0)
THRESHOLDS = (0.5, 0.6, 0.65, 0.7, 0.75)


def held_out_confidence(
    events: list[Event], right: set[int], extra: list[tuple[frozenset[str], bool]], penalty: float
) -> list[float]:
    """Each event's confidence from weights fitted without its article's fold (``extra`` always in)."""
    fixed = {code for kind, code in FIXED if kind == "event"}
    articles = sorted({e.article for e in events})
    random.Random(0).shuffle(articles)
    fold = {article: n % FOLDS for n, article in enumerate(articles)}
    confidence = [0.0] * len(events)
    for k in range(FOLDS):
        train = [
            (frozenset(e.evidence) - fixed, i in right) for i, e in enumerate(events) if fold[e.article] != k
        ]
        weights = fit(train + extra, penalty)
        for i, event in enumerate(events):
            if fold[event.article] == k:
                z = weights["bias"] + sum(weights.get(c, 0.0) for c in set(event.evidence) - fixed)
                confidence[i] = 1.0 / (1.0 + math.exp(-z))
    return confidence


def main(argv: list[str] | None = None) -> int:
    from eval import demo_gold, realnews
    from eval import events as demo_events

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = parser.parse_args(argv)
    articles = realnews.load_articles(args.shared)
    if articles is None:
        print(f"no real-news articles under {args.shared}")
        return 1
    dev = [a for a in articles if a.split == "dev"]
    ids = {a.id for a in dev}
    gold_events, _ = realnews.load_gold()
    brief = realnews.realnews_brief(dev)
    corpus = realnews._Corpus.of(brief, dev)
    located = [
        g
        for g in gold_events
        if g["article"] in ids and corpus.aligners[g["article"]].span(g["trigger"]) is not None
    ]
    pairs = realnews.match_events(corpus, located, brief.events)
    events = list(brief.events)
    found = set(pairs.values())
    typed = {ei for gi, ei in pairs.items() if located[gi]["type"] == events[ei].type}
    fully = {ei for gi, ei in pairs.items() if _fully_right(corpus, located[gi], events[ei])}
    demo = demo_gold.demo_brief()
    gold = demo_events.load_gold_events() or []
    demo_pairs, _ = demo_events.match_events(demo, gold)
    demo_right = {
        demo.events[ei].id for gi, ei in demo_pairs.items() if gold[gi]["type"] == demo.events[ei].type
    }
    extra = event_examples(demo, demo_right)
    print(f"dev: {len(events)} events, {len(found)} in the gold, {len(fully)} fully right; {FOLDS} folds")
    for penalty in PENALTIES:
        confidence = held_out_confidence(events, typed, extra, penalty)
        loss = -sum(math.log(p if i in typed else 1 - p) for i, p in enumerate(confidence)) / len(events)
        cells = []
        for threshold in THRESHOLDS:
            shown = [
                i
                for i, e in enumerate(events)
                if (e.actor or e.target) and "self-directed" not in e.evidence and confidence[i] >= threshold
            ]
            n = max(len(shown), 1)
            precision = sum(i in found for i in shown) / n
            right = sum(i in fully for i in shown) / n
            cells.append(f"≥{threshold}: {len(shown)} P {precision:.2f} full {right:.2f}")
        print(f"penalty {penalty:>4}: log loss {loss:.4f} | " + " | ".join(cells))
    return 0


def _fully_right(corpus, entry: dict, event: Event) -> bool:  # type: ignore[no-untyped-def]
    return (
        entry["type"] == event.type
        and entry["status"] == event.status
        and corpus.agrees(event.article, (event.actor, event.actor_for), (entry["actor"], entry["actor_for"]))
        and corpus.agrees(
            event.article, (event.target, event.target_for), (entry["target"], entry["target_for"])
        )
    )


if __name__ == "__main__":
    raise SystemExit(main())
