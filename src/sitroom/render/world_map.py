"""A map of the places a brief mentions, as one ``<svg>`` element drawn on the server with no network.

The country shapes are Natural Earth's 1:110m Admin 0 countries (public domain), projected once to
equirectangular SVG units by ``scripts/build_world_map.py`` into the package data file ``data/world.json``;
nothing is downloaded at run time. Every country is drawn in a light fill and the countries the brief
mentions (a place that is itself a country, or the country of a city or other place) in a stronger one;
places with coordinates are circles whose area grows with their mentions (a square-root scale, so that a
place named forty times does not swallow the map), each with a ``<title>`` and, when the caller gives one,
a link. The most mentioned places are labelled, each label put on whichever side of its mark overlaps
nothing already drawn. The view is cropped to the region the places span, stretched by the cosine of its
middle latitude so that Europe is not squashed; places spread over most of the globe, a single far-flung
place among a cluster, or a lone point at sea get the whole world instead (see :func:`_view`).

Like :mod:`sitroom.render.chart`, the output is plain text made for a page under a strict
Content-Security-Policy: no script, no fonts or images, no ``style`` attribute (only presentation
attributes), no ``id`` (so two maps can share a page). Every piece of text, much of it from articles, is
XML-escaped, characters XML cannot carry are dropped, links other than http(s) and relative ones are left
out, and numbers are written with fixed precision, so the same places give the same bytes.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from sitroom import gazetteer
from sitroom.render import svg
from sitroom.render.spans import count_label
from sitroom.render.svg import INK, MUTED
from sitroom.types import Brief, Entity

WIDTH = 720
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
LABELS = 8  # places labelled on the map; the rest have their name in the mark's tooltip
LABEL_CHARS = 28  # longer names are cut, with an ellipsis, in labels (never in tooltips)
TITLE_PLACES = 3  # places named in the map's accessible title
COUNTRY_TITLE_PLACES = 6  # places listed in a shaded country's tooltip
# The whole-world frame: latitudes beyond these hold no news but Antarctica's ice and the Arctic Ocean.
WORLD_NORTH, WORLD_SOUTH = 84.0, -58.0
MIN_SPAN = (24.0, 14.0)  # least longitude and latitude a cropped view shows, so one city has neighbours
MARGIN = 0.15  # share of the places' span added on each side of a cropped view
MIN_MARGIN = 4.0  # degrees added on each side at least, so a mark is never on the edge
ASPECT = (1.4, 2.2)  # least and greatest width:height of a cropped view, in pixels
WORLD_SHARE = 0.6  # a crop wider than this share of the world's width is shown as the whole world
LEAST_LAND = 0.03  # share of a crop that land (by its rings' boxes) must cover, or the world is shown
FAR_FLUNG = 30.0  # degrees between one place and the nearest other that make it far-flung (see _view)
LEAST_STRETCH = 0.5  # the horizontal stretch (cos of the middle latitude) goes no lower (60 degrees)
R_MIN, R_MAX = 3.0, 14.0  # radius of a mark, in pixels: the floor, and that of the most mentioned place
CHAR = 6.2  # rough width of a character at the 11px labels, for laying them out
LEGEND_GAP = 10
OCEAN, LAND, BORDER, SHADED, MARK = "#f2f5f8", "#dde1e6", "#ffffff", "#9db9d8", "#c5221f"
BORDER_WIDTH = 0.6  # pixels
# Codes the gazetteer keeps for states that no longer exist: shade the countries they became.
FORMER_STATES = {
    "SU": ("AM", "AZ", "BY", "EE", "GE", "KG", "KZ", "LT", "LV", "MD", "RU", "TJ", "TM", "UA", "UZ"),
    "YU": ("BA", "HR", "ME", "MK", "RS", "SI", "XK"),
    "CS": ("CZ", "SK"),
    "DD": ("DE",),
}
_PATH_TOKEN = re.compile(r"[Mlz]|-?(?:\d+\.?\d*|\.\d+)")
_SCHEME = re.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):")
_INVISIBLE = re.compile("[\x00-\x20\x7f]")


@dataclass(frozen=True, slots=True)
class MapPlace:
    """One place to put on the map.

    ``country`` is an ISO 3166-1 alpha-2 code (or one of the gazetteer's codes for a former state, such as
    SU); ``lat``/``lon`` are degrees, both or neither. A place with coordinates is drawn as a circle sized
    by ``mentions``; one with only a country shades that country. ``is_country`` marks a place that is a
    country itself ("Greece", not "Athens"): its country is shaded and carries its name, mentions and link
    instead of a circle (a country too small for the 1:110m shapes, such as Malta, still gets a circle).
    ``href``, when given, makes the mark (or the country) a link; only http(s) and relative links are kept.
    """

    name: str
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    mentions: int = 1
    href: str | None = None
    is_country: bool = False


Box = tuple[float, float, float, float]  # x0, y0, x1, y1


@dataclass(frozen=True, slots=True)
class CountryShape:
    """One country of the base map: its code (None for Northern Cyprus and Somaliland), its name, its
    bounding box and label point in world units, its outline as SVG path data in world units, and the
    bounding box of each of its rings (to tell whether a view holds any land)."""

    code: str | None
    name: str
    bbox: Box
    label: tuple[float, float] | None
    d: str
    rings: tuple[Box, ...] = ()


@dataclass(frozen=True, slots=True)
class World:
    """The base map as shipped in ``data/world.json``: where it comes from, its licence, and its shapes.

    World units: ``x = (lon + 180) * scale``, ``y = (90 - lat) * scale``.
    """

    source: str
    licence: str
    scale: float
    countries: tuple[CountryShape, ...]

    def xy(self, lat: float, lon: float) -> tuple[float, float]:
        """A latitude and longitude in world units."""
        return (lon + 180) * self.scale, (90 - lat) * self.scale

    def by_code(self) -> dict[str, CountryShape]:
        """The shapes that have a code, by code."""
        return {shape.code: shape for shape in self.countries if shape.code}


@cache
def world() -> World:
    """The base map, read once from the package data (a few milliseconds)."""
    raw = json.loads(files("sitroom.render").joinpath("data", "world.json").read_text(encoding="utf-8"))
    shapes = tuple(
        CountryShape(
            code=item["code"],
            name=item["name"],
            bbox=(item["bbox"][0], item["bbox"][1], item["bbox"][2], item["bbox"][3]),
            label=(item["label"][0], item["label"][1]) if item["label"] else None,
            d=item["d"],
            rings=_ring_boxes(item["d"]),
        )
        for item in raw["countries"]
    )
    return World(source=raw["source"], licence=raw["licence"], scale=raw["scale"], countries=shapes)


def map_places(brief: Brief, *, href: Callable[[Entity], str | None] | None = None) -> list[MapPlace]:
    """The brief's places worth a map: GPE, LOC and FAC entities with coordinates or a country.

    A place is a country itself when the gazetteer says its name names its country ("Russia", not
    "Moscow"). ``href`` gives each entity's link, if any (the HTML report's is ``#entity-<id>``). The list
    is ordered by mentions, then name, so it can be passed to :func:`places_map` as it is.
    """
    places = [
        MapPlace(
            name=entity.name,
            lat=entity.lat if entity.lon is not None else None,
            lon=entity.lon if entity.lat is not None else None,
            country=entity.country,
            mentions=entity.mention_count,
            href=href(entity) if href else None,
            is_country=entity.country is not None and gazetteer.country_named(entity.name) == entity.country,
        )
        for entity in brief.entities
        if entity.type in PLACE_TYPES
        and (entity.country or (entity.lat is not None and entity.lon is not None))
    ]
    return sorted(places, key=_rank)


def places_map(
    places: Sequence[MapPlace],
    *,
    highlight_countries: Collection[str] = (),
    width: int = WIDTH,
    labels: int = LABELS,
) -> str:
    """The map of ``places`` as one ``<svg>`` element, ``width`` pixels wide (height follows the view).

    ``highlight_countries`` are more ISO alpha-2 codes to shade besides the places' own countries (say,
    the states acting in the brief's events). ``labels`` is how many of the most mentioned places get a
    label. With nothing to draw, the result is a small SVG saying so. The same arguments give the same
    bytes.
    """
    if width <= 0:
        raise ValueError(f"a map needs a positive width, not {width}")
    base = world()
    shapes = base.by_code()
    places = sorted(places, key=_rank)
    marks = [p for p in places if _located(p) and not (p.is_country and _codes(p.country) & shapes.keys())]
    countries = [p for p in places if p.is_country and _codes(p.country) & shapes.keys()]
    shaded = sorted(
        set().union(*(_codes(p.country) for p in places), *(_codes(c) for c in highlight_countries))
        & shapes.keys()
    )
    if not marks and not shaded:
        if places:
            return svg.message(
                WIDTH,
                f"None of the {count_label(len(places), 'place')} found could be put on the map.",
                kind="chart map",
            )
        return svg.message(WIDTH, "No places were found to map.", kind="chart map")
    unmapped = sum(1 for p in places if not _located(p) and not (_codes(p.country) & shapes.keys()))
    anchors = [_xy(p, base) for p in marks]
    for code in sorted(_codes(*(p.country for p in countries), *highlight_countries) & shapes.keys()):
        anchor = _country_anchor(code, countries, base)
        if anchor is not None:
            anchors.append(anchor)
    view = _view(anchors, base, width)
    top = max((p.mentions for p in marks), default=1)
    radius = _radius_scale(top)
    legend_height = max(24, math.ceil(2 * radius(top) + 8))
    parts = [f'<rect width="{width}" height="{_n(view.height)}" fill="{OCEAN}"/>']
    parts += _countries(base, view, shaded, places)
    parts.append(
        f'<rect y="{_n(view.height)}" width="{width}" height="{_n(legend_height)}" fill="#ffffff"/>'
        f'<line x1="0" y1="{_n(view.height)}" x2="{width}" y2="{_n(view.height)}" stroke="{LAND}"/>'
    )
    circles = [_Circle(p, *view.inside(*view.px(*_xy(p, base))), radius(p.mentions)) for p in marks]
    parts += [_circle(circle, shapes) for circle in sorted(circles, key=lambda c: (-c.r, _rank(c.place)))]
    parts += _labels(circles, countries, base, view, labels)
    parts += _legend(view, legend_height, top, radius, unmapped, shaded=bool(shaded), marked=bool(marks))
    return svg.frame(width, view.height + legend_height, _title(places), kind="chart map", parts=parts)


@dataclass(frozen=True, slots=True)
class _View:
    """The part of the world shown: a box in world units, its horizontal stretch, and the pixel size.

    A world point ``(x, y)`` is drawn at ``((x - x0) * stretch * scale, (y - y0) * scale)``.
    """

    x0: float
    y0: float
    x1: float
    y1: float
    stretch: float
    scale: float
    width: int
    height: int

    def px(self, x: float, y: float) -> tuple[float, float]:
        """A point in world units as pixels of the drawing."""
        return (x - self.x0) * self.stretch * self.scale, (y - self.y0) * self.scale

    def inside(self, x: float, y: float) -> tuple[float, float]:
        """A pixel point moved onto the map if it lies off it (a base in Antarctica on the world view)."""
        return min(max(x, 0.0), self.width), min(max(y, 0.0), self.height)

    def shows(self, bbox: tuple[float, float, float, float]) -> bool:
        """Whether a box in world units reaches into the view."""
        return bbox[2] >= self.x0 and bbox[0] <= self.x1 and bbox[3] >= self.y0 and bbox[1] <= self.y1


@dataclass(frozen=True, slots=True)
class _Circle:
    place: MapPlace
    x: float
    y: float
    r: float


def _view(anchors: Sequence[tuple[float, float]], base: World, width: int) -> _View:
    """The view that holds every anchor with a margin, at a sensible aspect, or the whole world.

    The box grows to a least span (so one city shows its region), then to an aspect between ``ASPECT``'s
    bounds after the horizontal stretch by the cosine of its middle latitude. The whole world is shown
    instead when a crop would mislead or say little: a box wider than ``WORLD_SHARE`` of the world or
    taller than the world frame; one far-flung place (a single mention of Washington in a brief on
    Greece) that would turn the crop into a strip of ocean with the story squeezed at one end; or a box
    of open sea (a lone Pacific island), where only the world gives the point a context.
    """
    s = base.scale
    top, bottom = (90 - WORLD_NORTH) * s, (90 - WORLD_SOUTH) * s
    whole = 360 * s
    xs, ys = [x for x, _ in anchors], [y for _, y in anchors]
    if anchors and not _far_flung(xs, FAR_FLUNG * s) and not _far_flung(ys, FAR_FLUNG * s):
        w = _padded(max(xs) - min(xs), MIN_SPAN[0] * s, MIN_MARGIN * s)
        h = _padded(max(ys) - min(ys), MIN_SPAN[1] * s, MIN_MARGIN * s)
        cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
        stretch = max(LEAST_STRETCH, math.cos(math.radians(90 - cy / s)))
        if w * stretch / h < ASPECT[0]:
            w = ASPECT[0] * h / stretch
        elif w * stretch / h > ASPECT[1]:
            h = w * stretch / ASPECT[1]
        if w <= WORLD_SHARE * whole and h <= bottom - top:
            x0 = min(max(cx - w / 2, 0.0), whole - w)
            y0 = min(max(cy - h / 2, top), bottom - h)
            box = (x0, y0, x0 + w, y0 + h)
            land = sum(_overlap(box, ring) for shape in base.countries for ring in shape.rings)
            if land >= LEAST_LAND * w * h:
                scale = width / (w * stretch)
                return _View(x0, y0, x0 + w, y0 + h, stretch, scale, width, round(h * scale))
    scale = width / whole
    return _View(0.0, top, whole, bottom, 1.0, scale, width, round((bottom - top) * scale))


def _far_flung(values: Sequence[float], gap: float) -> bool:
    """Whether the least or greatest of three or more values lies apart from all the others: further
    from its nearest neighbour than ``gap`` and than the others' whole spread."""
    if len(values) < 3:
        return False
    ordered = sorted(values)
    low = ordered[1] - ordered[0] > max(gap, ordered[-1] - ordered[1])
    high = ordered[-1] - ordered[-2] > max(gap, ordered[-2] - ordered[0])
    return low or high


