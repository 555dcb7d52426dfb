"""Link stage: corpus-level work over what every article produced (entities, quotes, figures, duplicates)."""

from sitroom.link.duplicates import mark_duplicates
from sitroom.link.entities import LinkedEntities, link_entities
from sitroom.link.figures import link_figures
from sitroom.link.quotes import link_quotes

__all__ = ["LinkedEntities", "link_entities", "link_figures", "link_quotes", "mark_duplicates"]
