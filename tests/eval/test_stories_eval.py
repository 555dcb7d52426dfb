"""The story-clustering scorer counts B-cubed and pairwise figures as their definitions say and splits
WikiRef220 the same way every time; the slow tests hold sitroom's WikiRef220 figures to their floors and
check that feeding the clusterer one article at a time through its saved state changes nothing.

The scorer is ``eval/stories.py``. The slow tests read the shared folder beside the repository and skip
where it is absent; the corpus is read and extracted once for the module.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from sitroom.types import Article

# Floors for the WikiRef220 figures (``eval.stories``, all 220 articles): each the score less 0.01, rounded
# down to two places, raised with the change that lifts it and never lowered to make a change pass
# (lowering one needs its own commit saying why). Last raised when the bag weights were learned (batch
# 0.928 / pairwise 0.943, stream mean 0.919 / 0.921). The worst stream order sits at 0.904, too near 0.90
# for a floor one article's move would break, so its floors stay at 0.85.
FLOORS = {
    "batch.bcubed_f1": 0.91,
    "batch.pairwise_f1": 0.93,
    "stream_mean.bcubed_f1": 0.9,
    "stream_mean.pairwise_f1": 0.91,
    "stream_worst.bcubed_f1": 0.85,
    "stream_worst.pairwise_f1": 0.85,
}

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
stories = importlib.import_module("eval.stories")


def test_a_perfect_clustering_scores_one_everywhere() -> None:
    figures = stories.scores(["x", "x", "y"], ["a", "a", "b"])
    assert set(figures.values()) == {1.0}


def test_one_story_for_everything_has_full_recall_and_diluted_precision() -> None:
    figures = stories.scores(["x", "x", "x", "x"], ["a", "a", "a", "b"])
    assert figures["bcubed_recall"] == figures["pairwise_recall"] == 1.0
    assert figures["bcubed_precision"] == pytest.approx((3 * 3 / 4 + 1 / 4) / 4)
    assert figures["pairwise_precision"] == pytest.approx(3 / 6)


def test_every_article_alone_has_full_precision_and_recall_one_over_the_topic() -> None:
    figures = stories.scores(["w", "x", "y", "z"], ["a", "a", "b", "b"])
    assert figures["bcubed_precision"] == figures["pairwise_precision"] == 1.0
    assert figures["bcubed_recall"] == pytest.approx(0.5)
    assert figures["pairwise_recall"] == 0.0


def test_a_file_name_gives_its_topic() -> None:
    assert stories.topic_of("/data/docs/michelle.obama.12.txt") == "michelle.obama"
    assert stories.topic_of("NBA.draft.2.txt") == "NBA.draft"


def test_the_halves_split_every_topic_and_are_the_same_each_time() -> None:
    articles = [Article(f"{t}{n}", f"{t}.{n}.txt", "x") for t in ("a", "b") for n in range(5)]
    articles.append(Article("c0", "c.0.txt", "x"))
    topics = {a.id: stories.topic_of(a.source) for a in articles}
    tuning, held_out = stories.split(articles, topics)
    assert [len([a for a in tuning if topics[a.id] == t]) for t in ("a", "b")] == [3, 3]
    assert len(tuning) + len(held_out) == len(articles)
    assert stories.split(articles, topics) == (tuning, held_out)


@pytest.fixture(scope="module")
def corpus():  # type: ignore[no-untyped-def]
    found = stories.read_corpus(SHARED)
    if found is None:
        pytest.skip(f"no WikiRef220 under {SHARED}")
    return found


needs_wikiref = pytest.mark.skipif(
    not (SHARED / stories.DOCS).is_dir(), reason=f"no WikiRef220 under {SHARED}"
)


@pytest.mark.slow
@needs_wikiref
def test_wikiref220_stories_meet_every_floor(corpus) -> None:  # type: ignore[no-untyped-def]
    figures = stories.orders(list(corpus.articles), corpus)
    scores = {f"{order}.{key}": value for order, found in figures.items() for key, value in found.items()}
    below = {k: (round(scores[k], 3), floor) for k, floor in FLOORS.items() if scores[k] < floor}
    assert not below, f"below the floor (score, floor): {below}"


@pytest.mark.slow
@needs_wikiref
def test_wikiref220_fed_one_at_a_time_through_saved_state_is_clustered_as_all_at_once(corpus) -> None:  # type: ignore[no-untyped-def]
    agreement = stories.agreement(corpus.articles, corpus.extractions)
    assert agreement["identical"], agreement
