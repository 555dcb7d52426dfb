"""Read every input into :class:`~sitroom.types.Article` records, reporting each bad one and going on.

Metadata comes from several places; for the publication date the order is the manifest, the record's
own field, the HTML page's metadata, then the text itself (``published_from`` says which). Other fields
come from the record, page or text first and from the manifest where those lack them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sitroom import lexicons
from sitroom.errors import InputError, ManifestError
from sitroom.ingest import sources
from sitroom.ingest.clean import clean_text, repair
from sitroom.ingest.dates import parse_date
from sitroom.ingest.decode import decode
from sitroom.ingest.feeds import FeedEntry, looks_like_feed, read_feed
from sitroom.ingest.html import read_page
from sitroom.ingest.language import detect_language
from sitroom.ingest.layout import read_layout
from sitroom.ingest.manifest import Manifest, csv_columns, load_manifest
from sitroom.ingest.records import Record, looks_like_manifest, read_records
from sitroom.ingest.warc import looks_like_warc, read_warc
from sitroom.options import Options
from sitroom.types import Article, Failure

log = logging.getLogger(__name__)

_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_WARC_SUFFIXES = {".warc", ".arc"}
_FEED_SUFFIXES = {".rss", ".atom"}
_FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml"}
_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype html|html|head|body|article|div|p)\b", re.I | re.S
)
_GENRE_IN_URL = {
    "opinion": "opinion",
    "comment": "opinion",
    "commentisfree": "opinion",
    "editorial": "opinion",
    "editorials": "opinion",
    "analysis": "analysis",
}


@dataclass(slots=True)
class ReadResult:
    """The articles read, in input order, and the inputs that failed."""

    articles: list[Article] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Draft:
    """An article before its id is fixed: body, metadata by field, and where the date came from."""

    source: str
    text: str
    fields: dict[str, str]
    date_from: str | None
    id_hint: str


def read_articles(inputs: list[str], *, meta: str | Path | None = None, options: Options) -> ReadResult:
    """Read files, folders, ``-`` and URLs into articles; bad inputs become failures, never exceptions.

    A manifest passed as ``meta`` supplies metadata; a manifest found inside a folder being read (JSON
    Lines or CSV rows keyed by ``file`` or ``id`` with no article text) is applied, not read as articles.
    """
    result = ReadResult()
    manifest = load_manifest(meta) if meta else Manifest()
    skip = {manifest.path} if manifest.path else set()
    items = list(sources.expand(inputs, skip=skip))
    manifest = _with_folder_manifests(items, manifest, options, skip)
    drafts: list[_Draft] = []
    for item in items:
        if isinstance(item, InputError):
            result.failures.append(Failure(item.source, item.reason))
            continue
        if isinstance(item, Path) and item.resolve() in skip:
            continue
        try:
            raw = sources.read(item, max_bytes=options.max_bytes, timeout=options.timeout)
            for draft in _drafts(raw, manifest, options):
                if isinstance(draft, InputError):
                    result.failures.append(Failure(draft.source, draft.reason))
                else:
                    drafts.append(draft)
        except InputError as error:
            result.failures.append(Failure(error.source, error.reason))
    result.articles = _finish(drafts)
    for failure in result.failures:
        log.warning("skipped %s: %s", failure.source, failure.reason)
    return result


def _with_folder_manifests(items: list, manifest: Manifest, options: Options, skip: set[Path]) -> Manifest:
    """Merge manifests found among the files of a folder walk into ``manifest`` and mark them skipped.

    A file that looks like a manifest but has a bad row further down is replaced in ``items`` by the
    error, so it is reported like any bad input instead of stopping the run.
    """
    by_file, by_id = dict(manifest.by_file), dict(manifest.by_id)
    for index, item in enumerate(items):
        if not isinstance(item, Path) or item.suffix.lower() not in {".jsonl", ".csv"}:
            continue
        try:
            found = _folder_manifest(item, options)
        except (InputError, ValueError):
            continue
        except ManifestError as error:
            items[index] = InputError(str(item), f"is a manifest that cannot be read ({error})")
            continue
        if found is not None:
            by_file = {**found.by_file, **by_file}
            by_id = {**found.by_id, **by_id}
            skip.add(item.resolve())
    return Manifest(path=manifest.path, by_file=by_file, by_id=by_id)


def _folder_manifest(path: Path, options: Options) -> Manifest | None:
    raw = sources.read(path, max_bytes=options.max_bytes, timeout=options.timeout)
    text = decode(raw.data, raw.source)
    if path.suffix.lower() == ".jsonl":
        return load_manifest(path) if looks_like_manifest(text) else None
    columns = set(csv_columns(text))
    return load_manifest(path) if columns & {"file", "id"} and not columns & {"text", "html"} else None


def _drafts(raw: sources.RawInput, manifest: Manifest, options: Options) -> Iterator[_Draft | InputError]:
    if not raw.data.strip():  # said before any format is guessed: an empty .html is empty, not a bad page
        yield InputError(raw.source, "is empty")
        return
    kind = _kind(raw)
    if kind == "csv":
        yield InputError(raw.source, "is CSV, which is not an article format (use it with --meta)")
        return
    if kind == "html":
        yield _from_html(raw.data, raw.source, raw, manifest.lookup(path=raw.path), {}, options)
        return
    if kind == "warc":
        for page in read_warc(raw.data, raw.source):
            if isinstance(page, InputError):
                yield page
            else:
                hint = _url_stem(page.url)
                yield _from_html(page.html, page.source, raw, {}, {"url": page.url}, options, id_hint=hint)
        return
    if kind == "feed":
        try:
            entries = read_feed(raw.data, raw.source)
        except InputError as error:
            yield error
            return
        for entry in entries:
            yield _from_feed_entry(entry, raw, options)
        return
    text = decode(raw.data, raw.source)
    if kind in {"jsonl", "json"}:
        for record in read_records(text, raw.source, lines=kind == "jsonl"):
            if isinstance(record, InputError):
                yield record
            else:
                yield _from_record(record, raw, manifest, options)
        return
    yield _from_text(text, raw.source, raw, manifest.lookup(path=raw.path), {}, options)


def _kind(raw: sources.RawInput) -> str:
    suffix = Path(raw.name).suffix.lower()
    if suffix in _WARC_SUFFIXES or looks_like_warc(raw.data):
        return "warc"
    if suffix in _FEED_SUFFIXES or raw.content_type in _FEED_TYPES or looks_like_feed(raw.data):
        return "feed"
    if suffix in _HTML_SUFFIXES or raw.content_type in {"text/html", "application/xhtml+xml"}:
        return "html"
    if suffix in _JSONL_SUFFIXES or raw.content_type in {"application/x-ndjson", "application/jsonl"}:
        return "jsonl"
    if suffix == ".json" or raw.content_type == "application/json":
        return "json" if raw.data.lstrip()[:1] == b"[" or raw.data.count(b"\n{") == 0 else "jsonl"
    if suffix == ".csv" or raw.content_type == "text/csv":
        return "csv"
    if suffix in _TEXT_SUFFIXES or raw.content_type == "text/plain":
        return "text"
    head = raw.data[:2048].decode("utf-8", "replace")
    if _HTML_START.match(head):
        return "html"
    if head.lstrip().startswith("{"):
        return "jsonl"
    return "text"


def _from_record(
    record: Record, raw: sources.RawInput, manifest: Manifest, options: Options
) -> _Draft | InputError:
    extra = manifest.lookup(record_id=record.fields.get("id"))
    hint = record.fields.get("id") or f"{Path(raw.name).stem}-{record.position}"
    if record.text is not None:
        return _from_text(record.text, record.source, raw, extra, record.fields, options, id_hint=hint)
    return _from_html(record.html or "", record.source, raw, extra, record.fields, options, id_hint=hint)


def _from_feed_entry(entry: FeedEntry, raw: sources.RawInput, options: Options) -> _Draft | InputError:
    """A feed entry from the feed's own content, else from the page its link gives."""
    hint = _url_stem(entry.link) if entry.link else f"{Path(raw.name).stem}-entry"
    if entry.html is not None:
        return _from_html(entry.html, entry.source, raw, {}, entry.fields, options, id_hint=hint)
    assert entry.link is not None
    try:
        page = sources.read(entry.link, max_bytes=options.max_bytes, timeout=options.timeout)
    except InputError as error:
        return error
    # The page's own headline is the one its body repeats; the feed's stands in only where it has none.
    fields = {key: value for key, value in entry.fields.items() if key != "title"}
    extra = {"title": entry.fields["title"]} if "title" in entry.fields else {}
    return _from_html(page.data, entry.link, page, extra, fields, options, id_hint=hint)


