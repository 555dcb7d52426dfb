"""The demo brief scored against the demo corpus's hand-written gold.

The corpus is ``sitroom.demo``'s ``corpus/`` folder; the gold is ``eval/gold/demo/`` (``articles.json``,
``entities.json``, ``roles.json``; its README gives the conventions). Gold names articles by file name,
or ``wire.jsonl#<id>`` for a JSON Lines record; a brief article is mapped to that key from its ``source``
(a path, or ``<path>:<line>`` for a record, whose ``id`` is the record's own).

Three groups of figures:

- **articles**: per-field accuracy over the gold articles (title, outlet, published, published_from,
  language; genre and duplicate_of are reported but informative only). A gold article missing from the
  brief counts as wrong in every field.
- **entities**: a gold entity is *found* when a brief entity of the same type has a name or alias equal to
  the gold name or one of its aliases (case-insensitive; straight and curly apostrophes are equal).
  Recall = found / gold. Precision = brief entities of the types the gold uses, with at least one
  mention, that match some gold entity / all such brief entities. Type accuracy is over the gold
  entities whose name is found under any type; country accuracy is over the found ones. The gold lists
  names: unnamed collective participants (GROUP entities named by a word of
  ``lexicons/collective_actors.txt``, "protesters", "voters") are not names and are not scored.
- **roles**: (person, title, article) triples; a gold role is found when a brief entity matching the gold
  person holds a role in that article with the same title (case-, hyphen- and space-insensitive). Org
  accuracy (the role's org entity's name or aliases against the gold org and the gold aliases of that
  org; null equals null) and ``current`` accuracy are over the found roles.

Run ``python eval/demo_gold.py [--floors]`` for Markdown tables (about ten seconds: one whole
``sitroom.brief``); ``--floors`` also prints the floors today's scores allow (each rounded down to 0.05),
for raising the ones ``tests/eval/test_demo_gold.py`` pins.
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from eval.listing import listing
from eval.scoring import f1, ratio
from sitroom.types import Article, Brief, Entity

GOLD = Path(__file__).resolve().parent / "gold" / "demo"
ARTICLE_FIELDS = ("title", "outlet", "published", "published_from", "language")
INFORMATIVE_FIELDS = ("genre", "duplicate_of")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
_TITLE_SEPARATORS = re.compile(r"[\s\-‐‑–]+")

Gold = dict[str, list[dict[str, Any]]]


@cache
def demo_brief() -> Brief:
    """The brief of the bundled demo corpus, made once per process (a whole pipeline run)."""
    from importlib.resources import as_file, files

    import sitroom

    with as_file(files("sitroom.demo").joinpath("corpus")) as corpus:
        return sitroom.brief([corpus])


def outside_copies(brief: Brief, gold: Sequence[dict]) -> list[dict]:
    """The gold items not in an article the brief counts as a copy of another: a copy is not analysed and
    what it says is counted once, in its original, so the gold items of the copy are not expected."""
    copies = {source_key(a) for a in brief.articles if a.copy_of is not None or a.duplicate_of is not None}
    return [item for item in gold if item["source"] not in copies]


def load_gold(folder: Path = GOLD) -> Gold:
    """``{"articles": [...], "entities": [...], "roles": [...]}`` as the gold files hold them."""
    return {
        part: json.loads((Path(folder) / f"{part}.json").read_text(encoding="utf8"))
        for part in ("articles", "entities", "roles")
    }


def name_key(name: str) -> str:
    """The form names are compared in: case-folded, curly apostrophes straightened, spaces collapsed."""
    return " ".join(name.translate(_APOSTROPHES).casefold().split())


def title_key(title: str) -> str:
    """The form titles of office are compared in: case-folded, hyphens and spaces alike."""
    return _TITLE_SEPARATORS.sub(" ", title.casefold()).strip()


def source_key(article: Article) -> str:
    """The gold's name for a brief article: its file name, or ``<file>#<id>`` for a JSON Lines record."""
    path, _, line = article.source.rpartition(":")
    if path and line.isdigit():
        return f"{Path(path).name}#{article.id}"
    return Path(article.source).name


