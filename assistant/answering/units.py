"""A candidate clause (a sentence, bullet or table row of a section, or a line of a document's header) and what
can be read off it alone: the values it holds, the headings over it, the agencies acting in it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.clean import TABLE_CELL
from index.documents import DocumentMeta
from index.sections import CLOSING, FULL_TEXT, PATH_SEP, PREAMBLE, RECIPIENTS
from index.textnorm import fold_ascii
from index.vocabulary.terms import AGENCIES, agencies_in, agency_at_start

from .understand import YEAR
from .values import (
    CHANNEL,
    CONTACT,
    COUNTED,
    COUNTED_TO,
    CUTOFF,
    DAY_MONTH,
    DEADLINE,
    DURATION,
    FREQUENCY,
    MEDIUM,
    MONEY,
    MONEY_COLUMN,
    MONEY_UNIT_CELL,
    MONTH,
    NUMBERISH,
    PENALTY,
    PERSON,
    QUARTER,
    SOURCE,
    THRESHOLD,
    VENUE,
    WORD_NUMBERS,
)

# a heading longer than this is an item heading its own text ("b) Phòng GD&ĐT thành lập đoàn kiểm tra, …, xếp loại
# TTHTCĐ …"): only the agency it opens with acts there, those it goes on to name are what is acted on
HEADING_NAME_WORDS = 12


def heading_agencies(heading: str) -> list[str]:
    if not heading:
        return []
    named = agencies_in(heading)
    return named if len(heading.split()) <= HEADING_NAME_WORDS else agency_at_start(heading) or named[:1]


def paired_cells(head: str, row: str) -> str:
    """A table row read with its column headers: "Tiêu chí: Gia đình học tập; Năm 2025: 75%". A row short of
    cells (a total row leaving the last columns empty) fills the first columns."""
    heads, cells = head.split(TABLE_CELL), row.split(TABLE_CELL)
    if len(heads) < len(cells):
        return row
    return "; ".join(f"{h.strip()}: {c.strip()}" for h, c in zip(heads[: len(cells)], cells, strict=True) if c.strip())


# a table's row of totals: "Tổng cộng | …", "| Toàn huyện | …", "Cộng | 840 | …"
_TOTAL_ROW = re.compile(r"^(?:(?:\d+|…|\.\.\.|-)?\s*\|\s*)?(?:tong cong|tong so|tong|cong|toan (?:huyen|tinh|xa|thi xa|thanh pho))\b")


def is_total_row(text: str) -> bool:
    """The line is a table's row of totals."""
    return TABLE_CELL in text and bool(_TOTAL_ROW.match(fold_ascii(re.sub(r"^\s*[-+•–]\s*", "", text)).strip(" |")))


# a place named by its number: "Thôn 1", "ấp 3", "Khu phố 2", "Tổ dân phố 5"
_NUMBERED_PLACE = re.compile(r"\b(?:thôn|ấp|khu phố|tổ dân phố|tổ|xóm|bản|khối|khóm|đội)\s+\d{1,3}\b(?!\s*[/%])", re.I)
# a share of a whole ("40/124"), which counts
_SHARE = re.compile(r"\b\d{1,5}/\d{1,5}\b")
# a table's column numbering its rows: "TT", "STT", "Số TT", "Thứ tự"
_ORDINAL_COLUMN = re.compile(r"\s*(?:s\s*tt|so\s+tt|tt|thu\s+tu|so\s+thu\s+tu)\.?\s*")


