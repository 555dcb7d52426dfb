"""Events read from clauses and event nouns: PLOVER type, who did it to whom, where, when, and whether it
happened at all.

Every sentence is written for these tests. Each is analysed as an article dated Wednesday 2022-01-12, so
"Monday" in a past sentence is 2022-01-10 and in a future one 2022-01-17. Participants are compared by the
names of the mentions that fill them, triggers by their text.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from sitroom.extract import extract_article

pytestmark = pytest.mark.slow

PUBLISHED = "2022-01-12"


@dataclass(frozen=True)
class Seen:
    """One extracted event with its offsets turned into the words they point at."""

    trigger: str
    text: str
    type: str
    mode: str | None
    status: str
    actor: str | None
    target: str | None
    place: str | None
    time: str | None  # the time expression's value
    quote: int | None


def events(nlp, text: str) -> list[Seen]:  # type: ignore[no-untyped-def]
    """Every event in ``text`` as :class:`Seen`, in the extractor's order."""
    found = extract_article("a", nlp(text), PUBLISHED)
    names = {m.start: m.name for m in found.mentions}

    def name(start: int | None) -> str | None:
        return None if start is None else names.get(start, f"<no mention at {start}>")

    return [
        Seen(
            trigger=text[e.trigger_start : e.trigger_end],
            text=text[e.start : e.end],
            type=e.type,
            mode=e.mode,
            status=e.status,
            actor=name(e.actor),
            target=name(e.target),
            place=name(e.place),
            time=found.times[e.time].value if e.time is not None else None,
            quote=e.quote,
        )
        for e in found.events
    ]


def event(nlp, text: str, trigger: str) -> Seen:  # type: ignore[no-untyped-def]
    """The one event of ``text`` whose trigger is the word ``trigger``."""
    found = [e for e in events(nlp, text) if e.trigger == trigger]
    assert len(found) == 1, f"{len(found)} events triggered by {trigger!r}: {events(nlp, text)}"
    return found[0]


# Who did what to whom


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param(
            "Russia mobilised 100,000 soldiers near the border.",
            "mobilised",
            ("MOBILIZE", "Russia", None),
            id="mobilise",
        ),
        pytest.param(
            "Russia could invade Ukraine.",
            "invade",
            ("ASSAULT", "Russia", "Ukraine"),
            id="invade",
        ),
        pytest.param(
            "Poland expelled three Russian diplomats.",
            "expelled",
            ("SANCTION", "Poland", "Russian diplomats"),
            id="expel",
        ),
        pytest.param(
            "Germany praised Finland.",
            "praised",
            ("SUPPORT", "Germany", "Finland"),
            id="praise",
        ),
    ],
)
def test_a_clause_gives_its_type_its_subject_as_actor_and_its_object_as_target(  # type: ignore[no-untyped-def]
    nlp, text, trigger, expected
):
    found = event(nlp, text, trigger)
    assert (found.type, found.actor, found.target) == expected


def test_a_passive_agent_is_the_actor_and_its_subject_the_target(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Kyiv was attacked by Russian forces.", "attacked")
    assert (found.type, found.actor, found.target) == ("ASSAULT", "Russian forces", "Kyiv")


def test_the_subject_of_expected_to_is_the_actor_of_the_infinitive(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Moscow is expected to reject the proposal.", "reject")
    assert (found.actor, found.target) == ("Moscow", None)


def test_an_event_noun_takes_its_of_object_as_target(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "The annexation of Crimea in 2014 angered the West.", "annexation")
    assert (found.type, found.mode, found.target) == ("COERCE", "seize", "Crimea")


def test_an_event_noun_takes_the_date_that_hangs_on_it(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "The annexation of Crimea in 2014 angered the West.", "annexation")
    assert found.time == "2014"


def test_an_event_nouns_possessor_is_its_actor(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Russia's annexation of Crimea in 2014 angered the West.", "annexation")
    assert (found.actor, found.target) == ("Russia", "Crimea")


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        pytest.param("Diplomats resumed talks in Geneva.", "talks", "Geneva", id="talks-in-geneva"),
        pytest.param("The summit in Vienna ended early.", "summit", "Vienna", id="summit-in-vienna"),
        pytest.param("Protesters rallied in Minsk.", "rallied", "Minsk", id="verb-rallied-in-minsk"),
    ],
)
def test_a_place_named_with_in_is_the_events_place(nlp, text, trigger, place):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert found.place == place


def test_talks_are_consultations(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Diplomats resumed talks in Geneva.", "talks").type == "CONSULT"


def test_a_cyber_attack_is_launched_by_the_subject_of_launch(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Russia launched a cyber-attack on government websites.", "attack")
    assert found.actor == "Russia"


def test_a_cyberattack_written_as_one_word_is_coercion_in_cyber_mode(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Russia launched a cyberattack on government websites.", "cyberattack")
    assert (found.type, found.mode) == ("COERCE", "cyber")


def test_a_hyphenated_cyber_attack_is_coercion_in_cyber_mode(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Russia launched a cyber-attack on government websites.", "attack")
    assert (found.type, found.mode) == ("COERCE", "cyber")


def test_an_attack_on_unnamed_targets_is_still_an_event(nlp):  # type: ignore[no-untyped-def]
    found = events(nlp, "A cyber-attack on government websites paralysed Ukraine.")
    assert [e.trigger for e in found] == ["attack"]


def test_an_accusation_is_an_accuse_event_that_occurred(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Washington accused Russia of planning a false-flag operation.", "accused")
    assert (found.type, found.status, found.actor, found.target) == (
        "ACCUSE",
        "occurred",
        "Washington",
        "Russia",
    )


def test_the_operation_someone_is_accused_of_planning_is_an_alleged_event(nlp):  # type: ignore[no-untyped-def]
    found = events(nlp, "Washington accused Russia of planning a false-flag operation.")
    assert [e.status for e in found if e.type != "ACCUSE"] == ["alleged"]


def test_what_someone_cannot_explain_why_it_happened_still_happened(nlp):  # type: ignore[no-untyped-def]
    found = events(nlp, "The experts cannot explain how Sweden attacked Norway.")
    assert [e.status for e in found if e.type == "ASSAULT"] == ["occurred"]


def test_an_act_to_come_someone_is_accused_of_preparing_is_alleged(nlp):  # type: ignore[no-untyped-def]
    found = events(nlp, "Sweden accused Norway of preparing an imminent attack on Finland.")
    assert [e.status for e in found if e.type != "ACCUSE"] == ["alleged"]


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        pytest.param(
            "Washington accused Russia of planning an attack on Ukraine.",
            "attack",
            "Russia",
            id="planning-noun",
        ),
        pytest.param(
            "Britain accused Moscow of attacking Ukrainian websites.", "attacking", "Moscow", id="verb"
        ),
    ],
)
def test_the_accused_is_the_actor_of_what_they_are_accused_of(nlp, text, trigger, actor):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).actor == actor


def test_who_sends_troops_is_the_actor(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Putin sent paratroopers to Kazakhstan.", "sent").actor == "Putin"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Putin sent paratroopers to Kazakhstan.", id="paratroopers"),
        pytest.param("Moscow sent warships to the Baltic.", id="warships"),
    ],
)
def test_sending_troops_is_mobilisation(nlp, text):  # type: ignore[no-untyped-def]
    assert event(nlp, text, "sent").type == "MOBILIZE"


def test_the_country_troops_are_sent_to_is_the_target(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Putin sent paratroopers to Kazakhstan.", "sent").target == "Kazakhstan"


def test_police_a_state_deploys_are_its_own_force_not_the_target(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Kenya deployed 1,000 police officers to Haiti.", "deployed")
    assert (found.type, found.target) == ("MOBILIZE", "Haiti")


# Where the object decides


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param("Germany sent aid to Ukraine.", "sent", ("AID", None), id="send-aid"),
        pytest.param(
            "Rebels held two hostages for a week.", "held", ("ASSAULT", "abduct"), id="hold-hostages"
        ),
        pytest.param(
            "The army imposed a curfew on the city.", "imposed", ("COERCE", "curfew"), id="impose-curfew"
        ),
        pytest.param(
            "The president will leave office in May.", "leave", ("RETREAT", "resign"), id="leave-office"
        ),
        pytest.param("Greece might leave the euro.", "leave", ("SANCTION", "withdraw"), id="leave-the-euro"),
        pytest.param("The two will fight the charges.", "fight", ("REJECT", None), id="fight-the-charges"),
        pytest.param(
            "Senator Warren attacked Mike Pompeo over the decision.",
            "attacked",
            ("ACCUSE", "disapprove"),
            id="attack-a-person-in-words",
        ),
        pytest.param(
            "A man attacked Salman Rushdie with a knife.",
            "attacked",
            ("ASSAULT", None),
            id="attack-with-a-knife",
        ),
        pytest.param("The US helped Ukraine with weapons.", "helped", ("AID", None), id="help-a-party"),
        pytest.param("Scholz called Erdogan on Friday.", "called", ("CONSULT", "phone"), id="call-a-person"),
        pytest.param("Athens backed away from the reforms.", "backed", ("REJECT", None), id="back-away-from"),
        pytest.param("Oslo backed out of the deal.", "backed", ("REJECT", None), id="back-out-of"),
        pytest.param(
            "Scholz called the ministry by phone.", "called", ("CONSULT", "phone"), id="call-anyone-by-phone"
        ),
        pytest.param(
            "Scholz called the embassy over the phone.", "called", ("CONSULT", "phone"), id="over-the-phone"
        ),
        pytest.param(
            "Budapest blocked the EU aid package.", "blocked", ("REJECT", None), id="block-a-measure"
        ),
        pytest.param(
            "Washington cut military aid to Cairo.", "cut", ("SANCTION", "discontinue"), id="cut-aid"
        ),
        pytest.param(
            "Brussels ended its sanctions on Minsk.", "ended", ("RETREAT", None), id="end-sanctions"
        ),
        pytest.param(
            "Ankara blocked Stockholm's bid to join NATO.", "blocked", ("REJECT", None), id="block-a-bid"
        ),
        pytest.param(
            "The mayor tried to persuade the unions to end the strike.",
            "persuade",
            ("REQUEST", None),
            id="persuade-to-act",
        ),
        pytest.param(
            "Last year the leader kicked the rebel deputy out of the party.",
            "kicked",
            ("SANCTION", "expel"),
            id="particle-after-the-object",
        ),
        pytest.param(
            "The senator attacked the media in a speech.",
            "attacked",
            ("ACCUSE", "disapprove"),
            id="attack-the-media-in-words",
        ),
    ],
)
def test_a_verbs_object_decides_its_event(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.type, found.mode) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The minister sent a letter to Kyiv.", id="send-a-letter"),
        pytest.param("The party held office for a decade.", id="hold-office"),
        pytest.param("Former members helped him leave the group.", id="help-someone-do-something"),
        pytest.param("We want to try to help.", id="help-nobody-named"),
        pytest.param("Critics say the mayor is ill equipped for the job.", id="ill-equipped"),
        pytest.param("Many Dutch voters switched parties to back Mr. Rutte.", id="voters-backing-him"),
        pytest.param("The senator faces an uphill battle in the primary.", id="uphill-battle"),
        pytest.param("The evidence convinced investigators that the jet had crashed.", id="convinced-that"),
        pytest.param("Both economies must pull themselves out of the slump.", id="pull-oneself-out"),
        pytest.param("The offensive may come when the ground freezes.", id="the-ground-freezes"),
        pytest.param("The families refused to believe that the ferry had sunk.", id="refused-to-believe"),
        pytest.param("She refused to accept that her son was dead.", id="refused-to-accept-a-fact"),
        pytest.param("Inspectors will investigate the rail disaster.", id="investigate-a-disaster"),
        pytest.param("The coastguard dismissed each new clue.", id="dismiss-a-clue"),
        pytest.param("The president signed the budget on Friday.", id="sign-a-budget"),
        pytest.param("Twelve senators signed a letter to the minister.", id="sign-a-letter"),
        pytest.param("The young lawyer shot to prominence in 2012.", id="shot-to-prominence"),
        pytest.param("The plague has killed millions over the centuries.", id="killed-by-a-disease"),
        pytest.param("The trade talks hit another snag.", id="hit-a-snag"),
        pytest.param("The ministry did not offer a response.", id="offer-a-response"),
        pytest.param("Hunters shot a bear in the park.", id="shoot-an-animal"),
        pytest.param("The minister sought treatment at a clinic.", id="seek-treatment"),
        pytest.param("Asian shares rallied after the figures.", id="shares-rallied"),
        pytest.param("The debt crisis threatens Italy's recovery.", id="a-danger-threatens"),
        pytest.param(
            "She recalled the crash of Flight 902 in 1999, killing all 118 people on board.",
            id="killed-by-the-crash-before-the-comma",
        ),
        pytest.param("The governor spoke at a campaign rally in Ohio.", id="campaign-rally"),
    ],
)
def test_a_verb_whose_object_makes_it_no_event_gives_none(nlp, text):  # type: ignore[no-untyped-def]
    assert [e.trigger for e in events(nlp, text)] == []


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param("Greece must meet its bailout commitments.", "meet", None, id="meet-commitments"),
        pytest.param("Greece must meet the targets.", "meet", None, id="meet-targets"),
        pytest.param("Athens will meet the strikers' demands.", "meet", "CONCEDE", id="meet-demands"),
        pytest.param("Tsipras will meet Merkel.", "meet", "CONSULT", id="meet-a-party"),
    ],
)
def test_what_is_met_decides_the_meeting(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    assert [e.type for e in events(nlp, text) if e.trigger == trigger] == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        pytest.param("Nurses warned that patients are at risk.", False, id="a-forecast"),
        pytest.param("Economists warned of a long recession.", False, id="warned-of-what-may-happen"),
        pytest.param("Moscow warned that it would respond.", True, id="the-warners-own-act"),
        pytest.param("Paris warned that an invasion would bring sanctions.", True, id="a-consequence"),
        pytest.param("The envoy warned Minsk against the move.", True, id="a-party-warned"),
    ],
)
def test_a_warning_is_a_threat_only_of_an_act_or_consequence(nlp, text, threat):  # type: ignore[no-untyped-def]
    assert any(e.type == "THREATEN" and e.trigger == "warned" for e in events(nlp, text)) == threat


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param(
            "Prisoners began a hunger strike in Minsk.", "strike", ("PROTEST", "hunger"), id="hunger-strike"
        ),
        pytest.param(
            "The ministers held a conference call with Kyiv.",
            "call",
            ("CONSULT", "phone"),
            id="conference-call",
        ),
        pytest.param(
            "Greece promised to return to the negotiating table.",
            "return",
            ("CONSULT", None),
            id="verb-phrase",
        ),
        pytest.param("The Taliban took control of Kandahar.", "took", ("COERCE", "seize"), id="took-control"),
        pytest.param("Rioters set fire to a police station.", "set", ("PROTEST", "riot"), id="set-fire"),
        pytest.param(
            "Dockers began a 48-hour strike over pensions.",
            "strike",
            ("PROTEST", "strike"),
            id="strike-of-a-stated-length",
        ),
    ],
)
def test_a_row_of_several_words_wins_over_its_last_word(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.type, found.mode) == expected


def test_an_events_span_stops_before_an_event_it_governs(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Greece refused to return to the table on Monday.", "refused").text == "refused"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param(
            "Angela Merkel and François Hollande will meet in Paris.",
            "meet",
            ("Angela Merkel", "François Hollande"),
            id="joint-subject",
        ),
        pytest.param(
            "Israel and Jordan signed a peace treaty.", "signed", ("Israel", "Jordan"), id="signed-together"
        ),
        pytest.param(
            "Talks between Russia and the United States began.",
            "Talks",
            ("Russia", "United States"),
            id="between",
        ),
        pytest.param(
            "Norway and Sweden had been holding direct talks on fishing rights.",
            "talks",
            ("Norway", "Sweden"),
            id="joint-subject-of-the-carrying-verb",
        ),
        pytest.param(
            "Peter Haas and Maria Olsen began negotiations on Monday.",
            "negotiations",
            ("Peter Haas", "Maria Olsen"),
            id="two-full-names-the-parser-joins",
        ),
        pytest.param(
            "She hoped for direct talks between her government and Hamas.",
            "talks",
            (None, "Hamas"),
            id="between-an-unnamed-party-and-a-named-one",
        ),
        pytest.param(
            "Peter Haas said he saw a conversation in Oslo between Maria Olsen and an aide to Tomas Berg.",
            "conversation",
            ("Maria Olsen", None),
            id="between-a-named-party-and-an-unnamed-one",
        ),
    ],
)
def test_both_parties_of_an_event_between_equals_are_read(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.actor, found.target) == expected


def test_an_event_nouns_place_may_hang_on_its_verb(nlp):  # type: ignore[no-untyped-def]
    assert (
        event(nlp, "Talks between Russia and the United States began in Geneva.", "Talks").place == "Geneva"
    )


@pytest.mark.parametrize(
    "text", ["Russia and Belarus held joint exercises.", "Russia and Belarus held joint military exercises."]
)
def test_joint_exercises_are_cooperation(nlp, text):  # type: ignore[no-untyped-def]
    assert event(nlp, text, "exercises").type == "COOPERATE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Kyiv said Russian forces shelled Kharkiv.", ("Kyiv", "Russian forces"), id="said"),
        pytest.param("The US claimed that ISIL had attacked Iraq.", ("US", "ISIL"), id="claimed-that"),
    ],
)
def test_asserting_that_another_party_used_violence_is_an_accusation(nlp, text, expected):  # type: ignore[no-untyped-def]
    found = [e for e in events(nlp, text) if e.type == "ACCUSE"]
    assert [(e.mode, e.actor, e.target) for e in found] == [("allege", *expected)]


def test_saying_what_one_did_oneself_is_no_accusation(nlp):  # type: ignore[no-untyped-def]
    assert [e.type for e in events(nlp, "Russia said it had attacked Ukraine.")] == ["ASSAULT"]


def test_what_is_received_comes_from_the_object_of_from(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Ukraine received weapons from the United States.", "received")
    assert (found.type, found.actor, found.target) == ("AID", "United States", "Ukraine")


def test_presenting_evidence_against_someone_is_an_accusation(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "The US presented evidence against Russia.", "presented")
    assert (found.type, found.actor, found.target) == ("ACCUSE", "US", "Russia")


# One event per verb and its event-noun object; no event from a bare noun


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Russia and the United States held talks on Monday.", [("talks", "CONSULT")], id="held-talks"
        ),
        pytest.param(
            "The European Union lifted sanctions on Belarus.", [("lifted", "RETREAT")], id="lifted-sanctions"
        ),
        pytest.param(
            "The European Union imposed sanctions on Belarus.",
            [("sanctions", "SANCTION")],
            id="imposed-sanctions",
        ),
    ],
)
def test_a_verb_and_its_event_noun_object_are_one_event(nlp, text, expected):  # type: ignore[no-untyped-def]
    assert [(e.trigger, e.type) for e in events(nlp, text)] == expected


def test_a_light_verbs_subject_is_the_actor_of_its_event_noun(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Russia and the United States held talks on Monday.", "talks").actor == "Russia"


def test_a_light_verbs_date_dates_its_event_noun(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Russia and the United States held talks on Monday.", "talks").time == "2022-01-10"


def test_an_imposed_sanction_targets_the_country_it_is_on(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "The European Union imposed sanctions on Belarus.", "sanctions").target == "Belarus"


def test_lifting_sanctions_on_a_country_targets_it(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "The European Union lifted sanctions on Belarus.", "lifted").target == "Belarus"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The talks were long.", id="talks"),
        pytest.param("Sanctions are a blunt tool.", id="sanctions"),
    ],
)
def test_a_bare_event_noun_is_no_event(nlp, text):  # type: ignore[no-untyped-def]
    assert events(nlp, text) == []


