"""From drafts to checked quiz items: distractors from sibling documents, stable option order, the checks.

Distractors for a draft come, in order of preference, from the document's own figures for a neighbouring
question (a table row's other years, for a target cell), from the same slot of sibling documents of the same
level (another province's deadline, another commune's agency), then of any level, then from the same kind
of value elsewhere in the corpus (agencies named in any slot), and only then from well-formed variations of
the answer (a date five days later, a year after). Every candidate passes the same truth checks as the
finished item, so a distractor that is also true for the document is never offered.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from . import quiz_values as qv
from .quiz_draft import Draft, clean_agency
from .quiz_items import (
    DEADLINE_SLOTS,
    OPTIONS,
    SLOT_KINDS,
    TABLE_TARGET_SLOTS,
    QuizItem,
    QuizSource,
    item_id,
    item_problems,
    option_problems,
)
from .quiz_questions import (
    budget_drafts,
    header_drafts,
    legal_drafts,
    milestone_drafts,
    similar_indicator,
    target_drafts,
)
from .quiz_roles import coordinator_drafts, due_drafts, reporting_drafts, task_drafts
from .quiz_tables import target_cell_drafts, task_table_drafts

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DroppedItem:
    item: QuizItem
    reasons: tuple[str, ...]


@dataclass
class DocCount:
    doc_id: str
    kind: str
    valid: int = 0
    dropped: Counter = field(default_factory=Counter)  # reason -> how many items it dropped


@dataclass
class QuizBuild:
    """The items of one build: those that passed every check, and those dropped with their reasons."""

    items: list[QuizItem]
    dropped: list[DroppedItem]
    doc_kinds: dict[str, str]

    def counts(self) -> dict[str, DocCount]:
        out = {d: DocCount(d, k) for d, k in self.doc_kinds.items()}
        for item in self.items:
            out[item.doc_id].valid += 1
        for d in self.dropped:
            out[d.item.doc_id].dropped[_reason_class(d.reasons[0])] += 1
        return out

    def of(self, doc_id: str) -> list[QuizItem]:
        return [i for i in self.items if i.doc_id == doc_id]


def _reason_class(reason: str) -> str:
    """A reason without the option it names, so counts group ("phương án nhiễu … cũng đúng với văn bản")."""
    if reason.startswith("phương án nhiễu “"):
        return "phương án nhiễu " + reason.split("” ", 1)[-1]
    return reason


_PLACE = re.compile(r"\b(?:tỉnh|huyện|xã|thành phố|thị xã|quận|phường)\s+[A-ZĐ]", re.I)


def _places(doc) -> tuple[str, ...]:
    return (doc.locality, doc.province, doc.district, doc.parent_locality, doc.province_now)


def _rank(seed: str, value: str) -> str:
    return hashlib.sha1(f"{seed}|{value}".encode()).hexdigest()


@dataclass(frozen=True)
class _PoolValue:
    doc_id: str
    value: str
    level: str
    group: str


class _Pools:
    """Every value each slot takes across the library, to draw sibling distractors from."""

    def __init__(self, source: QuizSource, drafts: Sequence[Draft]) -> None:
        self.source = source
        self.by_slot: dict[str, list[_PoolValue]] = {}
        for d in drafts:  # a value its own clause does not state (a misread fact) is no distractor either
            if qv.value_in_text(SLOT_KINDS.get(d.slot, qv.TEXT), d.answer, d.citation.quote):
                self._add(d.slot, d.doc_id, d.answer, d.group)
        for doc in source.documents:  # facts not asked about still name the slot's values
            for f in source.reporting.get(doc.doc_id, []):
                for a in (*f.recipients, *f.onward):
                    if clean := clean_agency(a):
                        self._add("recipient", doc.doc_id, clean)
            for r in source.responsibilities.get(doc.doc_id, []):
                if clean := clean_agency(r.agency):
                    self._add("duty", doc.doc_id, clean)
            for t in source.targets.get(doc.doc_id, []):
                if qv.value_in_text(qv.PERCENT, t.value, t.quote):
                    self._add("target", doc.doc_id, t.value, t.indicator)
            for f in source.legal_bases.get(doc.doc_id, []):
                self._add("legal_basis_other", doc.doc_id, f"{f.kind} số {f.number}", f.issuer)
        self.agencies = [v for slot in ("recipient", "onward", "duty", "lead", "issuer", "legal_issuer")
                         for v in self.by_slot.get(slot, [])]

    def _add(self, slot: str, doc_id: str, value: str, group: str = "") -> None:
        doc = self.source.by_id.get(doc_id)
        self.by_slot.setdefault(slot, []).append(_PoolValue(doc_id, value, doc.level if doc else "", group))

    def candidates(self, draft: Draft, kind: str) -> list[str]:
        """Distractor candidates for *draft*, best first (sibling same slot, same level first)."""
        doc = self.source.by_id[draft.doc_id]
        siblings = [v for v in self._slot_values(draft.slot) if v.doc_id != draft.doc_id]

        def tier(v: _PoolValue) -> int:
            near = v.level == doc.level
            if draft.slot == "target" or draft.slot in TABLE_TARGET_SLOTS:
                return (0 if near else 1) if similar_indicator(v.group, draft.group) else 9
            if draft.slot == "milestone" and v.group != draft.group:
                return 2
            if draft.slot == "legal_basis":
                # only another locality's own document: a national one may be any plan's unstated basis
                place = _PLACE.search(v.group)
                if not place or any(qv.text_key(p) in qv.text_key(v.group) for p in _places(doc) if p):
                    return 9
                return 0 if near else 1
            if draft.slot == "issuer":
                other = self.source.by_id.get(v.doc_id)
                return 0 if other and other.locality == doc.locality else (1 if near else 2)
            return 0 if near else 1

        ranked = sorted((v for v in siblings if tier(v) < 9), key=lambda v: (tier(v), _rank(draft.key + draft.doc_id, v.value)))
        out = [v.value for v in ranked]
        if kind == qv.DATE:
            out = [_date_like(v, draft.answer) for v in out]
        if kind == qv.AMOUNT:
            out = _amounts_like(out, draft.answer)
        if kind == qv.COUNT:
            out = _counts_like(out, draft.answer)
        out = [*draft.near, *out]  # the document's own neighbouring figures first (the checks drop any also true)
        if kind == qv.AGENCY:
            others = sorted(self.agencies, key=lambda v: _rank(draft.key, v.value))
            out += [v.value for v in others if v.doc_id != draft.doc_id]
        out += qv.variations(kind, draft.answer)
        return out

    def _slot_values(self, slot: str) -> list[_PoolValue]:
        if slot == "legal_basis":
            return self.by_slot.get("legal_basis_other", [])
        if slot in ("lead", "duty"):
            return self.by_slot.get("lead", []) + self.by_slot.get("duty", [])
        if slot in ("recipient", "onward"):
            return self.by_slot.get("recipient", []) + self.by_slot.get("onward", [])
        if slot in DEADLINE_SLOTS:
            return [v for s in DEADLINE_SLOTS for v in self.by_slot.get(s, [])]
        if slot == "target_cell":
            return self.by_slot.get("target", []) + self.by_slot.get(slot, [])
        return self.by_slot.get(slot, [])


def _date_like(value: str, answer: str) -> str:
    """A sibling's date in the answer's form: with the answer's year, or without a year like it."""
    d, a = qv.parse_date(value), qv.parse_date(answer)
    if not d or not a:
        return value
    return qv.show_date(d[0], d[1], a[2] and (d[2] or a[2]))


