"""Word lists kept as data: one list per file, each with a header saying where it comes from.

Every file is read once through :func:`lines` or :func:`table`; extractors ask for a list by file name.
Lines starting with ``#`` are comments; blank lines are ignored.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def lines(name: str) -> tuple[str, ...]:
    """The non-comment, non-blank lines of lexicon ``name``, stripped."""
    text = files(__package__).joinpath(name).read_text(encoding="utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    )


@cache
def table(name: str, columns: int) -> tuple[tuple[str, ...], ...]:
    """The rows of tab-separated lexicon ``name``, each padded or cut to ``columns`` cells.

    Empty cells (and trailing ones an editor trimmed away) are empty strings.
    """
    rows = []
    for line in files(__package__).joinpath(name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")][:columns]
        rows.append(tuple(cells + [""] * (columns - len(cells))))
    return tuple(rows)


@cache
def words(name: str) -> frozenset[str]:
    """Lexicon ``name`` as a set of lower-cased entries."""
    return frozenset(line.lower() for line in lines(name))
