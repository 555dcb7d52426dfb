"""An article's text with everything the brief found in it marked, for the article page.

Mentions, quotations, times, figures and events overlap freely (a name inside a quotation inside an
event's clause), so the text is cut at every start and end into segments, and each segment is wrapped once
with the kinds of every item covering it as classes and their readings as its title; a segment inside a
mention links to that actor's page. Each item's first segment carries an anchor (``quote-120-188``) the
page's lists link to, and the span a link asked to see (``?mark=START-END``) is marked with ``id="mark"``
on its first segment, so the browser scrolls to it. The page's text equals the article's character for
character: everything is escaped and a carriage return is written as a character reference.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

from sitroom.render.html import article_text
from sitroom.types import Brief

KINDS = ("mention", "quote", "time", "figure", "event")


@dataclass(frozen=True, slots=True)
class Note:
    """One marked item: ``text[start:end]`` is a ``kind`` read as ``label``; ``href`` where it links."""

    start: int
    end: int
    kind: str
    label: str
    href: str | None = None

    @property
    def anchor(self) -> str:
        return f"{self.kind}-{self.start}-{self.end}"


def notes_of(brief: Brief, article: str, actor_href: Callable[[str], str]) -> list[Note]:
    """Every item of ``brief`` found in ``article``, as notes; ``actor_href`` gives an entity's page."""
    names = {e.id: e for e in brief.entities}
    times = {t.id: t for t in brief.times}
    notes: list[Note] = []
    for m in brief.mentions:
        if m.article == article and (entity := names.get(m.entity)) is not None:
            notes.append(
                Note(m.start, m.end, "mention", f"{entity.name} ({entity.type})", actor_href(entity.name))
            )
    for q in brief.quotes:
        if q.article == article:
            speaker = names[q.speaker].name if q.speaker in names else q.speaker_text or "unattributed"
            for start, end in q.parts or ((q.start, q.end),):
                notes.append(Note(start, end, "quote", f"{q.kind} quotation, {speaker}"))
    for t in brief.times:
        if t.article == article:
            notes.append(Note(t.start, t.end, "time", f"time: {t.value or 'unresolved'}"))
    for f in brief.figures:
        if f.article == article:
            what = " ".join(str(part) for part in (f.value, f.unit, f.counts) if part)
            notes.append(Note(f.start, f.end, "figure", f"figure: {what} ({f.qualifier})"))
    for e in brief.events:
        if e.article == article:
            parties = " → ".join(names[p].name for p in (e.actor, e.target) if p in names)
            when = f", {times[e.time].value}" if e.time in times else ""
            notes.append(
                Note(
                    e.start,
                    e.end,
                    "event",
                    f"event {e.type}, {e.status}{when}: {parties or 'no party named'}",
                )
            )
    return notes


def marked_text(text: str, notes: Sequence[Note], mark: tuple[int, int] | None = None) -> Markup:
    """``text`` as HTML with ``notes`` marked and the span ``mark`` (if inside the text) singled out."""
    found = [n for n in notes if 0 <= n.start < n.end <= len(text)]
    if mark is not None and 0 <= mark[0] < mark[1] <= len(text):
        found.append(Note(mark[0], mark[1], "mark", "the span you followed"))
    bounds = sorted({0, len(text), *(n.start for n in found), *(n.end for n in found)})
    starting = _by_position(found, lambda n: n.start)
    active: list[Note] = []
    out: list[str] = []
    anchored_mark = False
    for left, right in pairwise(bounds):
        active = [n for n in active if n.end > left] + starting.get(left, [])
        piece = str(article_text(text[left:right]))
        if not active:
            out.append(piece)
            continue
        attributes = [f'class="{" ".join(sorted({f"k-{n.kind}" for n in active}))}"']
        attributes.append(f'title="{escape(" · ".join(n.label for n in active))}"')
        if any(n.kind == "mark" for n in active) and not anchored_mark:
            attributes.append('id="mark"')
            anchored_mark = True
        anchors = "".join(
            f'<span class="anchor" id="{n.anchor}"></span>'
            for n in starting.get(left, [])
            if n.kind != "mark"
        )
        link = next((n.href for n in active if n.href), None)
        if link is not None:
            piece = f'<a href="{escape(link)}">{piece}</a>'
        out.append(f"{anchors}<span {' '.join(attributes)}>{piece}</span>")
    return Markup("".join(out))


def _by_position(notes: Iterable[Note], where: Callable[[Note], int]) -> dict[int, list[Note]]:
    grouped: dict[int, list[Note]] = {}
    for note in notes:
        grouped.setdefault(where(note), []).append(note)
    return grouped
