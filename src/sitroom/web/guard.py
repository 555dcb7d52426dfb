"""The web app's outer wall: one ASGI middleware every request passes before any page sees it.

- **Host check.** A page on 127.0.0.1 can still be reached from a hostile web page through DNS rebinding
  (a name that resolves to the loopback address); only requests naming the loopback host, or the host the
  server was explicitly bound to, are answered.
- **Same origin for writes.** A form on another site can post to the loopback address with the right Host;
  a request that changes anything (any method but GET and HEAD) whose Origin is another site is refused.
- **Size limits.** Request lines over :data:`MAX_URL` characters and bodies over the limit (declared or
  streamed) are refused before they are read in full, so no request can make the server hold much memory.
- **Headers.** Every response carries a strict Content-Security-Policy (only the app's own style, script
  and images; no inline script or style, no frames, no other origin), and says not to sniff types, send
  referrers or be framed. The pages need nothing more: every asset ships with the package.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_URL = 4096
MAX_BODY = 1 << 20  # a read-only app takes no bodies; adding raises it (see sitroom.web.app)
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
POLICY = (
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS = (
    (b"content-security-policy", POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
)


class Guard:
    """Wraps the app: refuses what it must (see the module docstring) and adds the security headers."""

    def __init__(self, app: ASGIApp, *, hosts: Iterable[str] = LOOPBACK, max_body: int = MAX_BODY) -> None:
        self.app = app
        self.hosts = frozenset(host.lower() for host in hosts)
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = self._refusal(scope)
        if refusal is not None:
            await _plain(send, *refusal)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_body:
                raise _TooLarge
            return message

        async def secured_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = [
                    *message.get("headers", []),
                    *((name, value) for name, value in HEADERS if name not in names),
                ]
            await send(message)

        try:
            await self.app(scope, limited_receive, secured_send)
        except _TooLarge:
            await _plain(send, 413, "Request body too large.")

    def _refusal(self, scope: Scope) -> tuple[int, str] | None:
        headers = dict(scope.get("headers", []))
        if "*" not in self.hosts and _host(headers.get(b"host", b"")) not in self.hosts:
            return 421, "This server answers only on its own address (see sitroom serve --host)."
        origin = headers.get(b"origin")
        if (
            scope["method"] not in ("GET", "HEAD")
            and origin is not None
            and not _same_origin(origin, headers)
        ):
            return 403, "Requests that change the store must come from this app's own pages."
        if len(scope.get("raw_path", b"")) + len(scope.get("query_string", b"")) > MAX_URL:
            return 414, "Address too long."
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            return 413, "Request body too large."
        return None


class _TooLarge(Exception):
    pass


def _host(header: bytes) -> str:
    """The host named by a Host header, without its port."""
    host = header.decode("latin-1").strip().lower()
    if host.startswith("["):
        return host[: host.find("]") + 1]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _same_origin(origin: bytes, headers: dict[bytes, bytes]) -> bool:
    """Whether an Origin header names this server (scheme aside): ``http://127.0.0.1:8000``."""
    named = origin.decode("latin-1").strip().lower().split("://", 1)[-1]
    return named == headers.get(b"host", b"").decode("latin-1").strip().lower()


async def _plain(send: Send, status: int, text: str) -> None:
    body = text.encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                *HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
