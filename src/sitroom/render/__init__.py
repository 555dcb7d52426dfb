"""Render stage: one Brief, three formats (JSON contract, Markdown report, self-contained HTML report)."""

from __future__ import annotations

from pathlib import Path

from sitroom.types import Brief

FORMATS = ("json", "md", "html")
_SUFFIXES = {".json": "json", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


def render(brief: Brief, fmt: str) -> str:
    """The brief as ``fmt``: ``json``, ``md`` or ``html``."""
    if fmt == "json":
        from sitroom.render.json import brief_to_json

        return brief_to_json(brief)
    if fmt == "md":
        from sitroom.render.markdown import brief_to_markdown

        return brief_to_markdown(brief)
    if fmt == "html":
        from sitroom.render.html import brief_to_html

        return brief_to_html(brief)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def format_for(path: Path | None, given: str | None) -> str:
    """The format asked for, else the one the output file's suffix names, else JSON."""
    if given:
        return given
    if path is not None:
        return _SUFFIXES.get(path.suffix.lower(), "json")
    return "json"


__all__ = ["FORMATS", "format_for", "render"]
