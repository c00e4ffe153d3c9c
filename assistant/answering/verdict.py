"""The verdict of a yes/no question: what it asserts, checked against the clauses that answer it.

A question asserts values: an agency that does something (and to whom), a role
("chủ trì" rather than "phối hợp"), a date, a year, a percentage for a title, a
cited document, an amount of money. Each value it names is checked against the lead clause (and the
items of its list): one that the clause contradicts gives "Không.", all holding
give "Có.", and none checkable leaves the verdict to the strength of the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.textnorm import fold_ascii
from index.vocabulary.terms import AGENCIES, agencies_by_position, agencies_in, titles_in

from .claims import NO, YES, counted_to, denied_cell, full_dates, role_cell, role_checks
from .demands import DOCUMENT_NAMED
from .denials import FUNCTION_WORDS, denies, target_met
from .media import media_named
from .periods import quarters_named
from .quantities import amounts, asserted_counts, quantity_holds
from .understand import PERCENT, Query
from .units import TABLE_CELL, Unit, actors, paired_cells

_EVENT_YEAR = re.compile(r"\b(?:vao|cuoi|dau|giua|trong)\s+(?:(?:quy\s+\w+|thang\s+\d+)\s+)?(?:nam\s+)?(20\d\d)\b")
_NAME_WORDS = frozenset(w for term in AGENCIES for w in fold_ascii(term.name).replace(",", " ").split())
_DAY_MONTH = re.compile(r"(\d{1,2})\s*(?:tháng|thang|/)\s*(\d{1,2})")
_PERCENT_PAIR = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*%\s*([^;%]{3,160}?)(?=\s*,?\s*\d{1,3}(?:[.,]\d+)?\s*%|;|$)")


# a graded level a question may assert ("Cộng đồng học tập cấp xã mức độ 2")
_LEVEL = re.compile(r"\bmuc do (\d)\b")
def _readable(unit: Unit) -> str:
    return paired_cells(unit.lead_in, unit.text) if TABLE_CELL in unit.lead_in else unit.full_text


def named(unit: Unit) -> set[str]:
    return set(agencies_in(unit.full_text)) | set(unit.heading_agencies)


def percent_values(text: str, titles: Sequence[str]) -> set[str]:
    """The percentages *text* sets, only those for the asked titles when titles are asked."""
    return {m.group(1) for m in _PERCENT_PAIR.finditer(text) if not titles or set(titles) & set(titles_in(m.group(2)))}


def _event_years(text: str) -> set[int]:
    """Years an event is set for ("vào quý II năm 2026", "cuối năm 2025"), not those of a named period."""
    return {int(y) for y in _EVENT_YEAR.findall(fold_ascii(text))}


def _claim_found(q: Query, units: Sequence[Unit]) -> bool:
    """The question's own words around the agency it names stand, four in a row, in one of the clauses
    ("… có Bằng khen của Chủ tịch UBND tỉnh không?" in "+ Bằng khen của Chủ tịch UBND tỉnh")."""
    words = re.findall(r"\w+", q.bare)
    spans = sorted((m.start(), m.end()) for term in AGENCIES if (m := term.regex.search(q.bare)))
    if not spans:
        return False
    start = len(re.findall(r"\w+", q.bare[: spans[0][0]]))  # the subject: the agency named first
    agency_at = set(range(start, start + len(re.findall(r"\w+", q.bare[spans[0][0] : spans[0][1]]))))
    kept = [(i, w) for i, w in enumerate(words) if w not in FUNCTION_WORDS]
    runs = set()
    for k in range(len(kept) - 3):
        window = kept[k : k + 4]
        inside = sum(1 for i, _ in window if i in agency_at)
        beyond = sum(1 for i, w in window if i not in agency_at and w not in _NAME_WORDS)
        if inside and beyond >= 2:
            runs.add(" ".join(w for _, w in window))
    texts = [" ".join(w for w in re.findall(r"\w+", fold_ascii(u.text)) if w not in FUNCTION_WORDS) for u in units]
    return any(run in text for run in runs for text in texts)


def quantity_unit(q: Query, units: Sequence[Unit]) -> Unit | None:
    """The clause (or list) that bounds the count the question asserts ("đạt 68 điểm thì có được công nhận …":
    "Đạt: từ 55 điểm đến dưới 70 điểm"), when the clause found states none."""
    asked = asserted_counts(q.bare)
    for unit in sorted(units, key=lambda u: not u.members):  # a list of grades before one grade of it
        text = fold_ascii(unit.full_text)
        if asked and all(quantity_holds(n, u, text) is not None for n, u in asked):
            return unit
    return None


def claim_unit(q: Query, units: Sequence[Unit]) -> Unit | None:
    """The clause that states the question's claim word for word, if one does."""
    return next((u for u in units if _claim_found(q, [u])), None)


