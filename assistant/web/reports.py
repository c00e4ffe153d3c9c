"""The "Báo cáo & thời hạn" views: reporting chains as HTML/CSS diagrams and a deadline table."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from index.documents import DocumentMeta

from .render import doc_line, esc, find_context, highlight

TABLE_HEADERS = ["Mã", "Sắp xếp theo ngày", "Thời điểm", "Loại mốc", "Nội dung", "Tài liệu", "Mục"]
_DAY_MONTH = re.compile(r"^\s*(\d{1,2})\s*/\s*(\d{1,2})")


@dataclass(frozen=True)
class DeadlineRow:
    key: str
    sort_key: str
    when: str
    kind: str
    what: str
    doc_id: str
    section: str
    quote: str

    def cells(self, docs: Mapping[str, DocumentMeta]) -> list[str]:
        doc = docs.get(self.doc_id)
        name = f"{doc.kind} {doc.number_display} ({doc.issuer})" if doc else self.doc_id
        return [self.key, self.sort_key, self.when, self.kind, self.what, name, self.section]


def _node(names: Sequence[str]) -> str:
    items = "".join(f"<li>{esc(n)}</li>" for n in names if n) or "<li>?</li>"
    return f"<ul class='xhht-node'>{items}</ul>"


def _edge_label(fact: Any) -> str:
    bits = []
    if fact.deadline_text or fact.deadline:
        bits.append(f"⏰ {fact.deadline_text or 'trước ' + fact.deadline}")
    if fact.recurrence:
        bits.append(f"🔁 {fact.recurrence}")
    if fact.channel:
        bits.append(f"qua {fact.channel}")
    return "<br>".join(esc(b) for b in bits) or "báo cáo"


def reporting_diagram(documents: Sequence[DocumentMeta], facts: Sequence[Any]) -> str:
    """Per document: reporter → recipient (→ onward) boxes, the arrow labelled with deadline and recurrence."""
    by_doc: dict[str, list[Any]] = {}
    for fact in facts:
        by_doc.setdefault(fact.doc_id, []).append(fact)
    blocks = []
    for i, doc in enumerate(d for d in documents if d.doc_id in by_doc):
        rows = []
        for fact in by_doc[doc.doc_id]:
            onward = "".join(
                f"<div class='xhht-arrow'><span>tổng hợp, báo cáo</span></div>{_node([name])}" for name in fact.onward
            )
            what = f"<div class='xhht-what'>Nội dung: {esc(fact.what)}</div>" if fact.what else ""
            rows.append(
                "<div class='xhht-chain'>"
                f"<div class='xhht-flow'>{_node(fact.reporters)}"
                f"<div class='xhht-arrow'><span>{_edge_label(fact)}</span></div>{_node(fact.recipients)}{onward}</div>"
                f"{what}<details class='xhht-clause-link'><summary>Mục: {esc(fact.section)}</summary>"
                f"<blockquote>{esc(fact.quote)}</blockquote></details></div>"
            )
        opened = " open" if i == 0 else ""
        blocks.append(
            f"<details class='xhht-doc-chain'{opened}><summary>{doc_line(doc)} "
            f"<span class='xhht-muted'>({len(rows)} luồng báo cáo)</span></summary>{''.join(rows)}</details>"
        )
    if not blocks:
        return "<div class='xhht-muted'>Chưa tìm thấy quy định báo cáo nào trong các tài liệu.</div>"
    return "<div class='xhht-report'>" + "".join(blocks) + "</div>"


def _deadline_key(deadline: str, recurrence: str) -> str:
    m = _DAY_MONTH.match(deadline or "")
    if not m:
        return "(định kỳ)"
    day, month = int(m.group(1)), int(m.group(2))
    return f"(hằng năm) {month:02d}-{day:02d}" if "năm" in recurrence or not recurrence else f"({recurrence}) {month:02d}-{day:02d}"


def deadline_rows(reporting: Sequence[Any], milestones: Sequence[Any]) -> list[DeadlineRow]:
    """Every milestone and every reporting deadline, sorted by date (recurring deadlines first)."""
    rows: list[DeadlineRow] = []
    for i, m in enumerate(milestones):
        rows.append(DeadlineRow(f"M{i + 1}", m.sort_key or "", m.when or (str(m.year) if m.year else ""),
                                m.kind, m.label, m.doc_id, m.section, m.quote))
    for i, r in enumerate(reporting):
        if not (r.deadline or r.deadline_text):
            continue
        who = ", ".join(r.reporters) or "?"
        to = ", ".join(r.recipients) or "?"
        when = r.deadline_text or r.deadline
        if r.recurrence:
            when = f"{when} ({r.recurrence})"
        rows.append(DeadlineRow(f"B{i + 1}", _deadline_key(r.deadline, r.recurrence), when, "hạn báo cáo",
                                f"{who} → {to}", r.doc_id, r.section, r.quote))
    rows.sort(key=lambda row: (row.sort_key, row.doc_id, row.key))
    return rows


def clause_view(row: DeadlineRow, doc: DocumentMeta | None, chunks: Sequence[Any]) -> str:
    context = find_context(chunks, row.section, row.quote)
    body = highlight(context, row.quote) if context else f"<mark>{esc(row.quote)}</mark>"
    return (
        f"<div class='xhht-cite xhht-open'><div>{doc_line(doc, row.doc_id)}</div>"
        f"<div class='xhht-section'>Mục: {esc(row.section)}</div><div class='xhht-clause'>{body}</div></div>"
    )
