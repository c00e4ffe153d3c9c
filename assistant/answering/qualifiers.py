"""What a question qualifies its ask by that the clause answering it says of something else: a person ("bà Đặng
Thị Huệ được phân công gì" of tasks given to others), a kind of one thing ("trường mầm non" of a clause on the
"trường tiểu học, trung học cơ sở"), a span ("sơ kết 2 năm" of a document on its "sơ kết 3 năm")."""

from __future__ import annotations

import re

from index.textnorm import fold_ascii, written_out

from .answer import doc_name
from .understand import Query
from .units import Unit
from .verdict import PERSON_NAMED, people_named


def expanded_terms(q: Query) -> str:
    """The question's words with each abbreviation written out ("hsg" → "học sinh giỏi"), folded."""
    return written_out(q.bare)


# kinds of one thing a clause may name some of: the grades of school ("Chi hội … các trường tiểu học, trung học cơ
# sở" gives nothing of the "trường mầm non"), the forms of award
_SIBLINGS = [
    [(r"mam non", "mầm non"), (r"tieu hoc", "tiểu học"), (r"thcs|trung hoc co so", "trung học cơ sở"),
     (r"thpt|trung hoc pho thong", "trung học phổ thông"), (r"dai hoc|cao dang", "đại học, cao đẳng")],
    [(r"bang khen", "Bằng khen"), (r"giay khen", "Giấy khen"), (r"co thi dua", "Cờ thi đua")],
]


def sibling_unsaid(q: Query, lead: Unit, near: list[Unit]) -> tuple[str, str] | None:
    """A kind the question names that the clause answering it does not, where the clause names another kind of
    the same thing and no clause of its document found near it names the one asked: (asked, said); else None."""
    if q.has("yesno") or q.has("compare"):
        return None
    words = expanded_terms(q)
    said_in = fold_ascii(f"{lead.section} {lead.lead_in} {lead.full_text}")
    others = fold_ascii(" ".join(f"{u.section} {u.lead_in} {u.full_text}" for u in near if u.doc.doc_id == lead.doc.doc_id))
    for kinds in _SIBLINGS:
        asked = [(p, shown) for p, shown in kinds if re.search(rf"\b(?:{p})\b", words)]
        if len(asked) != 1:
            continue
        pattern, shown = asked[0]
        if re.search(rf"\b(?:{pattern})\b", said_in) or re.search(rf"\b(?:{pattern})\b", others):
            continue
        said = [name for p, name in kinds if p != pattern and re.search(rf"\b(?:{p})\b", said_in)]
        if said:
            return shown, ", ".join(said)
    return None


# a span the question qualifies what it asks by: "Tốt 2 năm liền", "sơ kết 03 năm", "trẻ em 6 - 14 tuổi" (one of
# something is a rate: "bao nhiêu tiền 1 năm", "mấy tháng 1 lần")
_SPAN = re.compile(r"\b0*([2-9]|[1-9]\d)\s+(nam|thang|tuoi|lan|buoi|ngay)\b(?!\s*(?:/|\d))")


# the clauses found nearest the question, read for a kind it names that the answering clause does not
NEAR_CLAUSES = 6
_SPAN_UNITS = {"nam": "năm", "thang": "tháng", "tuoi": "tuổi", "lan": "lần", "buoi": "buổi", "ngay": "ngày"}


