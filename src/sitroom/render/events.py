"""The "Timeline" section: each real event once, in the order it happened, and who did what to whom.

The link stage keeps every report of an event and points later reports at the first with ``same_as``
(GDELT's best-known failure is counting those copies as separate events). Here each real event becomes one
:class:`TimelineEvent` carrying all its reports, so the reader sees it once, "reported by 3 outlets", and
can check every report in one click. Events are ordered by the days their own time covers, else by their
article's publication date (marked as such, since it only bounds when the event happened), undated last;
the stories' timeline order breaks ties. A planned, threatened, hypothetical, negated, alleged or ongoing
event keeps its status in every view, so nothing that was only announced reads as having happened.

Only what the brief asserts is drawn and counted: reports with a named participant and enough confidence
(:func:`sitroom.link.confidence.asserted`). A real event none of whose reports is asserted is a *weaker
reading*, listed apart with its confidence and the evidence that lowered it, so nothing is lost and
nothing weak reads as established; "reported by N outlets" counts asserted reports only.

The same events, each counted once, give the cooperation–conflict balance between pairs of parties
(:class:`Pair`), scored with the PLOVER manual's score per event type (``lexicons/plover_types.tsv``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import ClassVar

from sitroom.lexicons import table
from sitroom.link.confidence import asserted, lowered_by
from sitroom.render.spans import Sourced, Span, article_order, count_label, span_of
from sitroom.render.timex import date_label
from sitroom.timex import DayRange, day_range
from sitroom.types import Article, Brief, Event, Quote, Story, Time

# Statuses of events that took place; every other status (planned, threatened, hypothetical, negated,
# alleged) is something that did not, or not yet, or not established, and is drawn and labelled apart.
HAPPENED = frozenset({"occurred", "ongoing"})
# How a status reads beside the event, where the contract's word would mislead ("negated").
STATUS_WORDS = {"negated": "did not happen"}
UNDATED = "undated"
_REASONS = 3  # the weightiest evidence against a weaker reading, shown beside it
# An axis over the stories' days also takes single-day events this close to it (a share of its length,
# at least a week): "two days before the first article" belongs on the chart, "in 2010" beside it.
_NEAR_SHARE = 1.0
_NEAR_MIN_DAYS = 7


@cache
def plover_scores() -> Mapping[str, float]:
    """Each PLOVER type's conflict–cooperation score, from the lexicon (the PLOVER manual, Draft 0.8)."""
    return {row[0]: float(row[1]) for row in table("plover_types.tsv", 2) if row[1]}


@dataclass(frozen=True, slots=True)
class When:
    """When an event happened as the report says it: a label, its granularity, and where it came from.

    ``source`` is ``"event"`` for the event's own time, ``"article"`` for its article's publication date
    (a fallback: the event happened then or before), or ``"none"`` for an undated event.
    """

    label: str
    granularity: str | None
    days: DayRange | None
    source: str

    @property
    def from_article(self) -> bool:
        return self.source == "article"

    @property
    def text(self) -> str:
        """``Mon 6 Jul 2015``, ``Mon 6 Jul 2015 (article date)`` or ``undated``."""
        return f"{self.label} (article date)" if self.from_article else self.label


@dataclass(frozen=True, slots=True)
class QuoteLink:
    """The quotation an event sits in: its span and who said it, as far as the brief knows."""

    span: Span
    speaker: str | None


