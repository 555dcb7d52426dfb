"""What the first and last lines of an article say: headline, publication date, wire dateline, outlet."""

from __future__ import annotations

import pytest

from sitroom.ingest import read_articles
from sitroom.ingest.layout import read_layout
from sitroom.options import Options

HEADLINE = "Dockers strike for a second week"
LEDE = "Container ships queued outside the port of Vellmar on Tuesday as the strike went on."
NEXT = "The union says its members have not had a pay rise in three years."


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        (f"{HEADLINE}\n\n{LEDE}\n\n{NEXT}", HEADLINE, f"{LEDE}\n\n{NEXT}"),
        (f"Why the port stopped?\n\n{LEDE}", "Why the port stopped?", LEDE),
        (
            f"“We are not going back”: dockers dig in\n\n{LEDE}",
            "“We are not going back”: dockers dig in",
            LEDE,
        ),
        # prose as the first line stays in the body
        (f"{LEDE}\n\n{NEXT}", None, f"{LEDE}\n\n{NEXT}"),
        (
            "The strike, now in its second week,\n\nwent on.",
            None,
            "The strike, now in its second week,\n\nwent on.",
        ),
        ("strike continues at Vellmar port\n\n" + LEDE, None, "strike continues at Vellmar port\n\n" + LEDE),
        # a text that is one line has no headline to take
        (HEADLINE, None, HEADLINE),
        # a first line too long to be a headline is a paragraph
        (" ".join(["word"] * 30) + f"\n\n{LEDE}", None, " ".join(["word"] * 30) + f"\n\n{LEDE}"),
    ],
)
def test_short_first_line_is_the_headline(text: str, title: str | None, body: str) -> None:
    layout = read_layout(text)
    assert (layout.title, layout.body) == (title, body)


@pytest.mark.parametrize(
    ("text", "known", "body"),
    [
        # the headline repeated as the first paragraph is dropped once
        (f"{HEADLINE}\n\n{HEADLINE}\n\n{LEDE}", None, LEDE),
        (f"{HEADLINE}\n\n{HEADLINE}\n\n{HEADLINE}\n\n{LEDE}", None, f"{HEADLINE}\n\n{LEDE}"),
        (f"{HEADLINE}\n\n{HEADLINE.upper()}\n\n{LEDE}", None, LEDE),
        # a known title (record, HTML page) repeated at the top of the body
        (f"{HEADLINE}\n\n{LEDE}", HEADLINE, LEDE),
        # ... with the site name or section the page's <title> adds
        (f"{HEADLINE}\n\n{LEDE}", f"{HEADLINE} - The Coastal Ledger", LEDE),
        (f"{HEADLINE}\n\n{LEDE}", f"Analysis | {HEADLINE}", LEDE),
        # ... under a section label
        (f"Shipping\n\n{HEADLINE}\n\n{LEDE}", HEADLINE, LEDE),
        # ... reworded, repeating most of the title's words
        (f"Vellmar dockers strike for second week\n\n{LEDE}", HEADLINE, LEDE),
        # a body that is only its headline keeps it
        (HEADLINE, HEADLINE, HEADLINE),
        # a known title is not taken from the text, and a different first line stays
        (f"Ships wait at anchor\n\n{LEDE}", HEADLINE, f"Ships wait at anchor\n\n{LEDE}"),
        # a sentence that shares the title's words is prose, not the headline again
        (
            f"Dockers will strike for a second week, the union said.\n\n{LEDE}",
            HEADLINE,
            f"Dockers will strike for a second week, the union said.\n\n{LEDE}",
        ),
    ],
)
def test_repeated_headline_is_dropped_once(text: str, known: str | None, body: str) -> None:
    assert read_layout(text, title=known).body == body


def test_known_title_is_not_reported_as_found_in_text() -> None:
    assert read_layout(f"{HEADLINE}\n\n{LEDE}", title=HEADLINE).title is None


