"""Structured, cited facts parsed from the plans at index time, stored in SQLite.

Reporting obligations (who reports what to whom, through whom, by when, how
often, and who it is passed on to), responsibilities per agency, targets,
milestones, legal bases and award forms. Each fact keeps its document, section
path and the verbatim clause it came from. The grammar is general Vietnamese
administrative prose; nothing here knows particular documents.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .clauses import AGENCY_HEAD, agency_list, clause_units, section_agency, strip_marker, subject_phrase
from .clean import TABLE_CELL
from .documents import DocumentMeta
from .injection import split_instructions
from .sections import Chunk

# "trước ngày 15/12", "chậm nhất ngày 10 tháng 12", "trước 16 giờ 00 ngày 20/11/2024", "trước 30/9/2025"
_DEADLINE = re.compile(
    r"(?:trước|chậm nhất(?: là)?(?: vào)?|hạn chót(?: là)?)\s+(?:(?:lúc\s+)?\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?,?\s+)?"
    r"(?:ngày\s+)?(\d{1,2})\s*(?:tháng\s+|/)\s*(\d{1,2})(?:\s*(?:năm\s+|/)\s*(\d{4}))?",
    re.I,
)
_RECURRENCE = re.compile(r"\b(hàng năm|hằng năm|định kỳ|đột xuất|hàng quý|hằng quý|hàng tháng|hằng tháng)\b", re.I)
_CHANNEL = re.compile(
    r"\((?:qua|thông qua)\s+([^)]+)\)|\b(?:thông qua)\s+([^,;.]+)"
    r"|\bqua\s+((?:hệ thống|phần mềm|email|e-mail|thư điện tử|địa chỉ|cổng|trang|ứng dụng|Zalo|đường bưu điện)"
    r"[^,;()]*?)(?=[,;()]|\.\s|\.$|$)",
    re.I,
)
_MORE_DATES = re.compile(r"^\s*(?:,|và)\s*(?:ngày\s+)?(\d{1,2})\s*(?:tháng\s+|/)\s*(\d{1,2})")
_CUTOFF = re.compile(r"(?:số liệu[^,;.]{0,30}?)?tính đến (?:hết )?ngày\s+(\d{1,2})\s*(?:tháng\s+|/)\s*(\d{1,2})"
                     r"(?:\s*(?:năm\s+|/)\s*(\d{4}))?", re.I)
_REPORT_VERB = re.compile(r"\b(?:báo cáo|phản ánh|có ý kiến gửi|gửi ý kiến)\b", re.I)
# a deadline for what is handed over is a milestone even when no report is named ("Trường học -> Phòng GD&ĐT: trước
# ngày 06/6", "hoàn thành Phụ lục 2, gửi về Phòng GD&ĐT trước ngày …")
_HANDED_IN = re.compile(r"\b(?:gửi|nộp)\b|->|→", re.I)
_LEAD_IN = re.compile(r"^\s*,?\s*(?:(?:đề xuất|tham mưu|đề nghị)\s*,?\s*)+|^\s*(?:về|cho|lên|tới)\s+(?=\S)")
_ROLE = re.compile(r"\b(chủ trì|phối hợp|tham mưu|đề nghị|hướng dẫn|bố trí|chỉ đạo)\b", re.I)
# "Tỷ lệ hộ gia đình đạt danh hiệu … đạt từ 72% trở lên": the rate named before its value
_RATE = re.compile(r"^Tỷ lệ\s+(.+?)\s+(?:đạt|là)\s+(?:từ\s+|ít nhất\s+|tối thiểu\s+)?(\d{1,3}(?:,\d{1,2})?)\s*%", re.I)
_PERCENT = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{1,2})?)\s*%\s*(.+?)(?=\s*(?:[,;]\s*\d{1,3}(?:,\d{1,2})?\s*%|;|\.\s|\.$|$))")
_YEAR_TARGET = re.compile(r"(?:đến|tới|trong)\s+năm\s+(\d{4})", re.I)
_QUARTER = re.compile(r"quý\s+([IV]+|\d)\s+năm\s+(\d{4})", re.I)
_PHASE = re.compile(r"Giai đoạn\s+(\d)\s*\((?:từ\s+)?(?:năm\s+)?(\d{4})\s*(?:-|–|đến)\s*(?:năm\s+)?(\d{4})\)", re.I)
_LEGAL = re.compile(
    r"(Quyết định|Kế hoạch|Kết luận|Chỉ thị|Nghị quyết|Nghị định|Tờ trình|Công văn|Thông tư|Hướng dẫn)\s+(?:số\s+)?"
    r"(\d+[\w\-/.]*(?:/[\w\-]+)?)\s*(?:ngày\s+(\d{1,2}(?:/\d{1,2}/\d{4}| tháng \d{1,2} năm \d{4})))?"
    r"(?:\s+của\s+([^“\",;]+?))?(?=\s+(?i:về|ban hành|phê duyệt|triển khai|thực hiện)|[,;“\"]|$)",
)
_NUMBERED_REF = re.compile(
    r"\b[Ss]ố\s+(\d+\s*/\s*([A-ZĐ]{1,5})(?:-[\w\-]+)?)\s+ngày\s+(\d{1,2}/\d{1,2}/\d{4})(?:\s+của\s+([^“\",;]+?))?(?=\s+(?i:về|ban hành|triển khai|thực hiện)|[,;“\"]|$)"
)
_REF_KINDS = {"UBND": "Văn bản", "KH": "Kế hoạch", "QĐ": "Quyết định", "CV": "Công văn", "CT": "Chỉ thị", "NQ": "Nghị quyết", "TTr": "Tờ trình"}
_AWARD = re.compile(r"(Bằng khen[^;+\n]*|Giấy khen[^;+\n]*|Cờ thi đua[^;+\n]*)")
_ROMAN_MONTH = {"I": 3, "II": 6, "III": 9, "IV": 12}


@dataclass
class ReportingFact:
    doc_id: str
    source: str
    section: str
    quote: str
    reporters: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    channel: str = ""
    what: str = ""
    deadline: str = ""
    deadline_text: str = ""
    recurrence: str = ""
    onward: list[str] = field(default_factory=list)
    deadlines: list[str] = field(default_factory=list)  # every date of the clause: "20/06", "15/12"
    cutoff: str = ""  # the date the figures are counted to ("số liệu tính đến ngày 14/12")


@dataclass
class Responsibility:
    doc_id: str
    source: str
    section: str
    quote: str
    agency: str
    roles: list[str] = field(default_factory=list)


@dataclass
class Target:
    doc_id: str
    source: str
    section: str
    quote: str
    value: str
    indicator: str
    year: int | None = None


@dataclass
class Milestone:
    doc_id: str
    source: str
    section: str
    quote: str
    kind: str
    label: str
    year: int | None = None
    sort_key: str = ""
    when: str = ""


@dataclass
class LegalBasis:
    doc_id: str
    source: str
    section: str
    quote: str
    kind: str
    number: str
    date: str = ""
    issuer: str = ""


@dataclass
class Budget:
    doc_id: str
    source: str
    section: str
    quote: str
    amount: str  # "180.000.000 đồng", "7,5 tỷ đồng"
    year: int | None = None  # the year the amount is for, when the clause says


@dataclass
class AwardForm:
    doc_id: str
    source: str
    section: str
    quote: str
    form: str


FACT_TYPES = {
    "reporting": ReportingFact,
    "responsibilities": Responsibility,
    "targets": Target,
    "milestones": Milestone,
    "legal_bases": LegalBasis,
    "awards": AwardForm,
    "budgets": Budget,
}


def _recurrence(text: str) -> str:
    found: list[str] = []
    for m in _RECURRENCE.finditer(text):
        word = m.group(1).lower().replace("hàng", "hằng")
        if word not in found:
            found.append(word)
    return ", ".join(found)


def parse_reporting_all(unit: str, section: str, doc: DocumentMeta) -> list[ReportingFact]:
    """Every reporting obligation a clause states (one per 'báo cáo' that names a recipient)."""
    out: list[ReportingFact] = []
    for m in _REPORT_VERB.finditer(unit):
        if out and re.search(r"tổng hợp,?\s*(?:tham mưu,?\s*)?$", unit[: m.start()]):
            continue  # "... để tổng hợp báo cáo X": the onward step of the fact just read
        fact = parse_reporting(unit, section, doc, m)
        if fact and not any(f.recipients == fact.recipients for f in out):
            out.append(fact)
    return out


def parse_reporting(unit: str, section: str, doc: DocumentMeta, m: re.Match[str] | None = None) -> ReportingFact | None:
    """Read one clause that mentions 'báo cáo' into a reporting obligation, if it is one."""
    m = m or _REPORT_VERB.search(unit)
    if not m:
        return None
    deadline = _DEADLINE.search(unit)
    recurrence = _recurrence(unit)
    after = _LEAD_IN.sub("", unit[m.end():], count=1)
    recipients: list[str] = []
    what = ""
    onward: list[str] = []
    direct = agency_list(after)
    if direct:
        recipients = direct
    else:
        target = re.search(rf"\b(?:về|cho|lên|tới)\s+(?={AGENCY_HEAD})", after)
        if target:
            what = after[: target.start()].strip(" ,")
            recipients = agency_list(after[target.end():])
    if not recipients:
        return None
    onward_m = re.search(r"(?:để\s+)?tổng hợp,?\s+(?:(?:báo cáo|tham mưu|đề xuất),?\s+)+", unit[m.end():])
    if onward_m:
        onward = agency_list(unit[m.end() + onward_m.end():])
        onward = [a for a in onward if a not in recipients]
    channels = [next(g for g in c.groups() if g).strip() for c in _CHANNEL.finditer(unit)]
    channel = "; ".join(dict.fromkeys(channels))
    before = unit[: m.start()]
    subject = ""
    if deadline and deadline.start() < m.start():
        tail = re.sub(r"^\s*,?\s*(?:hàng năm|hằng năm)\s*,?\s*", "", before[deadline.end():])
        subject = subject_phrase(tail + " báo cáo")
    subject = subject or subject_phrase(before + " báo cáo")
    reporters = [subject] if subject else []
    if not reporters:
        owner = section_agency(section)
        reporters = [owner] if owner else ["các cơ quan, đơn vị, địa phương"]
    deadline_text = ""
    deadlines: list[str] = []
    if deadline:
        deadlines.append(_day(deadline.group(1), deadline.group(2), deadline.group(3)))
        end = deadline.end()
        while (more := _MORE_DATES.match(unit[end:])) is not None:  # "trước ngày 20 tháng 6 và 15 tháng 12"
            deadlines.append(_day(more.group(1), more.group(2), None))
            end += more.end()
        deadline_text = unit[deadline.start() : end]  # as the plan words it
        deadline_text = deadline_text[:1].lower() + deadline_text[1:]
    cutoff_m = _CUTOFF.search(unit)
    return ReportingFact(
        doc_id=doc.doc_id,
        source=doc.source,
        section=section,
        quote=unit,
        reporters=reporters,
        recipients=recipients,
        channel=channel,
        what=what,
        deadline=deadlines[0] if deadlines else "",
        deadline_text=deadline_text,
        recurrence=recurrence,
        onward=onward,
        deadlines=deadlines,
        cutoff=_day(*cutoff_m.groups()) if cutoff_m else "",
    )


def _day(day: str, month: str, year: str | None) -> str:
    """'20/06', or '30/09/2025' for a one-off date with its year."""
    return f"{int(day):02d}/{int(month):02d}" + (f"/{year}" if year else "")


def _milestones(unit: str, section: str, doc: DocumentMeta) -> list[Milestone]:
    out: list[Milestone] = []
    base = dict(doc_id=doc.doc_id, source=doc.source, section=section, quote=unit)
    for m in _PHASE.finditer(unit):
        out.append(Milestone(**base, kind="giai đoạn", label=f"Giai đoạn {m.group(1)}", year=int(m.group(2)),
                             sort_key=f"{m.group(2)}-01-01", when=f"{m.group(2)}–{m.group(3)}"))
    lowered = unit.lower()
    for kind in ("sơ kết", "tổng kết", "hội nghị"):
        seen: set[str] = set()
        for occurrence in re.finditer(kind, lowered):
            window = unit[occurrence.end(): occurrence.end() + 200]
            other = re.search(r"sơ kết|tổng kết|;|\.\s", window, re.I)
            window = window[: other.start()] if other else window
            q = _QUARTER.search(window)
            y = re.search(r"năm\s+(\d{4})", window)
            if q:
                month = int(q.group(1)) * 3 if q.group(1).isdigit() else _ROMAN_MONTH.get(q.group(1).upper(), 12)
                when, year, key = f"quý {q.group(1)} năm {q.group(2)}", int(q.group(2)), f"{q.group(2)}-{month:02d}-28"
            elif y:
                when, year, key = f"năm {y.group(1)}", int(y.group(1)), f"{y.group(1)}-12-31"
            else:
                continue
            if when in seen:
                continue
            seen.add(when)
            out.append(Milestone(**base, kind=kind, label=_short(unit), year=year, sort_key=key, when=when))
    deadline = _DEADLINE.search(unit)
    if deadline and (_REPORT_VERB.search(unit) or _HANDED_IN.search(unit)):
        day, month = int(deadline.group(1)), int(deadline.group(2))
        recurrence = _recurrence(unit)
        out.append(Milestone(**base, kind="báo cáo", label=_short(unit), year=None,
                             sort_key=f"0000-{month:02d}-{day:02d}",
                             when=f"trước {day:02d}/{month:02d}" + (f" {recurrence}" if recurrence else "")))
    return out


def _short(text: str, limit: int = 90) -> str:
    text = strip_marker(text)
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


_RESULT_COLUMN = re.compile(r"\b(?:kết quả|thực hiện|đã đạt|ước đạt|hiện trạng)\b", re.I)


def _table_targets(unit: str, section: str, header: str, doc: DocumentMeta) -> list[Target]:
    """A table row "Gia đình học tập | 62% | 66% | 80%": the first cell names the indicator, each percentage cell
    is a target for its column's year; result columns ("Kết quả năm 2023") are not targets."""
    cells = [c.strip() for c in unit.split(TABLE_CELL)]
    heads = [c.strip() for c in header.split(TABLE_CELL)] if header else []
    out = []
    for i, cell in enumerate(cells[1:], start=1):
        m = re.fullmatch(r"(\d{1,3}(?:,\d{1,2})?)\s*%", cell)
        if not m or len(cells[0]) < 4:
            continue
        head = heads[i] if len(heads) == len(cells) else ""
        if _RESULT_COLUMN.search(head):
            continue
        year = re.search(r"\b(20\d{2})\b", head)
        out.append(Target(doc_id=doc.doc_id, source=doc.source, section=section, quote=unit,
                          value=f"{m.group(1)}%", indicator=cells[0], year=int(year.group(1)) if year else None))
    return out


