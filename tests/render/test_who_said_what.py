"""The "Who said what" section: speakers ranked by quotations, repeats folded, every quote cited and escaped.

One hand-made corpus about a fictional power grid serves the view model, the Markdown and the HTML tests:
a wire story listed first but dated later than the gazette that carries the same quotation, and an undated,
outlet-less note.
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from sitroom.render import render
from sitroom.render.report import build_report
from sitroom.types import Article, Brief, Entity, Meta, Quote, Role

WIRE = (
    'Ines Morrow said: "The grid will hold this winter." A Union Official said strikes were likely. '
    'Cora Lind called the plan "late and costly". Piet Anders said nothing would change. '
    "Bo Abel said talks would resume."
)
GAZ = (
    'Energy minister Ines Morrow said: "The grid will hold this winter." Morrow warned that reserves were '
    'thin. "Prices," said Cora Lind, "will rise by spring." A union official said the pylons were old. '
    '"We have <script>alert(1)</script> and **no** spare parts," one engineer said.'
)
NOTE = "Morrow later said the plan had worked. It was said that the lights stayed on."
TEXTS = {"wire-1": WIRE, "gaz-1": GAZ, "note-1": NOTE}
HOSTILE = "We have <script>alert(1)</script> and **no** spare parts,"
GRID = "The grid will hold this winter."
SPLIT = ("Prices", "will rise by spring.")


def at(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def cite(article: str, *phrases: str) -> str:
    """The citation of a quote of ``phrases`` in ``article``: from the first phrase to the end of the last."""
    spans = [at(TEXTS[article], phrase) for phrase in phrases]
    return f"{article}:{spans[0][0]}-{spans[-1][1]}"


def quote(quote_id: str, article: str, *phrases: str, kind: str = "indirect", **fields: str | None) -> Quote:
    """A quote of ``phrases`` in ``article`` (several phrases make a split quotation spanning them all)."""
    text = TEXTS[article]
    spans = tuple(at(text, phrase) for phrase in phrases)
    start, end = spans[0][0], spans[-1][1]
    parts = spans if len(spans) > 1 else None
    return Quote(quote_id, article, start, end, text[start:end], kind, parts=parts, **fields)


def grid() -> Brief:
    """Four named speakers (3, 2, 1 and 1 quotations), two unnamed sources, one unattributed quotation."""
    return Brief(
        meta=Meta("0.1.0", None),
        articles=(
            Article("wire-1", "wire.txt", WIRE, outlet="Northwind Wire", published="2024-05-03"),
            Article("gaz-1", "gaz.txt", GAZ, outlet="Valley Gazette", published="2024-05-02"),
            Article("note-1", "note.txt", NOTE),
        ),
        entities=(
            Entity(
                "e-morrow",
                "Ines Morrow",
                "PERSON",
                roles=(Role("energy minister", "e-valdor", True, "gaz-1", *at(GAZ, "Energy minister")),),
                mention_count=4,
            ),
            Entity("e-lind", "Cora Lind", "PERSON", mention_count=2),
            Entity("e-anders", "Piet Anders", "PERSON", mention_count=1),
            Entity("e-abel", "Bo Abel", "PERSON", mention_count=1),
            Entity("e-valdor", "Valdor", "GPE"),
        ),
        quotes=(
            quote("wire-1/q1", "wire-1", GRID, kind="direct", speaker="e-morrow", cue="said"),
            quote("wire-1/q2", "wire-1", "strikes were likely", speaker_text="A Union Official", cue="said"),
            quote("wire-1/q3", "wire-1", "late and costly", kind="partial", speaker="e-lind", cue="called"),
            quote("wire-1/q4", "wire-1", "nothing would change", speaker="e-anders", cue="said"),
            quote("wire-1/q5", "wire-1", "talks would resume", speaker="e-abel", cue="said"),
            quote(
                "gaz-1/q1", "gaz-1", GRID, kind="direct", speaker="e-morrow", cue="said", same_as="wire-1/q1"
            ),
            quote("gaz-1/q2", "gaz-1", "reserves were thin", speaker="e-morrow", cue="warned"),
            quote("gaz-1/q3", "gaz-1", *SPLIT, kind="direct", speaker="e-lind", cue="said"),
            quote("gaz-1/q4", "gaz-1", "the pylons were old", speaker_text="A union official", cue="said"),
            quote("gaz-1/q5", "gaz-1", HOSTILE, kind="direct", speaker_text="one engineer", cue="said"),
            quote("note-1/q1", "note-1", "the plan had worked", speaker="e-morrow", cue="said"),
            quote("note-1/q2", "note-1", "the lights stayed on", cue="said"),
        ),
    )


def markdown_section(brief: Brief) -> str:
    return render(brief, "md").split("## Who said what\n\n")[1].split("\n\n## Dated mentions")[0]


def html_section(brief: Brief) -> str:
    return render(brief, "html").split('<section id="quotes">')[1].split("</section>")[0]


class Links(HTMLParser):
    """The cited links of an HTML fragment: each link's attributes and its text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[dict[str, str | None], str]] = []
        self._open = False
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a" and "data-article" in dict(attrs):
            self.links.append((dict(attrs), ""))
            self._open = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._open = False

    def handle_data(self, data: str) -> None:
        if self._open:
            attrs, text = self.links[-1]
            self.links[-1] = (attrs, text + data)


