"""The brief in the formats other tools read: JSON Lines, CSV and Parquet tables, and a GraphML actor graph.

Tables are the Brief JSON's lists (articles, entities, mentions, quotes, times, figures, events,
comparisons, stories) with the same fields; a field holding a list or an object (roles, parts, copy_of) is
a JSON string in CSV and Parquet. JSON Lines writes every record of every list as one line with its table
name under ``record``. The actor graph is who did what to whom: entities as nodes and each event with an
actor and a target as an edge (its PLOVER type, status, confidence, whether the brief asserts it, and the
type's conflict–cooperation score), so Gephi, Cytoscape or networkx can draw and measure it.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pyarrow as pa
import pyarrow.parquet as pq

from sitroom.link.confidence import asserted
from sitroom.render.events import plover_scores
from sitroom.render.json import brief_to_dict
from sitroom.types import Brief

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "graphml")
# Each table of the brief and what one of its records is called in JSON Lines.
TABLES = {
    "articles": "article",
    "entities": "entity",
    "mentions": "mention",
    "quotes": "quote",
    "times": "time",
    "figures": "figure",
    "events": "event",
    "comparisons": "comparison",
    "stories": "story",
}


def export(brief: Brief, fmt: str, out: Path) -> list[Path]:
    """Write ``brief`` as ``fmt`` at ``out`` (a file for jsonl and graphml, a folder of one file per table
    for csv and parquet); returns the files written."""
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        return [_jsonl(brief, out)]
    if fmt == "graphml":
        nx.write_graphml(actor_graph(brief), out)
        return [out]
    out.mkdir(parents=True, exist_ok=True)
    tables = brief_to_dict(brief)
    writer = _csv if fmt == "csv" else _parquet
    return [writer(name, [_flat(row) for row in tables[name]], out / f"{name}.{fmt}") for name in TABLES]


def actor_graph(brief: Brief) -> nx.MultiDiGraph:
    """Entities and the events between them (see the module docstring)."""
    graph = nx.MultiDiGraph()
    for entity in brief.entities:
        graph.add_node(entity.id, **_present(name=entity.name, type=entity.type, country=entity.country))
    scores = plover_scores()
    times = {t.id: t.value for t in brief.times}
    for event in brief.events:
        actor, target = event.actor or event.actor_for, event.target or event.target_for
        if actor is None or target is None or actor == target:
            continue
        graph.add_edge(
            actor,
            target,
            key=event.id,
            **_present(
                type=event.type,
                mode=event.mode,
                status=event.status,
                confidence=event.confidence,
                asserted=asserted(event),
                score=scores.get(event.type),
                article=event.article,
                when=times.get(event.time) if event.time else None,
                text=event.text,
            ),
        )
    return graph


def _jsonl(brief: Brief, path: Path) -> Path:
    tables = brief_to_dict(brief)
    with path.open("w", encoding="utf-8") as handle:
        for name in TABLES:
            for row in tables[name]:
                handle.write(json.dumps({"record": TABLES[name], **row}, ensure_ascii=False) + "\n")
    return path


def _csv(name: str, rows: list[dict], path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]) if rows else [])
        writer.writeheader()
        writer.writerows(rows)
    return path


def _parquet(name: str, rows: list[dict], path: Path) -> Path:
    pq.write_table(pa.Table.from_pylist(rows), path)
    return path


def _flat(row: dict) -> dict:
    """Nested values as JSON text, so every column holds one plain value."""
    return {
        key: json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value
        for key, value in row.items()
    }


def _present(**values: object) -> dict[str, object]:
    """GraphML has no null: attributes without a value are left out."""
    return {key: value for key, value in values.items() if value is not None}
