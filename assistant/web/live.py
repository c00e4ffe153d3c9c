"""A Library that follows the index: reopened when the indexer publishes a new generation."""

from __future__ import annotations

import threading
from collections import Counter

from index.documents import DocumentMeta
from index.sections import Chunk
from index.settings import Settings
from index.store import Library


class LiveLibrary:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._current: Library | None = None
        self._retired: Library | None = None

    def get(self) -> Library:
        with self._lock:
            if self._current is None or self._current.is_stale():
                fresh = Library.open(self.settings)
                if self._retired is not None:  # closed one generation late: a reader may still hold it
                    self._retired.close()
                self._retired, self._current = self._current, fresh
            return self._current

    def documents(self) -> list[DocumentMeta]:
        return list(self.get().documents)

    def document(self, doc_id: str) -> DocumentMeta | None:
        return self.get().documents_by_id.get(doc_id)

    def chunks_of(self, doc_id: str) -> list[Chunk]:
        return self.get().chunks_of(doc_id)

    def chunk_counts(self) -> Counter[str]:
        return Counter(c.doc_id for c in self.get().chunks)

    def close(self) -> None:
        with self._lock:
            for lib in (self._current, self._retired):
                if lib is not None:
                    lib.close()
            self._current = self._retired = None
