"""What a question counts ("bao nhiêu hội viên", "những thôn nào") and whether a clause counts it: a number of that
thing, not a rate of it ("94% trường học"), nor a count of another thing ("112 dòng họ" for "bao nhiêu hộ")."""

from __future__ import annotations

import re

from index.textnorm import fold_ascii, words, written_out
from index.vocabulary.abbreviations import ABBREVIATIONS
from index.vocabulary.terms import BODY_TITLES, titles_in

from .understand import Query
from .units import TABLE_CELL, Unit

# what a list question asks for: "nộp những biểu mẫu nào" -> "bieu mau"
LIST_OBJECT = re.compile(r"\b(?:nhung|cac)\s+((?:[a-z]+\s+){0,2}[a-z]+)(?:\s*,\s*(?:[a-z]+\s+){0,2}[a-z]+)?\s+(?:nao|gi)\b")


_COUNT_ASKED = re.compile(r"\b(?:bao nhieu|bn|may)\s+([a-z]+)(?:\s+([a-z]+))?")
_FUNCTION_WORDS = frozenset("dat duoc co la cua trong nam thi o tai phai can de va hoac moi ve theo khi tu cho nhu".split())
# things counted whose first word alone is none ("bao nhiêu dòng họ", not "bao nhiêu đồng")
_COUNTED_PAIRS = frozenset({"dong ho"})
_NOT_A_THING = frozenset("phan ty le lan nam thang ngay tien trieu dong chi tieu muc nguoi va la thi the vay nhi a ha "
                         "cho trong tren de den toi vao tai theo khi sau truoc tu".split())


def counted_things(q: Query) -> list[str]:
    """What "bao nhiêu …" counts, folded: "hoi vien", "truong thon" (the two words when the second is part of the
    name), "lop"; nothing for "bao nhiêu %" or "bao nhiêu đến 31/12"."""
    bare = re.sub(r"[“”\"]", " ", q.bare)  # "bao nhiêu “Công dân học tập”"
    for place in q.places:  # "ở Sông Mây có bao nhiêu đại biểu": a name folded to "may" asks no count
        bare = re.sub(rf"\b{re.escape(place)}\b", " , ", bare)
    return [f"{m.group(1)} {m.group(2)}" if m.group(2) and m.group(2) not in _NOT_A_THING | _FUNCTION_WORDS
            else m.group(1) for m in _COUNT_ASKED.finditer(bare)
            if m.group(1) not in _NOT_A_THING or f"{m.group(1)} {m.group(2)}" in _COUNTED_PAIRS]


_COUNTED_PEOPLE = frozenset({"dai bieu", "hoc vien", "hoi vien", "nguoi", "luot", "cong tac", "giao vien", "ho", "ho gia",
                             "thanh vien", "hoc sinh", "sinh vien", "can bo", "doan vien"})
# places are counted too, never by their kind alone ("Mỗi xã, thị trấn …" counts no xã)
_PLACE_KINDS = frozenset({"xa", "thon", "ap", "huyen", "phuong", "xom", "khom", "ban"})


# a cell holding a number that is no percentage: "18/25", "1.500", "9" (a year column's count), not "70,5%"
_COUNT_CELL = re.compile(r"\d(?![\d.,]*\s*%)")


def rates_only(row: str) -> bool:
    """A table row whose figures are all percentages ("1 | Hộ gia đình đạt … | 70,5% | 73%"): it counts nothing. Its
    first cell is the row's number or its name."""
    cells = [c for c in row.split(TABLE_CELL)[1:] if re.search(r"\d", c)]
    return bool(cells) and not any(_COUNT_CELL.search(c) for c in cells)


# a thing counted that ends the name of another: households ("hộ") are not clans ("dòng họ")
_WHOLE = {"ho": r"(?<!dong )"}
# a percentage and the word it is a share of: "94% trường học", "81,4% số hộ"
_RATED = re.compile(r"\d+(?:[.,]\d+)?\s*%\s*(?:số\s+)?\w+")


