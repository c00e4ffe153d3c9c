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
            rows = self.library.rows_of(doc_ids)
            kept = np.zeros_like(scores)
            kept[rows] = scores[rows]
            scores = kept
        order = np.argsort(-scores)[:top_k]
        return {self.library.chunks[i].chunk_id: float(scores[i]) for i in order if scores[i] > 0}


class ChromaRetriever:
    """Dense search over distinct clause bodies, spread back to the chunks that share each body.

    A chunk's dense score is BODY_WEIGHT × similarity of its body (place names masked) plus the rest ×
    similarity of its context (kind, issuer, section path): the context vector puts back part of what
    the per-chunk prefix used to give ("in the reporting section of a Hội Khuyến học plan") at the cost
    of one matrix product over the generation's few distinct contexts.
    """

    BODY_WEIGHT = 0.7
    # a restriction to more bodies than this is searched unrestricted, then filtered
    RESTRICT_LIMIT = 5000

    def __init__(self, library: Library, embedder: Embedder) -> None:
        self.library = library
        self.embedder = embedder

    def run(self, query: str, top_k: int = CANDIDATES, doc_ids: Sequence[str] | None = None) -> dict[str, float]:
        library = self.library
        if doc_ids is not None and len(doc_ids) == 0:
            return {}
        vector = self.embedder.embed_query(query)
        rows: np.ndarray | None = None
        restrict: list[str] | None = None
        n = top_k * 2  # unrestricted, context rows come back too and are skipped
        if doc_ids is not None:
            rows = np.asarray(library.rows_of(doc_ids), dtype=np.int64)
            keys = list(dict.fromkeys(library.body_keys[i] for i in rows))
            if len(keys) <= self.RESTRICT_LIMIT:
                restrict, n = keys, top_k
            else:
                n = top_k * 4
        bodies = library.nearest_bodies(vector, n, restrict)
        body_sim = np.full(len(library.body_index), -np.inf, dtype=np.float64)
        for key, sim in bodies:
            at = library.body_index.get(key)  # a key of another generation (a shared server) is not ours
            if at is not None:
                body_sim[at] = sim
        candidates = rows if rows is not None else np.arange(len(library.chunks), dtype=np.int64)
        body = body_sim[library.body_ids[candidates]]
        found = np.isfinite(body)
        candidates, body = candidates[found], body[found]
        if not len(candidates):
            return {}
        context_rows, context_matrix = library.context_vectors()
        context_all = (context_matrix @ vector).astype(np.float64) if len(context_matrix) else np.zeros(0)
        own = context_rows[candidates]
        context = np.where(own >= 0, context_all[np.maximum(own, 0)] if len(context_all) else body, body)
        scores = self.BODY_WEIGHT * body + (1 - self.BODY_WEIGHT) * context
        best = np.lexsort((candidates, -scores))[:top_k]  # by score, then the chunk's place in the library
        return {library.chunks[candidates[i]].chunk_id: float(scores[i]) for i in best}


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
