"""Quarters, months and school terms a question names ("quý III", "tháng 8", "học kỳ I"): the clauses that
speak of them, each side of two compared, and why documents scheduled by other periods do not answer."""

from __future__ import annotations

import re

from index.documents import DocumentMeta
from index.textnorm import fold_ascii

from .answer import doc_name
from .evidence import UnitCatalog
from .understand import Query
from .units import Unit

# a clause naming the quarter asked leads when it scores at least this share of the best one
PERIOD_SHARE = 0.5
# quarters and school terms: "quý I/2025", "quý 3", "học kỳ II"; not "quỹ 1,5 tỷ", nor "Báo cáo quý" run into
# the next item's "1."
_QUARTER = re.compile(r"\bquy (iv|i{1,3}|[1-4](?!\.\s))\b(?![.,]\d)(?!\s*(?:trieu|ty|nghin|dong|%))")
_TERM = re.compile(r"\bhoc ky (ii|i|[12])\b")
# a table with a column of quarters, and a row's first cell holding one
_QUARTER_COLUMN = re.compile(r"\bquy\s*\|")
_QUARTER_CELL = re.compile(r"(?:^|\s)(iv|i{1,3})\s*\|")
_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}


def _roman(numeral: str) -> str:
    return _ROMAN.get(numeral, numeral.upper())


def quarters_named(folded: str) -> set[str]:
    """The quarters a folded text names ("quý III", "quý 4"), as Roman numerals."""
    return {_roman(n) for n in _QUARTER.findall(folded)}


def periods_unstated(q: Query, scope_docs: list[DocumentMeta], catalog: UnitCatalog) -> str:
    """Why a quarter or school term asked is not in the one or two documents in scope, which plan by other
    quarters, or by no term at all ("nhiệm vụ quý I" of a plan whose schedule runs from quý II); '' when it
    is, or cannot be told."""
    if not 1 <= len(scope_docs) <= 2 or q.has("yesno"):
        return ""  # "… trong quý III phải không" of a plan saying quý IV is answered "Không", with its clause
    text = " ".join(catalog.named.folded_text(d.doc_id) for d in scope_docs)
    return _periods_unstated(q.bare, text, doc_name(scope_docs[0]))


def _periods_unstated(bare: str, text: str, doc: str) -> str:
    asked, stated = quarters_named(bare), quarters_named(text)
    if _QUARTER_COLUMN.search(text):  # "Quý | Thời gian | …" over rows "II | Ngày 13/6/2025 | …"
        stated |= {_roman(n) for n in _QUARTER_CELL.findall(text)}
    if asked and stated and not asked & stated:
        shown = ", ".join(f"quý {n}" for n in sorted(stated, key=list(_ROMAN.values()).index))
        return f"{doc} chỉ nêu {shown}, không nêu riêng {', '.join(f'quý {n}' for n in sorted(asked))}."
    terms = {_roman(n) for n in _TERM.findall(bare)}
    if terms and not re.search(r"\bhoc ky\b", text):
        return f"{doc} không nêu nội dung theo học kỳ, nên không có nội dung riêng cho học kỳ {', '.join(sorted(terms))}."
    return ""


# a month named alone ("trong tháng 8", "tháng 7 - tháng 8"), not the month of a day ("ngày 15 tháng 8", "15/8")
_MONTH = re.compile(r"(?<!\d )(?<!\d)\bthang (\d{1,2})\b(?!\s*/\s*\d{1,2}/)")


def _periods_named(folded: str) -> set[tuple[str, str]]:
    """The quarters and months a text names: {("quý", "III"), ("tháng", "8")}."""
    quarters = {("quý", _roman(n)) for n in _QUARTER.findall(folded)}
    return quarters | {("tháng", str(int(n))) for n in _MONTH.findall(folded) if 1 <= int(n) <= 12}


def speaking_of_period(q: Query, ranked: list[Unit]) -> list[Unit]:
    """"còn quý III thì sao?": the clauses under "3. Quý III (tháng 7 - tháng 9)" first, when they score at least
    PERIOD_SHARE of the best one."""
    periods = _periods_named(q.bare)
    if len(periods) != 1 or not ranked:
        return ranked
    floor = PERIOD_SHARE * ranked[0].score
    naming = [u for u in ranked if u.score >= floor and periods <= _periods_named(fold_ascii(f"{u.section} {u.text}"))]
    return naming + [u for u in ranked if u not in naming]


def each_quarter(q: Query, shown: list[Unit], units: list[Unit]) -> list[Unit]:
    """"quý II và quý IV, quý nào nhiều học viên hơn": for each quarter compared, the best clause naming it (its
    heading "2. Quý II (tháng 4 - tháng 6): 06 lớp, 235 học viên") when no clause shown opens with it."""
    quarters = list(dict.fromkeys(_roman(n) for n in _QUARTER.findall(q.bare)))
    if len(quarters) < 2:
        return []

    def opens_with(unit: Unit, quarter: str) -> bool:
        return {_roman(n) for n in _QUARTER.findall(fold_ascii(unit.text)[:40])} == {quarter}

    out: list[Unit] = []
    for quarter in quarters:
        if any(opens_with(u, quarter) for u in [*shown, *out]):
            continue
        found = next((u for u in units if not u.header and opens_with(u, quarter)), None)
        if found is not None:
            out.append(found)
    return out
