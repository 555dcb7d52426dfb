"""Fixtures for the read-stage tests: a small news page and a local web server that serves it.

The texts are written for these tests (an invented port strike); none comes from a real outlet.
Tests reach them through fixtures, not imports, so they work under any pytest import mode.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour cranes idle as dockers strike for a second week | The Coastal Ledger</title>
<meta property="og:title" content="Harbour cranes idle as dockers strike for a second week">
<meta property="og:site_name" content="The Coastal Ledger">
<meta name="author" content="Mara Lindqvist">
<meta property="article:published_time" content="2023-03-14T08:30:00Z">
<link rel="canonical" href="https://ledger.example.org/news/harbour-strike">
</head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour cranes idle as dockers strike for a second week</h1>
<p>Container ships queued outside the port of Vellmar on Tuesday as a strike by dock workers entered
its second week, with no talks scheduled between the union and the port authority.</p>
<p>The union says its members have not had a pay rise in three years and that new shift rotas leave
some crews working fourteen hours at a stretch. The port authority says the rotas were agreed with staff
representatives last spring.</p>
<p>“We are not going back until someone sits down with us,” said Ilse Norberg, who has driven a
straddle carrier at the terminal for eleven years.</p>
<p>Share this article</p>
<p>Local shopkeepers said deliveries of fresh produce had slowed, and the regional chamber of commerce
warned that a long dispute would cost jobs well beyond the docks.</p>
</article>
<footer>© The Coastal Ledger. All rights reserved.</footer>
</body>
</html>
"""

PAGE_TITLE = "Harbour cranes idle as dockers strike for a second week"
PAGE_FIRST = "Container ships queued outside the port of Vellmar on Tuesday"

NOTE = "Ferry timetable changes\n\nThe morning ferry to Skellan will leave twenty minutes later on Mondays.\n"


@dataclass(frozen=True)
class Page:
    """The test page, what its article should read as, and the metadata it declares."""

    html: str = PAGE
    title: str = PAGE_TITLE
    first: str = PAGE_FIRST
    outlet: str = "The Coastal Ledger"
    author: str = "Mara Lindqvist"
    published: str = "2023-03-14"
    url: str = "https://ledger.example.org/news/harbour-strike"


@pytest.fixture
def page() -> Page:
    return Page()


# How long the slow endpoint keeps a client waiting; tests give it a much shorter timeout.
SLOW_SECONDS = 2.0


ROUTES = {
    "/news/harbour-strike": ("text/html; charset=utf-8", PAGE),
    "/notes/ferry": ("text/plain; charset=utf-8", NOTE),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(SLOW_SECONDS)
        route = ROUTES.get(self.path)
        if route is None:
            self.send_error(404, "Not Found")
            return
        content_type, body = route
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The base URL of a web server on 127.0.0.1 serving a page, a text note, a 404 and a slow path."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
