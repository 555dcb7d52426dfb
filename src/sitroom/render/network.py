"""Who did what to whom, as one SVG drawing: the actors of the brief's events and the arrows between them.

The drawing reads the same events as the Timeline (:func:`sitroom.render.events.timeline`): each real event
once, however many articles carry a copy of it (``same_as``), and only the events the brief asserts
(:func:`sitroom.link.confidence.asserted`), so a weaker reading never draws a line between two parties.

**Who is drawn.** An event joins its actor to its target. A participant who acts for a state or body
(``actor_for``, ``target_for``: Lavrov for Russia) is drawn as itself, and a dotted "acts for" line ties it
to what it acts for, as the report credits both (``render.report._credited``); a place that stands for
what it names ("Moscow" for Russia) is drawn as the state, and a body named only by what it acts for ("the
government" of Greece) as that. An event whose two ends are then one party joins nothing. The actors are the
ends of these lines; actors with no counterpart in any event are not drawn. A circle's size is the number of
events its actor takes part in, as doer or as target, itself or through someone acting for it (each event
once); only the ``limit`` busiest actors are drawn, and the drawing says how many more there are.

**Lines.** One arrow per ordered pair (actor → target), as wide as the pair's number of events and
coloured by their mean PLOVER conflict–cooperation score on the charts' red–grey–green scale
(:func:`sitroom.render.chart.colour`). As in the pairs' balance, only events that took place are scored
when any did; a pair none of whose events took place (planned, threatened, hypothetical, negated, alleged)
is dashed, its arrowhead hollow, and coloured by what was announced, so an announcement never looks like a
deed. Each line's tooltip lists its event types with their counts. Two parties acting on each other get two
arrows bent apart.

**Bytes.** The layout is a force-directed one (Fruchterman–Reingold) computed in plain Python floats from
a fixed start (the actors on a circle, busiest first) for a fixed number of steps, so it has no random
seed and no platform-dependent numerics; every coordinate is written with one decimal. The same brief
gives the same bytes in every process. As the charts do, the drawing uses presentation attributes only (no
``style``, fit for a strict Content-Security-Policy), no script, font or outside link but the ones
``href`` gives, and every text, most of it taken from articles, is XML-escaped.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from sitroom.render import svg
from sitroom.render.chart import CHAR, GREY, MUTED, NOT_HAPPENED, PAD, WIDTH, colour
from sitroom.render.events import TimelineEvent, plover_scores, signed, timeline
from sitroom.render.spans import count_label
from sitroom.types import Brief, Entity

LIMIT = 20  # actors drawn at most, busiest first
EMPTY = "No one-to-another events were found: no asserted event has both an actor and a different target."
NAME_CHARS = 24  # a longer name is cut, with "…", in its label (the tooltip gives it whole)
R_MIN, R_MAX = 5.0, 16.0  # circle radius of the least and the most busy actor
W_MIN, W_MAX = 1.5, 6.0  # line width of the pair with one event and of the busiest pair
ARROW = 9.0  # arrowhead length, the same for every line
GAP = 2.0  # room between a circle and the line that leaves or reaches it
BEND = 0.15  # how far the two arrows between one pair bow apart, as a share of their length
MAX_BEND = 36.0
NOT_HAPPENED_DASH = "6 4"
ACTS_FOR_DASH = "1.5 3"
ACTS_FOR_INK = "#9aa0a6"
NODE_FILL = "#e8eaed"
LINE_HEIGHT = 11  # height of a label's box; its baseline sits 9 below the box's top
STEPS = 200  # force-directed layout: fixed number of steps, so the result never depends on time
GRAVITY = 0.08  # pull towards the centre, so parts that share no line stay near each other
# Entity types that are places: a place acting for something else is drawn as that. The report's
# ``PLACE_TYPES``, restated so the report may one day draw this without importing itself in a loop.
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_Box = tuple[float, float, float, float]  # left, top, right, bottom


@dataclass(frozen=True, slots=True)
class _Node:
    """One actor: its entity id, name, the events it takes part in as doer and as target."""

    id: str
    name: str
    entity: Entity | None
    doing: frozenset[str]
    done_to: frozenset[str]
    acts_for: tuple[str, ...]  # names of what it acts for

    @property
    def count(self) -> int:
        return len(self.doing | self.done_to)


@dataclass(frozen=True, slots=True)
class _Edge:
    """One ordered pair and its events (each real event once, in the Timeline's order)."""

    source: str
    target: str
    events: tuple[TimelineEvent, ...]

    @property
    def happened(self) -> bool:
        return any(e.happened for e in self.events)

    @property
    def score(self) -> float | None:
        """The mean score of the events that took place; of all of them if none did; None if unscored."""
        counted = [e for e in self.events if e.happened] or list(self.events)
        scores = [e.score for e in counted if e.score is not None]
        return sum(scores) / len(scores) if scores else None


@dataclass(frozen=True, slots=True)
class _Network:
    """Every actor with a counterpart, every pair, and who acts for whom (both ends among the actors)."""

    nodes: dict[str, _Node]
    edges: dict[tuple[str, str], _Edge]
    acts_for: frozenset[tuple[str, str]]


def actor_network(
    brief: Brief,
    *,
    href: Callable[[Entity], str | None] | None = None,
    limit: int = LIMIT,
    threshold: float | None = None,
) -> str:
    """The actors of ``brief``'s asserted events and who did what to whom, as one ``<svg>`` element.

    Args:
        brief: the brief whose events are drawn (each real event once, asserted ones only).
        href: a link for an actor's circle and label (``None`` or ``""`` for none); it is escaped, not
            checked, so it must be a URL the page means to link to.
        limit: the most actors drawn, busiest first (at least 1); the drawing says how many more there are.
        threshold: the confidence an event needs, as in :func:`sitroom.render.events.timeline`
            (``Options.event_threshold`` when None).

    Returns:
        The SVG text, the same bytes for the same brief; a small drawing saying so when no asserted event
        joins one party to another.
    """
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    network = _network(brief, threshold)
    if not network.edges:
        return svg.message(WIDTH, EMPTY, kind="chart network")
    ranked = sorted(network.nodes.values(), key=lambda n: (-n.count, n.name.casefold(), n.name, n.id))
    kept = ranked[:limit]
    ids = {n.id for n in kept}
    edges = [network.edges[pair] for pair in sorted(network.edges) if pair[0] in ids and pair[1] in ids]
    ties = sorted(pair for pair in network.acts_for if pair[0] in ids and pair[1] in ids)
    links = [(e.source, e.target) for e in edges] + ties
    area_width = min(WIDTH - 2 * PAD, 320 + 60 * len(kept))
    area_height = min(520, 150 + 22 * len(kept))
    left, top = (WIDTH - area_width) / 2, PAD + 2 * LINE_HEIGHT
    spots = _fit(_layout([n.id for n in kept], links), left, top, area_width, area_height)
    most = max(n.count for n in kept)
    radius = {n.id: _scaled(n.count, most, R_MIN, R_MAX, root=True) for n in kept}
    markers = _markers(edges, repr((spots, links)))
    busiest = max((len(e.events) for e in edges), default=1)
    parts = [_tie(spots[a], spots[b], radius[a], radius[b]) for a, b in ties]
    for edge in sorted(edges, key=lambda e: (len(e.events), e.source, e.target)):
        bent = (edge.target, edge.source) in network.edges  # both ends are drawn, so the other arrow is too
        width = _scaled(len(edge.events), busiest, W_MIN, W_MAX)
        marker = markers[_marker_key(edge)]
        parts.append(_arrow(edge, spots, radius, network.nodes, width=width, bent=bent, marker=marker))
    for node in sorted(kept, key=lambda n: (n.count, n.name, n.id)):
        parts.append(_linked(_circle(node, spots[node.id], radius[node.id]), node, href))
    for node, (x, y, anchor) in _labels(kept, spots, radius):
        parts.append(
            _linked(
                svg.label(x, y, svg.shortened(node.name, NAME_CHARS), anchor=anchor, halo=True), node, href
            )
        )
    bottom = top + area_height + R_MAX + LINE_HEIGHT + 6
    left_out = (len(ranked) - len(kept), len(network.edges) - len(edges))
    legend, height = _legend(bottom, ties=bool(ties), left_out=left_out, limit=limit)
    defs = "".join(_marker(key, name) for key, name in sorted(markers.items(), key=lambda m: m[1]))
    of = f" (of {len(ranked)})" if len(ranked) > len(kept) else ""
    title = (
        f"Actor network: {count_label(len(kept), 'actor')}{of} and {count_label(len(edges), 'pair')} of "
        "parties, arrows from actor to target coloured by PLOVER conflict–cooperation score"
    )
    return svg.frame(WIDTH, height, title, [f"<defs>{defs}</defs>", *parts, *legend], kind="chart network")


def _network(brief: Brief, threshold: float | None) -> _Network:
    """The actors and pairs of the events the Timeline shows, each real event once (module docstring).

    The Timeline's events are its first asserted report of each real event; their participants are read
    from that report, as the Timeline reads them.
    """
    entities = {e.id: e for e in brief.entities}
    types = {e.id: e.type for e in brief.entities}
    reports = {e.id: e for e in brief.events}
    doing: dict[str, set[str]] = defaultdict(set)
    done_to: dict[str, set[str]] = defaultdict(set)
    ties: set[tuple[str, str]] = set()
    found: dict[tuple[str, str], list[TimelineEvent]] = defaultdict(list)
    for shown in timeline(brief, threshold).events:
        event = reports[shown.id]
        ends = []
        for participant, acts_for, credits in (
            (event.actor, event.actor_for, doing),
            (event.target, event.target_for, done_to),
        ):
            credited = _credited(participant, acts_for, types)
            for entity in credited:
                credits[entity].add(shown.id)
            if len(credited) == 2:
                ties.add((credited[0], credited[1]))
            ends.append(credited[0] if credited else None)
        actor, target = ends
        if actor is not None and target is not None and actor != target:
            found[(actor, target)].append(shown)
    drawn = {end for pair in found for end in pair}
    drawn |= {state for member, state in ties if member in drawn}
    ties = {(member, state) for member, state in ties if member in drawn}
    names = {entity_id: e.name for entity_id, e in entities.items()}
    nodes = {
        entity_id: _Node(
            id=entity_id,
            name=names.get(entity_id, entity_id),
            entity=entities.get(entity_id),
            doing=frozenset(doing.get(entity_id, ())),
            done_to=frozenset(done_to.get(entity_id, ())),
            acts_for=tuple(sorted({names.get(s, s) for m, s in ties if m == entity_id})),
        )
        for entity_id in drawn
    }
    edges = {pair: _Edge(*pair, tuple(events)) for pair, events in found.items()}
    return _Network(nodes, edges, frozenset(ties))


def _credited(participant: str | None, acts_for: str | None, types: Mapping[str, str]) -> list[str]:
    """Who a participant credits, as the report decides it: itself then what it acts for; only the
    referent when the participant is a place standing for it ("Moscow" for Russia); the body alone when
    the participant is unnamed."""
    if participant is None:
        return [acts_for] if acts_for else []
    if acts_for and acts_for != participant:
        return [acts_for] if types.get(participant) in _PLACE_TYPES else [participant, acts_for]
    return [participant]


def _layout(nodes: Sequence[str], links: Iterable[tuple[str, str]]) -> dict[str, tuple[float, float]]:
    """Fruchterman–Reingold positions in the unit square around 0, from the nodes on a circle in order.

    Pure Python floats and a fixed number of steps, so the result is the same in every process; the
    starting circle is rounded so a last-digit difference of ``sin`` or ``cos`` between platforms
    cannot reach it. Linked nodes pull together, all push apart, and a weak pull to the centre keeps
    unlinked parts in view.
    """
    count = len(nodes)
    if count == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: n for n, node in enumerate(nodes)}
    pairs = sorted({tuple(sorted((index[a], index[b]))) for a, b in links if a != b})
    xs = [round(0.5 * math.cos(2 * math.pi * n / count), 9) for n in range(count)]
    ys = [round(0.5 * math.sin(2 * math.pi * n / count), 9) for n in range(count)]
    k = math.sqrt(1.0 / count)
    for step in range(STEPS):
        heat = 0.1 * (1 - step / STEPS)
        dx, dy = [0.0] * count, [0.0] * count
        for i in range(count):
            for j in range(i + 1, count):
                ux, uy, d = _apart(xs[i] - xs[j], ys[i] - ys[j], i, j)
                push = k * k / d
                dx[i] += ux * push
                dy[i] += uy * push
                dx[j] -= ux * push
                dy[j] -= uy * push
        for i, j in pairs:
            ux, uy, d = _apart(xs[i] - xs[j], ys[i] - ys[j], i, j)
            pull = d * d / k
            dx[i] -= ux * pull
            dy[i] -= uy * pull
            dx[j] += ux * pull
            dy[j] += uy * pull
        for i in range(count):
            dx[i] -= GRAVITY * xs[i] / k
            dy[i] -= GRAVITY * ys[i] / k
            moved = math.sqrt(dx[i] * dx[i] + dy[i] * dy[i])
            if moved > heat:
                dx[i], dy[i] = dx[i] * heat / moved, dy[i] * heat / moved
            xs[i] += dx[i]
            ys[i] += dy[i]
    return {node: (xs[n], ys[n]) for n, node in enumerate(nodes)}