def _amounts_like(values: list[str], answer: str) -> list[str]:
    """Sibling amounts of the answer's order of magnitude, written the way the answer is."""
    target = qv.parse_amount(answer) or 0
    out = []
    for v in values:
        a = qv.parse_amount(v)
        if a and target and 0.1 <= a / target <= 10:
            out.append(qv.show_amount(a, answer))
    return out


def _counts_like(values: list[str], answer: str) -> list[str]:
    """Sibling counts near the answer's size, in its unit (a sibling's count of another unit is left out)."""
    target = qv.parse_count(answer)
    out = []
    for v in values:
        c = qv.parse_count(v)
        if c and target and target[0] and 0.2 <= c[0] / target[0] <= 5 and c[1] in ("", target[1]):
            out.append(qv.show_count(c[0], answer))
    return out


def _finish(draft: Draft, source: QuizSource, pools: _Pools, seen: Sequence[QuizItem]) -> QuizItem:
    """The draft with up to three distractors that pass the checks, options in a stable shuffled order."""
    ident = item_id(draft.doc_id, draft.slot, draft.key, draft.answer)

    def item(options: Sequence[str], answer: int) -> QuizItem:
        return QuizItem(ident, draft.doc_id, draft.slot, draft.key, draft.question, tuple(options), answer,
                        draft.citation)

    chosen: list[str] = []
    kind = item([draft.answer], 0).kind
    for candidate in pools.candidates(draft, kind):
        if len(chosen) == OPTIONS - 1:
            break
        candidate = candidate.strip()
        trial = item([draft.answer, *chosen, candidate], 0)
        if not option_problems(trial, source):
            chosen.append(candidate)
    options = sorted([draft.answer, *chosen], key=lambda o: _rank(ident, qv.option_key(kind, o)))
    return item(options, options.index(draft.answer))


