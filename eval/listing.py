"""One error list of a Markdown report, as the eval modules print them under their tables.

The demo, quotes, times and comparisons reports each end with lists of what went wrong, written the same
way: ``Heading (n): a; b; c.`` (or ``Heading: none.``) followed by a blank line. They share this one
function so the lists read alike everywhere and ``docs/quality.md`` stays byte-for-byte stable.
"""

from __future__ import annotations


def listing(heading: str, items: list[str], limit: int | None = None) -> list[str]:
    """The lines for one list: ``heading``, the count and the items joined by ``; ``, then a blank line.

    At most ``limit`` items are shown (all when None), the rest counted as ``… and n more``; no items
    give ``heading: none.``.
    """
    if not items:
        return [f"{heading}: none.", ""]
    shown = items if limit is None else items[:limit]
    more = f"; … and {len(items) - len(shown)} more" if len(shown) < len(items) else ""
    return [f"{heading} ({len(items)}): " + "; ".join(shown) + more + ".", ""]
