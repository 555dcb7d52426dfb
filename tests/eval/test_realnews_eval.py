"""The real-news scorer maps gold offsets onto the brief's cleaned text, matches events and quotations as
it says, compares names leniently but not loosely; the gold files hold offsets and labels only; the slow
test holds sitroom's real-news figures to their floors.

The scorer is ``eval/realnews.py``; the gold is ``eval/gold/realnews/``. The slow test reads the shared
folder beside the repository and skips where it is absent.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import pytest

from sitroom.lexicons import table
from sitroom.types import Article, Brief, Entity, Event, Mention, Meta, Quote

# Floors for the real-news figures (keys of ``eval.realnews.headline``): each the score rounded down to the
# nearest 0.05, raised with the change that lifts it and never lowered to make a change pass (lowering one
# needs its own commit saying why). The test split is never tuned on; the dev split is. A figure that sat on
# a multiple of 0.05 has its floor one step below it: one event more or less on the test split moves a
# figure by about 0.005, and a floor at the very score fails on that noise.
FLOORS = {
    "test.asserted.precision": 0.9,
    "test.asserted.recall": 0.01,
    "test.asserted.fully_right_precision": 0.45,
    "test.events.precision": 0.55,
    "test.events.recall": 0.45,
    "test.events.fully_right": 0.3,
    "test.quotes.f1": 0.85,
    "test.quotes.pair_f1": 0.8,
    "test.quotes.named_speaker_accuracy": 0.9,
    "dev.asserted.precision": 0.9,
    "dev.asserted.recall": 0.05,
    "dev.asserted.fully_right_precision": 0.8,
    "dev.events.precision": 0.55,
    "dev.events.recall": 0.55,
    "dev.events.fully_right": 0.45,
    "dev.quotes.f1": 0.9,
    "dev.quotes.pair_f1": 0.85,
    "dev.quotes.named_speaker_accuracy": 0.95,
}

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
realnews = importlib.import_module("eval.realnews")

TYPES = {row[0] for row in table("plover_types.tsv", 1)}
STATUSES = {"occurred", "ongoing", "planned", "threatened", "hypothetical", "negated", "alleged"}


def test_the_aligner_follows_lines_the_reader_keeps_and_drops_the_rest():
    source = "A Headline\n\nPolice fired  at protesters.\nIt rained."
    target = "Police fired  at protesters.\n\nIt rained."
    aligner = realnews.Aligner(source, target)
    police = source.index("Police")
    assert aligner.span((police, police + 6)) == (0, 6)
    assert aligner.span((0, 10)) is None  # the headline became the title
    rained = source.index("rained")
    assert target[slice(*aligner.span((rained, rained + 6)))] == "rained"


@pytest.mark.parametrize(
    ("gold", "ours", "same"),
    [
        ("Mark Esper", "Esper", True),
        ("Rep. Patrick W. Carlineo Jr.", "Pat Carlineo", True),
        ("Customs and Border Protection", "CBP", True),
        ("the Church of Scientology", "Church of Scientology", True),
        ("Mike Pompeo", "Washington", False),
        ("Tim Morrison", "Alexander Vindman", False),
        ("United Nations", "UK", False),
    ],
)
def test_names_match_by_their_variants_not_by_chance(gold, ours, same):
    assert realnews.same_name(gold, ours) is same


TEXT = "Police fired at protesters. Lavrov said the talks were useful."


def at(phrase: str) -> list[int]:
    start = TEXT.index(phrase)
    return [start, start + len(phrase)]


def corpus_and_brief(events: tuple[Event, ...], quotes: tuple[Quote, ...]):  # type: ignore[no-untyped-def]
    article = realnews.RealArticle("a", "test", "test", TEXT, None)
    entities = (
        Entity("e-police", "police", "GROUP"),
        Entity("e-protesters", "protesters", "GROUP"),
        Entity("e-lavrov", "Sergei Lavrov", "PERSON", aliases=("Lavrov",)),
    )
    mentions = (
        Mention("e-police", "a", *at("Police")),
        Mention("e-protesters", "a", *at("protesters")),
        Mention("e-lavrov", "a", *at("Lavrov")),
    )
    brief = Brief(
        Meta("0", None),
        articles=(Article("a", "a", TEXT),),
        entities=entities,
        mentions=mentions,
        events=events,
        quotes=quotes,
    )
    return realnews._Corpus.of(brief, [article]), brief


def event(phrase: str, type_: str, **fields: object) -> Event:
    empty = dict.fromkeys(("mode", "actor", "actor_for", "target", "target_for", "place", "time"))
    return Event(f"a/{phrase}", "a", *at(phrase), phrase, type_, status="occurred", **{**empty, **fields})  # type: ignore[arg-type]


def gold_event(phrase: str, type_: str, actor: str | None, target: str | None) -> dict:
    return {
        "article": "a",
        "trigger": at(phrase),
        "type": type_,
        "mode": None,
        "status": "occurred",
        "actor": at(actor) if actor else None,
        "actor_for": None,
        "target": at(target) if target else None,
        "target_for": None,
        "in_quote": False,
    }


def test_an_event_is_found_by_its_trigger_and_fully_right_only_when_every_field_agrees():
    events = (
        event("fired", "ASSAULT", actor="e-police", target="e-protesters"),
        event("talks", "CONSULT", actor="e-lavrov"),
    )
    corpus, _ = corpus_and_brief(events, ())
    gold = [
        gold_event("fired", "ASSAULT", "Police", "protesters"),
        gold_event("talks", "CONSULT", None, None),
    ]
    figures = realnews.score_events(corpus, gold, events)
    assert (figures["found"], figures["precision"], figures["recall"]) == (2, 1.0, 1.0)
    assert figures["fully_right"] == 0.5  # the talks have no actor in the gold
    assert figures["agreement"]["actor"] == 0.5


def test_a_quotation_needs_its_span_and_its_speaker():
    said = "the talks were useful"
    quotes = (Quote("a/q1", "a", *at(said), said, "indirect", speaker="e-lavrov"),)
    corpus, _ = corpus_and_brief((), quotes)
    gold = [
        {
            "article": "a",
            "span": at(said),
            "parts": None,
            "kind": "indirect",
            "speaker": at("Lavrov"),
            "speaker_words": at("Lavrov"),
            "cue": at("said"),
        }
    ]
    figures = realnews.score_quotes(corpus, gold, quotes)
    assert (figures["f1"], figures["pair_f1"], figures["named_speaker_accuracy"]) == (1.0, 1.0, 1.0)
    anonymous = [{**gold[0], "speaker": None}]
    assert realnews.score_quotes(corpus, anonymous, quotes)["pair_f1"] == 0.0


def test_the_gold_holds_offsets_and_labels_only():
    folder = realnews.GOLD
    articles = json.loads((folder / "articles.json").read_text(encoding="utf-8"))
    ids = {a["id"] for a in articles}
    assert len(ids) == 88 and sum(a["split"] == "test" for a in articles) == 25
    events, quotes = realnews.load_gold()
    for entry in events:
        assert entry["article"] in ids and entry["type"] in TYPES and entry["status"] in STATUSES
        assert all(
            entry[k] is None or len(entry[k]) == 2 for k in ("actor", "actor_for", "target", "target_for")
        )
    for entry in quotes:
        assert entry["article"] in ids and entry["kind"] in ("direct", "partial", "indirect")
        assert all(isinstance(v, (int, list, type(None), str)) for v in entry.values())
    words = {key for entry in events + quotes for key in entry}
    assert "text" not in words  # offsets, never the articles' words


def below_floor(scores: dict[str, float]) -> dict[str, tuple[float, float]]:
    return {
        key: (round(scores[key], 3), floor)
        for key, floor in FLOORS.items()
        if key in scores and scores[key] < floor
    }


@pytest.mark.slow
@pytest.mark.skipif(
    not (SHARED / "data" / "article-extraction" / "ground-truth.json").is_file(),
    reason=f"no article-extraction data under {SHARED}",
)
def test_real_news_meets_every_floor():
    figures = realnews.evaluate(SHARED)
    assert figures is not None
    assert figures["articles"] == {"test": 25, "dev": 63, "all": 88}
    below = below_floor(realnews.headline(figures))
    assert not below, f"below the floor (score, floor): {below}"
