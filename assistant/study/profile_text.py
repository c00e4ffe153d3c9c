"""Clause and section helpers the profile's slot readers share: a document's clause units, verbatim pieces
of a clause cut for display, section headings, the agency grammar, and the citation of a piece."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from index.clauses import AGENCY_HEAD, clause_units, strip_marker
from index.documents import DocumentMeta
from index.sections import PATH_SEP, Chunk
from index.textnorm import fold

from .profile_model import Cited

LINE_LIMIT = 240

# words that open an agency's name, and the verbs that end the agency a clause opens with
AGENCY_WORDS = rf"(?:{AGENCY_HEAD}|Công chức|Trung tâm|Chi hội|Đài|Báo|Ban nhân dân|Trưởng)"
SUBJECT_VERB = (r"(?:(?<!các )tổ chức|hoàn thành|triển khai|thực hiện|gửi|báo cáo|xây dựng|tổng hợp|bình xét|phối hợp|"
                r"tham mưu|chỉ đạo|hướng dẫn|có trách nhiệm|chủ trì|căn cứ|kiểm tra|theo dõi)")


@dataclass
class Unit:
    chunk: Chunk
    text: str


def units_of(chunks: Iterable[Chunk]) -> list[Unit]:
    """Clause units of the chunks in order, without the repeats chunk overlap makes."""
    out: list[Unit] = []
    seen: set[tuple[str, str]] = set()
    for chunk in chunks:
        for unit in clause_units(chunk.text):
            key = (chunk.section, unit)
            if key in seen:
                continue
            seen.add(key)
            out.append(Unit(chunk, unit))
    return out


def cite(doc: DocumentMeta, section: str, text: str, quote: str) -> Cited:
    return Cited(text=text, doc_id=doc.doc_id, section=section, quote=quote, source=doc.source)


def _heading_key(part: str) -> str:
    """A section part without its marker, folded: "I. Mục đích, yêu cầu" -> "mục đích, yêu cầu"."""
    return fold(strip_marker(part.rstrip("…")))


def section_parts(section: str) -> list[str]:
    return [_heading_key(p) for p in section.split(PATH_SEP)]


_CLAUSE_END = re.compile(r";\s|\.\s(?=[A-ZĐ\-+“\"(])|:\s")
_CLAUSE_STOP = re.compile(r";|\.(?:\s|$)")


def clause_piece(unit: str, limit: int = LINE_LIMIT) -> tuple[str, bool]:
    """The unit without its list marker, cut at a clause boundary when longer than *limit*.
    Returns the verbatim piece and whether it was cut."""
    text = strip_marker(unit).rstrip()
    if len(text) <= limit:
        return text, False
    best = ""
    for m in _CLAUSE_END.finditer(text):
        if m.start() > limit:
            break
        if m.start() >= 40:
            best = text[: m.start() + (1 if text[m.start()] == "." else 0)]
    if not best:
        comma = text.rfind(", ", 40, limit)
        space = text.rfind(" ", 40, limit)
        best = text[:comma] if comma > 0 else text[: space if space > 0 else limit]
    return best.rstrip(" ,;:"), True


def clause_span(unit: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause of *unit* around unit[start:end] begins and stops: between ';' / sentence ends."""
    left = max(unit.rfind("; ", 0, start), unit.rfind(". ", 0, start))
    begin = left + 2 if left >= 0 else 0
    m = _CLAUSE_STOP.search(unit, end)
    return begin, m.start() if m else len(unit)


def sub_clause(unit: str, start: int, end: int) -> str:
    """The clause of *unit* around unit[start:end], between ';' / sentence ends, without a list marker."""
    begin, stop = clause_span(unit, start, end)
    return strip_marker(unit[begin:stop].strip()).strip(" ,:")


def display(piece: str, was_cut: bool) -> str:
    text = piece[:1].upper() + piece[1:]
    return text + "…" if was_cut else text


def is_heading_unit(unit: str, section: str) -> bool:
    """A unit that only repeats its section's heading ("1. Sở Giáo dục và Đào tạo", "II. CHỈ TIÊU")."""
    text = strip_marker(unit).strip(" :")
    if not text:
        return True
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(text) < 150:
        return True
    last = section.split(PATH_SEP)[-1]
    head = strip_marker(last).rstrip("…").strip(" :")
    return bool(head) and fold(text) == fold(head)


def is_heading_or_lead(u: Unit) -> bool:
    """A heading, or a short line that only leads into the list below it ("Nội dung gồm:")."""
    return is_heading_unit(u.text, u.chunk.section) or (u.text.endswith(":") and len(u.text) < 60)
