"""Speed: a full ``sitroom brief`` beside a bare spaCy parse of the same texts, both as whole processes.

The texts are the 181 article bodies (``articleBody``) of scrapinghub's article-extraction benchmark,
read from ``../shared/data/article-extraction/ground-truth.json`` and written once to a temporary JSON
Lines file of ``{"id", "text"}`` records. Two commands are timed on that file, each in a fresh process:

- **A**: ``sitroom brief <texts.jsonl> -o <tmp>/brief.json --quiet``, the console script installed beside
  this Python, so the whole pipeline with its default worker count;
- **B**: ``python -c`` loading the same spaCy pipeline (full, nothing disabled), reading the same texts
  from the same file and running ``nlp.pipe(texts, n_process=os.cpu_count(), batch_size=16)``.

They run alternately, A B A B ...: one warm-up pair that is not counted, then ``--runs`` pairs (5 by
default). The figures are medians over the pairs; the ratio is the median of the per-pair ratios A/B.
Peak memory is ``ru_maxrss`` of the child as GNU ``time -v`` reports it (``os.wait4`` where that is
missing): the largest single process among the child and its waited-for workers, not their sum. A is
also run once with ``--processes 1`` so the gain from worker processes shows.

``--profile`` instead times sitroom's stages in one process (``n_process=1``) over the same bodies:
read, parse, extract, link, assemble and render, plus the sitroom functions that take the most time
beyond the parse (under ``cProfile``, a second pass, so the stage times stay unprofiled).

Run ``python -m eval.bench [--shared ../shared] [--out docs/performance.md] [--runs N] [--profile]``;
``make bench`` writes ``docs/performance.md``, and ``--profile --out`` appends (or replaces) its own
section there. Without the data it prints why and exits 0, leaving the file untouched.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

DATA = Path("data") / "article-extraction"
RUNS = 5
BATCH_SIZE = 16
# The speed target for the ratio A/B with every extractor in (the issues allow 1.5 once they land).
TARGET = 1.5
PROFILE_HEADING = "## Per-stage profile"
HOT_FUNCTIONS = 10

_GNU_TIME = Path("/usr/bin/time")
_MAXRSS = re.compile(r"Maximum resident set size \(kbytes\): (\d+)")

# B: the bare spaCy run. sitroom raises ``max_length`` for a long article, so the bare run does too.
_BARE = f"""\
import json, os, sys
import spacy
nlp = spacy.load(sys.argv[1])
with open(sys.argv[2], encoding="utf-8") as lines:
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
nlp.max_length = max([nlp.max_length, *(len(text) + 1 for text in texts)])
for doc in nlp.pipe(texts, n_process=os.cpu_count(), batch_size={BATCH_SIZE}):
    pass
"""


class BenchError(RuntimeError):
    """A timed command failed; the message holds the command and the end of its stderr."""


@dataclass(frozen=True, slots=True)
class Run:
    """One timed process: wall seconds from start to exit, and its peak RSS in KiB (None if unknown)."""

    seconds: float
    peak_kib: int | None


@dataclass(frozen=True, slots=True)
class Bench:
    """Everything one benchmark measured."""

    articles: int
    characters: int
    analysed: int | None
    workers: int | None
    pairs: tuple[tuple[Run, Run], ...]
    single: Run
    memory_source: str
    load: tuple[float, float] | None = None
    ray: Run | None = None

    @property
    def a_seconds(self) -> float:
        return statistics.median(a.seconds for a, _ in self.pairs)

    @property
    def b_seconds(self) -> float:
        return statistics.median(b.seconds for _, b in self.pairs)

    @property
    def ratio(self) -> float:
        """The median of the per-pair ratios A/B."""
        return statistics.median(a.seconds / b.seconds for a, b in self.pairs)

    def peak_mib(self, side: int) -> float | None:
        peaks = [pair[side].peak_kib for pair in self.pairs]
        if any(peak is None for peak in peaks):
            return None
        return statistics.median(peaks) / 1024  # type: ignore[type-var]


def default_shared() -> Path:
    """The shared folder beside the repository (``../shared`` seen from the repo root)."""
    return Path(__file__).resolve().parents[1].parent / "shared"


def load_bodies(shared: Path) -> dict[str, str] | None:
    """The non-empty article bodies by id (in id order), or None when the data is not there."""
    path = shared / DATA / "ground-truth.json"
    if not path.is_file():
        return None
    truth = json.loads(path.read_text(encoding="utf-8"))
    bodies = {key: str(truth[key].get("articleBody") or "") for key in sorted(truth)}
    return {key: body for key, body in bodies.items() if body.strip()}


def write_jsonl(bodies: dict[str, str], path: Path) -> Path:
    """Write ``bodies`` as JSON Lines ``{"id", "text"}`` records and return ``path``."""
    with path.open("w", encoding="utf-8") as out:
        for key, text in bodies.items():
            out.write(json.dumps({"id": key, "text": text}, ensure_ascii=False) + "\n")
    return path


def brief_command(
    jsonl: Path, output: Path, *, processes: int | None = None, engine: str | None = None
) -> list[str]:
    """Command A: the installed ``sitroom brief`` from this Python's environment."""
    script = Path(sys.executable).parent / ("sitroom.exe" if sys.platform == "win32" else "sitroom")
    if not script.is_file():
        raise BenchError(f"no sitroom console script at {script}; install sitroom in this environment")
    command = [str(script), "brief", str(jsonl), "-o", str(output), "--quiet"]
    if processes is not None:
        command += ["--processes", str(processes)]
    if engine is not None:
        command += ["--engine", engine]
    return command


