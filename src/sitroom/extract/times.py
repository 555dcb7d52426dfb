"""Time expressions resolved to TIMEX3 values against the article's date and the story it tells.

The grammar (:mod:`sitroom.extract.time_grammar`) finds the words; this module decides what they mean.
Weekdays and dates without a year follow the tense of the verb that governs them ("said on Friday" is the
Friday before publication, "will meet on Friday" the one after); "last week" follows the newspaper week
rule of DESIGN.md; "A day later", "that evening" and "the next day" count from the last day the narrative
has fixed, skipping times inside quotations, and name that time as their anchor. Durations and sets keep
their own values. In an article with no date, relative expressions keep a null value: nothing is guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from sitroom import lexicons, timex
from sitroom.extract._syntax import doc_text
from sitroom.extract.context import context_words
from sitroom.extract.time_grammar import number_words, patterns, words
from sitroom.types import QuoteRecord, TimeRecord

_FUTURE_AUX = {
    "will",
    "'ll",
    "shall",
    "wo",
    "would",
    "could",
    "might",
    "may",
    "should",
    "must",
    "ca",
    "going",
}
# A month name or weekday that is also a common word needs a word around it that makes it a date.
_AMBIGUOUS_MONTHS = {"may", "march"}
_DATE_CUES = {
    "in",
    "on",
    "since",
    "until",
    "till",
    "by",
    "from",
    "to",
    "through",
    "of",
    "last",
    "next",
    "this",
    "early",
    "late",
    "mid",
    "mid-",
    "between",
    "and",
    "before",
    "after",
    "during",
    "end",
}
_DURATION_CUES = {
    "for",
    "within",
    "in",
    "over",
    "after",
    "before",
    "than",
    "nearly",
    "almost",
    "about",
    "just",
    "only",
    "barely",
    "took",
    "lasted",
    "spent",
    "another",
    "past",
    "next",
    "least",
    "to",
}
_PART_CUES = {"in", "during", "through", "into", "by", "overnight", "at", "of", "late", "early", "until"}
_BARE_UNIT_STOPS = {
    "the",
    "these",
    "those",
    "recent",
    "coming",
    "past",
    "early",
    "final",
    "first",
    "last",
    "previous",
    "following",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "few",
    "many",
    "several",
    "some",
    "all",
    "two",
    "three",
}
_MAX_CLIMB = 6  # words from a date up to the verb it dates: "Friday" -> "on" -> "said"
_EARLIEST_BARE_YEAR = 1800  # an older year needs a word that makes it one: "in 1066"
_APPROXIMATE = {"about", "around", "roughly", "some"}
_STEPS = {"this": 0, "last": -1, "previous": -1, "next": 1, "coming": 1, "past": -1, "this past": -1}
_NOT_AFTER_DURATION = re.compile(r"[-\s]*(?:old|of\s+age|ago|later|earlier)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Reading:
    """What a match means before it is resolved: the type and how its value is found."""

    type: str
    value: str | None
    granularity: str | None
    mod: str | None = None
    anchor: str | None = None  # None (absolute), "published", "narrative"


@dataclass(frozen=True, slots=True)
class _Context:
    """What a reading is resolved against: the article's day, the verb's tense, the narrative's last day."""

    published: dt.date | None
    tense: str | None
    narrative: dt.date | None


def extract_times(
    doc: Doc, published: str | None, quotes: tuple[QuoteRecord, ...] = ()
) -> tuple[TimeRecord, ...]:
    """Every time expression in ``doc`` in text order, resolved against ``published`` (``YYYY-MM-DD``)."""
    reference = _date(published)
    records: list[TimeRecord] = []
    story: int | None = None  # index of the last day the story so far has fixed
    ahead: int | None = None  # index of the last day named outside quotations, plans included
    for name, match, start, end, tense in _matches(doc, reference):
        narrative = ahead if tense == "future" and ahead is not None else story
        narrative_day = timex.first_day(records[narrative].value) if narrative is not None else None
        reading = _read(name, match, _Context(reference, tense, narrative_day), doc_text(doc))
        if reading is None:
            continue
        anchor: str | int | None = reading.anchor
        value = reading.value
        if anchor == "narrative":
            anchor = narrative if narrative is not None else "published"
            if narrative is None and reference is None:
                value, anchor = None, None
        elif anchor == "published" and reference is None:
            value, anchor = None, None
        record = TimeRecord(
            start,
            end,
            reading.type,
            value,
            reading.granularity,
            reading.mod,
            anchor,
            context_words(doc, start, end),
        )
        if records and (interval := _between(records[-1], record, doc_text(doc))) is not None:
            records[-1] = interval
            continue
        records.append(record)
        if _names_a_day(reading.type, reading.granularity, value) and not _quoted(start, quotes):
            ahead = len(records) - 1
            if _in_the_past(value, tense, reference):
                story = ahead
    return tuple(records)


