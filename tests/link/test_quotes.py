"""Quotes across the corpus: speakers as entities, descriptions resolved by office, repeats linked."""

from __future__ import annotations

import pytest

from sitroom.link import link_entities, link_quotes
from sitroom.types import Article, Extraction, MentionRecord, QuoteRecord, RoleRecord


def _described(first: str, role: RoleRecord, second: str, described: str, title: str, org: str | None):  # type: ignore[no-untyped-def]
    """The speaker link_quotes gives a description in ``second`` that only ``first`` states an office for."""
    holm = MentionRecord(0, 9, "Ivan Holm", "Ivan Holm", "PERSON")
    quote = QuoteRecord(
        start=second.index("the talks"),
        end=len(second) - 1,
        kind="indirect",
        speaker_text=described,
        speaker_start=0,
        speaker_end=len(described),
        speaker_title=title,
        speaker_org=org,
        cue="said",
    )
    mentions: tuple[MentionRecord, ...] = (holm,)
    if role.org is not None:
        at = first.index(role.org)
        mentions += (MentionRecord(at, at + len(role.org), role.org, role.org, "GPE"),)
    articles = [Article("a", "a.txt", first), Article("b", "b.txt", second)]
    extractions = [Extraction("a", mentions, (role,)), Extraction("b", quotes=(quote,))]
    linked = link_entities(articles, extractions)
    (linked_quote,) = link_quotes(articles, extractions, linked)
    return linked_quote.speaker


def test_a_sole_office_of_a_named_state_is_resolved_from_another_article() -> None:
    first = "Ivan Holm, Norway's foreign minister, arrived."
    role = RoleRecord(0, 9, "foreign minister", "Norway", True, 11, 36)
    second = "Norway's foreign minister said the talks had failed."
    assert _described(first, role, second, "Norway's foreign minister", "foreign minister", "Norway") == (
        "ivan-holm"
    )


@pytest.mark.parametrize(
    ("statement", "title", "described", "org"),
    [
        # a rank many people share: another article's negotiator is not this article's
        ("Ivan Holm, the port's chief negotiator, arrived.", "chief negotiator", "chief negotiator", None),
        ("Ivan Holm, a spokesperson for the port, arrived.", "spokesperson", "spokesperson", None),
        # a sole office, but the description names no state: any country's minister
        ("Ivan Holm, the foreign minister, arrived.", "foreign minister", "foreign minister", None),
    ],
)
def test_a_description_is_not_resolved_to_someone_only_another_article_names(
    statement: str, title: str, described: str, org: str | None
) -> None:
    start = statement.index(title)
    role = RoleRecord(0, 9, title, None, True, start, start + len(title))
    second = f"The {described} said the talks had failed."
    assert _described(statement, role, second, f"The {described}", described, org) is None


def test_a_description_of_another_state_is_not_its_office_holder() -> None:
    first = "Ivan Holm, Norway's foreign minister, arrived."
    role = RoleRecord(0, 9, "foreign minister", "Norway", True, 11, 36)
    second = "Sweden's foreign minister said the talks had failed."
    assert _described(first, role, second, "Sweden's foreign minister", "foreign minister", "Sweden") is None


def test_the_same_words_in_two_articles_are_one_quote() -> None:
    text = "Holm said: \u201cWe will not go back to work this winter.\u201d"
    start = text.index("We will")
    end = text.index("\u201d")
    record = QuoteRecord(start=start, end=end, kind="direct", speaker_text="Holm", cue="said")
    articles = [Article("a", "a.txt", text), Article("b", "b.txt", "Earlier. " + text)]
    shifted = QuoteRecord(start=start + 9, end=end + 9, kind="direct", speaker_text="Holm", cue="said")
    extractions = [Extraction("a", quotes=(record,)), Extraction("b", quotes=(shifted,))]
    first, second = link_quotes(articles, extractions, link_entities(articles, extractions))
    assert first.same_as is None
    assert second.same_as == first.id
    assert second.text == first.text


