"""Run every extractor over one parsed article."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from sitroom.extract.collectives import extract_collectives
from sitroom.extract.entities import extract_mentions
from sitroom.extract.events import extract_events
from sitroom.extract.figures import extract_figures
from sitroom.extract.quotes import extract_quotes
from sitroom.extract.referents import with_genders
from sitroom.extract.roles import extract_roles
from sitroom.extract.terms import extract_terms
from sitroom.extract.times import cue_time, extract_times
from sitroom.types import Extraction


def extract_article(article_id: str, doc: Doc, published: str | None = None) -> Extraction:
    """Everything the extractors find in ``doc``, the parse of article ``article_id``'s text.

    ``published`` (``YYYY-MM-DD``) is the day relative time expressions are resolved against.
    """
    mentions = extract_mentions(doc)
    roles = extract_roles(doc, mentions)
    mentions = with_genders(doc, mentions, roles)
    quotes = extract_quotes(doc, mentions, roles)
    figures = extract_figures(doc, mentions, quotes)
    times = extract_times(doc, published, quotes)
    quotes = tuple(replace(q, time=cue_time(doc, q, times)) for q in quotes)
    # Unnamed collective parties ("protesters", "hostages") take part in events, never speak for a quote.
    mentions = tuple(sorted(mentions + extract_collectives(doc, mentions), key=lambda m: (m.start, m.end)))
    events = extract_events(doc, mentions, roles, quotes, times, published)
    return Extraction(
        article_id=article_id,
        mentions=mentions,
        roles=roles,
        quotes=quotes,
        figures=figures,
        times=times,
        events=events,
        terms=extract_terms(doc),
    )
