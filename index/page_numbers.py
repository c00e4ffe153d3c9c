"""Which lines of extracted text are page numbers, and which are a figure a PDF happened to wrap onto a line of its
own ("… tăng" / "684" / "người so với năm 2023").

A line that is only a number is a page number when its form says so ("- 3 -", "Trang 2/4"), when it stands next to a
page break (the empty line between two PDF pages, the text's start or end), when the line after it does not carry on a
sentence, or when it runs in sequence with another page number (2 … 3 … 4 in reading order). Before the rest of a
sentence ("tăng" / "684" / "người"), a lone small number in a text that holds no such sequence is still taken for one,
as a typed export of a two-page plan has only its "2"; a lone larger figure, or a share like "10/10", is kept.
"""

from __future__ import annotations

import re

PAGE_NUMBER = re.compile(r"^(-\s*)?(trang\s+)?(\d{1,3})(?:\s*/\s*(\d{1,3}))?(\s*-)?$", re.I)
# the largest lone number still read as the page number of a short text with no sequence of them
LONE_PAGE_MAX = 9


def looks_like_page_number(line: str) -> bool:
    """The line's form is a page number's, whatever its place."""
    return bool(PAGE_NUMBER.match(line.strip()))


def page_furniture(line: str) -> bool:
    """An empty line or a page number: what a page break leaves between two lines of text."""
    return not line.strip() or looks_like_page_number(line)


def page_number_lines(lines: list[str]) -> set[int]:
    """The indices of *lines* that are page numbers."""
    marks: list[tuple[int, int, int | None, bool]] = []
    for i, line in enumerate(lines):
        m = PAGE_NUMBER.match(line.strip())
        if not m:
            continue
        number, total = int(m.group(3)), int(m.group(4)) if m.group(4) else None
        if total is not None and number > total:
            continue  # "12/10" is no page of ten
        framed = bool(m.group(1) or m.group(2) or m.group(5)) or _at_break(lines, i)
        # "12/15" is a share ("12/15 TTHTCĐ xếp loại Tốt") unless framed or in sequence
        marks.append((i, number, total, framed or (total is None and not _goes_on(lines[i + 1]))))
    chained = {i for i, n, t, _ in marks if any(
        (t == t2 or None in (t, t2)) and ((j < i and n2 == n - 1) or (j > i and n2 == n + 1)) for j, n2, t2, _ in marks)}
    if chained:
        return {i for i, _, _, sure in marks if sure} | chained
    return {i for i, n, t, sure in marks if sure or (t is None and n <= LONE_PAGE_MAX)}


def _at_break(lines: list[str], i: int) -> bool:
    return i == 0 or i == len(lines) - 1 or not lines[i - 1].strip() or not lines[i + 1].strip()


# a list item's marker ("a) Phát huy …", "đ. Duy trì …") starts a new line, not the rest of a sentence
_ITEM_MARK = re.compile(r"^[a-zđ][).]\s")


def _goes_on(line: str) -> bool:
    """The line carries on a sentence: it starts in lower case (the figure before it is part of the sentence)."""
    text = line.lstrip().lstrip("\"“(")
    return text[:1].islower() and not _ITEM_MARK.match(text)
