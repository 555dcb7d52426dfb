"""A story's activity as a tiny bar chart: one bar per day, weeks for long stories, same bytes each time."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from sitroom.render.sparkline import MAX_BARS, sparkline

SVG = "{http://www.w3.org/2000/svg}"


def bars(svg: str) -> list[ET.Element]:
    return ET.fromstring(svg).findall(f"{SVG}rect")


def test_one_bar_per_day_with_activity_scaled_to_the_busiest() -> None:
    svg = sparkline([("2015-07-01", 2), ("2015-07-03", 4), ("2015-07-02", 0)])
    drawn = bars(svg)
    assert len(drawn) == 2
    assert float(drawn[1].get("height")) == 2 * float(drawn[0].get("height"))
    assert "6 events reported, 2015-07-01 to 2015-07-03; most on 2015-07-03 (4)" in svg


def test_a_long_story_is_drawn_in_wider_bins() -> None:
    activity = [(f"2015-{month:02d}-{day:02d}", 1) for month in range(1, 13) for day in (1, 15)]
    assert len(bars(sparkline(activity))) <= MAX_BARS


def test_nothing_dated_draws_a_flat_rule() -> None:
    svg = sparkline([("undated", 3)])
    assert bars(svg) == [] and "no dated activity" in svg


def test_the_same_activity_gives_the_same_bytes_and_no_style_attribute() -> None:
    activity = [("2015-07-01", 1), ("2015-07-09", 3)]
    assert sparkline(activity) == sparkline(list(reversed(activity)))
    assert "style=" not in sparkline(activity)
