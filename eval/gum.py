"""Read a GUM news document (``gum-news/xml``) into the text a reader would see, with token offsets and the
character spans of its annotation elements.

GUM gives one token a line (word, PTB tag, lemma, CLAWS tag, UPOS, deprel) between element lines such as
``<p>``, ``<s>``, ``<quote>``, ``<date when="...">``. The evaluations score sitroom on ordinary text, so the
text is rebuilt from the token lines and detokenised the way news is printed: no space before closing
punctuation, clitics (``n't``, ``'s``) or a closing quotation mark (GUM's tags say which side a mark is
on), none after an opening mark or bracket, none inside a ``<w>`` word (``T-shirt``); sentences are joined
by a space and paragraphs (``<p>``, ``<head>``, ``<caption>``, ``<item>``) by a blank line. An element's
extent is the tokens between its opening and closing lines. The quote evaluation (``eval/quotes.py``)
reads ``<quote>``/``<q>`` through this module and the time evaluation (``eval/times.py``) ``<date>``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

GUM_XML = Path("data") / "gum-news" / "xml"

Token = tuple[int, int, str]  # start, end (in the rebuilt text) and PTB tag

_BLOCKS = frozenset({"p", "head", "caption", "item", "list", "figure"})
_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "…"})
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "#"})
_CLITICS = frozenset(
    {"n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"}
)
_ELEMENT = re.compile(r"<(/?)([A-Za-z]+)")
_ATTRIBUTE = re.compile(r"([\w:.-]+)=\"([^\"]*)\"")


@dataclass(frozen=True, slots=True)
class GumElement:
    """One annotation element: its tag, its attributes (values unescaped) and the tokens inside it."""

    tag: str
    attributes: Mapping[str, str]
    tokens: tuple[Token, ...]

    @property
    def span(self) -> tuple[int, int] | None:
        """``[start, end)`` from its first to its last token; None for an element without tokens."""
        return (self.tokens[0][0], self.tokens[-1][1]) if self.tokens else None


@dataclass(frozen=True, slots=True)
class GumDocument:
    """A GUM document: its rebuilt text, every token, the elements asked for (in the order they open) and
    the attributes of its ``<text>`` element (``dateCreated`` is the publication date)."""

    name: str
    text: str
    tokens: tuple[Token, ...]
    elements: tuple[GumElement, ...]
    attributes: Mapping[str, str]


def read_gum_document(xml: str, name: str = "", tags: Collection[str] = ()) -> GumDocument:
    """A ``gum-news/xml`` document with its text rebuilt from the token lines (see the module docstring) and
    the elements whose tag is in ``tags``, each with the tokens it holds."""
    parts: list[str] = []
    size = 0
    tokens: list[Token] = []
    text_attributes: dict[str, str] = {}
    # Elements open now, by tag: (index into ``found``, its tokens so far); nested same-tag elements stack.
    open_elements: dict[str, list[tuple[int, list[Token]]]] = {tag: [] for tag in tags}
    found: list[GumElement | None] = []
    attributes: list[dict[str, str]] = []
    block = False  # a paragraph boundary comes before the next token (sentences: one space)
    in_word = 0  # tokens seen inside the current <w> (0: not in one)
    previous: tuple[str, str] | None = None
    for line in xml.splitlines():
        if "\t" in line:
            cells = line.split("\t")
            word, tag = html.unescape(cells[0]), cells[1] if len(cells) > 1 else ""
            if not tokens:
                gap = ""
            elif block:
                gap = "\n\n"
            elif in_word > 1 or _attached(previous, word, tag):
                gap = ""
            else:
                gap = " "
            parts += [gap, word]
            start = size + len(gap)
            size = start + len(word)
            token = (start, size, tag)
            tokens.append(token)
            for stack in open_elements.values():
                for _, inside in stack:
                    inside.append(token)
            block = False
            in_word += bool(in_word)
            previous = (word, tag)
            continue
        match = _ELEMENT.match(line)
        if match is None:
            continue
        closing, element = match.group(1) == "/", match.group(2)
        if element == "text" and not closing:
            text_attributes = _attributes(line)
        if element in _BLOCKS:
            block = True
        elif element == "w":
            in_word = 0 if closing else 1
        if element in open_elements:
            stack = open_elements[element]
            if not closing:
                stack.append((len(found), []))
                found.append(None)
                attributes.append(_attributes(line))
            elif stack:
                index, inside = stack.pop()
                found[index] = GumElement(element, attributes[index], tuple(inside))
    return GumDocument(
        name,
        "".join(parts),
        tuple(tokens),
        tuple(element for element in found if element is not None),
        text_attributes,
    )


def _attributes(line: str) -> dict[str, str]:
    return {key: html.unescape(value) for key, value in _ATTRIBUTE.findall(line)}


def _attached(previous: tuple[str, str] | None, word: str, tag: str) -> bool:
    """Whether ``word`` is printed against the token before it (no space between)."""
    if previous is None:
        return True
    before, before_tag = previous
    if tag == "''" or tag == "POS" or word in _NO_SPACE_BEFORE or word.lower() in _CLITICS:
        return True
    return before_tag == "``" or before in _NO_SPACE_AFTER


def gum_files(shared: Path, limit: int | None = None) -> list[Path]:
    """The GUM news XML files under ``shared`` in name order (the first ``limit``); [] when absent."""
    return sorted((Path(shared) / GUM_XML).glob("*.xml"))[:limit]
