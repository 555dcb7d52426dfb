"""The README's command reference is the commands' own help; this fails when they drift apart."""

from __future__ import annotations

from pathlib import Path

from sitroom.cli.reference import END, START, reference

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_command_reference_matches_the_help() -> None:
    text = README.read_text(encoding="utf-8")
    block = text.split(START, 1)[1].split(END, 1)[0]
    assert block.strip() == reference().strip(), "run: python -m sitroom.cli.reference README.md"


def test_every_command_has_an_example() -> None:
    assert reference().count("Example: sitroom") == reference().count("### `sitroom")
