"""How far the brief can trust each event and quotation it reports: a confidence from the evidence.

Every reading carries the evidence found for or against it: how its trigger was read (a verb with its own
subject, an event noun with nothing attached, a word with common senses that are no event), where its
participants came from (a subject, a possessor, a pronoun resolved across sentences), what the link stage
adds (a participant that is a known entity, an actor that is its own target, another outlet reporting the
same event). Each kind of evidence has a weight in ``lexicons/confidence.tsv``; a reading's confidence is
the logistic function of its weights' sum, so evidence adds up on one scale and every figure can be
explained by the evidence listed beside it.

The weights were fitted on the dev split of the real-news gold and on the demo gold (``python -m
eval.calibrate`` refits them); the test split is never used for it. The report asserts only events with a
named participant and a confidence of at least ``Options.event_threshold``: the rest stay in the JSON and
in the report's "weaker readings", so nothing is lost and nothing weak is asserted.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cache

from sitroom.lexicons import table
from sitroom.options import Options
from sitroom.types import Event, Quote

_BIAS = "bias"


def event_confidence(evidence: Iterable[str]) -> float:
    """An event's confidence from its evidence codes (unknown codes weigh nothing)."""
    return _logistic("event", evidence)


def quote_confidence(evidence: Iterable[str]) -> float:
    """A quotation's confidence from its evidence codes (unknown codes weigh nothing)."""
    return _logistic("quote", evidence)


def asserted(event: Event, threshold: float | None = None) -> bool:
    """Whether the brief asserts ``event``: a named participant (a state whose unnamed body acts counts:
    "the government" of Greece), one of them a public party (a state, a public body, an official: "the
    Beatles sought guidance from the Maharishi" is no political event), not its own target ("NATO accuses
    NATO": one of the two is misread), and enough confidence. Others are weaker readings, kept but never
    drawn on the timeline or counted as what an outlet reported."""
    limit = Options().event_threshold if threshold is None else threshold
    named = any(party is not None for party in (event.actor, event.target, event.actor_for, event.target_for))
    doubtful = {"self-directed", "no-public-party"} & set(event.evidence)
    return named and not doubtful and event.confidence >= limit


def asserted_quote(quote: Quote, threshold: float | None = None) -> bool:
    """Whether a quotation's reading (its span and speaker) is sure enough to show without a caveat."""
    limit = Options().quote_threshold if threshold is None else threshold
    return quote.confidence >= limit


def lowered_by(kind: str, evidence: Iterable[str]) -> tuple[str, ...]:
    """The evidence that lowered a reading's confidence, weightiest first, as the lexicon explains it."""
    weights = _weights(kind)
    against = sorted((weights[c], c) for c in set(evidence) if weights.get(c, 0.0) < 0)
    return tuple(explain(code) for _, code in against)


def explain(code: str) -> str:
    """What an evidence code means, as the lexicon says it ("an event noun with nothing attached")."""
    return _explanations().get(code, code)


def _logistic(kind: str, evidence: Iterable[str]) -> float:
    weights = _weights(kind)
    total = weights.get(_BIAS, 0.0) + sum(weights.get(code, 0.0) for code in set(evidence))
    return round(1.0 / (1.0 + math.exp(-total)), 3)


@cache
def _weights(kind: str) -> dict[str, float]:
    return {code: float(weight) for what, code, weight, _ in table("confidence.tsv", 4) if what == kind}


@cache
def _explanations() -> dict[str, str]:
    return {code: note or code for _, code, _, note in table("confidence.tsv", 4)}
