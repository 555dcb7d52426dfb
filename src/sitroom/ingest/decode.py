"""Bytes to text, refusing what is not text rather than passing on garbage."""

from __future__ import annotations

import codecs

from sitroom.errors import InputError

# Share of control characters above which a file is binary, not text with a few stray bytes.
_MAX_CONTROL_SHARE = 0.01
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}


def decode(data: bytes, source: str) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252, in that order.

    Raises :class:`InputError` for empty input, binary data, or bytes no candidate decodes.
    """
    if not data.strip():
        raise InputError(source, "is empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    elif b"\x00" in data[:8192]:
        raise InputError(source, "is binary, not text")
    else:
        candidates = ["utf-8-sig", "cp1252"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            raise InputError(source, "is binary, not text")
        return text
    raise InputError(source, "cannot be decoded as UTF-8 or Windows-1252 text")


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ch < " " and ch not in _ALLOWED_CONTROLS)
    return controls > _MAX_CONTROL_SHARE * max(len(sample), 1)
