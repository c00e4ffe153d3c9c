"""Clause bodies embedded once: near-copies of one plan share vectors, and answers still come from the
plan of the place asked about."""

from __future__ import annotations

import json
import os
import sqlite3
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from assistant.retrievers import HybridRetriever
from index.embedders import make_embedder
from index.pipeline import Indexer
from index.restore import DiacriticRestorer
from index.settings import Settings
from index.store import Library
from index.vectorkeys import PLACE_MASK, body_text, own_places

from .test_pipeline import plan_text


def district_plan(district: str, number: str, day: int, percent: int) -> str:
    return plan_text(district, number, f"Xây dựng xã hội học tập trên địa bàn huyện {district} năm 2024", [
        ("Mục đích, yêu cầu", [
            ("Mục đích", f"Nâng cao nhận thức của cán bộ và nhân dân huyện {district} về học tập suốt đời."),
            ("Yêu cầu", "Các cơ quan, đơn vị phối hợp chặt chẽ, bảo đảm thiết thực, hiệu quả, tránh hình thức."),
        ]),
        ("Chỉ tiêu", [
            ("Gia đình học tập", f"Phấn đấu {percent}% gia đình trên địa bàn huyện {district} đạt danh hiệu "
                                 "gia đình học tập vào năm 2025."),
        ]),
        ("Tổ chức thực hiện", [
            ("Phòng Giáo dục và Đào tạo", "Tổng hợp, báo cáo kết quả về Ủy ban nhân dân huyện "
                                          f"trước ngày {day} tháng 11 hằng năm."),
            ("Hội Khuyến học huyện", "Vận động nhân dân tham gia xây dựng mô hình học tập tại thôn, ấp."),
        ]),
    ])


PLACES = [("An Phú", "12", 15, 70), ("Bình Lợi", "34", 20, 60), ("Cát Tiên", "56", 25, 80)]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    docs = tmp_path / "docs"
    docs.mkdir()
    for place, number, day, percent in PLACES:
        (docs / f"{place}.txt").write_text(district_plan(place, number, day, percent), encoding="utf-8")
    return Settings.from_env(dict(os.environ, XHHT_DOCS=str(docs)))


def test_own_place_names_are_masked_in_the_vector_text(settings: Settings) -> None:
    Indexer(settings).run()
    library = Library.open(settings)
    doc = next(d for d in library.documents if d.locality == "Bình Lợi")
    assert "Bình Lợi" in own_places(doc)
    chunk = next(c for c in library.chunks_of(doc.doc_id) if "nhận thức" in c.text)
    masked = body_text(chunk, doc)
    assert "Bình Lợi" not in masked and PLACE_MASK in masked and "nhận thức" in masked
    library.close()


def test_plans_that_differ_only_by_place_share_their_vectors(settings: Settings) -> None:
    report = Indexer(settings).run()
    library = Library.open(settings)
    by_doc: dict[str, list[str]] = {}
    for chunk, key in zip(library.chunks, library.body_keys, strict=True):
        by_doc.setdefault(chunk.doc_id, []).append(key)
    per_doc = list(by_doc.values())
    assert len(per_doc) == 3 and len({len(keys) for keys in per_doc}) == 1
    shared = set(per_doc[0]) & set(per_doc[1]) & set(per_doc[2])
    # every clause but the deadline and the percentage is the same text once the place is masked
    assert len(shared) == len(per_doc[0]) - 2
    assert len(set(library.context_keys)) == len(set(library.context_keys[: len(per_doc[0])]))
    distinct = set(library.body_keys) | set(library.context_keys)
    assert report.embedded == len(distinct) < len(library.chunks)
    assert library.vectors.count() == len(distinct)
    library.close()


@pytest.mark.parametrize("mode", ["dense", "hybrid"])
def test_a_question_naming_a_place_is_answered_from_that_place_s_plan(settings: Settings, mode: str) -> None:
    Indexer(settings).run()
    library = Library.open(settings)
    retriever = HybridRetriever(library, make_embedder(None), mode=mode)
    for place, _, day, percent in PLACES:
        hits = retriever.run(f"Phòng Giáo dục huyện {place} báo cáo trước ngày nào?", 3)
        assert hits and all(h.document.locality == place for h in hits)
        assert f"ngày {day} tháng 11" in hits[0].chunk.text
        hits = retriever.run(f"Huyện {place} phấn đấu bao nhiêu phần trăm gia đình học tập?", 3)
        assert f"{percent}%" in hits[0].chunk.text
    # unrestricted, each plan's copy of a shared clause is found, not only the first one's
    hits = HybridRetriever(library, make_embedder(None), mode="dense").run(
        "vận động nhân dân xây dựng mô hình học tập tại thôn, ấp", 3, steer=False)
    assert {h.document.locality for h in hits} == {p[0] for p in PLACES}
    library.close()


def _facts(library: Library) -> dict[str, list]:
    conn = sqlite3.connect(library.path / "facts.sqlite")
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables}
    finally:
        conn.close()


def test_changing_one_plan_gives_the_same_facts_and_lexical_rows_as_a_rebuild(settings: Settings) -> None:
    Indexer(settings).run()
    path = settings.docs / "Bình Lợi.txt"
    path.write_text(district_plan("Bình Lợi", "34", 28, 65), encoding="utf-8")
    changed = Indexer(settings).run()
    assert changed.files_indexed == 1 and changed.files_reused == 2
    incremental = Library.open(settings)
    facts = _facts(incremental)
    assert any("28 tháng 11" in str(row) for row in facts["reporting"])
    assert not any("20 tháng 11" in str(row) for row in facts["reporting"])
    digests = json.loads((incremental.path / "bm25" / "rows.json").read_text(encoding="utf-8"))["digests"]
    queries = ["Bình Lợi báo cáo trước ngày nào", "gia đình học tập 65%"]
    scores = [incremental.lexical.scores(q).tolist() for q in queries]
    incremental.close()

    rebuilt = Indexer(settings).run(rebuild=True)
    assert rebuilt.changed and rebuilt.embedded == 0
    fresh = Library.open(settings)
    assert _facts(fresh) == facts
    assert json.loads((fresh.path / "bm25" / "rows.json").read_text(encoding="utf-8"))["digests"] == digests
    for query, before in zip(queries, scores, strict=True):
        np.testing.assert_allclose(fresh.lexical.scores(query), before, rtol=1e-6)
    fresh.close()


def test_restorer_from_counted_texts_equals_one_from_every_text() -> None:
    texts = ["Báo cáo kết quả trước ngày 15", "báo cáo kết quả trước ngày 15", "Bao cáo", "bảo cáo tổng kết"] * 3
    plain = DiacriticRestorer(texts)
    counted = DiacriticRestorer.weighted(Counter(texts))
    for query in ["bao cao ket qua truoc ngay nao", "bao cao tong ket", "ket qua"]:
        assert counted.restore(query) == plain.restore(query)
