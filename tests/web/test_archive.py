"""The web app's read side keeps costly views: built once however many readers want them at once, and
dropped when an add lands."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

import sitroom
from sitroom.web.archive import Archive

pytestmark = pytest.mark.slow


def test_a_view_wanted_by_many_readers_at_once_is_built_once(hostile_store: Path) -> None:
    archive = Archive(hostile_store)
    builds: list[int] = []

    def build() -> str:
        builds.append(1)
        time.sleep(0.2)
        return "view"

    results: list[str] = []
    readers = [threading.Thread(target=lambda: results.append(archive.memo(("k",), build))) for _ in range(8)]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join()
    assert results == ["view"] * 8 and len(builds) == 1


def test_kept_views_are_dropped_when_an_add_lands(hostile_store: Path, tmp_path: Path) -> None:
    store = tmp_path / "copy.db"
    store.write_bytes(hostile_store.read_bytes())
    archive = Archive(store)
    archive.warm().join()
    before = len(archive.stories())
    text = (
        "Harbour pilots strike\n\nHarbour pilots at Port Elm stopped work on Monday over pay, the union said."
    )
    (tmp_path / "pilots.txt").write_text(text)
    sitroom.add([tmp_path / "pilots.txt"], store=store)
    assert len(archive.stories()) == before + 1
