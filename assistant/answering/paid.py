"""What a money question asks beyond an amount: what the money is for, who it is paid to and for which title,
who gives it, and whether a reward or a fund is meant. Each check passes a clause that says it, and any clause when
the question does not ask it."""

from __future__ import annotations

import re

from index.textnorm import fold_ascii
from index.vocabulary.abbreviations import ABBREVIATIONS
from index.vocabulary.terms import AGENCIES, agencies_in, titles_in

from .demands import DOCUMENT_NAMED, PURPOSE_FILLER
from .understand import Query
from .units import TABLE_CELL, Unit

# what money is asked for: "kinh phí tổ chức Tuần lễ học tập suốt đời ở huyện …", "kinh phí mở 12 lớp đào tạo nghề" (a
# year or a date ends it)
_PURPOSE = re.compile(r"\b(?:kinh phi|chi phi|muc chi|so tien)\s+(?:de\s+|cho\s+|danh cho\s+|phuc vu\s+)?(.+?)"
                      r"(?=\s+(?:o|tai|cua|la|bao nhieu|bn|duoc|nam|thuoc|trong|theo|tu|xa|huyen|tinh|phuong|thi tran|"
                      r"thi xa|quan|thanh pho|he|dot|giai doan|tong cong|het)\b|\s+(?:19|20)\d\d\b|\s+\d+/|[,?.;:]|$)")
_LEVEL_WORDS = frozenset("xa phuong thi tran huyen quan tinh thanh pho thon ap".split())
# a purpose counts as unsaid when this many of its words, and at least half of them, are nowhere around the amount
PURPOSE_MISSING_WORDS = 2
PAID_TO_MISSING_WORDS = 3


# money asked as a reward ("mức thưởng", "tiền thưởng", "học bổng", "tặng Giấy khen kèm theo bao nhiêu tiền"), and what
# a clause about one says
_REWARD = re.compile(r"\b(?:muc thuong|tien thuong|thuong bao nhieu|hoc bong|kem(?: theo)? (?:bao nhieu|bn))\b")
_REWARD_SAID = re.compile(r"\b(?:thưởng|khen|học bổng|giải|tặng)\b")  # with marks: "Thượng Bằng La" is a commune


# a fund whose money is asked ("quỹ khuyến học …", "quỹ học bổng …"), never a quarter ("quý I", "quý nào")
_FUND = re.compile(r"\bquy (?!(?:i{1,3}|iv|[1-4]|nao|may|cuoi|dau|sau|truoc|toi|nay)\b)([a-z]+)")


_FUND_GIVES = re.compile(r"\b(?:thuong|khen|trao|tang|ho tro|cap|chi|hoc bong|giai)\b")


# who money goes to: "Tân sinh viên đỗ đại học … được Hội KH huyện hỗ trợ bao nhiêu", "mức thưởng cho học sinh giỏi …"
_PAID_TO = re.compile(r"([a-z0-9& ]+?)\s+(?:se\s+)?(?:duoc|dc)\s+(?:[a-z&]+\s+){0,6}?(?:ho tro|thuong|cap|tang|trao|nhan|tra)\s+"
                      r"(?:(?:them|tien|kinh phi|thu lao|phu cap)\s+|qua (?:tri gia|gia tri)\s+)?"
                      r"(?:bao nhieu|bn|may|muc|so tien|tien)\b")
_PAID_FOR = re.compile(r"\bmuc (?:ho tro|thuong|chi)\s+(?:cho\s+|danh cho\s+|doi voi\s+)([a-z0-9& ]+?)"
                       r"(?=\s+(?:la|bao nhieu|bn|duoc|o|tai|cua|nam|theo)\b|[,?.;:]|$)")
# words around the one paid that say nothing of who it is: places, levels, and words of the campaign
_PAID_FILLER = frozenset("o tai cua thuoc theo tren dia ban toan cac nhung moi cap xa phuong huyen tinh thi tran thon ap "
                         "quan thanh pho nam chi dat deu".split()) | PURPOSE_FILLER


# … and "thưởng bao nhiêu tiền cho thủ khoa …", "hỗ trợ cho ai … bao nhiêu"
_PAID_AFTER = re.compile(r"\b(?:thuong|ho tro|tang|trao|cap)\s+(?:(?:bao nhieu|bn)\s+(?:tien\s+)?)?cho\s+([a-z0-9& ]+?)"
                         r"(?=\s+(?:la|bao nhieu|bn|duoc|o|tai|cua|nam|theo|trong|moi|muc)\b|\s+(?:19|20)\d\d\b|[,?.;:]|$)")


