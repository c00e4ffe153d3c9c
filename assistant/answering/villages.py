"""The village a question names ("ở thôn Khâu Ria") and whether a clause speaks of it: a clause that names only
other villages ("tại nhà văn hóa thôn Tùng Vài Phìn") answers for them, not for the one asked."""

from __future__ import annotations

import re

from index.clean import is_vietnamese_syllable
from index.textnorm import fold_ascii, has_diacritics

from .understand import Query
from .units import TABLE_CELL, Unit

_KINDS = r"thon|ap|xom|khom|bon|buon|plei|lang|to dan pho|khu pho"
# a village named by its kind and a name in a clause, as written: "thôn Tùng Vài Phìn", "ấp Tân Hòa", "làng Kon Gung",
# "plei Ơi" (Gia Lai), "buôn Đôn"
_NAMED = re.compile(r"\b(?:[Tt]hôn|[Ấấ]p|[Xx]óm|[Kk]hóm|[Bb]uôn|[Pp]lei|[Ll]àng|[Tt]ổ dân phố|[Kk]hu phố)\s+((?:[A-ZĐÂĂÊÔƠƯ0-9][\w-]*\s*){1,4})"
                    # a hamlet ("bản Hô Be"), not a text ("văn bản Hướng dẫn")
                    r"|(?<![Vv]ăn )\b[Bb]ản\s+((?:[A-ZĐÂĂÊÔƠƯ][a-zđà-ỹ][\w-]*\s*){1,3})")
# the kind followed by a word that names no village: "các thôn", "thôn nào", "cấp thôn", "thôn trên địa bàn"
_NOT_A_NAME = frozenset("nao tren trong da dat duoc co va cua phai thuc hien to gui bao lap moi cac nhung deu thi "
                        "la hoc tap ve o tai xa phuong huyen tinh dung ko khong hay nhe khi nay do sau truoc cung con voi thuoc "
                        "dac vung kho mien ngheo".split())


# a hamlet of the north-west ("bản Cò Lìu"): with marks, "bản" before a capitalised name ("bản đồ", "bản tin" are a
# map and a newsletter); typed without marks "ban" is also a board ("ban chỉ đạo"), so only after "ở / tại"
_HAMLET = re.compile(r"(?<!\w)bản\s+[A-ZĐ]")
_HAMLET_TYPED = re.compile(r"\b(?:o|tai)\s+ban\s+(?!(?:chi|to|thuong|dai|giam|chap|kiem|tuyen|dan|cong|quan|dieu|bien|khuyen|"
                           r"hanh|bi|thi|van|nganh|do|tin|doc|nay|dang|tu|so)\b)[a-z]+")


def asks_a_village(q: Query) -> bool:
    """The question names one village ("ngày hội đọc sách ở thôn Khâu Ria"), not villages in general."""
    if _HAMLET.search(q.text) if has_diacritics(q.text) else _HAMLET_TYPED.search(q.bare):
        return True
    return any(m.group(2) not in _NOT_A_NAME
               for m in re.finditer(rf"(?<!cap )(?<!moi )(?<!cac )\b({_KINDS})\s+([a-z0-9]+)", q.bare))


def _asked_names(q: Query) -> list[str]:
    """The first word of each village name the question types after its kind ("thôn 1A" -> "1a"); not a rate per
    village ("2,5 triệu/thôn"), nor a place ending in a kind's word ("huyện Tiên Lãng giao …")."""
    bare = q.bare
    for place in q.places:
        bare = re.sub(rf"\b{re.escape(place)}\b", " , ", bare)
    return [m.group(2) for m in re.finditer(rf"(?<!cap )(?<!moi )(?<!cac )(?<!/)\b({_KINDS})\s+([a-z0-9]+)", bare)
            if m.group(2) not in _NOT_A_NAME]


