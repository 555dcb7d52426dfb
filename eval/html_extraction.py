"""HTML ingestion scored on the article-extraction benchmark, beside trafilatura alone.

The data is scrapinghub's article-extraction-benchmark (181 real pages, ``html/<id>.html.gz``, and
``ground-truth.json`` ``{id: {articleBody, url}}``), read from ``../shared/data/article-extraction``.
The metric is the benchmark's own (its ``evaluate.py``): the body is tokenised as ``\\w+`` runs (case
kept), cut into 4-token shingles counted as a multiset; per page, true/false positives and false
negatives are the shingle-count overlaps, normalised by their sum so every page weighs the same;
precision is averaged over the pages where something was predicted, recall over the pages whose truth
is not empty (an empty output therefore lowers recall only), and F1 is taken from those two means.

Two systems are scored in the same run: trafilatura alone, called as the benchmark's own baseline does
(``trafilatura.extract(html, include_comments=False)`` on the page decoded as UTF-8; its published F1 is
about 0.958), and sitroom's whole read stage (the ``text`` of the article that ``read_articles`` makes
of the ``.html.gz`` file, or an empty string when it reports the page as failed).

Run ``python eval/html_extraction.py [--shared ../shared] [--limit N]`` for a Markdown table.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import time
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

DATA = Path("data") / "article-extraction"
SHINGLE = 4
_TOKEN = re.compile(r"\w+")

TpFpFn = tuple[float, float, float]


def default_shared() -> Path:
    """The shared folder beside the repository (``../shared`` seen from the repo root)."""
    return Path(__file__).resolve().parents[1].parent / "shared"


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """The multiset of ``n``-token shingles; a text shorter than ``n`` tokens is one short shingle."""
    tokens = _TOKEN.findall(text or "")
    found = (tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))
    return Counter(shingle for shingle in found if shingle)


def shingle_match(true: str, pred: str) -> TpFpFn:
    """True positives, false positives and false negatives over shingles, normalised to sum to 1."""
    expected, found = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for key in expected.keys() | found.keys():
        tp += min(expected[key], found[key])
        fp += max(0, found[key] - expected[key])
        fn += max(0, expected[key] - found[key])
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (tp, fp, fn)


def scores(counts: list[TpFpFn]) -> dict[str, float]:
    """Mean precision and recall over pages, as the benchmark averages them, and their F1."""
    precision = statistics.mean(_precision(*c) for c in counts if c[0] + c[1] > 0)
    recall = statistics.mean(_recall(*c) for c in counts if c[0] + c[2] > 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def trafilatura_body(path: Path) -> str:
    """The benchmark's trafilatura baseline for one ``.html.gz`` page."""
    import trafilatura

    with gzip.open(path, "rt", encoding="utf8") as handle:
        html = handle.read()
    return trafilatura.extract(html, include_comments=False) or ""


def sitroom_body(path: Path) -> str:
    """The article text sitroom's read stage makes of one ``.html.gz`` page ("" when it fails)."""
    from sitroom.ingest import read_articles
    from sitroom.options import Options

    result = read_articles([str(path)], options=Options())
    return result.articles[0].text if result.articles else ""


def _score_page(job: tuple[Path, str]) -> tuple[TpFpFn, TpFpFn]:
    path, truth = job
    return shingle_match(truth, trafilatura_body(path)), shingle_match(truth, sitroom_body(path))


def evaluate(shared: Path, *, limit: int | None = None, processes: int = 2) -> dict | None:
    """Score trafilatura alone and sitroom's read stage on the benchmark pages under ``shared``.

    ``limit`` takes the first pages in id order. Returns ``{"pages", "seconds", "trafilatura":
    {precision, recall, f1}, "sitroom": {...}}``, or None when the data folder is absent.
    """
    folder = Path(shared) / DATA
    truth_file = folder / "ground-truth.json"
    if not truth_file.is_file():
        return None
    truth = json.loads(truth_file.read_text(encoding="utf8"))
    ids = sorted(truth)[:limit]
    jobs = [(folder / "html" / f"{page}.html.gz", truth[page].get("articleBody", "")) for page in ids]
    started = time.perf_counter()
    if processes > 1:
        with Pool(processes) as pool:
            pairs = pool.map(_score_page, jobs, chunksize=4)
    else:
        pairs = [_score_page(job) for job in jobs]
    return {
        "pages": len(jobs),
        "seconds": round(time.perf_counter() - started, 1),
        "trafilatura": scores([pair[0] for pair in pairs]),
        "sitroom": scores([pair[1] for pair in pairs]),
    }


def markdown(figures: dict) -> str:
    """The figures as a Markdown table, one row per system."""
    rows = [
        "| system | precision | recall | F1 |",
        "|---|---|---|---|",
    ]
    for name, label in (
        ("trafilatura", "trafilatura alone (benchmark baseline)"),
        ("sitroom", "sitroom read stage"),
    ):
        row = figures[name]
        rows.append(f"| {label} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} |")
    note = (
        f"\nArticle-extraction benchmark (scrapinghub), {figures['pages']} pages, shingle (4-gram) "
        f"precision/recall averaged per page; {figures['seconds']} s. Published anchor: trafilatura F1 0.958."
    )
    return "\n".join(rows) + "\n" + note


def main(argv: list[str] | None = None) -> int:
    """Print the Markdown table, or a notice when the benchmark data is not there."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=default_shared(), help="the shared folder (../shared)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    parser.add_argument("--processes", type=int, default=2, help="worker processes (default 2)")
    args = parser.parse_args(argv)
    figures = evaluate(args.shared, limit=args.limit, processes=args.processes)
    if figures is None:
        print(f"skipped: no article-extraction data under {args.shared / DATA}")
        return 0
    print(markdown(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
