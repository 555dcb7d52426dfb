"""The brief as one self-contained HTML page: readable without JavaScript, safe to open, same bytes each run.

The page loads nothing: its style, script and charts (SVG from :mod:`sitroom.render.chart`) are inline,
and a Content-Security-Policy naming the style's and script's hashes forbids anything else (no fonts,
images, frames or network requests). Every article's full text is
in the page, and every cited item links to ``#article-<id>`` with ``data-article``, ``data-start`` and
``data-end`` (code-point offsets into that text); the script marks exactly that span when a link is clicked.
Jinja2 escapes everything the template prints, so article text such as ``<script>`` shows as text.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from functools import cache
from importlib.resources import files

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from sitroom.render.chart import events_chart, pairs_chart
from sitroom.render.events import Pair, Timeline
from sitroom.render.report import build_report, count_label, counts, mention_summary
from sitroom.types import Brief

TEMPLATE = "report.html.j2"
STYLE = "report.css"
SCRIPT = "report.js"


def brief_to_html(brief: Brief) -> str:
    """The HTML report of ``brief``; the same brief gives byte-identical output."""
    environment = _environment()
    css, js = _asset(STYLE), _asset(SCRIPT)
    return environment.get_template(TEMPLATE).render(
        report=build_report(brief), css=Markup(css), js=Markup(js), csp=_policy(css, js)
    )


@cache
def _environment() -> Environment:
    """The Jinja2 environment: package templates, autoescape always on, unknown names an error."""
    environment = Environment(
        loader=PackageLoader("sitroom.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["article_text"] = article_text
    environment.globals.update(
        counts=counts,
        count_label=count_label,
        mention_summary=mention_summary,
        is_web=is_web,
        events_chart=_events_chart,
        pairs_chart=_pairs_chart,
    )
    return environment


def _asset(name: str) -> str:
    """A style or script file from the templates folder, verbatim (never parsed as a template)."""
    return (files("sitroom.render") / "templates" / name).read_text(encoding="utf-8")


def _policy(css: str, js: str) -> str:
    """A Content-Security-Policy allowing only this page's own inline style and script, by their hashes."""
    return (
        f"default-src 'none'; style-src '{_hash(css)}'; script-src '{_hash(js)}'; "
        "base-uri 'none'; form-action 'none'"
    )


def _hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _events_chart(timeline: Timeline) -> Markup:
    """The events-over-time SVG, inlined as is: :mod:`sitroom.render.chart` escapes all its text."""
    return Markup(events_chart(timeline))


def _pairs_chart(pairs: Sequence[Pair]) -> Markup:
    """The cooperation–conflict SVG, inlined as is: :mod:`sitroom.render.chart` escapes all its text."""
    return Markup(pairs_chart(pairs))


def article_text(text: str) -> Markup:
    """Article text escaped for the page so the browser's text equals it character for character.

    HTML parsing turns a carriage return into a line feed, which would shift every span after it; a
    character reference survives parsing, so carriage returns are written as ``&#13;``.
    """
    return Markup(str(escape(text)).replace("\r", "&#13;"))


def is_web(url: str) -> bool:
    """Whether ``url`` may be a link: only http(s) addresses, never ``javascript:`` or ``data:``."""
    return url.lower().startswith(("http://", "https://"))


__all__ = ["article_text", "brief_to_html", "is_web"]
