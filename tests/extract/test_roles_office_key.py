"""One office written many ways compares equal: case, hyphens and spacing aside, never other words."""

from __future__ import annotations

import pytest

from sitroom.extract.roles import office_key


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Secretary-General", "secretary-general"),
        ("Secretary-General", "Secretary General"),
        ("Foreign Secretary", "foreign  secretary"),
        ("vice-president", "Vice President"),
        ("Prime Minister", "prime minister"),
    ],
)
def test_one_office_in_any_case_or_hyphenation_has_one_key(first: str, second: str) -> None:
    assert office_key(first) == office_key(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("President", "Vice President"),
        ("foreign minister", "deputy foreign minister"),
        ("Secretary-General", "Secretary"),
    ],
)
def test_different_offices_keep_different_keys(first: str, second: str) -> None:
    assert office_key(first) != office_key(second)
