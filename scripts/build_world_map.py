"""Regenerate ``src/sitroom/render/data/world.json``, the country shapes the places map draws.

Source: Natural Earth 1:110m Cultural Vectors, "Admin 0 – Countries" (``ne_110m_admin_0_countries``),
made by Natural Earth (https://www.naturalearthdata.com/) and released into the public domain (terms of
use: https://www.naturalearthdata.com/about/terms-of-use/). The GeoJSON edition is kept in Natural Earth's
own repository, nvkelso/natural-earth-vector, at ``geojson/ne_110m_admin_0_countries.geojson``; the
committed world.json was built from a 5.x copy of that file (one with the ``ISO_A2_EH`` and ``NE_ID``
fields, as found in GIScience/ai-assisted-osm-mapping-stats at ``data/``).

What it does, once, so that a run never parses a 1 MB GeoJSON nor downloads anything:

* projects every ring to equirectangular (plate carrée) SVG units, ``x = (lon + 180) * SCALE`` and
  ``y = (90 - lat) * SCALE``, so the whole world is ``360 * SCALE`` by ``180 * SCALE`` units;
* rounds each vertex to a tenth of a unit, drops vertices that rounding makes repeat and rings that
  collapse to fewer than three points or cover less than ``MIN_AREA`` square units (specks of islands);
* writes each country as one SVG path (absolute move, then relative lines: compact and exact, since the
  deltas are taken between rounded points) with its ISO 3166-1 alpha-2 code, name, bounding box and
  label point.

The code is ``ISO_A2_EH`` ("ISO_A2 even if...": Natural Earth fills in France's and Norway's, which plain
``ISO_A2`` leaves as -99, and Kosovo's XK), then ``ISO_A2``; features with neither (Northern Cyprus,
Somaliland) keep ``null`` and are drawn but never shaded. The output is sorted by code and name, so a
rebuild from the same file gives the same bytes.

Rebuild (needs only the standard library)::

    python scripts/build_world_map.py path/to/ne_110m_admin_0_countries.geojson
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from pathlib import Path

SCALE = 2  # SVG units per degree: the world is 720 x 360 units, and a tenth of a unit is 0.05 degrees
MIN_AREA = 0.25  # square units (1/16 of a square degree): rings smaller than this are dropped
OUT = Path(__file__).resolve().parent.parent / "src" / "sitroom" / "render" / "data" / "world.json"
SOURCE = (
    "Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries (ne_110m_admin_0_countries, 5.x), "
    "https://www.naturalearthdata.com/; GeoJSON from nvkelso/natural-earth-vector"
)
LICENCE = "Public domain (Natural Earth terms of use: https://www.naturalearthdata.com/about/terms-of-use/)"
PROJECTION = f"equirectangular: x = (lon + 180) * {SCALE}, y = (90 - lat) * {SCALE}, rounded to 0.1 unit"
_ISO2 = re.compile("[A-Z]{2}")

Point = tuple[int, int]  # a vertex in tenths of an SVG unit


def main() -> None:
    """Read the Natural Earth GeoJSON named on the command line and write world.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="ne_110m_admin_0_countries.geojson")
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write (default: {OUT})")
    args = parser.parse_args()
    collection = json.loads(args.source.read_text(encoding="utf-8"))
    countries = [country for feature in collection["features"] if (country := _country(feature))]
    countries.sort(key=lambda c: (c["code"] is None, c["code"] or "", c["name"]))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(_dump(countries), encoding="utf-8")
    print(f"{len(countries)} countries, {args.out.stat().st_size:,} bytes -> {args.out}")


def _country(feature: dict) -> dict | None:
    """One feature as ``{code, name, bbox, label, d}``, or None when every ring is too small to keep."""
    properties = feature["properties"]
    rings = [ring for ring in map(_ring, _rings(feature["geometry"])) if ring]
    if not rings:
        return None
    xs = [x for ring in rings for x, _ in ring]
    ys = [y for ring in rings for _, y in ring]
    label = properties.get("LABEL_X"), properties.get("LABEL_Y")
    return {
        "code": _code(properties),
        "name": properties.get("NAME_LONG") or properties["NAME"],
        "bbox": [_unit(min(xs)), _unit(min(ys)), _unit(max(xs)), _unit(max(ys))],
        "label": [_unit(v) for v in _project(*label)] if None not in label else None,
        "d": "".join(_path(ring) for ring in rings),
    }


