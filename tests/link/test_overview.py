"""A story's overview: sentences split exactly, scored for centrality and key events, picked without repeats.

Every sentence is written for these tests (a fictional dock strike at Port Vell); events are built by hand
with the confidence and participants that make the brief assert them. The last test runs the pipeline
over the bundled demo corpus and reads its overview as an analyst would.
"""

from __future__ import annotations

import itertools
import random
from contextlib import chdir
from dataclasses import replace
from importlib.resources import as_file, files

import pytest

from sitroom.link import overview
from sitroom.link.overview import event_reach, lines_for, sentences, summarise, words
from sitroom.types import Article, Event


def article(
    article_id: str,
    text: str,
    outlet: str | None = None,
    published: str | None = None,
    genre: str | None = None,
) -> Article:
    return Article(article_id, f"{article_id}.txt", text, outlet=outlet, published=published, genre=genre)


def event(
    article_: Article,
    phrase: str,
    n: int = 1,
    *,
    status: str = "occurred",
    same_as: str | None = None,
    confidence: float = 0.9,
) -> Event:
    """An event on ``phrase`` in ``article_``; asserted (a named actor, confidence 0.9) unless told."""
    start = article_.text.index(phrase)
    return Event(
        id=f"{article_.id}/e{n}",
        article=article_.id,
        start=start,
        end=start + len(phrase),
        text=phrase,
        type="AGREE",
        mode=None,
        actor="e-union",
        actor_for=None,
        target="e-port",
        target_for=None,
        place=None,
        time=None,
        status=status,
        same_as=same_as,
        confidence=confidence,
    )


WRAPPED = "Dockers at Port Vell walked out over pay on Monday and ferries to the\nislands stayed in harbour."


def texts(text: str) -> list[str]:
    return [text[start:end] for start, end in sentences(text)]


def lines(found) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(line.article, line.text) for line in found]


# --- sentences ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Ferries stopped. The port shut.", ["Ferries stopped.", "The port shut."], id="plain"),
        pytest.param(
            "Mr. Holm met Gen. Ruiz in St. Petersburg. Talks ended.",
            ["Mr. Holm met Gen. Ruiz in St. Petersburg.", "Talks ended."],
            id="titles",
        ),
        pytest.param(
            "The vote is on Jan. 12 in Vell. No. 10 said nothing.",
            ["The vote is on Jan. 12 in Vell.", "No. 10 said nothing."],
            id="before-a-number",
        ),
        pytest.param(
            "Dockers voted No. The count took hours.",
            ["Dockers voted No.", "The count took hours."],
            id="a-no",
        ),
        pytest.param(
            "John F. Kennedy spoke. Then he left.", ["John F. Kennedy spoke.", "Then he left."], id="initial"
        ),
        pytest.param(
            "U.S. Senator Ann Holm met envoys. Sanctions hit the U.S. The talks ended.",
            ["U.S. Senator Ann Holm met envoys.", "Sanctions hit the U.S.", "The talks ended."],
            id="acronyms",
        ),
        pytest.param(
            'He said: "We go. We stay." Then he left.',
            ['He said: "We go. We stay."', "Then he left."],
            id="closed-quotation",
        ),
        pytest.param(
            "She said: “It is over. We won.” Crowds cheered.",
            ["She said: “It is over. We won.”", "Crowds cheered."],
            id="curly-quotation",
        ),
        pytest.param(
            '"I stay. I go.\n\n"I leave," he said.',
            ['"I stay.', "I go.", '"I leave," he said.'],
            id="quotation-running-on",
        ),
        pytest.param(
            "ATHENS, July 5, 2015 (Meridian Wire) - Greeks voted No. Banks stayed shut.",
            ["Greeks voted No.", "Banks stayed shut."],
            id="wire-dateline",
        ),
        pytest.param("OSLO (AP) — Farmers protested.", ["Farmers protested."], id="agency-dateline"),
        pytest.param("PARIS—Seven people were held.", ["Seven people were held."], id="unspaced-dateline"),
        pytest.param("Paris (CNN)Authorities acted.", ["Authorities acted."], id="cnn-dateline"),
        pytest.param(
            "NATO-Russia talks began. They ended.",
            ["NATO-Russia talks began.", "They ended."],
            id="no-dateline",
        ),
        pytest.param(
            "European Central Bank (ECB) President Mara Holm spoke.",
            ["European Central Bank (ECB) President Mara Holm spoke."],
            id="acronym-in-brackets",
        ),
        pytest.param(
            "Image: the port at dawn\nDockers walked out on Monday.",
            ["Image: the port at dawn", "Dockers walked out on Monday."],
            id="caption-line",
        ),
        pytest.param(
            WRAPPED,
            [WRAPPED],
            id="hard-wrapped",
        ),
        pytest.param(
            "Is it over? Nobody knows! Talks… resume later.",
            ["Is it over?", "Nobody knows!", "Talks… resume later."],
            id="question-exclamation-ellipsis",
        ),
        pytest.param(
            "Fares rose 2.5 per cent. (The port shut.) Ferries waited.",
            ["Fares rose 2.5 per cent.", "(The port shut.)", "Ferries waited."],
            id="decimals-and-brackets",
        ),
        pytest.param("  Ferries were late today\n", ["Ferries were late today"], id="unpunctuated"),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '🚢 Dockers at Port Vell walked out.\r\n\r\nMara Quill said: "We stay out." 🎉 Ferries waited.',
        "  \n\n  Ferries stopped.   \n\n\n  The port shut. ",
        "WASHINGTON — Talks resumed.\n\nNothing was agreed.\n",
        "",
        "   ",
        "“Unclosed quotation. Still going. And more.",
    ],
)
def test_every_sentence_span_is_exact_trimmed_and_in_order(text: str) -> None:
    found = sentences(text)
    for start, end in found:
        assert text[start:end] and text[start:end] == text[start:end].strip()
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(found))


