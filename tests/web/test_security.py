"""The web app's wall: text from articles and requests is only ever text, and requests that could hurt
are refused (wrong host, other origins, oversized, traversal)."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from sitroom.web import create_app
from sitroom.web.guard import MAX_URL, POLICY

pytestmark = pytest.mark.slow
PAGES = ["/", "/stories/s1", "/articles/hostile-1", "/articles/hostile-2", "/actors/Anna%20Berger"]


class Parsed(HTMLParser):
    """A page as the browser builds it: its elements with their attributes, and its text."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(client: TestClient, path: str) -> Parsed:
    answer = client.get(path)
    assert answer.status_code == 200
    return Parsed(answer.text)


@pytest.mark.parametrize("path", PAGES)
def test_article_text_titles_and_outlets_never_become_markup(hostile: TestClient, path: str) -> None:
    page = parsed(hostile, path)
    tags = {tag for tag, _ in page.elements}
    assert not tags & {"img", "textarea", "b", "iframe", "object"}
    assert [attrs for tag, attrs in page.elements if tag == "script"] == [
        {"src": "/static/site.js", "defer": None}
    ]
    for _, attrs in page.elements:
        assert not any(name.startswith("on") or name == "style" for name in attrs)
        assert not any((value or "").lower().startswith("javascript:") for value in attrs.values())


def test_the_hostile_text_is_still_all_there_as_text(hostile: TestClient) -> None:
    text = "".join(parsed(hostile, "/articles/hostile-1").text)
    assert "<script>alert('text')</script>" in text
    assert "</textarea><svg onload=alert(2)>" in text
    assert '"><img src=x onerror=alert(1)>' in text


@pytest.mark.parametrize(
    "query",
    ["<script>alert(1)</script>", '" OR 1=1 --', "NEAR(a b", "title: *", "-Berger", "^x AND", '"', "\x00"],
)
def test_search_takes_any_query_and_shows_it_as_text(hostile: TestClient, query: str) -> None:
    page = hostile.get("/search", params={"q": query})
    assert page.status_code == 200
    assert "<script>alert" not in page.text
    assert hostile.get("/api/search", params={"q": query}).status_code == 200


def test_every_answer_carries_a_strict_content_security_policy(hostile: TestClient) -> None:
    for path in ("/", "/api/stories", "/no/such/page", "/static/site.css"):
        headers = hostile.get(path).headers
        assert headers["content-security-policy"] == POLICY
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
    assert "'unsafe-inline'" not in POLICY and "default-src 'none'" in POLICY


def test_pages_hold_no_inline_style_element(hostile: TestClient) -> None:
    for path in PAGES:
        assert "style" not in {tag for tag, _ in parsed(hostile, path).elements}


def test_a_request_for_another_host_is_refused(hostile: TestClient) -> None:
    assert hostile.get("/", headers={"host": "attacker.example"}).status_code == 421


def test_the_loopback_names_are_answered(hostile: TestClient) -> None:
    for host in ("localhost:8000", "127.0.0.1", "[::1]:8000"):
        assert hostile.get("/", headers={"host": host}).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/static/..%2f..%2fpyproject.toml",
        "/static/../web/app.py",
        "/static/%2e%2e/app.py",
        "/articles/..%2F..%2Fetc%2Fpasswd",
    ],
)
def test_no_path_reaches_the_file_system(hostile: TestClient, path: str) -> None:
    answer = hostile.get(path)
    assert answer.status_code == 404
    assert "import" not in answer.text and "root:" not in answer.text


def test_an_address_too_long_is_refused(hostile: TestClient) -> None:
    assert hostile.get("/search", params={"q": "x" * MAX_URL}).status_code == 414


def test_adding_is_refused_unless_allowed(hostile: TestClient) -> None:
    assert hostile.get("/add").status_code == 403
    answer = hostile.post("/api/articles", json=[{"text": "Ministers met."}])
    assert answer.status_code == 403 and "--allow-add" in answer.json()["detail"]


def test_a_body_over_the_limit_is_refused_before_it_is_read(hostile: TestClient) -> None:
    answer = hostile.post("/api/articles", content=b"[" + b" " * (2 << 20) + b"]")
    assert answer.status_code == 413


def test_a_write_from_another_site_is_refused(hostile_store) -> None:  # type: ignore[no-untyped-def]
    writable = TestClient(create_app(hostile_store, allow_add=True), base_url="http://127.0.0.1:8000")
    answer = writable.post(
        "/api/articles", json=[{"text": "x"}], headers={"origin": "https://attacker.example"}
    )
    assert answer.status_code == 403


def test_errors_show_no_internals(hostile: TestClient) -> None:
    page = hostile.get("/stories/s1%00").text
    assert "Traceback" not in page and 'File "' not in page
