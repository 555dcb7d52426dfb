"""Time expressions: value accuracy on GUM news beside a dateparser baseline, and the demo brief's times
against their hand-written gold.

**Values as day intervals.** Every value is compared as the run of days it covers (:func:`day_interval`, read
by ``sitroom.timex.day_range``, as the report reads it): ``2022`` is 1 January to 31 December, ``2022-01`` its
month, ``2022-01-07`` its day (a datetime its day), ``2022-W02`` the ISO week Monday to Sunday,
``2022-W01-WE`` its Saturday and Sunday, seasons ``SP`` March to May, ``SU`` June to August, ``FA`` September
to November, ``WI`` December to February of the next year, quarters ``Qn``, halves ``Hn``, decades ``201`` and
centuries ``20``, and ``a/b`` from the first day of ``a`` to the last of ``b``. Durations, sets and null
values cover no days. So ``2022-W01-WE`` and ``2022-01-08/2022-01-09`` are the same value, and a value is
right or wrong whatever form it is written in.

**GUM news** (:func:`score_gum`). Each of the 24 ``gum-news/xml`` documents is read by :mod:`eval.gum`,
parsed with the sitroom model and given to ``sitroom.extract.times.extract_times`` with its ``<text
dateCreated>`` as the publication date. Every ``<date>`` element is a gold span (first to last token)
with a value: ``when`` (exact), ``from``/``to`` (exact, an interval) or ``notBefore``/``notAfter``
(bounds, a missing side open). The system's answer for a gold span is the record overlapping it most; an
exact gold is *matched* when the record's day interval equals it, a bounded one when the record's
interval lies within the bounds. A duration anchored on publication covers the days its words lay out
from it (:func:`record_interval`: "the past 30 days" the thirty days up to it). Figures: value accuracy =
matched / gold spans (a span no record overlaps is wrong), span recall = spans some record overlaps /
gold spans, and accuracy on those found.
``<time>`` (clock times without a day) is not scored.

**Baseline** on the same spans in the same run: ``dateparser`` given the gold span's own text, English,
the publication date as ``RELATIVE_BASE`` and ``PREFER_DATES_FROM`` ``current_period``; its datetime is
widened to the calendar unit the gold value has (day, week, weekend, month, season, quarter, half, year,
decade or century, :func:`interval_granularity`; a day for any other stretch), so it is told the right
granularity and needs to find only the right unit. Unparsed text is wrong. ``current_period`` was chosen
over ``past`` (which suits news in general) because ``past`` moves a weekday equal to the publication
day a week back and a future day and month (``November 20``) a year back; the run reports ``past``'s
accuracy beside it. Published anchors: HeidelTime value F1 0.78 and SUTime 0.67 on TempEval-3.

**Demo** (:func:`score_demo`). ``eval/gold/demo/times.json`` (its README gives the conventions): each
gold ``text`` is located in its article's text at its ``occurrence`` (the n-th occurrence of the string,
case-sensitive, occurrences inside longer words counted, :func:`locate`). A brief time of the same
article overlapping it is a match, one to one, gold in corpus order taking the first free brief time in
text order (as ``eval/figures.py`` does). Figures: span precision/recall/F1; on matches, agreement of
``type``, ``value`` (the string), ``granularity``, ``mod`` and ``anchor``. An anchor ``"published"`` or
null is compared directly; a gold anchor ``{"text", "occurrence"}`` is right when the brief time's anchor
is the id of a brief time of the same article overlapping that located text.

Run ``python -m eval.times [--shared ../shared] [--limit N]`` for both tables with every error listed.
"""

from __future__ import annotations

import argparse
import calendar
import json
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from eval.demo_gold import GOLD, demo_brief, outside_copies, source_key
from eval.gum import GUM_XML, GumDocument, gum_files, read_gum_document
from eval.listing import listing
from eval.scoring import f1, ratio
from sitroom.timex import day_range
from sitroom.types import Brief, Time

GOLD_TIMES = GOLD / "times.json"
FLOOR_TESTS = Path(__file__).resolve().parents[1] / "tests" / "eval" / "test_times_eval.py"
FIELDS = ("type", "value", "granularity", "mod", "anchor")
# dateparser's settings beside the publication date (see the module docstring for the choice).
DATEPARSER_PREFER = "current_period"
DATEPARSER_ALTERNATIVE = "past"

Interval = tuple[date, date]  # first and last day, both included

