"""Story clustering on WikiRef220: sitroom's stories against the data set's topic labels.

WikiRef220 (``../shared/data/wikiref220/docs``) holds 220 web articles; the part of a file's name before
``.N.txt`` is its topic (five large topics of 35–39 articles, and small ones that act as noise and as near
misses: Barack beside Michelle Obama, smartphones beside the Galaxy S5, Greek elections beside the Greek
debt crisis). The articles are read with sitroom's own reader, extracted as ``sitroom brief`` does, and
clustered by :func:`sitroom.link.build_stories` (an article copying another is scored in its original's
story, where a reader finds it). Scores, each against the topic labels:

- **B-cubed** precision, recall and F1 (Bagga and Baldwin 1998: per article, the share of its story that
  shares its topic, and of its topic that shares its story, averaged over articles), and **pairwise**
  precision, recall and F1 over the pairs of articles put together;
- in **batch order** (file names sorted) and in **stream order** (five seeded shuffles: the mean, and the
  worst of each figure), since the clusterer is online and order matters;
- on the **tuning half** and the **held-out half**: one seeded split of every topic's articles in two
  (:func:`split`). ``JOIN_THRESHOLD`` was chosen on the tuning half alone (grid 0.06–0.20 in steps of
  0.01, best mean of batch and stream B-cubed F1: 0.11, on a flat top from 0.09 to 0.12), and so was adding
  the headline bag; the held-out half was scored only once the threshold was set. A second round, again on
  the tuning half alone (batch and the mean of 20 seeded shuffles), tried binary, square-root and raw TF,
  IDF without smoothing, other bag weights, PERSON and ORG names counted twice, surnames for full names,
  linkage to a story's most similar member (alone, mixed with the centroid, or the better of the two) or
  to the mean of its members, and requiring both term and name cosines above a floor; only reading a
  surname as the full name its article gives held up, with the threshold moved to 0.10 (flat from 0.095
  to 0.105). The held-out half was scored once, after that choice (batch 0.937 -> 0.945, stream mean
  0.934 -> 0.938, stream worst 0.917 -> 0.912). A third round learned the bag weights (Miranda et al.
learn theirs): a logistic regression of "same topic" on the three cosines between each tuning-half article
and every story built so far from the labels (file order and 20 shuffles) gave shares 0.53 / 0.17 / 0.30
for terms / names / headline, used rounded to 0.5 / 0.2 / 0.3 with the threshold left at 0.10 (flat from
0.095 to 0.105); tuning half batch 0.963 -> 0.963, stream mean of 20 0.922 -> 0.928, and the held-out half,
scored once after, batch 0.945 -> 0.953, stream mean 0.938 -> 0.947, stream worst 0.912 -> 0.908. That
round also tried, on the tuning half, and dropped: a threshold that grows with a story's size (as the
expected cosine with a centroid of n articles does), weak joins counting less in the centroid, raw and
square-root TF for names, names in the lead as a fourth bag, lead words in the headline bag, headline
bigrams, digits in headline words, accent- and case-folded name keys, and IDF from the whole set; and,
in a replay against the label-built stories, rules that the article and the story share their main names.
The other constants are
  the defaults argued in :mod:`sitroom.link.clustering`. Before the split was drawn, a first look was taken
  on the whole set at thresholds (0.1–0.4), at term against entity weight, at IDF smoothing and at centroid
  size; it left the defaults started from in place (scikit-learn's IDF smoothing, 200-term centroids)
  and showed where the errors lie;
- **agreement** of the stories one :class:`~sitroom.link.clustering.StoryIndex` gives fed one article at a
  time, its state saved as JSON and loaded again before each article, with those of feeding all at once.

``python -m eval.stories`` prints the table.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from eval.scoring import f1, ratio
from sitroom.types import Article, Extraction

DOCS = Path("data") / "wikiref220" / "docs"
SHUFFLES = 5
SPLIT_SEED = 0
PROCESSES = 2
_TOPIC = re.compile(r"^(?P<topic>.+)\.\d+\.txt$")


@dataclass(frozen=True, slots=True)
class Corpus:
    """The data set as sitroom read it: articles in file-name order, the analysable ones' extractions,
    and each article's topic by its id."""

    articles: tuple[Article, ...]
    extractions: tuple[Extraction, ...]
    topics: Mapping[str, str]


def evaluate(shared: Path) -> dict | None:
    """Every figure of the module docstring; None when WikiRef220 is not under ``shared``."""
    corpus = read_corpus(shared)
    return None if corpus is None else score(corpus)


