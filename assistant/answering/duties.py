"""Every duty of an agency: the section that assigns it work, and where a letter assigns work clause by clause,
each clause of the document the agency does."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.clauses import section_agency, strip_marker
from index.sections import CLOSING, PATH_SEP, PREAMBLE, RECIPIENTS
from index.textnorm import fold_ascii
from index.vocabulary.terms import agencies_by_position, agencies_in, without_agencies

from .answer import Answer, doc_name
from .compose import listing
from .evidence import UnitCatalog
from .forms import MAX_LISTED
from .understand import Query
from .units import Unit, actors, doer_cell


def duties(q: Query, ranked: Sequence[Unit], catalog: UnitCatalog, scope_docs: Sequence[str] | None,
           notes: Sequence[str]) -> Answer | None:
    """Every clause of the section that assigns work to the agency asked about, in the best-matching document,
    and when that section holds few (a công văn assigning work clause by clause), the document's other clauses
    the agency does."""
    asked = set(q.agencies)
    if not asked:
        return None
    for unit in ranked[:20]:
        if scope_docs is not None and unit.doc.doc_id not in scope_docs:
            continue
        if not asked & set(unit.heading_agencies):
            continue
        owner = section_agency(unit.section)
        sections = [s for s in dict.fromkeys(c.section for c in catalog.library.chunks_of(unit.doc.doc_id))
                    if s == unit.section or (section_agency(s) == owner and s.startswith(unit.section.split(PATH_SEP)[0]))]
        units = [u for s in sections for u in catalog.section_units(unit.doc.doc_id, s)]
        units = [u for u in units if len(strip_marker(u.text)) > 15]
        if not units:
            return None
        if len(units) < FEW_DUTIES:
            shown = {u.text for u in units}
            units += [u for u in _acting_clauses(unit.doc.doc_id, asked, catalog) if u.text not in shown]
            title = f"Theo {doc_name(unit.doc)}, nhiệm vụ của {owner}:"
        else:
            title = f"Theo {doc_name(unit.doc)}, nhiệm vụ của {owner} ({unit.section.split(PATH_SEP)[-1]}):"
        return listing(q.text, title, [("", u) for u in units[:MAX_LISTED]], notes)
    return None


# a section of fewer duties than this is completed with the agency's clauses elsewhere in the document
FEW_DUTIES = 3


def _acting_clauses(doc_id: str, asked: set[str], catalog: UnitCatalog) -> list[Unit]:
    """The clauses of a document, in order, in which one of the *asked* agencies does something."""
    return [u for s in catalog.sections(doc_id) if s.split(PATH_SEP)[0] not in (PREAMBLE, RECIPIENTS, CLOSING)
            for u in catalog.section_units(doc_id, s)
            if not u.header and not u.members and len(strip_marker(u.text)) > 30 and _done_by(u, asked)]


def _done_by(unit: Unit, asked: set[str]) -> bool:
    """One of the *asked* agencies is the clause's doer: its subject, named first ("Giao Sở … chủ trì …"), or
    in a table row, the doer's cell."""
    doer = doer_cell(unit)
    if doer is not None:
        return bool(asked & set(agencies_in(doer)))
    if len(re.findall(r"[a-z]+", without_agencies(fold_ascii(unit.text)))) <= 4:
        return False  # "- Ủy ban nhân dân các xã, phường, đặc khu." under "Kính gửi": a body, nothing it does
    for part in re.split(r"[;.]\s+", fold_ascii(strip_marker(unit.text))):  # "Sở … trước 15/10; UBND các xã … trước 31/12"
        opening = re.sub(r"^(?:\d+\s*\|\s*)?(?:giao\s+|de nghi\s+)?", "", part)[:60]
        first = agencies_by_position(opening)[:1]
        if first and first[0] in asked and asked & actors(unit):
            return True
    return False
