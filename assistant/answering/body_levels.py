"""The level a body that stands at every level is named at ("Hội Khuyến học tỉnh", "Ban Chỉ đạo các huyện",
"Chi hội khuyến học thôn"), and a clause that names the body asked only at other levels."""

from __future__ import annotations

import re

from index.textnorm import fold_ascii
from index.vocabulary.terms import AGENCIES

from .understand import Query
from .units import Unit

# the level a body of every level is named at: "Hội Khuyến học tỉnh", "Ban Chỉ đạo các huyện"
_LEVEL_AFTER = re.compile(r"\s*(?:cac\s+)?(?:cap\s+)?(tinh|huyen|xa|phuong|thi tran|dac khu|co so|thon|ap|trung uong|viet nam)\b")
# "đặc khu" (an island special zone since 2025) is of the commune level
LEVEL_OF = {"phuong": "xa", "thi tran": "xa", "dac khu": "xa", "co so": "xa", "ap": "thon", "viet nam": "trung uong"}


# bodies that stand at every level, whose level tells one from another ("Hội Khuyến học tỉnh" is not "… huyện")
_LEVELLED = frozenset({"Hội Khuyến học", "Ban Chỉ đạo"})


def agency_levels(folded: str) -> dict[str, set[str]]:
    """The levels each body of `_LEVELLED` is named at in a text ("đề nghị Hội Khuyến học huyện hỗ trợ …":
    {"Hội Khuyến học": {"huyen"}}); a body named without its level is left out."""
    out: dict[str, set[str]] = {}
    for term in AGENCIES:
        if term.name in _LEVELLED:
            for m in term.regex.finditer(folded):
                level = level_at(folded, m.start(), m.end())
                if level:
                    out.setdefault(term.name, set()).add(level)
    return out


def of_another_level(unit: Unit, q: Query) -> bool:
    """"… đề nghị Hội Khuyến học tỉnh hỗ trợ bao nhiêu suất": not the clause whose Hội Khuyến học is the district's
    only — a body asked at one level that the clause names at others alone."""
    asked = agency_levels(q.bare)
    if not asked:
        return False
    said = agency_levels(fold_ascii(f"{unit.lead_in} {unit.full_text}"))
    return any(said.get(name) and not levels & said[name] for name, levels in asked.items())


def level_at(folded: str, start: int, end: int) -> str:
    """The level ("tinh", "huyen", "xa", "thon" …) the body named at *folded*[start:end] is named at, '' if none."""
    if folded[max(0, start - 4) : start] == "chi " or folded.startswith(("chi hoi", "ban khuyen hoc"), start):
        return "thon"  # "Chi hội khuyến học thôn", "Chi hội, ban khuyến học"
    m = _LEVEL_AFTER.match(folded, end)
    return LEVEL_OF.get(m.group(1), m.group(1)) if m else ""
