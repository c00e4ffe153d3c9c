"""👍/👎 feedback on answers, kept in SQLite under XHHT_HOME and exportable as eval questions."""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from index.textnorm import fold_ascii

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created TEXT NOT NULL,
    question TEXT NOT NULL,
    history TEXT NOT NULL,
    answer TEXT NOT NULL,
    abstained INTEGER NOT NULL,
    citations TEXT NOT NULL,
    rating INTEGER NOT NULL,
    comment TEXT NOT NULL,
    scope TEXT NOT NULL
)
"""
_CATEGORY_HINTS = [
    ("reporting", r"bao cao|gui ve|gui cho"),
    ("deadline_timeline", r"truoc ngay|thoi han|khi nao|bao gio|giai doan|so ket|tong ket|moc"),
    ("target", r"chi tieu|bao nhieu|ty le|phan tram|%"),
    ("funding", r"kinh phi|ngan sach|nguon von|tien"),
    ("awards", r"khen thuong|bang khen|giay khen|co thi dua"),
    ("legal_basis", r"can cu|quyet dinh|theo van ban"),
    ("criteria", r"tieu chi|tieu chuan|danh gia"),
    ("compare", r"so sanh|khac nhau|giong nhau"),
]


@dataclass(frozen=True)
class FeedbackRow:
    id: int
    created: str
    question: str
    history: list[str]
    answer: str
    abstained: bool
    citations: list[dict[str, Any]]
    rating: int
    comment: str
    scope: str


def guess_category(question: str, history: Sequence[str], abstained: bool, rating: int) -> str:
    if abstained and rating > 0:
        return "unanswerable"
    if history:
        return "followup"
    q = fold_ascii(question)
    for category, pattern in _CATEGORY_HINTS:
        if re.search(pattern, q):
            return category
    return "responsibility"


# the comment box stops here in the browser; the store holds the same line for any other client
MAX_COMMENT_CHARS = 2000


class FeedbackStore:
    """One SQLite file; a connection per call so any request thread may write."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as conn:
            conn.execute(_SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path, timeout=10)
        try:
            with conn:
                yield conn
        finally:
            conn.close()

    def record(
        self,
        *,
        question: str,
        history: Sequence[str],
        answer: str,
        abstained: bool,
        citations: Sequence[Mapping[str, Any]],
        rating: int,
        comment: str = "",
        scope: str = "",
        feedback_id: int | None = None,
    ) -> int:
        """Store a rating (+1 or -1); with `feedback_id`, replace that earlier rating of the same answer."""
        if rating not in (1, -1):
            raise ValueError("rating must be 1 or -1")
        values = (
            datetime.now(UTC).isoformat(timespec="seconds"), question, json.dumps(list(history), ensure_ascii=False),
            answer, int(abstained), json.dumps([dict(c) for c in citations], ensure_ascii=False), rating,
            comment.strip()[:MAX_COMMENT_CHARS], scope,
        )
        with self._lock, self._connect() as conn:
            if feedback_id is not None:
                cur = conn.execute(
                    "UPDATE feedback SET created=?, question=?, history=?, answer=?, abstained=?, citations=?, "
                    "rating=?, comment=?, scope=? WHERE id=?", (*values, feedback_id))
                if cur.rowcount:
                    return feedback_id
            cur = conn.execute(
                "INSERT INTO feedback (created, question, history, answer, abstained, citations, rating, comment, scope)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", values)
            return int(cur.lastrowid or 0)

    def rows(self) -> list[FeedbackRow]:
        with self._connect() as conn:
            found = conn.execute(
                "SELECT id, created, question, history, answer, abstained, citations, rating, comment, scope "
                "FROM feedback ORDER BY id").fetchall()
        return [
            FeedbackRow(r[0], r[1], r[2], json.loads(r[3]), r[4], bool(r[5]), json.loads(r[6]), r[7], r[8], r[9])
            for r in found
        ]

    def export_questions(self, out: Path) -> int:
        """Write every rated answer as one line of the eval question format; returns the count."""
        rows = self.rows()
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(to_question(row), ensure_ascii=False) + "\n")
        return len(rows)


def to_question(row: FeedbackRow) -> dict[str, Any]:
    """A draft eval question: a 👍 answer becomes the reference; a 👎 one waits for a curator's answer."""
    good = row.rating > 0
    sources = sorted({str(c.get("source", "")) for c in row.citations if c.get("source")})
    question: dict[str, Any] = {
        "id": f"fb-{row.id:04d}",
        "question": row.question,
        "category": guess_category(row.question, row.history, row.abstained, row.rating),
        "answerable": not (row.abstained and good),
        "must_include": [],
        "sources": sources if good else [],
        "evidence": [str(c.get("quote", "")) for c in row.citations] if good else [],
        "answer": row.answer if good and not row.abstained else "",
        "feedback": {
            "rating": "up" if good else "down",
            "comment": row.comment,
            "given_answer": row.answer,
            "created": row.created,
            "scope": row.scope,
        },
    }
    if row.history:
        question["history"] = list(row.history)
    return question