def _padded(span: float, least: float, margin: float) -> float:
    """A span with a margin on both sides (a share of it, at least ``margin``), no smaller than ``least``."""
    return max(span + 2 * max(span * MARGIN, margin), least)


def _countries(base: World, view: _View, shaded: Sequence[str], places: Sequence[MapPlace]) -> list[str]:
    """Every country in view in the light fill, then the shaded ones over them, titled and linked.

    The shapes share one transform from world units to pixels, so the path data is the shipped text as it
    is; the border width is given in world units, scaled by the stretch's square root so it stays near
    ``BORDER_WIDTH`` pixels whichever way a border runs.
    """
    a, d = view.stretch * view.scale, view.scale
    e, f = -view.x0 * a, -view.y0 * d
    stroke = BORDER_WIDTH / (view.scale * math.sqrt(view.stretch))
    light = [s for s in base.countries if s.code not in shaded and view.shows(s.bbox)]
    out = [
        f'<g transform="matrix({a:.5f} 0 0 {d:.5f} {e:.3f} {f:.3f})" fill="{LAND}" stroke="{BORDER}" '
        f'stroke-width="{stroke:.4f}" stroke-linejoin="round" fill-rule="evenodd">'
    ]
    out += [f'<path d="{s.d}"/>' for s in light]
    by_code = base.by_code()
    for code in shaded:
        shape = by_code[code]
        if not view.shows(shape.bbox):
            continue
        inside = [p for p in places if code in _codes(p.country)]
        itself = next((p for p in inside if p.is_country), None)
        title = svg.text(_country_title(shape, inside))
        path = f'<path d="{shape.d}" fill="{SHADED}"><title>{title}</title></path>'
        out.append(_linked(path, itself.href if itself else None))
    out.append("</g>")
    return out


