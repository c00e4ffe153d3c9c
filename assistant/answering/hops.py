"""Who sends a report and who receives it, in a question and in a clause: a deadline asked for one hop
("Sở GD&ĐT báo cáo UBND tỉnh trước ngày nào") is only answered by a clause that sets it for that hop."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.issuer import geographic_level
from index.textnorm import fold_ascii
from index.vocabulary.terms import AGENCIES, agencies_in

from .body_levels import LEVEL_OF, level_at
from .understand import Query
from .units import Unit, actors, doer_cell, headings_above, receiver_cell
from .values import DEADLINE

# a report "lên tỉnh" reaches the province through any of its bodies: UBND tỉnh, a Sở, the province's Ban Chỉ đạo
_TO = r"(?:báo cáo|gửi|về|lên)\b[^:;]{0,40}?"
# … not a level whose bodies send ("Báo cáo sơ kết 6 tháng: UBND các xã, thị trấn gửi …")
_NOT_SENDING = r"(?!(?:\s*,\s*(?:phường|thị trấn|thị xã|thành phố))*\s+(?:gửi|báo cáo|nộp)\b)"
_LEVEL_BODIES = {
    "Ủy ban nhân dân tỉnh": re.compile(rf"{_TO}(?:\btỉnh\b{_NOT_SENDING}|\bSở\s)"),
    "Ủy ban nhân dân cấp huyện": re.compile(rf"{_TO}(?:\bhuyện\b{_NOT_SENDING}|\bPhòng\s)"),
    "Ủy ban nhân dân cấp xã": re.compile(rf"{_TO}\bxã\b{_NOT_SENDING}"),
}


# "… gửi về Ủy ban nhân dân xã", "báo cáo Phòng …", "(qua Phòng …)": the agency after it receives
_SENT_TO = re.compile(r"\b(?:ve|cho|len|toi|den|qua|gui|nop|bao cao|trinh)\s+(?:cac\s+|cho\s+)?"
                      r"(?:(?:van phong|ban thuong truc|thuong truc|ban thuong vu)\s+)?$")


# what joins a second destination to the first: "báo cáo UBND xã và Phòng Giáo dục …", "về Sở, Phòng …"; with
# up to three words of the first one's name between ("UBND xã và")
_JOINED = re.compile(r"(?:,|\bva\b|\bhoac\b|\bdong thoi\b)\s*(?:gui\s+)?(?:cac\s+)?$")
_ALSO_TO = re.compile(rf"(?:\s+[a-z]+){{0,3}}\s*{_JOINED.pattern}")


def _received(folded: str, m: re.Match[str]) -> bool:
    """The agency matched at *m* is where something goes, not who sends it; one joined to a destination
    ("… UBND xã và Phòng Giáo dục …") is one too."""
    if _SENT_TO.search(folded[max(0, m.start() - 24) : m.start()]):
        return True
    if not _JOINED.search(folded[max(0, m.start() - 24) : m.start()]):
        return False
    start = max(0, m.start() - 90)  # the destination joined to it is named just before
    for term in AGENCIES:
        for before in term.regex.finditer(folded, start, m.start()):
            if _ALSO_TO.fullmatch(folded[before.end() : m.start()]) and _SENT_TO.search(
                folded[max(0, before.start() - 24) : before.start()]):
                return True
    return False


def reaches(unit: Unit, recipients: list[str]) -> bool:
    """The clause sends to one of the recipients asked, or to a body of the level the recipient governs; an agency
    the clause names as the sender ("Ủy ban nhân dân các xã gửi báo cáo về Phòng …") is not reached."""
    if _row_sent_to(unit, recipients):
        return True  # "… | Nơi nhận | Thời hạn": the row's own column says where it goes
    folded = fold_ascii(unit.text)
    received = False
    for term in AGENCIES:
        found = [m for m in term.regex.finditer(folded) if _received(folded, m)]
        if found and term.name in recipients:
            return True
        received = received or bool(found)
    if set(recipients) & set(unit.heading_agencies) - set(unit.agencies) and _heading_sends_to(unit, recipients):
        return True  # a table of reports under "Báo cáo gửi Sở Giáo dục và Đào tạo", not the duties under "9. UBND quận, huyện"
    if any(r in _LEVEL_BODIES and _level_body(r, unit).search(unit.text) for r in recipients):
        return True
    # a letter's clause that names no destination asks for what comes back to its issuer ("Biểu số 05 … Chậm nhất
    # ngày 10/12/2024" in a letter of the Sở)
    issuer = fold_ascii(unit.doc.issuer or "")
    return not received and bool(unit.doc.addressees) and bool(_SENT_THING.search(folded)) and any(
        t.regex.search(issuer) for t in AGENCIES if t.name in recipients)


def _heading_sends_to(unit: Unit, recipients: list[str]) -> bool:
    """A heading above the clause names a recipient as where things go ("Báo cáo gửi Sở …", "Chế độ báo cáo về …")."""
    for heading in headings_above(unit):
        folded = fold_ascii(heading)
        if any(_received(folded, m) for t in AGENCIES if t.name in recipients for m in t.regex.finditer(folded)):
            return True
    return False


# the districts were abolished on 1/7/2025: after it a "Phòng" is the commune's ("Phòng Văn hóa - Xã hội")
_REORGANISED = (2025, 7, 1)
_DISTRICT_NAMED = re.compile(rf"{_TO}\bhuyện\b{_NOT_SENDING}")


def _level_body(recipient: str, unit: Unit) -> re.Pattern[str]:
    day = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", unit.doc.date or "")
    if recipient == "Ủy ban nhân dân cấp huyện" and day and tuple(map(int, day.groups()[::-1])) >= _REORGANISED:
        return _DISTRICT_NAMED
    return _LEVEL_BODIES[recipient]


def names_destination(unit: Unit) -> bool:
    """The clause says where something goes: a body it sends to, or a row's "Nơi nhận" cell."""
    if receiver_cell(unit) is not None:
        return True
    folded = fold_ascii(unit.text)
    return any(_received(folded, m) for term in AGENCIES for m in term.regex.finditer(folded))


