"""Stories: articles told apart online, each story titled, summarised and timed; the clusterer's state saved
and resumed exactly; the demo corpus and the seeds each one story.

Articles, their terms and names are built by hand (terms are the words of the text without stop words, a
stand-in for the parser's lemmas); every sentence is written for these tests. The last tests run the
pipeline over the bundled demo corpus and over the seeds (skipped where ``../shared`` is absent).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from spacy.lang.en.stop_words import STOP_WORDS

from sitroom.link import build_stories, clustering
from sitroom.link.clustering import CANDIDATES, Features, StoryIndex, entity_keys
from sitroom.types import Article, CopyOf, Event, Extraction, MentionRecord, Time

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def article(article_id: str, text: str, title: str | None = None, published: str | None = None) -> Article:
    return Article(article_id, f"{article_id}.txt", text, title=title, published=published)


def extraction(item: Article, names: dict[str, str] | None = None) -> Extraction:
    """Terms: the text's words without stop words; mentions: each occurrence of the ``names`` given."""
    words = [w for w in re.findall(r"[a-z]+", item.text.lower()) if w not in STOP_WORDS and len(w) > 2]
    terms = tuple(sorted({w: words.count(w) for w in words}.items()))
    mentions = tuple(
        MentionRecord(found.start(), found.end(), name, name, kind)
        for name, kind in (names or {}).items()
        for found in re.finditer(re.escape(name), item.text)
    )
    return Extraction(item.id, mentions=tuple(sorted(mentions, key=lambda m: m.start)), terms=terms)


PORT = {"Port Vell": "FAC", "Harbour Workers Union": "ORG"}
FIRE = {"Serra Alta": "LOC", "Civil Protection": "ORG"}

STRIKE = article(
    "strike",
    "Dockers at Port Vell walked out over pay on Monday, and ferries to the islands stayed in harbour. The "
    "Harbour Workers Union said the strike would go on until the port authority raised wages.",
    title="Dockers strike shuts Port Vell",
    published="2022-03-07",
)
STRIKE_GOES_ON = article(
    "strike-2",
    "The strike at Port Vell entered its third day as the port authority again refused the pay demand of "
    "the Harbour Workers Union. Ferries stayed in harbour while dockers picketed the gates.",
    title="Port Vell strike drags on",
    published="2022-03-09",
)
WILDFIRE = article(
    "fire",
    "A wildfire swept through the pine forest above Serra Alta overnight and villagers fled their homes. "
    "Civil Protection sent water bombers to fight the flames along the ridge.",
    title="Wildfire drives villagers from Serra Alta",
    published="2022-03-08",
)
FIRE_CONTAINED = article(
    "fire-2",
    "Firefighters contained the Serra Alta wildfire after rain fell on the ridge. Villagers returned to "
    "burnt pine forest; Civil Protection said no homes were lost to the flames.",
    title="Rain helps contain Serra Alta wildfire",
    published="2022-03-10",
)
CHESS = article(
    "chess",
    "A fourteen-year-old won the national chess championship in a rapid tiebreak, beating the defending "
    "champion with the black pieces.",
    title="Teenager takes chess title",
    published="2022-03-08",
)
NAMES = {"strike": PORT, "strike-2": PORT, "fire": FIRE, "fire-2": FIRE}


def stories_of(articles: list[Article], events: tuple[Event, ...] = (), times: tuple[Time, ...] = ()):  # type: ignore[no-untyped-def]
    extractions = [extraction(a, NAMES.get(a.id)) for a in articles if a.analysable]
    return build_stories(articles, extractions, events, times)


def members(stories) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return [s.articles for s in stories]


# --- telling stories apart ------------------------------------------------------------------------------


def test_two_different_stories_are_told_apart_and_follow_ups_join_their_own() -> None:
    stories = stories_of([STRIKE, WILDFIRE, STRIKE_GOES_ON, FIRE_CONTAINED])
    assert [s.id for s in stories] == ["s1", "s2"]
    assert members(stories) == [("strike", "strike-2"), ("fire", "fire-2")]


def test_an_off_topic_article_stays_alone() -> None:
    stories = stories_of([STRIKE, CHESS, STRIKE_GOES_ON])
    assert members(stories) == [("strike", "strike-2"), ("chess",)]


def test_the_same_words_a_year_later_are_another_story() -> None:
    next_year = replace(STRIKE_GOES_ON, id="strike-2023", published="2023-03-09")
    assert members(stories_of([STRIKE, next_year])) == [("strike",), ("strike-2023",)]


