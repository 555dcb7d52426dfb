"""The "Dated mentions" section: a timeline of resolved dates, what could not be dated, and durations.

One hand-made corpus about a fictional bridge closure serves the view model, the Markdown and the HTML
tests: a local paper and a wire story both dated Monday 6 July 2015 that name the same Sunday, a note
with no publication date whose relative expressions stay unresolved, and a hostile article whose time
expression and sentence carry markup.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from sitroom.render import render
from sitroom.render.report import build_report
from sitroom.render.timeline import CONTEXT_CHARS, NO_DATE, UNRESOLVED, sentence_around
from sitroom.types import Article, Brief, Meta, Time

HERALD = (
    "The Tarn bridge in Velmora closed on Sunday after engineers found cracks in its piers. "
    "Repairs will take three years, the council said, and inspectors will check it every week. "
    "Traffic had fallen in mid-July 2014 and again in late 2014, when a barge struck a pier in 2014. "
    "Built in the 1960s, the bridge carried 20,000 cars a day last week.\n\n"
    "A festival planned for the weekend of 11 and 12 July will move to the ferry quay. "
    "Ferries will run on July 12-13 and all this summer."
)
WIRE = "Velmora shut its main bridge on Sunday. A new plan is due soon, an official said."
NOTE = "Residents expect the bridge to stay shut until next month. The council meets next week."
HOSTILE = 'Shops said "<script>alert(1)</script>" & closed on <b>Friday</b> | early.'
TEXTS = {"herald-1": HERALD, "wire-1": WIRE, "note-1": NOTE, "hostile-1": HOSTILE}


def at(article: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    """The span of the ``nth`` occurrence of ``phrase`` in ``article``."""
    start = -1
    for _ in range(nth + 1):
        start = TEXTS[article].index(phrase, start + 1)
    return start, start + len(phrase)


def cite(article: str, phrase: str) -> str:
    start, end = at(article, phrase)
    return f"{article}:{start}-{end}"


def time(
    time_id: str,
    article: str,
    phrase: str,
    value: str | None,
    granularity: str | None = None,
    *,
    type: str = "date",
    mod: str | None = None,
    nth: int = 0,
) -> Time:
    return Time(time_id, article, *at(article, phrase, nth), phrase, type, value, granularity, mod)


def bridge(times: tuple[Time, ...] | None = None) -> Brief:
    """The bridge corpus with its times (given out of order, as a brief may list them)."""
    return Brief(
        meta=Meta("0.1.0", None),
        articles=(
            Article("herald-1", "herald.txt", HERALD, outlet="Velmora Herald", published="2015-07-06"),
            Article("wire-1", "wire.txt", WIRE, outlet="Northgate Wire", published="2015-07-06"),
            Article("note-1", "note.txt", NOTE),
            Article("hostile-1", "hostile.txt", HOSTILE, outlet="<i>Pamphlet</i>", published="2015-07-03"),
        ),
        times=times if times is not None else bridge_times(),
    )


def bridge_times() -> tuple[Time, ...]:
    return (
        time("w2", "wire-1", "soon", "FUTURE_REF"),
        time("w1", "wire-1", "Sunday", "2015-07-05", "day"),
        time("h1", "herald-1", "Sunday", "2015-07-05", "day"),
        time("h2", "herald-1", "three years", "P3Y", type="duration"),
        time("h3", "herald-1", "every week", "P1W", type="set"),
        time("h4", "herald-1", "mid-July 2014", "2014-07", "month", mod="MID"),
        time("h5", "herald-1", "late 2014", "2014", "year", mod="LATE"),
        time("h6", "herald-1", "2014", "2014", "year", nth=2),
        time("h7", "herald-1", "the 1960s", "196", "decade"),
        time("h8", "herald-1", "last week", "2015-W27", "week"),
        time("h9", "herald-1", "the weekend of 11 and 12 July", "2015-W28-WE", "weekend"),
        time("h10", "herald-1", "July 12-13", "2015-07-12/2015-07-13"),
        time("h11", "herald-1", "this summer", "2015-SU", "season"),
        time("n1", "note-1", "next month", None),
        time("n2", "note-1", "next week", None),
        time("x1", "hostile-1", "<b>Friday</b>", "2015-07-03", "day"),
    )


@pytest.fixture(scope="module")
def dated():
    return build_report(bridge()).times


def test_timeline_is_ordered_by_the_day_each_date_points_at(dated):
    assert [entry.label for entry in dated.entries] == [
        "1960s",
        "2014",
        "mid-July 2014",
        "late 2014",
        "summer 2015",
        "week 27 of 2015 (29 Jun – 5 Jul)",
        "Fri 3 Jul 2015",
        "Sun 5 Jul 2015",
        "weekend of 11–12 Jul 2015",
        "12–13 Jul 2015",
        "FUTURE_REF",
    ]


def test_mentions_of_the_same_date_are_grouped_in_article_order(dated):
    sunday = next(entry for entry in dated.entries if entry.value == "2015-07-05")
    assert [(m.span.article, m.text, m.outlet, m.date) for m in sunday.mentions] == [
        ("herald-1", "Sunday", "Velmora Herald", "2015-07-06"),
        ("wire-1", "Sunday", "Northgate Wire", "2015-07-06"),
    ]
    assert [m.span.cite for m in sunday.mentions] == [cite("herald-1", "Sunday"), cite("wire-1", "Sunday")]


def test_same_value_with_another_mod_is_its_own_entry(dated):
    assert [(e.value, e.mod) for e in dated.entries if e.value == "2014"] == [
        ("2014", None),
        ("2014", "LATE"),
    ]


def test_entries_carry_granularity_falling_back_to_the_value_form(dated):
    granularities = {entry.label: entry.granularity for entry in dated.entries}
    assert granularities["week 27 of 2015 (29 Jun – 5 Jul)"] == "week"
    assert granularities["12–13 Jul 2015"] == "interval"
    assert granularities["FUTURE_REF"] is None


def test_finer_periods_come_before_coarser_ones_starting_the_same_day():
    text = "In July 2015, on 1 July, in the third quarter."
    times = tuple(
        Time(f"t{n}", "a", text.index(p), text.index(p) + len(p), p, "date", value, None)
        for n, (p, value) in enumerate(
            [("the third quarter", "2015-Q3"), ("July 2015", "2015-07"), ("1 July", "2015-07-01")]
        )
    )
    brief = Brief(Meta("0.1.0", None), articles=(Article("a", "a.txt", text),), times=times)
    assert [e.value for e in build_report(brief).times.entries] == ["2015-07-01", "2015-07", "2015-Q3"]


def test_a_mod_places_a_date_within_its_period():
    text = "Late July and mid-July and July."
    spans = [("Late July", "LATE"), ("mid-July", "MID"), ("July.", None)]
    times = tuple(
        Time(f"t{n}", "a", text.index(p), text.index(p) + len(p), p, "date", "2015-07", "month", mod)
        for n, (p, mod) in reversed(list(enumerate(spans)))
    )
    brief = Brief(Meta("0.1.0", None), articles=(Article("a", "a.txt", text),), times=times)
    assert [e.label for e in build_report(brief).times.entries] == [
        "July 2015",
        "mid-July 2015",
        "late July 2015",
    ]


def test_each_mention_shows_the_words_of_its_sentence(dated):
    last_week = next(entry for entry in dated.entries if entry.value == "2015-W27").mentions[0]
    assert (last_week.before, last_week.text, last_week.after) == (
        "Built in the 1960s, the bridge carried 20,000 cars a day ",
        "last week",
        ".",
    )
    weekend = next(entry for entry in dated.entries if entry.value == "2015-W28-WE").mentions[0]
    assert (weekend.before, weekend.after) == ("A festival planned for ", " will move to the ferry quay.")


def test_a_sentence_stops_at_a_paragraph_break():
    text = "Talks ended\n\non Friday\nwithout a deal"
    assert sentence_around(text, text.index("on Friday"), text.index("on Friday") + 9) == ("", "")


def test_a_full_stop_inside_the_expression_ends_the_sentence():
    text = "The loan fell due on 30 June. Officials said nothing."
    start = text.index("30 June.")
    assert sentence_around(text, start, start + len("30 June.")) == ("The loan fell due on ", "")


def test_long_sentences_are_cut_at_a_word_with_an_ellipsis():
    words = " ".join(f"word{n}" for n in range(60))
    text = f"{words} on Friday {words}."
    start = text.index("on Friday")
    before, after = sentence_around(text, start, start + len("on Friday"))
    assert before.startswith("…word") and before.endswith("word59 ")
    assert after.startswith(" word0 ") and after.endswith("…")
    assert len(before) <= CONTEXT_CHARS + 1 and len(after) <= CONTEXT_CHARS + 1
    assert " ".join(before[1:].split()) in words and " ".join(after[:-1].split()) in words


def test_null_values_are_listed_as_not_dated_saying_why(dated):
    assert [(u.mention.text, u.mention.date, u.reason) for u in dated.undated] == [
        ("next month", "undated", NO_DATE),
        ("next week", "undated", NO_DATE),
    ]
    assert NO_DATE == "not resolved: the article has no publication date"


def test_a_dated_article_with_an_unresolved_expression_is_not_blamed_on_its_date():
    brief = bridge((time("w3", "wire-1", "soon", None),))
    assert [u.reason for u in build_report(brief).times.undated] == [UNRESOLVED]


def test_durations_and_sets_are_listed_apart_with_their_values(dated):
    assert [(p.text, p.type, p.value, p.span.cite) for p in dated.periods] == [
        ("three years", "duration", "P3Y", cite("herald-1", "three years")),
        ("every week", "set", "P1W", cite("herald-1", "every week")),
    ]
    assert all(e.value not in {"P3Y", "P1W"} for e in dated.entries)


def test_no_times_leaves_the_section_empty():
    assert build_report(bridge(())).times.empty


def test_same_times_in_any_order_give_the_same_section():
    assert build_report(bridge(tuple(reversed(bridge_times())))).times == build_report(bridge()).times


# Markdown


def markdown_section(brief: Brief) -> str:
    return render(brief, "md").split("## Dated mentions\n\n")[1].split("\n\n## Figures")[0]


def test_markdown_timeline_lists_dates_with_their_mentions():
    section = markdown_section(bridge())
    assert section.startswith("- **1960s** · decade\n  - Built in **the 1960s**, the bridge carried")
    assert (
        "- **Sun 5 Jul 2015** · day\n"
        "  - The Tarn bridge in Velmora closed on **Sunday** after engineers found cracks in its piers. — "
        f"Velmora Herald, 2015-07-06 ({cite('herald-1', 'Sunday')})\n"
        "  - Velmora shut its main bridge on **Sunday**. — Northgate Wire, 2015-07-06 "
        f"({cite('wire-1', 'Sunday')})"
    ) in section


def test_markdown_not_dated_and_durations_follow_the_timeline():
    section = markdown_section(bridge())
    timeline, rest = section.split("\n\n### Not dated\n\n")
    undated, periods = rest.split("\n\n### Durations and repeats\n\n")
    assert undated.splitlines()[0] == (
        "- Residents expect the bridge to stay shut until **next month**. — unknown outlet, undated "
        f"({cite('note-1', 'next month')}) — _{NO_DATE}_"
    )
    assert periods.splitlines() == [
        "| Expression | Type | Value | Source |",
        "|---|---|---|---|",
        f"| three years | duration | P3Y | {cite('herald-1', 'three years')}, Velmora Herald |",
        f"| every week | set | P1W | {cite('herald-1', 'every week')}, Velmora Herald |",
    ]
    assert timeline.splitlines()[-2] == r"- **FUTURE\_REF**"


def test_markdown_escapes_the_time_expression_and_its_sentence():
    section = markdown_section(bridge())
    line = next(line for line in section.splitlines() if "Friday" in line)
    assert line.startswith(
        r'  - Shops said "\<script\>alert(1)\</script\>" & closed on **\<b\>Friday\</b\>** \| early.'
    )
    assert "<script>" not in section and "<b>" not in section
    assert r"\<i\>Pamphlet\</i\>" in line


def test_markdown_without_times_says_none_found_yet():
    assert markdown_section(bridge(())) == "_None found yet._"


# HTML


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


def html_section(brief: Brief) -> str:
    return render(brief, "html").split('<section id="times">')[1].split("</section>")[0]


def test_html_links_every_expression_to_its_exact_span():
    links = Links(html_section(bridge())).links
    linked = {(a["data-article"], int(a["data-start"]), int(a["data-end"]), text) for a, text in links}
    for t in bridge_times():
        assert (
            t.article,
            t.start,
            t.end,
            t.text if t.type == "date" else f"{t.article}:{t.start}-{t.end}",
        ) in linked
    for attrs, _ in links:
        start, end = int(attrs["data-start"]), int(attrs["data-end"])
        assert attrs["title"] == TEXTS[attrs["data-article"]][start:end]


def test_html_timeline_in_order_with_not_dated_and_durations_after():
    section = html_section(bridge())
    dates = [d.strip() for d in re.findall(r'<div class="date">([^<]+)', section)]
    assert dates[:3] == ["1960s", "2014", "mid-July 2014"] and dates[-1] == "FUTURE_REF"
    assert section.index('<ol class="timeline">') < section.index("Not dated") < section.index("Durations")
    assert f'<span class="why">{NO_DATE}</span>' in section
    assert "<td>three years</td><td>duration</td><td>P3Y</td>" in section


def test_html_escapes_the_time_expression_and_its_sentence():
    section = html_section(bridge())
    assert "<script>" not in section and "<b>Friday" not in section and "<i>Pamphlet" not in section
    assert "Shops said &#34;&lt;script&gt;alert(1)&lt;/script&gt;&#34; &amp; closed on " in section
    assert ">&lt;b&gt;Friday&lt;/b&gt;</a>" in section


def test_html_without_times_says_none_found_yet():
    assert html_section(bridge(())) == '\n<h2>Dated mentions</h2>\n<p class="none">None found yet.</p>\n'
