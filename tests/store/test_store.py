"""The archive: a store that grows, skips what it holds, keeps versions, and briefs as a one-shot run would.

The articles are invented for these tests (a ferry strike and a bridge tender), written here.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import sitroom
from sitroom.errors import StoreError
from sitroom.options import Options
from sitroom.render import render
from sitroom.store import Store

pytestmark = pytest.mark.slow

FERRY = """Ferry crews walk out at Skellan

Ferry crews at the port of Skellan walked out on Monday over new shift rotas, leaving hundreds of
travellers stranded on the quay. "We were never asked," said Ilse Norberg, a deckhand for eleven years.

The operator, Nordvik Lines, said it would meet the crews' union on Wednesday.
"""

FERRY_LATER = """Skellan ferries sail again after deal

Nordvik Lines and the crews' union agreed a deal on Wednesday that ends the strike at Skellan. Ilse
Norberg said the crews would be back on the ferries by Thursday morning.
"""

BRIDGE = """Council picks builder for the new Tarn bridge

The city council of Tarnby chose Halvorsen Bygg on Tuesday to build the bridge over the river Tarn.
Mayor Petra Lund said the work would start in the spring and cost 40 million kroner.
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def brief_json(brief: sitroom.Brief) -> dict:
    return json.loads(render(brief, "json"))


def test_adding_the_same_input_again_changes_nothing_and_says_so(tmp_path: Path) -> None:
    article = write(tmp_path / "in", "ferry.txt", FERRY)
    store = tmp_path / "news.db"
    first = sitroom.add([article], store)
    again = sitroom.add([article], store)
    assert (first.added, first.unchanged) == (("ferry",), ())
    assert (again.added, again.unchanged) == ((), (str(article),))
    with Store(store) as archive:
        assert archive.article_count() == 1


def test_a_changed_text_from_the_same_source_is_a_new_version_under_the_same_id(tmp_path: Path) -> None:
    article = write(tmp_path / "in", "ferry.txt", FERRY)
    store = tmp_path / "news.db"
    sitroom.add([article], store)
    write(tmp_path / "in", "ferry.txt", FERRY.replace("hundreds of", "about 300"))
    report = sitroom.add([article], store)
    assert (report.added, report.versions) == (("ferry",), ("ferry",))
    [stored] = sitroom.stored_brief(store).articles
    assert stored.id == "ferry" and "about 300" in stored.text


