"""Events: PLOVER types, participants and status, scored on the PETRARCH-2 validation sentences and on the
demo brief's hand-written event gold.

**PETRARCH** (:func:`score_petrarch`). ``petrarch/PETR2_GSR_validation.xml`` holds 78 ``<Sentence>``
records, each with zero or more ``<EventCoding eventcode sourcecode targetcode/>`` lines (or one
``noevents="True"``), a ``<Text>`` and a ``date`` (YYYYMMDD). The file is not well-formed XML (``#`` lines
in the header, an unclosed ``<!---`` among the records, self-closing ``<Sentence/>`` tags followed by their
contents), so :func:`read_petrarch` reads it with regular expressions, one block from a ``<Sentence`` to
the next. Records with ``evaluate="false"`` are left out; a record with an empty ``<Text>`` (``abc12_3``)
cannot be read as an article and is listed apart; a date that is not a valid YYYYMMDD (``121108``) is
dropped and the sentence read undated.

Each CAMEO event code is mapped to PLOVER with ``sitroom/lexicons/cameo_plover.tsv`` (``cameo_code``,
``plover_type``, ``mode``), the row with the longest code that prefixes it (:func:`plover_of`). CAMEO 01
(public statements) and 02 (appeals) have no PLOVER type: their codings are left out and counted. The
sentences are run through ``sitroom.brief`` as one corpus (a JSON Lines file, one record per sentence with
its ``id``, ``text``, ``published`` and ``language`` "en" — one-line texts are too short for language
identification). A sentence the brief marks as a copy of an earlier one (``GOLD_9`` repeats ``GOLD_5``) is
scored on the events of the article it copies. Figures:

- *type accuracy*: a gold coding is right when the brief has an event of its PLOVER type in its sentence
  (several codings of one sentence may be satisfied by one event: PETRARCH codes each actor pair apart);
- *type precision*: brief events, in sentences with a mapped coding, whose type is one of that sentence's
  gold types / all brief events in those sentences;
- *actor* and *target accuracy* on the type-matched pairs: a CAMEO actor code (``USA``, ``USAGOV``,
  ``RUSMIL``) names a country by its first three letters when they are an ISO 3166 alpha-3 code
  (:func:`actor_country`); it is compared with the ``country`` of the brief event's ``actor_for`` entity
  (its ``actor`` when ``actor_for`` is null), likewise the target. Codes that name no country (``IGO…``,
  ``NGO…``, ``IMG…``, ``---``) are unscorable and counted apart. When several brief events of the
  coding's type are in the sentence, the one agreeing on most participants (then the first) is taken.

The anchor: these codings are PETRARCH-2's own output, hand-corrected, so agreement says how close sitroom
comes to the dictionary coder GDELT-style systems use, not how right either is.

**Demo** (:func:`score_demo`). ``eval/gold/demo/events.json``: ``source``, ``text`` (with ``occurrence`` when
the string repeats, as in ``times.json``), ``trigger`` (inside ``text``), ``type``, ``mode``, ``actor``,
``actor_for``, ``target``, ``target_for``, ``place`` (canonical entity names), ``time`` (the text of a
``times.json`` entry, a string or ``{"text", "occurrence"}``), ``status``, ``quote`` (the text of a
``quotes.json`` entry or null), ``same_as_source`` and ``same_as_text`` (together: the first report). The
trigger is located inside the located text; a brief event of the same article whose span overlaps it is a
match, one to one, each gold in order taking the first free brief event in text order (as ``eval/figures.py``
does). Figures: event precision / recall / F1; on the matches, agreement of type, mode, status, each
participant (by name: the brief entity's name or an alias equals the gold name or one of its gold aliases,
case-insensitive, as ``eval/quotes.py`` compares speakers; null equals null), place, time and quote (the
brief's time or quote overlaps the gold's located text, the occurrence nearest the trigger when the gold gives
none); *planned kept apart*: of the matched gold events whose status is planned, threatened or hypothetical,
the share the brief does not call occurred; *each real event once*: gold clusters (entries sharing a
``same_as_source``) with two or more reports whose matched brief events — at least two — all end their
``same_as`` chains at one event, over the gold clusters with two or more reports. Brief clusters joining
events of different gold clusters are listed as wrong merges.

Run ``python -m eval.events [--shared ../shared]`` for both tables with every error listed.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Any

from eval.demo_gold import GOLD, name_key, outside_copies, source_key
from eval.listing import listing
from eval.scoring import f1, ratio
from sitroom.types import Brief, Entity, Event

PETRARCH_XML = Path("data/petrarch/PETR2_GSR_validation.xml")
CAMEO_PLOVER = "cameo_plover.tsv"  # in sitroom/lexicons
GOLD_EVENTS = GOLD / "events.json"
FLOOR_TESTS = Path(__file__).resolve().parents[1] / "tests" / "eval" / "test_events_eval.py"

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
UNTYPED_ROOTS = ("01", "02")  # CAMEO public statements and appeals: no PLOVER type
PROSPECTIVE = ("planned", "threatened", "hypothetical")
FIELDS = ("type", "mode", "status", "actor", "actor_for", "target", "target_for", "place", "time", "quote")
_NAME_FIELDS = frozenset({"actor", "actor_for", "target", "target_for", "place"})

# Used only where pycountry is not installed: the countries the PETRARCH validation file codes.
_ALPHA3_FALLBACK = {
    "BRA": "BR", "CHE": "CH", "CHN": "CN", "EGY": "EG", "FRA": "FR", "GBR": "GB", "GEO": "GE", "GUY": "GY",
    "IRN": "IR", "IRQ": "IQ", "ISR": "IL", "KEN": "KE", "LBN": "LB", "MMR": "MM", "MYS": "MY", "NGA": "NG",
    "PHL": "PH", "PSE": "PS", "QAT": "QA", "RUS": "RU", "RWA": "RW", "SOM": "SO", "SYR": "SY", "TUN": "TN",
    "UKR": "UA", "USA": "US",
}  # fmt: skip

_COMMENT = re.compile(r"<!--[^<]*?-->")  # a comment with no markup inside (the unclosed one has some)
_SENTENCE = re.compile(r"<Sentence\s([^>]*?)/?>")
_END = re.compile(r"</Sentences>")
_CODING = re.compile(r"<EventCoding\b([^>]*?)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_ATTRIBUTE = re.compile(r'([\w:-]+)\s*=\s*"([^"]*)"')


# --- PETRARCH records ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Coding:
    """One ``<EventCoding>``: a CAMEO event code with its source and target actor codes."""

    event: str
    source: str
    target: str


@dataclass(frozen=True, slots=True)
class PetrarchSentence:
    """One ``<Sentence>`` record: its codings (none when ``no_events``), text and date (ISO, or None)."""

    id: str
    text: str
    date: str | None
    category: str | None = None
    evaluate: bool = True
    codings: tuple[Coding, ...] = ()
    no_events: bool = False


def read_petrarch(xml: str) -> list[PetrarchSentence]:
    """Every ``<Sentence>`` record of a PETRARCH validation file, in file order (see the module docstring
    for why regular expressions rather than an XML parser). Text is unescaped and its white space
    collapsed."""
    xml = _COMMENT.sub("", xml)
    heads = list(_SENTENCE.finditer(xml))
    end = _END.search(xml)
    records = []
    for n, head in enumerate(heads):
        stop = heads[n + 1].start() if n + 1 < len(heads) else (end.start() if end else len(xml))
        block = xml[head.end() : stop].split("<Parse>", 1)[0]
        attributes = dict(_ATTRIBUTE.findall(head.group(1)))
        codings = []
        no_events = False
        for match in _CODING.finditer(block):
            coding = dict(_ATTRIBUTE.findall(match.group(1)))
            if coding.get("noevents", "").casefold() == "true":
                no_events = True
            elif "eventcode" in coding:
                codings.append(
                    Coding(coding["eventcode"], coding.get("sourcecode", ""), coding.get("targetcode", ""))
                )
        text = _TEXT.search(block)
        records.append(
            PetrarchSentence(
                id=attributes.get("id", f"#{n + 1}"),
                text=" ".join(html.unescape(text.group(1)).split()) if text else "",
                date=petrarch_date(attributes.get("date")),
                category=attributes.get("category"),
                evaluate=attributes.get("evaluate", "true").casefold() != "false",
                codings=tuple(codings),
                no_events=no_events,
            )
        )
    return records


def petrarch_date(value: str | None) -> str | None:
    """A ``YYYYMMDD`` attribute as ``YYYY-MM-DD``; None for anything else (``121108``, ``20150231``)."""
    if not value or not re.fullmatch(r"\d{8}", value):
        return None
    try:
        return date(int(value[:4]), int(value[4:6]), int(value[6:])).isoformat()
    except ValueError:
        return None


# --- CAMEO to PLOVER -----------------------------------------------------------------------------------

CameoTable = dict[str, tuple[str, str | None]]  # CAMEO code -> (PLOVER type or "" for none, mode)


def read_cameo_table(text: str) -> CameoTable:
    """The rows of a ``cameo_code<TAB>plover_type<TAB>mode`` table: ``#`` lines, blank lines and a
    ``cameo_code`` header row skipped; an empty type means the code deliberately has none."""
    table: CameoTable = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")] + ["", ""]
        code, kind, mode = cells[0], cells[1].upper(), cells[2]
        if code and code != "cameo_code":
            table[code] = (kind, mode or None)
    return table


def load_cameo_table(path: Path | None = None) -> CameoTable | None:
    """``sitroom/lexicons/cameo_plover.tsv`` (or ``path``) read by :func:`read_cameo_table`; None when it is
    absent."""
    source = Path(path) if path is not None else files("sitroom.lexicons").joinpath(CAMEO_PLOVER)
    if not source.is_file():
        return None
    return read_cameo_table(source.read_text(encoding="utf-8"))


def plover_of(code: str, table: Mapping[str, tuple[str, str | None]]) -> tuple[str, str | None] | None:
    """The (PLOVER type, mode) of a CAMEO event code: the row whose code is the longest prefix of it.

    None when no row matches, when that row gives no type, and always for CAMEO 01 and 02."""
    code = code.strip()
    if code[:2] in UNTYPED_ROOTS:
        return None
    for cut in range(len(code), 1, -1):
        row = table.get(code[:cut])
        if row is not None:
            return row if row[0] else None
    return None


# --- CAMEO actors as countries -------------------------------------------------------------------------


def alpha2(alpha3: str) -> str | None:
    """The ISO 3166 alpha-2 code of an alpha-3 one (pycountry; a small table where it is missing)."""
    alpha3 = alpha3.upper()
    if not re.fullmatch(r"[A-Z]{3}", alpha3):
        return None
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency; the table keeps the eval running
        return _ALPHA3_FALLBACK.get(alpha3)
    country = pycountry.countries.get(alpha_3=alpha3)
    return country.alpha_2 if country is not None else None


def actor_country(code: str) -> str | None:
    """The country (ISO alpha-2) a CAMEO actor code names by its first three letters (``USAGOV`` → US,
    ``PSEGZA`` → PS); None for codes that name none (``IGOUNO``, ``NGO…``, ``IMGMUSISI``, ``---REB``)."""
    return alpha2(code[:3]) if len(code) >= 3 else None


# --- PETRARCH scoring ----------------------------------------------------------------------------------


def score_petrarch(
    sentences: Sequence[PetrarchSentence], brief: Brief, table: Mapping[str, tuple[str, str | None]]
) -> dict:
    """Type accuracy and precision, actor and target accuracy of ``brief`` (made from ``sentences`` as
    articles with the sentence ids) against the PETRARCH codings; see the module docstring."""
    by_id = {article.id: article for article in brief.articles}
    entities = {entity.id: entity for entity in brief.entities}
    events_of: dict[str, list[Event]] = {}
    for event in sorted(brief.events, key=lambda e: (e.article, e.start, e.end)):
        events_of.setdefault(event.article, []).append(event)
    scored = [s for s in sentences if s.evaluate and s.text]
    counts: Counter[str] = Counter()
    by_type = {kind: Counter() for kind in PLOVER_TYPES}
    unmapped: list[str] = []
    misses: list[str] = []
    wrong: dict[str, list[str]] = {"actor": [], "target": []}
    extra: list[str] = []
    for sentence in scored:
        article = by_id.get(sentence.id)
        if article is not None and (article.duplicate_of is not None or article.copy_of is not None):
            counts["copies"] += 1
        events = events_of.get(_original(article, by_id), []) if article is not None else []
        counts["codings"] += len(sentence.codings)
        gold_types = set()
        for coding in sentence.codings:
            if coding.event[:2] in UNTYPED_ROOTS:
                counts["left_out"] += 1
                continue
            mapped = plover_of(coding.event, table)
            if mapped is None:
                unmapped.append(f"{sentence.id}: {coding.event}")
                continue
            kind, mode = mapped
            gold_types.add(kind)
            counts["mapped"] += 1
            by_type.setdefault(kind, Counter())["gold"] += 1
            candidates = [e for e in events if e.type == kind]
            if not candidates:
                got = ", ".join(e.type for e in events) or "no event"
                misses.append(f"{sentence.id}: {coding.event} {kind} {_pair(coding)} — brief: {got}")
                continue
            counts["type_right"] += 1
            by_type[kind]["right"] += 1
            event = max(candidates, key=lambda e: _agreement(coding, e, entities))
            if mode is not None:
                counts["mode_checked"] += 1
                counts["mode_right"] += event.mode == mode
            for side, code, entity_id in (
                ("actor", coding.source, event.actor_for or event.actor),
                ("target", coding.target, event.target_for or event.target),
            ):
                wanted = actor_country(code)
                if wanted is None:
                    counts[f"{side}_unscorable"] += 1
                    continue
                counts[f"{side}_checked"] += 1
                got_country = _country(entity_id, entities)
                if got_country == wanted:
                    counts[f"{side}_right"] += 1
                else:
                    name = entities[entity_id].name if entity_id in entities else None
                    wrong[side].append(
                        f"{sentence.id}: {kind} {side} {code} ({wanted}) — brief "
                        f"{_show_entity(name, got_country)} (“{event.text}”)"
                    )
        if sentence.no_events:
            counts["none_sentences"] += 1
            counts["events_where_none"] += len(events)
        if gold_types:
            counts["coded_sentences"] += 1
            counts["system"] += len(events)
            for event in events:
                if event.type in gold_types:
                    counts["system_right"] += 1
                else:
                    extra.append(
                        f"{sentence.id}: {event.type} “{event.text}” (gold {', '.join(sorted(gold_types))})"
                    )
        for event in events:
            by_type.setdefault(event.type, Counter())["system"] += 1
    accuracy = ratio(counts["type_right"], counts["mapped"])
    precision = ratio(counts["system_right"], counts["system"])
    return {
        "sentences": len(sentences),
        "not_evaluated": [s.id for s in sentences if not s.evaluate],
        "no_text": [s.id for s in sentences if s.evaluate and not s.text],
        "scored_sentences": len(scored),
        "none_sentences": counts["none_sentences"],
        "copies": counts["copies"],
        "codings": counts["codings"],
        "left_out": counts["left_out"],
        "mapped": counts["mapped"],
        "unmapped": unmapped,
        "type_right": counts["type_right"],
        "type_accuracy": accuracy,
        "system": counts["system"],
        "system_right": counts["system_right"],
        "type_precision": precision,
        "type_f1": f1(precision, accuracy),
        "events_where_none": counts["events_where_none"],
        "actor": _side(counts, "actor"),
        "target": _side(counts, "target"),
        "mode": {
            "checked": counts["mode_checked"],
            "right": counts["mode_right"],
            "accuracy": ratio(counts["mode_right"], counts["mode_checked"]),
        },
        "by_type": {kind: dict(c) for kind, c in by_type.items() if c},
        "misses": misses,
        "wrong_actors": wrong["actor"],
        "wrong_targets": wrong["target"],
        "extra": extra,
    }


def _original(article: Any, by_id: Mapping[str, Any]) -> str | None:
    """The id of the article whose events stand for ``article``'s (itself, or the one it copies)."""
    seen = set()
    while article is not None and article.id not in seen:
        original = article.duplicate_of or (article.copy_of.article if article.copy_of else None)
        if original is None:
            break
        seen.add(article.id)
        article = by_id.get(original, article)
    return article.id if article is not None else None