# A day with a clock time (``2010-09-04T22:30:00``): the day it falls on. Not re.ASCII, like the reader
# this replaced, so a digit of any script counts (and is read as its ASCII digit, below).
_DAY_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})T[\d:.]*")


# --- values as day intervals ---------------------------------------------------------------------------


def day_interval(value: str | None) -> Interval | None:
    """The days a TIMEX3 date value covers (see the module docstring), or None for a duration, a set,
    null, an impossible date or anything else.

    A thin adapter over ``sitroom.timex.day_range``, the reader the report uses, so the evaluation and the
    brief agree on what a value means. On top of it, a day with a clock time (GUM's ``when`` has some) is
    read as that day, also at either end of an interval."""
    if not value:
        return None
    found = day_range("/".join(_day_part(part) for part in value.split("/")))
    return None if found is None else (found.first, found.last)


def _day_part(value: str) -> str:
    """``value`` without the clock time of a day with one (``2010-09-04T22:30:00`` is ``2010-09-04``)."""
    found = _DAY_TIME.fullmatch(value)
    return found[1] if found else value


def _months(year: int, month: int, count: int) -> Interval:
    """``count`` months from ``month`` of ``year`` (running into the next year where they must)."""
    last_month = month + count - 1
    last_year, last_month = year + (last_month - 1) // 12, (last_month - 1) % 12 + 1
    return date(year, month, 1), date(last_year, last_month, calendar.monthrange(last_year, last_month)[1])


def _years(year: int, count: int) -> Interval:
    return date(year, 1, 1), date(year + count - 1, 12, 31)


def interval_granularity(interval: Interval | None) -> str | None:
    """The calendar unit an interval is exactly one of (``day``, ``weekend``, ``week``, ``month``,
    ``season``, ``quarter``, ``half``, ``year``, ``decade``, ``century``), or None for any other stretch."""
    if interval is None:
        return None
    start, end = interval
    if start == end:
        return "day"
    if start.weekday() == 5 and end - start == timedelta(days=1):
        return "weekend"
    if start.weekday() == 0 and end - start == timedelta(days=6):
        return "week"
    for granularity in ("month", "season", "quarter", "half", "year", "decade", "century"):
        if unit_interval(start, granularity) == interval:
            return granularity
    return None


