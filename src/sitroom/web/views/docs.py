"""The API's documentation, written from its OpenAPI description on the server.

FastAPI's own documentation pages load their script from a CDN, which an offline app cannot use and its
Content-Security-Policy forbids; this page lists the same endpoints, parameters and descriptions as plain
HTML, and ``/openapi.json`` has the machine-readable description.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from sitroom.web.templating import page

router = APIRouter(include_in_schema=False)


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    endpoints = [
        {
            "method": method.upper(),
            "path": path,
            "summary": operation.get("summary", ""),
            "description": operation.get("description", ""),
            "parameters": [
                {
                    "name": p["name"],
                    "where": p["in"],
                    "required": p.get("required", False),
                    "type": p.get("schema", {}).get("type", ""),
                    "description": p.get("description") or p.get("schema", {}).get("description", ""),
                }
                for p in operation.get("parameters", [])
            ],
        }
        for path, operations in spec.get("paths", {}).items()
        for method, operation in operations.items()
    ]
    return page(request, "docs.html.j2", spec=spec, endpoints=endpoints)
