"""Web archives (WARC, plain or gzipped): every archived HTML page is an article, named by its URL.

Only successful HTML responses (and HTML resource records) are pages; requests, metadata, images, scripts
and error pages in the same archive are passed over, as a crawler's archive is full of them. The archive
date is when the page was crawled, not published, so it is never taken as the article's date.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from sitroom.errors import InputError

_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class ArchivedPage:
    source: str
    url: str
    html: bytes


def looks_like_warc(data: bytes) -> bool:
    return data[:5] == b"WARC/"


def read_warc(data: bytes, source: str) -> Iterator[ArchivedPage | InputError]:
    """The archive's HTML pages in archive order; a damaged archive ends with an error naming it."""
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            if _is_page(record):
                yield ArchivedPage(source=f"{source}#{url}", url=url, html=record.content_stream().read())
    except Exception as error:  # warcio fails on damaged input in many ways (AttributeError among them)
        yield InputError(source, f"is not a readable WARC archive ({error})")


def _is_page(record: ArcWarcRecord) -> bool:
    if record.rec_type == "response" and record.http_headers is not None:
        status = (record.http_headers.get_statuscode() or "").strip()
        return status == "200" and _is_html(record.http_headers.get_header("Content-Type", ""))
    if record.rec_type == "resource":
        return _is_html(record.rec_headers.get_header("Content-Type", ""))
    return False


def _is_html(content_type: str) -> bool:
    return content_type.strip().lower().startswith(_HTML_TYPES)