def _country_title(shape: CountryShape, inside: Sequence[MapPlace]) -> str:
    """The country and the places in it: "Greece: Greece (12 mentions), Athens (5 mentions)"."""
    if not inside:
        return shape.name
    named = [f"{p.name} ({count_label(p.mentions, 'mention')})" for p in inside[:COUNTRY_TITLE_PLACES]]
    more = len(inside) - COUNTRY_TITLE_PLACES
    return f"{shape.name}: " + ", ".join(named) + (f" and {more} more" if more > 0 else "")


def _circle(circle: _Circle, shapes: dict[str, CountryShape]) -> str:
    """One place's mark with its tooltip (name, country, mentions), linked when it has a link."""
    place = circle.place
    country = next((shapes[c].name for c in sorted(_codes(place.country)) if c in shapes), None)
    where = f" ({country})" if country and not place.is_country and country != place.name else ""
    tip = f"{place.name}{where}: {count_label(place.mentions, 'mention')}"
    mark = (
        f'<circle cx="{_n(circle.x)}" cy="{_n(circle.y)}" r="{_n(circle.r)}" fill="{MARK}" '
        f'fill-opacity="0.75" stroke="#ffffff" stroke-width="1"><title>{svg.text(tip)}</title></circle>'
    )
    return _linked(mark, place.href)


