"""The ``--meta`` manifest: metadata for inputs that lack it, keyed by ``file`` (name or path) or ``id``."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from sitroom.errors import ManifestError

FIELDS = ("published", "outlet", "url", "title", "author", "genre")


@dataclass(frozen=True, slots=True)
class Manifest:
    """Rows of metadata found by file path, file name or record id."""

    path: Path | None = None
    by_file: dict[str, dict[str, str]] = field(default_factory=dict)
    by_id: dict[str, dict[str, str]] = field(default_factory=dict)

    def lookup(self, *, path: Path | None = None, record_id: str | None = None) -> dict[str, str]:
        """The metadata for a record id or a file (by resolved path, then as given, then by name)."""
        if record_id is not None and record_id in self.by_id:
            return self.by_id[record_id]
        if path is not None:
            for key in (str(path.resolve()), str(path), path.name):
                if key in self.by_file:
                    return self.by_file[key]
        return {}


def load_manifest(path: str | Path) -> Manifest:
    """Read a CSV or JSON Lines manifest; raises :class:`ManifestError` naming the file on failure."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ManifestError(str(path), "no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ManifestError(str(path), f"cannot be read ({error})") from None
    rows = (
        _json_rows(text, path) if path.suffix.lower() in {".jsonl", ".json", ".ndjson"} else _csv_rows(text)
    )
    return manifest_from_rows(rows, base=path.parent, path=path)


def manifest_from_rows(rows: list[dict], *, base: Path, path: Path | None = None) -> Manifest:
    by_file: dict[str, dict[str, str]] = {}
    by_id: dict[str, dict[str, str]] = {}
    for row in rows:
        fields = {key: value for key in FIELDS if (value := _cell(row, key))}
        if name := _cell(row, "file"):
            by_file[name] = fields
            by_file[str((base / name).resolve())] = fields
        if record_id := _cell(row, "id"):
            by_id[record_id] = fields
    return Manifest(path=path.resolve() if path else None, by_file=by_file, by_id=by_id)


def _cell(row: dict, key: str) -> str | None:
    """A cell's text, or None when it is missing, null or blank: an empty cell means "not given"."""
    value = row.get(key)
    text = "" if value is None else str(value).strip()
    return text or None


def _json_rows(text: str, path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise ManifestError(str(path), f"line {number} is not JSON ({error.msg})") from None
        if not isinstance(row, dict):
            raise ManifestError(str(path), f"line {number} is not a JSON object")
        rows.append(row)
    return rows


def csv_columns(text: str) -> list[str]:
    """The column names of CSV text as manifests read them: stripped and lower-cased."""
    header = next(csv.reader(io.StringIO(text)), [])
    return [name.strip().lower() for name in header]


def _csv_rows(text: str) -> list[dict]:
    reader = csv.DictReader(io.StringIO(text), fieldnames=csv_columns(text))
    next(reader, None)  # the header row, already read as the field names
    return list(reader)
