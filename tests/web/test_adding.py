"""Adding from the browser or the API, allowed only with --allow-add: the article lands and is served."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sitroom.web import create_app

pytestmark = pytest.mark.slow
RECORD = {
    "id": "lakes-1",
    "title": "Water board approves lake clean-up",
    "outlet": "The Lakeside Post",
    "published": "2024-04-10",
    "text": 'The regional water board approved a clean-up of Lake Varn on Tuesday. "It is overdue," said '
    "Marta Olsen, the board's chair.",
}


@pytest.fixture
def writable(hostile_store: Path, tmp_path: Path) -> TestClient:
    store = tmp_path / "copy.db"
    shutil.copy(hostile_store, store)
    return TestClient(create_app(store, allow_add=True), base_url="http://127.0.0.1:8000")


def test_records_posted_to_the_api_are_added_once_and_served(writable: TestClient) -> None:
    first = writable.post("/api/articles", json=[RECORD]).json()
    assert first["added"] == ["lakes-1"] and first["failed"] == []
    assert "Marta Olsen" in writable.get("/articles/lakes-1").text
    assert any(s["title"] == RECORD["title"] for s in writable.get("/api/stories").json()["stories"])
    again = writable.post("/api/articles", json=[RECORD]).json()
    assert again["added"] == [] and len(again["unchanged"]) == 1


def test_a_file_uploaded_through_the_add_page_is_added(writable: TestClient) -> None:
    text = "Lake Varn clean-up begins\n\nWork began on Monday to clear Lake Varn, the water board said."
    page = writable.post("/add", files={"files": ("../../lake notes.txt", text.encode(), "text/plain")})
    assert page.status_code == 200
    assert "1 article added" in page.text


def test_an_empty_add_says_what_to_send(writable: TestClient) -> None:
    assert writable.post("/add", data={"text": "  "}).status_code == 400
    assert writable.post("/api/articles", json=[]).status_code == 400
