"""Copies: exact, syndicated and spun copies are found and point at the first original; independent
reports of one event, even sharing a quotation, are not copies.

Every text here was written for these tests (a bridge closed in an invented town).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import pytest

from sitroom.link.copies import CopyIndex, Fingerprint, compare, fingerprint, mark_copies
from sitroom.types import Article, CopyOf

QUOTE = (
    '"We cannot let a single car across until the piers are braced," the lead engineer, Ines Marlow, '
    "told reporters outside the town hall."
)
PARAGRAPHS = [
    "The regional council of Eastvale closed the Marrow Bridge on Tuesday after engineers found cracks in "
    "two of its supporting piers. Commuters were told to use the ferry crossing at Holt Point until further "
    "notice. The council said repairs could take up to six weeks and would cost about 2 million euros.",
    "Engineers from the firm Calder and Voss inspected the bridge on Monday night following three days of "
    "heavy rain. Their report described the damage as serious but repairable. " + QUOTE,
    "Local shop owners on the eastern bank fear a drop in trade during the closure. The chamber of commerce "
    "asked the council to run extra ferries at peak hours. A council spokesman replied that two more boats "
    "would be added from Thursday.",
    "The Marrow Bridge was built in 1964 and carries about 18,000 vehicles a day. It was last repaired in "
    "2011, when its road surface was replaced.",
]
ORIGINAL = "\n\n".join(PARAGRAPHS)

# Another outlet's own report of the same closure: same names, figures and the same long quotation.
INDEPENDENT = (
    "Drivers in Eastvale face weeks of detours. The Marrow Bridge, the town's main link across the river "
    "Lune, was shut this week when inspectors spotted fractures in its piers.\n\n"
    + QUOTE
    + " Ferry operators at Holt Point said they were preparing for long queues. Some residents asked why the "
    "1964 structure had not been checked sooner, given the storms forecast for the autumn.\n\n"
    "The council has promised an update on the repair schedule next week, and says the 2 million euros will "
    "come from its reserve fund."
)

REWORDS = {
    "closed": "shut",
    "found": "discovered",
    "told": "advised",
    "repairs": "works",
    "about": "roughly",
    "inspected": "examined",
    "heavy": "intense",
    "described": "called",
    "fear": "dread",
    "asked": "urged",
    "replied": "answered",
    "built": "constructed",
}


def syndicated(text: str) -> str:
    """The same body under another outlet's headline, byline, dateline and trailer."""
    return (
        "Eastvale bridge shut as cracks appear\n\nBy Tomas Reed\n\nEASTVALE (Valley Press) — "
        + text
        + "\n\nReporting by Tomas Reed; Editing by Ana Fell\n\n© 2025 Valley Press. All rights reserved."
    )


def dropped(text: str) -> str:
    """Three of the eleven sentences left out."""
    for gone in (
        "Commuters were told to use the ferry crossing at Holt Point until further notice. ",
        "Their report described the damage as serious but repairable. ",
        "The chamber of commerce asked the council to run extra ferries at peak hours. ",
    ):
        text = text.replace(gone, "")
    return text


def reordered(text: str) -> str:
    """The paragraphs in reverse order."""
    return "\n\n".join(reversed(text.split("\n\n")))


def reworded(text: str) -> str:
    """A dozen words swapped for synonyms."""
    for word, other in REWORDS.items():
        text = text.replace(f" {word} ", f" {other} ")
    return text


def trimmed(text: str) -> str:
    """The first two paragraphs only."""
    return "\n\n".join(text.split("\n\n")[:2])


def exact(text: str) -> str:
    """The same text re-flowed and upper-cased: white space and case do not count."""
    return "  " + text.replace("\n\n", "\n").replace(". ", ".  ").upper() + "\n"


def found(earlier: str, later: str) -> CopyOf | None:
    """What ``later`` copies in an index holding only ``earlier`` (as the article "first")."""
    index = CopyIndex()
    index.add("first", fingerprint(earlier))
    return index.find(fingerprint(later))


