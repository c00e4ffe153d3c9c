"""Retrievers by role: lexical (BM25), dense (Chroma), and the hybrid that fuses them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from index.documents import DocumentMeta
from index.embedders import Embedder
from index.sections import Chunk
from index.store import Library

from .fusion import rrf, weighted_fusion
from .scope import Scope, ScopeResolver

CANDIDATES = 50
# When a question names no document, each further chunk from a document that is
# already represented is discounted, so every matching plan gets a place.
DIVERSITY_DECAY = 0.85
LEVEL_BOOST = 1.15


@dataclass
class SearchHit:
    chunk: Chunk
    document: DocumentMeta
    score: float
    lexical_score: float = 0.0
    dense_score: float = 0.0

    def to_dict(self) -> dict:
        return {
            "source": self.chunk.source,
            "doc_id": self.chunk.doc_id,
            "title": self.document.title,
            "number": self.document.number_display,
            "section": self.chunk.section,
            "text": self.chunk.text,
            "score": round(float(self.score), 6),
        }


class Bm25Retriever:
    def __init__(self, library: Library) -> None:
        self.library = library

    def run(self, query: str, top_k: int = CANDIDATES, doc_ids: Sequence[str] | None = None) -> dict[str, float]:
        scores = self.library.lexical.scores(query)
        if doc_ids is not None:
            allowed = set(doc_ids)
            mask = np.array([c.doc_id in allowed for c in self.library.chunks])
            scores = np.where(mask, scores, 0.0)
        order = np.argsort(-scores)[:top_k]
        return {self.library.chunks[i].chunk_id: float(scores[i]) for i in order if scores[i] > 0}


class ChromaRetriever:
    def __init__(self, library: Library, embedder: Embedder) -> None:
        self.library = library
        self.embedder = embedder

    def run(self, query: str, top_k: int = CANDIDATES, doc_ids: Sequence[str] | None = None) -> dict[str, float]:
        vector = self.embedder.embed_query(query)
        return dict(self.library.vectors.query(vector, top_k, doc_ids))


class HybridRetriever:
    """Steer by what the question names, fuse BM25 and dense rankings, diversify."""

    def __init__(
        self,
        library: Library,
        embedder: Embedder,
        *,
        fusion: str = "weighted",
        alpha: float = 0.3,
        mode: str = "hybrid",
    ) -> None:
        if fusion not in ("weighted", "rrf"):
            raise ValueError(f"unknown fusion {fusion!r}")
        if mode not in ("hybrid", "bm25", "dense"):
            raise ValueError(f"unknown mode {mode!r}")
        if not 0.0 <= alpha <= 1.0:
            raise ValueError("alpha must be within [0, 1]")
        self.library = library
        self.fusion = fusion
        self.alpha = alpha
        self.mode = mode
        self.lexical = Bm25Retriever(library)
        self.dense = ChromaRetriever(library, embedder)
        self.scopes = ScopeResolver(library.documents)

    def run(
        self,
        query: str,
        top_k: int = 5,
        *,
        scope: Scope | None = None,
        locality: str | None = None,
        steer: bool = True,
    ) -> list[SearchHit]:
        scope = self.scopes.restrict(scope or (self.scopes.run(query) if steer else Scope()), locality)
        doc_ids = scope.doc_ids
        # the dense model reads accented Vietnamese far better than the same words typed without accents
        dense_query = self.library.restorer.restore(query) if self.mode != "bm25" else query
        lexical = self.lexical.run(query, CANDIDATES, doc_ids) if self.mode != "dense" else {}
        dense = self.dense.run(dense_query, CANDIDATES, doc_ids) if self.mode != "bm25" else {}
        if self.mode == "bm25":
            fused = dict(lexical)
        elif self.mode == "dense":
            fused = dict(dense)
        elif self.fusion == "rrf":
            fused = rrf([sorted(lexical, key=lexical.get, reverse=True), sorted(dense, key=dense.get, reverse=True)])
        else:
            fused = weighted_fusion(dense, lexical, self.alpha)
        chunks = self.library.chunks
        index = self.library.chunk_index
        docs = self.library.documents_by_id
        if scope.level and not doc_ids:
            for key in fused:
                if docs[chunks[index[key]].doc_id].level == scope.level:
                    fused[key] *= LEVEL_BOOST
        ranked = sorted(fused, key=lambda k: (-fused[k], index[k]))
        if not doc_ids or len(doc_ids) > 1:
            ranked = self._diversify(ranked, fused)
        hits = []
        for key in ranked[:top_k]:
            chunk = chunks[index[key]]
            hits.append(
                SearchHit(
                    chunk=chunk,
                    document=docs[chunk.doc_id],
                    score=fused[key],
                    lexical_score=lexical.get(key, 0.0),
                    dense_score=dense.get(key, 0.0),
                )
            )
        return hits

    def _diversify(self, ranked: list[str], fused: dict[str, float]) -> list[str]:
        chunks, index = self.library.chunks, self.library.chunk_index
        seen: dict[str, int] = {}
        adjusted: dict[str, float] = {}
        for key in ranked:
            doc_id = chunks[index[key]].doc_id
            adjusted[key] = fused[key] * (DIVERSITY_DECAY ** seen.get(doc_id, 0))
            seen[doc_id] = seen.get(doc_id, 0) + 1
        return sorted(ranked, key=lambda k: (-adjusted[k], index[k]))
