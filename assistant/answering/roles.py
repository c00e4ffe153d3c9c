"""The role a question gives a body, and whether a clause gives it that role: the chair of a task ("Phòng Dân tộc
chủ trì mở lớp … thì phối hợp với ai") — a question built on a chair the documents give another body is refused,
not answered with the task that body chairs — and the body honoured ("Hội Khuyến học xã được cơ quan nào tặng Giấy
khen"), not answered by the awards it hands to others."""

from __future__ import annotations

import re

from index.textnorm import fold_ascii
from index.vocabulary.terms import AGENCIES, Term

from .demands import DOCUMENT_NAMED
from .understand import Query
from .units import TABLE_CELL, Unit, headings_above

# what may stand between the body and "chủ trì" in a question: its level and place ("huyện Long Phú", "xã Tùng Vài")
_TO_CHAIR = re.compile(r"\s*(?:(?:cap\s+)?(?:tinh|huyen|xa|phuong|thi tran|thanh pho|quan)(?:\s+[a-z]+){0,3}?\s+)?"
                       r"(?:(?:se|duoc giao|la don vi|la co quan|dung ra)\s+)?chu tri\b")
# a question asking who chairs, not asserting it: "đơn vị nào chủ trì", "ai chủ trì", "… chủ trì hay phối hợp"
_ASKS_WHO = re.compile(r"\b(?:ai|nao|gi)\s+(?:se\s+)?chu tri\b|\bchu tri hay\b|\bhay\s+\S+\s+chu tri\b")
# between a body and its "chủ trì" in a clause: a few words, none of another body (checked apart)
_CHAIR_AFTER = r"\s*:?[^;.:]{0,40}?\bchu tri\b"
# "Chủ trì: Phòng …", "Đơn vị chủ trì: …"
_CHAIR_BEFORE = re.compile(r"\bchu tri\s*[:\-–]\s*$|\bdon vi chu tri\s*(?:la\s*)?[:\-–]?\s*$")


def asked_chair(q: Query) -> Term | None:
    """The body the question asserts chairs a task ("PGD Gia Bình chủ trì cuộc thi viết … phối hợp với ai"); None
    when it asks who chairs, asks yes or no (the verdict checks the claim), or names no chair."""
    if q.has("yesno"):
        return None
    bare = DOCUMENT_NAMED.sub(" ", q.bare, count=1)
    for place in q.places:  # "PGD Gia Bình chủ trì …"
        bare = re.sub(rf"\s*\b{re.escape(place)}\b", "", bare)
    if _ASKS_WHO.search(bare):
        return None
    for term in AGENCIES:
        for m in term.regex.finditer(bare):
            if _TO_CHAIR.match(bare, m.end()):
                return term
    return None


def chairs(unit: Unit, term: Term) -> bool:
    """The clause (its heading, its row) gives *term* the chair: "Phòng GD&ĐT chủ trì, phối hợp …", "… do Phòng
    GD&ĐT chủ trì", "4. Phòng Dân tộc" over "Chủ trì …", or a row whose "Chủ trì" cell names it."""
    if TABLE_CELL in unit.text and TABLE_CELL in unit.lead_in:
        heads, cells = unit.lead_in.split(TABLE_CELL), unit.text.split(TABLE_CELL)
        for head, cell in zip(heads, cells, strict=False):
            if re.search(r"\bchu tri\b", fold_ascii(head)) and term.regex.search(fold_ascii(cell)):
                return True
    folded = fold_ascii(unit.full_text)
    others = [t for t in AGENCIES if t.name != term.name]
    for m in term.regex.finditer(folded):
        after = re.match(_CHAIR_AFTER, folded[m.end():])
        if after and not any(t.regex.search(after.group(0)) for t in others):
            return True
        if _CHAIR_BEFORE.search(folded[max(0, m.start() - 24) : m.start()]):
            return True
    heading = fold_ascii(next(iter(headings_above(unit)), ""))
    opens = re.sub(r"^\s*(?:[-+•–]|[a-z]\)|\d{1,2}(?:\.\d{1,2})*[.)])?\s*", "", folded)
    return bool(term.regex.search(heading)) and opens.startswith("chu tri")