def test_the_same_words_two_days_later_are_the_same_story() -> None:
    assert members(stories_of([STRIKE, STRIKE_GOES_ON])) == [("strike", "strike-2")]


def test_an_undated_follow_up_joins_a_dated_story() -> None:
    undated = replace(STRIKE_GOES_ON, published=None)
    assert members(stories_of([STRIKE, undated])) == [("strike", "strike-2")]


def test_story_ids_stay_as_articles_arrive() -> None:
    first = stories_of([STRIKE, CHESS])
    later = stories_of([STRIKE, CHESS, WILDFIRE, STRIKE_GOES_ON, FIRE_CONTAINED])
    assert [(s.id, s.articles) for s in first] == [("s1", ("strike",)), ("s2", ("chess",))]
    assert [(s.id, s.articles) for s in later] == [
        ("s1", ("strike", "strike-2")),
        ("s2", ("chess",)),
        ("s3", ("fire", "fire-2")),
    ]


def test_copies_and_other_languages_join_no_story() -> None:
    copy = replace(STRIKE, id="copy", duplicate_of="strike")
    spun = replace(STRIKE_GOES_ON, id="spun", copy_of=CopyOf("strike-2", "spun", 0.8))
    german = article("de", "Die Hafenarbeiter streiken seit Montag.", title="Streik im Hafen")
    german = replace(german, language="de")
    stories = stories_of([STRIKE, copy, STRIKE_GOES_ON, spun, german])
    assert members(stories) == [("strike", "strike-2")]


def test_no_analysable_article_makes_no_story() -> None:
    german = replace(article("de", "Die Fähren standen still."), language="de")
    assert stories_of([german]) == ()


def test_an_article_without_an_extraction_stands_alone() -> None:
    stories = build_stories([STRIKE, STRIKE_GOES_ON], [extraction(STRIKE, PORT)], (), ())
    assert members(stories) == [("strike",), ("strike-2",)]


# --- the clusterer's state ------------------------------------------------------------------------------

STREAM = [STRIKE, WILDFIRE, CHESS, STRIKE_GOES_ON, FIRE_CONTAINED]


def names(*keys: tuple[str, str]) -> tuple[MentionRecord, ...]:
    """Mentions of ``(key, type)`` pairs, in that order."""
    return tuple(MentionRecord(n, n + 1, key, key, kind) for n, (key, kind) in enumerate(keys))


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        # a surname after the full name counts as that person
        (names(("Ada Okafor", "PERSON"), ("Okafor", "PERSON")), {"Ada Okafor": 2}),
        # two people share a surname: it goes to the one the article names in full more often
        (
            names(
                ("Ada Okafor", "PERSON"),
                ("Okafor", "PERSON"),
                ("Ada Okafor", "PERSON"),
                ("Ben Okafor", "PERSON"),
            ),
            {"Ada Okafor": 3, "Ben Okafor": 1},
        ),
        # with no full name in the article, the surname stays as it is
        (names(("Okafor", "PERSON"), ("Lagos", "GPE")), {"Okafor": 1, "Lagos": 1}),
        # only people: a one-word place or organisation is never read as a person's full name
        (names(("Ada Okafor", "PERSON"), ("Okafor", "ORG")), {"Ada Okafor": 1, "Okafor": 1}),
        # collectives are not names of what a story is about
        (names(("dockers", "GROUP"), ("Port Vell", "FAC")), {"Port Vell": 1}),
    ],
)
def test_a_surname_counts_as_the_full_name_its_article_gives(
    mentions: tuple[MentionRecord, ...], expected: dict[str, int]
) -> None:
    assert entity_keys(mentions) == expected


def test_two_people_sharing_a_surname_keep_their_stories_apart() -> None:
    singer = {"Mara Lindqvist": "PERSON", "Lindqvist": "PERSON"}
    coach = {"Jonas Lindqvist": "PERSON", "Lindqvist": "PERSON"}
    concert = article(
        "concert",
        "Mara Lindqvist sang her new songs to a sold-out hall. "
        "Lindqvist thanked the orchestra and the choir.",
    )
    match = article(
        "match",
        "Jonas Lindqvist saw his side lose the derby on penalties. "
        "Lindqvist blamed the wet pitch and the referee.",
    )
    index = StoryIndex()
    first = index.add(concert, extraction(concert, singer))
    assert index.add(match, extraction(match, coach)) != first


