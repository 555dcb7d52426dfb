"""What a reader types becomes a safe FTS5 query: words only, phrases kept, the last word a prefix."""

from __future__ import annotations

import sqlite3

import pytest

from sitroom.web.query import fts_query


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("referendum", '"referendum"*'),
        ("Greek banks", '"Greek" "banks"*'),
        ('"debt relief" now', '"debt relief" "now"*'),
        ("EU", '"EU"'),
        ("NEAR(a b", '"NEAR" "a" "b"'),
        ("title: *", '"title"*'),
        ('say "no', '"say" "no"'),
        ("Ελλάδα", '"Ελλάδα"*'),
    ],
)
def test_words_are_quoted_and_operators_dropped(typed: str, query: str) -> None:
    assert fts_query(typed) == query


@pytest.mark.parametrize("typed", ["", "   ", "***", '""', "-- ;", "\x00"])
def test_a_query_without_words_looks_for_nothing(typed: str) -> None:
    assert fts_query(typed) is None


@pytest.mark.parametrize("typed", ['" OR 1=1 --', "a AND NOT b", "x^y", "col:val", "(a OR b)", 'x""y'])
def test_every_query_is_valid_fts5(typed: str) -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5 (body)")
    db.execute("INSERT INTO t VALUES ('a b x y val 1')")
    query = fts_query(typed)
    assert query is not None
    db.execute("SELECT * FROM t WHERE t MATCH ?", (query,)).fetchall()
