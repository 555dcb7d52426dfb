"""A long organisation name written slightly wrong joins the known body it nearly names, and only that.

Built from hand-made extraction records, so no model is needed.
"""

from __future__ import annotations

import pytest

from sitroom.link import link_entities
from sitroom.types import Article, Extraction, MentionRecord


def org(text: str, surface: str, key: str | None = None) -> MentionRecord:
    start = text.index(surface)
    return MentionRecord(start, start + len(surface), surface, key or surface, "ORG")


def linked_names(*texts_and_mentions: tuple[str, list[tuple[str, str | None]]]) -> dict[str, tuple[str, ...]]:
    """Entity name -> its aliases, for articles given as (text, [(surface, key or None)])."""
    articles, extractions = [], []
    for n, (text, found) in enumerate(texts_and_mentions):
        articles.append(Article(id=f"a{n}", source=f"a{n}.txt", text=text))
        extractions.append(Extraction(f"a{n}", tuple(org(text, surface, key) for surface, key in found)))
    return {e.name: e.aliases for e in link_entities(articles, extractions).entities}


OSCE = ("Monitors from the OSCE arrived on Friday.", [("OSCE", None)])


@pytest.mark.parametrize(
    "loose",
    [
        "Organisation of Security and Cooperation",  # a preposition changed, "in Europe" left out
        "Organization for Security and Co-operation",  # American spelling, hyphen, no "in Europe"
        "Organisation for Security & Cooperation in Europe",
    ],
)
def test_a_mangled_full_name_joins_the_known_body(loose: str) -> None:
    text = f"Delegates at the {loose} met again in Vienna."
    names = linked_names(OSCE, (text, [(loose, None)]))
    assert names == {"OSCE": (loose,)}


def test_a_mangled_name_alone_in_the_corpus_is_still_shown_under_the_known_name() -> None:
    text = "The Organisation of Security and Cooperation sent observers."
    names = linked_names((text, [("Organisation of Security and Cooperation", None)]))
    assert names == {"OSCE": ("Organisation of Security and Cooperation",)}


@pytest.mark.parametrize(
    "other",
    [
        "Organisation for Islamic Security Cooperation",  # a word the OSCE's name lacks
        "Organisation for Security and Cooperation in Asia",  # another continent
        "Organisation for Security",  # too short to tell bodies apart
        "Security and Cooperation Organisation",  # another first word
        "Court of Human Rights",  # the European one's name, without its first word
        "Social Democratic Party",  # Germany's SPD adds only its country: another country's party
    ],
)
def test_near_miss_names_stay_apart(other: str) -> None:
    text = f"A statement from the {other} followed."
    names = linked_names(OSCE, (text, [(other, None)]))
    assert other in names and names["OSCE"] == ()


def test_a_known_body_keeps_its_own_name_when_another_is_near() -> None:
    text = "The Organisation of Islamic Cooperation met in Jeddah."
    names = linked_names(OSCE, (text, [("Organisation of Islamic Cooperation", None)]))
    assert set(names) == {"OSCE", "Organisation of Islamic Cooperation"}


def test_a_name_the_corpus_defines_with_an_acronym_takes_its_loose_forms() -> None:
    defined = "The Baltic Institute for Maritime Security Studies (BIMSS) published a map."
    loose = "A researcher at the Baltic Institute of Maritime Security disagreed."
    other = "The Baltic Institute for Maritime Law stayed silent."
    names = linked_names(
        (defined, [("Baltic Institute for Maritime Security Studies", None), ("BIMSS", None)]),
        (loose, [("Baltic Institute of Maritime Security", None)]),
        (other, [("Baltic Institute for Maritime Law", None)]),
    )
    assert names["Baltic Institute for Maritime Security Studies"] == (
        "BIMSS",
        "Baltic Institute of Maritime Security",
    )
    assert "Baltic Institute for Maritime Law" in names