def cue_time(doc: Doc, quote: QuoteRecord, times: tuple[TimeRecord, ...]) -> int | None:
    """The index of the date that dates a quotation's cue, or None when the cue has no date of its own.

    The date must hang on the cue itself ("Lavrov said on Friday that …"), not on another verb of the
    sentence ("Truss, due to visit Kyiv next month, insisted …") nor inside the quoted words.
    """
    if quote.cue_start is None:
        return None
    cue = doc.char_span(quote.cue_start, quote.cue_end or quote.cue_start + 1, alignment_mode="expand")
    if cue is None:
        return None
    inside = quote.parts or ((quote.start, quote.end),)
    for n, time in enumerate(times):
        if time.type != "date" or any(s <= time.start < e for s, e in inside):
            continue
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is not None and span.sent == cue.sent and _hangs_on(span.root, cue.root):
            return n
    return None


def _hangs_on(token: Token, verb: Token) -> bool:
    """Whether ``token`` depends on ``verb`` through words that are not verbs themselves."""
    for _ in range(_MAX_CLIMB):
        if token == verb:
            return True
        if token.pos_ in ("VERB", "AUX") or token.head == token:
            return False
        token = token.head
    return False


def _between(first: TimeRecord, second: TimeRecord, text: str) -> TimeRecord | None:
    """ "between mid-January and mid-February" as one interval ``2022-01-15/2022-02-15``, else None."""
    if (
        first.type != "date"
        or second.type != "date"
        or not re.fullmatch(r"\s+and\s+", text[first.end : second.start])
    ):
        return None
    opening = re.search(r"\bbetween\s+$", text[max(0, first.start - 10) : first.start], re.IGNORECASE)
    if opening is None:
        return None
    start = first.start - (len(opening.group(0)))
    low, high = _interval_bound(first, "low"), _interval_bound(second, "high")
    value = f"{low}/{high}" if low and high else None
    granularity = (
        first.granularity if first.granularity == second.granularity and first.mod is None else "day"
    )
    anchor = first.anchor or second.anchor
    return TimeRecord(start, second.end, "date", value, granularity, None, anchor, first.context)


def _interval_bound(record: TimeRecord, side: str) -> str | None:
    """A time as one end of an interval: a month in its middle (``mid-``) becomes the 15th."""
    if record.value is None or "/" in record.value:
        return record.value.split("/")[0 if side == "low" else 1] if record.value else None
    if record.granularity == "month" and record.mod == "MID":
        return record.value + "-15"
    return record.value


def _names_a_day(kind: str, granularity: str | None, value: str | None) -> bool:
    """A resolved day, which "that evening" or "a day later" can count from."""
    return kind == "date" and granularity == "day" and timex.first_day(value) is not None


def _in_the_past(value: str | None, tense: str | None, reference: dt.date | None) -> bool:
    """A day of the story so far: days ahead of publication or in a future sentence are plans.

    A past sentence counts from the story's last day; a future one ("A day later, ministers will meet")
    from the last day named, plans included.
    """
    day = timex.first_day(value)
    return tense != "future" and day is not None and (reference is None or day <= reference)


def _date(published: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published) if published else None
    except ValueError:
        return None


def _quoted(start: int, quotes: tuple[QuoteRecord, ...]) -> bool:
    return any(q.start <= start < q.end for q in quotes)


