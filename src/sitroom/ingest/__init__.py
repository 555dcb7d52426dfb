"""Read stage: files, folders, standard input and URLs become clean :class:`~sitroom.types.Article`
records."""

from sitroom.ingest.articles import ReadResult, read_articles

__all__ = ["ReadResult", "read_articles"]
