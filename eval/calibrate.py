"""Fit the weights of ``sitroom/lexicons/confidence.tsv`` on gold that is not the test split.

Every event and quotation of the brief carries its evidence codes. Here each one is labelled right or
wrong against the gold — an event is right when it matches a gold event of the same type, a quotation
when it matches a gold quotation and its speaker agrees — on the ``dev`` split of ``eval/gold/realnews``
and on the demo gold (``eval/gold/demo``), and a logistic regression with an L2 penalty fits one weight
per code. The weights are written back rounded to 0.1 with the lexicon's explanations kept, so the file
stays readable and the confidence of a reading can be explained by its evidence. The test split is never
read here.

    python -m eval.calibrate --shared ../shared          # refit and rewrite the lexicon
    python -m eval.calibrate --shared ../shared --dry-run  # print the fit only
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Sequence
from pathlib import Path

from sitroom.types import Brief

LEXICON = Path(__file__).resolve().parents[1] / "src" / "sitroom" / "lexicons" / "confidence.tsv"
PENALTY = 10.0  # L2 on every weight but the bias: the least held-out log loss in `python -m eval.crossval`
# Evidence the brief treats as a rule, not a weight to fit: an event with no named participant, or whose
# actor is its own target, is never asserted (sitroom.link.confidence.asserted); their weights stay fixed.
FIXED = {("event", "no-participant"): -3.0, ("event", "self-directed"): -3.0}
_HEADER = """\
# Weights of the evidence behind each event and quotation the brief reports (sitroom.link.confidence): a
# reading's confidence is the logistic function of the sum of its evidence's weights and the bias.
# Columns: kind (event | quote)<TAB>evidence code<TAB>weight<TAB>what the code means (shown to readers).
# Fitted by `python -m eval.calibrate` (logistic regression, L2 penalty {penalty}) on the dev split of
# eval/gold/realnews and on the demo gold: {events} events ({events_right} right) and {quotes} quotations
# ({quotes_right} right); the test split is never used. Weights rounded to 0.1. Licence: MIT.
"""

Example = tuple[frozenset[str], bool]


def event_examples(brief: Brief, right: set[str]) -> list[Example]:
    """Each brief event's evidence with whether it is right (its id in ``right``); the fixed evidence is
    left out of the fit."""
    fixed = {code for kind, code in FIXED if kind == "event"}
    return [(frozenset(e.evidence) - fixed, e.id in right) for e in brief.events]


def fit(examples: Sequence[Example], penalty: float = PENALTY, steps: int = 200) -> dict[str, float]:
    """Logistic regression weights (with ``bias``) by Newton's method on the codes' indicator features."""
    import numpy as np

    codes = sorted({c for features, _ in examples for c in features})
    if not examples:
        return {"bias": 0.0}
    x = np.zeros((len(examples), len(codes) + 1))
    x[:, 0] = 1.0
    index = {c: i + 1 for i, c in enumerate(codes)}
    for row, (features, _) in enumerate(examples):
        for c in features:
            x[row, index[c]] = 1.0
    y = np.array([1.0 if label else 0.0 for _, label in examples])
    w = np.zeros(x.shape[1])
    ridge = np.eye(x.shape[1]) * penalty
    ridge[0, 0] = 1e-6
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + ridge @ w
        hessian = (x.T * (p * (1 - p))) @ x + ridge
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    return {"bias": float(w[0]), **{c: float(w[index[c]]) for c in codes}}


def labelled(shared: Path) -> tuple[list[Example], list[Example]]:
    """Event and quotation examples from the real-news dev split and the demo gold."""
    from eval import demo_gold, realnews
    from eval import events as demo_events
    from eval import quotes as demo_quotes

    events: list[Example] = []
    quotes: list[Example] = []
    articles = realnews.load_articles(shared)
    if articles is not None:
        dev = [a for a in articles if a.split == "dev"]
        gold_events, gold_quotes = realnews.load_gold()
        ids = {a.id for a in dev}
        brief = realnews.realnews_brief(dev)
        corpus = realnews._Corpus.of(brief, dev)
        golds = [g for g in gold_events if g["article"] in ids]
        located = [g for g in golds if corpus.aligners[g["article"]].span(g["trigger"]) is not None]
        pairs = realnews.match_events(corpus, located, brief.events)
        right = {
            brief.events[ei].id for gi, ei in pairs.items() if located[gi]["type"] == brief.events[ei].type
        }
        events += event_examples(brief, right)
        quotes += realnews.quote_examples(
            corpus, [q for q in gold_quotes if q["article"] in ids], brief.quotes
        )
    brief = demo_gold.demo_brief()
    gold = demo_events.load_gold_events() or []
    pairs, _ = demo_events.match_events(brief, gold)
    right = {brief.events[ei].id for gi, ei in pairs.items() if gold[gi]["type"] == brief.events[ei].type}
    events += event_examples(brief, right)
    quotes += demo_quotes.quote_examples(brief)
    return events, quotes


def write(weights: dict[str, dict[str, float]], counts: dict[str, int], lexicon: Path = LEXICON) -> str:
    """The lexicon with fitted weights; explanations and codes the fit never saw (weight 0) kept."""
    from sitroom.lexicons import table

    rows = table("confidence.tsv", 4)
    known = {(kind, code) for kind, code, _, _ in rows}
    lines = [_HEADER.format(penalty=PENALTY, **counts).rstrip("\n")]
    for kind, code, _, note in rows:
        weight = FIXED.get((kind, code), weights[kind].get(code, 0.0))
        lines.append(f"{kind}\t{code}\t{_rounded(weight)}\t{note}")
    for kind in ("event", "quote"):
        for code in sorted(weights[kind]):
            if (kind, code) not in known:
                lines.append(f"{kind}\t{code}\t{_rounded(weights[kind][code])}\t{code}")
    text = "\n".join(lines) + "\n"
    lexicon.write_text(text, encoding="utf-8")
    return text


def _rounded(weight: float) -> str:
    value = round(weight, 1)
    return f"{0.0 if value == 0 else value:.1f}"


def _log_loss(examples: Sequence[Example], weights: dict[str, float]) -> float:
    total = 0.0
    for features, label in examples:
        z = weights.get("bias", 0.0) + sum(weights.get(c, 0.0) for c in features)
        p = min(max(1.0 / (1.0 + math.exp(-z)), 1e-9), 1 - 1e-9)
        total -= math.log(p if label else 1 - p)
    return total / max(len(examples), 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--dry-run", action="store_true", help="print the weights, do not write them")
    args = parser.parse_args(argv)
    events, quotes = labelled(args.shared)
    weights = {"event": fit(events), "quote": fit(quotes)}
    for kind, examples in (("event", events), ("quote", quotes)):
        print(
            f"{kind}: {len(examples)} examples, {sum(r for _, r in examples)} right, "
            f"log loss {_log_loss(examples, weights[kind]):.3f}"
        )
        for code, weight in sorted(weights[kind].items(), key=lambda kv: kv[1]):
            print(f"  {code:24} {weight:+.2f}")
    if not args.dry_run:
        counts = {
            "events": len(events),
            "events_right": sum(r for _, r in events),
            "quotes": len(quotes),
            "quotes_right": sum(r for _, r in quotes),
        }
        write(weights, counts)
        print(f"wrote {LEXICON}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
