"""One document's slots for training and meetings, each item citing the clause it was read from.

The profile is generated from the document's metadata, its sections (chunks) and the facts the indexer
parsed (index.facts), with rules that hold for Vietnamese administrative plans in general: purpose is
what stands under a heading "Mục đích", phases are "Giai đoạn n (yyyy – yyyy)", targets are the
percentages and ratios under a "Chỉ tiêu"/"Mục tiêu" heading (or a table of them), and so on. Nothing
here knows particular documents. Every `Cited.quote` is a verbatim substring of the document's chunk
text (the header's quotes are verbatim header lines of the source file).

This module assembles the profile from the slot readers (profile_header, profile_purpose, profile_targets,
profile_reporting, profile_duties, profile_milestones, profile_funding) and is the import point for the
profile's data (profile_model) and for finding a document (document_ref).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from .document_ref import AmbiguousDocument, DocumentNotFound, document_missing, find_document
from .profile_duties import read_coordinators, read_duties
from .profile_funding import read_awards, read_funding
from .profile_header import HEADER_SECTION, is_draft, read_header
from .profile_milestones import read_milestones
from .profile_model import Cited, DocumentProfile, Duty, MilestoneItem, Phase, ReportingLine, TargetCell, indicator_key
from .profile_purpose import read_phases, read_purpose
from .profile_reporting import read_reporting, reporting_text
from .profile_targets import read_targets
from .profile_text import units_of

if TYPE_CHECKING:
    from index.store import Library

__all__ = [
    "HEADER_SECTION",
    "AmbiguousDocument",
    "Cited",
    "DocumentNotFound",
    "DocumentProfile",
    "Duty",
    "MilestoneItem",
    "Phase",
    "ReportingLine",
    "TargetCell",
    "build_profile",
    "build_profiles",
    "find_document",
    "indicator_key",
    "is_draft",
    "reporting_text",
]

log = logging.getLogger(__name__)


def build_profile(library: Library, doc_id: str) -> DocumentProfile:
    """The profile of one document (doc_id exactly; use find_document for what a user typed)."""
    doc = library.documents_by_id.get(doc_id)
    if doc is None:
        raise document_missing(doc_id, library.documents)
    chunks = sorted(library.chunks_of(doc_id), key=lambda c: c.ordinal)
    units = units_of(chunks)
    facts = library.facts
    ids = [doc_id]
    responsibilities = facts.responsibilities(ids)
    draft = is_draft(doc)
    profile = DocumentProfile(
        doc=doc,
        draft=draft,
        header=read_header(doc, units, draft),
        purpose=read_purpose(doc, units),
        phases=read_phases(doc, units),
        targets=read_targets(doc, units),
        reporting=read_reporting(doc, units),
        duties=read_duties(doc, responsibilities),
        coordinators=read_coordinators(doc, units, responsibilities),
        milestones=read_milestones(doc, units),
        funding=read_funding(doc, units, facts.budgets(ids)),
        awards=read_awards(doc, facts.awards(ids)),
    )
    log.debug("profile %s: %d citations", doc_id, len(profile.citations()))
    return profile


def build_profiles(library: Library) -> list[DocumentProfile]:
    return [build_profile(library, d.doc_id) for d in library.documents]
