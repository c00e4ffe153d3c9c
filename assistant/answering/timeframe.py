"""Which moment, year and period a clause speaks of, against the one a question asks about.

A figure counted before an administrative merger, a target under "Chỉ tiêu năm 2024", a deadline of 2024 or the
half-year report's deadline answers only a question about that moment, year or period.
"""

from __future__ import annotations

import re

from index.textnorm import fold_ascii

from .understand import YEAR, Query
from .units import Unit, headings_above
from .values import COUNTED_TO

# a figure counted before or after an administrative merger ("287 TTHTCĐ … trước sắp xếp") answers only that moment
_MERGER = r"(?:sap xep|sap nhap|hop nhat)(?: (?:don vi hanh chinh|dvhc))?"
_MOMENT = re.compile(rf"\b(truoc|sau)(?: khi)? (?:viec |thuc hien )?{_MERGER}\b")


def same_moment(unit: Unit, q: Query) -> bool:
    asked = {m.group(1) for m in _MOMENT.finditer(q.bare)}
    if len(asked) != 1:
        return True
    said = {m.group(1) for m in _MOMENT.finditer(fold_ascii(f"{unit.lead_in} {unit.full_text}"))}
    return not said or bool(asked & said)


# a period of years: "giai đoạn 2021 - 2025"
YEAR_SPAN = re.compile(r"\b(20\d{2})\s*[-–]\s*(20\d{2})\b")


def in_years(unit: Unit, years: list[int], dated: bool = False) -> bool:
    """The clause's own heading (or the line introducing it) names no year, or one of *years*; *dated*: a clause
    whose document names no year at all is of the year the document is dated or the one before (a year's report is
    dated early the next), not of a later one ("năm 2025 ngân sách huyện bố trí …" of a report of July 2024)."""
    headings = headings_above(unit)
    heading = next(iter(headings), "")  # "Mục 2. Chỉ tiêu năm 2024", not the item itself
    context = f"{heading} {unit.lead_in}"
    named = {int(y) for y in YEAR.findall(context)} or {int(y) for y in YEAR.findall(unit.full_text)}
    spans = YEAR_SPAN.findall(f"{context} {unit.full_text}")  # "giai đoạn 2021 - 2025" holds 2024
    for outer in headings[1:]:  # a row of a table under "II. Kết quả thực hiện nhiệm vụ năm 2024" is 2024's
        if named or spans:
            break
        named, spans = {int(y) for y in YEAR.findall(outer)}, YEAR_SPAN.findall(outer)
    if not named and not spans:  # a clause of "Kế hoạch … năm 2025" that names no year of its own is 2025's
        named = {int(y) for y in YEAR.findall(unit.doc.title or "")}
        spans = YEAR_SPAN.findall(unit.doc.title or "")
    if dated and not named and not spans and unit.doc.year:
        named = {unit.doc.year, unit.doc.year - 1}
    return not named or bool(named & set(years)) or any(str(y) in unit.full_text for y in years) or any(
        int(a) <= y <= int(b) for a, b in spans for y in years)


_DATED_YEAR = re.compile(r"\b\d{1,2}\s*/\s*(\d{1,2})\s*/\s*(20\d{2})\b|\bthang (\d{1,2}) nam (20\d{2})\b")
# a year's report may be due early the next year ("báo cáo năm 2024 trước ngày 15/01/2025"), not late in it
EARLY_MONTHS = 3
_NAMED_YEAR = re.compile(r"\bnam (20\d{2})\b")
# a period asked: "báo cáo năm 2026", "tổng kết 2025"
_PERIOD_YEAR = re.compile(r"\b(?:nam|tong ket|so ket) (20\d{2})\b")


def period_years(q: Query) -> list[int]:
    """The years the question asks about as a period ("báo cáo năm 2025"), not the date of a document it names
    ("dự thảo Kế hoạch tháng 12/2023")."""
    return [int(y) for y in _PERIOD_YEAR.findall(_DATED_YEAR.sub(" ", q.bare))]


def dated_in_years(unit: Unit, years: list[int]) -> bool:
    """A deadline asked for one year: the year the clause names for what is due ("Kế hoạch … năm 2025") is that
    year; naming none, its dates fall in that year or early the next (the year's report). Dates with no year recur."""
    text = fold_ascii(f"{unit.lead_in} {unit.full_text}")
    dated = {(int(m1 or m2), int(y1 or y2)) for m1, y1, m2, y2 in _DATED_YEAR.findall(text)}
    named = {int(y) for y in _NAMED_YEAR.findall(_DATED_YEAR.sub(" ", text))}
    if named:  # "Kế hoạch năm 2025 gửi trước ngày 20/12/2024": the year named is what the date is for
        return bool(named & set(years))
    return not dated or any(year in years or (year - 1 in years and month <= EARLY_MONTHS) for month, year in dated)


# the period a report covers: "báo cáo 6 tháng" is not "báo cáo năm"; "quý I" not "quý III"
_PERIOD = re.compile(r"\b(6 thang|sau thang|9 thang|chin thang|quy (?:i{1,3}|iv|[1-4])|hoc ky (?:i{1,2}|[12]))\b")


_DAY_MONTH = re.compile(r"\b\d{1,2}\s*/\s*\d{1,2}\b|\bngay \d{1,2} thang \d{1,2}\b|\b\d{1,2} thang \d{1,2}\b")


