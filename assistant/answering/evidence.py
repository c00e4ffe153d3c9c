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
from dataclasses import replace

from index.clauses import clause_units, section_agency, strip_marker
from index.clean import TABLE_CELL
from index.documents import DocumentMeta
from index.injection import split_instructions
from index.sections import PATH_SEP, Chunk
from index.store import Library
from index.textnorm import fold_ascii
from index.vocabulary.terms import agencies_in, agency_at_start, titles_in

from ..retrievers import SearchHit
from .lists import MAX_MEMBERS, is_intro, list_children, list_levels
from .namings import Namings
from .understand import YEAR, content_terms
from .units import Unit, bigrams, heading_agencies
from .values import (
    DEADLINE,
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


# a heading that opens a list of its sub-items: "1. Hồ sơ đề nghị công nhận gồm", "… như sau", "… sau:"
_OPENS_LIST = re.compile(r"(?:\bgom|\bnhu sau|\bsau day|\bbao gom|:)$")
# a clause that takes another item's deadline: "cùng thời hạn quy định tại điểm b", "theo thời hạn nêu ở khoản 2"
_SAME_DEADLINE = re.compile(r"\b(?:cung|theo|nhu)\s+(?:thoi han|thoi gian|han)\s+(?:quy dinh\s+|neu\s+|ghi\s+)?"
                            r"(?:tai\s+|o\s+)?(?:diem|khoan)\s+([a-z]|\d{1,2})\b"
                            # "điểm b khoản 2 Mục III" points into another part: only "điểm b (khoản này)" is a sibling
                            r"(?!\s+(?:khoan|muc|dieu|phan|chuong)\s+(?!nay\b))")


_NUMBERED_HEAD = re.compile(r"^\d{1,2}[.)]\s")  # "1. Báo cáo …" (a plan's "I. …" parts are no items of its opening)


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
            heading_agencies=tuple(heading_agencies(heading)),
            titles=tuple(titles_in(text)),
            years=tuple(int(y) for y in YEAR.findall(text)),
            facts=frozenset(self.fact_kinds(doc.doc_id, text)),
        )

    def sections(self, doc_id: str) -> list[str]:
        """The document's sections in reading order."""
        return list(dict.fromkeys(c.section for c in self.library.chunks_of(doc_id)))

    def document_units(self, doc_id: str) -> list[Unit]:
        """Every unit of the document, section by section in reading order."""
        return [u for section in self.sections(doc_id) for u in self.section_units(doc_id, section)]

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
        opened: dict[int, Unit] = {}  # the line that introduces a table ("… gồm các nguồn:"), by the table's place
        for at, (unit, level) in enumerate(zip(units, levels, strict=True)):
            if TABLE_CELL in unit.text:  # a table row reads with its column headers (the table's first row)
                intro = ""  # the table's caption ("Bảng 2. Kết quả theo thôn") introduces no line after the table
                if table_head:  # a row with a cell more or less (a wrapped cell) still reads under the same header
                    unit.lead_in = table_head
                    unit.intro_terms = frozenset(content_terms(table_head))
                    unit.terms = unit.terms | unit.intro_terms
                    unit.titles = tuple(dict.fromkeys(unit.titles + tuple(titles_in(table_head))))  # a column's title
                    tables[-1].append(unit)
                else:
                    table_head = unit.text
                    tables.append([unit])
                    before = units[at - 1] if at > 0 else None
                    if before is not None and TABLE_CELL not in before.text and before.text.rstrip().endswith(":"):
                        opened[len(tables) - 1] = before  # "Tổng kinh phí … gồm các nguồn:" over the table
                continue
            table_head = ""
            if unit.marker in ("-", "+", "•") and level > 0 and intro:
                unit.lead_in = intro
                unit.intro_terms = frozenset(content_terms(intro))
            if is_intro(unit) or level == 0:
                intro = unit.text if is_intro(unit) else ""
        _introduced_by_parent(units, section)
        last = units[-1] if units else None  # the section's last line, before the blocks join the units
        units += [self._block(units[i], kids) for i, kids in enumerate(list_children(units, levels)) if kids]
        # "những biểu mẫu nào": a table is answered whole, its header then each row
        units += [self._block(table[0], table[1 : MAX_MEMBERS + 1]) for table in tables if len(table) >= 3]
        # … and the line that introduces it lists the rows as its items
        units += [self._block(opener, tables[i][1 : MAX_MEMBERS + 1]) for i, opener in opened.items()
                  if len(tables[i]) >= 2 and not any(u.members and u.text == opener.text for u in units)]
        if last is not None and is_intro(last) and not any(u.members and u.text == last.text for u in units):
            # "1. … đáp ứng các điều kiện sau:" whose items "a) …", "b) …" the outline made sub-sections; a letter's
            # "Sở đề nghị các đơn vị thực hiện một số nội dung sau:" whose items are the numbered headings after it
            children = self._child_sections(doc_id, section)
            after = [] if children or not last.text.rstrip().endswith(":") else self._numbered_after(doc_id, section)
            kids = [u for child in children or after for u in self.section_units(doc_id, child)[:1]]
            if kids:
                block = self._block(last, kids[:MAX_MEMBERS])
                block.outline = bool(after)  # it answers a question asking for those requests, nothing else
                units.append(block)
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

    def _numbered_after(self, doc_id: str, section: str) -> list[str]:
        """The numbered sections that follow *section* at its depth ("1. …", "2. …" after the letter's opening)."""
        order = self.sections(doc_id)
        depth = section.count(PATH_SEP)
        out: list[str] = []
        for later in order[order.index(section) + 1 :] if section in order else []:
            if later.count(PATH_SEP) > depth:
                continue
            if later.count(PATH_SEP) < depth or not _NUMBERED_HEAD.match(later.rsplit(PATH_SEP, 1)[-1]):
                break
            out.append(later)
        return out

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
