"""Adding articles to the store: only what is new is parsed, and whole batches land in one transaction.

An article is known by a hash of its source, metadata and text: the same input added again is skipped and
said so; a changed text from the same source (file path or URL) is a new version under the same id. New
articles get ids unique in the whole store, are checked for being copies of anything stored (the MinHash
index is rebuilt from the stored fingerprints), parsed in batches, and join stories through the clusterer
whose state the store keeps — so the store ends up as a one-shot brief over the same articles, in the
same order, would have it. The batches finished within about ``COMMIT_SECONDS`` (articles, extractions,
fingerprints, stories, and the clusterer state once) are one transaction: a run killed half way keeps
every batch committed and no half article, and running the same ``add`` again finishes the job without
duplicates. Writing the clusterer's state (megabytes, once thousands of stories are live) once a second
rather than once a batch keeps a large ``add`` bound by the parse, not by the store.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from sitroom import __version__
from sitroom.errors import StoreError
from sitroom.ingest.articles import unique_id
from sitroom.link.clustering import StoryIndex
from sitroom.link.copies import CopyIndex, Fingerprint, fingerprint
from sitroom.options import Options
from sitroom.parallel import extract_batches, failures_of
from sitroom.store.database import Store
from sitroom.types import Article, Extraction, Failure

MODEL_STATE = "model"
STORIES_STATE = "stories"
COMMIT_SECONDS = 1.0


@dataclass(frozen=True, slots=True)
class AddReport:
    """What one ``add`` did: ids added (new versions among them), inputs already stored, copies found,
    stories opened, and inputs that could not be read."""

    added: tuple[str, ...] = ()
    versions: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    copies: tuple[str, ...] = ()
    new_stories: int = 0
    failures: tuple[Failure, ...] = ()


@dataclass(frozen=True, slots=True)
class _Pending:
    article: Article
    digest: str
    identity: str
    version: int
    fingerprint: Fingerprint


def add_articles(
    store: Store,
    articles: list[Article],
    *,
    options: Options,
    model: str,
    failures: tuple[Failure, ...] = (),
    on_read: Callable[[int], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> AddReport:
    """Add ``articles`` (as read, in arrival order) to ``store``; see the module docstring. ``model`` is
    how the brief names ``options.model`` (its package and version)."""
    _check_model(store, options.model)
    pending, unchanged = _new_articles(store, articles)
    if on_read is not None:
        on_read(len(pending))
    stories = StoryIndex.from_state(state) if (state := store.state(STORIES_STATE)) else StoryIndex()
    opened_before = stories.count
    batches = [pending[i : i + options.batch_size] for i in range(0, len(pending), options.batch_size)]
    analysed = [[p.article for p in batch if p.article.analysable] for batch in batches]
    done = extract_batches(analysed, options=options)
    failed: list[Failure] = []
    waiting: list[tuple[list[_Pending], list[Extraction]]] = []
    since = time.monotonic()
    for number, (batch, articles_done, extractions) in enumerate(zip(batches, analysed, done, strict=True)):
        failed += failures_of(articles_done, extractions)
        waiting.append((batch, extractions))
        if time.monotonic() - since >= COMMIT_SECONDS or number == len(batches) - 1:
            _keep(store, waiting, stories, [options.model, model])
            if on_progress is not None:
                on_progress(sum(len(items) for items, _ in waiting))
            waiting, since = [], time.monotonic()
    failed_sources = {f.source for f in failed}
    kept = [p for p in pending if p.article.source not in failed_sources]
    return AddReport(
        added=tuple(p.article.id for p in kept),
        versions=tuple(p.article.id for p in kept if p.version > 1),
        unchanged=tuple(unchanged),
        copies=tuple(p.article.id for p in kept if p.article.copy_of is not None),
        new_stories=stories.count - opened_before,
        failures=(*failures, *failed),
    )


def content_hash(article: Article, identity: str) -> str:
    """What makes an input the same input: its source, its metadata and its text."""
    fields = (identity, article.title, article.outlet, article.author, article.published, article.text)
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()


def _check_model(store: Store, model: str) -> None:
    """Refuse to mix models in one store: its briefs would compare readings of different parsers."""
    stored = store.state(MODEL_STATE)
    if isinstance(stored, list) and stored[0] != model:
        raise StoreError(
            store.path, f"holds articles read with model {stored[0]!r}; add with --model {stored[0]}"
        )


def _new_articles(store: Store, articles: list[Article]) -> tuple[list[_Pending], list[str]]:
    """The articles not stored yet, with store-wide ids and their copy relations; and the sources of those
    already stored."""
    used = store.ids()
    copies = CopyIndex()
    for article_id, data, copy in store.fingerprints():
        copies.restore(article_id, Fingerprint.from_bytes(data), copy)
    pending: list[_Pending] = []
    unchanged: list[str] = []
    seen: set[str] = set()
    for article in articles:
        identity = article.url or article.source
        digest = content_hash(article, identity)
        if digest in seen or store.has_hash(digest):
            unchanged.append(article.source)
            continue
        seen.add(digest)
        current = store.current_version(identity)
        if current is not None:
            version = current[2] + 1
            article = replace(article, id=current[1])
        else:
            version = 1
            article = replace(article, id=unique_id(article.id, used))
        found = fingerprint(article.text)
        copy = copies.find(found)
        if copy is not None and copy.article != article.id:
            article = replace(
                article, copy_of=copy, duplicate_of=copy.article if copy.kind == "exact" else None
            )
        copies.add(article.id, found)
        pending.append(_Pending(article, digest, identity, version, found))
    return pending, unchanged


def _keep(
    store: Store,
    batches: list[tuple[list[_Pending], list[Extraction]]],
    stories: StoryIndex,
    model: list[str],
) -> None:
    """Write whole batches, each with the extractions of its analysable articles, in one transaction."""
    with store.batch():
        for batch, extractions in batches:
            _keep_batch(store, batch, extractions, stories, model)
        store.put_state(STORIES_STATE, stories.to_state())
        store.put_state(MODEL_STATE, model)


def _keep_batch(
    store: Store,
    batch: list[_Pending],
    extractions: list[Extraction],
    stories: StoryIndex,
    model: list[str],
) -> None:
    extracted = iter(extractions)
    for item in batch:
        extraction = next(extracted) if item.article.analysable else None
        if extraction is not None and extraction.failed is not None:
            continue  # not kept, so that a later sitroom reads it again
        key = store.put_article(
            item.article, digest=item.digest, identity=item.identity, version=item.version
        )
        store.put_fingerprint(key, item.fingerprint.to_bytes())
        if extraction is None:
            continue
        store.put_extraction(key, item.article.text, extraction, model=model[0], version=__version__)
        store.put_story(key, stories.add(item.article, extraction))