def _labels(
    circles: Sequence[_Circle], countries: Sequence[MapPlace], base: World, view: _View, count: int
) -> list[str]:
    """Labels for the ``count`` most mentioned places, each placed so that it overlaps no other label.

    Greedy, most mentioned first: of the positions around a mark (right, left, above, below; a country's
    label goes first on its point), the first that stays inside the map and clears every label already
    placed wins, preferring one that covers no other mark; a label that fits nowhere is left out (its
    place keeps its tooltip).
    """
    # (place, x, y, radius of its mark); a shaded country has no mark, and its radius -1 says so
    anchors: list[tuple[MapPlace, float, float, float]] = [(c.place, c.x, c.y, c.r) for c in circles]
    for place in countries:
        point = _country_anchor_of(place, base)
        if point is not None:
            anchors.append((place, *view.px(*point), -1.0))
    anchors.sort(key=lambda item: _rank(item[0]))
    marks: list[Box] = [(c.x - c.r, c.y - c.r, c.x + c.r, c.y + c.r) for c in circles]
    placed: list[Box] = []
    out: list[str] = []
    for place, x, y, r in anchors[:count]:
        text = svg.shortened(" ".join(place.name.split()), LABEL_CHARS)
        choice = _place_label(text, x, y, r, view, placed, marks)
        if choice is None:
            continue
        lx, ly, anchor, box = choice
        placed.append(box)
        out.append(
            f'<text x="{_n(lx)}" y="{_n(ly)}" text-anchor="{anchor}" fill="{INK}" stroke="#ffffff" '
            f'stroke-width="3" stroke-linejoin="round" paint-order="stroke">{svg.text(text)}</text>'
        )
    return out


