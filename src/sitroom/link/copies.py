"""Copies of earlier articles: exact, syndicated (the same body under other furniture) and spun (edited).

An analyst gets one story from twenty outlets, half of them the same wire copy; counted twenty times it
would inflate every figure and quote. Each text gets a :class:`Fingerprint` (regex sentences and words, no
parse, so it costs little next to spaCy), a :class:`CopyIndex` finds the earlier article a new one copies,
and :func:`mark_copies` marks a list of articles in arrival order.

How a copy is found:

1. **exact** — the digest of the text with white space, case and typographic variants (curly quotes,
   dashes, NFKC compatibility forms) folded: a dict lookup.
2. **candidates** — a MinHash (datasketch, 128 permutations, seed 1, ``affine32``) of the text's 3-word
   shingles, taken inside sentences so that moving a sentence keeps them, queried in an LSH of 64 bands of
   2 rows. A pair whose shingle sets have Jaccard 0.2 (a half-length extract with words swapped) is a
   candidate with probability 0.93, one of Jaccard 0.05 (two reports of one event) with 0.15; on the
   copy test set (``eval/copies.py``) the LSH missed 4 of 4,387 copies, each also too short for the
   check, and returned 1.1 candidates a lookup. Only candidates' originals are checked (see
   :class:`CopyIndex`), so checking a new article costs the LSH lookups plus a few checks.
3. **check** — the sentences of the two texts are paired one to one: identical (``same``, aligned in order
   first); one inside the other with at most 12 words around it, such as a dateline (``contained``); or,
   for sentences of six words or more, sharing 60% of the longer one's words (``near``: reworded). Then
   the later text is
   - *syndicated* when the pairs run unbroken and in order in both texts, all ``same`` but for a
     ``contained`` first or last one, with at most three unpaired sentences (headline, byline, trailer,
     "Read more", copyright) at either end of either text, the shared words making 80% of the earlier
     text (it carries the whole body: a trimmed copy keeps 70% at most) and 60% of the later one, or
     less when each sentence it adds has 12 words or fewer (a short body under a byline and trailer);
   - *spun* when the shared words are 30 or more and make 60% of the later text, over three pairs or
     more (or 80% over two): dropped, reordered, reworded or trimmed copies. Measuring the later text
     (the one that stops being analysed) means an article that quotes a whole earlier one but adds as
     much of its own is not a copy. On the test set the true spun copies share 70% or more of their
     words but for a few short ones, while no two article-extraction pages and no two WikiRef220 pages
     of one topic share more than 42% (two concert reports listing the same tour dates), bar one real
     copy; independent reports sharing a quotation share a sentence or two.

   A furniture line inside the body (an inline "Read more") breaks the run: such a copy is spun.

The thresholds live in :class:`CopyRules`.

``similarity`` is the share of the two texts' words that lie in paired sentences, counted once: shared
words over (earlier words + later words - shared words), a Jaccard index over sentence-aligned words (a
reworded pair counts the words the two sentences have in common). Exact copies score 1.0; a copy trimmed
to half its original scores about 0.5.

A copy of a copy points at the first original: the later text is checked against that original itself;
when only the intermediate copy matches, the kind is the weaker of the two links (exact, syndicated,
spun) and the similarity the lower.

Short texts: exact and syndicated copies are found whatever the length (a syndicated copy needs one
shared sentence making 80% of the original); a spun copy needs 30 shared words over two sentences or
more, so a one-sentence text is never a spun copy, and a text of a few sentences that shares one or two
sentences (a quotation) with another is not one either unless they make 80% of it. Sentences of one or
two words (headings, "Johnson") add no shingles, and a text without three words in a row has none: only
its exact copies are found.
"""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cache, lru_cache
from itertools import pairwise

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from sitroom.types import Article, CopyOf

__all__ = ["CopyIndex", "CopyRules", "Fingerprint", "Match", "compare", "fingerprint", "mark_copies"]

NUM_PERM = 128
SEED = 1
SCHEME = "affine32"
BANDS, ROWS = 64, 2
SHINGLE = 3
CHAIN_CHECKS = 8
_FORMAT = b"CF1"
_HEADER = struct.Struct("<3sHII")  # format, MinHash length, words, sentences
_DIGEST_BYTES = 16
_KINDS = ("exact", "syndicated", "spun")  # from the closest copy to the loosest

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"“‘'(]?[A-Z0-9])")
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_PLAIN = {"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-"}
_TYPOGRAPHY = re.compile("[" + "".join(_PLAIN) + "]")
_FOLD = 0x9E3779B97F4A7C15  # odd 64-bit multiplier folding a shingle's 48 bits into 32


