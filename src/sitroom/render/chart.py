"""The Timeline's two charts as plain SVG text: events over time, and cooperation–conflict per pair.

Both read a :class:`~sitroom.render.events.Timeline` and return one ``<svg>`` element that the HTML report
inlines (and that stands alone as a file): no script, no fonts or images, no link outside the page, only
presentation attributes (a Content-Security-Policy that forbids inline ``style`` attributes leaves them
alone). Every piece of text, most of it taken from articles, is XML-escaped, characters XML cannot carry
are dropped, and coordinates are written with fixed precision, so the same timeline gives the same bytes.

Colour is the PLOVER conflict–cooperation score of the event's type, red through grey to green on a scale
as wide as the largest score in the table; an event that did not take place (planned, threatened,
hypothetical, negated, alleged) is drawn hollow, so an announcement never looks like a deed.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from sitroom.render import svg
from sitroom.render.events import Pair, Timeline, TimelineEvent, plover_scores
from sitroom.render.spans import count_label
from sitroom.render.svg import INK, MUTED, PAD
from sitroom.render.timex import MONTHS, day_month

WIDTH = 920
RULE = "#d9dce0"
# The ends and middle of the colour scale: conflict, neutral, cooperation (the report's verdict colours).
RED, GREY, GREEN = (197, 34, 31), (176, 180, 186), (24, 128, 56)
UNSCORED = "#9aa0a6"
RADIUS = 6
PITCH = 15  # distance between the centres of neighbouring marks
MAX_ROWS = 24  # rows of marks a day's stack may take before the rest are counted as "+N"
GUTTER = 64  # width of the "earlier" and "later" columns for events beyond the axis
TICK_GAP = 60  # least room between two date labels on the axis
LANE = 12  # height of one row of the longer-periods lane
MAX_LANES = 12
CHAR = 6.2  # rough width of a character at the 11px labels, for laying out the legend
ROW = 24  # height of one pair's bar
LABEL_WIDTH = 300
NUMBERS_WIDTH = 230
LABEL_CHARS = 46
MAX_PAIRS = 30
NOT_HAPPENED = "planned, threatened, hypothetical, negated or alleged"


def events_chart(timeline: Timeline) -> str:
    """Events over time: one mark per dated real event, stacked by day over the story's span.

    Single-day events stack in their day's column (wider spans bin several days per column); events of
    a week, month or longer period are bars in a lane below the axis, cut at its ends; events entirely
    before or after the axis stack in "earlier" and "later" columns beside it. Undated events are counted,
    not drawn (the Timeline lists them).
    """
    if timeline.empty:
        return svg.message(WIDTH, "No events to chart.")
    if timeline.axis is None or not timeline.dated:
        return svg.message(WIDTH, "No dated events to chart.")
    lo, hi = timeline.axis
    earlier = [e for e in timeline.dated if _days(e)[1] < lo]
    later = [e for e in timeline.dated if _days(e)[0] > hi]
    inside = [e for e in timeline.dated if lo <= _days(e)[1] and _days(e)[0] <= hi]
    axis = _Axis(lo, hi, PAD + (GUTTER if earlier else 0), WIDTH - PAD - (GUTTER if later else 0))
    stacks: dict[float, list[TimelineEvent]] = {}
    for event in (e for e in inside if _days(e)[0] == _days(e)[1]):
        stacks.setdefault(axis.x(_days(event)[0]), []).append(event)
    columns = [(x, found, axis.per_row) for x, found in stacks.items()]
    if earlier:
        columns.append((PAD + GUTTER / 2, earlier, int((GUTTER - 8) // PITCH)))
    if later:
        columns.append((WIDTH - PAD - GUTTER / 2, later, int((GUTTER - 8) // PITCH)))
    rows = max((min(MAX_ROWS, math.ceil(len(found) / per)) for _, found, per in columns), default=1)
    top = PAD + 14
    base = top + rows * PITCH + 4
    parts = [f'<line x1="{axis.left:.1f}" y1="{base}" x2="{axis.right:.1f}" y2="{base}" stroke="{INK}"/>']
    parts += axis.ticks(base)
    for x, found, per in columns:
        parts += _stack(x, base, found, per)
    if earlier:
        parts += _gutter(PAD + GUTTER / 2, PAD + GUTTER - 4, top, base, "earlier")
    if later:
        parts += _gutter(WIDTH - PAD - GUTTER / 2, WIDTH - PAD - GUTTER + 4, top, base, "later")
    periods = [e for e in inside if _days(e)[0] != _days(e)[1]]
    bottom = base + 44
    if periods:
        bottom += 10
        lane_parts, bottom = _lanes(periods, axis, bottom)
        parts += lane_parts
    undated = len(timeline.events) - len(timeline.dated)
    legend, height = _legend(bottom + 8, undated)
    parts += legend
    return svg.frame(
        WIDTH, height, "Events over time, coloured by their PLOVER conflict–cooperation score", parts
    )


def pairs_chart(pairs: Sequence[Pair]) -> str:
    """Cooperation–conflict per pair: one diverging bar per (actor, target), its total score, largest first.

    Bars run right for cooperation and left for conflict from a zero line, coloured by the pair's mean
    score; the total, the mean and the number of events are written beside each.
    """
    if not pairs:
        return svg.message(WIDTH, "No pair of parties with an event that took place.")
    shown = pairs[:MAX_PAIRS]
    bars = WIDTH - 2 * PAD - LABEL_WIDTH - NUMBERS_WIDTH
    zero = PAD + LABEL_WIDTH + bars / 2
    scale = (bars / 2 - 4) / max(abs(p.total) for p in shown) if any(p.total for p in shown) else 0.0
    top = PAD + 20
    parts = [
        svg.label(zero - 6, PAD + 8, "← conflict", anchor="end", colour=MUTED),
        svg.label(zero + 6, PAD + 8, "cooperation →", colour=MUTED),
        svg.label(PAD + LABEL_WIDTH + bars + 8, PAD + 8, "total · mean · events", colour=MUTED),
    ]
    for n, pair in enumerate(shown):
        y = top + n * ROW
        width = abs(pair.total) * scale
        x = zero - width if pair.total < 0 else zero
        events = count_label(pair.count, "event")
        numbers = f"{pair.total_label} · {pair.mean_label} · {events}"
        left_out = f"; {pair.not_counted} more that did not happen" if pair.not_counted else ""
        tooltip = f"{pair.label}: total {pair.total_label}, mean {pair.mean_label}, {events}{left_out}"
        parts.append(
            f"<g><title>{svg.text(tooltip)}</title>"
            f'<rect x="{x:.1f}" y="{y + 4}" width="{max(width, 1.5):.1f}" height="{ROW - 8}" '
            f'fill="{colour(pair.mean)}"/>'
            + svg.label(
                PAD + LABEL_WIDTH - 8, y + ROW / 2 + 4, svg.shortened(pair.label, LABEL_CHARS), anchor="end"
            )
            + svg.label(PAD + LABEL_WIDTH + bars + 8, y + ROW / 2 + 4, numbers)
            + "</g>"
        )
    bottom = top + len(shown) * ROW
    parts.append(f'<line x1="{zero:.1f}" y1="{top}" x2="{zero:.1f}" y2="{bottom}" stroke="{INK}"/>')
    if len(pairs) > MAX_PAIRS:
        rest = count_label(len(pairs) - MAX_PAIRS, "more pair")
        parts.append(svg.label(PAD, bottom + 16, f"{rest} in the table below", colour=MUTED))
        bottom += 16
    return svg.frame(
        WIDTH, bottom + PAD, "Cooperation and conflict per pair of parties, by PLOVER score", parts
    )


def colour(score: float | None) -> str:
    """The mark colour of a PLOVER score: red for conflict, grey at zero, green for cooperation."""
    if score is None:
        return UNSCORED
    extent = max(abs(s) for s in plover_scores().values())
    share = max(-1.0, min(1.0, score / extent))
    end = GREEN if share >= 0 else RED
    red, green, blue = (round(a + (b - a) * abs(share)) for a, b in zip(GREY, end, strict=True))
    return f"#{red:02x}{green:02x}{blue:02x}"


class _Axis:
    """The days ``lo``..``hi`` laid out between ``left`` and ``right``, several days a column if need be."""

    def __init__(self, lo: date, hi: date, left: float, right: float) -> None:
        self.lo, self.hi, self.left, self.right = lo, hi, left, right
        days = (hi - lo).days + 1
        self.bin = math.ceil(days / max(1, int((right - left) // PITCH)))
        self.width = (right - left) / math.ceil(days / self.bin)
        self.per_row = max(1, int(self.width // PITCH))

    def x(self, day: date) -> float:
        """The centre of the column ``day`` falls in (days beyond the ends fall in the end columns)."""
        day = min(max(day, self.lo), self.hi)
        return self.left + ((day - self.lo).days // self.bin + 0.5) * self.width

    def ticks(self, base: int) -> list[str]:
        """Tick marks and labels: days (``29 Jun``) or months, spaced so labels never collide; years below."""
        per_day = self.width / self.bin
        step = next((s for s in (1, 2, 7, 14) if s * per_day >= TICK_GAP), None)
        if step is not None:
            labelled = [(day, day_month(day)) for day in _every(self.lo, self.hi, step)]
        else:
            months = next((m for m in (1, 3, 6, 12, 24, 60, 120) if m * 30.4 * per_day >= TICK_GAP), 240)
            labelled = [
                (day, MONTHS[day.month - 1][:3] if months < 12 else "") for day in _months(self, months)
            ]
        parts, year = [], None
        for day, text in labelled:
            x = self.x(day)
            parts.append(f'<line x1="{x:.1f}" y1="{base}" x2="{x:.1f}" y2="{base + 4}" stroke="{INK}"/>')
            if text:
                parts.append(svg.label(x, base + 16, text, anchor="middle"))
            if day.year != year:
                parts.append(svg.label(x, base + 30, str(day.year), anchor="middle", colour=MUTED))
                year = day.year
        return parts


def _every(lo: date, hi: date, step: int) -> list[date]:
    return [lo + timedelta(days=n) for n in range(0, (hi - lo).days + 1, step)]


def _months(axis: _Axis, step: int) -> list[date]:
    """The first days of every ``step``-th month on the axis (counted from year 0, so years line up)."""
    index, found = axis.lo.year * 12 + axis.lo.month - 1, []
    while (day := date(index // 12, index % 12 + 1, 1)) <= axis.hi:
        if day >= axis.lo and index % step == 0:
            found.append(day)
        index += 1
    return found or [axis.lo]


def _stack(x: float, base: int, events: Iterable[TimelineEvent], per_row: int) -> list[str]:
    """One column's marks, rows of ``per_row`` upward from the axis, conflict lowest, cooperation on top."""
    ordered = sorted(events, key=lambda e: (e.score is None, e.score or 0.0, e.id))
    shown = ordered[: MAX_ROWS * per_row]
    parts = []
    for n, event in enumerate(shown):
        row, place = divmod(n, per_row)
        in_row = min(per_row, len(shown) - row * per_row)
        cx = x + (place - (in_row - 1) / 2) * PITCH
        parts.append(_mark(cx, base - RADIUS - 3 - row * PITCH, event))
    if len(ordered) > len(shown):
        top = base - RADIUS - 3 - MAX_ROWS * PITCH
        parts.append(svg.label(x, top + 2, f"+{len(ordered) - len(shown)}", anchor="middle", colour=MUTED))
    return parts