@pytest.mark.parametrize(
    ("edit", "kind"),
    [
        (exact, "exact"),
        (syndicated, "syndicated"),
        (dropped, "spun"),
        (reordered, "spun"),
        (reworded, "spun"),
        (trimmed, "spun"),
        (lambda text: reworded(dropped(text)), "spun"),
        (lambda text: syndicated(trimmed(text)), "spun"),
    ],
)
def test_each_kind_of_copy_is_found_with_its_kind(edit: Callable[[str], str], kind: str) -> None:
    copy = found(ORIGINAL, edit(ORIGINAL))
    assert copy is not None
    assert (copy.article, copy.kind) == ("first", kind)
    assert 0 < copy.similarity <= 1


def test_similarity_is_one_for_an_exact_copy_and_about_the_kept_share_for_a_trimmed_one() -> None:
    assert found(ORIGINAL, exact(ORIGINAL)) == CopyOf("first", "exact", 1.0)
    copy = found(ORIGINAL, trimmed(ORIGINAL))
    assert copy is not None and 0.45 < copy.similarity < 0.7


def test_independent_reports_of_one_event_sharing_a_long_quotation_are_not_copies() -> None:
    assert found(ORIGINAL, INDEPENDENT) is None
    assert found(INDEPENDENT, ORIGINAL) is None


def test_an_article_quoting_an_earlier_one_whole_but_adding_as_much_again_is_not_a_copy() -> None:
    follow_up = (
        ORIGINAL
        + "\n\nOn Friday the council changed its mind about the ferries. Instead of two more boats it hired "
        "a fleet of buses to carry commuters to the rail bridge at Dunmore, twelve kilometres upstream. "
        "Bus drivers said the detour added forty minutes to each trip. Ines Marlow, who led the inspection, "
        "said the bracing of the first pier had begun ahead of plan. The second pier, she said, was in worse "
        "shape than the survey had shown, and divers would examine its footing next week. Shop owners on the "
        "eastern bank held a meeting on Saturday and asked for a cut in local business rates while the "
        "bridge stays shut. The mayor, Olga Brand, promised to raise the request at the next council "
        "session. Several residents wrote to the local paper to ask why the bridge had not been braced "
        "after the floods of 2011, when cracks were first reported by a retired engineer. The council said "
        "it would publish every inspection report since 1990 on its website by the end of the month."
    )
    assert found(ORIGINAL, follow_up) is None


def test_a_copy_of_a_copy_points_at_the_first_original() -> None:
    first = syndicated(ORIGINAL)
    second = trimmed(reworded(ORIGINAL))
    marked = mark_copies([article("a", ORIGINAL), article("b", first), article("c", second)])
    assert [a.copy_of.article if a.copy_of else None for a in marked] == [None, "a", "a"]


def test_an_exact_copy_of_a_spun_copy_points_at_the_first_original_as_spun() -> None:
    spun = reworded(ORIGINAL)
    marked = mark_copies([article("a", ORIGINAL), article("b", spun), article("c", spun)])
    copy = marked[2].copy_of
    assert copy is not None and (copy.article, copy.kind) == ("a", "spun")
    assert marked[2].duplicate_of is None


@pytest.mark.parametrize(
    ("earlier", "later", "kind"),
    [
        # One sentence, copied exactly (case and spacing apart).
        (
            "Ferries at Holt Point will run every twenty minutes from Thursday.",
            "FERRIES AT HOLT POINT  will run every twenty minutes from Thursday.",
            "exact",
        ),
        # Two sentences under another outlet's byline and trailer.
        (
            "Ferries at Holt Point will run every twenty minutes from Thursday. Tickets stay at two euros.",
            "By Tomas Reed\nFerries at Holt Point will run every twenty minutes from Thursday. "
            "Tickets stay at two euros.\nReporting by Tomas Reed; Editing by Ana Fell",
            "syndicated",
        ),
        # Two short notices sharing one sentence are not copies.
        (
            "Ferries at Holt Point will run every twenty minutes from Thursday. Tickets stay at two euros.",
            "Ferries at Holt Point will run every twenty minutes from Thursday. Cyclists travel free.",
            None,
        ),
        # A reworded single sentence is below what a spun copy needs.
        (
            "Ferries at Holt Point will run every twenty minutes from Thursday onwards, the operator said.",
            "Boats at Holt Point will sail every twenty minutes from Thursday onwards, the operator stated.",
            None,
        ),
    ],
)
def test_short_texts_are_copies_only_when_exact_or_syndicated(
    earlier: str, later: str, kind: str | None
) -> None:
    copy = found(earlier, later)
    assert (copy.kind if copy else None) == kind


