"""The milestones slot: each sơ kết / tổng kết with the time its clause gives."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.documents import DocumentMeta
from index.textnorm import fold

from .profile_model import MilestoneItem
from .profile_text import Unit, cite, clause_piece, clause_span, display, sub_clause

_REVIEW = re.compile(r"sơ kết|tổng kết", re.I)
_WHEN = re.compile(
    r"(?:ngày\s+\d{1,2}/\d{1,2}/|(?:(?:cuối|đầu|giữa)\s+)?(?:quý\s+(?:[IV]+|\d)\s+năm\s+|tháng\s+\d{1,2}\s+năm\s+|tháng\s+\d{1,2}/|năm\s+))"
    r"((?:19|20)\d{2})\b",
    re.I,
)


def _review_when(clause: str, start: int, end: int) -> re.Match[str] | None:
    """The time a sơ kết/tổng kết at clause[start:end] falls: a day, month or quarter after it, else a year after
    it, else the nearest month, quarter or year before it (never across another sơ kết/tổng kết, never the
    date of a cited document "số 905/SGDĐT ngày 12/5/2025")."""
    def usable(m: re.Match[str]) -> bool:
        return not re.search(r"\d+/[A-ZĐ][\w-]*\s*$", clause[max(0, m.start() - 30): m.start()])

    nxt = _REVIEW.search(clause, end)
    after = [m for m in _WHEN.finditer(clause, end, nxt.start() if nxt else len(clause)) if usable(m)]
    precise = [m for m in after if not m.group(0).lower().startswith("năm")]
    if precise or after:
        return (precise or after)[0]
    prev = list(_REVIEW.finditer(clause, 0, start))
    lo = prev[-1].end() if prev else 0
    before = [m for m in _WHEN.finditer(clause, lo, start) if usable(m) and not m.group(0).startswith("ngày")]
    return before[-1] if before else None


def read_milestones(doc: DocumentMeta, units: Sequence[Unit]) -> list[MilestoneItem]:
    """Sơ kết / tổng kết with the time the clause gives; a report called "báo cáo sơ kết" is a deadline, not one."""
    found: dict[tuple[str, int, str], MilestoneItem] = {}
    for u in units:
        for m in _REVIEW.finditer(u.text):
            if re.search(r"báo cáo\s*$", u.text[: m.start()], re.I):
                continue
            begin, stop = clause_span(u.text, m.start(), m.end())
            when = _review_when(u.text[begin:stop], m.start() - begin, m.end() - begin)
            if when is None:
                continue
            kind = m.group(0).lower()
            year = int(when.group(1))
            piece = sub_clause(u.text, m.start(), m.end())
            text = when.group(0)
            shown = f"{kind.capitalize()}: {text[:1].lower() + text[1:]} — {display(*clause_piece(piece, 180))}"
            item = MilestoneItem(kind, year, text, cite(doc, u.chunk.section, shown, piece))
            found.setdefault((kind, year, fold(text)), item)
    items = list(found.values())
    precise = {(i.kind, i.year) for i in items if not i.when.lower().startswith("năm")}
    items = [i for i in items if not (i.when.lower().startswith("năm") and (i.kind, i.year) in precise)]
    return sorted(items, key=lambda i: (i.year or 0, i.kind != "sơ kết"))
