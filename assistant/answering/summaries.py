"""A document's summary for the chat: its outline, its legal bases, a plan's card slots, and what each part of a
letter or report says beside them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.clauses import strip_marker
from index.clean import TABLE_CELL
from index.documents import DocumentMeta
from index.sections import CLOSING, FULL_TEXT, PATH_SEP, PREAMBLE, RECIPIENTS
from index.textnorm import fold_ascii

from .answer import Answer, Citation, CitationBook, doc_name, doc_within
from .compose import cut_clause
from .evidence import UnitCatalog
from .understand import Query
from .units import Unit

BULLET = re.compile(r"^[-+•]\s+")


def overview(q: Query, doc: DocumentMeta, catalog: UnitCatalog) -> Answer:
    """The document's summary card, shortened for the chat: its outline and legal bases, a few cited lines per slot,
    then what each part says that no slot does."""
    from ..study.profile import build_profile
    from ..study.summary import build_card

    card = build_card(build_profile(catalog.library, doc.doc_id))
    book = CitationBook()
    status = "" if doc.number or doc.attached_to else " — bản dự thảo, chưa có số"
    where = doc_within(doc)
    place = f", {where}" if where else ""
    lines = [f"Tóm tắt {doc_name(doc)}{place} ({doc.date or 'chưa ghi ngày'}{status}): {doc.title}".rstrip(": ")]
    headings = outline(doc, catalog)
    if headings:
        parts = "; ".join(f"{strip_period(h)} [{book.cite(doc, h, h)}]" for h in headings)
        lines.append(f"- Bố cục gồm {len(headings)} phần: {parts}")
    for article in articles(doc, catalog):  # a decision's "Điều 1. Ban hành kèm theo …", "Điều 2. … hiệu lực …"
        lines.append(f"- {article} [{book.cite(doc, article, article)}]")
    for basis in catalog.library.facts.legal_bases([doc.doc_id]):
        known = len(book.items)
        n = book.cite(doc, basis.section, basis.quote)
        if len(book.items) > known:
            lines.append(f"- Căn cứ: {strip_marker(basis.quote)} [{n}]")
        if n >= 2:
            break
    unstated = []
    for section in card.sections:
        if section.key == "header":
            continue
        if section.empty:
            unstated.append(section.title.lower())
            continue
        for line in section.lines[:_OVERVIEW_LINES.get(section.key, 2)]:
            n = book.cite(doc, line.cite.section, line.cite.quote)
            lines.append(f"- {section.title}: {line.text} [{n}]")
    # what each part says: a letter's or a report's parts fit none of a plan's slots above
    digest = part_digest(doc, catalog, headings, book.items)
    for heading in dict.fromkeys(h for h, _ in digest):
        said = [f"{BULLET.sub('', cut_clause(u, (), ()))} [{book.cite(doc, u.section, u.text)}]"
                for h, u in digest if h == heading]
        title = "Mở đầu" if heading == PREAMBLE else strip_period(heading)
        lines += [f"- {title}: {said[0]}"] if len(said) == 1 else [f"- {title}:", *(f"  + {x}" for x in said)]
    if unstated:
        lines.append(f"- Văn bản không nêu: {'; '.join(unstated)}.")
    lines.append(f"Thẻ tóm tắt đầy đủ: thẻ “Học & ôn tập” trên trang web, hoặc lệnh `xhht summary {doc.doc_id}`.")
    return Answer(question=q.text, answer="\n".join(lines), abstained=False, citations=book.items)


# a part shows up to this many of its clauses, the ones giving most dates and figures, and the digest this many
PART_CLAUSES = 2
PART_ROWS = 4
PART_GROUPS = 6
DIGEST_LINES = 16
_FIGURE = re.compile(r"\b\d{1,2}/\d{1,2}\b|\b\d+(?:[.,]\d+)?\s*%|\bngay \d|\bquy [ivx]+\b|\bdong\b|"
                     r"\b\d+\s+(?:xa|thon|lop|bo|diem|trung tam|nguoi|hoc vien)\b")


def part_digest(doc: DocumentMeta, catalog: UnitCatalog, headings: Sequence[str],
                cited: Sequence[Citation]) -> list[tuple[str, Unit]]:
    """What each main part says that the *cited* clauses do not: of each of its sub-parts none of them comes
    from, the clause giving most dates and figures (a table's first rows); of a part without sub-parts, its
    clauses giving most. In the order written: what a summary of a letter or a report gives beside a plan's slots."""
    sections = [s for s in dict.fromkeys(c.section for c in catalog.library.chunks_of(doc.doc_id))
                if s.split(PATH_SEP)[-1] != CLOSING]
    used = {c.section for c in cited if c.quote != c.section}
    picked: list[tuple[str, Unit]] = []
    for heading in headings or [PREAMBLE]:
        own = [s for s in sections if s.split(PATH_SEP)[0] == heading]
        groups = list(dict.fromkeys(PATH_SEP.join(s.split(PATH_SEP)[:2]) for s in own))
        for group in groups[:PART_GROUPS]:
            if any(u == group or u.startswith(group + PATH_SEP) for u in used):
                continue
            units = [u for s in own if s == group or s.startswith(group + PATH_SEP)
                     for u in catalog.section_units(doc.doc_id, s) if not u.members]
            units = [u for u in units if len(u.text) >= 30 and not any(u.text in c.quote or c.quote in u.text for c in cited)
                     and strip_marker(u.text).rstrip(" :.").lower() != strip_marker(u.section.split(PATH_SEP)[-1]).rstrip(" :.…").lower()]
            if not units:
                continue
            rows = sum(TABLE_CELL in u.text for u in units) >= 3
            keep = PART_ROWS if rows else (PART_CLAUSES if len(groups) == 1 else 1)
            figures = [len(_FIGURE.findall(fold_ascii(u.text))) for u in units]
            scored = sorted(range(len(units)), key=lambda i: (-figures[i], i))
            chosen = sorted(i for i in scored[:keep] if figures[i] or i == scored[0])
            picked += [(heading, units[i]) for i in chosen]
    return picked[:DIGEST_LINES]


MAX_OUTLINE = 10
_NOT_CONTENT = {PREAMBLE, RECIPIENTS, FULL_TEXT, CLOSING}


def outline(doc: DocumentMeta, catalog: UnitCatalog) -> list[str]:
    """The document's main headings in order ("I. Mục đích, yêu cầu", "Chương II. …"): the first level of its
    section paths with two or more headings, without the opening, closing and recipients, or [] when its
    parts are clauses rather than headings (a decision's "Điều 1. Ban hành kèm theo …")."""
    paths = [c.section.split(PATH_SEP) for c in catalog.library.chunks_of(doc.doc_id)]
    paths = [p for p in paths if p[0] not in _NOT_CONTENT]
    for depth in (0, 1):
        heads = list(dict.fromkeys(p[depth] for p in paths if len(p) > depth))
        if len(heads) >= 2 or depth == 1:
            break
        paths = [p for p in paths if p[0] == heads[0]] if heads else []
    if not 2 <= len(heads) <= MAX_OUTLINE or any(h.endswith("…") for h in heads):
        return []
    return heads


_ARTICLE = re.compile(r"^Điều\s+\d{1,2}\b")


def articles(doc: DocumentMeta, catalog: UnitCatalog) -> list[str]:
    """A decision's articles in order ("Điều 1. Ban hành kèm theo Quyết định này …"), or [] for a document whose
    parts are headings."""
    tops = dict.fromkeys(c.section.split(PATH_SEP)[0] for c in catalog.library.chunks_of(doc.doc_id))
    found = [t for t in tops if _ARTICLE.match(t)]
    return found[:MAX_OUTLINE] if len(found) >= 2 else []


def strip_period(heading: str) -> str:
    return heading.rstrip(" .:")


# lines of each card section the chat shows; the card itself shows them all
_OVERVIEW_LINES = {"purpose": 1, "phases": 4, "targets": 4, "reporting": 3, "duties": 3, "milestones": 3,
                   "funding": 1, "awards": 2}