def drafts_for(source: QuizSource, doc) -> list[Draft]:
    """Every question worth asking of one document, before distractors."""
    drafts = [*header_drafts(source, doc), *legal_drafts(source, doc), *reporting_drafts(source, doc),
              *task_drafts(source, doc), *target_drafts(source, doc), *milestone_drafts(source, doc),
              *budget_drafts(source, doc)]
    # the slots read from tables, the profile's coordinators and any clause's due date: only what is not asked yet
    for draft in [*target_cell_drafts(source, doc), *coordinator_drafts(source, doc), *task_table_drafts(source, doc),
                  *due_drafts(source, doc)]:
        if not any(_asks_again(draft, earlier) for earlier in drafts):
            drafts.append(draft)
    return drafts


def _family(slot: str) -> str:
    if slot in DEADLINE_SLOTS:
        return "deadline"
    if slot == "target" or slot in TABLE_TARGET_SLOTS:
        return "target"
    return "who" if slot in ("lead", "duty") else slot


def _asks_again(draft: Draft, earlier: Draft) -> bool:
    """Whether *draft* asks a fact *earlier* already asks: the same due date, target or body for the same task."""
    family = _family(draft.slot)
    if earlier.doc_id != draft.doc_id or _family(earlier.slot) != family:
        return False
    kind = SLOT_KINDS.get(draft.slot, qv.TEXT)
    if family == "deadline":  # one question per due date of a document (two tasks due the same day read alike)
        return qv.same_value(qv.DATE, draft.answer, earlier.answer)
    if not qv.same_value(kind, draft.answer, earlier.answer):
        return False
    if family == "target":
        same_year = draft.key.rpartition("@")[2] == earlier.key.rpartition("@")[2]
        return same_year and similar_indicator(draft.group, earlier.group)
    if family == "who":
        asked = set(qv.text_key(draft.key).split())
        return len(asked & set(qv.text_key(earlier.key).split())) >= 0.6 * len(asked)
    return qv.text_key(draft.key) == qv.text_key(earlier.key)


def build_items(source: QuizSource, doc_ids: Iterable[str] | None = None) -> QuizBuild:
    """Items for the given documents (every document when None), checked; the invalid ones are dropped and logged."""
    wanted = set(doc_ids) if doc_ids is not None else None
    all_drafts = [d for doc in source.documents for d in drafts_for(source, doc)]
    pools = _Pools(source, all_drafts)
    items: list[QuizItem] = []
    dropped: list[DroppedItem] = []
    for draft in all_drafts:
        if wanted is not None and draft.doc_id not in wanted:
            continue
        candidate = _finish(draft, source, pools, items)
        problems = item_problems(candidate, source, items)
        if problems:
            log.info("quiz item dropped (%s, %s): %s", draft.doc_id, draft.slot, "; ".join(problems))
            dropped.append(DroppedItem(candidate, tuple(problems)))
        else:
            items.append(candidate)
    kinds = {d.doc_id: d.kind for d in source.documents if wanted is None or d.doc_id in wanted}
    return QuizBuild(items, dropped, kinds)
