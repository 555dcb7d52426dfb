"""The actor network: one arrow per ordered pair with each real event once, asserted events only, coloured by
PLOVER score, dashed when nothing took place, the busiest actors kept, escaped, well-formed and the same bytes
every run."""

from __future__ import annotations

import hashlib
import os
import random
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from sitroom.render import network as network_module
from sitroom.render.chart import WIDTH, colour
from sitroom.render.events import plover_scores
from sitroom.render.network import EMPTY, actor_network
from sitroom.render.report import PLACE_TYPES
from sitroom.types import Article, Brief, Entity, Event, Meta

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = "<script>alert('x')</script> & \"Co\"\x01"
TEXT = "Officials met, talked, argued and refused."
PEOPLE = {
    "e-a": ("Athens", "GPE"),
    "e-b": ("Berlin", "GPE"),
    "e-c": ("Carla Costa", "PERSON"),
    "e-d": ("Dmitri Dorn", "PERSON"),
}


def entities(**extra: tuple[str, str]) -> tuple[Entity, ...]:
    return tuple(Entity(key, name, kind) for key, (name, kind) in {**PEOPLE, **extra}.items())


def act(
    number: int,
    actor: str | None,
    target: str | None,
    type_: str = "ACCUSE",
    status: str = "occurred",
    **fields: object,
) -> Event:
    """Event ``a/e<number>`` in the one article; asserted (confidence 0.9) unless told otherwise."""
    values = {"actor_for": None, "target_for": None, "same_as": None, "confidence": 0.9, **fields}
    return Event(
        id=f"a/e{number}",
        article="a",
        start=0,
        end=8,
        text="Officials",
        type=type_,
        mode=None,
        actor=actor,
        target=target,
        place=None,
        time=None,
        status=status,
        **values,
    )


def brief_of(*events: Event, people: tuple[Entity, ...] | None = None) -> Brief:
    article = Article("a", "a.txt", TEXT, outlet="Wire", published="2022-01-10")
    return Brief(Meta("0.1.0", None), articles=(article,), entities=people or entities(), events=events)


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def arrows(svg: str) -> dict[str, tuple[str, ET.Element]]:
    """Each pair's line by its ``actor → target`` label, with its tooltip."""
    found = {}
    for group in parse(svg).iter(f"{SVG}g"):
        path = group.find(f"{SVG}path")
        if path is not None and path.get("marker-end"):
            tooltip = group.find(f"{SVG}title").text
            found[tooltip.split(": ")[0]] = (tooltip, path)
    return found


def actors(svg: str) -> dict[str, str]:
    """Each drawn actor's tooltip, by the name it starts with."""
    found = {}
    for element in parse(svg).iter():
        if element.find(f"{SVG}circle") is not None and element.find(f"{SVG}title") is not None:
            tooltip = element.find(f"{SVG}title").text
            found[tooltip.split(": ")[0]] = tooltip
    return found


def labels(svg: str) -> list[str]:
    """The actors' names as the labels beside their circles show them (the ones with a white halo)."""
    return [t.text for t in parse(svg).iter(f"{SVG}text") if t.get("paint-order")]


def test_one_arrow_per_ordered_pair_counting_its_events_by_type():
    svg = actor_network(
        brief_of(
            act(1, "e-c", "e-d", "ACCUSE"),
            act(2, "e-c", "e-d", "REJECT"),
            act(3, "e-c", "e-d", "ACCUSE"),
            act(4, "e-d", "e-c", "CONSULT"),
        )
    )
    found = arrows(svg)
    assert sorted(found) == ["Carla Costa → Dmitri Dorn", "Dmitri Dorn → Carla Costa"]
    assert found["Carla Costa → Dmitri Dorn"][0].startswith(
        "Carla Costa → Dmitri Dorn: 3 events (ACCUSE 2, REJECT 1)"
    )
    assert found["Dmitri Dorn → Carla Costa"][0].startswith("Dmitri Dorn → Carla Costa: 1 event (CONSULT 1)")
    # two parties acting on each other get two arrows bowed apart, not one line drawn twice
    assert all("Q" in path.get("d") for _, path in found.values())
    assert actors(svg)["Carla Costa"] == "Carla Costa: 4 events (3 as actor, 1 as target)"


