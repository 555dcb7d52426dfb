"""JSON Lines and JSON records: one article per record, with ``text`` or ``html`` and optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from sitroom.errors import InputError
from sitroom.ingest.manifest import FIELDS as MANIFEST_FIELDS

FIELDS = ("id", "title", "url", "outlet", "author", "published", "genre", "language")


@dataclass(frozen=True, slots=True)
class Record:
    """One record: where it sits in its file (``position``, 1-based), its body and its metadata."""

    source: str
    position: int
    text: str | None
    html: str | None
    fields: dict[str, str]


def read_records(text: str, source: str, *, lines: bool) -> Iterator[Record | InputError]:
    """Yield each record of a JSON Lines (``lines=True``) or JSON document, or an error for a bad one.

    A JSON document may be one record or a list of them. A bad line is reported and the rest still read.
    """
    if lines:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{source}:{number}"
            try:
                value = json.loads(line)
            except json.JSONDecodeError as error:
                yield InputError(where, f"malformed JSON ({error.msg} at column {error.colno})")
                continue
            yield _record(value, where, number)
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        yield InputError(source, f"malformed JSON ({error.msg} at line {error.lineno} column {error.colno})")
        return
    items = value if isinstance(value, list) else [value]
    for number, item in enumerate(items, start=1):
        yield _record(item, f"{source}#{number}" if isinstance(value, list) else source, number)


def looks_like_manifest(text: str) -> bool:
    """True for JSON Lines of metadata rows keyed by ``file`` or ``id`` with no article body: a manifest.

    Rows keyed by ``id`` alone must hold manifest columns only; otherwise they are article records
    that lack their body (``{"id": ..., "body": ...}``), which must be reported, not quietly applied.
    """
    seen = 0
    for line in text.splitlines()[:50]:
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError:
            return False
        if not _is_manifest_row(value):
            return False
        seen += 1
    return seen > 0


def _is_manifest_row(value: object) -> bool:
    if not isinstance(value, dict) or "text" in value or "html" in value:
        return False
    return "file" in value or ("id" in value and value.keys() <= {"id", *MANIFEST_FIELDS})


def _record(value: object, where: str, position: int) -> Record | InputError:
    if not isinstance(value, dict):
        return InputError(where, "record is not a JSON object")
    text, html = value.get("text"), value.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        return InputError(where, "record has no `text` or `html` string")
    fields = {key: _scalar(value[key]) for key in FIELDS if value.get(key) not in (None, "")}
    return Record(
        source=where,
        position=position,
        text=text if isinstance(text, str) else None,
        html=html if isinstance(html, str) else None,
        fields=fields,
    )


def _scalar(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value)