def _mark(x: float, y: float, event: TimelineEvent) -> str:
    """A dot linked to the event's row, filled if it happened, hollow if not, with its tooltip."""
    radius = RADIUS if event.happened else RADIUS - 1
    shape = f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}" {_paint(event.score, event.happened)}/>'
    return f'<a href="#event-{svg.text(event.id)}"><title>{svg.text(event.tooltip)}</title>{shape}</a>'


def _paint(score: float | None, happened: bool) -> str:
    """Fill and stroke: solid in the score's colour for what happened, a ring of it for what did not."""
    if happened:
        return f'fill="{colour(score)}" stroke="#fff"'
    return f'fill="#fff" stroke="{colour(score)}" stroke-width="2"'


def _gutter(x: float, rule: float, top: int, base: int, name: str) -> list[str]:
    """The dashed rule setting an "earlier" or "later" column apart, and its name under the axis."""
    return [
        f'<line x1="{rule:.1f}" y1="{top}" x2="{rule:.1f}" y2="{base + 30}" stroke="{RULE}" '
        'stroke-dasharray="3 3"/>',
        f'<line x1="{x - GUTTER / 2 + 8:.1f}" y1="{base}" x2="{x + GUTTER / 2 - 8:.1f}" y2="{base}" '
        f'stroke="{MUTED}"/>',
        svg.label(x, base + 16, name, anchor="middle", colour=MUTED),
    ]


