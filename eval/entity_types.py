"""Named-entity spans and types on GUM news, sitroom's mentions beside bare spaCy in the same run.

The data is the 24 Wikinews articles of the GUM corpus as WebAnno TSV 3.2 (``gum-news/coref-tsv/``),
read from ``../shared/data``. Each document's text is rebuilt from the token offsets (tokens joined by a
space, sentences by a newline: the offsets index exactly that text), parsed with the sitroom model, and
scored twice: ``sitroom.extract.extract_mentions(doc)`` and the model's own ``doc.ents``.

Gold: GUM marks every mention (names, descriptions, pronouns) with an entity type, and its identity
column links every mention of a chain to Wikipedia, pronouns and descriptions included ("A group of
Afghan teenagers" -> Afghan_Girls_Robotics_Team), so the identity cannot tell a name by itself. A GUM
mention counts as a *named* span when, after a leading determiner and a trailing possessive or
punctuation are dropped, its words are proper nouns by GUM's own tags (``NP``/``NPS`` in
``gum-news/xml/``, which has the same tokens; capitalised words when that folder is absent), with "of",
"the", "for", "&" and hyphens allowed between them ("Daughters of the American Revolution"). Titles stay
in the gold span when GUM tags them as proper nouns ("President Donald Trump"): the lenient match is
there for that.

Types: GUM person -> PERSON, organization -> ORG, place -> GPE, LOC or FAC (GUM's places include
buildings and squares). GUM's other types (event, object, abstract, time, quantity, substance, animal,
plant) are not scored; nor are plural proper nouns of people ("Afghans", "Muslims": groups of people),
and on the predicted side NORP, GROUP, EVENT and spaCy's other labels are left out, so neither system is
charged for groups or nationalities.

Scores, summed over the documents: exact character spans (type ignored) P/R/F1; type accuracy over the
exactly matched spans; exact (span, type) P/R/F1, the headline figure; and a lenient (span, type) P/R/F1
where a prediction matches a gold span when each contains the other's head word (the last word before
"of", "for", "from", "in", "at", "and", a comma or a possessive: "Donald Trump" matches "President Donald
Trump"), one to one.

Run ``python eval/entity_types.py [--shared ../shared] [--limit N]`` for Markdown tables.
"""

from __future__ import annotations

import argparse
import html
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path("data") / "gum-news" / "coref-tsv"
TAGS = Path("data") / "gum-news" / "xml"

GUM_TYPES = {"person": "person", "organization": "organization", "place": "place"}
PREDICTED_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}
SYSTEMS = ("spacy", "sitroom")
_PROPER = {"NP", "NPS", "NNP", "NNPS"}
_CONNECTORS = {"of", "the", "for", "&", "-", "–"}
_DETERMINERS = {"the", "a", "an"}
_POSSESSIVES = {"'s", "’s", "'", "’"}
_HEAD_STOPS = {"of", "for", "from", "in", "at", "and", "&", ",", "(", "'s", "’s", "'", "’", "--", "–"}
_LABEL = re.compile(r"^(?P<label>.*?)(?:\[(?P<id>\d+)\])?$")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    sentence: int


@dataclass(frozen=True, slots=True)
class GumSpan:
    """A GUM mention: tokens ``[first, last]`` (inclusive indices), its entity type and identity."""

    first: int
    last: int
    type: str
    identity: str | None


@dataclass(frozen=True, slots=True)
class GumDocument:
    name: str
    text: str
    tokens: tuple[Token, ...]
    spans: tuple[GumSpan, ...]


@dataclass(frozen=True, slots=True)
class Span:
    """A character span ``[start, end)`` with a GUM-side type (person, organization or place)."""

    start: int
    end: int
    type: str


@dataclass
class Counts:
    """Match counts summed over documents for one system."""

    gold: int = 0
    predicted: int = 0
    span: int = 0  # exact character span, type ignored
    typed: int = 0  # exact span and compatible type
    lenient: int = 0  # head match and compatible type
    by_type: Counter = field(default_factory=Counter)  # gold type -> gold / found (exact, typed)
    missed: Counter = field(default_factory=Counter)
    spurious: Counter = field(default_factory=Counter)


