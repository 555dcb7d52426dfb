"""The application object: the archive, the pages and their API, the static assets and the outer wall.

Read-only unless adding is allowed; bound to loopback by the command that serves it (``sitroom serve``),
and answering only requests addressed to the host it was bound to (see :mod:`sitroom.web.guard`). Errors
a reader can cause (an unknown story, article or actor) are a 404 page, or JSON under ``/api``; any other
error is a plain 500 page that shows no internals.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from sitroom import __version__
from sitroom.web.archive import Archive, NotFound
from sitroom.web.guard import LOOPBACK, MAX_BODY, Guard
from sitroom.web.templating import page
from sitroom.web.views import ROUTERS

MAX_UPLOAD = 64 << 20  # the most an add may send at once
log = logging.getLogger("sitroom")


def create_app(store: str | Path, *, allow_add: bool = False, hosts: Iterable[str] = LOOPBACK) -> FastAPI:
    """The situation room over the store at ``store``. ``allow_add`` lets readers add articles;
    ``hosts`` are the Host names answered (``*`` for any, when serving beyond this machine).
    Raises :class:`~sitroom.errors.StoreError` for a missing, foreign or damaged store."""
    app = FastAPI(
        title="sitroom",
        version=__version__,
        summary="The situation room's JSON API: the same records as the Brief JSON (sitroom.brief/1).",
        docs_url=None,
        redoc_url=None,
        lifespan=_lifespan,
    )
    app.state.archive = Archive(store)
    app.state.allow_add = allow_add
    for router in ROUTERS:
        app.include_router(router)
    app.add_exception_handler(NotFound, _not_found)  # type: ignore[arg-type]
    app.add_exception_handler(HTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _bad_request)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _failed)
    app.add_middleware(Guard, hosts=hosts, max_body=MAX_UPLOAD if allow_add else MAX_BODY)
    return app


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    app.state.archive.warm()
    yield
    app.state.archive.close()


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error(request: Request, status: int, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": message}, status_code=status)
    return page(request, "error.html.j2", status=status, code=status, message=message)


async def _not_found(request: Request, error: NotFound) -> Response:
    return _error(request, 404, str(error))


async def _http_error(request: Request, error: HTTPException) -> Response:
    message = error.detail if isinstance(error.detail, str) else "That request cannot be answered."
    if error.status_code == 404 and error.detail == "Not Found":
        message = "There is no page at this address."
    return _error(request, error.status_code, message)


async def _bad_request(request: Request, error: RequestValidationError) -> Response:
    problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
    return _error(request, 400, f"The request is not valid ({problems}).")


async def _failed(request: Request, error: Exception) -> Response:
    log.exception("error answering %s", request.url.path, exc_info=error)
    return _error(request, 500, "Something went wrong on the server; the log says what.")