def _place_label(
    text: str, x: float, y: float, r: float, view: _View, placed: Sequence[Box], marks: Sequence[Box]
) -> tuple[float, float, str, Box] | None:
    """Where a label goes: x, y, text-anchor and its box; None when every position collides."""
    w = len(text) * CHAR
    gap = max(r, 0.0) + 3
    options = [
        (x + gap, y + 4, "start", (x + gap, y - 7, x + gap + w, y + 5)),
        (x - gap, y + 4, "end", (x - gap - w, y - 7, x - gap, y + 5)),
        (x, y - gap - 2, "middle", (x - w / 2, y - gap - 12, x + w / 2, y - gap)),
        (x, y + gap + 10, "middle", (x - w / 2, y + gap, x + w / 2, y + gap + 12)),
    ]
    if r < 0:  # a country: its name on its point first
        options.insert(0, (x, y + 4, "middle", (x - w / 2, y - 7, x + w / 2, y + 5)))
    fitting = [
        option
        for option in options
        if _inside(option[3], view) and not any(_overlap(option[3], other) for other in placed)
    ]
    if not fitting:
        return None
    own = (x - r, y - r, x + r, y + r)
    return min(fitting, key=lambda o: sum(_overlap(o[3], m) for m in marks if m != own))


def _legend(
    view: _View,
    height: float,
    top: int,
    radius: Callable[[int], float],
    unmapped: int,
    *,
    shaded: bool,
    marked: bool,
) -> list[str]:
    """The strip under the map: what a shaded country and a circle mean, and what could not be drawn."""
    y = view.height + height / 2
    x = 8.0
    out: list[str] = []
    if shaded:
        out.append(f'<rect x="{_n(x)}" y="{_n(y - 5)}" width="14" height="10" fill="{SHADED}"/>')
        out.append(_legend_text(x + 19, y, "Country mentioned"))
        x += 19 + len("Country mentioned") * CHAR + LEGEND_GAP * 2
    if marked:
        sizes = [1, top] if top > 1 else [1]
        for size in sizes:
            r = radius(size)
            out.append(
                f'<circle cx="{_n(x + r)}" cy="{_n(y)}" r="{_n(r)}" fill="{MARK}" fill-opacity="0.75" '
                f'stroke="#ffffff" stroke-width="1"/>'
            )
            label = count_label(size, "mention")
            out.append(_legend_text(x + 2 * r + 5, y, label))
            x += 2 * r + 5 + len(label) * CHAR + LEGEND_GAP
    if unmapped:
        out.append(_legend_text(x + LEGEND_GAP, y, f"{count_label(unmapped, 'place')} not on the map", MUTED))
    out.append(
        f'<text x="{_n(view.width - 8)}" y="{_n(y + 4)}" text-anchor="end" fill="{MUTED}" font-size="9">'
        "Natural Earth</text>"
    )
    return out


