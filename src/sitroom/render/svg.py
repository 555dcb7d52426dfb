"""What every server-drawn SVG shares: text made safe, a text label, a cut name, and the outer frame.

The charts, the actor network and the map are written as plain SVG text that pages inline, so each piece
of text — most of it from articles — is XML-escaped, kept on one line and stripped of characters XML cannot
carry, and every drawing opens the same way: its size, ``role="img"`` and an accessible title first.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
INK, MUTED = "#1d1f21", "#5f6368"
PAD = 16
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def text(value: str) -> str:
    """``value`` on one line, safe as XML text or attribute: escaped, without characters XML forbids."""
    return html.escape(_NOT_XML.sub("", " ".join(value.split())), quote=True)


def shortened(value: str, limit: int) -> str:
    """``value`` on one line, cut to ``limit`` characters with an ellipsis when longer."""
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def label(
    x: float, y: float, value: str, *, anchor: str = "start", colour: str = INK, halo: bool = False
) -> str:
    """A line of text at (x, y); ``halo`` rings it in white so it stays legible where it crosses a line."""
    anchored = "" if anchor == "start" else f' text-anchor="{anchor}"'
    ring = ' stroke="#fff" stroke-width="3" paint-order="stroke"' if halo else ""
    return f'<text x="{x:.1f}" y="{y:.1f}"{anchored} fill="{colour}"{ring}>{text(value)}</text>'


def frame(width: float, height: float, title: str, parts: Iterable[str], *, kind: str = "chart") -> str:
    """The ``<svg>`` element of class ``kind``: its size, role, accessible title, the shared font, then the
    drawing."""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{kind}" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'width="{width:.0f}" height="{height:.0f}" role="img" font-family="{text(FONT)}" font-size="11">'
        f"<title>{text(title)}</title>" + "".join(parts) + "</svg>"
    )


def message(width: float, note: str, *, kind: str = "chart") -> str:
    """A drawing with nothing to draw says so, in a small frame of its width, so the page keeps its shape."""
    return frame(width, 2 * PAD + 12, note, [label(PAD, PAD + 10, note, colour=MUTED)], kind=kind)
