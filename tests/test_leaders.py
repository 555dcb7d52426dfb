"""The table of political leaders: it parses, and a name finds the state its bearer serves, or nothing.

No model is needed; the names are looked up as the entity linker passes them.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from sitroom import leaders, lexicons
from sitroom.leaders import Office

COUNTRY_CODES = frozenset(row[1] for row in lexicons.table("countries.tsv", 4))
ORGANISATIONS = frozenset(row[1] for row in lexicons.table("org_aliases.tsv", 4))
ROWS = lexicons.table("leaders.tsv", 7)


def state_of(name: str, years: tuple[int, ...] = ()) -> str | None:
    """The state the table gives ``name`` alone in a corpus, or None."""
    found = leaders.serving_people({"p": (name, frozenset(years))}).get("p")
    return found.country if found else None


# The table itself


def test_the_table_is_large_and_every_row_serves_a_state_or_a_known_body() -> None:
    assert len(ROWS) > 500
    for names, country, org, office, *_years_and_alone in ROWS:
        assert names and office, names
        assert (country in COUNTRY_CODES) != (org in ORGANISATIONS), names  # one or the other, valid
        assert not (country and org), names


def test_every_row_has_its_years_in_order() -> None:
    for names, _country, _org, _office, first, last, _alone in ROWS:
        assert first.isdigit() and 1945 <= int(first) <= 2026, names
        assert last == "" or (last.isdigit() and int(first) <= int(last) <= 2026), names


def test_no_spelling_names_two_people() -> None:
    people: dict[str, set[str]] = defaultdict(set)
    for names, *_ in ROWS:
        for spelling in names.split("|"):
            people[leaders.name_key(spelling)].add(names.split("|")[0])
    assert {key: found for key, found in people.items() if len(found) > 1} == {}


def test_every_person_is_written_the_same_way_in_each_of_their_rows() -> None:
    """A person's rows must share their first spelling: it is what tells one person from two."""
    first_spelling: dict[str, str] = {}
    for names, *_ in ROWS:
        for spelling in names.split("|"):
            key = leaders.name_key(spelling)
            assert first_spelling.setdefault(key, names.split("|")[0]) == names.split("|")[0], names


# Finding a name


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Vladimir Putin", "RU"),
        ("Barack Obama", "US"),
        ("Recep Tayyip Erdogan", "TR"),  # accents aside
        ("Volodymyr Zelenskyy", "UA"),  # another spelling
        ("Kim Jong-un", "KP"),
        ("George Walker Bush", "US"),  # a middle name the table does not write
        ("Mr Vladimir Putin", "RU"),
        ("Gen Nakatani", "JP"),  # "Gen" without a dot is his given name, not a rank
    ],
)
def test_a_full_name_finds_the_state_served(name: str, country: str) -> None:
    assert state_of(name) == country


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Putin", "RU"),
        ("Mr Putin", "RU"),
        ("OBAMA", "US"),
        ("Erdoğan", "TR"),
        ("Xi", "CN"),  # the family name first, as the table's alone column says
        ("Lula", "BR"),
        ("al-Assad", "SY"),
        ("Assad", "SY"),
        ("Gen. Milley", "US"),
    ],
)
def test_a_name_alone_borne_by_one_person_of_the_table_finds_their_state(name: str, country: str) -> None:
    assert state_of(name) == country


@pytest.mark.parametrize(
    "name",
    [
        "Kim",  # several Kims, North and South Korean
        "Clinton",  # two Clintons, one state: still two people
        "Singh",
        "May",  # Theresa May: too much a word to trust alone
        "Li",
        "Francis",  # the Pope is "Pope Francis"
        "III",
    ],
)
def test_a_name_alone_that_is_ambiguous_or_too_common_gives_nothing(name: str) -> None:
    assert state_of(name) is None


def test_a_private_person_with_a_leaders_surname_and_another_first_name_is_not_the_leader() -> None:
    assert state_of("Olga Putin") is None


def test_a_person_of_a_state_and_then_a_body_is_placed_only_by_the_years_of_the_articles() -> None:
    assert state_of("Mark Rutte") is None  # Dutch prime minister, then NATO's secretary general
    assert state_of("Mark Rutte", (2016,)) == "NL"
    assert state_of("Mark Rutte", (2024,)) is None  # both that year
    found = leaders.serving_people({"p": ("Rutte", frozenset({2025}))})["p"]
    assert (found.country, found.org) == (None, "NATO")


def test_a_person_who_served_two_states_is_placed_only_by_the_years() -> None:
    assert state_of("Mark Carney") is None
    assert state_of("Mark Carney", (2016,)) == "GB"
    assert state_of("Mark Carney", (2025,)) == "CA"


def test_a_name_alone_is_not_trusted_when_the_corpus_names_another_person_so() -> None:
    people = {"p1": ("Bush", frozenset()), "p2": ("Laura Bush", frozenset())}
    assert leaders.serving_people(people) == {}


def test_a_name_alone_is_not_trusted_when_a_name_the_model_took_for_an_organisation_ends_in_it() -> None:
    people = {"p1": ("Persson", frozenset())}
    assert leaders.serving_people(people, also_named=["Karin-Lott Persson"]) == {}
    assert state_of("Persson") == "SE"


def test_an_organisation_named_after_a_leader_does_not_hide_the_leader() -> None:
    found = leaders.serving_people({"p1": ("Bush", frozenset())}, also_named=["Bush Administration"])
    assert found["p1"].country == "US"


def test_a_name_alone_is_trusted_beside_the_same_leaders_full_name() -> None:
    people = {"p1": ("Putin", frozenset()), "p2": ("Vladimir Putin", frozenset())}
    assert {key: office.country for key, office in leaders.serving_people(people).items()} == {
        "p1": "RU",
        "p2": "RU",
    }


def test_serving_picks_the_latest_office_of_the_one_state_served() -> None:
    rows = leaders.offices("Vladimir Putin")
    assert {row.title for row in rows} == {"President", "Prime Minister"}
    office = leaders.serving(rows)
    assert isinstance(office, Office)
    assert (office.country, office.first) == ("RU", 2012)
