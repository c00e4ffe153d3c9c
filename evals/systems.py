"""The systems the harness can evaluate, all answering in the `ask --json` shape."""

from __future__ import annotations

import hashlib
import time
from typing import Protocol

from index.settings import Settings

from .questions import Question

RETRIEVED_IN_OUTPUT = 10


class System(Protocol):
    name: str

    def answer(self, question: Question) -> dict: ...


def _retrieved(items: list[dict]) -> list[dict]:
    return [
        {"source": h["source"], "section": h.get("section", ""), "text": h["text"], "score": h.get("score", 0.0)}
        for h in items[:RETRIEVED_IN_OUTPUT]
    ]


def first_chunk_answer(question: Question, hits: list[dict], latency_ms: float) -> dict:
    """The `ask --json` shape for a system whose answer is simply its first retrieved chunk."""
    first = hits[0] if hits else None
    citation = None
    if first:
        citation = {key: first.get(key, "") for key in ("source", "doc_id", "title", "number", "section")}
        citation.update(n=1, quote=first["text"])
    return {
        "question": question.question,
        "answer": first["text"] if first else "",
        "abstained": first is None,
        "citations": [citation] if citation else [],
        "retrieved": _retrieved(hits),
        "latency_ms": latency_ms,
    }


class RetrievalOnly:
    """A retriever whose 'answer' is its first chunk (shows what each stage alone finds)."""

    def __init__(self, settings: Settings, mode: str, fusion: str | None = None, label: str | None = None):
        from assistant.searcher import Searcher

        self.searcher = Searcher(settings, mode=mode, fusion=fusion)
        self.name = label or mode

    def answer(self, question: Question) -> dict:
        query = " ".join([*question.history[-1:], question.question])
        started = time.perf_counter()
        hits = [h.to_dict() for h in self.searcher.search(query, top_k=RETRIEVED_IN_OUTPUT)]
        return first_chunk_answer(question, hits, (time.perf_counter() - started) * 1000)


class NaiveRag:
    """The afternoon RAG: LangChain splitter 1000/200 over raw text, same embeddings in
    Chroma, top-5 chunks, the first chunk as the answer."""

    name = "naive"

    def __init__(self, settings: Settings) -> None:
        import chromadb
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        from index.embedders import EmbeddingCache, XhhtEmbeddingFunction, make_embedder
        from index.loaders import SUPPORTED_SUFFIXES, load_file
        from index.vector_store import chroma_settings

        self.embedder = make_embedder(settings.embed_model)
        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
        texts: list[str] = []
        metas: list[dict] = []
        for root, path in sorted((folder, p) for folder in settings.corpus for p in folder.rglob("*")):
            if path.suffix.lower() not in SUPPORTED_SUFFIXES or not path.is_file():
                continue
            try:
                loaded = load_file(path, max_bytes=settings.max_file_bytes)
            except Exception:
                continue
            for piece in splitter.split_text(loaded.text):
                texts.append(piece)
                metas.append({"source": path.relative_to(root).as_posix()})
        cache = EmbeddingCache(settings.home / "embeddings" / f"{self.embedder.name}.sqlite")
        try:
            keys = [hashlib.sha1(f"naive\n{self.embedder.name}\n{t}".encode()).hexdigest() for t in texts]
            found = cache.get_many(keys)
            missing = [i for i, k in enumerate(keys) if k not in found]
            for start in range(0, len(missing), 8):
                batch = missing[start : start + 8]
                vectors = self.embedder.embed_passages([texts[i] for i in batch])
                new = {keys[i]: v for i, v in zip(batch, vectors, strict=True)}
                cache.put_many(new)
                found.update(new)
        finally:
            cache.close()
        client = chromadb.EphemeralClient(settings=chroma_settings())
        name = f"naive-{self.embedder.name}"
        try:
            client.delete_collection(name)
        except Exception:
            pass
        self.collection = client.create_collection(
            name, embedding_function=XhhtEmbeddingFunction(settings.embed_model), metadata={"hnsw:space": "cosine"}
        )
        self.collection.add(
            ids=[str(i) for i in range(len(texts))],
            embeddings=[found[k].tolist() for k in keys],
            documents=texts,
            metadatas=metas,
        )

    def answer(self, question: Question) -> dict:
        started = time.perf_counter()
        vector = self.embedder.embed_query(question.question)
        result = self.collection.query(query_embeddings=[vector.tolist()], n_results=5)
        latency = (time.perf_counter() - started) * 1000
        docs = result["documents"][0]
        metas = result["metadatas"][0]
        dists = result["distances"][0]
        hits = [
            {"source": m["source"], "section": "", "text": d, "score": 1 - float(s)}
            for d, m, s in zip(docs, metas, dists, strict=True)
        ]
        return first_chunk_answer(question, hits, latency)


class FullAssistant:
    """The product: `xhht ask` in process, with the conversation history."""

    name = "assistant"

    def __init__(self, settings: Settings) -> None:
        from assistant.llm import open_assistant

        self.assistant = open_assistant(settings)

    def answer(self, question: Question) -> dict:
        started = time.perf_counter()
        result = self.assistant.ask(question.question, history=question.history)
        data = result.to_dict()
        data["latency_ms"] = (time.perf_counter() - started) * 1000
        data["retrieved"] = data.get("retrieved", [])[:RETRIEVED_IN_OUTPUT]
        return data


def build_system(name: str, settings: Settings) -> System:
    if name == "assistant":
        return FullAssistant(settings)
    if name == "hybrid":
        return RetrievalOnly(settings, "hybrid", label="hybrid")
    if name == "hybrid-rrf":
        return RetrievalOnly(settings, "hybrid", fusion="rrf", label="hybrid-rrf")
    if name in ("bm25", "dense"):
        return RetrievalOnly(settings, name)
    if name == "naive":
        return NaiveRag(settings)
    raise ValueError(f"unknown system {name!r}")


COMPARE_SYSTEMS = ["naive", "dense", "bm25", "hybrid-rrf", "hybrid", "assistant"]