def _apart(x: float, y: float, i: int, j: int) -> tuple[float, float, float]:
    """The unit vector from node ``j`` to node ``i`` and their distance; two nodes on one spot are split
    along a direction fixed by their places in the order, never at random."""
    d = math.sqrt(x * x + y * y)
    if d < 1e-9:
        angle = 2 * math.pi * ((i * 7 + j * 3) % 16) / 16
        return math.cos(angle), math.sin(angle), 1e-9
    return x / d, y / d, d


def _fit(
    spots: Mapping[str, tuple[float, float]], left: float, top: float, width: float, height: float
) -> dict[str, tuple[float, float]]:
    """The layout stretched into the drawing's box, keeping a circle's radius from each side, rounded."""
    xs = [x for x, _ in spots.values()]
    ys = [y for _, y in spots.values()]

    def place(value: float, lo: float, hi: float, start: float, size: float) -> float:
        inner = size - 2 * R_MAX
        share = 0.5 if hi - lo < 1e-9 else (value - lo) / (hi - lo)
        return round(start + R_MAX + share * inner, 1)

    return {
        node: (place(x, min(xs), max(xs), left, width), place(y, min(ys), max(ys), top, height))
        for node, (x, y) in spots.items()
    }


def _scaled(value: int, most: int, low: float, high: float, *, root: bool = False) -> float:
    """``value`` out of ``most`` (both at least 1) on ``low``..``high``; by square root for areas."""
    if most <= 1:
        return low
    share = (value - 1) / (most - 1)
    return round(low + (high - low) * (math.sqrt(share) if root else share), 1)


