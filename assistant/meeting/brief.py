"""The one-page meeting brief ("Họp nhanh") of a document or a locality.

For a given day: the deadlines of the next three months (yearly ones rolled over to their next occurrence),
the targets of the current phase, who coordinates, and the next sơ kết / tổng kết — every line cited.
"""

from __future__ import annotations

import calendar
import logging
from dataclasses import dataclass, field
from datetime import date

from index.clauses import strip_marker
from index.documents import DocumentMeta
from index.store import Library
from index.textnorm import fold_ascii

from ..study.document_ref import find_document
from .brief_slots import (
    Citation,
    DocSlots,
    MeetingScopeError,
    Review,
    cut,
    docs_for_locality,
    read_slots,
    short_label,
)

log = logging.getLogger(__name__)

WINDOW_MONTHS = 3
COORDINATORS_PER_DOC = 3


@dataclass
class BriefLine:
    text: str
    citations: list[Citation] = field(default_factory=list)
    doc_id: str = ""
    when: date | None = None


@dataclass
class BriefSection:
    key: str  # "deadlines" | "targets" | "coordinators" | "reviews"
    title: str
    lines: list[BriefLine]
    empty: str  # said when the section has no line


@dataclass
class Brief:
    title: str
    subject: str  # "tỉnh Bình Dương" or "Kế hoạch 151/KH-UBND"
    today: date
    until: date
    documents: list[DocumentMeta]
    sections: list[BriefSection]
    generated: date = field(default_factory=date.today)

    @property
    def multi(self) -> bool:
        return len(self.documents) > 1

    def tag(self, doc_id: str) -> str:
        """What a line of a several-document brief starts with: the document's number or a short name."""
        doc = next((d for d in self.documents if d.doc_id == doc_id), None)
        if doc is None or not self.multi:
            return ""
        return doc.number or (f"kèm QĐ {doc.attached_to}" if doc.attached_to else f"{doc.kind} chưa có số")

    def line_text(self, line: BriefLine) -> str:
        tag = self.tag(line.doc_id) if line.doc_id else ""
        return f"[{tag}] {line.text}" if tag else line.text

    def to_text(self) -> str:
        """The brief as plain text: numbered sources after the lines that cite them."""
        out = [self.title, f"Tính đến ngày {self.today:%d/%m/%Y}; ba tháng tới: đến {self.until:%d/%m/%Y}.",
               "Văn bản: " + "; ".join(d.label for d in self.documents), ""]
        numbers: dict[Citation, int] = {}
        for section in self.sections:
            out.append(section.title.upper())
            if not section.lines:
                out.append(f"  {section.empty}")
            for line in section.lines:
                refs = []
                for c in line.citations:
                    refs.append(numbers.setdefault(c, len(numbers) + 1))
                marks = "".join(f"[{n}]" for n in refs)
                out.append(f"  • {self.line_text(line)} {marks}".rstrip())
            out.append("")
        out.append("NGUỒN")
        by_id = {d.doc_id: d for d in self.documents}
        for c, n in numbers.items():
            doc = by_id.get(c.doc_id)
            out.append(f"  [{n}] {short_label(doc) if doc else c.doc_id} — {c.section}")
            out.append(f"      “{c.quote}”")
        return "\n".join(out).rstrip() + "\n"


def add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def build_brief(library: Library, *, doc_id: str | None = None, locality: str | None = None,
                today: date | None = None) -> Brief:
    """The brief of one document (doc_id or number) or of every document of a place, as of *today*."""
    if bool(doc_id) == bool(locality):
        raise MeetingScopeError("Hãy chọn một văn bản (--doc) hoặc một địa phương (--locality).")
    today = today or date.today()
    if doc_id:
        doc = find_document(library, doc_id)
        subject, docs = short_label(doc), [doc]
    else:
        subject, docs = docs_for_locality(library, locality or "")
    slots = [read_slots(library, d) for d in docs]
    until = add_months(today, WINDOW_MONTHS)
    sections = [
        BriefSection("deadlines", "Hạn chót trong 3 tháng tới", _deadline_lines(slots, today, until),
                     f"Không có hạn chót nào từ {today:%d/%m/%Y} đến {until:%d/%m/%Y} trong văn bản."),
        BriefSection("targets", "Chỉ tiêu giai đoạn hiện tại", _target_lines(slots, today),
                     "Văn bản không nêu chỉ tiêu."),
        BriefSection("coordinators", "Cơ quan chủ trì, thường trực", _coordinator_lines(slots),
                     "Văn bản không nêu cơ quan chủ trì hay cơ quan thường trực."),
        BriefSection("reviews", "Sơ kết, tổng kết sắp tới", _review_lines(slots, today),
                     f"Văn bản không nêu đợt sơ kết, tổng kết nào từ {today:%d/%m/%Y}."),
    ]
    return Brief(f"Họp nhanh — {subject}", subject, today, until, docs, sections)


