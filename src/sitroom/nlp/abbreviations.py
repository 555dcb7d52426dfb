"""An abbreviated title keeps its full stop and ends no sentence: "said Cmdr. William Marks" is one name.

The small English model's tokenizer knows "Mr." and "Gen." but splits a rarer title ("Cmdr.", "Supt.",
"Amb.") into a word and a full stop, and the parser then ends the sentence there: the speaker becomes
"Cmdr" and the name starts a sentence of its own. Every abbreviation of ``lexicons/abbreviations.tsv`` is
made one token, and the word after one written before a name ("any" in the table) is marked as no
sentence start before the parser runs; the parser keeps what is set before it.
"""

from __future__ import annotations

from functools import cache

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from sitroom import lexicons

COMPONENT = "sitroom_abbreviations"


def keep_whole(nlp: Language) -> None:
    """Make each abbreviated title one token in ``nlp``'s tokenizer, as listed, capitalised and in
    capitals (those written before numbers, "No.", may end a sentence: "they voted No. The count …")."""
    for abbreviation in _before_names():
        for form in {abbreviation, abbreviation.capitalize(), abbreviation.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


@Language.component(COMPONENT)
def continue_after_titles(doc: Doc) -> Doc:
    """``doc`` with no sentence start on the word after an abbreviation written before a name."""
    titles = _before_names()
    for token in doc[1:]:
        if doc[token.i - 1].lower_ in titles and not token.is_space:
            token.is_sent_start = False
    return doc


@cache
def written_before() -> dict[str, str]:
    """Each abbreviation of ``lexicons/abbreviations.tsv``, lower case, with what it stands before: any
    word (a title, "st.") or a number ("no.", "jan.")."""
    return {word.lower(): before or "any" for word, before in lexicons.table("abbreviations.tsv", 2)}


def _before_names() -> frozenset[str]:
    return frozenset(word for word, before in written_before().items() if before == "any")