def _marker_key(edge: _Edge) -> tuple[str, bool]:
    return colour(edge.score), edge.happened


def _markers(edges: Iterable[_Edge], drawing: str) -> dict[tuple[str, bool], str]:
    """An id for each arrowhead the lines need (one per colour, filled or hollow).

    The ids start with a digest of the arrowheads and of ``drawing`` (the layout), so two different
    drawings on one page never borrow each other's arrowheads, and the same drawing gets the same ids.
    """
    keys = sorted({_marker_key(e) for e in edges})
    digest = hashlib.sha1(repr((keys, drawing)).encode()).hexdigest()[:10]
    return {key: f"network-{digest}-{n}" for n, key in enumerate(keys)}


def _marker(key: tuple[str, bool], marker_id: str) -> str:
    """An arrowhead whose base sits on the line's end: filled for what took place, hollow for what did not."""
    ink, happened = key
    paint = f'fill="{ink}"' if happened else f'fill="#fff" stroke="{ink}" stroke-width="1.5"'
    return (
        f'<marker id="{marker_id}" viewBox="0 0 10 10" refX="0" refY="5" markerWidth="{ARROW:.0f}" '
        f'markerHeight="{ARROW:.0f}" markerUnits="userSpaceOnUse" orient="auto">'
        f'<path d="M0,0L10,5L0,10z" {paint}/></marker>'
    )


