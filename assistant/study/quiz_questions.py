"""Drafts about a document's header, the documents it rests on, its targets, milestones and money."""

from __future__ import annotations

import re
from functools import lru_cache

from index.clauses import strip_marker
from index.documents import DocumentMeta
from index.sections import PATH_SEP, PREAMBLE
from index.textnorm import fold_ascii
from index.vocabulary.terms import titles_in

from . import quiz_values as qv
from .profile_header import is_draft
from .quiz_draft import NOT_AN_ISSUER, Draft, cap, clip, is_person_name
from .quiz_items import (
    HEADER_SECTION,
    SIGNATURE_SECTION,
    Citation,
    QuizSource,
    doc_ref,
    has_full_date,
    short_issuer,
)
from .quiz_stated import similar_clause

# --- header ------------------------------------------------------------------------------


_ISSUES = re.compile(r"\b(?:ban hành|xây dựng|hướng dẫn|thông báo)\b", re.I)


def _issuer_clause(source: QuizSource, doc: DocumentMeta) -> Citation | None:
    """Where the document names its issuer: the header block, else the opening sentence that says who issues it."""
    if doc.issuer_block and qv.value_in_text(qv.AGENCY, doc.issuer, doc.issuer_block):
        return Citation(doc.doc_id, doc.source, HEADER_SECTION, doc.issuer_block)
    for section, unit in source.units(doc.doc_id)[:6]:
        if section == PREAMBLE and qv.value_in_text(qv.AGENCY, doc.issuer, unit) and _ISSUES.search(unit):
            return Citation(doc.doc_id, doc.source, section, unit)
    return None


def header_drafts(source: QuizSource, doc: DocumentMeta) -> list[Draft]:
    out: list[Draft] = []
    header = lambda quote: Citation(doc.doc_id, doc.source, HEADER_SECTION, quote)  # noqa: E731
    signature = lambda quote: Citation(doc.doc_id, doc.source, SIGNATURE_SECTION, quote)  # noqa: E731
    title = f"“{clip(doc.title, 160)}”" if doc.title else ""
    if doc.number:
        when = f" ngày {doc.date}" if has_full_date(doc) else ""
        out.append(Draft(doc.doc_id, "number", "số", f"{doc.kind} {title} của {short_issuer(doc.issuer)}{when} có số, "
                         "ký hiệu là gì?", doc.number, header(doc.number)))
    if has_full_date(doc) and not is_draft(doc) and doc.date_line:
        out.append(Draft(doc.doc_id, "date", "ngày", f"{cap(doc_ref(doc))} được ban hành ngày nào?", doc.date,
                         header(doc.date_line)))
    if doc.issuer and (where := _issuer_clause(source, doc)):
        # "Hoạt động của Trung tâm học tập cộng đồng xã Hoàng Long": a title naming its issuer would give it away
        named = fold_ascii(doc.issuer) in fold_ascii(doc.title or "")
        out.append(Draft(doc.doc_id, "issuer", "cơ quan ban hành",
                         f"{cap(doc_ref(doc, issuer=False))} {'' if named else title} do cơ quan nào ban hành?".replace(
                             "  ", " "), doc.issuer, where))
    if doc.signer and is_person_name(doc.signer):
        out.append(Draft(doc.doc_id, "signer", "người ký", f"Ai là người ký {doc_ref(doc)}?", doc.signer,
                         signature(doc.signer)))
        if doc.signer_title and not re.match(r"(?:TM|KT|TL|TUQ)\b", doc.signer_title, re.I):
            out.append(Draft(doc.doc_id, "signer_title", "chức vụ người ký",
                             f"Người ký {doc_ref(doc)} ký với chức vụ gì?", doc.signer_title,
                             signature(doc.signer_title)))
    return out


# --- legal bases ------------------------------------------------------------------------


def _clean_legal_issuer(issuer: str) -> str | None:
    issuer = issuer.strip(" .,;")
    if not issuer or len(issuer.split()) > 9 or NOT_AN_ISSUER.search(issuer) or " và " in issuer:
        return None
    return issuer


def legal_drafts(source: QuizSource, doc: DocumentMeta) -> list[Draft]:
    out: list[Draft] = []
    ref = doc_ref(doc)
    seen: set[str] = set()
    facts = source.legal_bases.get(doc.doc_id, [])
    opening = next((f for f in facts if re.match(r"\s*(?:[-+]\s*)?(?:Căn cứ|Thực hiện|Theo)\b", f.quote)), None)
    if opening:
        out.append(Draft(doc.doc_id, "legal_basis", "căn cứ",
                         f"{cap(ref)} được ban hành căn cứ hoặc để thực hiện văn bản nào dưới đây?",
                         f"{opening.kind} số {opening.number}", Citation(doc.doc_id, doc.source, opening.section,
                                                                          opening.quote)))
    for f in facts:
        if f.number in seen or (doc.number and f.number == doc.number):
            continue
        seen.add(f.number)
        cite = Citation(doc.doc_id, doc.source, f.section, f.quote)
        issuer = _clean_legal_issuer(f.issuer)
        named = f"{f.kind} số {f.number}"
        if f.date and (d := qv.parse_date(f.date)) and d[2]:
            by = f" của {issuer}" if issuer else ""
            out.append(Draft(doc.doc_id, "legal_date", f.number,
                             f"Theo {ref}, {named}{by} được ban hành ngày nào?", qv.show_date(*d), cite))
        if issuer:
            out.append(Draft(doc.doc_id, "legal_issuer", f.number,
                             f"Theo {ref}, {named} do cơ quan nào ban hành?", issuer, cite))
    return out


