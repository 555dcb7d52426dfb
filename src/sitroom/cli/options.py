"""The options several commands share, declared once so their names, help and defaults cannot drift."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sitroom.cli.output import fail
from sitroom.options import Options

DEFAULTS = Options()
DEFAULT_STORE = Path("sitroom.db")

Meta = Annotated[str | None, typer.Option("--meta", help="CSV or JSONL manifest keyed by file or id.")]
Model = Annotated[str, typer.Option("--model", help="Installed spaCy English pipeline.")]
MaxBytes = Annotated[int, typer.Option("--max-bytes", help="Skip any input larger than this.")]
Timeout = Annotated[float, typer.Option("--timeout", help="Seconds to wait for each URL.")]
Processes = Annotated[
    int, typer.Option("--processes", help="Worker processes, or a local Ray's CPUs (0: one per core).")
]
Engine = Annotated[
    str,
    typer.Option(
        "--engine",
        help="Where articles are parsed: local (worker processes here) or ray (Ray workers; "
        "pip install 'sitroom[ray]').",
    ),
]
RayAddress = Annotated[
    str | None,
    typer.Option(
        "--ray-address",
        help="The Ray cluster for --engine ray (default: RAY_ADDRESS, else a local one).",
    ),
]
ENGINES = ("local", "ray")
Story = Annotated[str | None, typer.Option("--story", help="Only this story (an id from `stories`).")]


def reading_options(
    model: str, max_bytes: int, timeout: float, processes: int, engine: str, ray_address: str | None
) -> Options:
    """The options of a command that reads and parses articles, its flags checked first."""
    if max_bytes <= 0:
        raise fail("--max-bytes must be a positive number of bytes")
    if engine not in ENGINES:
        raise fail(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    return Options(
        model=model,
        max_bytes=max_bytes,
        timeout=timeout,
        processes=processes,
        engine=engine,
        ray_address=ray_address,
    )
