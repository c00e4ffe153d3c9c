"""A value the question itself gives is no answer to it: "trong 1.850 triệu ngân sách … bao nhiêu dành cho Tuần
lễ" is not answered by the clause that states the 1.850 triệu, nor "tăng từ 70% lên bao nhiêu" by a clause that
gives the 70% alone."""

from __future__ import annotations

import re

from index.textnorm import fold_ascii

from .quantities import amounts
from .understand import PERCENT, Query
from .units import Unit

# the question asks for a quantity ("bao nhiêu", "mấy", "mức nào"), not who pays a sum it names
_HOW_MUCH = re.compile(r"\b(?:bao nhieu|bn|may|muc nao)\b")


def _percents(text: str) -> set[str]:
    return {p.replace(".", ",").rstrip("0").rstrip(",") if "," in p or "." in p else p for p in PERCENT.findall(text)}


def _amounts(text: str) -> set[int]:
    return amounts(fold_ascii(text))  # "1.850 triệu" and "1,85 tỷ" are one sum


_VALUES = {"money": _amounts, "percent": _percents}


def restates_given(unit: Unit, q: Query, kind: str) -> bool:
    """Every sum (or percentage) the clause states is one the question already gives while asking for another."""
    read = _VALUES.get(kind)
    if read is None or q.has("yesno") or not _HOW_MUCH.search(q.bare):
        return False
    given = read(q.text)
    stated = read(unit.full_text)
    return bool(given) and bool(stated) and stated <= given
