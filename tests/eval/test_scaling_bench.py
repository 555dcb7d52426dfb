"""The scaling benchmark's harness: it measures each size in its own process and writes its section.

The harness is ``eval/scaling_bench.py``; here it runs on a store of the demo corpus at two sizes, so the
figures mean nothing, only that every stage is timed, each size is its own row, and the section replaces
its earlier self in the page.
"""

from __future__ import annotations

import importlib
import re
import sys
from importlib.resources import files
from pathlib import Path

import pytest

import sitroom

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
scaling_bench = importlib.import_module("eval.scaling_bench")


@pytest.mark.slow
def test_each_size_is_a_row_of_stage_times_and_the_section_replaces_the_earlier_one(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    store = tmp_path / "demo.db"
    sitroom.add([str(files("sitroom.demo") / "corpus")], store=store)
    out = tmp_path / "performance.md"
    out.write_text(f"# Performance\n\nfigures\n\n{scaling_bench.HEADING}\n\nold table\n", encoding="utf-8")
    code = scaling_bench.main(["--store", str(store), "--sizes", "6,3", "--out", str(out)])
    assert code == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith(f"# Performance\n\nfigures\n\n{scaling_bench.HEADING}\n")
    assert "old table" not in text and capsys.readouterr().out in text
    cells = r" \| ".join([r"[0-9.]+"] * (len(scaling_bench.STAGES) + 3))
    rows = re.findall(rf"^\| ([0-9,]+) \| {cells} \|$", text, flags=re.MULTILINE)
    assert rows == ["3", "6"]
    assert "From 3 to 6 articles (2× as many)" in text


def test_without_a_store_or_the_data_it_skips_and_leaves_the_page_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out = tmp_path / "performance.md"
    out.write_text("earlier figures\n", encoding="utf-8")
    assert scaling_bench.main(["--shared", str(tmp_path / "nowhere"), "--out", str(out)]) == 0
    assert "scaling bench: skipped" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "earlier figures\n"
