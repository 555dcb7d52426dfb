"""The time scorer reads every TIMEX3 value form as the days it covers, reads GUM's ``<date>`` gold, matches
exact values by equality and bounded ones by inclusion, locates the demo gold by occurrence, and scores
hand-made briefs as it says; the slow tests hold sitroom's GUM and demo scores to their floors.

The scorer is ``eval/times.py``; the demo gold is ``eval/gold/demo/times.json``. The GUM test reads the
shared folder beside the repository and skips where it is absent.
"""

from __future__ import annotations

import importlib
import sys
from datetime import date
from pathlib import Path

import pytest

from sitroom.types import Article, Brief, Meta, Time, TimeRecord

# Floors for sitroom's time figures (keys of ``eval.times.headline``). Provisional until the extractor is
# tuned; then each is the score rounded down to the nearest 0.05, raised with the change that lifts it and
# never lowered to make a change pass (lowering one needs its own commit saying why).
FLOORS = {
    "gum.accuracy": 0.82,
    "gum.span_recall": 0.9,
    "gum.found_accuracy": 0.87,
    "demo.precision": 0.95,
    "demo.recall": 0.95,
    "demo.f1": 0.95,
    "demo.value_all": 0.93,
    "demo.type": 0.95,
    "demo.value": 0.95,
    "demo.granularity": 0.95,
    "demo.mod": 0.95,
    "demo.anchor": 0.95,
}

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
times = importlib.import_module("eval.times")
gum = importlib.import_module("eval.gum")

D = date.fromisoformat


# --- values as day intervals ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2014", "2014-01-01", "2014-12-31"),
        ("2014-02", "2014-02-01", "2014-02-28"),
        ("2016-02", "2016-02-01", "2016-02-29"),
        ("2015-07-05", "2015-07-05", "2015-07-05"),
        ("2010-09-04T22:30:00", "2010-09-04", "2010-09-04"),
        ("2015-W28", "2015-07-06", "2015-07-12"),
        ("2015-W01", "2014-12-29", "2015-01-04"),
        ("2015-W28-WE", "2015-07-11", "2015-07-12"),
        ("2021-SP", "2021-03-01", "2021-05-31"),
        ("2021-SU", "2021-06-01", "2021-08-31"),
        ("2021-FA", "2021-09-01", "2021-11-30"),
        ("2021-WI", "2021-12-01", "2022-02-28"),
        ("2022-Q1", "2022-01-01", "2022-03-31"),
        ("2022-Q4", "2022-10-01", "2022-12-31"),
        ("2022-H1", "2022-01-01", "2022-06-30"),
        ("2022-H2", "2022-07-01", "2022-12-31"),
        ("201", "2010-01-01", "2019-12-31"),
        ("19", "1900-01-01", "1999-12-31"),
        ("2015-07-12/2015-07-13", "2015-07-12", "2015-07-13"),
        ("2015-06/2015-W27", "2015-06-01", "2015-07-05"),
    ],
)
def test_every_value_form_covers_its_days(value: str, first: str, last: str) -> None:
    assert times.day_interval(value) == (D(first), D(last))


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "P3Y",
        "PXD",
        "P1D",
        "PTXH",
        "PRESENT_REF",
        "2015-13",
        "2015-02-30",
        "2014-W53",
        "2022-H3",
        "2022-Q5",
        "2015-XX",
        "12345",
        "1",
        "2015-07-13/2015-07-12",
        "2015-07-05/",
        "2015/2016/2017",
        "next week",
    ],
)
def test_durations_sets_and_garbage_cover_no_days(value: str | None) -> None:
    assert times.day_interval(value) is None


@pytest.mark.parametrize(
    ("value", "granularity"),
    [
        ("2015-07-05", "day"),
        ("2015-W28-WE", "weekend"),
        ("2015-W28", "week"),
        ("2015-02", "month"),
        ("2021-WI", "season"),
        ("2022-Q3", "quarter"),
        ("2022-H2", "half"),
        ("2014", "year"),
        ("196", "decade"),
        ("19", "century"),
        ("2015-07-12/2015-07-13", None),  # Sunday to Monday: no calendar unit
        ("2006-02-19/2006-02-26", None),  # Sunday to Sunday
    ],
)
def test_an_interval_names_the_calendar_unit_it_is(value: str, granularity: str | None) -> None:
    assert times.interval_granularity(times.day_interval(value)) == granularity