@pytest.mark.parametrize(
    ("text", "published", "body"),
    [
        (f" date 2022-01-17 {LEDE}\n\n{NEXT}".strip(), "2022-01-17", f"{LEDE}\n\n{NEXT}"),
        (f"date: 2022-01-17 {LEDE}", "2022-01-17", LEDE),
        (f"date 2022-01-17T09:30:00Z {LEDE}", "2022-01-17", LEDE),
        # not a calendar date: left as it is
        (f"date 2022-13-40 {LEDE}", None, f"date 2022-13-40 {LEDE}"),
    ],
)
def test_date_prefix_sharing_a_line_with_the_first_sentence(
    text: str, published: str | None, body: str
) -> None:
    layout = read_layout(text)
    assert (layout.published, layout.body) == (published, body)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Published 12 January 2022", "2022-01-12"),
        ("Published: 12 January 2022", "2022-01-12"),
        ("Published on January 12, 2022", "2022-01-12"),
        ("Published Wednesday, 12 January 2022", "2022-01-12"),
        ("First published 12 Jan 2022, 14:05 GMT", "2022-01-12"),
        ("Posted on 2022-01-12", "2022-01-12"),
        ("- Published 12 January 2022", "2022-01-12"),
        ("Published 12 January 2022 | Updated 13 January 2022", "2022-01-12"),
    ],
)
def test_published_line_gives_the_date_and_leaves_the_body(line: str, published: str) -> None:
    layout = read_layout(f"{HEADLINE}\n\n{line}\n\n{LEDE}")
    assert (layout.title, layout.published, layout.body) == (HEADLINE, published, LEDE)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Published reports say the harbour master resigned.",
        "Published 12 January 2022 figures show that freight fell by a third.",
        "Posted workers from abroad were not affected by the strike.",
    ],
)
def test_prose_starting_like_a_published_line_is_kept(paragraph: str) -> None:
    layout = read_layout(f"{HEADLINE}\n\n{paragraph}\n\n{LEDE}")
    assert (layout.published, layout.body) == (None, f"{paragraph}\n\n{LEDE}")


@pytest.mark.parametrize(
    ("lede", "hint", "published", "outlet"),
    [
        (
            "BRUSSELS, Jan 12 (Reuters) - NATO envoys met for four hours.",
            "reuters-2022-nato.txt",
            "2022-01-12",
            "Reuters",
        ),
        (
            "BRUSSELS, Jan. 12 (Reuters) - NATO envoys met for four hours.",
            "https://example.org/2022/01/x",
            "2022-01-12",
            "Reuters",
        ),
        # no year in the dateline or the name: the outlet is read, the date is not guessed
        ("BRUSSELS, Jan 12 (Reuters) - NATO envoys met for four hours.", "nato.txt", None, "Reuters"),
        ("ATHENS, July 5, 2015 (Meridian Wire) - Greek voters said no.", "", "2015-07-05", "Meridian Wire"),
        ("ATHENS, 5 July 2015 (Meridian Wire) – Greek voters said no.", "", "2015-07-05", "Meridian Wire"),
        ("WASHINGTON, Jan 10, 2022 - Talks opened in Geneva.", "", "2022-01-10", None),
        # not a dateline: an ordinary sentence starting with a place
        ("Athens, the capital, was quiet on Sunday.", "2015", None, None),
    ],
)
def test_wire_dateline_gives_date_and_outlet_and_stays_in_the_lede(
    lede: str, hint: str, published: str | None, outlet: str | None
) -> None:
    layout = read_layout(f"{HEADLINE}\n\n{lede}\n\n{NEXT}", hint=hint)
    assert (layout.published, layout.outlet) == (published, outlet)
    assert layout.body == f"{lede}\n\n{NEXT}"


def test_dateline_year_comes_from_the_file_name(tmp_path) -> None:
    path = tmp_path / "nato-talks-2022.txt"
    path.write_text(f"{HEADLINE}\n\nBRUSSELS, Jan 12 (Reuters) - NATO envoys met for four hours.\n")
    [article] = read_articles([str(path)], options=Options()).articles
    assert (article.published, article.published_from, article.outlet) == ("2022-01-12", "text", "Reuters")


@pytest.mark.parametrize(
    ("trailer", "outlet"),
    [
        ("Source : Sky News", "Sky News"),
        ("Source: Sky News", "Sky News"),
        ("SOURCE: Coastal Ledger", "Coastal Ledger"),
        ("Via: The Harbour Post", "The Harbour Post"),
    ],
)
def test_source_trailer_gives_the_outlet_and_leaves_the_body(trailer: str, outlet: str) -> None:
    layout = read_layout(f"{HEADLINE}\n\n{LEDE}\n\n{NEXT}\n\n{trailer}")
    assert (layout.outlet, layout.body) == (outlet, f"{LEDE}\n\n{NEXT}")


def test_sentence_about_sources_is_not_a_trailer() -> None:
    last = "Source: two officials said the talks would resume. Neither would be named."
    assert read_layout(f"{HEADLINE}\n\n{LEDE}\n\n{last}").body == f"{LEDE}\n\n{last}"
