"""Whose money and for what: an amount answers a money question only when it is the purse asked about.

"ngân sách huyện … bao nhiêu" is not answered by what the xã budget gives, "mỗi hộ được bao nhiêu" not by a
total, "thưởng bao nhiêu" not by a fund's balance.
"""

from __future__ import annotations

import re

from index.textnorm import fold_ascii, has_diacritics
from index.vocabulary.abbreviations import ABBREVIATIONS
from index.vocabulary.terms import titles_in

from .demands import gives_balance
from .grades import of_another_award
from .paid import for_purpose, from_giver, paid_in_part
from .understand import Query
from .units import Unit

# "mỗi lớp", "1 hộ", "một buổi": one of an item (a title after "một" is one of its holders, read elsewhere);
# "mỗi năm" is a frequency, "mỗi nơi" each of the places compared and "mỗi nguồn" each of the sources listed
_PER_ITEM = re.compile(r"\b(?:(?:moi|1)\s+[\"“']?|mot\s+)(?!so\b|cach\b|phan\b|it\b|nam\b|thang\b|duoc\b|"
                       r"quy\b|tuan\b|ngay\b|lan\b|dot\b|khi\b|noi\b|ben\b|"
                       r"dia phuong\b|van ban\b|ke hoach\b|tai lieu\b|cap\b|nguon\b|khoan\b|hang muc\b|loai\b)([a-z]+)")


# whose money: "ngân sách huyện", "huyện Bắc Sơn bố trí …", "UBND các xã … bố trí …"
_BUDGET_OF = re.compile(r"\bngan sach (tinh|huyen|xa|phuong|thi tran)\b")
# ("xã Tùng Vài được hỗ trợ": the commune receives, it does not pay)
_PAYS = re.compile(r"\b(tinh|huyen|xa|phuong|thi tran)\b(?:\s+(?!duoc\b|dc\b)\w+){0,3}\s+(?:bo tri|ho tro|cap|doi ung)\b"
                   # "TP Sông Công hỗ trợ …": a town or city under a province pays as a district does
                   r"|\b(?:tp|thanh pho|thi xa|quan)\s+(?!(?:ha noi|ho chi minh|hcm|da nang|hai phong|can tho)\b)"
                   r"[a-z]+(?:\s+(?!duoc\b|dc\b)[a-z]+){0,2}?\s+(?:bo tri|ho tro|cap)\b")
_EACH_PAYS = re.compile(r"\bcac (tinh|huyen|xa|phuong|thi tran)\b[^.;]{0,40}\bbo tri\b")
# a ward or a town pays at the commune's level
_LEVEL_OF = {"phuong": "xa", "thi tran": "xa", None: "huyen"}


_OWN_LEVEL = {"xã": "xa", "huyện": "huyen", "tỉnh": "tinh"}
_WARD = re.compile(r"\b(?:phuong|thi tran)\b")
_SAID_AS = {"xa": "xa|phuong|thi tran", "huyen": "huyen|quan|thi xa|thanh pho|tp"}


def _levels(found) -> set[str]:
    return {_LEVEL_OF.get(level, level) for level in found}
# "cấp" that grants, not a level ("Quỹ Khuyến học các cấp", "giải Nhất cấp tỉnh")
_GRANT = (r"(?<!cac )\bcap\b(?!\s+(?:tinh|huyen|xa|thon|ap|co so|tren|duoi|hoi|uy|trung uong|quoc gia|bo|nganh|"
          r"truong|phong|so)\b)")
_ALLOCATES = re.compile(rf"\b(?:bo tri|chi|{_GRANT})\b(?:\s+\w+){{0,2}}\s+(?:bao nhieu|bn)\b|\b(?:kinh phi|ngan sach)\b")
_BUDGET_WORDS = re.compile(rf"\b(?:bo tri|ngan sach|kinh phi|du toan|ho tro|chi|tai tro|xa hoi hoa)\b|{_GRANT}")
# a prize ("thưởng", "khen", "tặng Giấy khen"), never "thường xuyên", "Thường trực", "tăng cường"
_AWARD = re.compile(r"\bkhen\b|(?<!binh )\bthuong\b(?!\s+(?:xuyen|truc|vu|nien|ky)\b)|\btang\s+(?:thuong|giay|bang|qua)\b")


# money given in, asked ("mỗi thôn phải đóng góp bao nhiêu", "Hội LHPN vận động bao nhiêu tiền") and said: not what a
# budget pays out ("hỗ trợ mỗi thôn 500.000 đồng"); the currency "đồng" folds to "dong", so the bare verb is left out
_GIVEN_IN = (r"dong gop|ung ho|van dong|huy dong|quyen gop|tai tro|xa hoi hoa|hoi phi|hoc phi|le phi|dong quy|dong tien|"
             r"nop tien|nop quy")