def _who(reporters: list[str], recipients: list[str]) -> str:
    left, right = "; ".join(reporters), "; ".join(recipients)
    if left and right:
        return f"{left} → {right}"
    return left or (f"gửi {right}" if right else "")


def _deadline_lines(slots: list[DocSlots], today: date, until: date) -> list[BriefLine]:
    lines: list[BriefLine] = []
    for s in slots:
        seen: set[tuple[date, str]] = set()
        for d in s.deadlines:
            when = d.next_date(today)
            if when is None or not today <= when <= until or (when, d.wording) in seen:
                continue
            seen.add((when, d.wording))
            if d.year is None:
                how = f" ({d.recurrence})" if d.recurrence else " (văn bản không ghi năm)"
            else:
                how = ""
            who = _who(d.reporters, d.recipients)
            text = f"{when:%d/%m/%Y}{how}: " + (f"{who} — " if who else "") + d.wording
            lines.append(BriefLine(text, [d.citation], s.doc.doc_id, when))
        dated = {d.next_date(today) for d in s.deadlines}
        for r in s.reviews:  # a sơ kết / tổng kết dated to the day, month or quarter is a deadline too
            if not (r.precise and r.end >= today and r.start <= until) or (r.start == r.end and r.start in dated):
                continue
            lines.append(BriefLine(f"{r.when[:1].upper()}{r.when[1:]}: {r.kind} — {_gist(r.citation.quote)}",
                                   [r.citation], s.doc.doc_id, max(r.start, today)))
    return sorted(lines, key=lambda ln: (ln.when or today, ln.doc_id))


def _gist(quote: str, limit: int = 120) -> str:
    text = strip_marker(quote)
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def _target_lines(slots: list[DocSlots], today: date) -> list[BriefLine]:
    lines: list[BriefLine] = []
    for s in slots:
        phase = next((p for p in s.phases if p.start <= today.year <= p.end), None)
        if phase is not None:
            years = sorted({t.year for t in s.targets if max(phase.start, today.year) <= t.year <= phase.end})
            lines.append(BriefLine(f"Giai đoạn hiện tại: {phase.text}", [phase.citation], s.doc.doc_id))
            if not years:
                lines.append(BriefLine(f"Văn bản không nêu chỉ tiêu cho {phase.text}.", [], s.doc.doc_id))
                continue
        else:
            years = sorted({t.year for t in s.targets if t.year >= today.year})
            if not years:
                if s.targets or len(slots) == 1:
                    lines.append(BriefLine(f"Văn bản không nêu chỉ tiêu từ năm {today.year}.", [], s.doc.doc_id))
                continue
        year = years[0]
        for t in s.targets:
            if t.year == year:
                lines.append(BriefLine(f"Năm {year}: {t.value} — {cut(t.indicator, 120)}", [t.citation], s.doc.doc_id))
    return lines


def _coordinator_lines(slots: list[DocSlots]) -> list[BriefLine]:
    lines = []
    for s in slots:
        for c in s.coordinators[:COORDINATORS_PER_DOC]:
            role = "thường trực, đầu mối" if c.standing else "chủ trì"
            duty = c.duty
            if fold_ascii(duty).startswith(fold_ascii(c.agency)):  # "Sở Nội vụ chủ trì, …" names itself
                duty = duty[len(c.agency):].strip(" ,")
            lines.append(BriefLine(f"{c.agency} ({role}): {cut(duty, 150)}", [c.citation], s.doc.doc_id))
    return lines


def next_reviews(reviews: list[Review], today: date) -> list[Review]:
    """The next sơ kết and the next tổng kết not yet past on *today*, the most precisely dated first."""
    out = []
    for kind in ("sơ kết", "tổng kết"):
        upcoming = [r for r in reviews if r.kind == kind and r.end >= today]
        if upcoming:
            out.append(min(upcoming, key=lambda r: (r.end, (r.end - r.start).days)))
    return sorted(out, key=lambda r: r.end)


def _review_lines(slots: list[DocSlots], today: date) -> list[BriefLine]:
    lines = []
    for s in slots:
        for r in next_reviews(s.reviews, today):
            when = r.when[:1].lower() + r.when[1:]  # "Cuối năm 2025" opens a clause, not this line
            lines.append(BriefLine(f"{r.kind.capitalize()} {when} — {_gist(r.citation.quote)}", [r.citation],
                                   s.doc.doc_id, r.start))
    return lines
