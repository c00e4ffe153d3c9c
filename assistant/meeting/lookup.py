"""Instant lookup ("Tra cứu nhanh"): search-as-you-type over clauses and the facts read from them.

Every clause unit of every chunk is one entry. An entry is searchable through four fields: the clause
itself, short tags of the facts stated in it (reporting deadline, target, milestone), its section path
and its document (kind, number, issuer). Words are keyed twice, accented (lowercase, NFC, one tone-mark
style) and diacritics-free, and the occurrences are laid out sorted by key, so the words a typed prefix
covers are one contiguous slice found by bisection: a keystroke costs a few array operations, not a
scan of the text.
"""

from __future__ import annotations

import bisect
import logging
import re
import threading
import weakref
from collections.abc import Collection, Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

import numpy as np

from index.clauses import clause_units, strip_marker
from index.documents import NO_NUMBER, DocumentMeta
from index.sections import PATH_SEP, Chunk
from index.textnorm import has_diacritics, nfc, normalize_tone_marks, strip_diacritics

from .hit_text import fact_tags, marked, snippet

if TYPE_CHECKING:
    from index.store import Library

log = logging.getLogger(__name__)

# a word: letters/digits, with any combining marks a non-NFC text carries
_WORD = re.compile(r"[^\W_](?:[^\W_]|[\u0300-\u036f])*")

TEXT, FACTS, SECTION, DOCUMENT = 0, 1, 2, 3
_FIELD_WEIGHT = (1.0, 0.7, 0.6, 0.5)
_CLOSED_PREFIX = 0.45  # a finished query word that is only the start of the text's word ("ca" in "các")
_OPEN_PREFIX = 0.85  # the word being typed: a prefix is what we expect
_ADJACENT = 0.75  # two query words next to each other in a field, in order (times the weaker match)
_NEAR = 0.35  # ... one word apart ("15/12" against "15 tháng 12")
_ACCENT_ADDED = 0.8  # a word typed bare in a query typed with accents, met with accents ("Nam" in "năm")
_BOOST = {"fact": 0.3, "heading": 0.2, "clause": 0.0}
_MAX_TOKENS = 12
_MAX_QUERY_CHARS = 200


@dataclass(frozen=True)
class LookupResult:
    """One clause matching the typed text, with everything the result list shows."""

    doc_id: str
    document: str  # "Kế hoạch 151/KH-UBND, Ủy ban nhân dân tỉnh Bình Dương"
    section: str  # the section path, as cited
    text: str  # the clause, verbatim
    spans: tuple[tuple[int, int], ...]  # [start, end) of each matched word in `text`
    snippet_html: str  # the clause (cut around the matches when long), escaped, matches in <mark>
    html: str  # the whole clause, escaped, matches in <mark>
    document_html: str  # `document`, escaped, words matched there in <mark>
    section_html: str  # `section`, likewise
    kind: str  # "fact" (the clause states a deadline, target or milestone), "heading" or "clause"
    facts: tuple[str, ...]  # short tags of those facts: "Hạn báo cáo: trước ngày 20 tháng 11"
    source: str
    quote: str  # the citation's quote: the clause, verbatim in the chunk text
    chunk_id: str  # the chunk holding the clause: what "open the clause" shows
    matched: int  # how many query words matched
    total: int  # how many words the query has
    score: float

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class _Token:
    keys: tuple[str, ...]  # accented keys when typed with accents, else the bare key
    accented: bool
    open: bool  # the last word, still being typed


@dataclass
class _Entry:
    doc_id: str
    chunk_id: str
    source: str
    section: str
    text: str
    document: str
    kind: str
    facts: tuple[str, ...]
    words: tuple[list[tuple[int, int, str, str]], ...]  # per field: (start, end, accented key, bare key)

    @property
    def fields(self) -> tuple[str, str, str, str]:
        return self.text, " · ".join(self.facts), self.section, self.document


_KEYS: dict[str, tuple[str, str]] = {}


