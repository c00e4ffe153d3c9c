"""The ranker file: valid, complete, and its scores rise with the evidence."""

from __future__ import annotations

import json

import pytest

from assistant.answering.features import FEATURES
from assistant.answering.ranker import MODEL_PATH, Ranker


def test_the_shipped_model_names_every_feature_and_a_threshold() -> None:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert set(data["weights"]) == set(FEATURES)
    assert 0.0 < data["threshold"] < 1.0
    assert data["training"]["files"] == ["evals/questions.jsonl"]  # never the frozen test split


def test_more_matching_words_and_the_asked_type_score_higher() -> None:
    ranker = Ranker.load()
    base = dict.fromkeys(FEATURES, 0.0)
    weak = {**base, "lex": 0.2, "chunk": 0.5}
    strong = {**weak, "lex": 0.8, "type_fit": 1.0}
    assert ranker.score(strong) > ranker.score(weak)
    assert ranker.score({**weak, "type_miss": 1.0}) < ranker.score(weak)


def test_unknown_features_are_refused(tmp_path) -> None:
    with pytest.raises(ValueError, match="unknown features"):
        Ranker(weights={"nonsense": 1.0}, bias=0.0, threshold=0.5)
    path = tmp_path / "r.json"
    Ranker(weights={"lex": 1.0}, bias=-1.0, threshold=0.4).save(path)
    assert Ranker.load(path).threshold == 0.4