# --- targets, milestones, phases, money ---------------------------------------------------------


@lru_cache(maxsize=65536)
def similar_indicator(a: str, b: str) -> bool:
    ta, tb = set(titles_in(a)), set(titles_in(b))
    if ta or tb:
        return ta == tb and similar_clause(a, b, 0.4)
    return similar_clause(a, b, 0.5)


_THRESHOLD = re.compile(r"trở lên|điểm|tối đa|tối thiểu|ít nhất|dưới|không quá", re.I)
_RATE_FIRST = re.compile(r"(?:\d{1,2}[.)]\s*|[a-zđ]\)\s*|[-+•–]\s*)?Tỷ lệ\b", re.I)
_GOAL_WORDS = re.compile(r"mục tiêu|chỉ tiêu|phấn đấu", re.I)


def target_drafts(source: QuizSource, doc: DocumentMeta) -> list[Draft]:
    out: list[Draft] = []
    ref = doc_ref(doc)
    targets = source.targets.get(doc.doc_id, [])
    for t in targets:
        indicator = t.indicator.strip(" ,;.")
        if "%" in indicator or not 4 <= len(indicator.split()) <= 30 or not re.search(r"[.;:,”)…]$", t.quote.rstrip()):
            continue
        value = re.escape(t.value.rstrip("%"))
        if _THRESHOLD.search(indicator) or not (_RATE_FIRST.match(t.quote) and _GOAL_WORDS.search(t.section)) and re.search(
            rf"(?:từ|ít nhất|dưới|trên|tối thiểu|đạt)\s+{value}\s*%", t.quote
        ):  # "Tỷ lệ … đạt từ 72% trở lên" under "Chỉ tiêu" is a target, not a criterion's floor
            continue  # a criterion's threshold, not a target
        year = t.year if t.year and (str(t.year) in t.quote or str(t.year) in t.section) else None
        heading = t.section.split(PATH_SEP)[-1]
        if year is None and _GOAL_WORDS.search(heading) and len(set(re.findall(r"\b(20\d{2})\b", heading))) == 1:
            year = int(re.findall(r"\b(20\d{2})\b", heading)[0])  # "1. Chỉ tiêu năm 2025"
        if year is None and sum(1 for o in targets if similar_indicator(o.indicator, indicator)) > 1:
            continue  # without its year the question would fit several targets
        if _GOAL_WORDS.search(t.section) or _GOAL_WORDS.search(t.quote):
            by = "đến năm" if year and re.search(rf"(?:đến|tới)\s+năm\s+{year}", f"{t.section} {t.quote}", re.I) else "năm"
            when = f" {by} {year}" if year else ""
            q = f"Theo {ref}, chỉ tiêu{when}: tỷ lệ {indicator} là bao nhiêu?"
        else:
            when = f" năm {year}" if year else ""
            q = f"Theo {ref}, tỷ lệ {indicator}{when} là bao nhiêu?"
        out.append(Draft(doc.doc_id, "target", f"{indicator}@{year or ''}", q, t.value,
                         Citation(doc.doc_id, doc.source, t.section, t.quote), group=indicator))
    return out


def milestone_drafts(source: QuizSource, doc: DocumentMeta) -> list[Draft]:
    out: list[Draft] = []
    ref = doc_ref(doc)
    milestones = source.milestones.get(doc.doc_id, [])
    for kind in ("sơ kết", "tổng kết"):
        of_kind = [m for m in milestones if m.kind == kind and m.year]
        if len({m.year for m in of_kind}) != 1:
            continue  # none, or several years: "vào năm nào?" would have no single answer
        m = of_kind[0]
        out.append(Draft(doc.doc_id, "milestone", f"{kind}@", f"Theo {ref}, việc {kind} được tổ chức vào năm nào?",
                         str(m.year), Citation(doc.doc_id, doc.source, m.section, m.quote), group=kind))
    phases: dict[str, set[str]] = {}
    for m in milestones:
        if m.kind == "giai đoạn":
            phases.setdefault(m.label, set()).add(m.when)
    for label, spans in phases.items():
        m = next(x for x in milestones if x.kind == "giai đoạn" and x.label == label)
        span = qv.parse_span(m.when)
        if len(spans) != 1 or not span:
            continue
        out.append(Draft(doc.doc_id, "phase", label, f"Theo {ref}, {label} được thực hiện trong khoảng thời gian nào?",
                         qv.show_span(*span), Citation(doc.doc_id, doc.source, m.section, m.quote)))
    return out


def budget_drafts(source: QuizSource, doc: DocumentMeta) -> list[Draft]:
    out: list[Draft] = []
    ref = doc_ref(doc)
    for b in source.budgets.get(doc.doc_id, []):
        text = strip_marker(b.quote)
        if "|" in text:
            continue  # a table row: its column headings are not in the clause
        amounts = list(re.finditer(re.escape(b.amount), text, re.I))
        if len(amounts) != 1 or qv.parse_amount(b.amount) is None:
            continue
        a = amounts[0]
        tail = re.sub(r"^\s*\([^)]*\)", "", text[a.end():])  # the amount spelled out in words
        before = text[: a.start()]
        if len(before) > 150:
            before = "…" + before[-150:].split(" ", 1)[-1]
        cloze = f"{before}…… {clip(tail, 120) if tail.strip() else ''}".strip()
        q = f"Theo {ref}, số tiền còn trống trong câu sau là bao nhiêu: “{cloze}”?"
        out.append(Draft(doc.doc_id, "budget", cloze, q, b.amount, Citation(doc.doc_id, doc.source, b.section, b.quote)))
    return out