def _row_sent_to(unit: Unit, recipients: list[str]) -> bool:
    """A table row whose "Nơi nhận" cell names one of the recipients."""
    cell = receiver_cell(unit)
    return cell is not None and bool(set(recipients) & set(agencies_in(cell)))


def dated_for(unit: Unit, recipients: list[str]) -> bool:
    """The deadline the clause sets is for what reaches the recipient asked: not "báo cáo UBND tỉnh trước ngày
    25/12; đồng thời tham mưu UBND tỉnh báo cáo Bộ Giáo dục và Đào tạo theo quy định", whose last hop has none."""
    if _row_sent_to(unit, recipients):
        return True  # a table row's deadline is for the place its own column names
    # "… gửi UBND xã trước ngày 15/11, để UBND xã tổng hợp báo cáo Sở …": what follows "để" is the next hop
    parts = re.split(r";|,\s*(?=để\s)", unit.text)
    for k, part in enumerate(parts):
        folded = fold_ascii(part)
        named = [m for t in AGENCIES if t.name in recipients for m in t.regex.finditer(folded) if _received(folded, m)]
        if not named:
            continue
        if DEADLINE.search(part) or ":" in folded[named[0].end() :]:  # its own date, or the dates it opens
            return True
        return not any(DEADLINE.search(p) for p in parts[:k])  # the dates before it are another hop's
    return True


# what a letter asks to have sent back: not an act done in place ("rà soát, cập nhật dữ liệu trên phần mềm")
_SENT_THING = re.compile(r"\b(?:gui|nop|bao cao|bieu|mau|ho so|danh sach|ket qua|so lieu|ke hoach|de xuat|dang ky)\b")


