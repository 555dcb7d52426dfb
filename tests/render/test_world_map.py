"""The places map: shipped shapes that load, countries shaded for the places in them, marks where the
places are, text escaped, links kept safe, labels that do not collide, a view cropped to the places, a
message when there is nothing to draw, well-formed SVG with no ``style`` attribute, the same bytes every
run. No spaCy model is loaded."""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET
from importlib.resources import files

import pytest

from sitroom.render.world_map import CHAR, SHADED, MapPlace, map_places, places_map, world
from sitroom.types import Brief, Entity, Meta

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = "<script>alert('x')</script> & \"Co\"\x01"

PARIS = MapPlace("Paris", 48.857, 2.352, "FR", 3)
ATHENS = MapPlace("Athens", 37.984, 23.728, "GR", 5)
GREECE = MapPlace("Greece", 38.65, 23.43, "GR", 7, is_country=True)
WASHINGTON = MapPlace("Washington", 38.895, -77.036, "US", 10)
BEIJING = MapPlace("Beijing", 39.907, 116.397, "CN", 8)
SYDNEY = MapPlace("Sydney", -33.868, 151.207, "AU", 1)


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def marks(svg: str) -> dict[str, ET.Element]:
    """Each place's circle by its tooltip's first word (the legend's circles have no tooltip)."""
    return {
        circle.find(f"{SVG}title").text.split(":")[0].split(" (")[0]: circle
        for circle in parse(svg).iter(f"{SVG}circle")
        if circle.find(f"{SVG}title") is not None
    }


def shaded(svg: str) -> dict[str, str]:
    """The tooltip of each shaded country, by the country's name."""
    return {
        path.find(f"{SVG}title").text.split(":")[0]: path.find(f"{SVG}title").text
        for path in parse(svg).iter(f"{SVG}path")
        if path.get("fill") == SHADED
    }


def xy(circle: ET.Element) -> tuple[float, float]:
    return float(circle.get("cx")), float(circle.get("cy"))


def size(svg: str) -> tuple[float, float]:
    root = parse(svg)
    return float(root.get("width")), float(root.get("height"))


# Shapes


def test_shipped_shapes_load_with_codes_names_and_paths():
    base = world()
    codes = base.by_code()
    assert len(base.countries) > 170
    assert {"FR", "GR", "US", "RU", "UA", "IL", "PS", "NO", "XK", "TW"} <= codes.keys()
    assert codes["FR"].name == "France" and codes["GR"].name == "Greece"
    assert "Natural Earth" in base.source and "public domain" in base.licence.lower()
    for shape in base.countries:
        assert re.fullmatch(r"(M[-\d. ]+l[-\d. ]+z)+", shape.d), shape.name
        x0, y0, x1, y1 = shape.bbox
        assert 0 <= x0 <= x1 <= 360 * base.scale and 0 <= y0 <= y1 <= 180 * base.scale


def test_shipped_shapes_put_countries_where_they_are():
    base = world()
    france, greece = base.by_code()["FR"], base.by_code()["GR"]
    x, y = base.xy(37.984, 23.728)  # Athens
    assert greece.bbox[0] <= x <= greece.bbox[2] and greece.bbox[1] <= y <= greece.bbox[3]
    assert france.label is not None and france.label[0] < greece.label[0]


def test_shipped_shapes_file_is_compact():
    data = files("sitroom.render").joinpath("data", "world.json")
    assert len(data.read_bytes()) < 200_000


# Countries


def test_a_country_place_shades_its_country_without_a_mark():
    svg = places_map([GREECE])
    assert shaded(svg) == {"Greece": "Greece: Greece (7 mentions)"}
    assert marks(svg) == {}


def test_a_city_shades_its_country_and_is_a_mark():
    svg = places_map([ATHENS, PARIS])
    assert set(shaded(svg)) == {"France", "Greece"}
    assert marks(svg)["Athens"].find(f"{SVG}title").text == "Athens (Greece): 5 mentions"


def test_a_country_tooltip_lists_the_places_in_it():
    assert (
        shaded(places_map([ATHENS, GREECE]))["Greece"] == "Greece: Greece (7 mentions), Athens (5 mentions)"
    )


def test_highlighted_countries_are_shaded_besides_the_places_own():
    assert set(shaded(places_map([ATHENS], highlight_countries=["TR"]))) == {"Greece", "Turkey"}


def test_a_former_state_shades_the_countries_it_became():
    names = set(shaded(places_map([MapPlace("Soviet Union", country="SU", mentions=2, is_country=True)])))
    assert {"Russian Federation", "Ukraine", "Georgia", "Kazakhstan"} <= names