_GIVEN_IN_ASKED = re.compile(rf"\b(?:{_GIVEN_IN})\b(?:\s+\w+){{0,4}}?\s+(?:bao nhieu|bn|toi thieu|it nhat)\b")
# a fee is its own kind of money given in: "học phí" is not "lệ phí", nor a donation
_FEE = re.compile(r"\b(hoc phi|hoi phi|le phi)\b")
_GIVEN_IN_SAID = re.compile(rf"\b(?:{_GIVEN_IN}|nop|dong gop)\b")


def _asked_levels(unit: Unit, q: Query) -> set[str]:
    """The levels whose budget the question asks about ("ngân sách huyện", "xã … bố trí"), less one said of
    another place than the clause's ("kinh phí của huyện A so với ngân sách xã B": B's purse, not A's)."""
    own = {fold_ascii(p) for p in (unit.doc.locality, unit.doc.district, unit.doc.province) if p}
    others = [p for p in q.places if p not in own]
    return _levels(m.group(1) for pattern in (_BUDGET_OF, _PAYS) for m in pattern.finditer(q.bare)
                   if not any(q.bare.startswith(p, m.end(1 if m.group(1) else 0) + 1) for p in others))


# money asked by the month, the session, the day ("bao nhiêu tiền 1 tháng", "mỗi buổi được bao nhiêu") — and said
_PER_TIME = re.compile(r"(?:\b(?:moi|mot|hang)\s+|(?<!ngay )\b1\s+|/\s*(?:1\s*)?)(thang|buoi|ngay|tuan|tiet)\b")


# what an amount asked is for: "bao nhiêu tiền để tổ chức Tuần lễ …", "đánh bao nhiêu cho khen thưởng"
_FOR_WHAT = re.compile(r"\b(?:(?:bao nhieu|bn)(?:\s+tien)?|kinh phi|chi phi|so tien)\s+(?:de|cho|danh cho|vao)\s+(.+?)"
                       r"(?=\s+(?:o|tai|cua|la|bao nhieu|bn|nam|trong|theo|tu|xa|huyen|tinh|cap)\b|\s+(?:19|20)\d\d\b|[,?.;:]|$)")
# an amount shared by this many tasks or more is no one task's
SHARED_TASKS = 3
_FOR_FILLER = frozenset("cac nhung mot viec cong tac thuc hien to chuc hoat dong ke hoach xay dung xa hoi hoc tap".split())
# an amount given for several purposes at once: "1.320 triệu đồng (bồi dưỡng, kiểm tra, tổ chức Tuần lễ …)",
# "180.000.000 đồng … để tổ chức tập huấn, kiểm tra, sơ kết, tổng kết và khen thưởng"
_PURPOSES_LISTED = re.compile(r"\d[\d.,]*\s*(?:ty|trieu|nghin)?\s*(?:dong|d)\b(?:\s*\([^)]*\bdong\s*\))?(?:[^;.()]{0,120}?)"
                              r"(?:\(([^)]{5,200})\)|\b(?:de|dung cho|su dung cho|su dung)\s+([^;.()]{5,200}))")


def shared_among(unit: Unit, q: Query) -> bool:
    """"bố trí riêng bao nhiêu tiền để tổ chức Tuần lễ …" is not answered by one sum for the training, the checks and
    the Tuần lễ together: the purpose asked is one of several the amount is given for."""
    m = _FOR_WHAT.search(q.bare)
    if m is None or re.search(r"\btong\b", q.bare):
        return False
    words = [w for w in m.group(1).split() if w not in _FOR_FILLER]
    if not words:
        return False
    for listed in _PURPOSES_LISTED.finditer(fold_ascii(unit.full_text)):
        items = [i for i in re.split(r",|\bva\b", listed.group(1) or listed.group(2)) if i.strip()]
        naming = [i for i in items if 2 * sum(bool(re.search(rf"\b{w}\b", i)) for w in words) >= len(words)]
        asked = [i for i in items if all(re.search(rf"\b{w}\b", q.bare) for w in i.split() if w not in _FOR_FILLER)]
        # three tasks or more (two may be two places: "sửa nhà văn hóa thôn A và thôn B"); asked together, the whole
        if len(items) >= SHARED_TASKS and len(naming) == 1 and len(asked) < 2:
            return True
    return False