def _targets(unit: str, section: str, context: str, doc: DocumentMeta, header: str = "") -> list[Target]:
    if "%" not in unit:
        return []
    if TABLE_CELL in unit:
        return _table_targets(unit, section, header, doc)
    year_m = _YEAR_TARGET.search(unit) or _YEAR_TARGET.search(section) or _YEAR_TARGET.search(context)
    year = int(year_m.group(1)) if year_m else None
    out = []
    for clause in re.split(r";\s*", strip_marker(unit)):
        rate = _RATE.match(clause)
        found = [(rate.group(2), rate.group(1))] if rate else [(m.group(1), m.group(2)) for m in _PERCENT.finditer(clause)]
        out += [Target(doc_id=doc.doc_id, source=doc.source, section=section, quote=unit, value=f"{value}%",
                       indicator=indicator.strip(), year=year) for value, indicator in found if len(indicator.strip()) >= 4]
    return out


def _legal_bases(unit: str, section: str, doc: DocumentMeta) -> list[LegalBasis]:
    out = []
    for m in _NUMBERED_REF.finditer(unit):
        out.append(LegalBasis(doc_id=doc.doc_id, source=doc.source, section=section, quote=unit,
                              kind=_REF_KINDS.get(m.group(2), "Văn bản"), number=m.group(1), date=m.group(3),
                              issuer=(m.group(4) or "").strip()))
    for m in _LEGAL.finditer(unit):
        number = m.group(2).rstrip(".,")
        if not re.search(r"\d", number) or (doc.number and number.replace(" ", "") == doc.number):
            continue
        if any(f.number == number for f in out):
            continue
        out.append(LegalBasis(doc_id=doc.doc_id, source=doc.source, section=section, quote=unit, kind=m.group(1),
                              number=number, date=(m.group(3) or "").strip(), issuer=(m.group(4) or "").strip()))
    return out


