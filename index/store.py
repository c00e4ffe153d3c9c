"""The on-disk index: generations of (documents, chunks, BM25, Chroma) switched atomically.

Layout under XHHT_HOME::

    index/CURRENT              name of the live generation (replaced atomically)
    index/g-.../manifest.json  what went in: files and their hashes, embedder, counts
    index/g-.../documents.json, chunks.jsonl, bm25/, chroma/ (embedded mode)
    embeddings/<embedder>.sqlite   vectors by content hash, shared by generations

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
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .documents import DocumentMeta
from .errors import IndexNotFound, StoreError
from .factstore import FactStore
from .restore import DiacriticRestorer
from .sections import Chunk
from .settings import Settings
from .textnorm import bm25_tokens

log = logging.getLogger(__name__)

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
logging.getLogger("bm25s").setLevel(logging.WARNING)

CURRENT = "CURRENT"


def chroma_settings() -> Any:
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


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


def collection_name(embedder_name: str, generation: str, server: bool) -> str:
    base = f"xhht-{embedder_name}"
    return f"{base}-{generation}" if server else base


class VectorStore:
    """A Chroma collection: embedded PersistentClient per generation, or a server."""

    def __init__(self, settings: Settings, generation_dir: Path, embedder_name: str, embed_model: str | None):
        import chromadb

        from .embedders import XhhtEmbeddingFunction

        self.server = bool(settings.chroma_url)
        self.name = collection_name(embedder_name, generation_dir.name, self.server)
        try:
            if self.server:
                from urllib.parse import urlparse

                url = urlparse(settings.chroma_url)
                self.client = chromadb.HttpClient(
                    host=url.hostname or "127.0.0.1",
                    port=url.port or (443 if url.scheme == "https" else 8000),
                    ssl=url.scheme == "https",
                    settings=chroma_settings(),
                )
            else:
                self.client = chromadb.PersistentClient(path=str(generation_dir / "chroma"), settings=chroma_settings())
        except Exception as exc:
            where = settings.chroma_url or generation_dir / "chroma"
            raise StoreError(f"không kết nối được Chroma ({where}): {exc}") from exc
        self._ef = XhhtEmbeddingFunction(embed_model)
        self._collection: Any = None

    def create(self) -> None:
        try:
            self.client.delete_collection(self.name)
        except Exception:
            pass
        self._collection = self.client.create_collection(
            self.name, embedding_function=self._ef, metadata={"hnsw:space": "cosine"}
        )

    @property
    def collection(self) -> Any:
        if self._collection is None:
            try:
                self._collection = self.client.get_collection(self.name, embedding_function=self._ef)
            except Exception as exc:
                raise StoreError(f"không mở được bộ sưu tập Chroma '{self.name}': {exc}") from exc
        return self._collection

    def add(self, ids: Sequence[str], vectors: np.ndarray, metadatas: list[dict], documents: list[str]) -> None:
        step = 1000
        for start in range(0, len(ids), step):
            end = start + step
            self.collection.add(
                ids=list(ids[start:end]),
                embeddings=[v.tolist() for v in vectors[start:end]],
                metadatas=metadatas[start:end],
                documents=documents[start:end],
            )

    def query(self, vector: np.ndarray, n: int, doc_ids: Sequence[str] | None = None) -> list[tuple[str, float]]:
        where: dict | None = None
        if doc_ids is not None and len(doc_ids) == 0:
            return []  # restricted to no document (e.g. a locality with none): nothing, not everything
        if doc_ids:
            where = {"doc_id": {"$in": list(doc_ids)}} if len(doc_ids) > 1 else {"doc_id": doc_ids[0]}
        total = self.count()
        if total == 0:
            return []
        result = self.collection.query(
            query_embeddings=[vector.tolist()], n_results=min(n, total), where=where, include=["distances"]
        )
        ids = result["ids"][0]
        distances = result["distances"][0]
        return [(cid, 1.0 - float(d)) for cid, d in zip(ids, distances, strict=True)]

    def count(self) -> int:
        return int(self.collection.count())

    def drop(self) -> None:
        try:
            self.client.delete_collection(self.name)
        except Exception:
            pass

    def close(self) -> None:
        if not self.server:
            try:
                self.client.close()
            except Exception:  # older clients have no close()
                pass


class LexicalIndex:
    """BM25 (bm25s) over syllables, bigrams and their diacritics-free copies."""

    def __init__(self, model: Any) -> None:
        self._model = model

    @classmethod
    def build(cls, texts: Sequence[str]) -> LexicalIndex:
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)
        model = bm25s.BM25(k1=1.2, b=0.75)
        model.index([bm25_tokens(t) or ["∅"] for t in texts], show_progress=False)
        return cls(model)

    def save(self, path: Path) -> None:
        self._model.save(str(path), show_progress=False)

    @classmethod
    def load(cls, path: Path) -> LexicalIndex:
        import bm25s

        return cls(bm25s.BM25.load(str(path)))

    def scores(self, query: str) -> np.ndarray:
        tokens = bm25_tokens(query)
        if not tokens:
            return np.zeros(self._model.scores["num_docs"], dtype=np.float32)
        return np.asarray(self._model.get_scores(tokens), dtype=np.float32)


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


class Library:
    """A read-only view of the live generation: documents, chunks, BM25 and vectors."""

    def __init__(self, settings: Settings, generation: str) -> None:
        self.settings = settings
        self.generation = generation
        self.path = settings.index_dir / generation
        self.manifest = Manifest.load(self.path / "manifest.json")
        docs = json.loads((self.path / "documents.json").read_text(encoding="utf-8"))
        self.documents: list[DocumentMeta] = [DocumentMeta.from_dict(d) for d in docs]
        self.documents_by_id = {d.doc_id: d for d in self.documents}
        with open(self.path / "chunks.jsonl", encoding="utf-8") as fh:
            self.chunks: list[Chunk] = [Chunk(**json.loads(line)) for line in fh if line.strip()]
        self.chunk_index = {c.chunk_id: i for i, c in enumerate(self.chunks)}
        self._by_doc: dict[str, list[Chunk]] = {}
        for chunk in self.chunks:
            self._by_doc.setdefault(chunk.doc_id, []).append(chunk)
        self.lexical = LexicalIndex.load(self.path / "bm25")
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

    @property
    def vectors(self) -> VectorStore:
        with self._lock:
            if self._vectors is None:
                self._vectors = VectorStore(
                    self.settings, self.path, self.manifest.embedder, self.manifest.embed_model
                )
            return self._vectors

    @property
    def restorer(self) -> DiacriticRestorer:
        """Puts the library's own accents back on a query typed without them (built on first use)."""
        with self._lock:
            if self._restorer is None:
                self._restorer = DiacriticRestorer(c.text for c in self.chunks)
            return self._restorer

    def is_stale(self) -> bool:
        return current_generation(self.settings.index_dir) != self.generation

    def chunks_of(self, doc_id: str) -> list[Chunk]:
        return list(self._by_doc.get(doc_id, ()))

    def close(self) -> None:
        self.facts.close()
        if self._vectors is not None:
            self._vectors.close()
            self._vectors = None


def remove_generation(settings: Settings, name: str, embedder_name: str) -> None:
    path = settings.index_dir / name
    if settings.chroma_url:
        try:
            store = VectorStore(settings, path, embedder_name, None)
            store.drop()
        except Exception as exc:  # the server may be gone; the folder still goes
            log.warning("could not drop collection of %s: %s", name, exc)
    shutil.rmtree(path, ignore_errors=True)


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