# what is counted, narrowed: "bao nhiêu người là đồng bào Khmer", "bao nhiêu học viên thuộc hộ nghèo"
_QUALIFIED = re.compile(r"\b(?:bao nhieu|bn|may)\s+(?!(?:phan|tien|ty|ti|lan|nam|thang|ngay|diem|muc)\b)"
                        r"(?:(?!(?:thi|co|duoc|se|can|phai|de)\b)[a-z]+\s+){1,2}?(?:la|thuoc)\s+((?:[a-z]+\s*){1,3})")
_QUALIFIER_ENDS = re.compile(r"\s+(?:o|tai|cua|trong|nam|thi|duoc|da|co|khong|vay|a|ha)\b.*$")


# … or by a word that picks some of the people counted: "bao nhiêu lao động nữ", "bao nhiêu người cao tuổi"
_NARROWED = re.compile(r"\b(?:bao nhieu|bn|may)\s+(?:[a-z]+\s+){1,2}?(nu|khuyet tat|cao tuoi|ngheo|can ngheo|"
                       r"dan toc thieu so|dong bao dan toc)\b")


def _qualifier(q: Query) -> list[str]:
    m = _QUALIFIED.search(q.bare)
    if m:
        return _QUALIFIER_ENDS.sub("", m.group(1)).split()
    narrowed = _NARROWED.search(q.bare)
    return narrowed.group(1).split() if narrowed else []


def counts(unit: Unit, q: Query) -> bool:
    """"bao nhiêu hội viên": the clause counts that thing ("1.500 hội viên"), not some other number; "bao nhiêu
    người là đồng bào Khmer": of those, not all the learners ("320 học viên")."""
    narrowed = _qualifier(q)
    if narrowed and not all(re.search(rf"\b{w}\b", fold_ascii(f"{unit.lead_in} {unit.full_text}")) for w in narrowed):
        return False
    things = counted_things(q)
    if not things:
        return True
    if _another_kind_counted(unit, things):
        return False
    if unit.members:  # a list: its items are what is counted, unless the table rows naming the thing give rates
        rows = [m.text for m in unit.members if TABLE_CELL in m.text and any(
            re.search(rf"\b{t}\b", fold_ascii(m.text)) for t in things)]
        if rows:
            return not all(rates_only(r) for r in rows)
        # … and a list that never names the thing counts none ("bao nhiêu TTHTCĐ": not the tasks of the xã)
        said = fold_ascii(" ".join([unit.section, unit.lead_in, unit.text, *(m.text for m in unit.members)]))
        return any(re.search(rf"\b(?:{t}|{fold_ascii(ABBREVIATIONS.get(t, t))})\b", said) for t in things)
    titled = any(fold_ascii(t) in q.bare for t in q.titles)  # the title written out, not "dòng họ" alone
    if TABLE_CELL in unit.text and not titled and not _RECOGNITION.search(q.bare) and _holders_row(unit.text, things):
        return False  # "tổng cộng bao nhiêu dòng họ": not the row "Dòng họ đạt “Dòng họ học tập” | 9 | 12 | 15"
    if TABLE_CELL in unit.text:  # a row counts what its columns or its table's heading name ("Số lớp", "Hội viên")
        row = re.sub(r"[\"“”]", "", fold_ascii(f"{unit.section} {unit.lead_in} {unit.text}"))  # 'hộ "Gia đình …"'
        # "(cấp thôn)", "3.000.000 đồng/thôn": a level and a rate per unit name the thing without counting it
        return not rates_only(unit.text) and any(re.search(rf"(?<!cap )(?<!/)\b{t}\b", row) for t in things)
    plain = re.sub(r"“[^”]*”", " ", f"{unit.lead_in} {unit.full_text}")  # a title "Gia đình học tập" counts nothing
    text = fold_ascii(_RATED.sub(" ", plain))  # "94% trường học đạt …" is a rate of schools, not a count of them
    expanded = " ".join(fold_ascii(w) for w in words(plain.replace("%", " phần trăm ")))  # "75% số hộ" counts none
    # the thing is counted ("1.500 hội viên", "10/17 TTHTCĐ") or named so it can be counted ("Sở Nội vụ, Sở Tài chính");
    # people, households and places are counted, never named one by one ("đại biểu dự Hội nghị có mặt trước 15 phút",
    # "Cộng tác viên tại các ấp báo cáo …", "Mỗi xã, thị trấn đề nghị …" count none)
    numbered = re.sub(r"^\s*(?:\d{1,2}|[a-zđ])[.)]\s+", "", unit.full_text)  # "2. Dòng họ …": an item's number counts none
    whole = " ".join(fold_ascii(w) for w in words(f"{unit.lead_in} {numbered}".replace("%", " phần trăm ")))
    if not titled and not _RECOGNITION.search(q.bare) and _only_holders_counted(whole, things):
        return False  # "tổng số bao nhiêu dòng họ": not the "112 dòng họ được công nhận “Dòng họ học tập”"
    return any((t not in _COUNTED_PEOPLE | _PLACE_KINDS and re.search(rf"\b{t}\b", text))
               or re.search(rf"\b\d+\s+(?!phan tram\b)(?:[a-z]+\s+){{0,2}}{_WHOLE.get(t, '')}{t}\b", expanded)
               for t in things)


