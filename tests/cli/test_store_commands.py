"""``sitroom add``, ``brief --store`` and ``export`` end to end: summaries, exit codes, formats, no
tracebacks."""

from __future__ import annotations

import csv
import json
from importlib.resources import files
from pathlib import Path

import jsonschema
import networkx as nx
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from sitroom.cli import app

pytestmark = pytest.mark.slow
SCHEMA = json.loads(files("sitroom.schema").joinpath("brief-1.json").read_text(encoding="utf-8"))


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def store(corpus: Path, tmp_path: Path) -> Path:
    path = tmp_path / "news.db"
    result = run("add", str(corpus), "--store", str(path))
    assert result.exit_code == 0, result.output
    return path


def test_add_says_what_it_added_and_a_second_add_that_nothing_changed(corpus: Path, store: Path) -> None:
    again = run("add", str(corpus), "--store", str(store))
    assert again.exit_code == 0
    assert again.stderr.strip() == f"{store}: added 0 articles, 3 already stored"


def test_add_summary_counts_the_articles_and_stories(corpus: Path, tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    result = run("add", str(corpus), "--store", str(path))
    assert result.stderr.startswith(f"{path}: added 3 articles, ")
    assert "new stor" in result.stderr


def test_brief_of_a_store_is_valid_and_the_same_as_a_one_shot_brief(corpus: Path, store: Path) -> None:
    stored = run("brief", "--store", str(store), "-q")
    assert stored.exit_code == 0, stored.output
    document = json.loads(stored.stdout)
    jsonschema.validate(document, SCHEMA)
    assert document == json.loads(run("brief", str(corpus), "-q").stdout)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(("brief", "x.txt", "--store", "s.db"), "give PATHs or --store, not both", id="both"),
        pytest.param(("brief", "x.txt", "--story", "s1"), "--story needs --store", id="story-alone"),
        pytest.param(("brief",), "give the articles to read", id="nothing"),
        pytest.param(("brief", "--store", "missing.db"), "store missing.db does not exist", id="no-store"),
    ],
)
def test_brief_misuse_of_the_store_options_is_one_line(args: tuple[str, ...], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_a_text_file_given_as_store_is_one_line_and_exit_2(corpus: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n")
    result = run("add", str(corpus), "--store", str(notes))
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"sitroom: error: store {notes} is not a sitroom store (not a SQLite database); "
        "give another --store path"
    )


def test_export_jsonl_writes_every_record_with_its_kind(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    result = run("export", "--store", str(store), "--format", "jsonl", "-o", str(out))
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert {r["record"] for r in records} >= {"article", "entity", "mention", "quote", "story"}
    assert sum(r["record"] == "article" for r in records) == 3


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export_tables_writes_one_file_per_table(store: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "tables"
    result = run("export", "--store", str(store), "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert {p.name for p in out.iterdir()} == {
        f"{name}.{fmt}"
        for name in (
            "articles",
            "entities",
            "mentions",
            "quotes",
            "times",
            "figures",
            "events",
            "comparisons",
            "stories",
        )
    }
    if fmt == "csv":
        with (out / "articles.csv").open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
    else:
        rows = pq.read_table(out / "articles.parquet").to_pylist()
    assert len(rows) == 3 and {"id", "text", "copy_of"} <= set(rows[0])


def test_export_graphml_is_the_actor_graph(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "actors.graphml"
    result = run("export", "--store", str(store), "--format", "graphml", "-o", str(out))
    assert result.exit_code == 0, result.output
    graph = nx.read_graphml(out)
    names = {data.get("name") for _, data in graph.nodes(data=True)}
    assert {"Mara Lindqvist", "Tomas Berg"} <= names
    for _, _, data in graph.edges(data=True):
        assert {"type", "status", "confidence", "score"} <= set(data)


def test_export_refuses_an_unknown_format(store: Path) -> None:
    result = run("export", "--store", str(store), "--format", "xlsx")
    assert result.exit_code == 2
    assert "unknown export format 'xlsx'" in result.stderr
