"""Where a reported item came from: the span of article text every part of the report view cites.

It lives apart from :mod:`sitroom.render.report` so the section builders (dated mentions, figures,
comparisons and the events timeline) can cite spans, and count what they list, without importing the report
that assembles them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sitroom.types import Article

UNKNOWN_OUTLET = "unknown outlet"
UNDATED = "undated"


@dataclass(frozen=True, slots=True)
class Span:
    """Where an item came from: ``article.text[start:end]`` (code points), with that article's outlet."""

    article: str
    start: int
    end: int
    text: str
    outlet: str | None

    @property
    def cite(self) -> str:
        """The citation a reader checks: ``article-id:start-end``."""
        return f"{self.article}:{self.start}-{self.end}"


class Sourced:
    """A report item cited by a span from a dated article: its outlet and date as the report shows them.

    A base for the view models' frozen dataclasses, which give it ``span`` and ``published``.
    """

    __slots__ = ()
    span: Span
    published: str | None

    @property
    def outlet(self) -> str:
        return self.span.outlet or UNKNOWN_OUTLET

    @property
    def date(self) -> str:
        return self.published or UNDATED


def span_of(articles: Mapping[str, Article], article_id: str, start: int, end: int) -> Span:
    """The span with its text and outlet looked up; an unknown article gives empty text, no outlet."""
    article = articles.get(article_id)
    text = article.text[start:end] if article else ""
    return Span(article_id, start, end, text, article.outlet if article else None)


def count_label(count: int, noun: str) -> str:
    """``1 article``, ``3 articles``."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def article_order(articles: Iterable[str]) -> dict[str, int]:
    """Each article id's place in the brief, so items can be listed in the order the articles are."""
    return {article_id: n for n, article_id in enumerate(articles)}


__all__ = ["UNDATED", "UNKNOWN_OUTLET", "Sourced", "Span", "article_order", "count_label", "span_of"]
