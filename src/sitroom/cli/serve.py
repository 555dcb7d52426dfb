"""``sitroom serve``: the situation room, a local web app over a store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sitroom.cli.options import DEFAULT_STORE
from sitroom.cli.output import fail
from sitroom.errors import SitroomError

LOOPBACK = "127.0.0.1"


def serve(
    store: Annotated[Path, typer.Option("--store", help="The store to serve.")] = DEFAULT_STORE,
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on.")] = 8000,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on; anything but loopback exposes the store.")
    ] = LOOPBACK,
    allow_add: Annotated[
        bool, typer.Option("--allow-add", help="Let readers add articles from the browser.")
    ] = False,
) -> None:
    """Open the situation room on the store: stories, story pages with overview, key developments,
    timeline, actor network and map, actor and article pages, search, and a JSON API (/docs). Served on
    this machine only, read-only unless --allow-add; nothing is loaded from the network.

    Example: sitroom serve --store news.db --port 8000
    """
    import uvicorn

    from sitroom.web import create_app

    hosts = {host, "127.0.0.1", "localhost", "::1", "[::1]"} if host not in ("0.0.0.0", "::") else {"*"}
    try:
        app = create_app(store, allow_add=allow_add, hosts=hosts)
    except SitroomError as error:
        raise fail(str(error)) from None
    if host != LOOPBACK:
        typer.echo(f"warning: listening on {host}: anyone who can reach it can read the store", err=True)
    address = f"http://{host}:{port}/"
    typer.echo(f"sitroom: serving {store} on {address} (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