def _arrow(
    edge: _Edge,
    spots: Mapping[str, tuple[float, float]],
    radius: Mapping[str, float],
    nodes: Mapping[str, _Node],
    *,
    width: float,
    bent: bool,
    marker: str,
) -> str:
    """One pair's line with its tooltip, from the actor's circle to the arrowhead at the target's;
    bowed to one side when the target also acts on the actor, so the two arrows never lie on each other.
    ``marker`` is the id of its arrowhead."""
    (x0, y0), (x1, y1) = spots[edge.source], spots[edge.target]
    length = math.hypot(x1 - x0, y1 - y0) or 1.0
    bow = min(MAX_BEND, BEND * length) if bent else 0.0
    cx, cy = (x0 + x1) / 2 - (y1 - y0) / length * bow, (y0 + y1) / 2 + (x1 - x0) / length * bow
    start = _toward(x0, y0, cx, cy, radius[edge.source] + GAP)
    end = _toward(x1, y1, cx, cy, radius[edge.target] + GAP + ARROW)
    path = f"M{start[0]:.1f},{start[1]:.1f}"
    path += f"Q{cx:.1f},{cy:.1f},{end[0]:.1f},{end[1]:.1f}" if bent else f"L{end[0]:.1f},{end[1]:.1f}"
    dash = "" if edge.happened else f' stroke-dasharray="{NOT_HAPPENED_DASH}"'
    tooltip = _edge_tooltip(edge, nodes)
    return (
        f"<g><title>{svg.text(tooltip)}</title>"
        f'<path d="{path}" fill="none" stroke="{colour(edge.score)}" stroke-width="{width:.1f}"{dash} '
        f'marker-end="url(#{marker})"/></g>'
    )


