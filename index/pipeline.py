"""Indexer: files in, a new published generation out (or nothing, if nothing changed)."""

from __future__ import annotations

import fcntl
import json
import logging
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from . import PIPELINE_VERSION
from .clean import clean_text
from .documents import DocumentMeta, parse_file
from .embedders import EmbeddingCache, make_embedder
from .errors import IndexBusy, LoadError, XhhtError
from .factbuild import write_facts_reusing
from .lexical import LexicalIndex
from .loaders import SUPPORTED_SUFFIXES, load_file, unsupported_reason
from .sections import Chunk, chunk_document
from .settings import Settings
from .sources import Skipped, SourceFile, discover, file_sha256, inside
from .store import (
    VECTOR_KEYS,
    Manifest,
    current_generation,
    prune_server,
    publish_generation,
    remove_generation,
)
from .vector_store import VectorStore
from .vectorkeys import VectorTexts

log = logging.getLogger(__name__)



@dataclass
class IndexReport:
    generation: str | None
    changed: bool
    documents: int
    chunks: int
    files_indexed: int
    files_reused: int
    embedded: int  # vectors computed in this run (chunks sharing a body share one)
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.skipped


ProgressFn = Callable[[str, int, int], None]


def _noop(stage: str, done: int, total: int) -> None:
    pass


def parse_source(path: Path, source: str, max_bytes: int) -> tuple[list[DocumentMeta], list[Chunk]]:
    loaded = load_file(path, max_bytes=max_bytes)
    paragraphs = clean_text(loaded.text)
    if not paragraphs:
        raise LoadError(source, "không còn nội dung sau khi làm sạch")
    docs = parse_file(paragraphs, source)
    chunks = [c for doc in docs for c in chunk_document(doc)]
    if not chunks:
        raise LoadError(source, "không tách được đoạn văn bản nào")
    return [d.meta for d in docs], chunks