def _keys(word: str) -> tuple[str, str]:
    """(accented, diacritics-free) key of one word; numbers lose leading zeros ("05" is "5")."""
    keys = _KEYS.get(word)
    if keys is None:
        accented = normalize_tone_marks(word).lower()
        if accented.isdigit():
            accented = accented.lstrip("0") or "0"
        keys = (accented, strip_diacritics(accented))
        if len(_KEYS) < 200_000:
            _KEYS[word] = keys
    return keys


def _words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str, str]]:
    out = []
    cached = _KEYS.get
    for m in _WORD.finditer(text, start, len(text) if end is None else end):
        word = m.group()
        accented, bare = cached(word) or _keys(word)
        out.append((m.start(), m.end(), accented, bare))
    return out


def document_label(doc: DocumentMeta) -> str:
    """Kind, number (or "chưa có số") and issuer: how a result names its document."""
    head = f"{doc.kind} {doc.number_display}".strip()
    return ", ".join(p for p in (head, doc.issuer) if p)


def _document_words(doc: DocumentMeta, label: str) -> list[tuple[int, int, str, str]]:
    words = _words(label)
    if doc.number_display == NO_NUMBER:  # "chưa có số" would match "có" everywhere
        at = label.find(NO_NUMBER)
        words = [w for w in words if not (at <= w[0] < at + len(NO_NUMBER))]
    return words


def _section_words(section: str) -> list[tuple[int, int, str, str]]:
    """Words of the section path without the outline markers ("VII.", "11.", "b)")."""
    out: list[tuple[int, int, str, str]] = []
    at = 0
    for part in section.split(PATH_SEP):
        body = strip_marker(part)
        offset = part.rfind(body) if body else -1
        if offset >= 0:
            out.extend(_words(section, at + offset, at + offset + len(body)))
        at += len(part) + len(PATH_SEP)
    return out


def _is_heading(unit: str, section: str) -> bool:
    last = strip_marker(section.split(PATH_SEP)[-1]).rstrip("…").strip()
    return len(last) >= 3 and strip_marker(unit).startswith(last)


class _Vocabulary:
    """Sorted distinct keys, and the occurrences of each key as one contiguous run of `order`."""

    def __init__(self, keys: list[str]) -> None:
        self.words = sorted(set(keys))
        rank = {w: i for i, w in enumerate(self.words)}
        ids = np.fromiter((rank[k] for k in keys), dtype=np.int32, count=len(keys))
        self.order = np.argsort(ids, kind="stable").astype(np.int32)
        self.offsets = np.zeros(len(self.words) + 1, dtype=np.int64)
        np.cumsum(np.bincount(ids, minlength=len(self.words)), out=self.offsets[1:])

    def prefix(self, key: str) -> tuple[np.ndarray, int]:
        """Occurrences of words starting with *key*, and how many of them (first) are *key* itself."""
        lo = bisect.bisect_left(self.words, key)
        hi = bisect.bisect_left(self.words, key[:-1] + chr(ord(key[-1]) + 1), lo)
        if lo == hi:
            return self.order[:0], 0
        exact = int(self.offsets[lo + 1] - self.offsets[lo]) if self.words[lo] == key else 0
        return self.order[self.offsets[lo] : self.offsets[hi]], exact


def parse_query(text: str) -> list[_Token]:
    """Query words keyed like the index; the last one is open when the text ends inside it."""
    text = text[:_MAX_QUERY_CHARS]
    found = list(_WORD.finditer(text))[:_MAX_TOKENS]
    tokens = []
    for i, m in enumerate(found):
        accented, bare = _keys(m.group())
        is_open = i == len(found) - 1 and m.end() == len(text)
        if not has_diacritics(accented):
            tokens.append(_Token((bare,), False, is_open))
            continue
        # half-typed "hoà" is normalised to "hòa" but may become "hoàn": the word as typed counts too
        typed = nfc(m.group()).lower()
        tokens.append(_Token((accented, typed) if is_open and typed != accented else (accented,), True, is_open))
    return tokens