@pytest.fixture(scope="module")
def who():
    return build_report(grid()).quotes


def test_named_speakers_ranked_by_distinct_quotations_then_name(who):
    assert [(s.name, len(s.quotes)) for s in who.named] == [
        ("Ines Morrow", 3),
        ("Cora Lind", 2),
        ("Bo Abel", 1),
        ("Piet Anders", 1),
    ]
    assert [s.entity for s in who.named] == ["e-morrow", "e-lind", "e-abel", "e-anders"]


def test_speaker_shows_first_office_with_its_organisation(who):
    assert [s.office for s in who.named] == ["energy minister, Valdor", None, None, None]


def test_unnamed_sources_grouped_by_words_ignoring_case(who):
    assert [(s.name, s.entity, len(s.quotes)) for s in who.unnamed] == [
        ("A union official", None, 2),
        ("one engineer", None, 1),
    ]


def test_unattributed_quotations_kept_apart(who):
    assert [e.source.span.text for e in who.unattributed] == ["the lights stayed on"]


def test_same_quotation_shown_once_with_every_article_that_carries_it(who):
    morrow = who.named[0]
    grid_quote = morrow.quotes[0]
    assert grid_quote.id == "wire-1/q1"
    assert (grid_quote.source.outlet, grid_quote.source.date) == ("Valley Gazette", "2024-05-02")
    assert [(s.outlet, s.date, s.span.cite) for s in grid_quote.also] == [
        ("Northwind Wire", "2024-05-03", cite("wire-1", "The grid will hold this winter."))
    ]
    assert sum(len(s.quotes) for s in (*who.named, *who.unnamed)) + len(who.unattributed) == 11


def test_quotations_in_date_order_undated_last(who):
    morrow, lind = who.named[:2]
    assert [e.words for e in morrow.quotes] == [
        "The grid will hold this winter.",
        "reserves were thin",
        "the plan had worked",
    ]
    assert [(e.source.outlet, e.source.date) for e in morrow.quotes][-1] == ("unknown outlet", "undated")
    assert [e.words for e in lind.quotes] == ["Prices … will rise by spring.", "late and costly"]


@pytest.mark.parametrize(
    ("kind", "marks", "reported"),
    [("direct", ("“", "”"), False), ("partial", ("“…", "…”"), False), ("indirect", ("", ""), True)],
)
def test_each_kind_is_set_off_its_own_way(who, kind, marks, reported):
    entry = next(e for s in who.named for e in s.quotes if e.kind == kind)
    assert (entry.marks, entry.reported) == (marks, reported)


def test_copy_of_a_copy_joins_the_original_and_a_dangling_link_stands_alone():
    quotes = (
        quote("a", "wire-1", "talks would resume", speaker="e-abel"),
        quote("b", "gaz-1", "reserves were thin", speaker="e-abel", same_as="a"),
        quote("c", "note-1", "the plan had worked", speaker="e-abel", same_as="b"),
        quote("d", "note-1", "the lights stayed on", speaker="e-abel", same_as="gone"),
    )
    abel = build_report(Brief(Meta("0.1.0", None), articles=grid().articles, quotes=quotes)).quotes.named[0]
    assert [(e.id, [s.span.article for s in (e.source, *e.also)]) for e in abel.quotes] == [
        ("a", ["gaz-1", "wire-1", "note-1"]),
        ("d", ["note-1"]),
    ]


def test_a_loop_of_same_as_links_ends_and_shows_each_quote_once():
    quotes = (
        quote("x", "wire-1", "talks would resume", speaker="e-abel", same_as="y"),
        quote("y", "gaz-1", "reserves were thin", speaker="e-abel", same_as="x"),
    )
    abel = build_report(Brief(Meta("0.1.0", None), articles=grid().articles, quotes=quotes)).quotes.named[0]
    assert sorted(s.span.article for e in abel.quotes for s in (e.source, *e.also)) == ["gaz-1", "wire-1"]


def test_a_copy_naming_the_speaker_credits_a_quotation_the_original_leaves_unnamed():
    quotes = (
        quote("a", "wire-1", "talks would resume", speaker_text="an aide"),
        quote("b", "gaz-1", "reserves were thin", speaker="e-abel", same_as="a"),
    )
    who = build_report(
        Brief(Meta("0.1.0", None), articles=grid().articles, entities=grid().entities, quotes=quotes)
    ).quotes
    assert ([s.name for s in who.named], who.unnamed) == (["Bo Abel"], ())


