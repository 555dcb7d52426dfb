"""The words that say what a figure or a time is about, so claims from different articles can be compared."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from sitroom import lexicons

_TIME_NOUNS = {"end", "start", "beginning", "middle", "time", "today", "tomorrow", "tonight", "yesterday"}


def context_words(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    """The lemmas of the nouns and names in the sentence around ``[start, end)`` and the one before, sorted.

    "The IMF repayment is due. It comes to €1.6bn" gives ``("imf", "repayment")``: what the claim is
    about, not how it is worded, so a repayment in one outlet meets a repayment in another. Words of time
    ("June", "week", "end") are left out: they say when, not what.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return ()
    sentence = span.sent
    first = sentence.start
    if first > 0:
        first = doc[first - 1].sent.start
    words = {
        token.lemma_.lower()
        for token in doc[first : sentence.end]
        if token.pos_ in ("NOUN", "PROPN")
        and not token.is_stop
        and not (start <= token.idx < end)
        and token.lemma_.isalpha()
        and len(token.lemma_) > 2
    }
    return tuple(sorted(words - _time_words()))


@cache
def _time_words() -> frozenset[str]:
    """Weekdays, months, seasons, units and parts of the day, singular and plural, and words like "end"."""
    words = {word for kind, word, _ in lexicons.table("time_words.tsv", 3) if kind != "mod"}
    return frozenset(words | {word + "s" for word in words} | _TIME_NOUNS)
