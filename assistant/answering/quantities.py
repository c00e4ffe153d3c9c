"""Counts, spans of years and amounts of money, as a yes/no question asserts them and a clause states them
("học sinh 14 tuổi" against "từ 15 tuổi trở lên", "có giá trị 2 năm" against "01 năm", "120 triệu đồng")."""

from __future__ import annotations

import re

# counts a yes/no question may assert ("học sinh 14 tuổi", "đề nghị 3 cá nhân"), over diacritics-free text;
# units that also follow day and month numbers ("15 tháng 6", "8 năm 2024") are left out
_QUANTITY_UNITS = r"tuoi|diem|lao dong|nguoi|lan|ca nhan|tap the|don vi|thanh vien|hoc vien|lop|buoi|bo|chuyen de|phut|ho|dong ho"
# "10 người lao động" and "15 lao động" count the same thing
QUANTITY = re.compile(rf"\b(\d{{1,4}})\s+(?:nguoi\s+(?=lao dong\b))?({_QUANTITY_UNITS})\b")
# a span of years a question asserts ("có giá trị 2 năm", "3 năm liên tục"), not one in a name ("sơ kết 3 năm"),
# and one a clause says (never the year of a day: "tháng 12 năm 2024")
SPAN_ASKED = re.compile(r"\b(?:gia tri|thoi han|hieu luc)\s+(?:trong\s+)?(\d{1,2})\s+nam\b|\b(\d{1,2})\s+nam\s+(?:lien tuc|lien tiep|lien)\b")
_SPAN_SAID = re.compile(r"(?<!thang )\b(\d{1,2})\s+(nam)\b(?!\s*\d)")
_AT_LEAST = re.compile(r"\b(?:tu|it nhat|toi thieu)\s+$")
_ABOVE = re.compile(r"\b(?:tren|hon)\s+$")
_BELOW = re.compile(r"\b(?:duoi|chua den|chua du)\s+$")
_AT_MOST = re.compile(r"\b(?:toi da|khong qua|khong vuot qua|den)\s+$")


def asserted_counts(bare: str) -> list[tuple[int, str]]:
    """The (value, unit) counts a folded question asserts, a span of years as (n, "nam")."""
    return [(int(n), u) for n, u in QUANTITY.findall(bare)] + [(int(a or b), "nam") for a, b in SPAN_ASKED.findall(bare)]


def quantity_holds(value: int, unit: str, text: str) -> bool | None:
    """Whether *value* *unit* meets a bound *text* sets for that unit ("từ 15 tuổi trở lên", "không quá 02
    cá nhân", "70 điểm"); None when *text* states no count of that unit."""
    verdicts = []
    for m in (_SPAN_SAID if unit == "nam" else QUANTITY).finditer(text):
        if m.group(2) != unit:
            continue
        bound, before, after = int(m.group(1)), text[max(0, m.start() - 24) : m.start()], text[m.end() : m.end() + 12]
        if _AT_LEAST.search(before) or after.lstrip().startswith("tro len"):
            verdicts.append(value >= bound)
        elif _ABOVE.search(before):
            verdicts.append(value > bound)
        elif _BELOW.search(before):
            verdicts.append(value < bound)
        elif _AT_MOST.search(before) or after.lstrip().startswith("tro xuong"):
            verdicts.append(value <= bound)
        else:
            verdicts.append(value == bound)
    return any(verdicts) if verdicts else None


# amounts of money, over diacritics-free text: "1.000.000 đồng", "120 triệu đồng", "1,5 tỷ", and a cell under a
# column of amounts ("Quỹ khuyến học (triệu đồng): 110")
_SCALE = {"ty": 10**9, "trieu": 10**6, "nghin": 10**3, "ngan": 10**3}
_IN_DONG = re.compile(r"\b(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:dong|vnd)\b")
_SCALED = re.compile(r"\b(\d+(?:[.,]\d{1,3})?)\s*(ty|trieu|nghin|ngan)\b(?!\s*(?:nguoi|hoc|ho|luot))")
_COLUMN_CELL = re.compile(r"\((ty|trieu|nghin|ngan) dong\)\s*:\s*(\d[\d.,]*)")


def amounts(folded: str) -> set[int]:
    """The amounts of money *folded* states, in đồng."""
    out = {int(re.sub(r"[.,]", "", n)) for n in _IN_DONG.findall(folded)}
    for n, scale in [*_SCALED.findall(folded), *((n, s) for s, n in _COLUMN_CELL.findall(folded))]:
        out.add(round(float(n.replace(",", ".")) * _SCALE[scale]))
    return out
