"""The Chroma store of a generation's distinct vectors: embedded in the generation's folder, or one
collection per deployment on a server (`XHHT_CHROMA_URL`)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .errors import StoreError
from .settings import Settings

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


def chroma_settings() -> Any:
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


def deployment_id(settings: Settings) -> str:
    """A name for this XHHT_HOME on a shared Chroma server, made once and kept."""
    path = settings.home / "deployment_id"
    try:
        found = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        found = ""
    if not found:
        settings.home.mkdir(parents=True, exist_ok=True)
        found = uuid.uuid4().hex[:12]
        path.write_text(found, encoding="utf-8")
    return found


def collection_name(settings: Settings, embedder_name: str) -> str:
    """Embedded: one collection in each generation's own folder. Server: one collection per deployment,
    shared by its generations (rows are keyed by content, so a new generation only adds what is new)."""
    base = f"xhht-{embedder_name}"
    return f"{base}-{deployment_id(settings)}" if settings.chroma_url else base


class VectorStore:
    """Vectors of distinct clause bodies and section contexts, keyed by content hash, in Chroma: an
    embedded PersistentClient in the generation's folder, or a server (`XHHT_CHROMA_URL`)."""

    BATCH = 1000
    # rows asked of the HNSW index for each row wanted: its approximate search misses far neighbours (a few
    # of 24 for half the questions on real clauses); the nearest quarter of four times as many misses far
    # fewer, and the distances of the rows found are exact. Libraries within Library.EXACT_LIMIT search
    # exactly instead.
    OVERFETCH = 4

    def __init__(self, settings: Settings, generation_dir: Path, embedder_name: str, embed_model: str | None):
        import chromadb

        from .embedders import XhhtEmbeddingFunction

        self.server = bool(settings.chroma_url)
        self.name = collection_name(settings, embedder_name)
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
        self._count: int | None = None

    def open_for_writing(self) -> None:
        """Embedded: a fresh collection. Server: the deployment's collection, created on first use."""
        try:
            if not self.server:
                try:
                    self.client.delete_collection(self.name)
                except Exception:
                    pass
            self._collection = self.client.get_or_create_collection(
                self.name, embedding_function=self._ef, metadata={"hnsw:space": "cosine"}
            )
        except Exception as exc:
            raise StoreError(f"không tạo được bộ sưu tập Chroma '{self.name}': {exc}") from exc

    @property
    def collection(self) -> Any:
        if self._collection is None:
            try:
                self._collection = self.client.get_collection(self.name, embedding_function=self._ef)
            except Exception as exc:
                raise StoreError(f"không mở được bộ sưu tập Chroma '{self.name}': {exc}") from exc
        return self._collection

    def existing(self, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(ids), self.BATCH):
            found.update(self.collection.get(ids=list(ids[start : start + self.BATCH]), include=[])["ids"])
        return found

    def add(self, ids: Sequence[str], vectors: np.ndarray, metadatas: list[dict], documents: list[str]) -> None:
        for start in range(0, len(ids), self.BATCH):
            end = start + self.BATCH
            self.collection.add(
                ids=list(ids[start:end]),
                embeddings=np.asarray(vectors[start:end], dtype=np.float32),
                metadatas=metadatas[start:end],
                documents=documents[start:end],
            )

    def query(self, vector: np.ndarray, n: int, ids: Sequence[str] | None = None) -> list[tuple[str, float]]:
        """The *n* rows nearest to *vector* (cosine similarity), among *ids* when given. Body and context
        rows share the collection and are told apart by the caller's key maps: a metadata filter here
        costs more than the query itself."""
        if ids is not None and len(ids) == 0:
            return []  # restricted to nothing (e.g. a locality with no document): nothing, not everything
        total = self._count if self._count is not None else self.count()
        if total == 0:
            return []
        available = total if ids is None else len(ids)
        n = min(n, available)
        result = self.collection.query(
            query_embeddings=[np.asarray(vector, dtype=np.float32)], n_results=min(n * self.OVERFETCH, available),
            ids=list(ids) if ids is not None else None, include=["distances"],
        )
        found = sorted(zip(result["ids"][0], result["distances"][0], strict=True), key=lambda kd: (kd[1], kd[0]))
        return [(key, 1.0 - float(d)) for key, d in found[:n]]

    def embeddings(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        for start in range(0, len(ids), self.BATCH):
            got = self.collection.get(ids=list(ids[start : start + self.BATCH]), include=["embeddings"])
            for key, vec in zip(got["ids"], got["embeddings"], strict=True):
                out[key] = np.asarray(vec, dtype=np.float32)
        return out

    def prune(self, keep: set[str]) -> int:
        """Delete rows no kept generation uses (server only: an embedded store goes with its folder)."""
        stale = [key for key in self.collection.get(include=[])["ids"] if key not in keep]
        for start in range(0, len(stale), self.BATCH):
            self.collection.delete(ids=stale[start : start + self.BATCH])
        return len(stale)

    def count(self) -> int:
        # remembered for queries: the rows of the generation being read stay while it is live or previous
        self._count = int(self.collection.count())
        return self._count

    def close(self) -> None:
        if not self.server:
            try:
                self.client.close()
            except Exception:  # older clients have no close()
                pass