def _country(entity_id: str | None, entities: Mapping[str, Entity]) -> str | None:
    entity = entities.get(entity_id or "")
    return entity.country if entity is not None else None


def _agreement(coding: Coding, event: Event, entities: Mapping[str, Entity]) -> int:
    """How many of the coding's participants the event has in the right country (for picking among events
    of the same type)."""
    actor = actor_country(coding.source)
    target = actor_country(coding.target)
    return (actor is not None and _country(event.actor_for or event.actor, entities) == actor) + (
        target is not None and _country(event.target_for or event.target, entities) == target
    )


def _side(counts: Counter[str], side: str) -> dict:
    return {
        "checked": counts[f"{side}_checked"],
        "right": counts[f"{side}_right"],
        "unscorable": counts[f"{side}_unscorable"],
        "accuracy": ratio(counts[f"{side}_right"], counts[f"{side}_checked"]),
    }


def _pair(coding: Coding) -> str:
    return f"({coding.source or '—'} → {coding.target or '—'})"


def _show_entity(name: str | None, country: str | None) -> str:
    return "none" if name is None else f"{name} ({country or 'no country'})"


def write_petrarch_jsonl(sentences: Iterable[PetrarchSentence], path: Path) -> Path:
    """The sentences to score (evaluated, with text) as JSON Lines records ``{"id", "text", "published",
    "language"}`` (``published`` left out when the date is not valid); returns ``path``."""
    with Path(path).open("w", encoding="utf-8") as out:
        for sentence in sentences:
            if not (sentence.evaluate and sentence.text):
                continue
            record = {"id": sentence.id, "text": sentence.text, "language": "en"}
            if sentence.date is not None:
                record["published"] = sentence.date
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return Path(path)


