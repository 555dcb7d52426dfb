"""What the first and last lines of a plain-text article say about it: headline, date, outlet.

Scraped text carries its metadata inline: a headline as the first line (sometimes repeated as the first
paragraph), a `` date 2022-01-17`` prefix, a ``Published 12 January 2022`` line, a wire dateline
(``BRUSSELS, Jan 12 (Reuters) -``), a ``Source : Sky News`` trailer. Each is read here and, except the
dateline (which is part of the lede), taken out of the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitroom.ingest.dates import DAY_PATTERN, MONTH_PATTERN, YEAR_PATTERN, MONTHS, parse_date, valid

_DATE_PREFIX = re.compile(r"^\s*date\s*:?\s+(?P<date>(?:19|20)\d\d-\d\d-\d\d)(?:[T ][\d:.+Z-]+)?\s+")
_PUBLISHED_LINE = re.compile(
    r"^(?:first\s+)?(?:published|posted|publication date)(?:\s+on)?\s*:?\s*(?:\w+day,?\s+)?(?P<date>.+?)"
    r"(?:\s*[|·,]?\s*(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*\w*|last updated.*))?$",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Z.'’ -]{{1,40}}(?:,\s*[A-Z][A-Za-z. ]{{1,25}})?),\s+"
    rf"(?:{MONTH_PATTERN}\s+{DAY_PATTERN}|{DAY_PATTERN.replace('day', 'day2')}\s+{MONTH_PATTERN.replace('month', 'month2')})"
    rf"(?:,?\s+{YEAR_PATTERN})?\s*(?:\((?P<outlet>[^()]{{2,40}})\))?\s*[-–—]+\s"
)
_TRAILER = re.compile(r"^(?:source|sources|via|from)\s*:\s*(?P<outlet>[^.!?]{2,60})$", re.IGNORECASE)
_YEAR_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


@dataclass(frozen=True, slots=True)
class Layout:
    """The body with inline metadata taken out, and the metadata found."""

    body: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None


def read_layout(text: str, *, title_max_words: int = 25, has_title: bool = False, hint: str = "") -> Layout:
    """Split cleaned text (paragraphs separated by blank lines) into headline, date, outlet and body.

    ``has_title`` says a title is already known (from a record or HTML), so the first line is taken
    as a headline only when it repeats that title. ``hint`` is the file name or URL, whose year helps
    date a dateline that gives only day and month.
    """
    published = None
    if match := _DATE_PREFIX.match(text):
        published = match["date"]
        text = text[match.end():]
    paragraphs = text.split("\n\n")
    title = None
    if not has_title and len(paragraphs) > 1 and _is_headline(paragraphs[0], title_max_words):
        title = paragraphs.pop(0)
    if title is not None and paragraphs and _same(paragraphs[0], title):
        paragraphs.pop(0)
    for index, paragraph in enumerate(paragraphs[:3]):
        if (match := _PUBLISHED_LINE.match(paragraph)) and (found := parse_date(match["date"])):
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
    return Layout(body="\n\n".join(paragraphs), title=title, published=published, outlet=outlet)


def drop_repeated_title(body: str, title: str) -> str:
    """Remove the first paragraph when it repeats the title, as scraped pages often do."""
    first, _, rest = body.partition("\n\n")
    return rest if rest and _same(first, title) else body


def _is_headline(line: str, max_words: int) -> bool:
    """A short first line that does not end like a sentence of prose reads as a headline."""
    words = line.split()
    if not words or len(words) > max_words or "\n" in line or len(line) > 200:
        return False
    if line[0].islower():
        return False
    return not line.rstrip("\"”’'").endswith((".", ",", ";", ":"))


def _same(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().casefold()

    return norm(a) == norm(b)


def _dateline_date(match: re.Match[str], hint: str) -> str | None:
    month = MONTHS[(match["month"] or match["month2"]).lower()]
    day = int(match["day"] or match["day2"])
    year = match["year"]
    if year is None and (found := _YEAR_IN_NAME.search(hint)):
        year = found.group(1)
    return valid(int(year), month, day) if year else None
