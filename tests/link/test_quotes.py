"""Quotes across the corpus: speakers as entities, descriptions resolved by office, repeats linked."""

from __future__ import annotations

from sitroom.link import link_entities, link_quotes
from sitroom.types import Article, Extraction, MentionRecord, QuoteRecord, RoleRecord


def test_a_description_only_the_corpus_can_resolve_finds_the_office_holder() -> None:
    first = "Ivan Holm, the port's chief negotiator, arrived."
    second = "The chief negotiator said the talks had failed."
    holm = MentionRecord(0, 9, "Ivan Holm", "Ivan Holm", "PERSON")
    role = RoleRecord(0, 9, "chief negotiator", None, True, 11, 38)
    quote = QuoteRecord(
        start=second.index("the talks"),
        end=len(second) - 1,
        kind="indirect",
        speaker_text="The chief negotiator",
        speaker_start=0,
        speaker_end=20,
        speaker_title="chief negotiator",
        cue="said",
    )
    articles = [Article("a", "a.txt", first), Article("b", "b.txt", second)]
    extractions = [Extraction("a", (holm,), (role,)), Extraction("b", quotes=(quote,))]
    linked = link_entities(articles, extractions)
    (linked_quote,) = link_quotes(articles, extractions, linked)
    assert linked_quote.speaker == "ivan-holm"


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
