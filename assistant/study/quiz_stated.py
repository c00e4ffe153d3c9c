"""What a document itself states for each slot a quiz item asks about: a distractor equal to one of these
values is also true for the document and must not be offered."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import quiz_values as qv
from .profile_model import indicator_key

if TYPE_CHECKING:
    from .quiz_items import QuizItem, QuizSource


def similar_clause(a: str, b: str, threshold: float = 0.6) -> bool:
    ta, tb = set(qv.text_key(a).split()), set(qv.text_key(b).split())
    if not ta or not tb:
        return False
    return len(ta & tb) / len(ta | tb) >= threshold


def stated_values(source: QuizSource, item: QuizItem) -> list[str]:
    """Every value the document states for the item's slot (a distractor equal to one is also true)."""
    key = (item.doc_id, item.slot, item.key, item.citation.quote)
    if key not in source.stated_cache:
        source.stated_cache[key] = _stated_values(source, item)
    return source.stated_cache[key]


def _stated_values(source: QuizSource, item: QuizItem) -> list[str]:
    doc = source.by_id[item.doc_id]
    d = item.doc_id
    quote = item.citation.quote
    if item.slot == "number":
        return [doc.number or ""]
    if item.slot == "date":
        return [doc.date]
    if item.slot == "issuer":
        return [doc.issuer]
    if item.slot == "signer":
        return [doc.signer]
    if item.slot == "signer_title":
        return [doc.signer_title, *re.split(r",\s*|\.\s*", doc.signing)]
    if item.slot == "legal_basis":
        return [f.number for f in source.legal_bases.get(d, [])]
    if item.slot == "legal_date":
        return [f.date for f in source.legal_bases.get(d, []) if f.date]
    if item.slot == "legal_issuer":
        return [f.issuer for f in source.legal_bases.get(d, []) if f.number == item.key and f.issuer]
    if item.slot in ("deadline", "due"):
        reported = [x for f in source.reporting.get(d, []) for x in (f.deadlines or [f.deadline]) if x]
        if item.slot == "deadline":
            return reported
        # any date the document says something is due by, in a clause or a table row
        return reported + [qv.show_date(*x) for _, unit in source.units(d) for x in qv.due_dates(unit)]
    if item.slot in ("recipient", "onward"):
        return [a for f in source.reporting.get(d, []) for a in (*f.recipients, *f.onward)]
    if item.slot in ("lead", "duty"):
        # the bodies given this task, or one much like it, anywhere in the document
        task = item.key
        return [r.agency for r in source.responsibilities.get(d, []) if similar_clause(r.quote, task, 0.3)]
    if item.slot == "target":
        indicator = item.key.rsplit("@", 1)[0]
        return [t.value for t in source.targets.get(d, []) if similar_clause(t.indicator, indicator, 0.5)]
    if item.slot.startswith("target_cell"):
        # the cells of the asked indicator and year, and the year-less figures the text gives for it
        indicator, _, year = item.key.rpartition("@")
        return [*cell_values(source, item),
                *(t.value for t in source.targets.get(d, []) if "|" not in t.quote
                  and similar_clause(t.indicator, indicator, 0.5) and (t.year is None or str(t.year) == year))]
    if item.slot == "milestone":
        kind = item.key.split("@", 1)[0]
        return [str(m.year) for m in source.milestones.get(d, []) if m.kind == kind and m.year]
    if item.slot == "phase":
        return [m.when for m in source.milestones.get(d, []) if m.kind == "giai đoạn"]
    if item.slot == "budget":
        return [b.amount for b in source.budgets.get(d, [])]
    return [quote]


def cell_values(source: QuizSource, item: QuizItem) -> list[str]:
    """The values the document's tables of targets give for the item's indicator and year (its profile)."""
    indicator, _, year = item.key.rpartition("@")
    key = indicator_key(indicator)
    return [t.value for t in source.profile(item.doc_id).targets
            if "|" in t.cite.quote and indicator_key(t.indicator) == key and str(t.year) == year]
