"""A generation's facts: extracted per document, reusing the previous generation's rows of every document
whose metadata and chunks are unchanged (extraction costs 1.5–2.5 ms a chunk: a one-file change at
45,000 chunks must not redo it all). Rows keep document order, so the result equals a fresh extraction."""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from .documents import DocumentMeta
from .facts import FACT_TYPES, extract_facts
from .factstore import copy_rows, create_tables, insert_rows
from .sections import Chunk

log = logging.getLogger(__name__)

FACT_DIGESTS = "facts_docs.json"


def _read_json(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("could not reuse %s: %s", path, exc)
        return None


def _document_digest(meta: DocumentMeta, chunks: list[Chunk]) -> str:
    digest = hashlib.sha1(json.dumps(meta.to_dict(), ensure_ascii=False, sort_keys=True).encode())
    for c in chunks:
        digest.update(f"\0{c.chunk_id}\0{c.section}\0{c.text}".encode())
    return digest.hexdigest()



def write_facts_reusing(path: Path, documents: list[DocumentMeta], chunks: list[Chunk], before: Path | None,
                        progress: Callable[[int, int], None] | None = None) -> None:
    """Facts per document; a document whose text and metadata are unchanged keeps the previous rows."""
    by_doc: dict[str, list[Chunk]] = {}
    for c in chunks:
        by_doc.setdefault(c.doc_id, []).append(c)
    digests = {d.doc_id: _document_digest(d, by_doc.get(d.doc_id, [])) for d in documents}
    old_digests = _read_json(before / FACT_DIGESTS) if before else None
    kept = {doc_id for doc_id, digest in digests.items() if old_digests and old_digests.get(doc_id) == digest}
    changed = [d for d in documents if d.doc_id not in kept]
    conn = sqlite3.connect(str(path / "facts.sqlite"))
    try:
        create_tables(conn)
        if kept and before is not None:
            conn.execute("ATTACH DATABASE ? AS previous", (str(before / "facts.sqlite"),))
        done = 0
        for doc in documents:  # in document order, as a fresh extraction writes them
            if doc.doc_id in kept:
                for table in FACT_TYPES:
                    copy_rows(conn, table, "previous", doc.doc_id)
                continue
            if progress and done % 20 == 0:
                progress(done, len(changed))
            done += 1
            # facts of one document never depend on another's
            for table, rows in extract_facts([doc], by_doc.get(doc.doc_id, [])).items():
                insert_rows(conn, table, rows)
        conn.commit()
    finally:
        conn.close()
    if progress:
        progress(len(changed), len(changed))
    (path / FACT_DIGESTS).write_text(json.dumps(digests), encoding="utf-8")