def test_feeding_one_article_at_a_time_through_saved_state_equals_feeding_all_at_once() -> None:
    whole = StoryIndex()
    at_once = [whole.add(a, extraction(a, NAMES.get(a.id))) for a in STREAM]
    state = StoryIndex().to_state()
    resumed = []
    for item in STREAM:
        index = StoryIndex.from_state(json.loads(json.dumps(state)))
        resumed.append(index.add(item, extraction(item, NAMES.get(item.id))))
        state = index.to_state()
    assert resumed == at_once == [0, 1, 2, 0, 1]
    assert json.dumps(state) == json.dumps(whole.to_state())


def test_the_store_can_pass_the_story_numbers_it_keeps() -> None:
    index = StoryIndex()
    numbers = [index.add(a, extraction(a, NAMES.get(a.id))) for a in STREAM]
    given = build_stories(STREAM, [extraction(a, NAMES.get(a.id)) for a in STREAM], (), (), numbers)
    assert given == stories_of(STREAM)
    (alone,) = build_stories([CHESS], [extraction(CHESS)], (), (), [7])
    assert alone.id == "s8"


def test_story_numbers_must_match_the_analysable_articles() -> None:
    with pytest.raises(ValueError, match="2 story numbers for 1"):
        build_stories([CHESS], [extraction(CHESS)], (), (), [0, 0])


def test_a_story_long_quiet_retires_from_the_state_but_its_number_is_not_reused() -> None:
    index = StoryIndex()
    index.add(STRIKE, extraction(STRIKE, PORT))
    months_later = replace(WILDFIRE, published="2022-09-01")
    assert index.add(months_later, extraction(months_later, FIRE)) == 1
    state = index.to_state()
    assert [s["number"] for s in state["live"]] == [1]
    assert (state["count"], index.count) == (2, 2)


def _busy_stream(stories: int) -> StoryIndex:
    """An index of ``stories`` live stories, each of its own made-up words beside two every story uses."""
    index = StoryIndex()
    for n in range(stories):
        words = {f"w{n}x{k}": 2 for k in range(12)} | {"said": 1, "officials": 1}
        index.add_features(Features({"terms": words, "title": {f"t{n}": 1}}, date(2022, 3, 1)))
    return index


def test_a_busy_stream_scores_an_article_against_few_stories_and_still_finds_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    index = _busy_stream(300)
    scored = []
    similarity = clustering._similarity
    monkeypatch.setattr(
        clustering, "_similarity", lambda *args: scored.append(args[3].number) or similarity(*args)
    )
    follow_up = {f"w217x{k}": 1 for k in range(6)} | {"said": 3, "officials": 2}
    assert index.add_features(Features({"terms": follow_up, "title": {}}, date(2022, 3, 2))) == 217
    assert 217 in scored and len(scored) <= CANDIDATES


def test_an_article_sharing_only_common_words_with_every_story_opens_its_own() -> None:
    index = _busy_stream(100)
    common = Features({"terms": {"said": 2, "officials": 2, "quietly": 1}, "title": {}}, date(2022, 3, 2))
    assert index.add_features(common) == 100


def test_the_index_is_rebuilt_from_saved_state() -> None:
    resumed = StoryIndex.from_state(json.loads(json.dumps(_busy_stream(40).to_state())))
    follow_up = Features({"terms": {f"w33x{k}": 1 for k in range(6)}, "title": {}}, date(2022, 3, 2))
    assert resumed.add_features(follow_up) == 33


def test_a_story_that_goes_on_getting_articles_stays_live_long_after_its_first() -> None:
    index = StoryIndex()
    words = {"harbour": 2, "dockers": 2, "strike": 1}
    days = [date(2022, 1, 1), date(2022, 1, 20), date(2022, 2, 10), date(2022, 3, 1), date(2022, 3, 20)]
    assert [index.add_features(Features({"terms": words}, day)) for day in days] == [0] * 5
    index.add_features(Features({"terms": {"chess": 1}}, date(2022, 5, 1)))
    assert [s["number"] for s in index.to_state()["live"]] == [0, 1]


