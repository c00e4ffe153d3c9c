"""Questions of two parts about different things: "Ai là chủ tài khoản của Quỹ và ai làm kế toán Quỹ?".

The clause that answers the first part seldom answers the second; each part whose own words no clause shown
holds is answered by the clause of the same document that holds them all.
"""

from __future__ import annotations

import re

from index.textnorm import fold_ascii

from .understand import Query
from .units import Unit

# the words that make a part a question of its own
_ASKS = re.compile(r"\b(?:ai|gi|j|nao|bao nhieu|bn|may|dau|bao gio|the nao|sao)\b")
# where one part ends and the next begins: "… và ai …", "…; …", "…, còn …", "… bao nhiêu, tiền đó dùng làm gì"
_BETWEEN = re.compile(r"\s*(?:[;?,]|,?\s+\bva\b|,\s*con\b)\s+")
# words that ask, tie or name a kind of value: a part's own words are the others ("kế toán" of "ai làm kế toán quỹ")
_NOT_OWN = frozenset("ai gi j nao bao nhieu bn may dau khi gio the sao la lam co duoc dc cua cho va con thi o tai ve "
                     "truoc sau nhung cac mot nhu phai can hay hoac se da dang de voi trong ngay thang nam han so muc "
                     "ty le phan tram diem tien ra sao".split())


def question_parts(bare: str) -> list[str]:
    """The parts of a folded question that each ask something ("chủ tài khoản là ai", "ai làm kế toán quỹ")."""
    compared = _COMPARED.match(bare)
    if compared:  # "so sánh kết quả năm 2023 với chỉ tiêu năm 2024 …": each side is a part
        return [compared.group(1), compared.group(2)]
    pieces = [p for p in _BETWEEN.split(bare) if p.strip()]
    return pieces if len(pieces) >= 2 and all(_ASKS.search(p) for p in pieces) else []


_COMPARED = re.compile(r"^\W*so sanh\s+(.+?)\s+voi\s+(.+?)\W*$")


def _own_phrases(part: str, others: list[str]) -> list[str]:
    """The runs of words of *part* that no other part uses and that do not ask or tie, each with the word that
    follows it when that word names something too ("ke toan quy" of "ai lam ke toan quy")."""
    used = {w for o in others for w in re.findall(r"\w+", o)}
    words = re.findall(r"\w+", part)
    content = [w not in _NOT_OWN and not w.isdigit() for w in words]
    runs: list[str] = []
    i = 0
    while i < len(words):
        if not content[i] or words[i] in used:
            i += 1
            continue
        j = i
        while j < len(words) and content[j] and words[j] not in used:
            j += 1
        runs.append(" ".join(words[i : j + 1 if j < len(words) and content[j] else j]))
        i = j
    return runs


def _speaks(unit: Unit, phrases: list[str]) -> bool:
    text = fold_ascii(f"{unit.lead_in} {unit.full_text}")
    return all(re.search(rf"\b{re.escape(p)}\b", text) for p in phrases)


def other_subjects(q: Query, shown: list[Unit], units: list[Unit]) -> list[Unit]:
    """For each part of a several-part question that the clauses *shown* do not speak of, the first clause among
    *units* (the lead's document, best first) that holds every run of that part's own words."""
    parts = question_parts(q.bare)
    out: list[Unit] = []
    for i, part in enumerate(parts):
        phrases = _own_phrases(part, parts[:i] + parts[i + 1 :])
        if not phrases:
            continue
        if any(_speaks(u, phrases) for u in [*shown, *out]):
            continue
        shown_texts = {u.text for u in [*shown, *out]}
        found = next((u for u in units if not u.header and not u.members and u.text not in shown_texts
                      and _speaks(u, phrases)), None)
        if found is not None:
            out.append(found)
    return out