def test_one_article_reports_a_repeated_dated_event_once(nlp):  # type: ignore[no-untyped-def]
    found = events(
        nlp, "Russia invaded Georgia in 2008. Few in Tbilisi forget that Russia invaded Georgia in 2008."
    )
    assert [(e.type, e.actor, e.target, e.time) for e in found] == [("ASSAULT", "Russia", "Georgia", "2008")]


def test_an_events_span_runs_from_its_noun_phrase_to_its_object(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Russia's annexation of Crimea in 2014 angered the West.", "annexation")
    assert found.text == "Russia's annexation of Crimea"


# Status: whether the event happened


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        pytest.param("Russia mobilised 100,000 soldiers near the border.", "mobilised", id="past-verb"),
        pytest.param("The annexation of Crimea in 2014 angered the West.", "annexation", id="past-noun"),
        pytest.param("Kyiv was attacked by Russian forces.", "attacked", id="passive"),
    ],
)
def test_a_plain_past_event_occurred(nlp, text, trigger):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).status == "occurred"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        pytest.param("Russia is massing troops near the border.", "massing", id="are-massing-troops"),
        pytest.param("Russian troops are massing near the border.", "massing", id="troops-are-massing"),
        pytest.param("Belarus is hosting Russian troops.", "hosting", id="is-hosting"),
    ],
)
def test_a_present_progressive_event_is_ongoing(nlp, text, trigger):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).status == "ongoing"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        pytest.param("Blinken will visit Kyiv.", "visit", id="will-visit"),
        pytest.param("The talks with Moscow are due to begin on Monday.", "talks", id="due-to-begin-dated"),
        pytest.param(
            "Talks with Moscow are due to begin.",
            "Talks",
            id="due-to-begin-undated",
        ),
        pytest.param("Moscow is expected to reject the proposal.", "reject", id="expected-to"),
    ],
)
def test_an_event_still_to_come_is_planned(nlp, text, trigger):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).status == "planned"


def test_a_warning_is_a_threat_that_occurred(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Biden warned of massive consequences.", "warned")
    assert (found.type, found.status, found.actor) == ("THREATEN", "occurred", "Biden")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        pytest.param("NATO warned of massive sanctions against Russia.", "sanctions", id="warned-of"),
        pytest.param(
            "If Russia invades, NATO will impose sanctions on Moscow.", "sanctions", id="if-then-will"
        ),
        pytest.param(
            "The minister threatened to expel the ambassador.",
            "expel",
            id="threatened-to",
        ),
    ],
)
def test_an_event_held_over_someone_is_threatened(nlp, text, trigger):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).status == "threatened"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        pytest.param(
            "If Russia invades, NATO will impose sanctions on Moscow.", "invades", id="if-russia-invades"
        ),
        pytest.param("Russia could invade Ukraine.", "invade", id="could"),
        pytest.param("Russia might invade Ukraine.", "invade", id="might"),
        pytest.param("Russia may attack Ukraine.", "attack", id="may"),
        pytest.param("Russia might have invaded Ukraine.", "invaded", id="might-have"),
    ],
)
def test_an_event_under_a_condition_or_possibility_is_hypothetical(nlp, text, trigger):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).status == "hypothetical"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        pytest.param("The delegates did not walk out of the talks.", "walk", id="did-not-walk-out"),
        pytest.param("NATO will not deploy troops to Ukraine.", "deploy", id="will-not-deploy"),
        pytest.param(
            "The prime minister ruled out sending British troops to Ukraine.",
            "sending",
            id="ruled-out-sending",
        ),
        pytest.param("Russia has denied planning an invasion of Ukraine.", "invasion", id="denied-planning"),
        pytest.param(
            "Russia refused to withdraw its troops from Belarus.",
            "withdraw",
            id="refused-to",
        ),
    ],
)
def test_an_event_denied_or_ruled_out_is_negated(nlp, text, trigger):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).status == "negated"


def test_walking_out_is_a_protest(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "The delegates did not walk out of the talks.", "walk")
    assert (found.type, found.mode) == ("PROTEST", "strike")


def test_ruling_out_boots_on_the_ground_is_a_negated_deployment(nlp):  # type: ignore[no-untyped-def]
    found = events(nlp, "The prime minister ruled out British boots on the ground.")
    assert [(e.type, e.status) for e in found if e.type == "MOBILIZE"] == [("MOBILIZE", "negated")]


def test_ruling_something_out_is_itself_an_event_that_occurred(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "The prime minister ruled out sending British troops to Ukraine.", "ruled")
    assert (found.type, found.status) == ("REJECT", "occurred")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        pytest.param(
            "Britain accused Moscow of being behind the attacks on Ukraine.",
            "attacks",
            id="accused-of-being-behind",
        ),
        pytest.param(
            "Britain accused Moscow of attacking Ukrainian websites.", "attacking", id="accused-of-verb"
        ),
        pytest.param(
            "Washington accused Russia of planning an attack on Ukraine.", "attack", id="accused-of-planning"
        ),
        pytest.param("Russian forces reportedly shelled Mariupol.", "shelled", id="reportedly"),
        pytest.param(
            "Russian forces shelled Mariupol, but this had yet to be confirmed.",
            "shelled",
            id="yet-to-be-confirmed",
        ),
        pytest.param(
            "Ukraine said Russia had reportedly attacked its websites.",
            "attacked",
            id="reportedly-in-reported-speech",
        ),
    ],
)
def test_an_event_asserted_but_not_established_is_alleged(nlp, text, trigger):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).status == "alleged"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        pytest.param("NATO warned of massive sanctions against Russia.", "sanctions", id="threatened"),
        pytest.param("Russia could invade Ukraine.", "invade", id="hypothetical"),
        pytest.param("Blinken will visit Kyiv.", "visit", id="planned"),
        pytest.param("The delegates did not walk out of the talks.", "walk", id="negated"),
        pytest.param("Russian forces reportedly shelled Mariupol.", "shelled", id="alleged"),
    ],
)
def test_an_event_that_did_not_certainly_happen_is_never_reported_as_occurred(  # type: ignore[no-untyped-def]
    nlp, text, trigger
):
    assert event(nlp, text, trigger).status != "occurred"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param(
            "The two sides reached a deal to open talks on a new loan.",
            "talks",
            "planned",
            id="purpose-infinitive",
        ),
        pytest.param(
            "The bank could come under pressure to withdraw its aid.",
            "withdraw",
            "hypothetical",
            id="pressure-to",
        ),
        pytest.param(
            "The minister, who had promised to resign if the vote failed, stayed on.",
            "resign",
            "hypothetical",
            id="promise-on-a-condition",
        ),
        pytest.param("Nobody is leaving the alliance.", "leaving", "negated", id="nobody"),
        pytest.param("No country has sent troops to the region.", "sent", "negated", id="no-country"),
        pytest.param("There were no talks with Moscow.", "talks", "negated", id="no-talks"),
        pytest.param("There was no basis for talks with Moscow.", "talks", "negated", id="no-basis-for"),
        pytest.param("The envoy was due in Kyiv for talks with Zelensky.", "talks", "planned", id="due-for"),
        pytest.param("I will go on supporting the government.", "supporting", "planned", id="will-go-on"),
        pytest.param("Then we can talk about a new loan.", "talk", "hypothetical", id="can"),
        pytest.param("Russia must withdraw its troops.", "withdraw", "hypothetical", id="must"),
        pytest.param(
            "The leader can unite the parties and forge an agreement with Brussels.",
            "agreement",
            "hypothetical",
            id="modal-shared-by-a-joined-verb",
        ),
        pytest.param(
            "When the commission convenes on Tuesday, the president will request an inquiry.",
            "convenes",
            "planned",
            id="a-when-clause-says-when-not-what-is-asked",
        ),
        pytest.param("The ministers postponed the summit.", "summit", "planned", id="postponed"),
        pytest.param("Jerusalem called off the strike.", "strike", "negated", id="called-off"),
        pytest.param(
            "The accord, signed in Oslo in 2019, paved the way for the withdrawal.",
            "accord",
            "occurred",
            id="what-paves-the-way-is-done",
        ),
        pytest.param(
            "The premier failed to persuade his partners to back the plan.",
            "back",
            "hypothetical",
            id="failed-appeal-leaves-the-act-wanted",
        ),
        pytest.param(
            "Aid to the region has been frozen since June.", "frozen", "ongoing", id="present-perfect-since"
        ),
        pytest.param("Berlin still refuses to discuss it.", "refuses", "ongoing", id="still"),
        pytest.param("Russian forces are shelling Kharkiv.", "shelling", "ongoing", id="progressive"),
        pytest.param(
            "Police were investigating the blast.", "investigating", "ongoing", id="past-progressive"
        ),
        pytest.param("The rebels have long refused to disarm.", "refused", "ongoing", id="have-long"),
        pytest.param("Labour has backed the plan for months.", "backed", "ongoing", id="for-months"),
        pytest.param("Labour backed the plan for months.", "backed", "occurred", id="past-for-months"),
        pytest.param("He is going to attack us.", "attack", "planned", id="going-to"),
        pytest.param("Kyiv is eager to join the alliance.", "join", "hypothetical", id="eager-to"),
        pytest.param("They were prepared to fight the charges.", "fight", "planned", id="prepared-to"),
        pytest.param("Merkel spoke ahead of the summit in Mexico.", "summit", "planned", id="ahead-of"),
    ],
)
def test_the_grammar_around_an_event_sets_its_status(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).status == expected


def test_a_past_verb_is_not_planned_by_a_later_date_in_its_sentence(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "The president has urged voters to reject the deal in Sunday's referendum.", "urged")
    assert found.status == "occurred"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Foreign Minister Anna Berg is meeting Peter Haas next week.", "planned"),
        ("Foreign Minister Anna Berg is meeting Peter Haas next month.", "planned"),
        ("Foreign Minister Anna Berg met Peter Haas last week.", "occurred"),
    ],
)
def test_a_week_or_month_after_the_day_of_writing_is_ahead_whatever_the_tense(nlp, text, status):  # type: ignore[no-untyped-def]
    assert event(nlp, text, "meeting" if "meeting" in text else "met").status == status


def test_an_undated_articles_tomorrow_is_still_ahead_of_its_writing(nlp):  # type: ignore[no-untyped-def]
    text = "Tomorrow the ministers meet in Vienna."
    found = extract_article("a", nlp(text), None).events
    assert [(text[e.trigger_start : e.trigger_end], e.status) for e in found] == [("meet", "planned")]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param("NATO fears a potential attack on Estonia.", "attack", "hypothetical", id="potential"),
        pytest.param("The planned summit in Vienna was cancelled.", "summit", "planned", id="planned-summit"),
        pytest.param(
            "Kyiv rejected Moscow's demands for a ban on expansion.", "ban", "hypothetical", id="demand-for"
        ),
        pytest.param("Officials have mooted sanctions on Minsk.", "sanctions", "hypothetical", id="mooted"),
        pytest.param(
            "NATO must stand firm in the face of Russian aggression.", "aggression", "occurred", id="adjunct"
        ),
        pytest.param(
            "Truss did not mince her words, saying the talks with Moscow were critical.",
            "talks",
            "occurred",
            id="set-off-clause",
        ),
    ],
)
def test_modifiers_and_governors_set_a_nouns_status_but_adjuncts_do_not(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).status == expected


def test_a_participle_before_a_noun_is_no_event(nlp):  # type: ignore[no-untyped-def]
    assert "agreed" not in [
        e.trigger for e in events(nlp, "Russia wants to undermine agreed borders in Europe.")
    ]


def test_what_a_material_act_does_is_that_act_not_another(nlp):  # type: ignore[no-untyped-def]
    found = events(nlp, "The new sanctions will target Russia's banks.")
    assert [(e.trigger, e.type) for e in found] == [("sanctions", "SANCTION")]


def test_ordering_an_invasion_is_the_invasion(nlp):  # type: ignore[no-untyped-def]
    found = events(nlp, "If the Kremlin orders an invasion, NATO will respond.")
    assert ("invasion", "ASSAULT", "hypothetical") in [(e.trigger, e.type, e.status) for e in found]


def test_breaking_a_promise_is_a_rejection(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Russia broke its promise to Ukraine.", "broke").type == "REJECT"


# Quotations


def test_an_event_inside_a_quotation_carries_that_quote(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, 'Lavrov said: "NATO attacked Serbia in 1999."', "attacked")
    assert (found.quote, found.actor, found.target, found.time) == (0, "NATO", "Serbia", "1999")


def test_an_event_outside_any_quotation_carries_no_quote(nlp):  # type: ignore[no-untyped-def]
    text = '"We will never accept sanctions," Lavrov said, after Britain imposed sanctions on Russia.'
    found = [e for e in events(nlp, text) if e.type == "SANCTION"]
    assert [(e.actor, e.target, e.quote) for e in found] == [("Britain", "Russia", None)]


def test_an_event_inside_the_second_quotation_carries_the_second_quote(nlp):  # type: ignore[no-untyped-def]
    text = 'Lavrov said: "We are patient." Later he added: "NATO attacked Serbia in 1999."'
    assert event(nlp, text, "attacked").quote == 1


# Issue 10: what the brief asserts must be right. Light verbs and idioms read by their object.


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param(
            "The envoys struck a deal with Tehran on Monday.", "struck", "AGREE", id="strike-a-deal"
        ),
        pytest.param(
            "Hanoi and Manila struck an accord over fishing rights.", "struck", "AGREE", id="strike-accord"
        ),
        pytest.param("Russia broke the ceasefire agreement.", "broke", "REJECT", id="break-ceasefire"),
        pytest.param(
            "Moscow accused the West of breaking promises.", "breaking", "REJECT", id="gerund-misparse"
        ),
        pytest.param("The senator attacked the plan in a speech.", "attacked", "ACCUSE", id="attack-a-plan"),
        pytest.param("Serbia met the demands of the mediators.", "met", "CONCEDE", id="meet-demands"),
    ],
)
def test_the_object_decides_what_a_light_verb_or_idiom_reports(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).type == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("NATO recognises the need for dialogue.", id="recognise-the-need"),
        pytest.param("The ministry released a report on the floods.", id="release-a-report"),
        pytest.param("The city vowed to fight corruption in its police.", id="fight-corruption"),
        pytest.param("Exports hit a record in March.", id="hit-a-record"),
        pytest.param("Bond yields rose, hitting 9.4% on Friday.", id="hit-a-percentage"),
        pytest.param("Inflation hit 11 percent in the spring.", id="hit-percent"),
        pytest.param("The agency will send a team of inspectors.", id="send-a-team"),
        pytest.param("Kyiv undertook a review of its defences.", id="undertake-a-review"),
        pytest.param("The mayor vowed to fight corruption.", id="vow-to-do-no-event"),
        pytest.param("Both sides met the deadline set by the court.", id="meet-a-deadline"),
    ],
)
def test_an_idiom_or_an_object_that_decides_nothing_is_no_event(nlp, text):  # type: ignore[no-untyped-def]
    assert events(nlp, text) == []


def test_a_light_verb_with_an_event_noun_object_is_that_event(nlp):  # type: ignore[no-untyped-def]
    found = events(nlp, "Russia will undertake military countermeasures.")
    assert [(e.trigger, e.type) for e in found] == [("countermeasures", "MOBILIZE")]


# Participants the clause names


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param("The US urged Tehran to halt enrichment.", "halt", "Tehran", id="object-control"),
        pytest.param("Britain asked Moscow to withdraw its troops.", "withdraw", "Moscow", id="asked-x-to"),
        pytest.param(
            "Putin promised Macron to pull back troops.", "pull", "Putin", id="promise-subject-control"
        ),
        pytest.param(
            "Berlin accused the Kremlin of breaking its promises.", "breaking", "Kremlin", id="accused-of"
        ),
        # after a verb that does not hand its object an act, the infinitive is the subject's purpose
        pytest.param(
            "Teachers surrounded the Statehouse to call for better pay.", "call", "Teachers", id="purpose"
        ),
        pytest.param(
            "Police used tear gas to disperse the protesters.", "disperse", "Police", id="purpose-means"
        ),
        pytest.param(
            "Teachers surrounded the Statehouse on Tuesday to call for better pay.",
            "call",
            "Teachers",
            id="purpose-after-a-day",
        ),
        pytest.param(
            "Washington called on Riyadh to release the activists.", "release", "Riyadh", id="call-on-x-to"
        ),
        pytest.param("The EU appealed to Minsk to free the prisoners.", "free", "Minsk", id="appeal-to-x-to"),
    ],
)
def test_who_does_what_a_to_clause_reports(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).actor == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("EU-China talks resumed in Brussels.", ("EU", "China"), id="compound"),
        pytest.param("The US-Russia talks in Geneva ended early.", ("US", "Russia"), id="with-article"),
    ],
)
def test_a_hyphenated_pair_names_both_parties(nlp, text, expected):  # type: ignore[no-untyped-def]
    found = event(nlp, text, "talks")
    assert (found.actor, found.target) == expected


# Status of what is wanted, claimed, refused or held out as a threat


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param("The US urged Tehran to halt enrichment.", "halt", "hypothetical", id="urged-to"),
        pytest.param("Russia wants NATO to withdraw its troops.", "withdraw", "hypothetical", id="wants"),
        pytest.param(
            "Kyiv rejected Moscow's demands for a ban on expansion.", "ban", "hypothetical", id="demand"
        ),
        pytest.param(
            "Kyiv said Russian forces shelled Kharkiv.", "shelled", "alleged", id="said-the-other-did"
        ),
        pytest.param(
            "Officials claim the rebels are preparing an offensive.", "offensive", "alleged", id="claim"
        ),
        pytest.param("Moscow falsely accused Kyiv of shelling Donetsk.", "accused", "occurred", id="falsely"),
        pytest.param(
            "Moscow falsely accused Kyiv of shelling Donetsk.", "shelling", "alleged", id="falsely-content"
        ),
        pytest.param("Russia undertook to withdraw its forces.", "withdraw", "planned", id="undertook-to"),
    ],
)
def test_what_is_wanted_or_claimed_is_not_what_happened(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).status == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param("Britain would not accept the proposal.", "accept", "occurred", id="would-not-accept"),
        pytest.param(
            "There is no question of accepting the demands.", "accepting", "occurred", id="no-question"
        ),
        pytest.param(
            "Hungary did not approve the sanctions package.", "approve", "occurred", id="did-not-approve"
        ),
        pytest.param(
            "If Kyiv does not accept the deal, talks will collapse.", "accept", "hypothetical", id="if-not"
        ),
    ],
)
def test_a_refusal_to_accept_is_a_rejection_not_a_negated_agreement(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.type, found.status) == ("REJECT", expected)


