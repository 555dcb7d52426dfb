"""What a reader types into search, made into a safe SQLite FTS5 query.

FTS5 has its own syntax (``AND``, ``NEAR``, column filters, ``*``, ``^``), and a query that breaks it is an
error, not an empty result; a search box must take anything. So only words reach FTS5, each as a quoted
string: words in double quotes stay a phrase, every other word must appear somewhere, and the last bare
word also matches as a prefix (``nego`` finds "negotiations"). Punctuation and operators are dropped.
"""

from __future__ import annotations

import re

_PHRASE = re.compile(r'"([^"]*)"')
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12
PREFIX_MIN = 3  # a shorter last word matches only itself: "eu*" would match half the archive


def fts_query(text: str) -> str | None:
    """The FTS5 query for ``text``, or None when it holds no word to look for."""
    terms: list[str] = []
    for phrase in _PHRASE.findall(text):
        words = _WORD.findall(phrase)
        if words:
            terms.append(_quoted(" ".join(words)))
    bare = _WORD.findall(_PHRASE.sub(" ", text))
    terms += [_quoted(word) for word in bare]
    if not terms:
        return None
    terms = terms[:MAX_TERMS]
    if bare and terms[-1] == _quoted(bare[-1]) and len(bare[-1]) >= PREFIX_MIN:
        terms[-1] += "*"
    return " ".join(terms)


def _quoted(words: str) -> str:
    return '"' + words.replace('"', '""') + '"'
