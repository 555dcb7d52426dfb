"""Times across the corpus: ids, and the time each relative expression was resolved against."""

from __future__ import annotations

from sitroom.types import Article, Extraction, Time


def link_times(articles: list[Article], extractions: list[Extraction]) -> tuple[Time, ...]:
    """Every article's times as brief times in article and text order; record anchors become time ids."""
    order = {article.id: n for n, article in enumerate(articles)}
    texts = {article.id: article.text for article in articles}
    times = []
    for extraction in sorted(extractions, key=lambda e: order[e.article_id]):
        article_id = extraction.article_id
        for n, record in enumerate(extraction.times):
            anchor = record.anchor
            times.append(
                Time(
                    id=time_id(article_id, n),
                    article=article_id,
                    start=record.start,
                    end=record.end,
                    text=texts[article_id][record.start : record.end],
                    type=record.type,
                    value=record.value,
                    granularity=record.granularity,
                    mod=record.mod,
                    anchor=time_id(article_id, anchor) if isinstance(anchor, int) else anchor,
                )
            )
    return tuple(times)


def time_id(article_id: str, index: int) -> str:
    """``<article>/t1`` for the article's first time record (index 0)."""
    return f"{article_id}/t{index + 1}"