@dataclass(frozen=True, slots=True)
class CopyRules:
    """The thresholds the sentence check decides by (see the module docstring for each one's role).

    ``near`` is the share of the longer sentence's words a reworded sentence keeps; ``contained_words``
    the most words a dateline or similar may add around a sentence; ``furniture_words`` the most words of
    a furniture line that a short syndicated copy may add however long its body.
    """

    near: float = 0.6
    near_words: int = 6
    contained_words: int = 12
    furniture_sentences: int = 3
    furniture_words: int = 12
    syndicated_kept: float = 0.8
    syndicated_share: float = 0.6
    spun_sentences: int = 3
    spun_words: int = 30
    spun_share: float = 0.6
    spun_short_share: float = 0.8


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What is kept of a text to find its copies later, as plain bytes (about 2.5 bytes a word).

    ``digest`` is 16 bytes of BLAKE2b over the folded text; ``minhash`` the MinHash values (uint32,
    little-endian; empty when the text has no shingle); ``words`` a 16-bit hash of every word, in order;
    ``sentences`` each sentence's word count (uint32), so the words can be cut back into sentences.
    """

    digest: bytes
    minhash: bytes
    words: bytes
    sentences: bytes

    def to_bytes(self) -> bytes:
        """A compact serialisation; :meth:`from_bytes` gives back an equal fingerprint."""
        header = _HEADER.pack(_FORMAT, len(self.minhash) // 4, len(self.words) // 2, len(self.sentences) // 4)
        return header + self.digest + self.minhash + self.words + self.sentences

    @classmethod
    def from_bytes(cls, data: bytes) -> Fingerprint:
        """The fingerprint :meth:`to_bytes` wrote; ValueError when ``data`` is not one."""
        if len(data) < _HEADER.size + _DIGEST_BYTES:
            raise ValueError("not a copy fingerprint: too short")
        tag, perms, words, sentences = _HEADER.unpack_from(data)
        if tag != _FORMAT:
            raise ValueError(f"not a copy fingerprint: format {tag!r}, expected {_FORMAT!r}")
        cuts = np.cumsum([_HEADER.size, _DIGEST_BYTES, 4 * perms, 2 * words, 4 * sentences]).tolist()
        if cuts[-1] != len(data):
            raise ValueError(f"not a copy fingerprint: {len(data)} bytes, its header says {cuts[-1]}")
        return cls(*(data[start:end] for start, end in pairwise(cuts)))


@dataclass(frozen=True, slots=True)
class Match:
    """How a later text copies an earlier one: ``kind`` and ``similarity`` as in :class:`CopyOf`."""

    kind: str
    similarity: float


def fingerprint(text: str) -> Fingerprint:
    """The fingerprint of one article text (regex sentences and words; no model)."""
    normal = _normal(text)
    sentences = _split(normal)
    hashes = _word_hashes(sentences)
    lengths = [len(sentence) for sentence in sentences]
    folded = _SPACE.sub(" ", normal).strip().casefold()
    return Fingerprint(
        digest=hashlib.blake2b(folded.encode(), digest_size=_DIGEST_BYTES).digest(),
        minhash=_minhash(hashes, lengths),
        words=hashes.astype("<u2").tobytes(),
        sentences=np.asarray(lengths, dtype="<u4").tobytes(),
    )


def compare(earlier: Fingerprint, later: Fingerprint, rules: CopyRules | None = None) -> Match | None:
    """Whether ``later`` copies ``earlier`` and how, by the sentence check alone (no LSH)."""
    rules = rules or CopyRules()
    if earlier.digest == later.digest:
        return Match("exact", 1.0)
    first, second = _sentences(earlier), _sentences(later)
    pairs = _pair(first, second, rules)
    shared = sum(pair.shared for pair in pairs)
    if not shared:
        return None
    first_words, second_words = sum(map(len, first)), sum(map(len, second))
    similarity = round(shared / (first_words + second_words - shared), 4)
    if (
        shared >= rules.syndicated_kept * first_words
        and _syndicated(pairs, first, second, rules)
        and (shared >= rules.syndicated_share * second_words or _short_furniture(pairs, second, rules))
    ):
        return Match("syndicated", similarity)
    share = shared / second_words
    if shared >= rules.spun_words and (
        (len(pairs) >= rules.spun_sentences and share >= rules.spun_share)
        or (len(pairs) >= 2 and share >= rules.spun_short_share)
    ):
        return Match("spun", similarity)
    return None


class CopyIndex:
    """The articles seen so far, to find what a new one copies.

    Add articles in arrival order; :meth:`find` then names the first original a text copies. The index
    holds each fingerprint (to check candidates) and, per article, the original it copies, so a copy of
    a copy points at the first original. Built in one go or rebuilt from stored fingerprints' bytes in
    the same order, it gives the same answers. An id added twice (a new version) keeps both texts.

    A lookup checks the originals of the LSH candidates (once each, however many copies of one story
    are stored), and only when none matches the :data:`CHAIN_CHECKS` candidate copies closest by MinHash:
    its cost does not grow with the index but for the LSH lookups.
    """

    def __init__(self, rules: CopyRules | None = None) -> None:
        self._rules = rules or CopyRules()
        self._lsh = MinHashLSH(num_perm=NUM_PERM, params=(BANDS, ROWS))
        self._ids: list[str] = []
        self._fingerprints: list[Fingerprint] = []
        self._originals: list[tuple[int, Match | None]] = []  # per article: its first original, and how
        self._by_digest: dict[bytes, int] = {}
        self._positions: dict[str, int] = {}  # each id's latest position
        self._last: tuple[Fingerprint, tuple[int, Match] | None] | None = None

    def __len__(self) -> int:
        return len(self._ids)

    def find(self, fp: Fingerprint) -> CopyOf | None:
        """The earlier article ``fp``'s text copies (its first original), or None."""
        found = self._find(fp)
        self._last = (fp, found)
        if found is None:
            return None
        position, match = found
        return CopyOf(self._ids[position], match.kind, match.similarity)

    def add(self, article_id: str, fp: Fingerprint) -> None:
        """Index the article ``article_id`` with its fingerprint, after everything added before it.

        Right after :meth:`find` of the same fingerprint, its answer is reused rather than sought again.
        """
        found = self._last[1] if self._last is not None and self._last[0] is fp else self._find(fp)
        self._last = None
        position = len(self._ids)
        self._ids.append(article_id)
        self._positions[article_id] = position
        self._fingerprints.append(fp)
        self._originals.append(found or (position, None))
        self._by_digest.setdefault(fp.digest, position)
        if fp.minhash and (found is None or found[1].kind != "exact"):
            self._lsh.insert(position, _lean(fp.minhash), check_duplication=False)

    def restore(self, article_id: str, fp: Fingerprint, copy: CopyOf | None) -> None:
        """Index a stored article whose copy relation is already known (``copy``, found when it was first
        added), without seeking it again: rebuilding a store's index costs no comparisons."""
        found = None
        if copy is not None and copy.article in self._positions:
            found = (self._positions[copy.article], Match(copy.kind, copy.similarity))
        self._last = (fp, found)
        self.add(article_id, fp)

    def _find(self, fp: Fingerprint) -> tuple[int, Match] | None:
        """(position of the first original, how ``fp`` copies it), or None."""
        if fp.digest in self._by_digest:
            return self._exact(self._by_digest[fp.digest], fp)
        if not fp.minhash:
            return None
        candidates = sorted(self._lsh.query(_lean(fp.minhash)))
        found = self._best(sorted({self._originals[c][0] for c in candidates}), fp)
        if found is not None:
            return found
        found = self._best(self._closest_copies(candidates, fp), fp)
        return None if found is None else self._through(*found)

    def _exact(self, position: int, fp: Fingerprint) -> tuple[int, Match]:
        """An exact copy of the article at ``position``, checked against that article's original."""
        original, link = self._originals[position]
        if link is None:
            return position, Match("exact", 1.0)
        direct = compare(self._fingerprints[original], fp, self._rules)
        return (original, direct) if direct is not None else self._through(position, Match("exact", 1.0))

    def _best(self, positions: list[int], fp: Fingerprint) -> tuple[int, Match] | None:
        """The article among ``positions`` that ``fp`` copies most closely (the earliest on a tie)."""
        checked = ((p, compare(self._fingerprints[p], fp, self._rules)) for p in positions)
        matches = [(position, match) for position, match in checked if match is not None]
        return max(matches, key=lambda found: (found[1].similarity, -found[0])) if matches else None

    def _closest_copies(self, candidates: list[int], fp: Fingerprint) -> list[int]:
        """The candidates that copy something, by MinHash agreement with ``fp``, at most CHAIN_CHECKS."""
        copies = [c for c in candidates if self._originals[c][1] is not None]
        mine = np.frombuffer(fp.minhash, dtype="<u4")
        agreement = {
            c: int((np.frombuffer(self._fingerprints[c].minhash, dtype="<u4") == mine).sum()) for c in copies
        }
        return sorted(copies, key=lambda c: (-agreement[c], c))[:CHAIN_CHECKS]

    def _through(self, position: int, match: Match) -> tuple[int, Match]:
        """A match with a copy, carried to that copy's original: the weaker kind, the lower similarity."""
        original, link = self._originals[position]
        if link is None:
            return position, match
        kind = max(match.kind, link.kind, key=_KINDS.index)
        return original, Match(kind, min(match.similarity, link.similarity))


