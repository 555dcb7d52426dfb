"""The Timeline view: each real event once, in time order, its status kept, and the pairs' balance."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from sitroom.render import render
from sitroom.render.events import HAPPENED, plover_scores, signed, timeline
from sitroom.types import Article, Brief, Meta, Time


def by_text(brief: Brief) -> dict[str, object]:
    return {e.text: e for e in timeline(brief).events}


def test_event_reported_by_three_outlets_shows_once_with_every_report(talks):
    met = [e for e in timeline(talks).events if e.text == "met"]
    assert len(met) == 1
    (meeting,) = met
    assert meeting.id == "wire-1/e1"
    assert meeting.reported_by == "3 outlets"
    assert [(r.span.article, r.span.text, r.outlet) for r in meeting.reports] == [
        ("wire-1", "met", "Wire"),
        ("ledger-1", "met", "Ledger"),
        ("courier-1", "met", "Courier"),
    ]


def test_one_outlet_reporting_twice_counts_once_and_unknown_outlets_apart(talks):
    same = replace(talks, articles=tuple(replace(a, outlet="Wire") for a in talks.articles))
    assert by_text(same)["met"].reported_by == "1 outlet (3 reports)"
    unknown = replace(talks, articles=tuple(replace(a, outlet=None) for a in talks.articles))
    assert by_text(unknown)["met"].reported_by == "3 outlets"


def test_events_ordered_by_their_days_then_article_date_marked_undated_last(talks):
    events = timeline(talks).events
    assert [(e.id, e.when.text, e.when.granularity) for e in events] == [
        ("wire-1/e1", "Mon 10 Jan 2022", "day"),
        ("wire-1/e3", "Mon 10 Jan 2022 (article date)", "day"),
        ("ledger-1/e2", "Tue 11 Jan 2022 (article date)", "day"),
        ("wire-1/e2", "week 3 of 2022 (17–23 Jan)", "week"),
        ("note-1/e1", "undated", None),
    ]
    assert [e.when.source for e in events] == ["event", "article", "article", "event", "none"]


def test_same_events_in_any_order_give_the_same_timeline(talks):
    assert timeline(replace(talks, events=talks.events[::-1])) == timeline(talks)


def test_participants_are_named_with_what_they_act_for(talks):
    meeting = by_text(talks)["met"]
    assert (meeting.actor, meeting.target, meeting.place) == (
        "Sergei Lavrov (Russia)",
        "Antony Blinken (United States)",
        "Geneva",
    )
    assert by_text(talks)["accused"].actor == "Russia"


@pytest.mark.parametrize(
    ("text", "status", "label"),
    [("hold talks", "planned", "planned"), ("agree", "negated", "did not happen")],
)
def test_events_that_did_not_happen_never_read_as_having_happened(talks, text, status, label):
    found = by_text(talks)[text]
    assert (found.status, found.happened, found.status_label) == (status, False, label)
    assert f"({label})" in found.tooltip


def test_every_status_but_occurred_and_ongoing_is_not_happened():
    assert frozenset({"occurred", "ongoing"}) == HAPPENED


def test_event_inside_a_quotation_links_the_quotation_and_its_speaker(talks):
    quote = by_text(talks)["agree"].quote
    assert (quote.speaker, quote.span.article, quote.span.text) == (
        "Sergei Lavrov",
        "wire-1",
        "We will never agree to that.",
    )
    assert by_text(talks)["met"].quote is None


def test_story_gives_the_title_and_span_and_near_days_widen_the_axis(talks, event):
    view = timeline(talks)
    assert (view.story, view.span_label) == ("Geneva talks", "10–12 Jan 2022")
    assert view.axis == (date(2022, 1, 10), date(2022, 1, 12))
    # a day soon after the story joins the axis; a day a year before stays off it (an "earlier" mark)
    times = (
        Time("ledger-1/t8", "ledger-1", 0, 6, "Lavrov", "date", "2021-01-01", "day"),
        Time("ledger-1/t9", "ledger-1", 0, 6, "Lavrov", "date", "2022-01-15", "day"),
    )
    extra = (
        event("ledger-1/e8", "Geneva", "REJECT", time="ledger-1/t8", actor="e-russia"),
        event("ledger-1/e9", "stalling", "REJECT", time="ledger-1/t9", actor="e-russia"),
    )
    wider = replace(talks, times=(*talks.times, *times), events=(*talks.events, *extra))
    assert timeline(wider).axis == (date(2022, 1, 10), date(2022, 1, 15))


def test_without_a_story_the_articles_dates_give_the_span(talks):
    view = timeline(replace(talks, stories=()))
    assert (view.story, view.first, view.last) == (None, "2022-01-10", "2022-01-12")
    assert [e.id for e in view.events][:2] == ["wire-1/e1", "wire-1/e3"]


def test_pair_totals_sum_the_scores_of_real_events_that_happened_once_each(talks):
    (pair,) = timeline(talks).pairs
    scores = plover_scores()
    # the meeting counts once though three outlets report it; the plan and the refusal are left out
    assert (pair.label, pair.events, pair.not_counted) == (
        "Russia → United States",
        ("wire-1/e1", "ledger-1/e2", "note-1/e1"),
        2,
    )
    assert pair.total == pytest.approx(scores["CONSULT"] + scores["ACCUSE"] + scores["THREATEN"])
    assert pair.mean == pytest.approx(pair.total / 3)


def test_pairs_sorted_by_absolute_total_and_need_both_parties(talks, event):
    extra = (
        event("ledger-1/e3", "Lavrov", "AID", actor="e-us", target="e-russia"),
        event("ledger-1/e4", "Blinken", "ASSAULT", actor="e-us", target="e-geneva"),
        event("ledger-1/e5", "Geneva", "ASSAULT", actor="e-us"),
        event("ledger-1/e6", "Russia", "ASSAULT", "planned", actor="e-geneva", target="e-us"),
    )
    pairs = timeline(replace(talks, events=(*talks.events, *extra))).pairs
    assert [p.label for p in pairs] == [
        "United States → Geneva",
        "United States → Russia",
        "Russia → United States",
    ]


def test_plover_scores_come_from_the_lexicon_for_all_sixteen_types():
    scores = plover_scores()
    assert len(scores) == 16
    assert min(scores, key=scores.get) == "ASSAULT" and scores["AGREE"] > 0 > scores["REJECT"]


@pytest.mark.parametrize(("value", "shown"), [(8.44, "+8.4"), (-5.0, "-5.0"), (-0.04, "+0.0"), (0.0, "+0.0")])
def test_scores_are_signed_with_one_decimal(value, shown):
    assert signed(value) == shown


def test_same_as_loop_and_unknown_target_do_not_hang_or_drop_events(talks):
    a = replace(talks.events[0], same_as="ledger-1/e1")
    lost = replace(talks.events[4], same_as="gone/e1")
    view = timeline(replace(talks, events=(a, *talks.events[1:4], lost, *talks.events[5:])))
    assert len(view.events) == 5
    assert "ledger-1/e2" in [e.id for e in view.events]


def test_no_events_gives_an_empty_timeline():
    view = timeline(
        Brief(Meta("0.1.0", None), articles=(Article("a", "a.txt", "Text.", published="2022-01-10"),))
    )
    assert (view.empty, view.events, view.pairs, view.axis) == (True, (), (), None)


def markdown_part(brief: Brief, title: str) -> str:
    return render(brief, "md").split(f"## {title}\n\n")[1].split("\n\n## ")[0].rstrip("\n")


def test_markdown_timeline_shows_each_event_once_with_status_and_sources(talks):
    section = markdown_part(talks, "Timeline")
    assert section.startswith("_Story: Geneva talks · 10–12 Jan 2022 · 5 events_")
    rows = [line for line in section.splitlines() if line.startswith("| ") and "When" not in line]
    assert len(rows) == 5
    meeting = rows[0]
    assert "Sergei Lavrov (Russia)" in meeting and "| 3 outlets |" in meeting
    texts = {a.id: a.text for a in talks.articles}
    cites = [
        f"{a}:{texts[a].index('met')}-{texts[a].index('met') + 3}"
        for a in ("wire-1", "ledger-1", "courier-1")
    ]
    assert f"{cites[0]}, Wire; {cites[1]}, Ledger; {cites[2]}, Courier" in meeting
    assert "| **planned** |" in rows[3] and "_hold talks_" in rows[3]
    assert "| **did not happen** |" in rows[1] and "in a quotation by Sergei Lavrov, wire-1:" in rows[1]
    assert rows[4].startswith("| undated |")


def test_ongoing_events_are_set_apart_but_count_as_happening(talks):
    ongoing = replace(talks, events=tuple(replace(e, status="ongoing") for e in talks.events))
    assert "| _ongoing_ |" in markdown_part(ongoing, "Timeline")
    assert '<tr id="event-wire-1/e1" class="event status-ongoing">' in html_section(ongoing)
    assert timeline(ongoing).events[0].happened


def test_markdown_pairs_table_gives_totals(talks):
    section = markdown_part(talks, "Cooperation and conflict")
    assert "| Russia → United States | -5.0 | -1.7 | 3 | 2 |" in section


def test_markdown_empty_and_pairless_states(talks, event):
    empty = Brief(Meta("0.1.0", None))
    assert markdown_part(empty, "Timeline") == "_None found yet._"
    assert markdown_part(empty, "Cooperation and conflict") == "_None found yet._"
    alone = replace(talks, events=(event("ledger-1/e1", "accused", "ACCUSE"),))
    assert markdown_part(alone, "Cooperation and conflict").startswith("_No pair of parties")


def html_section(brief: Brief) -> str:
    return render(brief, "html").split('<section id="timeline">')[1].split("</section>")[0]


def test_html_rows_are_styled_by_status_and_charts_are_inline(talks):
    section = html_section(talks)
    assert section.count("<svg ") == 2
    assert '<tr id="event-wire-1/e2" class="event status-planned not-happened">' in section
    assert '<tr id="event-wire-1/e1" class="event status-occurred">' in section
    assert '<span class="status">planned</span>' in section
    rows = re.findall(r'<tr id="event-([^"]+)"', section)
    assert rows == ["wire-1/e1", "wire-1/e3", "ledger-1/e2", "wire-1/e2", "note-1/e1"]
    assert '<tr><td>Russia → United States</td><td class="num">-5.0</td><td class="num">-1.7</td>' in section


def test_html_without_events_says_none_found_yet():
    section = html_section(Brief(Meta("0.1.0", None)))
    assert section == '\n<h2>Timeline</h2>\n<p class="none">None found yet.</p>\n'


def test_a_weaker_reading_says_why_in_a_few_reasons_without_repeating_one(talks):
    from dataclasses import replace

    from sitroom.render.events import timeline

    weak = replace(
        talks.events[-1],
        id="note-1/e9",
        actor=None,
        target=None,
        confidence=0.1,
        evidence=("no-participant", "actor-none", "target-none", "noun", "ambiguous-word"),
    )
    view = timeline(replace(talks, events=(*talks.events, weak)))
    (shown,) = [e for e in view.weaker if e.id == "note-1/e9"]
    reasons = shown.why_weak.split("; ")
    assert reasons[0] == "no named participant" and len(reasons) == len(set(reasons)) <= 3
    assert "note-1/e9" not in [e.id for e in view.events]


def test_only_asserted_reports_count_as_outlets_and_the_first_weak_report_does_not_hide_the_event(talks):
    from dataclasses import replace

    from sitroom.render.events import timeline

    # the wire's meeting report turns weak: the ledger and courier still carry the real event, counted twice
    events = tuple(replace(e, confidence=0.1) if e.id == "wire-1/e1" else e for e in talks.events)
    view = timeline(replace(talks, events=events))
    (met,) = [e for e in view.events if e.type == "CONSULT" and e.status == "occurred"]
    assert (met.id, met.reported_by) == ("ledger-1/e1", "2 outlets")
    assert "wire-1/e1" not in [e.id for e in view.weaker]


def test_a_party_acting_on_itself_makes_no_pair(talks):
    from dataclasses import replace

    from sitroom.render.events import timeline

    selfish = replace(talks.events[-1], id="note-1/e8", actor="e-russia", target="e-russia")
    view = timeline(replace(talks, events=(*talks.events, selfish)))
    assert all(p.actor != p.target for p in view.pairs)
