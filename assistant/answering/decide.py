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
from collections.abc import Callable
from dataclasses import dataclass

from index.textnorm import fold_ascii
from index.vocabulary.terms import titles_in

from .choices import names_an_option, offers_choice
from .compose import MISSING
from .constraints import constraints
from .counts import LIST_OBJECT, counted_unnamed, members_asked
from .events import states_day
from .fits import PRIZE, meets
from .items import row_of_item
from .lists import opens_series, series_asked
from .media import media_named
from .relevance import grade_asked, heads_label, labelled_grade
from .roles import honoured_asked, honours
from .understand import YEAR, Query
from .units import TABLE_CELL, Unit, is_total_row
from .verdict import quantity_unit

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


# a total asked: "tổng chỉ tiêu …", "tổng số …", "toàn huyện có bao nhiêu …" (not "tổng kết", "tổng hợp")
_TOTAL_ASKED = re.compile(r"\b(?:tong(?! ket| hop)|toan (?:huyen|tinh|xa))\b")


_FORMULA = re.compile(r"^Trên đây là\b|\bthông báo (?:để|cho)\b.{0,80}\bbiết\b|\bnghiêm túc (?:triển khai )?thực hiện\W*$")


_ADDRESS = re.compile(r"\s*kính gửi\b", re.I)


def answers_as_asked(q: Query) -> list[Callable[[Unit], bool]]:
    """What the question asks of a clause beyond a value of the kind asked: the body honoured, the title a body acts
    on, one of the options offered. Every lead of an answer, not only the first, must pass them."""
    checks: list[Callable[[Unit], bool]] = []
    honoured = honoured_asked(q) if not q.has("yesno") else None
    if honoured is not None:  # "Hội Khuyến học xã được cơ quan nào tặng Giấy khen": not the awards it gives others
        checks.append(lambda u: honours(u, honoured))
    if "agency" in q.asks and q.titles and not q.has("yesno") and not constraints(q):
        # "cơ quan nào hướng dẫn công nhận “Công dân học tập”": a clause naming a body and that title, not who guides
        # the "Đơn vị học tập" nor the title's target
        checks.append(lambda u: _names_titles_asked(u, q) and bool(u.agencies or u.heading_agencies))
    if offers_choice(q):  # "… qua email hay qua Hệ thống …": a clause naming one of the two, not a third channel
        checks.append(lambda u: names_an_option(u, q))
    return checks