@pytest.mark.parametrize(
    ("day", "granularity", "first", "last"),
    [
        ("2015-07-12", "day", "2015-07-12", "2015-07-12"),
        ("2015-07-12", "week", "2015-07-06", "2015-07-12"),  # a Sunday ends its ISO week
        ("2015-07-08", "weekend", "2015-07-11", "2015-07-12"),
        ("2015-07-12", "weekend", "2015-07-11", "2015-07-12"),
        ("2022-02-10", "season", "2021-12-01", "2022-02-28"),  # January and February: last winter
        ("2022-12-10", "season", "2022-12-01", "2023-02-28"),
        ("2022-05-10", "quarter", "2022-04-01", "2022-06-30"),
        ("2022-05-10", "half", "2022-01-01", "2022-06-30"),
        ("1987-05-10", "decade", "1980-01-01", "1989-12-31"),
        ("1987-05-10", "century", "1900-01-01", "1999-12-31"),
        ("1987-05-10", None, "1987-05-10", "1987-05-10"),
    ],
)
def test_a_day_widens_to_the_unit_holding_it(
    day: str, granularity: str | None, first: str, last: str
) -> None:
    assert times.unit_interval(D(day), granularity) == (D(first), D(last))


# --- GUM gold and the match rule ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("attributes", "low", "high", "exact", "granularity"),
    [
        ({"when": "2017"}, "2017-01-01", "2017-12-31", True, "year"),
        ({"when": "2010-09"}, "2010-09-01", "2010-09-30", True, "month"),
        ({"when": "2010-09-04T22:30:00"}, "2010-09-04", "2010-09-04", True, "day"),
        ({"from": "2017-07-10", "to": "2017-07-16"}, "2017-07-10", "2017-07-16", True, "week"),
        ({"from": "1960-01-01", "to": "1969-12-31"}, "1960-01-01", "1969-12-31", True, "decade"),
        ({"notBefore": "1994", "notAfter": "2008"}, "1994-01-01", "2008-12-31", False, "year"),
        ({"notAfter": "2008-01-19"}, None, "2008-01-19", False, "day"),
        ({"notBefore": "2011-02-08"}, "2011-02-08", None, False, "day"),
        ({"rend": "bold"}, None, None, False, None),
    ],
)
def test_gold_values_read_as_days_or_bounds(
    attributes: dict[str, str], low: str | None, high: str | None, exact: bool, granularity: str | None
) -> None:
    expected = (D(low) if low else None, D(high) if high else None, exact, granularity)
    assert times.gold_value(attributes) == expected


def gold_date(attributes: dict[str, str], text: str = "x") -> object:
    low, high, exact, granularity = times.gold_value(attributes)
    return times.GoldDate(0, len(text), text, low, high, exact, granularity, str(attributes))


def test_an_exact_gold_needs_the_same_days_in_any_form() -> None:
    weekend = gold_date({"from": "2016-09-03", "to": "2016-09-04"})
    assert weekend.matches(times.day_interval("2016-W35-WE"))
    assert weekend.matches(times.day_interval("2016-09-03/2016-09-04"))
    assert not weekend.matches(times.day_interval("2016-09-03"))  # inside is not enough
    assert not weekend.matches(times.day_interval("2016-W35"))
    assert not weekend.matches(None)
    assert gold_date({"when": "2017"}).matches(times.day_interval("2017"))
    assert not gold_date({"when": "2017"}).matches(times.day_interval("2017-07"))


def test_a_bounded_gold_takes_any_value_inside_its_bounds() -> None:
    between = gold_date({"notBefore": "1994", "notAfter": "2008"})
    assert between.matches(times.day_interval("1994"))
    assert between.matches(times.day_interval("1994/2008"))
    assert between.matches(times.day_interval("2001-05"))
    assert not between.matches(times.day_interval("1993"))
    assert not between.matches(times.day_interval("200"))  # the 2000s run past 2008
    until = gold_date({"notAfter": "2015-08-02"})
    assert until.matches(times.day_interval("2015-07-30/2015-08-02"))
    assert until.matches(times.day_interval("2015-W31"))  # that week ends on Sunday 2 August
    assert not until.matches(times.day_interval("2015-W32"))
    assert not gold_date({"rend": "bold"}).matches(times.day_interval("2015"))


