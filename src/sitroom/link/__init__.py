"""Link stage: corpus-level work over every article's records (entities, quotes, figures, times, events)."""

from sitroom.link.comparisons import compare
from sitroom.link.copies import mark_copies
from sitroom.link.entities import LinkedEntities, link_entities
from sitroom.link.events import link_events
from sitroom.link.figures import link_figures
from sitroom.link.quotes import link_quotes
from sitroom.link.stories import build_stories
from sitroom.link.times import link_times

__all__ = [
    "LinkedEntities",
    "build_stories",
    "compare",
    "link_entities",
    "link_events",
    "link_figures",
    "link_quotes",
    "link_times",
    "mark_copies",
]