@contextmanager
def index_lock(settings: Settings) -> Iterator[None]:
    settings.home.mkdir(parents=True, exist_ok=True)
    with open(settings.home / "index.lock", "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise IndexBusy("một lần lập chỉ mục khác đang chạy; hãy đợi nó xong") from None
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


class Indexer:
    """Builds a new generation from source files, reusing unchanged work."""

    def __init__(self, settings: Settings, progress: ProgressFn | None = None) -> None:
        self.settings = settings
        self.progress = progress or _noop

    def run(self, paths: Sequence[Path] | None = None, *, rebuild: bool = False) -> IndexReport:
        """Index the corpus folders, or add/update the given paths in the current index.

        Without paths the corpus folders are synchronised (files gone from them leave the index;
        files added earlier from elsewhere stay while they exist). With paths, only those are read
        and everything else indexed before is kept. `rebuild` starts over from what is given.
        """
        started = time.perf_counter()
        settings = self.settings
        explicit = list(paths or [])
        with index_lock(settings):
            settings.index_dir.mkdir(parents=True, exist_ok=True)
            embedder = make_embedder(settings.embed_model)
            store_id = settings.chroma_url or "embedded"
            previous_name = current_generation(settings.index_dir)
            previous = self._load_previous(previous_name, embedder.name, store_id) if not rebuild else None
            earlier = {} if rebuild else self._previous_files(previous_name)
            self._collect_garbage(keep={previous_name}, embedder_name=embedder.name)

            files, skipped = discover(explicit or list(settings.corpus), settings.corpus)
            files.extend(self._kept_from_before(earlier, {f.source for f in files}, previous, explicit))
            file_entries: dict[str, dict] = {}
            documents: list[DocumentMeta] = []
            chunks: list[Chunk] = []
            reused = indexed = 0
            for i, sf in enumerate(files):
                self.progress("Đọc tệp", i, len(files))
                old = previous["files"].get(sf.source) if previous else None
                if sf.path is None:  # kept from the previous generation without reading it again
                    documents.extend(previous["documents"].get(sf.source, []))
                    chunks.extend(previous["chunks"].get(sf.source, []))
                    file_entries[sf.source] = old
                    reused += 1
                    continue
                if sf.path.suffix.lower() not in SUPPORTED_SUFFIXES:
                    skipped.append(Skipped(sf.source, unsupported_reason(sf.path.suffix)))
                    continue
                try:
                    digest = file_sha256(sf.path)
                except OSError as exc:
                    skipped.append(Skipped(sf.source, f"không đọc được tệp ({exc.strerror})"))
                    continue
                if old and old["sha256"] == digest:
                    documents.extend(previous["documents"].get(sf.source, []))
                    chunks.extend(previous["chunks"].get(sf.source, []))
                    reused += 1
                else:
                    try:
                        docs, file_chunks = parse_source(sf.path, sf.source, settings.max_file_bytes)
                    except LoadError as exc:
                        skipped.append(Skipped(sf.source, exc.reason))
                        continue
                    except Exception as exc:  # a parser bug must not kill the whole run
                        log.exception("unexpected failure on %s", sf.path)
                        skipped.append(Skipped(sf.source, f"lỗi khi xử lý ({type(exc).__name__}: {exc})"))
                        continue
                    documents.extend(docs)
                    chunks.extend(file_chunks)
                    indexed += 1
                entry: dict = {"sha256": digest, "size": sf.path.stat().st_size}
                if not inside(sf.path, settings.corpus):
                    entry["path"] = str(sf.path.resolve())  # added from elsewhere: found again on a plain run
                file_entries[sf.source] = entry
            self.progress("Đọc tệp", len(files), len(files))
            self._dedupe_ids(documents, chunks)

            unchanged = (
                previous is not None
                and previous["manifest"].files == file_entries
                and indexed == 0
            )
            if unchanged:
                return IndexReport(
                    generation=previous_name,
                    changed=False,
                    documents=len(documents),
                    chunks=len(chunks),
                    files_indexed=0,
                    files_reused=reused,
                    embedded=0,
                    skipped=skipped,
                    seconds=time.perf_counter() - started,
                )
            if not chunks:
                # name what was wrong (a missing folder, bad files): this is all the user sees
                reasons = "; ".join(f"{s.source}: {s.reason}" for s in skipped[:3])
                if len(skipped) > 3:
                    reasons += f"; và {len(skipped) - 3} tệp khác"
                raise XhhtError(
                    "không có tài liệu nào lập chỉ mục được"
                    + (f" ({reasons})" if reasons else "")
                    + ("; chỉ mục cũ vẫn được giữ nguyên" if previous_name else "")
                )

            docs_by_id = {d.doc_id: d for d in documents}
            keyed = VectorTexts.of(embedder.name, chunks, docs_by_id)
            vectors, embedded = self._embed(embedder, keyed.texts)
            generation = datetime.now(UTC).strftime("g-%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
            self._write_generation(generation, embedder.name, store_id, file_entries, skipped, documents, chunks,
                                   keyed, vectors, previous_name if previous is not None else None)
            publish_generation(settings.index_dir, generation)
            self._collect_garbage(keep={generation, previous_name}, embedder_name=embedder.name)
            if settings.chroma_url:  # only after a switch: rows left by a crashed run wait harmlessly till then
                prune_server(settings, {generation, *([previous_name] if previous_name else [])}, embedder.name)
            return IndexReport(
                generation=generation,
                changed=True,
                documents=len(documents),
                chunks=len(chunks),
                files_indexed=indexed,
                files_reused=reused,
                embedded=embedded,
                skipped=skipped,
                seconds=time.perf_counter() - started,
            )

    # -- steps ---------------------------------------------------------------

    def _previous_files(self, name: str | None) -> dict[str, dict]:
        """What the live generation indexed, even when its pipeline or embedder is out of date."""
        if name is None:
            return {}
        try:
            return Manifest.load(self.settings.index_dir / name / "manifest.json").files
        except (OSError, ValueError, TypeError):
            return {}

    def _kept_from_before(
        self, earlier: dict[str, dict], given: set[str], previous: dict | None, explicit: list[Path]
    ) -> list[SourceFile]:
        """Files indexed before that this run keeps: all of them when paths are given, else those
        added from outside the corpus folders that still exist."""
        kept: list[SourceFile] = []
        for source, entry in earlier.items():
            if source in given:
                continue
            outside = entry.get("path")
            if not explicit and not (outside and Path(outside).is_file()):
                continue
            if previous is not None and source in previous["documents"] and not outside:
                kept.append(SourceFile(source, None))
                continue
            path = Path(outside) if outside else next(
                (root / source for root in self.settings.corpus if (root / source).is_file()), None
            )
            if path is not None and path.is_file():
                kept.append(SourceFile(source, path))
            else:
                log.warning("%s was indexed before but can no longer be read; it leaves the index", source)
        return kept

    def _load_previous(self, name: str | None, embedder_name: str, store_id: str) -> dict | None:
        if name is None:
            return None
        path = self.settings.index_dir / name
        try:
            manifest = Manifest.load(path / "manifest.json")
            if (
                manifest.pipeline_version != PIPELINE_VERSION
                or manifest.embedder != embedder_name
                or manifest.store != store_id
            ):
                return None
            docs = [DocumentMeta.from_dict(d) for d in json.loads((path / "documents.json").read_text("utf-8"))]
            with open(path / "chunks.jsonl", encoding="utf-8") as fh:
                chunks = [Chunk(**json.loads(line)) for line in fh if line.strip()]
        except (OSError, ValueError, TypeError) as exc:
            log.warning("previous generation %s unreadable, rebuilding: %s", name, exc)
            return None
        by_source_docs: dict[str, list[DocumentMeta]] = {}
        by_source_chunks: dict[str, list[Chunk]] = {}
        for d in docs:
            by_source_docs.setdefault(d.source, []).append(d)
        for c in chunks:
            by_source_chunks.setdefault(c.source, []).append(c)
        return {
            "manifest": manifest,
            "files": manifest.files,
            "documents": by_source_docs,
            "chunks": by_source_chunks,
        }

    @staticmethod
    def _dedupe_ids(documents: list[DocumentMeta], chunks: list[Chunk]) -> None:
        """Two files may yield the same document id (a copy, a new version): suffix the later."""
        seen: dict[str, int] = {}
        renames: dict[tuple[str, str], str] = {}
        for doc in documents:
            count = seen.get(doc.doc_id, 0) + 1
            seen[doc.doc_id] = count
            if count > 1:
                new_id = f"{doc.doc_id}-{count}"
                renames[(doc.source, doc.doc_id)] = new_id
                doc.doc_id = new_id
        if renames:
            for chunk in chunks:
                new_id = renames.get((chunk.source, chunk.doc_id))
                if new_id:
                    chunk.chunk_id = new_id + chunk.chunk_id[len(chunk.doc_id):]
                    chunk.doc_id = new_id
        taken: set[str] = set()
        for chunk in chunks:  # the vector store refuses a repeated id: never hand it one
            if chunk.chunk_id in taken:
                chunk.chunk_id = f"{chunk.chunk_id}-{chunk.ordinal}"
            taken.add(chunk.chunk_id)

    def _embed(self, embedder, texts: dict[str, str]) -> tuple[dict[str, np.ndarray], int]:
        """A vector for every distinct text (by key), from the cache or the embedder."""
        cache = EmbeddingCache(self.settings.home / "embeddings" / f"{embedder.name}.sqlite")
        try:
            keys = list(texts)
            found = cache.get_many(keys)
            # by length: a batch of similar lengths pads less (sentence-transformers: 20 → 35 texts/s on the CPU)
            todo = sorted((k for k in keys if k not in found), key=lambda k: len(texts[k]))
            batch_size = getattr(embedder, "batch_size", 8)
            for start in range(0, len(todo), batch_size):
                self.progress("Tạo vector", start, len(todo))
                batch = todo[start : start + batch_size]
                new = dict(zip(batch, embedder.embed_passages([texts[k] for k in batch]), strict=True))
                cache.put_many(new)  # saved as we go: an interrupted run keeps its work
                found.update(new)
            self.progress("Tạo vector", len(todo), len(todo))
            return found, len(todo)
        finally:
            cache.close()

    def _write_generation(
        self,
        generation: str,
        embedder_name: str,
        store_id: str,
        files: dict[str, dict],
        skipped: list[Skipped],
        documents: list[DocumentMeta],
        chunks: list[Chunk],
        keyed: VectorTexts,
        vectors: dict[str, np.ndarray],
        previous: str | None,
    ) -> None:
        path = self.settings.index_dir / generation
        path.mkdir(parents=True)
        before = self.settings.index_dir / previous if previous else None
        self.progress("Ghi chỉ mục", 0, 4)
        (path / "documents.json").write_text(
            json.dumps([d.to_dict() for d in documents], ensure_ascii=False, indent=1), encoding="utf-8"
        )
        with open(path / "chunks.jsonl", "w", encoding="utf-8") as fh:
            for c in chunks:
                fh.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
        (path / VECTOR_KEYS).write_text(json.dumps({"body": keyed.body, "context": keyed.context}), encoding="utf-8")
        old_lexical = _try_load(LexicalIndex.load, before / "bm25") if before else None
        LexicalIndex.build([c.index_text for c in chunks], previous=old_lexical,
                           progress=lambda done, total: self.progress("Chỉ mục từ khóa", done, total)).save(path / "bm25")
        write_facts_reusing(path, documents, chunks, before,
                            progress=lambda done, total: self.progress("Trích dữ kiện", done, total))
        self.progress("Ghi chỉ mục", 2, 4)
        store = VectorStore(self.settings, path, embedder_name, self.settings.embed_model)
        try:
            store.open_for_writing()
            wanted = list(keyed.texts)
            present = store.existing(wanted) if store.server else set()
            new = [k for k in wanted if k not in present]
            store.add(
                new,
                np.stack([vectors[k] for k in new]) if new else np.zeros((0, 1), dtype=np.float32),
                [{"role": keyed.roles[k]} for k in new],
                [keyed.texts[k] for k in new],
            )
        finally:
            store.close()
        self.progress("Ghi chỉ mục", 3, 4)
        manifest = Manifest(
            generation=generation,
            pipeline_version=PIPELINE_VERSION,
            embedder=embedder_name,
            embed_model=self.settings.embed_model,
            store=store_id,
            files=files,
            skipped=[{"source": s.source, "reason": s.reason} for s in skipped],
            documents=len(documents),
            chunks=len(chunks),
            created=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        # the manifest is written last: a generation without one is incomplete
        tmp = path / "manifest.json.tmp"
        tmp.write_text(manifest.to_json(), encoding="utf-8")
        tmp.replace(path / "manifest.json")
        self.progress("Ghi chỉ mục", 4, 4)

    def _collect_garbage(self, keep: set[str | None], embedder_name: str) -> None:
        index_dir = self.settings.index_dir
        for child in index_dir.iterdir():
            if child.is_dir() and child.name.startswith("g-") and child.name not in keep:
                remove_generation(self.settings, child.name, embedder_name)


def _try_load(load: Callable[[Path], object], path: Path):
    try:
        return load(path)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        if not isinstance(exc, FileNotFoundError):
            log.warning("could not reuse %s: %s", path, exc)
        return None
