"""Corpus-level entities: every mention of one actor, across articles, under one canonical name.

Aliases are already keyed by the extract stage ("Nato" and "NATO" both key NATO). Here people are merged:
a surname or titled form ("Putin", "Mr Putin") joins the full name it follows in the same article, or
the only full name in the corpus with that surname, of a gender its own words allow ("Mrs Obama" is not
Barack Obama); two people who share a surname stay apart and a
surname that could be either stays on its own. An organisation introduced with its acronym in brackets
("German Institute for International and Security Affairs (SWP)") takes the acronym as an alias, and a
long organisation name the text gets slightly wrong ("the Organisation of Security and Cooperation")
joins the known body whose full name it nearly is (see :func:`_loose_names` for how near). Each entity
gets its type by vote (a stated office makes it a person), its country and coordinates, its offices, and
an id derived from its name. A person the corpus gives no state or body keeps the state a table of
political leaders knows them to serve ("Obama met Putin": the US and Russia; see :mod:`sitroom.leaders`),
and the head of an international body the corpus names is recorded as heading it (``heads``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from sitroom import gazetteer, leaders, lexicons
from sitroom.extract.entities import may_be_person
from sitroom.extract.roles import office_key
from sitroom.types import Article, Entity, Extraction, Mention, MentionRecord, Role

_NAME_WORD = re.compile(r"[^\W\d_][\w.'’-]*")
_ACRONYM_AFTER = re.compile(r"\s*\((?P<acronym>[A-Z][A-Za-z]{1,9})\)")
_ORG_WORD = re.compile(r"[^\W_][\w'’.-]*")
# How near a long organisation name must be to a known one to join it (see _loose_names).
_LOOSE_MIN_WORDS = 3
_LOOSE_MIN_SHARE = 0.75


@dataclass(slots=True)
class _Cluster:
    """The mentions gathered under one key while linking."""

    key: str
    mentions: list[tuple[str, MentionRecord]] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    role_orgs: list[str | None] = field(default_factory=list)
    forced_type: str | None = None


@dataclass(frozen=True, slots=True)
class LinkedEntities:
    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    # Person id -> id of the international body the leaders table knows them to head, where the corpus
    # names that body and states no office of the person's own: what such a person acts for.
    heads: dict[str, str] = field(default_factory=dict)


def link_entities(articles: list[Article], extractions: list[Extraction]) -> LinkedEntities:
    """Merge every article's mentions and offices into canonical corpus entities."""
    order = {article.id: n for n, article in enumerate(articles)}
    texts = {article.id: article.text for article in articles}
    extractions = sorted(extractions, key=lambda e: order[e.article_id])
    people = _person_keys(extractions)
    defined = _acronyms(extractions, texts)
    short = _short_forms(extractions)
    acronyms = defined | short | _loose_names(extractions, defined)
    elsewhere = _another_states(extractions, texts, defined | short)
    own_short = _own_short_forms(extractions)
    clusters: dict[str, _Cluster] = {}

    def key_of(article_id: str, mention: MentionRecord) -> str:
        if (article_id, mention.start) in people:
            return people[(article_id, mention.start)]
        if (article_id, _norm(mention.key)) in own_short:
            return _org_key(own_short[(article_id, _norm(mention.key))], acronyms)
        if (article_id, _norm(mention.key)) in elsewhere:
            return _norm(mention.key)
        return _org_key(mention.key, acronyms)

    for extraction in extractions:
        holders = {m.start: m for m in extraction.mentions}
        for mention in extraction.mentions:
            key = key_of(extraction.article_id, mention)
            clusters.setdefault(key, _Cluster(key)).mentions.append((extraction.article_id, mention))
        for role in extraction.roles:
            holder = holders.get(role.holder_start)
            if holder is None:
                continue
            cluster = clusters[key_of(extraction.article_id, holder)]
            cluster.roles.append(
                Role(role.title, role.org, role.current, extraction.article_id, role.start, role.end)
            )
            cluster.role_orgs.append(role.org)
    _ensure_referents(clusters, acronyms)
    years = {article.id: int(article.published[:4]) for article in articles if _dated(article)}
    return _build(clusters, order, acronyms, years)


def _dated(article: Article) -> bool:
    return article.published is not None and article.published[:4].isdigit()


