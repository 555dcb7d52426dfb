"""Stories: for now one per input set, titled by its earliest headline, with a timeline and a summary.

Articles and events are built by hand; every sentence is written for these tests.
"""

from __future__ import annotations

from sitroom.link import build_stories
from sitroom.types import Article, Event, Time

EARLY = Article(
    "early",
    "early.txt",
    "Ferries stopped at dawn. The port stayed shut all day.",
    title="Port shut by strike",
    published="2022-01-10",
)
LATE = Article(
    "late",
    "late.txt",
    "Dockers returned to work on Thursday. Talks had ended in a deal.",
    title="Dockers go back",
    published="2022-01-14",
)
MIDDLE = Article(
    "middle",
    "middle.txt",
    "  The mayor met both unions. Nobody spoke afterwards.",
    title="Mayor steps in",
    published="2022-01-12",
)


def event(article: str, n: int, time: str | None = None, same_as: str | None = None) -> Event:
    """The brief event ``<article>/e<n>``, dated by the brief time id ``time``."""
    return Event(
        id=f"{article}/e{n}",
        article=article,
        start=0,
        end=1,
        text="x",
        type="CONSULT",
        mode=None,
        actor=None,
        actor_for=None,
        target=None,
        target_for=None,
        place=None,
        time=time,
        status="occurred",
        same_as=same_as,
    )


def day(time_id: str, value: str) -> Time:
    return Time(time_id, time_id.split("/")[0], 0, 1, value, "date", value, "day")


def test_every_analysed_article_is_in_the_one_story() -> None:
    (story,) = build_stories([LATE, EARLY, MIDDLE], (), ())
    assert (story.id, story.articles) == ("s1", ("late", "early", "middle"))


def test_a_duplicate_or_foreign_article_is_left_out_of_the_story() -> None:
    copy = Article("copy", "copy.txt", EARLY.text, title="Port shut", duplicate_of="early")
    german = Article("de", "de.txt", "Die Fähren standen still.", title="Fähren", language="de")
    (story,) = build_stories([EARLY, copy, german], (), ())
    assert story.articles == ("early",)


def test_no_analysed_article_makes_no_story() -> None:
    german = Article("de", "de.txt", "Die Fähren standen still.", language="de")
    assert build_stories([german], (), ()) == ()


def test_the_story_is_titled_by_its_earliest_headline_not_the_first_given() -> None:
    (story,) = build_stories([LATE, MIDDLE, EARLY], (), ())
    assert story.title == "Port shut by strike"


def test_an_untitled_earliest_article_gives_way_to_the_next_headline() -> None:
    untitled = Article("u", "u.txt", "Ferries were late.", published="2022-01-09")
    (story,) = build_stories([LATE, untitled, MIDDLE], (), ())
    assert story.title == "Mayor steps in"


def test_a_story_without_any_headline_is_titled_by_its_size() -> None:
    articles = [Article("a", "a.txt", "Ferries were late."), Article("b", "b.txt", "Ferries were early.")]
    (story,) = build_stories(articles, (), ())
    assert story.title == "2 articles"


def test_the_story_runs_from_its_first_to_its_last_publication_date() -> None:
    undated = Article("u", "u.txt", "Ferries were late.")
    (story,) = build_stories([MIDDLE, LATE, undated, EARLY], (), ())
    assert (story.first, story.last) == ("2022-01-10", "2022-01-14")


def test_an_undated_story_has_no_first_or_last_date() -> None:
    (story,) = build_stories([Article("u", "u.txt", "Ferries were late.")], (), ())
    assert (story.first, story.last) == (None, None)


def test_the_timeline_orders_events_by_the_day_they_happened() -> None:
    events = (event("late", 1, "late/t1"), event("early", 1, "early/t1"), event("middle", 1, "middle/t1"))
    times = (day("late/t1", "2022-01-13"), day("early/t1", "2022-01-08"), day("middle/t1", "2022-01-11"))
    (story,) = build_stories([EARLY, MIDDLE, LATE], events, times)
    assert story.timeline == ("early/e1", "middle/e1", "late/e1")


def test_an_event_without_its_own_date_is_placed_on_its_articles_date() -> None:
    events = (event("early", 1, "early/t1"), event("middle", 1), event("late", 1, "late/t1"))
    times = (day("early/t1", "2022-01-13"), day("late/t1", "2022-01-11"))
    (story,) = build_stories([EARLY, MIDDLE, LATE], events, times)
    assert story.timeline == ("late/e1", "middle/e1", "early/e1")


def test_an_event_with_no_date_at_all_comes_last() -> None:
    undated = Article("u", "u.txt", "Ferries were late.")
    events = (event("u", 1), event("late", 1))
    (story,) = build_stories([undated, LATE], events, ())
    assert story.timeline == ("late/e1", "u/e1")


def test_events_on_the_same_day_keep_the_briefs_order() -> None:
    events = (event("late", 2), event("late", 1))
    (story,) = build_stories([LATE], events, ())
    assert story.timeline == ("late/e2", "late/e1")


def test_the_timeline_lists_only_first_reports() -> None:
    events = (event("early", 1), event("late", 1, same_as="early/e1"), event("late", 2))
    (story,) = build_stories([EARLY, LATE], events, ())
    assert story.timeline == ("early/e1", "late/e2")


def test_the_summary_is_the_lead_sentence_of_each_article_earliest_first() -> None:
    (story,) = build_stories([LATE, MIDDLE, EARLY], (), ())
    assert [(line.article, line.text) for line in story.summary] == [
        ("early", "Ferries stopped at dawn."),
        ("middle", "The mayor met both unions."),
        ("late", "Dockers returned to work on Thursday."),
    ]


def test_a_summary_line_cites_its_span_in_the_article() -> None:
    (story,) = build_stories([MIDDLE], (), ())
    (line,) = story.summary
    assert (line.start, line.end) == (2, 28)
    assert MIDDLE.text[line.start : line.end] == line.text


def test_the_summary_takes_the_leads_of_the_first_three_articles_only() -> None:
    fourth = Article("d", "d.txt", "Buses ran late.", published="2022-01-15")
    (story,) = build_stories([fourth, LATE, MIDDLE, EARLY], (), ())
    assert [line.article for line in story.summary] == ["early", "middle", "late"]


def test_a_one_sentence_article_is_its_own_lead() -> None:
    (story,) = build_stories([Article("a", "a.txt", "Ferries were late today\n")], (), ())
    assert [line.text for line in story.summary] == ["Ferries were late today"]


def test_a_blank_article_adds_no_summary_line() -> None:
    (story,) = build_stories([Article("a", "a.txt", "   "), EARLY], (), ())
    assert [line.article for line in story.summary] == ["early"]


def test_an_abbreviations_full_stop_does_not_end_the_lead() -> None:
    article = Article("a", "a.txt", "U.S. Senator Ann Holm met Russian envoys in Geneva. Nothing was agreed.")
    (story,) = build_stories([article], (), ())
    assert [line.text for line in story.summary] == ["U.S. Senator Ann Holm met Russian envoys in Geneva."]