def read_webanno(text: str, name: str = "") -> GumDocument:
    """A WebAnno TSV 3.2 document with the text rebuilt from its token offsets.

    Tokens are placed at their offsets; the gaps are spaces inside a sentence and a newline between
    sentences. Only the ``entity`` and ``identity`` features of the span layer are read; the columns are
    found from the ``#T_SP`` header.
    """
    columns: dict[str, int] = {}
    offset = 3  # id, offsets, token; then one column per feature, span layers first
    tokens: list[Token] = []
    rows: list[list[str]] = []
    sentence = 0
    for line in text.splitlines():
        if line.startswith("#T_SP="):
            features = line.split("=", 1)[1].split("|")[1:]
            for i, feature in enumerate(features):
                if feature in {"entity", "identity"}:
                    columns.setdefault(feature, offset + i)
            offset += len(features)
        elif line.startswith("#Text="):
            sentence += 1
        elif line and not line.startswith("#"):
            cells = line.split("\t")
            start, end = (int(n) for n in cells[1].split("-"))
            tokens.append(Token(start, end, cells[2], sentence))
            rows.append(cells)
    chars = [" "] * (tokens[-1].end if tokens else 0)
    for previous, token in zip([None, *tokens], tokens, strict=False):
        chars[token.start : token.end] = token.text
        if previous is not None and previous.sentence != token.sentence and token.start > previous.end:
            chars[token.start - 1] = "\n"
    return GumDocument(name, "".join(chars), tuple(tokens), _spans(rows, columns))


def _spans(rows: list[list[str]], columns: dict[str, int]) -> tuple[GumSpan, ...]:
    found: dict[tuple[str, str | int], list] = {}
    for index, cells in enumerate(rows):
        labels = _cell(cells, columns.get("entity"))
        identities = {span_id: label for label, span_id in _cell(cells, columns.get("identity"))}
        for label, span_id in labels:
            key = (label, span_id if span_id is not None else index)
            entry = found.setdefault(key, [index, index, label, identities.get(span_id)])
            entry[1] = index
    spans = (GumSpan(first, last, label, identity) for first, last, label, identity in found.values())
    return tuple(sorted(spans, key=lambda s: (s.first, -s.last, s.type)))


def _cell(cells: list[str], column: int | None) -> list[tuple[str, str | None]]:
    if column is None or column >= len(cells) or cells[column] in {"", "_"}:
        return []
    parts = []
    for part in cells[column].split("|"):
        match = _LABEL.match(part)
        label = match.group("label") if match else part
        if label and label not in {"_", "*"}:
            parts.append((label, match.group("id") if match else None))
    return parts


def read_tags(xml: str) -> list[str]:
    """GUM's part-of-speech tags, one per token, from a ``gum-news/xml`` file (token lines have tabs)."""
    return [line.split("\t")[1] for line in xml.splitlines() if "\t" in line]


def read_tag_words(xml: str) -> list[str]:
    return [html.unescape(line.split("\t")[0]) for line in xml.splitlines() if "\t" in line]


def named_spans(document: GumDocument, tags: Sequence[str] | None = None) -> list[Span]:
    """GUM's named person, organisation and place spans, trimmed, as character spans (see the module
    docstring for the rule). ``tags`` are GUM's per-token tags; without them capitalisation decides."""
    tokens = document.tokens
    if tags is not None and len(tags) != len(tokens):
        tags = None
    found: dict[tuple[int, int, str], Span] = {}
    for span in document.spans:
        kind = GUM_TYPES.get(span.type)
        if kind is None:
            continue
        first, last = span.first, span.last
        while first <= last and (tokens[first].text.lower() in _DETERMINERS or _punct(tokens[first].text)):
            first += 1
        while last >= first and (tokens[last].text in _POSSESSIVES or _punct(tokens[last].text)):
            last -= 1
        if first > last:
            continue
        words = range(first, last + 1)
        if not (_proper(first, tokens, tags) and _proper(last, tokens, tags)):
            continue
        if not all(_proper(i, tokens, tags) or tokens[i].text.lower() in _CONNECTORS for i in words):
            continue
        if kind == "person" and tags is not None and all(tags[i] in {"NPS", "NNPS"} for i in words):
            continue  # a group of people by nationality or faith ("Afghans"), not a person
        key = (tokens[first].start, tokens[last].end, kind)
        found.setdefault(key, Span(*key))
    return sorted(found.values(), key=lambda s: (s.start, s.end, s.type))


def _proper(index: int, tokens: Sequence[Token], tags: Sequence[str] | None) -> bool:
    if tags is not None:
        return tags[index] in _PROPER
    return tokens[index].text[:1].isupper()


def _punct(word: str) -> bool:
    return not any(ch.isalnum() for ch in word)


def sitroom_spans(doc) -> list[Span]:  # type: ignore[no-untyped-def]
    """sitroom's mentions of the scored types, as GUM-side spans."""
    from sitroom.extract.entities import extract_mentions

    spans = (
        Span(m.start, m.end, PREDICTED_TYPES[m.type])
        for m in extract_mentions(doc)
        if m.type in PREDICTED_TYPES
    )
    return sorted(set(spans), key=lambda s: (s.start, s.end, s.type))