def test_a_country_too_small_for_the_shapes_is_a_mark():
    malta = MapPlace("Malta", 35.9, 14.45, "MT", 2, is_country=True)
    assert set(marks(places_map([malta]))) == {"Malta"}


# Marks


def test_athens_is_drawn_east_and_south_of_paris():
    found = marks(places_map([PARIS, ATHENS]))
    (px, py), (ax, ay) = xy(found["Paris"]), xy(found["Athens"])
    assert ax > px + 100 and ay > py + 40


def test_marks_sit_at_their_equirectangular_position_on_the_world_view():
    svg = places_map([WASHINGTON, BEIJING, SYDNEY])
    width, _ = size(svg)
    for place in (WASHINGTON, BEIJING, SYDNEY):
        x, _ = xy(marks(svg)[place.name])
        assert x == pytest.approx((place.lon + 180) / 360 * width, abs=1)
    assert xy(marks(svg)["Sydney"])[1] > xy(marks(svg)["Beijing"])[1]


def test_marks_grow_with_mentions_on_a_square_root_scale():
    found = marks(places_map([MapPlace("Big", 10, 10, None, 16), MapPlace("Small", 12, 14, None, 4)]))
    assert float(found["Big"].get("r")) == pytest.approx(2 * float(found["Small"].get("r")), abs=0.1)


def test_a_place_without_coordinates_or_country_is_counted_not_drawn():
    svg = places_map([ATHENS, MapPlace("Atlantis", mentions=4)])
    assert set(marks(svg)) == {"Athens"}
    assert "1 place not on the map" in svg


def test_links_wrap_marks_and_countries_and_unsafe_ones_are_dropped():
    svg = places_map(
        [
            MapPlace("Athens", 37.98, 23.73, "GR", 5, href="#entity-7"),
            MapPlace("France", 46.6, 2.4, "FR", 3, href="/entities/fr?a=1&b=2", is_country=True),
            MapPlace("Rome", 41.9, 12.5, "IT", 2, href="java\tscript:alert(1)"),
            MapPlace("Bern", 46.9, 7.4, "CH", 1, href="data:text/html,hi"),
        ]
    )
    links = {a.get("href"): a[0].tag.removeprefix(SVG) for a in parse(svg).iter(f"{SVG}a")}
    assert links == {"#entity-7": "circle", "/entities/fr?a=1&b=2": "path"}
    assert 'href="/entities/fr?a=1&amp;b=2"' in svg


# Text


def test_names_from_articles_are_escaped():
    svg = places_map(
        [MapPlace(HOSTILE, 48.86, 2.35, "FR", 3), MapPlace('O\'Hare "Intl"', 41.97, -87.9, None, 2)]
    )
    assert "<script" not in svg and "\x01" not in svg
    titles = [t.text for t in parse(svg).iter(f"{SVG}title")]
    assert "<script>alert('x')</script> & \"Co\" (France): 3 mentions" in titles
    labels = [t.text for t in parse(svg).iter(f"{SVG}text")]
    assert 'O\'Hare "Intl"' in labels


