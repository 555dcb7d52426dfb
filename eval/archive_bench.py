"""Speed and size of the archive: ``sitroom add`` on a 5,000-article store, and what a store then costs.

There are not 5,000 distinct real articles in ``../shared/data``, so they are made: each synthetic article
recombines 8 to 16 sentences drawn (seeded) from the real bodies of the article-extraction benchmark and
WikiRef220, every sentence from a different body, in paragraphs of three, with an invented outlet and a
date in 2024. Any two share at most a sentence or two, so none is a copy of another, and they are about
nothing in particular, so story clustering mostly leaves them alone: these figures are about speed and
size, not quality. The sentences are read at run time and the articles written to a temporary folder.

Measured, each as a whole ``sitroom`` process: ``add`` of the 5,000 (articles/s), ``add`` of 10 more to the
full store (against the first add: the ratio says what incremental adding saves over re-running the
store), ``stories``, ``brief --store --story`` of the largest story, and the store's size per article.

``python -m eval.archive_bench [--shared ../shared] [--out docs/performance.md] [--articles N]``;
``make bench`` runs it after ``eval.bench`` and it replaces its own section of the page.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from eval.bench import default_shared, load_bodies, with_section

HEADING = "## The archive"
ARTICLES = 5000
MORE = 10
SEED = 2026
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_OUTLETS = tuple(
    f"The {place} {kind}"
    for place in ("Northern", "Harbour", "Valley", "Capital")
    for kind in ("Post", "Courier", "Wire")
)


@dataclass(frozen=True, slots=True)
class ArchiveBench:
    articles: int
    add_seconds: float
    more: int
    more_seconds: float
    stories_seconds: float
    story_seconds: float
    story_articles: int
    stories: int
    store_bytes: int
    sentences: int


def sentences(shared: Path) -> list[str]:
    """Every sentence of 40 to 300 characters in the real bodies, with the body it came from."""
    bodies = list((load_bodies(shared) or {}).values())
    bodies += [
        p.read_text(encoding="utf-8", errors="replace")
        for p in sorted((shared / "data" / "wikiref220" / "docs").glob("*.txt"))
    ]
    return [
        f"{n}\t{s.strip()}"
        for n, body in enumerate(bodies)
        for s in _SENTENCE.split(body)
        if 40 <= len(s.strip()) <= 300 and "\n" not in s.strip()
    ]


def synthetic(pool: list[str], count: int, seed: int, prefix: str) -> list[dict]:
    """``count`` articles of sentences drawn from ``pool``, no two sentences from one body."""
    rng = random.Random(seed)
    articles = []
    for n in range(count):
        chosen: dict[str, str] = {}
        while len(chosen) < rng.randint(8, 16):
            body, sentence = rng.choice(pool).split("\t", 1)
            chosen.setdefault(body, sentence)
        picked = list(chosen.values())
        paragraphs = ["\n".join(picked[i : i + 3]) for i in range(0, len(picked), 3)]
        articles.append(
            {
                "id": f"{prefix}-{n:05}",
                "title": " ".join(picked[0].split()[:8]),
                "text": "\n\n".join(paragraphs),
                "outlet": rng.choice(_OUTLETS),
                "published": f"2024-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}",
            }
        )
    return articles


def run(shared: Path, scratch: Path, count: int) -> ArchiveBench:
    pool = sentences(shared)
    first = _jsonl(synthetic(pool, count, SEED, "synthetic"), scratch / "archive.jsonl")
    more = _jsonl(synthetic(pool, MORE, SEED + 1, "later"), scratch / "later.jsonl")
    store = scratch / "bench.db"
    add_seconds = _timed(["add", str(first), "--store", str(store), "--quiet"])
    more_seconds = _timed(["add", str(more), "--store", str(store), "--quiet"])
    stories_seconds = _timed(["stories", "--store", str(store), "--format", "json"])
    listed = json.loads(_output(["stories", "--store", str(store), "--format", "json"]))
    largest = max(listed, key=lambda story: len(story["articles"]))
    story_seconds = _timed(["brief", "--store", str(store), "--story", largest["id"], "-q"])
    with sqlite3.connect(store) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return ArchiveBench(
        articles=count,
        add_seconds=add_seconds,
        more=MORE,
        more_seconds=more_seconds,
        stories_seconds=stories_seconds,
        story_seconds=story_seconds,
        story_articles=len(largest["articles"]),
        stories=len(listed),
        store_bytes=store.stat().st_size,
        sentences=len(pool),
    )


def report(bench: ArchiveBench) -> str:
    per_article = bench.store_bytes / (bench.articles + bench.more)
    return (
        f"{HEADING}\n\n"
        f"Written by `python -m eval.archive_bench` (`make bench`). {bench.articles:,} synthetic articles, "
        f"each 8 to 16 sentences drawn (seed {SEED}) from {bench.sentences:,} sentences of the real bodies "
        "in `../shared/data` (article-extraction benchmark and WikiRef220), no two from one body, so none "
        "copies another; each command is a whole `sitroom` process, model loading included.\n\n"
        "| | figure |\n|---|---:|\n"
        f"| `add` of {bench.articles:,} articles to an empty store | {bench.add_seconds:.1f} s "
        f"({bench.articles / bench.add_seconds:.1f} articles/s) |\n"
        f"| `add` of {bench.more} more to that store | {bench.more_seconds:.1f} s |\n"
        f"| re-running the whole store / adding {bench.more} | "
        f"{bench.add_seconds / bench.more_seconds:.0f}× |\n"
        f"| `stories` ({bench.stories:,} stories) | {bench.stories_seconds:.1f} s |\n"
        f"| `brief --store --story` of the largest story ({bench.story_articles} articles) | "
        f"{bench.story_seconds:.1f} s |\n"
        f"| store size | {bench.store_bytes / 2**20:.1f} MiB ({per_article / 1024:.1f} KiB per article) |\n"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.archive_bench", description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=default_shared(), help="the shared data folder")
    parser.add_argument("--out", type=Path, help="replace this page's archive section")
    parser.add_argument("--articles", type=int, default=ARTICLES, help=f"store size (default {ARTICLES})")
    args = parser.parse_args(argv)
    if load_bodies(args.shared) is None:
        print(f"archive bench: skipped: no article bodies under {args.shared}", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory(prefix="sitroom-archive-") as tmp:
        text = report(run(args.shared, Path(tmp), args.articles))
    print(text, end="")
    if args.out is not None:
        args.out.write_text(with_section(args.out, HEADING, text), encoding="utf-8")
    return 0


def _jsonl(records: list[dict], path: Path) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _command(args: list[str]) -> list[str]:
    return [str(Path(sys.executable).parent / "sitroom"), *args]


def _timed(args: list[str]) -> float:
    start = time.perf_counter()
    _output(args)
    return time.perf_counter() - start


def _output(args: list[str]) -> str:
    import subprocess

    done = subprocess.run(_command(args), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"archive bench: {' '.join(args)} failed:\n{done.stderr}")
    return done.stdout


if __name__ == "__main__":
    raise SystemExit(main())