# "nộp báo cáo", "gửi báo cáo" are one act of sending
_SENDS = re.compile(r"\b(?:bao cao|bc|gui|nop)(?:\s+(?:bao cao|bc|gui|nop))*\b")


_REPORT_PERIOD = re.compile(r"\s+(?:6 thang|sau thang|quy (?:i{1,3}|iv|[1-4])|nam(?: 20\d\d)?|so ket|tong ket|dinh ky)\b")
_REPORT_AS_THING = re.compile(r"\b(?:tong hop|cac|nhung|cua|nhan|tiep nhan|de cuong|mau|bieu mau|che do)\s*$")


def _before_verb(q: Query) -> str:
    """What the question says before its one reporting verb, after the document it cites ("Theo HD 15 của HKH tỉnh,")."""
    # "tổng hợp báo cáo của xã … gửi Sở": a report gathered is a thing, only "gửi" is the act
    verbs = [m for m in _SENDS.finditer(q.bare) if not _REPORT_AS_THING.search(q.bare[: m.start()])]
    acts = [m for m in verbs if not (m.group(0) in ("bao cao", "bc") and (
        _REPORT_PERIOD.match(q.bare, m.end()) or q.bare.startswith(" cua ", m.end())))]  # "báo cáo của các thôn": a thing
    verbs = acts or verbs  # "Sở … báo cáo TW Hội … bc 6 tháng 2026": the second names the report
    # "… gửi lên xã là gửi qua email phải không": the same sending said again, of the channel asserted
    verbs = [m for i, m in enumerate(verbs) if i == 0 or not q.bare[: m.start()].endswith(" la ")]
    if len(verbs) != 1:  # "HKH xã báo cáo lên huyện và HKH huyện báo cáo lên tỉnh …": every hop is asked
        return ""
    # "Hội Khuyến học xã, phường phải gửi …", "các sở, ngành gửi …": a comma inside a list does not end the subject,
    # nor one inside a name ("Phòng Văn hóa, Khoa học và Thông tin")
    before = _LEVEL_LIST.sub(r"\1 ", q.bare[: verbs[0].start()])
    asked_of = _REQUESTED.split(before)[-1]  # "Sở … yêu cầu Phòng GD&ĐT gửi …": the Phòng sends, the Sở asks
    if any(t.regex.search(asked_of) for t in AGENCIES):
        before = asked_of
    named = [m.span() for t in AGENCIES for m in t.regex.finditer(before)]
    cuts = [m.end() for m in re.finditer(r"[,:]", before) if not any(a <= m.start() < b for a, b in named)
            and not _NAME_GOES_ON.match(before, m.start())]
    return before[cuts[-1] :] if cuts else before


# a comma inside a body's name, where the term for it stops before the comma ("Sở Văn hóa, Thể thao và Du lịch")
_NAME_GOES_ON = re.compile(r",\s*(?:the thao|khoa hoc)\b")


# what one body asks of another, naming the one that acts after it: "yêu cầu", "đề nghị", "giao (cho)"
_REQUESTED = re.compile(r"\b(?:yeu cau|(?<!ho so )(?<!to trinh )de nghi|giao cho|giao(?! duc| thong| luu| ban| nhan))\b")


# the words a comma may join inside one subject: levels ("xã, phường") and departments ("sở, ban, ngành")
_LIST_WORD = r"(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh|thon|ap|to dan pho|khu pho|so|phong|ban|nganh)"
_LEVEL_LIST = re.compile(rf"\b({_LIST_WORD})\s*,\s*(?={_LIST_WORD}\b)")


# a body named as what is acted on, not who sends: "báo cáo của UBND xã", "kết quả xếp loại TTHTCĐ"
_OBJECT_OF = re.compile(r"\b(?:cua|xep loai|danh gia|cong nhan|kiem tra|tham dinh|so lieu(?: thong ke)?)\s*$")


