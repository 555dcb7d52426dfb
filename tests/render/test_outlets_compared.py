"""Figures marked with what other outlets say, and the "Outlets compared" section, disagreements first.

One hand-made corpus about a fictional grain harvest: a courier and a gazette give the same sum, a wire
gives another, the courier's own numbers do not add up, a mill's founding date does not match the years
it claims, and one comparison names a figure the brief does not have. A note carries markup and a pipe.
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from sitroom.render import render
from sitroom.render.report import build_report
from sitroom.types import Article, Brief, Comparison, Figure, Meta, Time

COURIER = (
    "The harvest was worth 1.2 billion euros, the ministry said. Farmers sent 300 trucks and 500 barges, "
    "900 loads in all."
)
WIRE = "Grain sales reached about 1.5 billion euros this year. The Osk mill, founded in 1990, marks 25 years."
GAZETTE = "Officials put the harvest at 1.2 billion euros and exports at 40 percent."
TEXTS = {"courier-1": COURIER, "wire-1": WIRE, "gazette-1": GAZETTE}
HOSTILE_NOTE = 'Courier | wire: "1.2" <b>vs</b> about 1.5 & <script>alert(1)</script>'


def at(article: str, phrase: str) -> tuple[int, int]:
    start = TEXTS[article].index(phrase)
    return start, start + len(phrase)


def cite(article: str, phrase: str) -> str:
    start, end = at(article, phrase)
    return f"{article}:{start}-{end}"


def figure(figure_id: str, article: str, phrase: str, value: float, **fields: object) -> Figure:
    return Figure(figure_id, article, *at(article, phrase), phrase, value, **fields)


def harvest(comparisons: tuple[Comparison, ...] | None = None) -> Brief:
    """Three outlets, five figures, two times and five comparisons listed agree-first."""
    return Brief(
        meta=Meta("0.1.0", None),
        articles=(
            Article("courier-1", "courier.txt", COURIER, outlet="Harbour Courier", published="2015-09-01"),
            Article("wire-1", "wire.txt", WIRE, outlet="Continental Newswire", published="2015-09-02"),
            Article("gazette-1", "gazette.txt", GAZETTE, outlet="Valley Gazette", published="2015-09-02"),
        ),
        figures=(
            figure("c-eur", "courier-1", "1.2 billion euros", 1.2e9, unit="EUR"),
            figure("c-trucks", "courier-1", "300 trucks", 300, counts="trucks"),
            figure("c-barges", "courier-1", "500 barges", 500, counts="barges"),
            figure("c-loads", "courier-1", "900 loads", 900, counts="loads"),
            figure("w-eur", "wire-1", "about 1.5 billion euros", 1.5e9, unit="EUR", qualifier="about"),
            figure("g-eur", "gazette-1", "1.2 billion euros", 1.2e9, unit="EUR"),
            figure("g-pct", "gazette-1", "40 percent", 40, unit="percent", counts="exports"),
        ),
        times=(
            Time("w-1990", "wire-1", *at("wire-1", "1990"), "1990", "date", "1990", "year"),
            Time("w-25y", "wire-1", *at("wire-1", "25 years"), "25 years", "duration", "P25Y", None),
        ),
        comparisons=comparisons if comparisons is not None else harvest_comparisons(),
    )


def harvest_comparisons() -> tuple[Comparison, ...]:
    return (
        Comparison("figure", "agree", ("c-eur", "g-eur"), "both give 1.2 billion euros"),
        Comparison("figure", "differ", ("c-eur", "w-eur"), HOSTILE_NOTE),
        Comparison(
            "arithmetic", "inconsistent", ("c-trucks", "c-barges", "c-loads"), "300 + 500 is 800, not 900"
        ),
        Comparison("figure", "agree", ("g-pct", "f-gone"), "same share"),
        Comparison("arithmetic", "inconsistent", ("w-1990", "w-25y"), "1990 to 2015 is 25 years"),
    )


@pytest.fixture(scope="module")
def report():
    return build_report(harvest())


def test_comparisons_are_listed_inconsistent_then_differ_then_agree_in_brief_order(report):
    assert [(c.verdict, c.items[0].id) for c in report.comparisons.rows] == [
        ("inconsistent", "c-trucks"),
        ("inconsistent", "w-1990"),
        ("differ", "c-eur"),
        ("agree", "c-eur"),
        ("agree", "g-pct"),
    ]


def test_compared_items_carry_their_text_outlet_and_span(report):
    differ = report.comparisons.rows[2]
    assert [(i.text, i.source, i.span.cite) for i in differ.items] == [
        ("1.2 billion euros", "Harbour Courier", cite("courier-1", "1.2 billion euros")),
        ("about 1.5 billion euros", "Continental Newswire", cite("wire-1", "about 1.5 billion euros")),
    ]
    assert differ.note == HOSTILE_NOTE


def test_time_items_are_compared_like_figures(report):
    dates = report.comparisons.rows[1]
    assert [(i.text, i.span.cite) for i in dates.items] == [
        ("1990", cite("wire-1", "1990")),
        ("25 years", cite("wire-1", "25 years")),
    ]


def test_an_item_the_brief_does_not_know_is_shown_as_its_id(report):
    unknown = report.comparisons.rows[4].items[1]
    assert (unknown.id, unknown.text, unknown.span, unknown.source) == ("f-gone", None, None, "f-gone")


def test_figures_are_marked_with_every_comparison_they_are_in(report):
    marks = {row.text + "@" + row.span.article: row.marks for row in report.figures.rows}
    courier = marks["1.2 billion euros@courier-1"]
    assert [(m.phrase, [o.source for o in m.others]) for m in courier] == [
        ("differs from", ["Continental Newswire"]),
        ("agrees with", ["Valley Gazette"]),
    ]
    assert [m.phrase for m in marks["300 trucks@courier-1"]] == ["inconsistent with"]
    assert [o.text for o in marks["300 trucks@courier-1"][0].others] == ["500 barges", "900 loads"]
    assert [[o.id for o in m.others] for m in marks["40 percent@gazette-1"]] == [["f-gone"]]


def test_figures_not_compared_have_no_marks():
    report = build_report(harvest(()))
    assert all(row.marks == () for row in report.figures.rows)
    assert report.comparisons.rows == ()


def test_figure_rows_keep_their_cells_in_brief_order(report):
    assert [(r.text, r.amount, r.unit, r.counts, r.qualifier) for r in report.figures.rows[:2]] == [
        ("1.2 billion euros", "1,200,000,000", "EUR", None, "exact"),
        ("300 trucks", "300", None, "trucks", "exact"),
    ]


# Markdown


def cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().replace(r"\|", "\x00").split("|")[1:-1]]


def markdown(brief: Brief) -> str:
    return render(brief, "md")


def test_markdown_figures_table_has_a_compared_column():
    page = markdown(harvest())
    figures = page.split("## Figures\n\n")[1].split("\n\n## ")[0].splitlines()
    assert cells(figures[0]) == ["Figure", "Value", "Unit", "Counts", "Qualifier", "Compared", "Source"]
    courier = cells(figures[2])
    assert courier[5] == (
        "differs from Continental Newswire: about 1.5 billion euros "
        f"({cite('wire-1', 'about 1.5 billion euros')}); "
        f"agrees with Valley Gazette ({cite('gazette-1', '1.2 billion euros')})"
    )
    assert cells(figures[-1])[5] == "agrees with f-gone (not in this brief)"
    assert all(len(cells(line)) == 7 for line in figures)


def test_markdown_lists_every_comparison_with_its_items_and_escaped_note():
    section = markdown(harvest()).split("## Outlets compared\n\n")[1].split("\n\n## ")[0]
    lines = section.splitlines()
    assert lines[0] == r"- **inconsistent** (arithmetic): 300 + 500 is 800, not 900"
    assert lines[1] == f"  - “300 trucks” — Harbour Courier ({cite('courier-1', '300 trucks')})"
    assert [line for line in lines if line.startswith("- ")][1:] == [
        "- **inconsistent** (arithmetic): 1990 to 2015 is 25 years",
        r'- **differ** (figure): Courier \| wire: "1.2" \<b\>vs\</b\> about 1.5 & '
        r"\<script\>alert(1)\</script\>",
        "- **agree** (figure): both give 1.2 billion euros",
        "- **agree** (figure): same share",
    ]
    assert lines[-1] == "  - f-gone (not in this brief)"


def test_markdown_without_comparisons_says_none_found_yet():
    assert "## Outlets compared\n\n_None found yet._" in markdown(harvest(()))


# HTML


class Marks(HTMLParser):
    """Every ``div.mark``: its verdict class, note (title) and text, with the spans it links to."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[dict] = []
        self._depth = 0
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "div" and "mark" in (found.get("class") or "").split():
            self.marks.append({"class": found["class"], "note": found.get("title"), "text": "", "links": []})
            self._depth = 1
        elif self._depth and tag == "a":
            self.marks[-1]["links"].append(
                f"{found['data-article']}:{found['data-start']}-{found['data-end']}"
            )

    def handle_endtag(self, tag: str) -> None:
        if tag == "div":
            self._depth = 0

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.marks[-1]["text"] += data


