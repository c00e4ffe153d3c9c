"""Recognise the locality, document number or level a question names.

The plans are near-copies of one template, so the same clause exists in several
documents; what the question names (or the conversation named) decides which.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from index.documents import DocumentMeta
from index.textnorm import fold_ascii

_DOC_KEYWORD = re.compile(r"(kh|ke hoach|cv|cong van|van ban|so|qd|quyet dinh)\W{0,3}$")
_LEVELS = {
    "xã": re.compile(r"\b(cap xa|ubnd xa|uy ban nhan dan xa|xa minh|o xa|phuong)\b"),
    "huyện": re.compile(r"\b(cap huyen|huyen minh|ubnd huyen|uy ban nhan dan huyen|quan|thi xa)\b"),
    "tỉnh": re.compile(r"\b(cap tinh|tinh minh|ubnd tinh|uy ban nhan dan tinh)\b"),
}


@dataclass
class Scope:
    """What a question is about; doc_ids is None when it names no document."""

    doc_ids: list[str] | None = None
    localities: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    level: str | None = None

    @property
    def explicit(self) -> bool:
        return self.doc_ids is not None


def _number_key(number: str | None) -> str | None:
    if not number:
        return None
    head = number.split("/")[0].strip()
    return head.lstrip("0") or None if head.isdigit() else None


class QuerySteering:
    """Maps a question (and optionally earlier turns) to the documents it names."""

    def __init__(self, documents: Sequence[DocumentMeta]) -> None:
        self.documents = list(documents)
        self._localities: dict[str, list[str]] = {}
        for doc in self.documents:
            for name in (doc.locality, doc.parent_locality):
                if name:
                    self._localities.setdefault(fold_ascii(name), []).append(doc.doc_id)
        self._numbers: dict[str, list[str]] = {}
        for doc in self.documents:
            key = _number_key(doc.number)
            if key:
                self._numbers.setdefault(key, []).append(doc.doc_id)

    def localities(self) -> list[str]:
        return sorted({d.locality for d in self.documents if d.locality})

    def docs_for_locality(self, name: str) -> list[str]:
        key = fold_ascii(name)
        return sorted({d for loc, ids in self._localities.items() if key in loc or loc in key for d in ids})

    def restrict(self, scope: Scope, locality: str | None, doc_id: str | None = None) -> Scope:
        """Narrow a scope to an explicit filter (--locality, the web's locality or document filter)."""
        if doc_id:
            return replace(scope, doc_ids=[doc_id])
        if not locality:
            return scope
        chosen = self.docs_for_locality(locality)
        ids = sorted(set(chosen) & set(scope.doc_ids)) if scope.doc_ids else chosen
        return replace(scope, doc_ids=ids or chosen)

    def run(self, query: str) -> Scope:
        q = fold_ascii(query)
        scope = Scope()
        by_locality: set[str] = set()
        for loc, ids in self._localities.items():
            if re.search(rf"(?<!\w){re.escape(loc)}(?!\w)", q):
                scope.localities.append(loc)
                by_locality.update(ids)
        by_number: set[str] = set()
        for m in re.finditer(r"(?<![\w/.,])(\d{1,5})(?![\w%]|[/.,]\d)", q):
            key = m.group(1).lstrip("0")
            if key not in self._numbers:
                continue
            before = q[max(0, m.start() - 14) : m.start()]
            year_like = len(key) == 4 and 1900 <= int(key) <= 2100
            if _DOC_KEYWORD.search(before) or (len(key) >= 3 and not year_like):
                scope.numbers.append(key)
                by_number.update(self._numbers[key])
        chosen: set[str] = set()
        if by_locality and by_number:
            # each named place contributes its numbered document if one is named, else all of its documents
            for loc in scope.localities:
                ids = set(self._localities[loc])
                chosen |= (ids & by_number) or ids
            chosen |= by_number
        else:
            chosen = by_locality | by_number
        if chosen:
            scope.doc_ids = sorted(chosen)
        for level, pattern in _LEVELS.items():
            if pattern.search(q):
                scope.level = level
                break
        return scope
