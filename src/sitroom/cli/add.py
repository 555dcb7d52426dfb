"""``sitroom add``: add articles to the archive, parsing only what is new."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sitroom.api import add as add_to_store
from sitroom.cli.options import (
    DEFAULT_STORE,
    DEFAULTS,
    Engine,
    MaxBytes,
    Meta,
    Model,
    Processes,
    RayAddress,
    Timeout,
    reading_options,
)
from sitroom.cli.output import fail, progress, setup_notices
from sitroom.errors import SitroomError
from sitroom.options import DEFAULT_MODEL
from sitroom.store import AddReport


def add(
    inputs: Annotated[
        list[str], typer.Argument(metavar="PATH...", help="Files, folders, - (stdin) or http(s) URLs.")
    ],
    store: Annotated[
        Path, typer.Option("--store", help="The store file (created if missing).")
    ] = DEFAULT_STORE,
    meta: Meta = None,
    model: Model = DEFAULT_MODEL,
    max_bytes: MaxBytes = DEFAULTS.max_bytes,
    timeout: Timeout = DEFAULTS.timeout,
    processes: Processes = 0,
    engine: Engine = DEFAULTS.engine,
    ray_address: RayAddress = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Add news articles to the store: new ones are parsed and kept, copies marked, stories updated.

    Adding the same input again changes nothing; a changed text from the same file or URL is kept as a new
    version. Finished batches are saved about once a second, so an interrupted add keeps what it saved: run
    it again to finish the rest. Inputs that cannot be read are named on stderr and skipped; the exit code
    is then 1.

    Example: sitroom add articles/ --store news.db
    """
    options = reading_options(model, max_bytes, timeout, processes, engine, ray_address)
    setup_notices(quiet)
    try:
        with progress(not quiet, "adding") as (on_read, on_progress):
            report = add_to_store(
                inputs, store, meta=meta, options=options, on_read=on_read, on_progress=on_progress
            )
    except SitroomError as error:
        raise fail(str(error)) from None
    if not quiet:
        typer.echo(summary(report, store), err=True)
    if report.failures:
        raise typer.Exit(1)


def summary(report: AddReport, store: Path) -> str:
    """One line a person reads after an add: what changed in which store."""
    new = len(report.added) - len(report.versions)
    parts = [f"added {new} article{'' if new == 1 else 's'}"]
    if report.versions:
        parts.append(f"{len(report.versions)} new version{'' if len(report.versions) == 1 else 's'}")
    if report.copies:
        parts.append(f"{len(report.copies)} of them copies")
    if report.unchanged:
        parts.append(f"{len(report.unchanged)} already stored")
    if report.new_stories:
        parts.append(f"{report.new_stories} new stor{'y' if report.new_stories == 1 else 'ies'}")
    if report.failures:
        parts.append(f"{len(report.failures)} failed")
    return f"{store}: " + ", ".join(parts)
