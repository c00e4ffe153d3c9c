"""What a question's own words ask of a clause beyond the type of its answer: the post whose holder is asked, a
fund's balance rather than what it gives, the day a figure is dated to, the act whose deadline is asked, a report
rather than any list, a name it quotes, the year and the criterion it names (what money is for, to whom and from
whom: `paid`). Each check passes a clause that says it, and any clause when the question does not ask it."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from index.textnorm import fold_ascii, written_out
from index.vocabulary.abbreviations import ABBREVIATIONS
from index.vocabulary.terms import agencies_in, titles_in, without_agencies

from .kinds import asked_board, asked_role, names_role
from .understand import YEAR, Query, content_terms
from .units import TABLE_CELL, Unit, headings_above, paired_cells
from .values import DEADLINE, PERSON

# "ai là Trưởng phòng …", "Trưởng phòng … là ai": the holder of a post, not anyone the clause names
_POST_ASKED = re.compile(r"\bai (?:la|lam|giu|dam nhiem)\s+(?:chuc\s+)?(?:truong|pho|chu tich|giam doc|hieu truong|thu ky|"
                         r"chanh van phong|bi thu|to truong|to pho)\b|"
                         r"\b(?:truong|pho truong|giam doc|chu tich|hieu truong|to truong)\s+(?:\S+\s+){0,24}"
                         r"(?:la ai|ten (?:la )?(?:gi|j)|ho ten)\b|\b(?:giao vien|giang vien|bao cao vien)\s+(?:nao|la ai)\b")
# the body a member asked represents: "đại diện Hội Nông dân huyện (trong Ban Chỉ đạo) là ai"
_REPRESENTS = re.compile(r"\bdai dien\s+(.+?)(?=\s+(?:trong|tai|o|la)\b)")
# the balance of a fund, asked ("số dư", "hiện còn"), and said (not a cap on the cash it may hold)
_BALANCE_ASKED = re.compile(r"\b(?:so du|con du|hien con|con lai|ton quy hien)\b")
_BALANCE_SAID = re.compile(r"\b(?:so du|du quy|con lai|hien con|ton quy)\b(?!\s+(?:khong|toi da|duoc))")
# words of any plan of the campaign ("kinh phí xây dựng xã hội học tập") say nothing of a purpose
PURPOSE_FILLER = frozenset("cac nhung mot de cho va thuc hien ke hoach tong du kien chung toan bo xay dung xa hoi hoc tap "
                           "phong trao".split())


# the act whose deadline is asked, after what obliges it: "… phải hoàn thành kiểm tra xác suất các dòng họ … trước ngày nào"
# "phải" of an obligation, not the "có phải …" that opens a yes/no question
_ACTION = re.compile(r"(?<!^co )\b(?:phai|can phai|co trach nhiem|duoc giao)\s+(.+?)\s+(?:truoc|cham nhat|han|khi nao|bao gio|vao ngay|"
                     r"trong (?:thang|quy|nam)|ngay nao)\b")
_ACTION_FILLER = frozenset("hoan thanh thuc hien viec cac nhung duoc xong to chuc gui nop bao cao bc ve cho len toi den "
                           "va hoac cua ket qua nam thang xay dung xa hoi hoc tap phong trao".split()) | PURPOSE_FILLER
# an act counts as unsaid when this many of its words, and at least half of them, are not in the clause or its headings
ACTION_MISSING_WORDS = 3
# … and this many of the words of the subject doing it, when the act itself names nothing
SUBJECT_MISSING_WORDS = 2


# phrases and words of a dated act or event that say nothing of which one it is: the date asked, its verbs of timing,
# levels, the campaign's own words; phrases first, since their syllables may name an act elsewhere ("kết quả" /
# "sơ kết", "phong trào" / "trao thưởng", "tổ chức" / "tổng kết")
_ACT_FILLER_PHRASES = re.compile(
    r"\b(?:ket qua|so lieu|thoi gian|thoi han|cu the|dien ra|cham nhat|han chot|hoan thanh|thuc hien|to chuc|bao cao|"
    r"xay dung|xa hoi hoc tap|hoc tap suot doi|hoc tap|phong trao|ke hoach|du kien|toan bo|mot so|so may)\b")
_ACT_FILLER = frozenset(
    "ngay thang quy tuan nam han moc lich tinh huyen xa thon ap cap dau cuoi giua gio phut viec cac nhung duoc xong "
    "gui nop bc ve cho len toi den va hoac cua mot de khoang".split())
# a dated act counts as unsaid when this many of its pairs of words, carrying this share of its weight, are not said
ACT_MISSING_WORDS = 2
ACT_MISSING_SHARE = 0.5
# the document a question names first ("Theo Kế hoạch 48 của tỉnh X, …", "QT: …"): it names no act
DOCUMENT_NAMED = re.compile(r"^[^:?]{0,60}:\s*|^theo\s+[^,?]{0,80},\s*")
# what is sent or done, when no obligation frames it: "hạn chót các xã nộp hồ sơ đề nghị khen thưởng là ngày nào",
# "… ra quyết định khen thưởng các mô hình … trước ngày nào"
# (what follows "gửi" is the thing sent, unless it is the level it goes to: "gửi huyện", "gửi Sở", "gửi UBND xã")
_SENT_ACT = re.compile(r"\b(?:nop|gui|trinh|dang ky|ra quyet dinh|ban hanh quyet dinh|to chuc|(?<!phong )trao)\s+(?!(?:cho|len|ve|toi|den|qua|bang|"
                       r"huyen|tinh|xa(?! hoi)|so(?! lieu)|phong|ubnd)\b)([^,;:?]+?)\s+(?:truoc|cham nhat|han|"
                       r"la ngay|vao ngay|ngay nao|khi nao|bao gio|trong (?:thang|quy|nam)|cho|len|ve|toi|den|qua|bang|va|o|"
                       r"cua|tai|theo)\b")
_DECIDES = ("ra quyet dinh", "ban hanh quyet dinh")
_ACT_NAMED = re.compile(r"\bviec\b")
# words that join the words of an act but are none of it
_FUNCTION_WORDS = frozenset("ai la gi nao cua va cac cho ve theo tai trong de nhung do tu den hoac thi co khong duoc phai "
                            "o ra vao may khi bao nhieu luc nay kia".split())


# a document's own day is asked ("QĐ phê duyệt Đề án … số mấy, ngày nào"), not an act's
_DOCUMENT_DATED = re.compile(r"\b(?:quyet dinh|qd|ke hoach|kh|cong van|cv|thong tu|chi thi|nghi quyet|ket luan|van ban|vb|"
                            r"huong dan|hd|thong bao|tb)\b")


def act_phrases(q: Query) -> tuple[str, ...]:
    """What a date question asks the day of, as pairs of adjacent words ("Lễ trao thưởng cấp tỉnh … diễn ra vào ngày
    nào" -> "le trao", "trao thuong"; a word alone when it stands alone): its content words less the bodies, titles
    and places it names. Pairs, because single syllables recur in unrelated words ("lễ" in "tỷ lệ"). None when the
    day asked is a document's own ("QĐ phê duyệt Đề án … số mấy, ngày nào")."""
    return _act_phrases(q.bare, tuple(q.terms), tuple(q.titles), tuple(q.places))


@lru_cache(maxsize=256)  # read once per question, not once per candidate clause
def _act_phrases(asked: str, terms: tuple[str, ...], titles: tuple[str, ...], places: tuple[str, ...]) -> tuple[str, ...]:
    bare = DOCUMENT_NAMED.sub(" ", asked, count=1)
    if _DOCUMENT_DATED.search(bare):
        return ()
    bare = written_out(bare)  # "htcd": "học tập cộng đồng"
    bare = without_agencies(bare, " , ")
    for name in [*map(fold_ascii, titles), *places]:  # "… tiêu biểu Xuyên Mộc": no act of "biểu Xuyên"
        bare = re.sub(rf"\b{re.escape(name)}\b", " , ", bare)
    bare = _ACT_FILLER_PHRASES.sub(" , ", bare)
    bare = re.sub(r"[\"“][^\"“”]{1,60}[\"”]", " , ", bare)  # "“Đơn vị học tập xuất sắc”": the name of a title
    content = {w for t in terms for w in fold_ascii(ABBREVIATIONS.get(t, t)).split()} - _ACT_FILLER
    phrases: list[str] = []
    run: list[str] = []
    for token in [*re.findall(r"[a-z0-9]+|[^a-z0-9\s]", bare), ","]:
        if token.isalpha() and token not in _ACT_FILLER and token not in _FUNCTION_WORDS:
            run.append(token)  # "thẩm định": a stopword of retrieval ("quy định") may be half of an act
            continue
        pairs = [f"{a} {b}" for a, b in zip(run, run[1:], strict=False) if a in content or b in content]
        phrases += [p for p in pairs or [w for w in run if w in content] if p not in phrases]
        run = []
    return tuple(phrases)


def act_unsaid(unit: Unit, q: Query, weight: Callable[[str], float]) -> bool:
    """"Ngày khai giảng lớp xóa mù chữ ở thôn Nà Khán": not the day the same thôn must finish its reading corner;
    "hội nghị tổng kết … tổ chức vào ngày nào": not when the reports are due. The act is unsaid when all of its
    pairs of words, or at least two carrying at least half of its weight (*weight*: how rare a word is), are not in
    the clause, its headings or its document's title."""
    phrases = act_phrases(q)
    said = " ".join(re.findall(r"[a-z0-9]+", fold_ascii(f"{unit.doc.title} {unit.section} {unit.lead_in} {unit.full_text}")))
    missing = [p for p in phrases if not re.search(rf"\b{p}\b", said)]

    def heft(phrase: str) -> float:
        return max(weight(w) for w in phrase.split())

    total = sum(heft(p) for p in phrases)
    return (len(missing) >= ACT_MISSING_WORDS or bool(missing) and len(missing) == len(phrases)) and sum(
        heft(p) for p in missing) >= ACT_MISSING_SHARE * total


# steps of a process that are not a report: "hạn đăng ký …" is not when the results are reported
_STEP = re.compile(r"\b(dang ky|tham dinh|kiem tra|tap huan|khao sat|khai giang|be giang|binh xet|dai hoi|tuyen duong)\b")


def does_action(unit: Unit, q: Query, by_subject: bool = False) -> bool:
    """"phải hoàn thành kiểm tra xác suất … trước ngày nào", "hạn đăng ký … là ngày nào": not when the dossiers
    or the results are due. *by_subject*: an act that names nothing ("… phải hoàn thành trong tháng mấy") is
    read from the subject doing it."""
    steps = set(_STEP.findall(q.bare))
    if steps and not steps & set(_STEP.findall(fold_ascii(f"{unit.section} {unit.lead_in} {unit.full_text}"))):
        return False
    m = _ACTION.search(q.bare) or _SENT_ACT.search(q.bare)
    if not m:
        return True
    phrase = m.group(1)
    around = fold_ascii(f"{unit.section} {unit.lead_in} {unit.full_text}")
    verb = q.bare[m.start() : m.start(1)].strip()
    head = " ".join([verb, *phrase.split()[:2]])
    if verb in _DECIDES and len(phrase.split()) > 2 and re.search(rf"\b{re.escape(head)}\b", around):
        return True  # "ra quyết định khen thưởng …" said word for word: the decision, whatever it names its object
    if re.match(r"(?:(?:gui|nop|trinh) )?(?:bao cao|bc)\b", phrase):
        # "phải gửi báo cáo kết quả công nhận …": what a report holds, its clause often leaves unsaid; where it
        # goes ("báo cáo Trung ương Hội … kết quả …") it says
        phrase = re.split(r"\b(?:ket qua|so lieu|tinh hinh|viec)\b", phrase)[0]
    phrase = without_agencies(phrase)
    words = [w for t in phrase.split() for w in fold_ascii(ABBREVIATIONS.get(t, t)).split()
             if w not in _ACTION_FILLER and not w.isdigit()]
    said = set(re.findall(r"[a-z0-9]+", around))
    least = ACTION_MISSING_WORDS
    # "việc đánh giá, xếp loại TTHTCĐ năm 2025 phải xong trước ngày nào": the act is named before "phải"
    named_act = _ACT_NAMED.search(q.bare[: m.start()]) if not words and verb.startswith("phai") else None
    if not words and (by_subject or named_act) and verb.startswith("phai"):
        # "Thư viện số tại TTHTCĐ … phải hoàn thành trong tháng mấy": the act names nothing, the subject does
        places = {w for p in q.places for w in p.split()}
        subject = re.findall(r"[a-z]+", without_agencies(q.bare[named_act.end() if named_act else 0: m.start()]))
        skip = _ACTION_FILLER | _FUNCTION_WORDS | places
        # its words two by two: "thư viện số" is not said by "Thủ tướng … số 1373"
        words = word_pairs(subject, skip)
        said = set(word_pairs(re.findall(r"[a-z0-9]+", around)))
        least = SUBJECT_MISSING_WORDS
    missing = [w for w in words if w not in said]
    return not (len(missing) >= least and 2 * len(missing) >= len(words))


# a report asked for by name ("hạn gửi báo cáo …"), and what a clause about one says
_REPORT_ASKED = re.compile(r"\b(?:gui|nop|han|thoi han|yeu cau)\s+(?:cac\s+)?bao cao\b|\bbao cao (?:tong ket|so ket|6 thang|quy)\b"
                           r"|\bphai bao cao\b|\bbao cao\s+(?:ve\s+|len\s+|cho\s+)?(?:[a-z&]+\s+){1,8}?(?:truoc|cham nhat)\b")
_REPORT_SAID = re.compile(r"\b(?:bao cao|ket qua|so lieu|tong hop|bieu mau|phu luc)\b")


def _around(unit: Unit) -> str:
    return fold_ascii(f"{unit.lead_in} {unit.full_text}")


def names_post(unit: Unit, q: Query) -> bool:
    """"Ai là Trưởng phòng …": not the specialist the letter names for contact; "đại diện Hội Nông dân … là ai": a
    member who is of that body."""
    represented = _REPRESENTS.search(q.bare)
    if represented and agencies_in(represented.group(1)):
        return bool(set(agencies_in(represented.group(1))) & set(agencies_in(unit.full_text)))
    if not _POST_ASKED.search(q.bare):
        return True
    around, board = _around(unit), asked_board(q.bare)  # "Trưởng Ban Giám khảo": not the head of the Ban Tổ chức
    # the board may be named by the heading the member's line stands under ("Điều 1. Kiện toàn Ban Chỉ đạo …")
    named = f"{around} {fold_ascii(unit.section)}"
    role = asked_role(q.bare)
    return names_role(around, role) and (
        not board or any(f"{body} {board}" in named for body in ("ban", "hoi dong", "to", "doan")))


def names_holder(unit: Unit, q: Query) -> bool:
    """A name asked of a post ("Chủ tịch Hội Khuyến học xã tên gì") is given in the stretch of the clause that names
    the post: not "Giám đốc là bà …; 02 Phó Giám đốc là … Chủ tịch Hội Khuyến học xã"."""
    role = asked_role(q.bare)
    if not role or not _POST_ASKED.search(q.bare):
        return True
    if names_role(fold_ascii(f"{unit.section} {unit.lead_in}"), role) and PERSON.search(unit.full_text):
        return True  # "Trưởng ban:" over "- Ông Lê Văn A, Chủ tịch UBND huyện"
    stretches = [s for text in (unit.full_text, *(m.text for m in unit.members)) for s in re.split(r"[;\n]|\.\s", text)]
    return any(PERSON.search(s) and names_role(fold_ascii(s), role) for s in stretches)


def gives_balance(unit: Unit, q: Query) -> bool:
    """"Quỹ … hiện còn số dư bao nhiêu": not what the fund gives to this year's plan."""
    return not _BALANCE_ASKED.search(q.bare) or bool(_BALANCE_SAID.search(_around(unit)))


def about_report(unit: Unit, q: Query) -> bool:
    """"hạn gửi báo cáo": not when a list of trainees is due; "xây dựng kế hoạch … gửi lên xã": not a report's day."""
    heading = "" if TABLE_CELL in unit.text else unit.section  # a table's heading ("Tổng hợp thời hạn") is not its row's
    said = fold_ascii(f"{heading} {_around(unit)}")
    asked = _NUMBERED_PLAN.sub(" ", q.bare)  # "theo kế hoạch 137 …" names the document, not what is sent
    if _PLAN_ASKED.search(asked) and not _REPORT_ASKED.search(asked):
        return bool(_PLAN_SAID.search(said))
    if not _REPORT_ASKED.search(q.bare):
        return True
    if TABLE_CELL not in unit.text:
        # "Xây dựng kế hoạch …, gửi về UBND huyện trước ngày 10/4/2025; …; báo cáo đúng thời hạn": the day is the plan's
        dated = [fold_ascii(p) for p in re.split(r";|\.\s", unit.full_text) if DEADLINE.search(p)]
        if dated and all(_PLAN_SAID.search(p) and not _REPORT_SAID.search(p) for p in dated):
            return False
    return bool(_REPORT_SAID.search(said))


# a plan as the thing sent: "gửi kế hoạch …", "xây dựng kế hoạch của ấp và gửi lên xã"
_PLAN_ASKED = re.compile(r"\b(?:gui|nop|trinh)\s+(?:cac\s+|ban\s+)?(?:ke hoach|kh)\b|"
                         r"\b(?:ke hoach|kh)\b(?:\s+[a-z]+){0,6}?\s+(?:va\s+)?(?:gui|nop|trinh)\b")
_PLAN_SAID = re.compile(r"\b(?:ke hoach|chuong trinh)\b")
_NUMBERED_PLAN = re.compile(r"\b(?:ke hoach|kh)\s+(?:so\s+)?\d[\w/.-]*")


_FULL_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\b")


def on_the_day(unit: Unit, q: Query) -> bool:
    """"số dư … tại thời điểm 30/6/2024": not a clause that gives the figure on 30/6 of another year only."""
    asked = {(int(d), int(m), y) for d, m, y in _FULL_DATE.findall(q.bare)}
    if not asked:
        return True
    said = {(int(d), int(m), y) for d, m, y in _FULL_DATE.findall(f"{unit.section} {unit.lead_in} {unit.full_text}")}
    days = {(d, m) for d, m, _ in asked}
    return not (said and not said & asked and any((d, m) in days for d, m, _ in said))


# a name the question quotes ("mỗi suất học bổng “Vì em hiếu học”"), short enough to be a programme or a prize
_QUOTED = re.compile(r'"([^"]{3,80})"|“([^”]{3,80})”')
MAX_QUOTED_WORDS = 8


def word_pairs(words: list[str], skip: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """Neighbouring words two by two ("thu vien", "vien so"), leaving out each pair with a word of *skip*."""
    return [f"{a} {b}" for a, b in zip(words, words[1:], strict=False) if a not in skip and b not in skip]


def plain_words(folded: str) -> str:
    """Folded text as its words alone, one space apart: "“Vì em hiếu học”" and "vì em hiếu học," read alike."""
    return " ".join(re.findall(r"[a-z0-9]+", folded))


def quoted_names(question: str) -> list[str]:
    """The short names *question* quotes that are not one of the campaign's titles, folded to plain words."""
    names = ((m.group(1) or m.group(2)).strip() for m in _QUOTED.finditer(question))
    return [w for w in (plain_words(fold_ascii(n)) for n in names if not titles_in(n))
            if w and len(w.split()) <= MAX_QUOTED_WORDS]


# what a quoted name names: "học bổng “Tiếp sức đến trường”", "giải “…”", "cuộc thi “…”" (not an event's own name)
_NAMED_THING = r"(?:hoc bong|giai thuong|giai|quy|cuoc thi|chuong trinh|mo hinh|cau lac bo|clb)"


def named_from_documents(bare: str, folded_texts: list[str]) -> list[str]:
    """The names the documents quote after what they name ("học bổng “Tiếp sức đến trường”") that the question
    writes the same way without quotes ("hoc bong tiep suc den truong"), in plain words; two words at least,
    never a title of the campaign."""
    asked = f" {plain_words(bare)} "
    names = {(m.group(1), plain_words((m.group(2) or m.group(3)).strip())) for text in folded_texts
             for m in re.finditer(rf"\b({_NAMED_THING})\s+(?:{_QUOTED.pattern})", text)}
    return sorted({n for thing, n in names if 2 <= len(n.split()) <= MAX_QUOTED_WORDS
                   and f" {thing} {n} " in asked and not titles_in(n)})


def names_quoted(unit: Unit, q: Query) -> bool:
    """"mỗi suất học bổng “Vì em hiếu học” bao nhiêu": not the amount of the scholarships a clause that never
    names it gives."""
    names = quoted_names(q.text) + q.names
    said = f" {plain_words(fold_ascii(f'{unit.section} {unit.lead_in} {unit.full_text}'))} "
    return not names or any(f" {n} " in said for n in names)


# the parts of a clause that may each speak of their own year: "năm 2025 có 2.915 hộ đăng ký; năm 2024 có …"
_PART = re.compile(r";|\.\s|,\s+(?=(?:con\s+)?nam\s+20\d{2}\b)")


def in_asked_year(unit: Unit, q: Query) -> bool:
    """"năm 2024 có bao nhiêu hộ đăng ký": not a clause whose part about registering is 2025's, its 2024 part
    being about another thing. Checked on clauses (and table rows, cell by cell) where a part names a year: the
    part sharing most of the question's words must be of a year asked; a part naming none is of the year its
    heading names ("Kết quả cụ thể tại các ấp (số liệu tính đến ngày 30/6/2025)")."""
    years = set(q.years)
    if not years:
        return True
    if TABLE_CELL in unit.lead_in and TABLE_CELL in unit.text:
        heads, cells = unit.lead_in.split(TABLE_CELL), unit.text.split(TABLE_CELL)
        if len(heads) == len(cells) and any(  # "Kết quả 2023 | Chỉ tiêu 2024": the column of the year asked holds a figure
                {int(y) for y in YEAR.findall(head)} & years and re.search(r"\d", cell)
                for head, cell in zip(heads, cells, strict=True)):
            return True
    text = paired_cells(unit.lead_in, unit.text) if TABLE_CELL in unit.lead_in else unit.text
    parts = [p for p in _PART.split(fold_ascii(text)) if p.strip()]
    # an aside names the year it compares with ("Có 08/12 thôn … (năm 2023 đạt 06/12 thôn)"), not the part's own
    dated = [({int(y) for y in YEAR.findall(re.sub(r"\([^)]*\)", " ", p))}, p) for p in parts]
    if not any(named for named, _ in dated):
        return True
    titles = [fold_ascii(t) for t in q.titles]
    terms = set(content_terms(q.bare)) - {"nam"} - {w for t in titles for w in t.split()}
    shared = [len(terms & set(re.findall(r"[a-z]+", p))) for _, p in dated]
    best = max(shared)
    if best == 0:
        return True
    heading = next((h for h in headings_above(unit) if YEAR.search(h)), "")
    own = {int(y) for y in YEAR.findall(heading)}
    return any((named or own) & years or not (named or own)
               for (named, _), n in zip(dated, shared, strict=True) if n == best)


# a criterion named by what it is about: "tiêu chí cơ sở vật chất phục vụ học tập được tối đa bao nhiêu điểm", "nội
# dung về số lớp xóa mù chữ mở mới"
_CRITERION_NAMED = re.compile(r"\b(?:tieu chi|noi dung ve)\s+(?!\d|[ivx]+\b|so\s*\d|nao\b)((?:[a-z]+\s+){1,8}?)"
                              r"(?:duoc|toi da|bao nhieu|may|la|co|chiem|dat|gom|thi|o|cua|tai|theo)\b")
_CRITERION_FILLER = frozenset("co so ve cac cua va cho nhung doi voi".split())
# share of the criterion's words the clause (or its row) must hold more than
CRITERION_SHARE = 0.5


def names_criterion(unit: Unit, q: Query) -> bool:
    """"tiêu chí cơ sở vật chất … tối đa bao nhiêu điểm": a clause or row about that criterion, not another
    criterion's points."""
    m = _CRITERION_NAMED.search(q.bare) if re.search(r"\bdiem\b", q.bare) else None
    words = [w for w in m.group(1).split() if w not in _CRITERION_FILLER] if m else []
    if len(words) < 2:
        return True
    said = set(plain_words(_around(unit)).split())
    return sum(w in said for w in words) > CRITERION_SHARE * len(words)

