"""Feeds and web archives, the two ways archives arrive, become articles like any other input.

Feeds and archives are built here from texts written for these tests (an invented ferry strike).
"""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sitroom.ingest import ReadResult, read_articles
from sitroom.options import Options

BODY = (
    "<p>Ferry crews at the port of Skellan walked out on Monday over new shift patterns, leaving "
    "hundreds of travellers stranded on the quay for most of the day.</p>"
    "<p>The crews' union said the rotas had been imposed without talks. The operator said it had "
    "consulted staff for months and would meet union officials on Wednesday.</p>"
    "<p>Island shopkeepers said deliveries of milk and bread had not arrived, and the harbour master "
    "asked private boat owners to help ferry medicines across.</p>"
)
TEASER = "<p>Ferry crews walk out at Skellan.</p>"


def read(*inputs: str | Path) -> ReadResult:
    return read_articles([str(item) for item in inputs], options=Options())


def rss(items: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>The Island Courier</title><link>https://courier.example.org/</link>{items}"
        "</channel></rss>"
    )


def item(title: str, link: str, *, content: str | None = None, description: str = TEASER) -> str:
    encoded = f"<content:encoded><![CDATA[{content}]]></content:encoded>" if content else ""
    return (
        f"<item><title>{title}</title><link>{link}</link><pubDate>Mon, 12 Jun 2023 09:30:00 GMT</pubDate>"
        f"<author>desk@courier.example.org (Ada Quist)</author><description><![CDATA[{description}]]>"
        f"</description>{encoded}</item>"
    )


def test_each_rss_entry_with_its_content_is_an_article_with_the_entrys_metadata(tmp_path: Path) -> None:
    feed = tmp_path / "courier.rss"
    feed.write_text(
        rss(item("Ferry crews walk out", "https://courier.example.org/ferry-strike", content=BODY))
    )
    result = read(feed)
    assert result.failures == []
    [article] = result.articles
    assert article.title == "Ferry crews walk out"
    assert article.text.startswith("Ferry crews at the port of Skellan walked out on Monday")
    assert (article.outlet, article.published, article.url) == (
        "The Island Courier",
        "2023-06-12",
        "https://courier.example.org/ferry-strike",
    )
    assert article.id == "ferry-strike"
    assert article.source == f"{feed}#1"


def test_a_feed_is_recognised_by_its_content_whatever_its_name(tmp_path: Path) -> None:
    feed = tmp_path / "latest.xml"
    feed.write_text(rss(item("Ferry crews walk out", "https://courier.example.org/a", content=BODY)))
    assert [a.title for a in read(feed).articles] == ["Ferry crews walk out"]


def test_an_atom_entry_is_an_article(tmp_path: Path) -> None:
    feed = tmp_path / "courier.atom"
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>The Island Courier</title><entry><title>Ferry crews walk out</title>"
        '<link href="https://courier.example.org/ferry-strike"/><updated>2023-06-12T09:30:00Z</updated>'
        f'<content type="html"><![CDATA[{BODY}]]></content></entry></feed>'
    )
    [article] = read(feed).articles
    assert (article.title, article.published) == ("Ferry crews walk out", "2023-06-12")
    assert "harbour master" in article.text


def test_an_entry_with_only_a_teaser_is_read_from_its_link(tmp_path: Path, server: str, page) -> None:
    feed = tmp_path / "courier.rss"
    feed.write_text(rss(item("Cranes idle", f"{server}/news/harbour-strike")))
    [article] = read(feed).articles
    assert article.text.startswith(page.first)
    assert (article.title, article.published) == (page.title, "2023-06-12")  # the feed's date stands


def test_an_entry_whose_link_fails_is_named_and_the_others_are_kept(tmp_path: Path, server: str) -> None:
    feed = tmp_path / "courier.rss"
    feed.write_text(
        rss(
            item("Gone", f"{server}/missing")
            + item("Ferry crews walk out", "https://courier.example.org/b", content=BODY)
        )
    )
    result = read(feed)
    assert [a.title for a in result.articles] == ["Ferry crews walk out"]
    assert [f.source for f in result.failures] == [f"{server}/missing"]


def test_a_feed_with_no_entries_is_a_failure_naming_it(tmp_path: Path) -> None:
    feed = tmp_path / "empty.rss"
    feed.write_text(rss(""))
    result = read(feed)
    assert result.articles == []
    assert [(f.source, f.reason) for f in result.failures] == [(str(feed), "is a feed with no entries")]


def warc(path: Path, pages: list[tuple[str, str, str, str]]) -> Path:
    """A gzipped WARC holding one response per (url, status, content type, body)."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, status, content_type, body in pages:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body.encode()), http_headers=headers
            )
            writer.write_record(record)
    return path


def page_html(title: str) -> str:
    head = f"<head><title>{title}</title></head>"
    return f"<html>{head}<body><article><h1>{title}</h1>{BODY}</article></body></html>"


def test_every_html_page_in_a_web_archive_is_an_article_named_by_its_url(tmp_path: Path) -> None:
    archive = warc(
        tmp_path / "crawl.warc.gz",
        [
            (
                "https://courier.example.org/ferry-strike",
                "200 OK",
                "text/html; charset=utf-8",
                page_html("Strike"),
            ),
            ("https://courier.example.org/logo.png", "200 OK", "image/png", "PNG"),
            ("https://courier.example.org/gone", "404 Not Found", "text/html", page_html("Not found")),
            ("https://courier.example.org/talks.html", "200 OK", "text/html", page_html("Talks")),
        ],
    )
    result = read(archive)
    assert result.failures == []
    assert [(a.id, a.url, a.title) for a in result.articles] == [
        ("ferry-strike", "https://courier.example.org/ferry-strike", "Strike"),
        ("talks", "https://courier.example.org/talks.html", "Talks"),
    ]
    assert all(a.published is None for a in result.articles)  # the crawl date is no publication date


def test_a_damaged_web_archive_is_a_failure_naming_it(tmp_path: Path) -> None:
    archive = tmp_path / "broken.warc.gz"
    archive.write_bytes(
        gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort")
    )
    result = read(archive)
    assert result.articles == []
    assert [f.source for f in result.failures] == [str(archive)]