# how often something is done, over diacritics-free text: "hằng quý", "theo quý", "6 tháng một lần", "02 lần/năm"
# ("theo quy chế", "theo quy định" fold alike and are no period)
_EVERY = re.compile(r"\b(?:hang|moi|theo|tung|dinh ky(?: hang)?) (thang|quy|nam)\b(?!\s+(?:che|dinh|trinh|mo|hoach|uoc|tac)\b)|\b(thang|quy|nam) (?:mot|1) lan\b|"
                    r"\blan\s*/\s*(thang|quy|nam)\b|\b(\d{1,2}|mot|ba|sau) thang (?:mot|1) lan\b")
# … and, said by a clause, the report it names by its period: "báo cáo 6 tháng", "báo cáo quý"
_REPORT_EVERY = (re.compile(r"\bbao cao (?:ket qua )?(6 thang|sau thang|quy|thang|nam)\b"),
                 re.compile(r"\b(?:6|sau) thang\s*(?:,|va)\s*(?:ca |tong ket )?(nam)\b|\btong ket (nam)\b"))
_MONTHS_EVERY = {"1": "thang", "01": "thang", "mot": "thang", "3": "quy", "03": "quy", "ba": "quy", "6": "6 thang",
                 "06": "6 thang", "sau": "6 thang", "12": "nam", "sau thang": "6 thang"}


def _frequencies(folded: str, said: bool = False) -> set[str]:
    """How often *folded* says something is done: "thang", "quy", "6 thang", "nam"."""
    out = {_MONTHS_EVERY.get(g, g) for m in _EVERY.finditer(folded) for g in m.groups() if g}
    if said:
        out |= {_MONTHS_EVERY.get(g, g) for p in _REPORT_EVERY for m in p.finditer(folded) for g in m.groups() if g}
    return out


# "cả 10 xã … đều", "tất cả các thôn", "toàn bộ": every one asserted; "chỉ … một số xã": some, not all
_ALL_ASSERTED = re.compile(r"\b(?:ca|tat ca|toan bo)\b(?:\s+\S+){0,8}?\s+deu\b|\btat ca\b|\btoan bo\b")
_SOME_ASSERTED = re.compile(r"\bchi\b(?:\s+\S+){0,6}?\s+mot so\b")
# an exception the clause makes to what it says of all: "…, trừ cuộc họp quý III", "ngoại trừ …"
_EXCEPTED = re.compile(r"\b(?:trừ|ngoại trừ)\b(?!\s+(?:điểm|đi)\b)", re.I)
# "08/10 xã", "14/16 thôn": how many of how many (never a date: a counted thing follows)
_OF_ALL = re.compile(r"\b(\d{1,3})\s*/\s*(\d{1,3})\s+(xa|thon|ap|khu|to dan pho|trung tam|tthtcd|don vi|truong|ho|"
                     r"chi hoi|phuong|thi tran|dong ho|co so|lop)\b")