def test_words_are_compared_without_stop_words_possessives_or_plurals() -> None:
    assert words("Greece's banks and the bankers’ unions stayed shut.") == [
        "greece",
        "bank",
        "banker",
        "union",
        "stayed",
        "shut",
    ]


# --- summarising ----------------------------------------------------------------------------------------

STRIKE = article(
    "strike",
    "Dockers at Port Vell walked out over pay on Monday, and ferries to the islands stayed in harbour. "
    "The Harbour Workers Union said the strike at Port Vell would go on until the port raised dockers' pay. "
    "The weather in the town was mild and the cafes along the seafront were full of visitors.",
    outlet="Harbour Post",
    published="2022-03-07",
)
STRIKE_GOES_ON = article(
    "strike-2",
    "The strike at Port Vell entered its third day as the port again refused the dockers' pay demand. "
    "Ferries to the islands stayed in harbour while striking dockers picketed the gates of Port Vell.",
    outlet="Coast Times",
    published="2022-03-09",
)
DEAL = article(
    "deal",
    "Talks between the port and the union resumed in the town hall on Thursday morning. "
    "The port agreed a pay rise with the Harbour Workers Union, and dockers ended the strike at Port Vell.",
    outlet="Island Wire",
    published="2022-03-10",
)
STORY = [STRIKE, STRIKE_GOES_ON, DEAL]


def test_a_story_is_told_by_its_central_sentences_in_reported_order() -> None:
    found = summarise(STORY)
    assert len(found) == lines_for(3) == 3
    assert [line.article for line in found] == ["strike", "strike-2", "deal"]
    assert "weather" not in " ".join(line.text for line in found)  # an aside is never central
    for line in found:
        source = next(a for a in STORY if a.id == line.article)
        assert source.text[line.start : line.end] == line.text


def test_the_lead_has_a_head_start() -> None:
    (lead, *_) = summarise(STORY)
    assert lead.text.startswith("Dockers at Port Vell walked out over pay on Monday")


def test_a_sentence_reporting_a_key_event_counts_more() -> None:
    plain = [line.text for line in summarise(STORY)]
    assert any(text.startswith("Talks between the port") for text in plain)  # the deal's lead...
    assert not any(text.startswith("The port agreed a pay rise") for text in plain)  # ...over the news
    told = [line.text for line in summarise(STORY, [event(DEAL, "agreed a pay rise")])]
    assert any(text.startswith("The port agreed a pay rise") for text in told)
    assert not any(text.startswith("Talks between the port") for text in told)


def test_an_event_the_brief_does_not_assert_counts_for_nothing() -> None:
    weak = [event(DEAL, "agreed a pay rise", confidence=0.3)]
    assert summarise(STORY, weak) == summarise(STORY)


def test_an_event_counts_by_the_outlets_reporting_it_each_real_event_once() -> None:
    one = article(
        "one", "Dockers at Port Vell ended their strike after the port agreed a pay rise.", "Harbour Post"
    )
    two = replace(one, id="two", outlet="Coast Times")
    three = replace(one, id="three", outlet="Island Wire")
    unknown = replace(one, id="four", outlet=None)
    reports = [
        event(one, "agreed"),
        event(two, "agreed", same_as="one/e1"),
        event(three, "agreed", same_as="two/e1"),  # a report of a report joins the first
        event(unknown, "agreed", same_as="one/e1", confidence=0.2),  # not asserted: not counted
    ]
    outlets = {a.id: a.outlet for a in (one, two, three, unknown)}
    reach = event_reach(reports, outlets)
    assert set(reach) == {"one/e1", "two/e1", "three/e1"}
    assert {(r.event, r.outlets, r.happened) for r in reach.values()} == {("one/e1", 3, True)}


def test_near_identical_sentences_are_never_both_picked() -> None:
    wire = article(
        "wire",
        "Dockers at Port Vell walked out over pay on Monday, and ferries to the islands stayed in harbour. "
        "Shops in the old town closed early.",
        outlet="Island Wire",
        published="2022-03-07",
    )
    found = summarise([STRIKE, wire, STRIKE_GOES_ON])
    walked = [line for line in found if "walked out over pay on Monday" in line.text]
    assert len(walked) == 1


