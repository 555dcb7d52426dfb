"""The Overview and Key developments: each story's own sentences, cited, and its most reported events first.

The talks brief (``conftest.py``) tells one story: a meeting three outlets report, a plan, a refusal that
did not happen, an accusation and a threat; its summary lines are set here, as the link stage would.
"""

from __future__ import annotations

from dataclasses import replace
from html.parser import HTMLParser

import pytest

from sitroom.errors import StoryNotFound
from sitroom.render.html import brief_to_html
from sitroom.render.markdown import brief_to_markdown
from sitroom.render.overview import KEY_DEVELOPMENTS, key_developments, overview
from sitroom.types import Brief, Meta, Story, SummaryLine

LAVROV_MET = "Sergei Lavrov met Antony Blinken in Geneva on Monday."
ACCUSED = "Russia accused Washington of stalling."


def line(brief: Brief, article: str, sentence: str) -> SummaryLine:
    text = next(a.text for a in brief.articles if a.id == article)
    start = text.index(sentence)
    return SummaryLine(sentence, article, start, start + len(sentence))


@pytest.fixture
def told(talks: Brief) -> Brief:
    """The talks with the summary the link stage would give them."""
    summary = (line(talks, "wire-1", LAVROV_MET), line(talks, "ledger-1", ACCUSED))
    return replace(talks, stories=(replace(talks.stories[0], summary=summary),))


def two_stories(brief: Brief) -> Brief:
    """The talks split: the note (undated, no outlet) becomes a story of its own, told after the first."""
    main = replace(brief.stories[0], articles=("wire-1", "ledger-1", "courier-1"))
    note = Story(
        "s2", "A threat", ("note-1",), (line(brief, "note-1", brief.articles[3].text),), (), None, None
    )
    return replace(brief, stories=(note, main))


# --- the view -------------------------------------------------------------------------------------------


def test_the_overview_cites_each_line_with_its_outlet_and_date(told):
    found = overview(told)
    (story,) = found.stories
    assert (story.story.id, story.story.title, story.story.dates, story.story.size) == (
        "s1",
        "Geneva talks",
        "10–12 Jan 2022",
        "4 articles",
    )
    assert [(o.text, o.outlet, o.date, o.span.cite) for o in found.lines] == [
        (LAVROV_MET, "Wire", "2022-01-10", f"wire-1:0-{len(LAVROV_MET)}"),
        (ACCUSED, "Ledger", "2022-01-11", f"ledger-1:30-{30 + len(ACCUSED)}"),
    ]
    assert not found.empty and found.more == 0


def test_one_storys_overview_and_an_unknown_story(told):
    assert overview(told, "s1") == overview(told)
    with pytest.raises(StoryNotFound, match="no story 's9' in this brief; its stories are s1"):
        overview(told, "s9")
    with pytest.raises(LookupError):
        key_developments(told, "s9")


def test_a_brief_of_several_stories_tells_the_largest_first_and_counts_the_rest(told):
    split = two_stories(told)
    assert [s.story.id for s in overview(split).stories] == ["s1", "s2"]
    shown = overview(split, limit=1)
    assert [s.story.id for s in shown.stories] == ["s1"] and shown.more == 1
    assert [o.outlet for o in overview(split, "s2").lines] == ["unknown outlet"]
    assert [o.date for o in overview(split, "s2").lines] == ["undated"]


def test_a_brief_without_stories_has_an_empty_overview():
    empty = Brief(Meta("0.1.0", None))
    assert overview(empty).empty and overview(empty).stories == ()
    assert key_developments(empty).empty and key_developments(empty).total == 0


def test_key_developments_most_outlets_first_then_the_earliest(told):
    found = key_developments(told)
    assert [(e.text, e.outlets, e.status) for e in found.events] == [
        ("met", 3, "occurred"),
        ("agree", 1, "negated"),  # the article's date: 10 Jan
        ("accused", 1, "occurred"),  # 11 Jan
        ("hold talks", 1, "planned"),  # next week: 17-23 Jan
        ("threatened", 1, "occurred"),  # undated
    ]
    assert found.total == 5 and found.more == 0 and len(found.events) <= KEY_DEVELOPMENTS
    met = found.events[0]
    assert (met.reports[0].span.article, met.reports[0].span.text, met.reported_by) == (
        "wire-1",
        "met",
        "3 outlets",
    )
    assert (met.actor, met.target) == ("Sergei Lavrov (Russia)", "Antony Blinken (United States)")


def test_what_did_not_happen_keeps_its_status(told):
    found = {e.text: e for e in key_developments(told).events}
    assert not found["agree"].happened and found["agree"].status_label == "did not happen"
    assert not found["hold talks"].happened and found["hold talks"].status_label == "planned"
    assert found["met"].happened


def test_a_surer_reading_comes_before_an_equally_reported_one(told):
    surer = tuple(replace(e, confidence=0.95) if e.id == "ledger-1/e2" else e for e in told.events)
    ranked = [e.text for e in key_developments(replace(told, events=surer)).events]
    assert ranked[:3] == ["met", "accused", "agree"]


def test_key_developments_are_limited_and_restricted_to_a_story(told):
    found = key_developments(told, limit=2)
    assert [e.text for e in found.events] == ["met", "agree"] and found.more == 3
    split = two_stories(told)
    assert [e.text for e in key_developments(split, "s2").events] == ["threatened"]
    assert "threatened" not in [e.text for e in key_developments(split, "s1").events]


