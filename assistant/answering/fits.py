"""Whether a clause can answer: the answer types a question requires of a supporting clause (`constraints`)
and the checks a clause must pass to be about what is asked beyond stating a value of that type (`meets`): the
hop, sender and recipient of a deadline, the level, title, grade, village, post or purpose the question names."""

from __future__ import annotations

import re

from index.facts import amount_year
from index.textnorm import fold_ascii
from index.vocabulary.terms import AGENCIES, BODY_TITLES, agencies_by_position, agencies_in, titles_in

from .body_levels import of_another_level
from .constraints import SENDING
from .contacts import gives_address, gives_phone, names_person, owns_contact
from .counts import counts
from .demands import (
    DOCUMENT_NAMED,
    about_report,
    does_action,
    gives_balance,
    in_asked_year,
    names_criterion,
    names_holder,
    names_post,
    names_quoted,
    on_the_day,
)
from .events import day_of_event, done_on_a_day, names_event, same_end
from .features import holds_post, other_target
from .given import restates_given
from .grades import of_another_award, of_another_grade, of_another_prize
from .hops import (
    asked_senders,
    dated_for,
    names_destination,
    names_sender,
    reaches,
    reaches_level,
    sends,
    unlisted_sender,
)
from .items import states_for_item
from .media import by_another_medium
from .paid import from_giver
from .parallel import speaks_for, two_sided
from .penalties import punishes_fault, punishes_lateness
from .placenames import small_places
from .purse import same_purse
from .rates import rates_another
from .relevance import grade_asked, labelled_grade
from .reports import names_report
from .timeframe import (
    dated_in_years,
    in_asked_month,
    in_years,
    of_another_period,
    period_years,
    same_moment,
    same_period,
    same_review,
)
from .understand import YEAR, Query, honour_levels, levels_named, names_counted_thing
from .units import TABLE_CELL, Unit, actors, headings_above
from .values import CITED_DOCUMENT, DAY_MONTH, sets_deadline
from .verdict import PRIZE_WORDS
from .villages import at_asked_village, names_asked_village, one_of_several

# a clause framed by its own year: "Năm 2024, …", "- Trong năm 2024 …"
_YEAR_FRAME = re.compile(r"^(?:[-+•]\s*|[a-zđ]\)\s*|\d{1,2}\.\s*)?(?:Năm|Trong năm)\s+(\d{4})\b")


# points or a rate asked: "tỷ lệ hộ đạt … phải từ bao nhiêu để được 15 điểm"
_SCORED = re.compile(r"\b(?:diem|ty le|ti le)\b|%")
# a prize named: "giải Nhì", "giải Khuyến khích"
PRIZE = re.compile(rf"\bgiai ({PRIZE_WORDS})\b")


def _same_level(unit: Unit, q: Query) -> bool:
    """"giải Khuyến khích học sinh giỏi cấp huyện" is not answered by the prize listed under "… cấp tỉnh", nor by
    another prize of the same contest."""
    own = fold_ascii(unit.full_text)
    prizes, prized = set(PRIZE.findall(q.bare)), set(PRIZE.findall(own))
    if prizes and prized and not prizes & prized:
        return False  # "giải Khuyến khích" is not "Giải Nhất"
    said = " ".join([unit.lead_in, unit.full_text, *(m.text for m in unit.members)])  # a list: its items' levels
    honoured, honours = honour_levels(q.bare), honour_levels(fold_ascii(said))
    if honoured and honours and not honoured & honours:
        return False  # "tiêu biểu được Hội Khuyến học tỉnh biểu dương": not those "tiêu biểu cấp huyện"
    asked = levels_named(q.bare)
    if not asked:
        return True
    stated = levels_named(fold_ascii(f"{next(iter(headings_above(unit)), '')} {unit.lead_in}") + f" {own}")
    # a guidance on one level ("Đánh giá … “Cộng đồng học tập” cấp xã") speaks of it where its clauses name none
    stated = stated or levels_named(fold_ascii(unit.doc.title or ""))
    return not stated or bool(asked & stated)


# the whole country asked ("cả nước có bao nhiêu hội viên", "cấp toàn quốc"), not the campaign's name ("Cả nước thi
# đua xây dựng xã hội học tập") — and said
_NATION_ASKED = re.compile(r"\b(?:ca nuoc|toan quoc)\b(?! thi dua)")
_NATION_SAID = re.compile(r"\b(?:ca nuoc|toan quoc|quoc gia|trung uong)\b(?! thi dua)")