def test_a_store_filled_in_several_adds_briefs_as_one_run_over_its_articles(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    files = [write(folder, "ferry.txt", FERRY), write(folder, "bridge.txt", BRIDGE)]
    later = write(folder, "ferry-later.txt", FERRY_LATER)
    store = tmp_path / "news.db"
    sitroom.add(files, store)
    sitroom.add([later], store)
    assert brief_json(sitroom.stored_brief(store)) == brief_json(sitroom.brief([*files, later]))


def test_one_story_of_the_store_is_briefed_alone(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    store = tmp_path / "news.db"
    sitroom.add([write(folder, "ferry.txt", FERRY), write(folder, "bridge.txt", BRIDGE)], store)
    sitroom.add([write(folder, "ferry-later.txt", FERRY_LATER)], store)
    whole = sitroom.stored_brief(store)
    ferry = next(s for s in whole.stories if "ferry" in s.articles)
    assert set(ferry.articles) == {"ferry", "ferry-later"}
    assert [a.id for a in sitroom.stored_brief(store, ferry.id).articles] == ["ferry", "ferry-later"]
    with pytest.raises(StoreError, match="has no story 's99'"):
        sitroom.stored_brief(store, "s99")


def test_a_store_fed_one_article_at_a_time_has_the_stories_of_one_fed_in_a_batch(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    files = [
        write(folder, "ferry.txt", FERRY),
        write(folder, "bridge.txt", BRIDGE),
        write(folder, "ferry-later.txt", FERRY_LATER),
    ]
    batch, stream = tmp_path / "batch.db", tmp_path / "stream.db"
    sitroom.add(files, batch)
    for path in files:
        sitroom.add([path], stream)
    stories = [[(s.id, s.articles) for s in sitroom.stored_brief(store).stories] for store in (batch, stream)]
    assert stories[0] == stories[1]
    assert len(stories[0]) == 2


def test_a_copy_from_another_outlet_is_kept_marked_and_counted_once(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    store = tmp_path / "news.db"
    sitroom.add([write(folder, "ferry.txt", FERRY)], store)
    wire = FERRY.replace("Ferry crews at the port", "SKELLAN (Baltic Wire) - Ferry crews at the port")
    report = sitroom.add([write(folder, "wire.txt", wire)], store)
    assert report.copies == ("wire",)
    brief = sitroom.stored_brief(store)
    copy = next(a for a in brief.articles if a.id == "wire")
    assert copy.copy_of is not None and copy.copy_of.article == "ferry"
    assert {q.article for q in brief.quotes} == {"ferry"}


def test_the_store_indexes_text_quotes_and_names_for_search(tmp_path: Path) -> None:
    store = tmp_path / "news.db"
    sitroom.add([write(tmp_path / "in", "ferry.txt", FERRY)], store)
    with sqlite3.connect(store) as db:
        assert db.execute(
            "SELECT count(*) FROM article_search WHERE article_search MATCH 'deckhand'"
        ).fetchone() == (1,)
        assert db.execute("SELECT speaker FROM quote_search WHERE quote_search MATCH 'asked'").fetchone() == (
            "Ilse Norberg",
        )
        assert db.execute(
            "SELECT count(*) FROM name_search WHERE name_search MATCH 'Nordvik'"
        ).fetchone() == (1,)


def test_the_store_answers_searches_with_marked_hits_and_finds_who_names_a_name(tmp_path: Path) -> None:
    store = tmp_path / "news.db"
    sitroom.add(
        [write(tmp_path / "in", "ferry.txt", FERRY), write(tmp_path / "in", "bridge.txt", BRIDGE)], store
    )
    with Store(store, readonly=True) as archive:
        [(key, snippet)] = archive.search_articles('"deckhand"', 10)
        assert "\ue000deckhand\ue001" in snippet
        [(_, start, words, speaker)] = archive.search_quotes('"asked"', 10)
        assert speaker == "Ilse Norberg" and words.startswith("We were never")
        assert archive.articles([key])[0][1].text[start:].startswith("We were never")
        assert ("Petra Lund", 1) in archive.search_names('"Lund"', 10)
        assert archive.keys_naming(["petra lund"]) == [archive.article_key("bridge")]


def test_a_read_only_store_cannot_be_written_and_tells_when_an_add_landed(tmp_path: Path) -> None:
    store = tmp_path / "news.db"
    sitroom.add([write(tmp_path / "in", "ferry.txt", FERRY)], store)
    with Store(store, readonly=True) as archive:
        before = archive.generation()
        with pytest.raises(sqlite3.OperationalError, match="readonly"), archive.batch():
            archive.put_state("x", 1)
        sitroom.add([write(tmp_path / "in", "bridge.txt", BRIDGE)], store)
        assert archive.generation() != before
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "missing.db", readonly=True)


def test_a_store_refuses_articles_read_with_another_model(tmp_path: Path) -> None:
    store = tmp_path / "news.db"
    sitroom.add([write(tmp_path / "in", "ferry.txt", FERRY)], store)
    with Store(store) as archive:
        archive._db.execute(
            "UPDATE state SET value = '[\"other_model\", \"other 1.0\"]' WHERE name = 'model'"
        )
    with pytest.raises(StoreError, match="read with model 'other_model'"):
        sitroom.add([write(tmp_path / "in", "bridge.txt", BRIDGE)], store)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"just some notes\n", "is not a sitroom store (not a SQLite database)", id="text-file"),
        pytest.param(None, "is a SQLite database of another application", id="foreign-sqlite"),
        pytest.param(b"SQLite format 3\x00" + b"\x07" * 200, "cannot be opened as a store", id="damaged"),
    ],
)
def test_a_file_that_is_no_store_is_refused_with_one_clear_line(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "thing.db"
    if content is None:
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE recipes (name TEXT)")
    else:
        path.write_bytes(content)
    with pytest.raises(StoreError, match=re.escape(message)) as raised:
        Store(path)
    assert str(path) in str(raised.value)


def test_a_store_from_a_newer_sitroom_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    Store(path).close()
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 99")
    with pytest.raises(StoreError, match="newer sitroom"):
        Store(path)


def test_briefing_a_store_that_does_not_exist_says_so(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        sitroom.stored_brief(tmp_path / "none.db")


ADD_SCRIPT = """
import sys
import sitroom
from sitroom.options import Options
sitroom.add([sys.argv[1]], sys.argv[2], options=Options(batch_size=2, processes=1))
"""


def test_an_add_killed_mid_way_keeps_whole_batches_and_a_rerun_finishes_without_duplicates(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    total = 30
    for n in range(total):
        write(folder, f"notice-{n:02}.txt", _distinct_text(n))
    store = tmp_path / "news.db"
    script = tmp_path / "add.py"
    script.write_text(ADD_SCRIPT)
    worker = subprocess.Popen([sys.executable, str(script), str(folder), str(store)])
    stored = _wait_for_rows(store, worker)
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait()
    assert 0 < stored < total, "the add was not interrupted mid-way"
    with sqlite3.connect(store) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        analysable, extracted = db.execute(
            "SELECT count(*), count(e.article) FROM articles a LEFT JOIN extractions e ON e.article = a.key "
            "WHERE a.copy_of IS NULL"
        ).fetchone()
    assert analysable == extracted >= stored  # no article without its extraction
    report = sitroom.add([folder], store, options=Options(processes=1))
    assert len(report.added) + len(report.unchanged) == total
    with Store(store) as archive:
        assert archive.article_count() == total
        assert len(archive.ids()) == total


def _distinct_text(seed: int) -> str:
    """An article no other one copies: sentences of invented words, drawn with its own seed."""
    rng = random.Random(seed)
    subjects = [
        "the mayor",
        "a union",
        "the council",
        "farmers",
        "the port",
        "a judge",
        "teachers",
        "the bank",
    ]
    verbs = ["said", "warned", "asked", "promised", "denied", "reported", "argued", "agreed"]
    things = ["the ferry", "new taxes", "the bridge", "a strike", "the harvest", "flood walls", "bus fares"]
    times = ["on Monday", "last week", "in May", "at dawn", "this year", "after talks", "before the vote"]
    acts = ["fund", "close", "delay", "review", "sell"]
    sentences = [
        f"{rng.choice(subjects).capitalize()} {rng.choice(verbs)} that {rng.choice(subjects)} would "
        f"{rng.choice(acts)} {rng.choice(things)} {rng.choice(times)}, "
        f"{rng.choice(subjects)} {rng.choice(verbs)} about {rng.choice(things)} {rng.choice(times)}."
        for _ in range(12)
    ]
    return "\n\n".join(" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3))


def _wait_for_rows(store: Path, worker: subprocess.Popen, timeout: float = 120.0) -> int:
    """The number of articles committed once the first batches are in (polled, read-only)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and worker.poll() is None:
        if store.exists():
            try:
                with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
                    count = db.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                count = 0
            if count >= 4:
                return count
        time.sleep(0.01)
    raise AssertionError("the add never committed a batch")


def test_an_article_the_extractors_fail_on_is_reported_and_left_for_a_later_add(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sitroom.parallel

    real = sitroom.parallel.extract_article

    def broken(article_id, doc, published):  # type: ignore[no-untyped-def]
        if article_id == "bridge":
            raise IndexError("an extractor bug")
        return real(article_id, doc, published)

    folder = tmp_path / "in"
    files = [write(folder, "ferry.txt", FERRY), write(folder, "bridge.txt", BRIDGE)]
    store = tmp_path / "news.db"
    monkeypatch.setattr(sitroom.parallel, "extract_article", broken)
    report = sitroom.add(files, store, options=Options(processes=1))
    assert report.added == ("ferry",)
    assert [(f.source, f.reason) for f in report.failures] == [
        (str(files[1]), "could not be analysed (IndexError: an extractor bug); please report this as a bug")
    ]
    one_shot = sitroom.brief(files, options=Options(processes=1))
    assert [f.source for f in one_shot.meta.failed] == [str(files[1])]
    monkeypatch.undo()
    assert sitroom.add(files, store).added == ("bridge",)
