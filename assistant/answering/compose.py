"""Turn a decision into the answer text: a lead line in the document's own words, then quotes.

Every line ends in the markers of the clauses it rests on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from index.clauses import section_agency, strip_marker
from index.documents import DocumentMeta
from index.sections import PATH_SEP
from index.textnorm import fold_ascii

from .answer import Answer, CitationBook, doc_name, doc_short
from .units import TABLE_CELL, Unit, paired_cells

LEAD_MAX = 420
MAX_DOCS_LISTED = 8

# what an abstention says is missing, by the answer type asked
MISSING = {
    "date": "thời hạn cụ thể (ngày, tháng) cho nội dung này",
    "money": "số tiền cụ thể",
    "contact": "thông tin liên hệ (điện thoại, email)",
    "penalty": "hình thức xử lý",
    "person": "tên người cụ thể",
    "quarter": "mốc thời gian theo quý",
    "percent": "chỉ tiêu tỷ lệ (%) cho nội dung này",
    "count": "con số cụ thể cho nội dung này",
    "year": "năm cụ thể cho nội dung này",
    "when": "thời gian cụ thể cho nội dung này",
    "channel": "cơ quan trung gian cho việc này",
    "source": "nguồn kinh phí cho việc này",
    "cutoff": "ngày chốt số liệu cho nội dung này",
    "threshold": "số điểm cần đạt để được công nhận",
    "frequency": "định kỳ (bao lâu một lần) cho việc này",
    "duration": "thời hạn (trong bao nhiêu ngày) cho việc này",
    "month": "tháng cụ thể cho việc này",
    "venue": "địa điểm tổ chức cụ thể",
}


@dataclass
class Finding:
    """What one document says in answer: the lead unit and the units that support it."""

    unit: Unit
    supports: list[Unit] = field(default_factory=list)
    statement: str = ""  # a sentence built from facts, when one says it better than the clause
    members: list[Unit] = field(default_factory=list)  # the items of the list the lead introduces or sits in


@dataclass
class Draft:
    findings: list[Finding]
    verdict: str = ""  # "Có." / "Không." for yes/no questions
    intro: str = ""
    notes: list[str] = field(default_factory=list)
    per_document: bool = False


# how much more a piece giving the number of the thing asked weighs than one word of the question
COUNTED_WEIGHT = 10


def cut_clause(unit: Unit, wanted: Sequence[str], holds: Sequence[str]) -> str:
    """The unit, or for a long one the run of its ';'-clauses that holds the asked value and words."""
    text = unit.text
    if len(text) <= LEAD_MAX:
        return text
    pieces = [p for p in re.split(r"(?<=;)\s+", text) if p.strip()]
    if len(pieces) == 1:
        pieces = [p for p in re.split(r"(?<=[,:])\s+", text) if p.strip()]
    if len(pieces) == 1:
        return text

    def value(piece: str) -> float:
        low = fold_ascii(piece)
        words = set(low.split())
        # a thing counted ("38/42 Trưởng thôn") is what a piece about it must give
        counted = sum(1 for h in holds if h and re.search(rf"\d\s*(?:/\s*\d+\s*)?{re.escape(fold_ascii(h))}\b", low))
        return sum(1 for w in wanted if w in words) + 2 * sum(
            1 for h in holds if h and fold_ascii(h) in low) + COUNTED_WEIGHT * counted

    best = max(range(len(pieces)), key=lambda i: value(pieces[i]))
    start = end = best
    while end + 1 < len(pieces) and len(" ".join(pieces[start : end + 2])) <= LEAD_MAX and value(pieces[end + 1]) > 0:
        end += 1
    while start > 0 and len(" ".join(pieces[start - 1 : end + 1])) <= LEAD_MAX and len(" ".join(pieces[start : end + 1])) < 120:
        start -= 1
    return " ".join(pieces[start : end + 1])


def heading_note(unit: Unit) -> str:
    """', mục “11. Ủy ban nhân dân …”' when the heading adds to what the clause says."""
    label = unit.label
    if not label:
        return ""
    head = fold_ascii(strip_marker(label).rstrip("…"))[:40]
    if head and fold_ascii(strip_marker(unit.text)).startswith(head):
        # the item is its own heading ("a) Là cơ quan thường trực …"): name the agency heading above it
        path = unit.section.split(PATH_SEP)
        parent = path[-2] if len(path) > 1 else ""
        return f", mục “{parent}”" if parent and section_agency(parent) else ""
    return f", mục “{label}”"


def compose(question: str, draft: Draft, wanted: Sequence[str] = (), holds: Sequence[str] = ()) -> Answer:
    book = CitationBook()
    lines: list[str] = [f"Lưu ý: {note}" for note in draft.notes]
    if draft.intro:
        lines.append(draft.intro)
    indent = "  " if draft.per_document else ""
    if draft.per_document and not draft.intro:
        lines.append(f"{draft.verdict} Các tài liệu quy định như sau:".strip())
    for i, f in enumerate(draft.findings):
        n = book.cite(f.unit.doc, f.unit.section, f.unit.text)
        body = f.statement or strip_marker(cut_clause(f.unit, wanted, holds))
        if f.members and TABLE_CELL in f.unit.text and not f.statement:
            body = f"bảng gồm các cột {f.unit.text.replace(TABLE_CELL, '; ')}, như sau:"  # a table answered whole
        if f.unit.lead_in and not f.members:
            m = book.cite(f.unit.doc, f.unit.section, f.unit.lead_in)
            if TABLE_CELL in f.unit.lead_in and not f.statement:
                body = f"{paired_cells(f.unit.lead_in, f.unit.text)} [{m}]"
            else:
                body = f"{strip_marker(f.unit.lead_in)} [{m}] {body}"
        if draft.per_document:
            lines.append(f"- {doc_short(f.unit.doc)}{heading_note(f.unit)}: {body} [{n}]")
        else:
            lead = f"Theo {doc_name(f.unit.doc)}{heading_note(f.unit)}"
            if i == 0 and draft.verdict:
                lead = f"{draft.verdict} {lead}"
            lines.append(f"{lead}: {body} [{n}]")
            if f.statement:
                lines.append(f"- “{strip_marker(f.unit.text)}” [{n}]")
        for m in f.members:
            shown = paired_cells(m.lead_in, m.text) if TABLE_CELL in m.lead_in else strip_marker(m.text)
            lines.append(f"{indent}- {shown} [{book.cite(m.doc, m.section, m.text)}]")
        for s in f.supports:
            shown = paired_cells(s.lead_in, s.text) if TABLE_CELL in s.lead_in else f"“{strip_marker(s.text)}”"
            where = heading_note(s)
            if where and set(s.heading_agencies) - set(s.agencies):  # a duty whose doer is its heading's agency
                shown = f"{shown} ({where.removeprefix(', ')})"
            lines.append(f"{indent}- {shown} [{book.cite(s.doc, s.section, s.text)}]")
    return Answer(question=question, answer="\n".join(lines).strip(), abstained=False, citations=book.items)


def listing(question: str, title: str, items: Sequence[tuple[str, Unit]], notes: Sequence[str] = ()) -> Answer:
    """A titled list, one cited line per item ("label" prefixes the clause: "Giai đoạn: ", or "")."""
    book = CitationBook()
    lines = [f"Lưu ý: {note}" for note in notes] + [title]
    # a table's rows are read with its column headers, so its header line is no item of its own
    headers = {u.lead_in for _, u in items if TABLE_CELL in u.lead_in}
    for label, unit in items:
        if TABLE_CELL in unit.text and unit.text in headers:
            continue
        n = book.cite(unit.doc, unit.section, unit.text)
        shown = paired_cells(unit.lead_in, unit.text) if TABLE_CELL in unit.lead_in else strip_marker(unit.text)
        if label and not label.strip():  # indentation: an item under the line before
            lines.append(f"{label}- {shown} [{n}]")
        else:
            lines.append(f"- {label}{shown} [{n}]")
    return Answer(question=question, answer="\n".join(lines), abstained=False, citations=book.items)


def library_list(documents: Sequence[DocumentMeta]) -> str:
    shown = [f"{doc_name(d)} ({d.date or 'chưa rõ ngày'})" for d in documents[:MAX_DOCS_LISTED]]
    more = len(documents) - len(shown)
    return "; ".join(shown) + (f"; và {more} tài liệu khác" if more > 0 else "")


def abstain(question: str, what: str, documents: Sequence[DocumentMeta], nearest: Unit | None = None,
            lead: str = "") -> Answer:
    text = lead or f"Các tài liệu hiện có không nêu {what}."
    text += f" Các tài liệu đang có: {library_list(documents)}."
    book = CitationBook()
    text += _nearest(book, nearest)
    return Answer(question=question, answer=text, abstained=True, citations=book.items)


def not_stated(question: str, doc: DocumentMeta, what: str, nearest: Unit | None) -> Answer:
    """'Không.' to a yes/no question about what a plan sets, when the plan does not set it."""
    book = CitationBook()
    text = f"Không. {doc_name(doc)} không nêu {what}." + _nearest(book, nearest)
    return Answer(question=question, answer=text, abstained=False, citations=book.items)


def _nearest(book: CitationBook, nearest: Unit | None) -> str:
    """The line quoting the closest clause found, for a reader to judge a refusal by."""
    if nearest is None:
        return ""
    n = book.cite(nearest.doc, nearest.section, nearest.text)
    return f"\nĐiều khoản gần nhất tìm được: “{strip_marker(nearest.text)}” [{n}]"


def instruction_note(doc: DocumentMeta, passage: str) -> str:
    """The line saying a passage addressed to a machine was seen next to the evidence, and not followed."""
    excerpt = passage if len(passage) <= 90 else passage[:87].rstrip() + "…"
    return (f"{doc_short(doc)} có đoạn giống một câu lệnh gửi cho máy (“{excerpt}”); "
            "trợ lý không làm theo và không dùng đoạn này làm căn cứ.")