def test_markdown_section_lists_speakers_quotes_outlets_dates_and_citations():
    assert markdown_section(grid()) == "\n".join(
        [
            "### Ines Morrow — energy minister, Valdor · 3 quotations",
            "",
            f"- “{GRID}” — *said*, Valley Gazette, 2024-05-02 ({cite('gaz-1', GRID)})",
            f"  - also in: *said*, Northwind Wire, 2024-05-03 ({cite('wire-1', GRID)})",
            f"- _reported:_ reserves were thin — *warned*, Valley Gazette, 2024-05-02 "
            f"({cite('gaz-1', 'reserves were thin')})",
            f"- _reported:_ the plan had worked — *said*, unknown outlet, undated "
            f"({cite('note-1', 'the plan had worked')})",
            "",
            "### Cora Lind · 2 quotations",
            "",
            f"- “Prices … will rise by spring.” — *said*, Valley Gazette, 2024-05-02 "
            f"({cite('gaz-1', *SPLIT)})",
            f"- “…late and costly…” — *called*, Northwind Wire, 2024-05-03 "
            f"({cite('wire-1', 'late and costly')})",
            "",
            "### Bo Abel · 1 quotation",
            "",
            f"- _reported:_ talks would resume — *said*, Northwind Wire, 2024-05-03 "
            f"({cite('wire-1', 'talks would resume')})",
            "",
            "### Piet Anders · 1 quotation",
            "",
            f"- _reported:_ nothing would change — *said*, Northwind Wire, 2024-05-03 "
            f"({cite('wire-1', 'nothing would change')})",
            "",
            "### Unnamed sources",
            "",
            "#### A union official · 2 quotations",
            "",
            f"- _reported:_ the pylons were old — *said*, Valley Gazette, 2024-05-02 "
            f"({cite('gaz-1', 'the pylons were old')})",
            f"- _reported:_ strikes were likely — *said*, Northwind Wire, 2024-05-03 "
            f"({cite('wire-1', 'strikes were likely')})",
            "",
            "#### one engineer · 1 quotation",
            "",
            r"- “We have \<script\>alert(1)\</script\> and \*\*no\*\* spare parts,” "
            f"— *said*, Valley Gazette, 2024-05-02 ({cite('gaz-1', HOSTILE)})",
            "",
            "### Unattributed",
            "",
            f"- _reported:_ the lights stayed on — *said*, unknown outlet, undated "
            f"({cite('note-1', 'the lights stayed on')})",
        ]
    )


def test_markdown_shows_quoted_markup_as_text():
    page = render(grid(), "md")
    assert "<script>" not in page
    assert "**no**" not in page


def test_html_lists_speakers_in_rank_then_unnamed_then_unattributed():
    section = html_section(grid())
    order = [
        "Ines Morrow</a>",
        "Cora Lind</a>",
        "Bo Abel</a>",
        "Piet Anders</a>",
        '<h3 class="group">Unnamed sources</h3>',
        "<h4>A union official",
        "<h4>one engineer",
        '<h3 class="group">Unattributed</h3>',
    ]
    assert [section.index(marker) for marker in order] == sorted(section.index(marker) for marker in order)
    assert (
        '<h3><a href="#entity-e-morrow">Ines Morrow</a> <span class="speaker-office">'
        '— energy minister, Valdor</span> <span class="small">3 quotations</span></h3>'
    ) in section


def test_html_links_every_quote_and_every_part_to_its_span():
    links = Links(html_section(grid())).links
    for attrs, _ in links:
        start, end = int(attrs["data-start"]), int(attrs["data-end"])
        assert attrs["href"] == f"#article-{attrs['data-article']}"
        assert attrs["title"] == TEXTS[attrs["data-article"]][start:end]
    linked = {(a["data-article"], int(a["data-start"]), int(a["data-end"]), text) for a, text in links}
    quotes = grid().quotes
    citations = {(q.article, q.start, q.end, f"{q.article}:{q.start}-{q.end}") for q in quotes}
    # the words are shown once per quotation, from its earliest source: the wire's copy has only its citation
    words = {
        (q.article, start, end, TEXTS[q.article][start:end])
        for q in quotes
        if q.id != "wire-1/q1"
        for start, end in q.parts or ((q.start, q.end),)
    }
    assert linked == citations | words


def test_html_shows_kind_cue_outlet_date_and_other_carriers():
    section = html_section(grid())
    assert "“<a " in section and "</a>”" in section
    assert '“…<a class="src"' in section and ">late and costly</a>…”" in section
    assert '<span class="kind">reported</span> <a class="src"' in section
    assert '>Prices</a> … <a class="src"' in section
    assert '<em class="cue">warned</em>, Valley Gazette, 2024-05-02 <a class="src"' in section
    assert '<div class="carrier">also in: <em class="cue">said</em>, Northwind Wire, 2024-05-03 <a' in section
    assert "unknown outlet, undated" in section


def test_html_shows_quoted_markup_as_text():
    page = render(grid(), "html")
    section = html_section(grid())
    assert "<script>alert" not in page
    assert "We have &lt;script&gt;alert(1)&lt;/script&gt; and **no** spare parts,</a>”" in section
    assert "<strong>no" not in section


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_same_brief_same_bytes(fmt):
    assert render(grid(), fmt).encode() == render(grid(), fmt).encode()


def test_no_quotes_says_none_found_yet():
    brief = Brief(Meta("0.1.0", None), articles=grid().articles)
    assert markdown_section(brief) == "_None found yet._"
    assert '<h2>Who said what</h2>\n<p class="none">None found yet.</p>' in render(brief, "html")