def asked_senders(q: Query) -> dict[str, str]:
    """The bodies the question makes report, each with the level it is asked at where it says ("Hội Khuyến học
    tỉnh … báo cáo …" -> tinh): named before its verb ("Sở GD&ĐT phải báo cáo UBND tỉnh …"), not the issuer of the
    document it cites ("Theo Kế hoạch … của UBND huyện X, các xã gửi …") nor a destination."""
    before = _before_verb(q)
    # a body both sends and receives at two levels ("HKH xã gửi … lên HKH huyện"): its mention before the verb sends
    named = {t.name: level_at(before, m.start(), m.end()) for t in AGENCIES
             if t.name in q.agencies and (m := t.regex.search(before)) and not _OBJECT_OF.search(before[: m.start()])
             and not (t.name in q.recipients and _TOWARD_LEVEL.search(before[max(0, m.start() - 20) : m.start()]))}
    level = _LEVEL_SUBJECT.search(before.strip()) if not named else None
    if level and _LEVEL_GOVERNMENT[level.group(1)] not in q.recipients:  # "các xã … nộp hồ sơ …": their government
        return {_LEVEL_GOVERNMENT[level.group(1)]: level.group(1)}
    return named


# a level standing for its government as the one that sends: "các xã", "cấp huyện" (a bare "xã" names a place)
# (after the question word an officer may open with: "khi nào các xã phải nộp …", "bao giờ cấp huyện gửi …")
_LEVEL_SUBJECT = re.compile(r"(?:^(?:(?:khi nao|bao gio|luc nao|han nao|thoi han nao|ngay nao)\s+)?|\bhan (?:chot |cuoi )?|,\s*)"
                            r"(?:cac|cap)\s+(xa|huyen|tinh)\b(?!\s+(?:nao|gi)\b)")


def _another_levels(unit: Unit, name: str, level: str) -> bool:
    """The body asked at one level acts in the clause only at other levels, or is named at that level only where
    something reaches it ("Hội Khuyến học các huyện … báo cáo Hội Khuyến học tỉnh"): another level's report."""
    folded = fold_ascii(unit.text)
    term = next(t for t in AGENCIES if t.name == name)
    acting = {level_at(folded, m.start(), m.end()) for m in term.regex.finditer(folded)
              if not _received(folded, m)}
    if not acting - {""}:  # "1. Ban Thường vụ Hội Khuyến học huyện" over "Tổng hợp, báo cáo …": the heading's level acts
        heading = fold_ascii(next(iter(headings_above(unit)), ""))
        acting |= {level_at(heading, m.start(), m.end()) for m in term.regex.finditer(heading)
                   if not _received(heading, m)}
    return level not in acting and bool(acting - {""} or level in {
        level_at(folded, m.start(), m.end()) for m in term.regex.finditer(folded)})


# a heading that makes a level's government the sender of what it holds: "2. Cấp xã, thị trấn", "Đối với cấp huyện"
_LEVEL_HEADING = re.compile(r"^(?:[ivx]+\.|\d{1,2}(?:\.\d{1,2})*[.)]|[a-z]\))?\s*(?:doi voi\s+)?cap\s+"
                            r"(tinh|huyen|xa|thon|ap|ban|to dan pho|khu pho)\b")
_LEVEL_GOVERNMENT = {"tinh": "Ủy ban nhân dân tỉnh", "huyen": "Ủy ban nhân dân cấp huyện", "xa": "Ủy ban nhân dân cấp xã",
                     "thon": "Ban nhân dân thôn"}


def _heading_level(unit: Unit) -> str:
    heading = next(iter(headings_above(unit)), "")
    m = _LEVEL_HEADING.match(fold_ascii(heading))
    return LEVEL_OF.get(m.group(1), "thon" if m.group(1) in ("ban", "to dan pho", "khu pho") else m.group(1)) if m else ""