def _spans(folded: str) -> set[tuple[str, str]]:
    return set(_SPAN.findall(re.sub(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b", " ", folded)))


def _span_unsaid(q: Query, lead: Unit, document_text: str) -> tuple[str, str] | None:
    """"Thôn đạt loại Tốt 2 năm liền thì … thưởng bao nhiêu" of a clause on "03 năm liên tục", in a document that
    never says "2 năm": the span asked and the one the clause gives; None when the document says the one asked or
    the clause gives none of that unit."""
    asked = _spans(q.bare)
    if not asked or q.has("yesno") or q.has("compare"):
        return None
    said = _spans(fold_ascii(f"{lead.doc.title} {lead.section} {lead.lead_in} {lead.full_text}"))
    known = _spans(document_text)
    for number, unit in sorted(asked):
        others = {n for n, u in said if u == unit and n != number}
        if others and (number, unit) not in known:
            return f"{number} {unit}", f"{min(others, key=int)} {unit}"
    return None


# an age band: "trong độ tuổi từ 15 đến 35", "15-35 tuổi", "độ tuổi 15 - 60"
_AGE_BAND = re.compile(r"\b(?:do tuoi|tuoi)\s+(?:tu\s+)?(\d{1,2})\s*(?:-|–|den)\s*(\d{1,2})\b|"
                       r"\b(?:tu\s+)?(\d{1,2})\s*(?:-|–|den)\s*(\d{1,2})\s+tuoi\b")


def _age_bands(folded: str) -> set[tuple[int, int]]:
    return {(int(m[0] or m[2]), int(m[1] or m[3])) for m in _AGE_BAND.findall(folded)}


def age_band_unsaid(q: Query, lead: Unit) -> tuple[str, str] | None:
    """"tỷ lệ biết chữ … trong độ tuổi từ 15 đến 35 … đến năm 2030" of a clause giving the rate of those aged 15 to
    60: the band asked and the one the clause gives, when the clause gives a band and never the one asked."""
    asked = _age_bands(q.bare)
    if not asked or q.has("compare"):
        return None
    said = _age_bands(fold_ascii(f"{lead.section} {lead.lead_in} {lead.full_text}"))
    if said and not asked & said:
        return "từ {} đến {} tuổi".format(*min(asked)), "từ {} đến {} tuổi".format(*min(said))
    return None


# a run of years a reward is for: "Tốt 2 năm liền", "03 năm liên tục"
_STREAK = re.compile(r"\b0*(\d{1,2}|hai|ba|bon|nam)\s+nam\s+(?:lien tuc|lien tiep|lien)\b")
_NUMBER_WORDS = {"hai": "2", "ba": "3", "bon": "4", "nam": "5"}


def _streaks(folded: str) -> set[str]:
    return {_NUMBER_WORDS.get(n, n) for n in _STREAK.findall(folded)}


def streak_unsaid(q: Query, lead: Unit) -> str:
    """"Thôn đạt loại Tốt 2 năm liền thì … thưởng bao nhiêu" of the amount a clause gives any unit rated Tốt: the
    run of years asked when an amount is asked and the clause giving it never names that run; '' otherwise."""
    if "money" not in q.asks or q.has("yesno") or q.has("compare"):
        return ""
    asked = _streaks(q.bare)
    said = _streaks(fold_ascii(" ".join([lead.section, lead.lead_in, lead.full_text, *(m.text for m in lead.members)])))
    return "" if not asked or asked & said else f"{min(asked, key=int)} năm liền"


def qualifier_unsaid(q: Query, lead: Unit, ranked: list[Unit], document_text: str) -> str:
    """Why the lead clause does not answer what the question qualifies (the refusal's first line); '' when it
    does. *document_text*: the lead's document, folded."""
    if q.has("yesno"):
        return ""
    people = people_named(q.text)
    around = fold_ascii(f"{lead.section} {lead.lead_in} {lead.full_text}")
    if people and not any(p in around for p in people):  # "Bà Đặng Thị Huệ được phân công gì": not others' tasks
        shown = ", ".join(sorted(m.group(0).strip() for m in PERSON_NAMED.finditer(q.text)))
        return f"{doc_name(lead.doc)} không nêu nội dung này cho {shown}."
    sibling = sibling_unsaid(q, lead, ranked[:NEAR_CLAUSES])
    if sibling:  # "trường mầm non" of a clause on "các trường tiểu học, trung học cơ sở"
        return f"{doc_name(lead.doc)} chỉ nêu nội dung này cho {sibling[1]}, không nêu cho {sibling[0]}."
    span = _span_unsaid(q, lead, document_text)
    if span:  # "sơ kết 2 năm" of a document on its "sơ kết 3 năm"
        asked, said = (f"{n} {_SPAN_UNITS[u]}" for n, u in (x.split() for x in span))
        return f"{doc_name(lead.doc)} nêu nội dung này cho “{said}”, không nêu cho “{asked}”."
    band = age_band_unsaid(q, lead)
    if band:  # "độ tuổi từ 15 đến 35" of a clause on those aged 15 to 60
        return f"{doc_name(lead.doc)} nêu nội dung này cho độ tuổi {band[1]}, không nêu cho độ tuổi {band[0]}."
    streak = streak_unsaid(q, lead)
    if streak:  # "Tốt 2 năm liền … thưởng bao nhiêu" of the amount any unit rated Tốt gets
        return f"{doc_name(lead.doc)} không nêu mức tiền cho trường hợp đạt “{streak}”."
    return ""
