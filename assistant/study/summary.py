"""The summary card ("Tóm tắt"): a document profile arranged into titled sections of cited lines."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from index.documents import DocumentMeta

from .profile import Cited, DocumentProfile, build_profile, find_document

if TYPE_CHECKING:
    from index.store import Library

log = logging.getLogger(__name__)

NO_YEAR = "Không rõ năm"


@dataclass(frozen=True)
class CardLine:
    text: str
    cite: Cited


@dataclass(frozen=True)
class TargetTable:
    """Indicators × years; a cell is (value, citation) or None."""

    years: list[int | None]
    rows: list[tuple[str, list[CardLine | None]]]


@dataclass
class CardSection:
    key: str
    title: str
    lines: list[CardLine]
    empty_note: str  # said when the document states nothing for this slot
    table: TargetTable | None = None

    @property
    def empty(self) -> bool:
        return not self.lines


@dataclass
class SummaryCard:
    doc: DocumentMeta
    draft: bool
    headline: str
    sections: list[CardSection] = field(default_factory=list)

    def section(self, key: str) -> CardSection:
        return next(s for s in self.sections if s.key == key)

    def citations(self) -> list[Cited]:
        """Distinct citations in order of first use; a citation's number is its index + 1."""
        seen: dict[tuple[str, str, str], Cited] = {}
        for s in self.sections:
            for line in s.lines:
                seen.setdefault(_cite_key(line.cite), line.cite)
        return list(seen.values())

    def _numbers(self) -> dict[tuple[str, str, str], int]:
        return {_cite_key(c): i for i, c in enumerate(self.citations(), start=1)}

    def to_markdown(self) -> str:
        numbers = self._numbers()
        ref = lambda line: f"[{numbers[_cite_key(line.cite)]}]"  # noqa: E731
        number = f"số {self.doc.number}" if self.doc.number else self.doc.number_display
        out = [f"# Tóm tắt: {self.doc.kind} {number} — {self.doc.issuer}", "", f"**{self.headline}**", ""]
        for s in self.sections:
            out += [f"## {s.title}", ""]
            if s.empty:
                out += [f"_{s.empty_note}_", ""]
                continue
            if s.table is not None:
                out += _table_markdown(s.table, ref)
            else:
                out += [f"- {_md(line.text)} {ref(line)}" for line in s.lines]
            out.append("")
        out += ["## Nguồn trích dẫn", ""]
        for n, c in enumerate(self.citations(), start=1):
            out.append(f"[{n}] {self.doc.label} — {c.section}: «{_md(c.quote)}»")
        return "\n".join(out).rstrip() + "\n"

    def to_dict(self) -> dict:
        numbers = self._numbers()
        meta = self.doc

        def citation(c: Cited) -> dict:
            return {"n": numbers[_cite_key(c)], "source": c.source, "doc_id": c.doc_id, "title": meta.title,
                    "number": meta.number_display, "section": c.section, "quote": c.quote}

        sections = []
        for s in self.sections:
            item: dict = {"key": s.key, "title": s.title, "empty": s.empty, "note": s.empty_note if s.empty else "",
                          "lines": [{"text": line.text, "citation": citation(line.cite)} for line in s.lines]}
            if s.table is not None:
                item["table"] = {
                    "years": [y if y is not None else NO_YEAR for y in s.table.years],
                    "rows": [{"indicator": name,
                              "cells": [None if cell is None else {"value": _cell_value(cell), "citation": citation(cell.cite)}
                                        for cell in cells]}
                             for name, cells in s.table.rows],
                }
            sections.append(item)
        return {
            "doc_id": meta.doc_id, "source": meta.source, "kind": meta.kind, "number": meta.number,
            "number_display": meta.number_display, "issuer": meta.issuer, "date": meta.date, "signer": meta.signer,
            "title": meta.title, "draft": self.draft, "headline": self.headline, "sections": sections,
            "citations": [citation(c) for c in self.citations()],
        }


def _cite_key(c: Cited) -> tuple[str, str, str]:
    return (c.doc_id, c.section, c.quote)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _cell_value(line: CardLine) -> str:
    return line.text