def _addressed(unit: Unit, senders: dict[str, str], recipients: Sequence[str] = ()) -> bool:
    """A letter's clause that does not say who reports asks it of the letter's addressees ("Kính gửi: …"); a
    question naming the letter's own issuer means the letter, unless it sends the issuer's own report elsewhere
    ("Sở GD&ĐT gửi báo cáo tổng hợp lên Bộ GD&ĐT qua kênh nào" of the Sở's letter to its Phòng)."""
    if not unit.doc.addressees:
        return True
    issuer = fold_ascii(unit.doc.issuer)
    if any(t.regex.search(issuer) for t in AGENCIES if t.name in senders):
        # "pgd Thanh Bình hạn nộp biểu 03": the letter named by who wrote it, not a body sending to itself
        return not any(t.name in recipients and not t.regex.search(issuer) for t in AGENCIES)
    folded = fold_ascii("; ".join(unit.doc.addressees))
    return any(level in ("", level_at(folded, m.start(), m.end()))
               for t in AGENCIES if t.name in senders for level in [senders[t.name]] for m in t.regex.finditer(folded))


def _another_sender(unit: Unit) -> bool:
    """Someone the question does not ask about sends the clause's report: a body named before its verb ("Ủy ban
    nhân dân các xã … gửi hồ sơ"), one outside the vocabulary ("Trưởng bản báo cáo …"), or the heading's
    ("6. Trưởng bản" over "gửi danh sách … về Ủy ban nhân dân xã")."""
    folded = fold_ascii(unit.text)
    # "Các báo cáo của UBND xã … gửi qua …": a report named is a thing, its sender named after it
    verb = next((m for m in _SENDS.finditer(folded) if not _REPORT_AS_THING.search(folded[: m.start()])), None)
    before = folded[: verb.start()] if verb else ""
    if any(not _received(before, m) for t in AGENCIES for m in t.regex.finditer(before)):
        return True
    heading = fold_ascii(next(iter(headings_above(unit)), ""))
    return _unlisted_subject(before) or _unlisted_subject(heading)


# the numbering a subject follows: "- ", "b) ", "2.1. ", "Mục 5. ", "Phần V. "
_NUMBERING = re.compile(r"^\s*(?:(?:muc|phan|dieu)\s+)?(?:[-+•–]|[a-z]\)|[ivx]+\.|\d{1,2}(?:\.\d{1,2})*[.)])?\s*")


def _unlisted_subject(text: str) -> bool:
    """*text* (folded) opens with a sender outside the vocabulary: "Mục 5. Trưởng thôn", "Trưởng bản báo cáo …"."""
    subject = _NUMBERING.sub("", text, count=1)
    subject = subject[_LEADING.match(subject).end():]
    return any(kind.match(subject) for kind, _ in _UNLISTED_KINDS)


def sends(unit: Unit, senders: dict[str, str], recipients: Sequence[str] = ()) -> bool:
    """"Sở GD&ĐT báo cáo UBND tỉnh trước ngày nào": a clause where the Sở only receives ("… báo cáo Sở Giáo dục và
    Đào tạo"), or where another body reports and the Sở is not named at all, sets no deadline for the Sở."""
    if any(level and _another_levels(unit, name, level) for name, level in senders.items()):
        return False
    doer = doer_cell(unit)
    if doer is not None and not set(senders) & set(agencies_in(doer)):
        return False  # "Các trường THPT | … | Trước ngày …": the row of another sender
    acting = actors(unit)
    named = set(unit.agencies) | set(unit.heading_agencies)
    if _unlisted_subject(fold_ascii(next(iter(headings_above(unit)), ""))) and not set(senders) & acting:
        return False  # "Mục 5. Trưởng thôn": the village head's task, not the chi hội's asked
    if not set(senders) & named:
        level = _heading_level(unit)
        if level and _LEVEL_GOVERNMENT[level] not in senders and level not in senders.values():
            return False  # "Báo cáo sơ kết … gửi UBND huyện" under "2. Cấp xã, thị trấn" is the xã's report
        if not _addressed(unit, senders, recipients) or _another_sender(unit):
            return False
        # a report whose sender is not said ("Báo cáo năm gửi trước ngày …") may be the one asked; a clause where
        # another body acts, or that sends nothing ("Hộ gia đình đăng ký … trước ngày 31/3"), is not
        return not acting and bool(_SENDS.search(fold_ascii(f"{unit.lead_in} {unit.full_text}")))
    if set(senders) & (acting | set(unit.heading_agencies)):
        return True
    folded = fold_ascii(unit.text)
    # where another body opens the clause, the one asked acts only where it opens a sentence of its own
    # ("…; Ủy ban nhân dân cấp xã gửi hồ sơ …"), not where it is what the other acts on ("… xếp loại TTHTCĐ …")
    return any(not _received(folded, m) and not _PARTNER.search(folded[max(0, m.start() - 24) : m.start()])
               and (not acting or _opens_sentence(folded, m.start()))
               for term in AGENCIES if term.name in senders for m in term.regex.finditer(folded))


