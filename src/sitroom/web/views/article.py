"""An article's page: its text with every mention, quotation, time, figure and event marked and linked.

A link to a span (``?mark=START-END``) marks that span and scrolls to it. A copy shows its text and the
article it copies (copies are not analysed: the original carries the readings).
"""

from __future__ import annotations

import re
from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from sitroom.render.json import brief_to_dict
from sitroom.web.archive import Archive
from sitroom.web.highlight import KINDS, marked_text, notes_of
from sitroom.web.templating import actor_href, page

router = APIRouter()
_SPAN = re.compile(r"(\d{1,9})-(\d{1,9})")
Mark = Annotated[str | None, Query(max_length=32, description="A span to mark: START-END.")]


@router.get("/articles/{article}", response_class=HTMLResponse, include_in_schema=False)
def article_page(request: Request, article: str, mark: Mark = None) -> HTMLResponse:
    archive: Archive = request.app.state.archive
    stored = archive.article(article)
    notes = notes_of(stored.brief, stored.article.id, actor_href) if stored.brief else []
    found = _SPAN.fullmatch(mark or "")
    span = (int(found[1]), int(found[2])) if found else None
    counts = {kind: sum(1 for n in notes if n.kind == kind) for kind in KINDS}
    return page(
        request,
        "article.html.j2",
        stored=stored,
        text=marked_text(stored.article.text, notes, span),
        counts=counts,
        kinds=KINDS,
    )


@router.get("/api/articles/{article}", summary="One article and the brief of it alone")
def article_brief(request: Request, article: str) -> dict:
    """The article record and the Brief JSON (`sitroom.brief/1`) of the article alone: its mentions,
    quotations, times, figures and events with their spans. A copy or an article not in English has no
    brief (`null`): its original carries the readings."""
    stored = request.app.state.archive.article(article)
    return {
        "story": stored.story,
        "brief": brief_to_dict(stored.brief) if stored.brief else None,
        "article": asdict(stored.article),
    }