def _matches(doc: Doc, reference: dt.date | None) -> list[tuple[str, re.Match[str], int, int, str | None]]:
    """Every pattern's matches that read as a time, the longest kept where they overlap, in text order.

    Whether a match reads as a time does not depend on the narrative, so a stand-in day serves here.
    """
    text = doc_text(doc)
    stand_in = _Context(reference, None, reference or dt.date(2000, 1, 1))
    found = []
    for name, pattern in patterns():
        for match in pattern.finditer(text):
            start, end = match.span()
            if end <= start or (start and (text[start - 1].isalnum() or _inside_a_number(start, text))):
                continue
            tense = _tense(doc, start, end)
            if _read(name, match, _Context(stand_in.published, tense, stand_in.narrative), text) is not None:
                found.append((name, match, start, end, tense))
    kept: list[tuple[str, re.Match[str], int, int, str | None]] = []
    for item in sorted(found, key=lambda f: (f[2] - f[3], f[2])):
        if all(item[3] <= k[2] or k[3] <= item[2] for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda f: f[2])


def _inside_a_number(start: int, text: str) -> bool:
    """A match that starts inside a fraction or a range of numbers: the "2" of "1-1/2"."""
    return start >= 2 and text[start - 1] in "/-" and text[start - 2].isdigit()


def _tense(doc: Doc, start: int, end: int) -> str | None:
    """``past``, ``present`` or ``future`` for the verb governing the span, None when no verb governs it.

    A to-infinitive takes the tense of the verb it depends on when that one is past ("failed to pay on
    Tuesday"), unless that verb looks ahead ("promised to return on Monday"), and points ahead otherwise.
    A present verb in a sentence that also has a past one is read as past: the parser often hangs
    "on Monday" on the wrong verb.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token: Token = span.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            tense = _verb_tense(token)
            if tense == "infinitive":
                governor = _governing_verb(token)
                prospective = token.head.lemma_.lower() in _prospective() or (
                    governor is not None and governor.lemma_.lower() in _prospective()
                )
                past = governor is not None and _verb_tense(governor) == "past"
                tense = "past" if past and not prospective else "future"
            if tense == "present" and any(_verb_tense(t) == "past" for t in token.sent if t.pos_ == "VERB"):
                tense = "past"
            if tense is not None:
                return tense
        if token.head == token:
            return None
        token = token.head
    return None


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` ("was" above "willing to skip"), or None at the root."""
    while token.head != token:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


@cache
def _prospective() -> frozenset[str]:
    return lexicons.words("prospective_words.txt")