def _person_keys(extractions: list[Extraction]) -> dict[tuple[str, int], str]:
    """The person key of each person-name mention: its full name, surnames resolved as described above.

    A name the model typed as a facility or organisation counts as a person's where the text gives it an
    office ("Antony Blinken, the US secretary of state") or where it is typed a person elsewhere.
    """
    with_office = {(e.article_id, r.holder_start) for e in extractions for r in e.roles}
    typed_person = {_person_key(m.name) for e in extractions for m in e.mentions if _is_full_name(m)}

    def full(article_id: str, mention: MentionRecord) -> bool:
        if _is_full_name(mention):
            return True
        return (
            may_be_person(mention)
            and len(mention.name.split()) >= 2
            and ((article_id, mention.start) in with_office or _person_key(mention.name) in typed_person)
        )

    full_names: dict[str, set[str]] = defaultdict(set)  # surname -> full-name keys in the corpus
    offices: dict[str, Counter[str]] = defaultdict(Counter)  # full-name key -> titles stated for it
    genders: dict[str, set[str]] = defaultdict(set)  # full-name key -> genders its mentions' words give
    office_at = {(e.article_id, r.holder_start): office_key(r.title) for e in extractions for r in e.roles}
    for extraction in extractions:
        for mention in extraction.mentions:
            if full(extraction.article_id, mention):
                full_names[_surname(mention.name)].add(_person_key(mention.name))
                if mention.gender is not None:
                    genders[_person_key(mention.name)].add(mention.gender)
                if (title := office_at.get((extraction.article_id, mention.start))) is not None:
                    offices[_person_key(mention.name)][title] += 1

    def assign() -> dict[tuple[str, int], str]:
        keys: dict[tuple[str, int], str] = {}
        for extraction in extractions:
            seen: dict[str, list[str]] = {}  # surname -> full-name keys in this article, in text order
            for mention in extraction.mentions:
                if full(extraction.article_id, mention):
                    key = _person_key(mention.name)
                    seen.setdefault(_surname(mention.name), []).append(key)
                    keys[(extraction.article_id, mention.start)] = key
                elif mention.type == "PERSON" or _surname_of_someone(mention, seen, full_names):
                    surname = _surname(mention.name)

                    def fits(key: str, sex: str | None = mention.gender) -> bool:
                        # "Mrs Obama" is not Barack Obama
                        return sex is None or genders[key] in (set(), {sex})

                    later = _full_name_later(extraction, mention, surname, fits)
                    candidates = {c for c in full_names.get(surname, set()) if fits(c)}
                    # "Vice President Biden" after "Hunter Biden": the office says which Biden is meant.
                    title = office_at.get((extraction.article_id, mention.start))
                    by_office = _most_often(candidates, title, offices) if title is not None else None
                    unique = next(iter(candidates)) if len(candidates) == 1 else None
                    last = next((k for k in reversed(seen.get(surname, [])) if fits(k)), None)
                    key = by_office or last or later or unique
                    keys[(extraction.article_id, mention.start)] = key or _person_key(surname)
        return keys

    # Twice: the offices a first pass gives each person (through their surnames too) settle the surnames
    # that could be either of two people in the second.
    for (article_id, start), key in assign().items():
        if (title := office_at.get((article_id, start))) is not None:
            offices[key][title] += 1
    return assign()


def _most_often(candidates: set[str], title: str, offices: dict[str, Counter[str]]) -> str | None:
    """The one candidate stated to hold ``title`` more often than any other, if there is one."""
    counts = sorted(((offices[c][title], c) for c in candidates if offices[c][title]), reverse=True)
    if not counts or (len(counts) > 1 and counts[0][0] == counts[1][0]):
        return None
    return counts[0][1]


def _surname_of_someone(
    mention: MentionRecord, seen: dict[str, list[str]], full_names: dict[str, set[str]]
) -> bool:
    """A lone word the model typed as an organisation that is the surname of a person named earlier in
    the same article, or of the only person in the corpus with that surname ("Ellwood", "Lavrov")."""
    if mention.type not in {"ORG", "FAC"} or " " in mention.name or mention.key != mention.name:
        return False
    surname = _surname(mention.name)
    return surname in seen or len(full_names.get(surname, ())) == 1