def read_corpus(shared: Path) -> Corpus | None:
    """Read and extract WikiRef220 as ``sitroom brief`` would; None when it is absent."""
    from sitroom.ingest import read_articles
    from sitroom.link import mark_copies
    from sitroom.options import Options
    from sitroom.parallel import extract_all

    folder = Path(shared) / DOCS
    if not folder.is_dir():
        return None
    files = sorted(folder.glob("*.txt"))
    options = Options(processes=PROCESSES)
    articles = mark_copies(read_articles([str(f) for f in files], options=options).articles)
    analysed = [a for a in articles if a.analysable]
    extractions = extract_all(analysed, options=options)
    topics = {a.id: topic_of(a.source) for a in articles}
    return Corpus(tuple(articles), tuple(extractions), topics)


def topic_of(source: str) -> str:
    """``michelle.obama`` for ``…/michelle.obama.12.txt``."""
    name = Path(source).name
    match = _TOPIC.match(name)
    return match["topic"] if match else name


def score(corpus: Corpus) -> dict:
    """Batch, stream, halves and agreement figures for ``corpus``."""
    everything = list(corpus.articles)
    tuning, held_out = split(everything, corpus.topics)
    return {
        "articles": len(everything),
        "topics": len(set(corpus.topics.values())),
        "all": orders(everything, corpus),
        "tuning": orders(tuning, corpus),
        "held_out": orders(held_out, corpus),
        "resumed": agreement(everything, corpus.extractions),
    }


def split(
    articles: Sequence[Article], topics: Mapping[str, str], seed: int = SPLIT_SEED
) -> tuple[list[Article], list[Article]]:
    """The tuning and held-out halves: each topic's articles shuffled (seeded by topic) and cut in two,
    the first half (rounded up) for tuning; single-article topics shuffled together and cut the same way.
    Both halves keep file-name order."""
    groups: dict[str, list[Article]] = {}
    for article in articles:
        groups.setdefault(topics[article.id], []).append(article)
    tuning: list[Article] = []
    singles = [group[0] for group in groups.values() if len(group) == 1]
    for topic in sorted(groups):
        if len(groups[topic]) > 1:
            tuning += _first_half(groups[topic], f"{seed}:{topic}")
    tuning += _first_half(singles, f"{seed}:singles")
    chosen = {a.id for a in tuning}
    return [a for a in articles if a.id in chosen], [a for a in articles if a.id not in chosen]


