"""Content terms: lower-case lemmas of nouns, names, verbs and adjectives, counted; nothing else.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from sitroom.extract.terms import extract_terms

pytestmark = pytest.mark.slow


def terms(nlp, text: str) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return dict(extract_terms(nlp(text)))


def test_content_words_are_counted_by_their_lemma(nlp) -> None:  # type: ignore[no-untyped-def]
    found = terms(nlp, "The dockers struck again. Another docker said the strikes would spread to Rotterdam.")
    assert found["docker"] == 2
    assert found["rotterdam"] == 1
    assert "spread" in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Officials said the ferries stayed in the harbour.", {"the", "in", "say"}),  # stop words, verbs too
        ("Twelve ferries and 40 buses stopped at 6 pm.", {"twelve", "40", "6"}),  # numbers
        ("Ferries stopped -- all of them!", {"--", "!"}),  # punctuation
        ("Read the notice at www.harbour-office.example today.", {"www.harbour-office.example"}),  # addresses
        ("The new S 5 phone sold out.", {"s"}),  # one-letter pieces
    ],
)
def test_what_carries_no_content_is_left_out(nlp, text: str, absent: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert not absent & set(terms(nlp, text))


def test_terms_are_sorted_and_lower_case(nlp) -> None:  # type: ignore[no-untyped-def]
    found = extract_terms(nlp("Zagreb hosted talks. Ministers met in Zagreb and agreed on tariffs."))
    assert list(found) == sorted(found)
    assert all(term == term.lower() for term, _ in found)
    assert dict(found)["zagreb"] == 2


def test_an_article_without_content_words_has_no_terms(nlp) -> None:  # type: ignore[no-untyped-def]
    assert extract_terms(nlp("It was. 42!")) == ()
