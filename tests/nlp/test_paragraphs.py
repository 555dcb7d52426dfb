"""A paragraph starts a sentence: a crosshead with no final stop is not the next paragraph's subject."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Rising tensions\n\nOur reporter Maria Lopez, writing from Lima, said the vote was close.", "Lopez"),
        ("Mixed feelings\n\nVoters in the capital said they wanted a coalition.", "Voters"),
        ("The count went on.\n\nA quiet night\n\nThe mayor told residents to stay home.", "mayor"),
    ],
)
def test_a_heading_is_not_the_subject_below_it(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ in ("say", "tell"))
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    assert subject.text == speaker
    assert all("\n\n" not in sentence.text.strip() for sentence in doc.sents)


def test_a_line_break_inside_a_paragraph_does_not_cut_a_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The minister said the talks\nwould resume on Monday.")
    assert len(list(doc.sents)) == 1
