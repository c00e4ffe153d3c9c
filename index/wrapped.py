"""Lines a PDF printer wrapped at the page width inside Markdown marks, joined back before cleaning.

A Markdown document printed to PDF keeps its marks as text, and the printer breaks long lines wherever the
width runs out: a table row ("| UBND TỈNH … | **CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM** |"), a heading
("## Đánh giá, công nhận … huyện Bảo Yên" / "năm 2025") or a bold line ("**Nguyễn Thị Kim" / "Loan**"). Read
line by line, each half loses what the marks said: the row its cells, the title its end, the signer his name.

The width a printer broke a text's lines at is read from the text itself (`wrap_width`), for the cleaner to
tell a line that reached the margin from one that ended its paragraph.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from .page_numbers import looks_like_page_number

# a wrapped row, heading or bold line goes on over this many lines at most
MAX_WRAPPED_LINES = 8
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+\S")
# a line opening a list item or clause: never the rest of the line above
_OPENS_ITEM = re.compile(r"^\s*(?:[a-zđ]\)|[-+•–]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[IVXLC]+\.\s)")

# a heading this long reached the page's edge; a line this short after it is its rest
WRAPPED_WIDTH = 60
SHORT_REST = 50
_RULE_ROW = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
# a piece of a rule broken at the page width ("|---|---|-" / "--|")
_RULE_PIECE = re.compile(r"^[|:\-\s]*-[|:\-\s]*$")
# how far from a broken row its table's rule is looked for (a page break may sit between them)
RULE_DISTANCE = 40
# whole rows that tell a table's width when it has no rule
MIN_WHOLE_ROWS = 3


def join_wrapped_lines(lines: list[str]) -> list[str]:
    """*lines* with each table row, heading or bold span a page's width broke joined back into one line."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        end = _wrapped_end(lines, i)
        if end > i + 1:
            joined = lines[i].strip()
            for j in range(i + 1, end):
                if _page_break(lines, j):
                    continue  # a row broken across two pages: the page number and empty lines between go
                part = lines[j].strip()
                # a table's rule broken mid-dash ("|---|---|-" / "--|") joins without a space
                joined = f"{joined}{part}" if joined.endswith("-") and part.startswith("-") else f"{joined} {part}"
            out.append(joined)
            i = end
        else:
            out.append(lines[i])
            i += 1
    return out


def _wrapped_end(lines: list[str], i: int) -> int:
    """The index after the last line that continues line *i*, or i + 1 when none does."""
    line = lines[i].strip()
    if _RULE_PIECE.match(line) and not line.endswith("|"):
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        return i + 2 if _RULE_PIECE.match(nxt) and nxt.endswith("|") and not nxt.startswith("|") else i + 1
    if line.startswith("|") and not _RULE_ROW.match(line):
        width = _table_width(lines, i)
        # "| 1 | Phòng GD&ĐT huyện Cẩm Giàng | Báo cáo …; Biểu số 02 |" / "Chưa gửi |": broken at a cell's end
        if not line.endswith("|") or (width is not None and line.count("|") < width):
            return _row_end(lines, i, width)
        return i + 1
    if line.count("**") % 2 == 1:
        return _until(lines, i, lambda part: part.count("**") % 2 == 1)
    if _MD_HEADING.match(line) and "**" not in line and i + 1 < len(lines):
        nxt = lines[i + 1].strip()
        if nxt and not _OPENS_ITEM.match(nxt) and not _MD_HEADING.match(nxt) and "|" not in nxt and (
            nxt[:1].islower()  # a sentence never starts in lower case
            # "## … trên địa bàn huyện" / "Than Uyên": a long heading's short rest, a name broken in two
            or (len(line) >= WRAPPED_WIDTH and len(nxt) <= SHORT_REST and not nxt.endswith((":", ".", ";")))
        ):
            return i + 2
    return i + 1



def _table_width(lines: list[str], i: int) -> int | None:
    """The pipes a full row of the table holds, read from the nearest rule ("|---|:---:|"): below a header row,
    above a body row."""
    below = range(i + 1, min(len(lines), i + 2 + MAX_WRAPPED_LINES))
    above = range(i - 1, max(-1, i - RULE_DISTANCE), -1)
    found = [j for j in (*below, *above) if "|" in lines[j] and _RULE_ROW.match(lines[j])]
    if found:
        return lines[min(found, key=lambda j: abs(j - i))].strip().count("|")
    # a table typed with no rule: the pipes most of its whole rows hold
    near = range(max(0, i - RULE_DISTANCE), min(len(lines), i + RULE_DISTANCE))
    whole = Counter(lines[j].strip().count("|") for j in near
                    if lines[j].strip().startswith("|") and lines[j].strip().endswith("|"))
    if not whole:
        return None
    pipes, rows = whole.most_common(1)[0]
    return pipes if rows >= MIN_WHOLE_ROWS else None


def _row_end(lines: list[str], i: int, width: int | None) -> int:
    """A row is joined only when a line closes it (Markdown lets a row leave its last pipe out), and, when its
    table's rule tells how many pipes a row holds, only once it holds them all: a cell's end may fall at a line's
    end ("| **Nơi nhận:**<br>- UBND các huyện," / "thị xã …; - Lưu: VT. |" / "**KT. GIÁM ĐỐC** … |")."""
    pipes = lines[i].count("|")
    for j in range(i + 1, min(len(lines), i + 1 + MAX_WRAPPED_LINES)):
        part = lines[j].strip()
        if width is not None and _page_break(lines, j):
            continue
        if not part or _RULE_ROW.match(part):
            return i + 1
        if part.startswith("|") and (width is None or pipes + part.count("|") > width):
            return i + 1  # another row
        pipes += part.count("|")
        if part.endswith("|") and (width is None or pipes >= width):
            return j + 1 if width is None or pipes == width else i + 1
    return i + 1


def _page_break(lines: list[str], j: int) -> bool:
    """Line *j* is an empty line or a page number beside one: where one PDF page ends and the next begins."""
    if not lines[j].strip():
        return True
    return looks_like_page_number(lines[j]) and any(
        0 <= k < len(lines) and not lines[k].strip() for k in (j - 1, j + 1))


def _until(lines: list[str], i: int, closes) -> int:
    for j in range(i + 1, min(len(lines), i + 1 + MAX_WRAPPED_LINES)):
        part = lines[j].strip()
        if not part or part.startswith("|"):
            return i + 1
        if closes(part):
            return j + 1
    return i + 1


# lines the next line continues in lower case that tell a printed text's width; a text with fewer is one whose
# lines are its paragraphs (TXT, Markdown, DOCX)
MIN_WRAPPED_LINES = 8
# … and a printer breaks them all near one width: the middle half of their lengths lies within this share of it
WIDTH_SPREAD = 0.15
# a line this many characters short of that width or less reached the right margin
FULL_SLACK = 6


def wrap_width(lines: list[str]) -> int | None:
    """The width, in characters, a printer broke this text's lines at: the median length of the lines the next
    one continues in lower case (a sentence never starts in lower case)."""
    lengths = sorted(len(a.strip()) for a, b in pairwise(lines) if a.strip() and b.strip()[:1].islower())
    n = len(lengths)
    if n < MIN_WRAPPED_LINES:
        return None
    width = lengths[n // 2]
    return width if lengths[3 * n // 4] - lengths[n // 4] <= WIDTH_SPREAD * width else None


def reaches_width(line: str, width: int) -> bool:
    """Whether *line* reached the right margin of a text printed at *width*."""
    return len(line.strip()) >= width - FULL_SLACK
