"""Cited slots of one document, read for meetings: deadlines with their dates, phases, targets, coordinators,
sơ kết / tổng kết with the dates they fall in.

Phases, targets, coordinators, milestones and who reports to whom come from the shared document profile
(assistant.study.profile); this module adds what a meeting needs on top: every dated deadline of the
document's clauses as a day and month (a one-off date keeps its year), the sơ kết / tổng kết timings as date
ranges, and the documents of a place. Patterns are general Vietnamese administrative wording.
"""

from __future__ import annotations

import calendar
import logging
import re
from dataclasses import dataclass, field
from datetime import date

from assistant.study.profile import Cited, DocumentProfile, build_profile
from index.clauses import clause_units, strip_marker
from index.documents import DocumentMeta
from index.errors import XhhtError
from index.sections import PATH_SEP
from index.store import Library
from index.textnorm import fold_ascii

log = logging.getLogger(__name__)


class MeetingScopeError(XhhtError):
    """The brief or comparison was asked for nothing, or for a place the library does not hold."""


class UnknownLocality(MeetingScopeError):
    def __init__(self, name: str) -> None:
        super().__init__(f"Thư viện không có văn bản nào của địa phương “{name}”; xem danh sách bằng «xhht docs».")
        self.name = name


@dataclass(frozen=True)
class Citation:
    doc_id: str
    section: str
    quote: str  # verbatim in the document's chunk text
    source: str = ""


def cite_of(c: Cited) -> Citation:
    return Citation(c.doc_id, c.section, c.quote, c.source)


@dataclass
class Deadline:
    """A dated obligation: day/month, with a year for a one-off date or None for a yearly one."""

    day: int
    month: int
    year: int | None
    wording: str  # the clause's own words around the date ("Báo cáo năm trước ngày 05/12 hằng năm")
    reporters: list[str]
    recipients: list[str]
    recurrence: str
    citation: Citation
    reporting: bool  # the clause is a reporting obligation

    def next_date(self, today: date) -> date | None:
        """The date itself for a one-off deadline; the next occurrence on or after *today* for a yearly one."""
        if self.year is not None:
            return _safe_date(self.year, self.month, self.day)
        for year in (today.year, today.year + 1):
            when = _safe_date(year, self.month, self.day)
            if when is not None and when >= today:
                return when
        return None

    @property
    def rule(self) -> str:
        """'trước 20/11 hằng năm', 'trước 05/12/2024' — the deadline as a rule (not rolled over)."""
        day = f"{self.day:02d}/{self.month:02d}" + (f"/{self.year}" if self.year else "")
        return f"trước {day}" + (f" {self.recurrence}" if self.recurrence and not self.year else "")


@dataclass
class Phase:
    label: str  # "Giai đoạn 1"
    start: int
    end: int
    citation: Citation

    @property
    def text(self) -> str:
        return f"{self.label} ({self.start}–{self.end})"


@dataclass
class TargetItem:
    value: str  # "75%", "14/19", "280 dòng họ"
    indicator: str
    year: int
    citation: Citation


@dataclass
class Coordinator:
    agency: str
    duty: str  # the clause naming it chủ trì / thường trực / đầu mối
    standing: bool  # the standing agency or focal point rather than one that leads a task
    citation: Citation


@dataclass
class Review:
    """A sơ kết or tổng kết with the date range its timing names (a day, month, quarter or year)."""

    kind: str  # "sơ kết" | "tổng kết"
    when: str  # as worded: "quý II năm 2026", "tháng 10 năm 2025", "năm 2030"
    start: date
    end: date
    citation: Citation

    @property
    def precise(self) -> bool:
        return (self.end - self.start).days < 100


@dataclass
class DocSlots:
    doc: DocumentMeta
    deadlines: list[Deadline] = field(default_factory=list)
    phases: list[Phase] = field(default_factory=list)
    targets: list[TargetItem] = field(default_factory=list)
    coordinators: list[Coordinator] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)


# --- finding documents -------------------------------------------------------------------------


_KIND_WORDS = re.compile(r"^(?:tinh|thanh pho|tp|huyen|quan|thi xa|xa|phuong|thi tran)\s+")


