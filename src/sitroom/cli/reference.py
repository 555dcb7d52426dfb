"""The README's command reference, generated from the commands' own ``--help``.

``python -m sitroom.cli.reference README.md`` rewrites the block between the markers; a test fails
when the README and the help text drift apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
import typer

from sitroom.cli.app import app

START = "<!-- cli-reference:start -->"
END = "<!-- cli-reference:end -->"


def reference() -> str:
    """Markdown with one plain-text ``--help`` block per command."""
    group = typer.main.get_command(app)
    parts = []
    with click.Context(group, info_name="sitroom", terminal_width=100) as root:
        for name in group.list_commands(root):  # type: ignore[attr-defined]
            command = group.get_command(root, name)  # type: ignore[attr-defined]
            with click.Context(command, info_name=name, parent=root, terminal_width=100) as ctx:
                parts.append(f"### `sitroom {name}`\n\n```\n{_plain_help(command, ctx)}\n```\n")
    return "\n".join(parts)


def _plain_help(command: click.Command, ctx: click.Context) -> str:
    """Click's own plain-text help layout (Typer's is drawn with boxes for a terminal)."""
    formatter = ctx.make_formatter()
    click.Command.format_usage(command, ctx, formatter)
    click.Command.format_help_text(command, ctx, formatter)
    click.Command.format_options(command, ctx, formatter)
    return formatter.getvalue().rstrip()


def rewrite(readme: Path) -> bool:
    """Put the current reference between the markers of ``readme``; True when it changed."""
    text = readme.read_text(encoding="utf-8")
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    updated = f"{head}{START}\n{reference()}{END}{tail}"
    if updated == text:
        return False
    readme.write_text(updated, encoding="utf-8")
    return True


if __name__ == "__main__":
    changed = rewrite(Path(sys.argv[1] if len(sys.argv) > 1 else "README.md"))
    print("README updated" if changed else "README already up to date")
