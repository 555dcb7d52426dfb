"""Assemble stage: the linked corpus becomes one :class:`~sitroom.types.Brief`."""

from sitroom.assemble.brief import assemble_brief

__all__ = ["assemble_brief"]
