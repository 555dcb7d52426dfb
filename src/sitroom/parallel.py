"""Annotate and extract many articles, in parallel worker processes when the input is large enough.

Per-article work shares nothing, so articles go to workers in batches; each worker parses its batch with
``nlp.pipe`` and runs the extractors there, and only the small extraction records travel back (never
spaCy Docs). The model is loaded once in the parent before the workers fork, so they share it.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable, Iterator

from spacy.tokens import Doc

from sitroom.extract import extract_article
from sitroom.nlp.model import load_model
from sitroom.types import Article, Extraction, Failure

_model_name: str | None = None


def extract_all(
    articles: list[Article],
    *,
    model: str,
    processes: int,
    batch_size: int,
    on_progress: Callable[[int], None] | None = None,
) -> list[Extraction]:
    """The extractions of ``articles``, in their order; ``on_progress`` is told how many finished."""
    load_model(model)
    batches = [articles[i : i + batch_size] for i in range(0, len(articles), batch_size)]
    results: list[Extraction] = []
    for done in _run(batches, model, processes):
        results.extend(done)
        if on_progress is not None:
            on_progress(len(done))
    return results


def extract_batches(
    batches: list[list[Article]], *, model: str, processes: int
) -> Iterator[list[Extraction]]:
    """The extractions of each batch, batch by batch in order, as soon as each is done (for a caller that
    keeps each batch as it comes, like the store's ``add``)."""
    load_model(model)
    yield from _run(batches, model, processes)


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
    if not batch:
        return []
    nlp = load_model(_model_name)
    longest = max(len(article.text) for article in batch)
    if longest >= nlp.max_length:
        nlp.max_length = longest + 1
    docs = nlp.pipe((article.text for article in batch), batch_size=len(batch))
    return [_extract(article, doc) for article, doc in zip(batch, docs, strict=True)]


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
