"""Quiz items, the library view they are made from, and the checks an item must pass before it is shown.

The checks (:func:`item_problems`) do not trust the generator: they read the document's facts and clauses
again and return, in Vietnamese, every reason the item must not be shown.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from index.clauses import clause_units
from index.documents import DocumentMeta
from index.store import Library

from . import quiz_values as qv
from .profile import DocumentProfile, build_profile
from .profile_header import HEADER_SECTION, is_draft
from .quiz_stated import cell_values, stated_values

SIGNATURE_SECTION = "Phần ký văn bản"
HEADER_SECTIONS = (HEADER_SECTION, SIGNATURE_SECTION)
OPTIONS = 4
LETTERS = "ABCD"

# the slots an item can ask about, and the kind of value its options hold
SLOT_KINDS: dict[str, str] = {
    "number": qv.NUMBER,
    "date": qv.DATE,
    "issuer": qv.AGENCY,
    "signer": qv.PERSON,
    "signer_title": qv.TEXT,
    "legal_basis": qv.NUMBER,
    "legal_date": qv.DATE,
    "legal_issuer": qv.AGENCY,
    "deadline": qv.DATE,
    "recipient": qv.AGENCY,
    "onward": qv.AGENCY,
    "lead": qv.AGENCY,
    "duty": qv.AGENCY,
    "target": qv.PERCENT,
    "milestone": qv.YEAR,
    "phase": qv.SPAN,
    "budget": qv.AMOUNT,
    "due": qv.DATE,  # the date a task or a submission is due (a clause or a table row), reports aside
    "target_cell": qv.PERCENT,  # a cell of a table of targets: indicator × year
    "target_cell_amount": qv.AMOUNT,
    "target_cell_count": qv.COUNT,
}
TABLE_TARGET_SLOTS = ("target_cell", "target_cell_amount", "target_cell_count")
DEADLINE_SLOTS = ("deadline", "due")


@dataclass(frozen=True)
class Citation:
    doc_id: str
    source: str
    section: str
    quote: str


@dataclass(frozen=True)
class QuizItem:
    id: str
    doc_id: str
    slot: str
    key: str  # what in the slot is asked: the reporter, the indicator and year, the phase…
    question: str
    options: tuple[str, ...]
    answer: int
    citation: Citation

    @property
    def kind(self) -> str:
        return SLOT_KINDS.get(self.slot, qv.TEXT)

    @property
    def correct(self) -> str:
        return self.options[self.answer]

    @property
    def letter(self) -> str:
        return LETTERS[self.answer]

    def to_dict(self) -> dict:
        return {"id": self.id, "doc_id": self.doc_id, "slot": self.slot, "key": self.key, "question": self.question,
                "options": list(self.options), "answer": self.answer,
                "citation": {"doc_id": self.citation.doc_id, "source": self.citation.source,
                             "section": self.citation.section, "quote": self.citation.quote}}


def item_id(doc_id: str, slot: str, key: str, answer: str) -> str:
    """Stable across runs and option orders: the document, the slot, what is asked and the right answer."""
    raw = "|".join((doc_id, slot, qv.text_key(key), qv.text_key(answer)))
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]


def short_issuer(issuer: str) -> str:
    return re.sub(r"^Ủy ban nhân dân\b", "UBND", issuer)


def doc_ref(doc: DocumentMeta, *, issuer: bool = True) -> str:
    """How a question names its document: "Kế hoạch số 151/KH-UBND của UBND tỉnh Bình Dương"."""
    by = f" của {short_issuer(doc.issuer)}" if issuer and doc.issuer else ""
    if doc.number:
        return f"{doc.kind} số {doc.number}{by}"
    if doc.attached_to:
        return f"{doc.kind} ban hành kèm theo Quyết định {doc.attached_to}{by}"
    year = f" (năm {doc.year})" if doc.year else ""
    return f"dự thảo {doc.kind}{by}{year}"


def _asked_part(item: QuizItem, doc: DocumentMeta) -> str:
    """The question without the words naming its document (its issuer may be an answer elsewhere)."""
    text = item.question
    if item.slot != "issuer":
        for name in (doc_ref(doc), doc.issuer, short_issuer(doc.issuer)):
            if name:
                text = re.sub(re.escape(name), " ", text, flags=re.I)
    return text


def has_full_date(doc: DocumentMeta) -> bool:
    return bool(re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", doc.date or ""))


class QuizSource:
    """What quiz items are made from and checked against: one library's documents, clauses and facts."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.documents = [d for d in library.documents]
        self.by_id = {d.doc_id: d for d in self.documents}
        facts = library.facts
        self.reporting = _group(facts.reporting())
        self.responsibilities = _group(facts.responsibilities())
        self.targets = _group(facts.targets())
        self.milestones = _group(facts.milestones())
        self.legal_bases = _group(facts.legal_bases())
        self.budgets = _group(facts.budgets())
        self.stated_cache: dict[tuple[str, str, str, str], list[str]] = {}
        self._profiles: dict[str, DocumentProfile] = {}

    def chunks(self, doc_id: str):
        return self.library.chunks_of(doc_id)

    def profile(self, doc_id: str) -> DocumentProfile:
        """The document's shared profile (its table cells of targets, its coordinators), read once."""
        if doc_id not in self._profiles:
            self._profiles[doc_id] = build_profile(self.library, doc_id)
        return self._profiles[doc_id]

    @cached_property
    def _bare_text(self) -> dict[str, str]:
        return {d.doc_id: _bare(" ".join(c.text for c in self.library.chunks_of(d.doc_id))) for d in self.documents}

    def header_lines(self, doc_id: str) -> list[str]:
        doc = self.by_id[doc_id]
        return [x for x in (doc.number or "", doc.date_line, doc.issuer_block, doc.signer, doc.signer_title, doc.signing) if x]

    def quote_is_verbatim(self, citation: Citation) -> bool:
        quote = _bare(citation.quote)
        if not quote:
            return False
        if citation.section in HEADER_SECTIONS:
            return any(quote in _bare(line) for line in self.header_lines(citation.doc_id))
        return quote in self._bare_text.get(citation.doc_id, "")

    def mentions(self, doc_id: str, text: str) -> bool:
        """Whether the document's text holds *text* (ignoring case, spacing and punctuation)."""
        bare = _bare(text)
        return bool(bare) and bare in self._bare_text.get(doc_id, "")

    def units(self, doc_id: str) -> list[tuple[str, str]]:
        """Every clause unit of a document with its section."""
        return [(c.section, u) for c in self.library.chunks_of(doc_id) for u in clause_units(c.text)]