def _verb_tense(verb: Token) -> str | None:
    """The tense one verb shows through its tag and auxiliaries; None for a bare participle."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxiliaries}
    if lowers & _FUTURE_AUX:
        return "future"
    if "to" in lowers:
        return "infinitive"
    if lowers & {"did", "was", "were", "had"}:
        return "future" if verb.tag_ == "VBG" and lowers & {"is", "are"} else "past"
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and (not lowers or lowers & {"has", "have"})):
        return "past"
    if verb.tag_ == "VBG":
        return "future" if lowers & {"is", "are", "am", "'s", "'re"} else None
    if verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBN":
        return "present"
    if verb.tag_ == "VB" and lowers:
        return "future"
    return None


def _read(name: str, match: re.Match[str], context: _Context, text: str) -> _Reading | None:
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    return _READERS[name](groups, context, match, text)


def _mod(words_: str | None) -> str | None:
    """The TIMEX3 mod a modifier sets: "late" LATE, "mid-" MID, "the end of" END."""
    if not words_:
        return None
    phrase = re.sub(r"[\s-]+", " ", words_.lower()).strip()
    return words("mod").get(phrase)


def _full_date(g: dict, c: _Context, match: re.Match[str], text: str) -> _Reading | None:
    month_word = (g.get("m1") or g.get("m2") or g.get("m3") or "").lower().rstrip(".")
    if not (g.get("m1") or g.get("m2") or g.get("m3") or "")[:1].isupper():
        return None  # a day number settles "May 5"; only the capital is needed
    number = int(words("month")[month_word])
    day = int(re.match(r"\d+", g.get("d1") or g.get("d2") or g.get("d3")).group())
    mod = _mod(g.get("mod"))
    if "y" in g:
        try:
            return _Reading("date", timex.day(dt.date(int(g["y"]), number, day)), "day", mod)
        except ValueError:
            return None
    if c.published is None:
        return _Reading("date", None, "day", mod, "published")
    try:
        candidate = dt.date(c.published.year, number, day)
    except ValueError:
        return None
    candidate = _year_by_tense(candidate, c)
    return _Reading("date", timex.day(candidate), "day", mod, "published")


def _year_by_tense(candidate: dt.date, c: _Context) -> dt.date:
    """A date without a year in the year the tense points to: before publication if past, after if future.

    Publication's year is kept for a date within a month of it whatever the tense ("is to run from
    January 23" in a paper of January 28 is this January).
    """
    assert c.published is not None
    month = dt.timedelta(days=31)  # within a month of publication, the tense is more likely loose
    if c.tense == "past" and candidate > c.published + month:
        return candidate.replace(year=candidate.year - 1) if _valid(candidate, -1) else candidate
    if c.tense == "future" and candidate < c.published - month:
        return candidate.replace(year=candidate.year + 1) if _valid(candidate, 1) else candidate
    return candidate


def _valid(date: dt.date, years: int) -> bool:
    try:
        date.replace(year=date.year + years)
    except ValueError:
        return False
    return True


def _month_ok(word: str, surface: str, match: re.Match[str], text: str, has_year: bool) -> bool:
    """A month name is a month when capitalised; "May" and "March" also need a date word or a year."""
    if not surface[:1].isupper():
        return False
    if word in _AMBIGUOUS_MONTHS and not has_year:
        before = text[max(0, match.start() - 12) : match.start()].lower().split()
        return bool(before) and before[-1] in _DATE_CUES
    return True


def _iso_date(g: dict, c: _Context, match: re.Match[str], text: str) -> _Reading | None:
    try:
        return _Reading("date", timex.day(dt.date(int(g["y"]), int(g["m"]), int(g["d"]))), "day")
    except ValueError:
        return None


def _month(g: dict, c: _Context, match: re.Match[str], text: str) -> _Reading | None:
    word = g["m"].lower()
    if not _month_ok(word, g["m"], match, text, "y" in g or "mod" in g):
        return None
    number = int(words("month")[word])
    mod = _mod(g.get("mod"))
    if "y" in g:
        return _Reading("date", timex.month(int(g["y"]), number), "month", mod)
    if c.published is None:
        return _Reading("date", None, "month", mod, "published")
    year = c.published.year
    if c.tense == "past" and number > c.published.month:
        year -= 1
    elif c.tense in ("future", "present") and number < c.published.month:
        year += 1
    return _Reading("date", timex.month(year, number), "month", mod, "published")


def _year(g: dict, c: _Context, match: re.Match[str], text: str) -> _Reading | None:
    if not _year_context(match, text):
        return None
    mod = _mod(g.get("mod"))
    first = int(g["y"])
    if "y2" in g:
        second = int(g["y2"]) if len(g["y2"]) == 4 else first // 100 * 100 + int(g["y2"])
        if second <= first or second - first > 50:
            return None
        return _Reading("date", f"{timex.year(first)}/{timex.year(second)}", "year", mod)
    return _Reading("date", timex.year(first), "year", mod)


def _year_context(match: re.Match[str], text: str) -> bool:
    """A four-digit number is a year unless money, a count of things or part of a longer number."""
    start = match.start("y")
    before = text[max(0, start - 3) : start]
    if re.search(r"[$£€#]\s*$|\d[.,]$|No\.\s*$", before):
        return False
    after = text[match.end() : match.end() + 20]
    if re.match(
        r"\s*(?:per\s*cent|percent|%|people|troops|soldiers|km|miles|metres|meters|kg|tonnes)\b", after
    ):
        return False
    year = int(match.group("y"))
    return _EARLIEST_BARE_YEAR <= year <= 2099 or (year >= 1000 and _cued(match.start(), text, _DATE_CUES))


def _decade(g: dict, c: _Context, match: re.Match[str], text: str) -> _Reading | None:
    mod = _mod(g.get("mod") or g.get("mod2"))
    if "word" in g:
        return _Reading("date", words("decade")[g["word"].lower()], "decade", mod)
    if "yy" in g:
        digit = int(g["yy"])
        return _Reading("date", f"19{digit}" if digit >= 2 else f"20{digit}", "decade", mod)
    return _Reading("date", g["y"], "decade", mod)


_ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
}


def _century(g: dict, c: _Context, match: re.Match[str], text: str) -> _Reading | None:
    raw = g["n"].lower()
    number = int(raw[:-2]) if raw[:1].isdigit() else _ORDINAL_WORDS.get(raw)
    if not number:
        return None
    return _Reading("date", f"{number - 1:02d}", "century", _mod(g.get("mod")))


def _deictic(g: dict, c: _Context, match: re.Match[str], text: str) -> _Reading | None:
    word = re.sub(r"\s+", " ", g["word"].lower())
    offsets = {"the day before yesterday": -2, "the day after tomorrow": 2, "last night": -1}
    offset = offsets.get(word, int(words("deictic").get(word, "0")))
    mod = _mod(g.get("mod"))
    if c.published is None:
        return _Reading("date", None, "day", mod, "published")
    return _Reading("date", timex.day(c.published + dt.timedelta(days=offset)), "day", mod, "published")


def _relative(g: dict, c: _Context, match: re.Match[str], text: str) -> _Reading | None:
    relation = g["rel"].lower()
    what = g["what"].lower()
    mod = _mod(g.get("mod"))
    if relation in ("past", "coming") and what in ("week", "weekend", "month", "year", "decade", "century"):
        return None  # "past week" without "the" is rare; "the past week" is a duration, read there
    if (what in words("weekday") or what in words("month")) and not g["what"][:1].isupper():
        return None  # "This may turn out…": a month or weekday name is capitalised
    if "mod" not in g and _word_before(match.start(), text) == "the":
        if relation == "next" and what in words("weekday") and c.narrative is not None:
            day = timex.next_weekday(c.narrative, int(words("weekday")[what]), inclusive=False)
            return _Reading("date", timex.day(day), "day", mod, "narrative")  # "the next Tuesday"
        if relation in ("last", "past"):
            return None  # "the last weekend of the festival" is a rank, not a date
    granularity = _granularity_of(what)
    if c.published is None:
        return _Reading("date", None, granularity, mod, "published")
    relation = re.sub(r"\s+", " ", relation)
    step = {"this": 0, "last": -1, "previous": -1, "next": 1, "coming": 1, "past": -1, "this past": -1}[
        relation
    ]
    value = _relative_value(what, step, c)
    if value is None:
        return None
    return _Reading("date", value, granularity, mod, "published")


def _granularity_of(what: str) -> str:
    if what in words("weekday"):
        return "day"
    if what in words("month"):
        return "month"
    if what in words("season"):
        return "season"
    return what


def _relative_value(what: str, step: int, c: _Context) -> str | None:
    """The period ``step`` periods from publication; weeks follow DESIGN.md's Sunday rule."""
    published = c.published
    assert published is not None
    if what == "week":
        if published.weekday() == 6 and step in (0, -1):
            step += 1  # a Sunday paper's "last week" ends today, its "this week" starts tomorrow
        return timex.week(timex.shift_weeks(published, step))
    if what == "weekend":
        if step == 0 and (c.tense == "past" and published.weekday() < 5):
            step = -1  # "this weekend" in a past sentence on a weekday is the one just gone
        return timex.weekend(timex.shift_weeks(published, step))
    if what == "month":
        return timex.month(*timex.shift_months(published, step))
    if what == "year":
        return timex.year(published.year + step)
    if what == "quarter":
        year, month = timex.shift_months(published, 3 * step)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    if what == "decade":
        return f"{published.year // 10 + step:03d}"
    if what == "century":
        return f"{published.year // 100 + step:02d}"
    if what in words("season"):
        code = words("season")[what]
        current_year, current = timex.season_of(published)
        year = current_year + step
        if step == 0:
            return timex.season(current_year if current == code else published.year, code)
        if step == -1 and timex.SEASONS.index(code) < timex.SEASONS.index(current):
            year = current_year
        if step == 1 and timex.SEASONS.index(code) > timex.SEASONS.index(current):
            year = current_year
        return timex.season(year, code)
    if what in words("weekday"):
        weekday = int(words("weekday")[what])
        if step == 0:
            return timex.day(timex.weekday_of_week(published, weekday))
        if step < 0:
            return timex.day(timex.last_weekday(published, weekday, inclusive=False))
        return timex.day(timex.next_weekday(published, weekday, inclusive=False))
    number = int(words("month")[what])
    if step == 0:
        return timex.month(published.year, number)
    if step < 0:
        return timex.month(published.year - (number >= published.month), number)
    return timex.month(published.year + (number <= published.month), number)


