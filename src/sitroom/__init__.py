"""sitroom: a situation room for the news.

Read a pile of news articles and get back a sourced brief: the actors and their offices, who said what,
every item linked to the characters it came from. ``sitroom.brief(inputs)`` is the whole pipeline in one call;
``sitroom.add(inputs, store)`` keeps articles in an archive and ``sitroom.stored_brief(store)`` briefs it.
"""

__version__ = "0.1.0"

from sitroom.api import add, brief, stored_brief
from sitroom.errors import InputError, ManifestError, ModelError, SitroomError, StoreError
from sitroom.options import Options
from sitroom.types import (
    Article,
    Brief,
    Comparison,
    Entity,
    Event,
    Failure,
    Figure,
    Mention,
    Quote,
    Role,
    Story,
    Time,
)

__all__ = [
    "Article",
    "Brief",
    "Comparison",
    "Entity",
    "Event",
    "Failure",
    "Figure",
    "InputError",
    "ManifestError",
    "Mention",
    "ModelError",
    "Options",
    "Quote",
    "Role",
    "SitroomError",
    "StoreError",
    "Story",
    "Time",
    "__version__",
    "add",
    "brief",
    "stored_brief",
]
