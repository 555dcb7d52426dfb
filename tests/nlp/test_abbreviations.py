"""An abbreviated title is one token and ends no sentence: "said Cmdr. William Marks" is one name."""

from __future__ import annotations

import pytest

from sitroom.extract import extract_mentions

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("title", ["Cmdr.", "Supt.", "Amb.", "Capt."])
def test_a_title_abbreviation_keeps_its_name_in_the_sentence(nlp, title: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(f"The search will go on, said {title} Anna Berg of the coast guard.")
    assert title in [t.text for t in doc]
    assert len(list(doc.sents)) == 1
    assert [doc.text[m.start : m.end] for m in extract_mentions(doc) if m.type == "PERSON"] == ["Anna Berg"]


def test_an_abbreviation_before_numbers_may_still_end_a_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("They voted No. The count was close.")
    assert len(list(doc.sents)) == 2