def nationwide(unit: Unit, q: Query) -> bool:
    """A value asked of the whole country is stated by a clause (or its headings) speaking of it, not by a province's
    or a commune's own figure."""
    if not _NATION_ASKED.search(q.bare):
        return True
    return bool(_NATION_SAID.search(fold_ascii(f"{unit.section} {unit.lead_in} {unit.full_text}")))


# the whole of a district or province asked ("tỷ lệ … của toàn huyện", "toàn tỉnh có bao nhiêu …")
_WHOLE_ASKED = re.compile(r"\btoan (xa|huyen|tinh)\b")
_LEVEL_RANK = {"xa": 0, "phuong": 0, "thi tran": 0, "huyen": 1, "thi xa": 1, "thanh pho": 1, "quan": 1, "tinh": 2}


def of_the_whole(unit: Unit, q: Query) -> bool:
    """A figure asked of a whole district (province) is not a commune's (district's) own figure: a document of a
    lower level states it only where it speaks of the whole ("toàn huyện", "cả huyện")."""
    m = _WHOLE_ASKED.search(q.bare)
    level = _LEVEL_RANK.get(fold_ascii(unit.doc.level or ""))
    if m is None or level is None or level >= _LEVEL_RANK[m.group(1)]:
        return True
    said = fold_ascii(f"{unit.section} {unit.lead_in} {unit.full_text}")
    return bool(re.search(rf"\b(?:toan|ca|dia ban) {m.group(1)}\b", said))


def of_another_title(unit: Unit, q: Query, by_document: bool = False) -> bool:
    """The clause (or, naming none, its heading: "3. Danh hiệu “Công dân học tập”", or, *by_document*, the title of
    a guidance on one title) speaks of titles, none of those asked, and is no criterion of one of them."""
    # a learning centre a clause names ("phối hợp với … Trung tâm học tập cộng đồng") is a body, not the title it is about
    own = [t for t in unit.titles if not by_document or t not in BODY_TITLES]
    asked = [t for t in q.titles if not by_document or t not in BODY_TITLES]
    titles = own or titles_in(next(iter(headings_above(unit)), "")) or (
        titles_in(fold_ascii(unit.doc.title or "")) if by_document else [])
    return bool(asked and titles and not set(asked) & set(titles)
                and not any(speaks_for(unit, t) for t in asked))


# the hour asked ("bắt đầu lúc mấy giờ") and said ("14 giờ", "7h30", "8:00")
_HOUR_ASKED = re.compile(r"\b(?:may|bao nhieu) (?:gio|h)\b|\bgio nao\b")
_HOUR_SAID = re.compile(r"\b\d{1,2}\s*(?:giờ|h)(?:\s*\d{2})?\b|\b\d{1,2}:\d{2}\b", re.I)


# the day itself asked, not a deadline or a time: "(tổ chức) vào ngày nào", "ngày mấy"
_DAY_ASKED = re.compile(r"\b(?:vao )?ngay (?:nao|may|bao nhieu)\b")


# days after something ("trong mấy ngày sau cuộc họp", "kể từ ngày nhận") or before it ("… ngày trước ngày họp")
_AFTER = re.compile(r"\b(?:ngay|tuan|thang)(?: lam viec)?\s+(?:sau|ke tu|tinh tu)\b|\bsau (?:khi|cuoc|ngay|buoi)\b")
_BEFORE = re.compile(r"\b(?:ngay|tuan|thang)(?: lam viec)?\s+truoc\b|\btruoc (?:khi|cuoc|ngay|buoi)\b")


def _same_side(unit: Unit, q: Query) -> bool:
    """Days asked after something are not answered by days before it, nor the reverse."""
    said = fold_ascii(f"{unit.lead_in} {unit.full_text}")
    for asked, other in ((_AFTER, _BEFORE), (_BEFORE, _AFTER)):
        if asked.search(q.bare) and not other.search(q.bare) and other.search(said) and not asked.search(said):
            return False
    return True