def spacy_spans(doc) -> list[Span]:  # type: ignore[no-untyped-def]
    """The model's own entities of the scored types, trimmed as the gold is (leading article, trailing
    possessive and punctuation)."""
    found = set()
    for ent in doc.ents:
        kind = PREDICTED_TYPES.get(ent.label_)
        if kind is None:
            continue
        start, end = ent.start, ent.end
        while start < end and (
            doc[start].lower_ in _DETERMINERS or doc[start].is_punct or doc[start].is_space
        ):
            start += 1
        while end > start and (
            doc[end - 1].text in _POSSESSIVES or doc[end - 1].is_punct or doc[end - 1].is_space
        ):
            end -= 1
        if start < end:
            found.add(Span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), kind))
    return sorted(found, key=lambda s: (s.start, s.end, s.type))


def head(text: str, span: Span) -> tuple[int, int]:
    """The character range of a span's head word: the last word before the first "of", "in", "and",
    comma or possessive after its first word (the last word when there is none)."""
    words = [
        (m.start() + span.start, m.end() + span.start)
        for m in re.finditer(r"\S+", text[span.start : span.end])
    ]
    if not words:
        return span.start, span.end
    chosen = words[0]
    for start, end in words[1:]:
        if text[start:end].lower() in _HEAD_STOPS:
            break
        chosen = (start, end)
    return chosen


def score_document(text: str, gold: Iterable[Span], predicted: Iterable[Span], counts: Counts) -> None:
    """Add one document's matches to ``counts``."""
    gold, predicted = list(gold), list(predicted)
    counts.gold += len(gold)
    counts.predicted += len(predicted)
    gold_spans = {(g.start, g.end) for g in gold}
    predicted_spans = {(p.start, p.end) for p in predicted}
    counts.span += len(gold_spans & predicted_spans)
    typed = set(gold) & set(predicted)
    counts.typed += len(typed)
    for g in gold:
        counts.by_type[(g.type, "gold")] += 1
        counts.by_type[(g.type, "found")] += g in typed
        if g not in typed:
            counts.missed[f"{g.type} {text[g.start : g.end]}"] += 1
    for p in predicted:
        if p not in typed:
            counts.spurious[f"{p.type} {text[p.start : p.end]}"] += 1
    counts.lenient += _lenient_matches(text, gold, predicted)


def type_agreement(gold: Iterable[Span], predicted: Iterable[Span]) -> tuple[int, int]:
    """(exactly matched spans whose type agrees, exactly matched spans) for one document."""
    gold_types: dict[tuple[int, int], set[str]] = {}
    for g in gold:
        gold_types.setdefault((g.start, g.end), set()).add(g.type)
    matched = right = 0
    for key in {(p.start, p.end) for p in predicted} & gold_types.keys():
        matched += 1
        right += any(p.type in gold_types[key] for p in predicted if (p.start, p.end) == key)
    return right, matched


def _lenient_matches(text: str, gold: list[Span], predicted: list[Span]) -> int:
    """One-to-one matches of compatible type where each span contains the other's head word; exact
    matches are paired first."""
    exact = set(gold) & set(predicted)
    left = [p for p in predicted if p not in exact]
    found = len(exact)
    for g in gold:
        if g in exact:
            continue
        g_head = head(text, g)
        for p in left:
            p_head = head(text, p)
            if (
                p.type == g.type
                and p.start <= g_head[0]
                and g_head[1] <= p.end
                and g.start <= p_head[0]
                and p_head[1] <= g.end
            ):
                left.remove(p)
                found += 1
                break
    return found


def evaluate(shared: Path, *, limit: int | None = None, model: str | None = None) -> dict | None:
    """Score sitroom's mentions and bare spaCy entities against GUM's named spans.

    ``limit`` takes the first documents in name order. Returns ``{"documents", "tokens", "tags", "model",
    "gold", "spacy": {...}, "sitroom": {...}}``, or None when the data folder is absent.
    """
    from sitroom.nlp import describe, load_model
    from sitroom.options import DEFAULT_MODEL

    folder = Path(shared) / DATA
    files = sorted(folder.glob("*.tsv"))[:limit]
    if not files:
        return None
    model = model or DEFAULT_MODEL
    nlp = load_model(model)
    documents = [read_webanno(path.read_text(encoding="utf8"), path.stem) for path in files]
    tag_source = "GUM tags"
    golds = []
    for document in documents:
        tags = _tags_for(Path(shared) / TAGS / f"{document.name}.xml", document)
        tag_source = tag_source if tags is not None else "capitalisation"
        golds.append(named_spans(document, tags))
    counts = {system: Counts() for system in SYSTEMS}
    agreement = {system: [0, 0] for system in SYSTEMS}
    for document, gold, doc in zip(documents, golds, nlp.pipe(d.text for d in documents), strict=True):
        for system, spans in (("spacy", spacy_spans(doc)), ("sitroom", sitroom_spans(doc))):
            score_document(document.text, gold, spans, counts[system])
            right, matched = type_agreement(gold, spans)
            agreement[system][0] += right
            agreement[system][1] += matched
    return {
        "documents": len(documents),
        "tokens": sum(len(d.tokens) for d in documents),
        "tags": tag_source,
        "model": describe(model),
        "gold": sum(len(g) for g in golds),
        **{system: _figures(counts[system], *agreement[system]) for system in SYSTEMS},
    }


