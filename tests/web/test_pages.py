"""The situation room's pages and their JSON twins, on the bundled demo corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import sitroom
from sitroom.web import create_app

pytestmark = pytest.mark.slow


def test_the_front_page_lists_the_story_with_its_size_dates_actors_and_activity(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "1 story in 10 articles" in page.text
    assert 'href="/stories/s1"' in page.text
    assert "8 articles (+1 copy, counted once)" in page.text
    assert "29 Jun – 14 Jul 2015" in page.text
    assert 'class="sparkline"' in page.text
    assert 'href="/actors/Alexis%20Tsipras"' in page.text


def test_the_story_page_opens_with_overview_and_key_developments_then_charts(client: TestClient) -> None:
    page = client.get("/stories/s1").text
    order = [page.index(f'id="{section}"') for section in ("overview", "developments", "timeline", "network")]
    assert order == sorted(order)
    overview = page[page.index('id="overview"') : page.index('id="developments"')]
    assert overview.count('class="sentence"') >= 3
    assert "?mark=" in overview
    assert 'class="chart network"' in page
    assert "Who said what" in page and "Yanis Varoufakis" in page


def test_every_overview_sentence_links_to_its_exact_span(client: TestClient) -> None:
    brief = client.get("/api/stories/s1").json()
    texts = {a["id"]: a["text"] for a in brief["articles"]}
    page = client.get("/stories/s1").text
    links = re.findall(r'class="sentence" href="/articles/([^?"]+)\?mark=(\d+)-(\d+)#mark">([^<]*)<', page)
    assert links
    for article, start, end, _ in links:
        assert texts[article][int(start) : int(end)].strip()


def test_the_story_json_is_the_brief_the_command_line_writes(client: TestClient, demo_store: Path) -> None:
    assert client.get("/api/stories/s1").json() == sitroom.stored_brief(demo_store, "s1").to_dict()


def test_a_followed_span_is_marked_in_the_article_text(client: TestClient) -> None:
    text = client.get("/api/articles/04_varoufakis_resigns").json()["article"]["text"]
    start = text.index("Varoufakis")
    page = client.get(f"/articles/04_varoufakis_resigns?mark={start}-{start + 10}").text
    assert re.search(r'class="[^"]*k-mark[^"]*"[^>]*id="mark"', page)


def test_the_article_page_marks_mentions_quotes_times_and_links_actors(client: TestClient) -> None:
    page = client.get("/articles/04_varoufakis_resigns").text
    for kind in ("k-mention", "k-quote", "k-time"):
        assert kind in page
    assert 'href="/actors/Yanis%20Varoufakis"' in page


def test_a_copy_shows_its_original_and_is_not_analysed(client: TestClient) -> None:
    page = client.get("/articles/05_finance_minister_quits").text
    assert "copy" in page and 'href="/articles/04_varoufakis_resigns"' in page
    assert client.get("/api/articles/05_finance_minister_quits").json()["brief"] is None


def test_the_actor_page_gives_offices_stories_what_was_said_and_done(client: TestClient) -> None:
    page = client.get("/actors/Alexis%20Tsipras").text
    assert "prime minister" in page.lower()
    assert 'href="/stories/s1"' in page
    assert "What Alexis Tsipras said" in page and 'class="quote' in page
    records = client.get("/api/actors/Alexis%20Tsipras").json()
    assert records["entity"]["name"] == "Alexis Tsipras"
    assert records["quotes"] and all(q["speaker"] == records["entity"]["id"] for q in records["quotes"])


def test_search_finds_a_quotation_by_its_words_and_marks_them(client: TestClient) -> None:
    quotes = client.get("/api/stories/s1").json()["quotes"]
    words = quotes[0]["text"].split()[:3]
    page = client.get("/search", params={"q": " ".join(words)}).text
    assert 'id="quotes"' in page and "<mark>" in page
    found = client.get("/api/search", params={"q": " ".join(words)}).json()
    assert found["quotes"] and "[[" in found["quotes"][0]["marked"]


def test_search_finds_articles_and_names_and_takes_a_prefix(client: TestClient) -> None:
    found = client.get("/api/search", params={"q": "Varouf"}).json()
    assert found["articles"] and any(hit["name"] == "Yanis Varoufakis" for hit in found["names"])


@pytest.mark.parametrize(
    "path",
    ["/stories/s99", "/articles/nope", "/actors/Nobody%20Atall", "/api/stories/s99", "/no/such/page"],
)
def test_what_the_store_does_not_hold_is_a_404(client: TestClient, path: str) -> None:
    answer = client.get(path)
    assert answer.status_code == 404
    assert ("application/json" in answer.headers["content-type"]) == path.startswith("/api/")


def test_the_api_is_documented_on_a_page_that_loads_nothing_from_elsewhere(client: TestClient) -> None:
    page = client.get("/docs").text
    for path in ("/api/stories", "/api/stories/{story}", "/api/articles/{article}", "/api/search"):
        assert path in page
    assert "cdn" not in page.lower() and "https://" not in page
    assert client.get("/openapi.json").json()["info"]["title"] == "sitroom"


def test_every_asset_is_served_from_the_package(client: TestClient) -> None:
    page = client.get("/stories/s1").text
    for asset in re.findall(r'(?:href|src)="(/static/[^"]+)"', page):
        assert client.get(asset).status_code == 200
    assert not re.search(
        r'(?:href|src)="(?:https?:)?//', page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    )


def test_a_missing_or_foreign_store_is_refused_before_serving(tmp_path: Path) -> None:
    with pytest.raises(sitroom.StoreError, match="does not exist"):
        create_app(tmp_path / "none.db")
    (tmp_path / "notes.txt").write_text("not a store")
    with pytest.raises(sitroom.StoreError, match="not a sitroom store"):
        create_app(tmp_path / "notes.txt")