def _lanes(events: Sequence[TimelineEvent], axis: _Axis, y: int) -> tuple[list[str], int]:
    """Events of a week, month or longer as bars over the days they cover, packed into rows."""
    parts = [svg.label(axis.left, y, "Weeks, months and longer periods", colour=MUTED)]
    ends: list[float] = []  # where each lane's last bar ends
    hidden = 0
    for event in sorted(events, key=lambda e: (*_days(e), e.id)):
        first, last = _days(event)
        x0 = axis.x(first) - axis.width / 2 + 1
        x1 = axis.x(last) + axis.width / 2 - 1
        lane = next((n for n, end in enumerate(ends) if end + 2 < x0), len(ends))
        if lane >= MAX_LANES:
            hidden += 1
            continue
        ends[lane : lane + 1] = [x1]
        top = y + 8 + lane * LANE
        bar = f'x="{x0:.1f}" y="{top}" width="{max(x1 - x0, 2):.1f}" height="{LANE - 4}" rx="3"'
        parts.append(
            f'<a href="#event-{svg.text(event.id)}"><title>{svg.text(event.tooltip)}</title>'
            f"<rect {bar} {_paint(event.score, event.happened)}/></a>"
        )
    bottom = y + 8 + len(ends) * LANE
    if hidden:
        parts.append(svg.label(axis.left, bottom + 12, f"+{hidden} more in the list below", colour=MUTED))
        bottom += 14
    return parts, bottom + 4