def _paid_to(q: Query) -> list[str]:
    """The words naming who the money asked goes to, unless it is one of an item ("mỗi TTHTCĐ", read elsewhere)."""
    asked = re.sub(r"\([^)]*\)", " ", DOCUMENT_NAMED.sub(" ", q.bare, count=1))
    m = _PAID_FOR.search(asked) or _PAID_TO.search(asked) or _PAID_AFTER.search(asked)
    if not m:
        return []
    typed = re.split(r"\s+(?:o|tai)\s+", m.group(1).strip())[0].split()  # "… đỗ đại học ở huyện Quảng Sơn"
    if not typed or typed[0] in ("moi", "1"):
        return []
    places = {w for p in q.places for w in p.split()}
    return list(dict.fromkeys(w for t in typed if t not in places for w in fold_ascii(ABBREVIATIONS.get(t, t)).split()
                              if w not in _PAID_FILLER and w not in places))


def paid_in_part(unit: Unit, q: Query) -> bool:
    """The amount stands in the part of the clause naming who is paid: "trao 30 suất học bổng, mỗi suất 500.000 đồng
    …; tặng quà và Giấy khen cho tân sinh viên" gives the students no sum."""
    paid = _paid_to(q)
    if len(paid) < 2 or TABLE_CELL in unit.lead_in and TABLE_CELL in unit.text:
        return True  # a table's row is one payee's, its unit ("đồng") in the row of headers
    parts = [fold_ascii(p) for p in re.split(r";|\.\s", unit.full_text)]
    naming = [p for p in parts if 2 * sum(w in set(re.findall(r"[a-z0-9]+", p)) for w in paid) >= len(paid)]
    return not naming or any(_SUM.search(p) for p in naming)


_SUM = re.compile(r"\d[\d.,]*\s*(?:dong|trieu|nghin|ngan|ty)\b")


def _title_paid(unit: Unit, titles: list[str]) -> bool:
    """Of a clause's parts naming a title asked, one gives a sum, or none of its parts gives one."""
    parts = re.split(r";|\.\s", unit.full_text)
    paying = [p for p in parts if _SUM.search(fold_ascii(p))]
    naming = [p for p in parts if set(titles) & set(titles_in(p))]
    return not paying or not naming or any(p in paying for p in naming)


# what money is spent on, asked without "kinh phí": "đã chi bao nhiêu tiền mua sách bổ sung cho tủ sách …"
_SPENT_ON = re.compile(r"\bchi\s+(?:het\s+)?(?:bao nhieu|bn)(?:\s+tien)?\s+(?:de\s+|cho\s+|vao\s+)?(.+?)"
                       r"(?=\s+(?:o|tai|cua|la|nam|trong|theo|tu|xa|huyen|tinh|phuong|thi tran|dot|giai doan)\b|"
                       r"\s+(?:19|20)\d\d\b|[,?.;:]|$)")
# what money buys, asked: "hỗ trợ bao nhiêu tiền mua máy chiếu và bàn ghế", "hỗ trợ máy chiếu … trị giá bao nhiêu"
_BOUGHT = re.compile(r"\b(?:bao nhieu|bn)(?:\s+tien)?\s+(?:de\s+)?(?:mua sam|mua|sua chua)\s+(.+?)"
                     r"(?=\s+(?:cho|o|tai|cua|la|nam|trong|theo|tu|xa|huyen|tinh)\b|[,?.;:]|$)"
                     r"|\b(?:ho tro|tang|trao|cap|mua|trang bi)\s+((?:[a-z]+\s+){1,4}?)(?:cho\s+(?:[a-z&]+\s+){1,5}?)?"
                     r"(?:tri gia|gia tri)\s+(?:la\s+)?(?:bao nhieu|bn)\b")
# a kind of payment, named: the clause must name it ("mức công tác phí mỗi ngày" is not the board's yearly budget)
_PAYMENT_KIND = re.compile(r"\b(?:cong tac phi|tien an|boi duong|thu lao|phu cap|tien di lai|tien xe|tien ngu|luu tru|"
                           r"tien nuoc|nuoc uong|van phong pham)\b")