@dataclass
class Unit:
    """One candidate clause and what it carries."""

    doc: DocumentMeta
    section: str
    text: str
    chunk_id: str = ""
    chunk_score: float = 0.0
    chunk_rank: int = 99
    dense: float = 0.0
    header: str = ""  # the header attribute this line states ("number", "issued", ...), if a header line
    lead_in: str = ""  # the line ending in ':' that introduces the list this bullet belongs to
    members: tuple[Unit, ...] = ()  # for a list block: the items the unit opens
    outline: bool = False  # a block whose items are the numbered headings after its opener (a letter's requests)
    intro_terms: frozenset[str] = frozenset()  # content words of lead_in
    head_terms: frozenset[str] = frozenset()  # content words of the section's own (last) heading
    own_terms: frozenset[str] = frozenset()  # content words of the unit's own text (a block's opener)
    terms: frozenset[str] = frozenset()
    section_terms: frozenset[str] = frozenset()
    bigrams: frozenset[str] = frozenset()
    agencies: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()
    heading_agencies: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    facts: frozenset[str] = frozenset()
    features: dict[str, float] = field(default_factory=dict)
    score: float = 0.0
    # "c) Các sở, ngành … gửi báo cáo …, cùng thời hạn quy định tại điểm b": the item whose deadline it takes
    deadline_of: Unit | None = None

    @property
    def label(self) -> str:
        """The unit's own heading ("11. Ủy ban nhân dân các huyện…"), '' in a preamble or header."""
        last = self.section.split(PATH_SEP)[-1]
        return "" if self.header or last in (PREAMBLE, FULL_TEXT, CLOSING, RECIPIENTS) else last

    @property
    def marker(self) -> str:
        """'item' (a), 1.), '-', '+', '•' or '' — the list level the unit sits at."""
        m = re.match(r"^\s*([-+•–])\s", self.text)
        if m:
            return "-" if m.group(1) == "–" else m.group(1)
        return "item" if re.match(r"^(?:[IVX]+\.|[A-ZĐ]\.|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\))\s", self.text) else ""

    @property
    def full_text(self) -> str:
        return " ".join([self.text, *(m.text for m in self.members)])

    def cells(self) -> list[str]:
        """A table row's cells, stripped; none for a line that is no row."""
        return [c.strip() for c in self.text.split(TABLE_CELL)] if TABLE_CELL in self.text else []

    def headed_cells(self) -> list[tuple[str, str]]:
        """A table row's (column header, cell) pairs, when its header line has as many cells; none otherwise."""
        cells = self.cells()
        heads = [h.strip() for h in self.lead_in.split(TABLE_CELL)]
        return list(zip(heads, cells, strict=True)) if len(cells) > 1 and len(heads) == len(cells) else []

    def holds(self, kind: str, with_heading: bool = False) -> bool:
        """Whether the unit (with its heading, if asked) states a value of the answer type *kind*."""
        t = f"{self.label} {self.lead_in} {self.full_text}" if with_heading else self.full_text
        if kind == "cutoff" and with_heading:  # "Số liệu tính đến ngày | …" over "… | 15/6/2025 | …"
            t += " ; " + " ; ".join(f"{head} {cell}" for head, cell in self.headed_cells())
        if kind in ("date", "docdate", "when"):
            t = COUNTED.sub(" ", t)
        if kind == "date":
            t = COUNTED_TO.sub(" ", t)  # "số liệu tính đến ngày 30/11" is the day figures count to, no deadline
        if kind in _STATED_BY:
            return bool(_STATED_BY[kind].search(t))
        if kind == "when":
            return bool(DAY_MONTH.search(t) or YEAR.search(t) or MONTH.search(t))
        if kind == "percent":
            return "%" in t
        if kind == "count":
            ordinal = [c for h, c in self.headed_cells() if _ORDINAL_COLUMN.fullmatch(fold_ascii(h))]
            if ordinal:  # "TT | Họ và tên | …": a row's number in its table counts nothing ("… | 40/124 |" does)
                t = t.replace(ordinal[0], " ", 1)
                if _SHARE.search(t):
                    return True
            t = _NUMBERED_PLACE.sub(" ", t)  # "Thôn 1", "Khu phố 3": a name, not a count
            return bool(NUMBERISH.search(t) or WORD_NUMBERS.search(t))
        if kind == "money":
            cells = self.text.split(TABLE_CELL) if TABLE_CELL in self.text else []
            heads = self.lead_in.split(TABLE_CELL)
            unit_cell = any(MONEY_UNIT_CELL.match(c) for c in cells + heads)
            # "Quỹ khuyến học (triệu đồng)": the column's own cells are amounts
            money_column = len(heads) == len(cells) and any(
                MONEY_COLUMN.search(h) and re.fullmatch(r"\s*\d[\d.,]*\s*", c) for h, c in zip(heads, cells, strict=True))
            return bool(MONEY.search(t)) or money_column or (
                unit_cell and any(re.fullmatch(r"\s*\d[\d.,]*\s*", c) for c in cells))
        if kind == "person":
            return bool(PERSON.search(t)) or self.header == "signer"
        if kind == "month":
            return bool(MONTH.search(t) or DAY_MONTH.search(t))
        if kind == "agency":
            return bool(self.agencies or self.heading_agencies)
        return False