def test_an_act_that_went_further_than_its_verb_happened(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Holm did not just turn the offer down; he left the firm.", "turn").status == "occurred"


def test_a_negated_act_of_force_stays_that_act_negated(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Russia did not attack Ukraine.", "attack")
    assert (found.type, found.status) == ("ASSAULT", "negated")


def test_a_conditional_act_of_force_is_a_threat_by_the_speaker(nlp):  # type: ignore[no-untyped-def]
    text = "Putin said that if the West kept up its line, Russia would take military countermeasures."
    found = events(nlp, text)
    assert ("countermeasures", "MOBILIZE", "threatened", "Russia") in [
        (e.trigger, e.type, e.status, e.actor) for e in found
    ]
    assert ("said", "THREATEN", "occurred", "Putin", "the West") in [
        (e.trigger, e.type, e.status, e.actor, e.target) for e in found
    ]


def test_the_condition_itself_is_hypothetical_not_threatened(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "If Russia invades, NATO will impose sanctions.", "invades").status == "hypothetical"
    assert event(nlp, "If Russia invades, NATO will impose sanctions.", "sanctions").status == "threatened"


def test_a_promise_to_act_is_the_act_planned_not_an_agreement(nlp):  # type: ignore[no-untyped-def]
    found = events(nlp, "Moscow promised to withdraw its troops by March.")
    assert [(e.trigger, e.type, e.status) for e in found] == [("withdraw", "RETREAT", "planned")]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param("Hackers attacked the party's website.", "attacked", "COERCE", id="attack-a-website"),
        pytest.param("Moscow denied the accusations.", "denied", "REJECT", id="deny-an-accusation"),
        pytest.param(
            "The guards denied the detainees access to lawyers.", "denied", "COERCE", id="deny-access"
        ),
        pytest.param(
            "Nurses protested the new detention rules.", "protested", "ACCUSE", id="protest-a-policy"
        ),
        pytest.param(
            "Thousands protested in the capital.", "protested", "PROTEST", id="protest-in-the-street"
        ),
        pytest.param("Senators opposed the freeze on military aid.", "opposed", "REJECT", id="oppose"),
        pytest.param("The farmer pleaded guilty to fraud.", "pleaded", "CONCEDE", id="plead-guilty"),
        pytest.param(
            "Belgrade accepted the mediators' conditions.", "accepted", "CONCEDE", id="accept-conditions"
        ),
        pytest.param("Marines raided a rebel base near the border.", "raided", "ASSAULT", id="raid-a-base"),
        pytest.param("Police raided the offices of the newspaper.", "raided", "COERCE", id="police-raid"),
        pytest.param("Lavrov called the sanctions illegal.", "called", "ACCUSE", id="called-illegal"),
        pytest.param("Critics dismissed the plan as a stunt.", "dismissed", "ACCUSE", id="dismissed-as"),
        pytest.param(
            "Stoltenberg talked of severe repercussions.", "talked", "THREATEN", id="talked-of-consequences"
        ),
        pytest.param("The two leaders talked for an hour.", "talked", "CONSULT", id="two-leaders-talked"),
        pytest.param("Ankara dismissed the request.", "dismissed", "REJECT", id="dismissed-a-request"),
        pytest.param("Tsipras portrayed the deal as a betrayal.", "portrayed", "ACCUSE", id="portrayed-as"),
        pytest.param("Lavrov called the talks constructive.", "called", "SUPPORT", id="called-constructive"),
        pytest.param("Latvia could be forced out of the bloc.", "forced", "SANCTION", id="forced-out"),
        pytest.param(
            'Anna Berg called the closure "a profound indictment of the port."',
            "called",
            "ACCUSE",
            id="an-indictment",
        ),
        pytest.param("Biden's call with Xi lasted two hours.", "call", "CONSULT", id="a-call-with"),
        pytest.param("Egypt's call for a ceasefire went unheeded.", "call", "REQUEST", id="a-call-for"),
    ],
)
def test_the_object_or_the_preposition_decides_the_reading(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).type == expected


def test_calling_something_a_plain_thing_is_no_event(nlp):  # type: ignore[no-untyped-def]
    assert events(nlp, "The minister called it a meeting.") == []


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param("Kyiv refused Moscow's latest demands.", "demands", "occurred", id="answered-demand"),
        pytest.param(
            "Hanoi and Manila have been pressuring Beijing.", "pressuring", "ongoing", id="been-ing"
        ),
        pytest.param(
            "Teachers surrounded the Statehouse on Tuesday to call for better pay.",
            "call",
            "occurred",
            id="purpose-of-a-rally",
        ),
        pytest.param(
            "The ministers met on Monday to decide on sanctions against Iran.",
            "sanctions",
            "planned",
            id="purpose",
        ),
    ],
)
def test_what_was_said_already_or_is_still_going_on(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).status == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Two soldiers were killed in a helicopter crash near Kabul.", id="killed-in-a-crash"),
        pytest.param("A storm killed six people in the delta.", id="a-storm-kills"),
        pytest.param("That remark struck me as odd.", id="struck-me"),
        pytest.param("The minister said she could not recall the meeting.", id="recall-a-memory"),
        pytest.param("The ruling demonstrates that the law applies to all.", id="demonstrates-that"),
    ],
)
def test_harm_with_nobody_acting_and_idioms_are_no_events(nlp, text):  # type: ignore[no-untyped-def]
    assert [e for e in events(nlp, text) if e.type != "CONSULT"] == []


def test_recalling_an_ambassador_is_a_sanction(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Moscow recalled its ambassador from London.", "recalled").type == "SANCTION"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param(
            "The embassy was attacked by protesters.",
            "attacked",
            ("PROTEST", "riot"),
            id="violence-in-a-protest",
        ),
        pytest.param(
            "Inspectors will inspect the reactor in May.", "inspect", ("ACCUSE", "investigate"), id="inspect"
        ),
        pytest.param(
            "Ankara would not give permission to the convoy.",
            "permission",
            ("REJECT", None),
            id="refused",
        ),
        pytest.param("Beijing will not meet the envoy.", "meet", ("REJECT", None), id="will-not-meet"),
    ],
)
def test_readings_event_coders_share(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.type, found.mode) == expected


def test_seeking_to_act_is_no_request_of_its_own(nlp):  # type: ignore[no-untyped-def]
    assert [e.type for e in events(nlp, "Kyiv is seeking to join the alliance.")] == ["COOPERATE"]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param(
            "A court in Guyana issued arrest warrants for two men.", "issued", "Guyana", id="body-in-a-state"
        ),
        pytest.param(
            "Rebels engaged the peacekeepers in a firefight.", "firefight", "Rebels", id="engaged-in"
        ),
        pytest.param(
            "Obama faces pressure from Congress over Iran.", "pressure", "Congress", id="pressure-from"
        ),
        pytest.param(
            "Two villagers were killed in Israeli tank fire.", "killed", "Israeli", id="whose-fire-killed"
        ),
        pytest.param("The pilot was shot down in his Navy jet.", "shot", None, id="the-victims-own-vehicle"),
    ],
)
def test_participants_named_around_the_event(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).actor == expected


def test_who_faces_an_act_is_its_target_not_its_actor(nlp):  # type: ignore[no-untyped-def]
    found = event(
        nlp, "The United States faced stiff international criticism over its decision.", "criticism"
    )
    assert (found.actor, found.target) == (None, "United States")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param("Obama declined to send arms to Ukraine.", "declined", "Ukraine", id="declined-to"),
        pytest.param("Erdogan agreed to meet Putin in Sochi.", "agreed", "Putin", id="agreed-to"),
        pytest.param(
            "Ramallah called for an emergency meeting of the Arab League.",
            "called",
            "Arab League",
            id="call-for",
        ),
    ],
)
def test_what_is_refused_or_agreed_to_names_the_target(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).target == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Troops remain in Afghanistan, years after Washington invaded the country.",
            "Afghanistan",
            id="the-country-named-last",
        ),
        pytest.param(
            "Greece held elections. Brussels later criticised the whole nation.", "Greece", id="the-nation"
        ),
        pytest.param(
            "Armenia talks to Turkey. Moscow criticised the other country.",
            None,
            id="the-other-is-not-resolved",
        ),
    ],
)
def test_the_country_is_the_country_named_before(nlp, text, expected):  # type: ignore[no-untyped-def]
    (found,) = [e for e in events(nlp, text) if e.type in ("ASSAULT", "ACCUSE")]
    assert found.target == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A Lisbon man pleaded guilty on Monday to threatening the mayor. Rui Costa, 41, of Alfama, "
            "faces five years.",
            "Rui Costa",
            id="named-next",
        ),
        pytest.param(
            "A Lisbon woman pleaded guilty on Monday to threatening the mayor. John Costa, 41, of Alfama, "
            "saw her in court.",
            None,
            id="not-a-woman-named-john",
        ),
        pytest.param(
            "A Lisbon man pleaded guilty on Monday to threatening the mayor. "
            "Rui Costa said the court was full.",
            None,
            id="no-name-in-apposition",
        ),
    ],
)
def test_a_lead_that_describes_its_subject_names_it_next(nlp, text, expected):  # type: ignore[no-untyped-def]
    assert event(nlp, text, "threatening").actor == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A Lisbon man pleaded guilty on Monday to charges he threatened the mayor. Rui Costa, 41, of "
            "Alfama, faces five years.",
            "Rui Costa",
            id="he-in-the-lead",
        ),
        pytest.param(
            "A Lisbon woman pleaded guilty on Monday to charges he threatened the mayor. Rui Costa, 41, of "
            "Alfama, faces five years.",
            None,
            id="not-he-of-a-woman",
        ),
    ],
)
def test_a_pronoun_in_a_lead_is_the_person_named_next(nlp, text, expected):  # type: ignore[no-untyped-def]
    assert event(nlp, text, "threatened").actor == expected


def test_what_a_withdrawal_leaves_is_not_its_actor(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Critics recalled the chaotic withdrawal from Iraq.", "withdrawal").actor is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The counsel asked Morrison about his notes.", id="a-question-is-no-request"),
        pytest.param("Kabul ruled out any Taliban involvement.", id="ruling-out-a-fact"),
    ],
)
def test_questions_and_denied_facts_report_no_act(nlp, text):  # type: ignore[no-untyped-def]
    assert [e.type for e in events(nlp, text) if e.type in ("REQUEST", "REJECT")] == []


def test_holding_a_named_person_is_detention(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "John McCain was held there for five years.", "held").type == "COERCE"


def test_withdrawing_ones_own_troops_has_no_target(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Moscow will withdraw its troops from the border.", "withdraw")
    assert (found.type, found.target) == ("RETREAT", None)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param(
            "A US official said Russia is preparing to accuse Ukraine of sabotage.",
            "accuse",
            "alleged",
            id="another-side-says-it-prepares",
        ),
        pytest.param(
            "Russian Foreign Minister Sergei Lavrov said Russia would deploy troops.",
            "deploy",
            "planned",
            id="own-side-tells-its-plan",
        ),
        pytest.param(
            "He demands pledges that the allies will pull back troops from the east.",
            "pull",
            "hypothetical",
            id="demanded-not-planned",
        ),
    ],
)
def test_whose_words_tell_the_act_decide_its_status(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).status == expected


def test_a_demanded_non_invitation_is_no_refusal(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "He demands pledges that Nato will never invite Georgia.", "invite")
    assert (found.type, found.status) == ("AGREE", "hypothetical")


def test_the_subject_does_what_it_does_by_means_of(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "The West tricked Moscow by breaking promises.", "breaking").actor == "the West"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('"Is this the moment?" he asked.', id="a-question"),
        pytest.param("The West must call the Kremlin's bluff.", id="call-a-bluff"),
        pytest.param("The leak reinforced the belief that talks had failed.", id="reinforce-a-belief"),
    ],
)
def test_questions_and_idioms_again(nlp, text):  # type: ignore[no-untyped-def]
    assert [e.type for e in events(nlp, text) if e.type in ("REQUEST", "MOBILIZE")] == []


def test_a_possessive_pronoun_names_the_party(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Iran announced its withdrawal from the deal on Monday.", "withdrawal")
    assert found.actor == "Iran"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Peter Haas won the backing of the Labour Party on Monday.", id="won"),
        pytest.param("Peter Haas needs the backing of the Labour Party to govern.", id="needs"),
        pytest.param("Peter Haas lost the backing of the Labour Party.", id="lost"),
    ],
)
def test_whoever_wins_or_loses_the_backing_of_a_party_is_backed_by_it(nlp, text):  # type: ignore[no-untyped-def]
    found = event(nlp, text, "backing")
    assert (found.actor, found.target) == ("Labour Party", "Peter Haas")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        pytest.param("Germany expressed its support for Peter Haas.", "expressed", id="support-for"),
        pytest.param("Sweden pledged new aid for Peter Haas.", "pledged", id="aid-for"),
    ],
)
def test_whom_support_or_aid_is_for_is_its_target(nlp, text, trigger):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).target == "Peter Haas"


def test_with_and_a_participle_sets_the_scene_and_names_who_does_it(nlp):  # type: ignore[no-untyped-def]
    text = (
        "With Anna Berg, the port minister, ruling out new tolls on the bridge, union leaders have "
        "threatened strikes as a last resort."
    )
    assert event(nlp, text, "threatened").target is None  # Berg is no target of the threat
    assert event(nlp, text, "ruling").actor == "Anna Berg"


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        pytest.param(
            "The refusal of Sweden to extend the loan angered Norway.", "refusal", "Sweden", id="refusal"
        ),
        pytest.param(
            "The decision of Norway to close the border surprised Sweden.", "close", "Norway", id="decision"
        ),
    ],
)
def test_whoever_of_names_before_an_infinitive_is_the_one_who_acts(nlp, text, trigger, actor):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).actor == actor


def test_whoever_is_due_somewhere_for_talks_takes_part(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Peter Haas was due in Oslo on Monday for talks with Maria Olsen.", "talks")
    assert (found.actor, found.target) == ("Peter Haas", "Maria Olsen")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Sweden came under pressure to close the border.", id="came-under"),
        pytest.param(
            "If Norway leaves, Sweden could come under pressure to close the border.", id="after-an-if"
        ),
    ],
)
def test_whoever_is_under_pressure_to_act_would_act(nlp, text):  # type: ignore[no-untyped-def]
    assert event(nlp, text, "close").actor == "Sweden"


def test_a_stance_growing_inside_a_body_is_the_bodys(nlp):  # type: ignore[no-untyped-def]
    text = "Peter Haas also faces a hostile Bundestag, where opposition to new loans has been growing."
    assert event(nlp, text, "opposition").actor == "Bundestag"


def test_its_is_the_body_whose_clause_it_is_in(nlp):  # type: ignore[no-untyped-def]
    text = "Sweden says Norway is massing ships to justify its blockade of Finland."
    assert event(nlp, text, "blockade").actor == "Norway"


def test_calling_a_vote_is_no_request(nlp):  # type: ignore[no-untyped-def]
    assert [e.type for e in events(nlp, "The premier called a referendum on the offer.")] == []


def test_a_title_makes_a_person_whatever_the_model_says(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Alexis Tsipras spoke first. Mr Varoufakis had said that he would leave his post if the Yes side won."
    )
    assert event(nlp, text, "leave").actor == "Varoufakis"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Courier's request for comment went unanswered.", id="request-for-comment"),
        pytest.param("The host demanded how he could be so sure.", id="demanded-how"),
        pytest.param("People across the country are talking about it.", id="talk-with-nobody"),
        pytest.param("Merkel spoke about the crisis on Monday.", id="one-speaker-on-a-topic"),
        pytest.param("Johnson will take charge of a united front.", id="take-charge"),
        pytest.param("Barr put Sawyer in charge of the prisons.", id="in-charge"),
        pytest.param("Nordlys is leading the charge against the old ferry lines.", id="lead-the-charge"),
        pytest.param("The app can be downloaded free of charge from the Nordlys store.", id="free-of-charge"),
        pytest.param("The senator visited the border near El Paso.", id="visit-a-place"),
    ],
)
def test_no_act_between_parties(nlp, text):  # type: ignore[no-untyped-def]
    assert [e.type for e in events(nlp, text) if e.type in ("REQUEST", "CONSULT", "ACCUSE")] == []


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param("Trump's call with Zelensky lasted an hour.", "call", "CONSULT", id="a-phone-call"),
        pytest.param(
            "Athens sent a request for aid to Brussels.", "request", "REQUEST", id="request-for-aid"
        ),
        pytest.param("Esper visited Vietnam on Wednesday.", "visited", "CONSULT", id="visit-a-state"),
    ],
)
def test_acts_between_parties_stay(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).type == expected


@pytest.mark.parametrize(
    ("text", "target"),
    [
        pytest.param(
            "Minsk accused Vilnius of arming the rebels. Vilnius rejected the allegations.",
            "Minsk",
            id="told-before",
        ),
        pytest.param("Vilnius rejected the allegations.", None, id="no-accuser-told"),
        pytest.param(
            "Minsk accused Vilnius of arming the rebels. Vilnius said it would fight the charges.",
            None,
            id="charges-are-the-prosecutors",
        ),
    ],
)
def test_rejecting_the_claims_answers_whoever_made_them(nlp, text, target):  # type: ignore[no-untyped-def]
    (found,) = [e for e in events(nlp, text) if e.type == "REJECT"]
    assert found.target == target


def test_saying_one_will_use_force_if_a_condition_is_met_is_a_threat(nlp):  # type: ignore[no-untyped-def]
    text = "Vladimir Putin said he would cut gas supplies to Moldova if the sanctions stayed."
    found = [(e.trigger, e.type, e.actor) for e in events(nlp, text)]
    assert ("said", "THREATEN", "Vladimir Putin") in found


def test_what_an_act_did_names_its_target(nlp):  # type: ignore[no-untyped-def]
    found = events(nlp, "The Russian missile strike killed five soldiers near Izium.")
    assert [(e.trigger, e.target) for e in found] == [("strike", "soldiers")]


def test_an_act_told_as_a_past_tense_the_parser_read_as_a_participle_is_one_event(nlp):  # type: ignore[no-untyped-def]
    text = "Israeli airstrikes killed at least 12 people in Gaza overnight, health officials said."
    assert [(e.trigger, e.actor) for e in events(nlp, text) if e.type == "ASSAULT"] == [
        ("airstrikes", "Israeli")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Belarus's opposition rejected the official results.",
            [("rejected", "REJECT")],
            id="the-camp-acts",
        ),
        pytest.param(
            "His opposition to the pipeline angered Berlin.",
            [("opposition", "REJECT")],
            id="a-stance-to-something",
        ),
    ],
)
def test_the_opposition_is_a_camp_unless_it_is_opposition_to_something(nlp, text, expected):  # type: ignore[no-untyped-def]
    assert [(e.trigger, e.type) for e in events(nlp, text)] == expected


def test_who_considers_an_act_would_do_it(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Norway said it was considering new sanctions on Belarus.", "sanctions")
    assert (found.actor, found.target, found.status) == ("Norway", "Belarus", "hypothetical")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Norway joined the search after a request from the Thai government.", "Norway"),
        ("Troops arrived after an attack from the rebels.", None),
    ],
)
def test_who_acts_on_a_request_from_another_was_asked(nlp, text, target):  # type: ignore[no-untyped-def]
    trigger = "request" if "request" in text else "attack"
    assert event(nlp, text, trigger).target == target


def test_what_a_party_denies_is_aimed_at_it(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "The Church of Scientology denied these allegations.", "allegations")
    assert (found.type, found.actor, found.target) == ("ACCUSE", None, "Church of Scientology")


def test_denying_a_fact_is_no_rejection_its_content_is_negated(nlp):  # type: ignore[no-untyped-def]
    found = events(nlp, "Moscow denied attacking the convoy.")
    assert [(e.trigger, e.type, e.status) for e in found] == [("attacking", "ASSAULT", "negated")]


