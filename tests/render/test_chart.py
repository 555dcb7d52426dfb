"""The Timeline's SVG charts: well-formed, offline, escaped, one mark per real event, hollow when it did not
happen, pair bars diverging from zero, sensible when there is nothing to draw, the same bytes every run."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from sitroom.render.chart import colour, events_chart, pairs_chart
from sitroom.render.events import plover_scores, timeline
from sitroom.types import Brief, Entity, Meta, Time

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = "<script>alert('x')</script> & \"Co\"\x01"


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def marks(svg: str) -> dict[str, ET.Element]:
    """Each linked mark (a dot or a bar) by the event id its link names."""
    return {a.get("href").removeprefix("#event-"): a[1] for a in parse(svg).iter(f"{SVG}a")}


def test_one_mark_per_real_event_with_a_tooltip_naming_it(talks):
    view = timeline(talks)
    found = marks(events_chart(view))
    # the undated note is listed, not drawn; the meeting three outlets report is one mark
    assert sorted(found) == sorted(e.id for e in view.dated)
    titles = {a.get("href"): a.find(f"{SVG}title").text for a in parse(events_chart(view)).iter(f"{SVG}a")}
    assert titles["#event-wire-1/e1"] == (
        "Mon 10 Jan 2022 · CONSULT · Sergei Lavrov (Russia) → Antony Blinken (United States): met · 3 outlets"
    )
    assert "1 undated event listed below, not drawn." in events_chart(view)


def test_planned_event_is_hollow_and_occurred_event_filled(talks):
    found = marks(events_chart(timeline(talks)))
    planned, negated, occurred = found["wire-1/e2"], found["wire-1/e3"], found["wire-1/e1"]
    assert planned.get("fill") == negated.get("fill") == "#fff"
    assert planned.get("stroke") == colour(plover_scores()["CONSULT"])
    assert occurred.get("fill") == colour(plover_scores()["CONSULT"])


def test_marks_are_coloured_from_conflict_red_to_cooperation_green():
    scores = plover_scores()
    extent = max(abs(s) for s in scores.values())
    assert colour(-extent) == "#c5221f" and colour(extent) == "#188038" and colour(0.0) == "#b0b4ba"
    red, green = (int(colour(scores["ASSAULT"])[i : i + 2], 16) for i in (1, 3))
    assert red > green
    assert colour(None) != colour(0.0)


def test_events_beyond_the_axis_stack_in_earlier_and_later_columns(talks):
    svg = events_chart(timeline(talks))
    # the planned talks are the week after the story: beside the axis, not squeezed onto it
    assert ">later</text>" in svg and ">earlier</text>" not in svg
    axis = parse(svg).find(f"{SVG}line")  # drawn first
    assert float(marks(svg)["wire-1/e2"].get("cx")) > float(axis.get("x2"))


def test_periods_are_bars_over_the_days_they_cover(talks):
    month = Time("wire-1/t3", "wire-1", 0, 6, "Sergei", "date", "2022-01", "month")
    brief = replace(
        talks,
        times=(*talks.times, month),
        events=tuple(replace(e, time="wire-1/t3") if e.id == "ledger-1/e2" else e for e in talks.events),
    )
    svg = events_chart(timeline(brief))
    assert marks(svg)["ledger-1/e2"].tag == f"{SVG}rect"
    assert "Weeks, months and longer periods" in svg


def test_long_spans_bin_days_and_label_months(talks):
    times = tuple(
        Time(f"wire-1/t{n}", "wire-1", 0, 6, "Sergei", "date", f"20{20 + n // 12}-{n % 12 + 1:02d}-15", "day")
        for n in range(30)
    )
    events = tuple(replace(talks.events[1], id=f"wire-1/x{n}", time=t.id) for n, t in enumerate(times))
    undated = tuple(replace(a, published=None) for a in talks.articles)
    brief = replace(talks, articles=undated, times=times, events=events, stories=())
    svg = events_chart(timeline(brief))
    assert len(marks(svg)) == 30
    labels = [t.text for t in parse(svg).iter(f"{SVG}text")]
    assert "Jan" in labels and "2021" in labels


def test_pair_bars_run_left_for_conflict_and_right_for_cooperation(talks, event):
    extra = (event("ledger-1/e3", "Lavrov", "AID", actor="e-us", target="e-russia"),)
    view = timeline(replace(talks, events=(*talks.events, *extra)))
    svg = parse(pairs_chart(view.pairs))
    (zero,) = [line for line in svg.iter(f"{SVG}line") if line.get("x1") == line.get("x2")]
    bars = [group.find(f"{SVG}rect") for group in svg.iter(f"{SVG}g")]
    labels = [group.findall(f"{SVG}text")[0].text for group in svg.iter(f"{SVG}g")]
    assert labels == ["United States → Russia", "Russia → United States"]
    cooperation, conflict = bars
    assert float(cooperation.get("x")) == pytest.approx(float(zero.get("x1")))
    assert float(conflict.get("x")) + float(conflict.get("width")) == pytest.approx(
        float(zero.get("x1")), abs=0.1
    )
    totals = [group.findall(f"{SVG}text")[1].text for group in svg.iter(f"{SVG}g")]
    assert totals == ["+7.4 · +7.4 · 1 event", "-5.0 · -1.7 · 3 events"]
    tooltip = [group.find(f"{SVG}title").text for group in svg.iter(f"{SVG}g")][1]
    assert tooltip == "Russia → United States: total -5.0, mean -1.7, 3 events; 2 more that did not happen"


@pytest.mark.parametrize("chart", ["events", "pairs"])
def test_svg_is_xml_offline_and_escapes_a_hostile_actor_name(talks, chart):
    entities = tuple(replace(e, name=HOSTILE) if e.id == "e-russia" else e for e in talks.entities)
    view = timeline(replace(talks, entities=entities))
    svg = events_chart(view) if chart == "events" else pairs_chart(view.pairs)
    root = parse(svg)
    assert root.tag == f"{SVG}svg"
    assert re.findall(r"https?:[^\"' ]*", svg) == ["http://www.w3.org/2000/svg"]
    assert "<script" not in svg and "\x01" not in svg
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;Co&quot;" in svg
    texts = " ".join(el.text or "" for el in root.iter() if el.tag in (f"{SVG}title", f"{SVG}text"))
    assert "<script>alert('x')</script> & \"Co\"" in texts
    assert not [el for el in root.iter() if el.tag in (f"{SVG}script", f"{SVG}image", f"{SVG}foreignObject")]
    assert not [name for el in root.iter() for name in el.attrib if name.startswith("on") or name == "style"]


def test_same_timeline_gives_the_same_bytes(talks):
    view = timeline(talks)
    assert events_chart(view) == events_chart(timeline(replace(talks, events=talks.events[::-1])))
    assert pairs_chart(view.pairs) == pairs_chart(timeline(talks).pairs)


def test_empty_states_say_what_is_missing(talks):
    nothing = timeline(Brief(Meta("0.1.0", None)))
    undated = timeline(
        replace(talks, articles=tuple(replace(a, published=None) for a in talks.articles), times=())
    )
    for svg, words in (
        (events_chart(nothing), "No events to chart."),
        (events_chart(undated), "No dated events to chart."),
        (pairs_chart(()), "No pair of parties with an event that took place."),
    ):
        root = parse(svg)
        assert root.find(f"{SVG}text").text == words
        assert not list(root.iter(f"{SVG}a"))


def test_hostile_id_cannot_break_out_of_the_link(talks):
    entities = (*talks.entities, Entity("x", "X", "ORG"))
    events = tuple(replace(e, id='wire-1/e1"><script>') if e.id == "wire-1/e1" else e for e in talks.events)
    events = tuple(
        replace(e, same_as='wire-1/e1"><script>') if e.same_as == "wire-1/e1" else e for e in events
    )
    svg = events_chart(timeline(replace(talks, entities=entities, events=events)))
    assert 'wire-1/e1"><script>' in marks(svg)
