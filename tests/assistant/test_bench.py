"""`xhht bench`: the lookup replay (every keystroke of realistic phrases) and the report's keys."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.bench import LOOKUP_PHRASES, keystrokes, lookup_latencies, run_bench
from assistant.meeting.lookup import LookupIndex
from index.settings import Settings
from index.store import Library
from index.textnorm import strip_diacritics
from tests.conftest import DOCS_SRC


def test_keystrokes_type_each_phrase_with_and_without_accents() -> None:
    assert keystrokes(["sơ kết", "15/12"]) == [
        "s", "sơ", "sơ ", "sơ k", "sơ kế", "sơ kết",
        "s", "so", "so ", "so k", "so ke", "so ket",
        "1", "15", "15/", "15/1", "15/12",
    ]
    assert len(LOOKUP_PHRASES) >= 20 and len(keystrokes(LOOKUP_PHRASES)) > 600


def test_every_bench_phrase_finds_a_full_match_in_the_seed_corpus(corpus_home: Path) -> None:
    library = Library.open(Settings.from_env({"XHHT_HOME": str(corpus_home), "XHHT_DOCS": str(DOCS_SRC)}))
    try:
        index = LookupIndex.build(library)
        for phrase in LOOKUP_PHRASES:
            for typed in (phrase, strip_diacritics(phrase)):
                results = index.search(typed)
                assert results and results[0].matched == results[0].total, typed
        latencies = lookup_latencies(index, ["báo cáo", "chỉ tiêu 2025"])
    finally:
        library.close()
    assert len(latencies) == len(keystrokes(["báo cáo", "chỉ tiêu 2025"])) and min(latencies) >= 0


@pytest.mark.slow
def test_run_bench_reports_lookup_latency_next_to_the_existing_measures(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(DOCS_SRC / "ha-nam_KH-UBND_2024_du-thao.txt", docs)
    settings = Settings.from_env({"XHHT_HOME": str(tmp_path / "home"), "XHHT_DOCS": str(docs)})
    report = run_bench(settings, n_queries=10)
    assert report["documents"] == 1 and report["chunks"] > 10 and report["search_queries"] == 10
    for key in ("cold_index_s", "nochange_reindex_s", "search_p50_ms", "search_p95_ms", "peak_rss_mb"):
        assert report[key] > 0, key
    assert report["lookup_keystrokes"] == len(keystrokes(LOOKUP_PHRASES))
    assert 0 < report["lookup_p50_ms"] <= report["lookup_p95_ms"]
    assert report["targets"] == {"cold_index_s": 60, "nochange_reindex_s": 3, "search_p50_ms": 40,
                                 "search_p95_ms": 100, "lookup_p50_ms": 30, "lookup_p95_ms": 100}
    assert not (tmp_path / "home").exists()  # the bench indexes into its own temporary home