def petrarch_brief(sentences: Sequence[PetrarchSentence], *, model: str | None = None) -> Brief:
    """One ``sitroom.brief`` over the sentences as articles (a whole pipeline run)."""
    import sitroom

    with tempfile.TemporaryDirectory(prefix="sitroom-petrarch-") as scratch:
        path = write_petrarch_jsonl(sentences, Path(scratch) / "petrarch.jsonl")
        return sitroom.brief([path], model=model)


def evaluate_petrarch(
    shared: Path, *, model: str | None = None, table: CameoTable | None = None
) -> dict | None:
    """The PETRARCH figures for ``docs/quality.md``: None when the validation file is not under ``shared``;
    ``{"skipped": reason}`` when the CAMEO→PLOVER table is missing."""
    path = Path(shared) / PETRARCH_XML
    if not path.is_file():
        return None
    table = load_cameo_table() if table is None else table
    if table is None:
        return {"skipped": f"sitroom/lexicons/{CAMEO_PLOVER} not found (no CAMEO→PLOVER table)"}
    sentences = read_petrarch(path.read_text(encoding="utf-8"))
    return score_petrarch(sentences, petrarch_brief(sentences, model=model), table)


# --- the demo gold -------------------------------------------------------------------------------------


def load_gold_events(path: Path | None = None) -> list[dict] | None:
    """The demo event gold as the file holds it; None while the file does not exist."""
    path = GOLD_EVENTS if path is None else Path(path)
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def load_gold_entities(folder: Path = GOLD) -> list[dict]:
    """The demo entity gold (for the aliases of participant names); [] when absent."""
    path = Path(folder) / "entities.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else []


