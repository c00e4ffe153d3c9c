"""Clauses shown beside the lead of an answer: the best clause for each other kind of value a question of several
parts asks, the duties of a post whose holder is asked, the item whose deadline a clause shown takes, and — when one
clause leads — the ordered supplements of `beside_single_lead` (a list's items, a table's rows, each side, label,
grade, place or quarter compared)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from index.clauses import strip_marker
from index.textnorm import fold_ascii

from ..scope import Scope
from . import coverage, periods, relevance
from .constraints import constraints
from .evidence import UnitCatalog
from .features import wants_list
from .kinds import asked_role
from .lists import rows_alike, series
from .parallel import compared_sides, parallel_clauses
from .understand import Query
from .units import TABLE_CELL, Unit
from .values import PERSON

# a clause answering another part of a several-part question may score this share of the answer threshold
OTHER_PART_SHARE = 0.5
# documents answered one by one at most (beyond it a question is answered from its best documents)
MAX_DOCS = 4
# rows of a table shown whole when a question asks for its highest and lowest
MAX_TABLE_ROWS = 15
# "cao nhất", "thấp nhất", "nhiều nhất": a question about the ends of a table's column ("ít nhất" is "at least")
_EXTREME = re.compile(r"\b(?:cao|thap|nhieu|lon|nho)\s+nhat\b")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|điểm|triệu|đồng|người|hộ|lớp)")


@dataclass
class Around:
    """What the supplements of a single lead read: the question, its scope, the lead, and the units ranked."""

    q: Query
    scope: Scope
    lead: Unit
    catalog: UnitCatalog
    eligible: list[Unit]  # the units meeting the question's constraints
    every: list[Unit]  # all units, for the question's other parts
    threshold: float

    @property
    def floor(self) -> float:
        return self.threshold * OTHER_PART_SHARE

    def section(self) -> list[Unit]:
        return self.catalog.section_units(self.lead.doc.doc_id, self.lead.section)


Supplement = Callable[[Around, list[Unit]], list[Unit]]


def _list_items(a: Around, supports: list[Unit]) -> list[Unit]:
    if not wants_list(a.q) or any(u.members for u in supports):
        return supports
    # "hồ sơ gồm những gì và lập mấy bộ": the items of the heading over the clause found
    shown = {a.lead.text, *(u.text for u in supports)}
    supports = supports + [u for u in a.catalog.heading_items(a.lead) if u.text not in shown]
    # "quy trình … gồm những bước nào": every "Bước n" of the section the step found stands in
    steps = series(a.lead, a.section())
    return [*steps, *(u for u in supports if u.text not in {s.text for s in steps})]


def _table_ends(a: Around, supports: list[Unit]) -> list[Unit]:
    """"chỉ tiêu nào đạt tỷ lệ cao nhất và thấp nhất": the whole table (or the figures of the list the clause found
    belongs to), for the reader to see both ends."""
    if not _EXTREME.search(a.q.bare):
        return supports
    shown = {u.text for u in [a.lead, *supports]}
    table = TABLE_CELL in a.lead.text
    return supports + [u for u in a.section() if u.text not in shown and not u.header and (
        TABLE_CELL in u.text if table else (TABLE_CELL not in u.text and _FIGURE.search(u.text)))][:MAX_TABLE_ROWS]


def _label_spelled_out(a: Around, supports: list[Unit]) -> list[Unit]:
    spelled = relevance.label_spelled_out(a.lead, a.catalog.document_units(a.lead.doc.doc_id)) if wants_list(
        a.q) else None
    if spelled is not None and all(u.text != spelled.text for u in supports):
        return [spelled, *supports]
    return supports


def _rows_alike(a: Around, supports: list[Unit]) -> list[Unit]:
    if not wants_list(a.q):  # "ngân sách huyện dùng cho những khoản nào": every row of that source
        return supports
    shown = [a.lead, *supports]
    tables = dict.fromkeys(u.section for u in shown if TABLE_CELL in u.text)
    return supports + rows_alike(a.q.bare, shown, [u for t in tables
                                                   for u in a.catalog.section_units(a.lead.doc.doc_id, t)])


def _other_parts(a: Around, supports: list[Unit]) -> list[Unit]:
    return supports + other_parts(a.q, a.lead, supports, a.every, a.floor)


def _post_duties(a: Around, supports: list[Unit]) -> list[Unit]:
    in_scope = a.scope.doc_ids or [a.lead.doc.doc_id]
    if len(in_scope) > MAX_DOCS:
        return supports
    return supports + post_duties(a.q, [a.lead, *supports], a.catalog, in_scope)


def _sides(a: Around, supports: list[Unit]) -> list[Unit]:
    return supports + compared_sides(a.q, [a.lead, *supports], a.eligible, a.floor)


def _labels(a: Around, supports: list[Unit]) -> list[Unit]:
    return supports + relevance.each_label(a.q, [a.lead, *supports], a.every, constraints(a.q))


def _grades(a: Around, supports: list[Unit]) -> list[Unit]:
    return supports + relevance.each_grade(a.q, [a.lead, *supports], a.every)


def _places(a: Around, supports: list[Unit]) -> list[Unit]:
    return supports + coverage.each_place(a.q, a.scope, [a.lead, *supports], a.every)


def _quarters(a: Around, supports: list[Unit]) -> list[Unit]:
    return supports + periods.each_quarter(a.q, [a.lead, *supports], a.every)


def _titles(a: Around, supports: list[Unit]) -> list[Unit]:
    if len(a.q.titles) < 2:
        return supports
    return supports + parallel_clauses(a.q, [a.lead, *supports], a.catalog.document_units(a.lead.doc.doc_id))


# a line of a section that gives one field of what the section is about: "- Địa điểm: Hội trường UBND huyện."
_FIELD_LINE = re.compile(r"^\s*[-+•]?\s*([A-ZĐÀ-Ỹ][^:]{1,40}):\s*\S")
# what a question says for a field it asks without naming it: "ở đâu" asks the place
_FIELD_CUES = {"dia diem": r"\b(?:o|tai) dau\b", "thoi gian": r"\b(?:khi nao|luc may gio|may gio|ngay nao)\b"}


def _fields_asked(a: Around, supports: list[Unit]) -> list[Unit]:
    """"… diễn ra vào thời gian nào, tại địa điểm nào": beside the lead "Thời gian: …", the line of its section
    giving the other field asked ("Địa điểm: …")."""
    if not _FIELD_LINE.match(a.lead.text):
        return supports
    shown = {a.lead.text, *(u.text for u in supports)}
    added = []
    for unit in a.section():
        m = _FIELD_LINE.match(unit.text)
        if not m or unit.text in shown or unit.members:
            continue
        label = fold_ascii(m.group(1)).strip().lower()
        if re.search(rf"\b{re.escape(label)}\b", a.q.bare) or (
                label in _FIELD_CUES and re.search(_FIELD_CUES[label], a.q.bare)):
            added.append(unit)
    return [*added, *supports]


# in this order: a list's own items first, then what widens it, then each thing compared
SINGLE_LEAD: tuple[Supplement, ...] = (
    _fields_asked, _list_items, _table_ends, _label_spelled_out, _rows_alike, _other_parts, _post_duties,
    _sides, _labels, _grades, _places, _quarters, _titles,
)


def beside_single_lead(around: Around, supports: list[Unit]) -> list[Unit]:
    """The clauses shown beside the only lead of an answer, after *supports* (its best neighbours)."""
    for supplement in SINGLE_LEAD:
        supports = supplement(around, supports)
    return supports


def other_parts(q: Query, lead: Unit, shown: list[Unit], ranked: list[Unit], floor: float) -> list[Unit]:
    """For a question asking several things ("chậm nhất ngày nào, qua kênh gì?"), the best clause of the lead's
    document stating each asked kind of value the lines shown do not state yet."""
    out: list[Unit] = []
    for kind in dict.fromkeys(q.asks):
        if len(set(q.asks)) < 2 or any(u.holds(kind) for u in [lead, *out]):
            continue
        # the lead's own section says how its step goes ("Báo cáo gửi qua Hệ thống …" under "2. Cấp xã") even
        # when a clause of another step shown beside it states a value of that kind
        candidates = [u for u in ranked if u.doc.doc_id == lead.doc.doc_id and not u.header and u.score >= floor
                      and u.holds(kind) and u.text not in lead.full_text]
        found = next((u for u in candidates if u.section == lead.section and u not in shown), None)
        if found is None and not any(u.holds(kind) for u in shown):
            found = next(iter(candidates), None)
        if found is not None:
            out.append(found)
    return out


def referred_deadlines(q: Query, shown: list[Unit]) -> list[Unit]:
    """The items whose deadline a clause shown takes ("…, cùng thời hạn quy định tại điểm b"), when a date is asked."""
    if not {"date", "when"} & set(q.asks):
        return []
    texts = {u.text for u in shown}
    out: list[Unit] = []
    for unit in shown:
        referred = unit.deadline_of
        if referred is not None and referred.text not in texts:
            texts.add(referred.text)
            out.append(referred)
    return out


def post_duties(q: Query, shown: list[Unit], catalog: UnitCatalog, doc_ids: list[str]) -> list[Unit]:
    """"thư ký là ai, làm những việc gì": after who holds the post, the clause of the documents in scope whose
    subject is that post ("6. Ủy viên, Thư ký giúp Trưởng ban chuẩn bị nội dung các cuộc họp, …")."""
    role = asked_role(q.bare)
    if not role or "person" not in q.asks or not q.has("duties_list"):
        return []
    shown_texts = {u.text for u in shown}
    for doc_id in doc_ids:
        for u in catalog.document_units(doc_id):
            if u.text not in shown_texts and not u.members and not PERSON.search(u.text) and re.search(
                rf"\b{role}\b", fold_ascii(strip_marker(u.text))[:30]
            ):
                return [u]
    return []
