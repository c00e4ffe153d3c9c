"""Whose contact a clause gives: "số điện thoại của Hội Khuyến học huyện" is not answered by the number of the
Phòng GD&ĐT's deputy head, "sđt của bà Đỗ Thị Hương" not by the number of ông Vũ Văn Thắng, "số di động" not by
an office's number."""

from __future__ import annotations

import re

from index.textnorm import fold_ascii, has_diacritics
from index.vocabulary.terms import AGENCIES

from .kinds import asked_role
from .understand import Query
from .units import Unit

# a telephone number asked ("số điện thoại", "sđt"), and one said ("0915.284.637", "(0229) 3872 146")
_PHONE_ASKED = re.compile(r"\b(?:so )?(?:dien thoai|sdt|so dt|dt lien he|hotline|di dong)\b")
PHONE = re.compile(r"(?<![\d/])(?<!\d[.,])\(?0\d{2,4}\)?[ .]?\d{3,4}[ .]?\d{3,4}(?![\d/])(?![.,]\d)(?!\s*(?:đồng|đ\b|triệu|tỷ))",
                   re.I)  # not the "000.000.000" of "4.200.000.000 đồng"
_MOBILE = re.compile(r"\b(?:di dong|dtdd)\b")
# whose address or number is asked: "email của HKH xã", "sđt (đầu mối) của Phòng GD&ĐT huyện", "email nhận báo cáo
# của Hội Khuyến học huyện"
_CONTACT_OF = re.compile(r"\b(?:email|e-mail|thu dien tu|dia chi|so dien thoai|dien thoai|sdt|so dt|hotline|zalo)\s+"
                         r"(?:(?:dau moi|lien he|lien lac|co quan)\s+)?(?:(?:[a-z]+\s+){0,3}?cua\s+)?")
_LEVEL_AFTER = re.compile(r"\s*(?:cap\s+)?(tinh|huyen|xa|phuong|thon)\b")
_ADDRESS = re.compile(r"@|\b\d{3,4}[ .]?\d{3,4}[ .]?\d{3,4}\b")

# a person the question names: "bà Nguyễn Thị Kim Yến", typed "ba do thi huong"
_PERSON_NAMED = re.compile(r"(?<!\w)(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí)\s+([A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){1,3})")
_PERSON_TYPED = re.compile(r"\b(?:ong|ba|dong chi)\s+((?:[a-z]+\s+){1,2}[a-z]+)")
# words after "ông"/"bà" that start no name: a post, the people at large ("bà con")
_NOT_A_NAME = frozenset("con pho chu truong giam chuyen can cong thu ky nay ay ta la co o tai cua va".split())


def _around(unit: Unit) -> str:
    return fold_ascii(f"{unit.lead_in} {unit.full_text}")


def gives_phone(unit: Unit, q: Query) -> bool:
    """"số điện thoại của bà …": not the email the reports go to; "… của Tổ trưởng Tổ thẩm định": not the
    specialist the letter names for contact."""
    if not _PHONE_ASKED.search(q.bare):
        return True
    role = asked_role(q.bare)
    if role == "dau moi":
        role = r"dau moi|lien (?:he|lac)"  # "(số của) đầu mối": whoever a clause says to contact
    elif role and not role.startswith("pho "):
        role = rf"(?<!pho ){role}"  # "Chủ tịch Hội …": not its "Phó Chủ tịch kiêm Tổng thư ký"
    if _MOBILE.search(q.bare) and not _MOBILE.search(_around(unit)):
        return False  # "số di động của bà …": not her office's number
    return bool(PHONE.search(unit.full_text)) and (not role or bool(re.search(rf"\b(?:{role})\b", _around(unit))))


# an e-mail address asked, not how a report travels ("gửi qua email hay phần mềm" asks a medium, not a contact)
_EMAIL_ASKED = re.compile(r"\b(?:email|e-mail|mail|thu dien tu|hop thu)\b")
# a bank account asked ("số tài khoản", "stk"), and one said (a run of digits longer than a telephone number)
_ACCOUNT_ASKED = re.compile(r"\b(?:so tai khoan|stk)\b")
_ACCOUNT = re.compile(r"\b\d(?:[ .-]?\d){9,}\b")
_FAX_ASKED = re.compile(r"\bfax\b")


def gives_address(unit: Unit, q: Query) -> bool:
    """"email của Phòng GD&ĐT là gì": a clause with an address, not one with only a telephone number; "số tài
    khoản của Quỹ": one with the account's number."""
    if _ACCOUNT_ASKED.search(q.bare):
        return bool(_ACCOUNT.search(unit.full_text)) and bool(re.search(r"\btai khoan\b", _around(unit)))
    if _EMAIL_ASKED.search(q.bare) and not _PHONE_ASKED.search(q.bare):
        return "@" in unit.full_text
    if _FAX_ASKED.search(q.bare):  # "số fax": a telephone number is not one
        return bool(re.search(r"\bfax\b", fold_ascii(unit.full_text)))
    return True


def _person_asked(q: Query) -> str:
    """The name of the person whose contact is asked, folded: "kim yen", "do thi huong"; '' when none."""
    named = _PERSON_NAMED.search(q.text)
    if named:
        return " ".join(fold_ascii(named.group(1)).split()[-2:])
    if has_diacritics(q.text):
        return ""  # typed with marks, a name has its capitals ("Phòng GD&ĐT Quản Bạ qua email nào" names no "bà")
    bare = q.bare
    for place in q.places:  # "quan ba qua email nao": a place's name, not "bà Qua"
        bare = re.sub(rf"\b{re.escape(place)}\b", " , ", bare)
    typed = _PERSON_TYPED.search(bare)
    if typed and typed.group(1).split()[0] not in _NOT_A_NAME:
        return typed.group(1)
    return ""


def names_person(unit: Unit, q: Query) -> bool:
    """A person asked by name is named by the clause."""
    person = _person_asked(q)
    if not person:
        return True
    return bool(re.search(r"\b" + r"\W+".join(map(re.escape, person.split())) + r"\b", _around(unit)))


def _owner(bare: str) -> tuple[str, str] | None:
    """The body (and its level) whose contact the question asks, None when it names none."""
    for m in _CONTACT_OF.finditer(bare):
        for term in AGENCIES:
            named = term.regex.match(bare, m.end())
            if named:
                level = _LEVEL_AFTER.match(bare, named.end())
                return term.name, level.group(1) if level else ""
    return None


def owns_contact(unit: Unit, q: Query) -> bool:
    """"email của Hội Khuyến học xã": not the address of the Hội Khuyến học tỉnh a clause sends the xã's report to.
    The body named nearest before the address is whose it is; naming none, the body its heading is about."""
    owner = _owner(q.bare)
    if owner is None:
        return True
    text = fold_ascii(unit.full_text)
    address = _ADDRESS.search(text)
    if address is None:
        return True
    mentions = []
    for term in AGENCIES:
        for m in term.regex.finditer(text, 0, address.start()):
            level = _LEVEL_AFTER.match(text, m.end())
            mentions.append((m.start(), term.name, level.group(1) if level else ""))
    if not mentions:  # "1. Phòng Giáo dục và Đào tạo" over "Đầu mối theo dõi: bà …, điện thoại …"
        return not unit.heading_agencies or owner[0] in unit.heading_agencies
    _, name, level = max(mentions)
    return name == owner[0] and (not owner[1] or not level or level == owner[1])