@dataclass(frozen=True, slots=True)
class EventReport(Sourced):
    """One article's report of an event: its span, the article's date, the quotation it sits in."""

    span: Span
    published: str | None
    quote: QuoteLink | None


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One real event, shown once: what, when, who to whom, where, its status and every report of it.

    ``actor`` and ``target`` name the participant and what it acts for ("Sergei Lavrov (Russia)");
    ``reports`` start with the first report (the one the others point at), then the rest by date.
    """

    id: str
    text: str
    type: str
    mode: str | None
    status: str
    actor: str | None
    target: str | None
    place: str | None
    when: When
    score: float | None
    reports: tuple[EventReport, ...]
    outlets: int
    confidence: float = 1.0
    evidence: tuple[str, ...] = ()

    @property
    def happened(self) -> bool:
        """Whether it took place (occurred or ongoing); anything else must not read as having happened."""
        return self.status in HAPPENED

    @property
    def status_label(self) -> str:
        return STATUS_WORDS.get(self.status, self.status)

    @property
    def reported_by(self) -> str:
        """``3 outlets``; ``1 outlet (2 reports)`` when one outlet reports it more than once."""
        label = count_label(self.outlets, "outlet")
        return f"{label} ({len(self.reports)} reports)" if len(self.reports) > self.outlets else label

    @property
    def quote(self) -> QuoteLink | None:
        """The quotation the first report that sits in one sits in."""
        return next((r.quote for r in self.reports if r.quote), None)

    @property
    def why_weak(self) -> str:
        """Why the brief does not assert it: no named participant, and the evidence that lowered it."""
        reasons = [] if self.actor or self.target else ["no named participant"]
        for reason in lowered_by("event", self.evidence):
            if reason not in reasons:
                reasons.append(reason)
        return "; ".join(reasons[:_REASONS]) or "low confidence"

    @property
    def tooltip(self) -> str:
        """One line naming the event, for a chart mark: when, type, status, who, what, how many outlets."""
        parties = " → ".join(p for p in (self.actor, self.target) if p)
        status = "" if self.status == "occurred" else f" ({self.status_label})"
        who = f" {parties}:" if parties else ""
        return f"{self.when.text} · {self.type}{status} ·{who} {self.text} · {self.reported_by}"


@dataclass(frozen=True, slots=True)
class Pair:
    """What one party did to another, on balance: the PLOVER scores of their events that took place.

    Each real event counts once however many outlets report it. Only events that happened are scored:
    a planned agreement or a threatened sanction is not yet cooperation or conflict; ``not_counted`` says
    how many of the pair's other events were left out.
    """

    actor: str
    target: str
    events: tuple[str, ...]
    total: float
    not_counted: int

    @property
    def count(self) -> int:
        return len(self.events)

    @property
    def mean(self) -> float:
        return self.total / len(self.events)

    @property
    def label(self) -> str:
        return f"{self.actor} → {self.target}"

    @property
    def total_label(self) -> str:
        """``+8.4``, ``-5.1``: signed, one decimal, as the PLOVER table gives its scores."""
        return signed(self.total)

    @property
    def mean_label(self) -> str:
        return signed(self.mean)


def signed(value: float) -> str:
    """``+4.2``, ``-0.3``, ``+0.0`` (never ``-0.0``): a score with its sign and one decimal."""
    return f"{round(value, 1) or 0.0:+.1f}"


@dataclass(frozen=True, slots=True)
class Timeline:
    """The brief's events in time order, the span of days they are drawn over, and the pairs' balance.

    ``story`` is the title of the brief's story when it tells just one (several have their own section);
    ``first``/``last`` span its stories' dates (else the articles'); ``axis`` is that span widened to the
    single-day events just beyond it, or None when nothing is dated. ``weaker`` are the readings the brief
    does not assert, in the brief's order.
    """

    key: ClassVar[str] = "timeline"
    title: ClassVar[str] = "Timeline"
    pairs_title: ClassVar[str] = "Cooperation and conflict"

    story: str | None
    first: str | None
    last: str | None
    axis: tuple[date, date] | None
    events: tuple[TimelineEvent, ...]
    pairs: tuple[Pair, ...]
    weaker: tuple[TimelineEvent, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.events and not self.weaker

    @property
    def dated(self) -> tuple[TimelineEvent, ...]:
        return tuple(e for e in self.events if e.when.days is not None)

    @property
    def span_label(self) -> str | None:
        """``29 Jun – 14 Jul 2015``: the stories' dates as a reader writes them."""
        if not self.first or not self.last:
            return None
        return date_label(self.first if self.first == self.last else f"{self.first}/{self.last}")