# answer types a clause states when one pattern finds its value
_STATED_BY = {"date": DEADLINE, "docdate": DAY_MONTH, "year": YEAR, "quarter": QUARTER, "contact": CONTACT,
              "penalty": PENALTY, "frequency": FREQUENCY, "channel": CHANNEL, "source": SOURCE, "medium": MEDIUM,
              "duration": DURATION, "cutoff": CUTOFF, "threshold": THRESHOLD, "venue": VENUE}


_ACTS = re.compile(r"^\s*,?\s*(?:(?:xa|huyen|tinh|cac cap|cap xa|cap huyen|cap tinh)\s+)?"
                   r"(?:(?:co trach nhiem|duoc giao|se|la)\s+)?(?:chu tri|tham muu|phoi hop|bao cao|huong dan|"
                   r"to chuc|trien khai|thuc hien|xay dung|de xuat|chi dao|bo tri|van dong|kiem tra|tong hop|bieu duong|khen thuong|"
                   r"xet|cong nhan|quyet dinh|ban hanh|giao)\b")
# an agency right after one of these words is where something goes, not who acts ("báo cáo về Sở …")
TOWARDS = re.compile(r"\b(?:voi|cho|ve|cua|toi|len|den|qua)\s+(?:cac\s+)?$")


def headings_above(unit: Unit) -> list[str]:
    """The headings over a clause, nearest first; an item the outline made a heading of ("b) Tiêu chí 2 - …")
    is the clause itself, not a heading over it."""
    own = fold_ascii(unit.text)
    return [part for part in reversed(unit.section.split(PATH_SEP))
            if not own.startswith(fold_ascii(part.rstrip("…").strip()))]


def actors(unit: Unit) -> set[str]:
    """Agencies that act in the clause: its subject, its heading, or one followed by a duty verb."""
    found = set(unit.subject or unit.heading_agencies)
    doer = doer_cell(unit)
    if doer is not None:  # "Nội dung | Đơn vị thực hiện | Thời hạn": the row's doers are in their own column
        return found | set(agencies_in(doer))
    folded = fold_ascii(unit.text)
    for term in AGENCIES:
        for m in term.regex.finditer(folded):
            object_of = TOWARDS.search(folded[max(0, m.start() - 12) : m.start()])
            if not object_of and _ACTS.match(folded[m.end() : m.end() + 40]):
                found.add(term.name)
    return found


_DOER_COLUMN = re.compile(r"\b(?:don vi|co quan|bo phan|noi) (?:thuc hien|chu tri|thuc hien chinh|gui|bao cao)\b|"
                          r"^\s*chu tri\s*$")  # "Đơn vị gửi": who sends what the row is due for


_RECEIVER_COLUMN = re.compile(r"\b(?:noi nhan|gui ve|gui den|gui toi|don vi nhan|co quan nhan|noi gui)\b")


def receiver_cell(unit: Unit) -> str | None:
    """A table row's cell under a column of where it goes ("Nơi nhận", "Gửi về"); None without one."""
    return _cell_under(unit, _RECEIVER_COLUMN)


def doer_cell(unit: Unit) -> str | None:
    """A table row's cell under a column of doers ("Đơn vị thực hiện", "Cơ quan chủ trì"); None without one."""
    return _cell_under(unit, _DOER_COLUMN)


def _cell_under(unit: Unit, column_name: re.Pattern[str]) -> str | None:
    if TABLE_CELL not in unit.lead_in or TABLE_CELL not in unit.text:
        return None
    heads, cells = unit.lead_in.split(TABLE_CELL), unit.text.split(TABLE_CELL)
    column = next((i for i, h in enumerate(heads) if column_name.search(fold_ascii(h))), None)
    return cells[column] if column is not None and len(cells) == len(heads) else None


def bigrams(terms: list[str]) -> frozenset[str]:
    return frozenset(f"{a} {b}" for a, b in zip(terms, terms[1:], strict=False))
