"""Comparisons across recognition titles: the clause that says for one title what a shown clause says for another."""

from __future__ import annotations

import re

from index.textnorm import fold_ascii

from .evidence import Unit
from .understand import Query

# a clause of another title is "the same clause" for it when this share of their words (titles aside) is shared
PARALLEL_SIMILARITY = 0.5


def parallel_clauses(q: Query, shown: list[Unit], units: list[Unit]) -> list[Unit]:
    """"ngưỡng điểm Dòng họ học tập khác Gia đình học tập thế nào": for each title the question names that the
    lines shown do not, the clause of the same document that says for it what a shown clause says for another
    title ("Dòng họ … từ 85 điểm" / "Hộ gia đình … từ 80 điểm")."""
    if len(q.titles) < 2:
        return []
    named = {id(u): [t for t in q.titles if _names(u.text, t)] for u in [*shown, *units]}
    out: list[Unit] = []
    for title in q.titles:
        if any(_names(u.full_text, title) for u in [*shown, *out]):
            continue
        candidates = [u for u in units if not u.header and not u.members and named[id(u)] == [title]]
        best, best_sim = None, PARALLEL_SIMILARITY
        for s in shown:
            own = named[id(s)]
            if len(own) != 1:
                continue
            for u in candidates:
                sim = _shape_similarity(s.text, u.text, own[0], title)
                if sim > best_sim:
                    best, best_sim = u, sim
        if best is not None:
            out.append(best)
    return out


def _names(text: str, title: str) -> bool:
    """*text* names *title* in full ("Gia đình học tập", not any "gia đình")."""
    return fold_ascii(title) in fold_ascii(text)


def _shape_similarity(a: str, b: str, title_a: str, title_b: str) -> float:
    """Word overlap of two clauses once each one's title is blanked out (Jaccard over folded words)."""
    def words_of(text: str, title: str) -> set[str]:
        folded = fold_ascii(text).replace(fold_ascii(title), " ")
        return set(re.findall(r"[a-z]+", folded))
    wa, wb = words_of(a, title_a), words_of(b, title_b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0