def timeline(brief: Brief, threshold: float | None = None) -> Timeline:
    """The Timeline section of ``brief``: every real event it asserts once, in order, with the pairs'
    balance; the readings it does not assert apart. ``threshold`` overrides ``Options.event_threshold``."""
    articles = {a.id: a for a in brief.articles}
    names = {e.id: e.name for e in brief.entities}
    times = {t.id: t for t in brief.times}
    quotes = {q.id: q for q in brief.quotes}
    shown, weaker, firsts = [], [], []
    for _, reports in _reports(brief.events):
        sure = [e for e in reports if asserted(e, threshold)]
        if sure:
            firsts.append(sure[0])
            shown.append(_event(sure[0], sure, articles, names, times, quotes))
        else:
            weaker.append(_event(reports[0], reports, articles, names, times, quotes))
    events = _ordered(shown, brief.stories, articles)
    first, last = _stories_span(brief.stories, brief.articles)
    return Timeline(
        story=brief.stories[0].title if len(brief.stories) == 1 else None,
        first=first,
        last=last,
        axis=_axis(first, last, events),
        events=events,
        pairs=_pairs(firsts, names, {e.id: n for n, e in enumerate(events)}),
        weaker=tuple(weaker),
    )


def _reports(events: Sequence[Event]) -> list[tuple[Event, list[Event]]]:
    """Each real event with all its reports, the first report first; in brief order of first reports.

    A report of a report joins the first; a ``same_as`` naming no event in the brief leaves the report on
    its own, and a loop of links stops where it closes.
    """
    by_id = {e.id: e for e in events}
    grouped: dict[str, list[Event]] = {}
    for event in events:
        grouped.setdefault(_original(event, by_id).id, []).append(event)
    return [
        (by_id[first], sorted(found, key=lambda e, f=first: e.id != f)) for first, found in grouped.items()
    ]


def _original(event: Event, by_id: Mapping[str, Event]) -> Event:
    """The event ``event``'s chain of ``same_as`` links ends at; in a loop, the loop's smallest id.

    Every member of a loop must land on the same event, or one real event would be shown twice.
    """
    chain = [event]
    while event.same_as is not None and event.same_as in by_id:
        event = by_id[event.same_as]
        if event in chain:
            return min(chain[chain.index(event) :], key=lambda e: e.id)
        chain.append(event)
    return event


def _event(
    first: Event,
    reports: Sequence[Event],
    articles: Mapping[str, Article],
    names: Mapping[str, str],
    times: Mapping[str, Time],
    quotes: Mapping[str, Quote],
) -> TimelineEvent:
    """One real event from its first report, with every report cited and its outlets counted."""
    order = article_order(articles)
    cited = [_report(e, articles, names, quotes) for e in reports]
    later = sorted(
        cited[1:],
        key=lambda r: (r.published is None, r.published or "", order.get(r.span.article, len(order))),
    )
    return TimelineEvent(
        id=first.id,
        text=first.text,
        type=first.type,
        mode=first.mode,
        status=first.status,
        actor=_party(first.actor, first.actor_for, names),
        target=_party(first.target, first.target_for, names),
        place=names.get(first.place, first.place) if first.place else None,
        when=_when(first, times, articles),
        score=plover_scores().get(first.type),
        reports=(cited[0], *later),
        # an article without an outlet is its own source: two unknown outlets are not one
        outlets=len({(r.span.outlet, None) if r.span.outlet else (None, r.span.article) for r in cited}),
        confidence=max(e.confidence for e in reports),
        evidence=first.evidence,
    )


def _report(
    event: Event, articles: Mapping[str, Article], names: Mapping[str, str], quotes: Mapping[str, Quote]
) -> EventReport:
    article = articles.get(event.article)
    quote = quotes.get(event.quote) if event.quote else None
    return EventReport(
        span=span_of(articles, event.article, event.start, event.end),
        published=article.published if article else None,
        quote=_quote_link(quote, articles, names) if quote else None,
    )


def _quote_link(quote: Quote, articles: Mapping[str, Article], names: Mapping[str, str]) -> QuoteLink:
    speaker = names.get(quote.speaker, quote.speaker) if quote.speaker else quote.speaker_text
    return QuoteLink(span_of(articles, quote.article, quote.start, quote.end), speaker)


def _party(entity: str | None, acts_for: str | None, names: Mapping[str, str]) -> str | None:
    """``Sergei Lavrov (Russia)``: the participant and what it acts for; either alone if that is all."""
    name = names.get(entity, entity) if entity else None
    side = names.get(acts_for, acts_for) if acts_for else None
    if name and side and acts_for != entity:
        return f"{name} ({side})"
    return name or side


