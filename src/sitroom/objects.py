"""What an event verb's object decides, from ``lexicons/event_objects.tsv`` and ``object_classes.tsv``.

"Send troops" is a MOBILIZE and "send aid" an AID; "strike a deal" is an AGREE and "recognise the need" no
event at all. The table is read by the event extractor and by the parse repair, which restores a gerund's
object only where the pair means something here.
"""

from __future__ import annotations

from functools import cache

from sitroom import lexicons


@cache
def object_readings() -> dict[tuple[str, str], tuple[str, str]]:
    """(verb lemma, object lemma) -> (PLOVER type or "-" for no event, mode); a class ("@agreement") stands
    for its nouns in ``object_classes.tsv``, and a row naming the noun itself wins over a class row."""
    classes = {name: nouns.split(",") for name, nouns in lexicons.table("object_classes.tsv", 2)}
    by_class: dict[tuple[str, str], tuple[str, str]] = {}
    named: dict[tuple[str, str], tuple[str, str]] = {}
    for verb, objects, kind, mode in lexicons.table("event_objects.tsv", 4):
        for obj in objects.split(","):
            if obj.startswith("@"):
                by_class.update({(verb, noun): (kind, mode) for noun in classes[obj[1:]]})
            else:
                named[(verb, obj)] = (kind, mode)
    return {**by_class, **named}


def object_reading(verb: str, obj: str) -> tuple[str, str] | None:
    """What verb ``verb`` with object ``obj`` (lemmas) reports: the pair's row, else the verb's row for any
    object ("*": "protested the decision" is a complaint, whatever was decided), else None."""
    readings = object_readings()
    return readings.get((verb, obj)) or readings.get((verb, "*"))


def decides_event(verb: str, obj: str) -> bool:
    """Whether the lexicon reads verb ``verb`` with object ``obj`` (lemmas) as a pair, event or none."""
    return (verb, obj) in object_readings()
