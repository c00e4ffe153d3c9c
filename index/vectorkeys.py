"""What a clause's vector is computed from: its body with the document's own place names masked.

Plans copied from one template differ mostly by the place they are for ("trên địa bàn tỉnh X"). With
those names masked, two documents sharing a clause share one vector: embedding cost then grows with the
number of distinct clauses, not with the number of documents. The document, place and section stay in
metadata, in BM25, and in a separate context vector (kind, issuer and section path) fused at query time.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

from .documents import DocumentMeta
from .sections import PATH_SEP, Chunk

PLACE_MASK = "(địa phương)"


def own_places(meta: DocumentMeta) -> tuple[str, ...]:
    """The names of the document's own place and its parents, longest first."""
    names = {
        name.strip()
        for name in (meta.locality, meta.parent_locality, meta.district, meta.province, meta.province_now,
                     meta.locality_now)
        if name and len(name.strip()) >= 2
    }
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


@lru_cache(maxsize=4096)
def _pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def mask_places(text: str, names: tuple[str, ...]) -> str:
    pattern = _pattern(names)
    return pattern.sub(PLACE_MASK, text) if pattern else text


def body_text(chunk: Chunk, meta: DocumentMeta, places: tuple[str, ...] | None = None) -> str:
    """The text the clause's own vector is computed from (*places*: own_places(meta), when known)."""
    return mask_places(" ".join(chunk.text.split()), own_places(meta) if places is None else places)


def context_text(chunk: Chunk, meta: DocumentMeta, places: tuple[str, ...] | None = None) -> str:
    """Kind, issuer and section path, masked the same way: the cheap "where in which plan" signal."""
    head = " ".join(part for part in (meta.kind, meta.issuer) if part)
    text = f"{head}{PATH_SEP}{chunk.section}" if chunk.section else head
    return mask_places(" ".join(text.split()), own_places(meta) if places is None else places)


def vector_key(embedder_name: str, text: str) -> str:
    return hashlib.sha1(f"{embedder_name}\n{text}".encode()).hexdigest()


@dataclass
class VectorTexts:
    """Per chunk, the keys of its body and context vectors; per distinct key, its text and role."""

    body: list[str]
    context: list[str]
    texts: dict[str, str]
    roles: dict[str, str]

    @classmethod
    def of(cls, embedder_name: str, chunks: list[Chunk], docs: dict[str, DocumentMeta]) -> VectorTexts:
        out = cls([], [], {}, {})
        places: dict[str, tuple[str, ...]] = {}
        contexts: dict[tuple[str, str], str] = {}  # (document, section): the key, made once per section
        for chunk in chunks:
            meta = docs[chunk.doc_id]
            own = places.get(chunk.doc_id)
            if own is None:
                own = places[chunk.doc_id] = own_places(meta)
            out.body.append(out._key(embedder_name, "body", body_text(chunk, meta, own)))
            context = contexts.get((chunk.doc_id, chunk.section))
            if context is None:
                context = contexts[(chunk.doc_id, chunk.section)] = out._key(
                    embedder_name, "context", context_text(chunk, meta, own))
            out.context.append(context)
        return out

    def _key(self, embedder_name: str, role: str, text: str) -> str:
        key = vector_key(embedder_name, f"{role}\n{text}")
        if key not in self.texts:
            self.texts[key] = text
            self.roles[key] = role
        return key
