"""Tables typed with spaces or tabs ("STT  Xã          Gia đình   Dòng họ") become pipe rows ("STT | Xã | …"),
the form Markdown and DOCX tables already take, so each row is read with its column headers.

A block is a table when at least three of its lines split into the same number (three or more) of cells at
gaps of two or more spaces or a tab. A header or signature laid out in two columns never has three cells.
An indented line of words only continues the cells above it (a header wrapped over two lines, a long cell);
a rule of dashes is dropped.
"""

from __future__ import annotations

import re
from collections import Counter

_CELL = re.compile(r"\S+(?: \S+)*")
_CELL_SEP = " | "
_RULE = re.compile(r"^[\s\-–=+:|]+$")
_NUMERIC = re.compile(r"^[\d.,/%()\s-]+$")
MIN_COLUMNS = 3
MIN_ROWS = 3


def _cells(line: str) -> list[tuple[int, str]]:
    """(start column, text) of each cell of *line*; cells are parted by two or more spaces or a tab."""
    return [(m.start(), m.group()) for m in _CELL.finditer(line.replace("\t", "    "))]


def _is_rule(line: str) -> bool:
    return bool(line.strip()) and "-" in line and bool(_RULE.match(line))


def _is_figure(text: str) -> bool:
    """A cell holding a figure ("3.035", "70%", "04/06"), not a unit under a header ("(%)")."""
    return bool(_NUMERIC.match(text)) and any(ch.isdigit() for ch in text)


def _continues(line: str, cells: list[tuple[int, str]]) -> bool:
    """An indented line of words under a row: the rest of its cells, not a row of its own ("Cộng  3.035");
    a header's second line may name units ("năm 2024   6 tháng   (%)")."""
    return bool(cells) and line[:1] in (" ", "\t") and not any(_is_figure(text) for _, text in cells)


def _column(start: int, starts: list[int]) -> int:
    return min(range(len(starts)), key=lambda j: abs(starts[j] - start))


def _rows(block: list[str]) -> list[str]:
    width = Counter(len(_cells(line)) for line in block if not _is_rule(line)).most_common(1)[0][0]
    starts: list[int] = []
    rows: list[list[str]] = []
    for line in block:
        if _is_rule(line):
            continue
        cells = _cells(line)
        if rows and _continues(line, cells) and starts:
            for start, text in cells:
                j = _column(start, starts)
                rows[-1][j] = f"{rows[-1][j]} {text}".strip()
            continue
        if len(cells) == width:
            starts = [s for s, _ in cells]
            rows.append([text for _, text in cells])
        elif starts and len(cells) < width and line[:1] in (" ", "\t"):
            row = [""] * width  # "     Cộng   3.035   2.405": the first cells empty
            for start, text in cells:
                j = _column(start, starts)
                row[j] = f"{row[j]} {text}".strip()
            rows.append(row)
        else:
            rows.append([text for _, text in cells])
    return [" | ".join(cell or "…" for cell in row) for row in rows]


def _is_row(line: str) -> bool:
    return "|" not in line and len(_cells(line)) >= MIN_COLUMNS


def pipe_text_tables(lines: list[str]) -> list[str]:
    """*lines* with each space- or tab-aligned table turned into pipe rows; other lines unchanged."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _is_row(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        j = end = i + 1
        while j < len(lines):
            line = lines[j]
            if not line.strip():  # a word processor's export puts an empty line between rows
                j += 1
                continue
            if not (_is_row(line) or _is_rule(line) or (line[:1] in (" ", "\t") and "|" not in line)):
                break
            j = end = j + 1
        block = [line for line in lines[i:end] if line.strip()]
        j = end
        counts = Counter(len(_cells(line)) for line in block if _is_row(line))
        if counts and counts.most_common(1)[0][1] >= MIN_ROWS:
            out.extend(_rows(block))
        else:
            out.extend(block)
        i = j
    return out


# a rule under a table's header: "----+-----", "|---|:---:|", "====="
_HEADER_RULE = re.compile(r"^\s*\|?\s*:?[-=]{3,}:?(?:\s*[+|]\s*:?[-=]{3,}:?)*\s*\|?\s*$")
MAX_HEADER_LINES = 3


def pipe_cells(line: str, outer: bool) -> list[str]:
    """The cells of a pipe row; *outer* when the table's rows open and close with a pipe ("| a | b |")."""
    inner = line.strip()
    if outer:
        inner = inner.removeprefix("|").removesuffix("|")
    return [c.strip() for c in inner.split("|")]


def join_wrapped_pipe_headers(lines: list[str]) -> list[str]:
    """A pipe table's header wrapped over lines above its rule ("Đơn vị | Gia đình" / "       | học tập" /
    "-----+------") becomes one header row ("Đơn vị | Gia đình học tập"), and the rule goes."""
    out: list[str] = []
    for line in lines:
        if not _HEADER_RULE.match(line) or "-" not in line:
            out.append(line)
            continue
        head = 0
        while head < min(MAX_HEADER_LINES, len(out)) and "|" in out[-1 - head]:
            head += 1
        block = out[len(out) - head :]
        outer = all(row.strip().startswith("|") for row in block)  # else "   | học tập" opens with an empty cell
        rows = [pipe_cells(row, outer) for row in block]
        # a Markdown header is one line (its cells never wrap): only a typed table's header is joined
        if head >= 2 and (not outer or "+" in line) and len({len(r) for r in rows}) == 1 and len(rows[0]) >= 2:
            merged = [" ".join(r[j] for r in rows if r[j]) for j in range(len(rows[0]))]
            out[len(out) - head :] = [" | ".join(merged)]
        if "+" not in line:
            out.append(line)  # a Markdown rule stays for the Markdown reader
    return out



def is_total_label(text: str) -> bool:
    return bool(re.match(r"\s*(?:tổng cộng|tổng số|tổng|cộng|toàn (?:huyện|tỉnh|xã))\b", text, re.I))


def fill_merged_cells(lines: list[str]) -> list[str]:
    """A row whose first cell is empty under a row that fills it ("| 1.2. Chi hội … | 5" under "Tiêu chí 1. Lãnh
    đạo … | 1.1. … | 5"): a cell merged down the rows of its group, so each row gets the group's name. Under a
    table's header row, and outside a table, the empty cell stays empty ("…")."""
    out: list[str] = []
    for line in lines:
        if not line.startswith("| "):
            out.append(line)
            continue
        rest = line[2:]
        above = out[-1] if out else ""
        in_table = _CELL_SEP in above and len(out) >= 2 and _CELL_SEP in out[-2]  # a row above the header row
        first = above.split(_CELL_SEP)[0].strip() if in_table else ""
        if not re.search(r"[^\W\d_]{2}", first) or is_total_label(rest):
            first = ""  # a row's number ("6", "II") is its own; a total row under the last group is no member
        width = rest.count(_CELL_SEP) + 2
        out.append(f"{first} | {rest}" if first and above.count(_CELL_SEP) + 1 == width else f"… | {rest}")
    return out