_AMOUNT = re.compile(r"(\d{1,3}(?:[.,]\d{3})+|\d+(?:,\d+)?)\s*(triệu đồng|tỷ đồng|nghìn đồng|đồng|triệu|tỷ)(?!\s+lệ)", re.I)
_FUNDING_WORDS = re.compile(r"kinh phí|ngân sách|bố trí|dự toán|quỹ|học bổng|hỗ trợ|trị giá|thưởng", re.I)


def _budgets(unit: str, section: str, doc: DocumentMeta) -> list[Budget]:
    """Amounts of money a clause states about funding ("Năm 2024, ngân sách huyện bố trí 180.000.000 đồng")."""
    if not (_FUNDING_WORDS.search(unit) or "kinh phí" in section.lower()):
        return []
    return [Budget(doc_id=doc.doc_id, source=doc.source, section=section, quote=unit,
                   amount=f"{m.group(1)} {m.group(2)}", year=_year_before(unit, m.start()))
            for m in _AMOUNT.finditer(unit)]


def _year_before(text: str, at: int) -> int | None:
    years = re.findall(r"\bnăm\s+(\d{4})\b", text[max(0, at - 80) : at], re.I)
    return int(years[-1]) if years else None


def amount_year(text: str) -> int | None:
    """The year the first amount of *text* is for: "Ngân sách xã năm 2025 bố trí 60.000.000 đồng" -> 2025."""
    m = _AMOUNT.search(text)
    return _year_before(text, m.start()) if m else None


