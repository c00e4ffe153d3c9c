"""The on-disk index: generations of (documents, chunks, BM25, Chroma) switched atomically.

Layout under XHHT_HOME::

    index/CURRENT              name of the live generation (replaced atomically)
    index/g-.../manifest.json  what went in: files and their hashes, embedder, counts
    index/g-.../documents.json, chunks.jsonl, bm25/, facts.sqlite
    index/g-.../vector_keys.json   per chunk: the keys of its body vector and its context vector
    index/g-.../chroma/            embedded mode: the distinct vectors the generation uses
    embeddings/<embedder>.sqlite   vectors by content hash, shared by generations
    deployment_id                  names this deployment's one collection on a Chroma server

A generation is written completely before CURRENT points at it, so a crash or
Ctrl-C mid-run leaves the previous generation untouched and readers never see a
half-written index.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from . import PIPELINE_VERSION
from .documents import DocumentMeta
from .errors import IndexNotFound, IndexOutdated, StoreError
from .factstore import FactStore
from .lexical import LexicalIndex
from .restore import DiacriticRestorer
from .sections import Chunk
from .settings import Settings
from .vector_store import VectorStore

log = logging.getLogger(__name__)

CURRENT = "CURRENT"
VECTOR_KEYS = "vector_keys.json"


def current_generation(index_dir: Path) -> str | None:
    try:
        name = (index_dir / CURRENT).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return name if name and (index_dir / name / "manifest.json").exists() else None


def publish_generation(index_dir: Path, name: str) -> None:
    """Point CURRENT at *name* with an atomic rename."""
    tmp = index_dir / f".{CURRENT}.{os.getpid()}.tmp"
    tmp.write_text(name, encoding="utf-8")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, index_dir / CURRENT)


@dataclass
class Manifest:
    generation: str
    pipeline_version: str
    embedder: str
    embed_model: str | None
    store: str  # "embedded" or the server URL
    files: dict[str, dict[str, Any]]
    skipped: list[dict[str, str]]
    documents: int
    chunks: int
    created: str

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, indent=1)

    @classmethod
    def load(cls, path: Path) -> Manifest:
        return cls(**json.loads(path.read_text(encoding="utf-8")))


@dataclass
class ExactRows:
    """The rows of a generation's store held in memory for exact search: keys, their vectors, and where each
    body's row is."""

    keys: list[str]
    matrix: np.ndarray
    body_row: dict[str, int]


def nearest(keys: Sequence[str], sims: np.ndarray, n: int) -> list[tuple[str, float]]:
    """The *n* rows of highest similarity, ties by key, as the store orders them: a partition finds the n-th
    similarity, and only the rows at or above it are sorted."""
    if n <= 0 or not len(sims):
        return []
    if n < len(sims):
        kth = np.partition(sims, len(sims) - n)[len(sims) - n]
        picked = np.flatnonzero(sims >= kth).tolist()
    else:
        picked = list(range(len(sims)))
    picked.sort(key=lambda i: (-float(sims[i]), keys[i]))
    return [(keys[i], float(sims[i])) for i in picked[:n]]


