"""Which state a political leader serves when the text names them without an office.

"Obama met Putin in Zurich" states no office, so neither man would act for anyone. Event coders (PETRARCH,
GDELT) give such names their state from actor dictionaries of political leaders; sitroom does the same from
``lexicons/leaders.tsv`` (heads of state and government, ministers, heads of international bodies).

How a person's name finds its rows (case, accents, dots, hyphens, apostrophes and a courtesy title such as
"Mr" aside):

- a full name as the table writes it ("Vladimir Putin", "Kim Jong-un"), or its first and last words when
  the text adds a middle name ("George Walker Bush");
- a name alone ("Putin", "Mr Xi", "von der Leyen") only when exactly one person of the table goes by it and
  the corpus names no other person so: "Bush" alone is not George W. Bush when the corpus also names Jeb
  Bush, and "Kim" is nobody, the table holding several Kims.

Rows for several states or bodies ("Mark Rutte": the Netherlands, then NATO) answer only where the years of
the articles naming the person settle which one.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from sitroom import lexicons

_TABLE = "leaders.tsv"
_NO_NAME_ALONE = "-"
# Letters NFKD does not take apart into a base letter and an accent.
_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "ß": "ss", "ð": "d"})
_NOT_NAME = re.compile(r"[^\w]+")
_ROMAN = re.compile(r"[ivxl]+")  # a regnal number ("Charles III") is no surname
_SUFFIXES = frozenset({"jr", "sr"})
_ARTICLE = ("al ", "el ")  # the Arabic article: "al-Assad" is also written "Assad"


@dataclass(frozen=True, slots=True)
class Office:
    """One row of the table: an office ``person`` held for a state (``country``) or a body (``org``)."""

    person: str  # the name as the table first writes it; one person, however spelt
    country: str | None
    org: str | None
    title: str
    first: int
    last: int | None  # None: in office as far as the table knows

    @property
    def serves(self) -> tuple[str | None, str | None]:
        """The state or body the office is held for, as (country, organisation)."""
        return self.country, self.org

    def held_in(self, year: int) -> bool:
        return self.first <= year and (self.last is None or year <= self.last)


def name_key(name: str) -> str:
    """``name`` as the table is indexed: folded, words only, without a courtesy title or "Jr"."""
    written = name.replace("’", "'").casefold().split()
    honorifics = lexicons.words("honorifics.txt")  # as written: "Gen." is a rank, "Gen" a given name
    while len(written) > 1 and written[0] in honorifics:
        written = written[1:]
    text = unicodedata.normalize("NFKD", " ".join(written).translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"'s\b", "", text).replace("'", "")
    words = _NOT_NAME.sub(" ", text).split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def offices(name: str) -> tuple[Office, ...]:
    """The rows of the person whose full name ``name`` is; empty for a name alone or an unknown one."""
    key = name_key(name)
    by_full = _index().full
    found = by_full.get(key, ())
    words = key.split()
    if not found and len(words) > 2:
        found = by_full.get(f"{words[0]} {words[-1]}", ())
    return found


def offices_alone(name: str) -> tuple[Office, ...]:
    """The rows of the one person of the table called ``name`` alone ("Putin", "Lula"); empty when no one
    or several people are (the corpus condition is :func:`serving_people`'s)."""
    return _index().alone.get(_alone_key(name_key(name)), ())


def serving(rows: Iterable[Office], years: Iterable[int] = ()) -> Office | None:
    """The office telling what ``rows`` (one person's) serve, or None when they serve several states or
    bodies and ``years`` (of the articles naming the person) do not settle which: the latest office of
    the one state or body served, in those years where they had to decide."""
    rows = tuple(rows)
    if len({row.serves for row in rows}) > 1:
        rows = tuple(row for row in rows if any(row.held_in(year) for year in set(years)))
    if not rows or len({row.serves for row in rows}) > 1:
        return None
    return max(rows, key=lambda row: (row.first, row.last or 10_000))


def serving_people(
    people: Mapping[str, tuple[str, frozenset[int]]], *, also_named: Iterable[str] = ()
) -> dict[str, Office]:
    """What each person of a corpus serves, where the table says.

    ``people`` maps an id to the person's name and the publication years of the articles naming them;
    every person of the corpus belongs in it, since a name alone is trusted only when no other person
    there bears it. ``also_named`` are names the model did not take for people's but which may be
    ("Eva-Marie Persson" read as an organisation): a name alone they end in is not trusted either.
    """
    bearers = _bearers(people, also_named)
    found: dict[str, Office] = {}
    for person_id, (name, years) in people.items():
        rows = offices(name)
        if not rows and (rows := offices_alone(name)):
            others = bearers.get(_alone_key(name_key(name)), ())
            if any(_person_of(other) != rows[0].person for key, other in others if key != person_id):
                continue
        if rows and (office := serving(rows, years)) is not None:
            found[person_id] = office
    return found


def _bearers(
    people: Mapping[str, tuple[str, frozenset[int]]], also_named: Iterable[str]
) -> dict[str, list[tuple[str | None, str]]]:
    """Who else a name alone ("Bush", "von der Leyen") could be: each run of words in the name of a
    person of two words or more (a family name may come first: "Kim Jong Un"), and each ending of a
    name that may be a person's ("Persson" of "Eva-Marie Persson", not "Bush" of "Bush Administration"),
    with the names bearing it and their people's ids (None for a name not taken for a person's)."""
    bearers: dict[str, list[tuple[str | None, str]]] = defaultdict(list)
    for person_id, (name, _years) in people.items():
        words = name_key(name).split()
        if len(words) > 1:
            for start in range(len(words)):
                for end in range(start + 1, len(words) + 1):
                    bearers[_alone_key(" ".join(words[start:end]))].append((person_id, name))
    for name in also_named:
        words = name_key(name).split()
        for start in range(1, len(words)):
            bearers[_alone_key(" ".join(words[start:]))].append((None, name))
    return bearers


def _person_of(name: str) -> str | None:
    rows = offices(name)
    return rows[0].person if rows else None


def _alone_key(key: str) -> str:
    for article in _ARTICLE:
        if key.startswith(article) and len(key) > len(article):
            return key[len(article) :]
    return key


@dataclass(frozen=True, slots=True)
class _Index:
    full: dict[str, tuple[Office, ...]]  # full name key -> the person's rows
    alone: dict[str, tuple[Office, ...]]  # name alone key -> the rows of the one person going by it


@cache
def _index() -> _Index:
    """The table indexed by full name and by name alone, each key to one person's rows."""
    full: dict[str, dict[str, list[Office]]] = defaultdict(lambda: defaultdict(list))
    alone: dict[str, dict[str, list[Office]]] = defaultdict(lambda: defaultdict(list))
    for office, spellings, names_alone in _rows():
        for key in spellings:
            if " " in key:
                full[key][office.person].append(office)
        for key in names_alone:
            alone[_alone_key(key)][office.person].append(office)
    return _Index(
        full={key: _all_rows(people) for key, people in full.items()},
        alone={key: found for key, people in alone.items() if (found := _one_person(people))},
    )


def _all_rows(people: Mapping[str, list[Office]]) -> tuple[Office, ...]:
    """Every row under a full name: of one person, or of several sharing it (``serving`` then answers
    only if they serve one state)."""
    return tuple(row for found in people.values() for row in found)


def _one_person(people: Mapping[str, list[Office]]) -> tuple[Office, ...]:
    """The rows under a name alone when one person goes by it; none when several do."""
    return _all_rows(people) if len(people) == 1 else ()


@cache
def _rows() -> tuple[tuple[Office, tuple[str, ...], tuple[str, ...]], ...]:
    """Each row as (office, keys of its spellings, keys of the names it goes by alone): the alone column's,
    else the last word of each spelling (not a regnal number), and a one-word spelling ("Akihito");
    none for "-"."""
    rows = []
    for names, country, org, title, first, last, alone in lexicons.table(_TABLE, 7):
        spellings = tuple(dict.fromkeys(name_key(name) for name in names.split("|")))
        office = Office(names.split("|")[0], country or None, org or None, title, int(first), _year(last))
        if alone == _NO_NAME_ALONE:
            names_alone: tuple[str, ...] = ()
        elif alone:
            names_alone = tuple(name_key(name) for name in alone.split("|"))
        else:
            names_alone = tuple(w for key in spellings if not _ROMAN.fullmatch(w := key.split()[-1]))
        if alone != _NO_NAME_ALONE:
            names_alone += tuple(key for key in spellings if " " not in key)
        rows.append((office, spellings, tuple(dict.fromkeys(names_alone))))
    return tuple(rows)


def _year(value: str) -> int | None:
    return int(value) if value else None
