"""Exact duplicates: the same text read twice (one story syndicated, one file copied) is counted once.

The later copy keeps its own id and record but points at the first with ``duplicate_of``, and is not
run through the extractors, so its mentions are not counted twice. Near-copies are a later matter.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from sitroom.types import Article


def mark_duplicates(articles: list[Article]) -> list[Article]:
    """The articles in the same order, each later exact copy of an earlier text marked ``duplicate_of``."""
    first: dict[str, str] = {}
    marked = []
    for article in articles:
        digest = _fingerprint(article.text)
        if digest in first:
            marked.append(replace(article, duplicate_of=first[digest]))
        else:
            first[digest] = article.id
            marked.append(article)
    return marked


def _fingerprint(text: str) -> str:
    """Hash of the text with white space and case folded, so re-flowed copies still match."""
    return hashlib.sha1(re.sub(r"\s+", " ", text).strip().casefold().encode()).hexdigest()