def extract_facts(documents: Sequence[DocumentMeta], chunks: Iterable[Chunk]) -> dict[str, list]:
    docs = {d.doc_id: d for d in documents}
    facts: dict[str, list] = {name: [] for name in FACT_TYPES}
    seen_quotes: set[tuple[str, str, str]] = set()
    year_context: dict[tuple[str, str], str] = {}  # "phấn đấu đến năm 2025 cần đạt:" carries over the chunk split
    table_header: dict[tuple[str, str], str] = {}  # the last table row without a figure: the column headings
    for chunk in chunks:
        doc = docs[chunk.doc_id]
        units = [p for u in clause_units(chunk.text) for p, instruction in split_instructions(u) if not instruction]
        agency = section_agency(chunk.section)
        in_duties = "tổ chức thực hiện" in chunk.section.lower() or "nhiệm vụ" in chunk.section.lower()
        for unit in units:
            key = (chunk.doc_id, chunk.section, unit)
            if key in seen_quotes:  # chunk overlap repeats a unit
                continue
            seen_quotes.add(key)
            facts["reporting"].extend(parse_reporting_all(unit, chunk.section, doc))
            facts["milestones"].extend(_milestones(unit, chunk.section, doc))
            facts["budgets"].extend(_budgets(unit, chunk.section, doc))
            where = (chunk.doc_id, chunk.section)
            if TABLE_CELL in unit and not re.search(r"\d\s*%", unit) and re.search(r"\b20\d{2}\b", unit):
                table_header[where] = unit
            facts["targets"].extend(_targets(unit, chunk.section, year_context.get(where, ""), doc,
                                             table_header.get(where, "")))
            if _YEAR_TARGET.search(unit):
                year_context[where] = unit
            if re.search(r"\bngày\s+\d|\b(?:Quyết định|Kế hoạch|Chỉ thị|Kết luận|Nghị quyết|Nghị định|Thông tư) số\s+\d", unit):
                seen_numbers = {f.number for f in facts["legal_bases"] if f.doc_id == doc.doc_id}
                facts["legal_bases"].extend(
                    f for f in _legal_bases(unit, chunk.section, doc) if f.number not in seen_numbers
                )
            if "khen thưởng" in chunk.section.lower():
                for m in _AWARD.finditer(unit):
                    facts["awards"].append(AwardForm(doc_id=doc.doc_id, source=doc.source, section=chunk.section,
                                                     quote=unit, form=m.group(1).strip(" ;.:")))
            if in_duties and agency and not unit.endswith("…"):
                roles = sorted({r.lower() for r in _ROLE.findall(unit)})
                facts["responsibilities"].append(Responsibility(doc_id=doc.doc_id, source=doc.source,
                                                                section=chunk.section, quote=unit,
                                                                agency=agency, roles=roles))
    return facts
