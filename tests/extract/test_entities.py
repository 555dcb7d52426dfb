"""Entity mentions: the model's names, corrected by the gazetteer; groups; metonyms per mention.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from sitroom.extract import extract_mentions, extract_roles

pytestmark = pytest.mark.slow


def mentions(nlp, text: str) -> dict[str, tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    """surface text -> (type, key, stands_for) for every mention in ``text``."""
    doc = nlp(text)
    return {doc.text[m.start : m.end]: (m.type, m.key, m.stands_for) for m in extract_mentions(doc)}


@pytest.mark.parametrize(
    ("text", "surface", "expected_type", "expected_key"),
    [
        ("Troops have held Crimea since the spring, the ministry said.", "Crimea", "GPE", "Crimea"),
        ("Shelling near Kyiv resumed overnight, officials said.", "Kyiv", "GPE", "Kyiv"),
        ("The convoy was seen on the road to Kiev on Tuesday.", "Kiev", "GPE", "Kyiv"),
        ("Nato ministers will meet in Brussels next week.", "Nato", "ORG", "NATO"),
        ("The summit brought NATO leaders to Madrid.", "NATO", "ORG", "NATO"),
        (
            "Sanctions were approved by the European Union on Monday.",
            "European Union",
            "ORG",
            "European Union",
        ),
        ("The EU has promised more aid to the region.", "EU", "ORG", "European Union"),
        ("Talks between the US and China ended without a deal.", "US", "GPE", "United States"),
        ("Officials in the United States declined to comment.", "United States", "GPE", "United States"),
        ("Russia has moved more armour toward the frontier.", "Russia", "GPE", "Russia"),
        ("Fighting in the Donbas flared again after the ceasefire.", "Donbas", "LOC", "Donbas"),
    ],
)
def test_names_get_their_canonical_type_and_key(nlp, text, surface, expected_type, expected_key):  # type: ignore[no-untyped-def]
    found = mentions(nlp, text)
    assert surface in found, found
    assert found[surface][:2] == (expected_type, expected_key)


@pytest.mark.parametrize(
    ("text", "surface", "country_word"),
    [
        ("Russian officials described the meeting as useful.", "Russian officials", "russian officials"),
        ("Western diplomats were more cautious in private.", "Western diplomats", "western diplomats"),
        ("Government sources said a decision was close.", "Government sources", "government sources"),
        ("European diplomats remain nervous about the outcome.", "European diplomats", "european diplomats"),
    ],
)
def test_collective_actors_become_groups(nlp, text, surface, country_word):  # type: ignore[no-untyped-def]
    found = mentions(nlp, text)
    assert found.get(surface, ("",))[0] == "GROUP", found
    assert found[surface][1] == country_word


def test_the_west_is_a_group(nlp):  # type: ignore[no-untyped-def]
    found = mentions(nlp, "The West is hoping the crisis will pass without bloodshed.")
    assert found["West"][:2] == ("GROUP", "the west")


def test_demonym_as_adjective_is_a_nationality_not_a_place(nlp):  # type: ignore[no-untyped-def]
    found = mentions(nlp, "Germany is reliant on Russian gas imports, and Russians know it.")
    assert found["Russian"][:2] == ("NORP", "Russia#people")
    assert found["Russians"][:2] == ("NORP", "Russia#people")
    assert found["Germany"][0] == "GPE"


@pytest.mark.parametrize(
    ("text", "surface", "stands_for"),
    [
        ("Moscow has denied any plan to attack its neighbour.", "Moscow", "Russia"),
        ("The Kremlin warned of a firm response.", "Kremlin", "Russia"),
        ("Washington has warned of severe consequences.", "Washington", "United States"),
        ("It is a demand that Moscow's negotiators repeated on Friday.", "Moscow", "Russia"),
        ("The West should stop placating Moscow, the senator argued.", "Moscow", "Russia"),
        ("Brussels said NATO would not accept the demand.", "Brussels", "NATO"),
    ],
)
def test_metonyms_stand_for_their_government_when_they_act(nlp, text, surface, stands_for):  # type: ignore[no-untyped-def]
    assert mentions(nlp, text)[surface][2] == stands_for


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The delegates met in Moscow for three days.", "Moscow"),
        ("Hundreds of protesters gathered in Washington on Sunday.", "Washington"),
        ("She flew to Moscow on Tuesday night.", "Moscow"),
        ("The ministers will gather in Brussels next month.", "Brussels"),
    ],
)
def test_a_capital_where_something_happens_stands_for_nothing(nlp, text, surface):  # type: ignore[no-untyped-def]
    assert mentions(nlp, text)[surface][2] is None


def test_brussels_without_nato_or_eu_in_the_sentence_stands_for_nothing(nlp):  # type: ignore[no-untyped-def]
    assert mentions(nlp, "Brussels said the proposal needed more work.")["Brussels"][2] is None


def test_titled_surname_is_marked_and_trimmed(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("Mr Kowalczyk said the vote would go ahead.")
    (mention,) = [m for m in extract_mentions(doc) if m.type == "PERSON"]
    assert doc.text[mention.start : mention.end] == "Kowalczyk"
    assert mention.title_form


def test_possessive_is_not_part_of_the_name(nlp):  # type: ignore[no-untyped-def]
    found = mentions(nlp, "Vladimir Putin's demands were rejected on Wednesday.")
    assert "Vladimir Putin" in found


def test_a_name_the_model_ran_on_into_a_preposition_ends_before_it(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("Gunmen fired on the rue Lamarck in the north of the city.")
    street = doc[4:7]  # the model's span as it sometimes tags it: "rue Lamarck in"
    doc.ents = [Span(doc, street.start, street.end, label="FAC")]
    assert [(m.name, m.type) for m in extract_mentions(doc)] == [("rue Lamarck", "FAC")]


def test_a_name_the_model_started_at_a_possessive_starts_after_it(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("The minister paid a visit to the city\u2019s Vestre Tolk prison on Monday.")
    start = next(t.i for t in doc if t.text == "\u2019s")
    doc.ents = [Span(doc, start, start + 4, label="FAC")]  # the model's span: "'s Vestre Tolk prison"
    assert [(m.name, m.type) for m in extract_mentions(doc)] == [("Vestre Tolk prison", "FAC")]


def test_a_bracket_is_no_part_of_a_groups_name(nlp):  # type: ignore[no-untyped-def]
    found = mentions(
        nlp, "The rules cover every worker, including those [Norwegian workers] who live abroad."
    )
    assert "Norwegian workers" in found and not any(name.startswith("[") for name in found)


def test_a_people_named_by_its_plural_is_a_party_though_the_model_missed_it(nlp):  # type: ignore[no-untyped-def]
    found = mentions(nlp, "Greeks voted on Sunday to reject the terms.")
    assert found["Greeks"][0] == "NORP"


def test_state_in_secretary_of_state_is_not_an_organisation(nlp):  # type: ignore[no-untyped-def]
    found = mentions(nlp, "As then-Secretary of State Linda Marsh said during the visit, nothing was agreed.")
    assert "State" not in found


def test_a_name_ends_before_a_finite_verb_the_model_ran_it_into(nlp):  # type: ignore[no-untyped-def]
    found = mentions(nlp, "The Foreign Office urged Britons to leave Tokyo.")
    assert "Foreign Office" in found and not any("urged" in name for name in found)


def test_a_flight_number_is_no_organisation_but_a_known_group_is(nlp):  # type: ignore[no-untyped-def]
    assert mentions(nlp, "The NR370 investigation stalled.") == {}
    assert mentions(nlp, "The G20 met in Rome.")["G20"][0] == "ORG"


def test_a_place_name_that_is_part_of_a_persons_name_stays_a_person(nlp):  # type: ignore[no-untyped-def]
    found = mentions(nlp, "Jordan Peters arrived late. Later Jordan said the meeting had gone well.")
    assert found["Jordan Peters"][0] == "PERSON"
    assert found.get("Jordan", ("PERSON",))[0] == "PERSON"


def test_a_surname_typed_as_an_organisation_is_the_person_named_before(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("Ann Wilkins runs the lab. Wilkins said the samples were safe.")
    people = {doc.text[m.start : m.end] for m in extract_mentions(doc) if m.type == "PERSON"}
    assert people == {"Ann Wilkins", "Wilkins"}


def test_a_newspapers_short_name_typed_as_a_person_is_the_newspaper(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("The San Francisco Chronicle reports the suspect fled. The Chronicle says he was arrested.")
    found = {doc.text[m.start : m.end]: (m.type, m.key) for m in extract_mentions(doc)}
    assert found["Chronicle"] == found["San Francisco Chronicle"]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The small Democratic Left party indicated it would support Samaras.", "Democratic Left"),
        ("They held a Christmas party at the embassy.", None),
    ],
)
def test_capitalised_words_before_party_name_a_party(nlp, text, party):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    orgs = [doc.text[m.start : m.end] for m in extract_mentions(doc) if m.type == "ORG"]
    assert orgs == ([party] if party else [])


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The office referred the call to U.S. Capitol Police, who worked with the FBI.",
            "U.S. Capitol Police",
            "ORG",
        ),
        ("Margaret Court won the title in Melbourne.", "Margaret Court", "PERSON"),
    ],
)
def test_a_name_ending_in_a_public_bodys_word_is_the_body(nlp, text, name, kind):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert {doc.text[m.start : m.end]: m.type for m in extract_mentions(doc)}[name] == kind


def test_an_untagged_surname_is_the_person_named_in_full_before(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("Piet Brandsma testified on Tuesday. Brandsma later said he would have objected.")
    people = {doc.text[m.start : m.end] for m in extract_mentions(doc) if m.type == "PERSON"}
    assert people == {"Piet Brandsma", "Brandsma"}


def test_a_surname_the_tagger_took_for_a_verb_is_still_the_person(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("The book was written by Mark Rathbun. Rathbun requested donations on his blog.")
    people = {doc.text[m.start : m.end] for m in extract_mentions(doc) if m.type == "PERSON"}
    assert people == {"Mark Rathbun", "Rathbun"}


def test_a_surname_the_model_took_for_a_place_is_the_person_but_not_where_it_is_a_place(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Marta Paris, a former nurse, sued the clinic. Paris said she was paid nothing. "
        "She moved to Paris in 2010."
    )
    doc = nlp(text)
    found = [(doc.text[m.start : m.end], m.type) for m in extract_mentions(doc)]
    assert found == [("Marta Paris", "PERSON"), ("Paris", "PERSON"), ("Paris", "GPE")]


def test_a_surname_the_model_took_for_a_place_after_a_title_and_a_given_name_is_the_person(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("Air Chief Marshal Tomas Denver said the ferry was late.")
    assert ("Tomas Denver", "PERSON") in [(doc.text[m.start : m.end], m.type) for m in extract_mentions(doc)]


def test_a_surname_the_model_took_for_a_place_no_gazetteer_knows_is_the_person(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("Ambassador Peter Vestland arrived on Monday. The committee thanked Vestland.")
    assert [(doc.text[m.start : m.end], m.type) for m in extract_mentions(doc)] == [
        ("Peter Vestland", "PERSON"),
        ("Vestland", "PERSON"),
    ]


def test_a_surname_shared_by_two_people_named_in_full_stays_untagged(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("Piet Brandsma met Anke Brandsma on Tuesday. Brandsma later said he would have objected.")
    people = [doc.text[m.start : m.end] for m in extract_mentions(doc) if m.type == "PERSON"]
    assert "Brandsma" not in people


def test_a_surname_the_model_took_for_a_place_is_a_person_though_two_people_share_it(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Ivan Brannagh leads a small choir. His mother, Eva Lind Brannagh, ran a shop there with Erik "
        "Olsen. Brannagh, 56, said the shop was closed."
    )
    doc = nlp(text)
    assert ("Brannagh", "PERSON") in [(doc.text[m.start : m.end], m.type) for m in extract_mentions(doc)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        pytest.param(
            "The former special envoy to Ukraine Kurt Volker testified on Tuesday.",
            "Kurt Volker",
            id="place-name",
        ),
        pytest.param(
            "The envoy to Ukraine Marie Yovanovitch was recalled.", "Marie Yovanovitch", id="another-envoy"
        ),
    ],
)
def test_a_state_run_into_a_persons_name_is_cut_from_it(nlp, text, person):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    people = {doc.text[m.start : m.end] for m in extract_mentions(doc) if m.type == "PERSON"}
    assert person in people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Montell Figgins, who represents the guard, declined to comment.", "Montell Figgins", id="who"
        ),
        pytest.param("Montell Figgins, 55, was charged on Monday.", "Montell Figgins", id="an-age"),
        pytest.param(
            "Job cuts will come, said the firm's executive chair Marcelo Claure in an email.",
            "Marcelo Claure",
            id="an-office-before",
        ),
        pytest.param(
            "One witness, Montell Figgins, told the radio that the blast was near.",
            "Montell Figgins",
            id="a-person-noun-beside",
        ),
        pytest.param(
            "A neighbour, Montell Figgins, told the radio that the blast was near.",
            "Montell Figgins",
            id="a-private-person-noun-beside",
        ),
    ],
)
def test_a_name_the_text_treats_as_a_person_is_a_person_whatever_the_model_says(nlp, text, name):  # type: ignore[no-untyped-def]
    assert mentions(nlp, text)[name][0] == "PERSON"


def test_an_organisation_that_takes_which_stays_an_organisation(nlp):  # type: ignore[no-untyped-def]
    assert (
        mentions(nlp, "Goldman Sachs, which advised the firm, declined to comment.")["Goldman Sachs"][0]
        == "ORG"
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "The man pleaded guilty, the U.S. Attorney’s Office for the Western District of Ohio said.",
            "U.S. Attorney’s Office for the Western District of Ohio",
            id="ends-in-an-organisations-word",
        ),
        pytest.param(
            "Members of the campaign group Parents for Safe Streets wrote to the council.",
            "Parents for Safe Streets",
            id="after-a-classing-noun",
        ),
        pytest.param(
            "The campaign cost $449,000, the Sioux Falls Argus Leader reported.",
            "Sioux Falls Argus Leader",
            id="a-newspaper",
        ),
        pytest.param(
            "The list was leaked, according to information acquired by Enet.gr on Monday.",
            "Enet.gr",
            id="a-source-cited",
        ),
        pytest.param("Talks stalled, Enet.gr reported on Monday.", "Enet.gr", id="a-source-that-reports"),
    ],
)
def test_an_organisations_name_the_model_missed_is_known_by_its_form(nlp, text, name):  # type: ignore[no-untyped-def]
    assert mentions(nlp, text)[name][0] == "ORG"


def test_a_source_named_with_a_courtesy_title_is_a_person_and_an_office_is_no_source(nlp):  # type: ignore[no-untyped-def]
    found = mentions(nlp, "In a post on his blog, Mr Varoufakis wrote that he had learned of it.")
    assert found["Varoufakis"][0] == "PERSON"
    assert "Foreign Secretary" not in mentions(nlp, "Later the Foreign Secretary said the talks had failed.")


def test_a_known_party_the_model_took_for_a_person_is_an_organisation(nlp):  # type: ignore[no-untyped-def]
    found = mentions(
        nlp, "However, he said Syriza would not be an obstacle to the formation of a government."
    )
    assert found["Syriza"][0] == "ORG"


def test_a_named_owner_stays_out_of_its_bodys_name(nlp):  # type: ignore[no-untyped-def]
    found = mentions(nlp, "Peru's Public Defender's Office said two people died.")
    assert found.get("Peru", ("",))[0] == "GPE"


def test_a_country_ending_a_foreign_name_is_no_mention_of_the_country(nlp):  # type: ignore[no-untyped-def]
    found = mentions(nlp, "Fans left the Stade de France early. The Tour de France starts in July.")
    assert "France" not in found
    assert mentions(nlp, "Officials in France said the match went ahead.")["France"][0] == "GPE"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Flights left Charles de Gaulle airport late on Friday.", "Charles de Gaulle airport"),
        ("The wounded were taken to Georges Pompidou Hospital.", "Georges Pompidou Hospital"),
    ],
)
def test_a_persons_name_before_a_facility_word_names_the_facility(nlp, text, surface):  # type: ignore[no-untyped-def]
    assert mentions(nlp, text)[surface][0] == "FAC"


def test_a_surname_that_is_also_a_facility_word_stays_a_person(nlp):  # type: ignore[no-untyped-def]
    assert mentions(nlp, "Tom Hall said the vote was fair.")["Tom Hall"][0] == "PERSON"


def test_a_known_groups_name_the_model_split_is_one_mention(nlp):  # type: ignore[no-untyped-def]
    found = mentions(nlp, "The city mourned.\n\nIslamic State released a video on Monday.")
    assert found["Islamic State"][:2] == ("GROUP", "Islamic State")
    assert "State" not in found


def test_a_time_zone_is_nobodys_name(nlp):  # type: ignore[no-untyped-def]
    assert "GMT" not in mentions(nlp, "Ten fighters carried out the raid at 0030 GMT, dropping 16 bombs.")


def test_a_surname_after_its_full_name_in_two_spellings_is_still_that_person(nlp):  # type: ignore[no-untyped-def]
    doc = nlp(
        "President François Hollande spoke on Monday. President Francois Hollande met the mayor. "
        "However, Mr Hollande ruled out sending ground forces."
    )
    names = [m.name for m in extract_mentions(doc) if m.type == "PERSON"]
    assert names.count("Hollande") == 1


def test_a_name_with_an_age_in_apposition_is_a_person_wherever_it_is_written_again(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("Samy Amimour, 28\n\nSamy Amimour was born in Paris and lived in a suburb.")
    people = [m.name for m in extract_mentions(doc) if m.type == "PERSON"]
    assert people == ["Samy Amimour", "Samy Amimour"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Eagles of Death Metal, an American rock band that was playing there, said so.",
            "Eagles of Death Metal",
            id="name-then-kind",
        ),
        pytest.param(
            "A group of physicians, Doctors for Camp Closure, is urging the agency to act.",
            "Doctors for Camp Closure",
            id="kind-then-name",
        ),
    ],
)
def test_a_name_an_apposition_calls_an_organisation_is_one(nlp, text, name):  # type: ignore[no-untyped-def]
    assert (name, "ORG") in [(m.name, m.type) for m in extract_mentions(nlp(text))]


def test_a_spokeswoman_of_a_company_is_no_company(nlp):  # type: ignore[no-untyped-def]
    mentions = extract_mentions(nlp("Zork Blenn, a company spokeswoman, said so."))
    assert ("Zork Blenn", "ORG") not in [(m.name, m.type) for m in mentions]


def test_an_abbreviated_title_before_a_name_is_an_office(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("A man threatened to kill Rep. Ilhan Omar, the attorney said.")
    assert [r.title for r in extract_roles(doc, extract_mentions(doc))] == ["Rep."]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jean-Marc Ayrault will visit Oslo next week.", "Jean-Marc Ayrault"),  # the model types it ORG
        ("• Jean-Pierre Holm told reporters the harbour would stay shut.", "Jean-Pierre Holm"),  # no tag
    ],
)
def test_a_hyphenated_given_name_is_part_of_a_persons_name(nlp, text, name):  # type: ignore[no-untyped-def]
    found = {surface: kind for surface, (kind, _, _) in mentions(nlp, text).items()}
    assert found.get(name) == "PERSON"


def test_an_organisation_named_x_of_a_country_lends_no_surname_to_the_country(nlp):  # type: ignore[no-untyped-def]
    # the model types the bank as an organisation; the "who" after it is the head's; "Norway" stays a state
    found = mentions(
        nlp,
        "Ivan Holm spoke for Kari Lind, the head of the Savings Bank of Norway, who will chair the new "
        "pension board. Tomas Berg wants to renegotiate Norway\u2019s gas contract.",
    )
    assert found["Savings Bank of Norway"][0] == "ORG"
    assert found["Norway"][0] == "GPE"


def test_an_acronym_in_brackets_the_model_ran_into_a_name_is_cut_off(nlp):  # type: ignore[no-untyped-def]
    # the model may tag "Norwegian Coastal Safety Authority (Ncsa" as one name, the bracket left open
    doc = nlp("The objects were reported to the Norwegian Coastal Safety Authority (Ncsa) on Monday.")
    start = next(t.i for t in doc if t.text == "Norwegian")
    opened = next(t.i for t in doc if t.text == "(")
    doc.ents = [Span(doc, start, opened + 2, label="ORG")]
    names = [doc.text[m.start : m.end] for m in extract_mentions(doc)]
    assert "Norwegian Coastal Safety Authority" in names
    assert not any("(" in name for name in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officers searched a flat in the Rue de Rivoli and on Avenue Montaigne.", "Rue de Rivoli"),
        ("Officers searched a flat in the Rue de Rivoli and on Avenue Montaigne.", "Avenue Montaigne"),
    ],
)
def test_a_name_opened_by_a_street_word_is_a_street(nlp, text, name):  # type: ignore[no-untyped-def]
    assert mentions(nlp, text)[name][0] == "FAC"  # the model types both as organisations


def test_an_administrator_is_an_office_not_part_of_the_name(nlp):  # type: ignore[no-untyped-def]
    found = mentions(nlp, "\u201cThe rules will change,\u201d EPA Administrator Kari Lind said on Monday.")
    assert "Kari Lind" in found and "Administrator Kari Lind" not in found


def test_an_adverb_opening_the_sentence_is_no_part_of_a_name(nlp):  # type: ignore[no-untyped-def]
    # the model tags "Later, Nordlys" as one organisation
    found = mentions(nlp, "Reuters reported that three men were held. Later, Nordlys magazine named the man.")
    assert "Nordlys" in found and not any("," in name for name in found)


def test_a_name_the_model_ran_on_past_a_possessive_is_the_owner_and_the_person(nlp):  # type: ignore[no-untyped-def]
    # the model reads "The Bergen Republic’s Jason Lind" as one place
    found = mentions(nlp, "The Bergen Republic\u2019s Jason Lind disagreed.")
    assert found["Jason Lind"][0] == "PERSON"
    assert found["Bergen Republic"][0] == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ursula von der Leyen said the plan was sound.", "Ursula von der Leyen"),
        ("Dutch minister Anna van den Berg said the plan was sound.", "Anna van den Berg"),
    ],
)
def test_a_surname_with_particles_is_one_persons_name(nlp, text, name):  # type: ignore[no-untyped-def]
    # the model cuts both at the particles, and reads "Leyen" as a place
    assert mentions(nlp, text)[name][0] == "PERSON"