def test_busier_pair_gets_the_wider_line():
    found = arrows(actor_network(brief_of(act(1, "e-c", "e-d"), act(2, "e-c", "e-d"), act(3, "e-a", "e-b"))))
    wide = float(found["Carla Costa → Dmitri Dorn"][1].get("stroke-width"))
    thin = float(found["Athens → Berlin"][1].get("stroke-width"))
    assert wide > thin
    assert "Q" not in found["Athens → Berlin"][1].get("d")  # no arrow back: a straight line


def test_copies_of_one_event_in_other_articles_count_once(talks):
    # three outlets report the meeting (same_as); the network draws it as one event
    svg = actor_network(talks)
    tooltip, _ = arrows(svg)["Sergei Lavrov → Antony Blinken"]
    assert tooltip.startswith("Sergei Lavrov → Antony Blinken: 1 event (CONSULT 1)")
    assert actors(svg)["Antony Blinken"].startswith("Antony Blinken: 1 event ")


def test_weaker_readings_are_not_drawn():
    sure, weak = act(1, "e-c", "e-d"), act(2, "e-a", "e-b", confidence=0.2)
    self_directed = act(3, "e-b", "e-c", evidence=("self-directed",))
    svg = actor_network(brief_of(sure, weak, self_directed))
    assert list(arrows(svg)) == ["Carla Costa → Dmitri Dorn"]
    assert set(actors(svg)) == {"Carla Costa", "Dmitri Dorn"}
    assert EMPTY in actor_network(brief_of(weak))
    # a lower threshold, as the Timeline takes one, asserts the weak reading
    assert "Athens → Berlin" in arrows(actor_network(brief_of(sure, weak), threshold=0.1))


def test_colour_is_the_mean_score_of_the_events_that_took_place():
    scores = plover_scores()
    found = arrows(
        actor_network(
            brief_of(
                act(1, "e-c", "e-d", "ACCUSE"),
                act(2, "e-c", "e-d", "REJECT"),
                act(3, "e-c", "e-d", "AGREE", "planned"),  # announced, not yet cooperation
                act(4, "e-a", "e-b", "AID"),
                act(5, "e-b", "e-a", "PROTEST", "threatened"),
            )
        )
    )
    tooltip, conflict = found["Carla Costa → Dmitri Dorn"]
    assert conflict.get("stroke") == colour((scores["ACCUSE"] + scores["REJECT"]) / 2)
    assert "mean score -3.1 of the 2 scored that took place; not taken place: 1 planned" in tooltip
    assert found["Athens → Berlin"][1].get("stroke") == colour(scores["AID"])
    # nothing took place: coloured by what was threatened, but never solid
    assert found["Berlin → Athens"][1].get("stroke") == colour(scores["PROTEST"])


def test_type_without_a_plover_score_is_drawn_unscored():
    tooltip, path = arrows(actor_network(brief_of(act(1, "e-c", "e-d", "OTHER"))))[
        "Carla Costa → Dmitri Dorn"
    ]
    assert path.get("stroke") == colour(None)
    assert tooltip.endswith("; no PLOVER score")


def test_pair_none_of_whose_events_took_place_is_dashed_with_a_hollow_arrowhead():
    svg = actor_network(
        brief_of(
            act(1, "e-c", "e-d", "THREATEN", "threatened"),
            act(2, "e-c", "e-d", "AGREE", "negated"),
            act(3, "e-a", "e-b", "AID"),
            act(4, "e-a", "e-b", "AID", "planned"),
        )
    )
    markers = {m.get("id"): m.find(f"{SVG}path") for m in parse(svg).iter(f"{SVG}marker")}
    found = arrows(svg)
    tooltip, announced = found["Carla Costa → Dmitri Dorn"]
    assert announced.get("stroke-dasharray")
    assert "none took place (1 negated, 1 threatened)" in tooltip
    assert markers[announced.get("marker-end")[5:-1]].get("fill") == "#fff"
    # one of the pair's events took place: solid, the arrowhead filled
    _, deed = found["Athens → Berlin"]
    assert deed.get("stroke-dasharray") is None
    assert markers[deed.get("marker-end")[5:-1]].get("fill") == deed.get("stroke")


