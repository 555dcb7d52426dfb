"""``--engine ray``: the per-article stage on a local Ray of 2 CPUs gives byte-identical output to the local
engine; a missing Ray or an unreachable cluster is one line and exit 2, never a hang or a traceback."""

from __future__ import annotations

import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest

from sitroom.errors import EngineError
from sitroom.options import Options
from sitroom.ray_engine import _piece_size, extract_batches

DEMO = Path(str(files("sitroom.demo").joinpath("corpus")))
needs_ray = pytest.mark.skipif(
    subprocess.run([sys.executable, "-c", "import ray"], capture_output=True).returncode != 0,
    reason="Ray is not installed (pip install 'sitroom[ray]'; make test installs it)",
)


def sitroom(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "sitroom", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, timeout=300, check=False)


@pytest.mark.slow
@needs_ray
def test_brief_on_a_local_ray_is_byte_identical_to_the_local_engine(tmp_path: Path) -> None:
    local = sitroom("brief", str(DEMO), "-o", "local.json", "-q", cwd=tmp_path)
    assert local.returncode == 0, local.stderr
    on_ray = sitroom(
        "brief", str(DEMO), "-o", "ray.json", "-q", "--engine", "ray", "--processes", "2", cwd=tmp_path
    )
    assert on_ray.returncode == 0, on_ray.stderr
    assert (tmp_path / "ray.json").read_bytes() == (tmp_path / "local.json").read_bytes()
    assert "Traceback" not in on_ray.stderr


@pytest.mark.slow
@needs_ray
def test_add_on_a_local_ray_keeps_the_same_store_as_the_local_engine(tmp_path: Path) -> None:
    for engine in ("local", "ray"):
        options = ("--engine", engine, "--processes", "2")
        added = sitroom("add", str(DEMO), "--store", f"{engine}.db", "-q", *options, cwd=tmp_path)
        assert added.returncode == 0, added.stderr
    briefs = [sitroom("brief", "--store", f"{engine}.db", cwd=tmp_path) for engine in ("local", "ray")]
    assert all(b.returncode == 0 for b in briefs), [b.stderr for b in briefs]
    assert briefs[0].stdout == briefs[1].stdout


def test_an_unreachable_cluster_is_one_line_and_exit_2(tmp_path: Path) -> None:
    done = sitroom("brief", str(DEMO), "-q", "--engine", "ray", "--ray-address", "127.0.0.1:1", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [done.stderr.strip()]
    assert "127.0.0.1:1" in done.stderr and "Traceback" not in done.stderr


def test_an_unknown_engine_is_one_line_and_exit_2(tmp_path: Path) -> None:
    done = sitroom("add", str(DEMO), "--engine", "spark", "--store", "x.db", cwd=tmp_path)
    assert done.returncode == 2
    assert "unknown engine 'spark'" in done.stderr and not (tmp_path / "x.db").exists()


def test_ray_not_installed_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # an import of ray now fails as if it were missing
    with pytest.raises(EngineError, match=r"pip install 'sitroom\[ray\]'"):
        next(extract_batches([[]], Options(engine="ray")))


@pytest.mark.parametrize(
    ("articles", "workers", "size"),
    [(181, 2, 16), (12, 2, 3), (1, 8, 1), (10_000, 64, 16)],
)
def test_small_inputs_are_cut_finer_so_every_worker_gets_some(articles: int, workers: int, size: int) -> None:
    assert _piece_size(articles, workers, 16) == size
