"""A bad input becomes a Failure naming it and saying why; the good inputs around it are still read."""

from __future__ import annotations

import gzip
import io
import json
import os
import pathlib
import socket
import sys
from pathlib import Path

import pytest

from sitroom.ingest import ReadResult, read_articles
from sitroom.options import Options
from sitroom.types import Failure

GOOD = "The harbour reopened on Friday after a week of repairs, the port authority said."


def read(*inputs: str | Path, **options: object) -> ReadResult:
    return read_articles([str(item) for item in inputs], options=Options(**options))


def good_file(folder: Path) -> Path:
    path = folder / "good.txt"
    path.write_text(GOOD + "\n", encoding="utf-8")
    return path


def assert_one_failure(result: ReadResult, source: str | Path, reason: str) -> Failure:
    """The good article was read, and exactly one failure names ``source`` with ``reason`` in it."""
    assert [article.text for article in result.articles] == [GOOD]
    [failure] = result.failures
    assert failure.source == str(source)
    assert reason in failure.reason
    return failure


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    assert_one_failure(read(missing, good_file(tmp_path)), missing, "no such file or folder")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_unreadable_file(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD)
    locked.chmod(0)
    try:
        assert_one_failure(read(locked, good_file(tmp_path)), locked, "permission denied")
    finally:
        locked.chmod(0o644)


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD)
    real_open = pathlib.Path.open

    def guarded_open(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", guarded_open)
    assert_one_failure(read(locked, good_file(tmp_path)), locked, "permission denied")


@pytest.mark.parametrize(
    ("name", "data"),
    [("empty.txt", b""), ("blank.txt", b"  \n\n\t\n"), ("empty.html", b""), ("empty.jsonl", b"\n")],
)
def test_empty_file(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert_one_failure(read(path, good_file(tmp_path)), path, "is empty")


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4),
        ("archive", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(200)),
        ("controls.txt", bytes(range(1, 32)) * 20 + b"some words"),
    ],
)
def test_binary_file(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert_one_failure(read(path, good_file(tmp_path)), path, "is binary")


def test_undecodable_bytes(tmp_path: Path) -> None:
    # 0x81, 0x8d and 0x90 are neither UTF-8 here nor defined in Windows-1252.
    path = tmp_path / "garbled.txt"
    path.write_bytes(b"The harbour \x81\x8d\x90 reopened on Friday.")
    assert_one_failure(read(path, good_file(tmp_path)), path, "cannot be decoded")


def test_malformed_json_line_is_reported_and_other_lines_read(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": GOOD})
        + "\n"
        + '{"id": "b", "text": "unfinished\n'
        + json.dumps({"id": "c", "text": GOOD})
        + "\n"
    )
    result = read(path)
    assert [article.id for article in result.articles] == ["a", "c"]
    [failure] = result.failures
    assert failure.source == f"{path}:2"
    assert "malformed JSON" in failure.reason


def test_malformed_json_document(tmp_path: Path) -> None:
    path = tmp_path / "records.json"
    path.write_text('[{"text": "unfinished"')
    assert_one_failure(read(path, good_file(tmp_path)), path, "malformed JSON")


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ({"id": "x", "title": "No body here"}, "no `text` or `html`"),
        ({"id": "x", "text": 42}, "no `text` or `html`"),
        ({"id": "x", "text": ""}, "no article text"),
        ({"id": "x", "text": "Advertisement\n\nShare this article"}, "no article text"),
        (["a", "list"], "not a JSON object"),
    ],
)
def test_record_without_text(tmp_path: Path, record: object, reason: str) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": GOOD}) + "\n" + json.dumps(record) + "\n")
    result = read(path)
    assert [article.id for article in result.articles] == ["ok"]
    [failure] = result.failures
    assert failure.source == f"{path}:2"
    assert reason in failure.reason


def test_file_over_the_size_limit_is_refused_without_being_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.txt"
    big.write_text(GOOD * 20)
    good = good_file(tmp_path)
    opened: list[str] = []
    real_open = pathlib.Path.open

    def spying_open(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        opened.append(self.name)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", spying_open)
    failure = assert_one_failure(read(big, good, max_bytes=200), big, "over the 200-byte limit")
    assert "--max-bytes" in failure.reason
    assert opened == ["good.txt"]  # the size is checked on stat; the big file is never read


def test_gzip_that_expands_over_the_limit_is_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * 100_000))
    assert bomb.stat().st_size < 1_000
    assert_one_failure(read(bomb, good_file(tmp_path), max_bytes=1_000), bomb, "over the limit")


def test_stdin_over_the_limit_is_refused_after_reading_just_past_it(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.BytesIO(GOOD.encode() * 100)

    class Stdin:
        buffer = stream

    monkeypatch.setattr(sys, "stdin", Stdin())
    result = read("-", max_bytes=100)
    assert result.articles == []
    assert [failure.source for failure in result.failures] == ["-"]
    assert stream.tell() == 101


def test_url_over_the_limit_is_refused_by_its_length(server: str, tmp_path: Path) -> None:
    url = f"{server}/news/harbour-strike"
    assert_one_failure(read(url, good_file(tmp_path), max_bytes=100), url, "over the 100-byte limit")


def test_url_that_fails(server: str, tmp_path: Path) -> None:
    url = f"{server}/no-such-page"
    assert_one_failure(read(url, good_file(tmp_path)), url, "HTTP 404")


def test_url_nobody_answers(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/news"
    assert_one_failure(read(url, good_file(tmp_path), timeout=2), url, "cannot be fetched")


def test_slow_url_times_out(server: str, tmp_path: Path) -> None:
    url = f"{server}/slow"
    failure = assert_one_failure(read(url, good_file(tmp_path), timeout=0.5), url, "no answer within 0.5 s")
    assert "--timeout" in failure.reason


@pytest.mark.parametrize("content", ["name,age\nAnna,34\n", "file,text\nferry.txt,The ferry sails.\n"])
def test_csv_given_as_an_article(tmp_path: Path, content: str) -> None:
    path = tmp_path / "people.csv"
    path.write_text(content)
    assert_one_failure(read(path, good_file(tmp_path)), path, "is CSV")


def test_csv_in_a_folder_that_is_not_a_manifest(tmp_path: Path) -> None:
    good_file(tmp_path)
    (tmp_path / "people.csv").write_text("name,age\nAnna,34\n")
    assert_one_failure(read(tmp_path), tmp_path / "people.csv", "is CSV")


def test_html_page_with_no_article_text(tmp_path: Path) -> None:
    path = tmp_path / "gallery.html"
    path.write_text(
        "<html><head><title>Gallery</title></head><body><img src='a.png'><script>go()</script></body></html>"
    )
    assert_one_failure(read(path, good_file(tmp_path)), path, "no article text")


def test_every_failure_is_reported_in_one_run(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "garbled.txt").write_bytes(b"\x81\x8d\x90")
    good_file(tmp_path)
    result = read(tmp_path, tmp_path / "missing.txt")
    assert [article.text for article in result.articles] == [GOOD]
    assert [Path(failure.source).name for failure in result.failures] == [
        "empty.txt",
        "garbled.txt",
        "missing.txt",
    ]


def test_manifest_in_a_folder_with_a_bad_row_late_on_is_reported(tmp_path: Path) -> None:
    good_file(tmp_path)
    rows = [json.dumps({"file": f"f{n}.txt", "published": "2023-03-01"}) for n in range(60)]
    meta = tmp_path / "meta.jsonl"
    meta.write_text("\n".join([*rows, "{not json"]) + "\n")
    assert_one_failure(read(tmp_path), meta, "is a manifest that cannot be read")
