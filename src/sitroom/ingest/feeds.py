"""RSS and Atom feeds: each entry is an article, from the feed's own content or from the page it links to.

A feed that carries the article (``content:encoded``, Atom ``content``, or a long description) is read as
it is; an entry with only a teaser is fetched from its link, like a URL given on the command line. The
entry's title, link, date and author, and the feed's title as the outlet, are the article's metadata.
feedparser reads the bytes already loaded (it never fetches) and sanitises the entries' HTML.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

import feedparser

from sitroom.errors import InputError

# A description this long (in characters of text) is the article itself, not a teaser for it.
FULL_TEXT_CHARS = 600
_FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S)
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One entry: where it came from, its HTML when the feed carries the article, its link and metadata."""

    source: str
    html: str | None
    link: str | None
    fields: dict[str, str] = field(default_factory=dict)


def looks_like_feed(data: bytes) -> bool:
    return bool(_FEED_START.match(data[:4096]))


def read_feed(data: bytes, source: str) -> list[FeedEntry]:
    """The feed's entries in the feed's order; a feed with none is an error naming it."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = "is not a readable RSS or Atom feed" if parsed.bozo else "is a feed with no entries"
        raise InputError(source, reason)
    outlet = parsed.feed.get("title")
    return [_entry(entry, f"{source}#{n}", outlet) for n, entry in enumerate(parsed.entries, 1)]


def _entry(entry: feedparser.FeedParserDict, source: str, outlet: str | None) -> FeedEntry:
    fields = {
        key: value
        for key, value in (
            ("title", entry.get("title")),
            ("url", entry.get("link")),
            ("author", entry.get("author")),
            ("outlet", outlet),
            ("published", _date(entry)),
        )
        if value
    }
    contents = [c.get("value", "") for c in entry.get("content", ()) if "html" in c.get("type", "html")]
    html = max(contents, key=len) if contents else None
    summary = entry.get("summary") or ""
    if not html and len(_TAG.sub("", summary).strip()) >= FULL_TEXT_CHARS:
        html = summary
    link = entry.get("link")
    if not html and not (link and link.startswith(("http://", "https://"))):
        html = summary or None  # a teaser is all there is: better than losing the entry
    return FeedEntry(source=source, html=html, link=link, fields=fields)


def _date(entry: feedparser.FeedParserDict) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC).date().isoformat()
