"""The speed benchmark's harness: it times both commands, writes its table, and skips without data.

The harness is ``eval/bench.py``; here it runs on three invented articles with one counted pair, so
the figures mean nothing, only that they are produced and written.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

ARTICLES = {
    "harbour": (
        "The mayor of Westport, Elena Ruiz, opened the new harbour wall on Monday. "
        "She said the council had spent two years planning it. Fishermen welcomed the work."
    ),
    "summit": (
        "Foreign ministers from Norway and Chile met in Geneva on Tuesday to discuss fishing quotas. "
        "The Norwegian minister, Lars Holm, called the talks useful."
    ),
    "strike": (
        "Rail workers in Lyon walked out on Wednesday over pay. "
        "The union leader, Marc Petit, told reporters that the strike would last three days."
    ),
}


def _bench():  # type: ignore[no-untyped-def]
    name = "sitroom_eval_bench"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, REPO / "eval" / "bench.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def _shared(root: Path, articles: dict[str, str]) -> Path:
    """A shared folder holding ``articles`` as the benchmark's ``ground-truth.json``."""
    data = root / "shared" / "data" / "article-extraction"
    data.mkdir(parents=True)
    truth = {
        key: {"articleBody": text, "url": f"https://example.org/{key}"} for key, text in articles.items()
    }
    (data / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return root / "shared"


@pytest.mark.slow
def test_bench_times_both_commands_and_writes_the_table(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out = tmp_path / "docs" / "performance.md"
    code = _bench().main(["--shared", str(_shared(tmp_path, ARTICLES)), "--out", str(out), "--runs", "1"])
    assert code == 0
    text = out.read_text(encoding="utf-8")
    assert capsys.readouterr().out == text
    assert "| | A: sitroom brief | B: bare spaCy |" in text
    assert "| median wall time (s) |" in text
    assert "it analysed 3 of the 3" in text
    found = re.search(r"Ratio A/B \(median of the per-pair ratios\): \*\*([0-9.]+)\*\*", text)
    assert found is not None, text
    assert float(found.group(1)) > 0
    assert len(re.findall(r"^\| 1 \| [0-9.]+ \| [0-9.]+ \| [0-9.]+ \|", text, flags=re.MULTILINE)) == 1
    ray_installed = importlib.util.find_spec("ray") is not None
    ray_timed = re.search(r"A with `--engine ray` .*: [0-9.]+ s \([0-9.]+ articles/s\)", text)
    assert (ray_timed is not None) == ray_installed, text


def test_bench_skips_and_leaves_the_file_alone_without_data(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out = tmp_path / "performance.md"
    out.write_text("earlier figures\n", encoding="utf-8")
    code = _bench().main(["--shared", str(tmp_path / "nowhere"), "--out", str(out)])
    assert code == 0
    assert "bench: skipped: no article bodies under" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "earlier figures\n"


def test_profile_section_replaces_the_earlier_one(tmp_path: Path) -> None:
    bench = _bench()
    out = tmp_path / "performance.md"
    out.write_text(f"# Performance\n\nfigures\n\n{bench.PROFILE_HEADING}\n\nold profile\n", encoding="utf-8")
    text = bench.with_section(out, bench.PROFILE_HEADING, f"{bench.PROFILE_HEADING}\n\nnew profile\n")
    assert text == f"# Performance\n\nfigures\n\n{bench.PROFILE_HEADING}\n\nnew profile\n"


def test_a_section_in_the_middle_is_replaced_and_the_sections_after_it_kept(tmp_path: Path) -> None:
    bench = _bench()
    out = tmp_path / "performance.md"
    out.write_text(
        "# Performance\n\n## The archive\n\nold\n\n## Per-stage profile\n\nkept\n", encoding="utf-8"
    )
    text = bench.with_section(out, "## The archive", "## The archive\n\nnew\n")
    assert text == "# Performance\n\n## The archive\n\nnew\n\n## Per-stage profile\n\nkept\n"


def test_a_missing_section_is_added_at_the_end(tmp_path: Path) -> None:
    bench = _bench()
    out = tmp_path / "performance.md"
    out.write_text("# Performance\n\nfigures\n", encoding="utf-8")
    assert bench.with_section(out, "## The archive", "## The archive\n\nnew\n") == (
        "# Performance\n\nfigures\n\n## The archive\n\nnew\n"
    )


@pytest.mark.slow
def test_profile_times_each_stage_and_appends_its_section(tmp_path: Path) -> None:
    bench = _bench()
    out = tmp_path / "performance.md"
    out.write_text("# Performance\n\nfigures\n", encoding="utf-8")
    code = bench.main(["--shared", str(_shared(tmp_path, ARTICLES)), "--profile", "--out", str(out)])
    assert code == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith(f"# Performance\n\nfigures\n\n{bench.PROFILE_HEADING}\n")
    for stage in ("read", "parse", "extract", "link", "assemble", "render"):
        assert re.search(rf"^\| {stage} \| .* \| [0-9.]+ \| [0-9.]+% \|$", text, flags=re.MULTILINE), stage
    assert ".extract_article` |" in text
    for component in ("tokenizer", "tok2vec", "parser", "ner"):
        assert re.search(rf"^\| {component} \| [0-9.]+ \| [0-9.]+% \| [0-9.]+% \|$", text, flags=re.MULTILINE)
