"""Every kind of input becomes articles: text files, folders, stdin, URLs, HTML, JSON records, manifests."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from sitroom.ingest import ReadResult, read_articles
from sitroom.options import Options

LEDE = "The morning ferry to Skellan will leave twenty minutes later from Monday, the operator said."
MORE = "Passengers with season tickets can ask for a refund at the harbour office."


def read(*inputs: str | Path, meta: str | Path | None = None, **options: object) -> ReadResult:
    return read_articles([str(item) for item in inputs], meta=meta, options=Options(**options))


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def jsonl(path: Path, *records: dict) -> Path:
    return write(path, "".join(json.dumps(record) + "\n" for record in records))


# --- plain text --------------------------------------------------------------------------------------


def test_text_file_gives_title_body_and_metadata(tmp_path: Path) -> None:
    path = write(tmp_path / "ferry.txt", f"Ferry timetable changes\n\n{LEDE}\n\n{MORE}\n")
    result = read(path)
    assert result.failures == []
    [article] = result.articles
    assert article.source == str(path)
    assert article.title == "Ferry timetable changes"
    assert article.text == f"{LEDE}\n\n{MORE}"
    assert (article.id, article.language, article.published, article.published_from) == (
        "ferry",
        "en",
        None,
        None,
    )


@pytest.mark.parametrize("name", ["ferry.md", "ferry.text", "ferry"])
def test_other_text_names_are_read_as_text(tmp_path: Path, name: str) -> None:
    [article] = read(write(tmp_path / name, f"{LEDE}\n")).articles
    assert article.text == LEDE


def test_text_in_windows_1252_and_utf16_is_decoded(tmp_path: Path) -> None:
    cp1252 = tmp_path / "cafe.txt"
    cp1252.write_bytes("The caf\u00e9 by the quay stayed open, its owner said.".encode("cp1252"))
    utf16 = tmp_path / "wide.txt"
    utf16.write_bytes("The caf\u00e9 by the quay stayed open, its owner said.".encode("utf-16"))
    texts = [article.text for article in read(cp1252, utf16).articles]
    assert texts == ["The caf\u00e9 by the quay stayed open, its owner said."] * 2


def test_gzipped_text_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "ferry.txt.gz"
    path.write_bytes(gzip.compress(f"{LEDE}\n".encode()))
    [article] = read(path).articles
    assert (article.text, article.id) == (LEDE, "ferry")


# --- folders -----------------------------------------------------------------------------------------


def test_folder_is_read_recursively_in_sorted_order_skipping_hidden_files(tmp_path: Path) -> None:
    for name in [
        "b.txt",
        "a.txt",
        "sub/c.txt",
        "sub/deeper/d.txt",
        ".hidden.txt",
        ".git/e.txt",
        "sub/.cache/f.txt",
        "__pycache__/g.txt",
        "notes.swp",
    ]:
        write(tmp_path / name, f"{LEDE} ({name})\n")
    result = read(tmp_path)
    assert result.failures == []
    assert [Path(article.source).relative_to(tmp_path).as_posix() for article in result.articles] == [
        "a.txt",
        "b.txt",
        "sub/c.txt",
        "sub/deeper/d.txt",
    ]


def test_inputs_keep_the_order_they_were_given(tmp_path: Path) -> None:
    first, second = write(tmp_path / "z.txt", f"{LEDE}\n"), write(tmp_path / "a.txt", f"{MORE}\n")
    assert [article.source for article in read(first, second).articles] == [str(first), str(second)]


# --- standard input ----------------------------------------------------------------------------------


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_stdin_is_read_from_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(f"Ferry timetable changes\n\n{LEDE}\n".encode()))
    [article] = read("-").articles
    assert (article.source, article.id, article.title, article.text) == (
        "-",
        "stdin",
        "Ferry timetable changes",
        LEDE,
    )


# --- URLs --------------------------------------------------------------------------------------------


def test_html_url_gives_article_and_page_metadata(server: str, page) -> None:
    url = f"{server}/news/harbour-strike"
    result = read(url)
    assert result.failures == []
    [article] = result.articles
    assert article.source == url
    assert article.title == page.title
    assert article.text.startswith(page.first)
    assert "Share this article" not in article.text
    assert (article.outlet, article.author, article.published, article.published_from) == (
        page.outlet,
        page.author,
        page.published,
        "html",
    )
    assert article.url == page.url
    assert article.id == "harbour-strike"


def test_text_url_is_read_as_text(server: str) -> None:
    url = f"{server}/notes/ferry"
    [article] = read(url).articles
    assert (article.title, article.url, article.id) == ("Ferry timetable changes", url, "ferry")
    assert article.text.startswith("The morning ferry to Skellan")


# --- HTML files --------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["strike.html", "strike.htm", "strike.html.gz", "strike"])
def test_html_page_gives_title_date_site_author_and_canonical_url(tmp_path: Path, page, name: str) -> None:
    path = tmp_path / name
    data = page.html.encode()
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    result = read(path)
    assert result.failures == []
    [article] = result.articles
    assert article.title == page.title
    assert article.text.startswith(page.first)
    assert page.title not in article.text  # the <h1> repeating the title is not body text
    assert "Home" not in article.text and "All rights reserved" not in article.text
    assert (article.outlet, article.author, article.url) == (page.outlet, page.author, page.url)
    assert (article.published, article.published_from) == (page.published, "html")
    assert article.id == "strike"


def test_html_paragraphs_are_kept_apart(tmp_path: Path, page) -> None:
    [article] = read(write(tmp_path / "strike.html", page.html)).articles
    assert len(article.text.split("\n\n")) == 4


# --- JSON Lines and JSON records ---------------------------------------------------------------------

FULL = {
    "id": "ledger-0314",
    "title": "Dockers strike for a second week",
    "url": "https://ledger.example.org/news/0314",
    "outlet": "The Coastal Ledger",
    "author": "Mara Lindqvist",
    "published": "2023-03-14T08:30:00Z",
    "text": f"{LEDE}\n\n{MORE}",
}


def test_jsonl_record_with_text_and_all_fields(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "feed.jsonl", FULL)
    [article] = read(path).articles
    assert article.source == f"{path}:1"
    assert (article.id, article.title, article.url, article.outlet, article.author) == (
        FULL["id"],
        FULL["title"],
        FULL["url"],
        FULL["outlet"],
        FULL["author"],
    )
    assert (article.published, article.published_from, article.text) == (
        "2023-03-14",
        "record",
        f"{LEDE}\n\n{MORE}",
    )


def test_jsonl_record_with_html(tmp_path: Path, page) -> None:
    path = jsonl(tmp_path / "feed.jsonl", {"id": "page-1", "html": page.html, "outlet": "Ledger Wire"})
    [article] = read(path).articles
    assert (article.id, article.title, article.outlet) == ("page-1", page.title, "Ledger Wire")
    assert article.text.startswith(page.first)
    assert (article.published, article.published_from) == (page.published, "html")


def test_record_title_repeated_in_its_text_is_dropped(tmp_path: Path) -> None:
    record = {"title": "Ferry timetable changes", "text": f"Ferry timetable changes\n\n{LEDE}"}
    [article] = read(jsonl(tmp_path / "feed.jsonl", record)).articles
    assert (article.title, article.text) == ("Ferry timetable changes", LEDE)


def test_jsonl_records_without_id_are_named_by_file_and_line(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "feed.ndjson", {"text": LEDE}, {"text": MORE})
    assert [article.id for article in read(path).articles] == ["feed-1", "feed-2"]


@pytest.mark.parametrize(
    ("content", "sources"),
    [
        (json.dumps([{"id": "a", "text": LEDE}, {"id": "b", "text": MORE}]), ["#1", "#2"]),
        (json.dumps({"id": "a", "text": LEDE}), [""]),
        (json.dumps({"id": "a", "text": LEDE}, indent=2), [""]),
    ],
)
def test_json_document_holds_one_record_or_a_list(tmp_path: Path, content: str, sources: list[str]) -> None:
    path = write(tmp_path / "records.json", content)
    result = read(path)
    assert result.failures == []
    assert [article.source for article in result.articles] == [f"{path}{suffix}" for suffix in sources]


# --- manifests ---------------------------------------------------------------------------------------


def _corpus(folder: Path) -> None:
    write(folder / "ferry.txt", f"Ferry timetable changes\n\n{LEDE}\n")
    write(folder / "sub" / "refund.txt", f"Refunds for season tickets\n\n{MORE}\n")


@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_manifest_supplies_metadata_by_file_name_or_path(tmp_path: Path, kind: str) -> None:
    _corpus(tmp_path / "corpus")
    rows = [
        {
            "file": "ferry.txt",
            "published": "2023-03-01",
            "outlet": "Harbour Post",
            "url": "https://hp.example/1",
        },
        {"file": "corpus/sub/refund.txt", "published": "2023-03-02", "outlet": "Quay Times", "url": ""},
    ]
    if kind == "csv":
        lines = ["file,published,outlet,url"] + [",".join(row.values()) for row in rows]
        meta = write(tmp_path / "meta.csv", "\n".join(lines) + "\n")
    else:
        meta = jsonl(tmp_path / "meta.jsonl", *rows)
    result = read(tmp_path / "corpus", meta=meta)
    assert result.failures == []
    found = [(a.published, a.published_from, a.outlet, a.url) for a in result.articles]
    assert found == [
        ("2023-03-01", "meta", "Harbour Post", "https://hp.example/1"),
        ("2023-03-02", "meta", "Quay Times", None),
    ]


def test_manifest_supplies_metadata_by_record_id(tmp_path: Path) -> None:
    feed = jsonl(tmp_path / "feed.jsonl", {"id": "r1", "text": LEDE}, {"id": "r2", "text": MORE})
    meta = write(tmp_path / "meta.csv", "id,published,outlet\nr2,2023-03-02,Quay Times\n")
    articles = read(feed, meta=meta).articles
    assert [(a.id, a.published, a.outlet) for a in articles] == [
        ("r1", None, None),
        ("r2", "2023-03-02", "Quay Times"),
    ]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("meta.csv", "file,published,outlet\nferry.txt,2023-03-01,Harbour Post\n"),
        ("meta.jsonl", '{"file": "ferry.txt", "published": "2023-03-01", "outlet": "Harbour Post"}\n'),
    ],
)
def test_manifest_inside_a_folder_is_applied_not_read(tmp_path: Path, name: str, content: str) -> None:
    _corpus(tmp_path)
    write(tmp_path / name, content)
    result = read(tmp_path)
    assert result.failures == []
    assert [Path(a.source).name for a in result.articles] == ["ferry.txt", "refund.txt"]
    assert (result.articles[0].published, result.articles[0].outlet) == ("2023-03-01", "Harbour Post")


@pytest.mark.parametrize("blank", ["", "   "])
def test_empty_manifest_cell_means_not_given(tmp_path: Path, blank: str) -> None:
    write(tmp_path / "ferry.txt", f"Ferry timetable changes\n\nPublished 3 March 2023\n\n{LEDE}\n")
    meta = write(
        tmp_path / "meta.csv", f"file,published,outlet,title\nferry.txt,{blank},Harbour Post,{blank}\n"
    )
    [article] = read(tmp_path / "ferry.txt", meta=meta).articles
    assert (article.published, article.published_from) == ("2023-03-03", "text")
    assert (article.outlet, article.title) == ("Harbour Post", "Ferry timetable changes")


def test_given_manifest_inside_the_folder_is_not_read_as_an_article(tmp_path: Path) -> None:
    _corpus(tmp_path)
    meta = jsonl(tmp_path / "meta.jsonl", {"file": "ferry.txt", "published": "2023-03-01"})
    result = read(tmp_path, meta=meta)
    assert (len(result.articles), result.failures) == (2, [])


def test_text_and_record_fields_win_over_manifest_except_for_the_date(tmp_path: Path) -> None:
    feed = jsonl(tmp_path / "feed.jsonl", {**FULL, "id": "r1"})
    meta = jsonl(tmp_path / "meta.jsonl", {"id": "r1", "published": "2023-01-01", "outlet": "Other Paper"})
    [article] = read(feed, meta=meta).articles
    assert (article.published, article.published_from, article.outlet) == (
        "2023-01-01",
        "meta",
        FULL["outlet"],
    )


# --- publication-date precedence: manifest > record > html > text -------------------------------------

DATED_TEXT = f"Ferry timetable changes\n\nPublished 3 March 2023\n\n{LEDE}"


def _dated_page(page) -> str:
    """The test page with a Published line in its text as well as its metadata date."""
    return page.html.replace("<article>", "<article><p>Published 3 March 2023</p>")


@pytest.mark.parametrize(
    ("record", "manifest_date", "expected"),
    [
        ({"id": "r", "text": DATED_TEXT, "published": "2023-03-05"}, "2023-03-09", ("2023-03-09", "meta")),
        ({"id": "r", "text": DATED_TEXT, "published": "2023-03-05"}, None, ("2023-03-05", "record")),
        ({"id": "r", "text": DATED_TEXT}, None, ("2023-03-03", "text")),
        ({"id": "r", "text": LEDE}, None, (None, None)),
        ({"id": "r", "text": DATED_TEXT, "published": "not a date"}, None, ("2023-03-03", "text")),
        ({"id": "r", "text": DATED_TEXT}, "soon", ("2023-03-03", "text")),
        ({"id": "r", "html": "PAGE", "published": "2023-03-05"}, None, ("2023-03-05", "record")),
        ({"id": "r", "html": "PAGE"}, None, ("2023-03-14", "html")),
        ({"id": "r", "html": "PAGE"}, "2023-03-09", ("2023-03-09", "meta")),
    ],
)
def test_publication_date_precedence(tmp_path: Path, page, record: dict, manifest_date, expected) -> None:
    if record.get("html") == "PAGE":
        record = {**record, "html": _dated_page(page)}
    feed = jsonl(tmp_path / "feed.jsonl", record)
    meta = jsonl(tmp_path / "meta.jsonl", {"id": "r", "published": manifest_date}) if manifest_date else None
    [article] = read(feed, meta=meta).articles
    assert (article.published, article.published_from) == expected


def test_page_date_that_cannot_be_read_leaves_the_text_date(tmp_path: Path, monkeypatch) -> None:
    from sitroom.ingest import articles
    from sitroom.ingest.html import Page

    page = Page(
        text=f"Published 3 March 2023\n{LEDE}", title="Ferry timetable changes", published="last week"
    )
    monkeypatch.setattr(articles, "read_page", lambda html, **_: page)
    [article] = read(write(tmp_path / "ferry.html", "<html><body><p>stub</p></body></html>")).articles
    assert (article.published, article.published_from, article.text) == ("2023-03-03", "text", LEDE)


def test_manifest_keyed_by_id_inside_a_folder_is_applied(tmp_path: Path) -> None:
    jsonl(tmp_path / "feed.jsonl", {"id": "r1", "text": LEDE}, {"id": "r2", "text": MORE})
    jsonl(tmp_path / "meta.jsonl", {"id": "r2", "published": "2023-03-02", "outlet": "Quay Times"})
    result = read(tmp_path)
    assert result.failures == []
    assert [(a.id, a.published, a.outlet) for a in result.articles] == [
        ("r1", None, None),
        ("r2", "2023-03-02", "Quay Times"),
    ]


def test_records_that_lack_their_body_are_not_taken_for_a_manifest(tmp_path: Path) -> None:
    feed = jsonl(tmp_path / "feed.jsonl", {"id": "r1", "body": LEDE}, {"id": "r2", "body": MORE})
    result = read(tmp_path)
    assert result.articles == []
    assert [failure.source for failure in result.failures] == [f"{feed}:1", f"{feed}:2"]


@pytest.mark.parametrize(
    "header",
    ["File, Published, Outlet", '"file","published","outlet"', "FILE,PUBLISHED,OUTLET"],
)
def test_manifest_columns_are_read_whatever_their_case_spacing_or_quoting(
    tmp_path: Path, header: str
) -> None:
    write(tmp_path / "corpus" / "ferry.txt", f"{LEDE}\n")
    for meta in (tmp_path / "meta.csv", tmp_path / "corpus" / "meta.csv"):  # given, and found in the folder
        write(meta, f"{header}\nferry.txt,2023-03-01,Harbour Post\n")
        given = meta if meta.parent == tmp_path else None
        [article] = read(tmp_path / "corpus", meta=given).articles
        assert (article.published, article.outlet) == ("2023-03-01", "Harbour Post")
        meta.unlink()