def locate(text: str, needle: str, occurrence: int = 1) -> tuple[int, int] | None:
    """The ``occurrence``-th occurrence of ``needle`` in ``text`` (as ``eval/times.py`` counts them)."""
    at = -1
    for _ in range(occurrence):
        at = text.find(needle, at + 1)
        if at < 0:
            return None
    return at, at + len(needle)


def locate_trigger(text: str, entry: Mapping[str, Any]) -> tuple[int, int] | None:
    """The gold event's trigger: its first occurrence inside the gold ``text`` at its ``occurrence``."""
    span = locate(text, entry["text"], entry.get("occurrence", 1))
    trigger = entry.get("trigger") or entry["text"]
    if span is None:
        return None
    at = text.find(trigger, span[0], span[1])
    return (at, at + len(trigger)) if at >= 0 else None


def match_events(brief: Brief, gold: Sequence[Mapping[str, Any]]) -> tuple[dict[int, int], list[int]]:
    """Gold events paired with ``brief.events``, one to one: each gold in order takes the first free brief
    event of its article, in text order, whose span overlaps its located trigger.

    Returns ``({gold index: event index}, indexes of the gold entries not located)``."""
    events = list(brief.events)
    by_source = {source_key(article): article for article in brief.articles}
    order = sorted(range(len(events)), key=lambda i: (events[i].article, events[i].start, events[i].end))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    unlocated = []
    for gi, entry in enumerate(gold):
        article = by_source.get(entry["source"])
        span = locate_trigger(article.text, entry) if article is not None else None
        if span is None:
            unlocated.append(gi)
            continue
        for ei in order:
            event = events[ei]
            if (
                ei not in used
                and event.article == article.id
                and event.start < span[1]
                and span[0] < event.end
            ):
                pairs[gi] = ei
                used.add(ei)
                break
    return pairs, unlocated


