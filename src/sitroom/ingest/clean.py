"""Clean scraped article text: repair encodings, normalise, and drop web furniture.

Real scraped text carries video-player notices, image captions, share prompts and related-link labels
between its paragraphs; they are not part of the article and would otherwise be read as sentences.
Only whole lines that match the furniture lexicon are removed, so real paragraphs are never cut.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import ftfy

from sitroom import lexicons

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_TERMINAL = tuple('.!?:;"”’)]…')
# A line this short with no sentence punctuation, straight after a video-player notice, is the
# video's own headline ("NATO blamed for Russia tensions"), shown by the player, not article text.
_PLAYER_LABEL_MAX_WORDS = 12
# Lines of a hard-wrapped block (text reflowed at a fixed width, as in e-mail or wire copy).
_WRAP_MIN, _WRAP_MAX = 50, 90
# The notices a video player leaves ("Please use Chrome browser for a more accessible video player",
# "Video unavailable"); only these announce a player headline on the next line, not every line that
# says "video" (a "Video: ..." caption is followed by article text).
_PLAYER_NOTICE = re.compile(r"\b(?:player|browser)\b|\bvideo (?:is )?(?:not |un)available", re.IGNORECASE)
# A list bullet in front of a furniture line ("- Share this article") leaves it furniture.
_BULLET = r"(?:[-–•·*]\s*)?"


@cache
def _furniture() -> re.Pattern[str]:
    alternatives = "|".join(f"(?:{pattern})" for pattern in lexicons.lines("furniture.txt"))
    return re.compile(rf"^{_BULLET}(?:{alternatives})$", re.IGNORECASE)


def repair(text: str) -> str:
    """Fix mojibake and broken encodings, keep typographic quotes, and NFC-normalise."""
    fixed = ftfy.fix_text(text, uncurl_quotes=False, fix_character_width=False, normalization="NFC")
    return unicodedata.normalize("NFC", fixed)


def is_furniture(line: str) -> bool:
    """True when a whole line is web furniture rather than article text."""
    return bool(_furniture().match(line.strip()))


def clean_text(text: str, *, unwrap: bool = True) -> str:
    """Repaired, furniture-free text with one blank line between paragraphs.

    With ``unwrap`` (plain text), hard-wrapped paragraphs are joined back into one line so that the
    parser sees whole sentences. Text extracted from HTML has one paragraph per line already and is
    cleaned with ``unwrap=False``: joining there would merge real paragraphs (a heading without a full
    stop and the paragraph under it, or a run of short paragraphs of similar length).
    """
    text = repair(text).replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    blocks: list[list[str]] = [[]]
    for raw in text.split("\n"):
        line = _SPACES.sub(" ", raw).strip()
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    paragraphs: list[str] = []
    after_player = False
    for block in blocks:
        for line in _unwrap(block) if unwrap else block:
            if is_furniture(line):
                after_player = bool(_PLAYER_NOTICE.search(line))
                continue
            if after_player and _is_label(line):
                after_player = False
                continue
            after_player = False
            paragraphs.append(line)
    return "\n\n".join(paragraphs)


def _is_label(line: str) -> bool:
    return len(line.split()) <= _PLAYER_LABEL_MAX_WORDS and not line.endswith(_TERMINAL)


def _unwrap(block: list[str]) -> list[str]:
    """Join lines that continue one another; keep lines that are paragraphs of their own."""
    if len(block) >= 3 and all(_WRAP_MIN <= len(line) <= _WRAP_MAX for line in block[:-1]):
        return [" ".join(block)]
    lines: list[str] = []
    for line in block:
        if lines and _continues(lines[-1], line):
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
    return lines


def _continues(previous: str, line: str) -> bool:
    """A line starting in lower case after one with no closing punctuation is the same sentence."""
    return not previous.endswith(_TERMINAL) and line[:1].islower()