def _full_name_later(
    extraction: Extraction, mention: MentionRecord, surname: str, fits: Callable[[str], bool]
) -> str | None:
    """A full name with this surname, of a gender the mention allows, later in the same article (a
    headline-style surname first)."""
    for other in extraction.mentions:
        later = other.start > mention.start and _is_full_name(other) and _surname(other.name) == surname
        if later and fits(_person_key(other.name)):
            return _person_key(other.name)
    return None


def _is_full_name(mention: MentionRecord) -> bool:
    words = mention.name.split()
    return (
        mention.type == "PERSON"
        and not mention.title_form
        and len(words) >= 2
        and all(_NAME_WORD.fullmatch(word) for word in words)
    )


def _surname(name: str) -> str:
    return _norm(name.split()[-1])


def _person_key(name: str) -> str:
    parts = name.split()
    return _norm(f"{parts[0]} {parts[-1]}" if len(parts) > 2 else name) + "#person"


def _acronyms(extractions: list[Extraction], texts: dict[str, str]) -> dict[str, str]:
    """Acronyms given in brackets after an organisation's name, mapped to that name's key."""
    found: dict[str, set[str]] = defaultdict(set)
    for extraction in extractions:
        text = texts[extraction.article_id]
        for mention in extraction.mentions:
            match = _ACRONYM_AFTER.match(text, mention.end) if mention.type == "ORG" else None
            if match and _norm(match["acronym"]) != _norm(mention.key):
                found[_norm(match["acronym"])].add(mention.key)
    return {acronym: next(iter(keys)) for acronym, keys in found.items() if len(keys) == 1}


def _short_forms(extractions: list[Extraction]) -> dict[str, str]:
    """A one-word organisation name that ends exactly one longer one in the corpus is its short form:
    "the Commission" for the European Commission, "the Fund" for the International Monetary Fund. A word
    for an unnamed collective ("Police" at a sentence's start) is no one body's short form."""
    single = {_norm(m.key) for e in extractions for m in e.mentions if m.type == "ORG" and " " not in m.key}
    longer = {m.key for e in extractions for m in e.mentions if m.type == "ORG" and " " in m.key}
    generic = {row[0] for row in lexicons.table("collective_actors.txt", 2)}
    found: dict[str, set[str]] = defaultdict(set)
    for key in longer:
        last = _norm(key.split()[-1])
        if last in single and gazetteer.organisation(last) is None and last.lower() not in generic:
            found[last].add(key)
    return {word: next(iter(keys)) for word, keys in found.items() if len(keys) == 1}


def _own_short_forms(extractions: list[Extraction]) -> dict[tuple[str, str], str]:
    """(article, one-word organisation name) for the one longer organisation name of that article the
    word ends or heads before "of" ("the Church" after "the Church of Nordlys", "the Commission" after
    "the European Commission"): an article's own short form outranks the corpus's, which may be
    another article's body ("the Church" of a story about Nordlys is no other story's Catholic Church)."""
    found: dict[tuple[str, str], str] = {}
    for extraction in extractions:
        orgs = [m.key for m in extraction.mentions if m.type == "ORG"]
        single = {_norm(key) for key in orgs if " " not in key}
        owners: dict[str, set[str]] = defaultdict(set)
        for key in (k for k in orgs if " " in k):
            words = key.split()
            heads = {_norm(words[-1])} | ({_norm(words[0])} if words[1].lower() == "of" else set())
            for word in heads & single:
                owners[word].add(key)
        article = extraction.article_id
        found |= {(article, word): next(iter(keys)) for word, keys in owners.items() if len(keys) == 1}
    return found


def _another_states(
    extractions: list[Extraction], texts: dict[str, str], short: dict[str, str]
) -> set[tuple[str, str]]:
    """(article, short form or acronym) where the article gives the short name to another state's body
    than the long name it stands for elsewhere: "Britain's Treasury" or "the British Treasury" is not the
    US Treasury, nor "the Chinese CDC" the American one, in any of that article's mentions."""
    found = set()
    for extraction in extractions:
        text = texts.get(extraction.article_id, "")
        for mention in extraction.mentions:
            word = _norm(mention.key)
            if word not in short:
                continue
            before = re.findall(r"[\w.'’-]+", text[max(0, mention.start - 30) : mention.start])
            owner = _country_in_words(re.sub(r"['’]s$", "", before[-1])) if before else None
            if owner is not None and owner != _country_in_words(short[word]):
                found.add((extraction.article_id, word))
    return found