def test_labels_of_crowded_places_do_not_overlap():
    crowd = [
        MapPlace(f"Place number {i}", 50 + (i % 3) * 0.4, 10 + (i // 3) * 0.5, "DE", 20 - i) for i in range(9)
    ]
    svg = places_map(crowd, labels=9)
    boxes = []
    for text in parse(svg).iter(f"{SVG}text"):
        if text.get("stroke") != "#ffffff":  # the legend's texts
            continue
        x, y, w = float(text.get("x")), float(text.get("y")), len(text.text) * CHAR
        left = {"start": x, "end": x - w, "middle": x - w / 2}[text.get("text-anchor")]
        boxes.append((left, y - 11, left + w, y + 1))
    assert len(boxes) >= 4
    for a, b in itertools.combinations(boxes, 2):
        assert min(a[2], b[2]) - max(a[0], b[0]) <= 0 or min(a[3], b[3]) - max(a[1], b[1]) <= 0


def test_the_title_names_the_most_mentioned_places():
    title = parse(places_map([PARIS, ATHENS, GREECE, SYDNEY])).find(f"{SVG}title").text
    assert title == "Map of the 4 places the brief mentions; most mentioned: Greece, Athens and Paris"


# View


def test_the_view_is_cropped_to_the_region_the_places_span():
    svg = places_map([PARIS, ATHENS])
    drawn = len(parse(svg).findall(f"{SVG}g/{SVG}path"))
    assert drawn < len(world().countries) / 2  # the Americas and most of Asia are out of view
    (px, _), (ax, _) = xy(marks(svg)["Paris"]), xy(marks(svg)["Athens"])
    assert ax - px > size(svg)[0] / 3  # 21 degrees apart take a third of the map, not a sixteenth


def test_one_place_gets_its_region_not_the_world():
    svg = places_map([ATHENS])
    width, height = size(svg)
    x, y = xy(marks(svg)["Athens"])
    assert abs(x - width / 2) < width / 5 and 0 < y < height
    assert "Greece" in shaded(svg)


def test_places_spread_over_the_globe_get_the_whole_world():
    svg = places_map([WASHINGTON, BEIJING, SYDNEY])
    # every country but Antarctica, south of the frame
    assert len(parse(svg).findall(f"{SVG}g/{SVG}path")) == len(world().countries) - 1
    width, height = size(svg)
    assert 1.8 < width / height < 2.8


def test_width_sets_the_drawing_size():
    assert size(places_map([ATHENS], width=400))[0] == 400


# Nothing to draw


def test_no_places_give_a_small_svg_saying_so():
    svg = places_map([])
    root = parse(svg)
    assert root.tag == f"{SVG}svg" and float(root.get("height")) <= 60
    assert "No places were found" in svg


def test_places_none_of_which_can_be_drawn_say_so():
    assert "could be put on the map" in places_map([MapPlace("Atlantis")])


# Form


SAMPLES = [
    [],
    [GREECE],
    [PARIS, ATHENS, GREECE],
    [WASHINGTON, BEIJING, SYDNEY, MapPlace(HOSTILE, 1, 1, None, 2, href="#x")],
]


@pytest.mark.parametrize("places", SAMPLES)
def test_the_map_is_well_formed_accessible_svg_without_style_or_script(places):
    svg = places_map(places)
    root = parse(svg)
    assert root.tag == f"{SVG}svg" and root.get("role") == "img"
    assert root[0].tag == f"{SVG}title" and root[0].text
    for element in root.iter():
        assert "style" not in element.attrib and "id" not in element.attrib
        assert element.tag.removeprefix(SVG) not in {"style", "script", "image", "foreignObject"}
    assert "style=" not in svg


def test_the_same_places_give_the_same_bytes_in_any_order():
    places = [PARIS, ATHENS, GREECE, WASHINGTON, MapPlace("Rome", 41.9, 12.5, "IT", 3, href="#r")]
    first = places_map(places)
    assert places_map(list(reversed(places))) == first
    assert places_map(places) == first


# From a brief


def test_map_places_picks_the_brief_places_with_coordinates_or_a_country():
    brief = Brief(
        meta=Meta(sitroom="test", model=None),
        entities=(
            Entity("e1", "Athens", "GPE", country="GR", lat=37.98, lon=23.73, mention_count=5),
            Entity("e2", "Greece", "GPE", country="GR", lat=38.65, lon=23.43, mention_count=7),
            Entity("e3", "Black Sea", "LOC", lat=43.0, lon=34.0, mention_count=2),
            Entity("e4", "Acropolis", "FAC", country="GR", mention_count=1),
            Entity("e5", "Atlantis", "LOC", mention_count=9),
            Entity("e6", "Kyriakos Mitsotakis", "PERSON", country="GR", mention_count=4),
        ),
    )
    places = map_places(brief, href=lambda entity: f"#entity-{entity.id}")
    assert [p.name for p in places] == ["Greece", "Athens", "Black Sea", "Acropolis"]
    assert [p.is_country for p in places] == [True, False, False, False]
    assert places[1] == MapPlace("Athens", 37.98, 23.73, "GR", 5, "#entity-e1")
    assert places[3].lat is None and places[3].country == "GR"


def test_a_place_beyond_the_world_frame_stays_on_the_map():
    svg = places_map([WASHINGTON, SYDNEY, MapPlace("McMurdo Station", -77.85, 166.67, "AQ", 1)])
    _, height = size(svg)
    map_height = float(parse(svg).find(f"{SVG}rect").get("height"))
    assert map_height < height and 0 <= xy(marks(svg)["McMurdo Station"])[1] <= map_height


def test_one_far_flung_place_gives_the_whole_world():
    europe = [PARIS, ATHENS, GREECE, MapPlace("Berlin", 52.52, 13.4, "DE", 4)]
    assert len(parse(places_map(europe)).findall(f"{SVG}g/{SVG}path")) < len(world().countries) / 2
    with_washington = places_map([*europe, MapPlace("Washington", 38.9, -77.04, "US", 1)])
    assert len(parse(with_washington).findall(f"{SVG}g/{SVG}path")) == len(world().countries) - 1


def test_a_lone_place_at_sea_gives_the_whole_world():
    svg = places_map([MapPlace("Nuku'alofa", -21.14, -175.2, "TO", 2)])
    assert len(parse(svg).findall(f"{SVG}g/{SVG}path")) == len(world().countries) - 1
