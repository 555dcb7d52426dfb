"""A wire dateline opening a paragraph is its own sentence, so its place is nobody's subject."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "lede"),
    [
        ("OSLO (AP) — Norway's Green Party was accused on Monday of misleading voters.", "Norway"),
        ("KYIV, Ukraine – People across the country are talking about the vote.", "People"),
        ("ST. PAUL, Minn., Jan. 12 (Reuters) - The governor signed the bill.", "The"),
        ("First paragraph ends here.\n\nBERLIN -- Ministers met in the capital.", "Ministers"),
        ("Indianapolis – Several thousand teachers surrounded the Statehouse.", "Several"),
    ],
)
def test_a_dateline_is_cut_from_the_lede(nlp, text: str, lede: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    starts = [sentence[0].text for sentence in doc.sents]
    assert lede in starts
    place = doc[0] if "\n" not in text else next(t for t in doc if t.text == "BERLIN")
    assert place.dep_ not in ("nsubj", "nsubjpass")


@pytest.mark.parametrize(
    "text",
    [
        "The UN - and its agencies - were accused of failing refugees.",
        "He said NATO - not Russia - was to blame.",
        "Officials in Warsaw - where the talks were held - declined to comment.",
        "Parliament – the upper house – rejected the bill.",
    ],
)
def test_a_dash_inside_prose_is_no_dateline(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert len(list(nlp(text).sents)) == 1