def _legend(y: int, undated: int) -> tuple[list[str], int]:
    """The colour scale from conflict to cooperation, filled against hollow, and the undated count."""
    extent = max(abs(s) for s in plover_scores().values())
    parts = [svg.label(PAD, y + 4, "conflict", colour=MUTED)]
    x = PAD + len("conflict") * CHAR + 10
    for share in (-1.0, -0.5, 0.0, 0.5, 1.0):
        parts.append(f'<circle cx="{x:.1f}" cy="{y}" r="{RADIUS}" fill="{colour(share * extent)}"/>')
        x += PITCH + 2
    parts.append(svg.label(x, y + 4, "cooperation (PLOVER score)", colour=MUTED))
    x += len("cooperation (PLOVER score)") * CHAR + 24
    parts.append(f'<circle cx="{x:.1f}" cy="{y}" r="{RADIUS}" {_paint(0.0, True)}/>')
    parts.append(svg.label(x + 10, y + 4, "took place", colour=MUTED))
    x += 10 + len("took place") * CHAR + 16
    parts.append(f'<circle cx="{x:.1f}" cy="{y}" r="{RADIUS - 1}" {_paint(0.0, False)}/>')
    parts.append(svg.label(x + 10, y + 4, NOT_HAPPENED, colour=MUTED))
    if undated:
        parts.append(
            svg.label(
                PAD, y + 24, f"{count_label(undated, 'undated event')} listed below, not drawn.", colour=MUTED
            )
        )
        return parts, y + 24 + PAD
    return parts, y + PAD


def _days(event: TimelineEvent) -> tuple[date, date]:
    """The first and last day of a dated event (the charts draw only those; an undated one sorts last)."""
    days = event.when.days
    return (days.first, days.last) if days else (date.max, date.max)


__all__ = ["colour", "events_chart", "pairs_chart"]