def _whole_or_part(bare: str, said: str) -> bool | None:
    """A claim of all ("cả 10 xã đều …") against "08/10 xã" is false, a claim of only some ("chỉ … một số xã")
    against "10/10 xã" too; None when the question claims neither or the clause counts no share. Where the clause
    counts several things, the ones the question names are read."""
    shares = [(int(k), int(n), thing) for k, n, thing in _OF_ALL.findall(said) if 0 < int(n) and int(k) <= int(n)]
    named = [s for s in shares if re.search(rf"\b{s[2]}\b", bare)]
    shares = named or shares
    if not shares:
        return None
    if _SOME_ASSERTED.search(bare):
        return not all(k == n for k, n, _ in shares)
    if _ALL_ASSERTED.search(bare):
        return all(k == n for k, n, _ in shares)
    return None


# a condition the question says is not met, and the standing it asks for: "gia đình chưa đạt Gia đình văn hóa
# (thì) có được công nhận …", "xã không có Trung tâm HTCĐ thì có được xếp loại …"
_NOT_MET = re.compile(r"\b(?:chua|khong|ko)\s+(?:dat|co|du|tham gia|dang ky|hoan thanh)\s+((?:\w+\s+){2,6}?)"
                      r"(?=(?:thi\s+|ma\s+|van\s+)?(?:co\s+)?(?:duoc|dc)\s+(?:cong nhan|xep loai|xet|khen|de nghi|binh xet|"
                      r"tang|cap|huong|dat danh hieu)\b)")
_NEGATED_BEFORE = re.compile(r"\b(?:chua|khong|ko|tru)\b(?:\s+\S+){0,3}\s*$")
_CONDITION_SAID = re.compile(r"\b(?:khi|dieu kien|phai|dat du|tieu chuan|yeu cau|neu)\b")


def _condition_denied(bare: str, said: str) -> bool:
    """The question denies a condition ("chưa đạt Gia đình văn hóa") that the clause sets for the standing asked
    ("… công nhận khi đạt đủ 03 điều kiện: … (3) gia đình đạt danh hiệu Gia đình văn hóa")."""
    m = _NOT_MET.search(bare)
    if not m or not _CONDITION_SAID.search(said):
        return False
    named = " ".join(re.findall(r"[a-z0-9]+", m.group(1)))
    found = re.search(rf"\b{re.escape(named)}\b", said)
    return bool(found) and not _NEGATED_BEFORE.search(said[: found.start()])


