"""Speed of the situation room: page latency and load held by ``sitroom serve`` on a 5,000-article store.

The store is the one :mod:`eval.archive_bench` builds: 5,000 synthetic articles recombining sentences of
the real bodies in ``../shared/data`` (seed 2026), added with ``sitroom add`` as a whole process into a
temporary folder (about five minutes on two cores), or an existing store named with ``--store``.

The server is ``sitroom serve --store FILE --port N``, the console script beside this Python, started as
a separate process on a free loopback port. Startup is timed until it answers ``/favicon.ico`` (a static
asset, so nothing is computed yet); then ``/`` is requested once and timed on its own: that first
request computes the story list (it decodes every stored extraction), which the app keeps until the
store changes.

**Latency.** One client (httpx, one keep-alive connection) requests each page one request at a time;
each figure is the wall time from sending the request to having read the whole answer, in ms. The app
keeps a view (a story, an article, an actor) after computing it once, so a page's first request is
reported apart from the ``--requests`` (50) that follow it, of which the p50 and p95 are given:

- the front page ``/``;
- a story page: the largest story (most articles, found through ``/api/stories?min=2``) and a typical
  one (a story of the median size among those of two or more articles), then the first request of each
  of 20 other such stories (the cold cost of a story page);
- the search page with five queries made of words drawn (seeded) from the texts of ten other articles
  of those stories (read through ``/api/articles``): a word, a capitalised name, two words, a quoted
  two-word phrase and a four-letter prefix (search results are not kept, so every request searches);
- an article page (of those stories) and an actor page (a person those ten articles' briefs name), each
  then with the first request of 20 other articles and 10 other actors.

**Load.** ``--clients`` (50) clients, each its own keep-alive connection (asyncio tasks sharing one
event loop in this process), send requests one after another for ``--duration`` (30) seconds, each
cycling through the front page, a story, an article, an actor and a search, drawn from a pool of
:data:`POOL_STORIES` stories, two articles of each, up to :data:`POOL_ACTORS` actors and the five
queries. The pool fits in the app's cache of kept views and is requested once just before the load,
so the load measures serving pages, not computing them (the latency table gives what computing costs).
Every answer but a 200 is an error, and so is every request that fails (a refused connection, a
timeout of :data:`TIMEOUT` s); requests started before the end are waited for and counted. Reported:
requests, errors, requests/s over the whole run, p50 and p95 under load, and the CPU time the server
process, the clients' process and every other process on the machine used meanwhile (they all share
its cores, so the last says whether other work slowed the run).

``python -m eval.serve_bench [--shared ../shared] [--out docs/performance.md] [--store PATH]
[--duration 30] [--clients 50] [--requests 50]`` replaces the page's own section, ``## The situation
room``. Without ``--store`` and without the shared data it prints why and exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import platform
import random
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import quote

import httpx

from eval.archive_bench import ARTICLES, SEED, _jsonl, _timed, sentences, synthetic
from eval.bench import _load_average, _total_memory, _version, default_shared, load_bodies, with_section
from sitroom.web.templating import actor_href, article_href, search_href, story_href

HEADING = "## The situation room"
REQUESTS = 50
CLIENTS = 50
DURATION = 30.0
COLD_STORIES = 20
COLD_ARTICLES = 20
COLD_ACTORS = 10
SOURCES = 10  # articles the searches' words and the actors are drawn from
POOL_STORIES = 8
POOL_ACTORS = 6
TIMEOUT = 60.0
STARTUP = 120.0  # seconds to wait for the server to answer
KINDS = ("front", "story", "article", "actor", "search")
_WORD = re.compile(r"\b[a-z]{6,}\b")
_NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{3,}\b")
_PAIR = re.compile(r"\b([a-z]{4,}) ([a-z]{4,})\b")


class ServeBenchError(RuntimeError):
    """The server did not start, stopped, or the store gave nothing to measure; the message says why."""


@dataclass(frozen=True, slots=True)
class Timing:
    """Sequential requests of one page (or one kind of page): their wall seconds, the first apart when
    ``first`` is set, and the paths that did not answer 200."""

    label: str
    seconds: tuple[float, ...]
    first: float | None = None
    failed: tuple[str, ...] = ()

    @property
    def p50(self) -> float:
        return percentile(self.seconds, 50)

    @property
    def p95(self) -> float:
        return percentile(self.seconds, 95)


@dataclass(slots=True)
class Tally:
    """What the load did to one kind of page: answers by status, failed requests by exception, and the
    wall seconds of every request (answered or not)."""

    statuses: Counter[int] = field(default_factory=Counter)
    exceptions: Counter[str] = field(default_factory=Counter)
    seconds: list[float] = field(default_factory=list)

    @property
    def requests(self) -> int:
        return len(self.seconds)

    @property
    def errors(self) -> int:
        return sum(n for status, n in self.statuses.items() if status != 200) + sum(self.exceptions.values())


@dataclass(frozen=True, slots=True)
class Load:
    """The load run: clients, the duration asked for, the seconds until the last request ended, the
    tally per kind of page, and CPU seconds used by the server process, by the clients' process and by
    the whole machine (every process, these two included)."""

    clients: int
    duration: float
    elapsed: float
    tallies: dict[str, Tally]
    server_cpu: float | None
    client_cpu: float
    server_alive: bool
    machine_cpu: float | None = None

    @property
    def total(self) -> Tally:
        whole = Tally()
        for tally in self.tallies.values():
            whole.statuses.update(tally.statuses)
            whole.exceptions.update(tally.exceptions)
            whole.seconds.extend(tally.seconds)
        return whole


@dataclass(frozen=True, slots=True)
class ServeBench:
    """Everything one run measured (see the module docstring)."""

    store: str
    articles: int
    stories: int
    multi_stories: int
    built_seconds: float | None
    startup: float
    first_front: float
    latency: tuple[Timing, ...]
    queries: tuple[str, ...]
    pool: dict[str, int]
    pool_warm: float
    load: Load
    server_log: tuple[str, ...]
    load_average: tuple[float | None, float | None] = (None, None)


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile of ``values``, interpolated linearly between the closest ranks (as
    ``numpy.percentile`` does by default); NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def build_store(shared: Path, scratch: Path, count: int = ARTICLES) -> tuple[Path, float]:
    """The archive benchmark's store of ``count`` synthetic articles, added with ``sitroom add`` as a
    whole process into ``scratch``; returns its path and the seconds the add took."""
    records = synthetic(sentences(shared), count, SEED, "synthetic")
    jsonl = _jsonl(records, scratch / "archive.jsonl")
    store = scratch / "bench.db"
    seconds = _timed(["add", str(jsonl), "--store", str(store), "--quiet"])
    return store, seconds


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass(frozen=True, slots=True)
class Server:
    """A running ``sitroom serve``: its address, its process, where its stderr goes, and how many
    seconds it took to answer."""

    address: str
    process: subprocess.Popen
    log: Path
    startup: float


@contextmanager
def served(store: Path, scratch: Path, *, timeout: float = STARTUP) -> Iterator[Server]:
    """``sitroom serve`` over ``store`` on a free loopback port, as a separate process, until the block
    ends. Raises :class:`ServeBenchError` if it stops or does not answer within ``timeout`` seconds."""
    script = Path(sys.executable).parent / "sitroom"
    command = [str(script)] if script.is_file() else [sys.executable, "-m", "sitroom"]
    port = free_port()
    log = scratch / f"serve-{port}.log"
    with log.open("wb") as stderr:
        start = time.perf_counter()
        process = subprocess.Popen(
            [*command, "serve", "--store", str(store), "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    address = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(address, process, log, timeout)
        yield Server(address, process, log, time.perf_counter() - start)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def run(
    store: Path,
    scratch: Path,
    *,
    requests: int = REQUESTS,
    clients: int = CLIENTS,
    duration: float = DURATION,
    built_seconds: float | None = None,
    say: Callable[[str], None] | None = None,
) -> ServeBench:
    """Serve ``store`` and measure it (see the module docstring); ``say`` hears progress."""
    tell = say or (lambda _message: None)
    articles = _article_count(store)
    load_before = _load_average()
    rng = random.Random(SEED)
    with served(store, scratch) as server, httpx.Client(base_url=server.address, timeout=TIMEOUT) as http:
        tell(f"server answered after {server.startup:.1f} s")
        front = _repeat(http, "`/`", "/", requests)
        if front.first is None:
            raise ServeBenchError(f"the front page did not answer 200 at {server.address}/")
        first_front = front.first
        tell(f"first request to / (computes the story list): {first_front:.2f} s")
        listed, total = _stories(http)
        if not listed:
            raise ServeBenchError("the store has no story of two or more articles to measure")
        chosen = _choose(listed, rng)
        texts, people = _sources(http, chosen.sources)
        queries = _queries(texts, rng)
        chosen = replace(chosen, actors=rng.sample(people, min(COLD_ACTORS + 1, len(people))))
        latency = [front, *_latency(http, chosen, queries, requests)]
        tell("latency measured")
        pool = _pool(chosen, queries, {path for timing in latency for path in timing.failed})
        start = time.perf_counter()
        for paths in pool.values():
            for path in paths:
                _get(http, path)
        pool_warm = time.perf_counter() - start
        tell(f"load pool requested once in {pool_warm:.1f} s; {clients} clients for {duration:g} s")
        load = asyncio.run(_load(server, pool, clients, duration))
        tell(f"load: {load.total.requests} requests, {load.total.errors} errors")
        log = tuple(
            line
            for line in server.log.read_text(encoding="utf-8", errors="replace").splitlines()
            if line.strip() and not line.startswith("sitroom: serving ")
        )
    return ServeBench(
        store=str(store),
        articles=articles,
        stories=total,
        multi_stories=len(listed),
        built_seconds=built_seconds,
        startup=server.startup,
        first_front=first_front,
        latency=tuple(latency),
        queries=tuple(queries),
        pool={kind: len(paths) for kind, paths in pool.items()},
        pool_warm=pool_warm,
        load=load,
        server_log=log,
        load_average=(load_before, _load_average()),
    )


def report(bench: ServeBench) -> str:
    """The section ``## The situation room`` of ``docs/performance.md``."""
    load = bench.load
    whole = load.total
    rate = whole.requests / load.elapsed if load.elapsed else math.nan
    store = (
        f"built for this run ({bench.articles:,} articles, `sitroom add` {bench.built_seconds:.0f} s)"
        if bench.built_seconds is not None
        else f"`{bench.store}` (given with `--store`), {bench.articles:,} articles"
    )
    lines = [
        HEADING,
        "",
        "Written by `python -m eval.serve_bench` (see its docstring for exactly what is measured). "
        f"The store: {store}; {bench.stories:,} stories, {bench.multi_stories} of two or more articles. "
        f"`sitroom serve` runs as its own process on a loopback port; the benchmark's clients run in one "
        "other process on the same machine, so both share its cores.",
        "",
        f"- Machine: {os.cpu_count()} CPUs (`os.cpu_count()`), {_total_memory()} memory, {platform.system()} "
        f"{platform.machine()}; Python {platform.python_version()}, uvicorn {_version('uvicorn')}, FastAPI "
        f"{_version('fastapi')}, httpx {_version('httpx')}, sitroom {_version('sitroom')}; "
        + _load_line(bench.load_average),
        f"- Startup: the server answered {bench.startup:.1f} s after it was started. The first request to "
        f"`/` took **{bench.first_front:.2f} s**: it waits for the story list, which the server starts "
        "computing as it starts (every stored extraction is decoded) and then keeps until the store changes; "
        "every later page is served from it.",
        "",
        "### Page latency",
        "",
        "One client, one keep-alive connection, one request at a time; ms from sending the request to "
        "having read the whole answer. The first request of a page computes what the app then keeps "
        f"(search keeps nothing); p50 and p95 are over the {_requests(bench.latency)} requests that "
        "follow it. A row of several pages gives the first request of each: what a page not yet seen "
        "costs.",
        "",
        "| page | first request (ms) | p50 (ms) | p95 (ms) |",
        "|---|---:|---:|---:|",
    ]
    for timing in bench.latency:
        first = "—" if timing.first is None else f"{1000 * timing.first:.0f}"
        lines.append(f"| {timing.label} | {first} | {_ms(timing.p50)} | {_ms(timing.p95)} |")
    failed = sorted({path for timing in bench.latency for path in timing.failed})
    lines.append("")
    lines.append(
        f"Pages that did not answer 200 (left out of the figures): {', '.join(f'`{p}`' for p in failed)}."
        if failed
        else "Every page answered 200."
    )
    pool = ", ".join(f"{n} {kind}" for kind, n in bench.pool.items())
    lines += [
        "",
        "### Load",
        "",
        f"{load.clients} clients, each its own keep-alive connection, sent requests one after another for "
        f"{load.duration:g} s (the last ones ended after {load.elapsed:.1f} s), each cycling through the "
        f"front page, a story, an article, an actor and a search, from a pool of pages ({pool}) requested "
        f"once just before (in {bench.pool_warm:.1f} s), so the load measures serving kept pages. Any "
        "answer but a 200 is an error, and so is a failed request.",
        "",
        "| page | requests | errors | p50 (ms) | p95 (ms) |",
        "|---|---:|---:|---:|---:|",
    ]
    for kind in KINDS:
        tally = load.tallies.get(kind, Tally())
        lines.append(
            f"| {kind} | {tally.requests:,} | {tally.errors} | {_ms(percentile(tally.seconds, 50))} "
            f"| {_ms(percentile(tally.seconds, 95))} |"
        )
    lines.append(
        f"| **all** | {whole.requests:,} | {whole.errors} | {_ms(percentile(whole.seconds, 50))} "
        f"| {_ms(percentile(whole.seconds, 95))} |"
    )
    errors = [f"{n} × {status}" for status, n in sorted(whole.statuses.items()) if status != 200]
    errors += [f"{n} × {name}" for name, n in sorted(whole.exceptions.items())]
    cpu = (
        f"the server process used {load.server_cpu:.1f} CPU-seconds ({load.server_cpu / load.elapsed:.2f} "
        "cores)"
        if load.server_cpu is not None
        else "the server's CPU time is not readable here"
    )
    lines += [
        "",
        f"- **{rate:.0f} requests/s** over {load.elapsed:.1f} s; errors: "
        + (", ".join(errors) if errors else "none")
        + ".",
        f"- Meanwhile {cpu}, the clients {load.client_cpu:.1f} CPU-seconds "
        f"({load.client_cpu / load.elapsed:.2f} cores){_others(load)}.",
        f"- Target (issue 12): {CLIENTS} concurrent clients for {DURATION:g} s on loopback with no error. "
        + _verdict(load),
    ]
    if bench.server_log:
        lines.append(
            f"- The server wrote {len(bench.server_log)} lines to stderr; the last: "
            f"`{bench.server_log[-1][:200]}`."
        )
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.serve_bench", description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=default_shared(), help="the shared data folder")
    parser.add_argument("--out", type=Path, help="replace this page's situation room section")
    parser.add_argument("--store", type=Path, help="serve this store instead of building one")
    parser.add_argument(
        "--duration", type=float, default=DURATION, help=f"load seconds (default {DURATION:g})"
    )
    parser.add_argument(
        "--clients", type=int, default=CLIENTS, help=f"concurrent clients (default {CLIENTS})"
    )
    parser.add_argument(
        "--requests", type=int, default=REQUESTS, help=f"sequential requests per page (default {REQUESTS})"
    )
    args = parser.parse_args(argv)
    if args.duration <= 0 or args.clients < 1 or args.requests < 1:
        parser.error("--duration, --clients and --requests must be positive")
    if args.store is not None and not args.store.is_file():
        parser.error(f"no store at {args.store}")
    if args.store is None and load_bodies(args.shared) is None:
        print(f"serve bench: skipped: no --store and no article bodies under {args.shared}", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory(prefix="sitroom-serve-") as tmp:
        try:
            store, seconds = args.store, None
            if store is None:
                _progress(f"building a {ARTICLES:,}-article store with sitroom add (minutes)")
                store, seconds = build_store(args.shared, Path(tmp))
            bench = run(
                store,
                Path(tmp),
                requests=args.requests,
                clients=args.clients,
                duration=args.duration,
                built_seconds=seconds,
                say=_progress,
            )
        except (ServeBenchError, httpx.HTTPError) as error:
            print(f"serve bench: error: {error}", file=sys.stderr)
            return 1
    text = report(bench)
    print(text, end="")
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(with_section(args.out, HEADING, text), encoding="utf-8")
    return 0


async def _load(server: Server, pool: dict[str, list[str]], clients: int, duration: float) -> Load:
    """``clients`` tasks, each with its own connection, requesting pages of ``pool`` for ``duration`` s."""
    plan = [
        (kind, paths[n % len(paths)]) for n in range(_cycle(pool)) for kind, paths in pool.items() if paths
    ]
    tallies = {kind: Tally() for kind in pool}
    cpu_before, server_before = time.process_time(), _cpu_seconds(server.process.pid)
    machine_before = _machine_cpu_seconds()
    start = time.perf_counter()
    deadline = start + duration

    async def client(number: int) -> None:
        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        async with httpx.AsyncClient(base_url=server.address, timeout=TIMEOUT, limits=limits) as http:
            step = number * 7  # clients start at different places in the plan
            while time.perf_counter() < deadline:
                kind, path = plan[step % len(plan)]
                step += 1
                tally = tallies[kind]
                sent = time.perf_counter()
                try:
                    answer = await http.get(path)
                except (httpx.HTTPError, OSError) as error:
                    tally.exceptions[type(error).__name__] += 1
                else:
                    tally.statuses[answer.status_code] += 1
                tally.seconds.append(time.perf_counter() - sent)

    await asyncio.gather(*(client(n) for n in range(clients)))
    elapsed = time.perf_counter() - start
    server_after, machine_after = _cpu_seconds(server.process.pid), _machine_cpu_seconds()
    return Load(
        clients=clients,
        duration=duration,
        elapsed=elapsed,
        tallies=tallies,
        server_cpu=None if server_before is None or server_after is None else server_after - server_before,
        client_cpu=time.process_time() - cpu_before,
        server_alive=server.process.poll() is None,
        machine_cpu=None
        if machine_before is None or machine_after is None
        else machine_after - machine_before,
    )


@dataclass(frozen=True, slots=True)
class _Chosen:
    """The pages a run measures: stories (the largest, a typical one, then others), articles and actors
    (each list's first is requested repeatedly, the others once), and the other articles whose texts
    and people the searches and actors are drawn from."""

    largest: dict
    typical: dict | None
    stories: list[dict]
    articles: list[str]
    sources: list[str]
    actors: list[str] = field(default_factory=list)


def _choose(listed: list[dict], rng: random.Random) -> _Chosen:
    """Draw the pages to measure from the stories of two or more articles (see the module docstring)."""
    largest = max(listed, key=lambda s: len(s["articles"]))
    sizes = sorted(len(s["articles"]) for s in listed)
    median = sizes[(len(sizes) - 1) // 2]
    typical = [s for s in listed if len(s["articles"]) == median and s is not largest]
    typical_one = rng.choice(typical) if typical else None
    others = [s for s in listed if s is not largest and s is not typical_one]
    ids = sorted({a for s in listed for a in s["articles"]})
    articles = rng.sample(ids, min(COLD_ARTICLES + 1 + SOURCES, len(ids)))
    return _Chosen(
        largest=largest,
        typical=typical_one,
        stories=rng.sample(others, min(COLD_STORIES, len(others))),
        articles=articles[: COLD_ARTICLES + 1],
        sources=articles[COLD_ARTICLES + 1 :] or articles[:1],
    )


def _latency(http: httpx.Client, chosen: _Chosen, queries: Sequence[str], requests: int) -> list[Timing]:
    """The latency rows after the front page's: stories, searches, articles, actors."""
    rows = []
    for story, role in ((chosen.largest, "largest"), (chosen.typical, "typical")):
        if story is not None:
            label = f"story `{story['id']}` ({role}, {len(story['articles'])} articles)"
            rows.append(_repeat(http, label, story_href(story["id"]), requests))
    if chosen.stories:
        spread = _spread(len(s["articles"]) for s in chosen.stories)
        label = f"{len(chosen.stories)} other stories ({spread} articles each)"
        rows.append(_firsts(http, label, [story_href(s["id"]) for s in chosen.stories]))
    rows += [_repeat(http, f"search `{query}`", search_href(query), requests) for query in queries]
    for kind, names, address in (
        ("article", chosen.articles, article_href),
        ("actor", chosen.actors, actor_href),
    ):
        if names:
            rows.append(_repeat(http, f"{kind} `{names[0]}`", address(names[0]), requests))
        if names[1:]:
            rows.append(_firsts(http, f"{len(names) - 1} other {kind}s", [address(n) for n in names[1:]]))
    return rows


def _pool(chosen: _Chosen, queries: Sequence[str], failed: set[str]) -> dict[str, list[str]]:
    """The load's pages by kind: only pages that answered 200, few enough to stay in the app's cache."""
    stories = [s for s in (chosen.largest, chosen.typical, *chosen.stories) if s is not None]
    stories = [s for s in stories if story_href(s["id"]) not in failed][:POOL_STORIES]
    articles = [article_href(a) for s in stories for a in s["articles"][:2]]
    actors = [actor_href(a) for a in chosen.actors]
    return {
        "front": ["/"],
        "story": [story_href(s["id"]) for s in stories],
        "article": [p for p in dict.fromkeys(articles) if p not in failed],
        "actor": [p for p in actors if p not in failed][:POOL_ACTORS],
        "search": [search_href(q) for q in queries],
    }


def _others(load: Load) -> str:
    """What other processes on the machine used during the load: figures taken beside other work are
    lower than the server can do, and the page should say so."""
    if load.machine_cpu is None or load.server_cpu is None:
        return ""
    others = max(load.machine_cpu - load.server_cpu - load.client_cpu, 0.0)
    return f", and every other process on the machine {others:.1f} ({others / load.elapsed:.2f} cores)"


def _verdict(load: Load) -> str:
    """Whether this run held the target's load, or why it does not say."""
    if not load.server_alive:
        return "Now **not held**: the server stopped."
    errors = load.total.errors
    if errors:
        return f"Now **not held**: {errors} errors."
    if load.clients < CLIENTS or load.duration < DURATION:
        return f"This run was smaller ({load.clients} clients for {load.duration:g} s), so it does not say."
    return "Now **held**."


def _cycle(pool: dict[str, list[str]]) -> int:
    """How many rounds of the plan it takes for every kind to go through all its pages."""
    return math.lcm(*(len(paths) for paths in pool.values() if paths))


def _get(http: httpx.Client, path: str) -> tuple[int, float]:
    """Request ``path``; its status and the seconds until the whole answer was read."""
    start = time.perf_counter()
    answer = http.get(path)
    return answer.status_code, time.perf_counter() - start


def _repeat(http: httpx.Client, label: str, path: str, count: int) -> Timing:
    """``path`` once (the first request, reported apart) and then ``count`` times; no figures if any
    answer was not a 200."""
    status, first = _get(http, path)
    statuses, seconds = {status}, []
    for _ in range(count):
        status, elapsed = _get(http, path)
        statuses.add(status)
        seconds.append(elapsed)
    if statuses != {200}:
        return Timing(label, (), None, (path,))
    return Timing(label, tuple(seconds), first)


def _firsts(http: httpx.Client, label: str, paths: Sequence[str]) -> Timing:
    """The one request of each of ``paths`` (none of them asked for before)."""
    seconds, failed = [], []
    for path in paths:
        status, elapsed = _get(http, path)
        if status == 200:
            seconds.append(elapsed)
        else:
            failed.append(path)
    return Timing(label, tuple(seconds), None, tuple(failed))


def _stories(http: httpx.Client) -> tuple[list[dict], int]:
    """Every story of two or more articles (walking ``/api/stories?min=2``), and how many stories in all."""
    listed, number = [], 1
    while True:
        answer = http.get("/api/stories", params={"min": 2, "page": number})
        answer.raise_for_status()
        page = answer.json()
        listed += page["stories"]
        if number >= page["pages"]:
            break
        number += 1
    everything = http.get("/api/stories")
    everything.raise_for_status()
    return listed, everything.json()["total"]


def _sources(http: httpx.Client, articles: Sequence[str]) -> tuple[list[str], list[str]]:
    """The texts of ``articles`` and the people their briefs name (sorted), from ``/api/articles``."""
    texts, people = [], set()
    for article in articles:
        answer = http.get(f"/api/articles/{quote(article, safe='')}")
        if answer.status_code != 200:
            continue
        record = answer.json()
        texts.append(record["article"]["text"])
        entities = (record["brief"] or {}).get("entities", [])
        people.update(e["name"] for e in entities if e["type"] == "PERSON")
    return texts, sorted(people)


def _queries(texts: Sequence[str], rng: random.Random) -> list[str]:
    """Five searches made of words of ``texts``: a word, a name, two words, a phrase and a prefix."""
    text = "\n".join(texts)
    words = sorted(set(_WORD.findall(text))) or ["minister"]
    names = sorted(set(_NAME.findall(text))) or ["Europe"]
    pairs = sorted(set(_PAIR.findall(text))) or [("prime", "minister")]
    long_words = [w for w in words if len(w) >= 8] or words
    return [
        rng.choice(words),
        rng.choice(names),
        " ".join(rng.sample(words, 2)) if len(words) > 1 else words[0],
        '"{} {}"'.format(*rng.choice(pairs)),
        rng.choice(long_words)[:4],
    ]


def _spread(sizes: Iterable[int]) -> str:
    found = sorted(sizes)
    if not found:
        return "no"
    return str(found[0]) if found[0] == found[-1] else f"{found[0]}–{found[-1]}"


def _requests(latency: Sequence[Timing]) -> str:
    counts = {len(t.seconds) for t in latency if t.first is not None}
    return "/".join(str(n) for n in sorted(counts)) or "0"


def _article_count(store: Path) -> int:
    from sitroom.store import Store

    with Store(store, readonly=True) as opened:
        return opened.article_count()


def _cpu_seconds(pid: int) -> float | None:
    """User and system CPU seconds of process ``pid`` so far (Linux ``/proc``), or None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _machine_cpu_seconds() -> float | None:
    """CPU seconds every process on this machine has used so far, all cores together (Linux
    ``/proc/stat``: user, nice, system, irq, softirq and steal time), or None."""
    try:
        fields = Path("/proc/stat").read_text(encoding="utf-8").splitlines()[0].split()
        user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, fields[1:9])
        return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _wait_until_up(address: str, process: subprocess.Popen, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-10:]
            raise ServeBenchError("sitroom serve stopped:\n" + "\n".join(tail))
        try:
            if httpx.get(address + "/favicon.ico", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise ServeBenchError(f"sitroom serve did not answer within {timeout:g} s")


def _load_line(load: tuple[float | None, float | None]) -> str:
    before, after = load
    if before is None or after is None:
        return "the load average is not available here."
    return f"the 1-minute load average was {before:.2f} before the run and {after:.2f} after the load."


def _ms(seconds: float) -> str:
    return (
        "n/a"
        if math.isnan(seconds)
        else f"{1000 * seconds:.0f}"
        if seconds >= 0.01
        else f"{1000 * seconds:.1f}"
    )


def _progress(message: str) -> None:
    print(f"serve bench: {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
