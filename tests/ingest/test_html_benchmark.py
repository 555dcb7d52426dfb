"""HTML ingestion keeps its score on the article-extraction benchmark (the first 20 pages, in id order).

The scorer is ``eval/html_extraction.py``; the data is read from the ``shared`` folder beside the
repository and the test skips where it is absent. Floor: sitroom's read stage F1 >= 0.93 on these
pages (0.966 over all 181, against trafilatura alone at 0.960). A floor may be raised when the score
rises; it is never lowered to make a change pass.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
DATA = SHARED / "data" / "article-extraction"
FLOOR = 0.93


def _scorer():  # type: ignore[no-untyped-def]
    name = "sitroom_eval_html_extraction"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, REPO / "eval" / "html_extraction.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.mark.skipif(not (DATA / "ground-truth.json").is_file(), reason=f"no benchmark data under {DATA}")
def test_read_stage_f1_on_first_20_pages() -> None:
    figures = _scorer().evaluate(SHARED, limit=20, processes=1)
    assert figures["pages"] == 20
    assert figures["sitroom"]["f1"] >= FLOOR, figures


@pytest.mark.parametrize(
    ("true", "pred", "expected"),
    [
        ("one two three four five", "one two three four five", (1.0, 0.0, 0.0)),
        ("one two three four five", "", (0.0, 0.0, 1.0)),
        ("", "one two three four", (0.0, 1.0, 0.0)),
        ("", "", (0.0, 0.0, 0.0)),
        # shingles of four tokens: one of two predicted shingles is right, one true shingle is missed
        ("a b c d e", "a b c d x", (1 / 3, 1 / 3, 1 / 3)),
        # tokens are \w+ runs and keep their case
        ("One, two; three - four!", "one two three four", (0.0, 0.5, 0.5)),
        # a text shorter than four tokens is one short shingle
        ("a b", "a b", (1.0, 0.0, 0.0)),
    ],
)
def test_shingle_matching_follows_the_benchmark(true: str, pred: str, expected: tuple[float, ...]) -> None:
    assert _scorer().shingle_match(true, pred) == pytest.approx(expected)


def test_empty_output_lowers_recall_only() -> None:
    scorer = _scorer()
    counts = [scorer.shingle_match("a b c d e", "a b c d e"), scorer.shingle_match("a b c d e", "")]
    assert scorer.scores(counts) == pytest.approx({"precision": 1.0, "recall": 0.5, "f1": 2 / 3})


def test_missing_data_is_skipped_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scorer = _scorer()
    assert scorer.evaluate(tmp_path) is None
    assert scorer.main(["--shared", str(tmp_path)]) == 0
    assert "skipped" in capsys.readouterr().out