def _legend_text(x: float, y: float, text: str, colour: str = INK) -> str:
    return svg.label(x, y + 4, text, colour=colour)


def _title(places: Sequence[MapPlace]) -> str:
    """The map's accessible name: how many places, and the most mentioned."""
    names = [p.name for p in places[:TITLE_PLACES]]
    most = ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1] if names else ""
    title = f"Map of the {count_label(len(places), 'place')} the brief mentions"
    return f"{title}; most mentioned: {most}" if most else title


def _radius_scale(top: int) -> Callable[[int], float]:
    """Mentions to radius: area in proportion to mentions, the most mentioned at ``R_MAX``, none under
    ``R_MIN`` (so a place named once stays visible and clickable)."""
    return lambda mentions: max(R_MIN, R_MAX * math.sqrt(max(mentions, 0) / max(top, 1)))


def _country_anchor(code: str, countries: Sequence[MapPlace], base: World) -> tuple[float, float] | None:
    """Where a shaded country counts for cropping: its own place's coordinates, else its label point."""
    itself = next((p for p in countries if code in _codes(p.country)), None)
    if itself is not None:
        return _country_anchor_of(itself, base)
    shape = base.by_code().get(code)
    return shape.label if shape else None


def _country_anchor_of(place: MapPlace, base: World) -> tuple[float, float] | None:
    """A country place's point in world units: its coordinates (the gazetteer's population-weighted
    centre, so "Russia" does not pull the view to Siberia), else the shape's label point."""
    if _located(place):
        return _xy(place, base)
    shapes = base.by_code()
    for code in sorted(_codes(place.country)):
        if code in shapes and shapes[code].label is not None:
            return shapes[code].label
    return None


