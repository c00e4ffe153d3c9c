"""Drafts about who does what in a document: who reports to whom and by when, what else is due by which date,
who leads or is the focal point, who is given a task."""

from __future__ import annotations

import re

from index.clauses import AGENCY_HEAD, section_agency, strip_marker
from index.documents import DocumentMeta
from index.facts import ReportingFact
from index.sections import PATH_SEP

from . import quiz_values as qv
from .quiz_draft import AGENCY_START, NOT_A_NAME, Draft, clean_agency, clip, inner_quotes
from .quiz_items import Citation, QuizSource, doc_ref

_DUTY_SECTION = re.compile(r"tổ chức thực hiện|nhiệm vụ|trách nhiệm|phân công", re.I)
# "…, VHTT xã tham mưu UBND xã …", "3. Sở Nội vụ chủ trì, phối hợp …": a body that leads or advises on a task
_SUBJECT_LEADS = re.compile(
    rf"(?:^|(?<=[,;:]\s))(?:Đề nghị\s+)?(?P<agency>(?:{AGENCY_HEAD})[^,;:()]*?)\s+"
    r"(?:là cơ quan thường trực,?\s*)?(?P<verb>chủ trì|tham mưu)\b")
_PARTNERS = re.compile(r"phối hợp|\bvới\b|\bcùng\b|\bvà\b|\bgiao\b|\bđề nghị\b|\bchỉ đạo\b", re.I)
_LEAD = re.compile(r"^(?:là cơ quan thường trực,?\s*)?chủ trì\b", re.I)
_HARDSHIP = re.compile(r"khó khăn|vướng mắc", re.I)
_DIRECTS = re.compile(r"(?:Chỉ đạo|Hướng dẫn|Đôn đốc|Yêu cầu|Đề nghị|Giao)\b", re.I)
_YEARLY = re.compile(r"\bh[àằ]ng năm\b", re.I)


# --- reporting ------------------------------------------------------------------------------


def _reporter(fact: ReportingFact) -> str:
    """The reporter as the clause or its section names it ('' when the parser only guessed)."""
    if not fact.reporters:
        return ""
    who = re.split(r"\s+tổng hợp\b", fact.reporters[0])[0].strip(" ,;:")
    if not who or len(who) > 160:
        return ""
    if qv.agency_in_text(who, fact.quote):
        return re.sub(r"^Các\b", "các", who)
    # named only by the section heading: the clause's own subject, unless it makes someone else report
    in_heading = any(qv.value_in_text(qv.AGENCY, who, part) for part in fact.section.split(PATH_SEP))
    if not in_heading or _DIRECTS.match(strip_marker(fact.quote)) or any(qv.same_agency(who, r) for r in fact.recipients):
        return ""
    return re.sub(r"^Các\b", "các", who)


def _what(fact: ReportingFact) -> str:
    what = fact.what.strip(" ,;:")
    if not what or len(what.split()) > 8 or re.search(r"[\d:()]", what) or NOT_A_NAME.search(what):
        return ""
    return f" {what}"


# "báo cáo 6 tháng trước ngày 10/6 và báo cáo năm trước ngày 15/11": each report with its own deadline
_TYPED_DEADLINE = re.compile(
    r"báo cáo\s+(?P<type>(?:sơ kết\s+|tổng kết\s+)?(?:6 tháng|sáu tháng|năm|quý\s+[IV]+|học kỳ\s+[IV]+))\s+"
    r"(?:gửi\s+)?(?:trước|chậm nhất(?: là)?)\s+(?:ngày\s+)?(?P<date>\d{1,2}\s*(?:/|\s+tháng\s+)\s*\d{1,2}"
    r"(?:\s*(?:/|\s+năm\s+)\s*\d{4})?)", re.I)