GUM_SNIPPET = """\
<text id="GUM_news_test" type="news" dateCreated="2015-09-22" title="A &amp; B">
<head>
<s type="other">
<date when="2015-09-22" rend="bold">
Tuesday	NP	Tuesday	NP0	PROPN	root	_
,	,	,	PUN	PUNCT	punct	_
September	NP	September	NP0	PROPN	compound	_
22	CD	22	CRD	NUM	appos	_
</date>
</s>
</head>
<p>
<s type="decl">
The	DT	the	AT0	DET	det	_
fair	NN	fair	NN1	NOUN	nsubj	_
opened	VVD	open	VVD	VERB	root	_
<date from="2015-09-14" to="2015-09-20">
last	JJ	last	ORD	ADJ	amod	_
week	NN	week	NN1	NOUN	obl	_
</date>
and	CC	and	CJC	CCONJ	cc	_
ran	VVD	run	VVD	VERB	conj	_
for	IN	for	PRP	ADP	case	_
<date notBefore="1994" notAfter="2015">
21	CD	21	CRD	NUM	nummod	_
years	NNS	year	NN2	NOUN	obl	_
</date>
<date when="1994">
since	IN	since	PRP	ADP	case	_
1994	CD	1994	CRD	NUM	obl	_
</date>
.	SENT	.	PUN	PUNCT	punct	_
</s>
</p>
</text>
"""


def test_gum_dates_are_read_with_their_spans_and_values() -> None:
    document = gum.read_gum_document(GUM_SNIPPET, "GUM_news_test", tags=("date",))
    assert document.attributes["dateCreated"] == "2015-09-22"
    assert document.attributes["title"] == "A & B"
    assert document.text == (
        "Tuesday, September 22\n\nThe fair opened last week and ran for 21 years since 1994."
    )
    golds = times.gum_gold(document)
    assert [g.text for g in golds] == ["Tuesday, September 22", "last week", "21 years", "since 1994"]
    assert [g.label for g in golds] == [
        "when=2015-09-22",
        "from=2015-09-14 to=2015-09-20",
        "notBefore=1994 notAfter=2015",
        "when=1994",
    ]
    assert [(g.exact, g.granularity) for g in golds] == [
        (True, "day"),
        (True, "week"),
        (False, "year"),
        (True, "year"),
    ]


def record(text: str, whole: str, value: str | None, kind: str = "date") -> TimeRecord:
    start = whole.index(text)
    return TimeRecord(start, start + len(text), kind, value, None)


def test_gum_spans_take_the_most_overlapping_record_and_misses_count_as_wrong() -> None:
    document = gum.read_gum_document(GUM_SNIPPET, "GUM_news_test", tags=("date",))
    text = document.text
    records = [
        record("Tuesday", text, "2015-09-22"),  # inside the dateline: right
        record("opened last", text, "2015-09-22"),  # overlaps "last week" by 4 characters
        record("last week", text, "2015-W38"),  # overlaps all of it: chosen, and right
        record("21 years", text, "P21Y", "duration"),  # found, but a duration has no days
    ]
    outcomes = times.score_gum_document("test", times.gum_gold(document), records, text)
    assert [(o.found, o.right) for o in outcomes] == [
        (True, True),
        (True, True),
        (True, False),
        (False, False),
    ]
    figures = times.summarise_gum(outcomes, documents=1)
    assert (figures["gold"], figures["exact"], figures["found"], figures["right"]) == (4, 3, 3, 2)
    assert figures["accuracy"] == 0.5
    assert figures["span_recall"] == 0.75
    assert figures["found_accuracy"] == pytest.approx(2 / 3)
    assert figures["misses"] == [
        "test: “21 years” gold notBefore=1994 notAfter=2015 — ours P21Y (“21 years”)",
        "test: “since 1994” gold when=1994 — ours no time",
    ]


