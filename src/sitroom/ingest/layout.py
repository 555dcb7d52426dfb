"""What the first and last lines of an article's text say about it: headline, date, outlet.

Scraped text carries its metadata inline: a headline as the first line (often repeated as the first
paragraph, under a section label, with or without the site name the page's <title> adds, or reworded),
a `` date 2022-01-17`` prefix, a ``Published 12 January 2022`` line, a wire dateline
(``BRUSSELS, Jan 12 (Reuters) -``), a ``Source : Sky News`` trailer. Each is read here and, except the
dateline (which is part of the lede), taken out of the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitroom.ingest.dates import DAY_PATTERN, MONTH_PATTERN, MONTHS, YEAR_PATTERN, parse_date, valid

_DATE_PREFIX = re.compile(r"^\s*date\s*:?\s+(?P<date>(?:19|20)\d\d-\d\d-\d\d)(?:[T ][\d:.+Z-]+)?\s+")
# "Published 12 January 2022", "- Posted on: Wednesday, January 12, 2022 14:05 | Updated ...": the
# date may carry a weekday before it and a time or an update note after it, and nothing else.
_PUBLISHED_LINE = re.compile(
    r"^(?:[-–•·*]\s*)?(?:first\s+)?(?:published|posted|publication date)(?:\s+on)?\s*:?\s*(?:\w+day,?\s+)?"
    r"(?P<date>.+?)"
    r"(?:\s*[|·,]?\s*(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*\w*|(?:last )?updated.*))?$",
    re.IGNORECASE,
)
_DAY_MONTH = rf"{DAY_PATTERN.replace('day', 'day2')}\s+{MONTH_PATTERN.replace('month', 'month2')}"
_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Z.'’ -]{{1,40}}(?:,\s*[A-Z][A-Za-z. ]{{1,25}})?),\s+"
    rf"(?:{MONTH_PATTERN}\s+{DAY_PATTERN}|{_DAY_MONTH})"
    rf"(?:,?\s+{YEAR_PATTERN})?\s*(?:\((?P<outlet>[^()]{{2,40}})\))?\s*[-–—]+\s"
)
_TRAILER = re.compile(r"^(?:source|sources|via|from)\s*:\s*(?P<outlet>[^.!?]{2,60})$", re.IGNORECASE)
_YEAR_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
# A section label above a headline ("Review", "World news"), dropped together with the headline it tops.
_KICKER_MAX_WORDS = 3
# Words a page's <title> adds around the headline it repeats: the site (" - VG247"), a section ("Opinion | ").
_AFFIX_MAX_WORDS = 4
# Share of a title's distinct words a headline-shaped first paragraph must repeat to be the page's own
# variant of the headline ("Julian Assange: Sweden drops rape investigation" under the title "Sweden
# drops Assange rape investigation"), for titles of at least _VARIANT_MIN_WORDS distinct words.
_VARIANT_SHARE = 0.6
_VARIANT_MIN_WORDS = 4


@dataclass(frozen=True, slots=True)
class Layout:
    """The body with inline metadata taken out, and the metadata found."""

    body: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None


def read_layout(text: str, *, title: str | None = None, title_max_words: int = 25, hint: str = "") -> Layout:
    """Split cleaned text (paragraphs separated by blank lines) into headline, date, outlet and body.

    ``title`` is a title already known (from a record or an HTML page): the text's first line is then
    not taken as a headline, and is dropped where it repeats that title. ``hint`` is the file name or
    URL, whose year helps date a dateline that gives only day and month. The returned ``title`` is the
    headline found in the text, or None.
    """
    published = None
    if (match := _DATE_PREFIX.match(text)) and (published := parse_date(match["date"])):
        text = text[match.end() :]
    paragraphs = text.split("\n\n")
    headline = None
    if title is None and len(paragraphs) > 1 and _is_headline(paragraphs[0], title_max_words):
        headline = paragraphs.pop(0)
    if known := title or headline:
        paragraphs = _without_title(paragraphs, known, title_max_words)
    for index, paragraph in enumerate(paragraphs[:3]):
        if (match := _PUBLISHED_LINE.match(paragraph)) and (found := parse_date(match["date"], whole=True)):
            published = published or found
            del paragraphs[index]
            break
    outlet = None
    if paragraphs and (match := _TRAILER.match(paragraphs[-1])):
        outlet = match["outlet"].strip()
        paragraphs.pop()
    if paragraphs and (match := _DATELINE.match(paragraphs[0])):
        published = published or _dateline_date(match, hint)
        if match["outlet"] and not outlet:
            outlet = match["outlet"].strip()
    return Layout(body="\n\n".join(paragraphs), title=headline, published=published, outlet=outlet)


def _without_title(paragraphs: list[str], title: str, max_words: int) -> list[str]:
    """The paragraphs without the headline that scraped pages repeat at the top of the body.

    The repeat may sit under a short section label (which goes with it); at least one paragraph is
    always kept, so a body that is only its headline stays as it is.
    """
    for index in range(min(2, len(paragraphs) - 1)):
        if index and not _is_kicker(paragraphs[0]):
            break
        if _repeats(paragraphs[index], title, max_words):
            return paragraphs[index + 1 :]
    return paragraphs


def _repeats(paragraph: str, title: str, max_words: int) -> bool:
    """True when ``paragraph`` is ``title`` again.

    That is the same words; or, for a headline-shaped paragraph, the title without the site name or
    section the page's <title> adds, or a reworded headline that repeats most of the title's words.
    """
    said, given = _words(paragraph), _words(title)
    if said == given:
        return True
    if not said or not _is_headline(paragraph, max_words):
        return False
    n = len(said)
    if n < len(given) <= n + _AFFIX_MAX_WORDS and said in (given[:n], given[-n:]):
        return True
    distinct = set(given)
    return len(distinct) >= _VARIANT_MIN_WORDS and len(distinct & set(said)) >= _VARIANT_SHARE * len(distinct)


def _is_kicker(paragraph: str) -> bool:
    return _is_headline(paragraph, _KICKER_MAX_WORDS)


def _is_headline(line: str, max_words: int) -> bool:
    """A short first line that does not end like a sentence of prose reads as a headline."""
    words = line.split()
    if not words or len(words) > max_words or "\n" in line or len(line) > 200:
        return False
    if line[0].islower():
        return False
    return not line.rstrip("\"”’'").endswith((".", ",", ";", ":"))


def _words(text: str) -> list[str]:
    return re.sub(r"\W+", " ", text).casefold().split()


def _dateline_date(match: re.Match[str], hint: str) -> str | None:
    month = MONTHS[(match["month"] or match["month2"]).lower()]
    day = int(match["day"] or match["day2"])
    year = match["year"]
    if year is None and (found := _YEAR_IN_NAME.search(hint)):
        year = found.group(1)
    return valid(int(year), month, day) if year else None