def for_purpose(unit: Unit, q: Query) -> bool:
    """"kinh phí tổ chức Tuần lễ … bao nhiêu" is not answered by the plan's total budget: the clause, its headings
    or its document's title must say what the money is for."""
    around = f"{unit.doc.title} {unit.section} {unit.lead_in} {unit.full_text}"
    said = set(re.findall(r"[a-z0-9]+", fold_ascii(around)))  # "“Gia đình …”" says "gia"
    if _REWARD.search(q.bare) and not _REWARD_SAID.search(around.lower()):
        return False  # "mức thưởng cho học sinh giỏi": not a row of the fund each commune is to raise
    if _REWARD.search(q.bare) and q.titles and not unit.titles and not set(q.titles) & set(titles_in(
            f"{unit.doc.title} {unit.section} {unit.lead_in}")):
        return False  # "“Cộng đồng học tập” cấp thôn … được thưởng bao nhiêu": not the prize of an association's branch
    if _REWARD.search(q.bare) and q.titles and not _title_paid(unit, q.titles):
        return False  # "05 thôn đạt “Cộng đồng học tập” được tặng Giấy khen; 09 dòng họ … kèm theo 500.000 đồng": the dòng họ's
    asked = DOCUMENT_NAMED.sub(" ", q.bare, count=1)  # "Theo Quy chế Quỹ …, …" names a document
    fund = _FUND.search(asked) if not _FUND_GIVES.search(asked) else None  # "Quỹ … thưởng": a prize, not its size
    if fund and not re.search(rf"\bquy {fund.group(1)}\b", fold_ascii(around)):
        return False  # "quỹ khuyến học tỉnh đạt bao nhiêu": not what the budget gives the association
    kinds = set(_PAYMENT_KIND.findall(q.bare))
    if kinds and not kinds & set(_PAYMENT_KIND.findall(fold_ascii(f"{unit.section} {unit.lead_in} {unit.full_text}"))):
        return False  # "mức công tác phí mỗi ngày cho đoàn kiểm tra": not the board's budget for the year
    m = _PURPOSE.search(q.bare) or _SPENT_ON.search(q.bare) or _BOUGHT.search(q.bare)
    if m and re.match(r"\s+(?:so\s+)?\d+/", q.bare[m.end(m.lastindex):]):
        m = None  # "kinh phí thực hiện Kế hoạch liên tịch 04/KHLT-…": the document named by its number, no purpose
    places = {w for p in q.places for w in p.split()}  # "kinh phí xã Phước Lợi Nam chi …": the place pays, it is no purpose
    typed = [t for t in m.group(m.lastindex).split() if t not in places] if m else []
    words = [w for t in typed for w in fold_ascii(ABBREVIATIONS.get(t, t)).split()
             if w not in PURPOSE_FILLER and w not in _LEVEL_WORDS]
    # what the money is for, and who it goes to (a person or unit is named in more ways: more words must be missing)
    paid = _paid_to(q)
    for asked_words, least in ((words, PURPOSE_MISSING_WORDS), (paid, PAID_TO_MISSING_WORDS)):
        missing = [w for w in asked_words if w not in said]
        if len(missing) >= least and 2 * len(missing) >= len(asked_words):
            return False
    # the head word of who is paid is said: "giáo viên dạy giỏi" is not paid what "học sinh giỏi" get
    return len(paid) < 2 or paid[0] in said


# the body the question makes give the money: "được Chủ tịch UBND xã thưởng", "Hội Khuyến học tỉnh hỗ trợ", "Hội LHPN
# huyện Tam Nông vận động"
_GIVES = re.compile(r"(?:\s+(?:cap\s+)?(?:tinh|huyen|xa))?\s+(?:thuong|tang thuong|tang|ho tro|chi|cap|bo tri)\b"
                    r"|(?:\s+(?:cap\s+)?(?:tinh|huyen|xa)(?:\s+[a-z]+){0,3}?)?\s+(?:van dong|huy dong|dong gop|ung ho)\b")


# … or whose award it is: "Bằng khen của Bộ trưởng Bộ GD&ĐT", "Giấy khen của Chủ tịch UBND huyện"
_AWARD_OF = re.compile(r"\b(?:bang khen|giay khen|co thi dua)\s+(?:cua|do)\s+(?:(?:chu tich|bo truong|giam doc|thu tuong|"
                       r"truong ban)\s+)?$")


def _awarded_by(bare: str, giver: str) -> bool:
    term = next((t for t in AGENCIES if t.name == giver), None)
    return term is not None and any(_AWARD_OF.search(bare[: m.start()]) for m in term.regex.finditer(bare))


def _giver(bare: str) -> str:
    for term in AGENCIES:
        for m in term.regex.finditer(bare):
            if _GIVES.match(bare, m.end()) or _AWARD_OF.search(bare[: m.start()]):
                return term.name
    return ""


def from_giver(unit: Unit, q: Query) -> bool:
    """"được Chủ tịch UBND xã thưởng bao nhiêu": not the prize a clause naming only other bodies gives."""
    giver, named = _giver(q.bare), set(unit.agencies) | set(unit.heading_agencies)
    if giver and not named and _awarded_by(q.bare, giver):
        # "Bằng khen của Bộ trưởng Bộ GD&ĐT … bao nhiêu": a clause naming no body gives the issuer's awards
        named = set(agencies_in(unit.doc.issuer or ""))
    if not (giver and named and giver not in named):
        return True
    # "UBND huyện … bố trí" is answered by "ngân sách huyện bố trí …": a People's Committee gives from its budget
    level = _LEVEL_WORD.search(fold_ascii(giver)) if giver.startswith("Ủy ban nhân dân") else None
    return bool(level) and re.search(rf"\bngan sach (?:cap )?{level.group(0)}\b", fold_ascii(unit.text)) is not None


_LEVEL_WORD = re.compile(r"\b(?:tinh|huyen|xa)\b")