# a count narrowed to those holding a title ("112 dòng họ được công nhận “Dòng họ học tập”"), and a question asking
# about recognition itself ("bao nhiêu dòng họ được công nhận", "đạt chuẩn")
_HOLDERS = re.compile(r"^\W*(?:[a-z]+\s+){0,3}?(?:duoc\s+)?(?:cong nhan|dat)\b")
_TARGET_BEFORE = re.compile(r"\bchi tieu\b")
_RECOGNITION = re.compile(r"\b(?:cong nhan|dat|danh hieu|xep loai)\b")


def _only_holders_counted(expanded: str, things: list[str]) -> bool:
    """Every count of the thing in the clause is of those recognised with a title: it counts no whole."""
    found = False
    for t in things:
        for m in re.finditer(rf"\b\d+\s+(?!phan tram\b)(?:[a-z]+\s+){{0,2}}{_WHOLE.get(t, '')}{t}\b", expanded):
            after = expanded[m.end(): m.end() + 80]
            held = _HOLDERS.match(after) and [x for x in titles_in(after) if x not in BODY_TITLES]
            if not held and not _TARGET_BEFORE.search(expanded[max(0, m.start() - 30): m.start()]):
                return False  # a count of the whole ("có 150 dòng họ"), not a target for the holders
            found = True
    return found


def _holders_row(row: str, things: list[str]) -> bool:
    """The row's name counts the thing only as the holders of a title ("Dòng họ đạt “Dòng họ học tập”")."""
    name = next((fold_ascii(c) for c in row.split(TABLE_CELL) if re.search(r"[^\W\d_]", c)), "")
    for t in things:
        m = re.search(rf"\b{_WHOLE.get(t, '')}{t}\b", name)
        after = name[m.end():] if m else ""
        if m and _HOLDERS.match(after) and [x for x in titles_in(after) if x not in BODY_TITLES]:
            return True
    return False


# things counted that come in kinds ("lớp tin học", "giải Nhất", "suất học bổng"), and words naming none of them
_OF_KINDS = frozenset("lop khoa giai suat buoi".split())
_PLAIN_SECOND = frozenset("hoc tap".split())


def _another_kind_counted(unit: Unit, things: list[str]) -> bool:
    """"bao nhiêu lớp ngoại ngữ" of a clause counting "12 lớp, chuyên đề" and "01 lớp tin học": the clause counts
    the thing, each time of another kind, and never names the kind asked (nor its abbreviation's words), or names
    it only uncounted ("28 lớp chuyên đề …; tiếp tục mở lớp xóa mù chữ")."""
    if TABLE_CELL in unit.text or unit.members:
        return False
    plain = f"{unit.section} {unit.lead_in} {unit.full_text}"
    said = fold_ascii(plain)
    spelt = f"{said} {written_out(said)}"
    for thing in things:
        head, _, kind = thing.partition(" ")
        if head not in _OF_KINDS or not kind or kind in _PLAIN_SECOND:
            continue
        if re.search(rf"\b\d+\s+{head}\b", said) and not re.search(rf"\b{kind}\b", spelt):
            return True
        # "28 lớp chuyên đề …; tiếp tục mở lớp xóa mù chữ": each count is of another kind, the kind asked is not counted
        following = re.findall(rf"\b\d+\s+{head}\s+([a-z]+)", said)
        if following and all(w not in _FUNCTION_WORDS and w != kind for w in following):
            return True
    return False


