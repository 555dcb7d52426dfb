"""Annotate and extract many articles, in parallel worker processes when the input is large enough.

Per-article work shares nothing, so articles go to workers in batches; each worker parses its batch with
``nlp.pipe`` and runs the extractors there, and only the small extraction records travel back (never
spaCy Docs). The local engine loads the model once in the parent before the workers fork, so they share
it; the Ray engine (:mod:`sitroom.ray_engine`) sends the same batches to Ray workers instead.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable, Iterator

from spacy.tokens import Doc

from sitroom.extract import extract_article
from sitroom.nlp.model import load_model
from sitroom.options import Options
from sitroom.types import Article, Extraction, Failure

_model_name: str | None = None


def extract_all(
    articles: list[Article],
    *,
    options: Options,
    on_progress: Callable[[int], None] | None = None,
) -> list[Extraction]:
    """The extractions of ``articles``, in their order; ``on_progress`` is told how many finished."""
    size = options.batch_size
    results: list[Extraction] = []
    for done in extract_batches(
        [articles[i : i + size] for i in range(0, len(articles), size)], options=options
    ):
        results.extend(done)
        if on_progress is not None:
            on_progress(len(done))
    return results


def extract_batches(batches: list[list[Article]], *, options: Options) -> Iterator[list[Extraction]]:
    """The extractions of each batch, batch by batch in order, as soon as each is done (for a caller that
    keeps each batch as it comes, like the store's ``add``), on the engine ``options`` names."""
    if options.engine == "ray":
        from sitroom import ray_engine  # Ray is an optional extra: imported only when asked for

        yield from ray_engine.extract_batches(batches, options)
        return
    load_model(options.model)
    yield from _run(batches, options.model, options.worker_count(sum(map(len, batches))))


def extract_batch(batch: list[Article], model: str) -> list[Extraction]:
    """The extractions of one batch, parsed together in this process (every engine's unit of work)."""
    if not batch:
        return []
    nlp = load_model(model)
    longest = max(len(article.text) for article in batch)
    if longest >= nlp.max_length:
        nlp.max_length = longest + 1
    docs = nlp.pipe((article.text for article in batch), batch_size=len(batch))
    return [_extract(article, doc) for article, doc in zip(batch, docs, strict=True)]


def _run(batches: list[list[Article]], model: str, processes: int) -> Iterator[list[Extraction]]:
    if processes <= 1 or len(batches) <= 1 or sys.platform == "win32":
        global _model_name
        _model_name = model
        yield from map(_work, batches)
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    with context.Pool(min(processes, len(batches)), initializer=_init, initargs=(model,)) as pool:
        yield from pool.imap(_work, batches)


def _init(model: str) -> None:
    global _model_name
    _model_name = model
    load_model(model)


def _work(batch: list[Article]) -> list[Extraction]:
    assert _model_name is not None
    return extract_batch(batch, _model_name)


def _extract(article: Article, doc: Doc) -> Extraction:
    """The article's extraction; an extractor's bug costs this article its analysis, never the whole run."""
    try:
        return extract_article(article.id, doc, article.published)
    except Exception as error:  # a bug in an extractor: reported with the article, the run goes on
        return Extraction(article.id, failed=f"{type(error).__name__}: {error}")


def failures_of(articles: list[Article], extractions: list[Extraction]) -> list[Failure]:
    """The articles whose extraction failed, as failures the user is told about."""
    return [
        Failure(article.source, f"could not be analysed ({extraction.failed}); please report this as a bug")
        for article, extraction in zip(articles, extractions, strict=True)
        if extraction.failed is not None
    ]
