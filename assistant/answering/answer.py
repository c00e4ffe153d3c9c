"""The public result of answering: an answer with numbered citations."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from index.documents import DocumentMeta


@dataclass
class Citation:
    n: int
    source: str
    doc_id: str
    title: str
    number: str
    section: str
    quote: str
    label: str = ""


@dataclass
class Answer:
    question: str
    answer: str
    abstained: bool
    citations: list[Citation] = field(default_factory=list)
    retrieved: list[dict] = field(default_factory=list)
    latency_ms: float = 0.0
    notice: str = ""

    def to_dict(self) -> dict:
        data = asdict(self)
        for c in data["citations"]:
            c.pop("label", None)
        data.pop("notice", None)
        return data


class CitationBook:
    """Numbers citations in order of first use; the same clause keeps its number."""

    def __init__(self) -> None:
        self.items: list[Citation] = []

    def cite(self, doc: DocumentMeta, section: str, quote: str) -> int:
        quote = re.sub(r"^[-+•]\s+", "", quote)
        for c in self.items:
            if c.doc_id == doc.doc_id and c.quote == quote:
                return c.n
        n = len(self.items) + 1
        self.items.append(Citation(n=n, source=doc.source, doc_id=doc.doc_id, title=doc.title,
                                   number=doc.number_display, section=section, quote=quote, label=doc.label))
        return n


def doc_name(doc: DocumentMeta) -> str:
    """'Kế hoạch 151/KH-UBND của Ủy ban nhân dân tỉnh Bình Dương'."""
    number = doc.number_display
    issuer = f" của {doc.issuer}" if doc.issuer else ""
    return f"{doc.kind} {number}{issuer}".strip()


def doc_within(doc: DocumentMeta) -> str:
    """'huyện Tuy An, tỉnh Phú Yên': the units a document's own place lies in, '' when none is known."""
    return ", ".join(p for p in (f"huyện {doc.district}" if doc.district else "",
                                 f"tỉnh {doc.province}" if doc.province and doc.province != doc.locality else "") if p)


def doc_short(doc: DocumentMeta) -> str:
    """'Bình Dương — Kế hoạch 151/KH-UBND'."""
    where = doc.locality or doc.issuer
    return f"{where} — {doc.kind} {doc.number_display}" if where else f"{doc.kind} {doc.number_display}"