def unit_interval(day: date, granularity: str | None) -> Interval:
    """The calendar unit of ``granularity`` holding ``day`` (the day itself for None or an unknown one).

    A weekend is the Saturday and Sunday of the day's ISO week; a winter runs from December into the next
    year, so January and February belong to the winter that started the December before.
    """
    year, week, _ = day.isocalendar()
    if granularity == "week":
        return date.fromisocalendar(year, week, 1), date.fromisocalendar(year, week, 7)
    if granularity == "weekend":
        return date.fromisocalendar(year, week, 6), date.fromisocalendar(year, week, 7)
    if granularity == "month":
        return _months(day.year, day.month, 1)
    if granularity == "season":
        start = day.month - day.month % 3  # Mar, Jun, Sep, Dec start seasons; Jan and Feb give 0
        return _months(day.year - 1, 12, 3) if start == 0 else _months(day.year, start, 3)
    if granularity == "quarter":
        return _months(day.year, (day.month - 1) // 3 * 3 + 1, 3)
    if granularity == "half":
        return _months(day.year, 1 if day.month <= 6 else 7, 6)
    if granularity == "year":
        return _years(day.year, 1)
    if granularity == "decade":
        return _years(day.year - day.year % 10, 10)
    if granularity == "century":
        return _years(day.year - day.year % 100, 100)
    return day, day


# --- GUM news ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldDate:
    """One GUM ``<date>``: its span and text, its days (``low``/``high``; None: open), whether they are
    the exact value or only bounds, the calendar unit of the value, and the attributes as written."""

    start: int
    end: int
    text: str
    low: date | None
    high: date | None
    exact: bool
    granularity: str | None
    label: str

    def matches(self, interval: Interval | None) -> bool:
        """Whether a system value's days are this gold value: equal to an exact one, inside bounds."""
        if interval is None or (self.low is None and self.high is None):
            return False
        if self.exact:
            return interval == (self.low, self.high)
        above = self.low is None or interval[0] >= self.low
        return above and (self.high is None or interval[1] <= self.high)


def gold_value(attributes: Mapping[str, str]) -> tuple[date | None, date | None, bool, str | None]:
    """``(low, high, exact, granularity)`` from a ``<date>``'s attributes: ``when`` or ``from``/``to``
    (exact), ``notBefore``/``notAfter`` (bounds); ``(None, None, False, None)`` when it has none."""
    if "when" in attributes:
        interval = day_interval(attributes["when"])
        if interval is None:
            return None, None, False, None
        return interval[0], interval[1], True, interval_granularity(interval)
    first, last = ("from", "to") if "from" in attributes or "to" in attributes else ("notBefore", "notAfter")
    low_days, high_days = day_interval(attributes.get(first)), day_interval(attributes.get(last))
    low, high = low_days[0] if low_days else None, high_days[1] if high_days else None
    exact = first == "from" and low is not None and high is not None
    if exact:
        return low, high, True, interval_granularity((low, high))
    return low, high, False, interval_granularity(low_days or high_days)


def gum_gold(document: GumDocument) -> list[GoldDate]:
    """The ``<date>`` elements of a document (read with ``tags=("date",)``) as gold values, in text order."""
    golds = []
    for element in document.elements:
        span = element.span
        if element.tag != "date" or span is None:
            continue
        low, high, exact, granularity = gold_value(element.attributes)
        label = " ".join(f"{key}={value}" for key, value in element.attributes.items() if key != "rend")
        golds.append(GoldDate(*span, document.text[span[0] : span[1]], low, high, exact, granularity, label))
    return golds


def best_overlap(start: int, end: int, records: Iterable[Any]) -> Any:
    """The record (anything with ``start``/``end``) overlapping ``[start, end)`` most; the first on a tie;
    None when none overlaps."""
    best, best_shared = None, 0
    for record in records:
        shared = min(end, record.end) - max(start, record.start)
        if shared > best_shared:
            best, best_shared = record, shared
    return best


def dateparser_interval(
    text: str, published: str | None, granularity: str | None, *, prefer: str = DATEPARSER_PREFER
) -> Interval | None:
    """dateparser's reading of ``text`` against the publication day, widened to the calendar unit
    ``granularity`` (:func:`unit_interval`); None when it parses nothing."""
    import dateparser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": prefer}
    if published:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(published)
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return None if parsed is None else unit_interval(parsed.date(), granularity)


def baseline_right(gold: GoldDate, published: str | None) -> dict[str, bool]:
    """Whether dateparser reads the gold span's text to the gold value, per ``PREFER_DATES_FROM`` setting."""
    return {
        prefer: gold.matches(dateparser_interval(gold.text, published, gold.granularity, prefer=prefer))
        for prefer in (DATEPARSER_PREFER, DATEPARSER_ALTERNATIVE)
    }


@dataclass(frozen=True, slots=True)
class GumOutcome:
    """One gold span scored: what sitroom gave (value and text of the record, None when no record
    overlaps) and whether it and the baselines are right."""

    document: str
    gold: GoldDate
    found: bool
    ours: str | None
    right: bool
    baseline: dict[str, bool]

    def describe(self) -> str:
        """The line the error list shows: document, gold text and value, and what sitroom gave."""
        return f"{self.document}: “{self.gold.text}” gold {self.gold.label} — ours {self.ours or 'no time'}"


_SPAN_DURATION = re.compile(r"P(\d+)([YMWD])")
_BACKWARD = re.compile(r"\b(?:past|last)\b", re.IGNORECASE)
_FORWARD = re.compile(r"\b(?:next|coming)\b", re.IGNORECASE)


def record_interval(record: Any, text: str, published: str | None) -> Interval | None:
    """The days a record covers: its date value's, or for a duration anchored on publication the stretch
    its words lay out from that day ("the past 30 days" ends on it, "the next three years" starts on it)."""
    if record.type != "duration":
        return day_interval(record.value)
    found = _SPAN_DURATION.fullmatch(record.value or "")
    words = text[record.start : record.end]
    if found is None or record.anchor != "published" or not published:
        return None
    day = date.fromisoformat(published)
    count, unit = int(found[1]), found[2]
    months = count * (12 if unit == "Y" else 1) if unit in "YM" else 0
    if _BACKWARD.search(words):
        start = _shift(day, -months) if months else day - timedelta(days=count * (7 if unit == "W" else 1))
        return _widen(start, unit), day
    if _FORWARD.search(words):
        end = _shift(day, months) if months else day + timedelta(days=count * (7 if unit == "W" else 1))
        return day, _widen(end, unit, last=True)
    return None


def _shift(day: date, months: int) -> date:
    """``day`` moved by whole months, kept inside its month (31 March less a month is 28 February)."""
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _widen(day: date, unit: str, *, last: bool = False) -> date:
    """A year-long stretch counts in whole years ("the last 30 years" from 2011 starts with 1981)."""
    if unit != "Y":
        return day
    return date(day.year, 12, 31) if last else date(day.year, 1, 1)


def score_gum_document(
    name: str,
    golds: Sequence[GoldDate],
    records: Sequence[Any],
    text: str,
    baseline: Callable[[GoldDate], dict[str, bool]] | None = None,
    published: str | None = None,
) -> list[GumOutcome]:
    """Each gold span of one document scored against the extractor's ``records`` (``start``, ``end``,
    ``value``) in ``text``; ``baseline`` says, per gold span, which baseline settings got it right."""
    outcomes = []
    for gold in golds:
        record = best_overlap(gold.start, gold.end, records)
        ours = None
        if record is not None:
            ours = f"{record.value} (“{text[record.start : record.end]}”)"
        outcomes.append(
            GumOutcome(
                name,
                gold,
                record is not None,
                ours,
                record is not None and gold.matches(record_interval(record, text, published)),
                baseline(gold) if baseline is not None else {},
            )
        )
    return outcomes


def summarise_gum(outcomes: Sequence[GumOutcome], documents: int) -> dict:
    """The GUM figures from every gold span's outcome: counts, accuracies, and the misses listed."""
    gold = len(outcomes)
    found = sum(o.found for o in outcomes)
    right = sum(o.right for o in outcomes)
    settings = sorted({key for o in outcomes for key in o.baseline})
    return {
        "documents": documents,
        "gold": gold,
        "exact": sum(o.gold.exact for o in outcomes),
        "found": found,
        "right": right,
        "accuracy": ratio(right, gold),
        "span_recall": ratio(found, gold),
        "found_accuracy": ratio(right, found),
        "baseline": {key: ratio(sum(o.baseline.get(key, False) for o in outcomes), gold) for key in settings},
        "misses": [o.describe() for o in outcomes if not o.right],
    }


def score_gum(shared: Path, *, limit: int | None = None, model: str | None = None) -> dict | None:
    """sitroom's time values and dateparser's on GUM news' ``<date>`` spans; None when the data is absent.

    ``limit`` takes the first documents in name order. Returns :func:`summarise_gum`'s figures.
    """
    from sitroom.extract import times as time_extraction
    from sitroom.nlp import load_model
    from sitroom.options import DEFAULT_MODEL

    files = gum_files(shared, limit)
    if not files:
        return None
    documents = [read_gum_document(p.read_text(encoding="utf8"), p.stem, tags=("date",)) for p in files]
    nlp = load_model(model or DEFAULT_MODEL)
    outcomes: list[GumOutcome] = []
    for document, doc in zip(documents, nlp.pipe(d.text for d in documents), strict=True):
        published = document.attributes.get("dateCreated")
        name = document.name.removeprefix("GUM_news_")
        records = time_extraction.extract_times(doc, published)
        baseline = partial(baseline_right, published=published)
        golds = gum_gold(document)
        outcomes += score_gum_document(name, golds, records, document.text, baseline, published)
    return summarise_gum(outcomes, len(documents))


def evaluate_gum(shared: Path) -> dict | None:
    """The GUM figures for ``docs/quality.md`` (None when ``gum-news/xml`` is not under ``shared``)."""
    return score_gum(Path(shared))


# --- the demo gold -------------------------------------------------------------------------------------


def locate(text: str, needle: str, occurrence: int = 1) -> tuple[int, int] | None:
    """The ``occurrence``-th occurrence of ``needle`` in ``text`` (case-sensitive, counting occurrences
    inside longer words and overlapping ones, as the demo gold's README counts); None when there are fewer."""
    at = -1
    for _ in range(occurrence):
        at = text.find(needle, at + 1)
        if at < 0:
            return None
    return at, at + len(needle)


def load_gold_times(path: Path = GOLD_TIMES) -> list[dict]:
    """The demo time gold as the file holds it."""
    return json.loads(Path(path).read_text(encoding="utf8"))


def match_demo(
    brief: Brief, gold: Sequence[dict], records: Sequence[Any]
) -> tuple[dict[int, int], list[int]]:
    """Gold entries (``source``, ``text``, ``occurrence``) paired with brief records (``article``,
    ``start``, ``end``), one to one: each gold in order takes the first free record of its article, in
    text order, that overlaps its located text.

    Returns ``({gold index: record index}, indexes of the gold entries not located)``.
    """
    by_source = {source_key(article): article for article in brief.articles}
    order = sorted(range(len(records)), key=lambda i: (records[i].article, records[i].start, records[i].end))
    pairs: dict[int, int] = {}
    unlocated = []
    for gi, expected in enumerate(gold):
        article = by_source.get(expected["source"])
        span = locate(article.text, expected["text"], expected.get("occurrence", 1)) if article else None
        if span is None:
            unlocated.append(gi)
            continue
        for ri in order:
            record = records[ri]
            if ri not in pairs.values() and record.article == article.id and _overlaps(record, span):
                pairs[gi] = ri
                break
    return pairs, unlocated


def score_demo(brief: Brief, gold: Sequence[dict]) -> dict:
    """Span precision/recall/F1 of ``brief.times`` against the demo gold, agreement of every field on the
    matches, and the misses, extras and disagreements listed."""
    gold = outside_copies(brief, gold)
    times = list(brief.times)
    pairs, unlocated = match_demo(brief, gold, times)
    by_source = {source_key(article): article for article in brief.articles}
    sources = {article.id: source_key(article) for article in brief.articles}
    by_id = {time.id: time for time in times}
    agree = dict.fromkeys(FIELDS, 0)
    wrong = []
    for gi, ti in sorted(pairs.items()):
        expected, time = gold[gi], times[ti]
        for field in FIELDS:
            if field == "anchor":
                ok = _anchor_right(expected["anchor"], time, by_id, by_source[expected["source"]].text)
            else:
                ok = expected.get(field) == getattr(time, field)
            agree[field] += ok
            if not ok:
                wrong.append(
                    f"{_describe(expected)} — {field}: expected {_show(expected.get(field))}, "
                    f"got {_show(_anchor_text(time, by_id) if field == 'anchor' else getattr(time, field))}"
                )
    found = len(pairs)
    precision, recall = ratio(found, len(times)), ratio(found, len(gold))
    return {
        "gold": len(gold),
        "system": len(times),
        "found": found,
        "precision": precision,
        "recall": recall,
        "f1": f1(precision, recall),
        "agreement": {field: ratio(agree[field], found) for field in FIELDS},
        "value_all": ratio(
            sum(gold[gi].get("value") == times[ti].value for gi, ti in pairs.items()), len(gold)
        ),
        "missed": [_describe(g) for gi, g in enumerate(gold) if gi not in pairs],
        "unlocated": [_describe(gold[gi]) for gi in unlocated],
        "extra": [
            f"{sources.get(t.article, t.article)}: “{t.text}” {t.value}"
            for ti, t in enumerate(times)
            if ti not in pairs.values()
        ],
        "wrong": wrong,
    }


def evaluate_demo(shared: Path | None = None, *, brief: Brief | None = None) -> dict:
    """Score the demo brief's times; ``shared`` is unused (the corpus and gold are in the repository)."""
    return score_demo(demo_brief() if brief is None else brief, load_gold_times())


def _overlaps(record: Any, span: tuple[int, int]) -> bool:
    return record.start < span[1] and span[0] < record.end


def _anchor_right(expected: Any, time: Time, by_id: dict[str, Time], text: str) -> bool:
    """Whether the brief time's anchor is the gold's: equal for ``"published"``/null, else the id of a
    brief time of the same article overlapping the gold anchor's located text."""
    if not isinstance(expected, dict):
        return time.anchor == expected
    span = locate(text, expected["text"], expected.get("occurrence", 1))
    target = by_id.get(time.anchor or "")
    if span is None or target is None:
        return False
    return target.article == time.article and _overlaps(target, span)


def _anchor_text(time: Time, by_id: dict[str, Time]) -> Any:
    """A brief anchor as a reader would check it: the text of the time it names, else the anchor as is."""
    target = by_id.get(time.anchor or "")
    return {"text": target.text, "id": target.id} if target is not None else time.anchor


def _describe(expected: dict) -> str:
    nth = f" (#{expected['occurrence']})" if "occurrence" in expected else ""
    return f"{expected['source']}: “{expected['text']}”{nth}"


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


# --- figures and pages ---------------------------------------------------------------------------------


def headline(gum: dict | None, demo: dict | None) -> dict[str, float]:
    """The figures the tests pin floors on, flat: ``gum.*`` (when GUM ran) and ``demo.*``."""
    flat: dict[str, float] = {}
    if gum is not None:
        flat |= {f"gum.{key}": gum[key] for key in ("accuracy", "span_recall", "found_accuracy")}
    if demo is not None:
        flat |= {f"demo.{key}": demo[key] for key in ("precision", "recall", "f1", "value_all")}
        flat |= {f"demo.{field}": value for field, value in demo["agreement"].items()}
    return flat


def pinned_floors(test_file: Path = FLOOR_TESTS) -> dict[str, float]:
    """The ``FLOORS`` the time tests pin ({} when there are none)."""
    from eval.quality import pinned_floors as read

    return read(test_file)


def markdown_gum(figures: dict, floors: dict[str, float] | None = None, limit: int | None = 30) -> str:
    """The GUM table (sitroom beside dateparser, with floors) and sitroom's misses (``limit`` shown)."""
    floors = pinned_floors() if floors is None else floors
    baseline = figures["baseline"]

    def floor(key: str) -> str:
        return f"{floors[key]:.2f}" if key in floors else "—"

    over = f"{figures['gold']} gold spans"
    lines = [
        "| figure | sitroom | dateparser | floor | over |",
        "|---|---|---|---|---|",
        f"| value accuracy | {figures['accuracy']:.3f} | {baseline.get(DATEPARSER_PREFER, 0.0):.3f} "
        f"| {floor('gum.accuracy')} | {over} |",
        f"| span recall | {figures['span_recall']:.3f} | — (given the gold spans) "
        f"| {floor('gum.span_recall')} | {over} |",
        f"| value accuracy on found spans | {figures['found_accuracy']:.3f} | — "
        f"| {floor('gum.found_accuracy')} | {figures['found']} found |",
        "",
        f"GUM news, {figures['documents']} documents, {figures['gold']} `<date>` spans ({figures['exact']} "
        f"exact values, {figures['gold'] - figures['exact']} bounded by `notBefore`/`notAfter`). dateparser "
        f"with `PREFER_DATES_FROM` `{DATEPARSER_PREFER}` and told each gold's granularity; with "
        f"`{DATEPARSER_ALTERNATIVE}` it scores {baseline.get(DATEPARSER_ALTERNATIVE, 0.0):.3f}. Published "
        "anchors: HeidelTime value F1 0.78, SUTime 0.67 (TempEval-3).",
        "",
    ]
    lines += listing("sitroom: spans with a wrong or no value", figures["misses"], limit)
    return "\n".join(lines).rstrip() + "\n"


def markdown_demo(figures: dict, floors: dict[str, float] | None = None, limit: int | None = 30) -> str:
    """The demo table (span P/R/F1, field agreement, floors) and the error lists (``limit`` shown each)."""
    floors = pinned_floors() if floors is None else floors
    values = headline(None, figures)

    def row(key: str, label: str, note: str) -> str:
        floor = f"{floors[key]:.2f}" if key in floors else "—"
        return f"| {label} | {values[key]:.3f} | {floor} | {note} |"

    over = f"{figures['gold']} gold, {figures['system']} brief times"
    lines = ["| figure | score | floor | over |", "|---|---|---|---|"]
    for key in ("precision", "recall", "f1"):
        lines.append(row(f"demo.{key}", f"time span {key}", over))
    lines.append(row("demo.value_all", "value right, over all gold", f"{figures['gold']} gold"))
    for field in FIELDS:
        lines.append(row(f"demo.{field}", f"{field} agreement", f"{figures['found']} found"))
    lines.append("")
    lines += listing("Times missed", figures["missed"], limit)
    lines += listing("Gold times not located in the brief's text", figures["unlocated"], limit)
    lines += listing("Times not in the gold", figures["extra"], limit)
    lines += listing("Disagreements", figures["wrong"], limit)
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    """Print the GUM and the demo tables with every error listed."""
    from eval.quotes import default_shared

    parser = argparse.ArgumentParser(prog="python -m eval.times", description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=default_shared(), help="the shared folder (../shared)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N GUM documents")
    parser.add_argument("--no-demo", action="store_true", help="skip the demo brief (a whole pipeline run)")
    args = parser.parse_args(argv)
    gum = score_gum(args.shared, limit=args.limit)
    if gum is None:
        sys.stdout.write(f"GUM: skipped: {(args.shared / GUM_XML).as_posix()} not found\n\n")
    else:
        sys.stdout.write("## Times (GUM news)\n\n" + markdown_gum(gum, limit=None) + "\n")
    if not args.no_demo:
        sys.stdout.write("## Times (demo gold)\n\n" + markdown_demo(evaluate_demo(), limit=None))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