def _period_end(g: dict, c: _Context, match: re.Match[str], text: str) -> _Reading | None:
    what = "year" if "word" in g else g["what"].lower()
    mod = "END" if "word" in g else _mod(g["mod"])
    granularity = _granularity_of(what)
    if c.published is None:
        return _Reading("date", None, granularity, mod, "published")
    return _Reading("date", _relative_value(what, 0, c), granularity, mod, "published")


def _weekday(g: dict, c: _Context, match: re.Match[str], text: str) -> _Reading | None:
    if not g["wd"][:1].isupper() or _word_before(match.start(), text) in lexicons.words("named_days.txt"):
        return None  # "Black Friday", "Super Tuesday" name a day of their own
    weekday = int(words("weekday")[g["wd"].lower()])
    mod = "EARLY" if "hours" in g else _mod(g.get("mod"))
    if c.published is None:
        return _Reading("date", None, "day", mod, "published")
    published = c.published
    if c.tense == "future":
        same_day_later = "part" in g and g["part"].lower() != "morning"
        date = timex.next_weekday(published, weekday, inclusive=same_day_later)
    elif c.tense == "present" and weekday != published.weekday():
        date = timex.next_weekday(published, weekday, inclusive=False)
    else:
        date = timex.last_weekday(published, weekday, inclusive=True)
    return _Reading("date", timex.day(date), "day", mod, "published")


