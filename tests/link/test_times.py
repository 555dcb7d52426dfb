"""Times in the brief: ids per article, and record anchors turned into the ids of the times they name."""

from __future__ import annotations

from sitroom.link.times import link_times
from sitroom.types import Article, Extraction, TimeRecord

TEXT = "The ferry sank on Sunday. A day later the harbour closed."


def test_times_get_article_ids_and_anchors_name_the_time_they_count_from() -> None:
    articles = [Article(id="a", source="a.txt", text=TEXT, published="2015-07-06")]
    sunday = TimeRecord(18, 24, "date", "2015-07-05", "day", anchor="published")
    later = TimeRecord(26, 37, "date", "2015-07-06", "day", anchor=0)
    [first, second] = link_times(articles, [Extraction("a", times=(sunday, later))])
    assert (first.id, first.text, first.anchor) == ("a/t1", "Sunday", "published")
    assert (second.id, second.text, second.anchor) == ("a/t2", "A day later", "a/t1")


def test_times_follow_the_articles_order_not_the_extractions() -> None:
    articles = [
        Article(id="b", source="b.txt", text="Monday."),
        Article(id="a", source="a.txt", text="2014."),
    ]
    records = [
        Extraction("a", times=(TimeRecord(0, 4, "date", "2014", "year"),)),
        Extraction("b", times=(TimeRecord(0, 6, "date", None, "day"),)),
    ]
    assert [t.id for t in link_times(articles, records)] == ["b/t1", "a/t1"]
