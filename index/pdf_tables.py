"""Ruled tables in a PDF, read row by row.

pypdf reads an office suite's table in the order it was drawn: each cell's wrapped lines under one another, so a
row's cells are scattered over many lines and its columns are lost ("1 Gửi số liệu xóa" / "mù chữ, phổ cập" /
"Phòng GD&ĐT" / …). pdfplumber finds a table from its ruling lines and reads each cell whole. Each row then
takes the form a DOCX table's row takes (its cells joined by " | ") in place of the words pypdf gave for the
table. A row a page break cut in two (the next page's table opens with an empty first cell) is joined back, and
a header row repeated at the top of the next page is dropped.

Nothing here is trusted blindly: a table replaces pypdf's text only where a run of that page's words holds
exactly the table's words, so a table pdfplumber misread leaves the page as pypdf gave it.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

# a continued table starts in the top share of its page, the table it continues ends in the bottom share of its own
PAGE_EDGE_SHARE = 0.25
# points two column rules may differ by and still be the same column
SAME_COLUMN_PT = 2.0

_WORD = re.compile(r"\S+")
_BROKEN_AT_HYPHEN = re.compile(r"(?<=[\w)])-$")
# pieces of an e-mail or web address ("xhht.pgdchus" / "e@gialai.edu" / ".vn", "www.sgd." / "gov.vn")
_ADDRESS_START = re.compile(r"(?:[\w.-]*@[\w.-]*|(?:www\.|https?://)\S*)[\w./]$", re.ASCII)
_ADDRESS_REST = re.compile(r"^(?:\.[\w-]|[\w-]+\.[\w.-]*\w|[\w.-]*@)", re.ASCII)
_LOCAL_PART = re.compile(r"(?:^|\s)[\w-]*[._][\w._-]*\w$", re.ASCII)


@dataclass
class PageTable:
    page: int
    rows: list[list[str]]  # each cell's text, its wrapped lines still apart ("Phòng GD&ĐT\ncác huyện")
    columns: tuple[float, ...]  # x of each column's left rule
    top_share: float  # where the table starts, as a share of the page's height from the top
    bottom_share: float

    def words(self) -> Counter[str]:
        return Counter(word for row in self.rows for cell in row for word in _WORD.findall(cell))


def find_tables(path: Path) -> list[PageTable]:
    """The ruled tables of *path* with at least two rows and two columns, in page order; none when pdfplumber
    cannot read the file (pypdf's text is then used as it is)."""
    try:
        import pdfplumber

        tables: list[PageTable] = []
        with pdfplumber.open(str(path)) as pdf:
            for number, page in enumerate(pdf.pages):
                tables.extend(_ruled_tables(number, page))
                page.close()  # drops the page's parsed objects: a long PDF is read in constant memory
        return tables
    except Exception as exc:  # a damaged or unusual file: pypdf's reading stands
        log.info("tables in %s not read: %s", path.name, exc)
        return []


def _ruled_tables(number: int, page) -> list[PageTable]:
    tables: list[PageTable] = []
    if len(page.lines) + len(page.rects) < 4:  # no rules drawn, no ruled table
        return tables
    for found in page.find_tables():
        rows = [[_nfc(cell) for cell in row] for row in found.extract()]
        columns = tuple(sorted({round(cell[0], 1) for cell in found.cells}))
        if len(rows) < 2 or len(columns) < 2 or max(sum(1 for cell in row if cell) for row in rows) < 2:
            continue
        x0, top, x1, bottom = found.bbox
        height = float(page.height) or 1.0
        tables.append(PageTable(number, rows, columns, top / height, bottom / height))
    return tables


def splice_tables(pages: list[str], tables: list[PageTable]) -> list[str]:
    """*pages* (pypdf's text of each page) with each table's words replaced by its rows, one per line."""
    pages = list(pages)
    searched_from = [0] * len(pages)
    for parts in _continued_groups(tables):
        spans = []
        for part in parts:
            span = _span_of(pages[part.page], part.words(), searched_from[part.page])
            if span is None:
                break
            spans.append(span)
        if len(spans) != len(parts):
            log.debug("table on page %d left as pypdf read it", parts[0].page + 1)
            continue
        rows = _rows(parts)
        for index, (part, (start, end)) in enumerate(zip(parts, spans, strict=True)):
            text = pages[part.page]
            block = "\n" + "\n".join(rows) + "\n" if index == 0 else "\n"
            pages[part.page] = text[:start] + block + text[end:]
            searched_from[part.page] = start + len(block)
    return pages


def _continued_groups(tables: list[PageTable]) -> list[list[PageTable]]:
    """The tables in groups: each one with the parts of it that page breaks carried onto the next pages."""
    groups: list[list[PageTable]] = []
    for table in tables:
        if groups and _continues(groups[-1][-1], table):
            groups[-1].append(table)
        else:
            groups.append([table])
    return groups


def _continues(before: PageTable, table: PageTable) -> bool:
    return (
        table.page == before.page + 1
        and before.bottom_share >= 1 - PAGE_EDGE_SHARE
        and table.top_share <= PAGE_EDGE_SHARE
        and len(before.columns) == len(table.columns)
        and all(abs(a - b) <= SAME_COLUMN_PT for a, b in zip(before.columns, table.columns, strict=True))
    )


def _rows(parts: list[PageTable]) -> list[str]:
    rows = [list(row) for row in parts[0].rows]
    header = rows[0]
    for part in parts[1:]:
        more = [list(row) for row in part.rows]
        if more and more[0] == header:
            more = more[1:]
        if more and rows and not more[0][0] and len(more[0]) == len(rows[-1]):
            rows[-1] = [_join_lines(f"{a}\n{b}") for a, b in zip(rows[-1], more[0], strict=True)]
            more = more[1:]
        rows.extend(more)
    return [line for line in (_row_line(row) for row in rows) if line]


def _row_line(row: list[str]) -> str:
    """The row's cells joined by " | "; empty ones (and those a merged cell spans) are left out, as in a DOCX row.
    Two equal neighbours stay: unlike python-docx, pdfplumber does not repeat a merged cell."""
    return " | ".join(value for value in map(_join_lines, row) if value)


def _join_lines(cell: str) -> str:
    """A cell's wrapped lines as one line. A word broken at its hyphen ("GDTrH-" / "GDTX") is joined whole, and so
    is an address a narrow cell broke wherever it had to ("xhht.pgdchus" / "e@gialai.edu" / ".vn")."""
    text = ""
    for line in (part.strip() for part in cell.split("\n")):
        if not line:
            continue
        if text and not (_BROKEN_AT_HYPHEN.search(text) or _breaks_address(text, line)):
            text += " "
        text += line
    return text


def _breaks_address(before: str, after: str) -> bool:
    """Whether a narrow cell broke an e-mail or web address between *before* and *after*."""
    if after[:1] in ".@" and before[-1:].isascii() and before[-1:].isalnum():
        return True
    if _ADDRESS_START.search(before):
        return bool(_ADDRESS_REST.match(after))
    return bool(_LOCAL_PART.search(before)) and bool(re.match(r"[\w.-]*@", after, re.ASCII))


def _span_of(text: str, words: Counter[str], start_at: int) -> tuple[int, int] | None:
    """Where in *text*, from *start_at*, a run of consecutive words holds exactly *words*."""
    tokens = [m for m in _WORD.finditer(text) if m.start() >= start_at]
    size = sum(words.values())
    if not size or len(tokens) < size:
        return None
    window = Counter(m.group() for m in tokens[:size])
    for first in range(len(tokens) - size + 1):
        if first:
            window[tokens[first - 1].group()] -= 1
            window[tokens[first + size - 1].group()] += 1
        if +window == words:
            return tokens[first].start(), tokens[first + size - 1].end()
    return None


def _nfc(cell: str | None) -> str:
    return unicodedata.normalize("NFC", cell or "")