def evaluate(shared: Path | None = None, *, brief: Brief | None = None, gold: Gold | None = None) -> dict:
    """Score ``brief`` (the demo brief by default) against ``gold`` (``eval/gold/demo`` by default).

    ``shared`` is accepted for the common evaluation signature and not used: the demo corpus and its gold
    live in the repository, so this evaluation always runs.
    """
    brief = demo_brief() if brief is None else brief
    gold = load_gold() if gold is None else gold
    return {
        "model": brief.meta.model,
        "articles": score_articles(brief, gold["articles"]),
        "entities": score_entities(brief, gold["entities"]),
        "roles": score_roles(brief, gold["roles"], gold["entities"]),
    }


def score_articles(brief: Brief, gold_articles: list[dict]) -> dict:
    """Per-field accuracy over the gold articles; ``missing`` lists gold articles the brief lacks and
    ``wrong`` every mismatch as ``(source, field, expected, got)``."""
    by_key = {source_key(article): article for article in brief.articles}
    ids = {article.id: source_key(article) for article in brief.articles}
    fields = ARTICLE_FIELDS + INFORMATIVE_FIELDS
    right = dict.fromkeys(fields, 0)
    wrong: list[tuple[str, str, Any, Any]] = []
    missing = []
    for expected in gold_articles:
        article = by_key.get(expected["source"])
        if article is None:
            missing.append(expected["source"])
        for field in fields:
            gold_value = expected.get("near_copy_of") if field == "duplicate_of" else expected.get(field)
            got = None if article is None else getattr(article, field)
            if field == "duplicate_of" and article is not None and article.copy_of is not None:
                got = article.copy_of.article
            if field == "duplicate_of" and got is not None:
                got = ids.get(got, got)
            if article is not None and got == gold_value:
                right[field] += 1
            else:
                wrong.append((expected["source"], field, gold_value, got))
    total = len(gold_articles)
    return {
        "gold": total,
        "accuracy": {field: ratio(right[field], total) for field in fields},
        "missing": missing,
        "wrong": wrong,
    }


def score_entities(brief: Brief, gold_entities: list[dict]) -> dict:
    """Recall, precision and F1 of the brief's entities, type and country accuracy, misses and false
    positives (see the module docstring for the rules)."""
    gold_types = {entity["type"] for entity in gold_entities}
    candidates = [
        e for e in brief.entities if e.type in gold_types and e.mention_count > 0 and not _collective(e)
    ]
    found = typed = typed_right = country_right = 0
    misses: list[str] = []
    country_wrong: list[str] = []
    for expected in gold_entities:
        names = _gold_names(expected)
        any_type = [e for e in brief.entities if _names(e) & names]
        matched = [e for e in any_type if e.type == expected["type"]]
        if any_type:
            typed += 1
            typed_right += bool(matched)
        if not matched:
            seen_as = sorted({f"{e.type} {e.name}" for e in any_type})
            misses.append(
                f"{expected['type']} {expected['name']}" + (f" (as {', '.join(seen_as)})" if seen_as else "")
            )
            continue
        found += 1
        country = _primary(matched).country
        if country == expected.get("country"):
            country_right += 1
        else:
            country_wrong.append(f"{expected['name']}: expected {expected.get('country')}, got {country}")
    matching = [e for e in candidates if _gold_match(e, gold_entities) is not None]
    false_positives = [
        f"{e.type} {e.name} ({e.mention_count})" for e in candidates if _gold_match(e, gold_entities) is None
    ]
    splits = sorted(
        expected["name"]
        for expected in gold_entities
        if sum(1 for e in matching if _gold_match(e, [expected]) is not None) > 1
    )
    recall = ratio(found, len(gold_entities))
    precision = ratio(len(matching), len(candidates))
    return {
        "gold": len(gold_entities),
        "brief": len(candidates),
        "found": found,
        "recall": recall,
        "precision": precision,
        "f1": f1(precision, recall),
        "type_accuracy": ratio(typed_right, typed),
        "country_accuracy": ratio(country_right, found),
        "misses": misses,
        "false_positives": false_positives,
        "split": splits,
        "country_wrong": country_wrong,
    }


