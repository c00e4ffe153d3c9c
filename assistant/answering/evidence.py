"""Gather candidate clause units for a question and describe each one by features.

A unit is a sentence or bullet of a retrieved section (or a line of a document's
header). Its features say how well it matches the question's words, whether it
holds the kind of value asked (a date, an agency, a percentage …), whether its
heading or subject is the agency asked about, and whether a parsed fact backs it.
"""

from __future__ import annotations

import logging
import math
import re
import threading
from collections import Counter
from dataclasses import dataclass, field, replace

from index.clean import TABLE_CELL
from index.documents import DocumentMeta
from index.facts import clause_units, section_agency, strip_marker
from index.injection import split_instructions
from index.sections import CLOSING, FULL_TEXT, PATH_SEP, PREAMBLE, RECIPIENTS, Chunk
from index.store import Library
from index.textnorm import fold_ascii
from index.vocabulary.terms import AGENCIES, agencies_in, agency_at_start, titles_in

from ..retrievers import SearchHit
from .lists import MAX_MEMBERS, is_intro, list_children, list_levels
from .namings import Namings
from .understand import YEAR, content_terms
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
    WORD_NUMBERS,
)

log = logging.getLogger(__name__)

HEADER_SECTION = "Phần đầu văn bản"
# a section longer than this many chunks (a letter with no numbered parts is one long section) gives a question
# only the units of the chunks near those retrieved, SECTION_WINDOW either side
LONG_SECTION_CHUNKS = 8
SECTION_WINDOW = 2

BARE_HEADING = re.compile(r"^(?:[IVX]+\.|[A-ZĐ]\.|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\))\s+[^.;:]{0,100}$")


# an item this short ("b) Giải Nhì: 400.000 đồng/học sinh;") says what it is about only with its parent item
SHORT_ITEM = 60


def _introduced_by_parent(units: list[Unit], section: str) -> None:
    """A short item stating a value ("b) Giải Nhì: 400.000 đồng/học sinh;") made a section of its own under
    "2. Học sinh đạt giải … cấp tỉnh:": the parent line introduces it, as the line before a bullet does."""
    parts = section.split(PATH_SEP)
    if len(parts) < 2:
        return
    parent = strip_marker(parts[-2]).rstrip(" :")
    for unit in units:
        if (not unit.lead_in and TABLE_CELL not in unit.text and len(unit.text) <= SHORT_ITEM
                and re.search(r":\s*\S*\d", unit.text) and unit.text.startswith(parts[-1][:20])):
            unit.lead_in = parent
            unit.intro_terms = frozenset(content_terms(parent))
            unit.terms = unit.terms | unit.intro_terms


# a heading longer than this is an item heading its own text ("b) Phòng GD&ĐT thành lập đoàn kiểm tra, …, xếp loại
# TTHTCĐ …"): only the agency it opens with acts there, those it goes on to name are what is acted on
HEADING_NAME_WORDS = 12


def _heading_agencies(heading: str) -> list[str]:
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

    def holds(self, kind: str, with_heading: bool = False) -> bool:
        """Whether the unit (with its heading, if asked) states a value of the answer type *kind*."""
        t = f"{self.label} {self.lead_in} {self.full_text}" if with_heading else self.full_text
        if kind in ("date", "docdate", "when"):
            t = COUNTED.sub(" ", t)
        if kind == "date":
            t = COUNTED_TO.sub(" ", t)  # "số liệu tính đến ngày 30/11" is the day figures count to, no deadline
        if kind == "date":
            return bool(DEADLINE.search(t))
        if kind == "docdate":
            return bool(DAY_MONTH.search(t))
        if kind == "when":
            return bool(DAY_MONTH.search(t) or YEAR.search(t) or MONTH.search(t))
        if kind == "year":
            return bool(YEAR.search(t))
        if kind == "quarter":
            return bool(QUARTER.search(t))
        if kind == "percent":
            return "%" in t
        if kind == "count":
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
        if kind == "contact":
            return bool(CONTACT.search(t))
        if kind == "person":
            return bool(PERSON.search(t)) or self.header == "signer"
        if kind == "penalty":
            return bool(PENALTY.search(t))
        if kind == "frequency":
            return bool(FREQUENCY.search(t))
        if kind == "channel":
            return bool(CHANNEL.search(t))
        if kind == "source":
            return bool(SOURCE.search(t))
        if kind == "medium":
            return bool(MEDIUM.search(t))
        if kind == "month":
            return bool(MONTH.search(t) or DAY_MONTH.search(t))
        if kind == "duration":
            return bool(DURATION.search(t))
        if kind == "cutoff":
            return bool(CUTOFF.search(t))
        if kind == "threshold":
            return bool(THRESHOLD.search(t))
        if kind == "agency":
            return bool(self.agencies or self.heading_agencies)
        return False


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


