"""BM25 over syllables, bigrams and their diacritics-free copies, kept so that a new generation reuses
the rows of chunks it already tokenised.

Scores are those of bm25s' default (Lucene) variant: idf = ln(1 + (N - df + 0.5) / (df + 0.5)) and a
term-frequency part tf / (tf + k1 (1 - b + b |d| / avgdl)), summed over the query's tokens (a repeated
token counts again). What is stored is the raw term-count matrix, not the scores: N, df and avgdl change
with every generation, and tokenising is what costs (about 3 ms a chunk), so a one-file change at
45,000 chunks slices the old matrix instead of tokenising everything again.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from scipy import sparse

from .textnorm import bm25_tokens

K1 = 1.2
B = 0.75
EMPTY_TOKEN = "∅"  # a chunk with no token still occupies its row


def text_digest(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:16]


class LexicalIndex:
    """Term counts per chunk (rows in the generation's chunk order) and the BM25 weights derived from them."""

    def __init__(self, digests: list[str], vocab: list[str], counts: sparse.csr_matrix) -> None:
        if counts.shape != (len(digests), len(vocab)):
            raise ValueError(f"counts shape {counts.shape} does not match {len(digests)} rows × {len(vocab)} terms")
        self.digests = digests
        self.vocab = vocab
        self.counts = counts
        self._term_ids = {term: i for i, term in enumerate(vocab)}
        self._weights: sparse.csc_matrix | None = None  # made on the first query: the indexer never asks

    @property
    def weights(self) -> sparse.csc_matrix:
        if self._weights is None:
            self._weights = self._bm25_weights(self.counts)
        return self._weights

    @staticmethod
    def _bm25_weights(counts: sparse.csr_matrix) -> sparse.csc_matrix:
        n_docs = counts.shape[0]
        if n_docs == 0:
            return sparse.csc_matrix(counts.shape, dtype=np.float32)
        lengths = np.asarray(counts.sum(axis=1)).ravel().astype(np.float32)
        avg = float(lengths.mean()) or 1.0
        df = np.diff(counts.tocsc().indptr).astype(np.float32)
        idf = np.log1p((n_docs - df + 0.5) / (df + 0.5)).astype(np.float32)
        coo = counts.tocoo()
        tf = coo.data.astype(np.float32)
        norm = K1 * ((1 - B) + B * lengths[coo.row] / avg)
        data = idf[coo.col] * tf / (tf + norm)
        return sparse.csc_matrix((data, (coo.row, coo.col)), shape=counts.shape, dtype=np.float32)

    @classmethod
    def build(cls, texts: Sequence[str], previous: LexicalIndex | None = None,
              progress: Callable[[int, int], None] | None = None) -> LexicalIndex:
        """Rows for *texts*; a text whose row *previous* already holds is not tokenised again."""
        vocab = list(previous.vocab) if previous else []
        term_ids = dict(previous._term_ids) if previous else {}
        old_rows = {}
        if previous is not None:
            old_rows = {d: i for i, d in enumerate(previous.digests)}
        digests = [text_digest(t) for t in texts]
        reuse_from: list[int] = []
        reuse_to: list[int] = []
        rows, cols, vals = [], [], []
        for row, (text, digest) in enumerate(zip(texts, digests, strict=True)):
            old = old_rows.get(digest)
            if old is not None:
                reuse_from.append(old)
                reuse_to.append(row)
                continue
            if progress and row % 1000 == 0:
                progress(row, len(texts))
            counted = Counter(bm25_tokens(text) or [EMPTY_TOKEN])
            for term, count in counted.items():
                tid = term_ids.get(term)
                if tid is None:
                    tid = term_ids[term] = len(vocab)
                    vocab.append(term)
                rows.append(row)
                cols.append(tid)
                vals.append(count)
        shape = (len(texts), len(vocab))
        fresh = sparse.csr_matrix((np.asarray(vals, dtype=np.int32), (rows, cols)), shape=shape)
        if reuse_from:
            taken = previous.counts[reuse_from]
            taken = sparse.csr_matrix((taken.data, taken.indices, taken.indptr), shape=(len(reuse_from), len(vocab)))
            placed = sparse.csr_matrix(
                (np.ones(len(reuse_to), dtype=np.int32), (reuse_to, np.arange(len(reuse_to)))),
                shape=(len(texts), len(reuse_to)),
            )
            fresh = fresh + placed @ taken
        if progress:
            progress(len(texts), len(texts))
        return cls(digests, vocab, sparse.csr_matrix(fresh, dtype=np.int32))

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        sparse.save_npz(folder / "counts.npz", self.counts, compressed=False)
        (folder / "rows.json").write_text(json.dumps({"digests": self.digests, "vocab": self.vocab},
                                                     ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        meta = json.loads((folder / "rows.json").read_text(encoding="utf-8"))
        counts = sparse.load_npz(folder / "counts.npz").tocsr()
        return cls(meta["digests"], meta["vocab"], counts)

    def __len__(self) -> int:
        return len(self.digests)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every chunk for *query*, in row order."""
        counted = Counter(self._term_ids[t] for t in bm25_tokens(query) if t in self._term_ids)
        if not counted:
            return np.zeros(len(self.digests), dtype=np.float32)
        ids = list(counted)
        weights = np.asarray([counted[i] for i in ids], dtype=np.float32)
        return np.asarray(self.weights[:, ids] @ weights, dtype=np.float32).ravel()
