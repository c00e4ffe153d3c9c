"""Quiz results in SQLite (``XHHT_HOME/quiz.sqlite``): one row per session, one per answered question.

Created on first use. Every operation opens its own connection under a lock, so the web app's threads and
the CLI can share one file; WAL lets readers and a writer work side by side.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from index.errors import XhhtError

SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    session_id TEXT PRIMARY KEY,
    learner TEXT,
    scope TEXT NOT NULL,
    seed INTEGER,
    n_items INTEGER NOT NULL,
    started TEXT NOT NULL,
    finished TEXT,
    n_correct INTEGER
);
CREATE TABLE IF NOT EXISTS attempts (
    id INTEGER PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(session_id),
    position INTEGER NOT NULL,
    item_id TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    slot TEXT NOT NULL,
    question TEXT NOT NULL,
    options TEXT NOT NULL,
    chosen INTEGER NOT NULL,
    correct_index INTEGER NOT NULL,
    is_correct INTEGER NOT NULL,
    citation_section TEXT NOT NULL,
    citation_quote TEXT NOT NULL,
    answered_at TEXT NOT NULL,
    UNIQUE (session_id, position)
);
CREATE INDEX IF NOT EXISTS attempts_session ON attempts(session_id);
"""

CSV_COLUMNS = ["session_id", "learner", "scope", "started", "finished", "position", "item_id", "doc_id", "slot",
               "question", "options", "chosen", "chosen_option", "correct", "correct_option", "is_correct",
               "citation_section", "citation_quote", "answered_at"]
LETTERS = "ABCD"


class QuizStoreError(XhhtError):
    """The results file cannot be read or written."""


@dataclass(frozen=True)
class Attempt:
    session_id: str
    position: int
    item_id: str
    doc_id: str
    slot: str
    question: str
    options: tuple[str, ...]
    chosen: int
    correct_index: int
    citation_section: str
    citation_quote: str
    answered_at: str

    @property
    def is_correct(self) -> bool:
        return self.chosen == self.correct_index


class QuizStore:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._ready = False

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                if not self._ready:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(str(self.path), timeout=30)
            except (OSError, sqlite3.Error) as exc:
                raise QuizStoreError(f"không mở được tệp kết quả {self.path}: {exc}") from exc
            try:
                conn.row_factory = sqlite3.Row
                if not self._ready:
                    conn.execute("PRAGMA journal_mode=WAL")
                    conn.executescript(SCHEMA)
                    self._ready = True
                with conn:
                    yield conn
            except sqlite3.Error as exc:
                raise QuizStoreError(f"lỗi khi ghi/đọc kết quả ôn tập ({self.path}): {exc}") from exc
            finally:
                conn.close()

    def start_session(self, session_id: str, *, learner: str | None, scope: str, seed: int | None, n_items: int,
                      started: str) -> None:
        with self._connect() as conn:
            conn.execute("INSERT INTO sessions (session_id, learner, scope, seed, n_items, started) VALUES (?,?,?,?,?,?)",
                         (session_id, learner, scope, seed, n_items, started))

    def record(self, attempt: Attempt) -> None:
        with self._connect() as conn:
            conn.execute(
                "INSERT INTO attempts (session_id, position, item_id, doc_id, slot, question, options, chosen,"
                " correct_index, is_correct, citation_section, citation_quote, answered_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (attempt.session_id, attempt.position, attempt.item_id, attempt.doc_id, attempt.slot, attempt.question,
                 json.dumps(list(attempt.options), ensure_ascii=False), attempt.chosen, attempt.correct_index,
                 int(attempt.is_correct), attempt.citation_section, attempt.citation_quote, attempt.answered_at))

    def finish_session(self, session_id: str, *, finished: str, n_correct: int) -> None:
        with self._connect() as conn:
            conn.execute("UPDATE sessions SET finished = ?, n_correct = ? WHERE session_id = ?",
                         (finished, n_correct, session_id))

    def sessions(self) -> list[dict]:
        with self._connect() as conn:
            return [dict(r) for r in conn.execute("SELECT * FROM sessions ORDER BY started, session_id")]

    def rows(self, session_id: str | None = None) -> list[dict]:
        """Every stored answer with its session, as CSV_COLUMNS (options as 'A. …' lines)."""
        sql = ("SELECT a.*, s.learner, s.scope, s.started, s.finished FROM attempts a"
               " JOIN sessions s ON s.session_id = a.session_id")
        params: tuple = ()
        if session_id is not None:
            sql += " WHERE a.session_id = ?"
            params = (session_id,)
        with self._connect() as conn:
            raw = [dict(r) for r in conn.execute(sql + " ORDER BY s.started, a.session_id, a.position", params)]
        out = []
        for r in raw:
            options = json.loads(r["options"])
            out.append({
                "session_id": r["session_id"], "learner": r["learner"] or "", "scope": r["scope"],
                "started": r["started"], "finished": r["finished"] or "", "position": r["position"],
                "item_id": r["item_id"], "doc_id": r["doc_id"], "slot": r["slot"], "question": r["question"],
                "options": "\n".join(f"{LETTERS[i]}. {o}" for i, o in enumerate(options)),
                "chosen": LETTERS[r["chosen"]], "chosen_option": options[r["chosen"]],
                "correct": LETTERS[r["correct_index"]], "correct_option": options[r["correct_index"]],
                "is_correct": r["is_correct"], "citation_section": r["citation_section"],
                "citation_quote": r["citation_quote"], "answered_at": r["answered_at"],
            })
        return out

    def export_csv(self, path: Path) -> int:
        """Write every stored answer to *path* (UTF-8 with BOM, so spreadsheet programs read the accents); the row count."""
        rows = self.rows()
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            with open(path, "w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS)
                writer.writeheader()
                writer.writerows(rows)
        except OSError as exc:
            raise QuizStoreError(f"không ghi được tệp {path}: {exc}") from exc
        return len(rows)
