"""Parse errors mended before any extractor reads the tree: two names joined by "and" stay two parties."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Peter Haas and Maria Olsen said the harbour would stay open.", "Haas", "Olsen"),
        ("Jonas Berg and Anna Lind met in Oslo on Monday.", "Berg", "Lind"),
    ],
)
def test_two_names_joined_by_and_are_two_conjuncts(nlp, text: str, first: str, second: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    one = next(t for t in doc if t.text == first)
    other = next(t for t in doc if t.text == second)
    assert one.dep_ == "nsubj"
    assert other.head == one and other.dep_ == "conj"


@pytest.mark.parametrize(
    "text", ["Bosnia and Herzegovina said it would join.", "Procter and Gamble said sales rose."]
)
def test_one_name_with_and_in_it_stays_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert next(t.text for t in doc if t.dep_ == "nsubj") == text.split()[0]
    assert not any(t.dep_ == "nsubj" and t.text == text.split()[2] for t in doc)


@pytest.mark.parametrize(("text", "form", "lemma"), [("Regulators fined the bank.", "fined", "fine")])
def test_a_verb_the_model_lemmatises_wrongly_gets_its_lemma(nlp, text: str, form: str, lemma: str) -> None:  # type: ignore[no-untyped-def]
    assert next(t.lemma_ for t in nlp(text) if t.text == form) == lemma


def test_a_name_after_call_with_no_object_is_whom_one_called(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Macron called Putin on Friday.")
    assert next(t.dep_ for t in doc if t.text == "Putin") == "dobj"


def test_a_list_of_names_with_a_comma_before_and_is_a_list(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The US, Russia, and Switzerland met yesterday.")
    russia = next(t for t in doc if t.text == "Russia")
    assert (russia.dep_, russia.head.text) == ("conj", "US")


def test_an_apposition_describing_a_name_stays_an_apposition(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Anna Berg, a teacher and mother, said the school would close.")
    assert next(t for t in doc if t.text == "teacher").dep_ == "appos"


def test_a_verb_in_s_tagged_a_plural_noun_with_a_subject_and_a_clause_is_a_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "Separately, the National Budget Office projects that the Bergen-era levies will reduce "
        "exports by 2 percent."
    )
    assert next(t for t in doc if t.text == "projects").pos_ == "VERB"


def test_a_plural_noun_stays_a_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The council approved three projects that the mayor had proposed.")
    assert next(t for t in doc if t.text == "projects").pos_ == "NOUN"


def test_a_relative_verbs_object_taken_for_a_second_subject_is_its_object(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The alleged mastermind of the Oslo attacks that killed at least 129 people has been named.")
    people = next(t for t in doc if t.text == "people")
    assert (people.dep_, people.head.text) == ("dobj", "killed")


def test_a_subject_hung_on_an_auxiliary_across_an_aside_is_its_verbs(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("We have, on my orders, closed all the bridges into the city.")
    assert next(t for t in doc if t.text == "We").head.text == "closed"


def test_a_verb_with_its_own_subject_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # a guard: only a verb left without a subject takes the auxiliary's
    doc = nlp("The bridges have been closed since Monday.")
    assert next(t for t in doc if t.text == "bridges").head.text == "closed"


def test_a_routes_end_goes_where_its_start_is(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Austria, which is funding the new rail line from Vienna to Italy, stayed quiet.")
    assert next(t for t in doc if t.text == "to").head.text == "line"
