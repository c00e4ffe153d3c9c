"""What a plan sets out to do and over which years: the clauses under its "Mục đích" heading, and its phases."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.clauses import strip_marker
from index.documents import DocumentMeta
from index.textnorm import fold

from .profile_model import Cited, Phase
from .profile_text import Unit, cite, clause_piece, display, is_heading_or_lead, section_parts

MAX_PURPOSE = 4

_OTHER_HEADS = ("yêu cầu", "chỉ tiêu", "mục tiêu", "nhiệm vụ", "tổ chức", "kinh phí", "nội dung", "giải pháp")


def _in_purpose(section: str, head: str = "mục đích") -> bool:
    parts = section_parts(section)
    idx = [i for i, p in enumerate(parts) if p.startswith(head)]
    if not idx:
        return False
    return not any(p.startswith(_OTHER_HEADS) and len(p) < 40 for p in parts[idx[-1] + 1:])


def read_purpose(doc: DocumentMeta, units: Sequence[Unit]) -> list[Cited]:
    for head in ("mục đích", "mục tiêu chung"):
        out: list[Cited] = []
        for u in units:
            if not _in_purpose(u.chunk.section, head) or is_heading_or_lead(u):
                continue
            body = fold(strip_marker(u.text))
            if body.startswith(_OTHER_HEADS) and not body.startswith(head) and len(body) < 40:
                break  # "Yêu cầu:" inline under a joint heading
            piece, cut = clause_piece(u.text)
            if len(piece) >= 20:
                out.append(cite(doc, u.chunk.section, display(piece, cut), piece))
            if len(out) >= MAX_PURPOSE:
                break
        if out:
            return out
    return []


_PHASE = re.compile(
    r"Giai đoạn\s+(\d|[IV]+)\s*[(:]\s*(?:từ\s+)?(?:năm\s+)?(\d{4})\s*(?:-|–|đến)\s*(?:năm\s+)?(\d{4})\)?", re.I
)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}


def read_phases(doc: DocumentMeta, units: Sequence[Unit]) -> list[Phase]:
    """Each "Giai đoạn n (yyyy – yyyy)" once, in phase order."""
    found: dict[int, Phase] = {}
    for u in units:
        for m in _PHASE.finditer(u.text):
            n = int(m.group(1)) if m.group(1).isdigit() else _ROMAN.get(m.group(1).upper(), 0)
            start, end = int(m.group(2)), int(m.group(3))
            if n in found or not (1 <= n <= 9) or not (1990 < start <= end < 2100):
                continue
            found[n] = Phase(name=f"Giai đoạn {n}", start=start, end=end,
                             cite=cite(doc, u.chunk.section, f"Giai đoạn {n}: {start}–{end}", m.group(0)))
    return [found[n] for n in sorted(found)]
