"""What the CLI shows a person: one-line notices on stderr, a progress bar, and written files."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from sitroom.api import brief as build_brief
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
    show = not quiet and sys.stderr.isatty()
    try:
        with _progress(show) as (on_read, on_progress):
            return build_brief(
                inputs,
                meta=meta,
                options=options,
                on_read=on_read,
                on_progress=on_progress,
            )
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
def _progress(show: bool) -> Iterator[tuple[Callable[[int], None] | None, Callable[[int], None] | None]]:
    if not show:
        yield None, None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), transient=True
    ) as progress:
        task = progress.add_task("articles", total=None)

        def on_read(total: int) -> None:
            progress.update(task, total=total)

        def on_progress(done: int) -> None:
            progress.advance(task, done)

        yield on_read, on_progress
