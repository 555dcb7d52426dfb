"""``sitroom brief``: analyse articles and write the brief."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sitroom.cli.options import (
    DEFAULTS,
    Engine,
    MaxBytes,
    Meta,
    Model,
    Processes,
    RayAddress,
    Story,
    Timeout,
    reading_options,
)
from sitroom.cli.output import fail, run_brief, run_stored_brief, write
from sitroom.options import DEFAULT_MODEL
from sitroom.render import FORMATS, format_for


def brief(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(metavar="PATH...", help="Files, folders, - (stdin) or http(s) URLs."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
    ] = None,
    fmt: Annotated[
        str | None, typer.Option("--format", "-f", help="json, md or html (default: from -o, else json).")
    ] = None,
    meta: Meta = None,
    model: Model = DEFAULT_MODEL,
    max_bytes: MaxBytes = DEFAULTS.max_bytes,
    timeout: Timeout = DEFAULTS.timeout,
    processes: Processes = 0,
    engine: Engine = DEFAULTS.engine,
    ray_address: RayAddress = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or notices.")] = False,
    store: Annotated[
        Path | None, typer.Option("--store", help="Brief what this store holds instead of PATHs.")
    ] = None,
    story: Story = None,
) -> None:
    """Analyse news articles and write a sourced brief.

    PATH is a file, a folder (read recursively), - for standard input, or an http(s) URL; plain text,
    HTML pages and JSON Lines / JSON records are read. Inputs that cannot be read are named on stderr,
    skipped and listed in the brief; the exit code is then 1.

    With --store, the brief is of the articles a store holds (all, or one --story), the same brief a
    one-shot run over them gives.

    Example: sitroom brief articles/ --meta dates.csv -o brief.html
    (or, from a store: sitroom brief --store news.db --story s2 -o story.html)
    """
    if fmt is not None and fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    options = reading_options(model, max_bytes, timeout, processes, engine, ray_address)
    if store is not None:
        if inputs:
            raise fail("give PATHs or --store, not both (add PATHs to the store with `sitroom add`)")
        write(run_stored_brief(store, story), format_for(output, fmt), output)
        return
    if story is not None:
        raise fail("--story needs --store: stories are kept in a store")
    if not inputs:
        raise fail("give the articles to read (PATH...) or a --store to brief")
    result = run_brief(inputs, meta=meta, options=options, quiet=quiet)
    write(result, format_for(output, fmt), output)
    if result.meta.failed:
        raise typer.Exit(1)