def test_participant_acting_for_a_state_is_drawn_tied_to_it_and_credits_it(talks):
    svg = actor_network(talks)
    assert set(arrows(svg)) == {
        "Sergei Lavrov → Antony Blinken",  # the meeting, minister to minister
        "Sergei Lavrov → United States",  # the refusal
        "Russia → United States",  # the plan, the accusation, the threat
    }
    ties = [line for line in parse(svg).iter(f"{SVG}line") if line.get("stroke-dasharray") == "1.5 3"]
    assert len(ties) == 2 + 1  # Lavrov to Russia, Blinken to the United States, and the legend's
    tips = actors(svg)
    assert tips["Sergei Lavrov"] == "Sergei Lavrov: 2 events (2 as actor, 0 as target); acts for Russia"
    # Russia does what its minister does, each event once: the plan, the meeting, the refusal, two more
    assert tips["Russia"] == "Russia: 5 events (5 as actor, 0 as target)"


def test_place_standing_for_a_state_and_a_body_named_only_by_its_state_are_drawn_as_the_state():
    people = entities(**{"e-m": ("Moscow", "GPE"), "e-r": ("Russia", "GPE")})
    svg = actor_network(
        brief_of(act(1, "e-m", "e-c", actor_for="e-r"), act(2, None, "e-d", actor_for="e-r"), people=people)
    )
    assert set(arrows(svg)) == {"Russia → Carla Costa", "Russia → Dmitri Dorn"}
    assert "Moscow" not in actors(svg)


def test_event_whose_two_ends_are_one_party_joins_nothing():
    people = entities(**{"e-r": ("Russia", "GPE")})
    svg = actor_network(brief_of(act(1, "e-r", "e-c", target_for="e-r"), act(2, "e-c", "e-d"), people=people))
    assert set(arrows(svg)) == {"Russia → Carla Costa", "Carla Costa → Dmitri Dorn"}
    svg = actor_network(brief_of(act(1, "e-c", None, target_for="e-c"), act(2, "e-c", None)))
    assert EMPTY in svg


def test_limit_keeps_the_busiest_actors_and_says_how_many_more_there_are():
    people = entities(**{f"e-{n}": (f"Minor {n}", "PERSON") for n in range(5)})
    busy = [act(n, "e-c", "e-d") for n in range(4)] + [act(10, "e-a", "e-c")]
    minor = [act(20 + n, f"e-{n}", "e-b") for n in range(5)]
    svg = actor_network(brief_of(*busy, *minor, people=people), limit=3)
    assert set(actors(svg)) == {"Carla Costa", "Dmitri Dorn", "Berlin"}
    assert "6 more actors left out: only the 3 busiest are drawn, and 6 pairs with them." in labels_and_notes(
        svg
    )
    assert "3 actors (of 9)" in parse(svg).find(f"{SVG}title").text
    everyone = actor_network(brief_of(*busy, *minor, people=people))
    assert len(actors(everyone)) == 9 and "left out" not in everyone


def labels_and_notes(svg: str) -> list[str]:
    return [t.text for t in parse(svg).iter(f"{SVG}text")]


def test_limit_must_leave_someone_to_draw():
    with pytest.raises(ValueError, match="at least 1"):
        actor_network(brief_of(act(1, "e-c", "e-d")), limit=0)


def test_names_and_links_from_news_are_escaped():
    people = entities(**{"e-h": (HOSTILE, "ORG")})
    svg = actor_network(
        brief_of(act(1, "e-h", "e-c"), people=people), href=lambda e: f'/actor?id={e.id}&name="{e.name}"'
    )
    assert "<script" not in svg and "\x01" not in svg
    root = parse(svg)  # well-formed despite the name
    hostile = " ".join(HOSTILE.replace("\x01", "").split())
    assert hostile in actors(svg)
    assert f"{hostile} → Carla Costa" in arrows(svg)
    links = {a.get("href") for a in root.iter(f"{SVG}a")}
    assert links == {f'/actor?id=e-h&name="{hostile}"', '/actor?id=e-c&name="Carla Costa"'}


def test_long_names_are_shortened_in_labels_and_whole_in_tooltips():
    long_name = "Organisation for Security and Co-operation in Europe"
    people = entities(**{"e-o": (long_name, "ORG")})
    svg = actor_network(brief_of(act(1, "e-o", "e-c"), people=people))
    assert "Organisation for Securi…" in labels(svg)
    assert long_name in actors(svg)


