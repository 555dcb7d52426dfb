"""Stores the web app's tests read: the bundled demo corpus, and articles written to attack the pages.

Both are built once per session through ``sitroom.api.add`` (a real parse), so the pages are tested on
exactly what ``sitroom add`` stores.
"""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import sitroom
from sitroom.web import create_app

BASE = "http://127.0.0.1:8000"
# Article text, titles and outlets that try to break out of the page, an attribute, the script or a link.
HOSTILE = [
    {
        "id": "hostile-1",
        "title": "<script>alert('title')</script> Ministers meet",
        "outlet": '"><img src=x onerror=alert(1)>',
        "url": "javascript:alert(1)",
        "published": "2024-03-02",
        "text": (
            "Foreign ministers met in Vienna on Friday. <script>alert('text')</script> "
            '"We will not accept </textarea><svg onload=alert(2)> any deal," said Anna Berger, the '
            "Austrian foreign minister.\n\nThe talks resume next week, officials said."
        ),
    },
    {
        "id": "hostile-2",
        "title": "Talks in Vienna end",
        "outlet": "The Daily <b>Bold</b>",
        "published": "2024-03-03",
        "text": (
            'Talks in Vienna ended on Saturday without agreement. "It\'s a setback {{ 7*7 }} ${7*7}", '
            "said Anna Berger. The minister accused Hungary of blocking the statement."
        ),
    },
]


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("web") / "demo.db"
    corpus = files("sitroom.demo") / "corpus"
    sitroom.add([str(corpus)], store=store)
    return store


@pytest.fixture(scope="session")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "records.jsonl").write_text("\n".join(json.dumps(r) for r in HOSTILE), encoding="utf-8")
    store = folder / "hostile.db"
    sitroom.add([str(folder / "records.jsonl")], store=store)
    return store


@pytest.fixture(scope="session")
def client(demo_store: Path) -> TestClient:
    return TestClient(create_app(demo_store), base_url=BASE)


@pytest.fixture(scope="session")
def hostile(hostile_store: Path) -> TestClient:
    return TestClient(create_app(hostile_store), base_url=BASE)
