"""A small corpus of invented articles for the command-line tests, written for them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPORT = """Port talks stall as dockers extend strike

Mara Lindqvist, the harbour authority's chief executive, said on Monday that talks with the union
had stalled. The Kremlin was not involved.

Union leader Tomas Berg said his members would stay out. "We are not going back," Berg said.
"""

COMMENT = """The strike at the port is a warning to every government in the Baltic.

Ministers in Stockholm should listen. Mara Lindqvist has offered little, and Berg has offered less.
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    (folder / "comment.txt").write_text(COMMENT, encoding="utf-8")
    record = {
        "id": "wire-1",
        "title": "Dockers vote",
        "text": "Dockers in Gdansk voted to join the strike.",
        "outlet": "Baltic Wire",
        "published": "2023-03-15",
    }
    (folder / "wire.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (folder / "meta.csv").write_text("file,published,outlet\nreport.txt,2023-03-14,The Coastal Ledger\n")
    return folder