def _ring_boxes(d: str) -> tuple[Box, ...]:
    """The bounding box of each ring of shipped path data ("M x y l dx dy ... z", one ring per M)."""
    boxes: list[Box] = []
    tokens = _PATH_TOKEN.findall(d)
    numbers: list[float] = []
    for token in [*tokens, "M"]:
        if token in {"M", "l", "z"}:
            if token == "M" and numbers:
                x, y, points = numbers[0], numbers[1], [(numbers[0], numbers[1])]
                for dx, dy in zip(numbers[2::2], numbers[3::2], strict=True):
                    x, y = x + dx, y + dy
                    points.append((x, y))
                xs, ys = [p[0] for p in points], [p[1] for p in points]
                boxes.append((min(xs), min(ys), max(xs), max(ys)))
                numbers = []
            continue
        numbers.append(float(token))
    return tuple(boxes)


def _codes(*codes: str | None) -> set[str]:
    """The ISO codes to shade for country codes, a former state's being those of its successors."""
    out: set[str] = set()
    for code in codes:
        if code:
            code = code.upper()
            out.update(FORMER_STATES.get(code, (code,)))
    return out


def _rank(place: MapPlace) -> tuple:
    """Most mentioned first, then by name and the rest, so any input order gives the same drawing."""
    return (
        -place.mentions,
        place.name,
        place.country or "",
        place.lat if place.lat is not None else 999.0,
        place.lon if place.lon is not None else 999.0,
        place.href or "",
        place.is_country,
    )


def _xy(place: MapPlace, base: World) -> tuple[float, float]:
    """A located place's point in world units."""
    assert place.lat is not None and place.lon is not None
    return base.xy(place.lat, place.lon)


def _located(place: MapPlace) -> bool:
    """Whether a place can be a mark: finite coordinates on the globe."""
    if place.lat is None or place.lon is None:
        return False
    return -90 <= place.lat <= 90 and -180 <= place.lon <= 180  # False for NaN too


def _inside(box: Box, view: _View) -> bool:
    return box[0] >= 2 and box[1] >= 2 and box[2] <= view.width - 2 and box[3] <= view.height - 2


def _overlap(a: Box, b: Box) -> float:
    """The area two boxes share (0 when apart)."""
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def _linked(element: str, href: str | None) -> str:
    """``element`` inside ``<a href>`` when ``href`` is a safe link; as it is otherwise."""
    safe = _safe_href(href)
    return f'<a href="{svg.text(safe)}">{element}</a>' if safe else element


def _safe_href(href: str | None) -> str | None:
    """``href`` when it is relative or http(s); None for javascript:, data: and every other scheme.

    The scheme is read with whitespace and control characters removed, as browsers do ("java\\tscript:").
    """
    if not href or not href.strip():
        return None
    scheme = _SCHEME.match(_INVISIBLE.sub("", href))
    if scheme and scheme.group(1).lower() not in {"http", "https"}:
        return None
    return href.strip()


def _n(value: float) -> str:
    """A coordinate with one decimal, never "-0.0"."""
    text = f"{value:.1f}"
    return "0.0" if text == "-0.0" else text


__all__ = ["CountryShape", "MapPlace", "World", "map_places", "places_map", "world"]
