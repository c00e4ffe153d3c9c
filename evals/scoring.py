"""Scoring as defined in the design notes: answers, abstentions, citations, retrieval."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from index.textnorm import fold, strip_diacritics

EVIDENCE_COVERAGE = 0.6
_ALNUM = re.compile(r"[^\w]+|_")


def _norm(text: str) -> str:
    return fold(text)


def contains(haystack: str, needle: str) -> bool:
    """Case-insensitive, NFC, whitespace-collapsed containment, also without diacritics."""
    h, n = _norm(haystack), _norm(needle)
    return n in h or strip_diacritics(n) in strip_diacritics(h)


def answer_correct(answer: str, must_include: Sequence[Sequence[str]]) -> bool:
    return all(any(contains(answer, alt) for alt in group) for group in must_include)


def _bare(text: str) -> str:
    return _ALNUM.sub("", _norm(text))


_MARKUP = re.compile(r"</?[a-zA-Z][^>]*>")


def quote_in_source(quote: str, source_text: str) -> bool:
    """A quote is valid when found in the source ignoring whitespace, punctuation and markup tags."""
    q, s = _bare(_MARKUP.sub("", quote)), _bare(_MARKUP.sub("", source_text))
    if not q:
        return False
    return q in s or strip_diacritics(q) in strip_diacritics(s)


def _tokens(text: str) -> list[str]:
    return [t for t in _ALNUM.split(strip_diacritics(_norm(text))) if t]


def evidence_coverage(chunk_text: str, evidence: str) -> float:
    """Share of the evidence quote's words (with multiplicity) present in the chunk."""
    ev = Counter(_tokens(evidence))
    if not ev:
        return 0.0
    ch = Counter(_tokens(chunk_text))
    found = sum(min(count, ch[tok]) for tok, count in ev.items())
    return found / sum(ev.values())


def first_hit_rank(retrieved_texts: Sequence[str], evidence: Sequence[str]) -> int | None:
    """1-based rank of the first retrieved text holding >= 60 % of any evidence quote."""
    for rank, text in enumerate(retrieved_texts, start=1):
        if any(evidence_coverage(text, ev) >= EVIDENCE_COVERAGE for ev in evidence):
            return rank
    return None


def percentile(values: Sequence[float], pct: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    k = (len(ordered) - 1) * pct / 100.0
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)
