"""Hybrid retrieval over the real corpus: the clause that answers a question comes first.

Uses the session index of docs_src/ (the whole corpus is embedded once: slow).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.retrievers import Bm25Retriever, ChromaRetriever, HybridRetriever, SearchHit
from assistant.searcher import Searcher
from index.store import Library

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]

SEARCH_KEYS = {"source", "doc_id", "title", "number", "section", "text", "score"}
BINH_DUONG = {"binh-duong-09-cv-hkh", "binh-duong-151-kh-ubnd", "binh-duong-3853-kh-ubnd"}


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def rank_of(hits: list[SearchHit], needle: str) -> int | None:
    for rank, hit in enumerate(hits, start=1):
        if squash(needle) in squash(hit.chunk.text):
            return rank
    return None


def describe(hits: list[SearchHit]) -> str:
    return "\n".join(f"{h.chunk.doc_id} | {h.chunk.section} | {h.chunk.text[:80]!r}" for h in hits)


@pytest.fixture(scope="module")
def library(corpus_searcher: Searcher):
    return corpus_searcher.library


@pytest.fixture(scope="module")
def embedder(corpus_searcher: Searcher):
    return corpus_searcher.embedder


@pytest.mark.parametrize(
    ("question", "answer", "doc_id"),
    [
        ("ai báo cáo về Sở GD&ĐT trước 20/11", "20 tháng 11", "binh-duong-151-kh-ubnd"),
        ("ninh binh bao cao truoc ngay 30 thang 12", "30 tháng 12", "ninh-binh-kh-ubnd-12-2023"),
        ("Hà Nam các đơn vị báo cáo về Sở nào", "05 tháng 12", "ha-nam-kh-ubnd-2024"),
        ("An Nghiệp giai đoạn 2 ai tham mưu", "VHTT xã tham mưu", "an-nghiep-kh-ubnd-2024"),
        ("chỉ tiêu gia đình học tập 2030 Bình Dương", "80% gia đình", "binh-duong-3853-kh-ubnd"),
    ],
)
def test_answering_clause_is_in_the_top_3(corpus_searcher: Searcher, question: str, answer: str, doc_id: str) -> None:
    hits = corpus_searcher.search(question, top_k=3)
    rank = rank_of(hits, answer)
    assert rank is not None, f"{answer!r} not in top 3 for {question!r}:\n{describe(hits)}"
    assert hits[rank - 1].chunk.doc_id == doc_id


def test_unaccented_abbreviated_question_finds_the_clause(corpus_searcher: Searcher) -> None:
    plain = corpus_searcher.search("ubnd huyen binh duong gui bao cao ve dau", top_k=3)
    accented = corpus_searcher.search("UBND huyện Bình Dương gửi báo cáo về đâu", top_k=3)
    assert all(h.chunk.doc_id in BINH_DUONG for h in plain), describe(plain)
    rank = rank_of(plain, "20 tháng 11")
    assert rank is not None, describe(plain)
    assert plain[rank - 1].chunk.doc_id == "binh-duong-151-kh-ubnd"
    assert "Ủy ban nhân dân các huyện" in plain[rank - 1].chunk.section
    assert plain[0].chunk.chunk_id == accented[0].chunk.chunk_id


def test_abbreviation_without_diacritics(corpus_searcher: Searcher) -> None:
    plain = corpus_searcher.search("so gddt binh duong", top_k=5)
    accented = corpus_searcher.search("Sở GD&ĐT Bình Dương", top_k=5)
    assert plain and all(h.chunk.doc_id in BINH_DUONG for h in plain), describe(plain)
    assert any("Sở Giáo dục và Đào tạo" in h.chunk.section for h in plain), describe(plain)
    overlap = {h.chunk.chunk_id for h in plain} & {h.chunk.chunk_id for h in accented}
    assert len(overlap) >= 3, f"{describe(plain)}\n---\n{describe(accented)}"


@pytest.mark.parametrize("locality", ["Hà Nam", "ha nam", "tỉnh Hà Nam"])
def test_locality_filter_returns_only_that_locality(corpus_searcher: Searcher, locality: str) -> None:
    hits = corpus_searcher.search("báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo", top_k=10, locality=locality)
    assert len(hits) == 10
    assert {h.chunk.doc_id for h in hits} == {"ha-nam-kh-ubnd-2024"}
    assert {h.document.locality for h in hits} == {"Hà Nam"}


def test_locality_filter_overrides_a_locality_in_the_question(corpus_searcher: Searcher) -> None:
    hits = corpus_searcher.search("ninh bình báo cáo trước ngày nào", top_k=5, locality="Hà Nam")
    assert hits and {h.chunk.doc_id for h in hits} == {"ha-nam-kh-ubnd-2024"}


def test_locality_filter_with_no_matching_document_returns_nothing(corpus_searcher: Searcher) -> None:
    hits = corpus_searcher.search("báo cáo kết quả", top_k=5, locality="Đà Nẵng")
    assert hits == [], describe(hits)


def test_question_naming_no_document_draws_on_several(corpus_searcher: Searcher) -> None:
    hits = corpus_searcher.search("hộ gia đình đạt danh hiệu gia đình học tập theo tiêu chí nào", top_k=5)
    docs = {h.chunk.doc_id for h in hits}
    assert len(docs) >= 3, describe(hits)
    assert all("gia đình" in h.chunk.text.lower() for h in hits[:3])


def test_named_document_number_restricts_results(corpus_searcher: Searcher) -> None:
    hits = corpus_searcher.search("kế hoạch 3853 mục tiêu đến năm 2025", top_k=5)
    assert hits and {h.chunk.doc_id for h in hits} == {"binh-duong-3853-kh-ubnd"}


def test_scores_are_sorted_and_hits_unique(corpus_searcher: Searcher) -> None:
    hits = corpus_searcher.search("Ai báo cáo cho ai, trước ngày nào?", top_k=8)
    assert len(hits) == 8
    ids = [h.chunk.chunk_id for h in hits]
    assert len(set(ids)) == len(ids)
    for h in hits:
        assert h.document.doc_id == h.chunk.doc_id


@pytest.mark.parametrize(("mode", "fusion"), [("bm25", "weighted"), ("dense", "weighted"), ("hybrid", "rrf"), ("hybrid", "weighted")])
def test_retriever_modes(library, embedder, mode: str, fusion: str) -> None:
    retriever = HybridRetriever(library, embedder, mode=mode, fusion=fusion)
    hits = retriever.run("ninh binh bao cao truoc ngay 30 thang 12", 5)
    assert len(hits) == 5
    assert {h.chunk.doc_id for h in hits} == {"ninh-binh-kh-ubnd-12-2023"}  # steered in every mode
    assert rank_of(hits, "30 tháng 12") is not None, describe(hits)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    if mode == "bm25":
        assert all(h.dense_score == 0.0 and h.score == pytest.approx(h.lexical_score) for h in hits)
    elif mode == "dense":
        assert all(h.lexical_score == 0.0 and -1.0 <= h.score <= 1.0 for h in hits)
        assert all(h.score == pytest.approx(h.dense_score) for h in hits)
    elif fusion == "rrf":
        assert all(0 < h.score <= 2 / 61 + 1e-9 for h in hits)
    else:
        assert all(0 <= h.score <= 1.0 + 1e-9 for h in hits)


def test_unsteered_retrieval_ignores_what_the_question_names(library, embedder) -> None:
    retriever = HybridRetriever(library, embedder, mode="bm25")
    hits = retriever.run("ninh binh bao cao truoc ngay 30 thang 12", 10, steer=False)
    assert len({h.chunk.doc_id for h in hits}) > 1


def test_retriever_rejects_bad_arguments(library, embedder) -> None:
    with pytest.raises(ValueError):
        HybridRetriever(library, embedder, mode="magic")
    with pytest.raises(ValueError):
        HybridRetriever(library, embedder, fusion="max")
    with pytest.raises(ValueError):
        HybridRetriever(library, embedder, alpha=1.5)


def test_bm25_and_chroma_retrievers_respect_doc_ids(library, embedder) -> None:
    only = ["ha-nam-kh-ubnd-2024", "an-nghiep-kh-ubnd-2024"]
    lexical = Bm25Retriever(library).run("báo cáo kết quả", 20, only)
    dense = ChromaRetriever(library, embedder).run("báo cáo kết quả", 20, only)
    for found in (lexical, dense):
        assert found
        assert {library.chunks[library.chunk_index[k]].doc_id for k in found} <= set(only)
    assert Bm25Retriever(library).run("báo cáo kết quả", 20, []) == {}
    assert ChromaRetriever(library, embedder).run("báo cáo kết quả", 20, []) == {}
    unrestricted = Bm25Retriever(library).run("báo cáo kết quả", 50)
    assert len({library.chunks[library.chunk_index[k]].doc_id for k in unrestricted}) == len(library.documents)


def test_search_hit_to_dict_is_the_contract(corpus_searcher: Searcher) -> None:
    hits = corpus_searcher.search("Hà Nam các đơn vị báo cáo về Sở nào", top_k=3)
    for hit in hits:
        data = hit.to_dict()
        assert set(data) == SEARCH_KEYS
        assert data["source"] == hit.chunk.source and not data["source"].startswith("/")
        assert data["source"] in {d.source for d in corpus_searcher.library.documents}
        assert data["doc_id"] == hit.chunk.doc_id
        assert data["text"] == hit.chunk.text
        assert data["section"] == hit.chunk.section
        assert isinstance(data["score"], float)
    first = hits[0].to_dict()
    assert first["source"] == "ha-nam_KH-UBND_2024_du-thao.txt"
    assert first["number"] == "chưa có số"  # a draft without number says so
    assert "Hà Nam" in first["title"]
    numbered = corpus_searcher.search("KH 151 Ủy ban nhân dân các huyện báo cáo", top_k=1)[0].to_dict()
    assert numbered["number"] == "151/KH-UBND"


def test_searcher_with_rrf_fusion(corpus_settings) -> None:
    searcher = Searcher(corpus_settings, fusion="rrf")
    try:
        hits = searcher.search("ninh binh bao cao truoc ngay 30 thang 12", top_k=3)
        assert rank_of(hits, "30 tháng 12") is not None, describe(hits)
    finally:
        searcher.library.close()


# a fresh process opens the index and prints its dense results for each question
_DENSE_IN_A_NEW_PROCESS = """
import json, sys
from index.settings import Settings
from assistant.retrievers import ChromaRetriever
from assistant.searcher import Searcher
searcher = Searcher(Settings.from_env({"XHHT_HOME": sys.argv[1]}))
dense = ChromaRetriever(searcher.library, searcher.embedder)
print(json.dumps([dense.run(q, 20) for q in json.loads(sys.argv[2])]))
"""
DENSE_QUESTIONS = ["ai báo cáo về Sở GD&ĐT trước 20/11", "chỉ tiêu gia đình học tập 2030",
                   "kinh phí thực hiện kế hoạch", "Hội Khuyến học xã tham mưu nội dung gì"]


def test_dense_search_finds_the_exact_nearest_clauses_the_same_in_every_process(library, embedder, corpus_home,
                                                                                  monkeypatch) -> None:
    stored = library.vectors.embeddings(list(library.body_index))
    every_document = [d.doc_id for d in library.documents]
    here = []
    for question in DENSE_QUESTIONS:
        vector = embedder.embed_query(question)
        nearest = sorted(stored, key=lambda key: (-float(stored[key] @ vector), key))[:20]
        found = ChromaRetriever(library, embedder).run(question, 20, every_document)
        assert len(found) == 20
        assert {library.body_keys[library.chunk_index[c]] for c in found} <= set(nearest)
        here.append(ChromaRetriever(library, embedder).run(question, 20))
    for _ in range(2):
        proc = subprocess.run(
            [sys.executable, "-c", _DENSE_IN_A_NEW_PROCESS, str(corpus_home), json.dumps(DENSE_QUESTIONS)],
            cwd=REPO, capture_output=True, text=True, timeout=300, check=False,
        )
        assert proc.returncode == 0, proc.stderr
        there = json.loads(proc.stdout.strip().splitlines()[-1])
        assert [list(r) for r in there] == [list(r) for r in here]
        assert all(abs(there[i][c] - here[i][c]) < 1e-5 for i in range(len(here)) for c in here[i])
    monkeypatch.setattr(Library, "EXACT_LIMIT", 0)  # past the limit: the store's approximate search
    assert library.exact_rows() is None
    found = ChromaRetriever(library, embedder).run(DENSE_QUESTIONS[0], 20, every_document[:2])
    assert found and {library.chunks[library.chunk_index[c]].doc_id for c in found} <= set(every_document[:2])
