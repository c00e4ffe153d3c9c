"""The funding and awards slots: the clauses that state money for the plan, and the award forms it names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.documents import DocumentMeta
from index.facts import AwardForm, Budget
from index.textnorm import fold

from .profile_model import Cited
from .profile_targets import in_targets
from .profile_text import Unit, cite, clause_piece, display, is_heading_or_lead, section_parts, sub_clause

MAX_FUNDING = 5

_MONEY_WORDS = re.compile(r"kinh phí|ngân sách|dự toán|bố trí|nguồn", re.I)


def _in_funding(section: str) -> bool:
    return any(p.startswith("kinh phí") for p in section_parts(section))


def read_funding(doc: DocumentMeta, units: Sequence[Unit], budgets: Sequence[Budget]) -> list[Cited]:
    """The clause of each amount that is money for the plan (not a target), then the other lines of a
    "Kinh phí" section."""
    out: list[Cited] = []
    quotes: set[str] = set()
    for b in budgets:
        if not (_in_funding(b.section) or _MONEY_WORDS.search(b.quote)) or in_targets(b.section):
            continue
        at = b.quote.find(b.amount.split(" ")[0])
        piece = sub_clause(b.quote, at, at + len(b.amount)) if at >= 0 else clause_piece(b.quote)[0]
        if piece in quotes:
            continue
        quotes.add(piece)
        out.append(cite(doc, b.section, display(*clause_piece(piece)), piece))
    for u in units:
        if len(out) >= MAX_FUNDING:
            break
        if not _in_funding(u.chunk.section) or is_heading_or_lead(u):
            continue
        piece, cut = clause_piece(u.text)
        if any(piece in q or q in piece for q in quotes) or len(piece) < 20:
            continue
        quotes.add(piece)
        out.append(cite(doc, u.chunk.section, display(piece, cut), piece))
    return out


def read_awards(doc: DocumentMeta, facts: Sequence[AwardForm]) -> list[Cited]:
    """The clause of each award form, once."""
    out: list[Cited] = []
    seen: set[str] = set()
    for f in facts:
        at = f.quote.find(f.form)
        piece = sub_clause(f.quote, at, at + len(f.form)) if at >= 0 else clause_piece(f.quote)[0]
        key = fold(piece)
        if key in seen or not piece:
            continue
        seen.add(key)
        out.append(cite(doc, f.section, display(*clause_piece(piece)), piece))
    return out
