"""Side-by-side comparison: the same slots across documents or localities, every cell cited.

Rows are slots (phases, reporting deadlines, who coordinates, sơ kết, tổng kết, and each target for the chosen
years); columns are documents, or localities (the documents of that place together).
"""

from __future__ import annotations

import csv
import logging
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from index.documents import DocumentMeta
from index.store import Library
from index.textnorm import fold_ascii

from ..study.document_ref import find_document
from .brief_slots import (
    Citation,
    DocSlots,
    MeetingScopeError,
    Review,
    docs_for_locality,
    read_slots,
    short_label,
    short_section,
)
from .compare_align import align, known_titles

log = logging.getLogger(__name__)

EMPTY = "— (không nêu)"
TARGET_YEARS = (2025, 2030)
COORDINATORS_PER_DOC = 3
SHEET = "So sánh"
SOURCES_SHEET = "Nguồn"


@dataclass
class CellItem:
    text: str
    doc_id: str
    citation: Citation | None = None


@dataclass
class Cell:
    items: list[CellItem] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.items


@dataclass
class Column:
    title: str
    documents: list[DocumentMeta]


@dataclass
class Row:
    slot: str  # "phases" | "reporting" | "coordinators" | "review:sơ kết" | "review:tổng kết" | "target"
    label: str
    cells: list[Cell]
    year: int | None = None


