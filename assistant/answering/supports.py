"""Clauses shown beside the lead of an answer: the best clause for each other kind of value a question of several
parts asks, the duties of a post whose holder is asked, and the item whose deadline a clause shown takes."""

from __future__ import annotations

import re

from index.facts import strip_marker
from index.textnorm import fold_ascii

from .evidence import UnitCatalog
from .kinds import asked_role
from .understand import Query
from .units import Unit
from .values import PERSON


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
        if any(u.holds(kind) for u in shown):
            found = next((u for u in candidates if u.section == lead.section and u not in shown), None)
        else:
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
        for section in dict.fromkeys(c.section for c in catalog.library.chunks_of(doc_id)):
            for u in catalog.section_units(doc_id, section):
                if u.text not in shown_texts and not u.members and not PERSON.search(u.text) and re.search(
                    rf"\b{role}\b", fold_ascii(strip_marker(u.text))[:30]
                ):
                    return [u]
    return []
