"""The facts of a generation in SQLite: written once by the indexer, read by the answerer and the web tabs."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import asdict, fields
from pathlib import Path

from .facts import FACT_TYPES, AwardForm, Budget, LegalBasis, Milestone, ReportingFact, Responsibility, Target


def _columns(table: str) -> list[str]:
    return [f.name for f in fields(FACT_TYPES[table])]


def create_tables(conn: sqlite3.Connection) -> None:
    for table in FACT_TYPES:
        columns = ", ".join(f'"{c}" TEXT' for c in _columns(table))
        conn.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, {columns})")
        conn.execute(f"CREATE INDEX {table}_doc ON {table}(doc_id)")


def insert_rows(conn: sqlite3.Connection, table: str, rows: list) -> None:
    cols = _columns(table)
    quoted = ", ".join(f'"{c}"' for c in cols)
    values = [[json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v for v in asdict(f).values()] for f in rows]
    conn.executemany(f"INSERT INTO {table} ({quoted}) VALUES ({', '.join('?' * len(cols))})", values)


def copy_rows(conn: sqlite3.Connection, table: str, schema: str, doc_id: str) -> None:
    """Rows of *doc_id* from the attached database *schema*, in their order there."""
    quoted = ", ".join(f'"{c}"' for c in _columns(table))
    conn.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM {schema}.{table} WHERE doc_id = ? ORDER BY id",
                 (doc_id,))


def write_facts(path: Path, facts: dict[str, list]) -> None:
    conn = sqlite3.connect(str(path))
    try:
        create_tables(conn)
        for table in FACT_TYPES:
            insert_rows(conn, table, facts.get(table, []))
        conn.commit()
    finally:
        conn.close()


class FactStore:
    """Read-only access to a generation's facts.sqlite."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    def _rows(self, table: str, doc_ids: Sequence[str] | None) -> list:
        cls = FACT_TYPES[table]
        cols = [f.name for f in fields(cls)]
        quoted = ", ".join(f'"{c}"' for c in cols)
        sql = f"SELECT {quoted} FROM {table}"
        params: list[str] = []
        if doc_ids is not None:
            sql += f" WHERE doc_id IN ({', '.join('?' * len(doc_ids))})"
            params = list(doc_ids)
        out = []
        for row in self._conn.execute(sql + " ORDER BY id", params):
            values = {}
            for f, v in zip(fields(cls), row, strict=True):
                if f.type in ("list[str]",) or (isinstance(v, str) and v.startswith("[") and "list" in str(f.type)):
                    v = json.loads(v)
                elif "int" in str(f.type) and v is not None:
                    v = int(v)
                values[f.name] = v
            out.append(cls(**values))
        return out

    def reporting(self, doc_ids: Sequence[str] | None = None) -> list[ReportingFact]:
        return self._rows("reporting", doc_ids)

    def milestones(self, doc_ids: Sequence[str] | None = None) -> list[Milestone]:
        return self._rows("milestones", doc_ids)

    def responsibilities(self, doc_ids: Sequence[str] | None = None) -> list[Responsibility]:
        return self._rows("responsibilities", doc_ids)

    def targets(self, doc_ids: Sequence[str] | None = None) -> list[Target]:
        return self._rows("targets", doc_ids)

    def legal_bases(self, doc_ids: Sequence[str] | None = None) -> list[LegalBasis]:
        return self._rows("legal_bases", doc_ids)

    def awards(self, doc_ids: Sequence[str] | None = None) -> list[AwardForm]:
        return self._rows("awards", doc_ids)

    def budgets(self, doc_ids: Sequence[str] | None = None) -> list[Budget]:
        return self._rows("budgets", doc_ids)

    def close(self) -> None:
        self._conn.close()
