"""The Typer application and the commands it holds."""

from __future__ import annotations

import typer

from sitroom.cli import add as add_command
from sitroom.cli import brief as brief_command
from sitroom.cli import demo as demo_command
from sitroom.cli import export as export_command
from sitroom.cli import serve as serve_command
from sitroom.cli import stories as stories_command

app = typer.Typer(
    name="sitroom",
    help="A situation room for the news: a sourced brief from a pile of articles, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("brief")(brief_command.brief)
app.command("demo")(demo_command.demo)
app.command("add")(add_command.add)
app.command("stories")(stories_command.stories)
app.command("export")(export_command.export)
app.command("serve")(serve_command.serve)
