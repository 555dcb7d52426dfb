"""A story's activity at a glance: a tiny bar chart of the events reported per day, as SVG text.

One bar per day from the story's first to its last day (days with nothing reported are empty, so a pause
reads as a pause); a story longer than :data:`MAX_BARS` days is drawn per week, or per several weeks, so the
bars stay wide enough to see. Bars are scaled to the busiest day; the SVG's title says the total and the
busiest day, for screen readers and on hover. Same input, same bytes; only presentation attributes, so a
Content-Security-Policy that forbids inline styles leaves it alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sitroom.render import svg
from sitroom.render.spans import count_label

MAX_BARS = 60
WIDTH, HEIGHT = 120, 24
INK, EMPTY = "#3c6e9f", "#d9dce0"


def sparkline(activity: Sequence[tuple[str, int]], *, width: int = WIDTH, height: int = HEIGHT) -> str:
    """The ``<svg>`` for ``activity``: (ISO day, events reported that day) pairs; undatable days are left
    out. No dated day gives a flat grey rule."""
    days = sorted((day, count) for value, count in activity if (day := _day(value)) is not None)
    total = sum(count for _, count in days)
    if not days:
        return _svg(width, height, "no dated activity", [_rule(width, height)])
    first, last = days[0][0], days[-1][0]
    step = max(1, -(-((last - first).days + 1) // MAX_BARS))  # days per bar, rounded up
    bins = [0] * (((last - first).days // step) + 1)
    for day, count in days:
        bins[(day - first).days // step] += count
    peak = max(bins)
    busiest = max(days, key=lambda pair: (pair[1], -pair[0].toordinal()))
    label = f"{count_label(total, 'event')} reported, {first.isoformat()} to {last.isoformat()}"
    if peak:
        label += f"; most on {busiest[0].isoformat()} ({busiest[1]})"
    pitch = width / len(bins)
    bar = max(1.0, pitch - 1.0) if len(bins) > 1 else min(width, 8.0)
    parts = [_rule(width, height)]
    for n, count in enumerate(bins):
        tall = (height - 2) * count / peak if peak else 0.0
        if tall:
            x = n * pitch if len(bins) > 1 else (width - bar) / 2
            parts.append(
                f'<rect x="{x:.1f}" y="{height - 1 - tall:.1f}" width="{bar:.1f}" height="{tall:.1f}" '
                f'fill="{INK}"/>'
            )
    return _svg(width, height, label, parts)


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _rule(width: int, height: int) -> str:
    return f'<line x1="0" y1="{height - 0.5}" x2="{width}" y2="{height - 0.5}" stroke="{EMPTY}"/>'


def _svg(width: int, height: int, label: str, parts: list[str]) -> str:
    title = svg.text(label)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="sparkline" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{title}"><title>{title}</title>'
        + "".join(parts)
        + "</svg>"
    )


__all__ = ["sparkline"]