def reporting_drafts(source: QuizSource, doc: DocumentMeta) -> list[Draft]:
    out: list[Draft] = []
    ref = doc_ref(doc)
    for fact in source.reporting.get(doc.doc_id, []):
        cite = Citation(doc.doc_id, doc.source, fact.section, fact.quote)
        recipients = [clean_agency(re.split(r"[:(]", r)[0]) for r in fact.recipients]
        if not 1 <= len(recipients) <= 2 or not all(recipients):
            continue
        to = " và ".join(r for r in recipients if r)
        who, what = _reporter(fact), _what(fact)
        yearly = " hằng năm" if _YEARLY.search(fact.quote) else ""
        dates = qv.dates_in(fact.quote)
        typed = list(_TYPED_DEADLINE.finditer(fact.quote))
        if fact.deadline and len(dates) == 1 and (d := qv.parse_date(fact.deadline)):
            if who:
                q = f"Theo {ref}, {who} gửi báo cáo{what} về {to} trước ngày nào{yearly}?"
            else:
                q = f"Theo {ref}, báo cáo{what} gửi về {to} có hạn trước ngày nào{yearly}?"
            out.append(Draft(doc.doc_id, "deadline", f"{who}>{to}", q, qv.show_date(*d), cite))
        elif len(typed) == len(dates) and len({m.group("type").lower() for m in typed}) == len(typed):
            for m in typed:
                d = qv.parse_date(m.group("date"))
                if d:
                    kind = m.group("type")
                    q = (f"Theo {ref}, {who} gửi báo cáo {kind} về {to} trước ngày nào?" if who else
                         f"Theo {ref}, báo cáo {kind} gửi về {to} có hạn trước ngày nào?")
                    out.append(Draft(doc.doc_id, "deadline", f"{who}>{to}>{m.group('type')}", q, qv.show_date(*d), cite))
        due = qv.parse_date(fact.deadline) if fact.deadline and len(dates) == 1 else None
        if len(recipients) == 1 and (who or what or due):
            if who and _HARDSHIP.search(fact.quote) and not fact.deadline:
                q = f"Theo {ref}, khi có khó khăn, vướng mắc, {who} phản ánh, báo cáo về cơ quan nào?"
            elif who:
                q = f"Theo {ref}, {who} gửi báo cáo{what} về cơ quan nào?"
            else:  # the report named by what it covers and when it is due
                when = f" (hạn trước ngày {qv.show_date(*due)}{yearly})" if due else ""
                q = f"Theo {ref}, báo cáo{what}{when} được gửi về cơ quan nào?"
            out.append(Draft(doc.doc_id, "recipient", who or f"{what}@{fact.deadline}", q, to, cite))
        onward = [clean_agency(a) for a in fact.onward]
        if len(recipients) == 1 and len(onward) == 1 and onward[0]:
            by = f"sau khi nhận báo cáo của {who}, " if who else ""
            q = f"Theo {ref}, {by}{to} tổng hợp, báo cáo lên cơ quan nào?"
            out.append(Draft(doc.doc_id, "onward", f"{who}>{to}", q, onward[0], cite))
    return out


def _balanced(text: str, *, from_left: bool) -> str:
    """*text* without a quoted title or a bracket the cut broke in two."""
    for opening, closing in (("“", "”"), ("(", ")")):
        if from_left and text.count(closing) > text.count(opening):
            text = text.split(closing, 1)[1].lstrip(" ,;")
        if not from_left and text.count(opening) > text.count(closing):
            text = text.rsplit(opening, 1)[0].rstrip(" ,;")
    return text


_DANGLING = re.compile(r"(?:\s+(?:\S*\d\S*|ngày|tháng|năm|trước|chậm|nhất|là|và|về|của))+$")


def _opening(text: str, limit: int = 100) -> str:
    """The first words of a clause, up to a comma where one falls late enough, without a dangling date."""
    head = text[:limit].rsplit(" ", 1)[0]
    comma = head.rfind(", ")
    head = head[:comma] if comma >= 40 else head
    return _DANGLING.sub("", _balanced(head, from_left=False))


def _lead_in(before: str, limit: int = 200) -> str:
    """What a clause says before its blank, shortened when long: its opening words, "…" and a last part too short
    to read alone; else from a "; " or ", " that leaves enough to read (never half a title, a bracket or a date)."""
    if len(before) <= limit:
        return before
    parts = re.split(r";\s+", before)
    if len(parts) > 1 and len(parts[-1]) < 40:
        return f"{_opening(before)} … {parts[-1]}"
    for sep in (r";\s+", r",\s+"):
        for m in re.finditer(sep, before):
            rest = _balanced(before[m.end():], from_left=True)
            if 40 <= len(rest) <= limit:
                return "…" + rest
    return "…" + _balanced(before[-150:].split(" ", 1)[-1], from_left=True)


def due_drafts(source: QuizSource, doc: DocumentMeta) -> list[Draft]:
    """Every date a clause says something is due by ("…gửi về Phòng GD&ĐT trước ngày 15/5/2024"), asked as the
    blank in that clause: the sentence itself says what is due and who does it."""
    out: list[Draft] = []
    ref = doc_ref(doc)
    seen: set[tuple[str, tuple]] = set()
    for section, unit in source.units(doc.doc_id):
        text = strip_marker(unit)
        if "|" in unit or len(text) < 30:
            continue  # a table row reads as a task, not a sentence (quiz_tables)
        for m in qv.DUE_DATE.finditer(text):
            d = qv.parse_date(m.group("date"))
            if not d or (unit, d) in seen:
                continue
            seen.add((unit, d))
            before = _lead_in(text[: m.start("date")])
            tail = clip(text[m.end():].split(";", 1)[0], 120).rstrip(" ./")
            cloze = f"{before}……{'' if not tail or tail[0] in ',.)' else ' '}{tail}"
            q = f"Theo {ref}, ngày còn trống trong câu sau là ngày nào: “{inner_quotes(cloze)}”?"
            out.append(Draft(doc.doc_id, "due", cloze, q, qv.show_date(*d), Citation(doc.doc_id, doc.source, section, unit)))
    return out