def score_demo(brief: Brief, gold: Sequence[dict], gold_entities: Sequence[dict] | None = None) -> dict:
    """Event precision/recall/F1 of ``brief.events`` against the demo gold, agreement of every field on
    the matches, planned kept apart from occurred, each real event once, and the errors listed."""
    gold_entities = load_gold_entities() if gold_entities is None else gold_entities
    gold = outside_copies(brief, gold)
    events = list(brief.events)
    pairs, unlocated = match_events(brief, gold)
    by_source = {source_key(article): article for article in brief.articles}
    sources = {article.id: source_key(article) for article in brief.articles}
    context = _Context(brief, _gold_name_table(gold_entities))
    agree = dict.fromkeys(FIELDS, 0)
    wrong = []
    prospective = kept_apart = 0
    called_occurred = []
    for gi, ei in sorted(pairs.items()):
        entry, event = gold[gi], events[ei]
        text = by_source[entry["source"]].text
        trigger = locate_trigger(text, entry)
        for field in FIELDS:
            ok = _field_right(field, entry, event, text, trigger, context)
            agree[field] += ok
            if not ok:
                wrong.append(
                    f"{_describe(entry)} — {field}: expected {_show(entry.get(field))}, "
                    f"got {_show(context.show(field, event))}"
                )
        if entry.get("status") in PROSPECTIVE:
            prospective += 1
            if event.status != "occurred":
                kept_apart += 1
            else:
                called_occurred.append(f"{_describe(entry)} ({entry['status']})")
    found = len(pairs)
    precision, recall = ratio(found, len(events)), ratio(found, len(gold))
    once = _score_clusters(gold, events, pairs)
    return {
        "asserted": score_asserted(brief, gold),
        "gold": len(gold),
        "system": len(events),
        "found": found,
        "precision": precision,
        "recall": recall,
        "f1": f1(precision, recall),
        "agreement": {field: ratio(agree[field], found) for field in FIELDS},
        "prospective": {
            "checked": prospective,
            "kept_apart": kept_apart,
            "share": ratio(kept_apart, prospective),
            "called_occurred": called_occurred,
        },
        "once": once,
        "missed": [_describe(g) for gi, g in enumerate(gold) if gi not in pairs],
        "unlocated": [_describe(gold[gi]) for gi in unlocated],
        "extra": [
            f"{sources.get(e.article, e.article)}: {e.type} “{e.text}”"
            for ei, e in enumerate(events)
            if ei not in pairs.values()
        ],
        "wrong": wrong,
    }


class _Context:
    """What a field check needs from the brief: entity names, times and quotes by id."""

    def __init__(self, brief: Brief, gold_names: dict[str, set[str]]) -> None:
        self.entities = {entity.id: entity for entity in brief.entities}
        self.times = {time.id: time for time in brief.times}
        self.quotes = {quote.id: quote for quote in brief.quotes}
        self.gold_names = gold_names

    def names(self, entity_id: str) -> set[str]:
        entity = self.entities.get(entity_id)
        if entity is None:
            return {name_key(entity_id)}
        return {name_key(entity.name), *(name_key(alias) for alias in entity.aliases)}

    def show(self, field: str, event: Event) -> Any:
        value = getattr(event, field)
        if value is None:
            return None
        if field in _NAME_FIELDS and value in self.entities:
            return self.entities[value].name
        if field == "time" and value in self.times:
            return self.times[value].text
        if field == "quote" and value in self.quotes:
            return self.quotes[value].text
        return value


