"""Run every extractor over one parsed article."""

from __future__ import annotations

from spacy.tokens import Doc

from sitroom.extract.entities import extract_mentions
from sitroom.extract.roles import extract_roles
from sitroom.types import Extraction


def extract_article(article_id: str, doc: Doc) -> Extraction:
    """Everything the extractors find in ``doc``, the parse of article ``article_id``'s text."""
    mentions = extract_mentions(doc)
    return Extraction(article_id=article_id, mentions=mentions, roles=extract_roles(doc, mentions))
