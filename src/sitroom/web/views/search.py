"""Search over the archive: article text and titles, quotations and their speakers, and names (SQLite
FTS5), each hit with the matched words highlighted and a link to where it is."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from sitroom.render.spans import Span
from sitroom.store.database import MATCH_CLOSE, MATCH_OPEN
from sitroom.types import Article
from sitroom.web.archive import Archive
from sitroom.web.query import fts_query
from sitroom.web.templating import page

router = APIRouter()
LIMIT = 30
Text = Annotated[str, Query(max_length=500, description="Words to look for; a phrase in double quotes.")]


@dataclass(frozen=True, slots=True)
class ArticleHit:
    article: str
    title: str
    outlet: str | None
    published: str | None
    snippet: str  # matched words between MATCH_OPEN and MATCH_CLOSE


@dataclass(frozen=True, slots=True)
class QuoteHit:
    span: Span
    speaker: str
    marked: str  # the quotation, matched words between MATCH_OPEN and MATCH_CLOSE


@dataclass(frozen=True, slots=True)
class NameHit:
    name: str
    articles: int


@dataclass(frozen=True, slots=True)
class Results:
    query: str
    articles: tuple[ArticleHit, ...] = ()
    quotes: tuple[QuoteHit, ...] = ()
    names: tuple[NameHit, ...] = ()


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search_page(request: Request, q: Text = "") -> HTMLResponse:
    results = find(request.app.state.archive, q)
    return page(request, "search.html.j2", results=results, query=q)


@router.get("/api/search", summary="Search articles, quotations and names")
def search_records(request: Request, q: Text = "") -> dict:
    """Articles whose title or text match (with a snippet), quotations whose words or speaker match, and
    matching names with how many articles name them, best first. Matched words are marked `[[…]]`."""
    results = find(request.app.state.archive, q)
    plain = asdict(results)
    for group in ("articles", "quotes"):
        for hit in plain[group]:
            key = "snippet" if group == "articles" else "marked"
            hit[key] = hit[key].replace(MATCH_OPEN, "[[").replace(MATCH_CLOSE, "]]")
    return plain


def find(archive: Archive, text: str) -> Results:
    """Everything matching ``text`` (nothing for a query with no words)."""
    match = fts_query(text)
    if match is None:
        return Results(text)
    store = archive.store()
    ids = archive.memo(("ids",), store.article_ids)
    article_hits = store.search_articles(match, LIMIT)
    rows = dict(store.articles([key for key, _ in article_hits]))
    quote_hits = store.search_quotes(match, LIMIT)
    quoted = dict(store.articles(sorted({key for key, *_ in quote_hits} - rows.keys()))) | rows
    return Results(
        text,
        articles=tuple(
            ArticleHit(ids[key], rows[key].title or ids[key], rows[key].outlet, rows[key].published, snippet)
            for key, snippet in article_hits
            if key in rows
        ),
        quotes=tuple(
            QuoteHit(_span(quoted[key], key, ids, start, marked), speaker, marked)
            for key, start, marked, speaker in quote_hits
            if key in quoted
        ),
        names=tuple(NameHit(name, count) for name, count in store.search_names(match, LIMIT)),
    )


def _span(article: Article, key: int, ids: dict[int, str], start: int, words: str) -> Span:
    """The quotation's span in its article (the index keeps its start; its length is its words')."""
    end = start + len(words.replace(MATCH_OPEN, "").replace(MATCH_CLOSE, ""))
    return Span(ids[key], start, end, article.text[start:end], article.outlet)