@dataclass
class Comparison:
    columns: list[Column]
    rows: list[Row]

    def _tag(self, column: Column, doc_id: str) -> str:
        if len(column.documents) < 2:
            return ""
        doc = next(d for d in column.documents if d.doc_id == doc_id)
        return doc.number or short_label(doc)

    def references(self) -> dict[Citation, int]:
        """Each cited clause once, numbered in reading order (row by row, left to right)."""
        numbers: dict[Citation, int] = {}
        for row in self.rows:
            for cell in row.cells:
                for item in cell.items:
                    if item.citation is not None:
                        numbers.setdefault(item.citation, len(numbers) + 1)
        return numbers

    def cell_text(self, row: Row, index: int, marks: bool = True, numbers: dict[Citation, int] | None = None) -> str:
        cell, column = row.cells[index], self.columns[index]
        if cell.empty:
            return EMPTY
        if marks and numbers is None:
            numbers = self.references()
        lines = []
        for item in cell.items:
            tag = self._tag(column, item.doc_id)
            text = f"{tag}: {item.text}" if tag else item.text
            if marks and item.citation is not None:
                text += f" [{numbers[item.citation]}]"
            lines.append(text)
        return "\n".join(lines)

    def table(self, marks: bool = True) -> list[list[str]]:
        """The header row, then one row per slot: label, then one cell per column."""
        out = [["Mục", *(c.title for c in self.columns)]]
        numbers = self.references()
        for row in self.rows:
            out.append([row.label, *(self.cell_text(row, i, marks, numbers) for i in range(len(self.columns)))])
        return out

    def source_rows(self) -> list[list[str]]:
        """One line per cell citation: reference number, row, column, document, section, quote."""
        numbers = self.references()
        by_id = {d.doc_id: d for c in self.columns for d in c.documents}
        out = []
        for row in self.rows:
            for column, cell in zip(self.columns, row.cells, strict=True):
                for item in cell.items:
                    c = item.citation
                    if c is None:
                        continue
                    out.append([str(numbers[c]), row.label, column.title, short_label(by_id[c.doc_id]),
                                c.section, c.quote])
        return out

    def to_text(self, width: int = 160) -> str:
        table = self.table()
        label_w = 26
        col_w = max(24, (width - label_w) // max(1, len(self.columns)) - 3)
        lines: list[str] = []
        for r, row in enumerate(table):
            wrapped = [textwrap.wrap(row[0], label_w) or [""]]
            for cell in row[1:]:
                parts: list[str] = []
                for piece in cell.split("\n"):
                    parts.extend(textwrap.wrap(piece, col_w) or [""])
                wrapped.append(parts)
            height = max(len(w) for w in wrapped)
            for i in range(height):
                cells = [(w[i] if i < len(w) else "") for w in wrapped]
                lines.append(" | ".join([cells[0].ljust(label_w), *(c.ljust(col_w) for c in cells[1:])]).rstrip())
            lines.append("-" * min(width, label_w + (col_w + 3) * len(self.columns)) if r == 0 else "")
        lines.append("NGUỒN")
        by_id = {d.doc_id: d for c in self.columns for d in c.documents}
        for c, n in self.references().items():
            lines.append(f"  [{n}] {short_label(by_id[c.doc_id])} — {short_section(c.section)}: “{c.quote}”")
        return "\n".join(lines).rstrip() + "\n"

    def to_csv(self, path: str | Path) -> Path:
        """The table, then the numbered sources; UTF-8 with BOM so Excel reads Vietnamese."""
        path = Path(path)
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerows(self.table())
            writer.writerow([])
            writer.writerow(["Nguồn", "Mục", "Cột", "Văn bản", "Phần", "Trích dẫn"])
            writer.writerows(self.source_rows())
        return path

    def to_xlsx(self, path: str | Path) -> Path:
        """Sheet "So sánh" (bold header, wrapped text) and sheet "Nguồn" with each cell's citations."""
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font
        from openpyxl.utils import get_column_letter

        path = Path(path)
        wb = Workbook()
        ws = wb.active
        ws.title = SHEET
        wrap = Alignment(wrap_text=True, vertical="top")
        for row in self.table():
            ws.append(row)
        for cells in ws.iter_rows():
            for cell in cells:
                cell.alignment = wrap
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for cell in ws["A"]:
            cell.font = Font(bold=True)
        ws.column_dimensions["A"].width = 34
        for i in range(len(self.columns)):
            ws.column_dimensions[get_column_letter(i + 2)].width = 48
        ws.freeze_panes = "B2"
        src = wb.create_sheet(SOURCES_SHEET)
        src.append(["Số", "Mục", "Cột", "Văn bản", "Phần", "Trích dẫn"])
        for row in self.source_rows():
            src.append([int(row[0]), *row[1:]])
        for cell in src[1]:
            cell.font = Font(bold=True)
        for cells in src.iter_rows(min_row=2):
            for cell in cells:
                cell.alignment = wrap
        for letter, w in zip("ABCDEF", (6, 34, 30, 28, 40, 90), strict=True):
            src.column_dimensions[letter].width = w
        wb.save(path)
        return path


def compare(library: Library, doc_ids: list[str] | None = None, localities: list[str] | None = None,
            years: tuple[int, ...] = TARGET_YEARS) -> Comparison:
    """Compare documents (doc_id or number) and/or localities; with neither, every document of the library."""
    columns: list[Column] = []
    for ref in doc_ids or []:
        doc = find_document(library, ref)
        columns.append(Column(_doc_title(doc), [doc]))
    for name in localities or []:
        title, docs = docs_for_locality(library, name)
        columns.append(Column(title, docs))
    if not doc_ids and not localities:
        columns = [Column(_doc_title(d), [d]) for d in library.documents]
    if not columns:
        raise MeetingScopeError("Không có văn bản nào để so sánh.")
    slots = {d.doc_id: read_slots(library, d) for c in columns for d in c.documents}
    rows = [
        _row("phases", "Giai đoạn", columns, slots, _phase_items),
        _row("reporting", "Hạn báo cáo (ai → ai, khi nào)", columns, slots, _reporting_items),
        _row("coordinators", "Cơ quan chủ trì / thường trực", columns, slots, _coordinator_items),
        _row("review:sơ kết", "Sơ kết", columns, slots, lambda s: _review_items(s, "sơ kết")),
        _row("review:tổng kết", "Tổng kết", columns, slots, lambda s: _review_items(s, "tổng kết")),
    ]
    rows.extend(_target_rows(library, columns, slots, years))
    return Comparison(columns, rows)


def _doc_title(doc: DocumentMeta) -> str:
    label = short_label(doc)
    return label if not doc.number else f"{label} ({doc.issuer})"


def _row(slot: str, label: str, columns: list[Column], slots: dict[str, DocSlots], read) -> Row:
    cells = [Cell([item for d in c.documents for item in read(slots[d.doc_id])]) for c in columns]
    return Row(slot, label, cells)


def _phase_items(s: DocSlots) -> list[CellItem]:
    return [CellItem(p.text, s.doc.doc_id, p.citation) for p in s.phases]


def _reporting_items(s: DocSlots) -> list[CellItem]:
    items: list[CellItem] = []
    seen: set[str] = set()
    for d in s.deadlines:
        if not d.reporting:
            continue
        left, right = "; ".join(d.reporters), "; ".join(d.recipients)
        who = f"{left} → {right}" if left and right else (left or (f"gửi {right}" if right else ""))
        text = f"{who}: {d.rule}" if who else f"{d.rule}: {d.wording}"
        if fold_ascii(text) not in seen:
            seen.add(fold_ascii(text))
            items.append(CellItem(text, s.doc.doc_id, d.citation))
    return items


def _coordinator_items(s: DocSlots) -> list[CellItem]:
    return [CellItem(f"{c.agency} ({'cơ quan thường trực' if c.standing else 'chủ trì'})", s.doc.doc_id, c.citation)
            for c in s.coordinators[:COORDINATORS_PER_DOC]]


def _review_items(s: DocSlots, kind: str) -> list[CellItem]:
    """Every timing the document gives for a kind of review, less those another one of it narrows."""
    reviews = [r for r in s.reviews if r.kind == kind]
    kept: list[Review] = []
    for r in reviews:
        narrower = [o for o in reviews if o is not r and r.start <= o.start and o.end <= r.end
                    and (o.end - o.start) < (r.end - r.start)]
        if not narrower and not any((k.start, k.end) == (r.start, r.end) for k in kept):
            kept.append(r)
    return [CellItem(r.when, s.doc.doc_id, r.citation) for r in kept]


def _target_rows(library: Library, columns: list[Column], slots: dict[str, DocSlots],
                 years: tuple[int, ...]) -> list[Row]:
    every = [t.indicator for s in slots.values() for t in s.targets]
    titles = known_titles(every)
    items = []
    for ci, column in enumerate(columns):
        for doc in column.documents:
            for t in slots[doc.doc_id].targets:
                if t.year in years:
                    items.append((f"{ci}:{doc.doc_id}", t.year, t.indicator, (ci, doc.doc_id, t)))
    groups = align(items, titles)
    rows = []
    for g in groups:
        first = g.members[0][1][2]
        label = _cut(first.indicator, 90)
        cells = [Cell() for _ in columns]
        for _, (ci, doc_id, t) in g.members:
            own = "" if fold_ascii(t.indicator) == fold_ascii(first.indicator) else f" ({_cut(t.indicator, 90)})"
            cells[ci].items.append(CellItem(f"{t.value}{own}", doc_id, t.citation))
        rows.append(Row("target", f"Chỉ tiêu {g.year}: {label}", cells, g.year))
    filled = {id(r): sum(not c.empty for c in r.cells) for r in rows}
    order = {id(r): i for i, r in enumerate(rows)}
    return sorted(rows, key=lambda r: (r.year, -filled[id(r)], order[id(r)]))


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
