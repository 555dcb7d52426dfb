"""What sitroom knows of the world's names: places, countries, organisations and demonyms.

One lookup shared by the extract stage (to fix entity types the small model gets wrong: "Crimea" as an
organisation, "Kyiv" as a person) and the link stage (to merge aliases and give places a country and
coordinates). Everything comes from the lexicon files; the order of trust is the curated lists first,
then ISO 3166 country names, then GeoNames cities.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sitroom import lexicons


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    type: str  # GPE, LOC or FAC
    country: str | None
    lat: float | None
    lon: float | None
    tier: str  # curated | country | city: how far to trust it over the model's label


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str
    type: str  # ORG or GROUP
    country: str | None


@dataclass(frozen=True, slots=True)
class Demonym:
    country: str | None
    canonical: str


def place(name: str) -> Place | None:
    """The place ``name`` denotes, by its canonical name; None when it is not a known place."""
    return _places().get(_key(name))


def country_named(name: str) -> str | None:
    """The ISO code of the country ``name`` names itself ("Russia", "the United States"), or None for any
    other place ("Moscow" is in Russia but is not Russia)."""
    found = place(name)
    if found is None or found.country is None:
        return None
    itself = _key(found.name) == _key(_country_names_by_code().get(found.country, ""))
    return found.country if itself else None


def organisation(name: str) -> Organisation | None:
    """The organisation ``name`` (an alias such as "Nato" or "EU") denotes, or None."""
    return _organisations().get(_key(name))


def public_body(name: str) -> bool:
    """Whether an organisation's name is a public or international body's or an armed group's, not a
    company's: one the gazetteer knows, or one ending in a public body's word (``public_body_heads.txt``:
    "the Interior Ministry", "U.S. Capitol Police")."""
    words = name.split()
    return organisation(name) is not None or (
        bool(words) and words[-1].lower() in lexicons.words("public_body_heads.txt")
    )


def organisation_names() -> tuple[tuple[str, Organisation], ...]:
    """Every written name of a known organisation (case-folded) with the organisation it denotes."""
    return tuple(_organisations().items())


def demonym(word: str) -> Demonym | None:
    """The country or body a demonym or adjective ("Russian", "Ukrainians", "US") refers to, or None.

    A compound demonym may be hyphenated or not ("Bosnian-Serb" is "Bosnian Serb"); a prefixed word
    ("post-Soviet", "pro-Russian") stays unknown, since no demonym starts with such a prefix.
    """
    demonyms = _demonyms()
    found = demonyms.get(_key(word))
    if found is None and "-" in word:
        found = demonyms.get(_key(word.replace("-", " ")))
    return found


def first_words() -> frozenset[str]:
    """The first word (case-folded) of every known place and organisation name, to skip the rest fast."""
    return frozenset(key.split()[0] for key in (*_places(), *_organisations()) if key)


def _key(name: str) -> str:
    name = " ".join(name.replace("’", "'").split())
    if name.lower().startswith("the "):
        name = name[4:]
    return name.casefold()


def _float(value: str) -> float | None:
    return float(value) if value else None


@cache
def _country_centres() -> dict[str, tuple[float | None, float | None]]:
    return {row[1]: (_float(row[2]), _float(row[3])) for row in lexicons.table("countries.tsv", 4)}


@cache
def _country_names_by_code() -> dict[str, str]:
    names: dict[str, str] = {}
    for name, code, *_ in lexicons.table("countries.tsv", 4):
        names.setdefault(code, name)
    for _name, code, canonical in lexicons.table("country_names.tsv", 3):
        names[code] = canonical
    return names


@cache
def _places() -> dict[str, Place]:
    places: dict[str, Place] = {}
    for name, code, lat, lon, _population in lexicons.table("cities.tsv", 5):
        places[_key(name)] = Place(name, "GPE", code or None, _float(lat), _float(lon), "city")
    centres = _country_centres()
    for name, code, lat, lon in lexicons.table("countries.tsv", 4):
        canonical = _country_names_by_code().get(code, name)
        places[_key(name)] = Place(canonical, "GPE", code, _float(lat), _float(lon), "country")
    for name, code, canonical in lexicons.table("country_names.tsv", 3):
        lat, lon = centres.get(code, (None, None))
        places[_key(name)] = Place(canonical, "GPE", code or None, lat, lon, "country")
    for name, kind, code, lat, lon, canonical in lexicons.table("places.tsv", 6):
        places[_key(name)] = Place(canonical or name, kind, code or None, _float(lat), _float(lon), "curated")
    return places


@cache
def _organisations() -> dict[str, Organisation]:
    return {
        _key(alias): Organisation(canonical, kind, code or None)
        for alias, canonical, kind, code in lexicons.table("org_aliases.tsv", 4)
    }


@cache
def _demonyms() -> dict[str, Demonym]:
    return {
        _key(word): Demonym(code or None, canonical)
        for word, code, canonical in lexicons.table("demonyms.tsv", 3)
    }
