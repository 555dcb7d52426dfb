"""What an article is about, as a bag of words: its content lemmas and how often each occurs.

Story clustering (:mod:`sitroom.link.clustering`) compares articles by the TF-IDF cosine of these bags, as
streaming news clustering does (Miranda et al. 2018 weigh lemma and entity sub-vectors the same way). Only
words that carry content count: nouns, proper nouns, verbs and adjectives, as lower-case lemmas, without
stop words, numbers, punctuation, web or mail addresses, or pieces of one character or with no letter in
them (symbols, scores, the "s" of "S 5").
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})


def extract_terms(doc: Doc) -> tuple[tuple[str, int], ...]:
    """Each content lemma of ``doc`` (lower-case) with its count, sorted by lemma so runs agree."""
    counts = Counter(lemma for token in doc if (lemma := _content_lemma(token)) is not None)
    return tuple(sorted(counts.items()))


def _content_lemma(token: Token) -> str | None:
    """The token's lower-case lemma if it is a content word, else None."""
    if token.pos_ not in _CONTENT_POS or token.is_stop or token.like_num or token.is_punct:
        return None
    if token.like_url or token.like_email:
        return None
    lemma = (token.lemma_ or token.text).lower().strip()
    if len(lemma) < 2 or not any(char.isalpha() for char in lemma) or token.vocab[lemma].is_stop:
        return None
    return lemma