def _field_right(
    field: str,
    entry: Mapping[str, Any],
    event: Event,
    text: str,
    trigger: tuple[int, int] | None,
    context: _Context,
) -> bool:
    want, got = entry.get(field), getattr(event, field)
    if want is None or got is None:
        return want is None and got is None
    if field in _NAME_FIELDS:
        key = name_key(str(want))
        return bool(context.names(got) & context.gold_names.get(key, {key}))
    if field in ("time", "quote"):
        record = (context.times if field == "time" else context.quotes).get(got)
        span = _locate_near(text, want, trigger)
        return (
            record is not None
            and span is not None
            and record.article == event.article
            and record.start < span[1]
            and span[0] < record.end
        )
    return want == got


def _locate_near(text: str, want: Any, trigger: tuple[int, int] | None) -> tuple[int, int] | None:
    """A gold time or quote reference located in the article: at its ``occurrence`` when it gives one,
    else the occurrence nearest the trigger."""
    if isinstance(want, Mapping):
        needle, occurrence = str(want.get("text", "")), want.get("occurrence")
    else:
        needle, occurrence = str(want), None
    if not needle:
        return None
    if occurrence is not None:
        return locate(text, needle, int(occurrence))
    spans = []
    at = text.find(needle)
    while at >= 0:
        spans.append((at, at + len(needle)))
        at = text.find(needle, at + 1)
    if not spans:
        return None
    middle = trigger[0] if trigger is not None else 0
    return min(spans, key=lambda s: (min(abs(s[0] - middle), abs(s[1] - middle)), s[0]))


def _gold_name_table(gold_entities: Sequence[Mapping[str, Any]]) -> dict[str, set[str]]:
    """Each gold entity's name key -> the keys of its name and aliases."""
    table: dict[str, set[str]] = {}
    for entity in gold_entities:
        names = {name_key(entity["name"]), *(name_key(a) for a in entity.get("aliases", ()))}
        table.setdefault(name_key(entity["name"]), set()).update(names)
    return table


def _cluster_key(entry: Mapping[str, Any]) -> str:
    """A gold real event: the article that first reports it and the words of that first report (one
    article is often the first to report several events)."""
    first = entry.get("same_as_text")
    return f"{entry['same_as_source']} · {first}" if first else str(entry["same_as_source"])


def _score_clusters(
    gold: Sequence[Mapping[str, Any]], events: Sequence[Event], pairs: dict[int, int]
) -> dict:
    """Each real event once: gold clusters with two or more reports whose matched brief events (two at
    least) share one ``same_as`` root; brief clusters joining different gold clusters are wrong merges."""
    index = {event.id: i for i, event in enumerate(events)}
    clusters: dict[str, list[int]] = {}
    for gi, entry in enumerate(gold):
        if entry.get("same_as_source"):
            clusters.setdefault(_cluster_key(entry), []).append(gi)
    reported = {key: members for key, members in clusters.items() if len(members) >= 2}
    right = 0
    split = []
    for key, members in reported.items():
        roots = {_root(pairs[gi], events, index) for gi in members if gi in pairs}
        matched = sum(gi in pairs for gi in members)
        if matched >= 2 and len(roots) == 1:
            right += 1
        else:
            first = gold[members[0]]
            split.append(
                f"{key}: {first.get('type')} “{first.get('trigger') or first.get('text')}” — {len(members)} "
                f"reports, {matched} found, in {len(roots)} brief cluster{'s' if len(roots) != 1 else ''}"
            )
    gold_cluster_of = {
        ei: _cluster_key(gold[gi]) if gold[gi].get("same_as_source") else f"#{gi}" for gi, ei in pairs.items()
    }  # a gold event without same_as_source is a cluster of its own
    joined: dict[int, set[str]] = {}
    for ei, key in gold_cluster_of.items():
        joined.setdefault(_root(ei, events, index), set()).add(key)
    merges = [
        f"{events[root].id}: joins {len(keys)} gold events or clusters"
        for root, keys in sorted(joined.items())
        if len(keys) > 1
    ]
    return {
        "clusters": len(reported),
        "right": right,
        "share": ratio(right, len(reported)),
        "split": split,
        "wrong_merges": merges,
    }


def _root(i: int, events: Sequence[Event], index: Mapping[str, int]) -> int:
    """The event a ``same_as`` chain from event ``i`` ends at (``i`` itself when it links nowhere)."""
    seen = {i}
    while (target := events[i].same_as) in index and index[target] not in seen:
        i = index[target]
        seen.add(i)
    return i


def evaluate_demo(
    shared: Path | None = None, *, brief: Brief | None = None, path: Path | None = None
) -> dict:
    """Score the demo brief's events; ``{"missing": path}`` (no pipeline run) while the gold is absent.
    ``shared`` is unused (the corpus and gold are in the repository)."""
    path = GOLD_EVENTS if path is None else Path(path)
    gold = load_gold_events(path)
    if gold is None:
        return {"missing": _relative(path)}
    if brief is None:
        from eval.demo_gold import demo_brief

        brief = demo_brief()
    return score_demo(brief, gold)


