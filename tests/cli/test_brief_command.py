"""``sitroom brief`` and ``sitroom demo`` end to end: formats, exit codes, bad inputs, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from sitroom.cli import app

pytestmark = pytest.mark.slow
SCHEMA = json.loads(files("sitroom.schema").joinpath("brief-1.json").read_text(encoding="utf-8"))


def run(*args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), input=stdin)


def test_brief_writes_valid_json_for_a_folder(corpus: Path) -> None:
    result = run("brief", str(corpus), "-q")
    assert result.exit_code == 0, result.output
    brief = json.loads(result.stdout)
    jsonschema.validate(brief, SCHEMA)
    sources = {Path(a["source"]).name for a in brief["articles"]}
    assert sources == {"report.txt", "comment.txt", "wire.jsonl:1"}
    report = next(a for a in brief["articles"] if a["source"].endswith("report.txt"))
    assert (report["published"], report["published_from"], report["outlet"]) == (
        "2023-03-14",
        "meta",
        "The Coastal Ledger",
    )
    names = {e["name"] for e in brief["entities"]}
    assert {"Mara Lindqvist", "Tomas Berg"} <= names


def test_every_span_cites_its_own_text(corpus: Path) -> None:
    brief = json.loads(run("brief", str(corpus), "-q").stdout)
    texts = {a["id"]: a["text"] for a in brief["articles"]}
    for mention in brief["mentions"]:
        assert 0 <= mention["start"] < mention["end"] <= len(texts[mention["article"]])
    for entity in brief["entities"]:
        for role in entity["roles"]:
            assert texts[role["article"]][role["start"] : role["end"]]


def test_same_input_gives_byte_identical_json(corpus: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    run("brief", str(corpus), "-q", "-o", str(first))
    run("brief", str(corpus), "-q", "-o", str(second))
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize(
    ("name", "marker"), [("brief.html", "<!DOCTYPE html>"), ("brief.md", "# sitroom brief")]
)
def test_format_follows_the_output_suffix(corpus: Path, tmp_path: Path, name: str, marker: str) -> None:
    out = tmp_path / name
    assert run("brief", str(corpus), "-q", "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").lstrip().startswith(marker)


def test_format_option_wins_over_the_suffix(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.txt"
    run("brief", str(corpus), "-q", "--format", "md", "-o", str(out))
    assert out.read_text(encoding="utf-8").startswith("# sitroom brief")


def test_standard_input_is_read(corpus: Path) -> None:
    result = run(
        "brief", "-", "-q", stdin="Ministers met in Oslo. Mara Lindqvist, the chief executive, left.\n"
    )
    assert result.exit_code == 0
    (article,) = json.loads(result.stdout)["articles"]
    assert article["source"] == "-"


def test_bad_inputs_are_named_skipped_and_give_exit_code_1(corpus: Path, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    (tmp_path / "bad.jsonl").write_text('{"text": "Dockers met."}\n{not json\n')
    (tmp_path / "big.txt").write_text("word " * 400)
    out = tmp_path / "brief.json"
    result = run(
        "brief",
        str(corpus / "report.txt"),
        str(tmp_path / "missing.txt"),
        str(tmp_path / "empty.txt"),
        str(tmp_path / "binary.txt"),
        str(tmp_path / "bad.jsonl"),
        str(tmp_path / "big.txt"),
        "http://127.0.0.1:9/nothing-listens-here",
        "--max-bytes",
        "1000",
        "--timeout",
        "2",
        "-o",
        str(out),
    )
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    brief = json.loads(out.read_text(encoding="utf-8"))
    failed = {f["source"]: f["reason"] for f in brief["meta"]["failed"]}
    assert set(failed) == {
        str(tmp_path / "missing.txt"),
        str(tmp_path / "empty.txt"),
        str(tmp_path / "binary.txt"),
        f"{tmp_path / 'bad.jsonl'}:2",
        str(tmp_path / "big.txt"),
        "http://127.0.0.1:9/nothing-listens-here",
    }
    for source in failed:
        assert source in result.stderr
    assert len(brief["articles"]) == 2  # the report and the good JSON line


def test_unknown_model_is_one_line_with_the_way_out(corpus: Path) -> None:
    result = run("brief", str(corpus), "--model", "xx_no_such_pipeline")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "xx_no_such_pipeline" in lines[0] and "pip install" in lines[0]


def test_missing_manifest_is_one_line(corpus: Path, tmp_path: Path) -> None:
    result = run("brief", str(corpus), "--meta", str(tmp_path / "nope.csv"))
    assert result.exit_code == 2
    assert "nope.csv" in result.stderr and "Traceback" not in result.output


def test_unknown_format_is_refused(corpus: Path) -> None:
    result = run("brief", str(corpus), "--format", "pdf")
    assert result.exit_code == 2
    assert "pdf" in result.stderr


def test_article_markup_is_shown_as_text_in_both_reports(tmp_path: Path) -> None:
    evil = tmp_path / "evil.txt"
    evil.write_text("Officials in Oslo said <script>alert(1)</script> and **shouted** at Mara Lindqvist.\n")
    html = tmp_path / "b.html"
    md = tmp_path / "b.md"
    run("brief", str(evil), "-q", "-o", str(html))
    run("brief", str(evil), "-q", "-o", str(md))
    assert "<script>alert(1)</script>" not in html.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html.read_text(encoding="utf-8")
    assert "**shouted**" not in md.read_text(encoding="utf-8")


def test_demo_writes_all_three_reports(tmp_path: Path) -> None:
    result = run("demo", "-q", "--out", str(tmp_path / "demo"))
    assert result.exit_code == 0, result.output
    for suffix in ("json", "md", "html"):
        assert (tmp_path / "demo" / f"brief.{suffix}").stat().st_size > 1000
    brief = json.loads((tmp_path / "demo" / "brief.json").read_text(encoding="utf-8"))
    jsonschema.validate(brief, SCHEMA)
    assert all(a["source"].startswith("corpus/") for a in brief["articles"])


def test_the_console_script_runs_as_a_process(corpus: Path) -> None:
    script = Path(sys.executable).with_name("sitroom")
    done = subprocess.run([str(script), "brief", str(corpus / "missing.txt")], capture_output=True, text=True)
    assert done.returncode == 1
    assert "missing.txt" in done.stderr and "Traceback" not in done.stderr