# Participants a clause names beyond its subject and object


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param(
            "Germany and France criticised each other's plans for Iran.",
            "criticised",
            ("Germany", "France"),
            id="each-others",
        ),
        pytest.param(
            "Angela Merkel and Emmanuel Macron accused one another of stalling.",
            "accused",
            ("Angela Merkel", "Emmanuel Macron"),
            id="one-another",
        ),
    ],
)
def test_a_reciprocal_object_makes_the_other_party_the_target(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.actor, found.target) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        pytest.param(
            "Senators are alleging that Exxon's filings misled investors.",
            "alleging",
            "Exxon",
            id="possessor",
        ),
        pytest.param("Poland demanded that Belarus close the camps.", "demanded", "Belarus", id="subject"),
    ],
)
def test_an_accusation_or_demand_made_in_a_clause_targets_whom_the_clause_is_about(
    nlp, text, trigger, target
):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).target == target


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        pytest.param(
            "A group of farmers protested outside the ministry.", "protested", "farmers", id="group-of"
        ),
        pytest.param(
            "Thousands of students marched on the ministry.", "marched", "students", id="thousands-of"
        ),
        pytest.param("Members of Hamas attacked the checkpoint.", "attacked", "Hamas", id="members-of"),
        pytest.param(
            "A large proportion of creditors agreed to the plan.", "agreed", "creditors", id="proportion-of"
        ),
    ],
)
def test_a_partitive_subject_stands_for_whom_its_of_names(nlp, text, trigger, actor):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).actor == actor


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        pytest.param("Police arrested two of the protesters.", "arrested", "protesters", id="two-of"),
        pytest.param("Russia criticised all of NATO's plans.", "criticised", "NATO", id="all-of-whose"),
    ],
)
def test_a_quantified_object_stands_for_whom_its_of_names(nlp, text, trigger, target):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).target == target


def test_a_collective_that_demands_is_a_party_not_only_a_source(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Lawyers for the families demanded that Interpol reopen the file.", "demanded")
    assert (found.actor, found.target) == ("Lawyers", "Interpol")


def test_a_wire_datelines_place_is_no_participant(nlp):  # type: ignore[no-untyped-def]
    found = event(
        nlp, "OSLO (AP) — Norway's Centre Party was accused Monday of misleading farmers.", "accused"
    )
    assert found.target == "Centre Party"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param("The two officers pleaded not guilty on Monday.", "pleaded", "REJECT", id="not-guilty"),
        pytest.param("The banker pleaded guilty to fraud on Monday.", "pleaded", "CONCEDE", id="guilty"),
    ],
)
def test_a_plea_in_court_is_a_denial_or_an_admission(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).type == expected


# Status: clauses that state their own facts, progressives and counterfactuals


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param(
            "Aid must not be cut because Serbia and its allies are shelling the town.",
            "shelling",
            "ongoing",
            id="because-clause-keeps-its-fact",
        ),
        pytest.param(
            "Paris will not take part although Moscow invaded Georgia in 2008.",
            "invaded",
            "occurred",
            id="concession-keeps-its-fact",
        ),
        pytest.param(
            "Ministers are likely to face questions about the call when Kenya asked Uganda for troops.",
            "asked",
            "occurred",
            id="past-when-clause-under-likely",
        ),
        pytest.param(
            "Greece would leave the euro if the lenders refused the plan.",
            "refused",
            "hypothetical",
            id="if-clause-stays-a-condition",
        ),
        pytest.param(
            "The ministry's servers are being attacked by hackers.",
            "attacked",
            "ongoing",
            id="passive-progressive",
        ),
        pytest.param(
            "In a statement, Oxfam denied the claims: staff were not paid to stay silent.",
            "denied",
            "occurred",
            id="colon-elaboration-does-not-govern",
        ),
        pytest.param(
            "Kenya's request was granted after Uganda agreed to Kenya's demands.",
            "demands",
            "occurred",
            id="answered-through-a-preposition",
        ),
        pytest.param(
            "She is caught up in the minister's efforts to get Chile to arrest the banker.",
            "arrest",
            "hypothetical",
            id="content-of-an-effort",
        ),
        pytest.param(
            "Washington pressured Seoul to expel the envoy.", "expel", "hypothetical", id="pressured-to"
        ),
        pytest.param(
            "The envoy later said he would have objected to Ukraine opening an inquiry.",
            "objected",
            "hypothetical",
            id="would-have-is-counterfactual",
        ),
    ],
)
def test_a_clause_that_states_its_own_fact_keeps_its_own_status(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).status == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param(
            "The European Union complied with the Kremlin's requests to remove the songs.",
            "requests",
            ("Kremlin", "European Union"),
            id="complied-with",
        ),
        pytest.param("Moscow's demands were rejected by NATO.", "demands", ("Moscow", "NATO"), id="passive"),
    ],
)
def test_a_speech_act_is_aimed_at_whoever_answers_it(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.actor, found.target) == expected


def test_a_name_the_parser_makes_an_adverb_is_the_verbs_object(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Prince Harry said that he visited Epstein in New York in 2010.", "visited")
    assert found.target == "Epstein"


def test_a_place_before_a_private_person_is_where_they_live_not_whom_they_act_for(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "A Texas man attacked the mosque on Friday.", "attacked")
    assert found.actor is None


def test_a_place_before_forces_is_whom_they_act_for(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Turkish troops attacked the village on Friday.", "attacked").actor == "Turkish troops"


def test_a_threat_targets_whom_the_threatened_act_is_aimed_at(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Beijing threatened to punish Lithuania.", "threatened")
    assert (found.actor, found.target) == ("Beijing", "Lithuania")


def test_a_re_mention_that_adds_no_party_or_status_is_the_same_event(nlp):  # type: ignore[no-untyped-def]
    found = events(nlp, "Moldova expelled the envoy on Monday. Moldova's expulsion of him angered Moscow.")
    assert [e.trigger for e in found if e.type == "SANCTION"] == ["expelled"]


def test_a_re_mention_that_changes_the_status_is_another_event(nlp):  # type: ignore[no-untyped-def]
    found = events(nlp, "Serbia recalled its ambassador. Serbia will not recall its ambassador again.")
    assert [(e.trigger, e.status) for e in found if e.type == "SANCTION"] == [
        ("recalled", "occurred"),
        ("recall", "negated"),
    ]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        pytest.param(
            "Has there ever been a better time for Serbia to invade Kosovo?", "invade", id="time-for"
        ),
        pytest.param(
            "It is the right moment for China to attack Taiwan, he said.", "attack", id="moment-for"
        ),
        pytest.param(
            "The vote made it easier for Chile to expel the envoy.", "expel", id="easier-for-an-adjective"
        ),
    ],
)
def test_an_act_a_noun_only_makes_room_for_is_hypothetical(nlp, text, trigger):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).status == "hypothetical"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param(
            "John Smith, detained by the Russian police in May, was released on Friday.",
            "detained",
            ("COERCE", "Russian police", "John Smith"),
            id="named-head",
        ),
        pytest.param(
            "Three American soldiers held by the Taliban were freed.",
            "held",
            ("COERCE", "Taliban", "American soldiers"),
            id="held-people-are-detained-not-met",
        ),
    ],
)
def test_a_participle_after_a_noun_acts_on_that_noun(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.type, found.actor, found.target) == expected


def test_an_indirect_object_is_whom_something_is_given(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Barack Obama offered the Russians a deal on missile defence.", "offered")
    assert (found.actor, found.target) == ("Barack Obama", "Russians")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param(
            "Jeffrey Epstein died in August. His arrest by the FBI came in July.",
            "arrest",
            ("FBI", "Jeffrey Epstein"),
            id="his-arrest-by",
        ),
        pytest.param(
            "Donald Trump's impeachment by the House was expected.",
            "impeachment",
            ("House", "Donald Trump"),
            id="impeachment",
        ),
        pytest.param(
            "Russia's arrest of the journalist angered Washington.",
            "arrest",
            ("Russia", None),
            id="with-of-the-possessor-acts",
        ),
    ],
)
def test_the_possessor_of_an_arrest_or_trial_is_who_undergoes_it(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.actor, found.target) == expected


def test_a_city_before_an_event_noun_is_where_not_who(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "The Paris attacks killed 130 people.", "attacks").actor is None
    assert event(nlp, "The Hamas attacks killed 40 people.", "attacks").actor == "Hamas"


def test_where_a_thing_is_sent_beats_whose_it_is(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "President Donald Trump withheld US military aid to Ukraine.", "withheld")
    assert (found.actor, found.target) == ("Donald Trump", "Ukraine")


def test_attacking_positions_is_force_not_words(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Russia attacked Ukrainian positions near Donetsk.", "attacked").type == "ASSAULT"


def test_it_is_alleged_names_no_party(nlp):  # type: ignore[no-untyped-def]
    found = event(
        nlp, "Prince Andrew visited England in 2001. It is alleged that he raped a girl in London.", "alleged"
    )
    assert (found.actor, found.target) == (None, "Andrew")


def test_a_present_passive_is_still_going_on(nlp):  # type: ignore[no-untyped-def]
    found = event(
        nlp, "The Labour leader Jeremy Corbyn is accused by critics of tolerating abuse.", "accused"
    )
    assert (found.status, found.actor, found.target) == ("ongoing", "critics", "Jeremy Corbyn")


def test_whoever_did_what_is_condemned_is_the_target(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "China criticised the sanctions imposed by the United States on Huawei.", "criticised")
    assert (found.actor, found.target) == ("China", "United States")


def test_a_participle_on_a_thing_aims_where_its_preposition_says(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "China criticised the sanctions imposed by the United States on Huawei.", "imposed")
    assert (found.type, found.actor, found.target) == ("SANCTION", "United States", "Huawei")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param(
            "Vladimir Putin spoke to Joe Biden. He warned him of sanctions.",
            "warned",
            ("Vladimir Putin", "Joe Biden"),
            id="he-warned-him",
        ),
        pytest.param(
            "Prince Andrew met Jeffrey Epstein in 2010. "
            "His claim that he visited Epstein in New York was false.",
            "visited",
            ("Andrew", "Epstein"),
            id="he-is-not-his-own-object",
        ),
        pytest.param(
            "Maria Olsen grew up in Bergen. In 1990 she met Peter Olsen at a trade summit.",
            "met",
            ("Maria Olsen", "Peter Olsen"),
            id="a-spouse-is-not-oneself",
        ),
        pytest.param(
            "Peter Haas told reporters the talks had failed. "
            "President Tomas Berg phoned Prime Minister Ivan Holm and promised him help with the harbour.",
            "promised",
            ("Tomas Berg", "Ivan Holm"),
            id="a-joined-verb-shares-its-subject",
        ),
        pytest.param(
            "Norway's president Tomas Berg met Ivan Holm on Monday and thanked him for his help.",
            "thanked",
            ("Tomas Berg", "Ivan Holm"),
            id="a-described-subject-is-not-him",
        ),
        pytest.param(
            "Ivan Holm said on Monday that Tomas Berg had praised him.",
            "praised",
            ("Tomas Berg", "Ivan Holm"),
            id="the-speaker-before-the-clause",
        ),
    ],
)
def test_a_pronoun_is_not_the_other_party_of_its_own_verb(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.actor, found.target) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Yet the bloc is divided on just what attitude to strike with Moscow.",
        "Biden struck a conciliatory tone with Xi Jinping.",
        "The speech hit the right note with voters.",
    ],
)
def test_striking_a_tone_or_an_attitude_is_no_attack(nlp, text):  # type: ignore[no-untyped-def]
    assert [e for e in events(nlp, text) if e.type == "ASSAULT"] == []


def test_an_event_noun_takes_its_target_from_the_verb_that_carries_it(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Iran made overtures to Saudi Arabia.", "overtures")
    assert (found.type, found.actor, found.target) == ("AGREE", "Iran", "Saudi Arabia")


def test_overtures_of_a_feeling_are_no_agreement(nlp):  # type: ignore[no-untyped-def]
    assert events(nlp, "The West responded with empty overtures of outrage.") == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Norway beat Sweden 2-1 in Oslo on Sunday.", id="football"),
        pytest.param("Anna Lind beat Kari Berg 6-3, 7-6 to level the tie.", id="tennis"),
    ],
)
def test_a_match_won_by_a_score_is_no_attack(nlp, text):  # type: ignore[no-untyped-def]
    assert [e.type for e in events(nlp, text) if e.type == "ASSAULT"] == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        pytest.param("Troops killed 10-15 civilians in the town.", "killed", id="range-before-a-noun"),
        pytest.param("Troops shelled the village, killing 3-4.", "shelled", id="toll-after-a-comma"),
        pytest.param("Gunmen shot guards, 3-4 of them.", "shot", id="count-after-a-comma"),
    ],
)
def test_a_count_given_as_a_range_is_no_score(nlp, text, trigger):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).type == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "The grant went to the Nordic Centre for Investigating Coastal Crime.",
        "Ivan Holm joined the Campaign Against Attacking Whales last year.",
    ],
)
def test_a_word_inside_the_name_of_a_body_or_a_thing_is_no_event(nlp, text):  # type: ignore[no-untyped-def]
    assert [e.type for e in events(nlp, text) if e.type in ("ACCUSE", "ASSAULT")] == []


def test_a_demonstration_of_a_thing_is_no_protest(nlp):  # type: ignore[no-untyped-def]
    assert events(nlp, "Nordlys showed a 20-minute demonstration of its new game to Anna Berg.") == []


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        pytest.param(
            "Police broke up a demonstration of farmers in Oslo.", "demonstration", "PROTEST", id="of-people"
        ),
        pytest.param(
            "Russia staged a demonstration of force near the border.",
            "demonstration",
            "MOBILIZE",
            id="of-force",
        ),
    ],
)
def test_a_demonstration_of_people_is_a_protest_and_of_force_a_show_of_arms(nlp, text, trigger, kind):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).type == kind


def test_who_fears_an_attack_is_not_its_attacker(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "NATO fears a Russian attack on their neighbour.", "attack")
    assert (found.type, found.status, found.actor) == ("ASSAULT", "hypothetical", "Russian")


def test_who_puts_down_a_protest_is_not_its_protester(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Police crushed the protests in Tehran.", "protests").actor is None


def test_a_foiled_attack_did_not_happen(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Police foiled an attack on the embassy.", "attack").status == "negated"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        pytest.param("The deal averted a strike by dock workers.", "strike", id="strike-by-workers"),
        pytest.param("Teachers struck on Monday over pay.", "struck", id="teachers-struck"),
    ],
)
def test_workers_striking_is_a_protest(nlp, text, trigger):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.type, found.mode) == ("PROTEST", "strike")


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        pytest.param(
            "Peace would allow for the eventual withdrawal of US troops.",
            "withdrawal",
            "hypothetical",
            id="eventual",
        ),
        pytest.param(
            "He was linked to the foiled attack on a train in August.", "attack", "negated", id="foiled"
        ),
        pytest.param(
            "He is also believed to have financed a terror cell in Verviers.",
            "financed",
            "alleged",
            id="believed-to",
        ),
    ],
)
def test_what_a_word_before_or_above_the_event_makes_of_it(nlp, text, trigger, status):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).status == status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The deployment of 3,000 Russian troops to Belarus alarmed NATO.",
            ("Russian troops", "Belarus"),
            id="the-force-acts",
        ),
        pytest.param(
            "Russia's withdrawal of troops from Kherson was confirmed.",
            ("Russia", "Kherson"),
            id="owner-acts",
        ),
    ],
)
def test_a_force_an_event_noun_moves_is_never_its_target(nlp, text, expected):  # type: ignore[no-untyped-def]
    found = next(e for e in events(nlp, text) if e.type in ("MOBILIZE", "RETREAT"))
    assert (found.actor, found.target) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        pytest.param(
            "Syrian jets bombarded a government-held part of Syria's second city Aleppo.",
            "bombarded",
            "Syria",
            id="part-of",
        ),
        pytest.param("Israel released the mayor of Nablus.", "released", "Nablus", id="mayor-of"),
    ],
)
def test_a_things_owner_is_the_target_when_the_thing_is_no_party(nlp, text, trigger, target):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).target == target


def test_an_appositive_description_stands_for_the_name_before_it(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Tariffs helped factories, said Scott Paul, who heads the Alliance for American Manufacturing, "
        "a group that has applauded some of Trump's tariff decisions."
    )
    assert event(nlp, text, "applauded").actor == "Alliance for American Manufacturing"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The talks held in Geneva by Russia and the US failed.",
            ("CONSULT", "Russia", "Geneva"),
            id="talks-held-in-by",
        ),
        pytest.param(
            "Sanctions imposed on Russia by the EU hurt its economy.",
            ("SANCTION", "EU", None),
            id="imposed-by",
        ),
    ],
)
def test_a_participle_that_only_says_an_event_took_place_is_one_event_with_its_noun(nlp, text, expected):  # type: ignore[no-untyped-def]
    found = events(nlp, text)
    assert len(found) == 1
    assert (found[0].type, found[0].actor, found[0].place) == expected


def test_what_is_to_be_ended_is_in_place_already(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Beijing wants Trump to eliminate the 15% tariffs imposed on Sept. 1.", "tariffs")
    assert found.status == "occurred"


def test_being_linked_to_an_attack_is_an_allegation(nlp):  # type: ignore[no-untyped-def]
    assert event(
        nlp, "He was linked to the assassinations in Brussels in June 2014.", "assassinations"
    ).status == ("alleged")


@pytest.mark.parametrize(
    "text",
    [
        "Montalvo read an article in Freedom Magazine, which attacked high-ranking defectors from the group.",
        "The editorial attacked the minister for his silence.",
    ],
)
def test_an_attack_in_print_is_words_not_blows(nlp, text):  # type: ignore[no-untyped-def]
    assert event(nlp, text, "attacked").type == "ACCUSE"


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Norway said it would expel the diplomats.", "expel", "Norway"),
        ("Hamas said it was ready to negotiate with Egypt.", "negotiate", "Hamas"),
        ("The Kremlin warned that it would retaliate against the sanctions.", "retaliate", "Kremlin"),
    ],
)
def test_a_subject_it_acts_for_the_body_or_state_named_before(nlp, text, trigger, actor):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).actor == actor


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Norway met the envoys. It is alleged that the police arrested two of them.", "alleged"),
        ("Norway met the envoys. It is time to negotiate, the envoys said.", "negotiate"),
        # "it" takes up the unnamed body named after Norway: the parliament acts, not the state by name
        ("Norway warned that its parliament would reject the bill it had backed.", "backed"),
    ],
)
def test_an_it_that_stands_for_no_named_party_gives_no_actor(nlp, text, trigger):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).actor is None


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "Chile criticised the tariff plan, with Trade Minister Ana Ruiz warning of job losses.",
            "criticised",
            None,
        ),
        ("The EU held talks with Iran, with the ministers hoping for a deal.", "talks", "Iran"),
    ],
)
def test_a_with_clause_set_off_by_a_comma_is_no_target(nlp, text, trigger, target):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).target == target