def _checks(q: Query, units: Sequence[Unit], siblings: Sequence[Unit] = ()) -> list[bool]:
    """One entry per asserted value that the clauses can confirm or contradict."""
    lead = units[0]
    text = " ".join(u.full_text for u in units)
    out: list[bool] = []
    whole = _whole_or_part(q.bare, fold_ascii(_readable(lead)))
    if whole is not None:
        return [whole]  # "cả 10 xã đều đạt … phải không" of "08/10 xã"
    if _condition_denied(q.bare, fold_ascii(_readable(lead))):
        return [False]  # "gia đình chưa đạt Gia đình văn hóa có được công nhận không" of a clause requiring it
    if _ALL_ASSERTED.search(q.bare) and _EXCEPTED.search(_readable(lead)):
        return [False]  # "tất cả các cuộc họp … đều do Chủ tịch chủ trì" of "…, trừ cuộc họp quý III do Phó Chủ tịch …"
    held = role_cell(q, lead)
    if held:
        return held
    counted = counted_to(q, [lead, *siblings])
    if counted is not None:
        return [counted]
    asked_levels = set(_LEVEL.findall(q.bare))
    said_levels = set(_LEVEL.findall(fold_ascii(text)))  # a table row's own cells, not its column headers
    if asked_levels and said_levels and not asked_levels & said_levels:
        return [False]  # "phấn đấu đạt mức độ 2 đúng không?" of a row that sets "Mức độ 3"
    folded = fold_ascii(text)
    asked_prizes, listed_prizes = _prizes(q.bare), _prizes(folded)
    if asked_prizes and listed_prizes and not asked_prizes <= listed_prizes:
        return [False]  # "giải Khuyến khích có được Giấy khen không" of "giải Nhất, Nhì, Ba được … Giấy khen"
    met = target_met(q, [_readable(u) for u in units])
    if met is not None:
        return [met]  # "có đạt kế hoạch … không" of "… 68% | 65,7% | Chưa đạt" or "(65,7%/68%)"
    if any(denies(fold_ascii(u.text), q.bare) for u in units):
        return [False]  # "có nhận báo cáo bằng bản giấy không" of "không tiếp nhận báo cáo bằng bản giấy …"
    asked_people, said_people = people_named(q.text), people_named(" ".join(u.full_text for u in [*units, *siblings]))
    if asked_people and said_people:
        return [bool(asked_people & said_people)]  # "đầu mối … có phải bà Lâm Thị Ngọc Diệp" of "liên hệ ông Trần Minh Khôi"
    asked_grades, said_grades = set(_GRADE.findall(q.bare)), set(_GRADE.findall(fold_ascii(lead.text)))
    if asked_grades and said_grades and not asked_grades & said_grades:
        return [False]  # "TTHTCĐ năm 2024 xếp loại Tốt hả" of "TTHTCĐ xã đạt loại Khá"
    asked_every, said_every = _frequencies(q.bare), _frequencies(folded, said=True)
    if asked_every and said_every and not asked_every & said_every:
        return [False]  # "TTHTCĐ báo cáo 6 tháng một lần phải không" of "… báo cáo kết quả hoạt động theo quý"
    asked_quarters = quarters_named(q.bare)
    said_quarters = quarters_named(fold_ascii(f"{lead.lead_in} {lead.full_text}"))
    if asked_quarters and said_quarters and not asked_quarters & said_quarters:
        return [False]  # "kiểm tra … trong quý IV phải không" of "… thời gian kiểm tra trong quý III"
    asked_media, said_media = media_named(q.bare), media_named(fold_ascii(f"{lead.lead_in} {lead.full_text}"))
    if asked_media and said_media and not asked_media & said_media:
        return [False]  # "gửi báo cáo quý bằng bản giấy phải không" of "… gửi qua thư điện tử của UBND xã"
    # a table row speaks for itself: the rows cited after it are other items
    own = fold_ascii(lead.text) if TABLE_CELL in lead.text else folded
    asked_sources, said_sources = set(_SOURCE.findall(q.bare)), set(_SOURCE.findall(own))
    if asked_sources and said_sources and not asked_sources & said_sources:
        return [False]  # "có chi từ ngân sách huyện không" of "chi từ nguồn xã hội hóa"
    asked_venues, said_venues = set(_VENUE.findall(q.bare)), set(_VENUE.findall(fold_ascii(lead.text)))
    if asked_venues and said_venues and not asked_venues & said_venues:
        return [False]  # "có tổ chức ở Nhà văn hóa thôn … không" of "… tại Hội trường UBND xã"
    if not (q.dates or q.percents or q.years) and _claim_found(q, [*units, *siblings]):
        return [True]
    q_full = full_dates(q.bare)
    if q_full:
        unit_full = full_dates(text)
        if unit_full:
            out.append(bool(q_full & unit_full))
    elif q.dates:
        unit_dates = {(int(d), int(m)) for d, m in _DAY_MONTH.findall(text)}
        if unit_dates:
            out.append(bool(set(q.dates) & unit_dates))
    if q.percents:
        values = percent_values(text, q.titles)
        if not values and q.titles:  # "Chỉ tiêu: … "Đơn vị học tập"; Tối thiểu năm 2025: 88%": the title before its value
            values = {v for u in units if set(q.titles) & set(titles_in(u.text)) for v in PERCENT.findall(u.text)}
        if values:
            out.append(bool(set(q.percents) & values))
    asked_money = amounts(q.bare)
    if asked_money:  # "hỗ trợ mỗi TTHTCĐ 15 triệu/năm đúng không?" of "12.000.000 đồng/trung tâm/năm"
        stated = set().union(*(amounts(fold_ascii(_readable(u))) for u in units))
        if stated:
            out.append(bool(asked_money & stated))
    if q.years and not q.dates and not q.percents:
        when = _event_years(lead.text)
        if when:
            out.append(bool(set(q.years) & when))
    ordered = asserted_agencies(q)
    if ordered:
        subject, objects = ordered[0], set(ordered[1:])
        lead_actors, lead_named = actors(lead), named(lead)
        if subject in lead_actors:
            out.append(not objects or bool(objects & lead_named) or not (lead_named - {subject}))
            out.extend(role_checks(q, lead))
        elif subject in lead_named and (_PASSIVE.search(q.bare) or _receives(q, subject)):
            # "Hội Khuyến học xã có được đề nghị tặng Bằng khen không", "báo cáo có phải gửi cả Sở Nội vụ
            # không": what is done to it, or where something goes
            out.append(True)
        elif subject in lead_named and not lead_actors:
            # named with no one acting ("100% Chủ tịch … Hội Khuyến học cấp xã tham gia …"): only the other bodies
            # asserted can be checked ("UBND xã có phải báo cáo lên huyện" of "… báo cáo, đề xuất UBND xã")
            if objects:
                out.append(bool(objects & lead_named))
        elif subject in lead_named or lead_actors:
            out.append(False)  # the subject has another role here, or another agency does it
        elif lead_named and not set(q.agencies) & lead_named:
            out.append(False)  # the clause names other agencies than the ones asked about
    return out