class LookupIndex:
    """Clauses and facts of a library, searchable as the user types."""

    def __init__(self, entries: list[_Entry]) -> None:
        self._entries = entries
        accented: list[str] = []
        bare: list[str] = []
        has_accents: list[bool] = []
        entry_of: list[int] = []
        field_of: list[int] = []
        for e, entry in enumerate(entries):
            for f, words in enumerate(entry.words):
                accented.extend(w[2] for w in words)
                bare.extend(w[3] for w in words)
                has_accents.extend(w[2] != w[3] for w in words)
                entry_of.extend([e] * len(words))
                field_of.extend([f] * len(words))
        self._accented = _Vocabulary(accented)
        self._bare = _Vocabulary(bare)
        self._entry = np.asarray(entry_of, dtype=np.int32)
        self._field = np.asarray(field_of, dtype=np.int8)
        self._has_accents = np.asarray(has_accents, dtype=bool)
        # the run (entry, field) of each occurrence, padded so that "two words on" never leaves the array
        self._run = np.concatenate([self._entry.astype(np.int64) * 4 + self._field, [-1, -1]])
        self._weight = np.asarray(_FIELD_WEIGHT, dtype=np.float32)[self._field]
        self._boost = np.asarray([_BOOST[e.kind] for e in entries], dtype=np.float32)
        self._doc_entries: dict[str, list[int]] = {}
        for e, entry in enumerate(entries):
            self._doc_entries.setdefault(entry.doc_id, []).append(e)
        log.debug("lookup index: %d clauses, %d words, %d keys", len(entries), len(bare), len(self._bare.words))

    def __len__(self) -> int:
        return len(self._entries)

    # --- building ----------------------------------------------------------------------

    @classmethod
    def build(cls, library: Library) -> LookupIndex:
        facts = library.facts
        return cls.from_parts(library.documents, library.chunks,
                              fact_tags(facts.reporting(), facts.targets(), facts.milestones()))

    @classmethod
    def from_parts(cls, documents: Sequence[DocumentMeta], chunks: Iterable[Chunk],
                   tags: dict[tuple[str, str, str], list[str]] | None = None) -> LookupIndex:
        """From documents and chunks (and the fact tags of :func:`fact_tags`), e.g. an indexer's output."""
        tags = tags or {}
        docs = {d.doc_id: d for d in documents}
        labels: dict[str, tuple[str, list]] = {}
        sections: dict[str, list] = {}
        seen: set[tuple[str, str, str]] = set()
        entries: list[_Entry] = []
        for chunk in chunks:
            doc = docs.get(chunk.doc_id)
            if doc is None:
                continue
            if doc.doc_id not in labels:
                label = document_label(doc)
                labels[doc.doc_id] = (label, _document_words(doc, label))
            label, label_words = labels[doc.doc_id]
            if chunk.section not in sections:
                sections[chunk.section] = _section_words(chunk.section)
            for unit in clause_units(chunk.text):
                key = (chunk.doc_id, chunk.section, unit)
                if key in seen:  # chunk overlap repeats a clause
                    continue
                seen.add(key)
                words = _words(unit)
                if not words:
                    continue
                unit_tags = tuple(tags.get(key, ()))
                kind = "fact" if unit_tags else "heading" if _is_heading(unit, chunk.section) else "clause"
                entries.append(_Entry(
                    doc_id=chunk.doc_id, chunk_id=chunk.chunk_id, source=chunk.source, section=chunk.section,
                    text=unit, document=label, kind=kind, facts=unit_tags,
                    words=(words, _words(" · ".join(unit_tags)), sections[chunk.section], label_words),
                ))
        return cls(entries)

    # --- searching ---------------------------------------------------------------------

    def _match(self, token: _Token, literal: bool) -> tuple[np.ndarray, np.ndarray, tuple[str, ...], bool]:
        """Occurrences of the words the token starts, their weights, the keys matched and whether accented.

        `literal`: the user types accents, so a word typed without them most likely has none ("Nam", "UBND").
        """
        vocabulary, keys = (self._accented if token.accented else self._bare), token.keys
        slices = [vocabulary.prefix(k) for k in keys]
        if token.accented and not any(occ.size for occ, _ in slices):  # accents the library never uses
            vocabulary, keys = self._bare, tuple(dict.fromkeys(strip_diacritics(k) for k in keys))
            slices = [vocabulary.prefix(k) for k in keys]
        prefix = np.float32(_OPEN_PREFIX if token.open else _CLOSED_PREFIX)
        weights = []
        for occ, exact in slices:
            weight = self._weight[occ] * prefix
            weight[:exact] = self._weight[occ[:exact]]  # the word itself comes first in its prefix range
            if literal and not token.accented:
                weight[self._has_accents[occ]] *= np.float32(_ACCENT_ADDED)
            weights.append(weight)
        if len(slices) == 1:
            return slices[0][0], weights[0], keys, vocabulary is self._accented
        occ = np.concatenate([occ for occ, _ in slices])
        return occ, np.concatenate(weights), keys, vocabulary is self._accented

    def search(self, text: str, limit: int = 10, *, doc_ids: Collection[str] | None = None) -> list[LookupResult]:
        """Clauses matching every typed word as a word prefix first, then those matching fewer; best first."""
        if len(text.strip()) < 2 or limit <= 0 or not self._entries:
            return []
        tokens = parse_query(text)
        if not tokens:
            return []
        n = len(self._entries)
        best = np.zeros((len(tokens), n), dtype=np.float32)
        found: list[tuple[np.ndarray, np.ndarray]] = []
        literal = any(t.accented for t in tokens)
        accented_keys: list[str] = []
        bare_keys: list[str] = []
        for i, token in enumerate(tokens):
            occ, weight, keys, on_accented = self._match(token, literal)
            (accented_keys if on_accented else bare_keys).extend(keys)
            np.maximum.at(best[i], self._entry[occ], weight)
            found.append((occ, weight))
        matched = np.count_nonzero(best, axis=0)
        if doc_ids is not None:
            allowed = np.zeros(n, dtype=bool)
            for doc_id in doc_ids:
                allowed[self._doc_entries.get(doc_id, [])] = True
            matched[~allowed] = 0
        candidates = np.flatnonzero(matched)
        if candidates.size == 0:
            return []
        score = best.sum(axis=0)
        # consecutive query words side by side in one field; occurrences are numbered in text order,
        # so "next word" is "next occurrence" within the same run
        for (a, a_weight), (b, b_weight) in zip(found, found[1:], strict=False):
            if a.size == 0 or b.size == 0:
                continue
            follows = np.zeros(len(self._run), dtype=np.float32)
            follows[b] = b_weight
            bonus = np.zeros(n, dtype=np.float32)
            for gap, value in ((2, _NEAR), (1, _ADJACENT)):
                hit = (follows[a + gap] > 0) & (self._run[a + gap] == self._run[a])
                pair = np.minimum(a_weight[hit], follows[a[hit] + gap])
                np.maximum.at(bonus, self._entry[a[hit]], np.float32(value) * pair)
            score += bonus
        score += self._boost
        order = np.lexsort((candidates, -score[candidates], -matched[candidates]))[:limit]
        keys = (tuple(accented_keys), tuple(bare_keys))
        return [self._result(int(e), keys, len(tokens), int(matched[e]), float(score[e])) for e in candidates[order]]

    def _result(self, e: int, keys: tuple[tuple[str, ...], tuple[str, ...]], total: int, matched: int,
                score: float) -> LookupResult:
        entry = self._entries[e]
        accented_keys, bare_keys = keys
        spans = [[(start, end) for start, end, acc, plain in words
                  if acc.startswith(accented_keys) or plain.startswith(bare_keys)]
                 for words in entry.words]
        text, _, section, document = entry.fields
        return LookupResult(
            doc_id=entry.doc_id, document=document, section=section, text=text, spans=tuple(spans[TEXT]),
            snippet_html=snippet(text, spans[TEXT]), html=marked(text, spans[TEXT]),
            document_html=marked(document, spans[DOCUMENT]), section_html=marked(section, spans[SECTION]),
            kind=entry.kind, facts=entry.facts, source=entry.source, quote=text, chunk_id=entry.chunk_id,
            matched=matched, total=total, score=round(score, 3),
        )

    # --- one index per library -----------------------------------------------------------

    _cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
    _lock = threading.Lock()

    @classmethod
    def for_library(cls, library: Library) -> LookupIndex:
        """The library's lookup index, built on first use and kept while the library lives."""
        with cls._lock:
            index = cls._cache.get(library)
            if index is None:
                index = cls._cache[library] = cls.build(library)
            return index