def _toward(x: float, y: float, tx: float, ty: float, distance: float) -> tuple[float, float]:
    """The point ``distance`` from (x, y) towards (tx, ty), or (x, y) itself when they coincide."""
    d = math.hypot(tx - x, ty - y)
    if d < 1e-9:
        return x, y
    return x + (tx - x) / d * distance, y + (ty - y) / d * distance


def _edge_tooltip(edge: _Edge, nodes: Mapping[str, _Node]) -> str:
    """``Russia → United States: 3 events (ACCUSE 1, CONSULT 1, THREATEN 1); mean score -3.5 of the 2
    that took place; not taken place: 1 planned``."""
    types = Counter(e.type for e in edge.events)
    listed = ", ".join(f"{name} {n}" for name, n in sorted(types.items(), key=lambda t: (-t[1], t[0])))
    line = (
        f"{nodes[edge.source].name} → {nodes[edge.target].name}: "
        f"{count_label(len(edge.events), 'event')} ({listed})"
    )
    statuses = Counter(e.status for e in edge.events if not e.happened)
    missing = ", ".join(f"{n} {status}" for status, n in sorted(statuses.items()))
    scored = [e for e in edge.events if e.score is not None and (e.happened or not edge.happened)]
    if edge.score is None:
        line += "; no PLOVER score"
    elif not edge.happened:
        line += f"; none took place ({missing}); mean score {signed(edge.score)} of what was reported"
        return line
    elif len(scored) == len(edge.events):
        line += f"; mean score {signed(edge.score)}"
    else:
        line += f"; mean score {signed(edge.score)} of the {len(scored)} scored that took place"
    return line + (f"; not taken place: {missing}" if missing else "")


def _tie(a: tuple[float, float], b: tuple[float, float], ra: float, rb: float) -> str:
    """The dotted "acts for" line between a participant and the state or body it acts for."""
    (x0, y0), (x1, y1) = _toward(*a, *b, ra + GAP), _toward(*b, *a, rb + GAP)
    return (
        f'<line x1="{x0:.1f}" y1="{y0:.1f}" x2="{x1:.1f}" y2="{y1:.1f}" stroke="{ACTS_FOR_INK}" '
        f'stroke-width="1.2" stroke-dasharray="{ACTS_FOR_DASH}"/>'
    )


def _circle(node: _Node, spot: tuple[float, float], radius: float) -> str:
    """An actor's circle and its tooltip: its full name, its events, what it acts for."""
    tooltip = (
        f"{node.name}: {count_label(node.count, 'event')} "
        f"({len(node.doing)} as actor, {len(node.done_to)} as target)"
    )
    if node.acts_for:
        tooltip += f"; acts for {', '.join(node.acts_for)}"
    return (
        f"<title>{svg.text(tooltip)}</title>"
        f'<circle cx="{spot[0]:.1f}" cy="{spot[1]:.1f}" r="{radius:.1f}" fill="{NODE_FILL}" '
        f'stroke="{MUTED}"/>'
    )


def _linked(content: str, node: _Node, href: Callable[[Entity], str | None] | None) -> str:
    """``content`` in a link to the actor's page when ``href`` gives one, else in a plain group."""
    url = href(node.entity) if href is not None and node.entity is not None else None
    if url:
        return f'<a href="{svg.text(url)}">{content}</a>'
    return f"<g>{content}</g>"


