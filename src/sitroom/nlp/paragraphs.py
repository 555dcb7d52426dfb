"""A paragraph starts a sentence, so a heading is not read as the subject of the paragraph under it.

Web articles carry crossheads and captions with no final stop ("Deep-seated divisions", "Mixed mood"): the
small English model runs them into the next paragraph's sentence, and the heading becomes its subject
while the person who speaks there becomes an apposition ("Mixed mood  On the streets …"). A blank line
ends a sentence in any news text, so the token after one is marked a sentence start before the parser
runs; the parser keeps sentence starts set before it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "sitroom_paragraphs"


@Language.component(COMPONENT)
def start_paragraphs(doc: Doc) -> Doc:
    """``doc`` with a sentence start set on the first word after every blank line."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if not token.is_space and before.is_space and before.text.count("\n") >= 2:
            token.is_sent_start = True
    return doc