def _from_text(
    text: str,
    source: str,
    raw: sources.RawInput,
    extra: dict[str, str],
    fields: dict[str, str],
    options: Options,
    *,
    id_hint: str | None = None,
) -> _Draft | InputError:
    layout = read_layout(
        clean_text(text),
        title=fields.get("title"),
        title_max_words=options.title_max_words,
        hint=f"{fields.get('url', '')} {raw.url or raw.name}",
    )
    found = {"title": layout.title, "outlet": layout.outlet, "url": raw.url}
    return _draft(source, layout.body, extra, fields, found, ("text", layout.published), raw, id_hint)


def _from_html(
    html: str | bytes,
    source: str,
    raw: sources.RawInput,
    extra: dict[str, str],
    fields: dict[str, str],
    options: Options,
    *,
    id_hint: str | None = None,
) -> _Draft | InputError:
    try:
        page = read_page(html, source=source, url=fields.get("url") or raw.url)
    except InputError as error:
        return error
    title = fields.get("title") or (repair(page.title) if page.title else None)
    layout = read_layout(
        clean_text(page.text, unwrap=False),
        title=title,
        title_max_words=options.title_max_words,
        hint=f"{page.url or ''} {raw.name}",
    )
    found = {
        "title": title or layout.title,
        "outlet": page.outlet or layout.outlet,
        "author": page.author,
        "url": page.url,
    }
    # A page date that cannot be read is no date: the text's own (a Published line, a dateline) stands.
    page_date = parse_date(page.published) if page.published else None
    date = ("html", page_date) if page_date else ("text", layout.published)
    return _draft(source, layout.body, extra, fields, found, date, raw, id_hint)