class Library:
    """A read-only view of the live generation: documents, chunks, BM25 and vectors."""

    # distinct clause bodies up to which dense search is exact, over vectors read once from the store
    # (50,000 × 384 float32 is 77 MB; the synthetic 1,000-plan corpus has 1,517 distinct vectors in all):
    # HNSW's approximate search misses different far rows in each process that opens it, so a reply could
    # change between runs. Past the limit the store's approximate search is used, over-fetched.
    EXACT_LIMIT = 50_000

    def __init__(self, settings: Settings, generation: str) -> None:
        self.settings = settings
        self.generation = generation
        self.path = settings.index_dir / generation
        self.manifest = Manifest.load(self.path / "manifest.json")
        if self.manifest.pipeline_version != PIPELINE_VERSION:
            raise IndexOutdated(
                f"chỉ mục trong {settings.index_dir} do phiên bản cũ tạo (bản {self.manifest.pipeline_version}, "
                f"cần bản {PIPELINE_VERSION}); hãy chạy 'xhht index' để lập lại (vector cũ được dùng lại)"
            )
        docs = json.loads((self.path / "documents.json").read_text(encoding="utf-8"))
        self.documents: list[DocumentMeta] = [DocumentMeta.from_dict(d) for d in docs]
        self.documents_by_id = {d.doc_id: d for d in self.documents}
        with open(self.path / "chunks.jsonl", encoding="utf-8") as fh:
            self.chunks: list[Chunk] = [Chunk(**json.loads(line)) for line in fh if line.strip()]
        self.chunk_index = {c.chunk_id: i for i, c in enumerate(self.chunks)}
        self._rows_by_doc: dict[str, list[int]] = {}
        for i, chunk in enumerate(self.chunks):
            self._rows_by_doc.setdefault(chunk.doc_id, []).append(i)
        self.lexical = LexicalIndex.load(self.path / "bm25")
        keys = json.loads((self.path / VECTOR_KEYS).read_text(encoding="utf-8"))
        self.body_keys: list[str] = keys["body"]
        self.context_keys: list[str] = keys["context"]
        if not len(self.body_keys) == len(self.context_keys) == len(self.chunks):
            raise StoreError(f"{self.path / VECTOR_KEYS} không khớp với danh sách đoạn")
        self.body_index: dict[str, int] = {k: i for i, k in enumerate(dict.fromkeys(self.body_keys))}
        self.body_ids = np.fromiter((self.body_index[k] for k in self.body_keys), dtype=np.int64, count=len(self.chunks))
        self._context_matrix: tuple[np.ndarray, np.ndarray] | None = None
        self._exact: ExactRows | None = None
        self._vectors: VectorStore | None = None
        self.facts = FactStore(self.path / "facts.sqlite")
        self._lock = threading.Lock()
        self._restorer: DiacriticRestorer | None = None

    @classmethod
    def open(cls, settings: Settings) -> Library:
        generation = current_generation(settings.index_dir)
        if generation is None:
            raise IndexNotFound(
                f"chưa có chỉ mục trong {settings.index_dir}; hãy chạy 'xhht index' trước"
            )
        return cls(settings, generation)

    def _vector_store(self) -> VectorStore:
        if self._vectors is None:
            self._vectors = VectorStore(self.settings, self.path, self.manifest.embedder, self.manifest.embed_model)
        return self._vectors

    @property
    def vectors(self) -> VectorStore:
        with self._lock:
            return self._vector_store()

    def context_vectors(self) -> tuple[np.ndarray, np.ndarray]:
        """Per chunk, its row in the matrix of the generation's distinct context vectors (-1: none stored),
        and that matrix (read from the store once)."""
        with self._lock:
            if self._context_matrix is None:
                distinct = list(dict.fromkeys(self.context_keys))
                found = self._vector_store().embeddings(distinct)
                present = [k for k in distinct if k in found]
                rows = {k: i for i, k in enumerate(present)}
                matrix = np.stack([found[k] for k in present]) if present else np.zeros((0, 1), dtype=np.float32)
                per_chunk = np.fromiter((rows.get(k, -1) for k in self.context_keys), dtype=np.int64,
                                        count=len(self.chunks))
                self._context_matrix = (per_chunk, matrix)
            return self._context_matrix

    def exact_rows(self) -> ExactRows | None:
        """Every stored row a dense query may return, read once: the distinct bodies, then the contexts no body
        shares; None past EXACT_LIMIT bodies, where the store's approximate search is used instead."""
        if len(self.body_index) > self.EXACT_LIMIT:
            return None
        context_rows, context_matrix = self.context_vectors()
        with self._lock:
            if self._exact is None:
                found = self._vector_store().embeddings(list(self.body_index))
                keys = [k for k in self.body_index if k in found]
                vectors = [found[k] for k in keys]
                context_key = {int(context_rows[i]): self.context_keys[i] for i in np.flatnonzero(context_rows >= 0)}
                for row, key in sorted(context_key.items()):
                    if key not in self.body_index:  # a context no body shares: a row of its own in the store
                        keys.append(key)
                        vectors.append(context_matrix[row])
                matrix = np.stack(vectors).astype(np.float32) if vectors else np.zeros((0, 0), dtype=np.float32)
                self._exact = ExactRows(keys, matrix, {k: i for i, k in enumerate(keys) if k in self.body_index})
            return self._exact

    def nearest_bodies(self, vector: np.ndarray, n: int, ids: Sequence[str] | None = None) -> list[tuple[str, float]]:
        """What `VectorStore.query` gives, exactly within EXACT_LIMIT: the *n* rows nearest *vector* among the
        bodies *ids*, or among all rows, where context rows take places and are then dropped."""
        exact = self.exact_rows()
        if exact is None:
            return self.vectors.query(vector, n, ids)
        if ids is None:
            found = nearest(exact.keys, exact.matrix @ vector, n) if exact.keys else []
        else:
            at = [exact.body_row[k] for k in ids if k in exact.body_row]
            found = nearest([exact.keys[i] for i in at], exact.matrix[at] @ vector, n) if at else []
        return [(key, sim) for key, sim in found if key in exact.body_row]

    @property
    def restorer(self) -> DiacriticRestorer:
        """Puts the library's own accents back on a query typed without them (built on first use)."""
        with self._lock:
            if self._restorer is None:
                self._restorer = DiacriticRestorer.weighted(Counter(c.text for c in self.chunks))
            return self._restorer

    def is_stale(self) -> bool:
        return current_generation(self.settings.index_dir) != self.generation

    def rows_of(self, doc_ids: Sequence[str]) -> list[int]:
        """Positions in `chunks` of the chunks of these documents, in library order."""
        return sorted(i for d in set(doc_ids) for i in self._rows_by_doc.get(d, ()))

    def chunks_of(self, doc_id: str) -> list[Chunk]:
        return [self.chunks[i] for i in self._rows_by_doc.get(doc_id, ())]

    def close(self) -> None:
        self.facts.close()
        if self._vectors is not None:
            self._vectors.close()
            self._vectors = None