def _table_markdown(table: TargetTable, ref) -> list[str]:
    head = ["Chỉ tiêu", *(str(y) if y is not None else NO_YEAR for y in table.years)]
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, cells in table.rows:
        shown = [f"{_md(c.text)} {ref(c)}" if c is not None else "—" for c in cells]
        out.append("| " + " | ".join([_md(name), *shown]) + " |")
    return out


# --- building ---------------------------------------------------------------------------


def headline(doc: DocumentMeta, draft: bool) -> str:
    """Kind, number or "chưa có số", issuer, date, signer — and "Dự thảo" for a draft."""
    number = f"số {doc.number}" if doc.number else doc.number_display
    parts = [f"{doc.kind} {number}", doc.issuer or "chưa rõ cơ quan ban hành", doc.date or "chưa ghi ngày"]
    if doc.signer:
        parts.append(f"Người ký: {doc.signer}" + (f" ({doc.signer_title})" if doc.signer_title else ""))
    if draft:
        parts.append("Dự thảo")
    return " · ".join(parts)


def coordinator_role(c: Cited) -> str:
    """How the cited clause names the agency's part: "Cơ quan thường trực", "Đầu mối" or "Chủ trì"."""
    quote = c.quote.lower()
    if "thường trực" in quote:
        return "Cơ quan thường trực"
    if "đầu mối" in quote:
        return "Đầu mối"
    return "Chủ trì"


def _lines(items: list[Cited]) -> list[CardLine]:
    return [CardLine(c.text, c) for c in items]


def _target_table(profile: DocumentProfile) -> TargetTable | None:
    if not profile.targets:
        return None
    years = profile.target_years()
    rows = []
    for indicator in profile.target_indicators():
        cells: list[CardLine | None] = []
        for year in years:
            cell = profile.target(indicator, year)
            cells.append(CardLine(cell.value, cell.cite) if cell else None)
        rows.append((indicator, cells))
    return TargetTable(years, rows)


def build_card(profile: DocumentProfile) -> SummaryCard:
    p = profile
    duties = [CardLine(f"{coordinator_role(c)}: {c.text}", c) for c in p.coordinators]
    duties += [CardLine(d.cite.text, d.cite) for d in p.duties]
    sections = [
        CardSection("header", "Thông tin văn bản", _lines(p.header), "Văn bản không nêu thông tin ban hành."),
        CardSection("purpose", "Mục đích", _lines(p.purpose), "Văn bản không nêu mục đích."),
        CardSection("phases", "Giai đoạn", [CardLine(ph.cite.text, ph.cite) for ph in p.phases],
                    "Văn bản không nêu các giai đoạn thực hiện."),
        CardSection("targets", "Chỉ tiêu", [CardLine(t.cite.text, t.cite) for t in p.targets],
                    "Văn bản không nêu chỉ tiêu theo năm.", _target_table(p)),
        CardSection("reporting", "Luồng báo cáo", [CardLine(r.cite.text, r.cite) for r in p.reporting],
                    "Văn bản không nêu quy định báo cáo."),
        CardSection("duties", "Phân công", duties, "Văn bản không nêu phân công cho từng cơ quan."),
        CardSection("milestones", "Mốc sơ kết, tổng kết", [CardLine(m.cite.text, m.cite) for m in p.milestones],
                    "Văn bản không nêu thời điểm sơ kết, tổng kết."),
        CardSection("funding", "Kinh phí", _lines(p.funding), "Văn bản không nêu kinh phí."),
        CardSection("awards", "Khen thưởng", _lines(p.awards), "Văn bản không nêu hình thức khen thưởng."),
    ]
    return SummaryCard(doc=p.doc, draft=p.draft, headline=headline(p.doc, p.draft), sections=sections)


def summary_card(library: Library, ref: str) -> SummaryCard:
    """The card of the document *ref* names (doc_id, number or unambiguous prefix)."""
    doc = find_document(library, ref)
    return build_card(build_profile(library, doc.doc_id))
