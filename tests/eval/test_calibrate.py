"""The confidence fit (``eval.calibrate``) and its cross-validation by article (``eval.crossval``)."""

from __future__ import annotations

import sys
from pathlib import Path

from sitroom.types import Event

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from eval.calibrate import fit  # noqa: E402
from eval.crossval import held_out_confidence  # noqa: E402


def event(article: str, n: int, *evidence: str) -> Event:
    empty = dict.fromkeys(("mode", "actor", "actor_for", "target", "target_for", "place", "time"))
    return Event(
        id=f"{article}/e{n}",
        article=article,
        start=0,
        end=4,
        text="talk",
        type="CONSULT",
        status="occurred",
        evidence=evidence,
        **empty,  # type: ignore[arg-type]
    )


def test_evidence_that_goes_with_right_readings_weighs_for_them():
    examples = [(frozenset({"good"}), True)] * 8 + [(frozenset({"bad"}), False)] * 8
    weights = fit(examples, penalty=1.0)
    assert weights["good"] > 0 > weights["bad"]


def test_held_out_confidence_never_uses_the_events_own_article():
    # Six articles, half their readings right; a seventh whose readings, all right, carry evidence no
    # other article has. Fitted on it, that evidence would vouch for them; held out, it weighs nothing.
    events = [event(f"a{k}", n, "common") for k in range(6) for n in range(4)]
    events += [event("a6", n, "rare") for n in range(4)]
    right = {i for i, e in enumerate(events) if e.article == "a6" or e.id.endswith(("e0", "e1"))}
    confidence = held_out_confidence(events, right, [], penalty=1.0)
    assert all(abs(c - 0.5) < 0.1 for e, c in zip(events, confidence, strict=True) if e.article == "a6")