# a body the clause's doer works with ("Chủ trì, phối hợp với Hội Khuyến học huyện …; gửi đề cương …"): not its sender
_PARTNER = re.compile(r"\bphoi hop(?: chat che)?(?: voi)?(?: cac)?\s*$")


def _opens_sentence(folded: str, at: int) -> bool:
    return len(re.split(r"[.;:]", folded[:at])[-1].split()) <= 2  # "…; các Trung tâm …", ". Ủy ban nhân dân …"


# a sender outside the agency vocabulary, by its kind: a village ("thôn ở Đầm Hà nộp …"), a school ("Trường THCS …")
_VILLAGE_WORDS = (r"thon|ap(?! dung)|xom|lang|buon|plei|to dan pho|khu pho|khom|khu dan cu|"
                  r"(?<!uy )(?<!van )ban(?!\s+(?:hanh|chi dao|nhan dan|thuong vu|to chuc|tuyen giao|dai dien|quan ly|giam hieu|"
                  r"excel|word|pdf|goc|sao|chinh|cung|mem|giay|dien tu|scan|du thao|tong hop|cam ket|dang ky|ke khai|"
                  r"tin|in)\b)")
_UNLISTED_KINDS = (
    (re.compile(r"^(?:(?:truong|to truong)\s+(?:ban\s+)?)?(?:thon|ap|xom|lang|buon|to dan pho|khu pho|khom)\b|^truong ban\b"),
     re.compile(rf"\b(?:{_VILLAGE_WORDS})\b")),
    (re.compile(r"^truong\s+(?!hoc\b|thon\b|ap\b|ban\b|xom\b|lang\b|buon\b|khu\b|to\b|phong\b)[a-z]"),
     re.compile(r"\btruong\b(?!\s+(?:thon|ap|ban|xom|lang|buon|khu pho|phong|doan))")),
    # an association's branches and helpers: "Chi hội, ban khuyến học báo cáo …", "Cộng tác viên tại các ấp …"
    (re.compile(r"^(?:cac\s+)?(?:chi hoi|ban khuyen hoc|cong tac vien)\b"),
     re.compile(r"\b(?:chi hoi|ban khuyen hoc|cong tac vien)\b")),
    # the departments together: "các sở, (ban,) ngành (khác)", "các phòng, ban, ngành"
    (re.compile(r"^(so|phong),? (?:ban,? )?nganh\b"), re.compile(r"\b(?:so|phong),? (?:ban,? )?nganh\b")),
)
# words before a subject: "còn", "các", and a comparison's own ("so sánh hạn thôn gửi …")
_LEADING = re.compile(r"^\s*(?:so sanh\s+)?(?:(?:thoi )?han(?: chot| cuoi)?\s+)?(?:con\s+)?(?:(?:cac|nhung|moi|tat ca)\s+)?")