def _tags_for(path: Path, document: GumDocument) -> list[str] | None:
    """GUM's tags for ``document`` when the xml file has the same tokens, else None."""
    if not path.is_file():
        return None
    xml = path.read_text(encoding="utf8")
    if read_tag_words(xml) != [token.text for token in document.tokens]:
        return None
    return read_tags(xml)


def _figures(counts: Counts, type_right: int, type_matched: int) -> dict:
    def prf(found: int) -> dict[str, float]:
        precision = found / counts.predicted if counts.predicted else 0.0
        recall = found / counts.gold if counts.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": precision, "recall": recall, "f1": f1}

    return {
        "predicted": counts.predicted,
        "span": prf(counts.span),
        "type_accuracy": type_right / type_matched if type_matched else 0.0,
        "typed": prf(counts.typed),
        "lenient": prf(counts.lenient),
        "recall_by_type": {
            kind: counts.by_type[(kind, "found")] / counts.by_type[(kind, "gold")]
            for kind in sorted(GUM_TYPES.values())
            if counts.by_type[(kind, "gold")]
        },
        "missed": _top(counts.missed),
        "spurious": _top(counts.spurious),
    }


def _top(counter: Counter, n: int = 12) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))[:n]


def markdown(figures: dict) -> str:
    """The figures as Markdown tables, one row per system, and sitroom's most frequent errors."""
    labels = {"spacy": "bare spaCy `doc.ents`", "sitroom": "sitroom `extract_mentions`"}
    rows = [
        "| system | predicted | span F1 | type acc. | (span, type) P | R | F1 | lenient P | R | F1 |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for system in SYSTEMS:
        f = figures[system]
        rows.append(
            f"| {labels[system]} | {f['predicted']} | {f['span']['f1']:.3f} | {f['type_accuracy']:.3f} | "
            f"{f['typed']['precision']:.3f} | {f['typed']['recall']:.3f} | {f['typed']['f1']:.3f} | "
            f"{f['lenient']['precision']:.3f} | {f['lenient']['recall']:.3f} | {f['lenient']['f1']:.3f} |"
        )
    kinds = sorted(figures["sitroom"]["recall_by_type"])
    rows += [
        "",
        "| system | " + " | ".join(f"{kind} recall" for kind in kinds) + " |",
        "|---" * (len(kinds) + 1) + "|",
    ]
    for system in SYSTEMS:
        by_type = figures[system]["recall_by_type"]
        rows.append(f"| {labels[system]} | " + " | ".join(f"{by_type.get(k, 0.0):.3f}" for k in kinds) + " |")
    note = (
        f"\nGUM news (Wikinews), {figures['documents']} documents, {figures['tokens']} tokens, "
        f"{figures['gold']} gold named spans (person, organization, place; named by {figures['tags']}); "
        f"model {figures['model']}. Anchor: bare spaCy in the same run."
    )
    errors = [""]
    for key, heading in (
        ("missed", "sitroom's most frequent misses"),
        ("spurious", "sitroom's false positives"),
    ):
        items = figures["sitroom"][key]
        errors.append(f"- {heading}: " + "; ".join(f"{text} ×{n}" for text, n in items) + ".")
    return "\n".join(rows) + "\n" + note + "\n" + "\n".join(errors) + "\n"


def default_shared() -> Path:
    """The shared folder beside the repository (``../shared`` seen from the repo root)."""
    return Path(__file__).resolve().parents[1].parent / "shared"


def main(argv: list[str] | None = None) -> int:
    """Print the Markdown tables, or a notice when the GUM data is not there."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=default_shared(), help="the shared folder (../shared)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    parser.add_argument("--model", default=None, help="an installed spaCy English pipeline")
    args = parser.parse_args(argv)
    figures = evaluate(args.shared, limit=args.limit, model=args.model)
    if figures is None:
        print(f"skipped: no GUM TSV files under {args.shared / DATA}")
        return 0
    print(markdown(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
