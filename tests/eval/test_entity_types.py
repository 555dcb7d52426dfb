"""GUM's WebAnno TSV is read right, named spans are chosen and matched by the documented rules, and
sitroom's mentions keep their score on the first GUM news documents.

The scorer is ``eval/entity_types.py``; the GUM data is read from the ``shared`` folder beside the
repository and the slow test skips where it is absent.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

# sitroom's exact (span, type) F1 on the first three GUM news documents (afghan, asylum, clock) was 0.699
# when this floor was set; bare spaCy scored 0.682. Raise it with the score, rounded down to 0.05; never
# lower it to make a change pass.
FLOOR_F1 = 0.65

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
entity_types = importlib.import_module("eval.entity_types")

HEADER = [
    "#FORMAT=WebAnno TSV 3.2",
    "#T_SP=webanno.custom.Referent|entity|infstat|salience|identity|centering",
    "#T_RL=webanno.custom.Coref|type|BT_webanno.custom.Referent",
    "",
    "",
]
# (token, entity, identity) per sentence; offsets are computed as GUM's are (one space or newline apart).
SENTENCES = [
    [
        ("Mayor", "person[1]", "Ada_Brook[1]"),
        ("Ada", "person[1]", "Ada_Brook[1]"),
        ("Brook", "person[1]", "Ada_Brook[1]"),
        ("met", "_", "_"),
        ("the", "organization[2]", "_"),
        ("Harbour", "organization[2]", "_"),
        ("Board", "organization[2]", "_"),
        ("of", "organization[2]", "_"),
        ("Tromsø", "organization[2]|place", "_|Tromsø"),
        ("in", "_", "_"),
        ("Oslo", "place[3]", "Oslo[3]"),
        (".", "_", "_"),
    ],
    [("The", "person[4]", "_"), ("Norwegians", "person[4]", "_"), ("cheered", "_", "_"), (".", "_", "_")],
]
TAGS = ["NP", "NP", "NP", "VVD", "DT", "NP", "NP", "IN", "NP", "IN", "NP", "SENT", "DT", "NPS", "VVD", "SENT"]


def snippet() -> str:
    lines, position = list(HEADER), 0
    for number, sentence in enumerate(SENTENCES, start=1):
        lines.append("#Text=" + " ".join(token for token, _, _ in sentence))
        for index, (token, entity, identity) in enumerate(sentence, start=1):
            offsets = f"{position}-{position + len(token)}"
            lines.append(
                "\t".join(
                    [f"{number}-{index}", offsets, token, entity, "_", "_", identity, "_", "_", "_", ""]
                )
            )
            position += len(token) + 1
        lines.append("")
    return "\n".join(lines)


def test_text_is_rebuilt_from_the_token_offsets() -> None:
    document = entity_types.read_webanno(snippet(), "test")
    assert (
        document.text == "Mayor Ada Brook met the Harbour Board of Tromsø in Oslo .\nThe Norwegians cheered ."
    )
    assert all(document.text[t.start : t.end] == t.text for t in document.tokens)


def test_spans_are_read_with_their_type_and_identity() -> None:
    document = entity_types.read_webanno(snippet(), "test")
    spans = {(s.first, s.last, s.type, s.identity) for s in document.spans}
    assert spans == {
        (0, 2, "person", "Ada_Brook"),
        (4, 8, "organization", None),
        (8, 8, "place", "Tromsø"),  # a single-token span without a bracketed id
        (10, 10, "place", "Oslo"),
        (12, 13, "person", None),
    }


def test_named_spans_drop_determiners_and_groups_of_people() -> None:
    document = entity_types.read_webanno(snippet(), "test")
    named = [(document.text[s.start : s.end], s.type) for s in entity_types.named_spans(document, TAGS)]
    assert named == [
        ("Mayor Ada Brook", "person"),  # the title is a proper noun by GUM's tags: kept
        ("Harbour Board of Tromsø", "organization"),
        ("Tromsø", "place"),
        ("Oslo", "place"),
    ]  # "The Norwegians" (plural proper noun, a group) is not a named person


def test_without_tags_capitalisation_decides() -> None:
    document = entity_types.read_webanno(snippet(), "test")
    named = [document.text[s.start : s.end] for s in entity_types.named_spans(document, None)]
    assert "Norwegians" in named
    assert "Harbour Board of Tromsø" in named


@pytest.mark.parametrize(
    ("text", "expected_head"),
    [
        ("President Donald Trump", "Trump"),
        ("Daughters of the American Revolution", "Daughters"),
        ("Alvin Yeung from the Civic Party", "Yeung"),
        ("Oslo", "Oslo"),
        ("Ben Chan and Starry Lee", "Chan"),
    ],
)
def test_head_word_is_the_last_word_before_a_post_modifier(text: str, expected_head: str) -> None:
    start, end = entity_types.head(text, entity_types.Span(0, len(text), "person"))
    assert text[start:end] == expected_head


def test_exact_and_lenient_matching() -> None:
    text = "US President Donald Trump met Ada Brook in Oslo ."
    span = entity_types.Span

    def at(words: str, kind: str) -> entity_types.Span:
        start = text.index(words)
        return span(start, start + len(words), kind)

    gold = [
        at("US President Donald Trump", "person"),
        at("US", "place"),
        at("Ada Brook", "person"),
        at("Oslo", "place"),
    ]
    predicted = [
        at("US", "place"),
        at("Donald Trump", "person"),
        at("Ada Brook", "organization"),
        at("Oslo", "place"),
    ]
    counts = entity_types.Counts()
    entity_types.score_document(text, gold, predicted, counts)
    assert (counts.gold, counts.predicted) == (4, 4)
    assert counts.span == 3  # US, Ada Brook, Oslo
    assert counts.typed == 2  # US, Oslo
    assert counts.lenient == 3  # and Donald Trump inside the titled span, one to one
    assert entity_types.type_agreement(gold, predicted) == (2, 3)


@pytest.mark.slow
@pytest.mark.skipif(
    not (SHARED / entity_types.DATA).is_dir(), reason=f"no GUM data under {SHARED / entity_types.DATA}"
)
def test_sitroom_f1_on_three_gum_documents() -> None:
    figures = entity_types.evaluate(SHARED, limit=3)
    assert figures is not None
    assert figures["documents"] == 3
    assert figures["tags"] == "GUM tags"
    assert figures["sitroom"]["typed"]["f1"] >= FLOOR_F1, figures["sitroom"]["typed"]


def test_absent_data_is_skipped(tmp_path: Path) -> None:
    assert entity_types.evaluate(tmp_path) is None


def test_quality_page_says_which_data_is_missing(tmp_path: Path) -> None:
    quality = importlib.import_module("eval.quality")
    section = next(s for s in quality.SECTIONS if s.module == "eval.entity_types")
    assert (
        quality._body(section, tmp_path) == f"skipped: {(tmp_path / entity_types.DATA).as_posix()} not found"
    )