def test_the_baseline_reads_the_gold_text_at_the_gold_granularity() -> None:
    assert times.dateparser_interval("yesterday", "2015-09-22", "day") == (D("2015-09-21"), D("2015-09-21"))
    assert times.dateparser_interval("1994", "2015-09-22", "year") == (D("1994-01-01"), D("1994-12-31"))
    assert times.dateparser_interval("last week", "2015-09-22", "week") == (D("2015-09-14"), D("2015-09-20"))
    assert times.dateparser_interval("the opening night", "2015-09-22", "day") is None
    gold = gold_date({"when": "2015-09-21"}, "yesterday")
    assert times.baseline_right(gold, "2015-09-22") == {"current_period": True, "past": True}


def test_absent_gum_data_is_skipped(tmp_path: Path) -> None:
    assert gum.gum_files(tmp_path) == []
    assert times.evaluate_gum(tmp_path) is None


# --- the demo gold --------------------------------------------------------------------------------------

TEXT = (
    "Banks shut late on Sunday. On Sunday the vote was held; Sundays are quiet. "
    "Talks ran through the night and ended early on Monday, three days later."
)
ARTICLE = Article("a", "/corpus/a.txt", TEXT, published="2015-06-30")


@pytest.mark.parametrize(
    ("needle", "occurrence", "found"),
    [
        ("Sunday", 1, "late on Sunday"),  # the first counts inside a longer expression
        ("Sunday", 2, "On Sunday"),
        ("Sunday", 3, "Sundays"),  # and inside a longer word
        ("Sunday", 4, None),
        ("sunday", 1, None),  # case-sensitive
        ("late on Sunday", 1, "late on Sunday"),
    ],
)
def test_demo_gold_is_located_at_its_occurrence(needle: str, occurrence: int, found: str | None) -> None:
    span = times.locate(TEXT, needle, occurrence)
    if found is None:
        assert span is None
        return
    assert span is not None
    assert TEXT[span[0] : span[1]] == needle
    assert found in TEXT[max(0, span[0] - 8) : span[1] + 1]
    assert TEXT.count(needle, 0, span[0]) == occurrence - 1


def test_overlapping_occurrences_count() -> None:
    assert times.locate("aaaa", "aa", 2) == (1, 3)


def time(tid: str, text: str, value: str | None, occurrence: int = 1, **fields: object) -> Time:
    span = times.locate(TEXT, text, occurrence)
    assert span is not None
    fields = {"type": "date", "granularity": "day", **fields}
    return Time(tid, "a", span[0], span[1], text, value=value, **fields)  # type: ignore[arg-type]


def gold_time(
    text: str, value: str | None, anchor: object, occurrence: int | None = None, **fields: object
) -> dict:
    entry = {"source": "a.txt", "text": text, "type": "date", "value": value, "granularity": "day"}
    entry |= {"mod": None, "anchor": anchor, **fields}
    if occurrence is not None:
        entry["occurrence"] = occurrence
    return entry


GOLD = [
    gold_time("late on Sunday", "2015-06-28", "published", occurrence=None, mod="LATE"),
    gold_time("Sunday", "2015-06-28", "published", occurrence=2),
    gold_time("the night", "2015-06-28/2015-06-29", {"text": "early on Monday", "occurrence": 1}),
    gold_time("early on Monday", "2015-06-29", "published", mod="EARLY"),
    gold_time("three days", "P3D", None, type="duration"),
]


def brief(*brief_times: Time) -> Brief:
    return Brief(meta=Meta("0", None), articles=(ARTICLE,), times=brief_times)


def test_demo_times_match_one_to_one_and_every_field_is_checked() -> None:
    scores = times.score_demo(
        brief(
            time("t1", "late on Sunday", "2015-06-28", mod="LATE", anchor="published"),
            time("t2", "Sunday", "2015-06-21", occurrence=2, anchor="published"),  # a week off
            time("t3", "the night", "2015-06-28/2015-06-29", granularity=None, anchor="t4"),
            time("t4", "early on Monday", "2015-06-29", mod="EARLY", anchor="published"),
            time("t5", "Sundays", None, occurrence=1, type="set"),  # not in the gold
        ),
        GOLD,
    )
    assert (scores["gold"], scores["system"], scores["found"]) == (5, 5, 4)
    assert (scores["precision"], scores["recall"]) == (0.8, 0.8)
    agreement = scores["agreement"]
    assert (agreement["type"], agreement["mod"], agreement["anchor"]) == (1.0, 1.0, 1.0)
    assert (agreement["value"], agreement["granularity"]) == (0.75, 0.75)
    assert scores["value_all"] == 0.6
    assert scores["missed"] == ["a.txt: “three days”"]
    assert scores["extra"] == ["a.txt: “Sundays” None"]
    assert scores["wrong"] == [
        'a.txt: “Sunday” (#2) — value: expected "2015-06-28", got "2015-06-21"',
        'a.txt: “the night” — granularity: expected "day", got null',
    ]


