"""The incremental BM25 index: bm25s' scores, rows reused across generations, saved and loaded."""

from __future__ import annotations

from pathlib import Path

import bm25s
import numpy as np

from index.lexical import LexicalIndex
from index.textnorm import bm25_tokens

TEXTS = [
    "Phòng Giáo dục và Đào tạo tổng hợp, báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 15 tháng 11 hằng năm.",
    "Hội Khuyến học huyện tổng hợp báo cáo gửi Hội Khuyến học tỉnh trước ngày 20 tháng 12 hằng năm.",
    "Phấn đấu 70% gia đình trong huyện đạt danh hiệu gia đình học tập vào năm 2025.",
    "Mở lớp xóa mù chữ cho người lớn tuổi tại các thôn, ấp vùng sâu của huyện.",
    "Duy trì sinh hoạt chuyên đề về trồng lúa và nuôi cá mỗi tháng một lần.",
    "",
]
QUERIES = ["báo cáo trước ngày nào", "bao cao truoc ngay nao", "gia đình học tập gia đình", "xóa mù chữ", "zzz", ""]


def bm25s_scores(texts: list[str], query: str) -> np.ndarray:
    model = bm25s.BM25(k1=1.2, b=0.75)
    model.index([bm25_tokens(t) or ["∅"] for t in texts], show_progress=False)
    tokens = bm25_tokens(query)
    if not tokens:
        return np.zeros(len(texts), dtype=np.float32)
    return np.asarray(model.get_scores(tokens), dtype=np.float32)


def test_scores_are_those_of_bm25s() -> None:
    index = LexicalIndex.build(TEXTS)
    for query in QUERIES:
        np.testing.assert_allclose(index.scores(query), bm25s_scores(TEXTS, query), rtol=1e-5, atol=1e-5)
    assert index.scores("báo cáo trước ngày 20 tháng 12").argmax() == 1


def test_a_new_generation_reusing_rows_scores_like_a_fresh_build() -> None:
    first = LexicalIndex.build(TEXTS)
    changed = [TEXTS[3], "Thư viện xã mở cửa cả ngày chủ nhật cho học sinh.", TEXTS[0], TEXTS[2]]
    reused = LexicalIndex.build(changed, previous=first)
    fresh = LexicalIndex.build(changed)
    for query in [*QUERIES, "thư viện chủ nhật"]:
        np.testing.assert_allclose(reused.scores(query), fresh.scores(query), rtol=1e-6, atol=1e-6)
        np.testing.assert_allclose(reused.scores(query), bm25s_scores(changed, query), rtol=1e-5, atol=1e-5)
    assert reused.scores("thư viện chủ nhật").argmax() == 1


def test_saved_and_loaded_index_scores_the_same(tmp_path: Path) -> None:
    index = LexicalIndex.build(TEXTS)
    index.save(tmp_path / "bm25")
    loaded = LexicalIndex.load(tmp_path / "bm25")
    assert len(loaded) == len(TEXTS) and loaded.digests == index.digests
    for query in QUERIES:
        np.testing.assert_array_equal(loaded.scores(query), index.scores(query))


def test_an_empty_index_scores_nothing() -> None:
    index = LexicalIndex.build([])
    assert index.scores("báo cáo").shape == (0,)