# words that put the agency after them in the place something goes to or is given to: "báo cáo về Sở GD&ĐT",
# "gửi cả Sở Nội vụ", "bố trí cho mỗi TTHTCĐ"
_TOWARDS = re.compile(r"\b(?:gui|ve|cho|len|toi|den|ca)(?:\s+(?:cac|moi|ca|ve|len|cho))?\s*$")


def _receives(q: Query, agency: str) -> bool:
    """The question names *agency* as where something goes or is given, not as who acts."""
    text = DOCUMENT_NAMED.sub(" ", fold_ascii(q.text), count=1)
    term = next((t for t in AGENCIES if t.name == agency), None)
    m = term.regex.search(text) if term else None
    return bool(m and _TOWARDS.search(text[max(0, m.start() - 20) : m.start()]))


def asserted_agencies(q: Query) -> list[str]:
    """The agencies a yes/no question asserts something of, its subject first: those after the document it names
    ("Theo Hướng dẫn của Sở GD&ĐT, UBND cấp xã gửi … phải không?": UBND cấp xã)."""
    text = DOCUMENT_NAMED.sub(" ", fold_ascii(q.text), count=1)
    # "Công văn 1846 của UBND tỉnh yêu cầu UBND xã … gửi …": the body asked to act, not the one asking
    m = _REQUEST.search(text)
    if m and agencies_by_position(text[: m.start()]) and agencies_by_position(text[m.end() : m.end() + 40]):
        text = text[m.end() :]
    return agencies_by_position(text)


_REQUEST = re.compile(r"\b(?:yeu cau|giao cho|giao|chi dao)\s+")


# the prizes of a contest, as written after "giải"
PRIZE_WORDS = r"(?:nhat|nhi|ba|tu|khuyen khich|dac biet)"
# "giải Nhất, Nhì, Ba", "giải Nhì và giải Khuyến khích": each prize a clause or question names
_PRIZE_LIST = re.compile(rf"\bgiai {PRIZE_WORDS}(?:\s*(?:,|va|hoac)\s*(?:giai\s+)?{PRIZE_WORDS}\b)*")
# a person named with a form of address: "bà Lâm Thị Ngọc Diệp", "ông Trần Minh Khôi", "đồng chí Hồ Sỹ Lâm"
PERSON_NAMED = re.compile(r"\b(?:[ôÔ]ng|[bB]à|[đĐ]ồng chí|đ/c)\s+((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,.;:()]*\s*){2,4})")