def mark_copies(articles: list[Article], rules: CopyRules | None = None) -> list[Article]:
    """The articles in the same order, each later copy of an earlier one marked ``copy_of``.

    An exact copy also gets ``duplicate_of`` (the original's id), as exact duplicates always have.
    """
    index = CopyIndex(rules)
    marked = []
    for article in articles:
        fp = fingerprint(article.text)
        copy = index.find(fp)
        index.add(article.id, fp)
        if copy is None:
            marked.append(article)
        else:
            duplicate = copy.article if copy.kind == "exact" else None
            marked.append(replace(article, copy_of=copy, duplicate_of=duplicate))
    return marked


@dataclass(frozen=True, slots=True)
class _Pair:
    """Sentence ``first`` of the earlier text paired with sentence ``second`` of the later one."""

    first: int
    second: int
    shared: int  # words in common
    how: str  # same | contained | near


def _normal(text: str) -> str:
    """The text as compared: NFKC, with plain quotes and dashes (exact copies also fold space and case)."""
    return _TYPOGRAPHY.sub(lambda found: _PLAIN[found.group()], unicodedata.normalize("NFKC", text))


def _split(normal: str) -> list[list[str]]:
    """The text's sentences (lines, cut at sentence ends) as lists of folded words; none left empty."""
    sentences = []
    for line in normal.splitlines():
        for sentence in _SENTENCE_END.split(line.strip()):
            words = _WORD.findall(sentence.casefold())
            if words:
                sentences.append(words)
    return sentences


