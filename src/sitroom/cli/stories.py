"""``sitroom stories``: the stories a store holds, as a table or as JSON."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

from sitroom.cli.options import DEFAULT_STORE
from sitroom.cli.output import fail
from sitroom.errors import SitroomError

_FORMATS = ("table", "json")


def stories(
    store: Annotated[Path, typer.Option("--store", help="The store to list.")] = DEFAULT_STORE,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """List the stories in the store, most recently active first: id, dates, articles (copies apart),
    outlets, top actors and title. Brief one with `sitroom brief --store FILE --story ID`.

    Example: sitroom stories --store news.db
    """
    from sitroom.store import Store, list_stories

    if fmt not in _FORMATS:
        raise fail(f"unknown format {fmt!r}; choose one of {', '.join(_FORMATS)}")
    try:
        with Store(store, create=False) as archive:
            listed = list_stories(archive)
    except SitroomError as error:
        raise fail(str(error)) from None
    if fmt == "json":
        sys.stdout.write(json.dumps([asdict(s) for s in listed], ensure_ascii=False, indent=1) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(listed)} stories in {store}", title_justify="left")
    table.add_column("id", no_wrap=True)
    table.add_column("dates", no_wrap=True)
    table.add_column("articles", justify="right", no_wrap=True)
    table.add_column("outlets", justify="right")
    table.add_column("top actors")
    table.add_column("title")
    for story in listed:
        dates = story.first if story.first == story.last else f"{story.first or '?'} – {story.last or '?'}"
        count = f"{len(story.articles)}" + (f" +{story.copies} copies" if story.copies else "")
        table.add_row(
            story.id,
            dates or "undated",
            count,
            str(len(story.outlets)),
            ", ".join(story.actors[:3]),
            story.title,
        )
    Console(width=None if sys.stdout.isatty() else 160).print(table)
