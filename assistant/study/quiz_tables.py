"""Drafts read from a document's pipe tables: each cell of a table of targets (indicator × year), and each row
of a table of tasks (who leads it, by when it is due).

The target cells come from the shared profile (profile_targets); the table is read again here only to find
the column heading the year stands under and the row's other figures, which make the best distractors: the
same indicator's result of the year before or its target for another year.
"""

from __future__ import annotations

import re

from index.documents import DocumentMeta

from . import quiz_values as qv
from .quiz_draft import Draft, clean_agency, inner_quotes
from .quiz_items import SLOT_KINDS, Citation, QuizSource, doc_ref

_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_RESULT = re.compile(r"kết quả|thực hiện", re.I)
_UNIT_HEAD = re.compile(r"(?:đơn vị tính|đơn vị|đvt)", re.I)
_PERCENT_CELL = re.compile(r"\d{1,3}(?:,\d+)?\s*%")
_AMOUNT_CELL = re.compile(r"[\d.,]+\s*(?:triệu đồng|tỷ đồng|nghìn đồng|đồng|triệu|tỷ)", re.I)
_TASK_HEAD = re.compile(r"(?:nội dung|nhiệm vụ|công việc)", re.I)
_LEAD_HEAD = re.compile(r"chủ trì", re.I)
_DUE_HEAD = re.compile(r"thời gian|thời hạn|hoàn thành", re.I)
_DUE_CELL = re.compile(r"(?:(?P<word>trước|chậm nhất)(?:\s+là)?\s+)?(?:ngày\s+)?(?P<date>\d{1,2}/\d{1,2}(?:/\d{4})?)", re.I)
LEADS_PER_AGENCY = 2  # a table where one body leads every row would otherwise ask the same answer again and again


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _pipe_lines(text: str) -> list[str]:
    return [x.strip() for x in text.split("\n") if "|" in x]


def _table_with(source: QuizSource, doc_id: str, section: str, row: str) -> tuple[list[str], list[str]] | None:
    """The heading row and the cells of *row*, from the chunk of *section* that holds both."""
    for chunk in source.chunks(doc_id):
        lines = _pipe_lines(chunk.text) if chunk.section == section else []
        if len(lines) > 1 and row.strip() in lines[1:]:
            return _cells(lines[0]), _cells(row)
    return None


def cell_slot(value: str) -> str | None:
    """The slot a table cell's figure is asked in (its kind of value), None for a cell that is not one figure."""
    if _PERCENT_CELL.fullmatch(value):
        return "target_cell"
    if _AMOUNT_CELL.fullmatch(value) and qv.parse_amount(value) is not None:
        return "target_cell_amount"
    parsed = qv.parse_count(value)
    if parsed and re.fullmatch(r"(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,2})?", parsed[1]):
        return "target_cell_count"
    return None


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def target_cell_drafts(source: QuizSource, doc: DocumentMeta) -> list[Draft]:
    out: list[Draft] = []
    ref = doc_ref(doc)
    for cell in source.profile(doc.doc_id).targets:
        quote = cell.cite.quote
        table = _table_with(source, doc.doc_id, cell.cite.section, quote) if "|" in quote and cell.year else None
        if table is None:
            continue
        header, row = table
        # the one column of targets headed by the year (a column of results, or two of that year, is no answer)
        columns = [i for i, h in enumerate(header) if i and set(_YEAR.findall(h)) == {str(cell.year)}
                   and not _RESULT.search(h)]
        if len(row) != len(header) or len(columns) != 1:
            continue
        col = columns[0]
        value = row[col]
        slot = cell_slot(value)
        if slot is None or not qv.same_value(SLOT_KINDS[slot], value, cell.value):
            continue
        unit_col = next((i for i, h in enumerate(header) if i and _UNIT_HEAD.fullmatch(h.strip())), None)
        near = tuple(row[i] for i in range(1, len(row)) if i not in (col, unit_col) and cell_slot(row[i]) == slot)
        by = "đến năm" if re.search(rf"(?:đến|tới)\s+(?:hết\s+)?năm\s+{cell.year}", header[col], re.I) else "năm"
        unit = f" (đơn vị tính: {_lower_first(row[unit_col])})" if unit_col is not None and row[unit_col] else ""
        q = (f"Theo {ref}, trong bảng chỉ tiêu, chỉ tiêu {by} {cell.year} của “{inner_quotes(row[0])}” "
             f"là bao nhiêu{unit}?")
        out.append(Draft(doc.doc_id, slot, f"{cell.indicator}@{cell.year}", q, value,
                         Citation(doc.doc_id, doc.source, cell.cite.section, quote), group=cell.indicator, near=near))
    return out


def _column(header: list[str], pattern: re.Pattern[str], *, unless: str = "") -> int | None:
    return next((i for i, h in enumerate(header) if pattern.search(h) and not (unless and re.search(unless, h, re.I))),
                None)


def task_table_drafts(source: QuizSource, doc: DocumentMeta) -> list[Draft]:
    """Rows of a table of tasks ("Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành")."""
    out: list[Draft] = []
    ref = doc_ref(doc)
    led: dict[str, int] = {}
    asked: set[str] = set()
    for chunk in source.chunks(doc.doc_id):
        lines = _pipe_lines(chunk.text)
        header = _cells(lines[0]) if len(lines) > 1 else []
        task_col = _column(header, _TASK_HEAD)
        if task_col is None:
            continue
        lead_col = _column(header, _LEAD_HEAD, unless="phối hợp")
        due_col = _column(header, _DUE_HEAD)
        for line in lines[1:]:
            row = _cells(line)
            task = row[task_col] if len(row) == len(header) else ""
            if len(task) < 20 or line in asked:
                continue
            asked.add(line)
            cite = Citation(doc.doc_id, doc.source, chunk.section, line)
            agency = clean_agency(row[lead_col]) if lead_col is not None else None
            if agency and led.get(agency, 0) < LEADS_PER_AGENCY:
                led[agency] = led.get(agency, 0) + 1
                q = f"Theo {ref}, trong bảng phân công nhiệm vụ, đơn vị nào chủ trì nội dung “{inner_quotes(task)}”?"
                out.append(Draft(doc.doc_id, "lead", task, q, agency, cite))
            due = _DUE_CELL.fullmatch(row[due_col]) if due_col is not None else None
            if due and (d := qv.parse_date(due.group("date"))):
                word = (due.group("word") or "").lower()
                verb = "nộp" if "nộp" in header[due_col].lower() else "hoàn thành"
                when = f"phải {verb} {word} ngày nào" if word else f"có thời hạn {verb} là ngày nào"
                q = f"Theo {ref}, nội dung “{inner_quotes(task)}” {when}?"
                out.append(Draft(doc.doc_id, "due", task, q, qv.show_date(*d), cite))
    return out