def _labels(
    nodes: Sequence[_Node], spots: Mapping[str, tuple[float, float]], radius: Mapping[str, float]
) -> list[tuple[_Node, tuple[float, float, str]]]:
    """Where each actor's name goes: below its circle, else above, right or left, whichever is first to
    clear every circle and the labels already placed (busiest actors choose first); failing that, where it
    overlaps least. Labels are kept inside the drawing's width."""
    circles = [_box_of(*spots[n.id], radius[n.id]) for n in nodes]
    placed: list[_Box] = []
    chosen = []
    for number, node in enumerate(nodes):
        x, y = spots[node.id]
        r = radius[node.id]
        others = [*circles[:number], *circles[number + 1 :]]
        width = len(svg.shortened(node.name, NAME_CHARS)) * CHAR
        options = [
            (x, y + r + 2 + 9, "middle"),
            (x, y - r - 4, "middle"),
            (x + r + 4, y + 4, "start"),
            (x - r - 4, y + 4, "end"),
        ]
        best = None
        for option in options:
            box = _box(*option, width)
            clash = sum(_overlap(box, other) for other in (*placed, *others))
            if best is None or clash < best[0]:
                best = (clash, option, box)
            if clash == 0:
                break
        assert best is not None
        _, (lx, ly, anchor), box = best
        shift = max(0.0, PAD - box[0]) - max(0.0, box[2] - (WIDTH - PAD))
        placed.append((box[0] + shift, box[1], box[2] + shift, box[3]))
        chosen.append((node, (round(lx + shift, 1), round(ly, 1), anchor)))
    return chosen


def _box(x: float, y: float, anchor: str, width: float) -> _Box:
    """The box a label of ``width`` takes with its baseline at ``y``, anchored at ``x``."""
    left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
    return left, y - 9, left + width, y - 9 + LINE_HEIGHT


def _box_of(x: float, y: float, r: float) -> _Box:
    return x - r, y - r, x + r, y + r


def _overlap(a: _Box, b: _Box) -> float:
    """The area two boxes share (0 when apart)."""
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def _legend(y: float, *, ties: bool, left_out: tuple[int, int], limit: int) -> tuple[list[str], float]:
    """The colour scale from conflict to cooperation, solid against dashed, the dotted "acts for" line,
    what width and size mean, and how many actors (and pairs with them) were left out; set in lines that
    wrap before the drawing's right edge. Returns the parts and the drawing's height below them."""
    actors_left_out, pairs_left_out = left_out
    extent = max(abs(s) for s in plover_scores().values())
    shares = (-1.0, -0.5, 0.0, 0.5, 1.0)

    def scale(x: float, y: float) -> str:
        return "".join(
            _segment(x + 22 * n, y, colour(share * extent), width=4.0) for n, share in enumerate(shares)
        )

    def line(ink: str, dash: str | None = None) -> Callable[[float, float], str]:
        return lambda x, y: _segment(x, y, ink, dash=dash)

    items: list[tuple[Callable[[float, float], str] | None, float, str]] = [  # drawing, its width, words
        (None, 0.0, "conflict"),
        (scale, 22.0 * len(shares), "cooperation (mean PLOVER score)"),
        (line(_hex(GREY)), 26.0, "took place"),
        (line(_hex(GREY), NOT_HAPPENED_DASH), 26.0, f"none took place: {NOT_HAPPENED}"),
    ]
    if ties:
        items.append((line(ACTS_FOR_INK, ACTS_FOR_DASH), 26.0, "acts for"))
    items.append(
        (None, 0.0, "line width: events between the pair; circle size: events the actor takes part in")
    )
    parts: list[str] = []
    x = PAD
    for drawing, width, words in items:
        size = width + len(words) * CHAR
        if x > PAD and x + size > WIDTH - PAD:
            x, y = PAD, y + 18
        if drawing is not None:
            parts.append(drawing(x, y))
        parts.append(svg.label(x + width, y + 4, words, colour=MUTED))
        x += size + 16
    if actors_left_out:
        y += 18
        more = f"{count_label(actors_left_out, 'more actor')} left out: only the {limit} busiest are drawn"
        if pairs_left_out:
            more += f", and {count_label(pairs_left_out, 'pair')} with them"
        parts.append(svg.label(PAD, y + 4, more + ".", colour=MUTED))
    return parts, y + 4 + PAD


def _segment(x: float, y: float, ink: str, *, width: float = 2.0, dash: str | None = None) -> str:
    """A short line for the legend."""
    dashed = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<line x1="{x:.1f}" y1="{y:.1f}" x2="{x + 20:.1f}" y2="{y:.1f}" stroke="{ink}" '
        f'stroke-width="{width:.1f}"{dashed}/>'
    )


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


__all__ = ["LIMIT", "actor_network"]
