"""The situation room's benchmark and screenshots: their harnesses run end to end on the demo corpus.

The harnesses are ``eval/serve_bench.py`` and ``eval/screenshots.py``; here the benchmark serves the demo
store for a one-second load of three clients, so its figures mean nothing, only that they are measured
and written. The screenshots need Debian's chromium and its driver and skip without them (``make test``
installs them and then fails rather than skips).
"""

from __future__ import annotations

import importlib
import os
import struct
import sys
from importlib.resources import files
from pathlib import Path

import pytest

import sitroom

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
serve_bench = importlib.import_module("eval.serve_bench")
screenshots = importlib.import_module("eval.screenshots")


@pytest.mark.parametrize(
    ("values", "q", "expected"),
    [
        ([5.0], 95, 5.0),
        ([1.0, 2.0, 3.0, 4.0], 50, 2.5),
        ([4.0, 1.0, 3.0, 2.0], 50, 2.5),
        ([float(n) for n in range(1, 101)], 95, 95.05),
        ([1.0, 2.0], 0, 1.0),
        ([1.0, 2.0], 100, 2.0),
    ],
)
def test_percentile_interpolates_between_the_closest_ranks(
    values: list[float], q: float, expected: float
) -> None:
    assert serve_bench.percentile(values, q) == pytest.approx(expected)


def test_a_load_tally_counts_every_answer_but_a_200_and_every_failed_request_as_an_error() -> None:
    tally = serve_bench.Tally()
    tally.statuses.update({200: 10, 404: 1, 500: 2})
    tally.exceptions.update({"ReadTimeout": 1})
    assert tally.errors == 4


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("serve") / "demo.db"
    sitroom.add([str(files("sitroom.demo") / "corpus")], store=store)
    return store


@pytest.mark.slow
def test_serve_bench_measures_the_demo_store_and_writes_its_section(
    demo_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out = tmp_path / "performance.md"
    out.write_text("# Performance\n\n## The archive\n\nearlier figures\n", encoding="utf-8")
    arguments = ["--store", str(demo_store), "--out", str(out), "--duration", "1", "--clients", "3"]
    assert serve_bench.main([*arguments, "--requests", "3"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "## The archive\n\nearlier figures\n" in text
    section = text[text.index(serve_bench.HEADING) :]
    assert capsys.readouterr().out == section
    assert "Every page answered 200." in section
    assert "errors: none." in section
    assert "so it does not say." in section  # three clients for a second is not the target's load
    assert "| **all** |" in section


@pytest.mark.slow
def test_screenshots_are_saved_1280_pixels_wide(tmp_path: Path) -> None:
    if not (screenshots.CHROMIUM.is_file() and screenshots.DRIVER.is_file()):
        message = "chromium and chromium-driver are not installed (`make test` installs them)"
        if os.environ.get("SITROOM_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    assert screenshots.main(["--out", str(tmp_path)]) == 0
    for name in ("front", "story", "actor", "article"):
        head = (tmp_path / f"{name}.png").read_bytes()[:24]
        assert head.startswith(b"\x89PNG")
        width, height = struct.unpack(">II", head[16:24])
        assert width == screenshots.WIDTH
        assert 0 < height <= screenshots.MAX_HEIGHT
