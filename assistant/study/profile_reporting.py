"""The reporting slot: who reports to whom, by when, read clause by clause so that each line keeps its own
reporter and deadline."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from index.clauses import AGENCY_HEAD, strip_marker
from index.documents import DocumentMeta
from index.facts import ReportingFact, parse_reporting_all
from index.sections import PATH_SEP
from index.textnorm import fold

from .profile_model import ReportingLine
from .profile_text import AGENCY_WORDS, SUBJECT_VERB, Unit, cite

_DUE = re.compile(
    r"(?:(?P<label>báo cáo\s+(?:quý\s+[IV\d]+|\d+\s+tháng|năm|tháng|sơ kết|tổng kết|định kỳ|đột xuất)"
    r"[^,;()]{0,20}?)\s+(?:gửi\s+)?)?"
    r"(?P<due>(?:trước|chậm nhất(?: là)?)\s+(?:(?:lúc\s+)?\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?,?\s+)?(?:ngày\s+)?\d{1,2}\s*(?:/\s*\d{1,2}(?:\s*/\s*\d{4})?|tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?))",
    re.I,
)
_DIRECTED = re.compile(
    r"^(?:Chỉ đạo|Hướng dẫn|Đề nghị|Yêu cầu|Giao)\s+(?P<who>[^;:()]{3,80}?)\s+"
    r"(?:tổ chức|triển khai|thực hiện|gửi|báo cáo|xây dựng|tổng hợp|bình xét)\b"
)
_NOT_A_NAME = re.compile(
    r"(?<!các )\btổ chức\b|\b(?:triển khai|thực hiện|phối hợp|báo cáo|tham mưu|hướng dẫn|xây dựng|gửi|vận động)\b|"
    r"\bđề nghị\b|\bnhư sau\b|\bPhụ lục\b|\./|\bcùng\b|\bthời hạn\b|\bđể\b|\bnhằm\b", re.I
)
_OPENING_SUBJECT = re.compile(rf"^(?:(?:Đề nghị|Giao)\s+)?(?P<who>{AGENCY_WORDS}[^;:]{{0,80}}?)\s+{SUBJECT_VERB}\b")
_TRAILING = re.compile(r"\s+(?:kịp thời|chủ động|định kỳ|hằng năm|hàng năm|tổng hợp\b.*)$")
# _reporters only reads the reporters of a parse; the document a parse copies into its facts is not used
_META_STUB = DocumentMeta(doc_id="", source="", kind="", number=None, symbol="", issuer="", locality="", level="",
                          date="", year=None, title="")


def _name_ok(name: str) -> bool:
    return (3 < len(name) <= 160 and name.count("(") == name.count(")") and not _NOT_A_NAME.search(name)
            and not name.rstrip().endswith((".", "/")))


def _reporters(f: ReportingFact, context: str) -> list[str]:
    """Who reports, as the clause words it: the parsed subject when the clause (or its heading) names it; the
    agency a "Chỉ đạo X … gửi báo cáo" clause directs; the subject of the unit the clause belongs to; the
    heading when it names an agency; and the agency a "tổng hợp, tham mưu X báo cáo" clause has report."""
    quote, section = fold(f.quote), fold(f.section)
    names = [_TRAILING.sub("", r) for r in f.reporters if fold(r) in quote or fold(r) in section]
    directed = _DIRECTED.match(f.quote)
    if directed and _name_ok(directed.group("who")):
        names = [directed.group("who")]
    if not names:
        before = re.search(rf"(?P<who>{AGENCY_WORDS}[^,;.]{{0,60}}?)\s+(?:tổng hợp,?\s*)?(?:gửi\s+)?báo cáo", f.quote)
        if before and _name_ok(before.group("who")):
            names = [before.group("who")]
    opening = _OPENING_SUBJECT.match(strip_marker(f.quote)) if not names else None
    if opening and _name_ok(opening.group("who")):
        names = [_TRAILING.sub("", opening.group("who"))]
    if not names and context and context != f.quote:
        whole = [g for g in parse_reporting_all(context, f.section, _META_STUB) if g.recipients]
        names = [_TRAILING.sub("", r) for g in whole for r in g.reporters if fold(r) in fold(context) and _name_ok(r)]
        names = names[:1]
        opening = _OPENING_SUBJECT.match(strip_marker(context)) if not names else None
        if opening and _name_ok(opening.group("who")):
            names = [_TRAILING.sub("", opening.group("who"))]
    if not names:
        head = strip_marker(f.section.split(PATH_SEP)[-1])
        if head and not head.endswith("…") and len(head) <= 60 and re.match(AGENCY_WORDS, head):
            names = [head]
    advised = re.search(rf"tổng hợp,?\s*tham mưu\s+(?P<who>{AGENCY_HEAD}[^,;]{{0,60}}?)\s+báo cáo", f.quote)
    if advised and names:
        names = [f"{advised.group('who')} (do {', '.join(names)} tổng hợp, tham mưu)"]
    return names


def _dues(quote: str) -> list[str]:
    """Each deadline of the clause as worded, with the report it is for when the clause names it."""
    out: list[str] = []
    for m in _DUE.finditer(quote):
        piece = m.group(0) if m.group("label") else m.group("due")
        piece = piece[:1].lower() + piece[1:]
        if piece not in out:
            out.append(piece)
    return out


def _clause_spans(text: str) -> list[tuple[int, int]]:
    """Clauses of a unit: split at "; " and after a short lead such as "4. Báo cáo:"."""
    spans: list[tuple[int, int]] = []
    start = 0
    lead = re.match(r"^[^:;]{1,30}:\s+", text)
    if lead:
        start = lead.end()
    for m in re.finditer(r";\s+", text):
        if m.start() > start:
            spans.append((start, m.start()))
            start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def read_reporting(doc: DocumentMeta, units: Sequence[Unit]) -> list[ReportingLine]:
    """Reporting obligations read clause by clause (index.facts' grammar on each clause, so that each line
    keeps its own reporter and deadline); a following clause that only adds a deadline for another report
    of the same chain ("báo cáo năm gửi trước ngày 15/11") stays with it. A line naming neither its
    reporter nor a deadline is left out."""
    out: list[ReportingLine] = []
    seen: set[tuple] = set()

    def flush(u: Unit, f: ReportingFact, a: int, b: int) -> None:
        quote = strip_marker(u.text[a:b].strip()).rstrip(" ;")
        recipients = [n for n in (re.split(r"\s*:", r)[0].strip() for r in f.recipients) if _name_ok(n)]
        onward = [n for n in f.onward if _name_ok(n)]
        f = replace(f, quote=quote, recipients=recipients, onward=onward)
        reporters = _reporters(f, strip_marker(u.text))
        dues = _dues(quote)
        if not recipients or not (reporters or dues):
            return
        f = replace(f, reporters=reporters)
        key = (tuple(reporters), tuple(recipients), tuple(dues))
        if key in seen:
            return
        seen.add(key)
        out.append(ReportingLine(f, cite(doc, f.section, reporting_text(f), quote)))

    for u in units:
        if not re.search(r"báo cáo", u.text, re.I):
            continue
        current: tuple[ReportingFact, int, int] | None = None
        for a, b in _clause_spans(u.text):
            clause = u.text[a:b]
            facts = [f for f in parse_reporting_all(clause, u.chunk.section, doc)
                     if f.recipients and re.search(r"báo cáo", clause, re.I)]
            if facts:
                if current:
                    flush(u, *current)
                for f in facts[:-1]:
                    flush(u, f, a, b)
                current = (facts[-1], a, b)
            elif current and _DUE.search(clause) and re.match(r"\s*báo cáo\b", clause, re.I):
                current = (current[0], current[1], b)
            elif current:
                flush(u, *current)
                current = None
        if current:
            flush(u, *current)
    return out


def reporting_text(f: ReportingFact) -> str:
    """"A → B → C: nội dung; hạn: trước ngày 20 tháng 11 (định kỳ, hằng năm); qua …", from the clause's words."""
    line = f"{', '.join(f.reporters) or 'Đơn vị thực hiện (văn bản không nêu rõ)'} → {', '.join(f.recipients)}"
    if f.onward:
        line += f" → {', '.join(f.onward)}"
    if f.what and re.fullmatch(r"[^\W\d][\w ,]{2,60}", f.what) and "báo cáo" not in f.what:
        line += f": {f.what}"
    dues = _dues(f.quote)
    if dues:
        line += f"; hạn: {'; '.join(dues)}"
    if f.recurrence:
        line += f" ({f.recurrence})"
    if f.channel:
        line += f"; qua {f.channel}"
    return line