def _weekend(g: dict, c: _Context, match: re.Match[str], text: str) -> _Reading | None:
    if c.published is None:
        return _Reading("date", None, "weekend", None, "published")
    published = c.published
    step = 0 if c.tense in ("future", "present") or published.weekday() >= 5 else -1
    return _Reading("date", timex.weekend(timex.shift_weeks(published, step)), "weekend", None, "published")


def _season(g: dict, c: _Context, match: re.Match[str], text: str) -> _Reading | None:
    code = words("season")[g["s"].lower()]
    return _Reading("date", timex.season(int(g["y"]), code), "season", _mod(g.get("mod")))


def _quarter(g: dict, c: _Context, match: re.Match[str], text: str) -> _Reading | None:
    if "q" in g:
        return _Reading("date", f"{g['qy']}-Q{g['q']}", "quarter", None)
    unit = g["unit"].lower()
    order = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4 if unit == "quarter" else 2}
    number = order[g["ord"].lower()]
    if unit == "half" and number > 2:
        return None
    letter, granularity = ("Q", "quarter") if unit == "quarter" else ("H", "half")
    if "y" in g:
        return _Reading("date", f"{g['y']}-{letter}{number}", granularity, None)
    if c.published is None:
        return _Reading("date", None, granularity, None, "published")
    step = {"this": 0, "the": 0, "last": -1, "next": 1}[g["rel"].lower()]
    return _Reading("date", f"{c.published.year + step:04d}-{letter}{number}", granularity, None, "published")


def _count(words_: str) -> int | float | None:
    """The number a count phrase states; None for an unspecified one ("a few", "several")."""
    words_ = re.sub(r"\s+", " ", words_.lower()).replace(",", "")
    if words_ in ("a", "an", "one", "another"):
        return 1
    if words_ in ("a couple of",):
        return 2
    if re.fullmatch(r"\d+(?:\.\d+)?", words_):
        number = float(words_)
        return int(number) if number.is_integer() else number
    return number_words().get(words_)