@dataclass(frozen=True, slots=True)
class _LongName:
    """A known organisation's full name as content words, and the key its mentions link under."""

    words: frozenset[str]  # comparable forms (see _content_words)
    written: tuple[tuple[str, str], ...]  # (comparable form, word as written), in order
    key: str


def _loose_names(extractions: list[Extraction], defined: dict[str, str]) -> dict[str, str]:
    """Long organisation names the text gets slightly wrong, mapped to the key of the body they name.

    Writers and translators mangle long names: "the Organisation of Security and Cooperation" is the
    OSCE. The full names compared against are the organisation lexicon's and those the corpus itself
    defines with an acronym in brackets. A name joins one only when all of these hold:

    - it has at least three content words (shorter names are generic: "Security Council");
    - it starts with the same content word (a mangled name keeps its head; a different first word is a
      different body: the European and the Inter-American Court of Human Rights);
    - every content word of it is in the full name, spelling aside (Co-operation, Organization,
      plurals), so "Organisation of Islamic Cooperation" never joins the OSCE;
    - it has at least three quarters of the full name's content words;
    - no word it leaves out names a country ("Social Democratic Party" is not Germany's SPD, whose
      full name only adds the country: the country is what tells such bodies apart);
    - exactly one body fits.

    Only distinct organisation names unknown to the lexicon are tried, each against the full names
    sharing its first word, so the cost grows with the names, not with pairs of them.
    """
    corpus = set(defined.values())
    index = dict(_lexicon_long_names())
    for key in corpus:
        if len(words := _content_words(key)) >= _LOOSE_MIN_WORDS:
            long_name = _LongName(frozenset(form for form, _ in words), words, key)
            index[words[0][0]] = (*index.get(words[0][0], ()), long_name)
    names = {m.key for e in extractions for m in e.mentions if m.type == "ORG"}
    found: dict[str, str] = {}
    for name in sorted(names - corpus):
        if gazetteer.organisation(name) is not None or _norm(name) in defined:
            continue
        words = _content_words(name)
        if len(words) < _LOOSE_MIN_WORDS:
            continue
        forms = frozenset(form for form, _ in words)
        fits = {
            candidate.key
            for candidate in index.get(words[0][0], ())
            if forms <= candidate.words
            and len(forms) >= _LOOSE_MIN_SHARE * len(candidate.words)
            and not any(_names_a_country(word) for form, word in candidate.written if form not in forms)
        }
        if len(fits) == 1:
            found[_norm(name)] = fits.pop()
    return found


@cache
def _lexicon_long_names() -> dict[str, tuple[_LongName, ...]]:
    """The organisation lexicon's names of three content words or more, by their first content word."""
    index: dict[str, list[_LongName]] = defaultdict(list)
    for alias, org in gazetteer.organisation_names():
        words = _content_words(alias)
        if len(words) >= _LOOSE_MIN_WORDS:
            index[words[0][0]].append(_LongName(frozenset(form for form, _ in words), words, org.name))
    return {first: tuple(found) for first, found in index.items()}


def _content_words(name: str) -> tuple[tuple[str, str], ...]:
    """The words of an organisation's name that say what it is, as (comparable form, word as written).

    Function words go ("of", "for", "and"); the comparable form ignores case, hyphens and dots
    ("Co-operation", "U.N."), British and American "-isation" and a plural "s".
    """
    stop = lexicons.words("english_function_words.txt")
    words = []
    for written in _ORG_WORD.findall(name):
        written = re.sub(r"['’]s$", "", written)
        form = written.casefold().replace("-", "").replace(".", "")
        if not form or form in stop:
            continue
        form = form.replace("isation", "ization")
        if len(form) > 3 and form.endswith("s") and not form.endswith("ss"):
            form = form[:-1]
        words.append((form, written))
    return tuple(words)


def _names_a_country(word: str) -> bool:
    """A country's name or its demonym ("Germany", "German"); a continent ("Europe") is no country."""
    found = gazetteer.demonym(word)
    return gazetteer.country_named(word) is not None or (found is not None and found.country is not None)


def _org_key(name: str, short_forms: dict[str, str]) -> str:
    return _norm(short_forms.get(_norm(name), name))


