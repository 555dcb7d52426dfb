"""Figures in the demo brief against the hand-written gold (``eval/gold/demo/figures.json``).

A gold figure is found when a brief figure in the same article overlaps its text (one to one, in text
order); found figures are then checked for value, high, unit, qualifier, what they count and who claims
them. ``python -m eval.figures`` prints the table.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from eval.demo_gold import GOLD, demo_brief, outside_copies, source_key
from sitroom.types import Brief

GOLD_FIGURES = GOLD / "figures.json"
FIELDS = ("value", "high", "unit", "qualifier", "counts", "claimed_by")


def evaluate(shared: Path | None = None, *, brief: Brief | None = None) -> dict:
    """Score the demo brief's figures; ``shared`` is unused (the corpus and gold are in the repository)."""
    brief = demo_brief() if brief is None else brief
    gold = json.loads(GOLD_FIGURES.read_text(encoding="utf-8"))
    return score(brief, gold)


def score(brief: Brief, gold: list[dict]) -> dict:
    """Span precision/recall/F1 and per-field agreement on the matched figures, with the misses listed."""
    gold = outside_copies(brief, gold)
    by_source = {source_key(a): a for a in brief.articles}
    names = {e.id: {e.name.casefold(), *(a.casefold() for a in e.aliases)} for e in brief.entities}
    system = [f for f in brief.figures]
    used: set[int] = set()
    matched: list[tuple[dict, object]] = []
    missed = []
    for expected in gold:
        article = by_source.get(expected["source"])
        span = _locate(article.text, expected) if article else None
        hit = None
        if span is not None:
            for i, figure in enumerate(system):
                if (
                    i not in used
                    and figure.article == article.id
                    and figure.start < span[1]
                    and span[0] < figure.end
                ):
                    hit = i
                    break
        if hit is None:
            missed.append(f"{expected['source']}: {expected['text']}")
            continue
        used.add(hit)
        matched.append((expected, system[hit]))
    agree = {field: sum(_agrees(field, e, f, names) for e, f in matched) for field in FIELDS}
    found = len(matched)
    precision = found / len(system) if system else 0.0
    recall = found / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "gold": len(gold),
        "system": len(system),
        "found": found,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "agreement": {field: (agree[field] / found if found else 0.0) for field in FIELDS},
        "missed": missed,
        "extra": [f"{f.article}: {f.text}" for i, f in enumerate(system) if i not in used],
        "disagreements": [
            f"{e['source']}: {e['text']} — {field}: expected {e.get(field)!r}, got {getattr(f, field)!r}"
            for e, f in matched
            for field in FIELDS
            if not _agrees(field, e, f, names)
        ],
    }


def _locate(text: str, expected: dict) -> tuple[int, int] | None:
    start = -1
    for _ in range(expected.get("occurrence", 1)):
        start = text.find(expected["text"], start + 1)
        if start < 0:
            return None
    return start, start + len(expected["text"])


def _agrees(field: str, expected: dict, figure: object, names: dict[str, set[str]]) -> bool:
    want, got = expected.get(field), getattr(figure, field)
    if field == "claimed_by":
        return (want is None and got is None) or (
            got is not None and str(want).casefold() in names.get(got, set())
        )
    if field == "counts":
        return (want or "").casefold().rstrip("s") == (got or "").casefold().rstrip("s")
    if field in {"value", "high"}:
        return (want is None and got is None) or (
            want is not None and got is not None and abs(want - got) < 1e-6
        )
    return want == got


def headline(figures: dict) -> dict[str, float]:
    """The figures the tests pin floors on."""
    return {
        "precision": figures["precision"],
        "recall": figures["recall"],
        "f1": figures["f1"],
        **{f"agreement.{field}": value for field, value in figures["agreement"].items()},
    }


def markdown(figures: dict) -> str:
    """The figures section of docs/quality.md."""
    rows = ["| figure | score | over |", "|---|---|---|"]
    over = f"{figures['gold']} gold, {figures['system']} brief figures"
    for key in ("precision", "recall", "f1"):
        rows.append(f"| figure span {key} | {figures[key]:.3f} | {over} |")
    for field, value in figures["agreement"].items():
        rows.append(f"| {field} agreement | {value:.3f} | {figures['found']} found |")
    lines = ["\n".join(rows), ""]
    for heading, items in (
        ("Figures missed", figures["missed"]),
        ("Figures not in the gold", figures["extra"]),
        ("Disagreements", figures["disagreements"]),
    ):
        lines.append(f"{heading} ({len(items)}): " + ("; ".join(items) if items else "none") + ".")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def main() -> int:
    sys.stdout.write(markdown(evaluate()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