def bare_command(jsonl: Path, model: str) -> list[str]:
    """Command B: a fresh Python that loads ``model`` and pipes the same texts through it."""
    return [sys.executable, "-c", _BARE, model, str(jsonl)]


def memory_source() -> str:
    """How peak memory is read on this machine."""
    if sys.platform.startswith("linux") and _GNU_TIME.is_file():
        return "GNU time -v"
    if hasattr(os, "wait4"):
        return "os.wait4"
    return "unavailable"


def measure(command: Sequence[str], scratch: Path) -> Run:
    """Run ``command`` to its end; its wall time and peak RSS. Raises :class:`BenchError` on failure."""
    source = memory_source()
    stderr_path = scratch / "stderr.txt"
    time_path = scratch / "time.txt"
    peak: int | None = None
    with stderr_path.open("wb") as stderr:
        if source == "GNU time -v":
            start = time.perf_counter()
            code = subprocess.run(
                [str(_GNU_TIME), "-v", "-o", str(time_path), *command],
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                check=False,
            ).returncode
            seconds = time.perf_counter() - start
            found = _MAXRSS.search(time_path.read_text(encoding="utf-8", errors="replace"))
            peak = int(found.group(1)) if found else None
        elif source == "os.wait4":
            start = time.perf_counter()
            process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr)
            _, status, usage = os.wait4(process.pid, 0)
            seconds = time.perf_counter() - start
            code = process.returncode = os.waitstatus_to_exitcode(status)
            # ru_maxrss is in KiB on Linux and the BSDs, in bytes on macOS.
            peak = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
        else:
            start = time.perf_counter()
            code = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=stderr, check=False).returncode
            seconds = time.perf_counter() - start
    if code != 0:
        tail = stderr_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-15:]
        raise BenchError(f"{_shown(command)} exited with {code}:\n" + "\n".join(tail))
    return Run(seconds=seconds, peak_kib=peak)


def run_bench(
    bodies: dict[str, str],
    scratch: Path,
    *,
    runs: int = RUNS,
    model: str | None = None,
    on_run: Callable[[str], None] | None = None,
) -> Bench:
    """Time A and B alternately over ``bodies`` (a warm-up pair, then ``runs`` pairs), then A alone
    with one process. ``scratch`` is a folder for the texts and the brief; ``on_run`` hears progress."""
    model = model or _default_model()
    say = on_run or (lambda _message: None)
    load_before = _load_average()
    jsonl = write_jsonl(bodies, scratch / "texts.jsonl")
    brief_json = scratch / "brief.json"
    a_command = brief_command(jsonl, brief_json)
    b_command = bare_command(jsonl, model)
    warm_a, warm_b = measure(a_command, scratch), measure(b_command, scratch)
    say(f"warm-up: A {warm_a.seconds:.1f} s, B {warm_b.seconds:.1f} s (not counted)")
    pairs = []
    for number in range(1, runs + 1):
        a, b = measure(a_command, scratch), measure(b_command, scratch)
        ratio = a.seconds / b.seconds
        say(f"pair {number}/{runs}: A {a.seconds:.1f} s, B {b.seconds:.1f} s, A/B {ratio:.2f}")
        pairs.append((a, b))
    analysed = _analysed(brief_json)
    single = measure(brief_command(jsonl, brief_json, processes=1), scratch)
    say(f"A with --processes 1: {single.seconds:.1f} s")
    ray = measure(brief_command(jsonl, brief_json, engine="ray"), scratch) if _has_ray() else None
    if ray is not None:
        say(f"A with --engine ray: {ray.seconds:.1f} s")
    return Bench(
        articles=len(bodies),
        characters=sum(len(text) for text in bodies.values()),
        analysed=analysed,
        workers=_workers(analysed),
        pairs=tuple(pairs),
        single=single,
        memory_source=memory_source(),
        load=None if load_before is None else (load_before, _load_average() or 0.0),
        ray=ray,
    )