def _unit(word: str) -> tuple[str, int]:
    """The TIMEX3 unit letter of a unit word, and how many of that unit it holds (a fortnight is 2 W)."""
    code = words("unit")[word.lower().rstrip("s") if word.lower() != "hours" else "hour"]
    match = re.fullmatch(r"(\d*)(\w+)", code)
    assert match is not None
    return match.group(2), int(match.group(1) or 1)


def _unit_granularity(unit: str) -> str | None:
    return {"Y": "year", "M": "month", "W": "week", "D": "day", "DE": "decade", "C": "century"}.get(unit)


def _ago(g: dict, c: _Context, match: re.Match[str], text: str) -> _Reading | None:
    unit, size = _unit(g["unit"])
    count = _count(g["n"])
    granularity = _granularity_for_offset(unit)
    if count is None or c.published is None:
        return _Reading("date", None, granularity, None, "published")
    if unit in ("H", "MIN"):
        hours = count * size if unit == "H" else count / 60
        return _Reading("date", timex.day(c.published - dt.timedelta(hours=hours)), "day", None, "published")
    value, granularity = timex.shift_unit(c.published, unit, -int(count * size))
    return _Reading("date", value, granularity, None, "published")


def _granularity_for_offset(unit: str) -> str:
    return {"Y": "year", "DE": "year", "C": "year", "M": "month", "W": "week"}.get(unit, "day")


def _later(g: dict, c: _Context, match: re.Match[str], text: str) -> _Reading | None:
    if "unit2" in g:
        unit, size = _unit(g["unit2"])
        count: int | float | None = 1
        direction = -1 if g["dir2"].lower() == "before" else 1
    else:
        unit, size = _unit(g["unit"])
        count = _count(g["n"])
        direction = -1 if g["dir"].lower() == "earlier" else 1
    if count is None or unit in ("H", "MIN"):
        return _narrative_day(c)
    granularity = _granularity_for_offset(unit)
    base, anchor = (c.narrative, "narrative") if c.narrative is not None else (c.published, "published")
    if base is None:
        return _Reading("date", None, granularity, None, "narrative")
    value, granularity = timex.shift_unit(base, unit, direction * int(count * size))
    return _Reading("date", value, granularity, None, anchor)


def _narrative_day(c: _Context, mod: str | None = None) -> _Reading:
    """A part of the day or a clock time: the narrative's day, else the publication day."""
    if c.narrative is not None:
        return _Reading("date", timex.day(c.narrative), "day", mod, "narrative")
    if c.published is not None:
        return _Reading("date", timex.day(c.published), "day", mod, "published")
    return _Reading("date", None, "day", mod, "narrative")


def _narrative(g: dict, c: _Context, match: re.Match[str], text: str) -> _Reading | None:
    relation = g.get("rel", "that").lower()
    what = (g.get("what") or g.get("what2") or "").lower()
    step = {"next": 1, "following": 1, "previous": -1, "same": 0, "that": 0}[relation]
    if what in ("morning", "afternoon", "evening", "night"):
        what = "day"
    if what not in ("day", "week", "month", "year", "weekend"):
        return None
    if c.narrative is None:
        if relation == "that" or c.published is None:
            return _Reading("date", None, what, None, "narrative") if c.published is None else None
        base = c.published
        anchor = "published"
    else:
        base, anchor = c.narrative, "narrative"
    if what == "weekend":
        value = timex.weekend(timex.shift_weeks(base, step))
    else:
        value, _ = timex.shift_unit(base, {"day": "D", "week": "W", "month": "M", "year": "Y"}[what], step)
    return _Reading("date", value, what, None, anchor)


def _part_of_day(g: dict, c: _Context, match: re.Match[str], text: str) -> _Reading | None:
    if "what" in g and (not _cued(match.start(), text, _PART_CUES) or g["what"][:1].isupper()):
        return None  # "the morning session", "the night shift", "the Night Wolves"
    return _narrative_day(c, "EARLY" if "hours" in match.group(0).lower() else None)


