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
_SAMPLE_CHARS = 4000
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when there are too few words to tell."""
    sample = text[:_SAMPLE_CHARS]
    words = [word.lower() for word in _WORD.findall(sample)]
    if len(words) < 3:
        return None
    english = lexicons.words("english_function_words.txt")
    if sum(word in english for word in words) / len(words) >= _ENGLISH_SHARE:
        return "en"
    language, _confidence = _identifier().classify(sample)
    return language


@cache
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