def bench_report(bench: Bench, *, model: str | None = None) -> str:
    """The Markdown of ``docs/performance.md``: what was measured, the figures, the target."""
    model = model or _default_model()
    n = bench.articles
    analysed = (
        f"it analysed {bench.analysed} of the {n} (the others are not English, or repeat an article, "
        "and are kept unparsed)"
        if bench.analysed is not None
        else "how many it analysed was not readable from its brief"
    )
    workers = f"{bench.workers} worker processes" if bench.workers else "its default worker count"
    memory = {
        "GNU time -v": "`ru_maxrss` as GNU `time -v` reports it",
        "os.wait4": "`ru_maxrss` from `os.wait4`",
    }.get(bench.memory_source)
    memory_line = (
        f"- Peak memory: the median over the pairs of each run's maximum resident set size ({memory}): the "
        "largest single process among the command and its waited-for workers, not their sum (forked "
        "workers share much of their memory with the parent)."
        if memory
        else "- Peak memory: not measurable on this machine."
    )
    a_peak, b_peak = bench.peak_mib(0), bench.peak_mib(1)
    ratio = bench.ratio
    met = "**met**" if ratio <= TARGET else "**not met**"
    sign = "≤" if ratio <= TARGET else ">"
    lines = [
        "# Performance",
        "",
        "Written by `python -m eval.bench --shared ../shared --out docs/performance.md` (`make bench`). "
        "The figures vary from run to run and machine to machine; the layout does not.",
        "",
        "## What is measured",
        "",
        f"- Data: the {n} article bodies (`articleBody`, {bench.characters:,} characters) of scrapinghub's "
        "article-extraction benchmark, `../shared/data/article-extraction/ground-truth.json`, written once "
        'to a temporary JSON Lines file of `{"id", "text"}` records.',
        "- A, sitroom: `sitroom brief <texts.jsonl> -o <tmp>/brief.json --quiet`, the whole pipeline (read, "
        f"language check, parse, extract, link, assemble, render) with {workers}; {analysed}.",
        f"- B, bare spaCy: a fresh `python -c` process that loads `{model}` (the same pipeline, nothing "
        "disabled), reads the same texts from the same file and runs "
        f"`for doc in nlp.pipe(texts, n_process=os.cpu_count(), batch_size={BATCH_SIZE}): pass` over all "
        f"{n}; its workers send every parsed Doc back to the parent, where sitroom's send only what the "
        "extractors found.",
        f"- Runs: one warm-up pair (not counted), then {len(bench.pairs)} pairs, alternately A B A B. Each "
        "run is a whole process timed from start to exit, imports and model loading included. Each figure "
        "is the median over the pairs; the ratio is the median of the per-pair ratios A/B.",
        memory_line,
        f"- Machine: {os.cpu_count()} CPUs (`os.cpu_count()`), {_total_memory()} memory, {platform.system()} "
        f"{platform.machine()}; Python {platform.python_version()}, spaCy {_version('spacy')}, "
        f"{model} {_version(model)}, sitroom {_version('sitroom')}.",
        f"- Load: {_load_line(bench.load)}. Other work on the machine slows either command; alternating "
        "them and taking the median of per-pair ratios damps that, but does not remove it.",
        "",
        "## Figures",
        "",
        "| | A: sitroom brief | B: bare spaCy |",
        "|---|---:|---:|",
        f"| median wall time (s) | {bench.a_seconds:.2f} | {bench.b_seconds:.2f} |",
        f"| articles/s (of {n}) | {n / bench.a_seconds:.2f} | {n / bench.b_seconds:.2f} |",
        f"| median peak RSS, largest process (MiB) | {_mib(a_peak)} | {_mib(b_peak)} |",
        "",
        f"- Ratio A/B (median of the per-pair ratios): **{ratio:.2f}**.",
        f"- A with `--processes 1`: {bench.single.seconds:.2f} s ({n / bench.single.seconds:.2f} articles/s, "
        f"peak {_mib(_kib_to_mib(bench.single.peak_kib))} MiB); the default run is "
        f"{bench.single.seconds / bench.a_seconds:.2f}× as fast.",
        _ray_line(bench),
        "",
        f"Target: A/B ≤ {TARGET} with quotes, figures, times and events extracted. "
        f"Now {met}: {ratio:.2f} {sign} {TARGET}.",
        "",
        "### Each pair",
        "",
        "| pair | A (s) | B (s) | A/B | A peak (MiB) | B peak (MiB) |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for number, (a, b) in enumerate(bench.pairs, start=1):
        lines.append(
            f"| {number} | {a.seconds:.2f} | {b.seconds:.2f} | {a.seconds / b.seconds:.2f} "
            f"| {_mib(_kib_to_mib(a.peak_kib))} | {_mib(_kib_to_mib(b.peak_kib))} |"
        )
    return "\n".join(lines) + "\n"


@dataclass(frozen=True, slots=True)
class Profile:
    """Per-stage seconds (in pipeline order), the parse's seconds by spaCy component, the one-off model
    load, and the hottest sitroom functions beyond the parse as ``(name, calls, cumulative seconds)`` with
    the profiled total they share."""

    articles: int
    analysed: int
    load_seconds: float
    stages: tuple[tuple[str, str, float], ...]
    components: tuple[tuple[str, float], ...]
    hot: tuple[tuple[str, int, float], ...]
    profiled_seconds: float
    unprofiled_seconds: float


def run_profile(bodies: dict[str, str], scratch: Path, *, model: str | None = None) -> Profile:
    """Time sitroom's stages in this process, one after another, over ``bodies`` with ``n_process=1``."""
    from sitroom.assemble import assemble_brief
    from sitroom.extract import extract_article
    from sitroom.ingest import read_articles
    from sitroom.link import (
        build_stories,
        compare,
        link_entities,
        link_events,
        link_figures,
        link_quotes,
        link_times,
        mark_copies,
    )
    from sitroom.nlp import load_model
    from sitroom.options import Options
    from sitroom.render import render

    options = Options() if model is None else Options(model=model)
    jsonl = write_jsonl(bodies, scratch / "texts.jsonl")
    clock = _Clock()
    nlp = clock.time(lambda: load_model(options.model))
    load_seconds = clock.last
    read = clock.time(lambda: read_articles([str(jsonl)], options=options))
    read_seconds = clock.last
    articles = clock.time(lambda: mark_copies(read.articles))
    duplicates_seconds = clock.last
    analysed = [a for a in articles if a.analysable]
    nlp.max_length = max([nlp.max_length, *(len(a.text) + 1 for a in analysed)])
    docs, components = _parse_by_component(nlp, [a.text for a in analysed])
    parse_seconds = sum(seconds for _, seconds in components)

    def after_parse(timed: _Clock) -> None:
        extractions = timed.time(
            lambda: [extract_article(a.id, d, a.published) for a, d in zip(analysed, docs, strict=True)]
        )

        def link() -> tuple:
            linked = link_entities(articles, extractions)
            figures = link_figures(articles, extractions, linked)
            times = link_times(articles, extractions)
            events = link_events(articles, extractions, linked, times)
            found = {
                "quotes": link_quotes(articles, extractions, linked),
                "figures": figures,
                "times": times,
                "comparisons": compare(articles, extractions, figures, times),
                "events": events,
                "stories": build_stories(articles, extractions, events, times),
            }
            return linked, found

        linked, found = timed.time(link)
        result = timed.time(
            lambda: assemble_brief(articles, linked, **found, failures=read.failures, model=options.model)
        )
        timed.time(lambda: render(result, "json"))

    plain = _Clock()
    after_parse(plain)
    extract_seconds, link_seconds, assemble_seconds, render_seconds = plain.laps
    profiler = cProfile.Profile()
    profiler.enable()
    start = time.perf_counter()
    after_parse(_Clock())
    profiled_seconds = time.perf_counter() - start
    profiler.disable()
    return Profile(
        articles=len(bodies),
        analysed=len(analysed),
        load_seconds=load_seconds,
        stages=(
            ("read", "`read_articles`", read_seconds),
            ("parse", f"`nlp.pipe(texts, batch_size={BATCH_SIZE})`", parse_seconds),
            ("extract", "`extract_article`", extract_seconds),
            ("link", "`mark_copies` + `link_*` + `compare`", duplicates_seconds + link_seconds),
            ("assemble", "`assemble_brief`", assemble_seconds),
            ("render", '`render(brief, "json")`', render_seconds),
        ),
        components=components,
        hot=_hot_functions(profiler),
        profiled_seconds=profiled_seconds,
        unprofiled_seconds=sum(plain.laps),
    )


def _parse_by_component(nlp: Any, texts: list[str]) -> tuple[list[Any], tuple[tuple[str, float], ...]]:
    """The docs ``nlp.pipe`` gives, made one component at a time over all texts so each is timed alone:
    the tokenizer, then every pipe in order, each in batches of ``BATCH_SIZE``."""
    clock = _Clock()
    docs = clock.time(lambda: [nlp.make_doc(text) for text in texts])
    timed = [("tokenizer", clock.last)]
    for name, component in nlp.pipeline:
        if hasattr(component, "pipe"):
            docs = clock.time(lambda c=component, d=docs: list(c.pipe(d, batch_size=BATCH_SIZE)))
        else:
            docs = clock.time(lambda c=component, d=docs: [c(doc) for doc in d])
        timed.append((name, clock.last))
    return docs, tuple(timed)


def profile_report(profile: Profile) -> str:
    """The profile as a Markdown section of its own."""
    total = sum(seconds for _, _, seconds in profile.stages)
    parse = next(seconds for name, _, seconds in profile.stages if name == "parse")
    own = total - parse
    lines = [
        PROFILE_HEADING,
        "",
        "Written by `python -m eval.bench --profile --out docs/performance.md`: sitroom's stages one after "
        f"another in one process, `n_process=1`, over the same {profile.articles} bodies (sitroom parses "
        f"the {profile.analysed} that are English and not repeats), each timed once.",
        "",
        "| stage | call | seconds | share |",
        "|---|---|---:|---:|",
    ]
    for name, call, seconds in profile.stages:
        lines.append(f"| {name} | {call} | {seconds:.2f} | {_percent(seconds, total)} |")
    lines += [
        f"| total | | {total:.2f} | 100% |",
        "",
        f"Model load, once per process and not in the total: {profile.load_seconds:.2f} s. sitroom's own "
        f"cost beyond the parse: {own:.2f} s, {_percent(own, parse)} of the parse time.",
        "",
        "The parse by component (`sitroom_*` are sitroom's own small components: abbreviated titles, "
        "paragraphs, datelines, parse repair):",
        "",
        "| component | seconds | share of the parse | share of the total |",
        "|---|---:|---:|---:|",
        *(
            f"| {name} | {seconds:.2f} | {_percent(seconds, parse)} | {_percent(seconds, total)} |"
            for name, seconds in profile.components
        ),
        "",
        f"The sitroom functions with the most cumulative time in extract, link, assemble and render, under "
        f"`cProfile` (a second pass: {profile.profiled_seconds:.2f} s with the profiler's overhead, against "
        f"{profile.unprofiled_seconds:.2f} s without; the overhead falls hardest on many small calls, so "
        "the shares are a guide, not a measure):",
        "",
        "| function | calls | cumulative s | share of the pass |",
        "|---|---:|---:|---:|",
    ]
    for name, calls, seconds in profile.hot:
        lines.append(
            f"| `{name}` | {calls:,} | {seconds:.2f} | {_percent(seconds, profile.profiled_seconds)} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=default_shared(), help="the shared data folder")
    parser.add_argument("--out", type=Path, help="write the Markdown report here")
    parser.add_argument("--runs", type=int, default=RUNS, help=f"counted A B pairs (default {RUNS})")
    parser.add_argument("--profile", action="store_true", help="time sitroom's stages in-process instead")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    bodies = load_bodies(args.shared)
    if not bodies:
        print(f"bench: skipped: no article bodies under {args.shared / DATA}", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory(prefix="sitroom-bench-") as tmp:
        try:
            if args.profile:
                text = profile_report(run_profile(bodies, Path(tmp)))
            else:
                bench = run_bench(bodies, Path(tmp), runs=args.runs, on_run=_progress)
                text = bench_report(bench)
        except BenchError as error:
            print(f"bench: error: {error}", file=sys.stderr)
            return 1
    print(text, end="")
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        if args.profile:
            text = with_section(args.out, PROFILE_HEADING, text)
        args.out.write_text(text, encoding="utf-8")
    return 0


class _Clock:
    """Times calls one after another; ``laps`` holds each call's seconds, ``last`` the latest."""

    def __init__(self) -> None:
        self.laps: list[float] = []

    def time(self, call: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        result = call()
        self.laps.append(time.perf_counter() - start)
        return result

    @property
    def last(self) -> float:
        return self.laps[-1]


def _hot_functions(profiler: cProfile.Profile) -> tuple[tuple[str, int, float], ...]:
    import sitroom

    package = Path(sitroom.__file__).resolve().parent
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    found = []
    for (filename, line, function), (_prim, calls, _tottime, cumtime, _callers) in stats.items():
        path = Path(filename)
        if not path.is_absolute() or package not in path.resolve().parents:
            continue
        module = ".".join(path.resolve().relative_to(package.parent).with_suffix("").parts)
        # A comprehension or lambda is named by where it starts: ``<listcomp>`` alone says too little.
        where = f" (line {line})" if function.startswith("<") else ""
        found.append((f"{module.removesuffix('.__init__')}.{function}{where}", calls, cumtime))
    found.sort(key=lambda item: (-item[2], item[0]))
    return tuple(found[:HOT_FUNCTIONS])


def with_section(path: Path, heading: str, section: str) -> str:
    """The page at ``path`` with the section under ``heading`` (to the next heading of its level, or the
    end) replaced by ``section``, or ``section`` added at the end."""
    existing = path.read_text(encoding="utf-8") if path.is_file() else "# Performance\n"
    before, found, after = existing.partition(f"\n{heading}\n")
    level = heading.split(" ", 1)[0]
    rest = after.split(f"\n{level} ", 1)[1] if found and f"\n{level} " in after else None
    tail = f"\n{level} {rest}" if rest is not None else ""
    return f"{before.rstrip()}\n\n{section.rstrip()}\n{tail}".rstrip("\n") + "\n"


def _analysed(brief_json: Path) -> int | None:
    """How many articles the brief's run parsed: English (or unknown language) and not a repeat."""
    try:
        articles = json.loads(brief_json.read_text(encoding="utf-8"))["articles"]
        return sum(
            1
            for a in articles
            if a.get("duplicate_of") is None
            and a.get("copy_of") is None
            and a.get("language") in (None, "en")
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _workers(analysed: int | None) -> int | None:
    if analysed is None:
        return None
    from sitroom.options import Options

    return Options().worker_count(analysed)


def _has_ray() -> bool:
    try:
        import ray  # noqa: F401
    except ImportError:
        return False
    return True


def _ray_line(bench: Bench) -> str:
    """The one run with ``--engine ray`` (a local Ray started and stopped inside the command)."""
    if bench.ray is None:
        return "- A with `--engine ray`: not run (Ray is not installed; `pip install sitroom[ray]`)."
    seconds, n = bench.ray.seconds, bench.articles
    return (
        f"- A with `--engine ray` (one run, a local Ray of {os.cpu_count()} CPUs started and stopped inside "
        f"the command): {seconds:.2f} s ({n / seconds:.2f} articles/s), {seconds - bench.a_seconds:+.2f} s "
        "against the default engine: Ray's start-up, its workers' model loads and its object transfers. "
        "Its peak memory is the driver's alone, since Ray's workers are not its children; each worker "
        "holds one model, about as much as one local worker process."
    )


def _default_model() -> str:
    from sitroom.options import DEFAULT_MODEL

    return DEFAULT_MODEL


def _version(distribution: str) -> str:
    try:
        return version(distribution)
    except PackageNotFoundError:
        return "(unknown version)"


def _total_memory() -> str:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024**2:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return "unknown"


def _load_average() -> float | None:
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return None


def _load_line(load: tuple[float, float] | None) -> str:
    if load is None:
        return "the load average is not available here"
    return (
        f"the 1-minute load average was {load[0]:.2f} before the first run and {load[1]:.2f} after the last"
    )


def _kib_to_mib(kib: int | None) -> float | None:
    return None if kib is None else kib / 1024


def _mib(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f}"


def _percent(part: float, whole: float) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def _shown(command: Sequence[str]) -> str:
    return " ".join("<script>" if "\n" in part else part for part in command)


def _progress(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
