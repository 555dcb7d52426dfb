"""What the situation room reads: the store behind its pages, with the costly views kept between requests.

Every request thread gets its own read-only connection (a SQLite connection is not shared between threads,
and the web app must never write unless adding is allowed, which goes through :func:`sitroom.api.add`).
Views that take time — the story list decodes every stored extraction; a story, article or actor brief
links its articles — are built once (the story list in the background as the server starts) and kept in a
bounded cache tagged with the store's generation: when an add commits,
the generation changes and every kept view is dropped, so a page is never stale and never recomputed for
nothing.

An actor is looked up by name through the store's name index: its brief is that of the most recent
articles naming it (at most :data:`ACTOR_ARTICLES`, so the page stays quick for an actor named in
thousands), each in the story the store gave it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sitroom.api import brief_of_rows, brief_of_store
from sitroom.errors import StoreError
from sitroom.store import MODEL_STATE, Store, StoryListing, list_stories
from sitroom.types import Article, Brief

ACTOR_ARTICLES = 200
CACHE_SIZE = 64
_T = TypeVar("_T")


class NotFound(LookupError):
    """What a page asked for is not in the store; the message says what was asked for."""


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """One stored article: itself, the story it joined (``s3``; None for a copy or an unanalysed one) and
    the brief of it alone (None when it was not analysed: a copy, or not in English)."""

    article: Article
    story: str | None
    brief: Brief | None


class Archive:
    """The store at ``path``, read-only, with its views cached per generation."""

    def __init__(self, path: str | Path, *, cache_size: int = CACHE_SIZE) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._connections: list[Store] = []
        self._lock = threading.Lock()
        self._cache: OrderedDict[tuple, object] = OrderedDict()
        self._building: dict[tuple, threading.Lock] = {}
        self._cache_size = cache_size
        self._generation: int | None = None
        self.store()  # refuse a missing, foreign or damaged file now, not on the first request

    def store(self) -> Store:
        """This thread's read-only connection to the store."""
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = Store(self.path, readonly=True)
            with self._lock:
                self._connections.append(store)
        return store

    def memo(self, key: tuple, build: Callable[[], _T]) -> _T:
        """The view kept under ``key`` for the store as it is now, built by ``build`` when missing; requests
        that want a view being built wait for it rather than build it again."""
        generation = self.store().generation()
        with self._lock:
            if generation != self._generation:
                self._cache.clear()
                self._building.clear()
                self._generation = generation
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]  # type: ignore[return-value]
            building = self._building.setdefault(key, threading.Lock())
        with building:
            with self._lock:
                if generation == self._generation and key in self._cache:
                    return self._cache[key]  # type: ignore[return-value]
            value = build()
            with self._lock:
                if generation == self._generation:
                    self._cache[key] = value
                    while len(self._cache) > self._cache_size:
                        self._cache.popitem(last=False)
        return value

    def warm(self) -> threading.Thread:
        """Start computing the story list in the background, so the first reader does not wait for it."""
        thread = threading.Thread(target=self.stories, name="sitroom-warm", daemon=True)
        thread.start()
        return thread

    def article_count(self) -> int:
        """How many current articles the store holds."""
        return self.memo(("count",), self.store().article_count)

    def stories(self) -> list[StoryListing]:
        """Every story, the most recently active first."""
        return self.memo(("stories",), lambda: list_stories(self.store()))

    def listing(self, story: str) -> StoryListing:
        """The list entry of one story."""
        found = next((s for s in self.stories() if s.id == story), None)
        if found is None:
            raise NotFound(f"There is no story {story!r} in this store.")
        return found

    def story_brief(self, story: str) -> Brief:
        """The brief of one story (its articles and their copies)."""

        def build() -> Brief:
            try:
                return brief_of_store(self.store(), story)
            except StoreError:
                raise NotFound(f"There is no story {story!r} in this store.") from None

        return self.memo(("story", story), build)

    def article(self, article_id: str) -> StoredArticle:
        """One article with the brief of it alone."""
        return self.memo(("article", article_id), lambda: self._article(article_id))

    def _article(self, article_id: str) -> StoredArticle:
        store = self.store()
        key = store.article_key(article_id)
        if key is None:
            raise NotFound(f"There is no article {article_id!r} in this store.")
        rows = store.articles([key])
        article = rows[0][1]
        members = store.story_members()
        story = f"s{members[key] + 1}" if key in members else None
        brief = (
            brief_of_rows(store, rows, members, model=store.state(MODEL_STATE)) if key in members else None
        )
        return StoredArticle(article, story, brief)

    def actor_brief(self, name: str) -> Brief:
        """The brief of the most recent articles that name ``name`` (see the module docstring)."""

        def build() -> Brief:
            store = self.store()
            keys = store.keys_naming([name])[-ACTOR_ARTICLES:]
            if not keys:
                raise NotFound(f"No article in this store names {name!r}.")
            members = store.story_members()
            rows = [(key, article) for key, article in store.articles(keys) if key in members]
            return brief_of_rows(store, rows, members, model=store.state(MODEL_STATE))

        return self.memo(("actor", name), build)

    def story_of(self) -> dict[str, str]:
        """Article id -> story id, for every article that joined a story."""

        def build() -> dict[str, str]:
            store = self.store()
            members = store.story_members()
            ids = store.article_ids()
            return {ids[key]: f"s{number + 1}" for key, number in members.items() if key in ids}

        return self.memo(("story_of",), build)

    def close(self) -> None:
        """Close every thread's connection (when the server stops)."""
        with self._lock:
            for store in self._connections:
                store.close()
            self._connections.clear()
        self._local = threading.local()
