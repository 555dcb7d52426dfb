"""Which language an article is written in (ISO 639-1), so only English text meets the English parser.

Most inputs are English; a text whose words are largely English function words is taken as English at
once, and anything else goes to py3langid, whose model ships inside the package (nothing downloaded).
"""

from __future__ import annotations

import re
from functools import cache

from sitroom import lexicons

# Share of words that are English function words above which a text is English; news prose runs at
# 35-50%, other Latin-script languages below 5% (their articles and prepositions are different words).
_ENGLISH_SHARE = 0.22
# Terse English (briefs, captions, lists of names) falls below that share, and the identifier may rank an
# English-based creole first; above this share, English among its first few guesses is English.
_TERSE_ENGLISH_SHARE = 0.1
_RIVALS = 3
_SAMPLE_CHARS = 4000
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when there are too few words to tell."""
    sample = text[:_SAMPLE_CHARS]
    words = [word.lower() for word in _WORD.findall(sample)]
    if len(words) < 3:
        return None
    english = lexicons.words("english_function_words.txt")
    share = sum(word in english for word in words) / len(words)
    if share >= _ENGLISH_SHARE:
        return "en"
    ranked = [language for language, _probability in _identifier().rank(sample)[:_RIVALS]]
    if share >= _TERSE_ENGLISH_SHARE and "en" in ranked:
        return "en"  # terse wire English full of names ("Boko Haram kidnapped 200 schoolgirls in Nigeria")
    return ranked[0]


@cache
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
