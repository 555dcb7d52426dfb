"""Extract stage: pure functions from a parsed article to frozen records, one module per kind of fact."""

from sitroom.extract.article import extract_article
from sitroom.extract.entities import extract_mentions
from sitroom.extract.figures import extract_figures
from sitroom.extract.quotes import extract_quotes
from sitroom.extract.roles import extract_roles

__all__ = ["extract_article", "extract_figures", "extract_mentions", "extract_quotes", "extract_roles"]
