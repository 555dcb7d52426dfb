"""Claims from different outlets set side by side: figures that count the same thing, times that must agree.

Two claims are about the same thing when they share a word of their sentences that is not common to the
whole story (a word most articles use, "Greece" in a story about Greece, says nothing about which claim is
which). Figures with the same unit and counted noun are compared as intervals their qualifiers allow
("more than 100,000" holds 100,000; "about 1.5 billion" does not hold 1.6 billion); durations likewise.
Time arithmetic: "seven years after he invaded Crimea" in a 2022 article dates the invasion to 2015, which
another article's "the annexation of Crimea in 2014" contradicts (the event is known by the names after
"after", found within a few words of the other article's year).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from sitroom.link.times import time_id
from sitroom.types import Article, Comparison, Extraction, Figure, Time

_SAME_SIZE = 1.2  # values further apart than this are different quantities, not disagreeing claims
_ABOUT = 0.05  # "about" allows five per cent either way: 1.5 billion is not 1.6
_BOUNDS = {
    "more_than": (1.0, math.inf),
    "at_least": (1.0, math.inf),
    "up_to": (0.0, 1.0),
    "less_than": (0.0, 1.0),
    "about": (1 - _ABOUT, 1 + _ABOUT),
    "estimated": (1 - _ABOUT, 1 + _ABOUT),
}
_DURATION_QUALIFIERS = (
    (re.compile(r"(?:at\s+least|more\s+than|over)\b", re.I), "more_than"),
    (re.compile(r"(?:up\s+to|less\s+than)\b", re.I), "up_to"),
    (re.compile(r"(?:about|around|roughly|nearly|almost|some)\b", re.I), "about"),
)
_DURATION = re.compile(r"P(\d+(?:\.\d+)?)([YMWD])")
_SINCE = re.compile(r"\s+(?:after|since)\s+(?P<event>[^,.;:!?]{3,80})", re.I)
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}\b")
_YEAR = re.compile(r"\d{4}")
_NEAR = 40  # characters either side of a year that count as "a few words"


@dataclass(frozen=True, slots=True)
class _Claim:
    """One figure or duration as a comparable claim: what it measures, its bounds, what it is about."""

    id: str
    article: str
    text: str
    kind: str  # the unit and counted noun, or the duration's unit
    value: float
    size: float  # what "of one size" compares: the value, a range's middle
    low: float
    high: float
    about: frozenset[str]


def compare(
    articles: list[Article], extractions: list[Extraction], figures: Sequence[Figure], times: Sequence[Time]
) -> tuple[Comparison, ...]:
    """Figure agreements and disagreements across articles, then time arithmetic, in a stable order."""
    contexts = _contexts(extractions)
    distinctive = _distinctive(articles, contexts)
    claims = _figure_claims(figures, contexts, distinctive)
    claims += _duration_claims(times, contexts, distinctive)
    outlets = {a.id: a.outlet or PurePath(a.source).name for a in articles}
    duplicates = {a.id: a.duplicate_of for a in articles if a.duplicate_of}
    comparisons = [_verdict(group, outlets) for group in _groups(claims, duplicates)]
    comparisons += _arithmetic(articles, times, outlets)
    return tuple(comparisons)


def _contexts(extractions: Iterable[Extraction]) -> dict[str, frozenset[str]]:
    """Each figure's and time's sentence words, by brief id."""
    contexts = {}
    for extraction in extractions:
        for n, figure in enumerate(extraction.figures, start=1):
            contexts[f"{extraction.article_id}/f{n}"] = frozenset(figure.context)
        for n, time in enumerate(extraction.times):
            contexts[time_id(extraction.article_id, n)] = frozenset(time.context)
    return contexts


def _distinctive(articles: list[Article], contexts: dict[str, frozenset[str]]) -> frozenset[str]:
    """Words that can tell one claim from another: those not found around claims in most articles."""
    per_article: dict[str, set[str]] = {}
    for key, words in contexts.items():
        per_article.setdefault(key.rsplit("/", 1)[0], set()).update(words)
    counts = Counter(word for words in per_article.values() for word in words)
    common = max(2, (len(per_article) + 1) // 2)
    return frozenset(word for word, n in counts.items() if n < common or len(per_article) <= 2)


def _figure_claims(
    figures: Iterable[Figure], contexts: dict[str, frozenset[str]], distinctive: frozenset[str]
) -> list[_Claim]:
    claims = []
    for figure in figures:
        if figure.unit is None and figure.counts is None:
            continue
        low, high = _bounds(float(figure.value), figure.high, figure.qualifier)
        kind = f"{figure.unit or ''}|{(figure.counts or '').casefold()}"
        about = (contexts.get(figure.id, frozenset()) & distinctive) - {(figure.counts or "").casefold()}
        value = float(figure.value)
        size = (value + float(figure.high)) / 2 if figure.high is not None else value
        claims.append(_Claim(figure.id, figure.article, figure.text, kind, value, size, low, high, about))
    return claims


def _duration_claims(
    times: Iterable[Time], contexts: dict[str, frozenset[str]], distinctive: frozenset[str]
) -> list[_Claim]:
    claims = []
    for time in times:
        match = _DURATION.fullmatch(time.value or "") if time.type == "duration" else None
        if match is None:
            continue
        qualifier = next((q for pattern, q in _DURATION_QUALIFIERS if pattern.match(time.text)), "exact")
        value = float(match.group(1))
        low, high = _bounds(value, None, qualifier)
        about = contexts.get(time.id, frozenset()) & distinctive
        claims.append(
            _Claim(time.id, time.article, time.text, f"P|{match.group(2)}", value, value, low, high, about)
        )
    return claims


def _bounds(value: float, high: float | None, qualifier: str) -> tuple[float, float]:
    """The values a figure allows: a range its two ends, a qualified number the stretch it opens."""
    if high is not None:
        return value, float(high)
    low_factor, high_factor = _BOUNDS.get(qualifier, (1.0, 1.0))
    return value * low_factor, value * high_factor


def _groups(claims: list[_Claim], duplicates: dict[str, str | None]) -> list[list[_Claim]]:
    """Claims linked by measuring the same thing in different articles, each group in brief order.

    Copies of the same article are not compared.
    """
    parent = list(range(len(claims)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # a claim is compared only with the earlier claims of its kind that share a word with it or its value
    # and are of about its size: each key's claims are kept sorted by size, and only a window is read
    earlier: dict[tuple[str, object], list[tuple[float, int]]] = {}
    for j, second in enumerate(claims):
        if second.size <= 0:
            continue  # of no size to compare
        keys = [(second.kind, word) for word in second.about] + [(second.kind, second.value)]
        low, high = second.size / _SAME_SIZE * (1 - 1e-9), second.size * _SAME_SIZE * (1 + 1e-9)
        for key in keys:
            sized = earlier.setdefault(key, [])
            for _, i in sized[bisect_left(sized, (low, -1)) : bisect_right(sized, (high, j))]:
                if find(i) != find(j) and _same_thing(claims[i], second, duplicates):
                    parent[find(j)] = find(i)
            insort(sized, (second.size, j))
    groups: dict[int, list[_Claim]] = {}
    for i, claim in enumerate(claims):
        groups.setdefault(find(i), []).append(claim)
    return [group for group in groups.values() if len({c.article for c in group}) > 1]


def _same_thing(first: _Claim, second: _Claim, duplicates: dict[str, str | None]) -> bool:
    """Same unit and counted noun, values of one size, and a word in common or the very same large amount.

    The same amount of money to the euro in two outlets is one claim however differently they word the
    sentence around it; small numbers ("five years", "two") recur too often to be matched on value alone.
    """
    if first.article == second.article or first.kind != second.kind:
        return False
    if duplicates.get(first.article) == second.article or duplicates.get(second.article) == first.article:
        return False
    low, high = sorted((first.size, second.size))
    if low <= 0 or high / low > _SAME_SIZE:
        return False
    if first.about & second.about:
        return True
    large = first.kind.split("|")[0] not in ("", "P") or low >= 1000
    return large and first.value == second.value


def _size(claim: _Claim) -> float:
    """The number a claim is about: a range's middle, else its stated value."""
    return (
        (claim.low + claim.high) / 2 if claim.high != math.inf and claim.low != claim.value else claim.value
    )


