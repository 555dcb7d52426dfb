"""The shapes time expressions take in English news, as regular expressions over the text.

Each pattern names what it reads (a full date, a weekday, "last week", "three years ago", "every Friday"...);
:mod:`sitroom.extract.times` finds them all, keeps the longest where they overlap, and resolves each one.
The words come from ``lexicons/time_words.tsv`` and ``lexicons/number_words.tsv``.
"""

from __future__ import annotations

import re
from functools import cache

from sitroom import lexicons

ORDINAL_SUFFIX = r"(?:st|nd|rd|th)"


@cache
def words(kind: str) -> dict[str, str]:
    """The time words of one kind (``weekday``, ``month``, ``unit``...) with their values."""
    return {word: value for row_kind, word, value in lexicons.table("time_words.tsv", 3) if row_kind == kind}


@cache
def number_words() -> dict[str, int]:
    """Counts written as words ("three", "a dozen"); vague plurals such as "tens" are left out."""
    return {
        word: int(float(value)) for word, value, high in lexicons.table("number_words.tsv", 3) if not high
    }


def _any(options: object) -> str:
    """An alternation of ``options``, longest first so "sept" wins over "sep"."""
    return "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in sorted(options, key=len, reverse=True))


@cache
def patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``(name, pattern)`` pairs; the name says which reading :mod:`times` gives a match."""
    weekday = _any(words("weekday"))
    months = words("month")
    month_full = _any(w for w in months if len(w) > 4 or w in ("march", "april", "june", "july", "may"))
    abbreviations = _any(w for w in months if len(w) <= 4 and w not in ("may", "june", "july"))
    month_any = rf"(?:{month_full}|(?:{abbreviations})\.?)"
    season = _any(words("season"))
    part = _any(words("part"))
    unit = _any(words("unit"))
    units = rf"(?:{unit})s?"
    count = rf"(?:{_any(number_words())}|\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|a|an|one|another)"
    vague = r"a\s+couple\s+of|(?:a\s+)?few|several"
    small = _any(list(number_words())[:12])
    mod = rf"(?:{_any(words('mod'))}|mid-|mid\s+)"
    short_mod = r"(?:early|late|mid-|mid\s+)"
    bound = r"at\s+least|up\s+to|more\s+than|less\s+than|nearly|almost|about|around|roughly|some"
    comma = r"\s*,?\s*"
    year = r"(?:1[0-9]|20)\d\d"
    day = rf"(?:[12]\d|3[01]|0?[1-9]){ORDINAL_SUFFIX}?"
    not_a_year_after = r"(?![\d,.%]\d|\d|%|[A-Za-z])"
    table = {
        "full_date": rf"(?:(?P<wd>{weekday}){comma})?(?:(?P<mod>{mod})\s*)?"
        rf"(?:(?P<m1>{month_any})\s+(?P<d1>{day})|(?P<d2>{day})\s+(?:of\s+)?(?P<m2>{month_any})"
        rf"|the\s+(?P<d3>{day})\s+of\s+(?P<m3>{month_full}))(?!\d)(?:{comma}(?P<y>{year}))?(?![\d:])",
        "iso_date": rf"(?P<y>{year})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)(?!\d)",
        "month": rf"(?:(?P<mod>{mod})\s*)?(?P<m>{month_full})(?:{comma}(?:of\s+)?(?P<y>{year}))?(?![\w-])",
        "year": rf"(?:(?P<mod>{mod})\s*)?(?P<y>{year})"
        rf"(?:\s*(?:-|–|/)\s*(?P<y2>\d\d(?:\d\d)?))?{not_a_year_after}",
        "decade": rf"(?:the\s+)?(?:(?P<mod>{short_mod})\s*)?(?:(?P<y>1[0-9]\d|20\d)0s|'(?P<yy>\d)0s)"
        rf"|the\s+(?:(?P<mod2>{short_mod})\s*)?(?P<word>{_any(words('decade'))})",
        "century": rf"the\s+(?:(?P<mod>{short_mod})\s*)?(?P<n>\d{{1,2}}{ORDINAL_SUFFIX}|[a-z]+(?:-first)?)"
        r"\s+century",
        "deictic": rf"(?:(?P<mod>early|late)\s+)?(?P<word>{_any(words('deictic'))}"
        rf"|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|this\s+(?:{part})|last\s+night)"
        rf"(?:(?P<poss>'s)|\s+(?P<part>{part}))?(?!\w)",
        "relative": rf"(?:(?P<mod>{mod}|earlier|later)\s+)?"
        r"(?P<rel>this\s+past|this|last|next|coming|past|previous)"
        rf"\s+(?P<what>week|weekend|month|year|quarter|decade|century|{season}|{weekday}|{month_full})"
        rf"(?:\s+(?P<part>{part}))?(?!\w)",
        "period_end": rf"(?P<mod>{mod})\s+the\s+(?P<what>week|weekend|month|year|quarter)(?!\w)"
        r"|(?P<word>year[\s-]end)(?!\w)",
        "weekday": rf"(?:(?P<mod>late|early)\s+on\s+|(?P<hours>the\s+early\s+hours\s+of)\s+)?"
        rf"(?P<wd>{weekday})"
        rf"(?:\s+(?P<part>{part}))?(?!\w)",
        "weekend": r"(?P<what>the\s+weekend)(?!\w)",
        "season": rf"(?:(?P<mod>{short_mod})\s*)?(?:the\s+)?(?P<s>{season})(?:\s+of)?\s+(?P<y>{year})(?!\d)",
        "quarter": r"(?:the\s+)?(?P<ord>first|second|third|fourth|final)\s+(?P<unit>quarter|half)\s+of\s+"
        rf"(?:(?P<y>{year})|(?P<rel>this|last|next|the)\s+year)(?!\w)|Q(?P<q>[1-4])\s+(?P<qy>{year})(?!\d)",
        "ago": rf"(?P<n>{count}|a\s+few|several|some)\s+(?P<unit>{units})\s+ago(?!\w)",
        "later": rf"(?P<n>{count})\s+(?P<unit>{units})\s+(?P<dir>later|earlier|afterwards)(?!\w)"
        rf"|the\s+(?P<unit2>{unit})\s+(?P<dir2>before|after)(?=\s*[,.;:)]|\s+(?:that|this)\b)",
        "narrative": rf"the\s+(?P<rel>next|following|previous|same)\s+(?P<what>{unit}|{part})(?!\w)"
        rf"|that\s+(?P<what2>day|{part}|week|month|year|weekend)(?!\w)",
        "part_of_day": rf"the\s+(?P<what>{part})(?!\w)|the\s+early\s+hours(?!\s+of)(?!\w)",
        "clock": r"(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am|pm)(?!\w)"
        r"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![\d:])"
        rf"|(?P<w>{small}|\d{{1,2}})\s+(?:o'clock|in\s+the\s+(?:morning|afternoon|evening))"
        r"|(?P<word>midnight|noon|midday)(?!\w)",
        "set": rf"(?:every|each)\s+(?:other\s+)?(?:(?P<n>{count})\s+)?"
        rf"(?P<what>{units}|{weekday}|{part})(?:\s+(?:{part}))?(?!\w)",
        "duration": rf"(?:(?P<bound>{bound})\s+)?(?:(?P<rel>the\s+(?:past|last|next|coming|first|final))\s+)?"
        rf"(?P<n>{count}|{vague})[-\s]+(?P<unit>{units})(?P<long>-long)?(?![\w-])",
        "period_duration": rf"(?P<rel>the\s+(?:past|last|next|coming))\s+(?P<unit>{unit})(?!\w)",
        "bare_duration": r"(?P<unit>days|weeks|months|years|hours|minutes|decades)(?!\w)",
    }
    return tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in table.items())
