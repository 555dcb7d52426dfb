"""Annotate and extract many articles, in parallel worker processes when the input is large enough.

Per-article work shares nothing, so articles go to workers in batches; each worker parses its batch with
``nlp.pipe`` and runs the extractors there, and only the small extraction records travel back (never
spaCy Docs). The model is loaded once in the parent before the workers fork, so they share it.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable, Iterator

from sitroom.extract import extract_article
from sitroom.nlp.model import load_model
from sitroom.types import Article, Extraction

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
    return [extract_article(a.id, doc, a.published) for a, doc in zip(batch, docs, strict=True)]
