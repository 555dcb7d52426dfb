"""The archive: a SQLite store that grows as articles are added (``sitroom add``) and briefs what it holds."""

from sitroom.store.adding import MODEL_STATE, AddReport, add_articles
from sitroom.store.database import Store
from sitroom.store.listing import StoryListing, list_stories

__all__ = ["MODEL_STATE", "AddReport", "Store", "StoryListing", "add_articles", "list_stories"]
