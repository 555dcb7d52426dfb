"""Extractions as compressed JSON, so the store keeps what the per-article stages found and never re-parses.

JSON rather than pickle: a store may come from someone else, and loading it must never run code. Each
record is written as the fields that differ from their defaults, so records that gain a field later still
load (the new field takes its default); sequences come back as tuples, as the frozen records hold them.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import MISSING, fields
from typing import Any

from sitroom.types import (
    EventRecord,
    Extraction,
    FigureRecord,
    MentionRecord,
    QuoteRecord,
    RoleRecord,
    TimeRecord,
)

_RECORDS: dict[str, type] = {
    "mentions": MentionRecord,
    "roles": RoleRecord,
    "quotes": QuoteRecord,
    "figures": FigureRecord,
    "times": TimeRecord,
    "events": EventRecord,
}


def encode_extraction(extraction: Extraction) -> bytes:
    """The extraction as zlib-compressed JSON."""
    document: dict[str, Any] = {"article_id": extraction.article_id, "terms": extraction.terms}
    for name in _RECORDS:
        document[name] = [_changed_fields(record) for record in getattr(extraction, name)]
    return zlib.compress(json.dumps(document, separators=(",", ":")).encode(), 6)


def decode_extraction(data: bytes) -> Extraction:
    """The extraction :func:`encode_extraction` wrote."""
    document = json.loads(zlib.decompress(data))
    records = {
        name: tuple(kind(**{k: _tuples(v) for k, v in row.items()}) for row in document.get(name, ()))
        for name, kind in _RECORDS.items()
    }
    return Extraction(
        article_id=document["article_id"],
        terms=tuple((term, count) for term, count in document.get("terms", ())),
        **records,
    )


def _changed_fields(record: object) -> dict[str, Any]:
    values = {}
    for field in fields(record):  # type: ignore[arg-type]
        value = getattr(record, field.name)
        if field.default is MISSING or value != field.default:
            values[field.name] = value
    return values


def _tuples(value: Any) -> Any:
    """JSON arrays back to the tuples the records hold, at any depth."""
    if isinstance(value, list):
        return tuple(_tuples(item) for item in value)
    return value