def _verdict(group: list[_Claim], outlets: dict[str, str]) -> Comparison:
    """``agree`` when all the claims' stretches meet, else ``differ``; the note says who said what."""
    agree = all(a.low <= b.high and b.low <= a.high for a in group for b in group)
    said = "; ".join(f"{outlets.get(c.article, c.article)}: {c.text}" for c in group)
    kind = "figure"
    return Comparison(kind, "agree" if agree else "differ", tuple(c.id for c in group), said)


def _arithmetic(articles: list[Article], times: Sequence[Time], outlets: dict[str, str]) -> list[Comparison]:
    """ "N years after X" against the years other articles give X, one comparison per such duration.

    X is known by the names in the words after "after"/"since" ("he invaded Crimea"); a year of another
    article is X's when one of those names stands within a few words of it ("the annexation of Crimea in
    2014"). Relative times ("last month") are left out: only stated years date an event.
    """
    published = {a.id: a.published for a in articles}
    texts = {a.id: a.text for a in articles}
    years = [
        t for t in times if t.type == "date" and t.anchor is None and t.value and _YEAR.fullmatch(t.value)
    ]
    years_near: dict[str, list[int]] = {}  # each name to the years it stands near, by their place in years
    for n, year in enumerate(years):
        for name in _names_near(texts[year.article], year):
            years_near.setdefault(name, []).append(n)
    comparisons = []
    for time in times:
        match = _DURATION.fullmatch(time.value or "") if time.type == "duration" else None
        when = published.get(time.article)
        event = _SINCE.match(texts[time.article][time.end :])
        if match is None or match.group(2) != "Y" or not when or event is None:
            continue
        names = {name.casefold() for name in _NAME.findall(event.group("event"))}
        near = sorted({n for name in names for n in years_near.get(name, ())})
        dated = [years[n] for n in near if years[n].article != time.article]
        if not names or not dated:
            continue
        implied = int(when[:4]) - int(float(match.group(1)))
        wrong = [t for t in dated if int(t.value[:4]) != implied]
        said = "; ".join(f"{outlets.get(t.article, t.article)}: {t.text}" for t in dated)
        note = (
            f"{outlets.get(time.article, time.article)} ({when}): “{time.text} after "
            f"{event.group('event').strip()}” puts it in {implied}; {said}"
        )
        verdict = "inconsistent" if wrong else "agree"
        comparisons.append(Comparison("arithmetic", verdict, (time.id, *(t.id for t in dated)), note))
    return comparisons


def _names_near(text: str, time: Time) -> set[str]:
    """The capitalised words within a few words either side of ``time`` in its article."""
    window = text[max(0, time.start - _NEAR) : time.end + _NEAR]
    return {name.casefold() for name in _NAME.findall(window)}
