"""Find the stretches of text between quotation marks, straight or curly, double or single.

News text mixes the marks freely and uses the same character for a closing single quote and an
apostrophe (``Russia’s``, ``don’t``, ``the Greeks’ vote``). Some copy types a double mark as two
single ones (``‘‘…’’``, or two backticks … two straight apostrophes), read here as one double mark.
A quotation that runs over paragraphs leaves its closing mark off at each paragraph end and reopens
the next paragraph with an opening mark, double or (British copy) single; an open single mark that no
later paragraph reopens and closes is taken for an apostrophe. A transcript quoted whole may instead
leave the paragraphs after its first unmarked and close at the end of a later one: paragraphs with no
marks at all, up to the first mark, which closes. This module reads those conventions; it
knows nothing of speakers or grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

_OPEN_DOUBLE = "“„«"
_CLOSE_DOUBLE = "”»"
_OPEN_SINGLE = "‘‹"
_CLOSE_SINGLE = "’›"
_BEFORE_OPENING = set(" \t\n([{—–-/:;,") | set(_OPEN_DOUBLE) | {'"'}
_PARAGRAPH = re.compile(r"\n\s*\n")
# Two single marks typed for one double mark: read as the double mark, the other character as a space.
_PAIRED_OPENING = re.compile(r"‘‘|``")
_PAIRED_CLOSING = re.compile(r"’’|''")
_STRAIGHT_OPENING = re.compile(r"(?<![^\s(\[])''(?=\w)")  # at a text's or a word's start, before a word


@dataclass(frozen=True, slots=True)
class Quoted:
    """Quoted words: ``start:end`` without the marks, ``parts`` per paragraph, ``double`` for “…”."""

    start: int
    end: int
    parts: tuple[tuple[int, int], ...]
    double: bool
    closed: bool
    nested: bool = False  # a quotation inside another one


def find_quoted(text: str) -> list[Quoted]:
    """Every quoted stretch of ``text`` in order of its opening mark, nested ones included."""
    text = _paired_marks(text)
    found: list[Quoted] = []
    continuing: Quoted | None = None  # a quotation still open from earlier paragraphs
    held: list[tuple[int, int]] = []  # paragraphs with no marks after it, which it may run over
    for start, end in _paragraphs(text):
        quotes, still_open = _scan_paragraph(text, start, end)
        if continuing is not None and continuing.double and not _opens_with_mark(text, start):
            mark = _first_double_mark(text, start, end)
            if mark is None and not quotes and still_open is None:
                held.append((start, end))
                continue
            if mark is not None and _closes(text, mark, start, end):
                # a transcript quoted whole: its closing mark ends a later paragraph none reopened
                spans = [*held, (start, mark)]
                parts = (
                    *continuing.parts,
                    *(_quoted(text, a, b, double=True, nested=False).parts[0] for a, b in spans),
                )
                found.append(Quoted(parts[0][0], parts[-1][1], parts, True, True))
                continuing, held = None, []
                quotes, still_open = _scan_paragraph(text, mark + 1, end)
        if held and continuing is not None:  # paragraphs with no marks ended it after all
            found.append(continuing)
            continuing = None
        held = []
        if continuing is not None:
            reopened = _after_opening_mark(text, start, double=continuing.double)
            if quotes and quotes[0].start == reopened:
                first = quotes.pop(0)
                joined = _joined(continuing, first)
                if first.closed or still_open is None or still_open.start != first.start:
                    found.append(replace(joined, closed=first.closed))
                    continuing = None
                else:
                    continuing, still_open = joined, None
            elif still_open is not None and still_open.start == reopened:
                continuing, still_open = _joined(continuing, still_open), None
            else:
                if continuing.double:  # an unclosed single mark may have been an apostrophe ("the '90s")
                    found.append(continuing)
                continuing = None
        found.extend(quotes)
        if still_open is not None:
            continuing = still_open
    if continuing is not None and continuing.double:
        found.append(continuing)
    return sorted(found, key=lambda q: (q.start, -q.end))


def _opens_with_mark(text: str, start: int) -> bool:
    return start < len(text) and text[start] in _OPEN_DOUBLE + _OPEN_SINGLE + "\"'"


def _first_double_mark(text: str, start: int, end: int) -> int | None:
    """Where the paragraph's first double mark, opening or closing, stands; None where it has none."""
    return next((i for i in range(start, end) if text[i] in _OPEN_DOUBLE + _CLOSE_DOUBLE + '"'), None)


