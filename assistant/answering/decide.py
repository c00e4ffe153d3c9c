"""Answer or abstain, from the ranked evidence.

A question that asks for a value a clause either states or does not (a date, an
amount of money, a phone number, a person, a penalty, a quarter, a percentage for
a given title and year) can only be answered by a clause that states it: those are
its constraints. The support of the question is the score of the best unit that
meets them; below the threshold learned on the dev split the assistant abstains,
saying what the documents do not state. No single word decides a refusal: a
constraint only narrows which clauses may answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.facts import amount_year
from index.textnorm import fold_ascii
from index.vocabulary.terms import titles_in

from .compose import MISSING
from .evidence import TABLE_CELL, Unit
from .features import HARD_TYPES, other_target
from .understand import Query

# a clause framed by its own year: "Năm 2024, …", "- Trong năm 2024 …"
_YEAR_FRAME = re.compile(r"^(?:[-+•]\s*|[a-zđ]\)\s*|\d{1,2}\.\s*)?(?:Năm|Trong năm)\s+(\d{4})\b")
# share of the question's weighted words a constrained clause (or its heading) must hold to support it
MIN_SHARED_WORDS = 0.05
# a list whose own heading names the question's subject leads when it scores at least this share of the best unit
HEADED_LIST_SHARE = 0.8


@dataclass
class Decision:
    answer: bool
    lead: Unit | None  # the unit the answer opens with (or the nearest one, when abstaining)
    support: float
    missing: str = ""  # what the documents do not state, when abstaining


def constraints(q: Query) -> list[str]:
    """The answer types a supporting clause must state."""
    asked = [a for a in q.asks if a in HARD_TYPES]
    if q.doc_attribute:
        asked = [a for a in asked if a not in ("date", "person", "count")]
    if "count" in asked and {"percent", "money", "date"} & set(asked):
        asked.remove("count")  # "bao nhiêu %": the percentage is the number asked
    return asked


_COUNT_ASKED = re.compile(r"\b(?:bao nhieu|bn|may)\s+([a-z]+)(?:\s+([a-z]+))?")
_FUNCTION_WORDS = frozenset("dat duoc co la cua trong nam thi o tai phai can de va hoac moi ve".split())
_NOT_A_THING = frozenset("phan ty le lan nam thang ngay tien trieu dong chi tieu muc nguoi va la thi the vay nhi a ha".split())


def _counts(unit: Unit, q: Query) -> bool:
    """"bao nhiêu hội viên": the clause counts that thing ("1.500 hội viên"), not some other number."""
    # "bao nhiêu hội viên": the two words when the second is part of the name ("hội viên", "dòng họ")
    things = [f"{m.group(1)} {m.group(2)}" if m.group(2) and m.group(2) not in _NOT_A_THING | _FUNCTION_WORDS
              else m.group(1) for m in _COUNT_ASKED.finditer(q.bare) if m.group(1) not in _NOT_A_THING]
    if not things or TABLE_CELL in unit.text or unit.members:
        return True  # a table cell or a list (its items are what is counted)
    text = fold_ascii(re.sub(r"“[^”]*”", " ", f"{unit.lead_in} {unit.full_text}"))  # a title "Gia đình học tập" counts nothing
    # the thing is counted ("1.500 hội viên") or named so it can be counted ("Sở Nội vụ, Sở Tài chính")
    return any(re.search(rf"\b{t}\b", text) for t in things)


def _same_purse(unit: Unit, q: Query) -> bool:
    """"ngân sách huyện … bao nhiêu" is not answered by what the xã budget gives, nor "mỗi hộ được
    bao nhiêu" by a total: the level of the budget and the per-item reading must agree when both are said."""
    asked = set(re.findall(r"\bngan sach (tinh|huyen|xa)\b", q.bare))
    stated = set(re.findall(r"\bngan sach (tinh|huyen|xa)\b", fold_ascii(unit.text)))
    if asked and stated and not asked & stated:
        return False
    per_item = re.search(r"\b(?:moi|1)\s+(?:ho|nguoi|suat|gia dinh|hoc sinh|tap the|ca nhan|don vi|trung tam)\b", q.bare)
    return not per_item or bool(re.search(r"\bmoi\b|\d\s*(?:dong|trieu|nghin)\s*/", fold_ascii(unit.full_text)))