def _code(properties: dict) -> str | None:
    """The ISO 3166-1 alpha-2 code: ``ISO_A2_EH`` where Natural Earth fills it in, else ``ISO_A2``."""
    for field in ("ISO_A2_EH", "ISO_A2"):
        value = str(properties.get(field) or "")
        if _ISO2.fullmatch(value):
            return value
    return None


def _rings(geometry: dict) -> Iterator[list[list[float]]]:
    """Every ring (outer or hole) of a Polygon or MultiPolygon."""
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    for polygon in polygons:
        yield from polygon


def _project(lon: float, lat: float) -> Point:
    """Longitude and latitude in tenths of an SVG unit of the equirectangular world."""
    return round((lon + 180) * SCALE * 10), round((90 - lat) * SCALE * 10)


def _ring(coordinates: list[list[float]]) -> list[Point]:
    """A ring projected and rounded, repeats dropped; empty when it is too small to see on any map."""
    ring: list[Point] = []
    for lon, lat, *_ in coordinates:
        point = _project(lon, lat)
        if not ring or ring[-1] != point:
            ring.append(point)
    if len(ring) > 1 and ring[0] == ring[-1]:
        ring.pop()
    if len(ring) < 3 or abs(_area(ring)) / 100 < MIN_AREA:
        return []
    return ring


def _area(ring: list[Point]) -> float:
    """The ring's signed area (shoelace formula), in square tenths of a unit."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True)) / 2


def _path(ring: list[Point]) -> str:
    """``M x y l dx dy ... z`` with numbers as short as SVG's path grammar allows ("-.5" for -0.5)."""
    (x, y), rest = ring[0], ring[1:]
    steps = [(x1 - x0, y1 - y0) for (x0, y0), (x1, y1) in zip(ring, rest, strict=False)]
    out = [f"M{_number(x)} {_number(y)}l"]
    for i, (dx, dy) in enumerate(steps):
        out.append(_pair(dx, dy, first=i == 0))
    out.append("z")
    return "".join(out)


def _pair(dx: int, dy: int, *, first: bool) -> str:
    """One relative step; a space goes between numbers only where a minus sign does not separate them."""
    a, b = _number(dx), _number(dy)
    return ("" if first or a.startswith("-") else " ") + a + ("" if b.startswith("-") else " ") + b


def _number(tenths: int) -> str:
    """Tenths of a unit as the shortest decimal: 15 -> "1.5", -5 -> "-.5", 20 -> "2"."""
    sign = "-" if tenths < 0 else ""
    whole, tenth = divmod(abs(tenths), 10)
    if tenth == 0:
        return f"{sign}{whole}"
    return f"{sign}{whole or ''}.{tenth}"


def _unit(tenths: int) -> float | int:
    """Tenths as a JSON number of units (an int when whole, so the file stays short)."""
    return tenths // 10 if tenths % 10 == 0 else tenths / 10


def _dump(countries: list[dict]) -> str:
    """world.json: the header fields, then one country per line so that a rebuild diffs readably."""
    header = {
        "source": SOURCE,
        "licence": LICENCE,
        "projection": PROJECTION,
        "width": 360 * SCALE,
        "height": 180 * SCALE,
        "scale": SCALE,
    }
    lines = [json.dumps(header, ensure_ascii=False)[:-1] + ', "countries": [']
    lines += [
        json.dumps(country, ensure_ascii=False, separators=(",", ":"))
        + ("," if i < len(countries) - 1 else "")
        for i, country in enumerate(countries)
    ]
    return "\n".join([*lines, "]}"]) + "\n"


if __name__ == "__main__":
    main()
