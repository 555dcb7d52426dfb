"""Put the linked corpus together as a :class:`~sitroom.types.Brief` in the contract's stable order."""

from __future__ import annotations

from sitroom import __version__
from sitroom.link import LinkedEntities
from sitroom.types import Article, Brief, Failure, Figure, Meta, Quote


def assemble_brief(
    articles: list[Article],
    linked: LinkedEntities,
    quotes: tuple[Quote, ...] = (),
    figures: tuple[Figure, ...] = (),
    *,
    failures: list[Failure],
    model: str | None,
) -> Brief:
    """The brief: articles in input order, entities by prominence, mentions, quotes and figures in text order.

    Lists that later extractors fill (times, events, comparisons, stories) are empty.
    """
    return Brief(
        meta=Meta(sitroom=__version__, model=model, failed=tuple(failures)),
        articles=tuple(articles),
        entities=linked.entities,
        mentions=linked.mentions,
        quotes=quotes,
        figures=figures,
    )
