"""The village a question names ("ở thôn Khâu Ria") and whether a clause speaks of it: a clause that names only
other villages ("tại nhà văn hóa thôn Tùng Vài Phìn") answers for them, not for the one asked."""

from __future__ import annotations

import re

from index.textnorm import fold_ascii

from .understand import Query
from .units import Unit

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
    text = f"{unit.lead_in} {unit.full_text}"
    named = [fold_ascii(m.group(1)).strip() for m in _NAMED.finditer(text)]
    return not named or any(re.search(rf"\b{re.escape(n)}\b", q.bare) for n in named if n)
