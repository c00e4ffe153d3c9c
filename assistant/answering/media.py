"""How something is sent: a deadline asked for the paper copy is not the deadline of what goes by email or
through the document system."""

from __future__ import annotations

import re

from index.textnorm import fold_ascii

from .understand import Query
from .units import Unit

_MEDIA = {
    "paper": re.compile(r"\bban (?:giay|cung)\b|\bvan ban giay\b"),
    "email": re.compile(r"\be-?mail\b|\bthu dien tu\b|\bhop thu\b|@"),
    "software": re.compile(r"\bphan mem\b|\bco so du lieu\b"),
    "system": re.compile(r"\bhe thong\b|\bcong thong tin\b"),
    "post": re.compile(r"\bbuu (?:dien|chinh)\b|\bchuyen phat\b"),
    "zalo": re.compile(r"\bzalo\b"),
    "fax": re.compile(r"\bfax\b"),
}


def media_named(text: str) -> set[str]:
    """The ways of sending a folded text names ("paper", "email", "software", "system", "post", …)."""
    return {name for name, said in _MEDIA.items() if said.search(text)}


def by_another_medium(unit: Unit, q: Query) -> bool:
    """The question names how something is sent and the clause names only other ways."""
    asked = media_named(q.bare)
    if not asked:
        return False
    said = media_named(fold_ascii(f"{unit.lead_in} {unit.full_text}"))
    return bool(said) and not asked & said
