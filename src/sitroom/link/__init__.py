"""Link stage: corpus-level work over what every article produced (entities, quotes, figures, times)."""

from sitroom.link.comparisons import compare
from sitroom.link.duplicates import mark_duplicates
from sitroom.link.entities import LinkedEntities, link_entities
from sitroom.link.figures import link_figures
from sitroom.link.quotes import link_quotes
from sitroom.link.times import link_times

__all__ = [
    "LinkedEntities",
    "compare",
    "link_entities",
    "link_figures",
    "link_quotes",
    "link_times",
    "mark_duplicates",
]