def meets(unit: Unit, q: Query, required: list[str]) -> bool:
    if required and not (same_moment(unit, q) and _same_level(unit, q)):
        return False
    sided = two_sided(q) and len(q.places) < 2  # two places compared share the hop asked; two hops each their own
    if required and not nationwide(unit, q):
        return False  # "cả nước có bao nhiêu hội viên": not the members of a commune's Hội
    if {"count", "percent", "money"} & set(required) and not of_the_whole(unit, q):
        return False  # "tỷ lệ hộ đạt GĐHT của toàn huyện": not the rate of the commune whose report it is
    for kind in required:
        event_day = kind == "date" and not q.deadline and unit.holds("docdate") and bool(
            DAY_MONTH.search(CITED_DOCUMENT.sub(" ", unit.full_text)))  # not the day of a plan it rests on
        amount_target = kind == "percent" and other_target(unit, q)
        amount_counted = kind == "count" and not names_counted_thing(q.bare) and unit.holds("money")
        post_held = kind == "person" and holds_post(unit, q)
        if not (event_day or amount_target or amount_counted or post_held) and not unit.holds(
            kind, with_heading=kind in ("date", "percent", "quarter", "month", "cutoff")
        ):
            return False
        if kind == "venue" and not names_event(unit, q):
            return False  # "Hội thi vẽ tranh … ở đâu": not where the opening ceremony is held
        if kind == "date" and _HOUR_ASKED.search(q.bare) and not _HOUR_SAID.search(f"{unit.lead_in} {unit.full_text}"):
            return False  # "bắt đầu lúc mấy giờ": not the day alone
        if kind == "date" and not q.deadline and _DAY_ASKED.search(q.bare) and not day_of_event(unit, q):
            return False  # "Đại hội tổ chức vào ngày nào": not "trong quý III năm 2026"
        if kind == "date" and not q.deadline and not names_event(unit, q):
            return False  # "Hội thi “Gia đình học tập” … tổ chức vào ngày nào": not the day thôn report their results
        if kind == "date" and not (same_end(unit, q) and done_on_a_day(unit, q)):
            return False  # "lớp … kết thúc vào ngày nào": not the day it opened; "đã gửi … ngày nào": not its deadline
        if kind == "date" and q.deadline and sided:
            continue  # each side of "hạn A và hạn B, hạn nào trước" has its own recipient and period
        yes_no = q.has("yesno")  # "… gửi về Sở Nội vụ trước 20/11 hả": a clause sending elsewhere says "Không"
        if kind == "date" and q.deadline and q.recipients and not yes_no and ("reporting" in q.topics or SENDING.search(q.bare)) and (
            not reaches(unit, q.recipients) or not dated_for(unit, q.recipients)
        ):  # "huyện báo cáo UBND tỉnh trước ngày nào", "gửi hồ sơ lên UBND huyện": a deadline for what goes elsewhere
            return False
        if kind == "date" and q.deadline and not sets_deadline(f"{unit.label} {unit.lead_in} {unit.full_text}"):
            return False  # "… báo cáo trước ngày nào": not the hour and day of a training ("vào lúc 14 giờ ngày 22/4")
        if kind == "date" and q.deadline and not sided and not yes_no and not reaches_level(unit, q):
            return False  # "… về Hội Khuyến học tỉnh trước ngày nào": not what goes to the Hội Khuyến học huyện
        senders = asked_senders(q) if kind == "date" and q.deadline and (
            "reporting" in q.topics or q.recipients or SENDING.search(q.bare)) else {}  # "… gửi số liệu …": a sender
        if senders and not sends(unit, senders, q.recipients):
            return False  # a deadline for what someone else reports, or for what reaches the body asked
        unlisted = unlisted_sender(q) if kind == "date" and q.deadline and (
            "reporting" in q.topics or SENDING.search(q.bare)) else None
        if unlisted is not None and not names_sender(unit, unlisted):
            return False  # "Trường THCS … báo cáo … trước ngày nào": a clause about the learning centre's report
        if kind == "medium" and not about_report(unit, q):
            return False  # "báo cáo 6 tháng … gửi qua kênh nào": not how a plan is sent
        if (kind == "medium" or kind == "date" and q.deadline) and not names_report(unit, q):
            return False  # "báo cáo kết quả khắc phục … qua kênh nào": not the channel of the report before the check
        if (kind == "medium" or kind == "contact" and SENDING.search(q.bare)) and not _on_the_hop(unit, q):
            return False  # "HKH tỉnh báo cáo TW Hội qua kênh nào", "… gửi … qua email nào": not another hop's
        if kind == "frequency" and q.agencies and not set(q.agencies) & (
            set(unit.agencies) | set(unit.heading_agencies)
        ):  # "Hội Khuyến học kiểm tra bao lâu một lần": not how often the Ban Chỉ đạo meets
            return False
        if kind in ("count", "money") and one_of_several(unit, q, tuple(fold_ascii(n) for _k, n in small_places(q.text))):
            return False  # "xã Hòa Phú mở bao nhiêu lớp": not the 06 classes opened "tại các xã Hùng Mỹ, …, Hòa Phú"
        if kind in ("count", "money", "percent") and not names_asked_village(unit, q):
            return False  # "thôn 1A có bao nhiêu hộ đạt …": not the commune's "2.187/3.412 hộ" over all its thôn
        if kind in ("date", "count", "money", "person") and not at_asked_village(unit, q):
            return False  # "ngày hội đọc sách ở thôn Khâu Ria": not the one held at thôn Tùng Vài Phìn
        if kind == "person" and not post_held and not (names_post(unit, q) and names_holder(unit, q)):
            return False
        if kind == "contact" and not (gives_phone(unit, q) and gives_address(unit, q) and owns_contact(unit, q)
                                      and names_person(unit, q)):
            return False
        if kind == "money" and not same_purse(unit, q):
            return False
        if kind in ("money", "count") and (of_another_grade(unit, q) or of_another_prize(unit, q)):
            return False  # "xếp loại Khá được thưởng bao nhiêu": not the prize of those graded Tốt
        if not states_for_item(unit, q, kind):
            return False  # "hạn nộp Mẫu số 05": not the row of Mẫu số 01, nor the form's row whose deadline is "thông báo sau"
        if restates_given(unit, q, kind):
            return False  # "trong 1.850 triệu … bao nhiêu dành cho Tuần lễ": not the clause stating the 1.850 triệu
        if kind == "threshold" and of_another_title(unit, q) and not (
                grade_asked(q) and labelled_grade(unit) == grade_asked(q)):  # "Tốt | … tỷ lệ hộ “Gia đình học tập” …"
            return False  # "Công dân học tập cần bao nhiêu điểm": not the points that earn "Đơn vị học tập"
        if kind == "money" and q.titles and unit.titles and not set(q.titles) & set(unit.titles):
            return False  # "Đơn vị học tập được thưởng bao nhiêu" is not what each "Công dân học tập" gets
        if kind == "count" and not amount_counted and not counts(unit, q):
            return False
        if kind in ("money", "count") and not q.has("compare") and of_another_level(unit, q):
            return False  # "đề nghị Hội Khuyến học tỉnh hỗ trợ bao nhiêu": not what is asked of the district's
        if kind == "count" and of_another_award(unit, q):
            return False  # "bao nhiêu cá nhân được đề nghị tặng Bằng khen": not how many may get a Giấy khen
        if kind == "count" and not from_giver(unit, q):
            return False  # "Thủ tướng Chính phủ tặng Bằng khen cho bao nhiêu tập thể": not those the province honoured
        if kind in ("count", "money") and not names_event(unit, q):
            return False  # "lễ khai mạc … bao nhiêu đại biểu", "kinh phí hội nghị sơ kết": not another event's
        if kind == "count" and not gives_balance(unit, q):
            return False  # "số dư quỹ … là bao nhiêu": not what the fund spent, nor a table of what each ấp raised
        row_of_another = TABLE_CELL in unit.text and q.titles and not set(q.titles) & set(unit.titles)
        if kind == "count" and (row_of_another or of_another_title(unit, q)):
            return False  # a count said of another title (not a criterion of the title asked); a table row is about its cells
        row = f"{unit.lead_in} {unit.text}"
        if kind in ("count", "percent", "money") and TABLE_CELL in unit.text and q.years and YEAR.search(row) and not any(
            str(y) in row for y in q.years
        ):
            return False  # "… đến 2030 bao nhiêu": a row of a table with year columns but no 2030 does not say
        if kind in ("count", "percent", "money") and not in_asked_year(unit, q):
            return False  # "năm 2024 bao nhiêu hộ đăng ký": not "năm 2025 có … hộ đăng ký; năm 2024 có … được công nhận"
        if kind in ("count", "money") and q.years and not in_years(unit, q.years, dated=True):
            return False  # "năm 2025 bao nhiêu ấp": not the clause under "Chỉ tiêu năm 2024" or "Kết quả năm 2023"
        if kind == "date" and period_years(q) and not dated_in_years(unit, period_years(q)):
            return False  # "báo cáo 6 tháng năm 2025 hạn ngày nào", "hội nghị năm 2027 ngày nào": not "… 05/6/2024"
        if kind == "date" and q.deadline and not q.has("compare") and not about_report(unit, q):
            return False
        if (kind in ("date", "month", "quarter") or kind == "medium" and not q.has("yesno")) and not does_action(
                unit, q, by_subject=kind not in ("date", "medium")):
            return False  # "thẩm định … từ ngày nào", "thư viện số … hoàn thành tháng mấy": a clause doing that
        if kind == "date" and not q.deadline and not in_asked_month(unit, q):
            return False  # "họp lần tới ngày mấy tháng 1/2026": not the meeting of 09/10/2025
        if kind == "date" and not same_review(unit, q):
            return False  # "hội nghị tổng kết tổ chức ngày nào": not the day of the mid-term review
        if kind == "date" and unit.features.get("act_unsaid"):  # "lễ trao thưởng diễn ra ngày nào": not a report's deadline
            return False
        if kind == "penalty" and not (punishes_lateness(unit, q) and punishes_fault(unit, q)):
            return False  # "gửi báo cáo tổng kết trễ hạn thì bị xử lý thế nào": not the penalty of a poor grade
        if kind == "penalty" and not _done_by_subject(unit, q):
            return False  # "TTHTCĐ nộp chậm thì bị xử lý thế nào": not what befalls a thôn that is late
        if kind == "duration" and not _same_side(unit, q):
            return False  # "gửi … trong mấy ngày sau cuộc họp": not the days before it the papers are due
        if kind == "duration" and not _done_by_subject(unit, q):
            return False  # "Sở GD&ĐT chuyển tiền thưởng trong bao nhiêu ngày": not the days Sở Nội vụ has to pay
        if kind == "date" and "reporting" not in q.topics and not _done_by_subject(unit, q):
            return False  # "Sở GD&ĐT thẩm định … từ ngày nào": not the days the Phòng GD&ĐT does it
        if kind == "date" and q.deadline and of_another_title(unit, q, by_document=True):
            return False  # "hồ sơ công nhận Gia đình học tập gửi trước ngày nào": not the day of a guidance on Dòng họ
        if kind == "cutoff" and of_another_period(unit, q):
            return False  # "báo cáo 6 tháng … số liệu tính đến ngày nào": not the year's report's day
        if kind == "date" and q.deadline and not same_period(unit, q):
            return False  # "báo cáo 6 tháng hạn chót": not the annual report's deadline
        if kind == "date" and q.deadline and by_another_medium(unit, q):
            return False  # "nộp bản giấy trước ngày nào": not the day it goes through the document system
        if kind in ("count", "threshold", "percent") and not names_criterion(unit, q):
            return False  # "tiêu chí cơ sở vật chất … bao nhiêu điểm": not the points of another criterion
        if kind in ("money", "count", "percent", "date") and not names_quoted(unit, q):
            return False  # "mỗi suất học bổng “Vì em hiếu học”": not the scholarships a clause not naming it gives
        if kind in ("money", "count", "percent") and not on_the_day(unit, q):
            return False  # "số dư … tại thời điểm 30/6/2024": not the balance on 30/6/2025
        if kind in ("money", "count") and q.years:
            framed = _YEAR_FRAME.match(unit.text)
            year = int(framed.group(1)) if framed else amount_year(unit.text) if kind == "money" else None
            if year and year not in q.years:
                return False  # "Năm 2024, ngân sách … bố trí …" does not say what 2025 gets
        if kind == "money" and q.years and not in_years(unit, q.years):
            return False  # "Quỹ Khuyến học: 46.500.000 đồng" under "Tổng kinh phí … năm 2025 …, gồm:" is not 2024's
        if kind == "percent" and set(required) == {"percent"} and rates_another(unit, q):
            # "tỷ lệ trẻ em 6 - 14 tuổi đi học": not the share of households that are "Gia đình học tập" (a question
            # asking a rate and a count leaves the count's clause to the count)
            return False
        if (kind == "percent" or kind == "count" and not _SCORED.search(q.bare)) and not _of_titles_asked(unit, q):
            # "bao nhiêu người được công nhận Công dân học tập": not the 48 news items of a campaign (points of a
            # criterion on a title's rate are counted without naming the title again)
            return False
        if kind == "percent":
            context = f"{unit.section} {unit.lead_in} {unit.text}"
            if not YEAR.search(context):  # "Tỷ lệ … đạt 76%" under "1. Chỉ tiêu" of "Báo cáo … năm 2024"
                context = f"{context} {unit.doc.title}"
            if q.years and not any(str(y) in context for y in q.years):
                return False
    return True