def test_a_speaker_who_says_i_was_arrested_is_the_target_not_the_actor(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Peter Haas said: \u201cI was arrested in May.\u201d", "arrested")
    assert (found.actor, found.target) == (None, "Peter Haas")


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("\u201cWe will retaliate,\u201d a spokesman for Hamas said.", "retaliate", "Hamas"),
        ("\u201cWe are not going to attack anyone,\u201d said a spokeswoman for Norway.", "attack", "Norway"),
    ],
)
def test_an_unnamed_spokespersons_we_is_the_body_they_speak_for(nlp, text, trigger, actor):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).actor == actor


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("John Smith, whom the police arrested on Monday, was freed.", "arrested", ("police", "John Smith")),
        ("Hamas, which Israel wants to destroy, fired rockets.", "destroy", ("Israel", "Hamas")),
        (
            "Anna Berg, whom the rebels had tried to kidnap in May, fled to Oslo.",
            "kidnap",
            ("rebels", "Anna Berg"),
        ),
    ],
)
def test_a_relative_pronoun_object_is_the_noun_its_clause_describes(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.actor, found.target) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Norway's decision to expel the Russian envoys surprised Oslo.",
            "expel",
            ("Norway", "Russian envoys"),
        ),
        ("Chile took the decision to recall its ambassador from Peru.", "recall", ("Chile", "Peru")),
        ("A threat by Hamas to attack Israel was reported.", "attack", ("Hamas", "Israel")),
    ],
)
def test_whoever_decides_plans_or_threatens_does_the_act_a_noun_announces(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.actor, found.target) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Putin's threat to cut gas supplies to Europe worried markets.", "threat", "Europe"),
        ("Germany's refusal to send tanks to Ukraine angered Poland.", "refusal", "Ukraine"),
    ],
)
def test_a_threat_or_refusal_noun_is_aimed_at_whom_its_act_is(nlp, text, trigger, target):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).target == target


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "Oslo hopes for talks between Kabul and the Taliban, who have refused to negotiate with Kabul.",
            "refused",
            "Taliban",
        ),
        # a name or a noun for people is what its "who" says it is
        ("Maria Lopez of Oxfam, who met Abbas in May, was freed.", "met", "Maria Lopez"),
    ],
)
def test_a_who_hung_on_a_thing_is_the_name_before_its_comma(nlp, text, trigger, actor):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).actor == actor


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        pytest.param(
            "Beijing is balking at committing to the purchases.", "committing", "negated", id="balk"
        ),
        pytest.param("The governor has avoided criticism of teachers.", "criticism", "negated", id="avoid"),
        pytest.param("Russia refrained from attacking Ukraine.", "attacking", "negated", id="refrain"),
        # the means or the time of avoiding something happened
        pytest.param(
            "Lopez avoided extradition to Spain by seeking refuge in Peru.", "seeking", "occurred", id="means"
        ),
        # but the means of what was refused is refused with it
        pytest.param(
            "Russia refused to retaliate by cutting gas to Europe.", "cutting", "negated", id="refused-means"
        ),
    ],
)
def test_what_one_avoids_or_balks_at_does_not_happen(nlp, text, trigger, status):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).status == status


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Thomas chose not to accept a plea deal offered by prosecutors.", "offered"),
        ("Russia will reject the sanctions imposed by the US.", "imposed"),
    ],
)
def test_what_a_participle_says_of_a_noun_happened_whatever_befalls_the_noun(nlp, text, trigger):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).status == "occurred"


def test_a_participle_under_an_allegation_stays_alleged(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Israel alleged that rockets fired by Hamas hit the town.", "fired")
    assert found.status == "alleged"


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("The Democrats allege that Trump's call with Zelensky was improper.", "call", "occurred"),
        ("Moscow denied that the talks with Kyiv were a failure.", "talks", "occurred"),
        # a predicate that is itself a status is no judgement of what happened
        ("Officials said talks with Kyiv were likely.", "talks", "hypothetical"),
    ],
)
def test_what_is_said_of_an_event_presupposes_it(nlp, text, trigger, status):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).status == status


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Russia and Ukraine agreed to a ceasefire.", "agreed", ("Russia", "Ukraine")),
        ("Israel and Hamas reached a deal on hostages.", "deal", ("Israel", "Hamas")),
        # a promise two parties make together is made to a third, not to each other
        ("France and Germany pledged aid.", "pledged", ("France", None)),
    ],
)
def test_parties_that_agree_together_agree_with_each_other(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.actor, found.target) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Moscow denied that its forces had shelled the plant.", "shelled", "Moscow"),
        ("Israel said its troops had withdrawn from Gaza.", "withdrawn", "Israel"),
    ],
)
def test_the_forces_a_state_owns_act_for_it(nlp, text, trigger, actor):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).actor == actor


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Israeli troops killed three Palestinians in a raid on Jenin.", "raid", "Israeli troops"),
        ("Three Palestinians were killed in an Israeli raid on Jenin.", "killed", "Israeli"),
        # who dies in a raid is no raider
        ("Three Palestinians died in a raid on Jenin.", "raid", None),
    ],
)
def test_who_uses_force_in_a_raid_carries_out_the_raid(nlp, text, trigger, actor):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).actor == actor


def test_who_condemns_an_act_by_a_party_condemns_that_party(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Kyiv condemned the attack by Russian forces on Odesa.", "condemned")
    assert (found.actor, found.target) == ("Kyiv", "Russian forces")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Poland closed its border with Belarus.", "closed", ("COERCE", "Poland", "Belarus")),
        ("Hungary sealed the border crossing with Serbia.", "sealed", ("COERCE", "Hungary", "Serbia")),
        ("Britain closed its embassy in Kyiv.", "closed", ("SANCTION", "Britain", None)),
    ],
)
def test_closing_a_border_restricts_and_closing_an_embassy_withdraws(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.type, found.actor, found.target) == expected


def test_closing_a_shop_is_no_event(nlp):  # type: ignore[no-untyped-def]
    assert events(nlp, "The shop closed its doors on Monday.") == []


def test_a_city_before_a_place_noun_is_where_not_whom(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "The bomber blew himself up at a Berlin cafe on Friday.", "blew").target is None
    assert "Berlin" in (
        event(nlp, "Police arrested two Berlin officials on Friday.", "arrested").target or ""
    )


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param(
            "Police arrested four men in Ghent, prosecutors said.", "arrested", "occurred", id="arrest"
        ),
        pytest.param(
            "A judge charged two suspects with fraud, the court said.", "charged", "occurred", id="charge"
        ),
        pytest.param("Activists said police detained forty students.", "detained", "alleged", id="activists"),
        pytest.param("Police said the gunmen shot three people.", "shot", "alleged", id="violence"),
    ],
)
def test_an_arrest_or_charge_police_or_prosecutors_report_is_on_record(nlp, text, trigger, expected):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).status == expected


def test_a_participle_joined_to_a_passive_is_passive_too(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Karim Haddad was detained in Spain but released later.", "released")
    assert (found.actor, found.target) == (None, "Karim Haddad")


def test_who_stands_trial_is_tried(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Two officers stood trial in Lisbon.", "trial")
    assert (found.actor, found.target) == (None, "officers")


def test_a_number_of_a_group_stands_for_the_group(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Twelve of the protesters were detained.", "detained").target == "protesters"


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        pytest.param(
            "Lena Vogt, a Dutchwoman who attacked the guards, was arrested.",
            "attacked",
            "Lena Vogt",
            id="person",
        ),
        pytest.param(
            "Costs fell, said Ana Ruiz, who runs the Harbour Trust, a charity that has praised the mayor.",
            "praised",
            "Harbour Trust",
            id="body",
        ),
    ],
)
def test_a_relative_clause_on_a_description_of_a_person_is_the_persons(nlp, text, trigger, actor):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).actor == actor


def test_a_person_named_before_an_act_of_force_is_its_victim(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "The Kennedy assassination shocked the nation.", "assassination")
    assert (found.actor, found.target) == (None, "Kennedy")


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "actor"),
    [
        pytest.param("Police raids took place overnight in Ghent.", "raids", "COERCE", "Police", id="police"),
        pytest.param("Rebel attacks killed ten soldiers.", "attacks", "ASSAULT", "Rebel", id="rebels"),
        pytest.param("The mayor ended the teacher strike.", "strike", "PROTEST", "teacher", id="workers"),
    ],
)
def test_a_force_or_workers_named_before_their_act_do_it(nlp, text, trigger, kind, actor):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.type, found.actor) == (kind, actor)


def test_a_prisoner_swap_is_not_done_by_the_prisoners(nlp):  # type: ignore[no-untyped-def]
    assert all(e.actor != "prisoner" for e in events(nlp, "The prisoner swap freed two hostages."))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        pytest.param("Witnesses heard three explosions near the port.", "explosions", id="heard"),
        pytest.param("The mayor deemed the shootings an outrage.", "shootings", id="deemed"),
        pytest.param("The senators discussed the sanctions on Tuesday.", "sanctions", id="discussed"),
    ],
)
def test_who_hears_names_or_discusses_an_act_does_not_do_it(nlp, text, trigger):  # type: ignore[no-untyped-def]
    subject = text.split()[0]
    assert all(e.actor is None or subject not in e.actor for e in events(nlp, text) if e.trigger == trigger)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The threat of the cartel is well known.", id="of-a-party"),
        pytest.param("Police said there was no credible threat to the city.", id="no-credible"),
        pytest.param("Investigators focused on the threat from jihadists.", id="from"),
    ],
)
def test_a_threat_nobody_makes_is_a_danger_not_an_event(nlp, text):  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        pytest.param("Iran issued threats against Israel.", "Iran", id="issued-against"),
        pytest.param("Trump repeated the threat of tariffs.", "Trump", id="repeated"),
        pytest.param("Moscow's threat to cut gas alarmed Europe.", "Moscow", id="possessor-infinitive"),
    ],
)
def test_a_threat_someone_makes_is_a_threaten_event(nlp, text, actor):  # type: ignore[no-untyped-def]
    assert [e.actor for e in events(nlp, text) if e.type == "THREATEN"] == [actor]


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "status"),
    [
        pytest.param(
            "Four men were being held in the city jail.", "held", "COERCE", "ongoing", id="held-in-jail"
        ),
        pytest.param("Police took the driver into custody.", "took", "COERCE", "occurred", id="into-custody"),
        pytest.param(
            "Agents executed a search warrant at the farm.", "executed", "COERCE", "occurred", id="warrant"
        ),
        pytest.param(
            "The minister vowed revenge against the cartel.", "vowed", "THREATEN", "occurred", id="revenge"
        ),
        pytest.param(
            "They committed the murder of a judge.", "committed", "ASSAULT", "occurred", id="commit-murder"
        ),
    ],
)
def test_what_a_verb_does_to_its_object_or_place_decides_the_type(nlp, text, trigger, kind, status):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.type, found.status) == (kind, status)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The first funerals will be held next week.", id="funerals"),
        pytest.param("The firm executed the plan in May.", id="plan"),
    ],
)
def test_holding_a_funeral_or_executing_a_plan_is_no_event(nlp, text):  # type: ignore[no-untyped-def]
    assert events(nlp, text) == []


def test_an_arrest_a_police_spokesman_reports_is_on_record_and_no_accusation(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Officers arrested Ana Brill, 32, said Lt. Matt Harris, Ghent Police Department spokesman. "
        "Officers also arrested Tom Wills, 40, Harris said."
    )
    found = events(nlp, text)
    assert [(e.type, e.status) for e in found] == [("COERCE", "occurred"), ("COERCE", "occurred")]


def test_whose_thing_is_acted_on_is_the_target_when_named(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "The minister defended Tehran's record.", "defended").target == "Tehran"
    assert event(nlp, "Olaf Berg resigned his leadership of the party.", "resigned").target is None


def test_an_act_a_relative_clause_retells_is_one_event_with_the_nouns_parties(nlp):  # type: ignore[no-untyped-def]
    found = [e for e in events(nlp, "Russia's attack in Kharkiv, which killed ten civilians, was condemned.")]
    assaults = [e for e in found if e.type == "ASSAULT"]
    assert [(e.actor, e.target, e.place) for e in assaults] == [("Russia", "civilians", "Kharkiv")]


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        pytest.param("Malta is to relax its visa rules.", "relax", "planned", id="is-to"),
        pytest.param(
            "The two leaders quarrelled, only to reconcile a year later.",
            "reconcile",
            "occurred",
            id="only-to",
        ),
        pytest.param("The two leaders met to reconcile.", "reconcile", "planned", id="purpose"),
    ],
)
def test_be_to_is_a_plan_and_only_to_an_outcome(nlp, text, trigger, status):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).status == status


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        pytest.param(
            "Mali deployed its troops to disarm the militias.", "disarm", "planned", id="deployed-to"
        ),
        pytest.param("Kyiv hired lawyers to challenge the sanctions.", "challenge", "planned", id="hired-to"),
        pytest.param("Britain forced Iran to release the tanker.", "release", "occurred", id="forced-to"),
    ],
)
def test_what_an_object_was_sent_to_do_is_intended_not_done(nlp, text, trigger, status):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).status == status


def test_a_past_perfect_lasting_since_a_time_is_ongoing(nlp):  # type: ignore[no-untyped-def]
    text = "The two aid workers had been held by the rebels since March."
    assert event(nlp, text, "held").status == "ongoing"


def test_what_an_act_paves_the_way_for_is_only_possible(nlp):  # type: ignore[no-untyped-def]
    text = "The ceasefire paved the way for negotiations between Kyiv and Moscow."
    assert event(nlp, text, "negotiations").status == "hypothetical"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The suspects travelled to Syria in 2014.", id="private-journey"),
        pytest.param("Passengers were travelling on stolen passports.", id="no-destination"),
        pytest.param(
            "Speaking at a business conference in Limassol, Sarris said the plan was ready.", id="venue"
        ),
        pytest.param("The minister held a press conference on Monday.", id="press-conference"),
        pytest.param("Asked to explain what he meant, the mayor smiled.", id="reporters-question"),
    ],
)
def test_journeys_venues_and_reporters_questions_are_no_events(nlp, text):  # type: ignore[no-untyped-def]
    assert [e for e in events(nlp, text) if e.type in ("CONSULT", "REQUEST")] == []


def test_an_officials_journey_somewhere_is_a_visit(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "The foreign minister travelled to Moscow on Monday.", "travelled")
    assert (found.type, found.target) == ("CONSULT", "Moscow")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The family withdrew millions from the bank.", id="withdraw-money"),
        pytest.param("The new measures will be deployed quickly.", id="deploy-measures"),
        pytest.param("The figures lend weight to arguments for reform.", id="lend-weight"),
        pytest.param("The search yielded drugs and a gun.", id="yield-results"),
        pytest.param("The cuts could compromise basic rights.", id="compromise-rights"),
        pytest.param("The party captured the momentum.", id="capture-momentum"),
        pytest.param("The party fought against blackmail.", id="fight-against-a-problem"),
    ],
)
def test_verbs_whose_object_makes_them_no_political_act(nlp, text):  # type: ignore[no-untyped-def]
    assert events(nlp, text) == []


def test_who_speaks_after_a_meeting_with_someone_met_them(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Kerry spoke to reporters after a meeting with Lavrov.", "meeting")
    assert (found.actor, found.target) == ("Kerry", "Lavrov")
    assert event(nlp, "Police arrived after the attack on the school.", "attack").actor is None


def test_who_is_to_blame_is_blamed_by_whoever_says_so(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "President Emmanuel Macron said Islamic State was to blame for the attacks.", "blame")
    assert (found.type, found.status, found.actor, found.target) == (
        "ACCUSE",
        "occurred",
        "Emmanuel Macron",
        "Islamic State",
    )


def test_every_participle_in_a_passive_chain_is_passive(nlp):  # type: ignore[no-untyped-def]
    found = events(nlp, "Ilan Berger was kidnapped, tortured, and killed in 2006.")
    assert found and all((e.actor, e.target) == (None, "Ilan Berger") for e in found)


def test_a_place_before_a_town_is_whose_town_it_is(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Israel released the mayor of the northern West Bank city of Nablus.", "released")
    assert found.target == "West Bank"


def test_touring_places_is_a_visit(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "The minister toured the capitals of Europe.", "toured").type == "CONSULT"


def test_a_definite_event_noun_taking_up_an_act_told_before_is_no_new_event(nlp):  # type: ignore[no-untyped-def]
    text = "Gunmen attacked a concert hall in Lyon on Friday. The mayor called the attacks an act of war."
    assert [(e.type, e.actor) for e in events(nlp, text) if e.type == "ASSAULT"] == [("ASSAULT", "Gunmen")]


def test_a_dated_event_noun_is_another_event(nlp):  # type: ignore[no-untyped-def]
    text = "Gunmen attacked a concert hall in Lyon on Friday. Many recalled the June 2014 shootings."
    assert len([e for e in events(nlp, text) if e.type == "ASSAULT"]) == 2


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        pytest.param("The EU wanted a trade deal struck by December.", "struck", "AGREE", id="deal-struck"),
        pytest.param("Webb was sentenced to life in prison.", "sentenced", "SANCTION", id="sentence"),
        pytest.param(
            "The premier offered his condolences to the families.", "offered", "SUPPORT", id="condolences"
        ),
        pytest.param(
            "The king vowed a merciless response to the attacks.", "vowed", "THREATEN", id="response"
        ),
        pytest.param(
            "The senator agreed with the judge's decision.", "agreed", "SUPPORT", id="agree-with-decision"
        ),
        pytest.param("Police stormed the flat in Lille.", "stormed", "COERCE", id="police-storm"),
        pytest.param("Troops stormed the town.", "stormed", "ASSAULT", id="troops-storm"),
    ],
)
def test_the_object_or_the_doer_decides_the_type(nlp, text, trigger, kind):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).type == kind


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The ministers pressed ahead with the plan.", id="press-ahead"),
        pytest.param("The president held off on new tariffs.", id="hold-off"),
        pytest.param("The officer recognized him from photos.", id="recognise-a-person"),
        pytest.param("The families accepted that the plane had crashed.", id="accept-that"),
    ],
)
def test_phrasal_and_perception_readings_are_no_events(nlp, text):  # type: ignore[no-untyped-def]
    assert events(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The company declined to comment.", id="comment"),
        pytest.param("Officials refused to provide details about the raid.", id="details"),
        pytest.param("Hollande told a conference of mayors that France was at war.", id="audience"),
        pytest.param("Police received several 911 calls.", id="emergency-call"),
    ],
)
def test_a_sources_silence_an_audience_and_an_emergency_call_are_no_events(nlp, text):  # type: ignore[no-untyped-def]
    assert events(nlp, text) == []


def test_refusing_to_hand_over_things_is_still_a_refusal(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Germany refused to provide weapons to Kyiv.", "refused").type == "REJECT"


def test_a_dateline_with_a_tight_dash_is_no_participant(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "PARIS—Gunmen attacked the city hall on Friday.", "attacked").actor == "Gunmen"


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        pytest.param(
            "Islamic State claimed responsibility for the attacks.", "attacks", "Islamic State", id="claimed"
        ),
        pytest.param(
            "Hamas took responsibility for the rocket attack on Sderot.", "attack", "Hamas", id="took"
        ),
    ],
)
def test_who_claims_responsibility_for_an_act_did_it(nlp, text, trigger, actor):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.actor, found.status) == (actor, "occurred")


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "actor", "target"),
    [
        pytest.param(
            "President Mara Lind declared a state of emergency.",
            "state",
            "COERCE",
            "Mara Lind",
            None,
            id="emergency",
        ),
        pytest.param(
            "Belgian police placed Karim Haddad under house arrest.",
            "arrest",
            "COERCE",
            "Belgian police",
            "Karim Haddad",
            id="house-arrest",
        ),
        pytest.param("France remained on high alert.", "alert", "MOBILIZE", "France", None, id="alert"),
        pytest.param(
            "The gunmen opened fire on the diners.", "opened", "ASSAULT", "gunmen", "diners", id="open-fire"
        ),
        pytest.param("The gunmen took hostages.", "took", "ASSAULT", "gunmen", "hostages", id="hostages"),
    ],
)
def test_emergency_rule_alerts_house_arrest_shooting_and_hostage_taking(
    nlp, text, trigger, kind, actor, target
):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.type, found.actor, found.target) == (kind, actor, target)


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        pytest.param("Protesters occupied the town hall.", "occupied", "PROTEST", id="sit-in"),
        pytest.param("Troops occupied the town.", "occupied", "COERCE", id="occupation"),
        pytest.param("The regime sent the poet to a prison camp.", "sent", "COERCE", id="sent-to-prison"),
    ],
)
def test_who_occupies_and_where_one_is_sent_decide_the_type(nlp, text, trigger, kind):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).type == kind