def test_shared_content_words_outweigh_a_shared_name() -> None:
    # a report on the strike that happens to name the chess player weighs the strike words more
    index = StoryIndex()
    strike = {"dockers": 2, "harbour": 2, "strike": 1, "ferry": 1}
    chess = {"chess": 2, "tournament": 1, "grandmaster": 1, "opening": 1}
    follow_up = {"dockers": 1, "harbour": 1, "strike": 1, "wages": 1}
    stories = [
        index.add_features(Features({"terms": strike, "entities": {"Port Authority": 1}}, None)),
        index.add_features(Features({"terms": chess, "entities": {"Mira Castell": 2}}, None)),
        index.add_features(Features({"terms": follow_up, "entities": {"Mira Castell": 1}}, None)),
    ]
    assert stories == [0, 1, 0]


def test_an_unknown_state_is_refused() -> None:
    with pytest.raises(ValueError, match="not a story clusterer state"):
        StoryIndex.from_state({"format": "something/9"})


# --- what each story says -------------------------------------------------------------------------------

EARLY = article(
    "early", "Ferries stopped at dawn. The port stayed shut all day.", "Port shut by strike", "2022-01-10"
)
LATE = article(
    "late",
    "Dockers returned to work on Thursday. Talks had ended in a deal.",
    "Dockers go back",
    "2022-01-14",
)
MIDDLE = article(
    "middle", "  The mayor met both unions. Nobody spoke afterwards.", "Mayor steps in", "2022-01-12"
)


def one_story(articles: list[Article], events: tuple[Event, ...] = (), times: tuple[Time, ...] = ()):  # type: ignore[no-untyped-def]
    """The one story of ``articles``, all put together by the story numbers given."""
    analysed = [a for a in articles if a.analysable]
    (story,) = build_stories(articles, [extraction(a) for a in analysed], events, times, [0] * len(analysed))
    return story


def event(article_id: str, n: int, time: str | None = None, same_as: str | None = None) -> Event:
    """The brief event ``<article>/e<n>``, dated by the brief time id ``time``."""
    return Event(
        id=f"{article_id}/e{n}",
        article=article_id,
        start=0,
        end=1,
        text="x",
        type="CONSULT",
        mode=None,
        actor=None,
        actor_for=None,
        target=None,
        target_for=None,
        place=None,
        time=time,
        status="occurred",
        same_as=same_as,
    )


def day(time_id: str, value: str) -> Time:
    return Time(time_id, time_id.split("/")[0], 0, 1, value, "date", value, "day")


def test_a_story_is_titled_by_its_most_central_headline() -> None:
    (story, _) = stories_of([STRIKE_GOES_ON, STRIKE, WILDFIRE])
    assert story.title == "Port Vell strike drags on"
    off_centre = article(
        "aside", "Port Vell dockers. Also the weather was mild and the cafes were full.", "Mild day in town"
    )
    (story,) = build_stories(
        [off_centre, STRIKE, STRIKE_GOES_ON],
        [extraction(a, PORT) for a in (off_centre, STRIKE, STRIKE_GOES_ON)],
        (),
        (),
        [0, 0, 0],
    )
    assert story.title != "Mild day in town"


def test_an_untitled_central_article_gives_way_to_the_next_headline() -> None:
    untitled = replace(STRIKE_GOES_ON, title=None)
    (story,) = stories_of([untitled, STRIKE])
    assert story.title == "Dockers strike shuts Port Vell"


def test_a_story_without_any_headline_is_titled_by_its_size() -> None:
    story = one_story([article("a", "Ferries were late."), article("b", "Ferries were early.")])
    assert story.title == "2 articles"
    assert one_story([article("a", "Ferries were late.")]).title == "1 article"


def test_each_story_runs_from_its_first_to_its_last_publication_date() -> None:
    strike, fire = stories_of([STRIKE, WILDFIRE, STRIKE_GOES_ON, FIRE_CONTAINED])
    assert (strike.first, strike.last) == ("2022-03-07", "2022-03-09")
    assert (fire.first, fire.last) == ("2022-03-08", "2022-03-10")
    undated = one_story([article("u", "Ferries were late.")])
    assert (undated.first, undated.last) == (None, None)


def test_each_story_has_the_timeline_of_its_own_articles() -> None:
    events = (event("fire", 1), event("strike", 1), event("strike-2", 1), event("fire-2", 1))
    strike, fire = stories_of([STRIKE, WILDFIRE, STRIKE_GOES_ON, FIRE_CONTAINED], events)
    assert strike.timeline == ("strike/e1", "strike-2/e1")
    assert fire.timeline == ("fire/e1", "fire-2/e1")


