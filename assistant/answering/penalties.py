"""Which fault a penalty punishes: "gửi báo cáo trễ hạn thì bị xử lý thế nào" is answered by what befalls a late
report, "bài dự thi sao chép thì bị xử lý thế nào" by what befalls a copied entry, not by another sanction."""

from __future__ import annotations

import re

from index.textnorm import fold_ascii

from .understand import Query
from .units import Unit

# a fault of lateness asked ("gửi … trễ hạn thì bị xử lý thế nào"), and said ("gửi sau thời hạn", "không … đúng hạn")
_LATE_ASKED = re.compile(r"\b(?:tre|qua han|cham|sau han|sau (?:ngay|thoi han)|khong dung han|muon)\b")
_LATE_SAID = re.compile(r"\b(?:cham|tre|qua han|sau (?:ngay|han|thoi han|thoi gian)|dung han|dung thoi han|"
                        r"khong (?:gui|nop|bao cao))\b")
# the fault, before what befalls it: "bài dự thi sao chép, đạo văn ở cuộc thi … bị xử lý thế nào"
_FAULT = re.compile(r"^(?:neu\s+)?(.+?)\s+(?:thi\s+)?(?:se\s+)?bi\s+(?:xu ly|phat|ky luat|tru diem|xu phat)\b")
_FAULT_ENDS = re.compile(r"\s+(?:o|tai|trong|cua|theo|thuoc)\s+.*$")
_FAULT_FILLER = frozenset("cac nhung mot neu ma thi se da khi co khong duoc la va hoac cua o tai xa phuong huyen tinh thon "
                          "don vi ca nhan tap the".split())
# a fault counts as unsaid when this many of its words, and half of them, are nowhere in the clause
FAULT_MISSING_WORDS = 3


def _around(unit: Unit) -> str:
    return fold_ascii(f"{unit.section} {unit.lead_in} {unit.full_text}")


def punishes_lateness(unit: Unit, q: Query) -> bool:
    """"gửi báo cáo tổng kết trễ hạn thì bị xử lý thế nào": not what befalls a commune whose learning centre is
    graded "Chưa đạt". A question about a late report is answered by a clause about reports sent late or not sent."""
    return not _LATE_ASKED.search(q.bare) or bool(_LATE_SAID.search(fold_ascii(f"{unit.lead_in} {unit.full_text}")))


def punishes_fault(unit: Unit, q: Query) -> bool:
    """Any other fault asked is one the clause speaks of: "bài dự thi sao chép, đạo văn bị xử lý thế nào" is not
    answered by the rule that dossiers sent late are not considered."""
    m = _FAULT.search(re.sub(r"[,;:]", " ", q.bare))
    if not m or _LATE_ASKED.search(q.bare):
        return True
    places = {w for p in q.places for w in p.split()}  # "Ở xã Đồng Mai, bài dự thi …": where, not what
    fault = [w for w in _FAULT_ENDS.sub("", m.group(1)).split()
             if w not in _FAULT_FILLER and w not in places and not w.isdigit()]
    said = set(re.findall(r"[a-z0-9]+", _around(unit)))
    missing = [w for w in fault if w not in said]
    return len(missing) < FAULT_MISSING_WORDS or 2 * len(missing) < len(fault)
