"""The draft of an answer: which documents lead, and what each lead is shown with.

The clause the decision picked leads; another document's best clause leads beside it when it scores near enough
(a comparison takes more). Each lead brings its list's items or its supporting clauses, the deadlines it refers to,
a clause for each other part the question asks, and for a yes/no question the verdict.
"""

from __future__ import annotations

from dataclasses import replace

from ..scope import Scope
from . import forms
from .answer import Answer, Citation
from .compose import Draft, Finding
from .constraints import constraints
from .evidence import UnitCatalog
from .features import wants_list
from .parallel import parallel_clauses
from .parts import other_subjects, question_parts
from .supports import MAX_DOCS, OTHER_PART_SHARE, Around, beside_single_lead, referred_deadlines
from .understand import Query
from .units import Unit
from .verdict import claim_unit, quantity_unit
from .verdict import verdict as yes_no

# documents whose best clause scores at least this share of the best one are answered too
PER_DOC_RATIO = 0.5
COMPARE_RATIO = 0.2
MAX_SUPPORTS = 2
# the best clauses of the lead's document a yes/no verdict may also read, beside the lead's own section
OTHER_CLAUSES = 6
# the grades shown under a yes/no question on points ("Tốt", "Khá", "Đạt", "Không đạt")
MAX_LISTED_BOUNDS = 5


def draft_answer(q: Query, scope: Scope, top: Unit, ranked: list[Unit], notes: list[str], catalog: UnitCatalog,
                 threshold: float, every: list[Unit] | None = None) -> Draft:
    """*ranked*: the units meeting the question's constraints; *every*: all units, for its other parts."""
    compare = q.has("compare") or len(scope.localities) >= 2
    ratio = COMPARE_RATIO if compare else PER_DOC_RATIO
    single = scope.doc_ids is not None and len(scope.doc_ids) == 1
    best: dict[str, Unit] = {}
    for unit in ranked:
        best.setdefault(unit.doc.doc_id, unit)
    asked = set(q.agencies)
    leads = [top] if single else [
        u for u in best.values()
        if u.score >= max(threshold, top.score * ratio)
        and (u is top or not asked or len(scope.localities) >= 2 or asked & (set(u.agencies) | set(u.heading_agencies)))
    ][: (6 if compare else MAX_DOCS)]
    if top not in leads:
        leads.insert(0, top)
    if compare:
        leads += _each_place_lead(q, scope, leads, every or ranked, threshold)
    findings = []
    for lead in leads:
        opener, members = forms.list_members(
            lead, catalog.section_units(lead.doc.doc_id, lead.section), wanted=wants_list(q))
        if members:
            items = [m for m in members if m.text != opener.text]
            # "ngưỡng điểm Gia đình học tập và Dòng họ học tập": the other title's items said alike
            others = parallel_clauses(q, [replace(opener, members=items)], catalog.document_units(
                opener.doc.doc_id)) if len(leads) == 1 and len(q.titles) >= 2 else []
            findings.append(Finding(opener, supports=others, members=items))
            continue
        supports = [
            u for u in ranked
            if u.doc.doc_id == lead.doc.doc_id and u is not lead and not u.members
            and u.score >= max(threshold, 0.6 * lead.score) and u.text not in lead.full_text
            and len(u.text) >= 40 and not u.features.get("bare_heading")
        ][: MAX_SUPPORTS if len(leads) == 1 else 1]
        if len(leads) == 1:
            supports = beside_single_lead(Around(q, scope, lead, catalog, ranked, every or ranked,
                                                 threshold), supports)
        supports += referred_deadlines(q, [lead, *supports])
        findings.append(Finding(lead, supports))
    if question_parts(q.bare):  # "ai là chủ tài khoản … và ai làm kế toán quỹ": each part its clause
        docs = [f.unit.doc.doc_id for f in findings]
        own = [u for u in every or ranked if u.doc.doc_id in docs]
        shown = [u for f in findings for u in (f.unit, *f.members, *f.supports)]
        for unit in other_subjects(q, shown, own + [u for d in docs for u in catalog.document_units(d)]):
            findings[docs.index(unit.doc.doc_id)].supports.append(unit)
    verdict = ""
    if q.has("yesno"):
        first = findings[0]
        siblings = catalog.section_units(first.unit.doc.doc_id, first.unit.section)
        # the document's best clauses may state what the lead's own section does not
        nearby = [u for u in ranked[:OTHER_CLAUSES] if u.doc.doc_id == first.unit.doc.doc_id and u not in siblings]
        verdict = yes_no(q, [first.unit, *first.members], top.score, siblings, nearby)
        bounding = quantity_unit(q, siblings) if not verdict else None
        if bounding is not None:  # "68 điểm thì có được công nhận không": the grades by points, for the reader
            first.supports[:0] = [bounding, *bounding.members[:MAX_LISTED_BOUNDS]]
        stating = claim_unit(q, siblings)
        if stating is not None and stating.text != first.unit.text and all(s.text != stating.text for s in first.supports):
            first.supports.insert(0, stating)  # show the clause that says it
    elif q.has("choice"):
        verdict = forms.choice_verdict(q, top)
    return Draft(findings=findings, verdict=verdict, notes=notes, per_document=len(findings) > 1)


def _each_place_lead(q: Query, scope: Scope, leads: list[Unit], units: list[Unit], threshold: float) -> list[Unit]:
    """"hạn … của UBND xã ở Ngân Sơn (gửi Phòng GD&ĐT) và của Hội Khuyến học xã ở Hạ Lang (gửi Hội huyện)": a place
    compared whose documents lead nothing yet gets its best clause that states what is asked (a date, a share),
    whatever recipient, year or body the question gives the other side."""
    places = scope.compared_places
    if not places:
        return []
    kinds = constraints(q)
    floor = threshold * OTHER_PART_SHARE if kinds else threshold  # a value of the kind asked vouches for a weaker match
    led = {u.doc.doc_id for u in leads}
    out: list[Unit] = []
    for place in places:
        if led & set(place.doc_ids):
            continue
        best = next((u for u in units if u.doc.doc_id in place.doc_ids and not u.header and u.score >= floor
                     and all(u.holds(kind, with_heading=True) for kind in kinds)), None)
        if best is not None:
            out.append(best)
            led.add(best.doc.doc_id)
    return out


def with_clause(answer: Answer, unit: Unit) -> Answer:
    """*answer* with one more cited line quoting *unit* (unless it already cites it)."""
    if any(c.doc_id == unit.doc.doc_id and c.quote == unit.text for c in answer.citations):
        return answer
    n = len(answer.citations) + 1
    doc = unit.doc
    answer.citations.append(Citation(n=n, source=doc.source, doc_id=doc.doc_id, title=doc.title,
                                     number=doc.number_display, section=unit.section, quote=unit.text,
                                     label=doc.label))
    answer.answer = answer.answer.rstrip("\n") + f"\n- “{unit.text}” [{n}]"
    return answer
