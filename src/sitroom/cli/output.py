"""What the CLI shows a person: one-line notices on stderr, a progress bar, and written files."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from sitroom.api import brief as build_brief
from sitroom.api import stored_brief
from sitroom.errors import SitroomError
from sitroom.options import Options
from sitroom.render import render
from sitroom.types import Brief


class _NoticeHandler(logging.Handler):
    """Library warnings as ``sitroom: <message>`` lines on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        typer.echo(f"sitroom: {record.getMessage()}", err=True)


def setup_notices(quiet: bool) -> None:
    logger = logging.getLogger("sitroom")
    if not any(isinstance(h, _NoticeHandler) for h in logger.handlers):
        logger.addHandler(_NoticeHandler())
    logger.setLevel(logging.ERROR if quiet else logging.WARNING)
    logger.propagate = False


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print one line for an error the user can fix and return the exit to raise."""
    typer.echo(f"sitroom: error: {message}", err=True)
    return typer.Exit(code)


def run_brief(inputs: list[str], *, meta: str | None, options: Options, quiet: bool) -> Brief:
    """Build the brief with a progress bar on a terminal; user errors become one line and exit 2."""
    setup_notices(quiet)
    try:
        with progress(not quiet, "analysing") as (on_read, on_progress):
            return build_brief(
                inputs,
                meta=meta,
                options=options,
                on_read=on_read,
                on_progress=on_progress,
            )
    except SitroomError as error:
        raise fail(str(error)) from None


def run_stored_brief(store: Path, story: str | None) -> Brief:
    """The brief of a store or of one of its stories; user errors become one line and exit 2."""
    try:
        return stored_brief(store, story)
    except SitroomError as error:
        raise fail(str(error)) from None


def write(brief: Brief, fmt: str, path: Path | None) -> None:
    text = render(brief, fmt)
    if path is None:
        sys.stdout.write(text)
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise fail(f"cannot write {path}: {error.strerror or error}") from None


@contextmanager
def progress(
    wanted: bool, label: str
) -> Iterator[tuple[Callable[[int], None] | None, Callable[[int], None] | None]]:
    """A progress bar on a terminal (none when not ``wanted`` or stderr is no terminal): the callbacks
    that set its total and advance it."""
    if not wanted or not sys.stderr.isatty():
        yield None, None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), transient=True
    ) as bar:
        task = bar.add_task("articles", total=None)

        def on_read(total: int) -> None:
            bar.update(task, total=total)

        def on_progress(done: int) -> None:
            bar.advance(task, done)

        yield on_read, on_progress