def chaired_by_another(units: list[Unit], term: Term) -> bool:
    """No clause gives *term* the chair and one gives it to another body: the question's premise is wrong (a task
    only assigned, "giao Sở … tổ chức", leaves the premise to the reader)."""
    if any(chairs(u, term) for u in units):
        return False
    return any(chairs(u, other) for u in units for other in AGENCIES if other.name != term.name)


# "Hội Khuyến học xã … được cơ quan nào tặng Giấy khen": the body honoured, the giver asked
_HONOUR = r"(?:tang|trao|khen thuong|khen|cong nhan|bieu duong)"
_GIVER_ASKED = re.compile(rf"\s+(?:da\s+)?(?:duoc|dc)\s+(?:co quan nao|don vi nao|ai|cap nao|to chuc nao|ubnd nao|"
                          rf"uy ban nhan dan cap nao)\s+{_HONOUR}\b")
# what may stand between a body and its own "tặng": its level and place ("Hội Khuyến học xã tặng", "UBND huyện Vân
# Canh khen thưởng")
_GIVES_HONOUR = re.compile(rf"\s*(?:(?:cap\s+)?(?:tinh|huyen|xa|phuong|thi tran)(?:\s+[a-z]+){{0,3}}?\s+)?(?:da\s+)?{_HONOUR}\b")


# "… được tặng Bằng khen với thành tích gì": why the body was honoured
_MERIT_ASKED = re.compile(rf"\s+(?:da\s+)?(?:duoc|dc)\s+(?:[a-z&]+\s+){{0,6}}?{_HONOUR}\b[^?]*?"
                          rf"\b(?:thanh tich (?:gi|nao)|vi (?:thanh tich|ly do) (?:gi|nao)|vi sao|ly do (?:gi|nao))")


def honoured_asked(q: Query) -> Term | None:
    """The body whose honour's giver or merit the question asks ("Hội Khuyến học xã Canh Vinh được cơ quan nào tặng
    …", "Sở GD&ĐT được tặng Bằng khen với thành tích gì")."""
    bare = DOCUMENT_NAMED.sub(" ", q.bare, count=1)
    m = _GIVER_ASKED.search(bare) or _MERIT_ASKED.search(bare)
    if m is None:
        return None
    before = [(found.end(), term) for term in AGENCIES for found in term.regex.finditer(bare[: m.start()])]
    return max(before, key=lambda x: x[0])[1] if before else None


# what stands before a body honoured as the object: "tặng Giấy khen cho 05 thôn và …"
_HONOURED_BEFORE = re.compile(r"\b(?:tang|trao|khen thuong|cong nhan|bieu duong)(?:\s+[^\s;.]+){0,8}?\s+cho"
                              r"(?:\s+[^\s;.]+){0,6}\s*$")
# what follows a body honoured in the passive: "(xã Canh Vinh) được Ủy ban nhân dân huyện tặng …"
_HONOURED_AFTER = re.compile(rf"(?:\s+[a-z0-9,]+){{0,6}}?\s+(?:da\s+)?(?:duoc|dc)\s+(?:[a-z&]+\s+){{0,8}}?{_HONOUR}\b")


def honours(unit: Unit, term: Term) -> bool:
    """A sentence of the clause honours *term*: it names the body as what is honoured ("Hội Khuyến học xã được UBND
    huyện tặng Giấy khen", "tặng Giấy khen cho … Hội Khuyến học xã"), or a row of a list of those honoured names it
    — not the body that honours others ("Hội Khuyến học xã tặng Giấy khen cho 06 học viên") or hands out an honour
    ("Giao Sở GD&ĐT tổ chức trao Bằng khen")."""
    if TABLE_CELL in unit.text and TABLE_CELL in unit.lead_in:
        row = fold_ascii(f"{unit.lead_in} {unit.text}")
        return bool(term.regex.search(fold_ascii(unit.text))) and bool(re.search(rf"\b{_HONOUR}\b", row))
    for part in re.split(r"[.;]\s", fold_ascii(f"{unit.lead_in} {unit.full_text}")):
        for m in term.regex.finditer(part):
            if _HONOURED_AFTER.match(part, m.end()) or (
                    _HONOURED_BEFORE.search(part[: m.start()]) and not _GIVES_HONOUR.match(part, m.end())):
                return True
    return False

