"""The SQLite file behind the archive: opening it safely, and reading and writing its rows.

Opened in WAL mode with foreign keys on; writes happen only inside :meth:`Store.batch`, one transaction per
batch of articles, so a run killed at any point leaves every earlier batch whole and no half article. A
file that is not SQLite, a SQLite file of another application, a damaged one and one written by a newer
sitroom are refused with a :class:`~sitroom.errors.StoreError` that names the file and says what to do.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sitroom.errors import StoreError
from sitroom.store.codec import decode_extraction, encode_extraction
from sitroom.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from sitroom.types import Article, CopyOf, Extraction

_SQLITE_HEADER = b"SQLite format 3\x00"
# How search results mark the words that matched: two private-use characters no cleaned text holds.
MATCH_OPEN, MATCH_CLOSE = "\ue000", "\ue001"
_ARTICLE_COLUMNS = (
    "id, source, text, title, outlet, author, url, language, published, published_from, genre, "
    "duplicate_of, copy_of, copy_kind, copy_similarity"
)


class Store:
    """One archive file. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str | Path, *, create: bool = True, readonly: bool = False) -> None:
        """Open the store at ``path``, creating it unless ``create`` is False. A ``readonly`` store (the
        web app's) can never be written through and must already be at this sitroom's schema."""
        self.path = Path(path)
        if not self.path.exists() and (readonly or not create):
            raise StoreError(self.path, "does not exist; add articles to it first with `sitroom add`")
        _check_header(self.path)
        try:
            if readonly:
                uri = f"{self.path.resolve().as_uri()}?mode=ro"
                self._db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
                self._check_schema(upgradable=False)
            else:
                self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
                self._db.execute("PRAGMA foreign_keys = ON")
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = NORMAL")
                self._migrate()
        except sqlite3.DatabaseError as error:
            raise StoreError(self.path, f"cannot be opened as a store ({error})") from None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def _check_schema(self, *, upgradable: bool) -> int:
        """The file's schema version, once it is known to be a store this sitroom can read."""
        application = self._db.execute("PRAGMA application_id").fetchone()[0]
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        tables = self._db.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
        if application != APPLICATION_ID and (application or tables):
            raise StoreError(self.path, "is a SQLite database of another application, not a sitroom store")
        if version > SCHEMA_VERSION:
            raise StoreError(
                self.path, f"was written by a newer sitroom (schema {version}); upgrade sitroom to read it"
            )
        if version < SCHEMA_VERSION and not upgradable:
            raise StoreError(self.path, "was written by an older sitroom; open it once with `sitroom add`")
        return version

    def _migrate(self) -> None:
        version = self._check_schema(upgradable=True)
        for number in range(version, SCHEMA_VERSION):
            with self._transaction():
                self._db.executescript(
                    f"BEGIN IMMEDIATE; {MIGRATIONS[number]}; PRAGMA application_id = {APPLICATION_ID}; "
                    f"PRAGMA user_version = {number + 1}; COMMIT;"
                )

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        try:
            yield
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise

    @contextmanager
    def batch(self) -> Iterator[None]:
        """One transaction: everything written inside lands together or not at all."""
        self._db.execute("BEGIN IMMEDIATE")
        with self._transaction():
            yield
            self._db.execute("COMMIT")

    # Reading

    def state(self, name: str) -> object | None:
        """A JSON value kept under ``name`` (the story clusterer's state, the model), or None."""
        row = self._db.execute("SELECT value FROM state WHERE name = ?", (name,)).fetchone()
        return json.loads(row[0]) if row else None

    def has_hash(self, digest: str) -> str | None:
        """The id of the article stored with this content hash, if any."""
        row = self._db.execute("SELECT id FROM articles WHERE hash = ?", (digest,)).fetchone()
        return row[0] if row else None

    def current_version(self, identity: str) -> tuple[int, str, int] | None:
        """(key, id, version) of the current article from this source, if any."""
        row = self._db.execute(
            "SELECT key, id, version FROM articles WHERE identity = ? AND current", (identity,)
        ).fetchone()
        return (row[0], row[1], row[2]) if row else None

    def ids(self) -> set[str]:
        """Every article id in use, current or not."""
        return {row[0] for row in self._db.execute("SELECT id FROM articles")}

    def articles(self, keys: Sequence[int] | None = None) -> list[tuple[int, Article]]:
        """The current articles (or those with ``keys``), in arrival order, with their keys."""
        query = f"SELECT key, {_ARTICLE_COLUMNS} FROM articles WHERE current"
        if keys is None:
            rows = self._db.execute(query).fetchall()
        else:
            rows = []
            for chunk in _chunks(list(keys)):
                marks = ",".join("?" * len(chunk))
                rows += self._db.execute(f"{query} AND key IN ({marks})", chunk).fetchall()
        return [(row[0], _article(row[1:])) for row in sorted(rows, key=lambda row: row[0])]

    def article_count(self) -> int:
        return self._db.execute("SELECT count(*) FROM articles WHERE current").fetchone()[0]

    def extractions(self, keys: Iterable[int]) -> dict[int, Extraction]:
        """The stored extractions of the articles with ``keys``."""
        found: dict[int, Extraction] = {}
        for chunk in _chunks(list(keys)):
            marks = ",".join("?" * len(chunk))
            query = f"SELECT article, data FROM extractions WHERE article IN ({marks})"
            found.update((key, decode_extraction(data)) for key, data in self._db.execute(query, chunk))
        return found

    def fingerprints(self) -> Iterator[tuple[str, bytes, CopyOf | None]]:
        """(article id, fingerprint, what it copies) of every current article, in arrival order."""
        for id_, data, original, kind, similarity in self._db.execute(
            "SELECT a.id, f.data, a.copy_of, a.copy_kind, a.copy_similarity FROM fingerprints f "
            "JOIN articles a ON a.key = f.article WHERE a.current ORDER BY a.key"
        ):
            yield id_, data, CopyOf(original, kind, similarity) if original else None

    def story_members(self) -> dict[int, int]:
        """Article key -> story number, for the current articles that joined a story."""
        return dict(
            self._db.execute(
                "SELECT m.article, m.story FROM story_members m JOIN articles a ON a.key = m.article "
                "WHERE a.current"
            )
        )

    def generation(self) -> int:
        """The newest row's key: every add that lands writes a row with a higher one, so a reader can tell
        its cached views are stale with one index lookup, without reading the articles."""
        return self._db.execute("SELECT max(key) FROM articles").fetchone()[0] or 0

    def article_ids(self) -> dict[int, str]:
        """Key -> id of every current article."""
        return dict(self._db.execute("SELECT key, id FROM articles WHERE current"))

    def article_key(self, article_id: str) -> int | None:
        """The key of the current article with this id, if any."""
        row = self._db.execute("SELECT key FROM articles WHERE id = ? AND current", (article_id,)).fetchone()
        return row[0] if row else None

    def search_articles(self, match: str, limit: int) -> list[tuple[int, str]]:
        """(key, snippet) of the current articles whose title or text matches the FTS5 query ``match``,
        best first; the snippet marks matched words with MATCH_OPEN … MATCH_CLOSE."""
        return self._db.execute(
            "SELECT s.rowid, snippet(article_search, -1, char(57344), char(57345), '…', 24) "
            "FROM article_search s JOIN articles a ON a.key = s.rowid "
            "WHERE article_search MATCH ? AND a.current ORDER BY rank LIMIT ?",
            (match, limit),
        ).fetchall()

    def search_quotes(self, match: str, limit: int) -> list[tuple[int, int, str, str]]:
        """(article key, start, marked text, speaker) of the quotations whose words or speaker match."""
        return self._db.execute(
            "SELECT q.article, q.start, highlight(quote_search, 0, char(57344), char(57345)), q.speaker "
            "FROM quote_search q JOIN articles a ON a.key = q.article "
            "WHERE quote_search MATCH ? AND a.current ORDER BY rank LIMIT ?",
            (match, limit),
        ).fetchall()

    def search_names(self, match: str, limit: int) -> list[tuple[str, int]]:
        """(name, articles naming it) for the names that match, most widely named first."""
        return self._db.execute(
            "SELECT n.name, count(*) AS named FROM name_search n JOIN articles a ON a.key = n.article "
            "WHERE name_search MATCH ? AND a.current GROUP BY n.name ORDER BY named DESC, n.name LIMIT ?",
            (match, limit),
        ).fetchall()

    def keys_naming(self, names: Iterable[str]) -> list[int]:
        """The keys of the current articles that name any of ``names`` (exactly, ignoring case), oldest
        first."""
        wanted = {name.casefold() for name in names if name.strip()}
        keys: set[int] = set()
        for name in wanted:
            phrase = '"' + name.replace('"', '""') + '"'
            for found, key in self._db.execute(
                "SELECT n.name, n.article FROM name_search n JOIN articles a ON a.key = n.article "
                "WHERE name_search MATCH ? AND a.current",
                (f"name : {phrase}",),
            ):
                if found.casefold() in wanted:
                    keys.add(key)
        return sorted(keys)

    # Writing (inside batch())

    def put_state(self, name: str, value: object) -> None:
        self._db.execute(
            "INSERT INTO state (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = ?",
            (name, json.dumps(value), json.dumps(value)),
        )

    def put_article(self, article: Article, *, digest: str, identity: str, version: int) -> int:
        """Store ``article`` as the current version from its source; returns its key."""
        self._db.execute("UPDATE articles SET current = 0 WHERE identity = ? AND current", (identity,))
        copy = article.copy_of
        cursor = self._db.execute(
            f"INSERT INTO articles (version, hash, identity, {_ARTICLE_COLUMNS}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                version,
                digest,
                identity,
                article.id,
                article.source,
                article.text,
                article.title,
                article.outlet,
                article.author,
                article.url,
                article.language,
                article.published,
                article.published_from,
                article.genre,
                article.duplicate_of,
                copy.article if copy else None,
                copy.kind if copy else None,
                copy.similarity if copy else None,
            ),
        )
        key = cursor.lastrowid
        assert key is not None
        self._db.execute(
            "INSERT INTO article_search (rowid, title, text) VALUES (?, ?, ?)",
            (key, article.title or "", article.text),
        )
        return key

    def put_fingerprint(self, key: int, data: bytes) -> None:
        self._db.execute("INSERT INTO fingerprints (article, data) VALUES (?, ?)", (key, data))

    def put_extraction(
        self, key: int, text: str, extraction: Extraction, *, model: str, version: str
    ) -> None:
        """Keep the extraction of the article ``key`` with ``text``, and index its quotations and names."""
        self._db.execute(
            "INSERT INTO extractions (article, model, sitroom, data) VALUES (?, ?, ?, ?)",
            (key, model, version, encode_extraction(extraction)),
        )
        self._db.executemany(
            "INSERT INTO quote_search (text, speaker, article, start) VALUES (?, ?, ?, ?)",
            [(text[q.start : q.end], q.speaker_text or "", key, q.start) for q in extraction.quotes],
        )
        names = sorted({m.name for m in extraction.mentions} | {m.key for m in extraction.mentions})
        self._db.executemany(
            "INSERT INTO name_search (name, article) VALUES (?, ?)", [(name, key) for name in names]
        )

    def put_story(self, key: int, story: int) -> None:
        self._db.execute("INSERT INTO story_members (article, story) VALUES (?, ?)", (key, story))


def _check_header(path: Path) -> None:
    """Refuse a file that exists but is no SQLite database, before SQLite sees it."""
    if path.is_dir():
        raise StoreError(path, "is a folder; give a file path for the store")
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise StoreError(path, f"cannot be read ({error.strerror or error})") from None
    if header != _SQLITE_HEADER:
        raise StoreError(path, "is not a sitroom store (not a SQLite database); give another --store path")


def _article(row: Sequence) -> Article:
    (id_, source, text, title, outlet, author, url, language, published, published_from, genre) = row[:11]
    duplicate_of, copy_of, copy_kind, copy_similarity = row[11:]
    return Article(
        id=id_,
        source=source,
        text=text,
        title=title,
        outlet=outlet,
        author=author,
        url=url,
        language=language,
        published=published,
        published_from=published_from,
        genre=genre,
        duplicate_of=duplicate_of,
        copy_of=CopyOf(copy_of, copy_kind, copy_similarity) if copy_of else None,
    )


def _chunks(keys: list[int], size: int = 500) -> Iterator[list[int]]:
    for start in range(0, len(keys), size):
        yield keys[start : start + size]