def same_purse(unit: Unit, q: Query) -> bool:
    """"ngân sách huyện … bao nhiêu" is not answered by what the xã budget gives, nor "mỗi hộ được
    bao nhiêu" by a total: the level of the budget and the per-item reading must agree when both are said."""
    if not (for_purpose(unit, q) and gives_balance(unit, q) and paid_in_part(unit, q)):
        return False
    text = fold_ascii(unit.text)
    asked = _asked_levels(unit, q)
    # "… được UBND huyện hỗ trợ 35.000.000 đồng": the district pays
    stated = _levels(_BUDGET_OF.findall(text)) | _levels(_EACH_PAYS.findall(text)) | _levels(
        m.group(1) for m in _PAYS.finditer(text) if m.group(1))
    if asked and stated and not asked & stated:
        return False
    heard = fold_ascii(f"{unit.section} {unit.lead_in} {unit.text}")  # "1. Tổng kinh phí từ ngân sách huyện …" above it
    # a ward's plan spends the ward's money unless it says otherwise ("ngân sách phường …" of "Kinh phí: …")
    ward = asked == {"xa"} and _OWN_LEVEL.get(unit.doc.level or "") == "xa" and bool(_WARD.search(q.bare))
    if asked and not stated and not ward and not any(
            re.search(rf"\b(?:{_SAID_AS.get(level, level)})\b", heard) for level in asked):
        return False  # "huyện hỗ trợ xã bao nhiêu": not what donors give, in a clause that names no huyện
    context = fold_ascii(f"{unit.section} {unit.lead_in} {unit.text}")
    if _AWARD.search(q.bare) and not _AWARD.search(context):
        return False  # "thưởng bao nhiêu tiền": a prize, not a fund's balance or a centre's allowance
    if of_another_award(unit, q):
        return False  # "Bằng khen … kèm tiền thưởng bao nhiêu": not the money that comes with a Giấy khen
    if _GIVEN_IN_ASKED.search(q.bare) and not _GIVEN_IN_SAID.search(context):
        return False  # "mỗi thôn phải đóng góp bao nhiêu": not the support the commune's budget gives each thôn
    per_time = set(_PER_TIME.findall(q.bare))
    if per_time and not per_time & set(_PER_TIME.findall(context)):
        return False  # "bồi dưỡng bao nhiêu tiền 1 tháng": a rate by the month, not the year's budget
    fees = set(_FEE.findall(q.bare))
    if fees and not fees & set(_FEE.findall(context)):
        return False  # "đóng hội phí bao nhiêu": a fee, not what a drive raises ("nguồn xã hội hóa")
    if shared_among(unit, q):
        return False  # "bố trí riêng bao nhiêu cho Tuần lễ": not one sum for the Tuần lễ and two other tasks
    if not from_giver(unit, q):
        return False  # "được Chủ tịch UBND xã thưởng bao nhiêu": not the prize the province's association gives
    if _ALLOCATES.search(q.bare) and not _BUDGET_WORDS.search(fold_ascii(f"{unit.section} {unit.lead_in} {unit.text}")):
        return False  # "huyện bố trí bao nhiêu kinh phí": a budget, not the balance a fund must keep
    # "mỗi lớp xóa mù chữ được bao nhiêu": an amount for each of that item, not for each of something else
    per_item = _PER_ITEM.search(q.bare)
    if per_item and has_diacritics(q.text) and not re.search(r"\b(?:mỗi|một|1)\s", q.text.lower()):
        per_item = None  # "mới được … tặng": "mới", not "mỗi" (both fold to "moi")
    if not per_item or re.search(r"\btong\b", q.bare):
        return True  # "tổng kinh phí … và mỗi TTHTCĐ được bao nhiêu": the total is asked too
    typed = per_item.group(1)
    item = fold_ascii(ABBREVIATIONS.get(typed, typed)).split()[0]  # "mỗi TTHTCĐ" is "mỗi trung tâm"
    text = fold_ascii(unit.full_text)
    said = "|".join(dict.fromkeys((item, typed)))  # the clause may abbreviate it too
    # "mỗi suất", "500.000 đồng/suất", "60 suất x 1.000.000 đồng"
    if re.search(rf"\b(?:moi|1)\s+(?:{said})\b|\d\s*(?:(?:ty|trieu|nghin)\s*)?(?:dong|trieu|nghin|d)\s*/\s*(?:{said})\b"
                 rf"|\b(?:{said})\s*[x×]\s*\d", text):
        return True
    # "mỗi “Gia đình học tập” tiêu biểu": the prize of a title is said of the title ("… tiêu biểu được tặng …")
    titled = [t for t in titles_in(q.text) if fold_ascii(t).startswith(item)]
    # … the title is who receives it ("“Gia đình học tập” tiêu biểu được tặng …"), not one line of a budget
    # ("khen thưởng “Gia đình học tập”, “Cộng đồng học tập” tiêu biểu 12.000.000 đồng")
    return any(re.search(rf"\b{fold_ascii(t)}\W*(?:[a-z]+\W+){{0,2}}?(?:duoc|nhan)\b", text) for t in titled)