def people_named(text: str) -> set[str]:
    """The people a text names with their honorific ("ông Võ Văn Lực", "bà Đặng Thị Huệ"), folded."""
    return {fold_ascii(m.group(1)).strip() for m in PERSON_NAMED.finditer(text)}


# a grade given ("xếp loại Tốt", "đạt loại Khá"), as a question asserts it and a clause states it
_GRADE = re.compile(r"\b(?:xep loai|dat loai|loai)\s+(tot|kha|trung binh|xuat sac|chua dat|dat|yeu)\b")
# where money comes from, as a question asserts it and a clause states it
_SOURCE = re.compile(r"\b(ngan sach (?:nha nuoc|trung uong|tinh|huyen|xa)|quy khuyen hoc|xa hoi hoa|"
                     r"chuong trinh muc tieu quoc gia)\b")
# where an event is held: "tại Hội trường UBND xã", "ở Nhà văn hóa thôn Đông Lĩnh"
_VENUE = re.compile(r"\b(?:tai|o)\s+(nha van hoa|hoi truong|tru so|san van dong|quang truong|thu vien|truong)\b")


# a question asking what is done to its subject: "có được đề nghị tặng …", "được hỗ trợ …"
_PASSIVE = re.compile(r"\b(?:co )?duoc (?:de nghi|tang|khen|cong nhan|ho tro|thuong|cap|giao|xet)\b")


def _prizes(folded: str) -> set[str]:
    return {p for m in _PRIZE_LIST.finditer(folded) for p in re.findall(PRIZE_WORDS, m.group(0))}


# the verb a yes/no question asks with ("có phải gửi … không", "có được dùng … không"): a "no" answers with it
_MODAL = re.compile(r"\bco (phai|duoc|can|bi|nen)\b")
_MODAL_WORDS = {"phai": "phải", "duoc": "được", "can": "cần", "bi": "bị", "nen": "nên"}


def verdict(q: Query, units: Sequence[Unit], support: float, siblings: Sequence[Unit] = (),
            nearby: Sequence[Unit] = ()) -> str:
    """'Có.' / 'Không.' / '' for a yes/no question answered by *units* (lead first); *siblings* are the
    other clauses of the lead's section (the rest of its list); *nearby*, the document's other best clauses, are
    read only for a count the lead's section does not give. A "no" echoes the question's verb
    ("có phải gửi … không?" — "Không phải.")."""
    said = _verdict(q, units, support, siblings, nearby)
    modal = _MODAL.search(q.bare)
    return f"Không {_MODAL_WORDS[modal.group(1)]}." if said == NO and modal else said


def _verdict(q: Query, units: Sequence[Unit], support: float, siblings: Sequence[Unit] = (),
             nearby: Sequence[Unit] = ()) -> str:
    asked = asserted_counts(q.bare)
    if asked:
        text = fold_ascii(" ".join(u.full_text for u in units))
        held = [quantity_holds(n, u, text) for n, u in asked]
        if any(h is None for h in held):
            # "… có giá trị 2 năm phải không" led by the rules' scope: the clause beside it that gives the count
            stating = next((u for u in [*siblings, *nearby] if all(quantity_holds(n, k, fold_ascii(u.full_text)) is not None
                                                       for n, k in asked)), None)
            if stating is None:
                return ""  # the clauses say nothing of a count the question asserts: no "Có." on other grounds
            held = [quantity_holds(n, k, fold_ascii(stating.full_text)) for n, k in asked]
        if not all(held):
            return NO
    if denied_cell(q, units[0]):
        return NO
    checks = _checks(q, units, siblings)
    if checks:
        return YES if all(checks) else NO
    if asked:
        return YES
    return YES if support >= 0.5 else ""