def _draft(
    source: str,
    body: str,
    extra: dict[str, str],
    fields: dict[str, str],
    found: dict[str, str | None],
    found_date: tuple[str, str | None],
    raw: sources.RawInput,
    id_hint: str | None,
) -> _Draft | InputError:
    if not body.strip():
        return InputError(source, "has no article text once cleaned")
    merged: dict[str, str] = {}
    for key in ("title", "outlet", "author", "url", "genre", "language"):
        value = fields.get(key) or found.get(key) or extra.get(key)
        if value:
            merged[key] = repair(value).strip()
    published, date_from = _published(extra, fields, found_date)
    if published:
        merged["published"] = published
    if "id" in fields:
        merged["id"] = fields["id"]
    hint = id_hint or (Path(raw.name).stem if raw.path or raw.url else "stdin")
    return _Draft(source=source, text=body, fields=merged, date_from=date_from, id_hint=hint)


def _published(
    extra: dict[str, str], fields: dict[str, str], found: tuple[str, str | None]
) -> tuple[str | None, str | None]:
    for origin, value in (("meta", extra.get("published")), ("record", fields.get("published")), found):
        if value and (date := parse_date(value)):
            return date, origin
    return None, None


def _finish(drafts: list[_Draft]) -> list[Article]:
    articles: list[Article] = []
    used: set[str] = set()
    for draft in drafts:
        article_id = unique_id(draft.fields.get("id") or _slug(draft.id_hint), used)
        fields = draft.fields
        language = fields.get("language") or detect_language(draft.text)
        articles.append(
            Article(
                id=article_id,
                source=draft.source,
                text=draft.text,
                title=fields.get("title"),
                outlet=fields.get("outlet"),
                author=fields.get("author"),
                url=fields.get("url"),
                language=language,
                published=fields.get("published"),
                published_from=draft.date_from,
                genre=fields.get("genre") or _genre(fields.get("title"), fields.get("url")),
            )
        )
    return articles


def _genre(title: str | None, url: str | None) -> str | None:
    """The genre a headline prefix ("Analysis: ...") or a URL section (/opinion/) declares, if any."""
    if title and (match := re.match(r"^\s*([\w' ]{3,20}?)\s*[:|]", title)):
        prefixes = dict(lexicons.table("title_prefixes.txt", 2))
        if genre := prefixes.get(match.group(1).lower()):
            return genre
    if url:
        for part in re.split(r"[/?#]", url.lower()):
            if part in _GENRE_IN_URL:
                return _GENRE_IN_URL[part]
    return None


def _url_stem(url: str) -> str:
    """The last part of a URL's path without its suffix: the id hint of a page read from an archive."""
    return Path(url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]).stem or "page"


def _slug(value: str) -> str:
    slug = re.sub(r"[^\w.-]+", "-", value).strip("-.").lower()
    return slug[:60] or "article"


def unique_id(candidate: str, used: set[str]) -> str:
    """``candidate``, or ``candidate-2``, ``-3``… when taken; the id returned is added to ``used``."""
    article_id, n = candidate, 1
    while article_id in used:
        n += 1
        article_id = f"{candidate}-{n}"
    used.add(article_id)
    return article_id