def _ensure_referents(clusters: dict[str, _Cluster], short_forms: dict[str, str]) -> None:
    """Make sure every state or body a metonym or an office points to exists as an entity."""
    wanted = {m.stands_for for c in clusters.values() for _, m in c.mentions if m.stands_for}
    wanted |= {org for c in clusters.values() for org in c.role_orgs if org}
    for name in wanted:
        key = _org_key(name, short_forms)
        if key not in clusters:
            clusters[key] = _Cluster(key, forced_type=_referent_type(name))


def _referent_type(name: str) -> str:
    if (place := gazetteer.place(name)) is not None:
        return place.type
    if (org := gazetteer.organisation(name)) is not None:
        return org.type
    return "ORG"


def _build(
    clusters: dict[str, _Cluster], order: dict[str, int], short_forms: dict[str, str], years: dict[str, int]
) -> LinkedEntities:
    drafts = []
    for cluster in clusters.values():
        name = _display_name(cluster)
        entity_type = _vote_type(cluster)
        drafts.append((cluster, name, entity_type))
    known = _known_offices(drafts, years)
    ids = _ids(drafts)
    by_key = {cluster.key: ids[cluster.key] for cluster, _, _ in drafts}
    entities = []
    mentions = []
    for cluster, name, entity_type in drafts:
        entity_id = by_key[cluster.key]
        country, lat, lon = _where(name, cluster, entity_type)
        if country is None and cluster.key in known:
            country = known[cluster.key].country
        roles = tuple(
            Role(
                r.title,
                by_key.get(_org_key(r.org, short_forms)) if r.org else None,
                r.current,
                r.article,
                r.start,
                r.end,
            )
            for r in sorted(cluster.roles, key=lambda r: (order[r.article], r.start))
        )
        articles = sorted({article for article, _ in cluster.mentions}, key=order.__getitem__)
        aliases = sorted({m.name for _, m in cluster.mentions} - {name})
        entities.append(
            Entity(
                entity_id,
                name,
                entity_type,
                tuple(aliases),
                country,
                lat,
                lon,
                roles,
                tuple(articles),
                len(cluster.mentions),
            )
        )
        for article, m in cluster.mentions:
            stands_for = by_key.get(_org_key(m.stands_for, short_forms)) if m.stands_for else None
            mentions.append(Mention(entity_id, article, m.start, m.end, stands_for))
    entities.sort(key=lambda e: (-e.mention_count, e.name, e.id))
    mentions.sort(key=lambda m: (order[m.article], m.start, m.end, m.entity))
    heads = {
        by_key[key]: by_key[body]
        for key, office in known.items()
        if office.org is not None and (body := _org_key(office.org, short_forms)) in by_key
    }
    return LinkedEntities(tuple(entities), tuple(mentions), heads)


def _display_name(cluster: _Cluster) -> str:
    """The canonical name: a gazetteer's, else a person's longest full name, else the commonest form."""
    if not cluster.mentions:
        return _canonical_referent(cluster.key)
    names = Counter(m.name for _, m in cluster.mentions)
    keys = Counter(m.key for _, m in cluster.mentions)
    if cluster.key.endswith("#person"):
        full = [n for n in names if len(n.split()) >= 2 and not _is_titled(cluster, n)]
        if full:
            return max(full, key=lambda n: (names[n], len(n), n))
    canonical = [key for key in keys if _norm(key) == cluster.key and "#" not in key and key != _norm(key)]
    canonical += [key for key in keys if _is_canonical(key)]
    if canonical:
        return max(canonical, key=lambda key: (keys[key], key))
    if (org := gazetteer.organisation(cluster.key)) is not None and _norm(org.name) == cluster.key:
        return org.name  # only loose forms of a known body were written ("Organisation of Security and …")
    # The commonest form; on a tie the lower-case one, since a capital may only open a sentence.
    return max(names.items(), key=lambda item: (item[1], item[0][:1].islower(), len(item[0]), item[0]))[0]


def _is_titled(cluster: _Cluster, name: str) -> bool:
    return any(m.title_form for _, m in cluster.mentions if m.name == name)


def _is_canonical(key: str) -> bool:
    """A gazetteer's own canonical name (a place or an organisation)."""
    place, org = gazetteer.place(key), gazetteer.organisation(key)
    return (place is not None and place.name == key) or (org is not None and org.name == key)


