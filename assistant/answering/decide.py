"""Answer or abstain, from the ranked evidence.

A question that asks for a value a clause either states or does not (a date, an
amount of money, a phone number, a person, a penalty, a quarter, a percentage for
a given title and year) can only be answered by a clause that states it: those are
its constraints. The support of the question is the score of the best unit that
meets them; below the threshold learned on the dev split the assistant abstains,
saying what the documents do not state. No single word decides a refusal: a
constraint only narrows which clauses may answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.facts import amount_year
from index.textnorm import fold_ascii
from index.vocabulary.terms import AGENCIES, BODY_TITLES, agencies_by_position, agencies_in, titles_in

from .compose import MISSING
from .contacts import gives_phone, names_person, owns_contact
from .counts import LIST_OBJECT, counts
from .demands import (
    DOCUMENT_NAMED,
    about_report,
    does_action,
    gives_balance,
    in_asked_year,
    names_criterion,
    names_event,
    names_post,
    names_quoted,
    on_the_day,
)
from .features import HARD_TYPES, holds_post, other_target
from .given import restates_given
from .grades import of_another_grade
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
from .lists import opens_series, series_asked
from .media import by_another_medium
from .parallel import speaks_for, two_sided
from .penalties import punishes_fault, punishes_lateness
from .purse import same_purse
from .relevance import grade_asked, heads_label, labelled_grade
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
from .values import CITED_DOCUMENT, COUNTED_TO, DAY_MONTH
from .verdict import PRIZE_WORDS, quantity_unit
from .villages import at_asked_village, one_of_several

# a clause framed by its own year: "Năm 2024, …", "- Trong năm 2024 …"
_YEAR_FRAME = re.compile(r"^(?:[-+•]\s*|[a-zđ]\)\s*|\d{1,2}\.\s*)?(?:Năm|Trong năm)\s+(\d{4})\b")
# a question that sends something somewhere ("gửi hồ sơ … lên UBND cấp huyện"), a report or not
_SENDING = re.compile(r"\b(?:gui|nop|trinh)\b")
# share of the question's weighted words a constrained clause (or its heading) must hold to support it
MIN_SHARED_WORDS = 0.05
# how far down the fitting clauses the item a named grade labels may lead
GRADE_WINDOW = 10
# "khi nào", "trong khoảng thời gian nào": a clause that states a date leads from this far down, at this share
WHEN_WINDOW = 6
WHEN_SHARE = 0.5
# "gồm những bước nào": a line of that series ("Bước 2. …") leads wherever it ranks among this many
SERIES_WINDOW = 12
# … and for a yes/no question asserting the day something happens, a clause dating something among this many
DATED_WINDOW = 8
# a bound on the count a yes/no question asserts ("từ 10 lao động trở lên" for "8 lao động") decides it wherever
# it ranks among this many
BOUND_WINDOW = 12
# a yes/no question's claim: the clause among this many that repeats more of its phrases, by this share of its words
PHRASE_WINDOW = 6
PHRASE_MARGIN = 0.1
# … and, when the best clause is framed by another year than the one asked, among this many
YEAR_WINDOW = 8
# a list whose own heading names the question's subject leads when it scores at least this share of the best unit
HEADED_LIST_SHARE = 0.8


# "hồ sơ (đó) gồm những gì" -> "ho so": the thing whose parts are asked
_MADE_OF = re.compile(r"\b([a-z]+ [a-z]+)(?: (?:do|nay|kia))? (?:bao )?gom (?:nhung |co )?(?:gi|j|nao)\b")


@dataclass
class Decision:
    answer: bool
    lead: Unit | None  # the unit the answer opens with (or the nearest one, when abstaining)
    support: float
    missing: str = ""  # what the documents do not state, when abstaining


_RATE_ASKED = re.compile(r"%|\bphan tram\b|\bty le\b|\bti le\b|\bbao nhieu\b|\bbn\b")


def constraints(q: Query) -> list[str]:
    """The answer types a supporting clause must state."""
    asked = [a for a in q.asks if a in HARD_TYPES]
    for kind in ("frequency", "duration", "month"):  # "họp bao lâu một lần", "mở vào tháng nào": a clause saying it
        if kind in q.asks and not q.has("yesno"):
            asked.append(kind)
    if q.has("yesno") and "frequency" in q.asks and "quarter" in asked:
        asked.remove("quarter")  # "họp định kỳ hằng quý phải không": how often, which "6 tháng một lần" answers too
    if q.asks == ["medium"] and not q.has("yesno"):
        asked.append("medium")  # "gửi qua kênh nào" and nothing else: a clause naming the means (asked beside a
        # deadline, it may come from another clause of the reply)
    if "duration" in asked and "count" in asked:
        asked.remove("count")  # "trong vòng bao nhiêu ngày": the days are the duration asked
    if "date" in asked and "percent" in asked and not _RATE_ASKED.search(q.bare):
        asked.remove("percent")  # "hội nghị … giao chỉ tiêu … trước ngày nào": the day is asked, not a rate
    if q.doc_attribute:
        asked = [a for a in asked if a not in ("date", "person", "count", "month")]
    if "count" in asked and {"percent", "money", "date", "contact"} & set(asked):
        asked.remove("count")  # "bao nhiêu %", "sđt bao nhiêu": the percentage or the phone is the number asked
    return asked


_PRIZE = re.compile(rf"\bgiai ({PRIZE_WORDS})\b")


def _same_level(unit: Unit, q: Query) -> bool:
    """"giải Khuyến khích học sinh giỏi cấp huyện" is not answered by the prize listed under "… cấp tỉnh", nor by
    another prize of the same contest."""
    own = fold_ascii(unit.full_text)
    prizes, prized = set(_PRIZE.findall(q.bare)), set(_PRIZE.findall(own))
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


def _of_another_title(unit: Unit, q: Query, by_document: bool = False) -> bool:
    """The clause (or, naming none, its heading: "3. Danh hiệu “Công dân học tập”", or, *by_document*, the title of
    a guidance on one title) speaks of titles, none of those asked, and is no criterion of one of them."""
    # a learning centre a clause names ("phối hợp với … Trung tâm học tập cộng đồng") is a body, not the title it is about
    own = [t for t in unit.titles if not by_document or t not in BODY_TITLES]
    asked = [t for t in q.titles if not by_document or t not in BODY_TITLES]
    titles = own or titles_in(next(iter(headings_above(unit)), "")) or (
        titles_in(fold_ascii(unit.doc.title or "")) if by_document else [])
    return bool(asked and titles and not set(asked) & set(titles)
                and not any(speaks_for(unit, t) for t in asked))


def meets(unit: Unit, q: Query, required: list[str]) -> bool:
    if required and not (same_moment(unit, q) and _same_level(unit, q)):
        return False
    sided = two_sided(q) and len(q.places) < 2  # two places compared share the hop asked; two hops each their own
    for kind in required:
        event_day = kind == "date" and not q.deadline and unit.holds("docdate") and bool(
            DAY_MONTH.search(CITED_DOCUMENT.sub(" ", unit.full_text)))  # not the day of a plan it rests on
        amount_target = kind == "percent" and other_target(unit, q)
        amount_counted = kind == "count" and not names_counted_thing(q.bare) and unit.holds("money")
        post_held = kind == "person" and holds_post(unit, q)
        if not (event_day or amount_target or amount_counted or post_held) and not unit.holds(
            kind, with_heading=kind in ("date", "percent", "quarter", "month")
        ):
            return False
        if kind == "date" and q.deadline and sided:
            continue  # each side of "hạn A và hạn B, hạn nào trước" has its own recipient and period
        if kind == "date" and q.deadline and q.recipients and ("reporting" in q.topics or _SENDING.search(q.bare)) and (
            not reaches(unit, q.recipients) or not dated_for(unit, q.recipients)
        ):  # "huyện báo cáo UBND tỉnh trước ngày nào", "gửi hồ sơ lên UBND huyện": a deadline for what goes elsewhere
            return False
        if kind == "date" and q.deadline and not sided and not reaches_level(unit, q):
            return False  # "… về Hội Khuyến học tỉnh trước ngày nào": not what goes to the Hội Khuyến học huyện
        senders = asked_senders(q) if kind == "date" and q.deadline and (
            "reporting" in q.topics or q.recipients or _SENDING.search(q.bare)) else {}  # "… gửi số liệu …": a sender
        if senders and not sends(unit, senders):
            return False  # a deadline for what someone else reports, or for what reaches the body asked
        unlisted = unlisted_sender(q) if kind == "date" and q.deadline and "reporting" in q.topics else None
        if unlisted is not None and not names_sender(unit, unlisted):
            return False  # "Trường THCS … báo cáo … trước ngày nào": a clause about the learning centre's report
        if kind == "medium" and not about_report(unit, q):
            return False  # "báo cáo 6 tháng … gửi qua kênh nào": not how a plan is sent
        if (kind == "medium" or kind == "contact" and _SENDING.search(q.bare)) and not _on_the_hop(unit, q):
            return False  # "HKH tỉnh báo cáo TW Hội qua kênh nào", "… gửi … qua email nào": not another hop's
        if kind == "frequency" and q.agencies and not set(q.agencies) & (
            set(unit.agencies) | set(unit.heading_agencies)
        ):  # "Hội Khuyến học kiểm tra bao lâu một lần": not how often the Ban Chỉ đạo meets
            return False
        if kind in ("count", "money") and one_of_several(unit, q):
            return False  # "xã Hòa Phú mở bao nhiêu lớp": not the 06 classes opened "tại các xã Hùng Mỹ, …, Hòa Phú"
        if kind in ("date", "count", "money", "person") and not at_asked_village(unit, q):
            return False  # "ngày hội đọc sách ở thôn Khâu Ria": not the one held at thôn Tùng Vài Phìn
        if kind == "person" and not post_held and not names_post(unit, q):
            return False
        if kind == "contact" and not (gives_phone(unit, q) and owns_contact(unit, q) and names_person(unit, q)):
            return False
        if kind == "money" and not same_purse(unit, q):
            return False
        if kind in ("money", "count") and of_another_grade(unit, q):
            return False  # "xếp loại Khá được thưởng bao nhiêu": not the prize of those graded Tốt
        if restates_given(unit, q, kind):
            return False  # "trong 1.850 triệu … bao nhiêu dành cho Tuần lễ": not the clause stating the 1.850 triệu
        if kind == "threshold" and _of_another_title(unit, q):
            return False  # "Công dân học tập cần bao nhiêu điểm": not the points that earn "Đơn vị học tập"
        if kind == "money" and q.titles and unit.titles and not set(q.titles) & set(unit.titles):
            return False  # "Đơn vị học tập được thưởng bao nhiêu" is not what each "Công dân học tập" gets
        if kind == "count" and not amount_counted and not counts(unit, q):
            return False
        if kind in ("count", "money") and not names_event(unit, q):
            return False  # "lễ khai mạc … bao nhiêu đại biểu", "kinh phí hội nghị sơ kết": not another event's
        if kind == "count" and not gives_balance(unit, q):
            return False  # "số dư quỹ … là bao nhiêu": not what the fund spent, nor a table of what each ấp raised
        row_of_another = TABLE_CELL in unit.text and q.titles and not set(q.titles) & set(unit.titles)
        if kind == "count" and (row_of_another or _of_another_title(unit, q)):
            return False  # a count said of another title (not a criterion of the title asked); a table row is about its cells
        row = f"{unit.lead_in} {unit.text}"
        if kind in ("count", "percent", "money") and TABLE_CELL in unit.text and q.years and YEAR.search(row) and not any(
            str(y) in row for y in q.years
        ):
            return False  # "… đến 2030 bao nhiêu": a row of a table with year columns but no 2030 does not say
        if kind in ("count", "percent", "money") and not in_asked_year(unit, q):
            return False  # "năm 2024 bao nhiêu hộ đăng ký": not "năm 2025 có … hộ đăng ký; năm 2024 có … được công nhận"
        if kind == "count" and q.years and not in_years(unit, q.years):
            return False  # "năm 2025 bao nhiêu ấp": not the clause under "Chỉ tiêu năm 2024" or "Kết quả năm 2023"
        if kind == "date" and period_years(q) and not dated_in_years(unit, period_years(q)):
            return False  # "báo cáo 6 tháng năm 2025 hạn ngày nào", "hội nghị năm 2027 ngày nào": not "… 05/6/2024"
        if kind == "date" and q.deadline and not q.has("compare") and not about_report(unit, q):
            return False
        if kind in ("date", "month", "quarter") and not does_action(unit, q, by_subject=kind != "date"):
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
        if kind == "date" and "reporting" not in q.topics and not _done_by_subject(unit, q):
            return False  # "Sở GD&ĐT thẩm định … từ ngày nào": not the days the Phòng GD&ĐT does it
        if kind == "date" and q.deadline and _of_another_title(unit, q, by_document=True):
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
        if kind == "percent":
            context = f"{unit.section} {unit.lead_in} {unit.text}"
            # a guidance on one title ("Hướng dẫn … "Đơn vị học tập"") speaks of it in every criterion
            own_title = fold_ascii(unit.doc.title or "")
            if q.titles and not set(q.titles) & set(titles_in(context)) and not any(
                fold_ascii(t) in own_title for t in q.titles
            ):
                return False
            if not YEAR.search(context):  # "Tỷ lệ … đạt 76%" under "1. Chỉ tiêu" of "Báo cáo … năm 2024"
                context = f"{context} {unit.doc.title}"
            if q.years and not any(str(y) in context for y in q.years):
                return False
    return True


def _on_the_hop(unit: Unit, q: Query) -> bool:
    """The clause is about the hop asked: it reaches the body the question sends to (when it says where its reports
    go: "Báo cáo gửi qua Hệ thống …" is every report's channel), and its sender is the one asked."""
    if q.recipients and names_destination(unit) and not reaches(unit, q.recipients):
        return False
    senders = asked_senders(q)
    if senders and not sends(unit, senders):
        return False
    unlisted = unlisted_sender(q)
    return unlisted is None or names_sender(unit, unlisted)


# how far into the question its subject stands: "Sở GD&ĐT Tây Ninh thẩm định …", "UBND các xã phải …"
_SUBJECT_SPAN = 4
_SENDS_OR_ACTS = re.compile(r"\s*(?:(?:xa|huyen|tinh|cap xa|cap huyen|cap tinh|cac cap)\s+)?(?:gui|nop|trinh|tham dinh|"
                            r"lap|dang ky|tiep nhan|ra quyet dinh|kiem tra|to chuc|thuc hien|hoan thanh)\b")


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
    doers = actors(unit)
    if not doers and subject not in unit.agencies and unit.doc.issuer:
        # a clause naming no doer is the issuer's own task: "Quý IV: … khen thưởng" in the association's plan is not
        # what the Phòng GD&ĐT does
        return subject in agencies_in(f"{unit.doc.issuer} {unit.doc.level}")
    if not doers or subject in doers or subject in unit.agencies and not unit.subject:
        return True
    folded = fold_ascii(unit.text)  # "… Ủy ban nhân dân cấp xã gửi hồ sơ đề nghị …" in another sentence of the clause
    return any(_SENDS_OR_ACTS.match(folded, m.end()) for m in term.regex.finditer(folded))


# a day something is due by ("trước ngày 10/4/2026", "chậm nhất ngày 15 tháng 6"), not the day it happens
_DUE_BY = re.compile(r"\b(?:trước|chậm nhất(?: là)?|hạn(?: chót| cuối)?|đến hết)\s+(?:ngày\s+)?\d{1,2}\s*(?:tháng\s+|/)\s*"
                     r"\d{1,2}(?:\s*(?:/|năm\s+)\s*\d{4})?", re.I)


def _states_day(unit: Unit) -> bool:
    """The clause dates something that happens on a day: not a deadline, the day figures count to, or the date
    of a document it cites."""
    text = _DUE_BY.sub(" ", COUNTED_TO.sub(" ", CITED_DOCUMENT.sub(" ", unit.full_text)))
    return bool(DAY_MONTH.search(text.replace("trước ngày", " ")))


_FORMULA = re.compile(r"^Trên đây là\b|\bthông báo (?:để|cho)\b.{0,80}\bbiết\b|\bnghiêm túc (?:triển khai )?thực hiện\W*$")


def decide(q: Query, ranked: list[Unit], threshold: float) -> Decision:
    """Pick the lead unit and decide whether the evidence supports answering at all."""
    # a letter's opening over its numbered requests leads only a question asking for those requests
    body = [u for u in ranked if not u.header and (not u.outline or _opens_asked(u, q))] or ranked
    if not body:
        return Decision(False, None, 0.0, "nội dung này")
    required = constraints(q)
    support = 0.0
    if required:
        # a clause that states a value of the asked kind about nothing the question asks supports nothing
        fitting = [u for u in body if meets(u, q, required) and u.features.get("lex_section", 1.0) >= MIN_SHARED_WORDS]
        if not fitting:
            return Decision(False, body[0], 0.0, MISSING.get(required[0], "nội dung này"))
        lead = fitting[0]
        grade = grade_asked(q)  # "xếp loại Khá cần bao nhiêu điểm": the item "- Khá: từ 75 …", not the one for Tốt
        graded = next((u for u in fitting[:GRADE_WINDOW] if grade and labelled_grade(u) == grade), None)
        if graded is not None:
            support, lead = lead.score, graded  # it leads on the support of the best fitting clause
        prizes = set(_PRIZE.findall(q.bare))  # "giải Nhì … bao nhiêu tiền": the line of that prize, not the budget's total
        prized = next((u for u in fitting[:GRADE_WINDOW] if prizes & set(_PRIZE.findall(fold_ascii(u.full_text)))),
                      None) if prizes and graded is None else None
        if prized is not None and prized is not lead:
            support, lead = lead.score, prized
    else:
        # "Văn phòng … thông báo để các cơ quan … biết, thực hiện./.", "Trên đây là …": a closing formula answers nothing
        lead = next((u for u in body if not _FORMULA.search(u.text)), body[0])
    if not required and "when" in q.asks and not q.has("yesno"):
        # "các thôn họp bình xét trong khoảng thời gian nào": a clause near the best that states when
        timed = next((u for u in body[:WHEN_WINDOW] if any(
            u.holds(kind, with_heading=True) for kind in ("date", "month", "quarter"))), None)
        if timed is not None and timed is not lead and timed.score >= WHEN_SHARE * lead.score:
            support, lead = lead.score, timed
    if not required and q.has("yesno") and q.dates and not q.deadline and not _states_day(lead):
        # "hội nghị tổ chức ngày 22/4 phải không": the clause near the best that dates something, to check the day
        dated = next((u for u in body[:DATED_WINDOW] if _states_day(u)), None)
        if dated is not None and dated.score >= WHEN_SHARE * lead.score:
            support, lead = max(support, lead.score), dated
    if not required and q.has("yesno") and lead is body[0]:
        # "… là cơ quan thường trực đúng không": the clause near the best that repeats the claim's rarest phrase
        phrased = max(body[:PHRASE_WINDOW], key=lambda u: u.features.get("phrase", 0.0))
        if phrased.features.get("phrase", 0.0) > lead.features.get("phrase", 0.0) + PHRASE_MARGIN and (
            phrased.score >= WHEN_SHARE * lead.score
        ):
            support, lead = max(support, lead.score), phrased
    if not required and q.has("yesno") and q.years and lead.features.get("year_conflict"):
        # "năm 2026 có mở lớp xóa mù chữ không": not the clause "Năm 2025, … mở 01 lớp xóa mù chữ"
        timely = [u for u in body[:YEAR_WINDOW] if not u.features.get("year_conflict") and u.score >= WHEN_SHARE * lead.score
                  and not set(map(int, YEAR.findall(u.section))) - set(q.years)]
        best = max(timely, key=lambda u: u.features.get("phrase", 0.0), default=None)
        if best is not None and best.features.get("phrase", 0.0) > 0:
            support, lead = max(support, lead.score), best
    if not required and q.has("yesno") and quantity_unit(q, [lead]) is None:
        # "doanh nghiệp 8 lao động có được đánh giá không": the clause near the best that bounds that count
        bounding = quantity_unit(q, body[:BOUND_WINDOW])
        if bounding is not None:
            support, lead = max(support, lead.score), bounding
    listing = q.has("duties_list") or bool({"criteria", "duties"} & set(q.topics))
    named_list = next((u for u in body[:10] if u.members and u.features.get("head_match")), None) if listing else None
    # one value asked ("khi đạt bao nhiêu điểm"): a list stating such values leads only when it outranks the clause
    value_asked = bool(required) and not q.has("list") and not q.has("duties_list")
    if named_list is not None and "agency" in q.asks and not named_list.heading_agencies:
        named_list = None  # "ai chủ trì hướng dẫn …": the clause naming who, not a list of targets headed alike
    if required and heads_label(lead, q):
        named_list = None  # "Tiêu chí 2 tối đa bao nhiêu điểm": the line "Tiêu chí 2. … (tối đa 35 điểm)" itself
    if named_list is not None and not required and not _opens_asked(named_list, q) and any(
            u.members and TABLE_CELL not in u.text and _opens_asked(u, q) for u in body[:10]):
        named_list = None  # "… giao những việc gì": the line doing the act asked ("… yêu cầu:"), not one headed alike
    if named_list is not None and named_list.score >= HEADED_LIST_SHARE * lead.score and (
        not required or meets(named_list, q, required)
    ) and not (value_asked and named_list.score < lead.score):
        lead = named_list  # the list whose heading names what the question asks about ("Đối với các thôn")
    elif (listing or q.has("list")) and named_list is None and not required:
        # "nộp những biểu mẫu nào": a table with a column of the things asked for is the list asked for
        table = next((u for u in body if u.members and TABLE_CELL in u.text and _lists_asked(u, q)), None)
        # "yêu cầu UBND xã báo cáo những nội dung gì": the line "Nội dung báo cáo của UBND các xã … gồm:" over its items
        opener = None if table else next((u for u in body[:10] if u.members and TABLE_CELL not in u.text
                                          and _opens_asked(u, q)), None)
        lead = table or (opener if opener is not None and opener.score >= HEADED_LIST_SHARE * lead.score else lead)
    steps = series_asked(q.bare) if not required else ""
    stepped = next((u for u in body[:SERIES_WINDOW] if opens_series(u, steps)), None) if steps else None
    if stepped is not None and not opens_series(lead, steps):
        support, lead = max(support, lead.score), stepped  # "quy trình gồm những bước nào": a step, with its series
    made_of = _MADE_OF.search(q.bare)
    if made_of and not required:  # "hồ sơ đó gồm những gì": the clause that says what it is made of
        said = re.compile(rf"\b{made_of.group(1)}\b[^.;]{{0,30}}\b(?:bao )?gom\b")
        defining = next((u for u in body[:10] if said.search(fold_ascii(u.full_text))), None)
        if defining is not None and defining.score >= HEADED_LIST_SHARE * lead.score:
            lead = defining
    score = max(lead.score, support)
    if score < threshold:
        missing = next((MISSING[k] for k in q.asks if k in MISSING), "nội dung này")
        return Decision(False, lead, score, missing)
    return Decision(True, lead, score)


# acts whose objects a list question asks ("giao những việc gì", "kiến nghị những gì"), each with the acts an opening
# line may do them by ("Chủ tịch UBND huyện yêu cầu:", "Sở đề nghị các đơn vị thực hiện một số nội dung sau:")
# (folded for the question, with marks for the document's line: "giáo dục" is no "giao")
_LISTED_ACTS = ((r"giao(?! duc)|yeu cau|de nghi|chi dao", r"giao|yêu cầu|đề nghị|chỉ đạo"),
                (r"kien nghi|de xuat", r"kiến nghị|đề xuất"))


def _opens_asked(opener: Unit, q: Query) -> bool:
    """Whether the line opening a list names the things the list question asks for ("những nội dung gì"), or does
    the act whose objects it asks ("giao những việc gì" of "Chủ tịch UBND huyện yêu cầu:")."""
    m = LIST_OBJECT.search(q.bare)
    if m is None:
        return False
    # a letter's opening over its numbered requests ("… đề nghị các đơn vị …:") is asked by its act alone
    if not opener.outline and re.search(rf"\b{m.group(1)}\b", fold_ascii(opener.text)):
        return True
    asked, said = q.bare[: m.start()], opener.text.lower()
    return said.rstrip().endswith(":") and any(
        re.search(rf"\b(?:{bare})\b", asked) and re.search(rf"(?<!\w)(?:{marked})(?!\w)", said) for bare, marked in _LISTED_ACTS)


def _lists_asked(table: Unit, q: Query) -> bool:
    """Whether a column of *table* (its header row), or its heading, names what the list question asks for
    ("những biểu mẫu nào")."""
    m = LIST_OBJECT.search(q.bare)
    if not m:
        return False
    columns = {fold_ascii(c).strip() for c in table.text.split(TABLE_CELL)}
    # "những báo cáo, biểu nào" of a column "Nội dung báo cáo" (not "những đơn vị nào" of "Đơn vị thực hiện")
    return any(c == m.group(1) or c.endswith(f" {m.group(1)}") for c in columns) or re.search(
        rf"\b{m.group(1)}\b", fold_ascii(table.label)) is not None
