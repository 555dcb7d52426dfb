"""Adding articles from the browser, when the server was started with ``--allow-add``.

Uploaded files (any input ``sitroom add`` reads: text, HTML, JSON Lines, feeds, WARC) and pasted text go
through :func:`sitroom.api.add` exactly as from the command line, one add at a time. Each upload is written
under a folder named by its content's hash, so sending the same file twice is recognised as already stored.
File names are reduced to safe characters and the folder is removed afterwards. Without ``--allow-add``
these addresses answer 403 and the app never writes.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse
from starlette.exceptions import HTTPException

from sitroom.api import add
from sitroom.options import Options
from sitroom.store import AddReport
from sitroom.web.templating import page

router = APIRouter()
_ONE_AT_A_TIME = threading.Lock()
_UNSAFE = re.compile(r"[^\w.-]+")
MAX_FILES = 200


@router.get("/add", response_class=HTMLResponse, include_in_schema=False)
def add_form(request: Request) -> HTMLResponse:
    _allowed(request)
    return page(request, "add.html.j2", report=None)


@router.post("/add", response_class=HTMLResponse, include_in_schema=False)
async def add_page(
    request: Request,
    files: Annotated[list[UploadFile] | None, File()] = None,
    text: Annotated[str, Form(max_length=2_000_000)] = "",
    title: Annotated[str, Form(max_length=500)] = "",
    outlet: Annotated[str, Form(max_length=200)] = "",
    published: Annotated[str, Form(max_length=40)] = "",
    url: Annotated[str, Form(max_length=2000)] = "",
) -> HTMLResponse:
    _allowed(request)
    uploads = [(f.filename or "upload", await f.read()) for f in files or [] if f.filename]
    if text.strip():
        record = {"title": title, "outlet": outlet, "published": published, "url": url, "text": text}
        record = {key: value.strip() for key, value in record.items() if value.strip()}
        uploads.append(("pasted.jsonl", json.dumps(record, ensure_ascii=False).encode()))
    if not uploads:
        return page(request, "add.html.j2", status=400, report=None, problem="Choose files or paste a text.")
    report = _add(request, uploads)
    return page(request, "add.html.j2", report=report)


@router.post("/api/articles", summary="Add articles (only with --allow-add)", status_code=200)
def add_records(request: Request, records: list[dict[str, str]]) -> dict:
    """Add JSON records (`text` or `html`, plus any of `id`, `title`, `url`, `outlet`, `author`,
    `published`), as `sitroom add` reads a JSON Lines file. Returns what was added, already stored, found to
    be a copy, and what failed. 403 unless the server was started with `--allow-add`."""
    _allowed(request)
    if not records:
        raise HTTPException(400, "Send a list of at least one record.")
    lines = "\n".join(json.dumps(record, ensure_ascii=False) for record in records)
    report = _add(request, [("records.jsonl", lines.encode())])
    return {
        "added": list(report.added),
        "versions": list(report.versions),
        "unchanged": list(report.unchanged),
        "copies": list(report.copies),
        "new_stories": report.new_stories,
        "failed": [{"source": f.source, "reason": f.reason} for f in report.failures],
    }


def _allowed(request: Request) -> None:
    if not request.app.state.allow_add:
        raise HTTPException(403, "Adding is off: start the server with `sitroom serve --allow-add`.")


def _add(request: Request, uploads: list[tuple[str, bytes]]) -> AddReport:
    if len(uploads) > MAX_FILES:
        raise HTTPException(413, f"Send at most {MAX_FILES} files at once.")
    digest = hashlib.sha256()
    for name, data in uploads:
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    folder = Path(tempfile.gettempdir()) / "sitroom-uploads" / digest.hexdigest()[:24]
    with _ONE_AT_A_TIME:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for number, (name, data) in enumerate(uploads):
                safe = _UNSAFE.sub("_", Path(name).name).strip("._") or f"upload-{number}"
                (folder / safe).write_bytes(data)
            return add([str(folder)], store=request.app.state.archive.path, options=Options(processes=1))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
