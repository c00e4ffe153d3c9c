"""The list structure of a section: which lines open a list and which items belong to it.

Plans list duties, criteria and award forms as "- " and "+ " items under a line
that introduces them ("Hình thức khen thưởng:", "Đối với cá nhân"); a question
about such a list is answered by the whole list, each item cited.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from index.textnorm import fold_ascii

from .units import is_total_row

if TYPE_CHECKING:
    from .units import Unit

_LETTER = re.compile(r"^\s*[a-zđ]\)\s")
_LEVEL = {"item": 0, "-": 1, "+": 2, "•": 3}
MAX_MEMBERS = 12
# what closes a notice's or letter's body rather than adding to what it asks ("Trên đây là …", "Văn phòng … thông
# báo để các cơ quan … biết, thực hiện")
_CLOSING = re.compile(r"^(?:Trên đây|Nơi nhận|Trong quá trình)|\bthông báo (?:để|cho)\b.*\bbiết\b")


def is_intro(unit: Unit) -> bool:
    """A line that opens a list: ends in ':' or is a short title-like line ("Đối với cá nhân")."""
    text = unit.text.rstrip()
    if text.endswith(":"):
        return True
    return not unit.marker and len(text) <= 90 and not text.endswith((".", ";", ",")) and len(text.split()) >= 2


def list_levels(units: list[Unit]) -> list[int]:
    """The list depth of each unit: items 0, '-' 1, '+' 2; an intro line 0; other plain lines continue the previous."""
    levels: list[int] = []
    for u in units:
        if u.marker:
            levels.append(_LEVEL[u.marker])
        elif is_intro(u):
            levels.append(0)
        else:
            levels.append(levels[-1] if levels else 0)
    return levels


def list_children(units: list[Unit], levels: list[int]) -> list[list[Unit]]:
    """For each unit, the items of the list it opens (none for most units).

    An intro line opens the bullets that follow it, up to the next intro or numbered item;
    a bullet or item opens the deeper units that follow it.
    """
    out: list[list[Unit]] = []
    for i, unit in enumerate(units):
        kids: list[Unit] = []
        if is_total_row(unit.text):  # a table's row of totals ("Cộng | 2.150 | …") opens no list after the table
            out.append(kids)
            continue
        if _opens_paragraphs(units, i):
            out.append(_paragraphs_after(units, i)[:MAX_MEMBERS])
            continue
        for j in range(i + 1, len(units)):
            nxt = units[j]
            if is_intro(unit):
                # "1. … đáp ứng các điều kiện sau:" opens the lettered items "a) …", "b) …" under it
                lettered = nxt.marker == "item" and _LETTER.match(nxt.text) and not _LETTER.match(unit.text)
                if is_intro(nxt) or (nxt.marker == "item" and not lettered) or (not nxt.marker and not kids):
                    break
            elif levels[j] <= levels[i]:
                break
            kids.append(nxt)
        while kids and not kids[-1].marker:
            kids.pop()  # a plain paragraph after the last bullet starts new text
        out.append(kids[:MAX_MEMBERS])
    return out


def _opens_paragraphs(units: list[Unit], i: int) -> bool:
    """"Chủ tịch UBND huyện yêu cầu:" followed by plain paragraphs, each a task: a notice's or letter's list written
    without markers."""
    unit = units[i]
    return (not unit.marker and unit.text.rstrip().endswith(":") and i + 1 < len(units)
            and not units[i + 1].marker and not is_intro(units[i + 1]))


def _paragraphs_after(units: list[Unit], i: int) -> list[Unit]:
    kids: list[Unit] = []
    for nxt in units[i + 1 :]:
        if nxt.marker or is_intro(nxt) or _CLOSING.search(nxt.text):
            break
        kids.append(nxt)
    return kids


# a line opening one of a numbered series written in words: "Bước 2: …", "Giai đoạn 1 (…)", "Tiêu chí 3. …", "Đợt 2"
_SERIES = re.compile(r"^\s*(?:[-+•–]\s*)?(bước|giai đoạn|đợt|tiêu chí|tiêu chuẩn|nhóm|phần việc)\s+(?:\d{1,2}|[IVX]{1,4})\b",
                     re.I)


# a question asking for the steps of a procedure ("gồm mấy bước, là những bước nào", "chia làm mấy giai đoạn")
_SERIES_ASKED = re.compile(r"\b(?:nhung|cac|may|bao nhieu)\s+(buoc|giai doan|dot(?! xuat))\b")  # not "đột xuất"
# "quy trình bình xét … diễn ra thế nào": the steps of a procedure, asked without the word "bước"
_PROCEDURE_ASKED = re.compile(r"\bquy trinh\b(?:\s+\w+){0,10}?\s+(?:dien ra|gom|bao gom|the nao|ra sao|nhu the nao|ntn)\b")


def series_asked(bare: str) -> str:
    """The series word a question asks the members of ("bước" for "gồm những bước nào"), '' when none."""
    m = _SERIES_ASKED.search(bare)
    return m.group(1) if m else "buoc" if _PROCEDURE_ASKED.search(bare) else ""


def opens_series(unit: Unit, word: str) -> bool:
    """*unit* is a line of the series *word* names ("Bước 2. Gửi hồ sơ: …" for "buoc")."""
    m = _SERIES.match(unit.text)
    return m is not None and fold_ascii(m.group(1)) == word


def series(lead: Unit, section: list[Unit]) -> list[Unit]:
    """The other lines of the series *lead* opens in its section ("Bước 1 …", "Bước 2 …" beside "Bước 3 …"), in
    document order; none when *lead* opens no such line."""
    m = _SERIES.match(lead.text)
    if m is None:
        return []
    word = m.group(1).lower()
    return [u for u in section if u.text != lead.text and not u.members
            and (n := _SERIES.match(u.text)) is not None and n.group(1).lower() == word][:MAX_MEMBERS]


def rows_alike(bare: str, shown: list[Unit], section_rows: list[Unit]) -> list[Unit]:
    """"ngân sách huyện … dùng cho những khoản nào": the other rows of a table shown whose cell says what the
    question names as a row shown says it ("Nguồn kinh phí: Ngân sách huyện"), up to a list's length."""
    def cells(unit: Unit) -> set[str]:
        return {fold_ascii(c) for c in unit.cells()}

    named = {c for u in shown for c in cells(u)
             if len(c.split()) >= 2 and not re.search(r"\d", c) and re.search(rf"(?<!\w){re.escape(c)}(?!\w)", bare)}
    if not named:
        return []
    texts = {u.text for u in shown}
    return [u for u in section_rows if u.text not in texts and named & cells(u)][:MAX_MEMBERS]