def _place_key(name: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", fold_ascii(name or "")))


def docs_for_locality(library: Library, name: str) -> tuple[str, list[DocumentMeta]]:
    """(display name, documents) of a place, with or without diacritics or a kind word: a document's own
    place first, then the units it lies in, then the unit it became part of in 2025."""
    key = _KIND_WORDS.sub("", _place_key(name))
    if not key:
        raise UnknownLocality(name or "")
    tiers: list[tuple[str, str]] = [("locality", ""), ("district", "huyện"), ("parent_locality", ""),
                                    ("province", "tỉnh"), ("province_now", "tỉnh"), ("locality_now", "xã")]
    for attr, kind in tiers:
        found = [d for d in library.documents if getattr(d, attr) and _place_key(getattr(d, attr)) == key]
        if found:
            value = getattr(found[0], attr)
            if attr == "locality":
                kind = next((d.level for d in found if d.level in ("tỉnh", "huyện", "xã")), "")
            return (f"{kind} {value}".strip(), found)
    raise UnknownLocality(name)


def short_label(doc: DocumentMeta) -> str:
    """'Kế hoạch 151/KH-UBND', or for a draft 'Kế hoạch (chưa có số) — UBND tỉnh Hà Nam'."""
    if doc.number:
        return f"{doc.kind} {doc.number}"
    issuer = re.sub(r"^Ủy ban nhân dân", "UBND", doc.issuer)
    return f"{doc.kind} ({doc.number_display}) — {issuer}"


def short_section(section: str, limit: int = 48) -> str:
    """'VII › 11. Ủy ban nhân dân các huyện, thị…': the outline markers of the parents, the last heading cut."""
    parts = [p.strip() for p in section.split(PATH_SEP) if p.strip()]
    if not parts:
        return ""
    markers = []
    for part in parts[:-1]:
        m = re.match(r"^((?:Phần|Chương|Mục|Điều)\s+)?([IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)]", part)
        markers.append(m.group(0).rstrip(".)") if m else cut(part, 18))
    return " › ".join([*markers, cut(parts[-1], limit)])


def cut(text: str, limit: int) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


# --- deadlines ---------------------------------------------------------------------------------

_DEADLINE = re.compile(
    r"(?:trước|chậm nhất(?: là)?(?: vào)?|hạn chót(?: là)?)\s+(?:(?:lúc\s+)?\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?,?\s+)?"
    r"(?:ngày\s+)?(\d{1,2})\s*(?:tháng\s+|/)\s*(\d{1,2})(?:\s*(?:năm\s+|/)\s*(\d{4}))?(?!\d)",
    re.I,
)
_MORE_DATES = re.compile(r"^\s*(?:,|và)\s*(?:ngày\s+)?(\d{1,2})\s*(?:tháng\s+|/)\s*(\d{1,2})(?:\s*(?:năm\s+|/)\s*(\d{4}))?(?!\d)")
_YEARLY = re.compile(r"\b(hằng năm|hàng năm|năm sau)\b", re.I)
_AFTER_DATE = re.compile(r"^\s*(?:hằng năm|hàng năm|năm sau)\b", re.I)
_SEGMENT_START = re.compile(r"[;:]\s*|\.\s+")
_SENDS = re.compile(r"báo cáo|gửi|nộp|trình", re.I)


def _safe_date(year: int, month: int, day: int) -> date | None:
    if not 1 <= month <= 12:
        return None
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= 31:
        return None
    return date(year, month, min(day, last))


def _wording(unit: str, start: int, end: int, after_prev: int = 0, limit: int = 150) -> str:
    """The clause's words around a date: from the start of its segment (or the previous date) to the date,
    and on to the segment's end when the words before the date do not say what is due."""
    tail = _AFTER_DATE.match(unit[end:])
    if tail:
        end += tail.end()
    seg_start = after_prev
    for m in _SEGMENT_START.finditer(unit, after_prev, start):
        seg_start = m.end()
    before = unit[seg_start:start]
    extended = len(before.split()) < 4 or not _SENDS.search(before)
    if extended:
        stop = _SEGMENT_START.search(unit, end)
        end = stop.start() if stop else len(unit)
    text = strip_marker(unit[seg_start:end])
    text = re.sub(r"^\s*(?:và|,)\s*", "", text)
    text = re.sub(r"^\d{1,2}\s*\|\s*", "", text).replace(" | ", " — ").strip(" ,|")
    text = text[:1].upper() + text[1:]
    if len(text) > limit and not extended:  # the date ends the words: keep their end
        return "…" + text[-limit:].split(" ", 1)[-1]
    return cut(text, limit)


def _units(library: Library, doc_id: str) -> list[tuple[str, str]]:
    """(section, clause unit) of a document, in order, each once (chunk overlap repeats units)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for chunk in sorted(library.chunks_of(doc_id), key=lambda c: c.ordinal):
        for unit in clause_units(chunk.text):
            if (chunk.section, unit) not in seen:
                seen.add((chunk.section, unit))
                out.append((chunk.section, unit))
    return out


def _deadlines(doc: DocumentMeta, profile: DocumentProfile, units: list[tuple[str, str]]) -> list[Deadline]:
    """Every "trước / chậm nhất ngày dd/mm[/yyyy]" of the document's clauses; who reports to whom comes from
    the profile's reporting line whose clause holds the date."""
    out: list[Deadline] = []
    seen: set[tuple] = set()
    for section, unit in units:
        found: list[tuple[int, int, int | None, int, str]] = []  # day, month, year, position, wording
        last_end = 0
        for m in _DEADLINE.finditer(unit):
            dates = [(m.group(1), m.group(2), m.group(3), m.start())]
            end = m.end()
            while (more := _MORE_DATES.match(unit[end:])) is not None:
                dates.append((more.group(1), more.group(2), more.group(3), end + more.start(1)))
                end += more.end()
            wording = _wording(unit, m.start(), end, last_end)
            last_end = end
            for day_s, month_s, year_s, at in dates:
                day, month = int(day_s), int(month_s)
                if 1 <= day <= 31 and 1 <= month <= 12:
                    found.append((day, month, int(year_s) if year_s else None, at, wording))
        if not found:
            continue
        lines = _reporting_spans(profile, section, unit)
        yearly = _YEARLY.search(unit)
        for day, month, year, at, wording in found:
            if (day, month, year, unit) in seen:
                continue
            seen.add((day, month, year, unit))
            line = next((ln for a, b, ln in lines if a <= at < b), None)
            recurrence = yearly.group(1).lower().replace("hàng", "hằng") if yearly and year is None else ""
            if line is not None:
                out.append(Deadline(day, month, year, wording, list(line.fact.reporters), list(line.fact.recipients),
                                    recurrence, cite_of(line.cite), True))
            else:
                out.append(Deadline(day, month, year, wording, [], [], recurrence,
                                    Citation(doc.doc_id, section, unit, doc.source), bool(_SENDS.search(unit))))
    return out


def _reporting_spans(profile: DocumentProfile, section: str, unit: str) -> list[tuple[int, int, object]]:
    spans = []
    for line in profile.reporting:
        if line.cite.section != section or not line.cite.quote:
            continue
        at = unit.find(line.cite.quote)
        if at >= 0:
            spans.append((at, at + len(line.cite.quote), line))
    return spans


# --- sơ kết, tổng kết ------------------------------------------------------------------------

_TIMING = re.compile(
    r"(?P<date>(?P<d>\d{1,2})/(?P<dm>\d{1,2})/(?P<dy>\d{4}))"
    r"|(?P<month>tháng\s+(?P<m>\d{1,2})(?:\s*năm\s+|/)(?P<my>\d{4}))"
    r"|(?P<quarter>quý\s+(?P<q>[IV]+|\d)\s+năm\s+(?P<qy>\d{4}))"
    r"|(?P<year>năm\s+(?P<y>\d{4}))",
    re.I,
)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}