_REPORT_OF = re.compile(r"^(?:bao cao|bc|ho so|so lieu|danh sach|ke hoach)\s+(?:\S+\s+){0,3}?cua\s+")


def unlisted_sender(q: Query) -> re.Pattern[str] | None:
    """What a clause must name to be the report of a sender the question names outside the agency vocabulary:
    "thon o Dam Ha nop bao cao … cho xa" is not answered by the xã's own report to the Phòng."""
    before = _before_verb(q)
    if not before.strip() or any(t.regex.search(before) for t in AGENCIES):
        return None
    subject = _REPORT_OF.sub("", before.strip())  # "báo cáo của các thôn (có được gửi …)": the thôn send it
    subject = subject[_LEADING.match(subject).end():]
    return next((named for kind, named in _UNLISTED_KINDS if kind.match(subject)), None)


def names_sender(unit: Unit, named: re.Pattern[str]) -> bool:
    return bool(named.search(fold_ascii(f"{unit.section} {unit.lead_in} {unit.full_text}")))


# where the question sends something, by a body and its level: "về Hội Khuyến học tỉnh", "lên hkh huyện"
_TOWARD_LEVEL = re.compile(r"\b(?:ve|cho|len|toi|den|gui|nop|bao cao)\s+(?:truc tiep\s+)?(?:cac\s+)?$")


def _destinations(q: Query) -> list[tuple[str, str]]:
    return [(t.name, level) for t in AGENCIES for m in t.regex.finditer(q.bare)
            if _TOWARD_LEVEL.search(q.bare[max(0, m.start() - 20) : m.start()])
            and (level := level_at(q.bare, m.start(), m.end()))]


def reaches_level(unit: Unit, q: Query) -> bool:
    """"Hội Khuyến học xã gửi báo cáo về Hội Khuyến học tỉnh trước ngày nào": not the deadline of what the clause
    sends to the Hội Khuyến học huyện. A body asked at one level is reached only where the clause sends to it at that
    level (or names none)."""
    folded = fold_ascii(unit.text)
    asked: dict[str, set[str]] = {}
    for name, level in _destinations(q):  # "… lên HKH huyện và HKH huyện báo cáo lên HKH tỉnh": either hop
        asked.setdefault(name, set()).add(level)
    for name, levels in asked.items():
        term = next(t for t in AGENCIES if t.name == name)
        reached = {level_at(folded, m.start(), m.end()) for m in term.regex.finditer(folded) if _received(folded, m)}
        if "" in reached and name == "Ban Chỉ đạo":  # "… về Thường trực Ban Chỉ đạo" of a district: its own board
            own = fold_ascii(geographic_level(unit.doc.issuer, unit.doc.level))
            reached = (reached - {""}) | ({own} if own else {""})
        if reached and "" not in reached and not levels & reached:
            return False
    bare_level = _TOWARD_BARE_LEVEL.search(q.bare) if not asked and not q.recipients else None
    if bare_level:  # "bc năm của huyện gửi lên tỉnh": a clause sending to a body of the province
        level = bare_level.group(1)
        cell = receiver_cell(unit)
        if cell is not None:  # "| UBND xã | UBND huyện (qua Phòng …) | Trước ngày …": the row's "Nơi nhận"
            return bool(re.search(rf"\b{level}\b", fold_ascii(cell)))
        return not names_destination(unit) or bool(
            re.search(rf"\b(?:ve|len|cho|toi|den|bao cao|gui)\s+(?:\S+\s+){{0,6}}?(?:cap\s+)?{level}\b", folded))
    return True


# a level named alone as where something goes: "gửi lên tỉnh", "báo cáo về huyện" (no body named after it)
_TOWARD_BARE_LEVEL = re.compile(r"\b(?:gui|nop|bao cao|bc)\s+(?:\S+\s+){0,2}?(?:len|ve|cho|toi)\s+(?:cap\s+)?"
                                r"(tinh|huyen|xa)\b(?!\s+(?:nao|gi|hay|va)\b)")
