"""``sitroom demo``: analyse the bundled sample corpus and write the brief in every format."""

from __future__ import annotations

from contextlib import chdir
from importlib.resources import as_file, files
from pathlib import Path
from typing import Annotated

import typer

from sitroom.cli.output import run_brief, write
from sitroom.options import DEFAULT_MODEL, Options
from sitroom.render import FORMATS


def demo(
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder to write brief.{json,md,html} into.")
    ] = Path("sitroom-demo"),
    model: Annotated[str, typer.Option("--model", help="Installed spaCy English pipeline.")] = DEFAULT_MODEL,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or notices.")] = False,
) -> None:
    """Analyse the bundled sample corpus (the July 2015 Greek debt crisis, retold) into sitroom-demo/.

    Example: sitroom demo && open sitroom-demo/brief.html
    """
    out = out.resolve()
    # Read from inside the package folder so that sources read "corpus/01_banks_shut.txt" wherever
    # sitroom is installed, and the demo brief is the same file on every machine.
    with as_file(files("sitroom.demo").joinpath("corpus")) as corpus, chdir(corpus.parent):
        result = run_brief(["corpus"], meta=None, options=Options(model=model), quiet=quiet)
    for fmt in FORMATS:
        write(result, fmt, out / f"brief.{fmt}")
    people = sum(1 for e in result.entities if e.type == "PERSON")
    analysed = sum(1 for a in result.articles if a.analysable)
    typer.echo(
        f"Read {len(result.articles)} articles and analysed {analysed}: {len(result.entities)} actors "
        f"and places, {people} people.\n"
        f"Wrote {out / 'brief.html'} (open it in a browser), {out / 'brief.md'} and {out / 'brief.json'}."
    )