def score_asserted(brief: Brief, gold: Sequence[dict]) -> dict:
    """Precision and recall of the events the report asserts (its Timeline): named and sure enough
    (:func:`sitroom.link.confidence.asserted`)."""
    from dataclasses import replace

    from sitroom.link.confidence import asserted

    gold = outside_copies(brief, gold)
    shown = replace(brief, events=tuple(e for e in brief.events if asserted(e)))
    pairs, _ = match_events(shown, gold)
    precision, recall = ratio(len(pairs), len(shown.events)), ratio(len(pairs), len(gold))
    return {"system": len(shown.events), "found": len(pairs), "precision": precision, "recall": recall}


def _relative(path: Path) -> str:
    repo = Path(__file__).resolve().parents[1]
    try:
        return Path(path).resolve().relative_to(repo).as_posix()
    except ValueError:
        return Path(path).as_posix()


def _describe(entry: Mapping[str, Any]) -> str:
    nth = f" (#{entry['occurrence']})" if "occurrence" in entry else ""
    trigger = entry.get("trigger") or entry.get("text")
    return f"{entry['source']}: {entry.get('type')} “{trigger}” in “{entry['text']}”{nth}"


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


# --- figures and pages ---------------------------------------------------------------------------------

PETRARCH_HEADLINE = ("type_accuracy", "type_precision", "actor_accuracy", "target_accuracy")
DEMO_HEADLINE = (
    "precision",
    "recall",
    "f1",
    *FIELDS,
    "kept_apart",
    "once",
)


def headline(petrarch: dict | None, demo: dict | None) -> dict[str, float]:
    """The figures the tests pin floors on, flat: ``petrarch.*`` and ``demo.*`` (each when it ran)."""
    flat: dict[str, float] = {}
    if petrarch is not None and "skipped" not in petrarch:
        flat |= {
            "petrarch.type_accuracy": petrarch["type_accuracy"],
            "petrarch.type_precision": petrarch["type_precision"],
            "petrarch.actor_accuracy": petrarch["actor"]["accuracy"],
            "petrarch.target_accuracy": petrarch["target"]["accuracy"],
        }
    if demo is not None and "missing" not in demo:
        flat |= {f"demo.{key}": demo[key] for key in ("precision", "recall", "f1")}
        flat |= {f"demo.{field}": value for field, value in demo["agreement"].items()}
        flat["demo.kept_apart"] = demo["prospective"]["share"]
        flat["demo.once"] = demo["once"]["share"]
        flat["demo.asserted_precision"] = demo["asserted"]["precision"]
        flat["demo.asserted_recall"] = demo["asserted"]["recall"]
    return flat


def pinned_floors(test_file: Path = FLOOR_TESTS) -> dict[str, float]:
    """The ``FLOORS`` the event tests pin ({} when there are none)."""
    from eval.quality import pinned_floors as read

    return read(test_file)


def markdown_petrarch(figures: dict, floors: dict[str, float] | None = None, limit: int | None = 30) -> str:
    """The PETRARCH table (type accuracy and precision, actor and target accuracy, floors), the counts,
    the figures by PLOVER type and the error lists (``limit`` shown each)."""
    if "skipped" in figures:
        return f"skipped: {figures['skipped']}\n"
    floors = pinned_floors() if floors is None else floors
    values = headline(figures, None)

    def row(key: str, label: str, note: str) -> str:
        floor = f"{floors[key]:.2f}" if key in floors else "—"
        return f"| {label} | {values[key]:.3f} | {floor} | {note} |"

    actor, target, mode = figures["actor"], figures["target"], figures["mode"]
    lines = [
        "| figure | sitroom | floor | over |",
        "|---|---|---|---|",
        row("petrarch.type_accuracy", "PLOVER type accuracy", f"{figures['mapped']} codings"),
        row(
            "petrarch.type_precision",
            "type precision",
            f"{figures['system']} brief events in sentences with a coding",
        ),
        row("petrarch.actor_accuracy", "actor accuracy (country)", f"{actor['checked']} type-matched pairs"),
        row(
            "petrarch.target_accuracy", "target accuracy (country)", f"{target['checked']} type-matched pairs"
        ),
        f"| mode agreement (informative) | {mode['accuracy']:.3f} | — | {mode['checked']} pairs the table "
        "gives a mode |",
        "",
        _petrarch_counts(figures),
        "",
        "| PLOVER type | gold codings | found | brief events |",
        "|---|---|---|---|",
    ]
    for kind in PLOVER_TYPES + tuple(sorted(set(figures["by_type"]) - set(PLOVER_TYPES))):
        counts = figures["by_type"].get(kind)
        if counts:
            lines.append(
                f"| {kind} | {counts.get('gold', 0)} | {counts.get('right', 0)} | {counts.get('system', 0)} |"
            )
    lines.append("")
    lines += listing("Codings missed", figures["misses"], limit)
    lines += listing("Wrong actors", figures["wrong_actors"], limit)
    lines += listing("Wrong targets", figures["wrong_targets"], limit)
    lines += listing("Brief events of a type the sentence is not coded with", figures["extra"], limit)
    lines += listing("Codings with no CAMEO→PLOVER row", figures["unmapped"], limit)
    return "\n".join(lines).rstrip() + "\n"