def test_the_timeline_orders_events_by_the_day_they_happened() -> None:
    events = (event("late", 1, "late/t1"), event("early", 1, "early/t1"), event("middle", 1, "middle/t1"))
    times = (day("late/t1", "2022-01-13"), day("early/t1", "2022-01-08"), day("middle/t1", "2022-01-11"))
    story = one_story([EARLY, MIDDLE, LATE], events, times)
    assert story.timeline == ("early/e1", "middle/e1", "late/e1")


def test_an_event_without_its_own_date_is_placed_on_its_articles_date() -> None:
    events = (event("early", 1, "early/t1"), event("middle", 1), event("late", 1, "late/t1"))
    times = (day("early/t1", "2022-01-13"), day("late/t1", "2022-01-11"))
    story = one_story([EARLY, MIDDLE, LATE], events, times)
    assert story.timeline == ("late/e1", "middle/e1", "early/e1")


def test_an_event_with_no_date_at_all_comes_last() -> None:
    undated = article("u", "Ferries were late.")
    story = one_story([undated, LATE], (event("u", 1), event("late", 1)))
    assert story.timeline == ("late/e1", "u/e1")


def test_events_on_the_same_day_keep_the_briefs_order() -> None:
    story = one_story([LATE], (event("late", 2), event("late", 1)))
    assert story.timeline == ("late/e2", "late/e1")


def test_the_timeline_lists_only_first_reports() -> None:
    events = (event("early", 1), event("late", 1, same_as="early/e1"), event("late", 2))
    assert one_story([EARLY, LATE], events).timeline == ("early/e1", "late/e2")


# The summary's rules are pinned in tests/link/test_overview.py; here, that each story gets its own.


def test_a_story_is_summarised_by_its_own_sentences_in_reported_order() -> None:
    strike, fire = stories_of([STRIKE, WILDFIRE, STRIKE_GOES_ON, FIRE_CONTAINED])
    assert {line.article for line in strike.summary} <= {"strike", "strike-2"}
    assert {line.article for line in fire.summary} <= {"fire", "fire-2"}
    for story, first in ((strike, STRIKE), (fire, WILDFIRE)):
        assert len(story.summary) == 3  # a story of two articles gets three lines
        assert story.summary[0].text == first.text[: first.text.index(".") + 1]  # the earliest lead
        texts = {a.id: a.text for a in (STRIKE, WILDFIRE, STRIKE_GOES_ON, FIRE_CONTAINED)}
        assert all(texts[line.article][line.start : line.end] == line.text for line in story.summary)


def test_a_copy_is_never_summarised() -> None:
    copy = replace(STRIKE, id="copy", copy_of=CopyOf("strike", "exact", 1.0))
    (story,) = stories_of([STRIKE, copy, STRIKE_GOES_ON])
    assert "copy" not in {line.article for line in story.summary}


def test_a_blank_article_adds_no_summary_line() -> None:
    assert [line.article for line in one_story([article("a", "   "), EARLY]).summary] == ["early"]


# --- real corpora ---------------------------------------------------------------------------------------


def pipeline_stories(paths: list[str]):  # type: ignore[no-untyped-def]
    """Read, mark copies, extract and cluster as ``sitroom brief`` does."""
    from sitroom.ingest import read_articles
    from sitroom.link import mark_copies
    from sitroom.options import Options
    from sitroom.parallel import extract_all

    options = Options(processes=1)
    articles = mark_copies(read_articles(paths, options=options).articles)
    analysed = [a for a in articles if a.analysable]
    extractions = extract_all(analysed, options=options)
    return analysed, build_stories(articles, extractions, (), ())


@pytest.mark.slow
def test_the_demo_corpus_is_one_story_of_its_english_articles() -> None:
    from importlib.resources import as_file, files

    with as_file(files("sitroom.demo").joinpath("corpus")) as corpus:
        analysed, stories = pipeline_stories([str(corpus)])
    (story,) = stories
    assert story.articles == tuple(a.id for a in analysed)
    assert len(analysed) >= 8  # the German article is left out, every English one is in


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason=f"no seeds under {SHARED}")
def test_the_seeds_are_one_story() -> None:
    analysed, stories = pipeline_stories([str(SHARED / "seeds")])
    (story,) = stories
    assert len(story.articles) == len(analysed) == 5
    assert (story.first, story.last) == ("2022-01-10", "2022-01-23")
