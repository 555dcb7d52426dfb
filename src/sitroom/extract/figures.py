"""Quantities that matter: troops, deaths, money, shares of a vote, with what they count and who claims them.

A figure is read from the text around a number: a currency before it (``€1.6bn``, ``$11 billion``), a scale
(``bn``, ``million``, ``100k``), a unit after it (``per cent``, ``euros``, ``km``), a qualifier before it
(``more than``, ``an estimated``, ``up to``), a range (``between 50 and 70``), digits in Western or Indian
grouping (``100,000``, ``1,00,000``) or words (``two``, ``a dozen``, ``tens of thousands``). What it counts
is the noun it quantifies, from the parse. Years, dates, times, ordinals and numbers inside names are not
figures; a figure inside a quotation is claimed by the quotation's speaker.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from sitroom import lexicons
from sitroom.extract._syntax import doc_text
from sitroom.extract.context import context_words
from sitroom.types import FigureRecord, MentionRecord, QuoteRecord

_DIGITS = r"\d{1,3}(?:,\d{2})*,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALE_SUFFIXES = {"k": 1e3, "m": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
# Entity types whose numbers belong to a name or a date, not to a figure.
_NOT_FIGURES = {
    "DATE",
    "TIME",
    "ORDINAL",
    "PERSON",
    "ORG",
    "FAC",
    "EVENT",
    "LAW",
    "PRODUCT",
    "WORK_OF_ART",
    "GPE",
}
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")


def extract_figures(
    doc: Doc, mentions: tuple[MentionRecord, ...], quotes: tuple[QuoteRecord, ...]
) -> tuple[FigureRecord, ...]:
    """Every figure in ``doc`` in text order, with its value, unit, what it counts and who claims it."""
    text = doc_text(doc)
    found: list[FigureRecord] = []
    taken: list[tuple[int, int]] = []
    for pattern in _patterns():
        for match in pattern.finditer(text):
            start, end = match.span("figure")
            if any(s < end and start < e for s, e in taken) or not _is_figure(doc, match):
                continue
            record = _record(doc, match, quotes)
            if record is not None:
                found.append(record)
                taken.append((record.start, record.end))
    return tuple(sorted(found, key=lambda f: f.start))


def _record(doc: Doc, match: re.Match[str], quotes: tuple[QuoteRecord, ...]) -> FigureRecord | None:
    groups = match.groupdict()
    if groups.get("words"):
        value, high = _word_value(groups["words"])
    else:
        scale = groups["scale"] or groups["scale_high"]  # "between 50 and 70 billion": both are billions
        value = _value(groups["number"], scale)
        high = _value(groups["high"], groups["scale_high"] or scale) if groups["high"] else None
    if value is None:
        return None
    unit = _unit(groups["prefix"]) or _unit(groups["suffix"])
    qualifier = "range" if high is not None else _qualifier(groups.get("qualifier"))
    start, end = match.span("figure")
    return FigureRecord(
        start=start,
        end=end,
        value=value,
        high=high,
        unit=unit,
        counts=_counts(doc, end, unit),
        qualifier=qualifier,
        claimed_by=_claimant(start, quotes),
        context=context_words(doc, start, end),
    )


def _is_figure(doc: Doc, match: re.Match[str]) -> bool:
    """Not a year, a date, a time, an ordinal or a number inside a name.

    A number with a currency, a unit or a scale is a figure whatever the model's entity label says (the
    small model calls "between 50 and 70 billion" a date); a bare one is not inside a date or a name.
    """
    start, end = match.span("figure")
    text = doc_text(doc)
    before = text[max(0, start - 1) : start]
    after = text[end : end + 2]
    if before.isalnum() or (before == "-" and start > 1 and text[start - 2].isalpha()):
        return False  # "G7", "F-16", "Covid-19"
    if (after[:1] == ":" and after[1:2].isdigit()) or after[:1].isalpha():
        return False  # "10:30", "1st"
    groups = match.groupdict()
    measured = bool(groups["prefix"] or groups["suffix"] or groups["scale"] or groups["scale_high"])
    if measured:
        return True
    if _YEAR.fullmatch(groups["number"] or "") and not groups["high"]:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and any(t.ent_type_ in _NOT_FIGURES for t in span):
        return False
    return not (groups.get("words") and not _quantifies_a_noun(doc, end))


def _quantifies_a_noun(doc: Doc, end: int) -> bool:
    """A number in words is a figure when a plural noun follows ("two ministers", "thousands of people")."""
    span = doc.char_span(end, min(len(doc_text(doc)), end + 40), alignment_mode="expand")
    if span is None:
        return False
    for token in span:
        if token.lower_ in {"of", "more", "other"} or token.pos_ in {"ADJ", "DET"}:
            continue
        return token.tag_ in {"NNS", "NNPS"}
    return False


def _value(number: str | None, scale: str | None) -> float | int | None:
    if not number:
        return None
    value = float(number.replace(",", ""))
    if scale:
        scale = scale.strip().lower()
        value *= _SCALE_WORDS.get(scale) or _SCALE_SUFFIXES.get(scale, 1)
    return int(value) if value.is_integer() else value


def _word_value(words: str) -> tuple[float | int, float | int | None]:
    value, high = _number_words()[words.lower()]
    return int(value), int(high) if high is not None else None


def _unit(surface: str | None) -> str | None:
    return _units().get(surface.strip().lower()) if surface else None


def _qualifier(surface: str | None) -> str:
    return _qualifiers().get(" ".join(surface.lower().split()), "exact") if surface else "exact"


def _counts(doc: Doc, end: int, unit: str | None) -> str | None:
    """The noun a figure quantifies: "100,000 *troops*", "thousands of *protesters*"; money counts nothing."""
    if unit is not None and unit != "percent":
        return None
    span = doc.char_span(max(0, end - 1), end, alignment_mode="expand")
    if span is None:
        return None
    token: Token = span[-1]
    if (
        token.dep_ in {"nummod", "quantmod", "compound"}
        and token.head.pos_ in {"NOUN", "PROPN"}
        and token.head.i > token.i
    ):
        return _counted(token.head)
    following = [t for t in doc[token.i + 1 : token.i + 3]]
    if following and following[0].lower_ == "of":
        noun = next((c for c in following[0].children if c.dep_ == "pobj"), None)
        if noun is not None and noun.pos_ in {"NOUN", "PROPN"}:
            return _counted(noun)
    if (
        token.pos_ == "NOUN"
        and token.tag_ in {"NNS", "NNPS"}
        and unit is None
        and token.lower_ not in _number_words()
    ):
        return _counted(token)
    return None


def _counted(noun: Token) -> str:
    return noun.text.lower() if noun.pos_ == "NOUN" else noun.text


def _claimant(start: int, quotes: tuple[QuoteRecord, ...]) -> int | None:
    """The mention of whoever claims a figure: the speaker of a quotation that contains it."""
    for quote in quotes:
        if quote.start <= start < quote.end and quote.speaker_mention is not None:
            return quote.speaker_mention
    return None


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """The range pattern ("between 50 and 70 billion euros") first, then single amounts and number words."""
    table = _unit_table()
    prefix = _alternatives(s for s, (_u, pos) in table.items() if pos == "prefix")
    suffix = _alternatives(s for s, (_u, pos) in table.items() if pos == "suffix")
    qualifier = _alternatives(_qualifiers())
    words = _alternatives(_number_words())
    scale = r"(?:\s(?:thousand|million|billion|trillion)|(?:k|m|bn|b|tn))(?![A-Za-z])"
    tail = rf"(?:\s?(?P<suffix>{suffix})(?![A-Za-z]))?"
    low = rf"(?:(?P<prefix>{prefix})\s?)?(?P<number>{_DIGITS})(?P<scale>{scale})?"
    top = rf"(?:(?:{prefix})\s?)?(?P<high>{_DIGITS})(?P<scale_high>{scale})?"
    between = rf"(?P<figure>between\s+{low}\s+and\s+{top}{tail})"
    amount = rf"{low}(?:\s?(?:-|–|to)\s?{top})?{tail}"
    single = rf"(?P<figure>(?:(?P<qualifier>{qualifier})\s+)?(?:{amount}|\b(?P<words>{words})\b))"
    return re.compile(between, re.IGNORECASE), re.compile(single, re.IGNORECASE)


def _alternatives(options: object) -> str:
    return "|".join(re.escape(option) for option in sorted(options, key=len, reverse=True))  # type: ignore[arg-type]


@cache
def _unit_table() -> dict[str, tuple[str, str]]:
    return {surface: (unit, position) for surface, unit, position in lexicons.table("units.tsv", 3)}


@cache
def _units() -> dict[str, str]:
    return {surface: unit for surface, (unit, _position) in _unit_table().items()}


@cache
def _qualifiers() -> dict[str, str]:
    return dict(lexicons.table("figure_qualifiers.tsv", 2))


@cache
def _number_words() -> dict[str, tuple[float, float | None]]:
    return {
        word: (float(value), float(high) if high else None)
        for word, value, high in lexicons.table("number_words.tsv", 3)
    }