def markdown_demo(figures: dict, floors: dict[str, float] | None = None, limit: int | None = 30) -> str:
    """The demo table (event P/R/F1, field agreement, planned kept apart, each event once, floors) and the
    error lists (``limit`` shown each)."""
    if "missing" in figures:
        return f"skipped: {figures['missing']} not found (no demo event gold yet)\n"
    floors = pinned_floors() if floors is None else floors
    values = headline(None, figures)

    def row(key: str, label: str, note: str) -> str:
        floor = f"{floors[key]:.2f}" if key in floors else "—"
        return f"| {label} | {values[key]:.3f} | {floor} | {note} |"

    over = f"{figures['gold']} gold, {figures['system']} brief events"
    prospective, once = figures["prospective"], figures["once"]
    lines = ["| figure | score | floor | over |", "|---|---|---|---|"]
    for key in ("precision", "recall", "f1"):
        lines.append(row(f"demo.{key}", f"event {key}", over))
    for field in FIELDS:
        lines.append(row(f"demo.{field}", f"{field} agreement", f"{figures['found']} found"))
    lines.append(
        row(
            "demo.kept_apart",
            "planned, threatened, hypothetical not called occurred",
            f"{prospective['checked']} found",
        )
    )
    lines.append(row("demo.once", "each real event once", f"{once['clusters']} gold events with 2+ reports"))
    shown = f"{figures['asserted']['system']} events the Timeline asserts"
    lines.append(row("demo.asserted_precision", "asserted (Timeline) event precision", shown))
    lines.append(row("demo.asserted_recall", "asserted (Timeline) event recall", shown))
    lines.append("")
    lines += listing("Events missed", figures["missed"], limit)
    lines += listing("Gold events not located in the brief's text", figures["unlocated"], limit)
    lines += listing("Events not in the gold", figures["extra"], limit)
    lines += listing("Disagreements", figures["wrong"], limit)
    lines += listing(
        "Planned, threatened or hypothetical called occurred", prospective["called_occurred"], limit
    )
    lines += listing("Real events not shown once", once["split"], limit)
    lines += listing("Brief clusters joining different real events", once["wrong_merges"], limit)
    return "\n".join(lines).rstrip() + "\n"


def _petrarch_counts(figures: dict) -> str:
    """The paragraph under the PETRARCH table: what was scored, left out and not scorable, and the anchor."""
    actor, target = figures["actor"], figures["target"]
    parts = [
        f"{figures['sentences']} sentences, {figures['scored_sentences']} scored"
        + _aside(" not evaluated", figures["not_evaluated"])
        + _aside(" without text", figures["no_text"])
        + f"; {figures['none_sentences']} coded with no event, {figures['copies']} scored through the "
        "earlier copy of their text.",
        f"{figures['codings']} codings: {figures['left_out']} CAMEO 01/02 left out (no PLOVER type), "
        f"{len(figures['unmapped'])} with no row in the CAMEO→PLOVER table, {figures['mapped']} scored; "
        f"{figures['type_right']} found.",
        "Participants naming no country (IGO…, NGO…, `---`…), not scored: "
        f"{actor['unscorable']} actors and {target['unscorable']} targets of the type-matched pairs.",
        f"Brief events where PETRARCH-2 codes none: {figures['events_where_none']}.",
        "Anchor: these codings are PETRARCH-2's own output, hand-corrected, so agreement says how close "
        "sitroom comes to the dictionary coder GDELT-style systems use.",
    ]
    return " ".join(parts)


def _aside(label: str, ids: Sequence[str]) -> str:
    return f" ({len(ids)}{label}: {', '.join(ids)})" if ids else ""


def main(argv: list[str] | None = None) -> int:
    """Print the PETRARCH and the demo tables with every error listed."""
    from eval.quotes import default_shared

    parser = argparse.ArgumentParser(prog="python -m eval.events", description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=default_shared(), help="the shared folder (../shared)")
    parser.add_argument("--no-petrarch", action="store_true", help="skip the PETRARCH sentences")
    parser.add_argument("--no-demo", action="store_true", help="skip the demo brief (a whole pipeline run)")
    args = parser.parse_args(argv)
    if not args.no_petrarch:
        petrarch = evaluate_petrarch(args.shared)
        if petrarch is None:
            sys.stdout.write(f"PETRARCH: skipped: {(args.shared / PETRARCH_XML).as_posix()} not found\n\n")
        else:
            sys.stdout.write(
                "## Events (PETRARCH validation)\n\n" + markdown_petrarch(petrarch, limit=None) + "\n"
            )
    if not args.no_demo:
        sys.stdout.write("## Events (demo gold)\n\n" + markdown_demo(evaluate_demo(), limit=None))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
