"""Annotate stage: load a spaCy English pipeline once per process and parse article texts."""

from sitroom.nlp.model import describe, load_model

__all__ = ["describe", "load_model"]
