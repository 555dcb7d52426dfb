"""Put the linked corpus together as a :class:`~sitroom.types.Brief` in the contract's stable order."""

from __future__ import annotations

from sitroom import __version__
from sitroom.link import LinkedEntities
from sitroom.types import Article, Brief, Comparison, Event, Failure, Figure, Meta, Quote, Story, Time


def assemble_brief(
    articles: list[Article],
    linked: LinkedEntities,
    quotes: tuple[Quote, ...] = (),
    figures: tuple[Figure, ...] = (),
    times: tuple[Time, ...] = (),
    comparisons: tuple[Comparison, ...] = (),
    events: tuple[Event, ...] = (),
    stories: tuple[Story, ...] = (),
    *,
    failures: list[Failure],
    model: str | None,
) -> Brief:
    """The brief: articles in input order, entities by prominence, the rest in article and text order."""
    return Brief(
        meta=Meta(sitroom=__version__, model=model, failed=tuple(failures)),
        articles=tuple(articles),
        entities=linked.entities,
        mentions=linked.mentions,
        quotes=quotes,
        times=times,
        figures=figures,
        comparisons=comparisons,
        events=events,
        stories=stories,
    )
