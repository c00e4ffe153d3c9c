"""A value said of one grade ("xếp loại Tốt … 3.000.000 đồng") answers no question about another ("loại Khá")."""

from __future__ import annotations

from index.textnorm import fold_ascii

from .relevance import GRADE_ASKED
from .understand import Query
from .units import Unit


def of_another_grade(unit: Unit, q: Query) -> bool:
    """The question names a grade and the clause names grades, none of them the one asked."""
    asked = set(GRADE_ASKED.findall(q.bare))
    if not asked:
        return False
    said = set(GRADE_ASKED.findall(fold_ascii(f"{unit.lead_in} {unit.full_text}")))
    return bool(said) and not asked & said
