"""Link stage: corpus-level work over what every article produced (entities, duplicates)."""

from sitroom.link.duplicates import mark_duplicates
from sitroom.link.entities import LinkedEntities, link_entities

__all__ = ["LinkedEntities", "link_entities", "mark_duplicates"]