def test_an_anchor_must_name_the_time_the_gold_anchor_text_is() -> None:
    night = GOLD[2]
    for anchor, right in (("t4", True), ("t1", False), ("published", False), (None, False), ("t9", False)):
        scores = times.score_demo(
            brief(
                time("t1", "late on Sunday", "2015-06-28"),
                time("t3", "the night", "2015-06-28/2015-06-29", anchor=anchor),
                time("t4", "early on Monday", "2015-06-29"),
            ),
            [night],
        )
        assert scores["agreement"]["anchor"] == (1.0 if right else 0.0), anchor
    published = times.score_demo(brief(time("t1", "late on Sunday", "2015-06-28")), [GOLD[0]])
    assert published["agreement"]["anchor"] == 0.0  # the gold says "published", the brief null


def test_a_brief_time_is_used_once_and_unlocated_gold_is_listed() -> None:
    whole = Time("w", "a", 0, len(TEXT), TEXT, "date", None, None)  # one time over everything
    gold = [*GOLD[:2], gold_time("Saturday", None, None)]
    scores = times.score_demo(brief(whole), gold)
    assert scores["found"] == 1
    assert scores["missed"] == ["a.txt: “Sunday” (#2)", "a.txt: “Saturday”"]
    assert scores["unlocated"] == ["a.txt: “Saturday”"]


# --- the page and the pinned floors ---------------------------------------------------------------------


def test_quality_page_lists_both_time_sections_and_these_floors(tmp_path: Path) -> None:
    quality = importlib.import_module("eval.quality")
    sections = {s.title: s for s in quality.SECTIONS if s.module == "eval.times"}
    assert set(sections) == {"Times (GUM news)", "Times (demo gold)"}
    gum_section = sections["Times (GUM news)"]
    assert "0.78" in gum_section.anchor and "dateparser" in gum_section.anchor
    assert quality._body(gum_section, tmp_path) == (
        f"skipped: {(tmp_path / gum_section.data).as_posix()} not found"
    )
    assert sections["Times (demo gold)"].data is None
    assert quality.pinned_floors(Path(__file__)) == FLOORS
    assert times.pinned_floors() == FLOORS


def test_headline_names_every_floor_and_the_pages_render() -> None:
    demo = times.score_demo(brief(time("t1", "late on Sunday", "2015-06-28")), GOLD)
    outcomes = times.score_gum_document("x", [gold_date({"when": "2015"}, "x")], [], "x")
    gum_figures = times.summarise_gum(outcomes, documents=1)
    assert set(times.headline(gum_figures, demo)) == set(FLOORS)
    assert "| time span recall | 0.200 | 0.95 |" in times.markdown_demo(demo)
    page = times.markdown_gum(gum_figures)
    assert "| value accuracy | 0.000 | 0.000 | 0.82 | 1 gold spans |" in page
    assert "0.78" in page


@pytest.mark.slow
def test_demo_brief_meets_every_time_floor() -> None:
    figures = times.evaluate_demo()
    assert figures["unlocated"] == []  # every gold time is found in the brief's text
    scores = times.headline(None, figures)
    below = {
        key: (round(scores[key], 3), floor)
        for key, floor in FLOORS.items()
        if key in scores and scores[key] < floor
    }
    assert not below, f"below the floor (score, floor): {below}"


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / gum.GUM_XML).is_dir(), reason=f"no GUM data under {SHARED}")
def test_gum_values_meet_every_floor() -> None:
    figures = times.score_gum(SHARED)
    assert figures is not None
    assert (figures["documents"], figures["gold"]) == (24, 194)
    assert figures["baseline"]["current_period"] > 0.5  # the scorer sees the values that are there
    scores = times.headline(figures, None)
    below = {
        key: (round(scores[key], 3), floor)
        for key, floor in FLOORS.items()
        if key in scores and scores[key] < floor
    }
    assert not below, f"below the floor (score, floor): {below}"
