"""Several stories in one brief: the Stories section lists each with its dates and size, and the Timeline
draws every story's events together over the span of them all."""

from __future__ import annotations

from dataclasses import replace

from sitroom.render import render
from sitroom.render.events import timeline
from sitroom.render.stories import stories
from sitroom.types import Brief, Story

TALKS = Story(
    "s1",
    "Geneva talks",
    ("wire-1", "ledger-1", "courier-1"),
    (),
    ("wire-1/e1", "wire-1/e3", "ledger-1/e2", "wire-1/e2"),
    "2022-01-10",
    "2022-01-11",
)
THREAT = Story("s2", "Russia threatens the US", ("note-1",), (), ("note-1/e1",), "2022-01-14", "2022-01-14")


def two_stories(talks: Brief) -> Brief:
    return replace(talks, stories=(TALKS, THREAT))


def test_each_story_is_listed_with_its_title_dates_and_size(talks):
    rows = stories(two_stories(talks).stories).rows
    assert [(r.id, r.title, r.dates, r.size) for r in rows] == [
        ("s1", "Geneva talks", "10–11 Jan 2022", "3 articles"),
        ("s2", "Russia threatens the US", "Fri 14 Jan 2022", "1 article"),
    ]


def test_an_undated_story_is_listed_without_dates(talks):
    (row,) = stories([replace(THREAT, first=None, last=None)]).rows
    assert row.dates is None


def test_the_timeline_of_several_stories_spans_them_all_under_no_single_title(talks):
    view = timeline(two_stories(talks))
    assert (view.story, view.first, view.last) == (None, "2022-01-10", "2022-01-14")
    assert [e.id for e in view.events] == [e.id for e in timeline(talks).events]


def test_one_story_still_titles_the_timeline(talks):
    assert timeline(talks).story == "Geneva talks"


def test_the_markdown_report_lists_the_stories(talks):
    text = render(two_stories(talks), "md")
    assert "## Stories\n\n| Story | Title | Dates | Articles |" in text
    assert "| s1 | Geneva talks | 10–11 Jan 2022 | 3 articles |" in text
    assert "| s2 | Russia threatens the US | Fri 14 Jan 2022 | 1 article |" in text
    assert "Story: " not in text  # no one story titles the timeline
    assert "_No stories._" in render(replace(talks, stories=()), "md")


def test_the_html_report_lists_the_stories(talks):
    page = render(two_stories(talks), "html")
    assert '<a href="#stories">Stories</a>' in page
    assert (
        "<tr><td>s2</td><td>Russia threatens the US</td><td>Fri 14 Jan 2022</td><td>1 article</td></tr>"
        in page
    )