def test_where_one_private_person_lives_names_no_party(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Gunmen killed a Berlin man in the attack.", "killed").target is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Karim Haddad travelled to Syria in 2014. He made a trip to Turkey.", id="private-journeys"
        ),
        pytest.param("I ask Allah to punish those who oppose him.", id="prayer"),
    ],
)
def test_private_journeys_and_prayers_are_no_events(nlp, text):  # type: ignore[no-untyped-def]
    assert [e for e in events(nlp, text) if e.type in ("CONSULT", "REQUEST")] == []


def test_a_journey_by_someone_the_article_gives_an_office_is_a_visit(nlp):  # type: ignore[no-untyped-def]
    text = "Secretary of State Antony Blinken met Ukraine's president. Blinken travelled to Kyiv on Monday."
    assert event(nlp, text, "travelled").type == "CONSULT"
    consort = "First lady Anna Berg opened a school. In 2010 she travelled to Mexico for a conference."
    assert (event(nlp, consort, "travelled").actor, event(nlp, consort, "travelled").target) == (
        "Anna Berg",
        "Mexico",
    )


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        pytest.param(
            "Greece is under pressure from Germany.", "pressure", "Germany", "Greece", id="pressure"
        ),
        pytest.param(
            "President Mara Lind came under criticism from the opposition.",
            "criticism",
            None,
            "Mara Lind",
            id="criticism",
        ),
    ],
)
def test_who_comes_under_an_act_undergoes_it(nlp, text, trigger, actor, target):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.actor, found.target) == (actor, target)


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        pytest.param("Officials warned the emergency services to prepare.", "warned", "REQUEST", id="advice"),
        pytest.param("Police warned residents not to travel.", "warned", "REQUEST", id="advice-not-to"),
        pytest.param(
            "Putin warned the West to stop its expansion or face a military response.",
            "warned",
            "THREATEN",
            id="ultimatum",
        ),
    ],
)
def test_a_warning_to_act_is_advice_unless_it_names_a_consequence(nlp, text, trigger, kind):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).type == kind


def test_a_definite_event_noun_dated_on_the_day_of_an_act_told_before_takes_it_up(nlp):  # type: ignore[no-untyped-def]
    text = "Gunmen attacked a hall in Lyon on November 13. The mayor called the November 13 attacks a war."
    assert len([e for e in events(nlp, text) if e.type == "ASSAULT"]) == 1


def test_leaving_people_dead_is_an_attacks_toll_unless_an_accident_did(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Gunmen struck six sites, leaving 130 people dead.", "leaving")
    assert (found.type, found.actor, found.target) == ("ASSAULT", "Gunmen", "people")
    assert events(nlp, "The crash left 12 people dead.") == []


def test_a_description_nobody_gives_is_no_accusation(nlp):  # type: ignore[no-untyped-def]
    assert events(nlp, "He is described as dangerous.") == []
    assert event(nlp, "The deal was described by Tsipras as a surrender.", "described").type == "ACCUSE"


def test_an_attack_time_is_counted_from_took_place(nlp):  # type: ignore[no-untyped-def]
    text = "The mayor had kept the police on high alert since the deadly January attacks on the museum."
    found = event(nlp, text, "attacks")
    assert (found.type, found.status) == ("ASSAULT", "occurred")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("He attended a mosque in Molenbeek.", id="attend-a-place"),
        pytest.param("The gunmen, armed with assault rifles, entered the hall.", id="armed-with"),
        pytest.param("The skepticism held by investors grew.", id="hold-a-view"),
    ],
)
def test_attending_a_place_carrying_arms_and_holding_a_view_are_no_events(nlp, text):  # type: ignore[no-untyped-def]
    assert [e for e in events(nlp, text) if e.type in ("CONSULT", "AID")] == []


def test_attending_a_summit_and_arming_rebels_are_events(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Obama attended the summit in Brussels.", "summit").actor == "Obama"
    assert event(nlp, "Russia armed the rebels with rockets.", "armed").type == "AID"


def test_an_act_retold_with_a_more_precise_verb_and_nothing_new_is_one_event(nlp):  # type: ignore[no-untyped-def]
    found = events(nlp, "Russia attacked Kyiv on Monday. Russia shelled Kyiv.")
    assert [(e.type, e.trigger) for e in found] == [("ASSAULT", "attacked")]


def test_what_a_speaker_did_besides_saying_is_the_speakers(nlp):  # type: ignore[no-untyped-def]
    text = "Amnesty International said the army had lied and urged the government to act."
    assert event(nlp, text, "urged").actor == "Amnesty International"


def test_an_act_the_claims_subject_cannot_do_is_the_speakers(nlp):  # type: ignore[no-untyped-def]
    text = "Human Rights Watch said the deaths were caused by live rounds and called on Bolivia to stop."
    assert (event(nlp, text, "called").actor, event(nlp, text, "called").target) == (
        "Human Rights Watch",
        "Bolivia",
    )


def test_whoever_is_called_on_to_act_does_it_named_or_not(nlp):  # type: ignore[no-untyped-def]
    text = "Oxfam called on the government to lift the blockade."
    assert event(nlp, text, "lift").actor is None  # the government, not Oxfam
    assert event(nlp, "Ukraine relied on drones to strike the depots.", "strike").actor == "Ukraine"


def test_whoever_is_called_upon_is_the_target_of_the_call(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "The envoy called upon Belgrade to free the monks.", "called").target == "Belgrade"
    assert event(nlp, "Consumer advocates are urging Albany to act.", "urging").actor == "Consumer advocates"


def test_who_claims_responsibility_for_doing_something_did_it(nlp):  # type: ignore[no-untyped-def]
    text = "Hezbollah claimed responsibility for bombing the checkpoint."
    assert event(nlp, text, "bombing").actor == "Hezbollah"


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        pytest.param(
            "Belgian police were looking for Karim Haddad.", "looking", "Karim Haddad", id="manhunt"
        ),
        pytest.param("Police searched the house.", "searched", None, id="house-search"),
        pytest.param(
            "A huge manhunt has been launched for one of the main suspects, Karim Haddad.",
            "manhunt",
            "Karim Haddad",
            id="a-manhunt-for-one-of-the-suspects",
        ),
    ],
)
def test_a_police_search_or_manhunt_is_coercion(nlp, text, trigger, target):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.type, found.target) == ("COERCE", target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Norway signed the first of its two fishing deals with Sweden in 2010.", "Sweden"),
        ("Norway agreed to a debt cut for Iceland.", "Iceland"),
    ],
)
def test_a_pact_made_has_its_other_party_as_target(nlp, text, target):  # type: ignore[no-untyped-def]
    trigger = "signed" if "signed" in text else "agreed"
    found = event(nlp, text, trigger)
    assert (found.type, found.actor, found.target) == ("AGREE", "Norway", target)


def test_pulling_out_of_a_pact_has_the_other_party_as_target(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Norway is pulling out of the fishing agreement with Sweden.", "pulling")
    assert (found.type, found.actor, found.target) == ("RETREAT", "Norway", "Sweden")


def test_rescuers_searching_for_survivors_is_no_event(nlp):  # type: ignore[no-untyped-def]
    assert events(nlp, "Rescuers searched for survivors.") == []


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        pytest.param(
            "Karim Haddad is the subject of a massive manhunt.", "manhunt", None, "Karim Haddad", id="manhunt"
        ),
        pytest.param(
            "Boeing is the subject of an investigation by prosecutors.",
            "investigation",
            "prosecutors",
            "Boeing",
            id="investigation",
        ),
    ],
)
def test_who_is_the_subject_or_target_of_an_act_undergoes_it(nlp, text, trigger, actor, target):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.actor, found.target) == (actor, target)


def test_an_act_blamed_on_someone_is_theirs_by_the_blamers_word(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "President Mara Lind blamed the attacks on Islamic State.", "attacks")
    assert (found.type, found.status, found.actor, found.target) == (
        "ASSAULT",
        "alleged",
        "Islamic State",
        None,
    )


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        pytest.param(
            "The opposition called for the resignation of interior minister Jan Jambon.",
            "resignation",
            "Jan Jambon",
            None,
            id="resignation-of",
        ),
        pytest.param(
            "The opposition called for the resignation of interior minister Jan Jambon.",
            "called",
            None,
            "Jan Jambon",
            id="whom-the-call-is-aimed-at",
        ),
        pytest.param(
            "The visit of Pope Francis to Cairo was cancelled.",
            "visit",
            "Pope Francis",
            "Cairo",
            id="visit-of",
        ),
    ],
)
def test_the_of_of_a_resignation_or_a_visit_does_it(nlp, text, trigger, actor, target):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.actor, found.target) == (actor, target)


def test_who_died_in_a_fight_with_someone_was_fought_by_them(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Abdelhamid Abaaoud died in a gun battle with police.", "battle")
    assert (found.actor, found.target) == ("police", "Abdelhamid Abaaoud")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        pytest.param("Two students were taken for questioning.", "taken", id="taken-for-questioning"),
        pytest.param("Police brought nine men in for questioning.", "brought", id="brought-in"),
        pytest.param("The driver was picked up by police in Ghent.", "picked", id="picked-up-by-police"),
    ],
)
def test_held_for_questioning_or_picked_up_by_police_is_an_arrest(nlp, text, trigger):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.type, found.mode) == ("COERCE", "arrest")


def test_picking_up_a_thing_is_no_arrest(nlp):  # type: ignore[no-untyped-def]
    assert events(nlp, "The minister picked up the phone.") == []


def test_a_verb_with_no_object_shares_the_object_of_the_verb_joined_after_it(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Soldiers shot and wounded the protesters.", "shot").target == "protesters"
    assert event(nlp, "Russian troops retreated and attacked Kharkiv.", "retreated").target is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The navy ship is investigating a second signal.", id="a-signal"),
        pytest.param("Experts examined the wreckage on Monday.", id="wreckage"),
    ],
)
def test_investigating_a_trace_is_no_inquiry_into_anyone(nlp, text):  # type: ignore[no-untyped-def]
    assert events(nlp, text) == []


def test_investigating_a_person_is_an_inquiry(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "The FBI is investigating the senator.", "investigating").type == "ACCUSE"


def test_a_raid_from_the_air_is_an_assault_and_a_police_raid_an_arrest(nlp):  # type: ignore[no-untyped-def]
    aerial = event(nlp, "Israeli jets carried out air raids on Gaza overnight.", "raids")
    assert (aerial.type, aerial.mode) == ("ASSAULT", "aerial")
    assert event(nlp, "Police carried out raids in Molenbeek.", "raids").type == "COERCE"


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        pytest.param(
            "During a visit to Ankara, Olaf Scholz said the talks were useful.",
            "visit",
            "Olaf Scholz",
            id="visit",
        ),
        pytest.param(
            "Olaf Scholz is due to fly to Warsaw for talks with Donald Tusk.",
            "talks",
            "Olaf Scholz",
            id="fly-for",
        ),
        pytest.param(
            "Omar Haddad was responsible for killing two guards.",
            "killing",
            "Omar Haddad",
            id="responsible-for",
        ),
    ],
)
def test_whoever_a_clause_is_about_does_the_act_it_frames(nlp, text, trigger, actor):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).actor == actor


def test_releasing_names_or_a_toll_frees_nobody(nlp):  # type: ignore[no-untyped-def]
    assert events(nlp, "The ministry released the names of the dead.") == []
    assert event(nlp, "Hamas released two hostages.", "released").type == "RETREAT"


def test_calling_a_news_conference_is_no_meeting_but_calling_a_summit_is(nlp):  # type: ignore[no-untyped-def]
    assert events(nlp, "Prime Minister Anna Berg called a news conference on Sunday.") == []
    assert event(nlp, "Angela Merkel called a summit of EU leaders.", "called").type == "CONSULT"


def test_affirming_a_claim_is_speech_and_affirming_support_is_support(nlp):  # type: ignore[no-untyped-def]
    said = events(nlp, "The president affirmed that the army was ready.")
    assert [e.type for e in said] == []
    assert event(nlp, "Nato reaffirmed its commitment to Poland.", "reaffirmed").type == "SUPPORT"


def test_holding_a_thing_is_no_meeting_and_holding_talks_is(nlp):  # type: ignore[no-untyped-def]
    assert events(nlp, "The phone is being held by his sister.") == []
    assert event(nlp, "Joe Biden held talks with Xi Jinping.", "talks").type == "CONSULT"
    assert event(nlp, "The Taliban held two hostages for years.", "held").type == "ASSAULT"


def test_what_befell_people_in_a_with_clause_is_done_to_them(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Police raided homes across Belgium, with 23 people arrested.", "arrested")
    assert (found.actor, found.target) == (None, "people")


def test_what_an_event_left_people_is_done_to_them(nlp):  # type: ignore[no-untyped-def]
    text = "The riots left 40 people injured and at least a dozen arrested."
    found = event(nlp, text, "arrested")
    assert (found.actor, found.target) == (None, "people")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        pytest.param("Angela Merkel called for Russia to withdraw troops.", "Russia", id="for-subject-to"),
        pytest.param("Angela Merkel called for Hungary to do more.", "Hungary", id="for-object-to"),
    ],
)
def test_whoever_a_call_for_asks_to_act_is_its_target(nlp, text, target):  # type: ignore[no-untyped-def]
    assert event(nlp, text, "called").target == target


def test_whoever_answers_with_an_act_does_it(nlp):  # type: ignore[no-untyped-def]
    text = "France responded to the attacks with airstrikes on Raqqa."
    assert event(nlp, text, "airstrikes").actor == "France"


def test_meeting_with_criticism_is_no_meeting(nlp):  # type: ignore[no-untyped-def]
    found = events(nlp, "The plan met with criticism from Germany.")
    assert [(e.type, e.actor) for e in found] == [("ACCUSE", "Germany")]


def test_a_raid_by_warplanes_is_from_the_air(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "French warplanes carried out fresh raids against Raqqa.", "raids")
    assert (found.type, found.mode) == ("ASSAULT", "aerial")


def test_whoever_holds_a_place_attacked_is_its_target(nlp):  # type: ignore[no-untyped-def]
    text = "Jordan carried out airstrikes on territory controlled by Islamic State."
    assert event(nlp, text, "airstrikes").target == "Islamic State"


def test_firing_into_a_crowd_has_the_crowd_for_target(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Soldiers fired into the crowd.", "fired").target == "crowd"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ozone levels declined sharply last year.", id="a-decline-is-a-change"),
        pytest.param("The radio signal cut out at 1:19 am.", id="a-signal-cuts-out"),
        pytest.param("A terrorist attack could not be ruled out.", id="cannot-be-ruled-out"),
        pytest.param("The families accepted the news calmly.", id="accepting-news"),
    ],
)
def test_a_verb_of_refusal_or_cutting_with_nothing_refused_or_cut_is_no_event(nlp, text):  # type: ignore[no-untyped-def]
    assert [e for e in events(nlp, text) if e.type in ("REJECT", "SANCTION", "AGREE")] == []


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        pytest.param("Greece declined the offer.", "declined", "REJECT", id="declined-an-offer"),
        pytest.param("Russia ruled out talks.", "ruled", "REJECT", id="ruled-out"),
        pytest.param("Ukraine cut ties with Russia.", "cut", "SANCTION", id="cut-ties"),
    ],
)
def test_refusing_or_cutting_something_named_is_an_event(nlp, text, trigger, kind):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).type == kind


def test_firing_someone_from_a_job_is_no_assault(nlp):  # type: ignore[no-untyped-def]
    assert events(nlp, "The police sergeant was later fired.") == []
    assert events(nlp, "The mayor fired James Comey.") == []
    assert event(nlp, "Soldiers fired on protesters.", "fired").type == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("Joe Biden called Vladimir Putin a dictator.", "ACCUSE", id="called-a-dictator"),
        pytest.param("Joe Biden declared the summit a success.", "SUPPORT", id="declared-a-success"),
    ],
)
def test_calling_or_declaring_someone_something_judges_them(nlp, text, kind):  # type: ignore[no-untyped-def]
    assert [e.type for e in events(nlp, text)] == [kind]


def test_a_passive_joined_to_an_active_verb_has_the_shared_subject_for_target(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "The Afghan players made the trip twice and were turned down both times.", "turned")
    assert (found.actor, found.target) == (None, "Afghan")
    sanctioned = event(nlp, "Russia invaded Ukraine and was sanctioned by the EU.", "sanctioned")
    assert (sanctioned.actor, sanctioned.target) == ("EU", "Russia")


def test_speaking_with_a_party_is_a_meeting_and_speaking_to_reporters_is_speech(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Joe Biden spoke with Emmanuel Macron by phone.", "spoke")
    assert (found.type, found.actor, found.target) == ("CONSULT", "Joe Biden", "Emmanuel Macron")
    assert events(nlp, "Emmanuel Macron spoke to reporters in Paris.") == []


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        pytest.param("The US and Japan signed a defence pact.", "signed", "AGREE", id="signing-a-pact"),
        pytest.param("Armenia apologised for the shelling.", "apologised", "CONCEDE", id="apologising"),
        pytest.param("The Senate voted against the bill.", "voted", "REJECT", id="voting-against"),
    ],
)
def test_signing_apologising_and_voting_against_read_as_the_real_news_gold_has_them(nlp, text, trigger, kind):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).type == kind


def test_a_pledge_of_money_or_arms_is_aid_promised(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Japan pledged $5 billion in aid to Ukraine.", "pledged")
    assert (found.type, found.status, found.target) == ("AID", "planned", "Ukraine")
    assert event(nlp, "Greece promised reforms.", "promised").type == "AGREE"


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        pytest.param(
            "Adam Schiff's inquiry against Donald Trump is incoherent.", "inquiry", "ongoing", id="is"
        ),
        pytest.param("Greece is under pressure from Germany.", "pressure", "ongoing", id="under-pressure"),
        pytest.param(
            "The EU imposed sanctions on Russia.", "sanctions", "occurred", id="imposed-in-the-past"
        ),
    ],
)
def test_a_lasting_state_told_in_the_present_is_ongoing(nlp, text, trigger, status):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).status == status


def test_a_place_before_a_protest_says_where_not_who(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "The Hong Kong protests spread to the airport on Monday.", "protests")
    assert (found.actor, found.place) == (None, "Hong Kong")
    assert event(nlp, "Hamas attacks continued.", "attacks").actor == "Hamas"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The plane made a U-turn over the sea.", id="a-plane-turns"),
        pytest.param("Two contractor ships joined the search vessel.", id="ships-join"),
    ],
)
def test_a_machine_deals_with_nobody(nlp, text):  # type: ignore[no-untyped-def]
    assert events(nlp, text) == []