def _canonical_referent(key: str) -> str:
    if (place := gazetteer.place(key)) is not None:
        return place.name
    if (org := gazetteer.organisation(key)) is not None:
        return org.name
    return key


def _vote_type(cluster: _Cluster) -> str:
    if cluster.forced_type:
        return cluster.forced_type
    if cluster.roles or cluster.key.endswith("#person"):
        return "PERSON"
    votes = Counter(m.type for _, m in cluster.mentions)
    return max(votes.items(), key=lambda item: (item[1], item[0]))[0]


def _where(name: str, cluster: _Cluster, entity_type: str) -> tuple[str | None, float | None, float | None]:
    """Country and coordinates: a place's own, an organisation's seat country, a person's office's state."""
    if entity_type in {"GPE", "LOC", "FAC"} and (place := gazetteer.place(name)) is not None:
        return place.country, place.lat, place.lon
    if entity_type in {"ORG", "GROUP"} and (org := gazetteer.organisation(name)) is not None:
        return org.country, None, None
    if entity_type == "PERSON":
        for role, org in zip(cluster.roles, cluster.role_orgs, strict=True):
            if org and role.current is not False and (country := _country_of(org)):
                return country, None, None
        return None, None, None
    return _country_in_words(name), None, None


def _known_offices(
    drafts: list[tuple[_Cluster, str, str]], years: dict[str, int]
) -> dict[str, leaders.Office]:
    """The office telling what the leaders table knows each person to serve (a state, or an international
    body for its head), by cluster key, for the people the corpus states no current office of a state or
    body for: what the text says always wins, and a person it makes the head of a body ("NATO chief
    Stoltenberg") is not given the state they once led."""
    people = {
        cluster.key: (name, frozenset(years[article] for article, _ in cluster.mentions if article in years))
        for cluster, name, entity_type in drafts
        if entity_type == "PERSON"
    }
    # The model may read a person's name as an organisation's ("Eva-Marie Persson"); such a name still
    # tells that "Persson" alone is not necessarily Göran Persson.
    maybe_people = {
        m.name
        for cluster, _, entity_type in drafts
        if entity_type != "PERSON"
        for _, m in cluster.mentions
        if m.type != "PERSON" and may_be_person(m)
    }
    stated = {cluster.key for cluster, _, _ in drafts if _states_an_office(cluster)}
    found = leaders.serving_people(people, also_named=sorted(maybe_people))
    return {key: office for key, office in found.items() if key not in stated}


def _states_an_office(cluster: _Cluster) -> bool:
    """Whether the corpus gives the person a current office of a named state or body."""
    return any(
        org and role.current is not False for role, org in zip(cluster.roles, cluster.role_orgs, strict=True)
    )


def _country_of(name: str) -> str | None:
    if (place := gazetteer.place(name)) is not None:
        return place.country
    if (org := gazetteer.organisation(name)) is not None:
        return org.country
    return None


def _country_in_words(name: str) -> str | None:
    """The one country the words of a group or demonym name point to ("Russian officials" -> RU); a
    demonym of several words is looked up whole first ("Bosnian Serb" -> BA, not Bosnia and Serbia)."""
    if (whole := gazetteer.demonym(name)) is not None:
        return whole.country
    countries = set()
    for word in re.findall(r"[\w.'-]+", name):
        found = gazetteer.demonym(word) or gazetteer.place(word)
        if found is not None and found.country:
            countries.add(found.country)
    return countries.pop() if len(countries) == 1 else None


def _ids(drafts: list[tuple[_Cluster, str, str]]) -> dict[str, str]:
    """Readable ids from names ("vladimir-putin"), made unique in a fixed order."""
    ids: dict[str, str] = {}
    used: set[str] = set()
    for cluster, name, _type in sorted(drafts, key=lambda d: (d[1], d[0].key)):
        base = re.sub(r"[^\w]+", "-", name.casefold()).strip("-") or "entity"
        candidate, n = base, 1
        while candidate in used:
            n += 1
            candidate = f"{base}-{n}"
        used.add(candidate)
        ids[cluster.key] = candidate
    return ids


def _norm(name: str) -> str:
    """A name as linking compares it: folded, one space, no accents ("François" is "Francois")."""
    folded = unicodedata.normalize("NFKD", " ".join(name.replace("’", "'").split()).casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))