# a figure counted before or after an administrative merger ("287 TTHTCĐ … trước sắp xếp") answers only that moment
_MERGER = r"(?:sap xep|sap nhap|hop nhat)(?: (?:don vi hanh chinh|dvhc))?"
_MOMENT = re.compile(rf"\b(truoc|sau)(?: khi)? (?:viec |thuc hien )?{_MERGER}\b")


def _same_moment(unit: Unit, q: Query) -> bool:
    asked = {m.group(1) for m in _MOMENT.finditer(q.bare)}
    if len(asked) != 1:
        return True
    said = {m.group(1) for m in _MOMENT.finditer(fold_ascii(f"{unit.lead_in} {unit.full_text}"))}
    return not said or bool(asked & said)


def meets(unit: Unit, q: Query, required: list[str]) -> bool:
    if required and not _same_moment(unit, q):
        return False
    for kind in required:
        event_day = kind == "date" and not q.deadline and unit.holds("docdate")
        amount_target = kind == "percent" and other_target(unit, q)
        if not (event_day or amount_target) and not unit.holds(kind, with_heading=kind in ("date", "percent", "quarter")):
            return False
        if kind == "money" and not _same_purse(unit, q):
            return False
        if kind == "count" and not _counts(unit, q):
            return False
        if kind == "count" and TABLE_CELL in unit.text and q.titles and not set(q.titles) & set(titles_in(unit.text)):
            return False  # a table row is about the title in its first cell
        if kind in ("count", "percent", "money") and TABLE_CELL in unit.text and q.years and not any(
            str(y) in f"{unit.lead_in} {unit.text}" for y in q.years
        ):
            return False  # "… đến 2030 bao nhiêu": a row of a table with no 2030 column does not say
        if kind in ("money", "count") and q.years:
            framed = _YEAR_FRAME.match(unit.text)
            year = int(framed.group(1)) if framed else amount_year(unit.text) if kind == "money" else None
            if year and year not in q.years:
                return False  # "Năm 2024, ngân sách … bố trí …" does not say what 2025 gets
        if kind == "percent":
            context = f"{unit.section} {unit.lead_in} {unit.text}"
            if q.titles and not set(q.titles) & set(titles_in(context)):
                return False
            if q.years and not any(str(y) in context for y in q.years):
                return False
    return True


def decide(q: Query, ranked: list[Unit], threshold: float) -> Decision:
    """Pick the lead unit and decide whether the evidence supports answering at all."""
    body = [u for u in ranked if not u.header] or ranked
    if not body:
        return Decision(False, None, 0.0, "nội dung này")
    required = constraints(q)
    if required:
        # a clause that states a value of the asked kind about nothing the question asks supports nothing
        fitting = [u for u in body if meets(u, q, required) and u.features.get("lex_section", 1.0) >= MIN_SHARED_WORDS]
        if not fitting:
            return Decision(False, body[0], 0.0, MISSING.get(required[0], "nội dung này"))
        lead = fitting[0]
    else:
        lead = body[0]
    listing = q.has("duties_list") or bool({"criteria", "duties"} & set(q.topics))
    named_list = next((u for u in body[:10] if u.members and u.features.get("head_match")), None) if listing else None
    if named_list is not None and named_list.score >= HEADED_LIST_SHARE * lead.score and (
        not required or meets(named_list, q, required)
    ):
        lead = named_list  # the list whose heading names what the question asks about ("Đối với các thôn")
    if lead.score < threshold:
        missing = next((MISSING[k] for k in q.asks if k in MISSING), "nội dung này")
        return Decision(False, lead, lead.score, missing)
    return Decision(True, lead, lead.score)