def decide(q: Query, ranked: list[Unit], threshold: float) -> Decision:
    """Pick the lead unit and decide whether the evidence supports answering at all."""
    # a letter's opening over its numbered requests leads only a question asking for those requests
    body = [u for u in ranked if not u.header and (not u.outline or _opens_asked(u, q))] or ranked
    if "agency" not in q.asks:  # "Kính gửi: …" says whom a letter goes to, nothing of what it asks of them
        body = [u for u in body if not _ADDRESS.match(u.lead_in or u.text)] or body
    if not body:
        return Decision(False, None, 0.0, "nội dung này")
    members = members_asked(q)
    if members is not None and counted_unnamed(body, members):
        # "04 đơn vị gửi báo cáo chậm là những đơn vị nào" where the letter only says "còn 04 đơn vị gửi chậm"
        return Decision(False, body[0], 0.0, "nội dung này")
    for asked in answers_as_asked(q):
        body = [u for u in body if asked(u)]
        if not body:
            return Decision(False, ranked[0], 0.0, "nội dung này")
    role = _ROLE_ASKED.search(q.bare) if q.asks == ["agency"] and not q.has("yesno") and not constraints(q) and not (
        _ALSO_ASKED.search(q.bare)) else None
    if role is not None:
        # "cơ quan nào chủ trì đánh giá …", "bên nào làm trưởng đoàn kiểm tra": a clause giving someone that role, not
        # a body that takes part ("phối hợp với Hội Khuyến học huyện đánh giá …"); the other documents' leads may
        # give the rest of the answer
        body = [u for u in body if _gives_role(u, role.group(1), q)]
        if not body:
            return Decision(False, ranked[0], 0.0, "nội dung này")
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
        asked_media = media_named(q.bare) if q.has("yesno") and "medium" in required else set()
        carried = next((u for u in fitting[:GRADE_WINDOW] if asked_media & media_named(
            fold_ascii(f"{u.lead_in} {u.full_text}"))), None) if asked_media else None
        if carried is not None and carried is not lead:  # "… có phải gửi bản giấy không": the clause that names it
            support, lead = lead.score, carried
        if _TOTAL_ASKED.search(q.bare) and TABLE_CELL in lead.text and not is_total_row(lead.text):
            total = next((u for u in fitting if u.doc is lead.doc and u.lead_in == lead.lead_in and is_total_row(u.text)), None)
            if total is not None:  # "tổng chỉ tiêu … là bao nhiêu": the table's row of totals, not one commune's
                support, lead = lead.score, total
        item_row = row_of_item(lead, q) if lead.members else None
        if item_row is not None and meets(item_row, q, required):  # "hạn nộp Mẫu số 02": its row, not the whole table
            support, lead = lead.score, item_row
        prizes = set(PRIZE.findall(q.bare))  # "giải Nhì … bao nhiêu tiền": the line of that prize, not the budget's total
        prized = next((u for u in fitting[:GRADE_WINDOW] if prizes & set(PRIZE.findall(fold_ascii(u.full_text)))),
                      None) if prizes and graded is None else None
        if prized is not None and prized is not lead:
            support, lead = lead.score, prized
        if prizes and graded is None and prized is None and "money" in required and not q.has("compare") and not any(
                prizes & set(PRIZE.findall(fold_ascii(f"{u.label} {u.lead_in} {u.full_text}"))) for u in fitting[:GRADE_WINDOW]):
            # "giải Nhất được bao nhiêu tiền": no clause near the best names that prize, only a contest's budget
            return Decision(False, lead, 0.0, MISSING["money"])
    else:
        # "Văn phòng … thông báo để các cơ quan … biết, thực hiện./.", "Trên đây là …": a closing formula answers nothing
        lead = next((u for u in body if not _FORMULA.search(u.text)), body[0])
    if not required and "when" in q.asks and not q.has("yesno"):
        # "các thôn họp bình xét trong khoảng thời gian nào": a clause near the best that states when
        timed = next((u for u in body[:WHEN_WINDOW] if any(
            u.holds(kind, with_heading=True) for kind in ("date", "month", "quarter"))), None)
        if timed is not None and timed is not lead and timed.score >= WHEN_SHARE * lead.score:
            support, lead = lead.score, timed
    if not required and q.has("yesno") and q.dates and not q.deadline and not states_day(lead):
        # "hội nghị tổ chức ngày 22/4 phải không": the clause near the best that dates something, to check the day
        dated = next((u for u in body[:DATED_WINDOW] if states_day(u)), None)
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


# the role whose holder is asked: "cơ quan nào chủ trì …", "đơn vị nào làm thường trực", "bên nào làm trưởng đoàn"
_ROLE_ASKED = re.compile(r"\b(chu tri|truong doan|to truong|thuong truc|truong ban|thu ky)\b")
# … asked beside where or when ("ai chủ trì, lễ tổ chức khi nào"): the reply may take the two from two clauses
_ALSO_ASKED = re.compile(r"\b(?:o dau|tai dau|khi nao|bao gio|luc nao|ngay nao|thoi gian nao)\b")


def _gives_role(unit: Unit, role: str, q: Query) -> bool:
    """The clause, its headings, its row's columns or its list's items give someone *role* ("… do Phòng GD&ĐT chủ trì",
    a column "Đơn vị chủ trì", "4. Phòng Dân tộc" over "Chủ trì …"); the chair, also by giving a task to a body that
    does not merely take part ("phối hợp với …")."""
    # of a body's duties, those about the title asked ("Chủ trì bồi dưỡng …" is not the chair of assessing "Đơn vị …")
    members = [m.text for m in unit.members if not q.titles or set(m.titles) & set(q.titles)]
    said = fold_ascii(" ".join([unit.section, unit.lead_in, unit.text if unit.members else unit.full_text, *members]))
    if role == "chu tri":  # a body given a task ("giao Phòng Văn hóa tổ chức …") chairs it, unless it only takes part
        return bool(re.search(r"\bchu tri\b", said)) or not re.search(r"\bphoi hop\b", said)
    return bool(re.search(rf"\b{role}\b", said))


def _names_titles_asked(unit: Unit, q: Query) -> bool:
    """The clause, its heading or its list's items name a title the question asks about."""
    named = set(unit.titles) | {t for m in unit.members for t in m.titles}
    named |= set(titles_in(fold_ascii(f"{unit.section} {unit.lead_in} {unit.doc.title or ''}")))
    return bool(named & set(q.titles))


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
