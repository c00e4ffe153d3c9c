"""The frozen test split: written before the answerer it measures, checked once, then never edited.

The checksum makes any edit fail loudly; the other checks hold the shape the split
was written to (how many of each kind of question), not any single question.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest

from evals.questions import load_questions
from evals.scoring import quote_in_source
from index.loaders import load_file
from index.textnorm import has_diacritics

REPO = Path(__file__).resolve().parents[2]
TEST_SPLIT = REPO / "evals" / "questions-test.jsonl"
DOCS = REPO / "docs_src"
# sha256 of evals/questions-test.jsonl as frozen on 2026-12-01 (after one review of every gold answer)
FROZEN_SHA256 = "6d8fa3e7bcf3c79159526b9a80459d398d484f91903dc5f9fa8a0f590c782d5a"


@pytest.fixture(scope="module")
def questions():
    return load_questions(TEST_SPLIT)


def test_the_test_split_is_frozen():
    digest = hashlib.sha256(TEST_SPLIT.read_bytes()).hexdigest()
    assert digest == FROZEN_SHA256, "evals/questions-test.jsonl changed: the test split is frozen (see DEVELOPERS.md)"


def test_the_split_has_the_kinds_of_question_it_was_written_for(questions):
    assert len(questions) >= 150
    assert sum(1 for q in questions if not q.answerable) >= 20
    assert sum(1 for q in questions if q.history) >= 25
    assert Counter(q.category for q in questions)["yes_no"] >= 15
    assert Counter(q.category for q in questions)["place"] >= 10
    bare = sum(1 for q in questions if not has_diacritics(q.question.replace("Đ", "").replace("đ", "")))
    assert bare / len(questions) >= 0.25


def test_evidence_of_the_split_is_in_its_sources(questions):
    texts = {p.name: load_file(p).text for p in DOCS.iterdir() if p.is_file()}
    for q in questions:
        if not q.answerable:
            assert not q.must_include and not q.evidence, q.id
            continue
        for quote in q.evidence:
            assert any(quote_in_source(quote, texts[s]) for s in q.sources), q.id