def only_counted(q: Query, unit: Unit) -> str:
    """The things a "which ones" question asks for ("những thôn nào") when *unit* only counts them ("06/12
    thôn") and names none of them; '' otherwise."""
    m = LIST_OBJECT.search(q.bare)
    if not m or unit.members:
        return ""
    thing = m.group(1)
    text = fold_ascii(unit.full_text)
    mentions = [x.start() for x in re.finditer(rf"(?<!cap )\b{thing}\b", text)]  # "cấp thôn" is a level
    counted = [i for i in mentions if re.search(r"\d\s*$", text[max(0, i - 8) : i])]
    return thing if mentions and len(counted) == len(mentions) and not _names_them(unit.full_text, text, thing) else ""


def _names_them(original: str, folded: str, thing: str) -> bool:
    """"04 huyện: Hương Khê, Can Lộc, …", "05 ấp (Tân An, …)", "03 đơn vị được khen thưởng: huyện …": the count is
    followed by the names."""
    for m in re.finditer(rf"\b{thing}\b[^.;:()]{{0,40}}?(?::|\(|\bgom\b|\bla\b)\s*", folded):
        after = original[m.end() :] if len(original) == len(folded) else folded[m.end() :]
        if re.match(r"(?:(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn|thôn|ấp|bản|khóm|tổ dân phố)\s+)?[A-ZĐ]", after):
            return True  # "03 đơn vị: huyện Hồng Dân, …": each named with its kind
    return False


# which members of a counted group are asked ("04 đơn vị gửi báo cáo chậm là những đơn vị nào?"): a clause that only
# counts them ("còn 02 đơn vị gửi báo cáo chậm") does not say which they are
_NUMBER_WORDS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
                 "muoi": 10}
_GROUPS = (r"don vi|xa|phuong|thi tran|thon|ap|ban|lang|to dan pho|khu pho|huyen|truong|co quan|tap the|ca nhan|"
           r"trung tam|tthtcd|chi hoi|dong ho|gia dinh|hoc sinh|nguoi|doanh nghiep")
_COUNT = rf"(\d{{1,3}}|{'|'.join(_NUMBER_WORDS)})\s+({_GROUPS})"
# "hai đơn vị nào …", "04 đơn vị … là những đơn vị nào", "3 thôn được chọn là những thôn nào"
_ASKED = re.compile(rf"\b{_COUNT}\b(?:\s+nao\b|(?=[^?]{{0,80}}\b(?:la nhung|gom nhung|la cac)\s+(?:\S+\s+){{0,2}}?nao\b))")
# a clause naming members: a list after the count, or a place, school or unit by its name
_LISTS = re.compile(r"^[^.;]{0,40}?(?:[:(]|\bgom\b|\bla\b)")
_NAMED = re.compile(r"\b(?:xã|thôn|ấp|bản|làng|huyện|phường|trường|Trường|tổ dân phố|khu phố|dòng họ|gia đình|ông|bà)\s+"
                    r"(?:[A-ZĐÀ-Ỹ]|\d)")


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


def members_asked(q: Query) -> tuple[int, str] | None:
    """(how many, of what) when the question asks which members of a counted group they are."""
    m = _ASKED.search(q.bare)
    return (_number(m.group(1)), m.group(2)) if m else None


def _counts(unit: Unit, asked: tuple[int, str]) -> bool | None:
    """Whether the clause names the members of the group it counts; None when it does not count that group."""
    folded = fold_ascii(unit.text)
    how_many, group = asked
    for m in re.finditer(rf"\b{_COUNT}\b", folded):
        if m.group(2) == group and _number(m.group(1)) == how_many:
            return bool(_LISTS.search(folded[m.end():]) or _NAMED.search(unit.text))
    return None


def counted_unnamed(units: list[Unit], asked: tuple[int, str]) -> bool:
    """Some clause counts the group asked, and none of those that count it names its members."""
    said = [named for u in units if (named := _counts(u, asked)) is not None]
    return bool(said) and not any(said)
