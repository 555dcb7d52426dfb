"""The shared error list of the eval reports (eval/listing.py)."""

from eval.listing import listing


def test_no_items_say_none():
    assert listing("Times missed", []) == ["Times missed: none.", ""]
    assert listing("Times missed", [], limit=2) == ["Times missed: none.", ""]


def test_items_are_counted_and_joined():
    assert listing("Roles missed", ["a", "b"]) == ["Roles missed (2): a; b.", ""]


def test_a_limit_counts_the_rest():
    assert listing("Extra", ["a", "b", "c"], 2) == ["Extra (3): a; b; … and 1 more.", ""]
    assert listing("Extra", ["a", "b"], 2) == ["Extra (2): a; b.", ""]