def score_roles(brief: Brief, gold_roles: list[dict], gold_entities: list[dict]) -> dict:
    """Precision, recall and F1 of (person, title, article) triples; org and ``current`` accuracy over the
    found roles; misses and false positives."""
    gold_roles = outside_copies(brief, gold_roles)
    sources = {article.id: source_key(article) for article in brief.articles}
    entities_by_id = {entity.id: entity for entity in brief.entities}
    people = [e for e in gold_entities if e["type"] == "PERSON"]
    # Each brief role as (gold person or the brief's own name, title key, gold article key) -> the role.
    predicted: dict[tuple[str, str, str], tuple[Entity, Any]] = {}
    for entity in brief.entities:
        person = _gold_match(entity, people)
        holder = person["name"] if person is not None else f"{entity.type} {entity.name}"
        for role in entity.roles:
            key = (holder, title_key(role.title), sources.get(role.article, role.article))
            predicted.setdefault(key, (entity, role))
    expected_roles = {}
    for role in gold_roles:
        expected_roles.setdefault((role["person"], title_key(role["title"]), role["source"]), role)
    found = [key for key in expected_roles if key in predicted]
    org_right = current_right = 0
    org_wrong = []
    for key in found:
        expected, (_, role) = expected_roles[key], predicted[key]
        if _org_matches(role.org, expected.get("org"), entities_by_id, gold_entities):
            org_right += 1
        else:
            got = entities_by_id[role.org].name if role.org in entities_by_id else role.org
            org_wrong.append(f"{key[0]}, {key[1]} ({key[2]}): org {expected.get('org')!r}, got {got!r}")
        current_right += role.current == expected.get("current")
    recall = ratio(len(found), len(expected_roles))
    precision = ratio(len(found), len(predicted))
    return {
        "gold": len(expected_roles),
        "brief": len(predicted),
        "found": len(found),
        "recall": recall,
        "precision": precision,
        "f1": f1(precision, recall),
        "org_accuracy": ratio(org_right, len(found)),
        "current_accuracy": ratio(current_right, len(found)),
        "misses": [f"{p}, {t} ({a})" for p, t, a in expected_roles if (p, t, a) not in predicted],
        "false_positives": [f"{p}, {t} ({a})" for p, t, a in predicted if (p, t, a) not in expected_roles],
        "org_wrong": org_wrong,
    }


def _org_matches(
    org_id: str | None, gold_org: str | None, entities: dict[str, Entity], gold: list[dict]
) -> bool:
    if org_id is None or gold_org is None:
        return org_id is None and gold_org is None
    names = {name_key(gold_org)}
    for expected in gold:
        if name_key(expected["name"]) == name_key(gold_org):
            names |= _gold_names(expected)
    entity = entities.get(org_id)
    got = _names(entity) if entity is not None else {name_key(org_id)}
    return bool(got & names)


def _collective(entity: Entity) -> bool:
    """An unnamed collective participant ("protesters", "Police", "senior finance ministers"): a GROUP
    whose every form ends in a collective noun of the lexicon, singular or plural, with no capitalised
    word but the first (a name is no collective)."""
    from sitroom.lexicons import table

    nouns = {row[0] for row in table("collective_actors.txt", 2)}

    def collective(form: str) -> bool:
        words = form.split()
        last = words[-1].lower()
        unnamed = all(word.islower() for word in words[1:])
        singular = {last, last.removesuffix("s"), last.removesuffix("ies") + "y", last.replace("men", "man")}
        return unnamed and bool(singular & nouns)

    return entity.type == "GROUP" and all(collective(f) for f in (entity.name, *entity.aliases))


def _names(entity: Entity) -> set[str]:
    return {name_key(entity.name), *(name_key(alias) for alias in entity.aliases)}


def _gold_names(expected: dict) -> set[str]:
    return {name_key(expected["name"]), *(name_key(alias) for alias in expected.get("aliases", ()))}


def _gold_match(entity: Entity, gold_entities: Iterable[dict]) -> dict | None:
    """The first gold entity of ``entity``'s type that shares a name or alias with it."""
    names = _names(entity)
    return next((g for g in gold_entities if g["type"] == entity.type and _gold_names(g) & names), None)


