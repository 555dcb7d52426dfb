"""The brief as a Markdown report: header, the stories' overviews and the key developments, articles,
stories, ranked actors, places, groups, quotes, dated mentions, figures with their agreement marks, the
comparisons between outlets, the events timeline, and the balance of cooperation and conflict between pairs
of parties (as numbers: Markdown has no portable way to draw).

Everything taken from an article is flattened to one line and escaped, so a title such as ``**bold**``,
``<script>`` or ``[x](http://evil)`` shows as the characters it is rather than as markup, and a ``|``
cannot break a table. Every item cites ``article-id:start-end`` and the outlet, so a reader can check it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sitroom.render.comparisons import ComparedItem, ComparisonRow, Comparisons, Figures, Mark
from sitroom.render.events import Timeline, TimelineEvent
from sitroom.render.overview import KeyDevelopments, Overview
from sitroom.render.report import (
    ArticleRow,
    EntityRow,
    QuoteEntry,
    QuoteSource,
    Report,
    Span,
    SpeakerRow,
    WhoSaidWhat,
    build_report,
    count_label,
    counts,
    mention_summary,
)
from sitroom.render.stories import Stories
from sitroom.render.timeline import DatedMention, DatedMentions, TimelineEntry, UndatedMention
from sitroom.types import Brief

CITES_SHOWN = 3  # an office stated in many articles cites the first few and counts the rest
NONE_YET = "_None found yet._"
NOT_ASSERTED = "No event is named and sure enough to assert; the weaker readings follow."

# Characters Markdown (CommonMark plus GitHub's tables, strikethrough and math) reads as markup anywhere
# in a line; "&" only where it would start a character reference such as "&amp;".
_INLINE = re.compile(r"[\\`*_\[\]<>|~$]|&(?=#?\w+;)")
# At the start of a line, these begin a heading or a list item.
_LINE_START = re.compile(r"^(?:(#|[+-](?=\s|$))|(\d+)([.)])(?=\s|$))")


def brief_to_markdown(brief: Brief) -> str:
    """The Markdown report of ``brief``, ending with a newline; the same brief gives the same text."""
    report = build_report(brief)
    blocks = [
        _header(report),
        _overview(report.overview),
        _developments(report.developments),
        _articles(report.articles),
        _stories(report.stories),
        _actors(report.actors),
        _places(report.places),
        _groups(report.groups),
        _who_said_what(report.quotes),
        _dated_mentions(report.times),
        _figures(report.figures),
        _comparisons(report.comparisons),
        _timeline(report.timeline),
        _weaker(report.timeline),
        _pairs(report.timeline),
    ]
    return "\n\n".join(block for block in blocks if block) + "\n"


def escape(text: str | None) -> str:
    """``text`` on one line with Markdown's special characters backslash-escaped, so it shows as text."""
    flat = " ".join((text or "").split())
    flat = _INLINE.sub(lambda m: "\\" + m.group(0), flat)
    return _LINE_START.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", flat)