def _word_hashes(sentences: list[list[str]]) -> np.ndarray:
    """A 16-bit hash of every word, in order (uint64, ready for shingling)."""
    return np.fromiter((_word_hash(word) for words in sentences for word in words), dtype=np.uint64)


@lru_cache(maxsize=1 << 16)
def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=2).digest(), "little")


def _minhash(hashes: np.ndarray, lengths: list[int]) -> bytes:
    """MinHash of the 3-word shingles that lie inside one sentence; b"" when there are none."""
    sentence = np.repeat(np.arange(len(lengths)), lengths)
    starts = np.flatnonzero(sentence[: len(sentence) - SHINGLE + 1] == sentence[SHINGLE - 1 :])
    if not len(starts):
        return b""
    keys = (hashes[starts] << np.uint64(32)) | (hashes[starts + 1] << np.uint64(16)) | hashes[starts + 2]
    folded = np.unique((keys * np.uint64(_FOLD)) >> np.uint64(32))
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=int, permutations=_permutations())
    minhash.update_batch(folded.tolist())
    return minhash.hashvalues.astype("<u4").tobytes()


@cache
def _permutations() -> np.ndarray:
    """The MinHash permutations for :data:`NUM_PERM` and :data:`SEED`, drawn once."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def _lean(minhash: bytes) -> LeanMinHash:
    return LeanMinHash(seed=SEED, hashvalues=np.frombuffer(minhash, dtype="<u4"), scheme=SCHEME)


def _sentences(fp: Fingerprint) -> list[tuple[int, ...]]:
    """The fingerprint's word hashes cut back into sentences."""
    words = np.frombuffer(fp.words, dtype="<u2").tolist()
    ends = np.cumsum(np.frombuffer(fp.sentences, dtype="<u4")).tolist()
    return [tuple(words[start:end]) for start, end in pairwise([0, *ends])]


