"""The app's own style, script and icon, served from the package: nothing is loaded from elsewhere.

Only the files named in :data:`ASSETS` are served, read once; a request names one of them or gets a 404,
so no path a request sends ever reaches the file system.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from fastapi import APIRouter
from fastapi.responses import Response

from sitroom.web.archive import NotFound

ASSETS = {
    "site.css": "text/css; charset=utf-8",
    "site.js": "text/javascript; charset=utf-8",
    "favicon.svg": "image/svg+xml",
}
router = APIRouter(include_in_schema=False)


@router.get("/static/{name}")
def asset(name: str) -> Response:
    if name not in ASSETS:
        raise NotFound(f"There is no asset {name!r}.")
    return Response(_read(name), media_type=ASSETS[name], headers={"cache-control": "max-age=3600"})


@router.get("/favicon.ico")
def favicon() -> Response:
    return asset("favicon.svg")


@cache
def _read(name: str) -> bytes:
    return (files("sitroom.web") / "static" / name).read_bytes()