def _clock(g: dict, c: _Context, match: re.Match[str], text: str) -> _Reading | None:
    if "h2" in g and re.match(r"\s*[-–]\s*\d", text[match.end() : match.end() + 4]):
        return None  # a score or a ratio, "2:1"
    return _narrative_day(c)


def _set(g: dict, c: _Context, match: re.Match[str], text: str) -> _Reading | None:
    what = g["what"].lower()
    count = _count(g["n"]) if "n" in g else 1
    if what in words("weekday"):
        return _Reading("set", f"XXXX-WXX-{int(words('weekday')[what]) + 1}", "day")
    if what in ("morning", "afternoon", "evening", "night"):
        return _Reading("set", "P1D", "day")
    unit, size = _unit(what)
    total = None if count is None else count * size
    return _Reading("set", timex.duration(total, unit), _unit_granularity(unit))


def _duration(g: dict, c: _Context, match: re.Match[str], text: str) -> _Reading | None:
    after = text[match.end() : match.end() + 12]
    if _NOT_AFTER_DURATION.match(after) or re.search(
        r"\baged?\s*$", text[max(0, match.start() - 6) : match.start()]
    ):
        return None
    number = g["n"].lower()
    plain_article = number in ("a", "an", "one") and "rel" not in g and "bound" not in g
    if plain_article and not _cued(match.start(), text, _DURATION_CUES):
        return None
    if "-" in match.group(0) and "long" not in g and number in ("a", "an"):
        return None
    unit, size = _unit(g["unit"])
    vague = number in ("a few", "few", "several")
    count = None if vague else _count(number)
    if count is None and not vague:
        return None
    total = None if count is None else count * size
    mod = "APPROX" if g.get("bound", "").lower() in _APPROXIMATE else None
    return _Reading("duration", timex.duration(total, unit), _unit_granularity(unit), mod, _now_anchor(g, c))


def _now_anchor(g: dict, c: _Context) -> str | None:
    """ "the next three years", "the past fortnight" run from publication; other durations float."""
    relation = g.get("rel", "").split()[-1:]
    return "published" if relation and relation[0].lower() != "first" and c.published else None


def _period_duration(g: dict, c: _Context, match: re.Match[str], text: str) -> _Reading | None:
    unit, size = _unit(g["unit"])
    return _Reading("duration", timex.duration(size, unit), _unit_granularity(unit), None, _now_anchor(g, c))


def _bare_duration(g: dict, c: _Context, match: re.Match[str], text: str) -> _Reading | None:
    before = text[max(0, match.start() - 20) : match.start()].lower().split()
    after = text[match.end() : match.end() + 12].lower()
    if (before and before[-1] in _BARE_UNIT_STOPS) or re.match(r"\s+ago\b", after):
        return None
    cued = (before and before[-1] in _DURATION_CUES) or re.match(
        r"\s+(?:of|after|before|later|long)\b", after
    )
    if not cued:
        return None
    unit, _ = _unit(g["unit"])
    return _Reading("duration", timex.duration(None, unit), _unit_granularity(unit))


def _word_before(start: int, text: str) -> str:
    """The word just before ``start``, lower case ("" at the start of the text)."""
    before = text[max(0, start - 20) : start].lower().split()
    return before[-1] if before else ""


def _cued(start: int, text: str, cues: set[str]) -> bool:
    before = text[max(0, start - 20) : start].lower().split()
    return bool(before) and before[-1] in cues


_READERS = {
    "full_date": _full_date,
    "iso_date": _iso_date,
    "month": _month,
    "year": _year,
    "decade": _decade,
    "century": _century,
    "deictic": _deictic,
    "relative": _relative,
    "period_end": _period_end,
    "weekday": _weekday,
    "weekend": _weekend,
    "season": _season,
    "quarter": _quarter,
    "ago": _ago,
    "later": _later,
    "narrative": _narrative,
    "part_of_day": _part_of_day,
    "clock": _clock,
    "set": _set,
    "duration": _duration,
    "period_duration": _period_duration,
    "bare_duration": _bare_duration,
}
