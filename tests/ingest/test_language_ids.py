"""Each article is tagged with its language and given an id that is stable and unique."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitroom.ingest import ReadResult, read_articles
from sitroom.ingest.language import detect_language
from sitroom.options import Options

ENGLISH = (
    "Container ships queued outside the port on Tuesday as the strike by dock workers entered its second "
    "week. The union says its members have not had a pay rise in three years."
)
# wire-brief English with few function words, which the identifier alone takes for Nigerian Pidgin
TERSE_ENGLISH = (
    "Boko Haram kidnapped 200 schoolgirls in Nigeria on Monday. Hong Kong police arrested 20 protesters "
    "on Tuesday. Russian troops shelled Kharkiv on Wednesday."
)
GERMAN = (
    "Vor dem Hafen stauten sich am Dienstag die Containerschiffe, weil der Streik der Hafenarbeiter in "
    "die zweite Woche ging. Die Gewerkschaft sagt, ihre Mitglieder hätten seit drei Jahren keine "
    "Lohnerhöhung bekommen."
)
FRENCH = (
    "Les porte-conteneurs attendaient mardi devant le port, car la grève des dockers entrait dans sa "
    "deuxième semaine. Le syndicat affirme que ses membres n'ont pas été augmentés depuis trois ans."
)


def read(*inputs: str | Path) -> ReadResult:
    return read_articles([str(item) for item in inputs], options=Options())


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (ENGLISH, "en"),
        (TERSE_ENGLISH, "en"),
        (GERMAN, "de"),
        (FRENCH, "fr"),
        ("Streik.", None),
        ("", None),
    ],
)
def test_language_is_detected(text: str, language: str | None) -> None:
    assert detect_language(text) == language


def test_articles_carry_their_language(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text(ENGLISH)
    (tmp_path / "de.txt").write_text(GERMAN)
    assert [article.language for article in read(tmp_path).articles] == ["de", "en"]


def test_record_language_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": ENGLISH, "language": "cy"}) + "\n")
    assert [article.language for article in read(path).articles] == ["cy"]


def test_two_copies_of_one_text_get_two_ids(tmp_path: Path) -> None:
    (tmp_path / "first.txt").write_text(ENGLISH)
    (tmp_path / "second.txt").write_text(ENGLISH)
    ids = [article.id for article in read(tmp_path).articles]
    assert ids == ["first", "second"]


def test_same_file_given_twice_gets_two_ids(tmp_path: Path) -> None:
    path = tmp_path / "strike.txt"
    path.write_text(ENGLISH)
    assert [article.id for article in read(path, path).articles] == ["strike", "strike-2"]


def test_ids_are_stable_across_runs(tmp_path: Path) -> None:
    for name in ["a.txt", "b.txt", "sub/a.txt"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(ENGLISH)
    first = [article.id for article in read(tmp_path).articles]
    assert first == [article.id for article in read(tmp_path).articles]
    assert len(set(first)) == 3


@pytest.mark.parametrize(
    ("records", "ids"),
    [
        ([{"id": "ledger-0314"}, {"id": "wire/77"}], ["ledger-0314", "wire/77"]),
        ([{}, {}], ["feed-1", "feed-2"]),
        ([{"id": "same"}, {"id": "same"}], ["same", "same-2"]),
        ([{"id": 42}], ["42"]),
    ],
)
def test_record_ids_are_kept_and_made_unique(tmp_path: Path, records: list[dict], ids: list[str]) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps({**record, "text": ENGLISH}) + "\n" for record in records))
    assert [article.id for article in read(path).articles] == ids


@pytest.mark.parametrize(
    ("name", "article_id"),
    [("Ferry Timetable (Final).txt", "ferry-timetable-final"), ("...txt", "article"), ("été.txt", "été")],
)
def test_ids_from_file_names_are_slugs(tmp_path: Path, name: str, article_id: str) -> None:
    (tmp_path / name).write_text(ENGLISH)
    assert [article.id for article in read(tmp_path / name).articles] == [article_id]
