"""A Library that follows the index: reopened when the indexer publishes a new generation."""

from __future__ import annotations

from collections import Counter

from index.documents import DocumentMeta
from index.sections import Chunk
from index.store import LiveLibrary as StoreLiveLibrary


class LiveLibrary(StoreLiveLibrary):
    """The live Library with the read helpers the web tabs need."""

    def documents(self) -> list[DocumentMeta]:
        return list(self.get().documents)

    def document(self, doc_id: str) -> DocumentMeta | None:
        return self.get().documents_by_id.get(doc_id)

    def chunks_of(self, doc_id: str) -> list[Chunk]:
        return self.get().chunks_of(doc_id)

    def chunk_counts(self) -> Counter[str]:
        return Counter(c.doc_id for c in self.get().chunks)
