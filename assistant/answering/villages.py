"""The village a question names ("ở thôn Khâu Ria") and whether a clause speaks of it: a clause that names only
other villages ("tại nhà văn hóa thôn Tùng Vài Phìn") answers for them, not for the one asked."""

from __future__ import annotations

import re

from index.textnorm import fold_ascii

from .understand import Query
from .units import TABLE_CELL, Unit

_KINDS = r"thon|ap|xom|khom|bon|lang|to dan pho|khu pho"
# a village named by its kind and a name in a clause, as written: "thôn Tùng Vài Phìn", "ấp Tân Hòa"
_NAMED = re.compile(r"\b(?:[Tt]hôn|[Ấấ]p|[Xx]óm|[Kk]hóm|[Bb]uôn|[Tt]ổ dân phố|[Kk]hu phố)\s+((?:[A-ZĐÂĂÊÔƠƯ0-9][\w-]*\s*){1,4})")
# the kind followed by a word that names no village: "các thôn", "thôn nào", "cấp thôn", "thôn trên địa bàn"
_NOT_A_NAME = frozenset("nao tren trong da dat duoc co va cua phai thuc hien to gui bao lap moi cac nhung deu thi "
                        "la hoc tap ve o tai xa phuong huyen tinh".split())


def asks_a_village(q: Query) -> bool:
    """The question names one village ("ngày hội đọc sách ở thôn Khâu Ria"), not villages in general."""
    return any(m.group(2) not in _NOT_A_NAME
               for m in re.finditer(rf"(?<!cap )(?<!moi )(?<!cac )\b({_KINDS})\s+([a-z0-9]+)", q.bare))


def at_asked_village(unit: Unit, q: Query) -> bool:
    """A clause naming villages speaks of the one asked only when it names that one too."""
    if not asks_a_village(q):
        return True
    text = f"{unit.lead_in} | {unit.full_text}"  # a header ending "… cấp thôn" names no village "1" of its row
    named = [fold_ascii(m.group(1)).strip() for m in _NAMED.finditer(text)]
    return not named or any(re.search(rf"\b{re.escape(n)}\b", q.bare) for n in named if n)


# a capital letter of Vietnamese, for names written as typed
CAPITAL = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ"
# places listed together by name after their kind: "tại các xã Hùng Mỹ, Yên Lập và Hòa Phú", "ở 03 thôn: Nà Khà,
# Bản Bó", "có 07 thôn gồm: Vĩnh Thạnh Tây, …" (not a kind of them: "các thôn thuộc huyện Bác Ái")
_LISTED = re.compile(rf"\b(?:các|\d{{1,2}})\s+(?:xã|phường|thị trấn|thôn|ấp|bản|xóm|khóm|huyện)(?:\s+(?:gồm|bao gồm|là))?\s*:?\s+([{CAPITAL}][^.;()]{{2,200}})")


def one_of_several(unit: Unit, q: Query, villages: tuple[str, ...] = ()) -> bool:
    """A count or sum the clause gives for several places listed together ("năm 2024 huyện mở 06 lớp … tại các xã
    Hùng Mỹ, …, Hòa Phú") is not the figure of the one place asked among them (a rate set for them holds for each)."""
    if TABLE_CELL in unit.text:
        return False
    own = {fold_ascii(p) for p in (unit.doc.locality, unit.doc.district, unit.doc.province) if p}
    asked = [p for p in [*q.places, *villages] if p not in own]  # villages (folded) the gazetteer does not hold
    if not asked:
        return False
    for m in _LISTED.finditer(unit.full_text):
        listed = fold_ascii(m.group(1))
        if any(re.search(rf"\b{re.escape(p)}\b", listed) for p in asked) and re.search(r",|\bva\b", listed):
            return True
    return False
