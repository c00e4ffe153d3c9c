"""Who does what: one duty line per agency, and the agencies that chủ trì or are the standing agency."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.clauses import STRONG_HEAD, strip_marker
from index.documents import DocumentMeta
from index.facts import Responsibility
from index.textnorm import fold

from .profile_model import Cited, Duty
from .profile_text import AGENCY_WORDS, SUBJECT_VERB, Unit, cite, clause_piece, display, is_heading_unit, sub_clause

_HEADING_VERB = r"(?:là|ban hành|phổ biến|phân công|đăng ký|vận động|tự đánh giá|căn cứ|lồng ghép)"
_VERB = re.compile(r"\b(?:triển khai|thực hiện|tổ chức|phối hợp|báo cáo|tham mưu|hướng dẫn|xây dựng|gửi|vận động)\b")
_LEAD = r"(?:[Đđ]ề nghị|[Gg]iao(?: cho)?)\s+"
_COORD_SUBJECT = re.compile(
    rf"(?:^|[;.:]\s+|,\s+)(?:{_LEAD})?(?P<agency>{AGENCY_WORDS}[^;:.()]{{0,80}}?)\s*,?\s+"
    r"(?P<role>là (?:cơ quan )?(?:thường trực|đầu mối)|là cơ quan chủ trì|chủ trì)\b"
)
_COORD_PAREN = re.compile(rf"cơ quan thường trực\s*\((?P<agency>{AGENCY_WORDS}[^)]{{0,80}})\)")
_COORD_OPEN = re.compile(r"^(?:là (?:cơ quan )?(?:thường trực|đầu mối)|là cơ quan chủ trì|chủ trì)\b", re.I)


def read_duties(doc: DocumentMeta, facts: Sequence[Responsibility]) -> list[Duty]:
    """One line per agency: the clause where it chủ trì, else its first clause that is not a heading."""
    by_agency: dict[str, list[Responsibility]] = {}
    for f in facts:
        agency = re.split(rf"\s+(?:{SUBJECT_VERB}|{_HEADING_VERB})\b", f.agency)[0].strip(" ,:")  # a heading that goes on
        if len(agency) > 3:
            by_agency.setdefault(agency, []).append(f)
    out: list[Duty] = []
    for agency, items in by_agency.items():
        body = [f for f in items if not is_heading_unit(f.quote, f.section)]
        body = [f for f in body if not strip_marker(f.quote).rstrip().endswith(":")] or body
        if not body:
            continue
        chosen = next((f for f in body if _COORD_OPEN.match(strip_marker(f.quote))), body[0])
        piece, cut = clause_piece(chosen.quote)
        if len(piece) < 12:
            continue
        line = display(piece, cut)
        names_itself = re.match(rf"(?:{_LEAD})?{re.escape(agency)}(?!\w)", piece, re.I)
        shown = line if names_itself else f"{agency}: {line}"
        roles = tuple(sorted({r for f in items for r in f.roles}))
        out.append(Duty(agency, line, roles, cite(doc, chosen.section, shown, piece)))
    return out


def read_coordinators(doc: DocumentMeta, units: Sequence[Unit], responsibilities: Sequence[Responsibility]) -> list[Cited]:
    """The agencies a clause names as thường trực / đầu mối (first) or as chủ trì, each once, in text order."""
    found: dict[str, tuple[int, int, Cited]] = {}  # agency key -> (rank, order, cite)

    def add(agency: str, role: str, unit: str, section: str, order: int, at: int = 0, end: int = 0) -> None:
        agency = agency.strip(" ,;:")
        heads = [m.start() for m in re.finditer(rf"(?<!\w){STRONG_HEAD}", agency)]
        if len(heads) > 1 and re.search(r"\svà\s|,", agency[: heads[-1]]):
            agency = agency[heads[-1]:]  # "A và các đoàn thể B chủ trì": B chủ trì
        if len(agency) < 4 or _VERB.search(agency) or re.match(r"(?:Chủ tịch|Phó|Trưởng)\b", agency):
            return
        rank = 0 if "thường trực" in role or "đầu mối" in role else 1
        piece = sub_clause(unit, at, end) if end else clause_piece(unit)[0]
        key = fold(agency)
        if key in found and found[key][0] <= rank:
            return
        found[key] = (rank, order, cite(doc, section, agency, piece))

    for i, u in enumerate(units):
        stripped = strip_marker(u.text)
        for m in _COORD_SUBJECT.finditer(stripped):
            add(m.group("agency"), m.group("role").lower(), stripped, u.chunk.section, i, m.start("agency"), m.end())
        for m in _COORD_PAREN.finditer(u.text):
            add(m.group("agency"), "thường trực", u.text, u.chunk.section, i, m.start(), m.end())
    for j, f in enumerate(responsibilities):
        body = strip_marker(f.quote)
        m = _COORD_OPEN.match(body)
        if m and f.agency:
            add(f.agency, m.group(0).lower(), body, f.section, len(units) + j, 0, m.end())
    ranked = sorted(found.values(), key=lambda v: (v[0], v[1]))
    return [c for _, _, c in ranked]