def _when(event: Event, times: Mapping[str, Time], articles: Mapping[str, Article]) -> When:
    """The event's own time if it reads as days, else its article's publication date, else undated."""
    time = times.get(event.time) if event.time else None
    if time is not None and (days := day_range(time.value)) is not None:
        return When(
            date_label(str(time.value), time.mod), time.granularity or days.granularity, days, "event"
        )
    article = articles.get(event.article)
    if article is not None and (days := day_range(article.published)) is not None:
        return When(date_label(str(article.published)), days.granularity, days, "article")
    return When(UNDATED, None, None, "none")


def _ordered(
    events: Iterable[TimelineEvent], stories: Sequence[Story], articles: Mapping[str, Article]
) -> tuple[TimelineEvent, ...]:
    """By first day, then last day (finer first), undated last; then the stories' order (story by story,
    each in its timeline's order), then the brief's."""
    place = {event_id: n for n, event_id in enumerate(e for story in stories for e in story.timeline)}
    order = article_order(articles)

    def key(event: TimelineEvent) -> tuple:
        days = event.when.days
        span = event.reports[0].span
        return (
            days is None,
            days.first if days else date.max,
            days.last if days else date.max,
            place.get(event.id, len(place)),
            order.get(span.article, len(order)),
            span.article,
            span.start,
        )

    return tuple(sorted(events, key=key))


def _stories_span(stories: Sequence[Story], articles: Iterable[Article]) -> tuple[str | None, str | None]:
    """From the first story's start to the last one's end where stories are dated, else the articles'."""
    spans = [(s.first, s.last) for s in stories if s.first and s.last]
    if spans:
        return min(first for first, _ in spans), max(last for _, last in spans)
    dates = sorted(a.published for a in articles if day_range(a.published) is not None)
    return (dates[0], dates[-1]) if dates else (None, None)


def _axis(first: str | None, last: str | None, events: Sequence[TimelineEvent]) -> tuple[date, date] | None:
    """The days to draw: the stories' span widened to single-day events near it; else the events' days."""
    ranges = [e.when.days for e in events if e.when.days is not None]
    if not ranges:
        return None
    start, end = day_range(first), day_range(last)
    if start is None or end is None:
        return min(r.first for r in ranges), max(r.last for r in ranges)
    lo, hi = start.first, end.last
    near = timedelta(days=max(_NEAR_MIN_DAYS, round((hi - lo).days * _NEAR_SHARE)))
    days = [r.first for r in ranges if r.first == r.last and lo - near <= r.first <= hi + near]
    return min([lo, *days]), max([hi, *days])


def _pairs(firsts: Sequence[Event], names: Mapping[str, str], order: Mapping[str, int]) -> tuple[Pair, ...]:
    """Each (actor, target) pair with an event that happened: its scores summed, largest balance first.

    ``firsts`` are the first asserted report of each real event the timeline shows. Parties are what they
    act for where the brief says (Lavrov's events are Russia's); events without two different parties, or
    of a type the PLOVER table does not score, form no pair. ``order`` is the timeline's, so each pair
    lists its events as the timeline does.
    """
    scores = plover_scores()
    scored: dict[tuple[str, str], list[tuple[str, float]]] = {}
    left_out: dict[tuple[str, str], int] = {}
    for first in sorted(firsts, key=lambda e: order[e.id]):
        actor, target = first.actor_for or first.actor, first.target_for or first.target
        if actor is None or target is None or actor == target or first.type not in scores:
            continue  # a government urging its own voters is no balance between two parties
        if first.status in HAPPENED:
            scored.setdefault((actor, target), []).append((first.id, scores[first.type]))
        else:
            left_out[(actor, target)] = left_out.get((actor, target), 0) + 1
    pairs = [
        Pair(
            actor=names.get(actor, actor),
            target=names.get(target, target),
            events=tuple(event_id for event_id, _ in found),
            total=sum(score for _, score in found),
            not_counted=left_out.get((actor, target), 0),
        )
        for (actor, target), found in scored.items()
    ]
    return tuple(sorted(pairs, key=lambda p: (-round(abs(p.total), 6), p.actor, p.target)))


__all__ = [
    "HAPPENED",
    "EventReport",
    "Pair",
    "QuoteLink",
    "Timeline",
    "TimelineEvent",
    "When",
    "plover_scores",
    "signed",
    "timeline",
]
