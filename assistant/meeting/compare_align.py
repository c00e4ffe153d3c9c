"""Align target indicators worded differently across documents.

Two targets share a row when they name the same learning titles (the quoted names the library's own targets
use, e.g. “Gia đình học tập”, found with or without quotes and diacritics) and their subjects — the words
before the verb, like "hộ gia đình" and "gia đình" — are close (rapidfuzz). Targets naming no title align
only when nearly the whole wording matches. Nothing here lists titles by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from index.textnorm import fold_ascii

_QUOTED = re.compile(r"[“\"]([^”\"]{3,60})[”\"]")
_WORDS = re.compile(r"[a-z0-9]+")
# where the subject of an indicator ends: its verb or the frame it is counted in
_SUBJECT_END = re.compile(
    r"\b(?:duoc|dat|tham gia|trong|co|dang ky|xay dung|ung dung|trien khai|chon|duy tri|hoat dong|di hoc)\b")
_LEADING = re.compile(r"^(?:cac|nhung|tat ca)\s+")
SUBJECT_MIN = 70
WHOLE_MIN = 92
# a share that registers for a title is not a share that holds it
_REGISTERS = re.compile(r"\bdang ky\b")


def _bare(text: str) -> str:
    return " ".join(_WORDS.findall(fold_ascii(text)))


def known_titles(indicators: Iterable[str]) -> list[str]:
    """The quoted titles the indicators use, folded, longest first."""
    titles = {_bare(q) for ind in indicators for q in _QUOTED.findall(ind)}
    return sorted((t for t in titles if len(t.split()) >= 2), key=lambda t: (-len(t), t))


@dataclass
class Signature:
    titles: tuple[str, ...]
    subject: str
    whole: str
    registers: bool = False


def signature(indicator: str, titles: Sequence[str]) -> Signature:
    whole = _bare(indicator)
    spans: list[tuple[int, int, str]] = []
    for title in titles:
        for m in re.finditer(rf"(?<![a-z0-9]){re.escape(title)}(?![a-z0-9])", whole):
            if not any(s < m.end() and m.start() < e for s, e, _ in spans):
                spans.append((m.start(), m.end(), title))
    spans.sort()
    head = whole[: spans[0][0]] if spans else whole
    end = _SUBJECT_END.search(head)
    subject = _LEADING.sub("", head[: end.start()] if end else head).strip()
    return Signature(tuple(sorted({t for _, _, t in spans})), subject, whole, bool(_REGISTERS.search(head)))


def similar(a: Signature, b: Signature) -> float:
    """0–100; 0 when the two cannot be the same target."""
    if a.titles != b.titles or a.registers != b.registers:
        return 0.0
    if a.titles:
        if not a.subject or not b.subject:
            return float(SUBJECT_MIN)
        score = fuzz.token_set_ratio(a.subject, b.subject)
        return float(score) if score >= SUBJECT_MIN else 0.0
    score = fuzz.token_sort_ratio(a.whole, b.whole)
    return float(score) if score >= WHOLE_MIN else 0.0


@dataclass
class Group:
    """One aligned row: members are (key, payload) with at most one member per key (a document)."""

    year: int
    signature: Signature
    members: list[tuple[str, object]] = field(default_factory=list)


def align(items: Sequence[tuple[str, int, str, object]], titles: Sequence[str]) -> list[Group]:
    """Group (key, year, indicator, payload) items: same year, similar indicator, one item per key."""
    groups: list[Group] = []
    for key, year, indicator, payload in items:
        sig = signature(indicator, titles)
        best, best_score = None, 0.0
        for g in groups:
            if g.year != year or any(k == key for k, _ in g.members):
                continue
            score = similar(sig, g.signature)
            if score > best_score:
                best, best_score = g, score
        if best is None:
            best = Group(year, sig)
            groups.append(best)
        best.members.append((key, payload))
    return groups