# --- the reports ----------------------------------------------------------------------------------------


class Links(HTMLParser):
    """Every cited link of a page, the section it is in, and the row classes of the developments table."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.section: str | None = None
        self.links: list[tuple[str | None, dict[str, str | None]]] = []
        self.rows: list[str] = []
        self.sections: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "section":
            self.section = found.get("id")
            self.sections.append(self.section or "")
        if tag == "a" and "data-article" in found:
            self.links.append((self.section, found))
        if tag == "tr" and self.section == "developments" and found.get("class"):
            self.rows.append(found["class"] or "")


def test_the_page_opens_with_the_overview_and_key_developments(told):
    html = brief_to_html(told)
    page = Links(html)
    assert page.sections[:3] == ["summary", "developments", "articles"]
    assert (
        '<a href="#summary">Overview</a>' in html and '<a href="#developments">Key developments</a>' in html
    )
    texts = {a.id: a.text for a in told.articles}
    cited = [(s, link) for s, link in page.links if s in ("summary", "developments")]
    for _, link in cited:  # every link marks its exact span, as report.js expects
        start, end = int(link["data-start"] or 0), int(link["data-end"] or 0)
        assert link["title"] == texts[link["data-article"] or ""][start:end]
        assert link["href"] == f"#article-{link['data-article']}"
    summary = [link["title"] for s, link in cited if s == "summary"]
    assert summary == [LAVROV_MET, LAVROV_MET, ACCUSED, ACCUSED]  # the sentence, then its citation
    assert '<span class="carrier">Wire, 2022-01-10 ' in html


def test_the_page_marks_what_did_not_happen_and_links_reported_by_to_the_first_report(told):
    html = brief_to_html(told)
    section = html.split('<section id="developments">')[1].split("</section>")[0]
    assert Links(html).rows == [
        "event status-occurred",
        "event status-negated not-happened",
        "event status-occurred",
        "event status-planned not-happened",
        "event status-occurred",
    ]
    assert '<span class="status">did not happen</span>' in section
    assert (
        'data-article="wire-1" data-start="14" data-end="17" title="met">reported by 3 outlets</a>' in section
    )
    assert '<a href="#event-wire-1/e1">every report</a>' in section
    assert 'style="' not in section and "style=" not in html.split("<body>")[1]


def test_markdown_opens_with_the_overview_and_key_developments(told):
    md = brief_to_markdown(told)
    headings = [h for h in md.splitlines() if h.startswith("## ")]
    assert headings[:3] == ["## Overview", "## Key developments", "## Articles"]
    overview_md = md.split("## Overview")[1].split("## Key developments")[0]
    assert "**Geneva talks** · 10–12 Jan 2022 · 4 articles" in overview_md
    assert f"- {LAVROV_MET} — Wire, 2022-01-10 (wire-1:0-{len(LAVROV_MET)})" in overview_md
    developments = md.split("## Key developments")[1].split("## Articles")[0]
    assert developments.strip().splitlines()[0] == (
        "1. **Sergei Lavrov (Russia) → Antony Blinken (United States)**: met — CONSULT, occurred, "
        "Mon 10 Jan 2022 · reported by 3 outlets (first: Wire, 2022-01-10, wire-1:14-17)"
    )
    assert "_agree_ — AGREE, **did not happen**" in developments
    assert "_hold talks_ — CONSULT, **planned**" in developments


def test_an_empty_brief_says_so():
    md = brief_to_markdown(Brief(Meta("0.1.0", None)))
    assert "## Overview\n\n_No story to tell yet._" in md
    assert "## Key developments\n\n_None found yet._" in md
    html = brief_to_html(Brief(Meta("0.1.0", None)))
    assert '<section id="summary">\n<h2>Overview</h2>\n<p class="none">No story to tell yet.</p>' in html
    assert (
        '<section id="developments">\n<h2>Key developments</h2>\n<p class="none">None found yet.</p>' in html
    )


@pytest.mark.slow
def test_a_click_on_an_overview_sentence_marks_its_span_in_a_browser(told, tmp_path):
    """report.js marks exactly the cited span when an overview sentence is clicked (headless chromium)."""
    import os
    import shutil

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not (chromium and driver_path):
        if os.environ.get("SITROOM_REQUIRE_BROWSER"):
            pytest.fail("chromium and chromium-driver are not installed")
        pytest.skip("chromium and chromium-driver are not installed")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    page = tmp_path / "brief.html"
    page.write_text(brief_to_html(told), encoding="utf-8")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"):
        options.add_argument(argument)
    browser = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        browser.get(page.as_uri())
        sentences = browser.find_elements(By.CSS_SELECTOR, "#summary ol.overview .words a.src")
        assert [s.text for s in sentences] == [LAVROV_MET, ACCUSED]
        sentences[1].click()
        assert browser.find_element(By.CSS_SELECTOR, "#text-ledger-1 mark").text == ACCUSED
        browser.find_elements(By.CSS_SELECTOR, "#developments a.src")[1].click()  # reported by 3 outlets
        assert browser.find_element(By.CSS_SELECTOR, "#text-wire-1 mark").text == "met"
    finally:
        browser.quit()
