"""``sitroom export``: the store's brief in formats other tools read (JSON Lines, CSV, Parquet, GraphML)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sitroom.cli.options import DEFAULT_STORE, Story
from sitroom.cli.output import fail, run_stored_brief


def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv, parquet or graphml.")],
    store: Annotated[Path, typer.Option("--store", help="The store to export.")] = DEFAULT_STORE,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="File (jsonl, graphml) or folder (csv, parquet) to write."),
    ] = None,
    story: Story = None,
) -> None:
    """Export what the store holds: every table of the brief (jsonl, csv, parquet) or the actor graph
    (graphml: who did what to whom, PLOVER scores on the edges). The store itself is SQLite: Datasette
    and sqlite3 open it as it is.

    Example: sitroom export --store news.db --format parquet -o tables/
    """
    from sitroom.render.exports import EXPORT_FORMATS
    from sitroom.render.exports import export as write_export

    if fmt not in EXPORT_FORMATS:
        raise fail(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    out = output or Path(f"sitroom-export.{fmt}" if fmt in ("jsonl", "graphml") else "sitroom-export")
    brief = run_stored_brief(store, story)
    try:
        written = write_export(brief, fmt, out)
    except OSError as error:
        raise fail(f"cannot write {out}: {error.strerror or error}") from None
    typer.echo(f"wrote {len(written)} file{'' if len(written) == 1 else 's'} to {out}", err=True)
