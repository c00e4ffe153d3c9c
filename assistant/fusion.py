"""Rank fusion of the lexical and dense retrievers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

# Cormack, Clarke & Büttcher (SIGIR 2009): with k = 60 a document ranked first by
# one system and absent from the other cannot outweigh one ranked well by both;
# the constant flattens the head of each ranking so agreement matters more than
# any single system's top position. It was robust across their collections.
RRF_K = 60


def rrf(rankings: Sequence[Sequence[str]], k: int = RRF_K) -> dict[str, float]:
    """Reciprocal-rank fusion: score(d) = sum over rankings of 1 / (k + rank(d))."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, key in enumerate(ranking, start=1):
            scores[key] = scores.get(key, 0.0) + 1.0 / (k + rank)
    return scores


def min_max(scores: Mapping[str, float]) -> dict[str, float]:
    if not scores:
        return {}
    lo, hi = min(scores.values()), max(scores.values())
    if hi - lo < 1e-12:
        return {key: 1.0 for key in scores}
    return {key: (value - lo) / (hi - lo) for key, value in scores.items()}


def weighted_fusion(dense: Mapping[str, float], lexical: Mapping[str, float], alpha: float) -> dict[str, float]:
    """alpha * minmax(dense) + (1 - alpha) * minmax(lexical); a key missing from one list scores 0 there."""
    if not 0.0 <= alpha <= 1.0:
        raise ValueError("alpha must be within [0, 1]")
    d, s = min_max(dense), min_max(lexical)
    return {key: alpha * d.get(key, 0.0) + (1 - alpha) * s.get(key, 0.0) for key in set(d) | set(s)}