def _closes(text: str, mark: int, start: int, end: int) -> bool:
    """Whether the double mark at ``mark`` closes: a curly closing mark, or a straight one that cannot open
    (after a word, before a space or the paragraph's end)."""
    before = text[mark - 1] if mark > start else " "
    after = text[mark + 1] if mark + 1 < end else " "
    return text[mark] in _CLOSE_DOUBLE or (text[mark] == '"' and not _opens(before, after))


def _joined(earlier: Quoted, later: Quoted) -> Quoted:
    """One quotation running over paragraphs: the parts of both, still open."""
    parts = (*earlier.parts, *later.parts)
    return Quoted(parts[0][0], parts[-1][1], parts, earlier.double, False)


def _paired_marks(text: str) -> str:
    """``text`` with each pair of single marks standing for a double one replaced by that double mark and
    a space, so that every offset stays where it was. Two straight apostrophes open a quotation where
    they start a word (``''I agreed,'' he said``) and close one elsewhere."""
    if "‘‘" not in text and "’’" not in text and "``" not in text and "''" not in text:
        return text
    text = _PAIRED_OPENING.sub(" “", text)
    text = _STRAIGHT_OPENING.sub(" “", text)
    return _PAIRED_CLOSING.sub("” ", text)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _PARAGRAPH.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if e > s]


def _after_opening_mark(text: str, start: int, *, double: bool) -> int:
    """Where the words start after the mark that reopens a quotation at a paragraph's start, else -1."""
    marks = (_OPEN_DOUBLE + '"') if double else (_OPEN_SINGLE + "'")
    return start + 1 if start < len(text) and text[start] in marks else -1


def _scan_paragraph(text: str, start: int, end: int) -> tuple[list[Quoted], Quoted | None]:
    """The closed quotations of one paragraph, and one left open at its end (if any).

    A curly opening mark inside an open quotation opens a quotation inside it (a writer quoting
    someone); its closing mark closes the inner one first.
    """
    found: list[Quoted] = []
    doubles: list[int] = []  # starts of the open double quotations, innermost last
    single_at: int | None = None
    for i in range(start, end):
        ch = text[i]
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if ch in _OPEN_DOUBLE or (ch == '"' and not doubles and _opens(before, after)):
            doubles.append(i + 1)
            single_at = None
        elif doubles and (ch in _CLOSE_DOUBLE or ch == '"'):
            single_at = None  # a single quotation left open inside is an apostrophe after all
            opened = doubles.pop()
            found.append(_quoted(text, opened, i, double=True, nested=bool(doubles)))
        elif ch in _OPEN_SINGLE or (ch == "'" and single_at is None and _opens(before, after)):
            if single_at is None and not after.isspace():
                single_at = i + 1
        elif single_at is not None and (ch in _CLOSE_SINGLE or ch == "'") and _closes_single(before, after):
            found.append(_quoted(text, single_at, i, double=False, nested=bool(doubles)))
            single_at = None
    left_open = _quoted(text, doubles[0], end, double=True, nested=False, closed=False) if doubles else None
    if left_open is None and single_at is not None:
        left_open = _quoted(text, single_at, end, double=False, nested=False, closed=False)
    return [q for q in found if q.end > q.start], left_open


def _opens(before: str, after: str) -> bool:
    """A straight mark opens a quotation after a space or bracket and before a word."""
    return before in _BEFORE_OPENING and not after.isspace()


def _closes_single(before: str, after: str) -> bool:
    """A closing single mark ends a word and is not followed by a letter (``don’t`` is an apostrophe)."""
    return not before.isspace() and not after.isalnum()


def _quoted(text: str, start: int, end: int, *, double: bool, nested: bool, closed: bool = True) -> Quoted:
    """The words between the marks, without the spaces some writers leave inside them (“ like this ”)."""
    inner = text[start:end]
    if inner.strip():
        start, end = start + len(inner) - len(inner.lstrip()), end - len(inner) + len(inner.rstrip())
    return Quoted(start, end, ((start, end),), double, closed, nested)