def _first_half(group: list[Article], seed: str) -> list[Article]:
    shuffled = list(group)
    random.Random(seed).shuffle(shuffled)
    return shuffled[: (len(shuffled) + 1) // 2]


def orders(articles: list[Article], corpus: Corpus) -> dict:
    """Scores in file-name order, and the mean and worst over ``SHUFFLES`` seeded shuffles."""
    batch = cluster_scores(articles, corpus)
    streams = []
    for seed in range(SHUFFLES):
        order = list(articles)
        random.Random(seed).shuffle(order)
        streams.append(cluster_scores(order, corpus))
    keys = batch.keys()
    return {
        "batch": batch,
        "stream_mean": {k: sum(s[k] for s in streams) / len(streams) for k in keys},
        "stream_worst": {k: min(s[k] for s in streams) for k in keys},
    }


def cluster_scores(articles: list[Article], corpus: Corpus) -> dict:
    """Cluster ``articles`` in this order with :func:`build_stories` and score the stories."""
    from sitroom.link import build_stories

    stories = build_stories(articles, corpus.extractions, (), ())
    story = {article: s.id for s in stories for article in s.articles}
    by_id = {a.id: a for a in corpus.articles}
    predicted = [_story_of(a, story, by_id) for a in articles]
    figures = scores(predicted, [corpus.topics[a.id] for a in articles])
    return {**figures, "stories": len(set(predicted))}


def _story_of(article: Article, story: Mapping[str, str], by_id: Mapping[str, Article]) -> str:
    """The article's story; a copy's is its original's (a story of its own when that is unknown)."""
    seen = set()
    while article.id not in story and article.id not in seen:
        seen.add(article.id)
        original = article.duplicate_of or (article.copy_of.article if article.copy_of else None)
        if original is None or original not in by_id:
            break
        article = by_id[original]
    return story.get(article.id, f"alone:{article.id}")


def scores(predicted: Sequence[object], gold: Sequence[object]) -> dict[str, float]:
    """B-cubed and pairwise precision, recall and F1 of a clustering (one label per item) against gold."""
    together = Counter(zip(predicted, gold, strict=True))
    clusters, classes = Counter(predicted), Counter(gold)
    items = len(predicted)
    precision = ratio(sum(n * n / clusters[p] for (p, _), n in together.items()), items) if items else 0.0
    recall = ratio(sum(n * n / classes[g] for (_, g), n in together.items()), items) if items else 0.0
    shared_pairs = _pairs(together)
    pair_precision = ratio(shared_pairs, _pairs(clusters)) if _pairs(clusters) else 1.0
    pair_recall = ratio(shared_pairs, _pairs(classes)) if _pairs(classes) else 1.0
    return {
        "bcubed_precision": precision,
        "bcubed_recall": recall,
        "bcubed_f1": f1(precision, recall),
        "pairwise_precision": pair_precision,
        "pairwise_recall": pair_recall,
        "pairwise_f1": f1(pair_precision, pair_recall),
    }


def _pairs(sizes: Counter) -> int:
    return sum(n * (n - 1) // 2 for n in sizes.values())


def agreement(articles: Sequence[Article], extractions: Sequence[Extraction]) -> dict:
    """Feed one index article by article through a JSON round trip of its state, another all at once:
    how many articles got the same story number, and whether the final states are identical."""
    from sitroom.link.clustering import StoryIndex

    by_article = {e.article_id: e for e in extractions}
    analysed = [a for a in articles if a.analysable]
    whole = StoryIndex()
    at_once = [whole.add(a, by_article.get(a.id)) for a in analysed]
    state = StoryIndex().to_state()
    resumed = []
    for article in analysed:
        index = StoryIndex.from_state(json.loads(json.dumps(state)))
        resumed.append(index.add(article, by_article.get(article.id)))
        state = index.to_state()
    same = sum(a == b for a, b in zip(at_once, resumed, strict=True))
    return {
        "articles": len(analysed),
        "same_story": same,
        "identical": same == len(analysed) and json.dumps(state) == json.dumps(whole.to_state()),
    }


_ROWS = (
    ("all", "batch", "all, batch order (file names sorted)"),
    ("all", "stream_mean", f"all, stream order: mean of {SHUFFLES} shuffles"),
    ("all", "stream_worst", f"all, stream order: worst of {SHUFFLES} shuffles (each figure)"),
    ("tuning", "batch", "tuning half, batch order"),
    ("tuning", "stream_mean", "tuning half, stream mean"),
    ("held_out", "batch", "held-out half, batch order"),
    ("held_out", "stream_mean", "held-out half, stream mean"),
    ("held_out", "stream_worst", "held-out half, stream worst"),
)


def markdown(figures: dict) -> str:
    """The table of B-cubed and pairwise figures by order and half, and the agreement line."""
    rows = [
        "| articles, order | B³ precision | B³ recall | B³ F1 | pair precision | pair recall | pair F1 "
        "| stories |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for part, order, label in _ROWS:
        s = figures[part][order]
        cells = [f"{s[k]:.3f}" for k in ("bcubed_precision", "bcubed_recall", "bcubed_f1")]
        cells += [f"{s[k]:.3f}" for k in ("pairwise_precision", "pairwise_recall", "pairwise_f1")]
        stories = {"batch": f"{s['stories']:.0f}", "stream_mean": f"{s['stories']:.1f}"}.get(order, "–")
        rows.append(f"| {label} | " + " | ".join(cells) + f" | {stories} |")
    resumed = figures["resumed"]
    verdict = "identical" if resumed["identical"] else "DIFFERENT"
    rows += [
        "",
        f"{figures['articles']} articles, {figures['topics']} topic labels. Fed one at a time through "
        f"`to_state`/`from_state` (a JSON round trip before each article) against all at once: {verdict} "
        f"({resumed['same_story']} of {resumed['articles']} articles in the same story, final states "
        f"{'equal' if resumed['identical'] else 'not equal'}). `JOIN_THRESHOLD` was chosen on the tuning "
        "half; the held-out half was not looked at while choosing. Published anchor: Miranda et al. 2018, "
        "F1 ≈ 0.94 on their own news stream; the issue's goal is 0.95.",
    ]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """``python -m eval.stories [SHARED]``: print the table (SHARED defaults to ``../shared``)."""
    args = sys.argv[1:] if argv is None else argv
    shared = Path(args[0] if args else "../shared")
    figures = evaluate(shared)
    print(markdown(figures) if figures else f"no WikiRef220 under {shared}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