def names_asked_village(unit: Unit, q: Query) -> bool:
    """A figure of the village asked ("thôn 1A có bao nhiêu hộ …") is said by a clause that names it, in its text,
    headings or a table row — not by the commune's total over "các thôn"."""
    names = _asked_names(q)
    if not names:
        return True
    around = fold_ascii(f"{unit.section} {unit.lead_in} {unit.full_text}")
    return any(re.search(rf"\b{re.escape(n)}\b", around) for n in names)


def at_asked_village(unit: Unit, q: Query) -> bool:
    """A clause naming villages speaks of the one asked only when it names that one too."""
    if not asks_a_village(q):
        return True
    text = f"{unit.lead_in} | {unit.full_text}"  # a header ending "… cấp thôn" names no village "1" of its row
    # a hamlet's name is Vietnamese ("bản Hô Be"), a file's is not ("bản Word")
    named = [fold_ascii(m.group(1) or m.group(2)).strip() for m in _NAMED.finditer(text)
             if m.group(1) or all(is_vietnamese_syllable(w) for w in m.group(2).split())]
    return not named or any(re.search(rf"\b{re.escape(n)}\b", q.bare) for n in named if n)


# a capital letter of Vietnamese, for names written as typed
CAPITAL = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ"
# places listed together by name after their kind: "tại các xã Hùng Mỹ, Yên Lập và Hòa Phú", "ở 03 thôn: Nà Khà,
# Bản Bó", "có 07 thôn gồm: Vĩnh Thạnh Tây, …" (not a kind of them: "các thôn thuộc huyện Bác Ái")
_LISTED = re.compile(rf"\b(?:các|\d{{1,2}})\s+(?:xã|phường|thị trấn|thôn|ấp|bản|xóm|khóm|huyện)(?:\s+(?:gồm|bao gồm|là))?\s*:?\s+([{CAPITAL}][^.;()]{{2,200}})")


def one_of_several(unit: Unit, q: Query, villages: tuple[str, ...] = ()) -> bool:
    """A count or sum the clause gives for several places listed together ("năm 2024 huyện mở 06 lớp … tại các xã
    Hùng Mỹ, …, Hòa Phú") is not the figure of the one place asked among them (a rate set for them holds for each)."""
    if TABLE_CELL in unit.text:
        return False
    own = {fold_ascii(p) for p in (unit.doc.locality, unit.doc.district, unit.doc.province) if p}
    asked = [p for p in dict.fromkeys([*q.places, *villages]) if p not in own]  # villages (folded) the gazetteer does not hold
    if not asked:
        return False
    for m in _LISTED.finditer(unit.full_text):
        listed = fold_ascii(m.group(1))
        if any(re.search(rf"\b{re.escape(p)}\b", listed) for p in asked) and re.search(r",|\bva\b", listed):
            return True
    if re.search(r"\btong\b", q.bare) or len(asked) > 1:
        return False  # "thôn A và thôn B có tổng cộng bao nhiêu học viên": the sum is asked
    return any(_joined(fold_ascii(unit.full_text), p) for p in asked)


# (communes and districts are named beside each other alike: "tại xã Hòa An và xã Phương Phú")
_KIND_WORDS = rf"(?:{_KINDS}|ban|xa|phuong|thi tran|huyen|quan|thi xa)"


def _joined(folded: str, place: str) -> bool:
    """"tại thôn Sín Chải và thôn Lùng Cẩu với tổng số 45 học viên": the village is named beside another of its kind
    and never with a figure of its own ("bản Hô Be 24 học viên")."""
    mentions = list(re.finditer(rf"\b{_KIND_WORDS}\s+{re.escape(place)}\b", folded))
    if not mentions or any(re.match(r"\s*[:(]?\s*\d", folded[m.end():]) for m in mentions):
        return False
    return any(re.match(rf"\s*(?:,|\bva\b)\s*{_KIND_WORDS}\s+[a-z]", folded[m.end():])
               or re.search(rf"\b{_KIND_WORDS}\s+[a-z]+(?:\s+[a-z]+){{0,2}}\s*(?:,|\bva)\s*$", folded[:m.start()])
               for m in mentions)
