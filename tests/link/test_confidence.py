"""Confidence from evidence: weights add up on one scale, unknown evidence weighs nothing, and the brief
asserts only named events sure enough; linking adds what only the corpus knows (self-directed, repeats)."""

from __future__ import annotations

import pytest

from sitroom.lexicons import table
from sitroom.link.confidence import asserted, event_confidence, explain, lowered_by, quote_confidence
from sitroom.link.events import _repeats, _with_confidence
from sitroom.types import Event


def weight(kind: str, code: str) -> float:
    return next(float(w) for k, c, w, _ in table("confidence.tsv", 4) if (k, c) == (kind, code))


def test_every_evidence_code_is_explained_and_weighted():
    for kind, code, value, note in table("confidence.tsv", 4):
        assert kind in ("event", "quote")
        float(value)
        assert note or code == "bias"


def test_evidence_adds_up_and_unknown_evidence_weighs_nothing():
    base = event_confidence(["verb"])
    assert event_confidence(["verb", "no-such-evidence"]) == base
    assert 0.0 < base < 1.0
    helpful = max(
        (c for k, c, _, _ in table("confidence.tsv", 4) if k == "event"), key=lambda c: weight("event", c)
    )
    assert event_confidence(["verb", helpful]) > base


def test_a_direct_quotation_with_a_named_speaker_is_surer_than_an_unattributed_one():
    sure = quote_confidence(["direct", "speaker-name", "cue", "speaker-entity"])
    weak = quote_confidence(["indirect", "speaker-none", "no-cue"])
    assert sure > weak


def event(**fields: object) -> Event:
    empty = dict.fromkeys(("mode", "actor", "actor_for", "target", "target_for", "place", "time"))
    return Event(
        **{
            "id": "a/e1",
            "article": "a",
            "start": 0,
            "end": 4,
            "text": "talk",
            "type": "CONSULT",
            "status": "occurred",
            **empty,
            **fields,
        }
    )  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        pytest.param({"actor": "e1", "confidence": 0.9}, True, id="named-and-sure"),
        pytest.param({"confidence": 0.99}, False, id="no-named-participant"),
        pytest.param({"actor_for": "e3", "confidence": 0.9}, True, id="a-states-unnamed-body"),
        pytest.param({"target": "e2", "confidence": 0.1}, False, id="too-little-confidence"),
    ],
)
def test_the_brief_asserts_only_named_events_sure_enough(fields, expected):
    assert asserted(event(**fields), 0.5) is expected


def test_an_actor_that_is_its_own_target_is_evidence_against():
    found = _with_confidence(event(actor="e1", target="e1"), ("verb",), False, False, {}, set(), {"e1"})
    assert "self-directed" in found.evidence
    assert explain("self-directed") in lowered_by("event", found.evidence)


def test_what_kind_of_entity_each_participant_is_is_evidence():
    kinds = {"e1": "PERSON", "e2": "GPE"}
    found = _with_confidence(event(actor="e1", target="e2"), ("verb",), False, False, kinds, set(), {"e2"})
    assert {"actor-is-PERSON", "target-is-GPE"} <= set(found.evidence)


def test_a_second_event_of_one_type_with_a_party_in_common_is_a_repeat():
    first = event(id="a/e1", actor="e1")
    second = event(id="a/e2", actor="e1", target="e3")
    elsewhere = event(id="b/e1", article="b", actor="e1")
    other_type = event(id="a/e3", type="ACCUSE", actor="e1")
    assert _repeats([first, second, elsewhere, other_type]) == {"a/e2"}
