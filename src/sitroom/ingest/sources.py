"""Turn what the user named (files, folders, ``-``, URLs) into raw inputs, each read within a size limit.

Nothing here interprets content; it only finds the bytes and says where they came from. Every failure
becomes an :class:`~sitroom.errors.InputError` naming the input, so the caller can skip it and go on.
"""

from __future__ import annotations

import gzip
import io
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sitroom.errors import InputError

USER_AGENT = "sitroom/0.1 (+offline news brief; https://example.invalid/sitroom)"
# Files a folder walk passes over without complaint: hidden files, editor litter, manifests handled apart.
_SKIPPED_SUFFIXES = {".pyc", ".swp", ".tmp", ".DS_Store", ".lock"}


@dataclass(frozen=True, slots=True)
class RawInput:
    """The bytes of one input and where they came from.

    ``source`` is the name shown to the user (the path as given or found, the URL, ``-``);
    ``name`` is the file name or URL path used to guess the format; ``content_type`` is the HTTP
    media type for URLs.
    """

    source: str
    name: str
    data: bytes
    url: str | None = None
    content_type: str | None = None
    path: Path | None = None


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def expand(inputs: list[str], *, skip: set[Path] = frozenset()) -> Iterator[str | Path | InputError]:
    """Yield each input to read: URLs and ``-`` as given, files as paths, folders walked in sorted order.

    Paths in ``skip`` (a manifest inside a folder being read) are passed over; a missing path is
    yielded as an :class:`InputError` so the caller reports it in order.
    """
    for item in inputs:
        if item == "-" or is_url(item):
            yield item
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path)))
            for file in found:
                if file.resolve() not in skip and file.suffix not in _SKIPPED_SUFFIXES:
                    yield file
        elif path.exists():
            yield path
        else:
            yield InputError(item, "no such file or folder")


def _hidden(relative: Path) -> bool:
    return any(part.startswith((".", "__")) for part in relative.parts)


def read(item: str | Path, *, max_bytes: int, timeout: float) -> RawInput:
    """Read one input's bytes, refusing anything over ``max_bytes`` before loading it."""
    if item == "-":
        data = _read_limited(sys.stdin.buffer, max_bytes, "-")
        return RawInput(source="-", name="-", data=data)
    if isinstance(item, str):
        return _fetch(item, max_bytes=max_bytes, timeout=timeout)
    return _read_file(item, max_bytes=max_bytes)


def _read_file(path: Path, *, max_bytes: int) -> RawInput:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(source, f"{size:,} bytes is over the {max_bytes:,}-byte limit (--max-bytes)")
        with path.open("rb") as handle:
            data = _read_limited(handle, max_bytes, source)
    except PermissionError:
        raise InputError(source, "permission denied") from None
    except IsADirectoryError:
        raise InputError(source, "is a folder, not a file") from None
    except OSError as error:
        raise InputError(source, f"cannot be read ({error.strerror or error})") from None
    name = path.name
    if name.endswith(".gz"):
        data = _gunzip(data, source, max_bytes)
        name = name[:-3]
    return RawInput(source=source, name=name, data=data, path=path)


def _fetch(url: str, *, max_bytes: int, timeout: float) -> RawInput:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InputError(
                    url, f"{int(length):,} bytes is over the {max_bytes:,}-byte limit (--max-bytes)"
                )
            data = _read_limited(response, max_bytes, url)
            content_type = response.headers.get_content_type()
            final_url = response.geturl()
    except urllib.error.HTTPError as error:
        raise InputError(url, f"the server answered HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise InputError(url, f"no answer within {timeout:g} s (--timeout)") from None
        raise InputError(url, f"cannot be fetched ({reason})") from None
    except TimeoutError:
        raise InputError(url, f"no answer within {timeout:g} s (--timeout)") from None
    except (OSError, ValueError) as error:
        raise InputError(url, f"cannot be fetched ({error})") from None
    name = final_url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    return RawInput(source=url, name=name, data=data, url=final_url, content_type=content_type)


def _read_limited(handle: BinaryIO, max_bytes: int, source: str) -> bytes:
    data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(source, f"more than {max_bytes:,} bytes, over the limit (--max-bytes)")
    return data


def _gunzip(data: bytes, source: str, max_bytes: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            return _read_limited(handle, max_bytes, source)
    except (OSError, EOFError) as error:
        raise InputError(source, f"is not a readable gzip file ({error})") from None
