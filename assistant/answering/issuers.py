"""The documents a question names by their issuer: "các tiêu chí … của Sở GD Quảng Nam" asks the Sở's guidance,
not the Hội Khuyến học's guidance of the same province."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from index.documents import DocumentMeta
from index.vocabulary.terms import AGENCIES, agencies_in

from ..scope import Scope
from .understand import Query

# "của Sở GD …", "do Hội Khuyến học … ban hành": the body before which a document is named as its issuer
_OF = re.compile(r"\b(?:cua|do)\s+$")


def issuing_agencies(doc: DocumentMeta) -> list[str]:
    """The bodies that issue *doc*: its issuer's, and each other body signing a joint plan."""
    return agencies_in(" ".join([doc.issuer, *doc.cosigners]))


def issued_by(q: Query, scope: Scope, documents: Mapping[str, DocumentMeta]) -> Scope:
    """*scope* (the documents of one place) narrowed to those whose issuer the question names after "của" / "do",
    when that leaves some but not all of them; a question about a body's own duties ("nhiệm vụ của Sở …") keeps
    them all."""
    if (not scope.doc_ids or len(scope.doc_ids) < 2 or len(scope.places) != 1 or scope.numbers
            or "duties" in q.topics or q.has("compare")):
        return scope  # two places or documents named are each asked about
    named = {term.name for term in AGENCIES for m in term.regex.finditer(q.bare)
             if _OF.search(q.bare[max(0, m.start() - 5) : m.start()])}
    if not named:
        return scope
    issued = [d for d in scope.doc_ids if d in documents and named & set(agencies_in(documents[d].issuer)[:1])]
    return replace(scope, doc_ids=issued) if 0 < len(issued) < len(scope.doc_ids) else scope
