"""The "Figures" table with agreement marks, and the "Outlets compared" section listing every comparison.

The link stage sets claims from different places side by side (``comparisons`` in the brief: the same
figure in two outlets, or numbers that should add up). A reader of one figure should see at once that
another outlet agrees or gives a different number, and reach that other claim in one click; a reader of the
comparisons should see the disagreements first. An item id the brief does not know is shown as the id.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar

from sitroom.render.spans import UNKNOWN_OUTLET, Span, span_of
from sitroom.types import Article, Comparison, Figure, Time

# Disagreements first: an inconsistency within the numbers, then outlets that differ, then agreement.
VERDICT_ORDER = {"inconsistent": 0, "differ": 1, "agree": 2}
VERDICT_WORDS = {"agree": "agrees with", "differ": "differs from", "inconsistent": "inconsistent with"}


@dataclass(frozen=True, slots=True)
class ComparedItem:
    """One figure or time in a comparison: its words and span, or only its id when the brief lacks it."""

    id: str
    text: str | None
    span: Span | None

    @property
    def source(self) -> str:
        """Who stated it: the outlet (or "unknown outlet"), or the bare id of an item the brief lacks."""
        if self.span is None:
            return self.id
        return self.span.outlet or UNKNOWN_OUTLET


@dataclass(frozen=True, slots=True)
class Mark:
    """What one comparison says about a figure: the verdict and the other items it was compared with."""

    verdict: str
    others: tuple[ComparedItem, ...]
    note: str

    @property
    def phrase(self) -> str:
        """``agrees with``, ``differs from``, ``inconsistent with``."""
        return VERDICT_WORDS.get(self.verdict, f"{self.verdict}:")

    @property
    def shows_values(self) -> bool:
        """Whether the others' own words are worth showing: only when they do not agree."""
        return self.verdict != "agree"


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One figure as the table shows it, with a mark for each comparison it takes part in."""

    text: str
    amount: str
    unit: str | None
    counts: str | None
    qualifier: str
    span: Span
    marks: tuple[Mark, ...]


@dataclass(frozen=True, slots=True)
class Figures:
    """The figures in brief order, each with its agreement marks."""

    key: ClassVar[str] = "figures"
    title: ClassVar[str] = "Figures"

    rows: tuple[FigureRow, ...]


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    """One comparison: its kind (figure, arithmetic), verdict, items in the brief's order, and its note."""

    kind: str
    verdict: str
    items: tuple[ComparedItem, ...]
    note: str


@dataclass(frozen=True, slots=True)
class Comparisons:
    """Every comparison, inconsistent first, then differ, then agree (brief order within each)."""

    key: ClassVar[str] = "comparisons"
    title: ClassVar[str] = "Outlets compared"

    rows: tuple[ComparisonRow, ...]


def compare(
    figures: Sequence[Figure],
    times: Sequence[Time],
    comparisons: Sequence[Comparison],
    articles: Mapping[str, Article],
) -> tuple[Figures, Comparisons]:
    """The figures table with its marks, and the comparisons ranked by verdict."""
    known = {f.id: _item(f, articles) for f in figures} | {t.id: _item(t, articles) for t in times}
    rows = tuple(
        sorted(
            (_row(c, known) for c in comparisons),
            key=lambda row: VERDICT_ORDER.get(row.verdict, len(VERDICT_ORDER)),
        )
    )
    marks = _marks(rows)
    table = Figures(tuple(_figure_row(f, marks.get(f.id, ()), articles) for f in figures))
    return table, Comparisons(rows)


def _amount(value: object, high: object) -> str:
    """A figure's value with thousands separators, and its upper bound for a range: ``1,200–1,500``."""
    text = _number(value)
    return f"{text}–{_number(high)}" if high is not None else text


def _item(record: Figure | Time, articles: Mapping[str, Article]) -> ComparedItem:
    return ComparedItem(record.id, record.text, span_of(articles, record.article, record.start, record.end))


def _row(comparison: Comparison, known: Mapping[str, ComparedItem]) -> ComparisonRow:
    items = tuple(known.get(item, ComparedItem(item, None, None)) for item in comparison.items)
    return ComparisonRow(comparison.kind, comparison.verdict, items, comparison.note)


def _marks(comparisons: Iterable[ComparisonRow]) -> dict[str, tuple[Mark, ...]]:
    """Each compared item's marks, one per comparison naming it, pointing at that comparison's other items."""
    marks: dict[str, list[Mark]] = {}
    for comparison in comparisons:
        for item_id in dict.fromkeys(item.id for item in comparison.items):
            others = tuple(other for other in comparison.items if other.id != item_id)
            marks.setdefault(item_id, []).append(Mark(comparison.verdict, others, comparison.note))
    return {item_id: tuple(found) for item_id, found in marks.items()}


def _figure_row(figure: Figure, marks: tuple[Mark, ...], articles: Mapping[str, Article]) -> FigureRow:
    return FigureRow(
        text=figure.text,
        amount=_amount(figure.value, figure.high),
        unit=figure.unit,
        counts=figure.counts,
        qualifier=figure.qualifier,
        span=span_of(articles, figure.article, figure.start, figure.end),
        marks=marks,
    )


def _number(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int | float) and not isinstance(value, bool) else str(value)


__all__ = [
    "ComparedItem",
    "ComparisonRow",
    "Comparisons",
    "FigureRow",
    "Figures",
    "Mark",
    "compare",
]
