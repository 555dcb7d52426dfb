"""The vocabulary the stages speak: plain frozen dataclasses, one per kind of fact.

Each stage hands the next only these records, never spaCy objects, so the per-article stages can run in
other processes and the corpus stages can be tested without a model. Field names follow the Brief JSON
contract (``sitroom.brief/1``, see DESIGN.md) so that assembling the brief is a matter of ordering.
"""

from __future__ import annotations

from dataclasses import dataclass

EntityType = str  # PERSON | ORG | GPE | LOC | NORP | FAC | EVENT | GROUP


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be read: its name as the user gave it and why."""

    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class CopyOf:
    """What an article copies: the earlier ``article``, how (``exact``, ``syndicated`` — the same text under
    other furniture — or ``spun`` — edited, shortened or reworded) and the two texts' ``similarity`` (0–1)."""

    article: str
    kind: str
    similarity: float


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read: cleaned body text plus what is known about it.

    ``text`` is the cleaned, NFC-normalised body without the title; every span elsewhere indexes into it.
    """

    id: str
    source: str
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None
    published: str | None = None
    published_from: str | None = None
    genre: str | None = None
    duplicate_of: str | None = None
    copy_of: CopyOf | None = None

    @property
    def analysable(self) -> bool:
        """English (or of unknown language) and not a copy of an earlier article: what gets extracted."""
        return self.duplicate_of is None and self.copy_of is None and self.language in (None, "en")


@dataclass(frozen=True, slots=True)
class MentionRecord:
    """A name found in one article, before it is linked to a corpus entity.

    ``name`` is the surface form with articles and possessives trimmed; ``key`` is the form used to link
    it (an alias lexicon's canonical name where one applies). ``stands_for`` is the canonical name of what
    a metonym stands for in this sentence ("the Kremlin" -> "Russia"), or None where it is used literally.
    """

    start: int
    end: int
    name: str
    key: str
    type: EntityType
    stands_for: str | None = None
    title_form: bool = False  # "Mr Putin", "President Putin": a titled surname, never a full name
    gender: str | None = None  # F or M where a person's own words say ("Mrs Obama", "Michelle Obama")


@dataclass(frozen=True, slots=True)
class RoleRecord:
    """An office held by the person mentioned at ``holder_start``, as stated at ``start:end``.

    ``org`` is the surface or canonical name of the state or organisation the office belongs to, if the
    text says; ``current`` is False for former offices ("former", "ex-", "then-") and None when unclear.
    """

    holder_start: int
    holder_end: int
    title: str
    org: str | None
    current: bool | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    """A quotation in one article, before its speaker is linked to a corpus entity.

    ``start:end`` covers the quoted words without the quotation marks; ``parts`` are the pieces of a
    quote split by its attribution or running over paragraphs. The speaker is resolved in the article
    where it can be: ``speaker_mention`` is the start of the mention it resolves to (a name, or what a
    pronoun or description refers to). A description the article cannot resolve ("Russia's foreign
    minister") keeps its office in ``speaker_title``/``speaker_org`` for the link stage.
    """

    start: int
    end: int
    kind: str  # direct | partial | indirect
    parts: tuple[tuple[int, int], ...] | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_mention: int | None = None
    speaker_title: str | None = None
    speaker_org: str | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    time: int | None = None  # index of the article's time record that dates the cue ("said on Friday")
    evidence: tuple[str, ...] = ()  # how it was read, for its confidence (see sitroom.link.confidence)


@dataclass(frozen=True, slots=True)
class FigureRecord:
    """A quantity in one article: the number stated (``high`` for a range's top), its unit, the noun it
    counts, how it is qualified, and the start of the mention of whoever claims it, if anyone does."""

    start: int
    end: int
    value: float | int
    high: float | int | None
    unit: str | None
    counts: str | None
    qualifier: str
    claimed_by: int | None = None
    context: tuple[str, ...] = ()  # what the figure is about: the sentence's noun lemmas


@dataclass(frozen=True, slots=True)
class TimeRecord:
    """A time expression in one article, resolved against the article's date and the times before it.

    ``anchor`` is ``"published"``, the index of the record in the same article it was resolved against,
    or None for an absolute expression (and for a relative one left unresolved).
    """

    start: int
    end: int
    type: str  # date | duration | set
    value: str | None
    granularity: str | None
    mod: str | None = None
    anchor: str | int | None = None
    context: tuple[str, ...] = ()  # what the time is about: the sentence's noun lemmas


@dataclass(frozen=True, slots=True)
class EventRecord:
    """Who did what to whom in one article: a PLOVER event read from a clause or an event noun.

    ``actor``, ``target`` and ``place`` are the start offsets of the mentions that fill them (the link
    stage turns them into entities); ``actor_for``/``target_for`` the mention of the state an unnamed body
    in that role belongs to ("the government" of Greece), the role itself then empty; ``time`` and
    ``quote`` index the article's time and quote records.
    """

    start: int
    end: int
    trigger_start: int
    trigger_end: int
    type: str  # one of PLOVER 2.0's sixteen
    mode: str | None
    status: str  # occurred | ongoing | planned | threatened | hypothetical | negated | alleged
    actor: int | None = None
    target: int | None = None
    place: int | None = None
    time: int | None = None
    quote: int | None = None
    evidence: tuple[str, ...] = ()  # how it was read, for its confidence (see sitroom.link.confidence)
    actor_for: int | None = None
    target_for: int | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the per-article extractors found in one article."""

    article_id: str
    mentions: tuple[MentionRecord, ...] = ()
    roles: tuple[RoleRecord, ...] = ()
    quotes: tuple[QuoteRecord, ...] = ()
    figures: tuple[FigureRecord, ...] = ()
    times: tuple[TimeRecord, ...] = ()
    events: tuple[EventRecord, ...] = ()
    terms: tuple[tuple[str, int], ...] = ()  # content lemmas and their counts, for telling stories apart
    failed: str | None = None  # why the extractors failed on this article (a bug): then nothing else is set


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    org: str | None
    current: bool | None
    article: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    roles: tuple[Role, ...] = ()
    articles: tuple[str, ...] = ()
    mention_count: int = 0


@dataclass(frozen=True, slots=True)
class Mention:
    entity: str
    article: str
    start: int
    end: int
    stands_for: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation in the brief: who said it (an entity id where one fits), where, and its cue.

    ``confidence`` (0–1) is how far the reading can be trusted, from the ``evidence`` that raised or lowered
    it (see :mod:`sitroom.link.confidence`).
    """

    id: str
    article: str
    start: int
    end: int
    text: str
    kind: str
    parts: tuple[tuple[int, int], ...] | None = None
    speaker: str | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    time: str | None = None
    same_as: str | None = None
    confidence: float = 0.0
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity in the brief, with what it counts and who claims it (an entity id)."""

    id: str
    article: str
    start: int
    end: int
    text: str
    value: float | int
    high: float | int | None = None
    unit: str | None = None
    counts: str | None = None
    qualifier: str = "exact"
    claimed_by: str | None = None


@dataclass(frozen=True, slots=True)
class Time:
    """A time expression in the brief: its TIMEX3 value and what it was resolved against (a time id)."""

    id: str
    article: str
    start: int
    end: int
    text: str
    type: str
    value: str | None
    granularity: str | None
    mod: str | None = None
    anchor: str | None = None


@dataclass(frozen=True, slots=True)
class Comparison:
    """Claims from different places set side by side: ``items`` are figure or time ids."""

    kind: str  # figure | arithmetic
    verdict: str  # agree | differ | inconsistent
    items: tuple[str, ...]
    note: str


@dataclass(frozen=True, slots=True)
class Event:
    """An event in the brief: participants as entity ids, ``*_for`` what they act for, ``same_as`` the
    first report of the same real event in another article; ``confidence`` (0–1) from the ``evidence``
    that raised or lowered it (see :mod:`sitroom.link.confidence`)."""

    id: str
    article: str
    start: int
    end: int
    text: str
    type: str
    mode: str | None
    actor: str | None
    actor_for: str | None
    target: str | None
    target_for: str | None
    place: str | None
    time: str | None
    status: str
    quote: str | None = None
    same_as: str | None = None
    confidence: float = 0.0
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SummaryLine:
    """A sentence of a story's summary, with where it comes from."""

    text: str
    article: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Story:
    """Articles about one unfolding story, with its events in time order."""

    id: str
    title: str
    articles: tuple[str, ...]
    summary: tuple[SummaryLine, ...]
    timeline: tuple[str, ...]
    first: str | None
    last: str | None


@dataclass(frozen=True, slots=True)
class Meta:
    sitroom: str
    model: str | None
    failed: tuple[Failure, ...] = ()


@dataclass(frozen=True, slots=True)
class Brief:
    """The whole sourced brief; ``to_json`` gives the ``sitroom.brief/1`` document.

    Every list is present, empty when nothing was found, as the contract requires.
    """

    meta: Meta
    articles: tuple[Article, ...] = ()
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    times: tuple[Time, ...] = ()
    figures: tuple[Figure, ...] = ()
    events: tuple[Event, ...] = ()
    comparisons: tuple[Comparison, ...] = ()
    stories: tuple[Story, ...] = ()

    def to_dict(self) -> dict:
        from sitroom.render.json import brief_to_dict

        return brief_to_dict(self)

    def to_json(self) -> str:
        from sitroom.render.json import brief_to_json

        return brief_to_json(self)