def _group(facts: Iterable) -> dict[str, list]:
    out: dict[str, list] = {}
    for f in facts:
        out.setdefault(f.doc_id, []).append(f)
    return out


def _bare(text: str) -> str:
    return re.sub(r"[\W_]+", "", qv.strip_diacritics(qv.fold(text)))


# --- the checks ------------------------------------------------------------------------


def option_problems(item: QuizItem, source: QuizSource) -> list[str]:
    """The reasons its options make *item* invalid: duplicates, and distractors also true for the document."""
    problems: list[str] = []
    kind = item.kind
    keys = [qv.option_key(kind, o) for o in item.options]
    distractors = [o for i, o in enumerate(item.options) if i != item.answer]
    if len(set(keys)) != len(keys) or any(not o.strip() for o in item.options) or any(
            qv.same_value(kind, a, b) for i, a in enumerate(distractors) for b in distractors[i + 1:]):
        problems.append("các phương án trùng nhau sau khi chuẩn hóa")
    asked = _asked_part(item, source.by_id[item.doc_id])
    right, quote = item.correct, item.citation.quote
    stated = [v for v in stated_values(source, item) if v]
    for i, option in enumerate(item.options):
        if i == item.answer:
            continue
        if any(qv.same_value(kind, option, v) for v in [right, *stated]) or (
                item.slot == "legal_basis" and source.mentions(item.doc_id, qv.doc_number(option) or option)):
            problems.append(f"phương án nhiễu “{option}” cũng đúng với văn bản")
        elif kind in (qv.AGENCY, qv.PERSON, qv.DATE, qv.NUMBER) and qv.mentioned_in(kind, option, quote):
            problems.append(f"phương án nhiễu “{option}” có trong điều khoản được trích")
        elif kind in (qv.AGENCY, qv.PERSON, qv.NUMBER) and qv.mentioned_in(kind, option, asked):
            problems.append(f"phương án nhiễu “{option}” có trong câu hỏi")
    return problems


def _same_deadline(item: QuizItem, other: QuizItem) -> bool:
    """Two items asking the date one clause gives, however worded (a report's deadline, a blank in its clause)."""
    if other.doc_id != item.doc_id or item.slot not in DEADLINE_SLOTS or other.slot not in DEADLINE_SLOTS:
        return False
    if not qv.same_value(qv.DATE, item.correct, other.correct):
        return False
    a, b = _bare(item.citation.quote), _bare(other.citation.quote)
    return bool(a and b) and (a in b or b in a)


def item_problems(item: QuizItem, source: QuizSource, seen: Sequence[QuizItem] = ()) -> list[str]:
    """Every reason *item* must not be shown ([] when it is valid); *seen* are the items already accepted."""
    problems: list[str] = []
    doc = source.by_id.get(item.doc_id)
    if doc is None:
        return ["văn bản không có trong thư viện"]
    kind = item.kind
    if len(item.options) != OPTIONS:
        problems.append(f"cần đúng {OPTIONS} phương án (có {len(item.options)})")
    if not 0 <= item.answer < len(item.options):
        return [*problems, "chỉ số đáp án không hợp lệ"]
    if item.slot in ("number", "date") and is_draft(doc):
        problems.append("hỏi số hoặc ngày của một dự thảo chưa có số, ngày")
    if item.slot == "date" and not has_full_date(doc):
        problems.append("văn bản không ghi đủ ngày ban hành")
    if item.citation.doc_id != item.doc_id or not source.quote_is_verbatim(item.citation):
        problems.append("trích dẫn không có nguyên văn trong văn bản")
    right = item.correct
    if not qv.value_in_text(kind, right, item.citation.quote):
        problems.append("đáp án đúng không có trong điều khoản được trích")
    if item.slot in TABLE_TARGET_SLOTS and not any(qv.same_value(kind, right, v) for v in cell_values(source, item)):
        problems.append("đáp án đúng không phải ô của bảng chỉ tiêu cho năm được hỏi")
    if qv.value_in_text(kind, right, _asked_part(item, doc)):
        problems.append("câu hỏi để lộ đáp án")
    problems += option_problems(item, source)
    question = qv.text_key(item.question)
    answer_key = qv.option_key(kind, right)
    for other in seen:
        if other.id == item.id or qv.text_key(other.question) == question:
            problems.append("trùng với một câu hỏi khác")
            break
        if (other.doc_id, other.slot, qv.text_key(other.key)) == (item.doc_id, item.slot, qv.text_key(item.key)) \
                and qv.option_key(kind, other.correct) == answer_key:
            problems.append("trùng với một câu hỏi khác")
            break
        if _same_deadline(item, other):
            problems.append("trùng với một câu hỏi khác")
            break
    return problems
