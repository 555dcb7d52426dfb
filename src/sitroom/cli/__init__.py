"""The ``sitroom`` command: thin wrappers that parse options, call the library and write the result."""

from __future__ import annotations

from sitroom.cli.app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