@pytest.fixture(scope="module")
def html() -> str:
    return render(harvest(), "html")


def test_html_marks_link_to_the_other_claims(html):
    figures = html.split('<section id="figures">')[1].split("</section>")[0]
    marks = Marks(figures).marks
    assert marks[0] == {
        "class": "mark verdict-differ",
        "note": HOSTILE_NOTE,
        "text": "differs from Continental Newswire: about 1.5 billion euros",
        "links": [cite("wire-1", "about 1.5 billion euros")],
    }
    assert (marks[1]["text"], marks[1]["links"]) == (
        "agrees with Valley Gazette",
        [cite("gazette-1", "1.2 billion euros")],
    )
    assert marks[-1]["text"] == "agrees with f-gone not in this brief"


def test_html_comparisons_in_verdict_order_with_escaped_note(html):
    section = html.split('<section id="comparisons">')[1].split("</section>")[0]
    verdicts = [part.split("</span>")[0] for part in section.split('<span class="verdict">')[1:]]
    assert verdicts == ["inconsistent", "inconsistent", "differ", "agree", "agree"]
    assert "<script>" not in section and "<b>vs" not in section
    escaped_note = "Courier | wire: &#34;1.2&#34; &lt;b&gt;vs&lt;/b&gt; about 1.5 &amp; "
    assert escaped_note + "&lt;script&gt;alert(1)&lt;/script&gt;" in section
    assert '<span class="unknown">f-gone</span>' in section


def test_html_without_comparisons_says_none_found_yet():
    page = render(harvest(()), "html")
    assert (
        '<section id="comparisons">\n<h2>Outlets compared</h2>\n<p class="none">None found yet.</p>' in page
    )