def _of_titles_asked(unit: Unit, q: Query) -> bool:
    """A rate or count of holders of a title the question names is said where the clause, its headings or its
    document's title name that title (a guidance on "Đơn vị học tập" speaks of it in every criterion)."""
    if not q.titles:
        return True
    context = " ".join([unit.section, unit.lead_in, unit.text])
    own_title = fold_ascii(unit.doc.title or "")
    return bool(set(q.titles) & set(titles_in(context))) or any(fold_ascii(t) in own_title for t in q.titles)


def _on_the_hop(unit: Unit, q: Query) -> bool:
    """The clause is about the hop asked: it reaches the body the question sends to (when it says where its reports
    go: "Báo cáo gửi qua Hệ thống …" is every report's channel), and its sender is the one asked."""
    if q.recipients and names_destination(unit) and not reaches(unit, q.recipients):
        return False
    senders = asked_senders(q)
    if senders and not sends(unit, senders, q.recipients):
        return False
    unlisted = unlisted_sender(q)
    return unlisted is None or names_sender(unit, unlisted)


# how far into the question its subject stands: "Sở GD&ĐT Tây Ninh thẩm định …", "UBND các xã phải …"
_SUBJECT_SPAN = 4
# (the body may end a short list: "ban nhân dân các ấp, khóm rà soát …")
_SENDS_OR_ACTS = re.compile(r"\s*(?:,\s*[a-z]+\s+)?(?:(?:xa|huyen|tinh|cap xa|cap huyen|cap tinh|cac cap)\s+)?(?:gui|nop|trinh|tham dinh|"
                            r"lap|dang ky|tiep nhan|ra quyet dinh|kiem tra|to chuc|thuc hien|hoan thanh|ra soat|tong hop|bao cao)\b")