def doer_cell(unit: Unit) -> str | None:
    """A table row's cell under a column of doers ("Đơn vị thực hiện", "Cơ quan chủ trì"); None without one."""
    if TABLE_CELL not in unit.lead_in or TABLE_CELL not in unit.text:
        return None
    heads, cells = unit.lead_in.split(TABLE_CELL), unit.text.split(TABLE_CELL)
    column = next((i for i, h in enumerate(heads) if _DOER_COLUMN.search(fold_ascii(h))), None)
    return cells[column] if column is not None and len(cells) == len(heads) else None


def bigrams(terms: list[str]) -> frozenset[str]:
    return frozenset(f"{a} {b}" for a, b in zip(terms, terms[1:], strict=False))


# a heading that opens a list of its sub-items: "1. Hồ sơ đề nghị công nhận gồm", "… như sau", "… sau:"
_OPENS_LIST = re.compile(r"(?:\bgom|\bnhu sau|\bsau day|\bbao gom|:)$")
# a clause that takes another item's deadline: "cùng thời hạn quy định tại điểm b", "theo thời hạn nêu ở khoản 2"
_SAME_DEADLINE = re.compile(r"\b(?:cung|theo|nhu)\s+(?:thoi han|thoi gian|han)\s+(?:quy dinh\s+|neu\s+|ghi\s+)?"
                            r"(?:tai\s+|o\s+)?(?:diem|khoan)\s+([a-z]|\d{1,2})\b"
                            # "điểm b khoản 2 Mục III" points into another part: only "điểm b (khoản này)" is a sibling
                            r"(?!\s+(?:khoan|muc|dieu|phan|chuong)\s+(?!nay\b))")


