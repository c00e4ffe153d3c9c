"""Regression gate: on dev and on the frozen test split, the assistant may not drop > 2 points below
evals/baseline.json. The test split is checked in aggregate only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.harness import evaluate
from evals.questions import load_questions
from evals.systems import FullAssistant

REPO = Path(__file__).resolve().parents[2]
GATED = ("answer_accuracy", "abstention_accuracy", "citation_validity", "retrieval_hit_at_5")
TOLERANCE = 0.02
SPLITS = {"dev": "questions.jsonl", "test": "questions-test.jsonl"}


@pytest.mark.slow
@pytest.mark.parametrize("split", sorted(SPLITS))
def test_the_assistant_holds_the_baseline(corpus_settings, split: str):
    baseline = json.loads((REPO / "evals" / "baseline.json").read_text(encoding="utf-8"))[split]
    questions = load_questions(REPO / "evals" / SPLITS[split])
    run = evaluate(FullAssistant(corpus_settings), questions, REPO / "docs_src")
    drops = {
        key: (run.summary[key], baseline[key])
        for key in GATED
        if run.summary[key] < baseline[key] - TOLERANCE
    }
    assert not drops, f"{split}: quality dropped below evals/baseline.json: {drops}"