# a table column naming who does each row's task
_DOER_COLUMN = re.compile(r"^\s*(?:don vi|co quan|bo phan|nguoi)?\s*(?:thuc hien|chu tri|phu trach)\b|^\s*don vi\s*$")


def _column_doers(unit: Unit) -> set[str]:
    """The bodies a table's doer column names, in the row (or, for the table's header, in all its rows)."""
    found: set[str] = set()
    for row in (unit, *unit.members):
        for head, cell in row.headed_cells():
            if _DOER_COLUMN.search(fold_ascii(head)):
                found |= set(agencies_in(fold_ascii(cell)))
    return found


def _done_by_subject(unit: Unit, q: Query) -> bool:
    """The body the question opens with does what it asks when the clause names who does it: "Sở GD&ĐT thẩm định
    kết quả … từ ngày nào" is not answered by "Phòng GD&ĐT thành lập đoàn … thẩm định … từ ngày 27/10"."""
    # "hkh bac giang: xa gui …", "Theo HD 04 của HKH tỉnh, xã gửi …": what stands before names the document
    asked = DOCUMENT_NAMED.sub("", q.bare, count=1)
    ordered = [a for a in agencies_by_position(q.text) if any(
        t.regex.search(asked) for t in AGENCIES if t.name == a)]
    if not ordered:
        return True
    subject = ordered[0]
    term = next(t for t in AGENCIES if t.name == subject)
    m = term.regex.search(asked)
    if m is None or len(asked[: m.start()].split()) > _SUBJECT_SPAN or subject in q.recipients:
        return True
    by_column = _column_doers(unit)
    if by_column:  # a table with a column of who does each step: the subject does one of them
        return subject in by_column
    doers = actors(unit)
    if not doers and subject not in unit.agencies and unit.doc.issuer:
        # a clause naming no doer is the issuer's own task: "Quý IV: … khen thưởng" in the association's plan is not
        # what the Phòng GD&ĐT does
        return subject in agencies_in(f"{unit.doc.issuer} {unit.doc.level}")
    if not doers or subject in doers or subject in unit.agencies and not unit.subject:
        return True
    folded = fold_ascii(unit.text)  # "… Ủy ban nhân dân cấp xã gửi hồ sơ đề nghị …" in another sentence of the clause
    return any(_SENDS_OR_ACTS.match(folded, m.end()) for m in term.regex.finditer(folded))