def test_a_states_ships_withdrawing_is_its_retreat(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Russian ships withdrew from the coast.", "withdrew").type == "RETREAT"


def test_a_job_offered_or_refused_is_no_dealing_between_parties(nlp):  # type: ignore[no-untyped-def]
    assert events(nlp, "The law firm offered her a permanent job.") == []
    assert event(nlp, "Greece rejected the offer.", "rejected").type == "REJECT"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Anna Berg joined the Bergen Shipping Company as a lawyer.", id="joined-as"),
        pytest.param("Anna Berg left her job at the bank to run for mayor.", id="left-a-job"),
        pytest.param("Tomas Lind quit his job at the newspaper last spring.", id="quit-a-job"),
    ],
)
def test_a_job_taken_or_left_is_no_event(nlp, text):  # type: ignore[no-untyped-def]
    assert events(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Protesters gathered outside the port office. Some accused Anna Berg of lying.", "accused"),
        ("Protesters gathered outside the port office. Many denounced Anna Berg.", "denounced"),
    ],
)
def test_some_or_many_of_a_group_just_named_act_for_it(nlp, text, trigger):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).actor == "Protesters"


def test_some_with_no_group_named_just_before_is_nobody_named(nlp):  # type: ignore[no-untyped-def]
    text = "Protesters gathered.\n\nThe mayor spoke. The wind rose. Some accused Anna Berg of lying."
    assert event(nlp, text, "accused").actor is None


@pytest.mark.parametrize(
    "text",
    [
        "Police are investigating the cause of the fire at the depot.",
        "An investigation into the disappearance of the ferry continues.",
        "The inquiry into the derailment found no fault with the signals.",
    ],
)
def test_looking_into_a_disaster_or_a_cause_accuses_nobody(nlp, text):  # type: ignore[no-untyped-def]
    assert events(nlp, text) == []


def test_an_investigation_into_a_killing_or_accounts_stays(nlp):  # type: ignore[no-untyped-def]
    text = "Police launched an investigation into the killing of the journalist."
    assert event(nlp, text, "investigation").type == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "The absence of any news has supported the rumours about Anna Berg.",
        "The delay rejected every hope the families had.",
    ],
)
def test_a_thing_does_not_deal_ask_or_answer(nlp, text):  # type: ignore[no-untyped-def]
    assert events(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A large proportion of creditors agreed to the debt swap.", "agreed"),
        ("The ethics committee rejected the mayor's appeal.", "rejected"),
        ("The talks produced an agreement on grain exports.", "agreement"),
    ],
)
def test_a_body_a_part_of_a_party_or_an_event_still_acts(nlp, text, trigger):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).type in ("AGREE", "REJECT")


def test_an_office_holder_under_attack_with_no_harm_named_is_criticised(nlp):  # type: ignore[no-untyped-def]
    words = event(nlp, "Senator Anna Berg was under near-constant attack last month.", "attack")
    assert (words.type, words.target) == ("ACCUSE", "Anna Berg")
    blows = event(nlp, "Senator Anna Berg was under attack from gunmen with rifles last month.", "attack")
    assert blows.type == "ASSAULT"


def test_a_purpose_of_the_same_kind_is_the_same_act(nlp):  # type: ignore[no-untyped-def]
    found = events(nlp, "Anna Berg met Peter Haas on Monday to discuss the strike.")
    assert [(e.trigger, e.type) for e in found] == [("met", "CONSULT")]
    other = events(nlp, "Norway agreed to meet the Danish negotiators.")
    assert [e.trigger for e in other] == ["agreed", "meet"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The campaign demands the return of 200 schoolgirls kidnapped in the north.", "schoolgirls"),
        ("Gunmen kidnapped 20 villagers and two teenagers.", "villagers"),
    ],
)
def test_children_and_villagers_are_parties_done_to(nlp, text, target):  # type: ignore[no-untyped-def]
    assert event(nlp, text, "kidnapped").target == target


def test_where_a_company_is_based_names_no_party(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "A Swedish law firm filed a lawsuit against Anna Berg.", "lawsuit").actor is None
    assert event(nlp, "Sweden's state bank lent money to Latvia.", "lent").actor == "Sweden"


@pytest.mark.parametrize(
    "text",
    [
        "The photographs were taken on Monday but not released until days later.",
        "The report, which the ministry was required to release, said nothing new.",
        "The objects were captured by cameras on the satellite.",
    ],
)
def test_what_is_released_or_captured_decides_even_when_it_is_no_direct_object(nlp, text):  # type: ignore[no-untyped-def]
    assert events(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg will accept the party's nomination on Thursday.",
        "Anna Berg accepted the Nordic peace prize in Oslo.",
        "The roll call of the delegations went on past midnight.",
    ],
)
def test_a_nomination_a_prize_or_a_roll_call_is_no_event(nlp, text):  # type: ignore[no-untyped-def]
    assert events(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "trigger", "parties"),
    [
        ("Norway did not allow two Danish trawlers to enter the fjord.", "allow", ("Norway", "Danish")),
        ("Latvia would not permit inspectors to visit the site.", "permit", ("Latvia", "inspectors")),
    ],
)
def test_leave_denied_a_party_is_a_rejection(nlp, text, trigger, parties):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.type, (found.actor, found.target)) == ("REJECT", parties)


def test_leave_given_or_denied_to_a_thing_is_no_event(nlp):  # type: ignore[no-untyped-def]
    assert events(nlp, "The rules do not allow the money to be spent abroad.") == []


def test_a_party_in_talks_is_their_side_and_they_go_on(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Norway is in talks with Denmark over the fishing quotas.", "talks")
    assert (found.actor, found.target, found.status) == ("Norway", "Denmark", "ongoing")


@pytest.mark.parametrize(
    "text",
    [
        "A tsunami hit the north-east coast of Norway on Friday.",
        "The earthquake struck off the coast and destroyed thousands of homes.",
        "It was a storm that hit the islands and killed eleven fishermen.",
        "Engineers shut down the reactor at the Bergen plant.",
        "The plants had shut down safely after the quake.",
        "Operators released radioactive steam from the reactor.",
    ],
)
def test_disasters_and_machinery_are_no_acts_of_parties(nlp, text):  # type: ignore[no-untyped-def]
    assert [e for e in events(nlp, text) if e.type in ("ASSAULT", "COERCE", "RETREAT")] == []


def test_a_party_still_shuts_down_a_newspaper_and_strikes_a_town(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Egypt shut down Al Jazeera's office in Cairo.", "shut").type == "COERCE"
    assert event(nlp, "Rebels struck the town at dawn.", "struck").type == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "Norway issued a tsunami warning for the whole coast.",
        "The agency lifted the tsunami warning on Saturday.",
        "The State Department issued a travel warning for Mali.",
        "Norway is facing its greatest crisis since the war, the prime minister warned.",
    ],
)
def test_a_hazard_announced_is_no_threat(nlp, text):  # type: ignore[no-untyped-def]
    assert [e for e in events(nlp, text) if e.type in ("THREATEN", "RETREAT")] == []


def test_a_warning_to_a_party_is_still_a_threat(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Russia issued a warning to NATO.", "warning").type == "THREATEN"


def test_aid_offered_or_dispatched_is_one_act_of_aid(nlp):  # type: ignore[no-untyped-def]
    offered = events(nlp, "Norway offered aid to Iceland after the eruption.")
    assert [(e.trigger, e.type, e.status) for e in offered] == [("offered", "AID", "planned")]
    assert event(nlp, "Denmark dispatched blankets and food to Iceland.", "dispatched").type == "AID"
    assert event(nlp, "Sweden will send 5,000 helmets to Latvia.", "send").type == "AID"


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg spoke with The Bergen Herald's Tomas Lind on Monday.",
        "Anna Berg sat down with the BBC's Peter Haas for an interview.",
        "Anna Berg met with reporters at the port.",
    ],
)
def test_an_interview_with_the_press_is_no_meeting(nlp, text):  # type: ignore[no-untyped-def]
    assert [e for e in events(nlp, text) if e.type == "CONSULT"] == []


def test_a_meeting_with_a_states_leader_stays_a_meeting(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Anna Berg met Britain's Peter Haas in Oslo.", "met").type == "CONSULT"


def test_two_witnesses_testifying_together_meet_the_body_not_each_other(nlp):  # type: ignore[no-untyped-def]
    text = "Peter Haas, a former envoy, and Ivan Holm, another aide, testified before the Harbour Committee."
    found = event(nlp, text, "testified")
    assert (found.actor, found.target) == ("Peter Haas", "Harbour Committee")


def test_testifying_before_a_body_is_a_consultation_with_it(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Anna Berg testified before the Harbour Committee on Wednesday.", "testified")
    assert (found.type, found.actor, found.target) == ("CONSULT", "Anna Berg", "Harbour Committee")
    assert events(nlp, "Eyewitness testimony from people on the quay shows the crane fell.") == []


def test_pressure_from_no_one_is_a_state_not_a_request(nlp):  # type: ignore[no-untyped-def]
    assert events(nlp, "Anna Berg and Tomas Lind are under enormous pressure to break out.") == []
    pressed = event(nlp, "The mayor is under pressure from the unions to raise wages.", "pressure")
    assert pressed.type == "REQUEST"


def test_a_post_left_and_an_alliance_joined_stay_events(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Tomas Lind left his post as defence minister.", "left").mode == "resign"
    assert event(nlp, "Sweden joined NATO as a full member in 2024.", "joined").type == "COOPERATE"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Doctors were battling the infections.", id="battling-an-illness"),
        pytest.param("They shoot her outfit for the magazine.", id="a-photo-shoot"),
        pytest.param("She is the real deal.", id="the-real-deal"),
    ],
)
def test_figurative_battles_shoots_and_deals_are_no_events(nlp, text):  # type: ignore[no-untyped-def]
    assert events(nlp, text) == []


def test_what_is_plotted_is_planned(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Terrorists plotted a second attack on the airport.", "attack").status == "planned"


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        pytest.param(
            "The attacks in Paris were carried out by militants.", "attacks", "militants", id="passive"
        ),
        pytest.param(
            "The seven attacks carried out by militants killed 130 people.", "attacks", "militants", id="acl"
        ),
    ],
)
def test_whoever_carries_out_an_act_does_it(nlp, text, trigger, actor):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).actor == actor


def test_launching_rockets_is_an_attack(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Hamas launched rockets at Israel.", "launched")
    assert (found.type, found.actor, found.target) == ("ASSAULT", "Hamas", "Israel")


def test_whoever_issues_a_text_says_what_it_says(nlp):  # type: ignore[no-untyped-def]
    text = "The UN Security Council passed a resolution condemning Russia."
    assert event(nlp, text, "condemning").actor == "UN Security Council"


def test_exchanging_prisoners_releases_them(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Ukraine and Russia exchanged 200 prisoners.", "exchanged")
    assert (found.type, found.target) == ("RETREAT", "prisoners")


def test_acts_counted_since_a_time_are_done_not_going_on(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Police have arrested 50 people since Friday.", "arrested").status == "occurred"
    assert event(nlp, "Two aid workers had been held by rebels since March.", "held").status == "ongoing"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The officials declined to speculate on the cause.", id="declined-to-speculate"),
        pytest.param("Experts offered several hypotheses about the crash.", id="offered-hypotheses"),
    ],
)
def test_declining_to_speculate_or_offering_a_theory_is_speech(nlp, text):  # type: ignore[no-untyped-def]
    assert events(nlp, text) == []


def test_calling_an_ambulance_is_no_request_between_parties(nlp):  # type: ignore[no-untyped-def]
    assert events(nlp, "Her sister called an ambulance.") == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The rebels freed two prisoners and sent them to Qatar.", id="people-sent-away"),
        pytest.param("She was sent to a boarding school at the age of ten.", id="child-sent-to-school"),
        pytest.param("The girls were supplied to him by a broker.", id="people-supplied"),
        pytest.param("Witnesses said the man was armed.", id="armed-is-a-state"),
    ],
)
def test_people_sent_or_supplied_and_a_man_armed_are_no_aid(nlp, text):  # type: ignore[no-untyped-def]
    assert [e for e in events(nlp, text) if e.type == "AID"] == []


def test_doctors_and_weapons_sent_are_still_aid(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "The US sent doctors to Haiti.", "sent").type == "AID"
    assert event(nlp, "Iran armed the rebels.", "armed").type == "AID"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Doctors battled to save the wounded.", id="battled-to-save"),
        pytest.param("The parties will battle to win the election.", id="battle-to-win"),
        pytest.param("After the director left, Smith took over.", id="took-over-alone"),
        pytest.param("Jones took over as chief executive.", id="took-over-a-post"),
        pytest.param("His remarks were met with laughter.", id="met-with-laughter"),
        pytest.param("The country could not meet its debt payments.", id="meet-payments"),
        pytest.param("A brief relief rally on European markets fizzled out.", id="market-rally"),
        pytest.param("The investors will walk away with millions of dollars.", id="walk-away-with"),
        pytest.param("The sites offered no evidence to support their estimates.", id="evidence-supports"),
        pytest.param("Ads were targeted at young voters.", id="ads-targeted"),
        pytest.param("The transcript the White House released showed nothing.", id="transcript-released"),
    ],
)
def test_efforts_successions_receptions_and_markets_are_no_events(nlp, text):  # type: ignore[no-untyped-def]
    assert events(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        pytest.param("Troops took over the airport.", "took", "COERCE", id="airport-taken-over"),
        pytest.param("Ukraine will fight to defend its land.", "fight", "ASSAULT", id="state-fights-to"),
        pytest.param("Russia walked away from the talks.", "walked", "SANCTION", id="walked-away-from"),
    ],
)
def test_seizures_fights_and_walkouts_stay_events(nlp, text, trigger, kind):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).type == kind


def test_areas_that_serve_nothing_support_nothing(nlp):  # type: ignore[no-untyped-def]
    text = "Areas that do not support the core business will be cut."
    assert [e for e in events(nlp, text) if e.trigger == "support"] == []


def test_what_an_act_did_by_its_agent_is_that_act(nlp):  # type: ignore[no-untyped-def]
    found = events(nlp, "Farmers hit by Chinese tariffs were paid.")
    assert [(e.trigger, e.type, e.actor, e.target) for e in found] == [
        ("tariffs", "SANCTION", "Chinese", "Farmers")
    ]
    assert [e.trigger for e in events(nlp, "Hospitals were destroyed by the airstrikes.")] == ["airstrikes"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A refugee who asked not to be identified said the camp was empty.", id="anonymity"),
        pytest.param("The policy holds appeal to voters in key states.", id="holds-appeal"),
        pytest.param("Trump and Lighthizer recognize that such a deal is not good.", id="recognise-that"),
        pytest.param("France is a nation that knows how to defend itself.", id="defend-itself"),
    ],
)
def test_anonymity_appeal_held_facts_recognised_and_self_defence_are_no_events(nlp, text):  # type: ignore[no-untyped-def]
    assert events(nlp, text) == []


def test_pleading_guilty_in_any_form_concedes(nlp):  # type: ignore[no-untyped-def]
    text = "He faces ten years in prison after pleading guilty to fraud."
    assert event(nlp, text, "pleading").type == "CONCEDE"
    assert event(nlp, "The Red Cross appealed for calm.", "appealed").type == "REQUEST"


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        pytest.param(
            "Lawmakers expressed outrage over the deal.", "expressed", "Lawmakers", None, id="outrage"
        ),
        pytest.param("Lawmakers raised concerns about the deal.", "raised", "Lawmakers", None, id="concerns"),
        pytest.param("Shell is facing scrutiny from the SEC.", "scrutiny", "SEC", "Shell", id="scrutiny"),
        pytest.param("The plan drew a backlash from farmers.", "backlash", "farmers", None, id="backlash"),
        pytest.param(
            "Germany admonished Spain over its budget.", "admonished", "Germany", "Spain", id="admonish"
        ),
        pytest.param("Rights groups cried foul.", "cried", "Rights groups", None, id="cried-foul"),
    ],
)
def test_outrage_concerns_scrutiny_and_backlash_are_criticism(nlp, text, trigger, actor, target):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.type, found.actor, found.target) == ("ACCUSE", actor, target)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The news has raised further questions.", id="news-raises-questions"),
        pytest.param("The question raised by the merger is what the owners will do.", id="merger-raises"),
        pytest.param("The company raised prices.", id="raised-prices"),
    ],
)
def test_questions_a_thing_raises_are_nobody_s_criticism(nlp, text):  # type: ignore[no-untyped-def]
    assert events(nlp, text) == []


def test_a_country_before_policy_is_what_the_policy_is_about(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Lawmakers criticised Ukraine policy.", "criticised").target is None
    assert event(nlp, "Lawmakers criticised Russia's policy.", "criticised").target == "Russia"


def test_groups_and_organisations_unnamed_are_parties_but_groups_of_people_are_the_people(
    nlp,
):  # type: ignore[no-untyped-def]
    assert event(nlp, "Rights groups condemned the law.", "condemned").actor == "Rights groups"
    text = "On Monday, groups of protesters marched on parliament."
    assert event(nlp, text, "marched").actor == "protesters"
    text = "Other members of the terror cell carried out the massacre."
    assert event(nlp, text, "massacre").actor == "members"


def test_whoever_encounters_a_backlash_is_its_target(nlp):  # type: ignore[no-untyped-def]
    text = "Julie Graham encountered a backlash for an HIV campaign."
    assert event(nlp, text, "backlash").target == "Julie Graham"


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "actor", "target"),
    [
        pytest.param(
            "The United States is not preventing people from leaving Rukban.",
            "preventing",
            "COERCE",
            "United States",
            "people",
            id="kept-from-leaving",
        ),
        pytest.param(
            "Journalists were barred from entering the court.",
            "barred",
            "COERCE",
            None,
            "Journalists",
            id="barred",
        ),
        pytest.param(
            "Two US soldiers overpowered a gunman.",
            "overpowered",
            "COERCE",
            "US soldiers",
            "gunman",
            id="overpowered",
        ),
        pytest.param(
            "China is encroaching into Vietnam's waters.",
            "encroaching",
            "COERCE",
            "China",
            "Vietnam",
            id="encroaching",
        ),
        pytest.param(
            "Malaysia turned away boats of migrants.",
            "turned",
            "COERCE",
            "Malaysia",
            "migrants",
            id="boats-turned-away",
        ),
        pytest.param(
            "Violent clashes erupted between protesters and police.",
            "clashes",
            "ASSAULT",
            "protesters",
            "police",
            id="clashes-between",
        ),
        pytest.param(
            "Johnson is under fire for his deal.", "fire", "ACCUSE", None, "Johnson", id="under-fire-for"
        ),
        pytest.param(
            "Ukrainian troops came under fire near Kyiv.",
            "fire",
            "ASSAULT",
            None,
            "Ukrainian troops",
            id="under-fire",
        ),
        pytest.param("Trump cited Taliban violence.", "violence", "ASSAULT", "Taliban", None, id="violence"),
    ],
)
def test_keeping_people_from_acting_overpowering_clashes_and_fire(nlp, text, trigger, kind, actor, target):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.type, found.actor, found.target) == (kind, actor, target)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The army prevented the attack.", id="prevented-an-act"),
        pytest.param("Their hopes were crushed.", id="hopes-crushed"),
        pytest.param("A fire broke out in the building.", id="a-blaze"),
    ],
)
def test_preventing_an_act_crushed_hopes_and_a_blaze_are_no_coercion(nlp, text):  # type: ignore[no-untyped-def]
    assert events(nlp, text) == []


