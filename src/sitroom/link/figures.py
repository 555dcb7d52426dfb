"""Figures across the corpus: ids, and the entity that claims each one."""

from __future__ import annotations

from sitroom.link.entities import LinkedEntities
from sitroom.types import Article, Extraction, Figure


def link_figures(
    articles: list[Article], extractions: list[Extraction], linked: LinkedEntities
) -> tuple[Figure, ...]:
    """Every article's figures as brief figures, in article and text order, claimants as entity ids."""
    order = {article.id: n for n, article in enumerate(articles)}
    texts = {article.id: article.text for article in articles}
    entity_at = {(m.article, m.start): m.entity for m in linked.mentions}
    figures = []
    for extraction in sorted(extractions, key=lambda e: order[e.article_id]):
        article_id = extraction.article_id
        for n, record in enumerate(extraction.figures, start=1):
            claimant = (
                entity_at.get((article_id, record.claimed_by)) if record.claimed_by is not None else None
            )
            figures.append(
                Figure(
                    id=f"{article_id}/f{n}",
                    article=article_id,
                    start=record.start,
                    end=record.end,
                    text=texts[article_id][record.start : record.end],
                    value=record.value,
                    high=record.high,
                    unit=record.unit,
                    counts=record.counts,
                    qualifier=record.qualifier,
                    claimed_by=claimant,
                )
            )
    return tuple(figures)
