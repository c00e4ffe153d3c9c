"""A decision and the documents it issues, as a question names them: "Quy chế … ban hành kèm theo quyết định
nào" asks the decision's number; "Kế hoạch ban hành kèm QĐ 412 gồm những phần nào" the plan, not the decision;
a decision's rules speak for it unless the question names the decision itself."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.documents import DocumentMeta
from index.textnorm import fold_ascii

from ..retrievers import SearchHit
from .understand import Query
from .units import Unit


def issued_with(doc: DocumentMeta, others: list[DocumentMeta]) -> bool:
    """A plan issued with a decision that is also in scope."""
    return bool(doc.attached_to) and any(doc.attached_to == o.number for o in others)


# a kind of document as officers type it: "qđ 486", "kh 27"
_KIND_SHORT = {"Quyết định": "qd", "Kế hoạch": "kh", "Quy chế": "qc", "Hướng dẫn": "hd", "Công văn": "cv"}


# "ban hành kèm theo quyết định nào / số mấy": the decision a plan or rules were issued with
_ISSUED_WITH_ASKED = re.compile(r"\bkem theo (?:quyet dinh|qd|van ban|vb)\s*(?:nao|so may|so nao|gi)\b")


# a question opening with the kind of document it asks about: "qđ công nhận … số mấy, ai ký", "Tờ trình 47 …"
# (a kind that, named elsewhere, is read as another document the plans cite)
_OPENING_KIND = {"Quyết định": r"quyet dinh|qd", "Tờ trình": r"to trinh|ttr", "Chương trình": r"chuong trinh|ctr",
                 "Biên bản": r"bien ban|bb", "Chỉ thị": r"chi thi", "Nghị quyết": r"nghi quyet|nq"}


def own_kind_named(bare: str, scope_docs: Sequence[DocumentMeta]) -> str:
    """The question opens with the kind of a document in scope ("Chương trình công tác năm 2025 của …", "qd công
    nhận … năm 2024 của tỉnh …"): the question with that kind written as "văn bản", so what it asks of it is read
    as asked of the document itself; '' otherwise."""
    for kind, pattern in _OPENING_KIND.items():
        m = re.match(rf"\s*(?:{pattern})\b", bare)
        if m and any(d.kind == kind for d in scope_docs):
            return f"van ban{bare[m.end():]}"
    return ""


def closest_titled(q: Query, decisions: list[DocumentMeta], scope_docs: Sequence[DocumentMeta]) -> list[DocumentMeta]:
    """Of several decisions in scope (a province's decision issuing its plan, a joint decision issuing its rules),
    the one whose title, or the title of what it issues, shares the most words with the question; all of them
    when none stands out."""
    if len(decisions) < 2:
        return decisions
    asked = set(re.findall(r"[a-z]+", q.bare))

    def shared(d: DocumentMeta) -> int:
        titles = " ".join(x.title or "" for x in scope_docs if x is d or (d.number and x.attached_to == d.number))
        return len(asked & set(re.findall(r"[a-z]+", fold_ascii(titles))))

    best = max(map(shared, decisions))
    top = [d for d in decisions if shared(d) == best]
    return top if len(top) == 1 else decisions


def issuing_decision(q: Query, scope_docs: list[DocumentMeta], documents: Sequence[DocumentMeta]) -> DocumentMeta | None:
    """The decision the document in scope was issued with, when the question asks which it is."""
    if not _ISSUED_WITH_ASKED.search(q.bare):
        return None
    attached = [d for d in scope_docs if d.attached_to]
    if len(attached) > 1:  # a province's plan and a joint Quy chế, each with its decision: the kind the question names
        attached = [d for d in attached if kind_named(q, d)] or attached
    if len(attached) == 1:
        return next((d for d in documents if d.number == attached[0].attached_to), None)
    # the scope holds only the decision ("kèm theo quyết định" read as the kind of document asked about)
    issuing = [d for d in scope_docs if d.number and any(x.attached_to == d.number for x in documents)]
    return issuing[0] if len(issuing) == 1 and not attached else None


def summarized(q: Query, scope_docs: list[DocumentMeta], hits: list[SearchHit]) -> DocumentMeta | None:
    """The one document an overview is asked of: the scope's, or of a decision and what it issues, the one
    whose kind the question names ("Quy chế … gồm những nội dung chính nào"), else what it issues."""
    if not scope_docs:
        return hits[0].document
    if len(scope_docs) == 1:
        return scope_docs[0]
    issued = [d for d in scope_docs if issued_with(d, scope_docs)]
    if len(issued) != len(scope_docs) - 1:
        return None
    named = [d for d in scope_docs if kind_named(q, d)]
    return named[0] if len(named) == 1 else issued[0]


def kind_named(q: Query, doc: DocumentMeta) -> bool:
    """The question names the kind of *doc* ("Quy chế …", "KH …"), not as the decision another is issued with."""
    bare = _ISSUED_WITH.sub(" ", q.bare)
    return bool(re.search(rf"\b(?:{fold_ascii(doc.kind)}|{_KIND_SHORT.get(doc.kind, '-')})\b", bare))


# "ban hành kèm (theo) QĐ 412": the decision names what is issued with it
_ISSUED_WITH = re.compile(r"\bkem(?: theo)? (?:quyet dinh|qd)\b(?:\s+so)?(?:\s+\d[\w/.-]*)?")


# a decision named as such: "QĐ 1256", "quyết định … có hiệu lực"; "kèm theo QĐ 1256" only says which rules
_DECISION_NAMED = re.compile(r"\b(?:quyet dinh|qd)\b")
_NUMBER_NAMED = re.compile(r"\bkem theo (?:quyet dinh|qd)\b(?:\s+so)?\s*\d*")


def issued_first(q: Query, scope_docs: list[DocumentMeta], ranked: list[Unit], threshold: float) -> list[Unit]:
    """"Danh hiệu … theo quy chế huyện Yên Thế có giá trị 2 năm phải không" of a decision and the rules it issues:
    the rules speak, the decision only issues them — unless the question names the decision itself."""
    issued = {d.doc_id for d in scope_docs if issued_with(d, scope_docs)}
    if not issued or _DECISION_NAMED.search(_NUMBER_NAMED.sub(" ", q.bare)):
        return ranked
    first = [u for u in ranked if u.doc.doc_id in issued and u.score >= threshold]
    return first + [u for u in ranked if u not in first] if first else ranked
