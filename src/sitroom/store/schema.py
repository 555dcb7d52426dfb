"""The store's SQLite schema, one migration per version, and how a file is recognised as a sitroom store.

``PRAGMA application_id`` marks the file as ours and ``PRAGMA user_version`` says which migrations ran, so
an older store is brought up to date when it is opened and a newer one is refused rather than misread.
Articles are rows in arrival order (``key``); a changed text of the same source is a new ``version`` and
the old row stops being ``current``. Extractions and copy fingerprints are kept per article row; the story
clusterer's state and each article's story are kept so a later ``add`` resumes where the last one stopped.
The three FTS5 tables index article text, quotations with their speakers, and names, for search.
"""

from __future__ import annotations

APPLICATION_ID = 0x53495452  # "SITR"

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE articles (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        current INTEGER NOT NULL DEFAULT 1,
        hash TEXT NOT NULL,
        identity TEXT NOT NULL,
        source TEXT NOT NULL,
        title TEXT,
        outlet TEXT,
        author TEXT,
        url TEXT,
        language TEXT,
        published TEXT,
        published_from TEXT,
        genre TEXT,
        duplicate_of TEXT,
        copy_of TEXT,
        copy_kind TEXT,
        copy_similarity REAL,
        text TEXT NOT NULL,
        UNIQUE (id, version)
    );
    CREATE UNIQUE INDEX articles_hash ON articles (hash);
    CREATE INDEX articles_identity ON articles (identity) WHERE current;
    CREATE UNIQUE INDEX articles_current_id ON articles (id) WHERE current;
    CREATE TABLE extractions (
        article INTEGER PRIMARY KEY REFERENCES articles (key) ON DELETE CASCADE,
        model TEXT NOT NULL,
        sitroom TEXT NOT NULL,
        data BLOB NOT NULL
    );
    CREATE TABLE fingerprints (
        article INTEGER PRIMARY KEY REFERENCES articles (key) ON DELETE CASCADE,
        data BLOB NOT NULL
    );
    CREATE TABLE story_members (
        article INTEGER PRIMARY KEY REFERENCES articles (key) ON DELETE CASCADE,
        story INTEGER NOT NULL
    );
    CREATE INDEX story_members_story ON story_members (story);
    CREATE TABLE state (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE article_search USING fts5 (
        title, text, content = 'articles', content_rowid = 'key'
    );
    CREATE VIRTUAL TABLE quote_search USING fts5 (text, speaker, article UNINDEXED, start UNINDEXED);
    CREATE VIRTUAL TABLE name_search USING fts5 (name, article UNINDEXED);
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