# the whole year's report, asked ("báo cáo cả năm 2025") or said ("báo cáo năm", "tổng kết", "hằng năm", "… (năm)")
_WHOLE_YEAR_ASKED = re.compile(r"\b(?:ca nam|(?:bao cao|bc) (?:tong ket )?nam|tong ket nam)\b")
# a mid-term review's report ("Báo cáo sơ kết 3 năm"), which is no year's report
_REVIEW_SAID = re.compile(r"\bso ket\b")
_WHOLE_YEAR_SAID = re.compile(r"\((?:ca )?nam\)|\b(?:ca nam|bao cao (?:tong ket )?nam|tong ket|hang nam|cuoi nam|ket qua (?:thuc hien )?nam)\b")


def _period(said: str) -> str:
    return said.replace("sau thang", "6 thang").replace("chin thang", "9 thang")


def same_period(unit: Unit, q: Query) -> bool:
    asked = {_period(p) for p in _PERIOD.findall(q.bare)}
    if not asked:
        if not _WHOLE_YEAR_ASKED.search(q.bare):
            return True
        text = fold_ascii(f"{unit.lead_in} {unit.full_text}")
        # "báo cáo cả năm hạn ngày nào": not the half-year report's deadline, nor the review's ("sơ kết 3 năm")
        return not (_PERIOD.search(text) or _REVIEW_SAID.search(text)) or bool(_WHOLE_YEAR_SAID.search(text))
    text = fold_ascii(COUNTED_TO.sub(" ", f"{unit.lead_in} {unit.full_text}"))
    # "1. Báo cáo 6 tháng đầu năm" over its items; "Nhiệm vụ 6 tháng cuối năm" is a period of work, not a report
    heading = re.sub(r"\b(?:6|sau) thang cuoi\b", " ", fold_ascii(next(iter(headings_above(unit)), "")))
    stated = {_period(p) for p in _PERIOD.findall(f"{heading} {text}")}
    if asked & stated:
        return True
    titled = {_period(p) for p in _PERIOD.findall(fold_ascii(unit.doc.title or ""))}
    if not stated and titled and titled <= asked and unit.doc.kind == "Công văn" and not _WHOLE_YEAR_SAID.search(text):
        return True  # a clause of a letter about the half-year report ("V/v báo cáo sơ kết 6 tháng …") says no period
    # "trước ngày 15/6 và 10/12 hằng năm" may well be the half-year and the annual report; one date said for
    # the year (the day its figures count to aside), or a clause about another period, is not the half-year one's
    return not stated and asked == {"6 thang"} and len(_DAY_MONTH.findall(text)) >= 2


def of_another_period(unit: Unit, q: Query) -> bool:
    """"báo cáo sơ kết 6 tháng … số liệu tính đến ngày nào": not the day the year's report counts to ("Số liệu báo
    cáo năm tính đến ngày 30/11") — the clause names a period, and not the one asked."""
    asked = {_period(p) for p in _PERIOD.findall(q.bare)}
    if not asked:
        return False
    text = fold_ascii(f"{unit.lead_in} {unit.full_text}")
    stated = {_period(p) for p in _PERIOD.findall(text)}
    return not asked & stated and bool(stated or _WHOLE_YEAR_SAID.search(text))


# a mid-term review ("sơ kết") and a final one ("tổng kết") are two events, each with its own day
_REVIEW = re.compile(r"\b(so ket|tong ket)\b")


# a report named by its kind: "báo cáo giải trình", "bc tổng kết" (another kind is another report, with its own day)
_REPORT_KIND = re.compile(r"\b(?:bao cao|bc)\s+(tong ket|so ket|giai trinh|dot xuat|chuyen de|quyet toan|tu danh gia)\b")


def same_review(unit: Unit, q: Query) -> bool:
    """"hội nghị tổng kết … ngày nào" is not answered by a clause (or a document) about the "sơ kết"; "nộp báo
    cáo tổng kết … ngày nào" not by a clause whose only report is a "báo cáo giải trình"."""
    asked = set(_REVIEW.findall(q.bare))
    if len(asked) != 1:
        return True
    clause = fold_ascii(f"{unit.lead_in} {unit.full_text}")
    kinds = set(_REPORT_KIND.findall(clause))
    if set(_REPORT_KIND.findall(q.bare)) == asked and kinds and not kinds & asked:
        return False
    said = set(_REVIEW.findall(fold_ascii(f"{unit.doc.title} {unit.section} {unit.lead_in} {unit.full_text}")))
    return not said or bool(asked & said)


# the month a day is asked in: "ngày mấy tháng 1/2026", "họp ngày nào trong tháng 12 năm 2025"
_MONTH_ASKED = re.compile(r"\bngay (?:may|nao|bao nhieu)\b(?:\s+\w+){0,3}?\s+thang (\d{1,2})(?:\s*(?:/|nam)\s*(20\d{2}))?\b")
_CLAUSE_DAY = re.compile(r"\b\d{1,2}\s*/\s*(\d{1,2})(?:\s*/\s*(20\d{2}))?\b|\bngay \d{1,2} thang (\d{1,2})(?: nam (20\d{2}))?\b")


def in_asked_month(unit: Unit, q: Query) -> bool:
    """"họp lần tới ngày mấy tháng 1/2026" is not answered by a clause whose days all fall in other months (the
    meeting of 09/10/2025 it reports)."""
    m = _MONTH_ASKED.search(q.bare)
    if not m:
        return True
    month, year = int(m.group(1)), int(m.group(2)) if m.group(2) else None
    days = [(int(m1 or m2), int(y1 or y2) if (y1 or y2) else None)
            for m1, y1, m2, y2 in _CLAUSE_DAY.findall(COUNTED_TO.sub(" ", fold_ascii(unit.full_text)))]
    return not days or any(mo == month and (year is None or yr is None or yr == year) for mo, yr in days)