def remove_generation(settings: Settings, name: str, embedder_name: str) -> None:
    """Delete a generation's folder. Its rows on a Chroma server are pruned by the indexer, which knows
    what the kept generations still use; a per-generation collection of older versions is dropped."""
    if settings.chroma_url:
        try:
            store = VectorStore(settings, settings.index_dir / name, embedder_name, None)
            store.client.delete_collection(f"xhht-{embedder_name}-{name}")
        except Exception:  # none there (the usual case now), or the server is gone: the folder still goes
            pass
    shutil.rmtree(settings.index_dir / name, ignore_errors=True)


def prune_server(settings: Settings, keep: set[str], embedder_name: str) -> None:
    """Rows on the server that no kept generation uses go (the previous one still serves readers)."""
    used: set[str] = set()
    for name in keep:
        try:
            keys = json.loads((settings.index_dir / name / VECTOR_KEYS).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            if (settings.index_dir / name / "manifest.json").exists():
                return  # a kept generation of an older layout: keep everything rather than guess
            continue
        used.update(keys["body"])
        used.update(keys["context"])
    store = VectorStore(settings, settings.index_dir, embedder_name, None)
    try:
        removed = store.prune(used)
        if removed:
            log.info("pruned %d vectors no kept generation uses", removed)
    except StoreError:
        pass  # no collection yet
    except Exception as exc:  # the server may be gone; the next run prunes
        log.warning("could not prune the Chroma collection: %s", exc)
    finally:
        store.close()


class LiveLibrary:
    """The Library of the live generation, reopened when the indexer publishes a new one.

    The replaced Library is closed one switch late, so a request that still holds it
    can finish.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._current: Library | None = None
        self._retired: Library | None = None

    def get(self) -> Library:
        with self._lock:
            if self._current is None or self._current.is_stale():
                fresh = Library.open(self.settings)
                if self._retired is not None:
                    self._retired.close()
                self._retired, self._current = self._current, fresh
            return self._current

    def close(self) -> None:
        with self._lock:
            for lib in (self._current, self._retired):
                if lib is not None:
                    lib.close()
            self._current = self._retired = None