@pytest.mark.parametrize(
    ("words", "kind", "named"),
    [
        pytest.param("Greek officials", "GROUP", False, id="officials-are-anonymous"),
        pytest.param("Dutch police", "GROUP", False, id="police-are-anonymous"),
        pytest.param("The US military", "GROUP", True, id="an-institution-speaks-as-one"),
        pytest.param("Hamas", "GROUP", True, id="a-named-group"),
    ],
)
def test_an_unnamed_group_of_people_is_an_anonymous_source(words: str, kind: str, named: bool) -> None:
    text = f"{words} said the talks had failed."
    start = text.index(" said")
    name = words.removeprefix("The ")
    mention = MentionRecord(start=text.index(name), end=start, name=name, key=name.casefold(), type=kind)
    record = QuoteRecord(
        start=start + 6,
        end=len(text) - 1,
        kind="indirect",
        speaker_text=words,
        speaker_start=0,
        speaker_end=start,
        speaker_mention=mention.start,
        cue="said",
    )
    articles = [Article("a", "a.txt", text)]
    extractions = [Extraction("a", mentions=(mention,), quotes=(record,))]
    (quote,) = link_quotes(articles, extractions, link_entities(articles, extractions))
    assert (quote.speaker is not None) == named
    assert quote.speaker_text == words


@pytest.mark.parametrize(
    ("words", "how", "speaker"),
    [
        pytest.param("Mr He", "speaker-words", "chen-he", id="an-untagged-name-is-the-person"),
        pytest.param("He", "speaker-anonymous", None, id="a-pronoun-left-anonymous-is-no-surname"),
    ],
)
def test_a_speaker_written_as_a_surname_is_the_person_but_an_anonymous_pronoun_is_not(
    words: str, how: str, speaker: str | None
) -> None:
    text = f"Chen He met the families on Monday. {words} said the search would go on."
    start = text.index(words, 10)
    mention = MentionRecord(start=0, end=7, name="Chen He", key="Chen He", type="PERSON")
    record = QuoteRecord(
        start=text.index("the search"),
        end=len(text) - 1,
        kind="indirect",
        speaker_text=words,
        speaker_start=start,
        speaker_end=start + len(words),
        cue="said",
        evidence=("indirect", how, "cue"),
    )
    articles = [Article("a", "a.txt", text)]
    extractions = [Extraction("a", mentions=(mention,), quotes=(record,))]
    (quote,) = link_quotes(articles, extractions, link_entities(articles, extractions))
    assert quote.speaker == speaker


def _described_first(text: str, roles: tuple[RoleRecord, ...], title: str) -> str | None:
    """The speaker link_quotes gives "The port's chief negotiator said …", the lead of ``text``."""
    described = f"The port's {title}"
    quote = QuoteRecord(
        start=text.index("the talks"),
        end=text.index("."),
        kind="indirect",
        speaker_text=described,
        speaker_start=0,
        speaker_end=len(described),
        speaker_title=title,
        cue="said",
    )
    names = [n for n in ("Ivan Holm", "Anna Berg") if n in text]
    mentions = tuple(MentionRecord(text.index(n), text.index(n) + len(n), n, n, "PERSON") for n in names)
    articles = [Article("a", "a.txt", text)]
    extractions = [Extraction("a", mentions, roles, (quote,))]
    (linked_quote,) = link_quotes(articles, extractions, link_entities(articles, extractions))
    return linked_quote.speaker


def test_a_lead_s_description_is_the_one_holder_the_article_names_later() -> None:
    text = "The port's chief negotiator said the talks had failed. Ivan Holm, the chief negotiator, left."
    at = text.index("Ivan Holm")
    role = RoleRecord(at, at + 9, "chief negotiator", None, True, text.index("the chief") + 4, len(text) - 7)
    assert _described_first(text, (role,), "chief negotiator") == "ivan-holm"


def test_a_lead_s_description_stays_unresolved_between_two_later_holders() -> None:
    text = (
        "The port's chief negotiator said the talks had failed. Ivan Holm, a chief negotiator, left. "
        "Anna Berg, a chief negotiator, stayed."
    )
    roles = tuple(
        RoleRecord(text.index(n), text.index(n) + 9, "chief negotiator", None, True, 0, 1)
        for n in ("Ivan Holm", "Anna Berg")
    )
    assert _described_first(text, roles, "chief negotiator") is None
