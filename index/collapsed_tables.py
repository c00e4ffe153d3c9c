"""A table whose column gaps were lost on the way to PDF ("1 Tràng Định 1.246 18 22") becomes pipe rows again
("1 | Tràng Định | 1.246 | 18 | 22"), the form every other table takes, so each figure is read with its column.

A block is taken for such a table only when all of this holds: a header line; at least three rows below it numbered
1, 2, 3 … in turn, each ending with the same number of figures (a row wrapped at the page width is joined back
first); and a header that splits into a name for each column, each name opening with a capital letter ("Xã, thị
trấn | Gia đình | Dòng họ") or being a year's ("Năm 2024"). A total row ("Tổng cộng 7.355 96 128") right after the
rows joins the table. A header's second line, all in lower case ("học tập  học tập  cấp thôn"), cannot be split
into its columns once the gaps are gone and is left out. Anything else stays as it was.
"""

from __future__ import annotations

import re
from collections import Counter

from .page_numbers import looks_like_page_number, page_furniture

# a figure of a cell: "1.246", "74,2", "65%", "58/74", "03", with an aside in brackets ("65% (66/102)")
_FIGURE = re.compile(r"^\d[\d.,/]*%?$")
_ASIDE = re.compile(r"^\(\d[\d.,/%]*\)$")
_ROW = re.compile(r"^(\d{1,2})\.?\s+(\S.*)$")
_INDEX_HEAD = re.compile(r"^(STT|TT|Stt|Số TT)\s+(.*)$")
_TOTAL = re.compile(r"^(?:Tổng cộng|Tổng số|Tổng|Cộng|Toàn (?:huyện|tỉnh|xã|thị xã|thành phố|phường))\b")
_RULE = re.compile(r"^\s*[-–=_]{3,}[-–=_\s]*$")
_BOUNDS = frozenset({"ít nhất", "tối thiểu", "tối đa", "trên", "dưới", "từ", "khoảng", "hơn"})
_ACRONYM = re.compile(r"^[A-ZĐÀ-Ỹ&]{2,}$")
MIN_ROWS = 3
MIN_FIGURES = 2
# lines a wrapped row may take beyond its first
MAX_WRAPS = 2
_CELL = " | "


def _split_figures(text: str) -> tuple[str, list[str]]:
    """("Tràng Định", ["1.246", "18", "22"]) from "Tràng Định 1.246 18 22": the trailing figures, each with its
    aside ("65% (66/102)") and the bound before it ("ít nhất 15/25")."""
    words = text.split()
    figures: list[str] = []
    while words:
        if _ASIDE.match(words[-1]) and len(words) >= 2 and _FIGURE.match(words[-2]):
            figure = words[-2:]
        elif _FIGURE.match(words[-1]):
            figure = words[-1:]
        else:
            break
        del words[-len(figure):]
        for size in (2, 1):
            if len(words) > size and " ".join(words[-size:]) in _BOUNDS:
                figure = words[-size:] + figure
                del words[-size:]
                break
        figures.insert(0, " ".join(figure))
    return " ".join(words), figures


def _header_cells(text: str, wanted: int) -> list[str] | None:
    """The column names of a header whose gaps are lost, split where a name opens with a capital letter (a year
    stays with the word before it: "Năm 2024"); an acronym after a one-word name belongs to it ("Quỹ KH")."""
    cells: list[list[str]] = []
    for word in text.split():
        if word[:1].isupper() and cells and not (_ACRONYM.match(word) and len(cells[-1]) == 1
                                                   and not _ACRONYM.match(cells[-1][0])):
            cells.append([word])
        elif cells:
            cells[-1].append(word)
        else:
            cells.append([word])
    if len(cells) != wanted or not all(c[0][:1].isupper() for c in cells):
        return None
    return [" ".join(c) for c in cells]


Row = tuple[int, int, str, list[str]]  # (first line, line past it, label, figures)


def _rows_below(lines: list[str], start: int) -> list[Row]:
    """The rows numbered 1, 2, 3 … from *start* on, a wrapped row joined back; a page break between two rows (empty
    lines, a page number) is passed over."""
    rows: list[Row] = []
    i = start
    while i < len(lines):
        if rows and page_furniture(lines[i]):
            i += 1
            continue
        m = _ROW.match(lines[i].strip())
        if not m or int(m.group(1)) != len(rows) + 1:
            break
        text, used = m.group(2), 1
        label, figures = _split_figures(text)
        widths = Counter(len(f) for *_, f in rows)
        usual = widths.most_common(1)[0][0] if widths else None
        while used <= MAX_WRAPS and i + used < len(lines) and (usual is None or len(figures) < usual):
            nxt = lines[i + used].strip()
            if not nxt or looks_like_page_number(nxt) or _ROW.match(nxt) and int(_ROW.match(nxt).group(1)) == len(rows) + 2:
                break
            joined_label, joined = _split_figures(f"{text} {nxt}")
            if len(joined) <= len(figures) or (usual is not None and len(joined) > usual):
                break
            text, used, label, figures = f"{text} {nxt}", used + 1, joined_label, joined
        if not label or not any(ch.isalpha() for ch in label):
            break
        rows.append((i, i + used, label, figures))
        i += used
    return rows


def pipe_collapsed_tables(lines: list[str]) -> list[str]:
    """*lines* with each table whose column gaps were lost turned into pipe rows; other lines unchanged."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        head = _INDEX_HEAD.match(lines[i].strip()) if "|" not in lines[i] else None
        table = _table_at(lines, i, head.group(1), head.group(2)) if head else None
        if table is None:
            out.append(lines[i])
            i += 1
            continue
        rows, i = table
        out.extend(rows)
    return out


def _table_at(lines: list[str], i: int, index: str, header: str) -> tuple[list[str], int] | None:
    first = i + 1
    while first < min(len(lines), i + 3) and not _ROW.match(lines[first].strip()):
        if not (lines[first].strip()[:1].islower() or _RULE.match(lines[first])):
            return None  # only a header's lower-case second line, or a rule, stands between it and row 1
        first += 1
    rows = _rows_below(lines, first)
    if not rows:
        return None
    width = Counter(len(f) for *_, f in rows).most_common(1)[0][0]
    short = next((n for n, (*_, f) in enumerate(rows) if len(f) < width), len(rows))
    rows = rows[:short]  # a row with words in a figure's cell ends what can be read as columns
    if len(rows) < MIN_ROWS or width < MIN_FIGURES:
        return None
    names = _header_cells(header, width + 1)
    if names is None:
        return None
    end = rows[-1][1]
    out = [_CELL.join([index, *names])]
    for number, (_, _, label, figures) in enumerate(rows, start=1):
        # a label ending in a figure of its own ("… biết chữ mức 2 97,2% 98,0%") keeps it
        kept = figures[: len(figures) - width]
        out.append(_CELL.join([str(number), " ".join([label, *kept]), *figures[len(figures) - width:]]))
    if end < len(lines) and _TOTAL.match(lines[end].strip()):
        label, figures = _split_figures(lines[end].strip())
        if len(figures) == width and len(label.split()) <= 4:
            out.append(_CELL.join(["…", label, *figures]))
            end += 1
    return out, end