def _primary(entities: list[Entity]) -> Entity:
    """Of several brief entities matching one gold entity, the most mentioned (then by name)."""
    return min(entities, key=lambda e: (-e.mention_count, e.name, e.id))


def headline(figures: dict) -> dict[str, float]:
    """The figures the tests pin, flat: ``articles.<field>``, ``entities.<figure>``, ``roles.<figure>``."""
    flat = {f"articles.{field}": figures["articles"]["accuracy"][field] for field in ARTICLE_FIELDS}
    for part, names in (
        ("entities", ("recall", "precision", "f1", "type_accuracy", "country_accuracy")),
        ("roles", ("recall", "precision", "f1", "org_accuracy", "current_accuracy")),
    ):
        flat |= {f"{part}.{name}": figures[part][name] for name in names}
    return flat


def round_down(score: float, step: float = 0.05) -> float:
    """``score`` rounded down to a multiple of ``step``: the value a floor is set or raised to."""
    return round(math.floor(score / step + 1e-9) * step, 2)


def markdown(figures: dict, floors: dict[str, float] | None = None) -> str:
    """The figures as Markdown tables (with a floor column when ``floors`` is given) and the error lists."""
    articles, entities, roles = figures["articles"], figures["entities"], figures["roles"]
    floors = floors or {}
    values = headline(figures)

    def row(key: str, label: str, value: float, note: str = "") -> str:
        floor = f"{floors[key]:.2f}" if key in floors else "—"
        return f"| {label} | {value:.3f} | {floor} | {note} |"

    lines = ["| figure | score | floor | over |", "|---|---|---|---|"]
    for field in ARTICLE_FIELDS:
        lines.append(
            row(
                f"articles.{field}",
                f"article {field}",
                values[f"articles.{field}"],
                f"{articles['gold']} articles",
            )
        )
    for field in INFORMATIVE_FIELDS:
        label = f"article {field} (informative)"
        lines.append(row("", label, articles["accuracy"][field], f"{articles['gold']} articles"))
    over = f"{entities['gold']} gold, {entities['brief']} brief entities"
    for name in ("recall", "precision", "f1"):
        lines.append(row(f"entities.{name}", f"entity {name}", entities[name], over))
    lines.append(
        row(
            "entities.type_accuracy",
            "entity type accuracy",
            entities["type_accuracy"],
            "names found under any type",
        )
    )
    lines.append(
        row(
            "entities.country_accuracy",
            "entity country accuracy",
            entities["country_accuracy"],
            f"{entities['found']} found",
        )
    )
    over = f"{roles['gold']} gold, {roles['brief']} brief (person, title, article)"
    for name in ("recall", "precision", "f1"):
        lines.append(row(f"roles.{name}", f"role {name}", roles[name], over))
    lines.append(
        row("roles.org_accuracy", "role org accuracy", roles["org_accuracy"], f"{roles['found']} found")
    )
    lines.append(
        row(
            "roles.current_accuracy",
            "role current accuracy",
            roles["current_accuracy"],
            f"{roles['found']} found",
        )
    )
    lines.append("")
    lines += listing("Entities missed", entities["misses"])
    lines += listing("Entity false positives (with mention counts)", entities["false_positives"])
    lines += listing("Gold entities split over several brief entities", entities["split"])
    lines += listing("Entity countries wrong", entities["country_wrong"])
    lines += listing("Roles missed", roles["misses"])
    lines += listing("Role false positives", roles["false_positives"])
    lines += listing("Role orgs wrong", roles["org_wrong"])
    lines += listing(
        "Article fields wrong", [f"{s} {f}: expected {e!r}, got {g!r}" for s, f, e, g in articles["wrong"]]
    )
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    """Print the Markdown tables for the demo brief."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD, help="the gold folder (eval/gold/demo)")
    parser.add_argument("--floors", action="store_true", help="also print the floors today's scores allow")
    args = parser.parse_args(argv)
    figures = evaluate(gold=load_gold(args.gold))
    print(markdown(figures))
    if args.floors:
        print("FLOORS = {")
        print("\n".join(f'    "{key}": {round_down(value)},' for key, value in headline(figures).items()))
        print("}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