def test_an_index_rebuilt_from_fingerprint_bytes_answers_as_the_one_built_in_one_go() -> None:
    texts = [
        ORIGINAL,
        INDEPENDENT,
        syndicated(ORIGINAL),
        reworded(INDEPENDENT),
        trimmed(reworded(ORIGINAL)),
        exact(INDEPENDENT),
        "",
    ]
    in_one_go, answers = CopyIndex(), []
    for number, text in enumerate(texts):
        fp = fingerprint(text)
        answers.append(in_one_go.find(fp))
        in_one_go.add(f"a{number}", fp)
    stored = [fingerprint(text).to_bytes() for text in texts]
    rebuilt = CopyIndex()
    for number, data in enumerate(stored):
        rebuilt.add(f"a{number}", Fingerprint.from_bytes(data))
    restored = CopyIndex()
    for number, (data, answer) in enumerate(zip(stored, answers, strict=True)):
        restored.restore(f"a{number}", Fingerprint.from_bytes(data), answer)
    probes = [dropped(ORIGINAL), reordered(INDEPENDENT), "", exact(ORIGINAL)]
    expected = [in_one_go.find(fingerprint(p)) for p in probes]
    assert [rebuilt.find(fingerprint(p)) for p in probes] == expected
    assert [restored.find(fingerprint(p)) for p in probes] == expected
    assert [a.copy_of for a in mark_copies([article(f"a{n}", t) for n, t in enumerate(texts)])] == answers


def test_mark_copies_keeps_order_and_ids_and_marks_exact_copies_as_duplicates() -> None:
    articles = [
        article("one", ORIGINAL),
        article("two", INDEPENDENT),
        article("three", exact(ORIGINAL)),
        article("four", dropped(ORIGINAL)),
        article("five", INDEPENDENT),
    ]
    marked = mark_copies(articles)
    assert [a.id for a in marked] == ["one", "two", "three", "four", "five"]
    assert [a.text for a in marked] == [a.text for a in articles]
    assert [a.duplicate_of for a in marked] == [None, None, "one", None, "two"]
    assert [(a.copy_of.article, a.copy_of.kind) if a.copy_of else None for a in marked] == [
        None,
        None,
        ("one", "exact"),
        ("one", "spun"),
        ("two", "exact"),
    ]
    assert [a.analysable for a in marked] == [True, True, False, False, False]


def test_fingerprint_bytes_round_trip_exactly_and_reject_other_bytes() -> None:
    for text in (ORIGINAL, "Short.", ""):
        fp = fingerprint(text)
        assert Fingerprint.from_bytes(fp.to_bytes()) == fp
    with pytest.raises(ValueError, match="not a copy fingerprint"):
        Fingerprint.from_bytes(b"something else entirely, long enough")
    with pytest.raises(ValueError, match="not a copy fingerprint"):
        Fingerprint.from_bytes(fingerprint(ORIGINAL).to_bytes()[:-1])


def test_fingerprints_are_stable_across_runs() -> None:
    # Stored fingerprints must stay comparable: a change here needs a new fingerprint format (_FORMAT).
    digest = hashlib.sha256(fingerprint(ORIGINAL).to_bytes()).hexdigest()
    assert digest == PINNED


def test_compare_is_the_sentence_check_of_the_index() -> None:
    match = compare(fingerprint(ORIGINAL), fingerprint(syndicated(ORIGINAL)))
    assert match is not None and match.kind == "syndicated"
    assert compare(fingerprint(ORIGINAL), fingerprint(INDEPENDENT)) is None


def article(article_id: str, text: str) -> Article:
    return Article(article_id, f"{article_id}.txt", text)


PINNED = "58e20d7db8dfe488f7d0ddf02c583edc36492387ffb00c5fb4d826ee9e03d2f9"
