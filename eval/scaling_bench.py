"""How the corpus stages grow with the archive: time and memory of linking, clustering, assembling and
rendering the brief of the first N articles of a store, for several N.

The articles are the archive bench's synthetic ones (:mod:`eval.archive_bench`: real sentences of
``../shared/data`` recombined, seed 2026), parsed once into a store by ``sitroom add``; give an existing
store of them with ``--store`` to skip that. Each size is measured in a fresh process (so peak memory is
that size's own): the first N stored articles and their extractions are read, then each corpus stage runs
once, as :func:`sitroom.api.corpus_brief` runs them for ``sitroom brief``, the stories clustered in that
process as a one-shot brief clusters them (a store clusters each article as it is added). Cost that grows
about linearly shows as a flat "seconds per 1,000 articles" column.

``python -m eval.scaling_bench [--shared ../shared] [--out docs/performance.md] [--sizes 1000,5000,20000]
[--store PATH]``; ``make bench`` runs it and it replaces its own section of the page.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from eval.archive_bench import SEED, _jsonl, sentences, synthetic
from eval.bench import default_shared, load_bodies, with_section
from sitroom.link.clustering import CANDIDATES, CENTROID_SIZE

HEADING = "## Corpus stages at scale"
_REPO = Path(__file__).resolve().parents[1]
SIZES = (1000, 5000, 20000)
STAGES = (
    "read",
    "entities",
    "quotes, figures, times",
    "comparisons",
    "events",
    "stories",
    "assemble",
    "render",
)


def measure(store: Path, size: int) -> dict[str, Any]:
    """Seconds per stage and peak memory for the brief of the first ``size`` articles of ``store``."""
    from sitroom.assemble import assemble_brief
    from sitroom.link import (
        build_stories,
        compare,
        link_entities,
        link_events,
        link_figures,
        link_quotes,
        link_times,
    )
    from sitroom.render import render
    from sitroom.store import Store

    seconds: dict[str, float] = {}

    def timed(stage: str, work: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        result = work()
        seconds[stage] = seconds.get(stage, 0.0) + time.perf_counter() - start
        return result

    with Store(store, create=False) as archive:
        first = [key for key, _ in archive.articles()[:size]]  # which they are, untimed
        rows = timed("read", lambda: archive.articles(first))
        keys = [key for key, article in rows if article.analysable]
        stored = timed("read", lambda: archive.extractions(keys))
    articles = [article for _, article in rows]
    extractions = [stored[key] for key in keys]

    linked = timed("entities", lambda: link_entities(articles, extractions))
    quotes = timed("quotes, figures, times", lambda: link_quotes(articles, extractions, linked))
    figures = timed("quotes, figures, times", lambda: link_figures(articles, extractions, linked))
    times = timed("quotes, figures, times", lambda: link_times(articles, extractions))
    comparisons = timed("comparisons", lambda: compare(articles, extractions, figures, times))
    events = timed("events", lambda: link_events(articles, extractions, linked, times))
    stories = timed("stories", lambda: build_stories(articles, extractions, events, times))
    brief = timed(
        "assemble",
        lambda: assemble_brief(
            articles,
            linked,
            quotes=quotes,
            figures=figures,
            times=times,
            comparisons=comparisons,
            events=events,
            stories=stories,
            failures=(),
            model=None,
        ),
    )
    timed("render", lambda: render(brief, "json"))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return {"articles": len(rows), "seconds": seconds, "peak_bytes": peak, "stories": len(stories)}


def build_store(shared: Path, size: int, store: Path) -> None:
    """A store of the first ``size`` synthetic articles (the archive bench's, same seed), via ``add``."""
    records = synthetic(sentences(shared), size, SEED, "synthetic")
    source = _jsonl(records, store.with_suffix(".jsonl"))
    command = [str(Path(sys.executable).parent / "sitroom"), "add", str(source), "--store", str(store), "-q"]
    command += ["--max-bytes", str(source.stat().st_size)]  # one file of them all, past the default cap
    if subprocess.run(command, check=False).returncode != 0:
        raise SystemExit(f"scaling bench: could not build {store}")


def run(store: Path, sizes: Sequence[int]) -> list[dict[str, Any]]:
    results = []
    for size in sizes:
        command = [sys.executable, "-m", "eval.scaling_bench", "--measure", str(size), "--store", str(store)]
        done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=_REPO)
        if done.returncode != 0:
            raise SystemExit(f"scaling bench: size {size} failed:\n{done.stderr}")
        results.append(json.loads(done.stdout))
    return results


def report(results: list[dict[str, Any]]) -> str:
    """The results as a Markdown section of their own."""
    lines = [
        HEADING,
        "",
        "Written by `python -m eval.scaling_bench` (see its docstring): the corpus stages of the brief of "
        "the first N articles of a store of synthetic articles (real sentences of `../shared/data` "
        "recombined, 8-16 per article, dated across 2024, as for the archive), each size in its own "
        "process, each stage run once; the parse is not in it (it is per article, measured above).",
        "",
        "| articles | " + " | ".join(STAGES) + " | total (s) | s per 1,000 articles | peak RSS (MiB) |",
        "|---:|" + "---:|" * (len(STAGES) + 3),
    ]
    for result in results:
        seconds = result["seconds"]
        total = sum(seconds.values())
        cells = " | ".join(f"{seconds.get(stage, 0.0):.2f}" for stage in STAGES)
        lines.append(
            f"| {result['articles']:,} | {cells} | {total:.2f} | {total / result['articles'] * 1000:.2f} | "
            f"{result['peak_bytes'] / 2**20:.0f} |"
        )
    first, last = results[0], results[-1]
    growth = sum(last["seconds"].values()) / sum(first["seconds"].values())
    more = last["articles"] / first["articles"]
    lines += [
        "",
        f"From {first['articles']:,} to {last['articles']:,} articles ({more:.0f}× as many) the corpus "
        f"stages took {growth:.1f}× as long.",
        "",
        "No stage compares every pair of articles: each finds what to compare through an index. The stories "
        "stage clusters online, and each article is scored in full against at most "
        f"{CANDIDATES} live stories of at most {sum(CENTROID_SIZE.values())} keys, so its cost per article "
        "rises while the stories kept live fill that bound (the synthetic articles are dated across one "
        "year, so more of them means more stories live at once) and stays under it after. The other stages "
        "grow with what shares an index key (a party, a word, a name), which grows with how much the "
        "articles repeat each other.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.scaling_bench", description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=default_shared(), help="the shared data folder")
    parser.add_argument("--out", type=Path, help="replace this page's scaling section")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="comma-separated article counts")
    parser.add_argument("--store", type=Path, help="a store of the synthetic articles (else one is built)")
    parser.add_argument("--measure", type=int, help=argparse.SUPPRESS)  # one size, in a fresh process
    args = parser.parse_args(argv)
    if args.measure is not None:
        print(json.dumps(measure(args.store, args.measure)))
        return 0
    sizes = sorted(int(size) for size in args.sizes.split(","))
    if args.store is None and load_bodies(args.shared) is None:
        print(f"scaling bench: skipped: no article bodies under {args.shared}", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory(prefix="sitroom-scaling-") as tmp:
        store = args.store or Path(tmp) / "scaling.db"
        if args.store is None:
            build_store(args.shared, sizes[-1], store)
        results = run(store, sizes)
    text = report(results)
    print(text, end="")
    if args.out is not None:
        args.out.write_text(with_section(args.out, HEADING, text), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
