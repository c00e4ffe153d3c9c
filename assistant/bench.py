"""`xhht bench`: cold index time, no-change re-index time, search latency, lookup latency per keystroke, peak RSS."""

from __future__ import annotations

import resource
import shutil
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from index.pipeline import Indexer
from index.settings import Settings
from index.store import Library
from index.textnorm import strip_diacritics

from .meeting.lookup import LookupIndex
from .scoring_queries import BENCH_QUERIES
from .searcher import Searcher

# What people type into the instant lookup in a meeting (timing only, never scored).
LOOKUP_PHRASES = [
    "báo cáo trước ngày 30 tháng 12",
    "bao cao ket qua thuc hien",
    "sơ kết giai đoạn 1",
    "tong ket vao nam 2030",
    "chỉ tiêu năm 2025",
    "phan dau den nam 2025",
    "công dân học tập",
    "mo hinh dong ho hoc tap",
    "Hội Khuyến học tỉnh",
    "uy ban nhan dan cac huyen",
    "Kế hoạch 151/KH-UBND",
    "kinh phi thuc hien",
    "trung tâm học tập cộng đồng",
    "hoc tap suot doi",
    "Sở Giáo dục và Đào tạo",
    "don vi hoc tap",
    "thời gian thực hiện",
    "chuyen doi so",
    "khen thưởng tập thể, cá nhân",
    "Sở Nội vụ phối hợp",
]


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * pct / 100.0
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def keystrokes(phrases: list[str]) -> list[str]:
    """Every prefix of every phrase, typed as written and again without diacritics."""
    typed: list[str] = []
    for phrase in phrases:
        for variant in dict.fromkeys((phrase, strip_diacritics(phrase))):
            typed.extend(variant[:i] for i in range(1, len(variant) + 1))
    return typed


def lookup_latencies(index: LookupIndex, phrases: list[str] | None = None, limit: int = 10) -> list[float]:
    """Milliseconds of each keystroke's search (results and highlighted HTML included)."""
    latencies = []
    for text in keystrokes(phrases or LOOKUP_PHRASES):
        t = time.perf_counter()
        index.search(text, limit)
        latencies.append((time.perf_counter() - t) * 1000)
    return latencies


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
        library = Library.open(bench_settings)
        try:
            started = time.perf_counter()
            lookup = LookupIndex.build(library)
            lookup_build_ms = (time.perf_counter() - started) * 1000
            lookup.search(LOOKUP_PHRASES[0])  # warm-up, as for search
            keystroke_ms = lookup_latencies(lookup)
        finally:
            library.close()
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return {
            "documents": cold.documents,
            "chunks": cold.chunks,
            "cold_index_s": round(cold_s, 2),
            "nochange_reindex_s": round(nochange_s, 3),
            "search_queries": len(latencies),
            "search_p50_ms": round(_percentile(latencies, 50), 1),
            "search_p95_ms": round(_percentile(latencies, 95), 1),
            "lookup_build_ms": round(lookup_build_ms, 1),
            "lookup_keystrokes": len(keystroke_ms),
            "lookup_p50_ms": round(_percentile(keystroke_ms, 50), 2),
            "lookup_p95_ms": round(_percentile(keystroke_ms, 95), 2),
            "peak_rss_mb": round(rss_mb, 1),
            "targets": {"cold_index_s": 60, "nochange_reindex_s": 3, "search_p50_ms": 40, "search_p95_ms": 100,
                        "lookup_p50_ms": 30, "lookup_p95_ms": 100},
        }
    finally:
        shutil.rmtree(home, ignore_errors=True)
