"""The front page: every story, the most recently active first, with its dates, size and activity."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from sitroom.store import StoryListing
from sitroom.web.archive import Archive
from sitroom.web.templating import page

PER_PAGE = 30
router = APIRouter()
Page = Annotated[int, Query(alias="page", ge=1, le=1_000_000, description="Page number, from 1.")]
Minimum = Annotated[
    int, Query(alias="min", ge=1, le=10_000, description="Only stories with at least this many articles.")
]


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def front(request: Request, page_number: Page = 1, minimum: Minimum = 1) -> HTMLResponse:
    archive: Archive = request.app.state.archive
    shown, total, pages = _page(archive, page_number, minimum)
    return page(
        request,
        "front.html.j2",
        stories=shown,
        total=total,
        page=min(page_number, pages),
        pages=pages,
        minimum=minimum,
        articles=archive.article_count(),
    )


@router.get("/api/stories", summary="The stories, most recently active first")
def stories(request: Request, page_number: Page = 1, minimum: Minimum = 1) -> dict:
    """One page of stories: id, title, dates, member articles (copies counted apart), outlets, top actors
    and activity (events reported per day), as `sitroom stories --format json` gives them."""
    shown, total, pages = _page(request.app.state.archive, page_number, minimum)
    return {"stories": [asdict(s) for s in shown], "total": total, "page": page_number, "pages": pages}


def _page(archive: Archive, number: int, minimum: int) -> tuple[list[StoryListing], int, int]:
    listed = [s for s in archive.stories() if len(s.articles) >= minimum]
    pages = max(1, -(-len(listed) // PER_PAGE))
    start = (min(number, pages) - 1) * PER_PAGE
    return listed[start : start + PER_PAGE], len(listed), pages
