"""How the situation room's pages are written: one Jinja2 environment, and the addresses pages link to.

Autoescape is always on and unknown names are errors, so article text, titles and search queries can only
ever appear as text. Every address a page prints is built here, each part percent-encoded, so a name
with a slash or a question mark still links to its own page. A cited span links to its article page with
the span marked (``/articles/ID?mark=START-END#mark``): the browser scrolls to it and shows it marked,
with or without JavaScript.
"""

from __future__ import annotations

from functools import cache
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from sitroom import __version__
from sitroom.render.spans import Span, count_label
from sitroom.render.sparkline import sparkline
from sitroom.render.timex import date_label
from sitroom.store.database import MATCH_CLOSE, MATCH_OPEN


def story_href(story: str) -> str:
    return f"/stories/{quote(story, safe='')}"


def actor_href(name: str) -> str:
    return f"/actors/{quote(name, safe='')}"


def article_href(article: str) -> str:
    return f"/articles/{quote(article, safe='')}"


def span_href(span: Span) -> str:
    """The article page with ``span`` marked and scrolled to."""
    return f"{article_href(span.article)}?{urlencode({'mark': f'{span.start}-{span.end}'})}#mark"


def search_href(query: str) -> str:
    return f"/search?{urlencode({'q': query})}"


def dates(first: str | None, last: str | None) -> str:
    """``29 Jun – 14 Jul 2015``, one day alone, or ``undated``."""
    if not first or not last:
        return "undated"
    return date_label(first if first == last else f"{first}/{last}")


def marked(text: str) -> Markup:
    """A search hit's stored text with its matched words as ``<mark>``, everything else escaped."""
    return Markup(str(escape(text)).replace(MATCH_OPEN, "<mark>").replace(MATCH_CLOSE, "</mark>"))


def page(request: Request, template: str, *, status: int = 200, **context: Any) -> HTMLResponse:
    """The page ``template`` rendered with ``context`` and what every page shows of the app."""
    state = request.app.state
    context.setdefault("query", "")
    html = (
        environment()
        .get_template(template)
        .render(allow_add=state.allow_add, store_label=state.archive.path.name, **context)
    )
    return HTMLResponse(html, status_code=status)


@cache
def environment() -> Environment:
    """The pages' Jinja2 environment: package templates, autoescape on, unknown names an error."""
    made = Environment(
        loader=PackageLoader("sitroom.web", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    made.globals.update(
        story_href=story_href,
        actor_href=actor_href,
        article_href=article_href,
        span_href=span_href,
        search_href=search_href,
        dates=dates,
        count_label=count_label,
        sparkline=lambda activity: Markup(sparkline(activity)),
        marked=marked,
        version=__version__,
    )
    return made