def _table(columns: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    """A GitHub table; cells must already be escaped."""
    columns = list(columns)
    lines = ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _cite(span: Span) -> str:
    """``a1:10-20, Harbour Post``: the article id and code-point span, then the outlet if known."""
    cite = escape(span.cite)
    return f"{cite}, {escape(span.outlet)}" if span.outlet else cite


def _cites(spans: tuple[Span, ...]) -> str:
    shown = "; ".join(_cite(s) for s in spans[:CITES_SHOWN])
    more = len(spans) - CITES_SHOWN
    return f"({shown}; +{more} more)" if more > 0 else f"({shown})"


def _header(report: Report) -> str:
    lines = [f"# {escape(report.title)}", "", escape(counts(report)), "", escape(report.made_with)]
    if report.failures:
        lines += ["", "## Inputs that failed", ""]
        lines += [f"- {escape(f.source)}: {escape(f.reason)}" for f in report.failures]
    return "\n".join(lines)


def _overview(overview: Overview) -> str:
    """Each story's overview: its title, dates and size, then its sentences, each with outlet, date and span.

    ``- Greeks voted … in the euro. — Meridian Wire, 2015-07-05 (02_referendum_result:39-265)``
    """
    if overview.empty:
        return f"## {overview.title}\n\n_No story to tell yet._"
    blocks = [f"## {overview.title}"]
    for told in overview.stories:
        if not told.lines:
            continue
        story = told.story
        about = [f"**{escape(story.title)}**", *([escape(story.dates)] if story.dates else []), story.size]
        if len(overview.stories) > 1:
            about.append(escape(story.id))
        lines = [
            f"- {escape(line.text)} — {escape(line.outlet)}, {escape(line.date)} ({escape(line.span.cite)})"
            for line in told.lines
        ]
        blocks.append(" · ".join(about) + "\n\n" + "\n".join(lines))
    if overview.more:
        blocks.append(f"_{overview.more} more in the Stories section._")
    return "\n\n".join(blocks)


def _developments(developments: KeyDevelopments) -> str:
    """The most widely reported events, one numbered line each: who to whom, what, type, status, when, and
    how many outlets report it, citing the first report. What did not happen is italic, its status bold."""
    title = f"## {developments.title}"
    if developments.empty:
        return f"{title}\n\n{NONE_YET}"
    lines = [_development(n, event) for n, event in enumerate(developments.events, 1)]
    more = [f"_{developments.more} more in the Timeline._"] if developments.more else []
    return "\n\n".join([title, "\n".join(lines), *more])


def _development(number: int, event: TimelineEvent) -> str:
    """``1. Lavrov (Russia) → Blinken (United States): met — CONSULT, occurred, Mon 10 Jan 2022 ·
    reported by 3 outlets (first: Wire, 2022-01-10, wire-1:15-18)``."""
    parties = " → ".join(escape(p) for p in (event.actor, event.target) if p)
    words = escape(event.text) if event.happened else f"_{escape(event.text)}_"
    kind = escape(f"{event.type} ({event.mode})" if event.mode else event.type)
    first = event.reports[0]
    source = f"{escape(first.outlet)}, {escape(first.date)}, {escape(first.span.cite)}"
    what = f"**{parties}**: {words}" if parties else words
    return (
        f"{number}. {what} — {kind}, {_status(event)}, {escape(event.when.text)} · "
        f"reported by {escape(event.reported_by)} (first: {source})"
    )


def _articles(articles: tuple[ArticleRow, ...]) -> str:
    columns = ("Article", "Title", "Outlet", "Published", "Language", "Genre", "URL", "Note")
    rows = [
        (
            escape(a.id),
            escape(a.label) if a.titled else f"*{escape(a.label)}*",
            escape(a.outlet),
            _published(a),
            escape(a.language),
            escape(a.genre),
            escape(a.url),
            f"**{escape(a.note)}**" if a.note else "",
        )
        for a in articles
    ]
    return "## Articles\n\n" + (_table(columns, rows) if rows else "_No articles._")


def _stories(stories: Stories) -> str:
    """Each story: its id, headline, dates and size."""
    rows = [(escape(s.id), escape(s.title), escape(s.dates), s.size) for s in stories.rows]
    table = _table(("Story", "Title", "Dates", "Articles"), rows) if rows else "_No stories._"
    return f"## {stories.title}\n\n{table}"


def _published(article: ArticleRow) -> str:
    """The date, with where it came from in brackets (meta, record, html, text)."""
    if not article.published:
        return ""
    source = f" ({escape(article.published_from)})" if article.published_from else ""
    return escape(article.published) + source


def _name(row: EntityRow) -> str:
    name = f"**{escape(row.name)}**"
    return f"{name} (also: {escape(', '.join(row.aliases))})" if row.aliases else name


def _mentions(row: EntityRow) -> str:
    """``5 mentions in 2 articles (first a1:4-9, Harbour Post)``."""
    summary = mention_summary(row)
    return f"{summary} (first {_cite(row.mentions[0])})" if row.mentions else summary


def _per_outlet(row: EntityRow) -> str:
    """``Harbour Post 3 (first a1:4-9); unknown outlet 1 (first a3:0-5)``."""
    return "; ".join(
        f"{escape(o.outlet)} {o.count} (first {escape(o.articles[0].first.cite)})" for o in row.outlets
    )


def _offices(row: EntityRow) -> str:
    return "; ".join(f"{escape(o.label)} {_cites(o.spans)}" for o in row.offices)


def _actors(rows: tuple[EntityRow, ...]) -> str:
    """Actors in rank order; "Says and does" counts the quotations and events they are ranked by first."""
    columns = ("#", "Actor", "Type", "Country", "Offices", "Mentions", "Mentions per outlet", "Says and does")
    table = [
        (
            str(n),
            _name(r),
            escape(r.type),
            escape(r.country),
            _offices(r),
            _mentions(r),
            _per_outlet(r),
            escape(r.activity),
        )
        for n, r in enumerate(rows, 1)
    ]
    return "## Actors\n\n" + (_table(columns, table) if table else NONE_YET)


def _places(rows: tuple[EntityRow, ...]) -> str:
    columns = ("Place", "Type", "Country", "Coordinates", "Mentions")
    table = [(_name(r), escape(r.type), escape(r.country), escape(r.coordinates), _mentions(r)) for r in rows]
    return "## Places\n\n" + (_table(columns, table) if table else NONE_YET)


def _groups(rows: tuple[EntityRow, ...]) -> str:
    columns = ("Group", "Type", "Country", "Mentions")
    table = [(_name(r), escape(r.type), escape(r.country), _mentions(r)) for r in rows]
    return "## Groups and nationalities\n\n" + (_table(columns, table) if table else NONE_YET)


def _who_said_what(who: WhoSaidWhat) -> str:
    """Named speakers, most quoted first, then unnamed sources, then quotations credited to no one."""
    if who.empty:
        return f"## {who.title}\n\n{NONE_YET}"
    blocks = [f"## {who.title}", *(_speaker(s, "###") for s in who.named)]
    if who.unnamed:
        blocks += ["### Unnamed sources", *(_speaker(s, "####") for s in who.unnamed)]
    if who.unattributed:
        blocks += ["### Unattributed", _quotes(who.unattributed)]
    return "\n\n".join(blocks)


def _speaker(speaker: SpeakerRow, level: str) -> str:
    """``### Mara Quill — leader, Dockers Union · 2 quotations`` and the speaker's quotations."""
    name = escape(speaker.name) + (f" — {escape(speaker.office)}" if speaker.office else "")
    return f"{level} {name} · {speaker.summary}\n\n{_quotes(speaker.quotes)}"


def _quotes(entries: tuple[QuoteEntry, ...]) -> str:
    return "\n".join(_quote(entry) for entry in entries)


def _quote(entry: QuoteEntry) -> str:
    """``- “We stay out.” — *said*, Harbour Post, 2023-03-06 (post-1:60-72)``, then any other carriers.

    Reported speech is labelled and left without quotation marks: the words are the journalist's.
    """
    opening, closing = entry.marks
    lead = "_reported:_ " if entry.reported else ""
    line = f"- {lead}{opening}{escape(entry.words)}{closing} — {_carrier(entry.source)}"
    if entry.also:
        line += "\n  - also in: " + "; ".join(_carrier(source) for source in entry.also)
    return line


def _carrier(source: QuoteSource) -> str:
    """``*said*, Harbour Post, 2023-03-06 (post-1:60-72)``: the cue, outlet, date and citation."""
    cue = f"*{escape(source.cue)}*, " if source.cue else ""
    return f"{cue}{escape(source.outlet)}, {escape(source.date)} ({escape(source.span.cite)})"


def _dated_mentions(dated: DatedMentions) -> str:
    """The timeline of resolved dates, then the date expressions left unresolved, then durations."""
    if dated.empty:
        return f"## {dated.title}\n\n{NONE_YET}"
    blocks = [f"## {dated.title}"]
    if dated.entries:
        blocks.append("\n".join(_timeline_entry(entry) for entry in dated.entries))
    if dated.undated:
        blocks += [f"### {dated.undated_title}", "\n".join(_undated(item) for item in dated.undated)]
    if dated.periods:
        columns = ("Expression", "Type", "Value", "Source")
        rows = [(escape(p.text), escape(p.type), escape(p.value), _cite(p.span)) for p in dated.periods]
        blocks += [f"### {dated.periods_title}", _table(columns, rows)]
    return "\n\n".join(blocks)


def _timeline_entry(entry: TimelineEntry) -> str:
    """``- **Mon 6 Mar 2023** · day``, then one indented line per mention of that date."""
    granularity = f" · {escape(entry.granularity)}" if entry.granularity else ""
    lines = [f"- **{escape(entry.label)}**{granularity}"]
    lines += [f"  - {_dated(mention)}" for mention in entry.mentions]
    return "\n".join(lines)


def _undated(item: UndatedMention) -> str:
    """``- … **next week**. — Coast Times, undated (c-1:5-14) — _not resolved: …_``."""
    return f"- {_dated(item.mention)} — _{escape(item.reason)}_"


def _dated(mention: DatedMention) -> str:
    """``…walked out on **Monday**. — Harbour Post, 2023-03-06 (post-1:40-46)``: the expression in bold."""
    words = f"{_spaced(mention.before)}**{escape(mention.text)}**{_spaced(mention.after)}"
    return f"{words} — {escape(mention.outlet)}, {escape(mention.date)} ({escape(mention.span.cite)})"


def _spaced(words: str) -> str:
    """``words`` escaped, keeping a space at either end where it had one (``escape`` trims them)."""
    if not words.strip():
        return " " if words else ""
    lead = " " if words[0].isspace() else ""
    trail = " " if words[-1].isspace() else ""
    return f"{lead}{escape(words)}{trail}"


def _figures(figures: Figures) -> str:
    """The figures table; the Compared column says which other claims agree or differ, and where."""
    columns = ("Figure", "Value", "Unit", "Counts", "Qualifier", "Compared", "Source")
    rows = [
        (
            escape(r.text),
            escape(r.amount),
            escape(r.unit),
            escape(r.counts),
            escape(r.qualifier),
            "; ".join(_mark(mark) for mark in r.marks),
            _cite(r.span),
        )
        for r in figures.rows
    ]
    return f"## {figures.title}\n\n" + (_table(columns, rows) if rows else NONE_YET)


def _mark(mark: Mark) -> str:
    """``differs from Coast Times: about 5,000 (times-1:8-19)``; agreement names the outlets only."""
    return f"{escape(mark.phrase)} " + ", ".join(_other(item, mark.shows_values) for item in mark.others)


def _other(item: ComparedItem, with_text: bool) -> str:
    """Another claim: its outlet, its words when they differ, and its citation (or the unknown id)."""
    if item.span is None:
        return f"{escape(item.id)} (not in this brief)"
    words = f": {escape(item.text)}" if with_text else ""
    return f"{escape(item.source)}{words} ({escape(item.span.cite)})"


def _comparisons(comparisons: Comparisons) -> str:
    """Every comparison, disagreements first: verdict, kind and note, then each item with its source."""
    if not comparisons.rows:
        return f"## {comparisons.title}\n\n{NONE_YET}"
    return f"## {comparisons.title}\n\n" + "\n".join(_comparison(row) for row in comparisons.rows)


def _comparison(row: ComparisonRow) -> str:
    """``- **differ** (figure): note``, then ``  - “about 5,000” — Coast Times (times-1:8-19)`` per item."""
    note = f": {escape(row.note)}" if row.note else ""
    lines = [f"- **{escape(row.verdict)}** ({escape(row.kind)}){note}"]
    lines += [f"  - {_compared(item)}" for item in row.items]
    return "\n".join(lines)


def _compared(item: ComparedItem) -> str:
    if item.span is None:
        return f"{escape(item.id)} (not in this brief)"
    return f"“{escape(item.text)}” — {escape(item.source)} ({escape(item.span.cite)})"


def _timeline(timeline: Timeline) -> str:
    """Each real event once, in time order: when, what, who to whom, its status, and every report of it."""
    if timeline.empty:
        return f"## {timeline.title}\n\n{NONE_YET}"
    if not timeline.events:
        return f"## {timeline.title}\n\n_{NOT_ASSERTED}_"
    about = [f"Story: {escape(timeline.story)}"] if timeline.story else []
    about += [escape(timeline.span_label)] if timeline.span_label else []
    about.append(count_label(len(timeline.events), "event"))
    columns = ("When", "Event", "Type", "Status", "Actor", "Target", "Place", "Reported by", "Sources")
    rows = [
        (
            _when(e),
            _what(e),
            escape(f"{e.type} ({e.mode})" if e.mode else e.type),
            _status(e),
            escape(e.actor),
            escape(e.target),
            escape(e.place),
            escape(e.reported_by),
            "; ".join(_cite(report.span) for report in e.reports),
        )
        for e in timeline.events
    ]
    return f"## {timeline.title}\n\n_{' · '.join(about)}_\n\n" + _table(columns, rows)


def _weaker(timeline: Timeline) -> str:
    """The readings the brief does not assert, folded away: each with its confidence and why it is weak."""
    if not timeline.weaker:
        return ""
    columns = ("Event", "Type", "Status", "Actor", "Target", "Confidence", "Why not asserted", "Sources")
    rows = [
        (
            escape(e.text),
            escape(e.type),
            escape(e.status_label),
            escape(e.actor),
            escape(e.target),
            f"{e.confidence:.2f}",
            escape(e.why_weak),
            "; ".join(_cite(report.span) for report in e.reports),
        )
        for e in timeline.weaker
    ]
    summary = f"{count_label(len(timeline.weaker), 'weaker reading')}, kept but not asserted"
    return f"<details><summary>{summary}</summary>\n\n" + _table(columns, rows) + "\n\n</details>"


def _status(event: TimelineEvent) -> str:
    """``occurred``; ``_ongoing_`` (happening, not over); ``**planned**`` and the rest that did not happen."""
    label = escape(event.status_label)
    if not event.happened:
        return f"**{label}**"
    return label if event.status == "occurred" else f"_{label}_"


def _when(event: TimelineEvent) -> str:
    """``Mon 6 Jul 2015 · day``; the article's date is marked as such, since the event may be earlier."""
    granularity = f" · {escape(event.when.granularity)}" if event.when.granularity else ""
    return escape(event.when.text) + granularity


def _what(event: TimelineEvent) -> str:
    """The event's words; what did not happen is italic, and a quotation it sits in is named and cited."""
    words = escape(event.text) if event.happened else f"_{escape(event.text)}_"
    if event.quote is None:
        return words
    speaker = f" by {escape(event.quote.speaker)}" if event.quote.speaker else ""
    return f"{words} (in a quotation{speaker}, {escape(event.quote.span.cite)})"


def _pairs(timeline: Timeline) -> str:
    """Each pair of parties with the PLOVER scores of its events that happened: total, mean, count."""
    title = f"## {timeline.pairs_title}"
    if timeline.empty:
        return f"{title}\n\n{NONE_YET}"
    if not timeline.pairs:
        return f"{title}\n\n_No pair of parties (an actor and a target) with an event that took place._"
    note = (
        "PLOVER conflict–cooperation scores (PLOVER manual, Draft 0.8) summed over each pair's events that "
        "took place, each event once however many outlets report it; events that were only planned, "
        "threatened, hypothetical, negated or alleged are not counted."
    )
    columns = ("Actor → target", "Total", "Mean", "Events", "Not counted")
    rows = [
        (
            escape(p.label),
            escape(p.total_label),
            escape(p.mean_label),
            str(p.count),
            str(p.not_counted) if p.not_counted else "",
        )
        for p in timeline.pairs
    ]
    return f"{title}\n\n{note}\n\n" + _table(columns, rows)


__all__ = ["brief_to_markdown", "escape"]