def _pair(first: list[tuple[int, ...]], second: list[tuple[int, ...]], rules: CopyRules) -> list[_Pair]:
    """Pair the sentences of two texts one to one: the longest run of identical sentences in order, then
    identical sentences moved elsewhere, then the closest of the rest (contained or near)."""
    aligned = SequenceMatcher(None, first, second, autojunk=False).get_matching_blocks()
    pairs = [
        _Pair(block.a + k, block.b + k, len(first[block.a + k]), "same")
        for block in aligned
        for k in range(block.size)
    ]
    moved: dict[tuple[int, ...], list[int]] = defaultdict(list)
    taken_first = {pair.first for pair in pairs}
    for position, sentence in enumerate(first):
        if position not in taken_first:
            moved[sentence].append(position)
    taken_second = {pair.second for pair in pairs}
    for position, sentence in enumerate(second):
        if position not in taken_second and moved.get(sentence):
            pairs.append(_Pair(moved[sentence].pop(0), position, len(sentence), "same"))
    taken_first, taken_second = {pair.first for pair in pairs}, {pair.second for pair in pairs}
    rest_first = [i for i in range(len(first)) if i not in taken_first]
    rest_second = [j for j in range(len(second)) if j not in taken_second]
    for pair in _close_pairs(first, second, rest_first, rest_second, rules):
        if pair.first not in taken_first and pair.second not in taken_second:
            taken_first.add(pair.first)
            taken_second.add(pair.second)
            pairs.append(pair)
    return sorted(pairs, key=lambda pair: pair.second)


def _close_pairs(
    first: list[tuple[int, ...]],
    second: list[tuple[int, ...]],
    rest_first: list[int],
    rest_second: list[int],
    rules: CopyRules,
) -> list[_Pair]:
    """Every contained or near pair among the unpaired sentences, the closest first.

    Only sentences with enough pairs of words in a row in common are compared: a contained sentence of
    n words keeps its n - 1 pairs, and one that keeps a share s of its words in place (the rest swapped)
    keeps at least (2s - 1) n - 1 pairs side by side, at least one when s is 0.6 and n is six or more.
    """
    postings: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i in rest_first:
        for bigram in set(pairwise(first[i])):
            postings[bigram].append(i)
    found = []
    for j in rest_second:
        counted = Counter(i for bigram in set(pairwise(second[j])) for i in postings.get(bigram, ()))
        for i in sorted(counted):
            shortest = min(len(first[i]), len(second[j]))
            if counted[i] >= max(1, (2 * rules.near - 1) * shortest - 1):
                pair = _close(first[i], second[j], i, j, rules)
                found += [pair] if pair else []
    return sorted(found, key=lambda pair: (-pair.shared, pair.second, pair.first))


def _close(a: tuple[int, ...], b: tuple[int, ...], i: int, j: int, rules: CopyRules) -> _Pair | None:
    """Sentences ``a`` and ``b`` as a contained or near pair, or None when they differ too much.

    Near: the words (as sets) the two have in common make :attr:`CopyRules.near` of the longer one's.
    """
    short, long = sorted((a, b), key=len)
    if len(short) >= 4 and len(long) - len(short) <= rules.contained_words and _inside(short, long):
        return _Pair(i, j, len(short), "contained")
    if len(short) < rules.near_words or len(short) < rules.near * len(long):
        return None
    short_words, long_words = set(short), set(long)
    common = len(short_words & long_words)
    return _Pair(i, j, common, "near") if common >= rules.near * len(long_words) else None


def _inside(short: tuple[int, ...], long: tuple[int, ...]) -> bool:
    """Whether ``short`` is a run of consecutive words of ``long``."""
    size = len(short)
    return any(long[start : start + size] == short for start in range(len(long) - size + 1))


def _syndicated(
    pairs: list[_Pair], first: list[tuple[int, ...]], second: list[tuple[int, ...]], rules: CopyRules
) -> bool:
    """Whether the paired sentences are one unbroken run in both texts, in order, with only furniture
    (a few unpaired sentences at either end) around it."""
    inner = pairs[1:-1]
    if any(pair.how == "near" for pair in pairs) or any(pair.how != "same" for pair in inner):
        return False
    for a, b in pairwise(pairs):
        if b.first != a.first + 1 or b.second != a.second + 1:
            return False
    limit = rules.furniture_sentences
    head_first, head_second = pairs[0].first, pairs[0].second
    tail_first, tail_second = len(first) - 1 - pairs[-1].first, len(second) - 1 - pairs[-1].second
    return max(head_first, head_second, tail_first, tail_second) <= limit


def _short_furniture(pairs: list[_Pair], second: list[tuple[int, ...]], rules: CopyRules) -> bool:
    """Whether every sentence the later text adds is as short as a byline, trailer or copyright line."""
    paired = {pair.second for pair in pairs}
    return all(len(sentence) <= rules.furniture_words for j, sentence in enumerate(second) if j not in paired)
