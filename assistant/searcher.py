"""Open the live index and search it; reloads when a new generation is published."""

from __future__ import annotations

import threading

from index.embedders import make_embedder
from index.settings import Settings
from index.store import LiveLibrary

from .retrievers import HybridRetriever, SearchHit
from .scope import Scope


class Searcher:
    def __init__(self, settings: Settings, mode: str = "hybrid", fusion: str | None = None, alpha: float | None = None):
        self.settings = settings
        self.mode = mode
        self.fusion = fusion or settings.fusion
        self.alpha = settings.fusion_alpha if alpha is None else alpha
        self._lock = threading.Lock()
        self._live = LiveLibrary(settings)
        self.library = self._live.get()
        self.embedder = make_embedder(self.library.manifest.embed_model)
        self.retriever = self._build()

    def _build(self) -> HybridRetriever:
        return HybridRetriever(self.library, self.embedder, fusion=self.fusion, alpha=self.alpha, mode=self.mode)

    def refresh(self) -> None:
        """Switch to a newer generation if the indexer published one."""
        with self._lock:
            library = self._live.get()
            if library is not self.library:
                self.library = library
                self.retriever = self._build()

    def search(
        self, query: str, top_k: int = 5, *, locality: str | None = None, scope: Scope | None = None
    ) -> list[SearchHit]:
        self.refresh()
        return self.retriever.run(query, top_k, scope=scope, locality=locality)


def open_searcher(settings: Settings, **kwargs) -> Searcher:
    return Searcher(settings, **kwargs)