# --- who leads, who does what ---------------------------------------------------------------


def _heading_line(lines: list[str], agency: str) -> int | None:
    for i, line in enumerate(lines[:2]):
        if len(line.split()) <= 20 and qv.value_in_text(qv.AGENCY, agency, line):
            return i
    return None


def task_drafts(source: QuizSource, doc: DocumentMeta) -> list[Draft]:
    out: list[Draft] = []
    ref = doc_ref(doc)
    asked: set[tuple[str, str]] = set()
    for chunk in source.chunks(doc.doc_id):
        agency = clean_agency(section_agency(chunk.section)) if _DUTY_SECTION.search(chunk.section) else None
        lines = [x.strip() for x in chunk.text.split("\n") if x.strip()]
        head = _heading_line(lines, agency) if agency else None
        if agency is None or head is None:
            continue
        for j in range(head + 1, min(len(lines), head + 4)):
            task = re.split(r"(?<=\.)\s+(?=[A-ZĐ])", strip_marker(lines[j]))[0]
            if len(task) < 40 or task.endswith(":") or qv.value_in_text(qv.AGENCY, agency, task):
                continue
            lead = bool(_LEAD.match(task))
            slot = "lead" if lead else "duty"
            if (slot, agency) in asked:
                continue
            asked.add((slot, agency))
            quote = "\n".join(lines[head : j + 1])
            cite = Citation(doc.doc_id, doc.source, chunk.section, quote)
            if lead:
                q = f"Theo {ref}, cơ quan, đơn vị nào {clip(task[:1].lower() + task[1:])}?"
            else:
                q = f"Theo {ref}, cơ quan, đơn vị nào được giao nhiệm vụ: “{clip(task)}”?"
            out.append(Draft(doc.doc_id, slot, lines[j], q, agency, cite))
    led: dict[str, int] = {}
    for section, unit in source.units(doc.doc_id):
        text = strip_marker(unit)
        m = _SUBJECT_LEADS.search(text)
        agency = clean_agency(m.group("agency")) if m else None
        if not m or not agency or led.get(agency, 0) >= 2:
            continue
        # what the clause says before the body must not make it a partner ("X phối hợp với Y, Z tham mưu …")
        before = text[: m.start("agency")].rsplit(";", 1)[-1]
        if _PARTNERS.search(before) or AGENCY_START.search(before) or qv.agency_keys(before):
            continue
        task = re.split(r";|\.\s", strip_marker(unit)[m.start("verb"):])[0].strip(" ,.")
        if len(task) < 30 or qv.value_in_text(qv.AGENCY, agency, task):
            continue
        led[agency] = led.get(agency, 0) + 1
        q = f"Theo {ref}, cơ quan, đơn vị nào {clip(task)}?"
        out.append(Draft(doc.doc_id, "lead", unit, q, agency, Citation(doc.doc_id, doc.source, section, unit)))
    return out


_STANDING = re.compile(r"là (?:cơ quan )?(?:thường trực|đầu mối)\b")
_PERSON_ROLE = re.compile(r"(?:Công chức|Cán bộ)\s+[A-ZĐ]")


def coordinator_drafts(source: QuizSource, doc: DocumentMeta) -> list[Draft]:
    """The body a clause makes the standing agency or focal point ("Văn phòng … là đầu mối tiếp nhận …")."""
    out: list[Draft] = []
    ref = doc_ref(doc)
    for c in source.profile(doc.doc_id).coordinators:
        piece = strip_marker(c.quote)
        agency = clean_agency(c.text) or (c.text if _PERSON_ROLE.match(c.text) and len(c.text.split()) <= 8 else None)
        if not agency or not piece.startswith(c.text):
            continue
        task = piece[len(c.text):].strip(" ,")
        if not _STANDING.match(task) or len(task) < 20 or qv.value_in_text(qv.AGENCY, agency, task):
            continue
        who = "ai" if _PERSON_ROLE.match(agency) else "cơ quan, đơn vị nào"
        out.append(Draft(doc.doc_id, "lead", task, f"Theo {ref}, {who} {clip(task)}?", agency,
                         Citation(doc.doc_id, doc.source, c.section, c.quote)))
    return out