def test_being_under_fire_for_something_goes_on(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Johnson is under fire for his deal.", "fire").status == "ongoing"


def test_the_verb_that_carries_an_event_noun_is_in_its_span(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Trump began imposing tariffs.", "tariffs").text == "imposing tariffs"
    assert event(nlp, "The two leaders held talks in Geneva.", "talks").text == "held talks in Geneva"


def test_an_act_said_to_be_carried_out_is_one_even_with_no_party_named(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "The attack was carried out with great precision.", "attack")
    assert (found.type, found.text) == ("ASSAULT", "The attack was carried out")
    text = "Officials said that removing tariffs imposed during the trade war was a condition."
    assert event(nlp, text, "tariffs").text == "tariffs imposed"


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "actor", "target"),
    [
        pytest.param(
            "John Kerry contacted Thailand's foreign minister.",
            "contacted",
            "CONSULT",
            "John Kerry",
            "Thailand",
            id="contacted",
        ),
        pytest.param(
            "Senator Schiff had contact with Iran.",
            "contact",
            "CONSULT",
            "Schiff",
            "Iran",
            id="contact-with",
        ),
        pytest.param(
            "Democratic lawmakers grilled Alexander Vindman.",
            "grilled",
            "CONSULT",
            "Democratic lawmakers",
            "Alexander Vindman",
            id="grilled",
        ),
        pytest.param(
            "Greece wants to renegotiate the bailout with the EU.",
            "renegotiate",
            "CONSULT",
            "Greece",
            "EU",
            id="renegotiate",
        ),
        pytest.param(
            "Kurt Volker worked with Rudy Giuliani.",
            "worked",
            "COOPERATE",
            "Kurt Volker",
            "Rudy Giuliani",
            id="work-with",
        ),
        pytest.param("Beijing is balking at the demand.", "balking", "REJECT", "Beijing", None, id="balking"),
    ],
)
def test_contacts_hearings_renegotiation_work_with_and_balking(nlp, text, trigger, kind, actor, target):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.type, found.actor, found.target) == (kind, actor, target)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A WeWork spokesperson declined to say more when contacted by Reuters.", id="by-reuters"
        ),
        pytest.param("The minister could not be contacted.", id="not-reached"),
        pytest.param("We last contacted him at the match.", id="private-contact"),
        pytest.param("She has a contact in the ministry.", id="a-contact"),
        pytest.param("Anna worked with children for years.", id="worked-with-children"),
    ],
)
def test_sources_sought_private_contacts_and_work_are_no_meetings(nlp, text):  # type: ignore[no-untyped-def]
    assert events(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        pytest.param(
            "Before Germany admonishes Spain about its budget, it must do more itself.",
            "admonishes",
            "hypothetical",
            id="before-in-the-present",
        ),
        pytest.param(
            "Before Russia invaded Ukraine, it massed troops.", "invaded", "occurred", id="before-past"
        ),
        pytest.param(
            "Washington and the Taliban had been holding talks.", "talks", "occurred", id="had-been"
        ),
        pytest.param(
            "Nor are the rebels preventing civilians from leaving the camp.",
            "preventing",
            "negated",
            id="nor",
        ),
        pytest.param(
            "Neither he nor his staff had contact with Iran.", "contact", "negated", id="neither-nor"
        ),
    ],
)
def test_not_yet_over_and_denied_by_nor(nlp, text, trigger, status):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).status == status


def test_a_prediction_that_neither_side_will_meet_is_no_refusal(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "Neither Iran nor Iraq will meet the envoy.", "meet")
    assert (found.type, found.status) == ("CONSULT", "negated")
    assert event(nlp, "Iran will not meet the envoy.", "meet").type == "REJECT"


def test_an_ing_verb_the_parser_joined_to_a_noun_is_done_by_the_clause_s_doer(nlp):  # type: ignore[no-untyped-def]
    text = "Photos show riot police using batons and water cannon to disperse crowds "
    text += "and beating students with clubs."
    assert event(nlp, text, "beating").actor == "riot police"


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        pytest.param(
            "President Anna Berg will travel to Washington next week to meet with President Barack Obama.",
            "travel",
            "Anna Berg",
            "Barack Obama",
            id="journey-for-a-meeting",
        ),
        pytest.param(
            "A third bomber blew himself up at a McDonald's near the stadium.",
            "blew",
            "bomber",
            None,
            id="at-a-company-outlet",
        ),
        pytest.param(
            "Abdelhamid Abaaoud left for Syria to fight with Islamic State.",
            "fight",
            "Abdelhamid Abaaoud",
            "Islamic State",
            id="left-for-a-place-to",
        ),
    ],
)
def test_whom_a_journey_is_for_and_where_things_happen(nlp, text, trigger, actor, target):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.actor, found.target) == (actor, target)


def test_a_witness_account_accuses_no_one_but_a_ministry_claim_does(nlp):  # type: ignore[no-untyped-def]
    witness = events(nlp, "A witness, Anna Berg, said the gunmen took 20 hostages.")
    assert [e.type for e in witness] == ["ASSAULT"]
    ministry = events(nlp, "Ukraine's defence ministry said Russian forces shelled Kharkiv.")
    assert sorted(e.type for e in ministry) == ["ACCUSE", "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "actor", "target"),
    [
        pytest.param(
            "Angela Merkel gave an address, pledging solidarity with the French government.",
            "pledging",
            "SUPPORT",
            "Angela Merkel",
            "French government",
            id="pledged-solidarity",
        ),
        pytest.param(
            "Hollande called it an act of war that was committed by Islamic State against France.",
            "committed",
            "ASSAULT",
            "Islamic State",
            "France",
            id="committed-against",
        ),
        pytest.param(
            "The offices of Charlie Hebdo, target of a deadly attack by Islamist gunmen, were empty.",
            "attack",
            "ASSAULT",
            "Islamist gunmen",
            "Charlie Hebdo",
            id="target-of-an-attack",
        ),
    ],
)
def test_solidarity_pledged_and_targets_named_beside_the_act(nlp, text, trigger, kind, actor, target):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.type, found.actor, found.target) == (kind, actor, target)


def test_he_after_a_profile_heading_is_the_person_it_profiles(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Mr. Mostefaï reportedly entered Turkey in 2013.\n\nSamy Amimour, 28\n\n"
        "Samy Amimour was born in Paris and lived in a suburb. He had been charged with terrorist conspiracy."
    )
    assert event(nlp, text, "charged").target == "Samy Amimour"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("CCTV footage captured the gunmen fleeing.", id="footage-captured"),
        pytest.param("A video camera captured people hanging out of windows.", id="camera-captured"),
        pytest.param("The crowd joined in, singing the anthem.", id="joined-in"),
        pytest.param("An interview released on Monday showed him smiling.", id="interview-released"),
        pytest.param("The number of asylum seekers rose last year.", id="asylum-seekers"),
        pytest.param("Prices exploded after the storm.", id="prices-exploded"),
    ],
)
def test_pictures_taken_joining_in_and_surges_are_no_events(nlp, text):  # type: ignore[no-untyped-def]
    assert events(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "actor"),
    [
        pytest.param(
            "Kurdish forces captured the town.", "captured", "COERCE", "Kurdish forces", id="captured"
        ),
        pytest.param("Germany granted asylum to the dissidents.", "asylum", "AID", "Germany", id="asylum"),
        pytest.param(
            "Police arrested protesters demanding the release of the prisoners.",
            "demanding",
            "REQUEST",
            "protesters",
            id="noun-described-by-ing",
        ),
        pytest.param(
            "Police dismantled a terror cell aiming to kill the mayor.",
            "kill",
            "ASSAULT",
            None,
            id="cell-aims",
        ),
    ],
)
def test_seizures_asylum_granted_and_who_an_ing_clause_describes(nlp, text, trigger, kind, actor):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.type, found.actor) == (kind, actor)


def test_advice_to_act_is_a_request_and_ends_with_the_act_asked_for(nlp):  # type: ignore[no-untyped-def]
    text = "The team was advised not to return to its hotel following the attacks."
    found = event(nlp, text, "advised")
    assert (found.type, found.text) == ("REQUEST", "advised not to return to its hotel")
    assert events(nlp, "Goldman advised the company on the merger.") == []
    assert [e.type for e in events(nlp, "Residents were told to shelter in place.")] == []


def test_what_the_writer_also_tells_is_established_not_alleged(nlp):  # type: ignore[no-untyped-def]
    told = "Russian troops shelled Ukraine on Monday. "
    text = told + "Ukraine's army said Russian troops shelled Kharkiv on Monday."
    found = [e for e in events(nlp, text) if e.type == "ASSAULT"]
    assert [e.status for e in found] == ["occurred", "occurred"]
    text = told + "Ukraine's army said Russian troops shelled Kharkiv on Friday."
    found = [e for e in events(nlp, text) if e.type == "ASSAULT"]
    assert [e.status for e in found] == ["occurred", "alleged"]


def test_what_an_effort_going_on_is_for_goes_on_too(nlp):  # type: ignore[no-untyped-def]
    text = "The embassy is working round the clock to assist French citizens."
    assert event(nlp, text, "assist").status == "ongoing"
    assert event(nlp, "The army deployed troops to help the victims.", "help").status == "planned"


def test_what_an_attempt_going_on_is_for_goes_on_too(nlp):  # type: ignore[no-untyped-def]
    assert (
        event(nlp, "The coastguard is actively trying to help the stranded crew.", "help").status == "ongoing"
    )


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param("Merkel vowed that her nation will help France.", ["AID"], id="vowed-that-help"),
        pytest.param("Obama vowed U.S. assistance to France.", ["AID"], id="vowed-assistance"),
        pytest.param("He promised that it was true.", ["AGREE"], id="promised-a-fact"),
    ],
)
def test_a_vow_of_an_act_is_that_act_planned(nlp, text, kinds):  # type: ignore[no-untyped-def]
    found = events(nlp, text)
    assert [e.type for e in found] == kinds
    assert all(e.status == "planned" for e in found if e.type == "AID")


def test_coordinating_attacks_is_carrying_them_out_not_cooperation(nlp):  # type: ignore[no-untyped-def]
    found = events(nlp, "The attacks were coordinated by multiple attackers at six locations.")
    assert [(e.type, e.actor) for e in found] == [("ASSAULT", "multiple attackers")]
    noun = events(nlp, "Investigators pointed to the apparent coordination of Friday's attacks.")
    assert "COOPERATE" not in [e.type for e in noun]
    text = "France and Egypt coordinated their efforts against terrorism."
    assert event(nlp, text, "coordinated").type == "COOPERATE"


def test_whose_relative_or_friend_someone_is_names_someone_else(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "Salah Abdeslam's brother called on him to surrender.", "called").actor is None
    assert event(nlp, "Putin's friend attacked the journalist.", "attacked").actor is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ministers want the data deal struck within a fortnight.", id="deal-struck"),
        pytest.param("Obama wants to lock up the world's most dangerous weapons.", id="weapons-locked-up"),
        pytest.param("May Allah release all Muslims from prison.", id="prayer-wish"),
    ],
)
def test_deals_struck_weapons_locked_up_and_prayers_are_no_force(nlp, text):  # type: ignore[no-untyped-def]
    assert [e for e in events(nlp, text) if e.type in ("ASSAULT", "COERCE", "RETREAT")] == []


def test_a_manhunt_one_is_the_subject_of_goes_on(nlp):  # type: ignore[no-untyped-def]
    assert event(nlp, "He is the subject of a massive police manhunt.", "manhunt").status == "ongoing"


def test_a_participle_after_a_name_and_a_comma_describes_that_name(nlp):  # type: ignore[no-untyped-def]
    text = "He had been in contact with Mehdi Nemmouche, accused of shooting dead four people in Brussels."
    assert event(nlp, text, "accused").target == "Mehdi Nemmouche"
    assert event(nlp, text, "shooting").actor == "Mehdi Nemmouche"


def test_one_said_to_be_among_those_acted_on_is_the_target(nlp):  # type: ignore[no-untyped-def]
    text = "Salah Abdeslam was among 32 people charged in the case."
    assert event(nlp, text, "charged").target == "Salah Abdeslam"


def test_cancelled_matches_and_concerts_are_no_refusal(nlp):  # type: ignore[no-untyped-def]
    assert events(nlp, "All sports events have been cancelled in Paris.") == []
    assert event(nlp, "Putin cancelled his visit to Paris.", "cancelled").type == "REJECT"


def test_whoever_acts_in_support_of_someone_supports_them(nlp):  # type: ignore[no-untyped-def]
    found = event(nlp, "UEFA issued a statement in support of France.", "support")
    assert (found.actor, found.target) == ("UEFA", "France")
    assert event(nlp, "Three Palestinians died in a raid on Jenin.", "raid").actor is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Jan Molby hails from Kolding.", id="hails-from"),
        pytest.param("Arsenal had two players born abroad, as opposed to four Brits.", id="as-opposed-to"),
        pytest.param("Dougie Bell signed from Shrewsbury.", id="signed-from"),
        pytest.param("Gavin Nebbeling joined Fulham.", id="person-joins-a-club"),
        pytest.param("Spurs signed Peter Crouch and Kyle Walker.", id="players-signed"),
        pytest.param("The striker is on loan from Chelsea.", id="on-loan"),
        pytest.param("The club's new Ecuadorian signing impressed.", id="a-signing"),
    ],
)
def test_origins_contrasts_and_transfers_are_no_events(nlp, text):  # type: ignore[no-untyped-def]
    assert events(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        pytest.param("Greece joined NATO in 1952.", "joined", "COOPERATE", id="state-joins-alliance"),
        pytest.param("Hamas recruited fighters in Gaza.", "recruited", "MOBILIZE", id="recruited-fighters"),
        pytest.param("Greece is dependent on rescue loans from the EU.", "loans", "AID", id="rescue-loans"),
    ],
)
def test_states_joining_alliances_fighters_recruited_and_loans_stay(nlp, text, trigger, kind):  # type: ignore[no-untyped-def]
    assert event(nlp, text, trigger).type == kind


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Every morning she hits the gym.", id="hits-the-gym"),
        pytest.param("The film hit the screens in May.", id="hit-the-screens"),
        pytest.param("She had to build up a thick skin.", id="thick-skin"),
    ],
)
def test_figurative_hits_and_build_ups_are_no_events(nlp, text):  # type: ignore[no-untyped-def]
    assert events(nlp, text) == []


def test_someone_described_by_an_age_is_the_person_just_named(nlp):  # type: ignore[no-untyped-def]
    text = "Omar Ismail Mostefai was born in a Paris suburb. The 29-year-old French national blew himself up."
    assert event(nlp, text, "blew").actor == "Omar Ismail Mostefai"


def test_a_byline_is_never_the_he_of_the_story(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Tom Hale, Defence and Security Editor\n\n"
        "Eight assailants were killed, seven when they detonated their belts, "
        "and one when he was shot by officers."
    )
    assert event(nlp, text, "shot").target is None
    signed = "By Tom Hale\n\n" + text.split("\n\n", 1)[1]
    assert event(nlp, signed, "shot").target is None


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The drone vanished near the border on Monday, Reuters reported. It was shot down over the sea.",
            None,
        ),
        ("Russia said on Monday that it had been attacked by drones.", "Russia"),
    ],
)
def test_it_is_no_news_outlet_cited_in_a_sentence_before(nlp, text, target):  # type: ignore[no-untyped-def]
    assert event(nlp, text, "shot" if "shot" in text else "attacked").target == target


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Peter Haas of the Oslo Times reported the outbreak on Monday. On Tuesday, the virus was "
            "found in a 61-year-old man from Tromso. He had attacked a neighbour before he fell ill.",
            None,
        ),
        (
            "Tomas Berg spoke on Monday. Police arrested a man nearby. He had attacked the mayor.",
            None,
        ),
        ("Tomas Berg spoke to a man at the harbour on Monday. He attacked the mayor.", "Tomas Berg"),
    ],
)
def test_he_is_the_man_the_sentence_before_introduces_not_a_name_before_it(nlp, text, actor):  # type: ignore[no-untyped-def]
    assert event(nlp, text, "attacked").actor == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The union was banned from staging protests in the main square by the Oslo City Council.",
            "Oslo City Council",
        ),
        ("The activists were detained at the port by the sea.", None),
    ],
)
def test_a_by_hung_on_the_last_noun_of_a_passive_is_its_agent(nlp, text, actor):  # type: ignore[no-untyped-def]
    trigger = "banned" if "banned" in text else "detained"
    assert event(nlp, text, trigger).actor == actor


@pytest.mark.parametrize(
    ("text", "consults"),
    [
        ("Controllers lost contact with the ferry over the North Sea.", 0),
        ("The coastguard said the drone had no contact with its radar.", 0),
        ("Tomas Berg had contact with Ivan Holm before the vote.", 1),
    ],
)
def test_contact_with_a_craft_or_a_device_is_no_meeting(nlp, text, consults):  # type: ignore[no-untyped-def]
    assert sum(e.type == "CONSULT" for e in events(nlp, text)) == consults


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        (
            "The Norwegian Maritime Authority released its report on Monday. The union of Bergen dock "
            "workers urged Kari Lind to step down as harbour director.",
            "urged",
            None,
            "Kari Lind",
        ),
        (
            "The Norwegian Maritime Authority released its report on Monday. The police may block the "
            "movement of Swedish fishermen across the bay.",
            "block",
            "police",
            "Swedish",
        ),
    ],
)
def test_a_body_noun_with_a_phrase_saying_which_takes_up_no_body_named_before(
    nlp, text, trigger, actor, target
):  # type: ignore[no-untyped-def]
    found = event(nlp, text, trigger)
    assert (found.actor, found.target) == (actor, target)


def test_a_circumstance_that_hurts_is_no_one_attacking(nlp):  # type: ignore[no-untyped-def]
    text = "The long silence from the shipping company has tortured the relatives of the crew."
    assert [e for e in events(nlp, text) if e.type == "ASSAULT"] == []


def test_others_after_some_are_of_the_same_people(nlp):  # type: ignore[no-untyped-def]
    text = (
        "The families of the crew gathered at the harbour in Bergen. Some blamed the Norwegian coastguard "
        "for the delay. Others criticised the government for its slow search."
    )
    assert event(nlp, text, "criticised").actor == "families"


@pytest.mark.parametrize(
    ("text", "status", "accused"),
    [
        ("The Oslo prosecutor Kari Lind said the gunmen were shot by police officers.", "occurred", []),
        ("The Oslo prosecutor Kari Lind said the gunmen had shot two guards.", "alleged", ["gunmen"]),
    ],
)
def test_what_police_did_told_by_the_law_is_its_record_not_a_claim(nlp, text, status, accused):  # type: ignore[no-untyped-def]
    found = events(nlp, text)
    assert [e.status for e in found if e.type == "ASSAULT"] == [status]
    assert [e.target for e in found if e.type == "ACCUSE"] == accused


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The Norwegian Maritime Authority said the ferry had left Bergen on Monday. It was attacked near "
            "the coast.",
            None,
        ),
        ("Norway said on Monday that it had been attacked by drones.", "Norway"),
    ],
)
def test_it_attacked_after_a_craft_is_the_craft_not_a_body_before_it(nlp, text, target):  # type: ignore[no-untyped-def]
    assert event(nlp, text, "attacked").target == target


@pytest.mark.parametrize(
    ("text", "assaults"),
    [
        ("The storm crossed the North Sea at high speed before hitting the Norwegian coast on Monday.", 0),
        ("The gunmen drove through the city before attacking the harbour office.", 1),
    ],
)
def test_a_disaster_hits_before_the_ing_form_as_well(nlp, text, assaults):  # type: ignore[no-untyped-def]
    assert sum(e.type == "ASSAULT" for e in events(nlp, text)) == assaults
