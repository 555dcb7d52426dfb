"""The per-article stage on Ray: the same batches the local engine parses, sent to Ray workers.

Each worker is a Ray actor that loads the model once and then parses and extracts batch after batch with
:func:`sitroom.parallel.extract_batch`, the local engine's own unit of work, so the extractions (and every
brief built from them) are byte-identical to the local engine's; results come back in input order. The
cluster is the one at ``Options.ray_address``, else ``RAY_ADDRESS``, else a local one started here with
``Options.processes`` CPUs (0: every core) and stopped when the work is done. Every node needs sitroom and
the model installed.

Ray is an optional extra (``pip install 'sitroom[ray]'``); nothing imports this module unless asked to.
"""

from __future__ import annotations

import logging
import math
import os
import socket
from collections.abc import Iterator
from typing import Any

from sitroom.errors import EngineError
from sitroom.nlp.model import load_model
from sitroom.options import Options
from sitroom.parallel import extract_batch
from sitroom.types import Article, Extraction

ENGINE = "ray"
_CONNECT_SECONDS = 5
_BATCHES_PER_WORKER = 2  # small inputs are cut finer so that every worker gets some of them


class Annotator:
    """One Ray worker: the model loaded once, then batch after batch parsed and extracted."""

    def __init__(self, model: str) -> None:
        self.model = model
        load_model(model)

    def extract(self, batch: list[Article]) -> list[Extraction]:
        return extract_batch(batch, self.model)


def extract_batches(batches: list[list[Article]], options: Options) -> Iterator[list[Extraction]]:
    """The extractions of each of ``batches``, in order, as each is done, computed on Ray workers."""
    load_model(options.model)  # a missing model is the user's error, said here before Ray starts
    ray = _import_ray()
    articles = sum(map(len, batches))
    if not articles:
        yield from ([] for _ in batches)
        return
    started = _connect(ray, options)
    try:
        workers = max(1, min(int(ray.cluster_resources().get("CPU", 1)), articles))
        pieces = [_split(batch, _piece_size(articles, workers, options.batch_size)) for batch in batches]
        annotator = ray.remote(num_cpus=1)(Annotator)
        actors = [annotator.remote(options.model) for _ in range(min(workers, sum(map(len, pieces))))]
        done = ray.util.ActorPool(actors).map(lambda actor, piece: actor.extract.remote(piece), _flat(pieces))
        for batch_pieces in pieces:
            yield [extraction for _ in batch_pieces for extraction in next(done)]
    finally:
        if started:
            ray.shutdown()


def _import_ray() -> Any:
    try:
        import ray
        import ray.util
    except ImportError:
        raise EngineError(ENGINE, "is not installed; install it with `pip install 'sitroom[ray]'`") from None
    return ray


def _connect(ray: Any, options: Options) -> bool:
    """Join the cluster ``options`` names, or start a local one; True when this call started Ray."""
    if ray.is_initialized():
        return False
    address = options.ray_address or os.environ.get("RAY_ADDRESS") or None
    settings: dict[str, Any] = {
        "include_dashboard": False,
        "log_to_driver": False,
        "logging_level": logging.ERROR,
        "configure_logging": True,
    }
    if address is None:
        settings["num_cpus"] = options.processes or os.cpu_count() or 1
    else:
        _check_reachable(address)
    try:
        ray.init(address=address, **settings)
    except (ConnectionError, RuntimeError, ValueError) as error:
        where = f"the Ray cluster at {address}" if address else "a local Ray"
        raise EngineError(ENGINE, f"could not start on {where} ({error})") from None
    return True


def _check_reachable(address: str) -> None:
    """Fail at once on a ``host:port`` (or ``ray://host:port``) nobody answers at: Ray itself retries for
    minutes. Other forms (``auto``, ``local``) are left to Ray."""
    host, _, port = address.removeprefix("ray://").rpartition(":")
    if not host or not port.isdigit():
        return
    try:
        socket.create_connection((host, int(port)), timeout=_CONNECT_SECONDS).close()
    except OSError as error:
        raise EngineError(
            ENGINE,
            f"found no Ray cluster at {address} ({error.strerror or error}); is `ray start` running there?",
        ) from None


def _piece_size(articles: int, workers: int, batch_size: int) -> int:
    """Batches as the local engine cuts them, cut finer when there are too few to keep every worker busy."""
    return max(1, min(batch_size, math.ceil(articles / (workers * _BATCHES_PER_WORKER))))


def _split(batch: list[Article], size: int) -> list[list[Article]]:
    return [batch[i : i + size] for i in range(0, len(batch), size)] or [[]]


def _flat(pieces: list[list[list[Article]]]) -> list[list[Article]]:
    return [piece for batch_pieces in pieces for piece in batch_pieces]