def _timing(when: str) -> tuple[date, date] | None:
    """The date range a timing names: '30/9/2025', 'tháng 10 năm 2025', 'quý II năm 2026', 'năm 2030'."""
    m = _TIMING.search(when)
    if not m:
        return None
    if m.group("date"):
        day = _safe_date(int(m.group("dy")), int(m.group("dm")), int(m.group("d")))
        return (day, day) if day else None
    if m.group("month"):
        year, month = int(m.group("my")), int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    if m.group("quarter"):
        q = m.group("q").upper()
        quarter = int(q) if q.isdigit() else _ROMAN.get(q, 0)
        if not 1 <= quarter <= 4:
            return None
        year = int(m.group("qy"))
        return date(year, 3 * quarter - 2, 1), date(year, 3 * quarter, calendar.monthrange(year, 3 * quarter)[1])
    year = int(m.group("y"))
    return date(year, 1, 1), date(year, 12, 31)


def _reviews(profile: DocumentProfile) -> list[Review]:
    out = []
    for m in profile.milestones:
        span = _timing(m.when) or ((date(m.year, 1, 1), date(m.year, 12, 31)) if m.year else None)
        if span is None or m.kind not in ("sơ kết", "tổng kết"):
            continue
        out.append(Review(m.kind, m.when, span[0], span[1], cite_of(m.cite)))
    return sorted(out, key=lambda r: (r.end, r.kind))


# --- the slots ---------------------------------------------------------------------------------

_STANDING = re.compile(r"thường trực|đầu mối", re.I)


def read_slots(library: Library, doc: DocumentMeta, profile: DocumentProfile | None = None) -> DocSlots:
    profile = profile or build_profile(library, doc.doc_id)
    return DocSlots(
        doc=doc,
        deadlines=_deadlines(doc, profile, _units(library, doc.doc_id)),
        phases=[Phase(p.name, p.start, p.end, cite_of(p.cite)) for p in profile.phases],
        targets=[TargetItem(t.value, t.indicator, t.year, cite_of(t.cite)) for t in profile.targets if t.year],
        coordinators=[Coordinator(c.text, c.quote, bool(_STANDING.search(c.quote)), cite_of(c))
                      for c in profile.coordinators],
        reviews=_reviews(profile),
    )
