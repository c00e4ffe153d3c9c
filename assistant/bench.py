"""`xhht bench`: cold index time, no-change re-index time, search latency, peak RSS."""

from __future__ import annotations

import resource
import shutil
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from index.pipeline import Indexer
from index.settings import Settings
from index.textnorm import strip_diacritics

from .scoring_queries import BENCH_QUERIES
from .searcher import Searcher


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * pct / 100.0
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def run_bench(settings: Settings, *, n_queries: int = 60, docs: Path | None = None) -> dict:
    """Index into a fresh temporary home (cold: no vector cache), then measure."""
    docs = docs or settings.docs
    home = Path(tempfile.mkdtemp(prefix="xhht-bench-"))
    try:
        bench_settings = replace(settings, home=home, docs=docs)
        started = time.perf_counter()
        cold = Indexer(bench_settings).run([docs])
        cold_s = time.perf_counter() - started
        started = time.perf_counter()
        Indexer(bench_settings).run([docs])
        nochange_s = time.perf_counter() - started
        searcher = Searcher(bench_settings)
        queries = [q for _ in range(n_queries // len(BENCH_QUERIES) + 1) for q in BENCH_QUERIES]
        queries = [q if i % 2 == 0 else strip_diacritics(q) for i, q in enumerate(queries)][:n_queries]
        searcher.search(queries[0])  # warm-up: loads the Chroma segment and BM25 arrays
        latencies = []
        for q in queries:
            t = time.perf_counter()
            searcher.search(q, top_k=5)
            latencies.append((time.perf_counter() - t) * 1000)
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return {
            "documents": cold.documents,
            "chunks": cold.chunks,
            "cold_index_s": round(cold_s, 2),
            "nochange_reindex_s": round(nochange_s, 3),
            "search_queries": len(latencies),
            "search_p50_ms": round(_percentile(latencies, 50), 1),
            "search_p95_ms": round(_percentile(latencies, 95), 1),
            "peak_rss_mb": round(rss_mb, 1),
            "targets": {"cold_index_s": 60, "nochange_reindex_s": 3, "search_p50_ms": 40, "search_p95_ms": 100},
        }
    finally:
        shutil.rmtree(home, ignore_errors=True)
