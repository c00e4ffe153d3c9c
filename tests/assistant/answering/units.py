"""Build clause units the way the catalog does, without an index (for component tests)."""

from __future__ import annotations

from assistant.answering.understand import content_terms
from assistant.answering.units import Unit, bigrams
from index.clauses import section_agency
from index.documents import DocumentMeta
from index.sections import PATH_SEP
from index.vocabulary.terms import agencies_in, agency_at_start, titles_in

DOC = DocumentMeta(doc_id="x-kh", source="x.txt", kind="Kế hoạch", number="12/KH-UBND", symbol="KH-UBND",
                   issuer="Ủy ban nhân dân tỉnh Xuân Hòa", locality="Xuân Hòa", level="tỉnh", date="01/02/2024",
                   year=2024, title="Triển khai Phong trào thi đua")


def unit(text: str, section: str = "VII. Tổ chức thực hiện", doc: DocumentMeta = DOC, score: float = 0.0) -> Unit:
    terms = content_terms(text)
    heading = section_agency(section)
    return Unit(doc=doc, section=section, text=text, terms=frozenset(terms), own_terms=frozenset(terms),
                section_terms=frozenset(content_terms(section.replace(PATH_SEP, " "))),
                head_terms=frozenset(content_terms(section.split(PATH_SEP)[-1])),
                bigrams=bigrams(terms), agencies=tuple(agencies_in(text)),
                subject=tuple(agency_at_start(text.lstrip("-+ "))),
                heading_agencies=tuple(agencies_in(heading)) if heading else (),
                titles=tuple(titles_in(text)), score=score)
