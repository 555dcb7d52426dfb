"""A wire dateline is a sentence of its own, so the parser does not make its place the lede's subject.

"LONDON (AP) — Britain's Labour Party was accused of …" is one sentence to the small English model, with
"LONDON" as the subject of "accused": the place then stands in for the accused party, and a "SIOUX FALLS,
S.D. – People are talking about it" becomes a meeting held by Sioux Falls. A paragraph that opens with
a place (in capitals, or a place the gazetteer knows: "Indianapolis –"; a state, a date or an agency
in brackets may follow) and a dash is cut after the dash before the parser runs; the parser keeps
sentence starts set before it.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from sitroom import gazetteer

COMPONENT = "sitroom_datelines"

_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*"
    r"(?P<place>[A-Z][A-Za-z.'’-]+(?:[ ][A-Z][A-Za-z.'’-]+){0,3})"  # LONDON, SIOUX FALLS, Indianapolis
    r"(?:,[ ][A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+){0,2})?"  # its state or country: , S.D., , Ukraine
    r"(?:,[ ][A-Z][a-z]{2,8}\.?[ ]\d{1,2}(?:,[ ]\d{4})?)?"  # a date: , Jan. 12, , July 5, 2015
    r"(?:[ ]?\([^()\n]{2,40}\))?"  # the agency: (AP), (Reuters)
    r"[ ]?(?:(?:—|–|--|-)[ ]|—(?=[A-Z]))"  # a dash and a space, or a tight em dash: "PARIS—France's"
)


@Language.component(COMPONENT)
def cut_datelines(doc: Doc) -> Doc:
    """``doc`` with a sentence start set after every dateline that opens a paragraph."""
    starts = {token.idx: token for token in doc}
    for match in _DATELINE.finditer(doc.text):
        place = match["place"]
        if not place.isupper() and gazetteer.place(place) is None:
            continue  # "Indianapolis –" is a dateline, "Parliament – the upper house –" is not
        if (token := starts.get(match.end())) is not None:
            token.is_sent_start = True
    return doc
