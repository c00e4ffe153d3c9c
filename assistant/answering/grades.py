"""A value said of one grade ("xếp loại Tốt … 3.000.000 đồng") answers no question about another ("loại Khá"), nor
one said of a prize ("giải Nhất 2.000.000 đồng, giải Nhì …") a question about another ("giải Khuyến khích"), nor
one said of a form of award ("đề nghị tặng Giấy khen cho không quá 03 cá nhân") a question about another ("Bằng
khen")."""

from __future__ import annotations

import re

from index.textnorm import fold_ascii

from .relevance import GRADE_ASKED
from .understand import Query
from .units import Unit


def _another_named(pattern: re.Pattern[str], q: Query, said: str) -> bool:
    """The question names one or more of *pattern*'s matches and *said* names others only."""
    asked = set(pattern.findall(q.bare))
    if not asked:
        return False
    stated = set(pattern.findall(fold_ascii(said)))
    return bool(stated) and not asked & stated


def of_another_grade(unit: Unit, q: Query) -> bool:
    """The question names a grade and the clause names grades, none of them the one asked."""
    return _another_named(GRADE_ASKED, q, f"{unit.lead_in} {unit.full_text}")


# a form of award: what comes with one, or how many receive it, is not said of another
_AWARD_FORM = re.compile(r"\b(bang khen|giay khen|co thi dua|giay chung nhan|giay cong nhan)\b")


def of_another_award(unit: Unit, q: Query) -> bool:
    """The question names a form of award and the clause names forms of award, none of them the one asked."""
    return _another_named(_AWARD_FORM, q, f"{unit.section} {unit.lead_in} {unit.text}")


# a prize's rank: the sum given for one is not said of another
_PRIZE = re.compile(r"\bgiai\s+(nhat|nhi|ba|tu|khuyen khich|dac biet)\b")


def of_another_prize(unit: Unit, q: Query) -> bool:
    """The question names a prize's rank and the clause names ranks, none of them the one asked."""
    return _another_named(_PRIZE, q, f"{unit.lead_in} {unit.full_text}")