def test_actor_links_to_its_page_when_href_gives_one():
    brief = brief_of(act(1, "e-c", "e-d"))
    svg = actor_network(brief, href=lambda e: f"/entities/{e.id}" if e.id == "e-c" else None)
    hrefs = [a.get("href") for a in parse(svg).iter(f"{SVG}a")]
    assert hrefs == ["/entities/e-c", "/entities/e-c"]  # its circle and its label
    assert "<a " not in actor_network(brief)


def test_drawing_is_well_formed_accessible_svg_without_style_attributes(talks):
    svg = actor_network(talks)
    root = parse(svg)
    assert root.tag == f"{SVG}svg" and root.get("role") == "img"
    assert root.find(f"{SVG}title").text.startswith("Actor network: 4 actors and 3 pairs of parties")
    assert all("style" not in element.attrib for element in root.iter())
    assert not list(root.iter(f"{SVG}script")) and "<style" not in svg
    # every arrow names an arrowhead defined in this drawing
    defined = {m.get("id") for m in root.iter(f"{SVG}marker")}
    assert {path.get("marker-end")[5:-1] for _, path in arrows(svg).values()} <= defined
    # the legend explains colour, dashes and the acts-for line
    text = " ".join(labels_and_notes(svg))
    assert "conflict" in text and "cooperation" in text and "none took place" in text and "acts for" in text


def test_everything_drawn_stays_inside_the_view_box():
    people = entities(**{f"e-{n}": (f"Rather Long Actor Name {n}", "ORG") for n in range(12)})
    events = [act(n, f"e-{n}", f"e-{(n * 5 + 1) % 12}") for n in range(12)]
    root = parse(actor_network(brief_of(*events, people=people)))
    height = float(root.get("height"))
    for circle in root.iter(f"{SVG}circle"):
        r = float(circle.get("r"))
        assert r <= float(circle.get("cx")) <= WIDTH - r and r <= float(circle.get("cy")) <= height - r
    for text in root.iter(f"{SVG}text"):
        assert 0 <= float(text.get("x")) <= WIDTH and 0 < float(text.get("y")) < height


def test_arrowhead_ids_differ_between_different_drawings():
    def ids(svg: str) -> set[str]:
        return {m.get("id") for m in parse(svg).iter(f"{SVG}marker")}

    first = actor_network(brief_of(act(1, "e-c", "e-d", "ACCUSE")))
    second = actor_network(brief_of(act(1, "e-c", "e-d", "AID")))
    assert ids(first) and not ids(first) & ids(second)


def test_same_brief_in_any_order_gives_the_same_bytes(talks):
    people = entities(**{f"e-{n}": (f"Actor {n}", "ORG") for n in range(10)})
    events = [act(n, f"e-{n % 10}", f"e-{(n * 3 + 1) % 10}", "AID" if n % 3 else "ACCUSE") for n in range(30)]
    brief = brief_of(*events, people=people)
    shuffled = list(events)
    random.Random(7).shuffle(shuffled)
    reordered = replace(brief, events=tuple(shuffled), entities=brief.entities[::-1])
    assert actor_network(brief) == actor_network(brief) == actor_network(reordered)
    assert actor_network(talks) == actor_network(replace(talks, events=talks.events[::-1]))


def test_same_brief_gives_the_same_bytes_in_another_process(talks):
    """Set order changes with the hash seed from process to process; the drawing must not."""
    script = (
        "import hashlib, sys\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from conftest import talks_brief\n"
        "from sitroom.render.network import actor_network\n"
        "print(hashlib.sha256(actor_network(talks_brief()).encode()).hexdigest())\n"
    )
    here = str(Path(__file__).parent)
    done = subprocess.run(
        [sys.executable, "-c", script, here],
        env={**os.environ, "PYTHONHASHSEED": "12345"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == hashlib.sha256(actor_network(talks).encode()).hexdigest()


def test_no_one_to_another_event_gives_a_small_drawing_saying_so():
    for brief in (brief_of(), brief_of(act(1, "e-c", None), act(2, None, "e-d"))):
        svg = actor_network(brief)
        root = parse(svg)
        assert root.get("role") == "img" and int(root.get("height")) < 60
        assert labels_and_notes(svg) == [EMPTY]


def test_places_are_the_ones_the_report_names():
    assert network_module._PLACE_TYPES == PLACE_TYPES