class UnitCatalog:
    """Units of one library generation, built lazily per section and shared by all questions."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._lock = threading.Lock()
        self._sections: dict[tuple[str, str], list[Unit]] = {}
        self._instructions: dict[tuple[str, str], list[str]] = {}
        self._idf: dict[str, float] | None = None
        self._fact_kinds: dict[tuple[str, str], set[str]] | None = None
        self.named = Namings(library)

    # -- corpus statistics ---------------------------------------------------------------------

    def idf(self, term: str) -> float:
        if self._idf is None:
            with self._lock:
                if self._idf is None:
                    df: dict[str, int] = {}
                    # near-copies of one plan repeat their clauses: each distinct text is read once
                    for text, copies in Counter(c.text for c in self.library.chunks).items():
                        for t in set(content_terms(text)):
                            df[t] = df.get(t, 0) + copies
                    n = max(1, len(self.library.chunks))
                    self._idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
                    self._idf[""] = math.log(1 + (n + 0.5) / 0.5)
        return self._idf.get(term, self._idf[""])

    def fact_kinds(self, doc_id: str, text: str) -> set[str]:
        if self._fact_kinds is None:
            with self._lock:
                if self._fact_kinds is None:
                    kinds: dict[tuple[str, str], set[str]] = {}
                    facts = self.library.facts
                    for kind, rows in (
                        ("reporting", facts.reporting()),
                        ("target", facts.targets()),
                        ("milestone", facts.milestones()),
                        ("legal", facts.legal_bases()),
                        ("awards", facts.awards()),
                        ("duties", facts.responsibilities()),
                        ("funding", facts.budgets()),
                    ):
                        for row in rows:
                            kinds.setdefault((row.doc_id, row.quote), set()).add(kind)
                    self._fact_kinds = kinds
        return self._fact_kinds.get((doc_id, text), set())

    # -- units ---------------------------------------------------------------------------------------

    def make_unit(self, doc: DocumentMeta, section: str, text: str, header: str = "") -> Unit:
        terms = content_terms(text)
        heading = section_agency(section)
        return Unit(
            doc=doc,
            section=section,
            text=text,
            header=header,
            terms=frozenset(terms),
            own_terms=frozenset(terms),
            section_terms=frozenset(content_terms(section.replace(PATH_SEP, " "))),
            head_terms=frozenset(content_terms(section.split(PATH_SEP)[-1])),
            bigrams=bigrams(terms),
            agencies=tuple(agencies_in(text)),
            subject=tuple(agency_at_start(strip_marker(text))),
            heading_agencies=tuple(_heading_agencies(heading)),
            titles=tuple(titles_in(text)),
            years=tuple(int(y) for y in YEAR.findall(text)),
            facts=frozenset(self.fact_kinds(doc.doc_id, text)),
        )

    def section_chunks(self, doc_id: str, section: str) -> list[Chunk]:
        return [c for c in self.library.chunks_of(doc_id) if c.section == section]

    def near(self, doc_id: str, section: str, chunk_ids: set[str]) -> set[str] | None:
        """The chunks of a long section within SECTION_WINDOW of *chunk_ids*; None for a section of usual length
        (all of it is near)."""
        order = [c.chunk_id for c in self.section_chunks(doc_id, section)]
        if len(order) <= LONG_SECTION_CHUNKS:
            return None
        hit = [i for i, c in enumerate(order) if c in chunk_ids]
        return {c for i, c in enumerate(order) if any(abs(i - j) <= SECTION_WINDOW for j in hit)}

    def section_units(self, doc_id: str, section: str) -> list[Unit]:
        key = (doc_id, section)
        cached = self._sections.get(key)
        if cached is not None:
            return cached
        doc = self.library.documents_by_id[doc_id]
        units: list[Unit] = []
        seen: set[str] = set()
        chunks = self.section_chunks(doc_id, section)
        flagged: list[str] = []
        for chunk in chunks:
            for text, instruction in (p for u in clause_units(chunk.text) for p in split_instructions(u)):
                if text in seen:
                    continue
                seen.add(text)
                if instruction:
                    log.warning("%s, %s: passage reads as an instruction to a machine, left out: %.80s",
                                doc.source, section, text)
                    flagged.append(text)
                    continue
                unit = self.make_unit(doc, section, text)
                unit.chunk_id = chunk.chunk_id
                units.append(unit)
        levels = list_levels(units)
        intro = ""
        table_head = ""
        tables: list[list[Unit]] = []  # each table: its header row, then its rows
        for unit, level in zip(units, levels, strict=True):
            if TABLE_CELL in unit.text:  # a table row reads with its column headers (the table's first row)
                if table_head:  # a row with a cell more or less (a wrapped cell) still reads under the same header
                    unit.lead_in = table_head
                    unit.intro_terms = frozenset(content_terms(table_head))
                    unit.terms = unit.terms | unit.intro_terms
                    unit.titles = tuple(dict.fromkeys(unit.titles + tuple(titles_in(table_head))))  # a column's title
                    tables[-1].append(unit)
                else:
                    table_head = unit.text
                    tables.append([unit])
                continue
            table_head = ""
            if unit.marker in ("-", "+", "•") and level > 0 and intro:
                unit.lead_in = intro
                unit.intro_terms = frozenset(content_terms(intro))
            if is_intro(unit) or level == 0:
                intro = unit.text if is_intro(unit) else ""
        _introduced_by_parent(units, section)
        units += [self._block(units[i], kids) for i, kids in enumerate(list_children(units, levels)) if kids]
        # "những biểu mẫu nào": a table is answered whole, its header then each row
        units += [self._block(table[0], table[1 : MAX_MEMBERS + 1]) for table in tables if len(table) >= 3]
        if units and is_intro(units[-1]) and not units[-1].members:
            # "1. … đáp ứng các điều kiện sau:" whose items "a) …", "b) …" the outline made sub-sections
            kids = [u for child in self._child_sections(doc_id, section) for u in self.section_units(doc_id, child)[:1]]
            if kids:
                units.append(self._block(units[-1], kids[:MAX_MEMBERS]))
        with self._lock:
            self._sections[key] = units
            self._instructions[key] = flagged
        for unit in units:
            referred = _SAME_DEADLINE.search(fold_ascii(unit.text))
            if referred and not DEADLINE.search(unit.text):
                unit.deadline_of = self._sibling_item(doc_id, section, referred.group(1))
        return units

    def _sibling_item(self, doc_id: str, section: str, mark: str) -> Unit | None:
        """The first clause of the item "b)" (or "2.") beside *section* in its document."""
        parent = section.rsplit(PATH_SEP, 1)[0] if PATH_SEP in section else ""
        wanted = re.compile(rf"^{re.escape(mark)}[.)]\s", re.I)
        for sibling in (self._child_sections(doc_id, parent) if parent else []):
            if sibling != section and wanted.match(sibling.rsplit(PATH_SEP, 1)[-1]):
                units = self.section_units(doc_id, sibling)
                return next((u for u in units if DEADLINE.search(u.text)), None)
        return None

    def instructions(self, doc_id: str, section: str) -> list[str]:
        """Passages of the section left out because they read as instructions to a machine."""
        self.section_units(doc_id, section)
        return self._instructions.get((doc_id, section), [])

    def heading_items(self, unit: Unit) -> list[Unit]:
        """The items of the nearest heading above *unit* that opens a list ("1. Hồ sơ … gồm:" over "a) Tờ trình …",
        "b) Biên bản …"): the first clause of each of its sub-sections, when it has two or more."""
        parts = unit.section.split(PATH_SEP)
        for k in range(len(parts) - 2, -1, -1):
            if not _OPENS_LIST.search(fold_ascii(parts[k].rstrip("…").rstrip())):
                continue
            kids = self._child_sections(unit.doc.doc_id, PATH_SEP.join(parts[: k + 1]))
            items = [u for child in kids for u in self.section_units(unit.doc.doc_id, child)[:1]]
            return items[:MAX_MEMBERS] if len(items) >= 2 else []
        return []

    def _child_sections(self, doc_id: str, section: str) -> list[str]:
        """The sections right under *section*, in document order."""
        prefix = f"{section}{PATH_SEP}"
        found = (c.section for c in self.library.chunks_of(doc_id) if c.section.startswith(prefix))
        return list(dict.fromkeys(s for s in found if PATH_SEP not in s[len(prefix):]))

    @staticmethod
    def _block(opener: Unit, kids: list[Unit]) -> Unit:
        """The opener of a list with its items, scored as one candidate ("Hình thức khen thưởng" + bullets)."""
        block = _fresh(opener)
        parts = [opener, *kids]
        block.members = tuple(kids)
        block.terms = frozenset().union(*(u.terms for u in parts))
        block.bigrams = frozenset().union(*(u.bigrams for u in parts))
        block.agencies = tuple(dict.fromkeys(a for u in parts for a in u.agencies))
        block.titles = tuple(dict.fromkeys(t for u in parts for t in u.titles))
        block.years = tuple(dict.fromkeys(y for u in parts for y in u.years))
        block.facts = frozenset().union(*(u.facts for u in parts))
        return block

    def header_units(self, doc: DocumentMeta) -> list[Unit]:
        key = (doc.doc_id, HEADER_SECTION)
        cached = self._sections.get(key)
        if cached is not None:
            return cached
        lines: list[tuple[str, str]] = []
        if doc.number:
            lines.append((doc.number, "number"))
        if doc.date_line:
            lines.append((doc.date_line, "issued"))
        if doc.title:
            lines.append((doc.title, "title"))
        if doc.signer:
            lines.append((doc.signer, "signer"))
        units = [self.make_unit(doc, HEADER_SECTION, text, header=attr) for text, attr in lines]
        with self._lock:
            self._sections[key] = units
        return units


def gather(catalog: UnitCatalog, hits: list[SearchHit], extra_docs: list[DocumentMeta], lists: bool = True) -> list[Unit]:
    """Units of the retrieved sections, each carrying its best chunk's score, plus header lines.

    List blocks (an opener with its items) are candidates only when *lists* is set.
    """
    best: dict[tuple, Unit] = {}
    top = max((h.score for h in hits), default=1.0) or 1.0
    chunk_stats = {h.chunk.chunk_id: (rank, h.score / top, h.dense_score) for rank, h in enumerate(hits)}
    hit_chunks = {h.chunk.chunk_id for h in hits}
    nears: dict[tuple[str, str], set[str] | None] = {}
    for hit in hits:
        where = (hit.chunk.doc_id, hit.chunk.section)
        if where not in nears:  # hits often share a section: its neighbourhood is read once
            nears[where] = catalog.near(*where, hit_chunks)
        near = nears[where]
        for unit in catalog.section_units(hit.chunk.doc_id, hit.chunk.section):
            if unit.members and not lists or near is not None and unit.chunk_id not in near:
                continue
            key = (unit.doc.doc_id, unit.text, bool(unit.members))
            rank, score, dense = chunk_stats.get(unit.chunk_id, (chunk_stats[hit.chunk.chunk_id][0] + 1,
                                                                 0.9 * hit.score / top, hit.dense_score))
            current = best.get(key)
            if current is None or score > current.chunk_score:
                copy = _fresh(unit)
                copy.chunk_score, copy.chunk_rank, copy.dense = score, rank, dense
                best[key] = copy
    docs = {h.chunk.doc_id: h.document for h in hits}
    for doc in extra_docs:
        docs.setdefault(doc.doc_id, doc)
    for doc in docs.values():
        for unit in catalog.header_units(doc):
            best.setdefault((doc.doc_id, unit.text, "header"), _fresh(unit))
    return list(best.values())


def _fresh(unit: Unit) -> Unit:
    """A per-question copy (features and scores are per question; the catalog's units are shared)."""
    return replace(unit, features={}, score=0.0)