def test_a_story_of_repeats_gets_fewer_lines_rather_than_a_repeat() -> None:
    copy = replace(STRIKE, id="again", outlet="Island Wire")
    reworded = replace(STRIKE, id="reworded", text=STRIKE.text.replace("Monday", "Monday morning"))
    found = summarise([STRIKE, copy, reworded])
    assert len({line.text for line in found}) == len(found) == 3  # three different sentences
    assert not any("Monday morning" in line.text for line in found)  # the reworded lead is the lead again


def test_questions_are_not_lines_and_someones_voice_weighs_less() -> None:
    column = article(
        "column",
        "Dockers at Port Vell stayed on strike over pay for a fourth day on Thursday. "
        "We think the strike at Port Vell over dockers' pay has gone on far too long. "
        "The strike at Port Vell over dockers' pay kept the ferries in harbour again. "
        "Will the dockers at Port Vell ever get the pay rise the port promised them? "
        "The port said the strike at Port Vell over dockers' pay would cost it dearly.",
        outlet="Harbour Post",
    )
    found = [line.text for line in summarise([column])]
    assert len(found) == 3 and not any(text.endswith("?") for text in found)
    # "we" and "many" are both stop words: the two columns differ only in whose voice the sentence is
    theirs = replace(column, text=column.text.replace("We think", "Many think"))
    ours, plain = (overview._scored([c], {})[1] for c in (column, theirs))
    assert ours.score == pytest.approx(plain.score * overview.FIRST_PERSON_WEIGHT)
    assert overview._voice("We think it is over.") == overview.FIRST_PERSON_WEIGHT
    assert overview._voice('"We think it is over," he said.') == overview.QUOTED_WEIGHT
    assert overview._voice('"It is over," we heard the mayor of Port Vell say to the crowd.') == (
        overview.FIRST_PERSON_WEIGHT
    )
    assert overview._voice("The port said it was over.") == 1.0


def test_lines_follow_the_dates_of_their_articles_undated_last() -> None:
    late = replace(DEAL, published="2022-03-01")
    undated = replace(STRIKE, published=None)
    assert [line.article for line in summarise([undated, STRIKE_GOES_ON, late])] == [
        "deal",
        "strike-2",
        "strike",
    ]


def test_the_number_of_lines_grows_with_the_story() -> None:
    assert [lines_for(n) for n in (1, 3, 4, 7, 8, 500)] == [3, 3, 4, 4, 5, 5]


def test_a_story_of_short_lines_still_gets_its_line_and_a_blank_one_none() -> None:
    assert lines(summarise([article("a", "Ferries were late today\n")])) == [("a", "Ferries were late today")]
    assert summarise([article("a", "   ")]) == ()
    assert summarise([]) == ()


def test_a_dateline_is_left_out_of_its_line() -> None:
    wire = article("w", "VELL, March 7 (Island Wire) - " + STRIKE.text, outlet="Island Wire")
    (lead, *_) = summarise([wire])
    assert lead.text.startswith("Dockers at Port Vell") and lead.start > 0


def test_a_large_story_is_read_through_its_most_central_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(overview, "POOL_ARTICLES", 2)
    centrality = {"strike": 0.9, "strike-2": 0.1, "deal": 0.8}
    assert {line.article for line in summarise(STORY, centrality=centrality)} <= {"strike", "deal"}


def test_the_same_story_gives_the_same_lines() -> None:
    reports = [event(DEAL, "agreed a pay rise"), event(STRIKE, "walked out", status="ongoing")]
    first = summarise(STORY, reports)
    shuffled = list(reports)
    random.Random(7).shuffle(shuffled)
    assert summarise(STORY, shuffled) == first == summarise(list(STORY), list(reports))


# --- the demo corpus ------------------------------------------------------------------------------------


@pytest.mark.slow
def test_the_demo_overview_says_what_happened() -> None:
    import sitroom

    with as_file(files("sitroom.demo").joinpath("corpus")) as corpus, chdir(corpus.parent):
        brief = sitroom.brief(["corpus"])
    (story,) = brief.stories
    texts_by_id = {a.id: a.text for a in brief.articles}
    summary = story.summary
    assert len(summary) == 5
    assert all(texts_by_id[line.article][line.start : line.end] == line.text for line in summary)
    assert len({line.article for line in summary}) == 5  # five outlets' reports, none repeated
    assert not {line.article for line in summary} & {"05_finance_minister_quits", "06_column"}
    told = " ".join(line.text for line in summary)
    for news in ("capital controls", "International Monetary Fund", "Greeks voted", "resigned", "agreement"):
        assert news in told
    published = {a.id: a.published for a in brief.articles}
    dates = [published[line.article] for line in summary]
    assert dates == sorted(dates)
